// `npm run bench`: speed and size, printed as markdown for the README.
// Benchmarks, not tests: nothing here passes or fails on a time.
//   - wasm annotate() in Node on kk, ru, en dev text at 10 KB, 100 KB, 1 MB,
//     next to compromise and wink-nlp on the English text (same process);
//   - the same on distinct new ~10 KB articles, fresh instances (--articles:
//     this table alone);
//   - native `cargo bench` per pipeline stage (--no-native skips it);
//   - the CLI in --jsonl mode over every dev document;
//   - the page: paste-to-paint in headless Chromium (--no-page skips it);
//   - sizes of www/ and peak memory on 10 MB.
// --full also runs compromise on 1 MB (over a minute); --quick halves budgets.
// The wasm in www/pkg must be built first (`npm run bench` does).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTICLE_BYTES, ARTICLES_TOTAL, articles, corpus, otherArticles } from './bench-corpus.mjs';
import { pageTimes } from './bench-page.mjs';
import { contenders, cpuMs, loadFreshAitty, measure, median } from './bench-wasm.mjs';
import { capture, root, run, step } from './lib.mjs';

const flags = new Set(process.argv.slice(2));
const budgetMs = flags.has('--quick') ? 500 : 1500;
/** Sweeps over the throughput table; each cell keeps the sweeps' median. */
const SWEEPS = flags.has('--quick') ? 1 : 3;
const LANGS = ['kk', 'ru', 'en'];
const SIZES = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
];
const MB = 1e6;
const md = []; // the report, printed at the end
const tmp = mkdtempSync(join(tmpdir(), 'aitty-bench-'));

const fmt = (x, digits = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(digits));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function machine() {
  const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || cpus()[0]?.model;
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  md.push(
    `Machine: ${cpu}, ${cpus().length} cores (load average at start: ${load}); ` +
      `Node ${process.version}; ${capture('rustc', ['-V'])}.`,
    '',
  );
}

async function wasmThroughput() {
  step('wasm annotate() in Node, and the peers on English');
  const c = await contenders();
  // This shared machine has slow spells of seconds (the same module's MB/s
  // moved by a quarter between runs of one script), so every cell is
  // measured in each of SWEEPS sweeps over the table and the sweeps'
  // median is kept: one spell then moves one sample of a cell, not all.
  const times = new Map(); // "lang size name" → [{ ms, cpuMs, found }]
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const lang of LANGS) {
      for (const [label, size] of SIZES) {
        const text = corpus(lang, size);
        const names = lang === 'en' ? ['aitty', 'wink-nlp', 'compromise'] : ['aitty'];
        for (const name of names) {
          if (name === 'compromise' && size >= 1_000_000 && !flags.has('--full')) continue; // super-linear: over a minute
          // compromise takes seconds: one timed run after the warm-up.
          const minRuns = name === 'compromise' ? 1 : 3;
          const m = measure(() => c[name](text), { budgetMs: size >= 1_000_000 || name === 'compromise' ? 0 : budgetMs / SWEEPS, minRuns });
          const key = `${lang} ${label} ${name}`;
          times.set(key, [...(times.get(key) || []), { ms: m.ms, cpuMs: m.cpuMs, found: m.result }]);
          console.log(`sweep ${sweep + 1}: ${key}: ${m.cpuMs.toFixed(1)} ms CPU, ${m.ms.toFixed(1)} ms wall (${m.runs} runs), ${m.result} found`);
        }
      }
    }
  }
  const rows = [];
  for (const lang of LANGS) {
    for (const [label, size] of SIZES) {
      const text = corpus(lang, size);
      const mb = Buffer.byteLength(text) / MB;
      const row = { lang, label, mb };
      for (const name of lang === 'en' ? ['aitty', 'wink-nlp', 'compromise'] : ['aitty']) {
        const t = times.get(`${lang} ${label} ${name}`);
        if (!t) {
          row[name] = null; // --full runs it
          continue;
        }
        const cpuMs = median(t.map((x) => x.cpuMs));
        const ms = median(t.map((x) => x.ms));
        row[name] = { ms: cpuMs, found: t[t.length - 1].found, mbps: mb / (cpuMs / 1000), wallMbps: mb / (ms / 1000) };
      }
      rows.push(row);
    }
  }
  md.push(
    '### wasm `annotate()` in Node',
    '',
    `MB/s by the CPU time of the Node process (median of runs, then the median of ${SWEEPS} sweeps over`,
    'the table; the wall clock also counts waiting for a core on a shared machine, given for Aitty as',
    '"wall"), CPU ms per MB (flat = linear growth),',
    'annotations found (Aitty: entities + quotes; compromise: people + places + organisations; wink-nlp:',
    'its entities). Ratios: Aitty MB/s ÷ peer MB/s.',
    '',
    '| text | size | Aitty MB/s | wall MB/s | Aitty ms/MB | Aitty found | wink-nlp MB/s | found | × wink | compromise MB/s | found | × compromise |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of rows) {
    const a = r.aitty;
    const peer = (p) =>
      p === undefined ? ['', '', ''] : p === null ? ['skipped (--full)', '', ''] : [fmt(p.mbps), p.found, `${fmt(a.mbps / p.mbps, 1)}×`];
    md.push(
      `| ${r.lang} | ${r.label} | ${fmt(a.mbps)} | ${fmt(a.wallMbps)} | ${fmt(a.ms / r.mb, 0)} | ${a.found} | ${peer(r['wink-nlp']).join(' | ')} | ${peer(r.compromise).join(' | ')} |`,
    );
  }
  md.push('');
}

