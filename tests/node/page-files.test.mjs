// The page's files, read as text: the safety rules that hold by construction.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pageCsp } from '../../scripts/serve.mjs';
import { root, seedText } from './helpers.mjs';

const www = join(root, 'www');
const read = (name) => readFileSync(join(www, name), 'utf8');
/** The page's own files (not the generated pkg/). */
const pageFiles = readdirSync(www).filter((name) => /\.(html|js|css|svg)$/.test(name));

describe('page files', () => {
  test('index.html carries the Content-Security-Policy, and the server sends the same', () => {
    assert.ok(read('index.html').includes(`<meta http-equiv="Content-Security-Policy" content="${pageCsp}">`));
    assert.doesNotMatch(pageCsp, /'unsafe-inline'|'unsafe-eval'|\s\*|https?:/);
  });

  test('the text box has a label "Article text"', () => {
    assert.match(read('index.html'), /<label for="text"[^>]*>Article text<\/label>/);
    assert.match(read('index.html'), /<textarea id="text"/);
  });

  test('nothing is loaded from another origin', () => {
    for (const name of pageFiles) {
      const urls = read(name).match(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"')]*/gi) || [];
      // Two W3C names that are identifiers, never fetched: the SVG namespace
      // and the Web Annotation JSON-LD context written into exports.
      const external = urls.filter((u) => u !== 'http://www.w3.org/2000/svg' && !(name === 'exports.js' && u === 'http://www.w3.org/ns/anno.jsonld'));
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

  test('the service worker caches every file of the page', () => {
    const sw = read('sw.js');
    const cached = [...sw.match(/const FILES = \[([^\]]*)\]/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const own = pageFiles.filter((n) => n !== 'sw.js');
    assert.deepEqual(own.filter((n) => !cached.includes(n)), []);
    for (const file of cached.filter((f) => f !== './' && !f.startsWith('pkg/'))) assert.ok(readFileSync(join(www, file)), file);
  });

  test('the committed example, www/examples/seed_kk.txt, equals tests/data/seed_kk.txt', () => {
    assert.equal(read(join('examples', 'seed_kk.txt')), seedText);
  });
});
