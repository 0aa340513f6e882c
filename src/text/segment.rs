//! Paragraphs and sentences.
//!
//! A paragraph is a non-blank line: news copied from the web puts a caption,
//! a dateline or a paragraph on each line. Sentences end at `.`, `!`, `?` or
//! `…` followed by white space and a capital letter, a digit, a quote mark or
//! a dash, except after an initial (`Қ. Алпыс`) or a short abbreviation.

use std::sync::LazyLock;

use crate::span::Span;
use crate::wordlist::{self, FxHashSet};

/// Each non-blank line of `text`, without its surrounding white space.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(start, start + line.len()).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
        start += line.len();
    }
    out
}

/// Abbreviations after which a full stop does not end a sentence
/// (`Dr. Smith`, `млн. теңге`, `т.б. деп`).
static ABBREVIATIONS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| wordlist::entries(crate::data_list!("text/abbreviations.txt")).collect());

/// Sentences of one paragraph `para` of `text`, trimmed.
pub fn sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    push_sentences(text, para, &mut out);
    out
}

/// Appends [`sentences`]`(text, para)` to `out`: the document collects
/// every paragraph's sentences into one list, without a list per paragraph.
pub fn push_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let s = para.slice(text);
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    // Scans bytes, not chars: the enders are ASCII or start with 0xE2, a byte
    // that only ever leads a UTF-8 sequence.
    loop {
        i = next_ender(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            0xe2 if s[i..].starts_with('…') => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        let at = i;
        // Take closing marks that belong to the sentence: `...деді.»`, `?!`.
        let mut end = at + c.len_utf8();
        for n in s[end..].chars() {
            if !matches!(n, '.' | '!' | '?' | '…' | '»' | '"' | '”' | '’' | ')') {
                break;
            }
            end += n.len_utf8();
        }
        i = end;
        let rest = &s[end..];
        let next = rest.trim_start();
        if next.len() == rest.len() || next.is_empty() {
            continue; // no white space after: `3.5`, `Zakon.kz`, or the end
        }
        let opens = next.chars().next().is_some_and(|n| {
            super::letters::is_upper(n)
                || n.is_ascii_digit()
                || matches!(n, '«' | '"' | '“' | '„' | '–' | '—' | '-' | '(')
        });
        if !opens || (c == '.' && ends_with_abbreviation(&s[start..at])) {
            continue;
        }
        out.push(Span::new(para.start + start, para.start + end).trim(text));
        start = end;
    }
    let last = Span::new(para.start + start, para.end).trim(text);
    if !last.is_empty() {
        out.push(last);
    }
}

/// The index of the first byte from `from` on that may end a sentence
/// (`.`, `!`, `?`, or 0xE2, which leads `…`), or `bytes.len()`.
fn next_ender(bytes: &[u8], from: usize) -> usize {
    super::scan::next_of(bytes, from, [b'.', b'!', b'?', 0xe2])
}

/// `Қ` in `Қ. Алпыс`, `Dr` in `Dr. Smith`.
fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !super::letters::is_alphanumeric(c) && c != '.')
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if super::letters::is_upper(c));
    single_capital || ABBREVIATIONS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .flat_map(|p| sentences(text, p))
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn lines_are_paragraphs() {
        let text = " date\nОқиғалар\n\n  Бір. Екі.\r\n";
        let p: Vec<_> = paragraphs(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(p, ["date", "Оқиғалар", "Бір. Екі."]);
    }

    #[test]
    fn sentences_respect_initials_and_numbers() {
        assert_eq!(
            sentence_texts("Қ. Алпыс 3.5 млн. теңге деді. Ол кетті! «Иә», – деді."),
            [
                "Қ. Алпыс 3.5 млн. теңге деді.",
                "Ол кетті!",
                "«Иә», – деді."
            ]
        );
        assert_eq!(
            sentence_texts("Wait… Then. Ok?! «Иә.» Done"),
            ["Wait…", "Then.", "Ok?!", "«Иә.»", "Done"]
        );
        assert_eq!(
            sentence_texts("He said: \"Go.\" Then left."),
            ["He said: \"Go.\"", "Then left."]
        );
    }
}