/**
 * Distinct ~10 KB articles, each new to the module: what a reader's next
 * article costs. The table above repeats one text, so from its second run
 * on the module's per-word memos know every word. Here a fresh instance
 * first annotates other articles of the language twice (the engine then
 * runs optimised code, and the memos hold the words those share with the
 * measured ones, as after a reader's earlier articles), then the measured
 * articles once ("new") and once more ("seen again"). Median of five
 * instances. The peers warm up on the same other articles.
 */
async function freshArticles() {
  step('wasm annotate() on new articles');
  const c = await contenders();
  const trials = 5;
  const onePass = (fn, docs) => {
    const c0 = cpuMs();
    let found = 0;
    for (const d of docs) found += fn(d);
    return { ms: cpuMs() - c0, found };
  };
  md.push(
    '### wasm `annotate()` on new articles',
    '',
    `Distinct articles of about ${fmt(ARTICLE_BYTES / 1e3, 0)} KB (consecutive dev texts, each used once; ${fmt(ARTICLES_TOTAL / 1e3, 0)} KB per language).`,
    'The module memoises what it works out per word, so the table above, which repeats one text, meets',
    'every word in its memos from its second run on. Here a fresh instance first annotates other',
    'articles of the language twice (the engine then runs optimised code, and the memos hold the words',
    'those share with the measured ones), then the measured articles once ("new") and again ("seen',
    `again"). MB/s by CPU time, median of ${trials} instances (in brackets: the slowest and the fastest); the`,
    'peers warm up on the same other articles.',
    '',
    '| text | articles | Aitty MB/s, new | Aitty MB/s, seen again | new ÷ seen | found | wink-nlp MB/s | × wink | compromise MB/s | × compromise |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const lang of LANGS) {
    const docs = articles(lang);
    const others = otherArticles(lang);
    const mb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / MB;
    const fresh = [];
    const seen = [];
    let found = 0;
    for (let t = 0; t < trials; t++) {
      const annotate = await loadFreshAitty(`${lang}${t}`);
      const count = (text) => {
        const a = annotate(text);
        return a.entities.length + a.quotes.length;
      };
      onePass(count, others);
      onePass(count, others);
      const first = onePass(count, docs);
      fresh.push(first.ms);
      found = first.found;
      seen.push(onePass(count, docs).ms);
    }
    const mbps = mb / (median(fresh) / 1000);
    const seenMbps = mb / (median(seen) / 1000);
    // The instances' spread: one pass each, so the machine's slow spells show.
    const range = (ms) => `${fmt(mb / (Math.max(...ms) / 1000))}–${fmt(mb / (Math.min(...ms) / 1000))}`;
    let peers = ['', '', '', ''];
    if (lang === 'en') {
      const peer = (fn) => {
        onePass(fn, others);
        onePass(fn, others);
        return mb / (median([0, 1, 2].map(() => onePass(fn, docs).ms)) / 1000);
      };
      const wink = peer(c['wink-nlp']);
      const compromise = peer(c.compromise);
      peers = [fmt(wink), `${fmt(mbps / wink, 1)}×`, fmt(compromise), `${fmt(mbps / compromise, 1)}×`];
    }
    console.log(`${lang} new articles: ${mbps.toFixed(2)} MB/s new, ${seenMbps.toFixed(2)} seen again (${docs.length} articles, ${others.length} others)`);
    md.push(`| ${lang} | ${docs.length} | ${fmt(mbps)} (${range(fresh)}) | ${fmt(seenMbps)} (${range(seen)}) | ${fmt(mbps / seenMbps)} | ${found} | ${peers.join(' | ')} |`);
  }
  md.push('');
}

