// The page: wires the text box and buttons to the WebAssembly annotator and
// to render.js. Annotates as you type (debounced) and on "Annotate".

import init, { annotate } from './pkg/aitty.js';
import { renderAnnotated, renderWhoSaidWhat } from './render.js';

/** Entity types in legend order. */
const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY'];

const LANGUAGE_NAMES = { kk: 'Kazakh', ru: 'Russian', en: 'English', und: 'undetermined' };

const $ = (id) => document.getElementById(id);
const textBox = $('text');
const statusLine = $('status');
const downloadButton = $('download');

/** The last annotation: the text it was made of and the format v1 object. */
let current = null;
let ready = false;
let pending = false;
let timer = 0;
/** Counts annotations drawn; tests wait on it (body[data-annotated]). */
let drawn = 0;

function setStatus(message, isError = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', isError);
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function renderLegend(annotations) {
  const counts = new Map(ENTITY_TYPES.map((t) => [t, 0]));
  for (const e of annotations ? annotations.entities : []) counts.set(e.type, (counts.get(e.type) || 0) + 1);
  const items = ENTITY_TYPES.map((type) => {
    const li = document.createElement('li');
    const chip = document.createElement('mark');
    chip.className = 'ent';
    chip.dataset.type = type;
    chip.textContent = type;
    const n = document.createElement('span');
    n.className = 'count';
    n.textContent = String(counts.get(type));
    li.append(chip, n);
    return li;
  });
  for (const [cls, label] of [['quote quote-direct', 'direct quote'], ['quote quote-indirect', 'reported speech'], ['speaker', 'speaker']]) {
    const li = document.createElement('li');
    const sample = document.createElement('span');
    sample.className = cls;
    sample.textContent = label;
    li.append(sample);
    items.push(li);
  }
  $('legend').replaceChildren(...items);
}

function renderLanguage(annotations) {
  const badge = $('language');
  const doc = annotations.language;
  const others = new Map();
  for (const p of annotations.paragraphs) {
    if (p.language !== doc && p.language !== 'und') others.set(p.language, (others.get(p.language) || 0) + 1);
  }
  let text = `${LANGUAGE_NAMES[doc] || doc} · ${doc}`;
  for (const [lang, n] of others) text += ` · ${plural(n, 'paragraph', 'paragraphs')} in ${LANGUAGE_NAMES[lang] || lang}`;
  badge.textContent = text;
  badge.dataset.lang = doc;
  badge.hidden = false;
}

function showEmpty() {
  const p = document.createElement('p');
  p.className = 'placeholder';
  p.textContent = 'Paste or type an article, or try the example: quotes, speakers and names appear here.';
  $('view').replaceChildren(p);
  $('who').replaceChildren();
  $('who-empty').hidden = false;
  $('language').hidden = true;
  renderLegend(null);
}

/** Annotates the text box now and redraws everything. */
function annotateNow() {
  clearTimeout(timer);
  if (!ready) {
    pending = true;
    return;
  }
  const text = textBox.value;
  const started = performance.now();
  let annotations;
  try {
    annotations = annotate(text);
  } catch (error) {
    current = null;
    downloadButton.disabled = true;
    setStatus(`Annotation failed: ${error && error.message ? error.message : error}`, true);
    return;
  }
  const ms = performance.now() - started;
  current = { text, annotations };
  downloadButton.disabled = false;
  if (text.trim() === '') {
    showEmpty();
    setStatus('Ready. Paste an article or try the example.');
    document.body.dataset.annotated = String(++drawn);
    return;
  }
  const { skipped } = renderAnnotated($('view'), text, annotations);
  renderWhoSaidWhat($('who'), annotations);
  $('who-empty').hidden = annotations.quotes.length > 0;
  renderLanguage(annotations);
  renderLegend(annotations);
  const speakers = new Set(annotations.quotes.filter((q) => q.speaker).map((q) => q.speaker.name));
  let message = `${plural(annotations.quotes.length, 'quote', 'quotes')} by ${plural(speakers.size, 'speaker', 'speakers')}, ` +
    `${plural(annotations.entities.length, 'entity', 'entities')} · ${ms < 1 ? '<1' : Math.round(ms)} ms`;
  if (skipped) message += ` · ${skipped} span(s) did not fit the text`;
  setStatus(message);
  document.body.dataset.annotated = String(++drawn);
}

/** Annotation as you type: waits for a pause, longer for long texts. */
function scheduleAnnotation() {
  clearTimeout(timer);
  timer = setTimeout(annotateNow, textBox.value.length > 50000 ? 600 : 250);
}

async function loadExample() {
  try {
    const response = await fetch('examples/seed_kk.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    textBox.value = await response.text();
    annotateNow();
  } catch (error) {
    setStatus(`Could not load the example: ${error.message}`, true);
  }
}

function download() {
  if (!current || current.text !== textBox.value) annotateNow();
  if (!current) return;
  const json = `${JSON.stringify(current.annotations, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'aitty.json';
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Pointing at a quote, its label or list entry lights up the quote, its speaker and cue. */
function linkHighlight(event) {
  for (const el of document.querySelectorAll('.linked')) el.classList.remove('linked');
  const source = event.target instanceof Element ? event.target.closest('[data-q], [data-for]') : null;
  if (!source) return;
  const ids = (source.dataset.q || source.dataset.for || '').split(' ').filter(Boolean);
  for (const id of ids) {
    const sel = `[data-q="${CSS.escape(id)}"], [data-for~="${CSS.escape(id)}"]`;
    for (const el of document.querySelectorAll(sel)) el.classList.add('linked');
  }
}

textBox.addEventListener('input', scheduleAnnotation);
$('annotate').addEventListener('click', annotateNow);
$('example').addEventListener('click', loadExample);
downloadButton.addEventListener('click', download);
for (const id of ['view', 'who']) {
  $(id).addEventListener('pointerover', linkHighlight);
  $(id).addEventListener('focusin', linkHighlight);
}
renderLegend(null);

init()
  .then(() => {
    ready = true;
    document.body.dataset.ready = 'true';
    setStatus('Ready. Paste an article or try the example.');
    if (pending || textBox.value !== '') annotateNow();
  })
  .catch((error) => {
    setStatus(`The annotator could not be loaded: ${error.message}`, true);
    throw error;
  });
