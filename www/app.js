// The page: wires the text box, the buttons and the panels to the annotator
// (a Web Worker, and for short texts an instance on this thread: annotator.js)
// and to the renderers. Annotates as the reader types (debounced; a paste at
// once) and applies the reader's corrections on top. Two signals per drawing (the benchmark and the tests wait on them):
// once the highlights on screen are painted, <html data-painted> counts up
// and `aitty:painted` is marked; once the whole text is drawn and painted
// (a long article's off-screen paragraphs come in idle time) and so are the
// "Who said what" and "Names" panels (filled after the first paint),
// <html data-annotated> counts up and `aitty:drawn` is marked.

import { Annotator, InlineAnnotator } from './annotator.js';
import { applyCorrections, History } from './corrections.js';
import { renderDetails } from './details.js';
import { asTextBoxKeeps, Editor } from './editor.js';
import { aittyJson, download, quotesCsv, quotesText, textId, webAnnotation } from './exports.js';
import { kindOf, readArticle } from './files.js';
import { installShortcuts } from './keys.js';
import { ENTITY_TYPES, plural, renderLanguage, renderLegend, renderNames } from './panels.js';
import { renderAnnotated, renderWhoSaidWhat } from './render.js';
import { selectedSpan } from './selection.js';

const $ = (id) => document.getElementById(id);
const textBox = $('text');
const view = $('view');
const exportButtons = ['download', 'download-w3c', 'download-csv', 'copy'].map($);
/** The text box, collapsed to a bar for a long text; its value is the text annotated. */
const editor = new Editor({ box: textBox, bar: $('long-text'), summary: $('long-text-summary'), edit: $('edit-text'), undoPaste: $('undo-paste') });
/** Corrections made when the last long paste was: Ctrl+Z undoes the paste while there are no more. */
let correctionsAtPaste = -1;

/** The text of the annotation shown, its base (annotator output or imported file) and what is drawn. */
const state = { text: '', base: null, imported: false, shown: null, ms: 0 };
const history = new History();
/** Layers switched off in the legend: entity types and 'quotes'. */
const hidden = new Set();
/** The highlight whose details stay shown: { kind: 'entity' | 'quote', id }. */
let pinned = null;
let quoteIndex = -1;
const mentionIndex = new Map();
let timer = 0;
let busy = false;
let again = false;
let painted = 0;
let drawn = 0;
/** Counts the drawings (markPainted): a drawing's late work is skipped once a newer one started. */
let shows = 0;
/** The page's scroll offset at its last scroll event (read then, when it costs no layout). */
let scrolledTo = 0;
/** The drawing of the view in progress: `{ flush, cancel, done }` (see renderAnnotated). */
let drawing = { flush() {}, cancel() {}, done: Promise.resolve(true) };

function setStatus(message) {
  $('status').textContent = message;
}

function setError(message) {
  $('error').textContent = message;
}

