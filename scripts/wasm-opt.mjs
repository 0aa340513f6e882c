// wasm-opt (binaryen from npm; Debian's is too old for rustc's output) as
// the build runs it, shared by `npm run build` and the benches that build
// variants of the module.

import { join } from 'node:path';
import { root, run } from './lib.mjs';

const wasmOpt = join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');

/** What rustc's wasm32 output may use; wasm-opt refuses features it was not told of. */
const wasmFeatures = [
  '--enable-simd',
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

/** Drops what the page does not need: names, producers, the features section. */
export const strip = ['--strip-debug', '--strip-producers', '--strip-target-features'];

/**
 * The optimisation `npm run build` applies (why these flags: scripts/build.mjs).
 */
export const buildFlags = ['-Oz', '--converge', '-ocimfs', '0'];

/** Runs wasm-opt with `flags` (plus the features) on `input`, writing `output`. */
export function optimise(flags, input, output) {
  run(process.execPath, [wasmOpt, ...flags, ...wasmFeatures, input, '-o', output]);
}
