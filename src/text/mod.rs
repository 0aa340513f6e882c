//! The text stage: paragraphs, sentences, tokens and offset conversion.

pub mod offsets;
pub mod segment;
pub mod token;

pub use offsets::OffsetMap;
pub use token::{Token, TokenKind};

use crate::span::Span;

/// The input text cut into paragraphs, sentences and tokens. Later stages read
/// it and never re-tokenise.
pub struct Document<'t> {
    pub text: &'t str,
    pub paragraphs: Vec<Span>,
    /// All sentences of all paragraphs, in order; none crosses a paragraph.
    pub sentences: Vec<Span>,
    /// All tokens of the text, in order.
    pub tokens: Vec<Token>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        let paragraphs = segment::paragraphs(text);
        let sentences = paragraphs
            .iter()
            .flat_map(|&p| segment::sentences(text, p))
            .collect();
        let tokens = token::tokenize(text);
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
        }
    }

    /// The tokens inside `span`, found by binary search.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to.max(from)]
    }

    /// Index of the paragraph holding byte `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then_some(i)
    }
}