/** Says `message` to screen readers (a polite live region). */
function announce(message) {
  const region = $('announce');
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

/** Calls `fn` once the browser has painted what the DOM holds now (the frame after the next). */
function afterPaint(fn) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * The signals of a drawing: on screen painted once the frame showing what
 * the DOM holds now is produced; then `later()` runs (the panels beside the
 * text), and all drawn once `done` resolves true and the frame showing that
 * is produced too. A newer drawing started meanwhile skips both of these.
 */
function markPainted(done, later = () => {}) {
  const generation = ++shows;
  const current = () => generation === shows;
  const shown = new Promise((resolve) => afterPaint(() => {
    document.documentElement.dataset.painted = String(++painted);
    performance.mark('aitty:painted');
    if (current()) later();
    resolve();
  }));
  Promise.all([done, shown]).then(([complete]) => complete && current() && afterPaint(() => {
    document.documentElement.dataset.annotated = String(++drawn);
    performance.mark('aitty:drawn');
  }));
}

/**
 * Code points drawn at once: the text down to the bottom of the window (the
 * reader may be far down a long article when it is drawn again), then
 * several screens more at one character per 100 px² (16 px text is about
 * 8 × 25 px a character), never under 8 000.
 */
function eagerCodePoints(text) {
  const screens = Math.max(8000, Math.round((window.innerWidth * window.innerHeight) / 100));
  // Where the window's bottom falls in the text costs a forced layout of the
  // page and a hit test: not asked for a text drawn whole anyway, nor when
  // the page is at its top (no more than `screens` of text can show then).
  if (text.length <= screens || scrolledTo === 0) return screens;
  const box = view.getBoundingClientRect();
  const bottom = Math.min(window.innerHeight, box.bottom) - 1;
  if (bottom <= 0 || !view.querySelector('.section')) return screens;
  const hit = document.elementFromPoint(box.left + box.width / 2, bottom);
  const at = hit && hit.closest('#view .section, #view p.para');
  const para = at && (at.matches('p.para') ? at : at.querySelector('p.para'));
  return (para ? Number(para.dataset.start) : 0) + screens;
}

function showEmpty() {
  drawing.cancel();
  drawing = { flush() {}, cancel() {}, done: Promise.resolve(true) };
  view.style.minHeight = '';
  const p = document.createElement('p');
  p.className = 'placeholder';
  p.textContent = 'Paste or type an article, or try the example: quotes, speakers and names appear here.';
  view.replaceChildren(p);
  for (const id of ['who', 'names']) $(id).replaceChildren();
  $('who-empty').hidden = false;
  $('names-empty').hidden = false;
  renderLanguage($('language'), null);
  renderLegend($('legend'), null, hidden);
  renderDetails($('details-body'), { entities: [], quotes: [] }, null);
}

/** Draws `state.base` with the corrections applied. */
function show() {
  const started = performance.now();
  const { doc, missing } = applyCorrections(state.text, state.base, history.list);
  state.shown = doc;
  for (const b of exportButtons) b.disabled = false;
  $('undo').disabled = history.past.length === 0;
  $('redo').disabled = history.future.length === 0;
  if (state.text.trim() === '') {
    showEmpty();
    setStatus('Ready. Paste an article or try the example.');
    markPainted(drawing.done);
    return;
  }
  const eager = eagerCodePoints(state.text);
  drawing = renderAnnotated(view, state.text, doc, { eager });
  const { skipped } = drawing;
  renderLanguage($('language'), doc);
  renderLegend($('legend'), doc, hidden);
  renderDetails($('details-body'), doc, pinned, correct);
  const speakers = new Set(doc.quotes.filter((q) => q.speaker).map((q) => q.speaker.name));
  let message = `${plural(doc.quotes.length, 'quote', 'quotes')} by ${plural(speakers.size, 'speaker', 'speakers')}, ` +
    `${plural(doc.entities.length, 'entity', 'entities')}`;
  if (history.list.length) message += ` · ${plural(history.list.length, 'correction', 'corrections')}`;
  if (missing) message += ` (${missing} no longer match the text)`;
  if (skipped) message += ` · ${skipped} span(s) did not fit the text`;
  message += state.imported ? ' · imported' : ` · annotated in ${Math.round(state.ms)} ms, drawn in ${Math.round(performance.now() - started)} ms`;
  setStatus(message);
  // "Who said what" and "Names" are filled once the text with its highlights
  // is on screen: laying them out too made that frame twice as long (they
  // repeat every quote and name).
  markPainted(drawing.done, () => renderLists(doc));
}

/** Fills the "Who said what" and "Names" panels. */
function renderLists(doc) {
  renderWhoSaidWhat($('who'), doc);
  $('who-empty').hidden = doc.quotes.length > 0;
  $('names-empty').hidden = renderNames($('names'), doc, { eager: 200 }) > 0;
}

/**
 * The annotation of a paste under way: `{ text, request }`. A paste makes
 * the browser lay out the whole text box before the `input` event (some
 * milliseconds from a few KB on); the worker starts on the text the paste
 * will make at the `paste` event instead, meanwhile, and its answer is often
 * back for the frame that shows the pasted text.
 */
let early = null;

function onPaste(event) {
  // A long paste the page applies itself, the box collapsed (editor.js): no
  // layout of it, no `input` event; it is annotated now.
  if (editor.paste(event)) {
    lastLength = textBox.value.length;
    correctionsAtPaste = history.past.length;
    early = null;
    announce('Article pasted; the text box is collapsed. Edit text shows it; Control Z undoes the paste.');
    annotateNow();
    return;
  }
  const pasted = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
  if (pasted.length < 1000) return;
  const value = textBox.value;
  // What the box will hold: the selection replaced, line ends and spaces as
  // Chromium's text box keeps them. Where a browser keeps a paste otherwise,
  // the guess is not used: the text is annotated at the `input` event.
  const kept = asTextBoxKeeps(pasted);
  const text = value.slice(0, textBox.selectionStart) + kept + value.slice(textBox.selectionEnd);
  if (inline.takes(text)) return; // annotated on this thread at the `input` event, at once
  early = { text, request: annotator.annotate(text) };
  early.request.catch(() => {}); // its failure is reported when (and if) it is used
}

/** Annotates the text box (in the worker) and draws the result; one at a time, the newest text next. */
async function annotateNow(force = false) {
  clearTimeout(timer);
  if (busy) {
    again = true;
    return;
  }
  const input = textBox.value;
  if (!force && state.base && input === state.text) return;
  busy = true;
  try {
    const guessed = early && early.text === input;
    if (guessed) performance.mark('aitty:paste-guessed'); // the tests check the guess holds
    // A short text here at once (no await: drawn before the next frame), else in the worker.
    const here = !guessed && inline.takes(input) ? inline.annotate(input) : null;
    const request = here ? null : guessed ? early.request : annotator.annotate(input);
    early = null;
    const { result, ms } = here || await request;
    // Ids are renumbered for a new text: what was pinned or stepped to is gone.
    if (input !== state.text) {
      pinned = null;
      quoteIndex = -1;
      mentionIndex.clear();
    }
    Object.assign(state, { text: input, base: result, imported: false, ms });
    setError('');
    show();
  } catch (error) {
    setError(error.crashed
      ? `The annotator stopped on this text (${error.message}). Your text is kept and the annotator was restarted: edit the text or press Annotate to try again.`
      : `Annotation failed: ${error.message}. Your text is kept.`);
    document.documentElement.dataset.failed = String(drawn);
  } finally {
    busy = false;
    if (again) {
      again = false;
      if (textBox.value !== state.text) annotateNow();
    }
  }
}

let lastLength = 0;
/** Typing waits for a pause; a paste or a drop (a big change) is annotated at once. */
function onInput(event) {
  const big = Math.abs(textBox.value.length - lastLength) > 200 || /^insertFrom/.test(event.inputType || '');
  lastLength = textBox.value.length;
  clearTimeout(timer);
  if (big) editor.fit();
  if (big) annotateNow();
  else timer = setTimeout(annotateNow, textBox.value.length > 100000 ? 500 : 200);
}

/** Applies a new correction, redraws, and keeps the keyboard in the text. */
function correct(c, message) {
  history.push(c);
  show();
  announce(message);
  view.focus({ preventScroll: true });
}

function undoRedo(redo) {
  if (!redo && editor.canUndoPaste() && history.past.length === correctionsAtPaste) {
    undoPaste();
    return;
  }
  if (!(redo ? history.redo() : history.undo())) return;
  show();
  announce(redo ? 'Correction redone' : 'Correction undone');
}

/** Puts back the text from before the last long paste and annotates it. */
function undoPaste() {
  if (!editor.undoPaste()) return;
  lastLength = textBox.value.length;
  announce('Paste undone');
  annotateNow();
}

function addFromSelection(target) {
  if (!state.shown || textBox.value !== state.text) {
    setError('Wait for the annotation of the current text, then select words to add.');
    return;
  }
  const span = selectedSpan(view, textBox, state.text);
  if (!span) {
    setError('Select some words in the annotated text or in the text box first.');
    return;
  }
  setError('');
  const type = $('add-type').value;
  if (target === 'entity') correct({ action: 'add', target, ...span, type }, `“${span.text}” added as ${type}`);
  else correct({ action: 'add', target, ...span, kind: 'direct' }, `“${span.text}” added as a quote`);
}

/** Focuses the first piece of a highlight and shows its details. */
function focusHighlight(selector, target, message) {
  drawing.flush();
  const el = view.querySelector(selector);
  if (!el) return;
  pinned = target;
  renderDetails($('details-body'), state.shown, pinned, correct);
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'center', behavior: 'auto' });
  announce(message);
}

