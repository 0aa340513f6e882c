// The panels beside the text: the legend (a filter with counts), the
// language badge and the "Names" list. Text goes in as text, never as HTML.

import { inIdleSlices } from './render.js';

/** Entity types in legend order; keys 1–8 toggle them. */
export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY'];

const LANGUAGE_NAMES = { kk: 'Kazakh', ru: 'Russian', en: 'English', und: 'undetermined' };

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The legend: one toggle button per entity type and one for quotes, each
 * with its count; `hidden` is the set of layers switched off.
 */
export function renderLegend(container, doc, hidden) {
  const counts = new Map(ENTITY_TYPES.map((t) => [t, 0]));
  for (const e of doc ? doc.entities : []) counts.set(e.type, (counts.get(e.type) || 0) + 1);
  const button = (layer, sampleClass, label, count, key) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'legend-item';
    b.dataset.layer = layer;
    b.setAttribute('aria-pressed', String(!hidden.has(layer)));
    b.setAttribute('aria-keyshortcuts', key);
    const sample = document.createElement('mark');
    sample.className = sampleClass;
    if (layer !== 'quotes') sample.dataset.type = layer;
    sample.textContent = label;
    const n = document.createElement('span');
    n.className = 'count';
    n.textContent = String(count);
    b.append(sample, ' ', n);
    b.title = `${hidden.has(layer) ? 'Show' : 'Hide'} ${label} (key ${key})`;
    return b;
  };
  const items = ENTITY_TYPES.map((type, i) => button(type, 'ent', type, counts.get(type), String(i + 1)));
  items.push(button('quotes', 'quote quote-direct', 'quotes', doc ? doc.quotes.length : 0, '0'));
  container.replaceChildren(...items);
}

/** The document's language, and how many paragraphs are in another one. */
export function renderLanguage(badge, doc) {
  if (!doc) {
    badge.hidden = true;
    return;
  }
  const others = new Map();
  for (const p of doc.paragraphs) {
    if (p.language !== doc.language && p.language !== 'und') others.set(p.language, (others.get(p.language) || 0) + 1);
  }
  let text = `${LANGUAGE_NAMES[doc.language] || doc.language} · ${doc.language}`;
  for (const [lang, n] of others) text += ` · ${plural(n, 'paragraph', 'paragraphs')} in ${LANGUAGE_NAMES[lang] || lang}`;
  badge.textContent = text;
  badge.dataset.lang = doc.language;
  badge.hidden = false;
}

/**
 * Entities grouped by their cluster (mentions of one referent) where the
 * annotator gives one, else by type and canonical form; groups by type,
 * then most mentioned first. Each group: `{ key, type, name, mentions }`.
 */
export function nameGroups(doc) {
  const groups = new Map();
  for (const e of doc.entities) {
    const key = typeof e.cluster === 'string' ? `cluster:${e.cluster}` : `${e.type}:${e.canonical}`;
    if (!groups.has(key)) groups.set(key, { key, type: e.type, name: e.canonical, mentions: [] });
    groups.get(key).mentions.push(e);
  }
  const order = (t) => ENTITY_TYPES.indexOf(t);
  for (const g of groups.values()) {
    // The longest canonical form names a cluster (the fullest name).
    g.name = g.mentions.reduce((best, e) => ([...e.canonical].length > [...best].length ? e.canonical : best), g.name);
    g.mentions.sort((a, b) => a.start - b.start);
  }
  return [...groups.values()].sort((a, b) => order(a.type) - order(b.type) || b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
}

/** The drawing of the "Names" list still under way, so that a newer one stops it. */
const pending = new WeakMap();

/**
 * Fills the "Names" list: a button per group that steps through its mentions.
 * The first `eager` groups at once, the rest in slices of idle time (a long
 * article has thousands, below the first screen). Returns the number of groups.
 */
export function renderNames(list, doc, { eager = Infinity } = {}) {
  const item = (g) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'name';
    b.dataset.mentions = g.mentions.map((e) => e.id).join(' ');
    const chip = document.createElement('mark');
    chip.className = 'ent';
    chip.dataset.type = g.type;
    chip.textContent = g.type;
    const name = document.createElement('span');
    name.className = 'name-text';
    name.textContent = g.name;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = plural(g.mentions.length, 'mention', 'mentions');
    b.append(chip, ' ', name, ' ', count);
    b.title = 'Go to the next mention';
    li.appendChild(b);
    return li;
  };
  pending.get(list)?.stop();
  const groups = nameGroups(doc);
  let next = Math.min(groups.length, eager);
  list.replaceChildren(...groups.slice(0, next).map(item));
  if (next < groups.length) {
    const job = { stopped: false, stop: () => (job.stopped = true) };
    pending.set(list, job);
    inIdleSlices(window, (until) => {
      if (job.stopped) return true;
      const fragment = document.createDocumentFragment();
      while (next < groups.length && performance.now() < until) fragment.appendChild(item(groups[next++]));
      list.appendChild(fragment);
      return next >= groups.length;
    });
  }
  return groups.length;
}
