//! The text stage: paragraphs, sentences, tokens and offset conversion.

mod block_index;
pub mod cursor;
pub mod letters;
pub mod offsets;
pub mod scan;
pub mod segment;
pub mod token;
pub mod word_answers;

pub use cursor::TokenCursor;
pub use offsets::OffsetMap;
pub use token::{Token, TokenKind};
pub use word_answers::WordAnswers;

use crate::span::Span;
use crate::wordlist::{self, FxHashMap};
use block_index::BlockIndex;

/// The input text cut into paragraphs, sentences and tokens. Later stages read
/// it and never re-tokenise.
pub struct Document<'t> {
    pub text: &'t str,
    pub paragraphs: Vec<Span>,
    /// All sentences of all paragraphs, in order; none crosses a paragraph.
    pub sentences: Vec<Span>,
    /// All tokens of the text, in order.
    pub tokens: Vec<Token>,
    /// Each token's word: tokens of the same text share one id (see
    /// [`Document::word`]).
    word_of: Vec<u32>,
    /// The keys of the distinct words, end to end, in order of first use.
    keys: String,
    /// Where word `w`'s key starts in `keys` (`key_starts[w + 1]`: ends).
    key_starts: Vec<u32>,
    /// Each sentence's tokens, as indices into `tokens` (see
    /// [`Document::sentence_tokens`]).
    sentence_tokens: Vec<(u32, u32)>,
    /// Where [`Document::paragraph_at`] searches.
    paragraph_index: BlockIndex,
}

impl<'t> Document<'t> {
    /// Cuts `text` into paragraphs, sentences and tokens, and makes every
    /// token's key. Texts over 4 GiB are not supported (keys index by u32).
    pub fn new(text: &'t str) -> Self {
        let paragraphs = segment::paragraphs(text);
        // News averages well over 60 bytes a sentence.
        let mut sentences = Vec::with_capacity(text.len() / 64);
        for &p in &paragraphs {
            segment::push_sentences(text, p, &mut sentences);
        }
        let tokens = token::tokenize(text);
        // Sentences and tokens are both in order: one walk finds each
        // sentence's tokens, as `tokens_in` would by searching.
        let mut cursor = TokenCursor::new(&tokens);
        let sentence_tokens = sentences
            .iter()
            .map(|&s| {
                let (from, to) = cursor.range(s);
                (from as u32, to.max(from) as u32)
            })
            .collect();
        let (word_of, keys, key_starts) = words_of(text, &tokens);
        let paragraph_index = BlockIndex::new(&paragraphs, text.len());
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
            word_of,
            keys,
            key_starts,
            sentence_tokens,
            paragraph_index,
        }
    }

    /// The indices of sentence `k`'s tokens (the tokens `tokens_in` gives
    /// for it), found once for all sentences.
    pub fn sentence_tokens(&self, k: usize) -> std::ops::Range<usize> {
        let (from, to) = self.sentence_tokens[k];
        from as usize..to as usize
    }

    /// The [`wordlist::key`] of token `i` (lower case, `ё` as `е`), made
    /// once for the whole text: stages look words up by it without
    /// lower-casing or allocating again.
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        self.word_key(self.word_of[i] as usize)
    }

    /// Token `i`'s word: an id shared by every token of the same text
    /// (case included), below [`Document::word_count`]. Stages keep what
    /// they work out from a word in a table by this id, not by hashing it.
    #[inline]
    pub fn word(&self, i: usize) -> usize {
        self.word_of[i] as usize
    }

    /// The [`Document::word`] ids of tokens `range`.
    pub fn word_ids(&self, range: std::ops::Range<usize>) -> &[u32] {
        &self.word_of[range]
    }

    /// How many distinct token texts the document has.
    #[inline]
    pub fn word_count(&self) -> usize {
        self.key_starts.len() - 1
    }

    /// The key of word `w` (see [`Document::key`]).
    #[inline]
    pub fn word_key(&self, w: usize) -> &str {
        &self.keys[self.key_starts[w] as usize..self.key_starts[w + 1] as usize]
    }

    /// Index of the first token at or after byte `offset` (so `tokens_in`
    /// results can be turned into indices for [`Document::key`]).
    pub fn token_index(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// The tokens inside `span`, found by binary search.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to.max(from)]
    }

    /// Index of the paragraph holding byte `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self
            .paragraph_index
            .first_ending_after(&self.paragraphs, offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then_some(i)
    }
}

