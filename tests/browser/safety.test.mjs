// Safety and reach: hostile text stays inert, the Content-Security-Policy
// holds, no request leaves the origin, a trap in the wasm (in the worker or
// in the page's own instance) is survived with the text kept, axe finds no
// violations, 360 px, dark theme, keyboard and help, offline once loaded.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { seedText } from '../node/helpers.mjs';
import { axeViolations, close, growUntilRefused, openPage, openWith, painted, paintedAfter, paste, useBrowser } from './lib.mjs';

useBrowser();


const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'Асан: «<img src=x onerror="window.__pwned=1">», – деді Асан Үсенов. <svg onload="window.__pwned=1"></svg>',
  '«[басыңыз](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">x</a>», – деді Асан Үсенов.',
  '«\u202eәрі жақсы\u202c», – деді \u202eАсан Үсенов\u202c. Қуандық Алпыс келді.',
];

describe('hostile text', () => {
  for (const [i, hostile] of HOSTILE.entries()) {
    test(`stays inert text (#${i + 1})`, async () => {
      const page = await openWith(hostile);
      await page.locator('#view').focus();
      await page.keyboard.press('n');
      assert.equal(await page.locator('img, script:not([src]), svg, a[href^="javascript:"], iframe').count(), 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      const shown = await page.$eval('#view', (v) => {
        const c = v.cloneNode(true);
        for (const l of c.querySelectorAll('.said-by')) l.remove();
        return c.textContent;
      });
      assert.equal(shown, hostile);
      const bidi = await page.$$eval('#view mark, #view .said-by', (els) => [...new Set(els.map((el) => getComputedStyle(el).unicodeBidi))]);
      assert.deepEqual(bidi.filter((b) => b !== 'isolate'), [], 'every highlight isolates its bidi text');
      assert.deepEqual(page.errors, []);
      await close(page);
    });
  }

  test('markup in names and canonical forms is drawn as text by the renderers', async () => {
    const page = await openPage();
    const result = await page.evaluate(async () => {
      const { renderAnnotated, renderWhoSaidWhat } = await import('./render.js');
      const { renderNames } = await import('./panels.js');
      const evil = '<img src=x onerror="window.__pwned=1">';
      const text = 'Асан: «сәлем», – деді Асан.';
      const annotations = {
        format: 'aitty', version: 1, offsets: 'codepoints', language: 'kk',
        paragraphs: [{ start: 0, end: 27, language: 'kk' }],
        entities: [{ id: 'e1', type: 'PERSON', start: 0, end: 4, text: 'Асан', canonical: evil }],
        quotes: [{ id: 'q1', kind: 'direct', start: 7, end: 12, text: 'сәлем', speaker: { name: evil, entity: 'e1', start: 0, end: 4 }, cue: null }],
      };
      const box = document.createElement('div');
      const [view, who, names] = ['div', 'ol', 'ul'].map((t) => box.appendChild(document.createElement(t)));
      document.body.append(box);
      renderAnnotated(view, text, annotations);
      renderWhoSaidWhat(who, annotations);
      renderNames(names, annotations);
      const out = { imgs: document.querySelectorAll('img').length, label: view.querySelector('.said-by').textContent, names: names.textContent };
      box.remove();
      return out;
    });
    assert.equal(result.imgs, 0);
    assert.equal(result.label, '<img src=x onerror="window.__pwned=1">');
    assert.ok(result.names.includes('<img src=x'));
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await close(page);
  });
});

describe('the page stays to itself', () => {
  test('the CSP blocks inline scripts and requests to other origins', async () => {
    const page = await openPage();
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\s\*/);
    const blocked = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 1';
      document.body.appendChild(s);
      let fetched = true;
      try {
        await fetch('https://example.com/collect');
      } catch {
        fetched = false;
      }
      await new Promise((r) => setTimeout(r, 100));
      return { pwned: window.__pwned, fetched, violations };
    });
    assert.equal(blocked.pwned, undefined);
    assert.equal(blocked.fetched, false);
    assert.ok(blocked.violations.some((v) => v.startsWith('script-src')), JSON.stringify(blocked.violations));
    assert.ok(blocked.violations.includes('connect-src'), JSON.stringify(blocked.violations));
    await close(page);
  });

  test('using every feature, no request leaves the origin (all requests intercepted)', async () => {
    const page = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const before = await painted(page);
    await page.click('#example');
    await paintedAfter(page, before);
    for (const id of ['#download', '#download-w3c', '#download-csv']) {
      await Promise.all([page.waitForEvent('download'), page.click(id)]);
    }
    await page.click('#copy');
    await page.hover('#view mark.ent >> nth=0');
    await page.click('#names button >> nth=0');
    assert.ok(page.requests.some((u) => u.endsWith('.wasm')), 'the wasm came through the interception');
    assert.ok(page.requests.some((u) => u.endsWith('worker.js')), 'so did the worker');
    assert.deepEqual(page.outside, []);
    assert.deepEqual(page.errors, []);
    await close(page);
  });
});

