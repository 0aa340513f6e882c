//! Spans kept in start order, so that the spans overlapping a given one are
//! found by binary search rather than by a scan over them all (a long text
//! has thousands of quotes, and each is checked against the others).

use crate::span::Span;

/// A set of spans (overlapping or not), each with a value, in start order.
pub struct SpanIndex<T> {
    /// Sorted by start; among equal starts, in insertion order.
    spans: Vec<(Span, T)>,
    /// The largest end among `spans[..=i]`: once it is at or before a
    /// span's start, no earlier span can reach into it.
    max_end: Vec<usize>,
}

impl<T> Default for SpanIndex<T> {
    fn default() -> Self {
        SpanIndex {
            spans: Vec::new(),
            max_end: Vec::new(),
        }
    }
}

impl<T> SpanIndex<T> {
    /// Adds `span`. Cheap when spans come in start order (as quotes do);
    /// otherwise the running maxima after it are recomputed.
    pub fn insert(&mut self, span: Span, value: T) {
        let at = self.spans.partition_point(|(s, _)| s.start <= span.start);
        self.spans.insert(at, (span, value));
        self.max_end.truncate(at);
        for i in at..self.spans.len() {
            let end = self.spans[i].0.end;
            let max = self.max_end.last().map_or(end, |&m| m.max(end));
            self.max_end.push(max);
        }
    }

    /// The spans that overlap `span` ([`Span::overlaps`]), with their
    /// values, last start first.
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = &(Span, T)> {
        let before = self.spans.partition_point(|(s, _)| s.start < span.end);
        (0..before)
            .rev()
            .take_while(move |&i| self.max_end[i] > span.start)
            .map(|i| &self.spans[i])
            .filter(move |(s, _)| s.overlaps(span))
    }

    /// Some span overlaps `span`.
    pub fn overlaps(&self, span: Span) -> bool {
        self.overlapping(span).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_overlapping_spans() {
        let spans = [
            (0, 100),
            (5, 10),
            (12, 20),
            (20, 30),
            (40, 40),
            (50, 60),
            (55, 58),
            (70, 75),
        ];
        let mut index = SpanIndex::default();
        // Out of order on purpose: inserting before the end must work too.
        for (i, &(a, b)) in spans.iter().enumerate().rev() {
            index.insert(Span::new(a, b), i);
        }
        for a in 0..110 {
            for b in a..110 {
                let q = Span::new(a, b);
                let mut got: Vec<usize> = index.overlapping(q).map(|&(_, i)| i).collect();
                got.sort();
                let want: Vec<usize> = (0..spans.len())
                    .filter(|&i| Span::new(spans[i].0, spans[i].1).overlaps(q))
                    .collect();
                assert_eq!(got, want, "{q:?}");
                assert_eq!(index.overlaps(q), !want.is_empty());
            }
        }
    }
}
