// Shared by the browser tests: one static server and one Chromium per test
// file, and a fresh page (its own browser context) for every test, watched
// for console errors and for any request that would leave the page's origin
// (such a request is aborted and recorded).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const env = { browser: null, server: null, base: '' };

/** Starts the server and the browser for the test file it is called in. */
export function useBrowser() {
  before(async () => {
    ({ server: env.server, url: env.base } = await startServer({ port: 0 }));
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
}

/**
 * A fresh page on the app with the annotator loaded. `page.outside` lists
 * requests to other origins, `page.errors` console errors and uncaught ones.
 */
export async function openPage(options = {}, { base = env.base } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  page.requests = [];
  page.outside = [];
  page.errors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    page.requests.push(url);
    if (new URL(url).origin !== origin) {
      page.outside.push(url);
      return route.abort();
    }
    return route.continue();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(base);
  await page.waitForSelector('html[data-ready]', { timeout: 20000 });
  return page;
}

/** The paint counter of the page (html[data-annotated]). */
export function painted(page) {
  return page.evaluate(() => document.documentElement.dataset.annotated || '0');
}

/** Waits until the page has painted again after `before`. */
export async function paintedAfter(page, before, timeout = 30000) {
  await page.waitForFunction((n) => (document.documentElement.dataset.annotated || '0') !== n, before, { timeout });
}

/** Puts `text` in the box as one paste and waits for it to be annotated and painted. */
export async function paste(page, text) {
  const before = await painted(page);
  await page.evaluate((t) => {
    const box = document.getElementById('text');
    box.value = t;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
  await paintedAfter(page, before);
}

/** A fresh page (as `openPage`) with `text` pasted, annotated and painted. */
export async function openWith(text, options = {}) {
  const page = await openPage(options);
  await paste(page, text);
  return page;
}

/** Closes the page's context. */
export async function close(page) {
  await page.context().close();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it stands, one line each (empty: none). */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** The text of each paragraph of the view, without the speaker labels the page adds. */
export function viewParagraphs(page) {
  return page.$$eval('#view p.para', (ps) => ps.map((p) => {
    const c = p.cloneNode(true);
    for (const l of c.querySelectorAll('.said-by')) l.remove();
    return c.textContent;
  }));
}

/** A fresh page allowed to use the clipboard, with `text` on it. */
export async function pageWithClipboard(text, options = {}) {
  const page = await openPage(options);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  return page;
}

/**
 * Grows a WebAssembly `memory` until it is refused, in halving steps, and
 * returns its size in bytes. Runs where the memory is: pass it to
 * `evaluate` as source, `(${growUntilRefused})(memory)`.
 */
export function growUntilRefused(memory) {
  for (let pages = 16384; pages >= 1; pages = Math.floor(pages / 2)) {
    try {
      while (true) memory.grow(pages);
    } catch {
      /* smaller steps */
    }
  }
  return memory.buffer.byteLength;
}
