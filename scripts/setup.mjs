// `npm run setup`: installs whatever the build and the tests need and is
// missing. Idempotent: a second run only checks and prints "ok".
//   - the Rust target wasm32-unknown-unknown, and rustfmt + clippy (rustup)
//   - wasm-bindgen-cli at exactly the version of `wasm-bindgen` in Cargo.lock
//   - the npm packages (npm ci) when node_modules lacks any of them

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capture, lockedVersion, npmCommand, root, run, step } from './lib.mjs';

function rustTarget() {
  step('Rust target wasm32-unknown-unknown');
  const installed = capture('rustup', ['target', 'list', '--installed']);
  if (installed === null) {
    console.error('FAILED: rustup not found; install Rust with rustup first');
    process.exit(1);
  }
  if (installed.split('\n').includes('wasm32-unknown-unknown')) {
    console.log('ok: already installed');
  } else {
    run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
  }
}

function rustComponents() {
  step('Rust components rustfmt and clippy');
  const installed = capture('rustup', ['component', 'list', '--installed']) || '';
  const missing = ['rustfmt', 'clippy'].filter(
    (c) => !installed.split('\n').some((line) => line.startsWith(`${c}-`)),
  );
  if (missing.length === 0) console.log('ok: already installed');
  else run('rustup', ['component', 'add', ...missing]);
}

function wasmBindgen() {
  const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
  const wanted = lockedVersion(lock, 'wasm-bindgen');
  if (!wanted) {
    console.error('FAILED: no wasm-bindgen in Cargo.lock');
    process.exit(1);
  }
  step(`wasm-bindgen-cli ${wanted} (the version in Cargo.lock)`);
  const have = capture('wasm-bindgen', ['--version']);
  if (have === `wasm-bindgen ${wanted}`) {
    console.log(`ok: ${have}`);
    return;
  }
  console.log(have ? `found ${have}; installing ${wanted}` : 'not found; installing (takes a few minutes)');
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', `=${wanted}`, '--force']);
}

function npmPackages() {
  step('npm packages');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const wanted = { ...pkg.dependencies, ...pkg.devDependencies };
  const names = Object.keys(wanted);
  const installed = (n) => {
    const file = join(root, 'node_modules', n, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
  };
  // Versions are pinned exactly in package.json: a different one is stale.
  const missing = names.filter((n) => installed(n) !== wanted[n]);
  if (missing.length === 0) {
    console.log(`ok: ${names.join(', ')}`);
    return;
  }
  console.log(`missing or not the pinned version: ${missing.join(', ')}`);
  const ci = existsSync(join(root, 'package-lock.json'));
  run(npmCommand, [ci ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

rustTarget();
rustComponents();
wasmBindgen();
npmPackages();
console.log('\nsetup: done');
