//! Numbers the distinct token texts of a document (see
//! [`super::Document::word`]): one probe of an open-addressing table per
//! token. The texts are slices of the document, so they are hashed and
//! compared eight bytes at a time straight from it, with no copy of a
//! word's last bytes (a general hash map paid a `memcpy` for those, and a
//! `memcmp` call per comparison: a quarter of the text stage).

/// The ids of the words met so far.
pub struct WordIds<'t> {
    bytes: &'t [u8],
    /// Open addressing, linear probing: 0 is empty, else a word id + 1.
    slots: Vec<u32>,
    /// `64 - log2(slots.len())`: a hash's top bits pick its first slot.
    shift: u32,
    /// Per word id: its hash and where its first token is in the text.
    words: Vec<Word>,
}

#[derive(Clone, Copy)]
struct Word {
    hash: u64,
    start: u32,
    len: u32,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Bytes `at..at + 8` of `bytes` as one little-endian number.
#[inline]
fn word_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
}

/// Bytes `at..at + n` (`n` below 8) as a number, zero above them: read as
/// eight bytes and masked where the text goes on that far.
#[inline]
fn tail_at(bytes: &[u8], at: usize, n: usize) -> u64 {
    if at + 8 <= bytes.len() {
        word_at(bytes, at) & ((1u64 << (8 * n)) - 1)
    } else {
        bytes[at..at + n]
            .iter()
            .rev()
            .fold(0, |w, &b| (w << 8) | u64::from(b))
    }
}

/// The hash of `bytes[start..end]`.
#[inline]
fn hash(bytes: &[u8], start: usize, end: usize) -> u64 {
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(SEED);
    let mut h = (end - start) as u64;
    let mut at = start;
    while at + 8 <= end {
        h = mix(h, word_at(bytes, at));
        at += 8;
    }
    if at < end {
        h = mix(h, tail_at(bytes, at, end - at));
    }
    // Multiplying spreads low bits upwards only: fold the top half down
    // before the top bits are read.
    (h ^ (h >> 29)).wrapping_mul(SEED)
}

/// `bytes[a..a + len] == bytes[b..b + len]`.
#[inline]
fn same(bytes: &[u8], a: usize, b: usize, len: usize) -> bool {
    let mut k = 0;
    while k + 8 <= len {
        if word_at(bytes, a + k) != word_at(bytes, b + k) {
            return false;
        }
        k += 8;
    }
    k == len || tail_at(bytes, a + k, len - k) == tail_at(bytes, b + k, len - k)
}

impl<'t> WordIds<'t> {
    /// A table for the tokens of `text`, sized for about `words` distinct
    /// ones (it grows past that).
    pub fn new(text: &'t str, words: usize) -> Self {
        let slots = (words * 2).next_power_of_two().max(16);
        WordIds {
            bytes: text.as_bytes(),
            slots: vec![0; slots],
            shift: 64 - slots.trailing_zeros(),
            words: Vec::with_capacity(words),
        }
    }

    /// The id of the text `start..end`, and whether it is new (ids count
    /// up from 0 in order of first use).
    #[inline]
    pub fn id(&mut self, start: usize, end: usize) -> (u32, bool) {
        let h = hash(self.bytes, start, end);
        let len = end - start;
        let mask = self.slots.len() - 1;
        let mut at = (h >> self.shift) as usize;
        loop {
            match self.slots[at] {
                0 => break,
                slot => {
                    let w = self.words[slot as usize - 1];
                    if w.hash == h
                        && w.len as usize == len
                        && same(self.bytes, w.start as usize, start, len)
                    {
                        return (slot - 1, false);
                    }
                }
            }
            at = (at + 1) & mask;
        }
        let id = self.words.len() as u32;
        self.words.push(Word {
            hash: h,
            start: start as u32,
            len: len as u32,
        });
        self.slots[at] = id + 1;
        if self.words.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, true)
    }

    /// Doubles the table and puts every word back in.
    fn grow(&mut self) {
        let slots = self.slots.len() * 2;
        self.slots = vec![0; slots];
        self.shift = 64 - slots.trailing_zeros();
        let mask = slots - 1;
        for (id, w) in self.words.iter().enumerate() {
            let mut at = (w.hash >> self.shift) as usize;
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

    /// Every span of a text gets the id of the first span with the same
    /// bytes, whatever its length, alignment or closeness to the end.
    #[test]
    fn equal_texts_and_only_they_share_an_id() {
        let text = "abcdefghабвгдеёжabcdefghабвг Қазақ abcdefgh\u{1F600}abc";
        let spans: Vec<(usize, usize)> = (0..=text.len())
            .filter(|&s| text.is_char_boundary(s))
            .flat_map(|s| {
                (s..=text.len().min(s + 20))
                    .filter(|&e| text.is_char_boundary(e))
                    .map(move |e| (s, e))
            })
            .collect();
        // Starting small makes it grow several times.
        let mut ids = WordIds::new(text, 1);
        let mut firsts: Vec<&str> = Vec::new();
        for &(s, e) in &spans {
            let (id, new) = ids.id(s, e);
            let want = firsts.iter().position(|&f| f == &text[s..e]);
            match want {
                Some(w) => assert_eq!((id as usize, new), (w, false), "{s}..{e}"),
                None => {
                    assert_eq!((id as usize, new), (firsts.len(), true), "{s}..{e}");
                    firsts.push(&text[s..e]);
                }
            }
        }
        assert!(firsts.len() > 100);
    }
}
