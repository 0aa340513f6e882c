// What the page saves: Aitty JSON v1 (with the reader's corrections), W3C Web
// Annotation JSON-LD, a CSV of quotes, and the quotes as plain text for the
// clipboard. Offsets stay in code points everywhere, as in format v1.

import { forExport } from './corrections.js';
import { OffsetMap } from './offsets.js';

/** Format v1 with the corrections (the field is left out when there are none). */
export function aittyJson(doc, corrections) {
  const out = { ...doc };
  delete out.corrections;
  if (corrections.length) out.corrections = forExport(corrections);
  return out;
}

/** The JSON-LD context of the W3C Web Annotation Data Model (an identifier; nothing is fetched). */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A name for the text, stable for the same text: `urn:aitty:text:sha256:<hex>`. */
export async function textId(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `urn:aitty:text:sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** TextQuoteSelector (with 32 code points of context) and TextPositionSelector of a span. */
function selectors(map, start, end) {
  return [
    { type: 'TextQuoteSelector', exact: map.slice(start, end), prefix: map.slice(Math.max(0, start - 32), start), suffix: map.slice(end, Math.min(map.length, end + 32)) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * A W3C Web Annotation collection: one annotation per entity (tagged with its
 * type, identified by its canonical form) and per quote (tagged direct or
 * reported; the speaker as an `identifying` body, and the speaker mention as
 * a `SpecificResource` body on the same text).
 */
export function webAnnotation(text, doc, source) {
  const map = new OffsetMap(text);
  const target = (start, end) => ({ source, selector: selectors(map, start, end) });
  const items = [];
  for (const e of doc.entities) {
    const body = [
      { type: 'TextualBody', purpose: 'tagging', value: e.type },
      { type: 'TextualBody', purpose: 'identifying', value: e.canonical },
    ];
    items.push({ id: `${source}#${e.id}`, type: 'Annotation', motivation: 'classifying', body, target: target(e.start, e.end) });
  }
  for (const q of doc.quotes) {
    const body = [{ type: 'TextualBody', purpose: 'tagging', value: q.kind === 'direct' ? 'direct quote' : 'reported speech' }];
    if (q.speaker) {
      body.push({ type: 'TextualBody', purpose: 'identifying', value: q.speaker.name });
      const mention = { type: 'SpecificResource', purpose: 'linking', source, selector: selectors(map, q.speaker.start, q.speaker.end) };
      if (q.speaker.entity) mention.id = `${source}#${q.speaker.entity}`;
      body.push(mention);
    }
    if (q.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `cue: ${q.cue.text}` });
    items.push({ id: `${source}#${q.id}`, type: 'Annotation', motivation: 'tagging', body, target: target(q.start, q.end) });
  }
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Aitty annotations (offsets in Unicode code points)',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * One CSV cell: quoted when needed; a cell a spreadsheet would read as a
 * formula (= + - @ at the start) is prefixed with an apostrophe.
 */
function cell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV of quotes: speaker, quote, kind, start, end (code points), speaker mention and cue. */
export function quotesCsv(doc) {
  const rows = [['speaker', 'quote', 'kind', 'start', 'end', 'speaker_start', 'speaker_end', 'cue']];
  for (const q of doc.quotes) {
    rows.push([q.speaker ? q.speaker.name : '', q.text, q.kind, q.start, q.end, q.speaker ? q.speaker.start : '', q.speaker ? q.speaker.end : '', q.cue ? q.cue.text : '']);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The quotes as lines of plain text: “quote” — speaker. */
export function quotesText(doc) {
  return doc.quotes.map((q) => `“${q.text}” — ${q.speaker ? q.speaker.name : 'speaker unknown'}`).join('\n');
}

/** Saves `content` as a file named `name`. */
export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
