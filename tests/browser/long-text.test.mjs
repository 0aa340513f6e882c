// A long article (≥ 100 000 characters) is pasted by the page itself, not
// laid out in the text box: the box collapses to a bar ("Article: … — Edit
// text"), the article is annotated with offsets into the box's text, Ctrl+Z
// or "Undo paste" puts the previous text back, Edit shows the full box. An
// opened long file takes the same path; the collapsed page passes axe.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { corpus } from '../../scripts/bench-corpus.mjs';
import { axeViolations, close, openPage, pageWithClipboard, painted, paintedAfter, useBrowser, viewParagraphs } from './lib.mjs';

useBrowser();


/** About 300 KB of English dev text, with an emoji (two UTF-16 units, one code point) first and CRLF line ends. */
const longText = `Launch day 🚀 began early.\r\n\r\n${corpus('en', 300_000)}`.replace(/\r?\n/g, '\r\n');

/** Presses Ctrl+V in the box (its value `value`, `selection` selected) and waits for the drawing. */
async function realPaste(page, value, [from, to]) {
  await page.evaluate(([v, a, b]) => {
    const box = document.getElementById('text');
    box.value = v;
    box.focus();
    box.setSelectionRange(a, b);
  }, [value, from, to]);
  const before = await painted(page);
  await page.keyboard.press('Control+V');
  await paintedAfter(page, before, 60000);
}

/** The downloaded Aitty JSON of what is shown. */
async function downloaded(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

const collapsed = (page) => page.evaluate(() => ({
  boxShown: !document.getElementById('text').hidden && document.getElementById('text').getClientRects().length > 0,
  barShown: document.getElementById('long-text').getClientRects().length > 0,
  summary: document.getElementById('long-text-summary').textContent,
  focused: document.activeElement.id,
  expanded: document.getElementById('edit-text').getAttribute('aria-expanded'),
}));

describe('long text', () => {
  test('a real Ctrl+V of a long text over a selection collapses the box, is annotated at the right offsets, and Ctrl+Z undoes it', async () => {
    const page = await pageWithClipboard(longText);
    await realPaste(page, 'Before. REPLACED After.', [8, 17]);
    const expected = `Before. ${longText.replace(/\r\n/g, '\n')}After.`;
    assert.equal(await page.inputValue('#text'), expected);
    const seen = await collapsed(page);
    assert.equal(seen.boxShown, false, 'the long text is not laid out in the box');
    assert.equal(seen.barShown, true);
    const words = expected.split(/\s+/).filter(Boolean).length;
    assert.equal(seen.summary, `Article: ${Math.round(Buffer.byteLength(expected) / 1e3)} KB, ${words.toLocaleString('en')} words.`);
    assert.equal(seen.focused, 'edit-text', 'the keyboard stays next to the text, on the Edit button');
    assert.equal(await page.locator('#undo-paste').isVisible(), true);
    // The worker was not started on a guessed text: the page applied the paste.
    assert.equal(await page.evaluate(() => performance.getEntriesByName('aitty:paste-guessed').length), 0);

    // Every span of the annotation is where its text is, in code points of the box's text.
    const doc = await downloaded(page);
    const points = [...expected];
    assert.ok(doc.entities.length > 100 && doc.quotes.length > 10, `${doc.entities.length} entities, ${doc.quotes.length} quotes`);
    for (const span of [...doc.entities, ...doc.quotes]) assert.equal(points.slice(span.start, span.end).join(''), span.text, JSON.stringify(span));
    const viewText = (await viewParagraphs(page)).join('');
    assert.equal(viewText.replace(/\s/g, ''), expected.replace(/\s/g, ''));

    // Ctrl+Z right after (no edit since; the download moved the focus, back to the bar): the
    // text, the box, its selection and the focus in it come back, annotated again.
    await page.focus('#edit-text');
    const before = await painted(page);
    await page.keyboard.press('Control+Z');
    await paintedAfter(page, before);
    assert.equal(await page.inputValue('#text'), 'Before. REPLACED After.');
    const back = await collapsed(page);
    assert.equal(back.boxShown, true);
    assert.equal(back.barShown, false);
    assert.equal(back.focused, 'text');
    assert.deepEqual(await page.evaluate(() => [document.getElementById('text').selectionStart, document.getElementById('text').selectionEnd]), [8, 17]);
    assert.equal((await page.textContent('#view')).trim(), 'Before. REPLACED After.');
    assert.deepEqual(page.errors, []);
    await close(page);
  });

  test('Edit text (by keyboard) shows the box with the full text; Undo paste empties it again', async () => {
    const page = await pageWithClipboard(longText);
    await realPaste(page, '', [0, 0]);
    const full = longText.replace(/\r\n/g, '\n');
    assert.equal((await collapsed(page)).focused, 'edit-text');
    await page.keyboard.press('Enter');
    const open = await collapsed(page);
    assert.equal(open.boxShown, true);
    assert.equal(open.focused, 'text');
    assert.equal(open.expanded, 'true');
    assert.equal(await page.inputValue('#text'), full);
    assert.equal(await page.textContent('#edit-text'), 'Hide text');
    // Showing the box changed no text: nothing is annotated again.
    assert.equal(await page.evaluate(() => performance.getEntriesByName('aitty:drawn').length), 1);

    // Tab on to the bar, under the box: the same button hides the box again.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'edit-text');
    await page.keyboard.press('Enter');
    assert.equal((await collapsed(page)).boxShown, false);

    const before = await painted(page);
    await page.click('#undo-paste');
    await paintedAfter(page, before);
    assert.equal(await page.inputValue('#text'), '');
    const back = await collapsed(page);
    assert.equal(back.boxShown, true);
    assert.equal(back.barShown, false);
    assert.deepEqual(page.errors, []);
    await close(page);
  });

  test('a long file opened collapses the box the same way; axe finds no violations on the collapsed page', async () => {
    const page = await openPage();
    const before = await painted(page);
    const text = longText.replace(/\r\n/g, '\n');
    await page.setInputFiles('#open-file', { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await paintedAfter(page, before, 60000);
    assert.equal(await page.inputValue('#text'), text);
    const seen = await collapsed(page);
    assert.equal(seen.boxShown, false);
    assert.equal(seen.barShown, true);
    assert.match(seen.summary, /^Article: 3\d\d KB, [\d,]+ words\.$/);
    assert.equal(await page.locator('#undo-paste').isVisible(), false, 'only a paste offers Undo paste');
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
    await close(page);
  });
});
