//! Byte spans: the one unit of position inside the core.
//!
//! Every stage works in UTF-8 byte offsets into the original text; code points
//! (JSON) are computed once, at the edge, by
//! [`crate::text::offsets`].

/// A half-open range `start..end` of UTF-8 byte offsets into the input text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers. Panics if the span is not on char boundaries,
    /// which would be a bug in the stage that made it.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span with leading and trailing characters matching `strip` removed.
    pub fn trim_by(&self, text: &str, strip: impl Fn(char) -> bool) -> Span {
        let s = self.slice(text);
        let trimmed_start = s.trim_start_matches(&strip);
        let start = self.start + (s.len() - trimmed_start.len());
        let trimmed = trimmed_start.trim_end_matches(&strip);
        Span::new(start, start + trimmed.len())
    }

    /// The span without surrounding white space.
    pub fn trim(&self, text: &str) -> Span {
        self.trim_by(text, char::is_whitespace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_char_boundaries() {
        let text = " «Сәлем» ";
        let span =
            Span::new(0, text.len()).trim_by(text, |c| c.is_whitespace() || c == '«' || c == '»');
        assert_eq!(span.slice(text), "Сәлем");
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 10)));
        assert!(!a.contains(Span::new(2, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
    }
}