/** Median times of `cargo bench --bench stages` (criterion), per language and stage. */
function nativeStages() {
  if (flags.has('--no-native')) {
    md.push('### native stages', '', 'skipped (--no-native)', '');
    return;
  }
  step('native cargo bench, per pipeline stage (criterion, short runs)');
  const kb = 100;
  const res = spawnSync('cargo', ['bench', '--bench', 'stages'], {
    cwd: root,
    env: { ...process.env, AITTY_BENCH_KB: String(kb) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MB,
  });
  if (res.status !== 0) {
    md.push('### native stages', '', `cargo bench failed (status ${res.status})`, '');
    return;
  }
  process.stdout.write(res.stdout);
  const unit = { ns: 1e-6, 'µs': 1e-3, us: 1e-3, ms: 1, s: 1000 };
  const ms = {};
  const re = /^(\w\w)_\d+KB\/(\w+)\s+time:\s+\[\S+ \S+ (\S+) (\S+)/gm;
  for (const [, lang, stage, value, u] of res.stdout.matchAll(re)) {
    ms[stage] ??= {};
    ms[stage][lang] = Number(value) * unit[u];
  }
  md.push(
    `### native stages (\`cargo bench --bench stages\`, ${kb} KB per language, median ms; share of the whole)`,
    '',
    '| stage | kk ms | ru ms | en ms | share (kk / ru / en) |',
    '|---|---:|---:|---:|---|',
  );
  for (const [stage, byLang] of Object.entries(ms)) {
    const share = LANGS.map((l) => `${Math.round((100 * byLang[l]) / ms.whole[l])}%`).join(' / ');
    md.push(`| ${stage} | ${LANGS.map((l) => fmt(byLang[l])).join(' | ')} | ${stage === 'whole' ? '' : share} |`);
  }
  const mbps = LANGS.map((l) => `${l} ${fmt(kb / 1000 / (ms.whole[l] / 1000))} MB/s`).join(', ');
  md.push('', `Whole pipeline natively: ${mbps}.`, '');
}

function cliJsonl() {
  step('the CLI in --jsonl mode over every dev document');
  run('cargo', ['build', '--release', '--bin', 'aitty']);
  const lines = [];
  for (const f of readdirSync(join(root, 'tests', 'data')).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(root, 'tests', 'data', f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { id, text } = JSON.parse(line);
      lines.push(JSON.stringify({ id, text }));
    }
  }
  const input = join(tmp, 'docs.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const bytes = statSync(input).size;
  const bin = join(root, 'target', 'release', 'aitty');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    // /usr/bin/time adds up the CPU seconds of all threads (user + system).
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', bin, '--jsonl', input], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (r.status !== 0) console.log(`aitty --jsonl exited with ${r.status}: ${r.stderr}`);
    const [wall, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    runs.push({ wall, cpu: user + sys });
  }
  const { wall, cpu } = runs.sort((a, b) => a.wall - b.wall)[1];
  const line =
    `${lines.length} documents (${(bytes / MB).toFixed(1)} MB, all of tests/data/*.jsonl): ${fmt(wall)} s wall, ` +
    `${fmt(lines.length / wall, 0)} documents/s, ${fmt(bytes / MB / wall)} MB/s; CPU ${fmt(cpu)} s ` +
    `(${fmt(lines.length / cpu, 0)} documents per CPU-second) — median of 3 runs, ${cpus().length} cores.`;
  console.log(line);
  md.push('### CLI `target/release/aitty --jsonl`', '', line, '');

  // One 1 MB text per language through the CLI: native whole-pipeline speed
  // by CPU time, which a shared machine does not inflate as much as wall time.
  const cells = LANGS.map((lang) => {
    const file = join(tmp, `${lang}_1MB.txt`);
    writeFileSync(file, corpus(lang, 1_000_000));
    const cpu = [0, 1, 2]
      .map(() => {
        const r = spawnSync('/usr/bin/time', ['-f', '%U %S', bin, file], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
        const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
        return user + sys;
      })
      .sort((a, b) => a - b)[1];
    return `${lang} ${fmt(1 / cpu)} MB/s (${fmt(cpu)} s)`;
  });
  const native = `Native CLI on 1 MB, by CPU time (median of 3): ${cells.join(', ')}.`;
  console.log(native);
  md.push(native, '');
}

async function page() {
  if (flags.has('--no-page')) {
    md.push('### page', '', 'skipped (--no-page)', '');
    return;
  }
  step('the page: paste to paint in headless Chromium');
  const cases = [];
  for (const lang of ['kk', 'en']) {
    cases.push([`${lang} 10 KB`, corpus(lang, 10_000), 5], [`${lang} 1 MB`, corpus(lang, 1_000_000), 3]);
  }
  let got;
  try {
    got = await pageTimes(cases);
  } catch (e) {
    md.push('### page', '', `n/a: ${e.message.split('\n')[0]}`, '');
    return;
  }
  md.push(
    '### page: paste to painted highlights (headless Chromium, median)',
    '',
    'Set value: the text is put in the box by script (as a program would). Ctrl+V: a real clipboard',
    'paste, the clock starting at the keydown. "On screen": the highlights in the window are painted',
    '(`aitty:painted`); "all drawn": every paragraph of the article is in the page and the two panels',
    'are filled (`aitty:drawn`).',
    '',
    '| text | set value, on screen | set value, all drawn | Ctrl+V, on screen | Ctrl+V, all drawn |',
    '|---|---:|---:|---:|---:|',
  );
  const ms = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${fmt(x, 0)} ms`);
  for (const [label, r] of Object.entries(got)) {
    const cells = r.na ? [r.na, '', '', ''] : [ms(r.ms), ms(r.allMs), ms(r.pasteMs), ms(r.pasteAllMs)];
    console.log(`${label}: ${cells.join(' | ')}`);
    md.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  md.push('');
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.startsWith('.') ? [] : [join(dir, e.name)],
  );
}

function sizesAndMemory() {
  step('sizes and peak memory');
  const www = join(root, 'www');
  const wasm = readFileSync(join(www, 'pkg', 'aitty_bg.wasm'));
  const glue = readFileSync(join(www, 'pkg', 'aitty.js'));
  // What a browser loads: www/ less the example article and TypeScript types.
  const pageFiles = filesUnder(www).filter((f) => !/\.d\.ts$|\/examples\/|package\.json$/.test(f));
  const total = pageFiles.reduce((s, f) => s + statSync(f).size, 0);
  const totalGz = pageFiles.reduce((s, f) => s + gz(readFileSync(f)), 0);

  const size = 10_000_000;
  const text = corpus('kk', size);
  const file = join(tmp, 'kk_10MB.txt');
  writeFileSync(file, text);
  const mem = spawnSync(process.execPath, ['--expose-gc', join(root, 'scripts', 'bench-memory.mjs'), 'kk', String(size)], {
    encoding: 'utf8',
  });
  const m = JSON.parse(mem.stdout.trim().split('\n').pop());
  const native = spawnSync('/usr/bin/time', ['-f', '%M', join(root, 'target', 'release', 'aitty'), file], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const nativeKb = Number(native.stderr.trim().split('\n').pop());
  const x = (b) => `${(b / MB).toFixed(0)} MB (${(b / size).toFixed(1)}× input)`;
  md.push(
    '### sizes and memory',
    '',
    '| what | size |',
    '|---|---:|',
    `| \`aitty_bg.wasm\` | ${kib(wasm.length)} raw, ${kib(gz(wasm))} gzip -9 |`,
    `| JS glue \`aitty.js\` | ${kib(glue.length)} raw, ${kib(gz(glue))} gzip -9 |`,
    `| page total (${pageFiles.length} files of www/, no example) | ${kib(total)} raw, ${kib(totalGz)} gzip -9 |`,
    `| wasm memory after annotate() of 10 MB kk | ${x(m.wasmAfter)} |`,
    `| Node peak RSS growth over that call | ${x(m.maxRssAfter - m.rssBefore)} |`,
    `| native peak RSS, \`/usr/bin/time -f %M aitty\` on 10 MB kk | ${x(nativeKb * 1024)} |`,
    '',
  );
}

machine();
if (flags.has('--articles')) {
  await freshArticles();
} else {
  await wasmThroughput();
  await freshArticles();
  nativeStages();
  cliJsonl();
  sizesAndMemory();
  await page();
}
rmSync(tmp, { recursive: true, force: true });
console.log(`\n==> results (markdown; command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''})\n`);
console.log(md.join('\n'));
