// The details of one highlight (type, canonical form, speaker, cue) and the
// buttons that correct it: retype or remove an entity; give a quote another
// speaker or remove it. Shown for the highlight pointed at or focused.

import { correction } from './corrections.js';
import { ENTITY_TYPES } from './panels.js';

function row(dl, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dl.append(dt, dd);
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'small';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** A labelled <select>; `options` are [value, label] pairs. */
function select(id, label, options, selected) {
  const wrap = document.createElement('span');
  wrap.className = 'field';
  const l = document.createElement('label');
  l.htmlFor = id;
  l.textContent = label;
  const s = document.createElement('select');
  s.id = id;
  for (const [value, text] of options) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    o.selected = value === selected;
    s.appendChild(o);
  }
  wrap.append(l, ' ', s);
  return { wrap, select: s };
}

/**
 * People a quote can be given to: each PERSON (by canonical form) at its
 * mention nearest before the quote, else its first; then speakers named by
 * other quotes without an entity.
 */
function speakerChoices(doc, quote) {
  const byName = new Map();
  for (const e of doc.entities) {
    if (e.type !== 'PERSON') continue;
    const best = byName.get(e.canonical);
    const before = e.end <= quote.start;
    if (!best || (before && (best.end > quote.start || e.start > best.start))) byName.set(e.canonical, e);
  }
  const choices = [...byName.entries()].map(([name, e]) => ({ name, entity: e.id, start: e.start, end: e.end, mention: e.text }));
  for (const q of doc.quotes) {
    const s = q.speaker;
    if (s && !choices.some((c) => c.name === s.name)) choices.push({ name: s.name, entity: s.entity, start: s.start, end: s.end });
  }
  return choices;
}

/** Fills `container` with the details of `target` ({ kind, id }) in `doc`. */
export function renderDetails(container, doc, target, onCorrect) {
  const item = target && (target.kind === 'entity' ? doc.entities : doc.quotes).find((x) => x.id === target.id);
  if (!item) {
    const p = document.createElement('p');
    p.className = 'empty';
    p.textContent = 'Point at or focus a highlight to see what it is.';
    container.replaceChildren(p);
    return;
  }
  const head = document.createElement('p');
  head.className = 'details-head';
  const dl = document.createElement('dl');
  dl.className = 'details-list';
  const controls = document.createElement('div');
  controls.className = 'actions';
  if (target.kind === 'entity') {
    const chip = document.createElement('mark');
    chip.className = 'ent';
    chip.dataset.type = item.type;
    chip.textContent = item.type;
    head.append(chip, ' ', item.text);
    row(dl, 'Type', item.type);
    row(dl, 'Canonical form', item.canonical);
    if (item.cluster) row(dl, 'Cluster', item.cluster);
    row(dl, 'Offsets (code points)', `${item.start}–${item.end}`);
    const retype = select('details-type', 'Type', ENTITY_TYPES.map((t) => [t, t]), item.type);
    controls.append(
      retype.wrap,
      button('Retype', () => onCorrect(correction('retype', 'entity', item, { type: retype.select.value }), `Entity retyped as ${retype.select.value}`)),
      button('Remove entity', () => onCorrect(correction('remove', 'entity', item), `Entity “${item.text}” removed`)),
    );
  } else {
    head.textContent = item.kind === 'direct' ? 'Direct quote' : 'Reported speech';
    row(dl, 'Speaker', item.speaker ? item.speaker.name : 'unknown');
    if (item.speaker) row(dl, 'Speaker mention (code points)', `${item.speaker.start}–${item.speaker.end}`);
    row(dl, 'Cue', item.cue ? item.cue.text : 'none');
    row(dl, 'Offsets (code points)', `${item.start}–${item.end}`);
    const choices = speakerChoices(doc, item);
    const current = item.speaker ? String(choices.findIndex((c) => c.name === item.speaker.name)) : '-1';
    const speaker = select('details-speaker', 'Speaker', [['-1', 'Speaker unknown'], ...choices.map((c, i) => [String(i), c.name])], current);
    controls.append(
      speaker.wrap,
      button('Set speaker', () => {
        const chosen = choices[Number(speaker.select.value)] || null;
        onCorrect(correction('speaker', 'quote', item, chosen ? { speaker: chosen } : {}), `Speaker set to ${chosen ? chosen.name : 'unknown'}`);
      }),
      button('Remove quote', () => onCorrect(correction('remove', 'quote', item), 'Quote removed')),
    );
  }
  const words = document.createElement('blockquote');
  words.className = 'details-text';
  words.textContent = item.text;
  container.replaceChildren(head, dl, ...(target.kind === 'quote' ? [words] : []), controls);
}
