//! Conversion of byte offsets to Unicode code points.
//!
//! Inside Rust every span is in UTF-8 bytes; the JSON format counts code
//! points (as Python, spaCy and the W3C Web Annotation model do). This is the
//! only place in Rust that converts; the page turns code points into UTF-16
//! indices in `www/offsets.js`.

/// How many bytes one checkpoint covers: counting inside a block is cheap,
/// and the table holds one checkpoint per block.
const BLOCK: usize = 128;

/// Maps byte offsets of one text to code-point offsets, counting at most one
/// block of characters per look-up.
pub struct OffsetMap<'t> {
    text: &'t str,
    /// (byte, code points before it) at the first char boundary of each
    /// block, and at the end of the text.
    checkpoints: Vec<(usize, usize)>,
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut next = 0;
        let mut chars = 0;
        for (i, _) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, chars));
                next = (i / BLOCK + 1) * BLOCK;
            }
            chars += 1;
        }
        checkpoints.push((text.len(), chars));
        OffsetMap { text, checkpoints }
    }

    /// Code points before byte offset `byte`. Panics unless `byte` is a char
    /// boundary of the text: a stage that made such a span has a bug.
    pub fn char_offset(&self, byte: usize) -> usize {
        assert!(
            self.text.is_char_boundary(byte),
            "offset {byte} is not on a char boundary"
        );
        let i = self.checkpoints.partition_point(|&(at, _)| at <= byte);
        let (at, chars) = self.checkpoints[i.saturating_sub(1)];
        chars + self.text[at..byte].chars().count()
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
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.char_offset(0), 0);
    }
}
