//! A small JSON writer and reader for the format v1 documents the wasm
//! module exchanges with the page.
//!
//! Written by hand rather than with `serde_json` so that the wasm module
//! carries no serde code: the derived (de)serialisers, their error messages
//! and the float formatting they pull in cost about 33 KB gzipped (399,229
//! → 366,461 bytes, README "Dependencies"). The native CLI, `eval` and the tests still
//! use serde; `tests/json_agrees_with_serde.rs` checks that both read and
//! write the same.

pub mod read;

/// A compact JSON text written piece by piece, escaped exactly as
/// `serde_json` escapes (`"`, `\`, and control characters; nothing else).
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn with_capacity(bytes: usize) -> Self {
        Writer {
            out: String::with_capacity(bytes),
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// JSON punctuation or a key already escaped: `{"id":`.
    #[inline]
    pub fn raw(&mut self, json: &str) {
        self.out.push_str(json);
    }

    /// `s` as a JSON string, quotes included.
    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        let bytes = s.as_bytes();
        let mut run = 0;
        let mut i = 0;
        loop {
            i = next_to_escape(bytes, i);
            let Some(&b) = bytes.get(i) else {
                break;
            };
            self.out.push_str(&s[run..i]);
            match b {
                b'"' => self.out.push_str("\\\""),
                b'\\' => self.out.push_str("\\\\"),
                b'\n' => self.out.push_str("\\n"),
                b'\r' => self.out.push_str("\\r"),
                b'\t' => self.out.push_str("\\t"),
                0x08 => self.out.push_str("\\b"),
                0x0c => self.out.push_str("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.push_str("\\u00");
                    self.out.push(char::from(HEX[usize::from(b >> 4)]));
                    self.out.push(char::from(HEX[usize::from(b & 15)]));
                }
            }
            run = i + 1;
            i += 1;
        }
        self.out.push_str(&s[run..]);
        self.out.push('"');
    }

    /// A whole number, in decimal.
    pub fn number(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        let at = decimal(n, &mut digits);
        self.out.push_str(ascii(&digits[at..]));
    }

    /// An id as an ASCII prefix and a 1-based number (`"e3"` for
    /// `(b'e', 2)`).
    pub fn id(&mut self, prefix: u8, index: usize) {
        debug_assert!(prefix.is_ascii());
        let mut digits = [0u8; 24];
        let at = decimal(index + 1, &mut digits[..23]) - 2;
        digits[23] = b'"';
        digits[at] = b'"';
        digits[at + 1] = prefix;
        self.out.push_str(ascii(&digits[at..]));
    }
}

/// The index of the first byte at or after `from` that a JSON string
/// escapes (a control character, `"` or `\`), or `bytes.len()`. Eight
/// bytes at a time: most text has none, and a byte at a time was most of
/// the writer's cost.
fn next_to_escape(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // High bit set in the bytes of `x` below 0x20 or equal to `"` or `\`.
    // A false one can only come after a true one (a borrow runs upwards),
    // so the lowest set bit is always the first such byte.
    let special = |x: u64| {
        let below = x.wrapping_sub(ONES * 0x20) & !x;
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        (below | (quote.wrapping_sub(ONES) & !quote) | (backslash.wrapping_sub(ONES) & !backslash))
            & HIGHS
    };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let found = special(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] >= 0x20 && bytes[i] != b'"' && bytes[i] != b'\\' {
        i += 1;
    }
    i
}

/// Writes `n` in decimal at the end of `digits`; returns where it starts.
pub(crate) fn decimal(mut n: usize, digits: &mut [u8]) -> usize {
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return at;
        }
    }
}

/// Bytes known to be ASCII as a `str` (one copy where a char at a time
/// cost a capacity check each).
fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_numbers_are_written_as_serde_json_writes_them() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        for s in [
            "",
            "plain",
            "«Иә \"жоқ\"» \\ / \u{7f} \u{1F600}",
            &every_control,
            "\u{2028}\u{2029}",
        ] {
            let mut w = Writer::with_capacity(0);
            w.string(s);
            assert_eq!(w.finish(), serde_json::to_string(s).unwrap());
        }
        // Each byte that needs escaping, at each place in a run of eight,
        // among ASCII and Cyrillic.
        for c in (0u8..0x20).chain([b'"', b'\\']).map(char::from) {
            for at in 0..18 {
                for filler in ["a", "ж", "\u{7f}"] {
                    let mut s = filler.repeat(at);
                    s.push(c);
                    s.push_str(&filler.repeat(9));
                    let mut w = Writer::with_capacity(0);
                    w.string(&s);
                    assert_eq!(w.finish(), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
        for n in [0, 9, 10, 12_345, usize::MAX] {
            let mut w = Writer::with_capacity(0);
            w.number(n);
            assert_eq!(w.finish(), n.to_string());
        }
        for (prefix, i, id) in [(b'e', 99, "\"e100\""), (b'q', 0, "\"q1\"")] {
            let mut w = Writer::with_capacity(0);
            w.id(prefix, i);
            assert_eq!(w.finish(), id);
        }
        let mut w = Writer::with_capacity(0);
        w.id(b'c', usize::MAX - 1);
        assert_eq!(w.finish(), format!("\"c{}\"", usize::MAX));
    }
}
