// The benchmark texts, built from the dev data copies in tests/data/ exactly
// as benches/support/corpus.rs builds them for `cargo bench`: every distinct `text`
// of ner_dev_LANG.jsonl then quotes_dev_LANG.jsonl, joined by blank lines and
// repeated until `size` bytes, then cut at the last char boundary within it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const cache = new Map();

/** The distinct texts of the dev files of `lang`, in file order. */
export function devTexts(lang) {
  if (!cache.has(lang)) {
    const seen = new Set();
    for (const file of ['ner_dev', 'quotes_dev']) {
      const path = join(root, 'tests', 'data', `${file}_${lang}.jsonl`);
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        seen.add(JSON.parse(line).text);
      }
    }
    cache.set(lang, [...seen]);
  }
  return cache.get(lang);
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
