//! A set of a text's bytes, one bit each: which bytes the entities kept so
//! far cover, so [`super::resolve`] asks "is any byte of this span taken?"
//! with a few word reads instead of a search tree.

pub struct ByteSet {
    words: Vec<u64>,
}

impl ByteSet {
    /// An empty set for bytes `0..len`.
    pub fn new(len: usize) -> Self {
        ByteSet {
            words: vec![0; len.div_ceil(64)],
        }
    }

    /// Adds bytes `start..end` (inside the set's range) if none is in the
    /// set yet; says whether it did.
    pub fn insert_if_free(&mut self, start: usize, end: usize) -> bool {
        if start >= end {
            return true;
        }
        let (first, last) = (start / 64, (end - 1) / 64);
        let mask = |w: usize| {
            let from = if w == first { start % 64 } else { 0 };
            let to = if w == last { (end - 1) % 64 + 1 } else { 64 };
            (u64::MAX >> (64 - (to - from))) << from
        };
        if (first..=last).any(|w| self.words[w] & mask(w) != 0) {
            return false;
        }
        for w in first..=last {
            self.words[w] |= mask(w);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agrees with a plain list of spans on every short span of a small
    /// text, inserted in a scrambled order.
    #[test]
    fn inserts_only_spans_that_overlap_none_kept() {
        let len = 200;
        let mut spans: Vec<(usize, usize)> = (0..len)
            .flat_map(|s| [1, 2, 5, 63, 64, 65, 130].map(|n| (s, (s + n).min(len))))
            .collect();
        // A fixed shuffle: multiply the index by a number prime to the count.
        let n = spans.len();
        spans = (0..n).map(|k| spans[(k * 7919) % n]).collect();
        let mut set = ByteSet::new(len);
        let mut kept: Vec<(usize, usize)> = Vec::new();
        let mut inserted = 0;
        for (s, e) in spans {
            let free = kept.iter().all(|&(a, b)| b <= s || e <= a);
            assert_eq!(set.insert_if_free(s, e), free, "{s}..{e}");
            if free {
                kept.push((s, e));
                inserted += 1;
            }
        }
        assert!(inserted > 5, "{inserted}");
        // Every byte ends up covered, and by exactly one kept span.
        for b in 0..len {
            assert_eq!(
                kept.iter().filter(|&&(s, e)| s <= b && b < e).count(),
                1,
                "{b}"
            );
        }
    }

    #[test]
    fn spans_ending_at_a_word_boundary() {
        let mut set = ByteSet::new(128);
        assert!(set.insert_if_free(0, 64));
        assert!(set.insert_if_free(64, 128));
        assert!(!set.insert_if_free(63, 65));
        assert!(set.insert_if_free(5, 5));
    }
}
