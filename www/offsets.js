// Offsets of format v1 are Unicode code points; JavaScript strings index
// UTF-16 code units. This module is the one place converting between them.
// A character outside the Basic Multilingual Plane (most emoji, 🇰🇿 is two of
// them) is one code point but two code units; a ZWJ sequence (👩‍👩‍👧) or a
// letter with a combining mark (é as e + U+0301) is several code points, each
// counted on its own, as Rust counts them. A lone surrogate counts as one code
// point (it reaches Rust as U+FFFD, also one).

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A map from code-point offsets to UTF-16 indices of `text`, built in one
 * pass. `toUtf16(n)` accepts 0 ≤ n ≤ length (the end offset is valid).
 */
export class OffsetMap {
  constructor(text) {
    this.text = text;
    if (!SURROGATE.test(text)) {
      // Every code point is one code unit: the offsets are the same, no table needed.
      this.length = text.length;
      this.starts = null;
      return;
    }
    const starts = new Uint32Array(text.length + 1);
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      starts[count++] = i;
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    starts[count] = text.length;
    /** Number of code points of the text. */
    this.length = count;
    this.starts = starts.subarray(0, count + 1);
  }

  /** The UTF-16 index of code-point offset `offset`; RangeError when outside 0..length. */
  toUtf16(offset) {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) {
      throw new RangeError(`code-point offset ${offset} outside 0..${this.length}`);
    }
    return this.starts ? this.starts[offset] : offset;
  }

  /** The code-point offset of UTF-16 index `index` (inside a surrogate pair: the pair's code point). */
  toCodePoint(index) {
    if (!this.starts) return Math.max(0, Math.min(index, this.length));
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** True when `start`..`end` is a valid, non-empty code-point span of the text. */
  isSpan(start, end) {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= this.length;
  }

  /** The text of code points `start`..`end` (end exclusive). */
  slice(start, end) {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
