//! Word tokens: runs of letters and digits, with the joiners a word may hold
//! inside it (`ойын-сауық`, `O'Brien`, `3,5`, `26.12.2025`).

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// The first character is upper case: asked of most tokens by several
    /// stages, so found once here.
    starts_upper: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    /// Starts with an upper-case letter (`Алматы`, `ІІМ`, `McDonald`).
    pub fn is_capitalised(&self) -> bool {
        self.kind == TokenKind::Word && self.starts_upper
    }
}

/// A letter, digit or combining mark. ASCII and Cyrillic (most of the text
/// Aitty reads) are answered without searching Unicode's tables.
#[inline]
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        // Cyrillic and Cyrillic Supplement: letters, and marks 483–489;
        // 482 `҂` is a symbol.
        0x400..=0x52f => c != '\u{482}',
        _ => c.is_alphanumeric() || is_mark(c),
    }
}

/// Combining marks stay with the letter they modify (`e\u{301}`).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{483}'..='\u{489}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// A character that joins two word characters into one token.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\'' | '’' | '.' | ',' | '_'
    )
}

/// The char at byte `at` of `text` (a char boundary), `None` at the end;
/// an ASCII one (most spaces and punctuation) without decoding.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// [`BYTE_CLASS`] of an ASCII letter, an ASCII digit, and a lead byte of
/// Cyrillic (D0–D3); other bytes are 0.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const CYRILLIC: u8 = 3;

/// What the tokenizer's inner loop asks of each byte of a word, in one
/// load (two or three range tests a byte were a tenth of its cost).
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            0xd0..=0xd3 => CYRILLIC,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Splits `text` into words, numbers and single punctuation characters;
/// white space is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            tokens.push(Token {
                span: Span::new(start, at),
                kind: TokenKind::Punct,
                starts_upper: false,
            });
            continue;
        }
        let mut end = at;
        let mut all_digits = c.is_ascii_digit();
        // Most word characters are ASCII letters and digits or two-byte
        // Cyrillic letters (lead bytes D0–D3; D2 82 is the symbol `҂`):
        // those are read from the bytes.
        while let Some(&b) = bytes.get(end) {
            match BYTE_CLASS[usize::from(b)] {
                LETTER => {
                    all_digits = false;
                    end += 1;
                    continue;
                }
                DIGIT => {
                    end += 1;
                    continue;
                }
                // A lead byte is always followed by its continuation byte.
                CYRILLIC if b != 0xd2 || bytes[end + 1] != 0x82 => {
                    all_digits = false;
                    end += 2;
                    continue;
                }
                _ => {}
            }
            let Some(n) = char_at(text, end) else {
                break;
            };
            if is_word_char(n) {
                all_digits &= n.is_ascii_digit();
                end += n.len_utf8();
            } else if is_joiner(n) {
                // A joiner counts only between two word characters, and
                // `.`/`,` only between digits (`3,5`, `26.12.2025`).
                let after = char_at(text, end + n.len_utf8());
                let digit_joiner = matches!(n, '.' | ',');
                let joins = match after {
                    Some(a) if digit_joiner => all_digits && a.is_ascii_digit(),
                    Some(a) => is_word_char(a),
                    None => false,
                };
                if !joins {
                    break;
                }
                end += n.len_utf8();
            } else {
                break;
            }
        }
        at = end;
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
            starts_upper: super::letters::is_upper(c),
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn kazakh_hyphens_and_apostrophes() {
        assert_eq!(
            words("ойын-сауық орындарының, O'Brien's «сөз»."),
            [
                "ойын-сауық",
                "орындарының",
                ",",
                "O'Brien's",
                "«",
                "сөз",
                "»",
                "."
            ]
        );
    }

    #[test]
    fn numbers_with_separators() {
        let text = "26.12.2025 11:08, 3,5 млн. Done.";
        assert_eq!(
            words(text),
            [
                "26.12.2025",
                "11",
                ":",
                "08",
                ",",
                "3,5",
                "млн",
                ".",
                "Done",
                "."
            ]
        );
        assert_eq!(tokenize(text)[0].kind, TokenKind::Number);
    }

    /// The byte test inside a word agrees with [`is_word_char`] for every
    /// char up to U+0600 (ASCII, Latin, Cyrillic and its supplement, `҂`).
    #[test]
    fn bytes_inside_a_word_agree_with_chars() {
        for c in (0..=0x600).filter_map(char::from_u32) {
            let text = format!("Жа{c}b");
            let want: Vec<String> = if is_word_char(c) {
                vec![text.clone()]
            } else if c.is_whitespace() {
                vec!["Жа".into(), "b".into()]
            } else if is_joiner(c) && !matches!(c, '.' | ',') {
                vec![text.clone()] // a joiner between two word chars
            } else {
                vec!["Жа".into(), c.to_string(), "b".into()]
            };
            assert_eq!(words(&text), want, "U+{:04X}", c as u32);
            let kinds: Vec<TokenKind> = tokenize(&text).iter().map(|t| t.kind).collect();
            assert_eq!(kinds[0], TokenKind::Word, "U+{:04X}", c as u32);
        }
        assert_eq!(tokenize("12ж")[0].kind, TokenKind::Word);
        assert_eq!(tokenize("1234")[0].kind, TokenKind::Number);
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in (0..=0x600).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_mark(c),
                "U+{:04X}",
                c as u32
            );
        }
        assert_eq!(words("a\u{b}b\u{c}c\u{a0}d"), ["a", "b", "c", "d"]);
    }

    #[test]
    fn combining_marks_stay_in_the_word() {
        assert_eq!(words("cafe\u{301} 👍 ok"), ["cafe\u{301}", "👍", "ok"]);
    }
}
