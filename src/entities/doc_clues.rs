//! The word clues the name rules ask of a document's words, kept per
//! distinct word ([`Document::word`]) for the whole document: the rules ask
//! about the same words many times, and an array is quicker than the
//! per-thread memos behind the clues (which still serve the first asking).

use std::cell::RefCell;

use super::kk_morph;
use super::lexicon::{self, PlaceWord};
use super::word_clues::{has_surname_ending, is_first_name, is_title_word};
use crate::language::Lang;
use crate::text::Document;

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
}

/// Two bits per clue and word: asked, and the answer.
pub(super) struct DocClues<'d> {
    doc: &'d Document<'d>,
    bits: RefCell<Vec<u32>>,
}

impl<'d> DocClues<'d> {
    pub fn new(doc: &'d Document<'d>) -> Self {
        DocClues {
            doc,
            bits: RefCell::new(vec![0; doc.word_count()]),
        }
    }

    /// `clue` of token `i` of the document (`lang` for the clues of a
    /// language).
    pub fn has(&self, i: usize, clue: Clue, lang: Lang) -> bool {
        let slot = match clue {
            Clue::FirstName | Clue::SurnameEnding | Clue::TitleWord => clue as u32 + lang as u32,
            _ => clue as u32,
        };
        let (asked, yes) = (1u32 << (2 * slot), 1u32 << (2 * slot + 1));
        let w = self.doc.word(i);
        let known = self.bits.borrow()[w];
        if known & asked != 0 {
            return known & yes != 0;
        }
        let answer = ask(self.doc.tokens[i].text(self.doc.text), clue, lang);
        self.bits.borrow_mut()[w] |= asked | if answer { yes } else { 0 };
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
