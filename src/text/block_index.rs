//! Where a search over spans in order may begin and end: for each block of
//! 128 bytes of the text, the first span that ends past the block's start.
//! The stages ask which paragraph holds an offset for every sentence and
//! every name; a binary search over the thousands of paragraphs of a long
//! text was 4 % of `annotate()` on 1 MB of English in wasm.

use crate::span::Span;

/// Bytes per block, as a shift: a news paragraph is a few hundred bytes,
/// so a block's range holds one or two.
const SHIFT: u32 = 7;

pub struct BlockIndex {
    /// Per block `b`, the index of the first span ending after `b << SHIFT`;
    /// one more entry than there are blocks, so every block has an end.
    first: Vec<u32>,
}

impl BlockIndex {
    /// The index of `spans` (in order, none overlapping) of a text of
    /// `text_len` bytes.
    pub fn new(spans: &[Span], text_len: usize) -> Self {
        let blocks = (text_len >> SHIFT) + 1;
        let mut first = Vec::with_capacity(blocks + 1);
        let mut i = 0;
        for b in 0..=blocks {
            let start = b << SHIFT;
            while i < spans.len() && spans[i].end <= start {
                i += 1;
            }
            first.push(i as u32);
        }
        BlockIndex { first }
    }

    /// The index of the first of `spans` (those the index was made of) that
    /// ends after `offset`, or `spans.len()`: what
    /// `spans.partition_point(|s| s.end <= offset)` answers, searched
    /// within the spans of `offset`'s block.
    #[inline]
    pub fn first_ending_after(&self, spans: &[Span], offset: usize) -> usize {
        let b = offset >> SHIFT;
        let (Some(&from), Some(&to)) = (self.first.get(b), self.first.get(b + 1)) else {
            // Past the text.
            return spans.partition_point(|s| s.end <= offset);
        };
        // The span `to` ends past the next block's start, so past `offset`.
        let (from, to) = (from as usize, (to as usize + 1).min(spans.len()));
        from + spans[from..to].partition_point(|s| s.end <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans of every length from 0 to 300 bytes with gaps of 0 to 3,
    /// over a text long enough for many blocks, and none at all.
    #[test]
    fn answers_as_a_binary_search_over_all_spans() {
        let mut layouts: Vec<Vec<Span>> = vec![Vec::new()];
        for step in [1, 2, 3, 7, 64, 127, 128, 129, 300] {
            let mut spans = Vec::new();
            let mut at = 5;
            let mut k = 0;
            while at < 3_000 {
                let len = (step + k * 13) % 301;
                spans.push(Span::new(at, at + len));
                at += len + k % 4;
                k += 1;
            }
            layouts.push(spans);
        }
        for spans in &layouts {
            let text_len = spans.last().map_or(0, |s| s.end + 17);
            let index = BlockIndex::new(spans, text_len);
            for offset in 0..text_len + 400 {
                assert_eq!(
                    index.first_ending_after(spans, offset),
                    spans.partition_point(|s| s.end <= offset),
                    "offset {offset} of {} spans",
                    spans.len()
                );
            }
        }
    }
}
