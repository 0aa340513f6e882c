//! The language stage: Kazakh, Russian or English, per paragraph and for the
//! whole document.
//!
//! Kazakh Cyrillic has nine letters Russian lacks (`әғқңөұүһі`); that, plus a
//! few function words per language, is all this needs. A paragraph that
//! gives no evidence takes the document's language.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::TokenCursor;
use crate::text::{Document, TokenKind};
use crate::wordlist::{self, FxHashMap};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Kk,
    Ru,
    En,
    /// Undetermined (BCP 47 `und`): no letters to judge by.
    Und,
}

/// The language of the whole document and of each of its paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Languages {
    pub document: Lang,
    /// One per `Document::paragraphs` entry.
    pub paragraphs: Vec<Lang>,
}

impl Languages {
    /// The language of the paragraph holding byte `offset`.
    pub fn at(&self, doc: &Document, offset: usize) -> Lang {
        doc.paragraph_at(offset)
            .map_or(self.document, |i| self.paragraphs[i])
    }
}

/// `word` has one of the nine letters Kazakh has and Russian lacks.
pub fn has_kazakh_letters(word: &str) -> bool {
    word.chars().any(is_kazakh_letter)
}

/// `әғқңөұүһі`, either case.
#[inline]
fn is_kazakh_letter(c: char) -> bool {
    matches!(
        c,
        'ә' | 'ғ'
            | 'қ'
            | 'ң'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'һ'
            | 'і'
            | 'Ә'
            | 'Ғ'
            | 'Қ'
            | 'Ң'
            | 'Ө'
            | 'Ұ'
            | 'Ү'
            | 'Һ'
            | 'І'
    )
}

/// Function words of Kazakh, Russian and English: each word's key to
/// the lists holding it, one bit per language in the order of [`Votes`].
struct Stopwords {
    lists_of: FxHashMap<String, u8>,
    /// The longest key, in bytes: longer words are not looked up.
    longest: usize,
}

static STOPWORDS: LazyLock<Stopwords> = LazyLock::new(|| {
    let lists = [
        crate::data_list!("lang/stopwords_kk.txt"),
        crate::data_list!("lang/stopwords_ru.txt"),
        crate::data_list!("lang/stopwords_en.txt"),
    ];
    let mut lists_of = FxHashMap::default();
    for (i, data) in lists.into_iter().enumerate() {
        for word in wordlist::entries(data) {
            *lists_of.entry(wordlist::key(word)).or_insert(0) |= 1 << i;
        }
    }
    let longest = lists_of.keys().map(String::len).max().unwrap_or(0);
    Stopwords { lists_of, longest }
});

/// What the letters of a word say: it has a Kazakh letter, else a Cyrillic
/// one, else it is all Latin letters. Read from the UTF-8 bytes: Cyrillic
/// (U+0400–U+04FF) is exactly the characters whose first byte is D0–D3.
fn script(word: &str) -> (bool, bool, bool) {
    let bytes = word.as_bytes();
    if bytes.iter().all(u8::is_ascii_alphabetic) {
        return (false, false, true);
    }
    let mut cyrillic = false;
    for (i, &b) in bytes.iter().enumerate() {
        if !(0xd0..=0xd3).contains(&b) {
            continue;
        }
        cyrillic = true;
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        // `әғқңөұүһі` and their capitals.
        let kazakh = match b {
            0xd0 => next == 0x86,
            0xd1 => next == 0x96,
            0xd2 => matches!(
                next,
                0x92 | 0x93 | 0x9a | 0x9b | 0xa2 | 0xa3 | 0xae | 0xaf | 0xb0 | 0xb1 | 0xba | 0xbb
            ),
            _ => matches!(next, 0x98 | 0x99 | 0xa8 | 0xa9),
        };
        if kazakh {
            return (true, true, false);
        }
    }
    (false, cyrillic, false)
}

/// Endings of Kazakh words that need no letter Russian lacks and end no
/// Russian word (`баяулайтынын`, `жасалды`, `айтты`, `болатын`).
fn kazakh_ending(key: &str) -> bool {
    const ENDINGS: &[&str] = &["ынын", "тын", "дын", "йды", "тты", "лды"];
    key.chars().count() > 4 && ENDINGS.iter().any(|e| key.ends_with(e))
}

/// Evidence counted over some words: [kk, ru, en], in tenths of a vote
/// (whole numbers: the same sum in any order).
#[derive(Default, Clone, Copy)]
struct Votes([u32; 3]);

