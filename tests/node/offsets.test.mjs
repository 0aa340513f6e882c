// www/offsets.js: code-point offsets → UTF-16 indices.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OffsetMap } from '../../www/offsets.js';

/** The reference: JS iterates strings by code point. */
const reference = (text, start, end) => [...text].slice(start, end).join('');

describe('OffsetMap', () => {
  test('ASCII and Kazakh: code points = UTF-16 units', () => {
    const text = 'Қуандық Алпыс: «Ұлытау» ғана, әңгіме, өнім, үй, һ, і.';
    const map = new OffsetMap(text);
    assert.equal(map.length, text.length);
    for (let i = 0; i <= text.length; i++) assert.equal(map.toUtf16(i), i);
  });

  test('a ZWJ family emoji is 5 code points and 8 UTF-16 units', () => {
    const family = '👩‍👩‍👧';
    assert.equal(new OffsetMap(family).length, 5);
    assert.equal(family.length, 8);
    const text = `${family} Алматы`;
    const map = new OffsetMap(text);
    assert.equal(map.toUtf16(5), 8);
    assert.equal(map.slice(6, 12), 'Алматы');
    assert.equal(map.slice(0, 1), '👩');
    assert.equal(map.slice(1, 2), '\u200d');
  });

  test('a flag is two regional indicators, 2 code points, 4 units', () => {
    const text = 'a🇰🇿b';
    const map = new OffsetMap(text);
    assert.equal(map.length, 4);
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => map.toUtf16(i)), [0, 1, 3, 5, 6]);
    assert.equal(map.slice(1, 3), '🇰🇿');
    assert.equal(map.slice(3, 4), 'b');
  });

  test('combining marks are code points of their own', () => {
    const map = new OffsetMap('Cafe\u0301 e\u0301te\u0301');
    assert.equal(map.length, 11);
    assert.equal(map.slice(0, 5), 'Cafe\u0301');
    assert.equal(map.slice(6, 11), 'e\u0301te\u0301');
  });

  test('lone surrogates count as one code point each', () => {
    const text = 'a\ud800b\udc00c\ud83d';
    const map = new OffsetMap(text);
    assert.equal(map.length, [...text].length);
    assert.equal(map.slice(1, 2), '\ud800');
    assert.equal(map.slice(5, 6), '\ud83d');
  });

  test('the end offset is valid; outside 0..length throws', () => {
    const map = new OffsetMap('😀x');
    assert.equal(map.toUtf16(2), 3);
    assert.throws(() => map.toUtf16(3), RangeError);
    assert.throws(() => map.toUtf16(-1), RangeError);
    assert.throws(() => map.toUtf16(1.5), RangeError);
    assert.equal(map.isSpan(0, 2), true);
    assert.equal(map.isSpan(1, 1), false);
    assert.equal(map.isSpan(1, 3), false);
  });

  test('the empty text', () => {
    const map = new OffsetMap('');
    assert.equal(map.length, 0);
    assert.equal(map.toUtf16(0), 0);
    assert.equal(map.isSpan(0, 0), false);
  });

  test('agrees with [...text] on every span of random mixed texts', () => {
    const alphabet = ['a', 'Қ', 'ə', '\u0301', '😀', '👩', '\u200d', '🇰', '🇿', ' ', '\n', '«', '\ud800', '\udc00', '𝔸'];
    let seed = 12345;
    const random = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: random(30) }, () => alphabet[random(alphabet.length)]).join('');
      const map = new OffsetMap(text);
      assert.equal(map.length, [...text].length, JSON.stringify(text));
      for (let s = 0; s <= map.length; s++) {
        for (let e = s; e <= map.length; e++) assert.equal(map.slice(s, e), reference(text, s, e));
      }
    }
  });
});

describe('OffsetMap.toCodePoint', () => {
  test('inverts toUtf16 after emoji, and a low surrogate maps to its pair', () => {
    const text = '👩‍👩‍👧 🇰🇿 e\u0301 Алматы 😀';
    const map = new OffsetMap(text);
    for (let cp = 0; cp <= map.length; cp++) assert.equal(map.toCodePoint(map.toUtf16(cp)), cp);
    assert.equal(map.toCodePoint(1), 0); // inside 👩
    assert.equal(map.toCodePoint(text.length), map.length);
  });
});
