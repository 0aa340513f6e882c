// `node scripts/bench-size.mjs`: what each size step of the wasm build saves,
// and what it costs in speed. Builds the wasm under several cargo settings
// (opt-level, LTO; env overrides of the `wasm` profile, in target/size-steps
// so the real build is untouched), then runs wasm-opt variants on each, and
// prints raw and gzipped size and annotate() MB/s on 100 KB of kk and en.
// Speed is by the CPU time of this process (the machine may be shared).
// Slow (one full wasm build per cargo setting): not part of `npm run bench`;
// builds are kept in target/size-steps and reused unless --rebuild.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpus } from './bench-corpus.mjs';
import { measure } from './bench-wasm.mjs';
import { root, run, step } from './lib.mjs';
import { buildFlags, optimise, strip } from './wasm-opt.mjs';

const targetDir = join(root, 'target', 'size-steps');
const outRoot = join(targetDir, 'variants');
const cargoSettings = (process.env.SIZE_STEPS || 's-lto,z-lto,3-lto,s-nolto').split(',');
const optSettings = {
  none: null,
  strip: [...strip],
  Oz: ['-Oz', ...strip],
  // What `npm run build` runs: no inlining just for having one caller.
  'Oz-ocimfs0': [...buildFlags, ...strip],
  Os: ['-Os', ...strip],
  O3: ['-O3', ...strip],
};

const texts = { kk: corpus('kk', 100_000), en: corpus('en', 100_000) };
const rows = [];

for (const setting of cargoSettings) {
  const [level, lto] = setting.split('-');
  step(`cargo build, profile wasm, opt-level=${level}, lto=${lto === 'lto'}`);
  const env = {
    ...process.env,
    CARGO_TARGET_DIR: targetDir,
    CARGO_PROFILE_WASM_OPT_LEVEL: level,
    CARGO_PROFILE_WASM_LTO: lto === 'lto' ? 'true' : 'false',
  };
  const bindDir = join(outRoot, setting, 'bindgen');
  if (process.argv.includes('--rebuild') || !existsSync(join(bindDir, 'aitty_bg.wasm'))) {
    run('cargo', ['build', '--profile', 'wasm', '--lib', '--target', 'wasm32-unknown-unknown'], { env });
    const built = join(targetDir, 'wasm32-unknown-unknown', 'wasm', 'aitty.wasm');
    mkdirSync(bindDir, { recursive: true });
    run('wasm-bindgen', ['--target', 'web', '--out-dir', bindDir, '--out-name', 'aitty', built]);
  } else console.log('(built before; --rebuild builds again)');
  for (const [name, flags] of Object.entries(optSettings)) {
    const dir = join(outRoot, setting, name);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(bindDir, 'aitty.js'), join(dir, 'aitty.js'));
    const wasm = join(dir, 'aitty_bg.wasm');
    if (flags) optimise(flags, join(bindDir, 'aitty_bg.wasm'), wasm);
    else copyFileSync(join(bindDir, 'aitty_bg.wasm'), wasm);
    const bytes = readFileSync(wasm);
    const glue = await import(join(dir, 'aitty.js'));
    glue.initSync({ module: bytes });
    const speed = {};
    for (const [lang, text] of Object.entries(texts)) {
      const { cpuMs } = measure(() => JSON.parse(glue.annotate(text)), { budgetMs: 1500, minRuns: 5 });
      speed[lang] = 0.1 / (cpuMs / 1000);
    }
    rows.push({ cargo: `opt-level=${level}, ${lto === 'lto' ? 'LTO' : 'no LTO'}`, wasmOpt: name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, ...speed });
    console.log(JSON.stringify(rows.at(-1)));
  }
}

console.log('\nMB/s: annotate() on 100 KB, by CPU time, median of at least 5 runs.');
console.log('\n| cargo | wasm-opt | raw KiB | gzip -9 KiB | kk MB/s | en MB/s |');
console.log('|---|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.cargo} | ${r.wasmOpt} | ${(r.raw / 1024).toFixed(1)} | ${(r.gzip / 1024).toFixed(1)} | ${r.kk.toFixed(2)} | ${r.en.toFixed(2)} |`);
}