/// Each token's word id, and the distinct words' keys: news repeats its
/// words, so each is lower-cased once.
fn words_of(text: &str, tokens: &[Token]) -> (Vec<u32>, String, Vec<u32>) {
    // 1 MB of news of n tokens has about n / 4 distinct ones (short texts
    // more: the map grows).
    let mut ids: FxHashMap<&str, u32> =
        FxHashMap::with_capacity_and_hasher(tokens.len() / 4, Default::default());
    let mut keys = String::with_capacity(text.len() / 4);
    let mut key_starts = vec![0];
    // One-byte tokens (most punctuation, `a`, `I`) by their byte, without
    // hashing: a sixth of the tokens of news.
    let mut byte_ids = [u32::MAX; 128];
    let mut next = 0;
    let word_of = tokens
        .iter()
        .map(|t| {
            let word = t.text(text);
            let id = match word.as_bytes() {
                &[b] if b.is_ascii() => {
                    let id = &mut byte_ids[usize::from(b)];
                    if *id == u32::MAX {
                        *id = next;
                    }
                    *id
                }
                _ => *ids.entry(word).or_insert(next),
            };
            if id == next {
                wordlist::push_key(word, &mut keys);
                key_starts.push(keys.len() as u32);
                next += 1;
            }
            id
        })
        .collect();
    (word_of, keys, key_starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_has_its_key() {
        let doc = Document::new("Пётр ҚАЗАҚ said: «Иә!»\nΟΔΟΣ");
        let keys: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.key(i)).collect();
        assert_eq!(
            keys,
            ["петр", "қазақ", "said", ":", "«", "иә", "!", "»", "οδος"]
        );
        for (i, t) in doc.tokens.iter().enumerate() {
            assert_eq!(doc.key(i), wordlist::key(t.text(doc.text)));
        }
        let second_line = doc.paragraphs[1];
        assert_eq!(doc.token_index(second_line.start), 8);
    }

    #[test]
    fn tokens_of_the_same_text_share_a_word() {
        let doc = Document::new("Алпыс айтты. Алпыс АЙТТЫ, алпыс айтты.");
        let words: Vec<usize> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
        // Алпыс айтты . Алпыс АЙТТЫ , алпыс айтты .
        assert_eq!(words, [0, 1, 2, 0, 3, 4, 5, 1, 2]);
        assert_eq!(doc.word_count(), 6);
        assert_eq!(doc.word_key(3), "айтты");
        assert_eq!(doc.key(6), "алпыс");
        // One-byte tokens are numbered by their byte, in the same count.
        let doc = Document::new("A a, I said. A «a», I.");
        let words: Vec<usize> = (0..doc.tokens.len()).map(|i| doc.word(i)).collect();
        // A a , I said . A « a » , I .
        assert_eq!(words, [0, 1, 2, 3, 4, 5, 0, 6, 1, 7, 2, 3, 5]);
        assert_eq!((doc.word_key(0), doc.word_key(6)), ("a", "«"));
    }

    #[test]
    fn sentence_tokens_are_those_inside_each_sentence() {
        let text = "Бір. Екі үш!\n\n«Төрт» — бес.  Six seven. 👍";
        let doc = Document::new(text);
        assert!(doc.sentences.len() >= 4);
        for (k, &s) in doc.sentences.iter().enumerate() {
            let range = doc.sentence_tokens(k);
            assert_eq!(&doc.tokens[range.clone()], doc.tokens_in(s), "sentence {k}");
            assert_eq!(range.start, doc.token_index(s.start), "sentence {k}");
        }
    }
}