function stepQuote(delta) {
  const quotes = state.shown ? state.shown.quotes : [];
  if (!quotes.length) return;
  // Nothing stepped to yet: p goes to the last quote, n to the first.
  quoteIndex = quoteIndex < 0 && delta < 0 ? quotes.length - 1 : (quoteIndex + delta + quotes.length) % quotes.length;
  const q = quotes[quoteIndex];
  const by = q.speaker ? `by ${q.speaker.name}` : 'speaker unknown';
  focusHighlight(`[data-q="${CSS.escape(q.id)}"][tabindex]`, { kind: 'quote', id: q.id },
    `Quote ${quoteIndex + 1} of ${quotes.length}, ${q.kind === 'direct' ? 'direct' : 'reported'}, ${by}`);
}

function toggleLayer(layer) {
  if (hidden.has(layer)) hidden.delete(layer);
  else hidden.add(layer);
  view.classList.toggle(`hide-${layer}`, hidden.has(layer));
  renderLegend($('legend'), state.shown, hidden);
  announce(`${layer} ${hidden.has(layer) ? 'hidden' : 'shown'}`);
}

/** The highlight under an event: an entity or quote of the shown doc. */
function targetOf(event) {
  const el = event.target instanceof Element ? event.target.closest('#view [data-e], #view [data-q]') : null;
  if (!el) return null;
  return el.dataset.e ? { kind: 'entity', id: el.dataset.e } : { kind: 'quote', id: el.dataset.q };
}

