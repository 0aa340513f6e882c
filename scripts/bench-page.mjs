// Paste-to-paint time of the page in headless Chromium: the text goes into
// the text box (#text) with an `input` event as a paste makes, and the clock
// stops at the page's paint signal. The page's contract: after every
// annotation is painted it raises `document.documentElement.dataset.annotated`
// (a counter) and calls `performance.mark('aitty:painted')`. Used by
// scripts/bench.mjs.

import { launchChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

/** In the page: paste `text`, wait for the paint signal, return the time. */
async function pasteAndWait({ text, timeoutMs }) {
  const root = document.documentElement;
  const box = document.getElementById('text');
  const before = Number(root.dataset.annotated || 0);
  const bodyBefore = document.body.dataset.annotated;
  performance.clearMarks('aitty:painted');
  const t0 = performance.now();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  for (;;) {
    if (Number(root.dataset.annotated || 0) > before) {
      const marks = performance.getEntriesByName('aitty:painted', 'mark');
      if (marks.length) return { ms: marks[marks.length - 1].startTime - t0 };
    }
    // The page of before the contract: body[data-annotated] and two frames.
    if (root.dataset.annotated === undefined && document.body.dataset.annotated !== bodyBefore) {
      await frame();
      await frame();
      return { approxMs: performance.now() - t0 };
    }
    if (performance.now() - t0 > timeoutMs) return { timedOut: true };
    await new Promise((r) => setTimeout(r, 1));
  }
}

/**
 * Median paste-to-paint ms for each `[label, text, runs]`; a result is
 * `{ ms }`, or `{ na }` with the reason when the page gives no paint signal.
 */
export async function pageTimes(cases, { timeoutMs = 30000 } = {}) {
  const { server, url } = await startServer({ port: 0 });
  const browser = await launchChromium();
  const out = {};
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page
      .waitForFunction(() => document.body.dataset.ready || document.documentElement.dataset.ready, null, { timeout: 15000 })
      .catch(() => {});
    for (const [label, text, runs] of cases) {
      const got = [];
      for (let i = 0; i < runs; i++) {
        // Something else first, so each run is a change the page must annotate.
        await page.evaluate(pasteAndWait, { text: `Run ${i}.`, timeoutMs: 5000 });
        got.push(await page.evaluate(pasteAndWait, { text, timeoutMs }));
      }
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      if (got.every((g) => g.ms !== undefined)) out[label] = { ms: median(got.map((g) => g.ms)) };
      else if (got.every((g) => g.approxMs !== undefined)) {
        out[label] = {
          na: 'n/a: page lacks the paint signal',
          approxMs: median(got.map((g) => g.approxMs)),
        };
      } else out[label] = { na: 'n/a: page lacks the paint signal' };
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
