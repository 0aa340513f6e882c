// Exports (JSON, W3C Web Annotation, CSV, clipboard) and opening files
// (.txt, .md, .html by the picker or by dropping them).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadAnnotator, offsetProblems, schemaErrors, seedText } from '../node/helpers.mjs';
import { close, openPage, openWith, painted, paintedAfter, useBrowser } from './lib.mjs';

useBrowser();

async function downloadOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

const EMOJI_TEXT = '👩‍👩‍👧 «Бәрі жақсы 🇰🇿», – деді Қуандық Алпыс.\n\n"It works," said John Smith.';

describe('exports', () => {
  test('"Download JSON": format v1, exact slices, the same as the wasm in Node', async () => {
    const page = await openWith(seedText);
    const { name, text } = await downloadOf(page, '#download');
    assert.equal(name, 'aitty.json');
    const saved = JSON.parse(text);
    assert.deepEqual(schemaErrors(saved), []);
    assert.deepEqual(offsetProblems(seedText, saved), []);
    assert.deepEqual(saved, (await loadAnnotator())(seedText));
    await close(page);
  });

  test('W3C Web Annotation: quote and position selectors in code points, speaker links as bodies', async () => {
    const page = await openWith(EMOJI_TEXT);
    const { name, text } = await downloadOf(page, '#download-w3c');
    assert.equal(name, 'aitty.jsonld');
    const collection = JSON.parse(text);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    const items = collection.first.items;
    assert.equal(collection.total, items.length);
    const cps = [...EMOJI_TEXT];
    for (const a of items) {
      assert.equal(a.type, 'Annotation');
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.equal(cps.slice(position.start, position.end).join(''), quote.exact, a.id);
      assert.ok(EMOJI_TEXT.includes(quote.prefix + quote.exact + quote.suffix), a.id);
      assert.match(a.target.source, /^urn:aitty:text:sha256:[0-9a-f]{64}$/);
    }
    const q = items.find((a) => a.target.selector[0].exact === 'Бәрі жақсы 🇰🇿');
    assert.ok(q, 'the quote after the emoji');
    assert.ok(q.body.some((b) => b.purpose === 'identifying' && b.value === 'Қуандық Алпыс'));
    const link = q.body.find((b) => b.type === 'SpecificResource' && b.purpose === 'linking');
    const at = link.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(cps.slice(at.start, at.end).join(''), 'Қуандық Алпыс');
    assert.ok(items.some((a) => a.id === link.id), 'the speaker link names the entity annotation');
    await close(page);
  });

  test('CSV of quotes: speaker, quote, kind, offsets; cells quoted, formulas defused', async () => {
    const page = await openWith(`${EMOJI_TEXT}\n\n«=HYPERLINK("x"), жарайды», – деді Асан Үсенов.`);
    const { name, text } = await downloadOf(page, '#download-csv');
    assert.equal(name, 'aitty-quotes.csv');
    const lines = text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'speaker,quote,kind,start,end,speaker_start,speaker_end,cue');
    assert.ok(lines.includes('Қуандық Алпыс,Бәрі жақсы 🇰🇿,direct,7,20,30,43,деді'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('Асан Үсенов,"\'=HYPERLINK(""x""), жарайды",direct')), lines.join('\n'));
    await close(page);
  });

  test('"Copy quotes" puts each quote and its speaker on the clipboard', async () => {
    const page = await openWith(EMOJI_TEXT, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.click('#copy');
    await page.waitForFunction(() => /copied/.test(document.getElementById('status').textContent));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, '“Бәрі жақсы 🇰🇿” — Қуандық Алпыс\n“It works,” — John Smith');
    await close(page);
  });
});

describe('opening files', () => {
  test('a .txt file from the picker is opened and annotated', async () => {
    const page = await openPage();
    const before = await painted(page);
    await page.setInputFiles('#open-file', { name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText) });
    await paintedAfter(page, before);
    assert.equal(await page.inputValue('#text'), seedText);
    assert.ok(await page.locator('#view .quote').count() > 0);
    await close(page);
  });

  test('an .html file is reduced to its text: scripts, styles and javascript: links never reach the page', async () => {
    const page = await openPage();
    const html = '<!doctype html><html><head><title>T</title><style>p{}</style><script>window.__pwned=1</script></head>' +
      '<body><h1>Жаңалық</h1><p>«Бәрі жақсы», – деді <b>Қуандық Алпыс</b>.</p><p><img src=x onerror="window.__pwned=1">' +
      '<a href="javascript:window.__pwned=1">сілтеме</a></p><ul><li>бір</li><li>екі</li></ul></body></html>';
    const before = await painted(page);
    await page.setInputFiles('#open-file', { name: 'news.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await paintedAfter(page, before);
    assert.equal(await page.inputValue('#text'), 'Жаңалық\n\n«Бәрі жақсы», – деді Қуандық Алпыс.\n\nсілтеме\n\nбір\n\nекі');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('img, a[href^="javascript:"]').count(), 0);
    assert.equal(await page.locator('#view .quote').count(), 1);
    await close(page);
  });

  test('a text and its downloaded JSON opened together: the text, then the file imported onto it', async () => {
    const page = await openWith(seedText);
    const { text: json } = await downloadOf(page, '#download');
    const fresh = await openPage();
    await fresh.setInputFiles('#open-file', [
      { name: 'aitty.json', mimeType: 'application/json', buffer: Buffer.from(json) },
      { name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText) },
    ]);
    await fresh.waitForFunction(() => /imported/.test(document.getElementById('status').textContent));
    assert.equal(await fresh.inputValue('#text'), seedText);
    assert.equal(await fresh.textContent('#error'), '');
    assert.equal(await fresh.locator('#view mark.quote[tabindex]').count(), JSON.parse(json).quotes.length);
    await close(page);
    await close(fresh);
  });

  test('a .md file dropped on the page is opened as text', async () => {
    const page = await openPage();
    const md = '# Тақырып\n\n«Бәрі жақсы», – деді Қуандық Алпыс. [сілтеме](javascript:alert(1))\n';
    const before = await painted(page);
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'news.md', { type: 'text/markdown' }));
      return dt;
    }, md);
    await page.dispatchEvent('#text', 'drop', { dataTransfer: transfer });
    await paintedAfter(page, before);
    assert.equal(await page.inputValue('#text'), md);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    await close(page);
  });
});
