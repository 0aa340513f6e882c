// The native CLI (target/release/aitty) speaks the same format v1.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { offsetProblems, root, schemaErrors, seedText } from './helpers.mjs';

const binary = join(root, 'target', 'release', process.platform === 'win32' ? 'aitty.exe' : 'aitty');

function aitty(args) {
  const result = spawnSync(binary, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(result.status, 0, `aitty ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

before(() => {
  const build = spawnSync('cargo', ['build', '--release', '--bin', 'aitty'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  assert.equal(build.status, 0, 'cargo build --release --bin aitty');
});

describe('CLI', () => {
  test('aitty tests/data/seed_kk.txt: valid format v1, exact slices', () => {
    const doc = JSON.parse(aitty(['tests/data/seed_kk.txt']));
    assert.deepEqual(schemaErrors(doc), []);
    assert.deepEqual(offsetProblems(seedText, doc), []);
  });

  for (const file of ['quotes_dev_en.jsonl', 'quotes_dev_kk.jsonl', 'quotes_dev_ru.jsonl']) {
    test(`aitty --jsonl tests/data/${file}: every line valid, ids kept, exact slices`, () => {
      const inputs = readFileSync(join(root, 'tests', 'data', file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      const outputs = aitty(['--jsonl', `tests/data/${file}`]).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      assert.equal(outputs.length, inputs.length);
      outputs.forEach((doc, i) => {
        assert.equal(doc.id, inputs[i].id);
        assert.deepEqual(schemaErrors(doc), [], `line ${i + 1}`);
        assert.deepEqual(offsetProblems(inputs[i].text, doc), [], `line ${i + 1}`);
      });
    });
  }
});
