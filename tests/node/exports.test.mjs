// www/exports.js and the Names grouping of www/panels.js, without a DOM:
// the exported JSON with corrections validates, W3C selectors are exact,
// CSV cells are safe, names group by cluster when there is one.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { applyCorrections } from '../../www/corrections.js';
import { aittyJson, quotesCsv, textId, webAnnotation } from '../../www/exports.js';
import { nameGroups } from '../../www/panels.js';
import { loadAnnotator, offsetProblems, schemaErrors, seedText } from './helpers.mjs';

let annotate;
before(async () => {
  annotate = await loadAnnotator();
});

describe('exports', () => {
  test('Aitty JSON with corrections validates against the schema; without, it is the annotator\'s output', () => {
    const doc = annotate(seedText);
    assert.deepEqual(aittyJson(doc, []), doc);
    const quote = doc.quotes[0];
    const corrections = [
      { action: 'add', target: 'entity', start: 0, end: 4, text: [...seedText].slice(0, 4).join(''), type: 'ORG' },
      { action: 'speaker', target: 'quote', start: quote.start, end: quote.end, text: quote.text, speaker: { name: 'Айгерим Тарина', entity: null, start: 0, end: 4, mention: 'x' } },
      { action: 'remove', target: 'quote', start: doc.quotes[1].start, end: doc.quotes[1].end, text: doc.quotes[1].text },
    ];
    const out = aittyJson(applyCorrections(seedText, doc, corrections).doc, corrections);
    assert.deepEqual(schemaErrors(out), []);
    assert.deepEqual(offsetProblems(seedText, out), []);
    assert.equal(out.corrections.length, 3);
    assert.equal(out.corrections[1].speaker.mention, undefined, 'page-only fields are not saved');
    assert.equal(out.quotes.length, doc.quotes.length - 1);
  });

  test('Web Annotation: every selector pair agrees with the text, in code points', async () => {
    const text = `👩‍👩‍👧🇰🇿 ${seedText}`;
    const doc = annotate(text);
    const source = await textId(text);
    assert.equal(source, await textId(text));
    assert.notEqual(source, await textId(`${text} `));
    const collection = webAnnotation(text, doc, source);
    const cps = [...text];
    assert.equal(collection.total, doc.entities.length + doc.quotes.length);
    for (const a of collection.first.items) {
      const selectors = [a.target, ...a.body.filter((b) => b.type === 'SpecificResource')].map((t) => t.selector);
      for (const [quote, position] of selectors) assert.equal(cps.slice(position.start, position.end).join(''), quote.exact, a.id);
    }
  });

  test('CSV: a header, one row per quote, commas, quotes and new lines quoted, formulas defused', () => {
    const doc = { quotes: [
      { text: 'a, "b"\nc', kind: 'direct', start: 1, end: 9, speaker: { name: '@evil', start: 20, end: 25 }, cue: { text: 'деді' } },
      { text: '-1+1', kind: 'indirect', start: 30, end: 34, speaker: null, cue: null },
    ] };
    assert.equal(quotesCsv(doc), 'speaker,quote,kind,start,end,speaker_start,speaker_end,cue\r\n' +
      `'@evil,"a, ""b""\nc",direct,1,9,20,25,деді\r\n` +
      `,'-1+1,indirect,30,34,,,\r\n`);
  });
});

describe('nameGroups', () => {
  const e = (id, type, start, canonical, cluster) => ({ id, type, start, end: start + 2, text: 'xx', canonical, ...(cluster ? { cluster } : {}) });
  test('by type and canonical form without clusters', () => {
    const groups = nameGroups({ entities: [e('e1', 'LOC', 0, 'Алматы'), e('e2', 'PERSON', 5, 'Асан'), e('e3', 'LOC', 9, 'Алматы'), e('e4', 'ORG', 12, 'Алматы')] });
    assert.deepEqual(groups.map((g) => [g.type, g.name, g.mentions.map((m) => m.id)]), [['PERSON', 'Асан', ['e2']], ['ORG', 'Алматы', ['e4']], ['LOC', 'Алматы', ['e1', 'e3']]]);
  });

  test('by cluster when there is one, named by its fullest form', () => {
    const groups = nameGroups({ entities: [e('e1', 'PERSON', 0, 'Алпыс', 'c1'), e('e2', 'PERSON', 5, 'Қуандық Алпыс', 'c1'), e('e3', 'PERSON', 9, 'Алпыс', 'c2')] });
    assert.deepEqual(groups.map((g) => [g.name, g.mentions.length]), [['Қуандық Алпыс', 2], ['Алпыс', 1]]);
  });
});
