// The benchmark texts, built from the dev data copies in tests/data/ exactly
// as benches/support/corpus.rs builds them for `cargo bench`: every distinct `text`
// of ner_dev_LANG.jsonl then quotes_dev_LANG.jsonl, joined by blank lines and
// repeated until `size` bytes, then cut at the last char boundary within it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const cache = new Map();

/** The distinct texts of the dev files of `lang` (or of `files`), in file order. */
export function devTexts(lang, files = ['ner_dev', 'quotes_dev']) {
  const key = `${lang} ${files.join(' ')}`;
  if (!cache.has(key)) {
    const seen = new Set();
    for (const file of files) {
      const path = join(root, 'tests', 'data', `${file}_${lang}.jsonl`);
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        seen.add(JSON.parse(line).text);
      }
    }
    cache.set(key, [...seen]);
  }
  return cache.get(key);
}

/** About `size` bytes of `lang` dev text (UTF-8 bytes, never more). */
export function corpus(lang, size) {
  const docs = devTexts(lang);
  const parts = [];
  let bytes = 0;
  fill: for (;;) {
    for (const d of docs) {
      if (bytes >= size) break fill;
      if (parts.length) {
        parts.push('\n\n');
        bytes += 2;
      }
      parts.push(d);
      bytes += Buffer.byteLength(d);
    }
  }
  const buf = Buffer.from(parts.join(''));
  let cut = Math.min(size, buf.length);
  // A UTF-8 continuation byte is 10xxxxxx: back off to a char start.
  while (cut > 0 && cut < buf.length && (buf[cut] & 0xc0) === 0x80) cut--;
  return buf.subarray(0, cut).toString('utf8');
}

/** The size of the bench's new articles, and their bytes per language (`npm
 * run bench`'s new-articles table and `scripts/instructions.mjs` read the same). */
export const ARTICLE_BYTES = 10_000;
export const ARTICLES_TOTAL = 200_000;

/**
 * Distinct articles of about `size` bytes each, up to `total` bytes in all:
 * consecutive dev texts of `lang` joined by blank lines, each text used
 * once. Unlike `corpus`, no word comes back because the text repeats, so
 * the per-word memos of the module meet every word of an article afresh,
 * as they do a reader's new article.
 */
export function articles(lang, size = ARTICLE_BYTES, total = ARTICLES_TOTAL, texts = devTexts(lang)) {
  const out = [];
  let parts = [];
  let bytes = 0;
  let all = 0;
  for (const d of texts) {
    parts.push(d);
    bytes += Buffer.byteLength(d) + 2;
    if (bytes >= size) {
      out.push(parts.join('\n\n'));
      all += bytes;
      parts = [];
      bytes = 0;
      if (all >= total) break;
    }
  }
  return out;
}

/**
 * Other articles of `lang` than `articles(lang, size, total)` gives, about
 * `total` bytes: the dev texts after those, and for English (whose dev
 * texts are fewer) the English training file's.
 */
export function otherArticles(lang, size = ARTICLE_BYTES, total = ARTICLES_TOTAL) {
  const taken = articles(lang, size, total).length;
  const rest = articles(lang, size, 2 * total).slice(taken);
  const bytes = rest.reduce((n, d) => n + Buffer.byteLength(d), 0);
  return bytes >= total / 2 ? rest : rest.concat(articles(lang, size, total - bytes, devTexts(lang, ['ner_train'])));
}