/** Pointing at a quote, its label or list entry lights up the quote, its speaker and cue. */
function linkHighlight(event) {
  for (const el of document.querySelectorAll('.linked')) el.classList.remove('linked');
  const source = event.target instanceof Element ? event.target.closest('[data-q], [data-for]') : null;
  if (!source) return;
  for (const id of (source.dataset.q || source.dataset.for || '').split(' ').filter(Boolean)) {
    for (const el of document.querySelectorAll(`[data-q="${CSS.escape(id)}"], [data-for~="${CSS.escape(id)}"]`)) el.classList.add('linked');
  }
}

async function openFiles(files) {
  const list = [...files];
  const articles = list.filter((f) => kindOf(f) !== 'json');
  const json = list.find((f) => kindOf(f) === 'json');
  try {
    if (articles.length) {
      editor.setText(await readArticle(articles[0]));
      lastLength = textBox.value.length;
      history.reset();
      setStatus(`Opened ${articles[0].name}.`);
      await annotateNow(true);
    }
    if (json) await importFile(json);
  } catch (error) {
    setError(`Could not open the file: ${error.message}`);
  }
}

/** Imports a downloaded Aitty JSON for the text in the box; a refused file changes nothing. */
async function importFile(file) {
  const refuse = (why) => {
    setError(`Could not import ${file.name}: ${why}. Nothing was changed.`);
    announce('Import refused');
  };
  if (file.size > annotator.maxImportBytes) {
    refuse(`the file is too large (${(file.size / 1048576).toFixed(1)} MB); Aitty imports files of up to ${annotator.maxImportBytes / 1048576} MB`);
    return;
  }
  const text = textBox.value;
  try {
    const { result } = await annotator.importFile(text, await file.text());
    const corrections = result.corrections || [];
    delete result.corrections;
    history.reset(corrections);
    Object.assign(state, { text, base: result, imported: true });
    pinned = null;
    setError('');
    show();
    announce(`Imported ${file.name}`);
  } catch (error) {
    refuse(error.message);
  }
}

async function withCurrent(action) {
  if (textBox.value !== state.text || !state.base) await annotateNow();
  if (state.shown) await action(state.shown);
}

const annotator = new Annotator({
  onCrash: (message) => setError(`The annotator stopped (${message}). Your text is kept and the annotator was restarted.`),
});
/** The module on this thread, for short texts (loaded once the worker is ready). */
const inline = new InlineAnnotator();

window.addEventListener('scroll', () => (scrolledTo = window.scrollY), { passive: true });
textBox.addEventListener('input', onInput);
textBox.addEventListener('paste', onPaste);
$('annotate').addEventListener('click', () => annotateNow(true));
$('example').addEventListener('click', async () => {
  try {
    const response = await fetch('examples/seed_kk.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    editor.setText(await response.text());
    lastLength = textBox.value.length;
    history.reset();
    await annotateNow();
  } catch (error) {
    setError(`Could not load the example: ${error.message}`);
  }
});
$('open').addEventListener('click', () => $('open-file').click());
$('open-file').addEventListener('change', (e) => openFiles(e.target.files).finally(() => (e.target.value = '')));
$('import').addEventListener('click', () => $('import-file').click());
$('import-file').addEventListener('change', (e) => {
  if (e.target.files[0]) importFile(e.target.files[0]).finally(() => (e.target.value = ''));
});
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  if (e.dataTransfer && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
});
$('download').addEventListener('click', () => withCurrent((doc) =>
  download('aitty.json', `${JSON.stringify(aittyJson(doc, history.list), null, 2)}\n`, 'application/json')));
