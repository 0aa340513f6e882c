// `node scripts/instructions.mjs [BIN] [kk ru en]`: counted instructions
// (valgrind's callgrind, which must be installed) of the native CLI, the
// measure that does not move with the machine's load. BIN defaults to
// target/dev-opt/aitty (`cargo build --profile dev-opt`). Per language:
//   - warm: instructions per byte of the 1 MB bench text (the table's),
//     from one and from two copies of it in one `--jsonl` run;
//   - new: per byte of ~10 KB articles the run has not met (bench-corpus
//     `articles`), after 8 other articles; seen: the same articles again.
// Each figure is a difference of two runs, so start-up and the lexicons'
// first use are left out.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articles, corpus, otherArticles } from './bench-corpus.mjs';
import { root } from './lib.mjs';

const args = process.argv.slice(2);
const bin = args[0] && !['kk', 'ru', 'en'].includes(args[0]) ? args.shift() : join(root, 'target', 'dev-opt', 'aitty');
const langs = args.length ? args : ['kk', 'ru', 'en'];
const dir = mkdtempSync(join(tmpdir(), 'aitty-instructions-'));

/** Instructions callgrind counts for `bin --threads 1 --jsonl` over `docs`. */
function count(name, docs) {
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, docs.map((text, i) => JSON.stringify({ id: `${name}${i}`, text })).join('\n') + '\n');
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', bin, '--threads', '1', '--jsonl', file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const m = /Collected : (\d+)/.exec(run.stderr || '');
  if (!m) throw new Error(`callgrind failed on ${name}: ${run.error?.message || run.stderr}`);
  return Number(m[1]);
}

const bytes = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d), 0);

try {
  console.log(`${bin}\n| text | warm 1 MB | new articles | seen again |\n|---|---:|---:|---:|`);
  for (const lang of langs) {
    const mb = corpus(lang, 1_000_000);
    const warm = (count(`${lang}-mb2`, [mb, mb]) - count(`${lang}-mb1`, [mb])) / bytes([mb]);
    const docs = articles(lang);
    const others = otherArticles(lang).slice(0, 8);
    const before = count(`${lang}-others`, others);
    const withNew = count(`${lang}-new`, [...others, ...docs]);
    const again = count(`${lang}-again`, [...others, ...docs, ...docs]);
    const n = bytes(docs);
    console.log(`| ${lang} | ${warm.toFixed(0)} | ${((withNew - before) / n).toFixed(0)} | ${((again - withNew) / n).toFixed(0)} |`);
  }
  console.log('(instructions per byte)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
