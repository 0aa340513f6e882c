// Paste-to-paint time of the page in headless Chromium, two ways: the text
// is set into the text box (#text) with an `input` event as a paste makes
// (`ms`, `allMs`), and pasted for real from the clipboard with Ctrl+V
// (`pasteMs`, `pasteAllMs`; the clock starts at the keydown). A short real
// paste costs more: the browser lays out the whole text box before the
// `input` event. A long one (www/editor.js) the page applies itself, the box
// hidden, and a long set value hides the box before it is laid out. Two
// clocks stop at the page's signals (www/app.js):
//   - `aitty:painted` (a performance mark; <html data-painted> counts up): the
//     highlights on screen are painted — the paragraphs holding the first
//     screens of the text are in the DOM with every highlight, and the
//     browser has produced the frame showing them (a requestAnimationFrame,
//     then a task after it);
//   - `aitty:drawn` (<html data-annotated> counts up): the same once every
//     paragraph of the text is in (a long article's off-screen paragraphs are
//     drawn in idle time after the first paint).
// Both include the text box's own layout, annotate() (on the page's thread
// for a text of up to 20,000 UTF-16 units once its instance is warm, else in
// the worker), JSON.parse and the drawing; `aitty:drawn` also waits for the
// "Who said what" and "Names" panels, filled after the first paint. The runs
// start as soon as the page says it is ready (html[data-ready]), while both
// instances of the module still warm up: the first run or two may be slower
// than a reader's paste (the medians are reported). Used by
// scripts/bench.mjs; `node scripts/bench-page.mjs [kk|ru|en ...]` runs it alone.

import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';
import { median } from './bench-wasm.mjs';

/** In the page: paste `text`, wait until all is drawn, return both times. */
async function pasteAndWait({ text, timeoutMs }) {
  const root = document.documentElement;
  const box = document.getElementById('text');
  const before = Number(root.dataset.annotated || 0);
  performance.clearMarks('aitty:painted');
  performance.clearMarks('aitty:drawn');
  const t0 = performance.now();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  for (;;) {
    if (Number(root.dataset.annotated || 0) > before) {
      const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1);
      const painted = mark('aitty:painted');
      // A page of before `aitty:drawn` drew everything before `aitty:painted`.
      const drawn = mark('aitty:drawn') || painted;
      if (!painted) return { noSignal: true };
      return { ms: painted.startTime - t0, allMs: drawn.startTime - t0 };
    }
    if (performance.now() - t0 > timeoutMs) return { timedOut: true };
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** In the page: the same clocks for a real paste (Ctrl+V, which the caller presses next) of the clipboard. */
function armClipboardPaste() {
  const root = document.documentElement;
  const box = document.getElementById('text');
  box.value = '';
  box.focus();
  performance.clearMarks('aitty:painted');
  performance.clearMarks('aitty:drawn');
  const before = Number(root.dataset.annotated || 0);
  window.benchPaste = new Promise((resolve) => {
    window.addEventListener('keydown', () => {
      const t0 = performance.now();
      const wait = () => {
        if (Number(root.dataset.annotated || 0) <= before) return setTimeout(wait, 1);
        const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1);
        const painted = mark('aitty:painted');
        resolve({ ms: painted.startTime - t0, allMs: (mark('aitty:drawn') || painted).startTime - t0 });
      };
      wait();
    }, { capture: true, once: true });
  });
}

/**
 * Median paste-to-paint ms for each `[label, text, runs]`: a result is
 * `{ ms, allMs, pasteMs, pasteAllMs }` (on screen painted, all drawn; set
 * value, real paste), or `{ na }` with the reason.
 */
export async function pageTimes(cases, { timeoutMs = 30000, www } = {}) {
  const { server, url } = await startServer({ port: 0, ...(www ? { base: www } : {}) });
  const browser = await launchChromium();
  const out = {};
  try {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 15000 }).catch(() => {});
    for (const [label, text, runs] of cases) {
      const got = [];
      const pasted = [];
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      for (let i = 0; i < runs; i++) {
        // Something else first, so each run is a change the page must annotate.
        await page.evaluate(pasteAndWait, { text: `Run ${i}.`, timeoutMs: 5000 });
        got.push(await page.evaluate(pasteAndWait, { text, timeoutMs }));
        await page.evaluate(pasteAndWait, { text: `Run ${i}.`, timeoutMs: 5000 });
        await page.evaluate(armClipboardPaste);
        await page.keyboard.press('Control+V');
        pasted.push(await page.evaluate(() => window.benchPaste));
      }
      if (got.every((g) => g.ms !== undefined)) {
        out[label] = {
          ms: median(got.map((g) => g.ms)),
          allMs: median(got.map((g) => g.allMs)),
          pasteMs: median(pasted.map((g) => g.ms)),
          pasteAllMs: median(pasted.map((g) => g.allMs)),
        };
      } else out[label] = { na: got.some((g) => g.timedOut) ? 'n/a: timed out' : 'n/a: page lacks the paint signals' };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

// `node scripts/bench-page.mjs [--www DIR] [kk|ru|en ...]`: the page part of
// `npm run bench` alone; --www serves another copy of the page (with its
// built pkg/), to compare two versions on the same machine.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { corpus } = await import('./bench-corpus.mjs');
  const args = process.argv.slice(2);
  const at = args.indexOf('--www');
  const www = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const langs = args.length ? args : ['kk', 'en'];
  const cases = [];
  for (const lang of langs) cases.push([`${lang} 10 KB`, corpus(lang, 10_000), 5], [`${lang} 1 MB`, corpus(lang, 1_000_000), 3]);
  for (const [label, r] of Object.entries(await pageTimes(cases, { www }))) {
    const times = (a, b) => `on screen painted ${a.toFixed(0)} ms, all drawn ${b.toFixed(0)} ms`;
    console.log(`${label}: ${r.na || `set value: ${times(r.ms, r.allMs)}; Ctrl+V: ${times(r.pasteMs, r.pasteAllMs)}`}`);
  }
}