$('download-w3c').addEventListener('click', () => withCurrent(async (doc) =>
  download('aitty.jsonld', `${JSON.stringify(webAnnotation(state.text, doc, await textId(state.text)), null, 2)}\n`, 'application/ld+json')));
$('download-csv').addEventListener('click', () => withCurrent((doc) => download('aitty-quotes.csv', quotesCsv(doc), 'text/csv')));
$('copy').addEventListener('click', () => withCurrent(async (doc) => {
  try {
    await navigator.clipboard.writeText(quotesText(doc));
    announce(`${plural(doc.quotes.length, 'quote', 'quotes')} copied`);
    setStatus(`${plural(doc.quotes.length, 'quote', 'quotes')} copied to the clipboard.`);
  } catch (error) {
    setError(`Could not copy: ${error.message}`);
  }
}));
$('add-entity').addEventListener('click', () => addFromSelection('entity'));
$('add-quote').addEventListener('click', () => addFromSelection('quote'));
$('undo').addEventListener('click', () => undoRedo(false));
$('undo-paste').addEventListener('click', undoPaste);
$('redo').addEventListener('click', () => undoRedo(true));
$('legend').addEventListener('click', (e) => {
  const b = e.target instanceof Element && e.target.closest('button[data-layer]');
  if (b) toggleLayer(b.dataset.layer);
});
$('names').addEventListener('click', (e) => {
  const b = e.target instanceof Element && e.target.closest('button.name');
  if (!b) return;
  const ids = b.dataset.mentions.split(' ');
  const i = ((mentionIndex.get(b.dataset.mentions) ?? -1) + 1) % ids.length;
  mentionIndex.set(b.dataset.mentions, i);
  const name = b.querySelector('.name-text').textContent;
  focusHighlight(`[data-e="${CSS.escape(ids[i])}"][tabindex]`, { kind: 'entity', id: ids[i] }, `${name}: mention ${i + 1} of ${ids.length}`);
});
$('who').addEventListener('click', (e) => {
  const a = e.target instanceof Element && e.target.closest('a[data-for]');
  if (!a) return;
  e.preventDefault();
  quoteIndex = state.shown.quotes.findIndex((q) => q.id === a.dataset.for) - 1;
  stepQuote(1);
});
view.addEventListener('pointerover', (e) => {
  if (state.shown) renderDetails($('details-body'), state.shown, targetOf(e) || pinned, correct);
});
view.addEventListener('pointerleave', () => state.shown && renderDetails($('details-body'), state.shown, pinned, correct));
view.addEventListener('focusin', (e) => {
  const target = targetOf(e);
  if (target && state.shown) {
    pinned = target;
    renderDetails($('details-body'), state.shown, pinned, correct);
  }
});
for (const id of ['view', 'who']) {
  $(id).addEventListener('pointerover', linkHighlight);
  $(id).addEventListener('focusin', linkHighlight);
}
$('help-open').addEventListener('click', () => $('help').showModal());
$('help-close').addEventListener('click', () => $('help').close());
installShortcuts({
  next: () => stepQuote(1),
  previous: () => stepQuote(-1),
  toggle: (n) => toggleLayer(n === 0 ? 'quotes' : ENTITY_TYPES[n - 1]),
  undo: () => undoRedo(false),
  redo: () => undoRedo(true),
  help: () => $('help').showModal(),
});
renderLegend($('legend'), null, hidden);

annotator.ready
  .then(() => {
    document.documentElement.dataset.ready = 'true';
    document.body.dataset.ready = 'true';
    setStatus('Ready. Paste an article or try the example.');
    if (textBox.value !== '') annotateNow();
    inline.load(annotator.module).then(() => performance.mark('aitty:inline-ready'), () => {
      /* Without it the worker annotates every text. */
    });
  })
  .catch((error) => setError(`The annotator could not be loaded: ${error.message}`));

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {
    /* Without a service worker the page still works, only not offline. */
  });
}
