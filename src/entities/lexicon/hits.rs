//! What the lexicons say of one token, as flags: features for a learned
//! tagger beside the rules (`hits("Алматыдағы", Lang::Kk).place()`).
//! Each look-up takes the word's inflection off first, as the rules do.

use super::{FUNCTION_WORDS, NOT_NAMES, ORGS, PLACES, is_org_trigger, key, loc_trigger};
use crate::entities::canonical;
use crate::entities::word_clues::{has_surname_ending, is_first_name, is_title_word};
use crate::language::Lang;

/// The lexicon hits of one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hits(u16);

const PLACE: u16 = 1;
const ORG: u16 = 1 << 1;
const FIRST_NAME: u16 = 1 << 2;
const SURNAME_ENDING: u16 = 1 << 3;
const TITLE: u16 = 1 << 4;
const ORG_TRIGGER: u16 = 1 << 5;
const LOC_TRIGGER: u16 = 1 << 6;
const NOT_NAME: u16 = 1 << 7;
const FUNCTION_WORD: u16 = 1 << 8;

impl Hits {
    /// A known place (GeoNames, CLDR, the hand list): `Алматыдағы`, `Москве`.
    pub fn place(self) -> bool {
        self.0 & PLACE != 0
    }
    /// A known organisation or acronym: `ІІМ`, `NATO`.
    pub fn org(self) -> bool {
        self.0 & ORG != 0
    }
    /// A first name, inflected or not: `Юрия`, `Қуандыққа`, `John`.
    pub fn first_name(self) -> bool {
        self.0 & FIRST_NAME != 0
    }
    /// A surname or patronymic ending: `-ов`, `-ұлы`, `-ович`.
    pub fn surname_ending(self) -> bool {
        self.0 & SURNAME_ENDING != 0
    }
    /// A title or post before a name: `министр`, `Президенті`.
    pub fn title(self) -> bool {
        self.0 & TITLE != 0
    }
    /// A word naming a kind of organisation: `министрлігіне`, `Ministry`.
    pub fn org_trigger(self) -> bool {
        self.0 & ORG_TRIGGER != 0
    }
    /// A word after a place name: `облысының`, `области`.
    pub fn loc_trigger(self) -> bool {
        self.0 & LOC_TRIGGER != 0
    }
    /// A capitalised word that is no name (sentence openers, weekdays).
    pub fn not_name(self) -> bool {
        self.0 & NOT_NAME != 0
    }
    /// A function word of kk/ru/en.
    pub fn function_word(self) -> bool {
        self.0 & FUNCTION_WORD != 0
    }
    /// All flags as bits, for hashing into feature ids.
    pub fn bits(self) -> u16 {
        self.0
    }
}

/// The lexicon hits of `word` in a text of language `lang`.
pub fn hits(word: &str, lang: Lang) -> Hits {
    let k = key(word);
    let canon = key(&canonical(word, lang));
    let flags = [
        (
            PLACES.contains_key(&canon) || PLACES.contains_key(&k),
            PLACE,
        ),
        (ORGS.contains_key(&canon) || ORGS.contains_key(&k), ORG),
        (is_first_name(word, lang), FIRST_NAME),
        (has_surname_ending(word, lang), SURNAME_ENDING),
        (is_title_word(word, lang), TITLE),
        (is_org_trigger(word), ORG_TRIGGER),
        (loc_trigger(word).is_some(), LOC_TRIGGER),
        (NOT_NAMES.contains(&k), NOT_NAME),
        (FUNCTION_WORDS.contains(&k), FUNCTION_WORD),
    ];
    Hits(
        flags
            .iter()
            .filter(|(hit, _)| *hit)
            .fold(0, |acc, (_, f)| acc | f),
    )
}

/// A known place, its inflection taken off (`Алматыдағы`, `Москве`).
pub fn place_hit(word: &str, lang: Lang) -> bool {
    hits(word, lang).place()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_words_hit_their_lists() {
        assert!(place_hit("Алматыдағы", Lang::Kk));
        assert!(place_hit("Москве", Lang::Ru));
        assert!(!place_hit("мектепте", Lang::Kk));
        let h = hits("Юрия", Lang::Ru);
        assert!(h.first_name() && !h.place());
        assert!(hits("министрлігіне", Lang::Kk).org_trigger());
        assert!(hits("облысының", Lang::Kk).loc_trigger());
        assert!(hits("Назарбаевтың", Lang::Kk).surname_ending());
        assert!(hits("Президенті", Lang::Kk).title());
        assert!(hits("ІІМ", Lang::Kk).org());
        assert_eq!(hits("жақсы", Lang::Kk), Hits::default());
    }
}
