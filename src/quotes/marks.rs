//! Quotation-mark pairing within one paragraph.
//!
//! Directional marks (`« »`, `„ “`, `“ ”`, `‹ ›`, `‘ ’`) pair by kind; straight
//! marks (`"`, `'`) open after a space or opening punctuation and close
//! before one. Only outermost pairs are kept (nested quotes are part of their
//! host). A mark left open runs to the end of the paragraph, a closing mark
//! with no opener runs from its start — never further, so broken input cannot
//! swallow an article.

use crate::span::Span;

/// An outermost quoted stretch of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked {
    pub open: Option<Span>,
    pub close: Option<Span>,
    /// Between the marks, trimmed of white space.
    pub content: Span,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// Characters before which a straight mark may open.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{«„“‘–—-:/".contains(c))
}

/// Characters before which a straight mark may close.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || ".,;:!?…)]}»”’–—-/".contains(c))
}

/// The role of the mark `c`, given its neighbours and the marks open so far.
fn role(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &[(char, usize, usize)],
) -> Option<Role> {
    let open_kinds = |set: &str| stack.iter().any(|&(k, _, _)| set.contains(k));
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match c {
        // `«—` or `« ` while one is open: a mistyped closing mark.
        '«' if next.is_none_or(|n| n.is_whitespace() || "–—-".contains(n)) && open_kinds("«") => {
            Some(Role::Close)
        }
        '«' | '‹' | '„' => Some(Role::Open),
        '»' | '›' => Some(Role::Close),
        '“' if open_kinds("„") => Some(Role::Close),
        '“' => Some(Role::Open),
        '”' if opens_after(prev) && letter(next) && !open_kinds("“„") => Some(Role::Open),
        '”' => Some(Role::Close),
        '‘' if letter(prev) && letter(next) => None,
        '‘' => Some(Role::Open),
        '’' if letter(prev) && letter(next) => None,
        '’' if open_kinds("‘'") => Some(Role::Close),
        '"' if prev.is_some_and(|p| p.is_ascii_digit()) => None, // 17" wheels
        '"' => {
            let can_open = opens_after(prev) && !next.is_none_or(char::is_whitespace);
            let can_close = closes_before(next) && !prev.is_none_or(char::is_whitespace);
            match (can_open, can_close) {
                (true, true) if open_kinds("\"") => Some(Role::Close),
                (true, _) => Some(Role::Open),
                (_, true) => Some(Role::Close),
                _ => None,
            }
        }
        '\'' if letter(prev) && letter(next) => None, // don't, O'Brien
        '\'' if opens_after(prev) && letter(next) => Some(Role::Open),
        '\'' if open_kinds("'") && closes_before(next) => Some(Role::Close),
        _ => None,
    }
}

/// The opening marks a closing mark `c` can pair with.
fn partners(c: char) -> &'static str {
    match c {
        '»' | '«' => "«",
        '›' => "‹",
        '“' => "„",
        '”' => "“„\"",
        '’' => "‘'",
        '"' => "\"“",
        '\'' => "'‘",
        _ => "",
    }
}

/// Straight single marks and `‹`/`‘` are too often stray to open a quote
/// that is never closed.
fn strong(c: char) -> bool {
    matches!(c, '«' | '„' | '“' | '"' | '»' | '”')
}

/// The characters [`role`] gives a role to: the quotation marks
/// ([`crate::quotes::words::MARKS`]), matched without searching a string
/// (asked at every byte the scan stops at).
fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '«' | '»' | '‹' | '›' | '„' | '“' | '”' | '‘' | '’' | '"' | '\''
    )
}

/// Where the next character at or after byte `from` of `s` may be a mark:
/// `"`, `'`, or a character whose UTF-8 starts as the others' do (`C2` for
/// `«»`, `E2` for the rest).
fn next_mark(s: &str, from: usize) -> Option<usize> {
    let at = crate::text::scan::next_of(s.as_bytes(), from, [b'"', b'\'', 0xc2, 0xe2]);
    (at < s.len()).then_some(at)
}

