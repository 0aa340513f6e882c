// www/corrections.js without a DOM: applying corrections, finding their
// words again after edits, idempotence, undo/redo.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyCorrections, History, locate } from '../../www/corrections.js';
import { OffsetMap } from '../../www/offsets.js';

const TEXT = '😀 Асан: «Сәлем», – деді Асан Үсенов Алматыда.';
const cp = (s) => [...TEXT.slice(0, TEXT.indexOf(s))].length;
const span = (s) => ({ start: cp(s), end: cp(s) + [...s].length, text: s });
const doc = () => ({
  format: 'aitty', version: 1, offsets: 'codepoints', language: 'kk', paragraphs: [],
  entities: [
    { id: 'e1', type: 'PERSON', ...span('Асан Үсенов'), canonical: 'Асан Үсенов' },
    { id: 'e2', type: 'LOC', ...span('Алматыда'), canonical: 'Алматы' },
  ],
  quotes: [{ id: 'q1', kind: 'direct', ...span('Сәлем'), speaker: { name: 'Асан Үсенов', entity: 'e1', ...span('Асан Үсенов') }, cue: null }],
});

describe('applyCorrections', () => {
  test('add, retype, remove and speaker, with ids that do not clash', () => {
    const corrections = [
      { action: 'add', target: 'entity', ...span('Асан:'), type: 'PERSON' },
      { action: 'retype', target: 'entity', ...span('Алматыда'), type: 'ORG' },
      { action: 'remove', target: 'entity', ...span('Асан Үсенов') },
      { action: 'speaker', target: 'quote', ...span('Сәлем') },
      { action: 'add', target: 'quote', ...span('деді'), kind: 'indirect' },
    ];
    const { doc: out, missing } = applyCorrections(TEXT, doc(), corrections);
    assert.equal(missing, 0);
    assert.deepEqual(out.entities.map((e) => [e.id, e.type, e.text]), [['e3', 'PERSON', 'Асан:'], ['e2', 'ORG', 'Алматыда']]);
    assert.deepEqual(out.quotes.map((q) => [q.id, q.kind, q.text, q.speaker]), [['q1', 'direct', 'Сәлем', null], ['q2', 'indirect', 'деді', null]]);
  });

  test('removing a speaker\'s entity keeps the speaker, without the link', () => {
    const { doc: out } = applyCorrections(TEXT, doc(), [{ action: 'remove', target: 'entity', ...span('Асан Үсенов') }]);
    assert.deepEqual(out.quotes[0].speaker, { name: 'Асан Үсенов', entity: null, ...span('Асан Үсенов'), text: 'Асан Үсенов' });
  });

  test('idempotent: applying twice gives the same', () => {
    const corrections = [{ action: 'add', target: 'entity', ...span('деді'), type: 'ORG' }];
    const once = applyCorrections(TEXT, doc(), corrections).doc;
    assert.deepEqual(applyCorrections(TEXT, once, corrections).doc, once);
  });

  test('a new entity gets a new cluster when the annotator gives clusters', () => {
    const d = doc();
    d.entities.forEach((e, i) => (e.cluster = `c${i + 1}`));
    const { doc: out } = applyCorrections(TEXT, d, [{ action: 'add', target: 'entity', ...span('деді'), type: 'ORG' }]);
    assert.equal(out.entities.find((e) => e.text === 'деді').cluster, 'c3');
  });

  test('words that moved are found again; words that are gone are counted', () => {
    const moved = `👍🏽👍🏽 Кіріспе. ${TEXT}`;
    const c = { action: 'add', target: 'entity', ...span('Алматыда'), type: 'ORG' };
    const map = new OffsetMap(moved);
    const at = locate(map, c);
    assert.equal(map.slice(at.start, at.end), 'Алматыда');
    assert.equal(locate(new OffsetMap('басқа мәтін'), c), null);
    const { missing } = applyCorrections('басқа мәтін', { ...doc(), entities: [], quotes: [] }, [c]);
    assert.equal(missing, 1);
  });
});

describe('History', () => {
  test('undo and redo walk back and forth; a new correction clears redo', () => {
    const h = new History();
    h.push('a');
    h.push('b');
    assert.ok(h.undo());
    assert.deepEqual(h.list, ['a']);
    assert.ok(h.redo());
    assert.deepEqual(h.list, ['a', 'b']);
    h.undo();
    h.push('c');
    assert.deepEqual(h.list, ['a', 'c']);
    assert.equal(h.redo(), false);
  });
});
