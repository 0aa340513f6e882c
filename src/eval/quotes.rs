//! Quote matching as `score.py` does it: one-to-one, by overlap, and exact
//! boundaries once marks, spaces and end punctuation are trimmed.

use super::docs::QuoteSpan;

/// What `trimmed` strips from both ends of a quote.
const TRIM: &str = " \t\r\n\u{a0}\"'«»“”„‘’‹›.,;:!?…–—-";

/// Python's `text[i]`: negative indices count from the end; `None` where
/// Python would raise.
fn char_at(text: &[char], i: i64) -> Option<char> {
    let len = text.len() as i64;
    let i = if i < 0 { i + len } else { i };
    usize::try_from(i).ok().and_then(|i| text.get(i).copied())
}

/// Python's `text[s:e]` (slices clamp, negative indices count from the end).
pub fn slice(text: &[char], start: i64, end: i64) -> &[char] {
    let len = text.len() as i64;
    let clamp = |i: i64| (if i < 0 { i + len } else { i }).clamp(0, len) as usize;
    let (s, e) = (clamp(start), clamp(end));
    if s < e { &text[s..e] } else { &[] }
}

/// The span without the `TRIM` characters at either end.
pub fn trimmed(text: &[char], mut start: i64, mut end: i64) -> (i64, i64) {
    let trims = |i| char_at(text, i).is_some_and(|c| TRIM.contains(c));
    while start < end && trims(start) {
        start += 1;
    }
    while end > start && trims(end - 1) {
        end -= 1;
    }
    (start, end)
}

/// Pairs (gold index, predicted index) whose overlap covers at least half of
/// both spans, the largest overlaps first. Ties go as Python's
/// `pairs.sort(reverse=True)` on `(overlap, i, j)` sends them: higher indices first.
pub fn match_quotes(gold: &[QuoteSpan], pred: &[QuoteSpan]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            // i128: no overflow whatever offsets a file holds.
            let (gs, ge, ps, pe) = (
                g.start as i128,
                g.end as i128,
                p.start as i128,
                p.end as i128,
            );
            let overlap = ge.min(pe) - gs.max(ps);
            if overlap > 0 && overlap * 2 >= ge - gs && overlap * 2 >= pe - ps {
                pairs.push((overlap, i, j));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| b.cmp(a));
    let mut used_gold = vec![false; gold.len()];
    let mut used_pred = vec![false; pred.len()];
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !used_gold[i] && !used_pred[j] {
            used_gold[i] = true;
            used_pred[j] = true;
            out.push((i, j));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(start: i64, end: i64) -> QuoteSpan {
        QuoteSpan {
            start,
            end,
            kind: None,
            speaker: None,
            speaker_type: None,
            speaker_start: None,
            speaker_end: None,
        }
    }

    #[test]
    fn overlap_must_cover_half_of_both() {
        assert_eq!(match_quotes(&[q(0, 10)], &[q(5, 10)]), [(0, 0)]);
        assert_eq!(match_quotes(&[q(0, 10)], &[q(6, 10)]), []);
        assert_eq!(match_quotes(&[q(0, 4)], &[q(0, 10)]), []);
    }

    #[test]
    fn largest_overlap_first_then_higher_indices() {
        // Both gold quotes overlap the prediction by 5: Python takes gold 1.
        assert_eq!(match_quotes(&[q(0, 10), q(5, 15)], &[q(5, 10)]), [(1, 0)]);
        // Gold 0 overlaps prediction 1 more than prediction 0.
        assert_eq!(match_quotes(&[q(0, 10)], &[q(0, 6), q(0, 9)]), [(0, 1)]);
    }

    #[test]
    fn trims_marks_spaces_and_end_punctuation() {
        let text: Vec<char> = "«Бәрі жақсы», – деді".chars().collect();
        assert_eq!(trimmed(&text, 0, 13), (1, 11));
        assert_eq!(trimmed(&text, 0, 1), (1, 1));
        assert_eq!(trimmed(&text, 30, 40), (30, 40));
        assert_eq!(slice(&text, -4, 100).iter().collect::<String>(), "деді");
    }
}
