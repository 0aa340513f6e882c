//! The language stage: Kazakh, Russian or English, per paragraph and for the
//! whole document.
//!
//! Kazakh Cyrillic has nine letters Russian lacks (`әғқңөұүһі`); that, plus a
//! few function words per language, is all this needs. A paragraph that
//! gives no evidence takes the document's language.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

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
static STOPWORDS: LazyLock<FxHashMap<String, u8>> = LazyLock::new(|| {
    let lists = [
        include_str!("../data/lang/stopwords_kk.txt"),
        include_str!("../data/lang/stopwords_ru.txt"),
        include_str!("../data/lang/stopwords_en.txt"),
    ];
    let mut map = FxHashMap::default();
    for (i, data) in lists.into_iter().enumerate() {
        for word in wordlist::entries(data) {
            *map.entry(wordlist::key(word)).or_insert(0) |= 1 << i;
        }
    }
    map
});

/// Evidence counted over some words: [kk, ru, en].
#[derive(Default, Clone, Copy)]
struct Votes([f32; 3]);

impl Votes {
    /// Counts `word`, whose [`wordlist::key`] is `key`.
    fn add_word(&mut self, word: &str, key: &str) {
        let (mut kazakh, mut cyrillic, mut latin) = (false, false, true);
        for c in word.chars() {
            kazakh |= is_kazakh_letter(c);
            cyrillic |= matches!(c, '\u{400}'..='\u{4ff}');
            latin &= c.is_ascii_alphabetic();
        }
        if kazakh {
            self.0[0] += 1.0;
        } else if cyrillic {
            // A Cyrillic word without Kazakh letters leans Russian, weakly:
            // many Kazakh words have none either.
            self.0[1] += 0.3;
        } else if latin {
            self.0[2] += 0.3;
        }
        if let Some(&lists) = STOPWORDS.get(key) {
            for i in 0..3 {
                if lists & (1 << i) != 0 {
                    self.0[i] += 1.0;
                }
            }
        }
    }

    fn total(&self) -> f32 {
        self.0.iter().sum()
    }

    fn winner(&self) -> Option<Lang> {
        if self.total() < 1.0 {
            return None;
        }
        let (best, _) =
            self.0.iter().enumerate().fold(
                (0, f32::MIN),
                |acc, (i, &v)| if v > acc.1 { (i, v) } else { acc },
            );
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
    let per_paragraph: Vec<Votes> = doc
        .paragraphs
        .iter()
        .map(|&p| {
            let mut votes = Votes::default();
            let first = doc.token_index(p.start);
            for (i, t) in doc.tokens_in(p).iter().enumerate() {
                if t.kind == TokenKind::Word {
                    votes.add_word(t.text(doc.text), doc.key(first + i));
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
    fn english_and_russian() {
        assert_eq!(
            langs("The minister said that the plan was ready.").document,
            Lang::En
        );
        assert_eq!(langs("Министр заявил, что план готов.").document, Lang::Ru);
        assert_eq!(langs("12 345").document, Lang::Und);
    }
}
