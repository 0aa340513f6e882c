// Paste-to-paint time of the page in headless Chromium: the text goes into
// the text box (#text) with an `input` event as a paste makes, and two clocks
// stop at the page's signals (www/app.js):
//   - `aitty:painted` (a performance mark; <html data-painted> counts up): the
//     highlights on screen are painted — the paragraphs holding the first
//     screens of the text are in the DOM with every highlight, and the
//     browser has produced the frame showing them (a requestAnimationFrame,
//     then a task after it);
//   - `aitty:drawn` (<html data-annotated> counts up): the same once every
//     paragraph of the text is in (a long article's off-screen paragraphs are
//     drawn in idle time after the first paint).
// Both count from before the text is set, so they include the text box's own
// layout, the worker's annotate(), JSON.parse and the drawing. Used by
// scripts/bench.mjs; `node scripts/bench-page.mjs [kk|ru|en ...]` runs it alone.

import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

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
      const drawn = mark('aitty:drawn');
      if (!painted || !drawn) return { noSignal: true };
      return { ms: painted.startTime - t0, allMs: drawn.startTime - t0 };
    }
    if (performance.now() - t0 > timeoutMs) return { timedOut: true };
    await new Promise((r) => setTimeout(r, 1));
  }
}

/**
 * Median paste-to-paint ms for each `[label, text, runs]`: a result is
 * `{ ms, allMs }` (on screen painted, all drawn), or `{ na }` with the reason.
 */
export async function pageTimes(cases, { timeoutMs = 30000 } = {}) {
  const { server, url } = await startServer({ port: 0 });
  const browser = await launchChromium();
  const out = {};
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 15000 }).catch(() => {});
    for (const [label, text, runs] of cases) {
      const got = [];
      for (let i = 0; i < runs; i++) {
        // Something else first, so each run is a change the page must annotate.
        await page.evaluate(pasteAndWait, { text: `Run ${i}.`, timeoutMs: 5000 });
        got.push(await page.evaluate(pasteAndWait, { text, timeoutMs }));
      }
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      if (got.every((g) => g.ms !== undefined)) out[label] = { ms: median(got.map((g) => g.ms)), allMs: median(got.map((g) => g.allMs)) };
      else out[label] = { na: got.some((g) => g.timedOut) ? 'n/a: timed out' : 'n/a: page lacks the paint signals' };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

// `node scripts/bench-page.mjs [kk|ru|en ...]`: the page part of `npm run bench` alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { corpus } = await import('./bench-corpus.mjs');
  const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['kk', 'en'];
  const cases = [];
  for (const lang of langs) cases.push([`${lang} 10 KB`, corpus(lang, 10_000), 5], [`${lang} 1 MB`, corpus(lang, 1_000_000), 3]);
  for (const [label, r] of Object.entries(await pageTimes(cases))) {
    console.log(`${label}: ${r.na || `on screen painted ${r.ms.toFixed(0)} ms, all drawn ${r.allMs.toFixed(0)} ms`}`);
  }
}
