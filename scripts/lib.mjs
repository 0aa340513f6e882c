// Shared helpers of the npm scripts: paths, PATH with cargo's bin dir, and
// running a command loudly (print it, stream its output, stop on failure).

import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/ is one level below it). */
export const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** cargo installs wasm-bindgen here; make sure children find it. */
export const cargoBin = join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin');
if (!(process.env.PATH || '').split(delimiter).includes(cargoBin)) {
  process.env.PATH = `${cargoBin}${delimiter}${process.env.PATH || ''}`;
}

/** npm's own command name differs on Windows. */
export const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Prints a step header. */
export function step(message) {
  console.log(`\n==> ${message}`);
}

/**
 * Runs `command args...` in the repo root with inherited output; exits the
 * process with the command's status if it fails.
 */
export function run(command, args, options = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`\nFAILED: could not start ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    const why = result.signal ? `signal ${result.signal}` : `exit status ${result.status}`;
    console.error(`\nFAILED: ${[command, ...args].join(' ')} (${why})`);
    process.exit(result.status || 1);
  }
}

/** Runs a command quietly and returns its trimmed stdout, or null if it cannot run or fails. */
export function capture(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim();
}

/** The version of package `name` locked in Cargo.lock, or null. */
export function lockedVersion(lockText, name) {
  for (const block of lockText.split('[[package]]')) {
    const n = block.match(/^name = "([^"]+)"$/m);
    const v = block.match(/^version = "([^"]+)"$/m);
    if (n && v && n[1] === name) return v[1];
  }
  return null;
}
