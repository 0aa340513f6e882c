// `npm run bench:ceiling`: what the entity stage costs, and what the speed
// targets of issue 6 would leave it. Builds the module and the CLI three
// ways: as shipped, without the tagger (`--cfg aitty_ablation="rules_only"`:
// the rules alone find names) and without an entity stage at all
// (`="no_entities"`), the ablations in target/ceiling so the real build is
// untouched. Then, in one Node process, annotate() MB/s of each on the bench
// texts (alternating rounds, CPU time) beside wink-nlp and compromise, and
// each CLI's scores on the dev files (`aitty eval`). Slow (four full builds):
// not part of `npm run bench`.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './bench-corpus.mjs';
import { measure, median } from './bench-wasm.mjs';
import { root, run, step } from './lib.mjs';
import { buildFlags, optimise, strip } from './wasm-opt.mjs';

const LANGS = ['kk', 'ru', 'en'];
const ROUNDS = 3;
const MB = 1_000_000;

/** The wasm target's rustflags from .cargo/config.toml: RUSTFLAGS replaces them, so they are repeated. */
function configWasmFlags() {
  const config = readFileSync(join(root, '.cargo', 'config.toml'), 'utf8');
  const m = config.match(/^rustflags\s*=\s*(\[.*\])\s*$/m);
  if (!m) throw new Error('.cargo/config.toml: no rustflags line for the wasm target');
  return JSON.parse(m[1]);
}

/** Builds one ablation's module and CLI; returns where they are. */
function buildAblation(name) {
  const targetDir = join(root, 'target', 'ceiling', name);
  const cfg = ['--cfg', `aitty_ablation="${name}"`];
  step(`${name}: cargo build (native CLI and wasm), in target/ceiling/${name}`);
  const env = { ...process.env, CARGO_TARGET_DIR: targetDir };
  run('cargo', ['build', '--release', '--bin', 'aitty'], { env: { ...env, RUSTFLAGS: cfg.join(' ') } });
  const wasmFlags = [...configWasmFlags(), ...cfg].join(' ');
  run('cargo', ['build', '--profile', 'wasm', '--lib', '--target', 'wasm32-unknown-unknown'], {
    env: { ...env, RUSTFLAGS: wasmFlags },
  });
  const pkg = join(targetDir, 'pkg');
  mkdirSync(pkg, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--out-dir', pkg, '--out-name', 'aitty', join(targetDir, 'wasm32-unknown-unknown', 'wasm', 'aitty.wasm')]);
  optimise([...buildFlags, ...strip], join(pkg, 'aitty_bg.wasm'), join(pkg, 'aitty_bg.wasm'));
  return { pkg, cli: join(targetDir, 'release', 'aitty') };
}

/** The number after `label` in what `cli eval ...args` prints. */
function evalFigure(cli, args, label) {
  const res = spawnSync(cli, ['eval', ...args], { cwd: root, encoding: 'utf8' });
  const m = res.status === 0 && res.stdout.match(new RegExp(`${label}\\s+(\\d\\.\\d+)`));
  if (!m) throw new Error(`${cli} eval ${args.join(' ')}: no "${label}" figure (status ${res.status})\n${res.stderr}`);
  return Number(m[1]);
}

step('as shipped: cargo build --release (the CLI; the module is www/pkg from npm run build)');
run('cargo', ['build', '--release', '--bin', 'aitty']);
const builds = {
  shipped: { label: 'as shipped', pkg: join(root, 'www', 'pkg'), cli: join(root, 'target', 'release', 'aitty') },
  rules_only: { label: 'no tagger (rules only)', ...buildAblation('rules_only') },
  no_entities: { label: 'no entity stage', ...buildAblation('no_entities') },
};

step('scores on the dev files (aitty eval)');
for (const b of Object.values(builds)) {
  b.entityF1 = LANGS.map((l) => evalFigure(b.cli, [`tests/data/ner_dev_${l}.jsonl`, '--part', 'test'], 'PER\\+ORG\\+LOC\\s+P \\S+\\s+R \\S+\\s+F1'));
  b.quoteF1 = LANGS.map((l) => evalFigure(b.cli, [`tests/data/quotes_dev_${l}.jsonl`], 'end-to-end F1'));
  console.log(`${b.label}: entity F1 ${b.entityF1.join(' / ')}, quotes end-to-end F1 ${b.quoteF1.join(' / ')}`);
}

step('annotate() in Node, alternating rounds, MB/s by CPU time');
for (const [name, b] of Object.entries(builds)) {
  const glue = await import(`${join(b.pkg, 'aitty.js')}?ceiling=${name}`);
  glue.initSync({ module: readFileSync(join(b.pkg, 'aitty_bg.wasm')) });
  b.annotate = (text) => JSON.parse(glue.annotate(text));
  b.speed = {};
}
const texts = Object.fromEntries(LANGS.map((l) => [l, corpus(l, MB)]));
const en100 = corpus('en', 100_000);
const mbps = (text, fn, runs) => Buffer.byteLength(text) / MB / (measure(fn, { budgetMs: 0, minRuns: runs }).cpuMs / 1000);
const { default: compromise } = await import('compromise');
const { default: winkNLP } = await import('wink-nlp');
const { default: winkModel } = await import('wink-eng-lite-web-model');
const wink = winkNLP(winkModel);
const peers = { wink: [], compromise: [] };
const names = Object.keys(builds);
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 ? [...names].reverse() : names;
  for (const [key, text] of [...Object.entries(texts), ['en100', en100]]) {
    for (const name of order) {
      const b = builds[name];
      (b.speed[key] ??= []).push(mbps(text, () => b.annotate(text), 3));
    }
  }
  peers.wink.push(mbps(texts.en, () => wink.readDoc(texts.en).entities().length(), 3));
  peers.compromise.push(mbps(en100, () => compromise(en100).people().length, 3));
  console.log(`round ${round + 1} of ${ROUNDS} done`);
}

