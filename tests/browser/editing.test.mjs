// Correcting and importing: add from a selection, retype, remove, reassign a
// speaker, undo/redo; corrections survive re-annotation and are exported;
// an exported file imports back, a bad one is refused and changes nothing.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { offsetProblems, schemaErrors, seedText } from '../node/helpers.mjs';
import { close, openPage, openWith, painted, paintedAfter, paste, useBrowser } from './lib.mjs';

useBrowser();

const TEXT = '🇰🇿 «Бәрі жақсы», – деді Қуандық Алпыс Алматыда.\n\nЕртең Ақтау қаласында жиналыс болады, деп хабарлады Айгерим Тарина.';

/** Selects `words` in the text box (UTF-16 indices, as the box counts). */
async function selectInBox(page, words) {
  await page.evaluate((w) => {
    const box = document.getElementById('text');
    const at = box.value.indexOf(w);
    box.focus();
    box.setSelectionRange(at, at + w.length);
  }, words);
}

/** Clicks `selector` and waits for the redraw. */
async function act(page, selector) {
  const before = await painted(page);
  await page.click(selector);
  await paintedAfter(page, before);
}

async function saved(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

const entityTexts = (page, type) => page.$$eval(`#view mark.ent[data-type="${type}"][tabindex]`, (els) => els.map((el) => el.textContent));

describe('correcting', () => {
  test('add an entity from a selection in the text box (after a flag emoji), undo, redo', async () => {
    const page = await openWith(TEXT);
    assert.ok(!(await entityTexts(page, 'ORG')).includes('жиналыс'));
    await selectInBox(page, 'жиналыс');
    await page.selectOption('#add-type', 'ORG');
    await act(page, '#add-entity');
    assert.ok((await entityTexts(page, 'ORG')).includes('жиналыс'));
    await act(page, '#undo');
    assert.ok(!(await entityTexts(page, 'ORG')).includes('жиналыс'));
    await page.locator('#view').focus();
    const before = await painted(page);
    await page.keyboard.press('Control+y');
    await paintedAfter(page, before);
    assert.ok((await entityTexts(page, 'ORG')).includes('жиналыс'));
    const doc = await saved(page);
    assert.deepEqual(schemaErrors(doc), []);
    assert.deepEqual(offsetProblems(TEXT, doc), []);
    assert.deepEqual(doc.corrections.map((c) => [c.action, c.target, c.text, c.type]), [['add', 'entity', 'жиналыс', 'ORG']]);
    const added = doc.entities.find((e) => e.text === 'жиналыс');
    assert.equal([...TEXT].slice(added.start, added.end).join(''), 'жиналыс');
    await close(page);
  });

  test('add a quote from a selection in the view', async () => {
    const page = await openWith(TEXT);
    await page.evaluate(() => {
      const para = document.querySelectorAll('#view p.para')[1];
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.data.includes('жиналыс')) node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, node.data.indexOf('жиналыс'));
      range.setEnd(node, node.data.indexOf('жиналыс') + 'жиналыс болады'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    const quotes = await page.locator('#view mark.quote[tabindex]').count();
    await act(page, '#add-quote');
    assert.equal(await page.locator('#view mark.quote[tabindex]').count(), quotes + 1);
    assert.ok((await page.$$eval('#view mark.quote[tabindex]', (els) => els.map((e) => e.textContent))).includes('жиналыс болады'));
    await close(page);
  });

  test('retype and remove an entity from its details, by keyboard', async () => {
    const page = await openWith(TEXT);
    await page.locator('#view mark.ent[data-type="LOC"][tabindex]').first().focus();
    assert.match(await page.textContent('#details-body'), /LOC/);
    await page.selectOption('#details-type', 'ORG');
    await act(page, '#details-body button:has-text("Retype")');
    assert.ok((await entityTexts(page, 'ORG')).includes('Алматыда'));
    await page.locator('#view mark.ent[data-e]', { hasText: 'Алматыда' }).first().focus();
    await page.focus('#details-body button:has-text("Remove entity")');
    const before = await painted(page);
    await page.keyboard.press('Enter');
    await paintedAfter(page, before);
    assert.ok(!(await entityTexts(page, 'ORG')).includes('Алматыда'));
    assert.match(await page.textContent('#status'), /2 corrections/);
    await close(page);
  });

  test('reassign a quote\'s speaker, then remove the quote', async () => {
    const page = await openWith(TEXT);
    await page.locator('#view').focus();
    await page.keyboard.press('n');
    assert.match(await page.textContent('#details-body'), /SpeakerҚуандық Алпыс/);
    await page.selectOption('#details-speaker', { label: 'Айгерим Тарина' });
    await act(page, '#details-body button:has-text("Set speaker")');
    const doc = await saved(page);
    assert.equal(doc.quotes.find((q) => q.text === 'Бәрі жақсы').speaker.name, 'Айгерим Тарина');
    assert.deepEqual(schemaErrors(doc), []);
    assert.ok((await page.$$eval('#view .said-by', (els) => els.map((e) => e.textContent))).filter((n) => n === 'Айгерим Тарина').length >= 1);
    await page.locator('#view mark.quote[tabindex]').first().focus();
    await act(page, '#details-body button:has-text("Remove quote")');
    assert.ok(!(await page.$$eval('#view mark.quote', (els) => els.map((e) => e.textContent))).includes('Бәрі жақсы'));
    await close(page);
  });

  test('corrections survive re-annotation when the text changes elsewhere (before and after them)', async () => {
    const page = await openWith(TEXT);
    await selectInBox(page, 'жиналыс');
    await page.selectOption('#add-type', 'ORG');
    await act(page, '#add-entity');
    await page.locator('#view mark.ent[data-type="LOC"][tabindex]').first().focus();
    await act(page, '#details-body button:has-text("Remove entity")');
    await paste(page, `😀 Кіріспе жол.\n\n${TEXT}\n\nСоңы.`);
    assert.ok((await entityTexts(page, 'ORG')).includes('жиналыс'), 'the added entity is back in its new place');
    assert.ok(!(await entityTexts(page, 'LOC')).includes('Алматыда'), 'the removed one stays removed');
    await close(page);
  });
});

describe('importing', () => {
  test('an exported file with corrections imports back onto its text', async () => {
    const page = await openWith(TEXT);
    await selectInBox(page, 'жиналыс');
    await act(page, '#add-entity');
    const doc = await saved(page);
    const fresh = await openPage();
    await paste(fresh, TEXT);
    const before = await painted(fresh);
    await fresh.setInputFiles('#import-file', { name: 'aitty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
    await paintedAfter(fresh, before);
    assert.equal(await fresh.textContent('#error'), '');
    assert.match(await fresh.textContent('#status'), /1 correction .*imported/);
    assert.ok((await entityTexts(fresh, 'PERSON')).includes('жиналыс'));
    assert.deepEqual(await saved(fresh), doc);
    await close(page);
    await close(fresh);
  });

  for (const [name, file, says] of [
    ['malformed JSON', () => '{"format": "aitty", "version": 1,', /not JSON/],
    ['another kind of JSON', () => '{"hello": "world"}', /not an Aitty JSON v1 file/],
    ['a file for another text', (doc) => JSON.stringify(doc), /made for another text/],
    ['a file whose offsets run past the text', (doc) => JSON.stringify({ ...doc, entities: [{ ...doc.entities[0], end: 99999 }] }), /after the end of the text/],
    ['a file too large', () => ' '.repeat(16 * 1024 * 1024 + 1), /too large/],
  ]) {
    test(`${name} is refused with a message and changes nothing`, async () => {
      const page = await openWith(seedText);
      const other = await saved(page);
      await paste(page, name === 'a file for another text' ? TEXT : seedText + ' ');
      const view = await page.innerHTML('#view');
      const status = await page.textContent('#status');
      await page.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(file(other)) });
      await page.waitForFunction(() => document.getElementById('error').textContent !== '');
      const error = await page.textContent('#error');
      assert.match(error, says);
      assert.match(error, /Nothing was changed/);
      assert.equal(await page.innerHTML('#view'), view);
      assert.equal(await page.textContent('#status'), status);
      await close(page);
    });
  }
});
