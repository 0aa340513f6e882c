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
static ABBREVIATIONS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    wordlist::entries(include_str!("../../data/text/abbreviations.txt")).collect()
});

/// Sentences of one paragraph `para` of `text`, trimmed.
pub fn sentences(text: &str, para: Span) -> Vec<Span> {
    let s = para.slice(text);
    let bytes = s.as_bytes();
    let mut out = Vec::new();
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
            n.is_uppercase()
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
    out
}

/// The index of the first byte from `from` on that may end a sentence
/// (`.`, `!`, `?`, or 0xE2, which leads `…`), or `bytes.len()`. Eight bytes
/// at a time: most of a text ends nothing, and this is the one stage that
/// reads every byte.
fn next_ender(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // High bit set in the bytes of `x` equal to `b`; a false one can only
    // come after a true one, so the lowest set bit is always the first match.
    let equal = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGHS
    };
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let found = equal(x, b'.') | equal(x, b'!') | equal(x, b'?') | equal(x, 0xe2);
        if found != 0 {
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && !matches!(bytes[i], b'.' | b'!' | b'?' | 0xe2) {
        i += 1;
    }
    i
}

/// `Қ` in `Қ. Алпыс`, `Dr` in `Dr. Smith`.
fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
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
    fn enders_are_found_as_a_byte_walk_finds_them() {
        let text = "Алпыс: «Иә?!» — деді… 3.5 млн, т.б. OK! 😀 ‘x’ end";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let walked = (from..bytes.len())
                .find(|&i| matches!(bytes[i], b'.' | b'!' | b'?' | 0xe2))
                .unwrap_or(bytes.len());
            assert_eq!(next_ender(bytes, from), walked, "from {from}");
        }
        // Every byte value, at every position in a chunk of eight.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'a'; 19];
                bytes[at + 3] = b;
                let hit = matches!(b, b'.' | b'!' | b'?' | 0xe2);
                let want = if hit { at + 3 } else { 19 };
                assert_eq!(next_ender(&bytes, 0), want, "byte {b:#x} at {at}");
                assert_eq!(next_ender(&bytes, 2), want, "byte {b:#x} at {at}");
            }
        }
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
