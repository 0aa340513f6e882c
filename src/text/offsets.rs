//! Conversion of byte offsets to Unicode code points.
//!
//! Inside Rust every span is in UTF-8 bytes; the JSON format counts code
//! points (as Python, spaCy and the W3C Web Annotation model do). This is the
//! only place in Rust that converts; the page turns code points into UTF-16
//! indices in `www/offsets.js`.

/// How many bytes one checkpoint covers: counting inside a block is cheap,
/// and the table holds one checkpoint per block.
const BLOCK: usize = 64;

/// Maps byte offsets of one text to code-point offsets, counting at most one
/// block of bytes per look-up.
pub struct OffsetMap<'t> {
    text: &'t str,
    /// Code points before byte `i * BLOCK`, for each block of the text.
    /// Blocks need not start on a char boundary: a code point is counted
    /// at its first byte.
    checkpoints: Vec<usize>,
}

/// Code points starting in `bytes`: the bytes that are not UTF-8
/// continuation bytes (`10xxxxxx`). Eight bytes at a time as one `u64`
/// (wasm has no vectors to count them in, and the byte loop was not
/// vectorised natively either): a continuation byte has its top bit set
/// and the next one clear, and one popcount counts them all.
#[inline]
fn char_starts(bytes: &[u8]) -> usize {
    const TOP: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut continuations = 0;
    for word in &mut words {
        let x = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        continuations += (x & !(x << 1) & TOP).count_ones() as usize;
    }
    let tail = words.remainder();
    bytes.len() - continuations - tail.iter().filter(|&&b| (b as i8) < -0x40).count()
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut chars = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            checkpoints.push(chars);
            chars += char_starts(block);
        }
        checkpoints.push(chars);
        OffsetMap { text, checkpoints }
    }

    /// Code points before byte offset `byte`. Panics unless `byte` is a char
    /// boundary of the text: a stage that made such a span has a bug.
    pub fn char_offset(&self, byte: usize) -> usize {
        assert!(
            self.text.is_char_boundary(byte),
            "offset {byte} is not on a char boundary"
        );
        let block = byte / BLOCK;
        self.checkpoints[block] + char_starts(&self.text.as_bytes()[block * BLOCK..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> usize {
        text[..byte].chars().count()
    }

    #[test]
    fn emoji_combining_marks_and_kazakh() {
        let piece = "Қазақстан 👩‍👩‍👧 é (e\u{301}) 🇰🇿 «сөз» ";
        let text = piece.repeat(40);
        let map = OffsetMap::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.char_offset(byte), naive(&text, byte));
        }
        // One repetition, in code points (each followed by a space): the word
        // 9, the ZWJ family 5, é 1, `(e\u{301})` 4, the flag 2, `«сөз»` 5.
        assert_eq!(map.char_offset(piece.len()), 32);
        assert_eq!(map.char_offset(text.len()), 32 * 40);
    }

    #[test]
    fn whole_blocks_and_a_block_boundary_inside_a_char() {
        for text in [
            "ab".repeat(BLOCK),
            format!("{}қ{}", "a".repeat(BLOCK - 1), "b".repeat(BLOCK)),
        ] {
            let map = OffsetMap::new(&text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(map.char_offset(byte), naive(&text, byte));
            }
        }
    }

    #[test]
    #[should_panic(expected = "not on a char boundary")]
    fn an_offset_inside_a_char_is_a_bug() {
        OffsetMap::new("қ").char_offset(1);
    }

    /// Every window of bytes, whatever its length and alignment, counts
    /// as the byte by byte definition does.
    #[test]
    fn counting_by_words_agrees_with_counting_bytes() {
        let text = "Қ a👩‍👧é€ ѐ\u{7f}\u{80}ß".repeat(3);
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            for to in from..=bytes.len() {
                let window = &bytes[from..to];
                let want = window.iter().filter(|&&b| b & 0xc0 != 0x80).count();
                assert_eq!(char_starts(window), want, "{from}..{to}");
            }
        }
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.char_offset(0), 0);
    }
}