impl Votes {
    /// What `word`, whose [`wordlist::key`] is `key`, says.
    fn of_word(word: &str, key: &str) -> Votes {
        let mut votes = Votes::default();
        let stopwords = &*STOPWORDS;
        let lists = if key.len() <= stopwords.longest {
            stopwords.lists_of.get(key).copied().unwrap_or(0)
        } else {
            0
        };
        for i in 0..3 {
            if lists & (1 << i) != 0 {
                votes.0[i] += 10;
            }
        }
        let (kazakh, cyrillic, latin) = script(word);
        if kazakh {
            votes.0[0] += 10;
        } else if cyrillic && lists & 1 == 0 {
            // A Cyrillic word without Kazakh letters leans Russian, weakly:
            // many Kazakh words have none either (a listed Kazakh word, or
            // one with a Kazakh ending, `баяулайтынын`, leans Kazakh).
            votes.0[usize::from(!kazakh_ending(key))] += 3;
        } else if latin {
            votes.0[2] += 3;
        }
        votes
    }

    fn total(&self) -> u32 {
        self.0.iter().sum()
    }

    fn winner(&self) -> Option<Lang> {
        if self.total() < 10 {
            return None;
        }
        // The first of the largest.
        let (best, _) = self
            .0
            .iter()
            .enumerate()
            .fold((0, 0), |acc, (i, &v)| if v > acc.1 { (i, v) } else { acc });
        Some([Lang::Kk, Lang::Ru, Lang::En][best])
    }

    fn merge(&mut self, other: Votes) {
        for i in 0..3 {
            self.0[i] += other.0[i];
        }
    }
}

pub fn detect(doc: &Document) -> Languages {
    let mut whole = Votes::default();
    // Each distinct word is read once (`None`: not yet).
    let mut word_votes: Vec<Option<Votes>> = vec![None; doc.word_count()];
    let mut cursor = TokenCursor::new(&doc.tokens);
    let per_paragraph: Vec<Votes> = doc
        .paragraphs
        .iter()
        .map(|&p| {
            let mut votes = Votes::default();
            let (first, to) = cursor.range(p);
            for (i, t) in doc.tokens[first..to.max(first)].iter().enumerate() {
                if t.kind == TokenKind::Word {
                    let w = doc.word(first + i);
                    let v = *word_votes[w]
                        .get_or_insert_with(|| Votes::of_word(t.text(doc.text), doc.word_key(w)));
                    votes.merge(v);
                }
            }
            whole.merge(votes);
            votes
        })
        .collect();
    let document = whole.winner().unwrap_or(Lang::Und);
    let paragraphs = per_paragraph
        .iter()
        .map(|v| v.winner().unwrap_or(document))
        .collect();
    Languages {
        document,
        paragraphs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(text: &str) -> Languages {
        detect(&Document::new(text))
    }

    #[test]
    fn kazakh_with_russian_caption() {
        let text = "Центр оперативного управления департамента полиции, сурет - Zakon.kz жаңалық\n\
                    Қазақстанда 2025 жылы 70 іс қозғалған. Бұл туралы ол мәлімдеді.\n\
                    Ол кетті.";
        let l = langs(text);
        assert_eq!(l.document, Lang::Kk);
        assert_eq!(l.paragraphs, [Lang::Ru, Lang::Kk, Lang::Kk]);
    }

    #[test]
    fn kazakh_reporting_words_outvote_russian_looking_ones() {
        // One word has a letter Russian lacks; `айтуынша` and `биыл` are Kazakh.
        let l = langs("Тимур Сүлейменовтің айтуынша, инфляция биыл баяулайды.");
        assert_eq!(l.paragraphs, [Lang::Kk]);
        assert_eq!(
            langs("Инфляция в этом году замедлится.").paragraphs,
            [Lang::Ru]
        );
        // No letter Russian lacks at all: the listed `айтты` and the
        // ending of `баяулайтынын` tell.
        assert_eq!(
            langs("Министр инфляция баяулайтынын айтты.").paragraphs,
            [Lang::Kk]
        );
    }

    #[test]
    fn scripts_read_from_bytes_agree_with_chars() {
        let by_chars = |word: &str| {
            let (mut kazakh, mut cyrillic, mut latin) = (false, false, true);
            for c in word.chars() {
                kazakh |= is_kazakh_letter(c);
                cyrillic |= matches!(c, '\u{400}'..='\u{4ff}');
                latin &= c.is_ascii_alphabetic();
            }
            (kazakh, cyrillic && !kazakh, latin && !cyrillic && !kazakh)
        };
        let pick = |(k, c, l): (bool, bool, bool)| (k, c && !k, l && !c && !k);
        for c in (0..=0x800).filter_map(char::from_u32) {
            for word in [format!("{c}"), format!("ab{c}"), format!("ж{c}z")] {
                assert_eq!(pick(script(&word)), by_chars(&word), "{word:?}");
            }
        }
        assert_eq!(pick(script("")), by_chars(""));
        assert_eq!(pick(script("Қазақ")), (true, false, false));
    }

    #[test]
    fn english_and_russian() {
        assert_eq!(
            langs("The minister said that the plan was ready.").document,
            Lang::En
        );
        assert_eq!(langs("Министр заявил, что план готов.").document, Lang::Ru);
        assert_eq!(langs("12 345").document, Lang::Und);
    }
}
