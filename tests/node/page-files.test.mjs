// The page's files, read as text: the safety rules that hold by construction.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { root, seedText } from './helpers.mjs';

const www = join(root, 'www');
const read = (name) => readFileSync(join(www, name), 'utf8');
/** The page's own files (not the generated pkg/). */
const pageFiles = readdirSync(www).filter((name) => /\.(html|js|css|svg)$/.test(name));

describe('page files', () => {
  test('index.html carries the Content-Security-Policy', () => {
    const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";
    assert.ok(read('index.html').includes(`<meta http-equiv="Content-Security-Policy" content="${csp}">`));
  });

  test('the text box has a label "Article text"', () => {
    assert.match(read('index.html'), /<label for="text"[^>]*>Article text<\/label>/);
    assert.match(read('index.html'), /<textarea id="text"/);
  });

  test('nothing is loaded from another origin', () => {
    for (const name of pageFiles) {
      const urls = read(name).match(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"')]*/gi) || [];
      const external = urls.filter((u) => u !== 'http://www.w3.org/2000/svg');
      assert.deepEqual(external, [], name);
    }
    assert.doesNotMatch(read('index.html'), /@import|<iframe|<object|<embed/);
  });

  test('no HTML parsing of strings in the scripts', () => {
    for (const name of pageFiles.filter((n) => n.endsWith('.js'))) {
      assert.doesNotMatch(read(name), /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"]style/, name);
    }
  });

  test('no inline styles or scripts (the CSP would block them)', () => {
    const html = read('index.html');
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=|<script(?![^>]*\ssrc=)/);
  });

  test('the committed example, www/examples/seed_kk.txt, equals tests/data/seed_kk.txt', () => {
    assert.equal(read(join('examples', 'seed_kk.txt')), seedText);
  });
});