describe('a trap in the WebAssembly module', () => {
  test('shows an error, keeps the text, and a fresh module annotates the next edit', async () => {
    const page = await openWith(seedText);
    const [worker] = page.workers();
    const exhausted = await worker.evaluate(`(${growUntilRefused})(self.aittyExports.memory)`);
    assert.ok(exhausted >= 2 ** 31, `${exhausted} bytes`);
    // Bigger than anything annotated so far: the module must ask for memory, and gets none.
    const text = `${seedText}\n\n${'Жаңа абзац. '.repeat(100000)}`;
    await page.evaluate((t) => {
      const box = document.getElementById('text');
      box.value = t;
      box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }, text);
    await page.waitForFunction(() => /stopped/.test(document.getElementById('error').textContent), null, { timeout: 30000 });
    assert.match(await page.textContent('#error'), /Your text is kept/);
    assert.equal(await page.inputValue('#text'), text);
    assert.ok(await page.locator('#view .quote').count() > 0, 'the last annotation is still shown');
    await paste(page, '«Бәрі жақсы», – деді Қуандық Алпыс. Тағы.');
    assert.equal(await page.textContent('#error'), '');
    assert.ok((await page.textContent('#view')).includes('Тағы.'));
    await close(page);
  });
});

describe('a trap in the module on the page\'s thread (short texts)', () => {
  test('the worker annotates the text instead, and every text after it, with no error shown', async () => {
    const page = await openPage();
    await page.waitForFunction(() => performance.getEntriesByName('aitty:inline-ready').length > 0, null, { timeout: 20000 });
    // The page's instance (the module is instantiated once per thread; init() returns its exports).
    const exhausted = await page.evaluate(
      `(async () => (${growUntilRefused})((await (await import('./pkg/aitty.js')).default()).memory))()`,
    );
    assert.ok(exhausted >= 2 ** 31, `${exhausted} bytes`);
    // Short enough for the page's thread, and with hundreds of quotes and names to write out it
    // needs more memory than the warm-up left free (a plain text of the same length had only
    // one 64 KiB page to spare, and stopped trapping when the warm-up came to need one more): it traps.
    const text = `${seedText}\n\n${'«Иә», – деді Қуандық Алпыс Алматыда. '.repeat(450)}`;
    assert.ok(text.length < 20000);
    await paste(page, text);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('aitty:inline-trapped').length), 1);
    assert.equal(await page.textContent('#error'), '');
    assert.ok(await page.locator('#view .quote').count() > 0, 'the text is annotated');
    await paste(page, '«Бәрі жақсы», – деді Қуандық Алпыс. Тағы.');
    assert.ok((await page.textContent('#view')).includes('Тағы.'));
    assert.equal(await page.locator('#view .quote').count(), 1);
    assert.equal(await page.textContent('#error'), '');
    await close(page);
  });
});

describe('everyone', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations on the annotated seed (${colorScheme})`, async () => {
      const page = await openWith(seedText, { colorScheme });
      await page.hover('#view .quote >> nth=0');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, []);
      await close(page);
    });
  }

  test('360 px wide: nothing wider than the screen, every button on it', async () => {
    const page = await openWith(seedText, { viewport: { width: 360, height: 740 } });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360);
    const outside = await page.$$eval('button:not([hidden])', (els) => els.filter((b) => {
      const r = b.getBoundingClientRect();
      return r.width > 0 && (r.left < 0 || r.right > 360);
    }).map((b) => b.textContent));
    assert.deepEqual(outside, []);
    await close(page);
  });

  test('the dark colour scheme gives a dark page with light text', async () => {
    const page = await openPage({ colorScheme: 'dark' });
    const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]
      .map((c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b)));
    assert.ok(bg < 150 && fg > 500, `background ${bg}, text ${fg}`);
    await close(page);
  });

  test('keyboard: ? opens the help, Esc closes it; n and p step through quotes and say which', async () => {
    const page = await openWith(seedText);
    await page.locator('#view').focus();
    await page.keyboard.press('?');
    assert.equal(await page.locator('#help').isVisible(), true);
    assert.match(await page.textContent('#help'), /next quote/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#help').isVisible(), false);
    await page.locator('#view').focus();
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.q), 'q1');
    await page.waitForFunction(() => /Quote 1 of 6/.test(document.getElementById('announce').textContent));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#details') !== null), true, 'Tab goes on to the details');
    await close(page);
  });

  test('offline once loaded: the service worker serves the page and the module', async () => {
    const { server, url } = await startServer({ port: 0 });
    const page = await openPage({ serviceWorkers: 'allow' }, { base: url });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await page.reload();
    await page.waitForSelector('html[data-ready]', { timeout: 20000 });
    await paste(page, '«Бәрі жақсы», – деді Қуандық Алпыс.');
    assert.equal(await page.locator('#view .quote').count(), 1);
    await close(page);
  });
});
