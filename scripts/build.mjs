// `npm run build`: the Rust library → WebAssembly → www/pkg/ (JS glue by
// wasm-bindgen, size by wasm-opt from the npm package binaryen). Prints the
// sizes. The example article, www/examples/seed_kk.txt, is committed (a copy
// of tests/data/seed_kk.txt, kept equal by tests/node/page-files.test.mjs).

import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, run, step } from './lib.mjs';
import { buildFlags, optimise, strip } from './wasm-opt.mjs';

const wasmIn = join(root, 'target', 'wasm32-unknown-unknown', 'wasm', 'aitty.wasm');
const outDir = join(root, 'www', 'pkg');
const wasmOut = join(outDir, 'aitty_bg.wasm');

let previous = null;

/** The size of `path`, raw and gzipped, and what the last step saved. */
function sizes(path) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const saved = previous ? `; this step saved ${kib(previous.raw - bytes.length)} raw, ${kib(previous.gzip - gzip)} gzipped` : '';
  previous = { raw: bytes.length, gzip };
  return `${bytes.length} bytes (${kib(bytes.length)}), gzip -9: ${gzip} bytes (${kib(gzip)})${saved}`;
}

step('cargo build (wasm32, profile wasm)');
run('cargo', ['build', '--profile', 'wasm', '--lib', '--target', 'wasm32-unknown-unknown']);
console.log(`rustc output: ${sizes(wasmIn)}`);

step('wasm-bindgen → www/pkg');
mkdirSync(outDir, { recursive: true });
run('wasm-bindgen', ['--target', 'web', '--out-dir', outDir, '--out-name', 'aitty', wasmIn]);
console.log(`after wasm-bindgen: ${sizes(wasmOut)}`);

// -Oz --converge: 1 KiB smaller gzipped than -Os on 2026-11-29 (406,438
// against 407,439 bytes) and as fast in Node (1 MB, A/B in one process:
// kk 10.33 vs 10.24, ru 8.48 vs 8.47, en 7.71 vs 7.61 MB/s); `npm run
// bench:size` measures every combination of opt-level, LTO and wasm-opt level.
// `-ocimfs 0` (--one-caller-inline-max-function-size): binaryen otherwise
// inlines every function that has one caller, whatever its size, and V8 ran
// the merged functions slower: on 2026-11-29 (3 MB in Node, seven
// alternating runs each) `-Oz --converge` alone made annotate() 15-19 %
// slower than no wasm-opt at all (kk 11.5 vs 13.4, ru 9.0 vs 10.4, en 8.3
// vs 9.9 MB/s), `-O3` and `-Os` 9-16 % slower; with `-ocimfs 0` it runs as
// fast as without wasm-opt (kk 12.3 vs 10.9, ru 9.8 vs 8.5, en 9.6 vs 7.9
// MB/s against the plain `-Oz`) and the module is 5.5 KB smaller gzipped
// (392,650 -> 387,124 bytes). -ocimfs 20 or 100 ran the same.
step('wasm-opt -Oz --converge -ocimfs 0 (binaryen from npm)');
optimise([...buildFlags, ...strip], wasmOut, wasmOut);

console.log(`\nwww/pkg/aitty_bg.wasm: ${sizes(wasmOut)}`);
console.log(`www/pkg/aitty.js: ${statSync(join(outDir, 'aitty.js')).size} bytes`);
