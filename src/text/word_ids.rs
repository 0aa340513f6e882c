//! Numbering a document's distinct token texts in order of first use:
//! every token is looked up once, and most repeat a word met before. An
//! open-addressing table of ids, each with its text's hash kept beside it,
//! compares a stored hash before any bytes; a general hash map of `&str`
//! cost about twice as much per token.

use std::hash::Hasher;

use crate::wordlist::FxHasher;

pub(super) struct WordIds<'t> {
    text: &'t [u8],
    /// Id + 1 of the word in each slot (0: empty), found by linear probing
    /// from the top bits of its hash (the well-mixed ones of FxHash).
    slots: Vec<u32>,
    /// `64 - log2(slots.len())`.
    shift: u32,
    /// Each id's hash, and the bytes of `text` its first token spans.
    hashes: Vec<u64>,
    spans: Vec<(u32, u32)>,
}

fn hash(word: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(word);
    h.finish()
}

impl<'t> WordIds<'t> {
    /// A table for the tokens of `text`, sized for `words` distinct ones
    /// (it grows past that).
    pub fn new(text: &'t str, words: usize) -> Self {
        let slots = (words * 2).next_power_of_two().max(64);
        WordIds {
            text: text.as_bytes(),
            slots: vec![0; slots],
            shift: 64 - slots.trailing_zeros(),
            hashes: Vec::with_capacity(words),
            spans: Vec::with_capacity(words),
        }
    }

    /// The id of the token text `text[start..end]`, and whether it is new
    /// (ids count up from 0 in order of first use).
    pub fn id(&mut self, start: usize, end: usize) -> (u32, bool) {
        let word = &self.text[start..end];
        let h = hash(word);
        let mask = self.slots.len() - 1;
        let mut at = (h >> self.shift) as usize;
        loop {
            let slot = self.slots[at];
            if slot == 0 {
                break;
            }
            let id = (slot - 1) as usize;
            if self.hashes[id] == h {
                let (s, e) = self.spans[id];
                if &self.text[s as usize..e as usize] == word {
                    return (id as u32, false);
                }
            }
            at = (at + 1) & mask;
        }
        let id = self.hashes.len() as u32;
        self.slots[at] = id + 1;
        self.hashes.push(h);
        self.spans.push((start as u32, end as u32));
        // At most half full: most look-ups end at the first slot or two.
        if self.hashes.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, true)
    }

    fn grow(&mut self) {
        let len = self.slots.len() * 2;
        self.slots = vec![0; len];
        self.shift -= 1;
        let mask = len - 1;
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut at = (h >> self.shift) as usize;
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = id as u32 + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids agree with numbering by a hash map, through the table's growth.
    #[test]
    fn ids_count_up_in_order_of_first_use() {
        let text: String = (0..3000)
            .map(|i| format!("w{} Ж{} ", i % 700, i % 13))
            .collect();
        let mut ids = WordIds::new(&text, 4);
        let mut want: std::collections::HashMap<&str, u32> = Default::default();
        let mut at = 0;
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let start = at + text[at..].find(word).unwrap();
            let end = start + word.len();
            at = end;
            let next = want.len() as u32;
            let id = *want.entry(word).or_insert(next);
            assert_eq!(ids.id(start, end), (id, id == next), "{word}");
        }
        assert_eq!(want.len(), 713);
    }
}
