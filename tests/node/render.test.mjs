// www/render.js without a DOM: how the text is cut into runs of spans.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layout, whoSaidWhat } from '../../www/render.js';

const entity = (id, type, start, end, text, canonical = text) => ({ id, type, start, end, text, canonical });
const quote = (id, kind, start, end, text, speaker = null, cue = null) => ({ id, kind, start, end, text, speaker, cue });
const para = (start, end, language = 'kk') => ({ start, end, language });
/** A format v1 object of the given paragraphs, entities and quotes. */
const doc = (paragraphs, entities = [], quotes = []) => ({ format: 'aitty', version: 1, offsets: 'codepoints', language: 'kk', paragraphs, entities, quotes });

/** Runs of all blocks as [text, 'kind:id,kind:id'] pairs (labels as ['label', id]). */
function flat(blocks) {
  return blocks.flatMap((b) => b.runs.map((r) =>
    r.label ? ['label', r.label.id] : [r.text, r.marks.map((m) => `${m.kind}:${m.entity?.id ?? m.quote?.id ?? m.id}`).join(',')]));
}

describe('layout', () => {
  test('an entity inside a quote nests; the speaker label follows the quote', () => {
    // code points: 0 « 1..6 Алматы 7 » 8.. – деді Асан.
    const text = '«Алматы», – деді Асан.';
    const annotations = doc(
      [para(0, 22)],
      [entity('e0', 'LOC', 1, 7, 'Алматы'), entity('e1', 'PERSON', 17, 21, 'Асан')],
      [quote('q0', 'direct', 0, 8, '«Алматы»', { name: 'Асан', entity: 'e1', start: 17, end: 21 }, { text: 'деді', start: 12, end: 16 })],
    );
    const { blocks, skipped } = layout(text, annotations);
    assert.equal(skipped, 0);
    assert.deepEqual(flat(blocks), [
      ['«', 'quote:q0'],
      ['Алматы', 'quote:q0,entity:e0'],
      ['»', 'quote:q0'],
      ['label', 'q0'],
      [', – ', ''],
      ['деді', 'cue:q0'],
      [' ', ''],
      ['Асан', 'speaker:spk-q0,entity:e1'],
      ['.', ''],
    ]);
  });

  test('crossing spans are split, never lost; emoji offsets are code points', () => {
    const text = '😀 abc def 👩‍👩‍👧';
    // "abc def" = 2..9; entity "c def" = 4..9; quote "abc" = 2..5.
    const annotations = doc([para(0, [...text].length, 'en')], [entity('e0', 'ORG', 4, 9, 'c def')], [quote('q0', 'indirect', 2, 5, 'abc')]);
    const { blocks } = layout(text, annotations);
    assert.deepEqual(flat(blocks), [
      ['😀 ', ''],
      ['ab', 'quote:q0'],
      ['c', 'quote:q0,entity:e0'],
      ['label', 'q0'],
      [' def', 'entity:e0'],
      [' 👩‍👩‍👧', ''],
    ]);
    assert.equal(blocks[0].language, 'en');
  });

  test('text is kept whole: the runs of a paragraph are its text', () => {
    const text = 'Бірінші абзац.\n\nВторой абзац по-русски.\n\nҮшінші.';
    const { blocks } = layout(text, doc([para(0, 14), para(16, 39, 'ru'), para(41, 48)]));
    assert.deepEqual(blocks.map((b) => b.runs.map((r) => r.text).join('')), ['Бірінші абзац.', 'Второй абзац по-русски.', 'Үшінші.']);
    assert.deepEqual(blocks.map((b) => b.language), ['kk', 'ru', 'kk']);
  });

  test('a quote crossing a paragraph end is drawn in both, labelled once at its end', () => {
    const text = '«Бір.\n\nЕкі», – деді ол.';
    const annotations = doc([para(0, 5), para(7, 22)], [], [quote('q0', 'direct', 0, 11, '«Бір.\n\nЕкі»', { name: 'Асан', entity: null, start: 19, end: 21 })]);
    const runs = flat(layout(text, annotations).blocks);
    assert.deepEqual(runs.filter(([, marks]) => marks === 'quote:q0').map(([t]) => t), ['«Бір.', 'Екі»']);
    assert.equal(runs.filter(([t]) => t === 'label').length, 1);
  });

  test('a quote ending in the blank between paragraphs is still labelled', () => {
    const text = '«Бір»\n\nЕкі.';
    const annotations = doc([para(0, 5), para(7, 11)], [], [quote('q0', 'direct', 0, 6, '«Бір»\n')]);
    const { blocks } = layout(text, annotations);
    assert.deepEqual(flat([blocks[0]]), [['«Бір»', 'quote:q0'], ['label', 'q0']]);
    assert.deepEqual(flat([blocks[1]]), [['Екі.', '']]);
  });

  test('only the paragraphs are drawn (the core makes one of every non-blank line)', () => {
    const { blocks } = layout('ab cd', doc([para(0, 2)]));
    assert.deepEqual(blocks.map((b) => b.runs.map((r) => r.text).join('')), ['ab']);
  });

  test('spans outside the text are skipped and counted, not drawn', () => {
    const { blocks, skipped } = layout('abc', doc(
      [para(0, 3, 'en')],
      [entity('e0', 'LOC', 2, 9, 'c'), entity('e1', 'LOC', 2, 2, 'x'), entity('e2', 'LOC', 0, 1, 'a')],
      [quote('q0', 'direct', -1, 2, 'ab')],
    ));
    assert.equal(skipped, 3);
    assert.deepEqual(flat(blocks), [['a', 'entity:e2'], ['bc', '']]);
  });

  test('one run per stretch of equal spans, not per character', () => {
    const text = 'x'.repeat(10000);
    const { blocks } = layout(text, doc(
      [para(0, 10000, 'en')],
      [entity('e0', 'ORG', 100, 200, 'x'.repeat(100))],
      [quote('q0', 'direct', 50, 5000, 'x'.repeat(4950))],
    ));
    assert.equal(blocks[0].runs.length, 6); // before, quote, quote+entity, quote, label, after
  });
});

describe('whoSaidWhat', () => {
  test('groups by speaker name, with or without an entity, in order, the unattributed last', () => {
    const entities = [entity('e0', 'PERSON', 0, 4, 'Асан'), entity('e1', 'PERSON', 30, 35, 'Асанның', 'Асан')];
    const quotes = [
      quote('q2', 'direct', 40, 45, 'ccccc', { name: 'Асан', entity: 'e1', start: 30, end: 35 }),
      quote('q0', 'direct', 5, 10, 'aaaaa', null),
      quote('q1', 'indirect', 12, 20, 'bbbbbbbb', { name: 'Асан', entity: 'e0', start: 0, end: 4 }),
      quote('q3', 'direct', 50, 55, 'ddddd', { name: 'Мария', entity: null, start: 56, end: 61 }),
      quote('q4', 'direct', 62, 65, 'eee', { name: 'Асан', entity: null, start: 66, end: 70 }),
    ];
    const groups = whoSaidWhat(doc([], entities, quotes));
    assert.deepEqual(groups.map((g) => [g.name, g.quotes.map((q) => q.id)]), [
      ['Асан', ['q1', 'q2', 'q4']],
      ['Мария', ['q3']],
      [null, ['q0']],
    ]);
  });
});
