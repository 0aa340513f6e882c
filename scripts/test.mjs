// `npm test`: every check, in order, stopping at the first failure:
// setup, build, cargo fmt/clippy/test, Node tests, browser tests.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, step } from './lib.mjs';

/** The test files of a folder, explicitly (not every Node accepts a folder after --test). */
function testFiles(dir) {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.test.mjs'))
    .sort()
    .map((name) => join(dir, name));
}

const started = Date.now();
let current = '';
process.on('exit', (code) => {
  if (code !== 0) console.error(`\nnpm test: FAILED at step "${current}" (the steps after it did not run)`);
});
const steps = [
  ['setup', () => run(process.execPath, ['scripts/setup.mjs'])],
  ['build', () => run(process.execPath, ['scripts/build.mjs'])],
  ['cargo fmt --check', () => run('cargo', ['fmt', '--check'])],
  ['cargo clippy', () => run('cargo', ['clippy', '--all-targets', '--', '-D', 'warnings'])],
  ['cargo test', () => run('cargo', ['test'])],
  ['Node tests', () => run(process.execPath, ['--test', ...testFiles('tests/node')])],
  ['browser tests', () => run(process.execPath, ['--test', ...testFiles('tests/browser')])],
];

for (const [name, action] of steps) {
  current = name;
  step(`test step: ${name}`);
  action();
}
console.log(`\nnpm test: all ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
