//! Conversion of byte offsets to Unicode code points and UTF-16 code units.
//!
//! Inside Rust every span is in UTF-8 bytes; the JSON format counts code
//! points (as Python, spaCy and the W3C Web Annotation model do) and the page
//! counts UTF-16 code units. This is the only place that converts.

/// How many bytes one checkpoint covers. Small enough that counting inside a
/// block is cheap, large enough that the table costs ~1/32 of the input.
const BLOCK: usize = 128;

/// Maps byte offsets of one text to code-point and UTF-16 offsets in O(BLOCK).
pub struct OffsetMap<'t> {
    text: &'t str,
    /// `chars[i]` and `units[i]`: code points and UTF-16 units before the
    /// first char boundary at or after byte `i * BLOCK`.
    checkpoints: Vec<(usize, u32, u32)>,
}

impl<'t> OffsetMap<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
        let (mut chars, mut units) = (0u32, 0u32);
        let mut next = 0;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, chars, units));
                next = (i / BLOCK + 1) * BLOCK;
            }
            chars += 1;
            units += c.len_utf16() as u32;
        }
        checkpoints.push((text.len(), chars, units));
        OffsetMap { text, checkpoints }
    }

    /// Code points before byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let (at, chars, _) = self.checkpoint(byte);
        chars as usize + self.text[at..byte].chars().count()
    }

    /// UTF-16 code units before byte offset `byte` (a char boundary).
    pub fn utf16_offset(&self, byte: usize) -> usize {
        let (at, _, units) = self.checkpoint(byte);
        units as usize
            + self.text[at..byte]
                .chars()
                .map(char::len_utf16)
                .sum::<usize>()
    }

    fn checkpoint(&self, byte: usize) -> (usize, u32, u32) {
        assert!(
            self.text.is_char_boundary(byte),
            "offset {byte} is not on a char boundary"
        );
        let i = self.checkpoints.partition_point(|&(at, _, _)| at <= byte);
        self.checkpoints[i.saturating_sub(1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> (usize, usize) {
        let s = &text[..byte];
        (s.chars().count(), s.encode_utf16().count())
    }

    #[test]
    fn emoji_combining_marks_and_kazakh() {
        let piece = "Қазақстан 👩‍👩‍👧 é (e\u{301}) 🇰🇿 «сөз» ";
        let text = piece.repeat(40);
        let map = OffsetMap::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                (map.char_offset(byte), map.utf16_offset(byte)),
                naive(&text, byte)
            );
        }
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.char_offset(0), 0);
        assert_eq!(map.utf16_offset(0), 0);
    }
}