const winkMBps = median(peers.wink);
const compromiseMBps = median(peers.compromise);
const speed = (b, key) => median(b.speed[key]);
const f2 = (x) => x.toFixed(2);
const f3 = (x) => x.toFixed(3);
console.log(`\nwink-nlp ${f2(winkMBps)} MB/s on en 1 MB; compromise ${f2(compromiseMBps)} MB/s on en 100 KB (medians of ${ROUNDS} rounds)\n`);
console.log('| build | kk 1 MB | ru 1 MB | en 1 MB | × wink-nlp | en 100 KB | × compromise | entity F1 kk / ru / en | quotes end-to-end F1 kk / ru / en |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
for (const b of Object.values(builds)) {
  const cells = [
    ...LANGS.map((l) => f2(speed(b, l))),
    `${(speed(b, 'en') / winkMBps).toFixed(1)}×`,
    f2(speed(b, 'en100')),
    `${(speed(b, 'en100') / compromiseMBps).toFixed(1)}×`,
    b.entityF1.map(f3).join(' / '),
    b.quoteF1.map(f3).join(' / '),
  ];
  console.log(`| ${b.label} | ${cells.join(' | ')} |`);
}

// ms per MB the entity stage takes (the build's time less the time without
// it), and what each target leaves it (the target's time less the same).
const msPerMB = (mbPerS) => 1000 / mbPerS;
const rest = (key) => msPerMB(speed(builds.no_entities, key));
const targets = [
  ['kk 1 MB ≥ 20 MB/s', 'kk', 20],
  ['ru 1 MB ≥ 20 MB/s', 'ru', 20],
  ['en 1 MB ≥ 10× wink-nlp', 'en', 10 * winkMBps],
  ['en 100 KB ≥ 150× compromise', 'en100', 150 * compromiseMBps],
];
console.log('\nCPU ms per MB of the entity stage, and what each target leaves it:\n');
console.log('| target | needs MB/s | the rest of the pipeline, ms/MB | entity stage may take | takes as shipped | takes without the tagger |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, key, needs] of targets) {
  const budget = msPerMB(needs) - rest(key);
  const takes = (b) => (msPerMB(speed(b, key)) - rest(key)).toFixed(0);
  console.log(
    `| ${label} | ${f2(needs)} | ${rest(key).toFixed(0)} | ${budget > 0 ? budget.toFixed(0) : 'nothing'} | ${takes(builds.shipped)} | ${takes(builds.rules_only)} |`,
  );
}
