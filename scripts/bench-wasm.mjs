// The wasm `annotate()` in Node next to two in-browser NLP peers on the same
// text: compromise (people, places, organisations) and wink-nlp with its
// English lite web model (entities). Used by scripts/bench.mjs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

/**
 * The built module (www/pkg, from `npm run build`): `{ annotate, memory }`,
 * `annotate` giving the format v1 object. The module returns JSON text; the
 * `JSON.parse` is timed with it, so Aitty, like the peers, ends with JS objects.
 */
export async function loadAitty() {
  const glue = await import(join(root, 'www', 'pkg', 'aitty.js'));
  const exports = glue.initSync({ module: readFileSync(join(root, 'www', 'pkg', 'aitty_bg.wasm')) });
  return { annotate: (text) => JSON.parse(glue.annotate(text)), memory: exports.memory };
}

/**
 * A fresh instance of the built module (its own memory, so its memos are
 * empty), warmed up as the page warms its instance (`www/warm-up.js`):
 * `annotate` as in `loadAitty`. `tag` makes the glue's import distinct.
 */
export async function loadFreshAitty(tag) {
  const glue = await import(`${join(root, 'www', 'pkg', 'aitty.js')}?fresh=${tag}`);
  glue.initSync({ module: readFileSync(join(root, 'www', 'pkg', 'aitty_bg.wasm')) });
  const { WARM_UP, WARM_UP_ROUNDS } = await import(join(root, 'www', 'warm-up.js'));
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const text of WARM_UP) glue.annotate(text);
  }
  return (text) => JSON.parse(glue.annotate(text));
}

/** The middle value of `xs` (the upper one of an even count); `xs` is left as it was. */
export function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Milliseconds of CPU time (user + system) this process has used. */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Median milliseconds of `fn()` after one warm-up call, by the wall clock
 * (`ms`) and by the CPU time of this process (`cpuMs`: on a shared machine
 * the wall clock also counts waiting for a core). Runs until both `minRuns`
 * runs and `budgetMs` have passed (at most `maxRuns`). Also returns what the
 * last call returned.
 */
export function measure(fn, { budgetMs = 1000, minRuns = 3, maxRuns = 500, warmUp = true } = {}) {
  let result = warmUp ? fn() : undefined;
  const wall = [];
  const cpu = [];
  const began = performance.now();
  while (wall.length < maxRuns && (wall.length < minRuns || performance.now() - began < budgetMs)) {
    const t0 = performance.now();
    const c0 = cpuMs();
    result = fn();
    cpu.push(cpuMs() - c0);
    wall.push(performance.now() - t0);
  }
  return { ms: median(wall), cpuMs: median(cpu), runs: wall.length, result };
}

/** Each contender: a name and a function from text to the number of annotations it found. */
export async function contenders() {
  const aitty = await loadAitty();
  const { default: compromise } = await import('compromise');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  return {
    aitty: (text) => {
      const a = aitty.annotate(text);
      return a.entities.length + a.quotes.length;
    },
    // compromise's named entities: what Aitty's PERSON/LOC/ORG compare to.
    compromise: (text) => {
      const doc = compromise(text);
      return doc.people().length + doc.places().length + doc.organizations().length;
    },
    // wink-nlp's lite model tags dates, numbers, money and the like (no names).
    'wink-nlp': (text) => wink.readDoc(text).entities().length(),
    memory: aitty.memory,
  };
}
