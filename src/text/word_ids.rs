//! Word ids for a document's tokens: tokens of the same text share one id,
//! numbered in order of first use. An open-addressing table of ids keyed
//! by the token's bytes, which stay in the text: where a standard hash map
//! of `&str` spent about 190 instructions a token (hashing through the
//! `Hasher` trait, growing, comparing by `memcmp`), this spends about 60.

use std::hash::Hasher;

use super::Token;
use crate::wordlist::FxHasher;

/// Ids of distinct byte strings, each string's first occurrence kept as a
/// range of the text.
pub struct WordIds<'t> {
    text: &'t [u8],
    /// Per slot: 0 when empty, else the id + 1.
    slots: Vec<u32>,
    /// Per slot: the top 32 bits of the word's hash, checked before the
    /// bytes.
    checks: Vec<u32>,
    /// Per id: where its first occurrence lies in the text.
    first: Vec<(u32, u32)>,
}

impl<'t> WordIds<'t> {
    /// A table for about `words` distinct words of `text` (it grows).
    pub fn new(text: &'t str, words: usize) -> Self {
        let capacity = (words * 2).next_power_of_two().max(16);
        WordIds {
            text: text.as_bytes(),
            slots: vec![0; capacity],
            checks: vec![0; capacity],
            first: Vec::with_capacity(words),
        }
    }

    /// How many distinct words so far.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.first.len()
    }

    /// The id of token `t`'s text, and whether it is new.
    #[inline]
    pub fn id(&mut self, t: &Token) -> (u32, bool) {
        let (start, end) = (t.span.start, t.span.end);
        let word = &self.text[start..end];
        let hash = hash(word);
        let check = (hash >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        loop {
            match self.slots[at] {
                0 => break,
                slot if self.checks[at] == check => {
                    let (from, to) = self.first[slot as usize - 1];
                    if same_bytes(&self.text[from as usize..to as usize], word) {
                        return (slot - 1, false);
                    }
                }
                _ => {}
            }
            at = (at + 1) & mask;
        }
        let id = self.first.len() as u32;
        self.first.push((start as u32, end as u32));
        self.slots[at] = id + 1;
        self.checks[at] = check;
        // At most half full: probes stay short.
        if self.first.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, true)
    }

    fn grow(&mut self) {
        let capacity = self.slots.len() * 2;
        let mut slots = vec![0; capacity];
        let mut checks = vec![0; capacity];
        let mask = capacity - 1;
        for (id, &(from, to)) in self.first.iter().enumerate() {
            let hash = hash(&self.text[from as usize..to as usize]);
            let mut at = hash as usize & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = id as u32 + 1;
            checks[at] = (hash >> 32) as u32;
        }
        self.slots = slots;
        self.checks = checks;
    }
}

/// FxHash of the bytes, finished with a multiply so the low bits (the
/// slot) depend on every byte.
#[inline]
fn hash(word: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(word);
    h.finish()
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(32)
}

/// Slice equality; words of up to 8 bytes (most) compared as two numbers
/// rather than by a call to `memcmp`.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    if a.len() <= 8 {
        return crate::wordlist::le_bytes(a) == crate::wordlist::le_bytes(b);
    }
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// Agrees with a standard map on a text with many repeated and
    /// near-repeated words, through several growths of the table.
    #[test]
    fn ids_agree_with_a_hash_map() {
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!(
                "w{} Word{} слово{} ",
                i % 700,
                i % 13,
                i * 7 % 1000
            ));
            text.push_str("long-word-of-many-bytes-");
            text.push_str(&(i % 50).to_string());
            text.push(' ');
        }
        let tokens = tokenize(&text);
        let mut table = WordIds::new(&text, 4);
        let mut map: std::collections::HashMap<&str, u32> = Default::default();
        for t in &tokens {
            let next = map.len() as u32;
            let want = *map.entry(t.text(&text)).or_insert(next);
            let (got, new) = table.id(t);
            assert_eq!(got, want, "{}", t.text(&text));
            assert_eq!(new, want == next && map.len() as u32 == next + 1);
        }
        assert_eq!(table.len(), map.len());
        assert!(table.len() > 1500, "{}", table.len());
    }

    #[test]
    fn short_words_differing_in_one_byte_differ() {
        assert!(same_bytes(b"abcdefgh", b"abcdefgh"));
        assert!(!same_bytes(b"abcdefgh", b"abcdefgi"));
        assert!(!same_bytes(b"ab", b"abc"));
        assert!(!same_bytes(b"a\0", b"a"));
        assert!(same_bytes(b"", b""));
    }
}
