// The WebAssembly build (www/pkg, from `npm run build`) through its JS API.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { hostileTexts, loadAnnotator, offsetProblems, sampleTexts, schemaErrors, seedText } from './helpers.mjs';

let annotate;
before(async () => {
  annotate = await loadAnnotator();
});

function checkValid(input, label) {
  const doc = annotate(input);
  assert.deepEqual(schemaErrors(doc), [], `${label}: schema`);
  assert.deepEqual(offsetProblems(input, doc), [], `${label}: offsets`);
  return doc;
}

describe('annotate() output', () => {
  test('the seed article validates against the schema, slices exact', () => {
    const doc = checkValid(seedText, 'seed');
    assert.equal(doc.format, 'aitty');
    assert.equal(doc.paragraphs.length > 10, true, 'the seed has many paragraphs');
  });

  test('dev samples in kk, ru and en validate, slices exact', () => {
    const files = ['quotes_dev_kk.jsonl', 'quotes_dev_ru.jsonl', 'quotes_dev_en.jsonl', 'ner_dev_kk.jsonl', 'ner_dev_ru.jsonl', 'ner_dev_en.jsonl'];
    let n = 0;
    for (const file of files) {
      sampleTexts(file, 40).forEach((text, i) => {
        checkValid(text, `${file}:${i + 1}`);
        n++;
      });
    }
    assert.ok(n > 150, `checked ${n} samples`);
  });

  test('hostile texts neither throw nor give bad offsets', () => {
    hostileTexts.forEach((text, i) => checkValid(text, `hostile #${i}`));
  });

  test('offsets count code points after emoji and combining marks', () => {
    const prefix = '👩‍👩‍👧🇰🇿 e\u0301 ';
    const doc = checkValid(prefix + seedText, 'emoji + seed');
    const plain = annotate(seedText);
    const shift = [...prefix].length;
    assert.equal(doc.paragraphs.length, plain.paragraphs.length);
    assert.equal(doc.paragraphs.at(-1).end, plain.paragraphs.at(-1).end + shift);
    assert.deepEqual(doc.entities.map((e) => [e.start - shift, e.text]), plain.entities.map((e) => [e.start, e.text]));
    assert.deepEqual(doc.quotes.map((q) => [q.start - shift, q.text]), plain.quotes.map((q) => [q.start, q.text]));
  });

  test('a long text (the seed 40 times) finds 40 times the seed\'s quotes', () => {
    const long = Array(40).fill(seedText).join('\n\n');
    const doc = checkValid(long, 'long');
    assert.equal(doc.quotes.length, 40 * annotate(seedText).quotes.length);
  });
});

describe('the seed article comes out right', () => {
  const seed = () => annotate(seedText);
  const speaker = 'Қуандық Алпыс';

  test('document language kk, the Russian photo caption ru', () => {
    const doc = seed();
    assert.equal(doc.language, 'kk');
    const chars = [...seedText];
    const caption = doc.paragraphs.find((p) => chars.slice(p.start, p.end).join('').startsWith('Центр оперативного'));
    assert.ok(caption, 'the caption is a paragraph');
    assert.equal(caption.language, 'ru');
  });

  test(`3 direct and 3 indirect quotes, all by ${speaker}`, () => {
    const doc = seed();
    const by = doc.quotes.filter((q) => q.speaker && q.speaker.name === speaker);
    assert.equal(by.filter((q) => q.kind === 'direct').length, 3, 'direct quotes');
    assert.equal(by.filter((q) => q.kind === 'indirect').length, 3, 'indirect quotes');
    assert.equal(doc.quotes.length, 6, 'no other quotes');
  });

  test('the direct quotes are the three quoted passages', () => {
    const starts = seed().quotes.filter((q) => q.kind === 'direct').map((q) => q.text.replace(/^["«“]/, '').slice(0, 12));
    assert.deepEqual(starts, ['Криминалдың ', 'Бір топ Алма', 'Мысалы, Актө']);
  });

  test('entities: people, organisation, places, time, quantity, canonical forms', () => {
    const doc = seed();
    const has = (text, type) => doc.entities.some((e) => e.text === text && e.type === type);
    for (const [text, type] of [
      ['Қуандық Алпыс', 'PERSON'],
      ['Айгерим Тарина', 'PERSON'],
      ['ІІМ', 'ORG'],
      ['Алматы', 'LOC'],
      ['Астана', 'LOC'],
      ['Шығыс Қазақстан', 'LOC'],
      ['Ұлытау облысы', 'LOC'],
      ['Актөбе облысы', 'LOC'],
      ['11:08', 'TIME'],
      ['700 тоннадан астам', 'QUANTITY'],
    ]) {
      assert.ok(has(text, type), `${type} ${text}`);
    }
    const kz = doc.entities.find((e) => e.text === 'Қазақстанда');
    assert.ok(kz, 'Қазақстанда is an entity');
    assert.equal(kz.type, 'LOC');
    assert.equal(kz.canonical, 'Қазақстан');
  });
});
