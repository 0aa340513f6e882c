//! A walk over the tokens of spans asked about in text order.

use crate::span::Span;
use crate::text::Token;

/// The tokens of spans asked about in text order (sentences, paragraphs),
/// found by walking forward over the tokens rather than by two binary
/// searches per span: on a long text those searches missed the cache.
pub struct TokenCursor<'d> {
    tokens: &'d [Token],
    last: Span,
    from: usize,
    to: usize,
}

impl<'d> TokenCursor<'d> {
    pub fn new(tokens: &'d [Token]) -> Self {
        TokenCursor {
            tokens,
            last: Span::default(),
            from: 0,
            to: 0,
        }
    }

    /// The first token starting at or after `span.start`, and the first
    /// token ending after `span.end` (as [`Words::at`] and
    /// [`Words::before`]). A span before the last one asked about is
    /// found by binary search.
    pub fn range(&mut self, span: Span) -> (usize, usize) {
        let t = self.tokens;
        if span.start < self.last.start || span.end < self.last.end {
            self.from = t.partition_point(|x| x.span.start < span.start);
            self.to = t.partition_point(|x| x.span.end <= span.end);
        } else {
            // Tokens before `to` end by the last span's end: when this span
            // starts there or later (the next sentence), they all start
            // before it, and are not walked again.
            if span.start >= self.last.end {
                self.from = self.from.max(self.to);
            }
            while self.from < t.len() && t[self.from].span.start < span.start {
                self.from += 1;
            }
            while self.to < t.len() && t[self.to].span.end <= span.end {
                self.to += 1;
            }
        }
        self.last = span;
        (self.from, self.to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spans in order, touching, overlapping, nested and going back, give
    /// what two binary searches give.
    #[test]
    fn walks_agree_with_searching() {
        let text = "Бір екі. Үш, төрт бес! Six seven eight. Тоғыз он.";
        let tokens = crate::text::token::tokenize(text);
        let mut cursor = TokenCursor::new(&tokens);
        let spans = [
            (0, 14),
            (14, 15),
            (15, 38),
            (19, 29),
            (38, 55),
            (41, 55),
            (0, 7),
            (55, 71),
        ];
        for (start, end) in spans {
            let span = Span::new(start, end);
            let want = (
                tokens.partition_point(|t| t.span.start < span.start),
                tokens.partition_point(|t| t.span.end <= span.end),
            );
            assert_eq!(cursor.range(span), want, "{span:?}");
        }
    }
}
