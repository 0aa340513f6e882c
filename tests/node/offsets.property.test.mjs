// Property tests of www/offsets.js with fast-check: on any string — emoji,
// flags, combining marks, lone surrogates — code-point offsets and UTF-16
// indices convert both ways without loss, as Rust counts code points.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { OffsetMap } from '../../www/offsets.js';

/** Strings of any code units (lone surrogates too) and of whole graphemes. */
const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(
    fc.constantFrom('a', 'Қ', 'е\u0301', '👩‍👩‍👧', '👍🏽', '🇰🇿', '\u200d', '\u202e', '\r\n', '«', '»', '–', '\ud800', '\udfff'),
    { maxLength: 40 },
  ).map((parts) => parts.join('')),
);

/** Code points as Rust sees the text: lone surrogates arrive as U+FFFD, one each. */
const codePoints = (text) => [...text];

test('length is the number of code points', () => {
  fc.assert(fc.property(texts, (text) => new OffsetMap(text).length === codePoints(text).length));
});

test('every span slices to the same code points as [...text]', () => {
  fc.assert(
    fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
      const map = new OffsetMap(text);
      const [start, end] = [a % (map.length + 1), b % (map.length + 1)].sort((x, y) => x - y);
      assert.equal(map.slice(start, end), codePoints(text).slice(start, end).join(''));
    }),
  );
});

test('code point → UTF-16 → code point is the identity, on boundaries only', () => {
  fc.assert(
    fc.property(texts, (text) => {
      const map = new OffsetMap(text);
      let previous = -1;
      for (let offset = 0; offset <= map.length; offset++) {
        const unit = map.toUtf16(offset);
        assert.ok(unit > previous, 'increasing');
        previous = unit;
        // Never between the halves of a surrogate pair.
        const before = text.charCodeAt(unit - 1);
        const after = text.charCodeAt(unit);
        assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff));
        assert.equal(codePoints(text.slice(0, unit)).length, offset);
      }
      assert.equal(map.toUtf16(map.length), text.length);
    }),
  );
});

test('offsets outside 0..length are refused', () => {
  fc.assert(
    fc.property(texts, fc.integer({ min: 1, max: 1000 }), (text, past) => {
      const map = new OffsetMap(text);
      assert.throws(() => map.toUtf16(map.length + past), RangeError);
      assert.throws(() => map.toUtf16(-past), RangeError);
      assert.equal(map.isSpan(0, map.length + past), false);
    }),
  );
});
