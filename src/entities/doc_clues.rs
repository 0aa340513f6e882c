//! The word clues the name rules ask of a document's words, kept per
//! distinct word ([`Document::word`]) for the whole document: the rules ask
//! about the same words many times, and an array is quicker than hashing
//! the word each time. A word's first asking in a document reads what
//! earlier documents learnt of it, all clues with one look-up.

use std::cell::RefCell;

use super::lexicon::{self, FxMap, PlaceWord};
use super::word_clues::{
    has_surname_ending, is_first_name, is_occupation, is_state_word, is_title_word,
};
use super::{EntityType, kk_morph, names};
use crate::language::Lang;
use crate::text::{Document, WordAnswers};

/// A yes-or-no clue; those of a language take one slot per [`Lang`].
#[derive(Clone, Copy)]
pub(super) enum Clue {
    FirstName = 0,
    SurnameEnding = 4,
    TitleWord = 8,
    OrgTrigger = 12,
    /// A Kazakh case ending comes off ([`kk_morph::strip_case`]).
    CaseEnding = 13,
    /// [`lexicon::loc_trigger`] says something.
    LocTrigger = 14,
    /// ... and says [`PlaceWord::Part`].
    LocTriggerPart = 15,
    /// [`kk_morph::has_clear_case`].
    ClearCase = 16,
    /// The word alone is a listed place ([`names::listed_phrase`]).
    ListedPlace = 17,
    /// The word alone is a listed organisation.
    ListedOrg = 21,
    /// [`is_state_word`]: the last word of a state's full name
    /// (`Республикасымен`).
    StateWord = 25,
    /// [`is_occupation`] (one slot per language, 26 to 29).
    Occupation = 26,
    /// A Kazakh word for a kind of organisation
    /// ([`crate::tagger::kk_kind_words::kind_of`]: `мекемесі`).
    KazakhKindWord = 30,
}

/// Set once a word's answers were read from [`KNOWN`].
const LOADED: u64 = 1 << 63;

thread_local! {
    /// What every document so far learnt of its words (the bits of a
    /// [`WordAnswers`]), so a new document reads each of its words' clues
    /// with one look-up, not one per clue. Cleared when it grows past a
    /// bound, so memory stays flat.
    static KNOWN: RefCell<FxMap<Box<str>, u64>> = Default::default();
}

const KNOWN_LIMIT: usize = 200_000;

pub(super) struct DocClues<'d> {
    doc: &'d Document<'d>,
    answers: WordAnswers,
}

impl<'d> DocClues<'d> {
    pub fn new(doc: &'d Document<'d>) -> Self {
        DocClues {
            doc,
            answers: WordAnswers::new(doc.word_count()),
        }
    }

    /// The document the clues are of.
    pub fn doc(&self) -> &'d Document<'d> {
        self.doc
    }

    /// `clue` of token `i` of the document (`lang` for the clues of a
    /// language).
    #[inline]
    pub fn has(&self, i: usize, clue: Clue, lang: Lang) -> bool {
        let question = match clue {
            Clue::FirstName
            | Clue::SurnameEnding
            | Clue::TitleWord
            | Clue::ListedPlace
            | Clue::ListedOrg
            | Clue::Occupation => clue as u32 + lang as u32,
            _ => clue as u32,
        };
        let w = self.doc.word(i);
        match self.answers.get(w, question) {
            Some(answer) => answer,
            None => self.learn(i, w, question, clue, lang),
        }
    }

    /// [`DocClues::has`] the first time it is asked of a word: from the
    /// thread's memo, else worked out. Kept out of line, so that the quick
    /// path inlines where the rules ask.
    #[inline(never)]
    fn learn(&self, i: usize, w: usize, question: u32, clue: Clue, lang: Lang) -> bool {
        let word = self.doc.tokens[i].text(self.doc.text);
        if self.answers.bits(w) & LOADED == 0 {
            let known = KNOWN.with(|k| k.borrow().get(word).copied().unwrap_or(0));
            self.answers.add_bits(w, LOADED | known);
            if let Some(answer) = self.answers.get(w, question) {
                return answer;
            }
        }
        let answer = ask(word, clue, lang);
        let learnt = self.answers.set(w, question, answer);
        KNOWN.with(|k| {
            let mut k = k.borrow_mut();
            if let Some(bits) = k.get_mut(word) {
                *bits |= learnt;
            } else {
                lexicon::make_room(&mut k, KNOWN_LIMIT);
                k.insert(word.into(), learnt);
            }
        });
        answer
    }

    /// [`lexicon::loc_trigger`] of token `i`.
    pub fn loc_trigger(&self, i: usize) -> Option<PlaceWord> {
        if !self.has(i, Clue::LocTrigger, Lang::Und) {
            None
        } else if self.has(i, Clue::LocTriggerPart, Lang::Und) {
            Some(PlaceWord::Part)
        } else {
            Some(PlaceWord::After)
        }
    }
}

/// Works `clue` out from the word itself.
pub(super) fn ask(word: &str, clue: Clue, lang: Lang) -> bool {
    match clue {
        Clue::FirstName => is_first_name(word, lang),
        Clue::SurnameEnding => has_surname_ending(word, lang),
        Clue::TitleWord => is_title_word(word, lang),
        Clue::OrgTrigger => lexicon::is_org_trigger(word),
        Clue::CaseEnding => kk_morph::strip_case(word).is_some(),
        Clue::LocTrigger => lexicon::loc_trigger(word).is_some(),
        Clue::LocTriggerPart => lexicon::loc_trigger(word) == Some(PlaceWord::Part),
        Clue::ClearCase => kk_morph::has_clear_case(word),
        Clue::ListedPlace => names::listed_phrase(word, lang) == Some(EntityType::Loc),
        Clue::ListedOrg => names::listed_phrase(word, lang) == Some(EntityType::Org),
        Clue::StateWord => is_state_word(word),
        Clue::Occupation => is_occupation(word, lang),
        Clue::KazakhKindWord => crate::tagger::kk_kind_words::kind_of(word) != 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_agree_with_the_clues_asked_directly() {
        let text = "Министр Қуандық Алпыс Алматы облысының министрлігіне келді. \
                    Министр Иван Петров сказал в Московской области. Minister John Smith said.";
        let doc = Document::new(text);
        let clues = DocClues::new(&doc);
        let all = [
            Clue::FirstName,
            Clue::SurnameEnding,
            Clue::TitleWord,
            Clue::OrgTrigger,
            Clue::CaseEnding,
            Clue::LocTrigger,
            Clue::LocTriggerPart,
            Clue::ClearCase,
            Clue::ListedPlace,
            Clue::ListedOrg,
            Clue::StateWord,
            Clue::Occupation,
            Clue::KazakhKindWord,
        ];
        let mut yes = 0;
        // Twice: the second round reads the table.
        for _ in 0..2 {
            for i in 0..doc.tokens.len() {
                let word = doc.tokens[i].text(text);
                for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                    for clue in all {
                        let answer = clues.has(i, clue, lang);
                        assert_eq!(answer, ask(word, clue, lang), "{word} {}", clue as u32);
                        yes += answer as usize;
                    }
                }
                assert_eq!(clues.loc_trigger(i), lexicon::loc_trigger(word), "{word}");
            }
        }
        assert!(yes > 20, "the text has clues of every kind");
    }
}
