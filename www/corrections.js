// A reader's corrections, applied on top of the annotator's output.
//
// A correction names its span by code-point offsets and the text there, not
// by id, so it survives re-annotation: if the text at its offsets is still
// the same it applies there, otherwise at the nearest place the same words
// now stand (an edit before it moved them); if they are gone, it waits.
// Applying is idempotent: adding what is already there changes nothing, so
// an imported file (whose lists already hold its corrections) stays as it is.

import { OffsetMap } from './offsets.js';

/** Where correction `c` applies in the text now: `{ start, end }` in code points, or null. */
export function locate(map, c) {
  if (map.isSpan(c.start, c.end) && map.slice(c.start, c.end) === c.text) return { start: c.start, end: c.end };
  const text = map.text;
  const near = c.start < map.length ? map.toUtf16(c.start) : text.length;
  // The first occurrence at or after `near` and the last at or before it
  // between them cover the whole text; the nearer wins, `after` on a tie.
  const after = text.indexOf(c.text, near);
  const before = text.lastIndexOf(c.text, near);
  if (after < 0 && before < 0) return null;
  const best = after >= 0 && (before < 0 || after - near <= near - before) ? after : before;
  const start = map.toCodePoint(best);
  return { start, end: start + [...c.text].length };
}

const key = (start, end) => `${start}:${end}`;
const number = (id) => Number(String(id).slice(1)) || 0;

/**
 * `doc` with `corrections` applied (a new object; `doc` is not changed).
 * Returns `{ doc, missing }`, `missing` counting corrections whose words are
 * no longer in the text.
 */
export function applyCorrections(text, doc, corrections) {
  const map = new OffsetMap(text);
  const entities = doc.entities.map((e) => ({ ...e }));
  const quotes = doc.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker } }));
  let nextEntity = Math.max(0, ...entities.map((e) => number(e.id))) + 1;
  let nextQuote = Math.max(0, ...quotes.map((q) => number(q.id))) + 1;
  const clustered = entities.some((e) => typeof e.cluster === 'string');
  let nextCluster = Math.max(0, ...entities.map((e) => number(e.cluster))) + 1;
  let missing = 0;
  for (const c of corrections) {
    const at = locate(map, c);
    if (!at) {
      missing++;
      continue;
    }
    const list = c.target === 'entity' ? entities : quotes;
    const index = list.findIndex((x) => x.start === at.start && x.end === at.end);
    const text = map.slice(at.start, at.end);
    if (c.action === 'add' && c.target === 'entity') {
      if (index >= 0) list[index].type = c.type;
      else {
        const entity = { id: `e${nextEntity++}`, type: c.type, start: at.start, end: at.end, text, canonical: text };
        if (clustered) entity.cluster = `c${nextCluster++}`;
        list.push(entity);
      }
    } else if (c.action === 'add') {
      if (index < 0) list.push({ id: `q${nextQuote++}`, kind: c.kind || 'direct', start: at.start, end: at.end, text, speaker: null, cue: null });
    } else if (index < 0) {
      missing++;
    } else if (c.action === 'remove') {
      const [removed] = list.splice(index, 1);
      if (c.target === 'entity') {
        for (const q of quotes) if (q.speaker && q.speaker.entity === removed.id) q.speaker.entity = null;
      }
    } else if (c.action === 'retype') {
      list[index].type = c.type;
    } else if (c.action === 'speaker') {
      list[index].speaker = c.speaker ? speakerAt(map, entities, c.speaker) : null;
    }
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc: { ...doc, entities, quotes }, missing };
}

/** The speaker object for a correction's speaker, its entity found again by span. */
function speakerAt(map, entities, s) {
  let at = { start: s.start, end: s.end };
  if (s.mention) at = locate(map, { start: s.start, end: s.end, text: s.mention }) || at;
  if (!map.isSpan(at.start, at.end)) return null;
  const entity = entities.find((e) => e.start === at.start && e.end === at.end);
  return { name: s.name, entity: entity ? entity.id : null, start: at.start, end: at.end };
}

/** A correction for `action` on `item` (an entity or quote of the shown doc). */
export function correction(action, target, item, extra = {}) {
  return { action, target, start: item.start, end: item.end, text: item.text, ...extra };
}

/** Corrections as saved in format v1 (no page-only fields). */
export function forExport(corrections) {
  return corrections.map(({ speaker, ...c }) => {
    if (c.action !== 'speaker' || !speaker) return c;
    return { ...c, speaker: { name: speaker.name, entity: speaker.entity ?? null, start: speaker.start, end: speaker.end } };
  });
}

/** Undo and redo over a list of corrections. */
export class History {
  constructor(list = []) {
    this.list = list;
    this.past = [];
    this.future = [];
  }

  push(c) {
    this.past.push(this.list);
    this.future = [];
    this.list = [...this.list, c];
  }

  undo() {
    if (!this.past.length) return false;
    this.future.push(this.list);
    this.list = this.past.pop();
    return true;
  }

  redo() {
    if (!this.future.length) return false;
    this.past.push(this.list);
    this.list = this.future.pop();
    return true;
  }

  reset(list = []) {
    this.list = list;
    this.past = [];
    this.future = [];
  }
}