/// The outermost quoted stretches of paragraph `para` of `text`.
pub fn find(text: &str, para: Span) -> Vec<Marked> {
    let s = para.slice(text);
    let mut out: Vec<Marked> = Vec::new();
    // Open marks: the kind (`''` counts as `"`), where, and how long.
    let mut stack: Vec<(char, usize, usize)> = Vec::new();
    // Only marks have a role: the text is searched for them byte by byte
    // and the characters around each read when one is found. `prev` is the
    // mark before when it is right before (it may be `''` read as `"`).
    let mut last: Option<(usize, char)> = None;
    let mut from = 0;
    while let Some(i) = next_mark(s, from) {
        let mut c = s[i..].chars().next().expect("a char starts at a mark");
        let mut len = c.len_utf8();
        from = i + len;
        if !is_mark_char(c) {
            continue;
        }
        let prev = match last {
            Some((end, mark)) if end == i => Some(mark),
            _ => s[..i].chars().next_back(),
        };
        // `''...''`: doubled apostrophes some archives write for `"`.
        if c == '\'' && s[from..].starts_with('\'') {
            c = '"';
            len = 2;
            from = i + len;
        }
        last = Some((from, c));
        let at = para.start + i;
        let next = s[from..].chars().next();
        let mark = Span::new(at, at + len);
        match role(c, prev, next, &stack) {
            Some(Role::Open) => stack.push((c, at, len)),
            Some(Role::Close) => {
                let set = partners(c);
                if let Some(k) = stack.iter().rposition(|&(o, _, _)| set.contains(o)) {
                    let (_, open_at, open_len) = stack[k];
                    stack.truncate(k);
                    if stack.is_empty() {
                        let open = Span::new(open_at, open_at + open_len);
                        out.push(Marked {
                            open: Some(open),
                            close: Some(mark),
                            content: Span::new(open.end, mark.start).trim(text),
                        });
                    }
                } else if stack.is_empty() && strong(c) {
                    // Closed but never opened: the paragraph up to here,
                    // taking in any pairs before it (`«Рухани» негізі тиіс»`).
                    // A stray `»` after a sentence has ended since the last
                    // pair reaches back to that sentence end only: `«A», –
                    // деді ол. B»` keeps its quote.
                    let last_close = out
                        .last()
                        .and_then(|m| m.close)
                        .map_or(para.start, |c| c.end);
                    let sentence_end = (c == '»' && !out.is_empty())
                        .then(|| {
                            text[last_close..mark.start]
                                .char_indices()
                                .rfind(|&(_, c)| ".!?…".contains(c))
                        })
                        .flatten()
                        .map(|(i, end)| last_close + i + end.len_utf8());
                    let from = sentence_end.unwrap_or_else(|| {
                        out.clear();
                        para.start
                    });
                    let content = Span::new(from, mark.start)
                        .trim_by(text, |c| c.is_whitespace() || "–—-«„“\"".contains(c));
                    if !content.is_empty() {
                        out.push(Marked {
                            open: None,
                            close: Some(mark),
                            content,
                        });
                    }
                }
            }
            None => {}
        }
    }
    if let Some(&(c, open_at, open_len)) = stack.first()
        && strong(c)
    {
        let open = Span::new(open_at, open_at + open_len);
        let content = Span::new(open.end, para.end).trim(text);
        if !content.is_empty() {
            out.push(Marked {
                open: Some(open),
                close: None,
                content,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_chars_are_the_listed_ones() {
        for c in "«»‹›„“”‘’\"'`´–—-.,!?()[]{}".chars() {
            assert_eq!(
                is_mark_char(c),
                crate::quotes::words::MARKS.contains(c),
                "{c}"
            );
        }
    }

    fn contents(text: &str) -> Vec<&str> {
        find(text, Span::new(0, text.len()))
            .iter()
            .map(|m| m.content.slice(text))
            .collect()
    }

    #[test]
    fn pairs_and_nesting() {
        assert_eq!(contents("«Бір «екі» үш», – деді."), ["Бір «екі» үш"]);
        assert_eq!(contents("He said \"go\" and 'stay'."), ["go", "stay"]);
        assert_eq!(contents("„Ja“ und „nein“"), ["Ja", "nein"]);
        assert_eq!(contents("''Бәрі дайын'', – деді."), ["Бәрі дайын"]);
        assert_eq!(contents("‹Иә› және ‘yes’"), ["Иә", "yes"]);
        assert_eq!(contents("“Yes,” she said, “no.”"), ["Yes,", "no."]);
    }

    #[test]
    fn marks_next_to_marks() {
        assert_eq!(contents("''«Иә»''"), ["«Иә»"]);
        assert_eq!(contents("«'Жоқ' деді»"), ["'Жоқ' деді"]);
        // A closing `''` with no opener: the paragraph up to it.
        assert_eq!(contents("x'''y z''"), ["x'''y z"]);
    }

    #[test]
    fn apostrophes_and_inches_are_not_marks() {
        assert!(contents("don't, O'Brien, 17\" or 16\" wheels").is_empty());
        assert!(contents("the world ’s best").is_empty());
    }

    #[test]
    fn unbalanced_marks_stay_in_the_paragraph() {
        assert_eq!(
            contents("\"Open and never closed."),
            ["Open and never closed."]
        );
        assert_eq!(contents("Closed only.\" Then"), ["Closed only."]);
        assert_eq!(
            contents("«Рухани» негізі тиіс», – деді."),
            ["Рухани» негізі тиіс"]
        );
        assert_eq!(contents("Ол: «Бұл қарайды, «— деді."), ["Бұл қарайды,"]);
        assert_eq!(
            contents("«Мы готовы», — сказал он. А потом» ушёл."),
            ["Мы готовы", "А потом"]
        );
    }
}
