// The page in headless Chromium (Debian's, via playwright-core): annotation
// as you type, the views, the download, hostile text, requests, console.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { loadAnnotator, offsetProblems, schemaErrors, seedText } from '../node/helpers.mjs';

let browser;
let server;
let base;
const requests = [];
const consoleErrors = [];

before(async () => {
  ({ server, url: base } = await startServer({ port: 0 }));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page on the app, watched for requests and errors, with the annotator loaded. */
async function openPage(options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(base);
  await page.waitForSelector('body[data-ready]', { timeout: 10000 });
  return page;
}

/** Types `text` into the box (one input event, as a paste) and waits for the debounced annotation. */
async function paste(page, text) {
  const before = await page.evaluate(() => document.body.dataset.annotated || '0');
  await page.fill('#text', text);
  await page.waitForFunction((n) => (document.body.dataset.annotated || '0') !== n, before, { timeout: 10000 });
}

describe('the page', () => {
  let page;
  before(async () => {
    page = await openPage();
  });

  test('loads: labelled text box, buttons, legend of the 8 entity types', async () => {
    assert.equal(await page.title(), 'Aitty — who said what');
    assert.equal(await page.getByLabel('Article text').evaluate((el) => el.tagName), 'TEXTAREA');
    for (const name of ['Annotate', 'Try the example', 'Download JSON']) {
      assert.equal(await page.getByRole('button', { name }).count(), 1, name);
    }
    const legend = await page.$$eval('#legend mark.ent', (els) => els.map((el) => el.dataset.type));
    assert.deepEqual(legend, ['PERSON', 'ORG', 'LOC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY']);
  });

  test('the seed pasted into the box is annotated as you type: paragraphs and languages', async () => {
    await paste(page, seedText);
    const paragraphs = await page.$$eval('#view p.para', (els) => els.map((el) => el.textContent));
    assert.ok(paragraphs.length > 10, `${paragraphs.length} paragraphs`);
    assert.ok(paragraphs.some((p) => p.includes('Қазақстанда 2025 жылы')));
    assert.match(await page.textContent('#language'), /Kazakh · kk/);
    const foreign = await page.$$eval('#view p.para.foreign', (els) => els.map((el) => [el.dataset.lang, el.textContent.slice(0, 18)]));
    assert.deepEqual(foreign, [['ru', 'Центр оперативного']]);
  });

  test('quotes, entities and who said what', async () => {
    assert.ok(await page.locator('#view .quote').count() > 0, 'quote highlights');
    assert.ok(await page.locator('#view .quote-indirect').count() > 0, 'reported speech highlights');
    assert.ok(await page.locator('#view mark.ent').count() > 0, 'entity highlights');
    assert.ok(await page.locator('#view mark.ent[data-type="LOC"]').count() > 0, 'places');
    assert.ok(await page.locator('#view .speaker').count() > 0, 'speaker mentions');
    const who = await page.$$eval('#who .speaker-name', (els) => els.map((el) => el.textContent));
    assert.ok(who.includes('Қуандық Алпыс'), `who said what: ${JSON.stringify(who)}`);
    const labels = await page.$$eval('#view .said-by', (els) => els.map((el) => el.textContent));
    assert.ok(labels.filter((l) => l === 'Қуандық Алпыс').length >= 6, `labels: ${JSON.stringify(labels)}`);
  });

  test('"Download JSON" saves aitty.json: format v1, exact slices, the same as the wasm in Node', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(download.suggestedFilename(), 'aitty.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(schemaErrors(saved), []);
    assert.deepEqual(offsetProblems(seedText, saved), []);
    const annotate = await loadAnnotator();
    assert.deepEqual(saved, annotate(seedText));
  });

  test('"Try the example" loads the seed article', async () => {
    await paste(page, 'x');
    const before = await page.evaluate(() => document.body.dataset.annotated);
    await page.click('#example');
    await page.waitForFunction((n) => document.body.dataset.annotated !== n, before);
    assert.equal(await page.inputValue('#text'), seedText);
  });

  test('pasted markup stays inert text', async () => {
    for (const hostile of [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      'Асан: «<img src=x onerror="window.__pwned=1">», – деді Асан. <svg onload="window.__pwned=1"></svg>',
    ]) {
      await paste(page, hostile);
      assert.equal(await page.locator('#view img, #view script, #view svg, #who img, #who script').count(), 0, hostile);
      assert.equal(await page.locator('img').count(), 0, hostile);
      assert.ok((await page.textContent('#view')).includes(hostile.split(' ')[0]), hostile);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, hostile);
    }
  });

  test('markup inside annotations (names, canonical forms) stays text too', async () => {
    const result = await page.evaluate(async () => {
      const { renderAnnotated, renderWhoSaidWhat } = await import('./render.js');
      const text = 'Асан: «сәлем», – деді <b>Асан</b>.';
      const evil = '<img src=x onerror="window.__pwned=1">';
      const annotations = {
        format: 'aitty', version: 1, offsets: 'codepoints', language: 'kk',
        paragraphs: [{ start: 0, end: 33, language: 'kk' }],
        entities: [{ id: 'e0', type: 'PERSON', start: 0, end: 4, text: 'Асан', canonical: evil }],
        quotes: [{ id: 'q0', kind: 'direct', start: 6, end: 13, text: '«сәлем»', speaker: { name: evil, entity: 'e0', start: 0, end: 4 }, cue: null }],
      };
      const view = document.createElement('div');
      const who = document.createElement('ol');
      document.body.append(view, who);
      renderAnnotated(view, text, annotations);
      renderWhoSaidWhat(who, annotations);
      const out = { imgs: document.querySelectorAll('img').length, b: view.querySelectorAll('b').length, label: view.querySelector('.said-by').textContent, who: who.textContent };
      view.remove();
      who.remove();
      return out;
    });
    assert.deepEqual(result.imgs, 0);
    assert.deepEqual(result.b, 0);
    assert.equal(result.label, '<img src=x onerror="window.__pwned=1">');
    assert.ok(result.who.includes('<img src=x'));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  test('overlapping spans after emoji are drawn on the right characters', async () => {
    const result = await page.evaluate(async () => {
      const { renderAnnotated } = await import('./render.js');
      const text = '👩‍👩‍👧🇰🇿 «e\u0301 Алматы мен Астана», – деді Қуандық Алпыс.';
      const cp = [...text];
      const at = (s) => [...text.slice(0, text.indexOf(s))].length;
      const span = (s) => ({ start: at(s), end: at(s) + [...s].length, text: s });
      const quote = span('«e\u0301 Алматы мен Астана»');
      const annotations = {
        format: 'aitty', version: 1, offsets: 'codepoints', language: 'kk',
        paragraphs: [{ start: 0, end: cp.length, language: 'kk' }],
        entities: [
          { id: 'e0', type: 'LOC', ...span('Алматы'), canonical: 'Алматы' },
          { id: 'e1', type: 'LOC', ...span('Астана»,'), canonical: 'x' }, // crosses the quote end
          { id: 'e2', type: 'PERSON', ...span('Қуандық Алпыс'), canonical: 'Қуандық Алпыс' },
        ],
        quotes: [{ id: 'q0', kind: 'direct', ...quote, speaker: { name: 'Қуандық Алпыс', entity: 'e2', ...span('Қуандық Алпыс') }, cue: { ...span('деді') } }],
      };
      delete annotations.quotes[0].speaker.text;
      const view = document.createElement('div');
      document.body.append(view);
      renderAnnotated(view, text, annotations);
      const pieces = (sel) => [...view.querySelectorAll(sel)].map((el) => el.textContent);
      const label = view.querySelector('.said-by');
      const out = {
        entities: pieces('mark.ent'),
        quote: pieces('.quote').join(''),
        speaker: pieces('.speaker'),
        cue: pieces('.cue'),
        labelAfterQuote: label.previousSibling === view.querySelector('.quote:last-of-type') || label.previousElementSibling?.classList.contains('quote'),
        labelLinksToSpeaker: label.getAttribute('href') === `#${view.querySelector('.speaker').id}`,
        textWithoutLabel: (label.remove(), view.textContent),
        elements: view.querySelectorAll('*').length,
        text,
      };
      view.remove();
      return out;
    });
    assert.deepEqual(result.entities, ['Алматы', 'Астана»', ',', 'Қуандық Алпыс']);
    assert.equal(result.quote, '«e\u0301 Алматы мен Астана»');
    assert.deepEqual(result.speaker, ['Қуандық Алпыс']);
    assert.deepEqual(result.cue, ['деді']);
    assert.equal(result.labelAfterQuote, true);
    assert.equal(result.labelLinksToSpeaker, true);
    assert.equal(result.textWithoutLabel, result.text);
    assert.ok(result.elements < 12, `${result.elements} elements`);
  });
});

describe('layouts and colour schemes', () => {
  test('360 px wide: nothing wider than the screen', async () => {
    const page = await openPage({ viewport: { width: 360, height: 740 } });
    await paste(page, seedText);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `page is ${width} px wide`);
    await page.context().close();
  });

  test('dark colour scheme gives a dark page', async () => {
    const page = await openPage({ colorScheme: 'dark' });
    const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number));
    assert.ok(rgb[0] + rgb[1] + rgb[2] < 150, `background ${rgb}`);
    await page.context().close();
  });
});

describe('the page stays to itself', () => {
  test('every request went to the page\'s own origin', () => {
    const origin = new URL(base).origin;
    assert.ok(requests.length > 5, `${requests.length} requests`);
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  });

  test('no console errors', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
