// Shared by the Node and browser tests: paths, the schema validator, the
// wasm annotator loaded synchronously, the offset checks and sample texts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { root } from '../../scripts/lib.mjs';

export { root };
export const seedText = readFileSync(join(root, 'tests', 'data', 'seed_kk.txt'), 'utf8');

const schema = JSON.parse(readFileSync(join(root, 'schema', 'aitty-v1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validator = ajv.compile(schema);

/** Schema errors of `doc` as readable lines (empty when valid). */
export function schemaErrors(doc) {
  if (validator(doc)) return [];
  return validator.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/**
 * Loads www/pkg (run `npm run build` first) and returns text → the format v1
 * object: its `annotate` gives JSON text, parsed here as the page parses it.
 */
export async function loadAnnotator() {
  const pkg = await import(pathToFileURL(join(root, 'www', 'pkg', 'aitty.js')).href);
  pkg.initSync({ module: readFileSync(join(root, 'www', 'pkg', 'aitty_bg.wasm')) });
  return (text) => JSON.parse(pkg.annotate(text));
}

/**
 * Everything wrong with the offsets of `doc` for `input`: each `text` must be
 * the code-point slice of the input, every span inside it, ids unique and
 * speaker entities existing. Empty when all is right.
 */
export function offsetProblems(input, doc) {
  // Rust receives lone surrogates as U+FFFD, one code point each, as in JS.
  const chars = [...(input.toWellFormed ? input.toWellFormed() : input)];
  const problems = [];
  const slice = (s, e) => chars.slice(s, e).join('');
  const span = (what, s, e) => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= chars.length)) {
      problems.push(`${what}: bad span ${s}..${e} (text has ${chars.length} code points)`);
      return false;
    }
    return true;
  };
  /** `x.text` must be the slice `x.start`..`x.end`. */
  const exact = (what, x) => {
    if (span(what, x.start, x.end) && slice(x.start, x.end) !== x.text) {
      problems.push(`${what}: text ${JSON.stringify(x.text)} != slice ${JSON.stringify(slice(x.start, x.end))}`);
    }
  };
  /** Checks `items` (ids unique, texts exact); returns their ids. */
  const checkItems = (kind, items) => {
    const ids = new Set();
    for (const x of items) {
      if (ids.has(x.id)) problems.push(`duplicate ${kind} id ${x.id}`);
      ids.add(x.id);
      exact(`${kind} ${x.id}`, x);
    }
    return ids;
  };
  let previousEnd = 0;
  doc.paragraphs.forEach((p, i) => {
    if (span(`paragraph ${i}`, p.start, p.end) && p.start < previousEnd) problems.push(`paragraph ${i} overlaps the previous one`);
    previousEnd = p.end;
  });
  const entityIds = checkItems('entity', doc.entities);
  checkItems('quote', doc.quotes);
  for (const q of doc.quotes) {
    if (q.cue) exact(`cue of ${q.id}`, q.cue);
    if (q.speaker) {
      span(`speaker of ${q.id}`, q.speaker.start, q.speaker.end);
      if (q.speaker.entity !== null && !entityIds.has(q.speaker.entity)) {
        problems.push(`speaker of ${q.id}: unknown entity ${q.speaker.entity}`);
      }
    }
  }
  return problems;
}

/** Texts meant to break things: markup, emoji, combining marks, odd quotes, control characters. */
export const hostileTexts = [
  '',
  ' ',
  '\n\n\n',
  '\r\n\r\nҚуандық Алпыс: «Бәрі жақсы», – деді ол.\r\n',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script> «Мен келдім», – деді <b>Асан</b>.',
  '👩‍👩‍👧 «Бәрі жақсы 🇰🇿», – деді Қуандық Алпыс. 👍🏽 Айгерим Тарина Алматыда.',
  'Cafe\u0301 «e\u0301te\u0301», – деді Ерла\u0301н. Zalgo: Z\u0351\u0352\u0353a\u0354l\u0355g\u0356o',
  '"""""" «««»»» „“ ‘’ "unclosed «nested "quote" here',
  '"',
  '«',
  '\u0000\u0001\u0007 тест \u202e ابجد \u200b\u200d\ufeff',
  'lone \ud800 surrogate \udc00 «және» – деді ол.',
  '– деді ол. – деді. деді',
  '"Hello," said John Smith. "It works," he added. According to Jane Doe, it was fine.',
  '«Всё хорошо», – сказал Иван Петров. По словам Марии Ивановой, завтра будет лучше.',
  'A'.repeat(5000),
  '«'.repeat(2000) + '»'.repeat(2000),
  ('Ол: «' + 'сөз '.repeat(50) + '», – деді Асан.\n').repeat(50),
];

/** The `text` of the first `n` lines of a JSON Lines file under tests/data. */
export function sampleTexts(file, n) {
  return readFileSync(join(root, 'tests', 'data', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, n)
    .map((line) => JSON.parse(line).text);
}
