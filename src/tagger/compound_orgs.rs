//! Russian bodies named by one compound word whose last part says what
//! they are: `Мосгордума`, `Госдумы`, `Росприроднадзора`, `Рыбохраны`,
//! `Минсвязи`, `Сбербанк`, `Газпрома`, `Роснефти`. The tagger, knowing
//! nothing of a compound it never met, leaves it out or reads a place or,
//! after a title (`глава Минсвязи`), a person.

use crate::text::{Token, TokenKind};

const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;
const I_LOC: u8 = 6;

/// The last parts, as stems (`дум` for `Мосгордума`, `Мосгордумы`): an
/// array, not a string split on each call (it was 3 % of Russian time).
const HEADS: [&str; 7] = ["надзор", "дум", "охран", "связ", "банк", "пром", "нефт"];

/// A capitalised word of lower-case letters after its capital: three
/// letters or more, one of [`HEADS`] and a case ending (`Роснефть`,
/// `Минсвязью` too).
pub fn is_compound_org(word: &str) -> bool {
    let mut chars = word.chars();
    // The letter tests without Unicode table searches for Cyrillic.
    use crate::text::letters::{is_lower, is_upper};
    if !chars.next().is_some_and(is_upper) || !chars.all(is_lower) {
        return false;
    }
    // Where the last part may end: an ending has at most three letters.
    let mut ends =
        std::iter::once(word.len()).chain(word.char_indices().rev().take(3).map(|(i, _)| i));
    ends.any(|at| {
        let rest = &word[at..];
        (super::kind_words::is_ending(rest) || rest == "ь" || rest == "ью")
            && HEADS.iter().any(|head| {
                word[..at]
                    .strip_suffix(head)
                    .is_some_and(|start| start.chars().nth(2).is_some())
            })
    })
}

/// [`is_compound_org`] of each document word, worked out once: the
/// question is asked of every capitalised Russian token.
#[derive(Default)]
pub struct Compounds {
    /// Per [`crate::text::Document::word`] id: unknown, no or yes.
    known: Vec<Option<bool>>,
}

impl Compounds {
    /// Makes each compound ([`is_compound_org`]) that stands alone,
    /// unlabelled or a one-word name of another type, an organisation.
    /// `words`: each token's document word id, or empty.
    pub fn mark(&mut self, text: &str, toks: &[Token], words: &[u32], labels: &mut [u8]) {
        for i in 0..toks.len() {
            let t = &toks[i];
            let alone = labels[i] % 2 == 1 && labels.get(i + 1).is_none_or(|&l| l != labels[i] + 1);
            if t.kind != TokenKind::Word
                || !t.is_capitalised()
                || !(labels[i] == 0 || (alone && labels[i] != B_ORG))
            {
                continue;
            }
            let compound = match words.get(i) {
                Some(&w) => {
                    let w = w as usize;
                    if w >= self.known.len() {
                        self.known.resize(w + 1, None);
                    }
                    *self.known[w].get_or_insert_with(|| is_compound_org(t.text(text)))
                }
                None => is_compound_org(t.text(text)),
            };
            if compound {
                labels[i] = B_ORG;
                take_place_after(toks, labels, i);
            }
        }
    }
}

/// Joins the place right after the compound at `i` to it, as
/// [`super::org_spans::take_place_after`] does for the names found before
/// (`Сбербанк России`): the compounds are marked after that pass ran.
fn take_place_after(toks: &[Token], labels: &mut [u8], i: usize) {
    if labels.get(i + 1) != Some(&B_LOC) || toks[i + 1].kind != TokenKind::Word {
        return;
    }
    let mut j = i + 1;
    labels[j] = I_ORG;
    j += 1;
    while j < labels.len() && labels[j] == I_LOC {
        labels[j] = I_ORG;
        j += 1;
    }
}

/// [`Compounds::mark`] without document word ids.
#[cfg(test)]
fn mark(text: &str, toks: &[Token], labels: &mut [u8]) {
    Compounds::default().mark(text, toks, &[], labels);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_naming_a_body() {
        for w in [
            "Мосгордумы",
            "Госдума",
            "Росприроднадзору",
            "Рыбохраны",
            "Минсвязи",
            "Сбербанк",
            "Газпромом",
            "Роснефть",
        ] {
            assert!(is_compound_org(w), "{w}");
        }
        // The part alone, another ending, a person, lower case, capitals.
        for w in [
            "Дума",
            "Связь",
            "Банки",
            "Думаю",
            "Мосгордумский",
            "Иванов",
            "госдума",
            "ГОСДУМА",
        ] {
            assert!(!is_compound_org(w), "{w}");
        }
    }

    #[test]
    fn a_word_asked_again_gets_the_same_answer() {
        let text = "Минсвязи и Иванов . Минсвязи и Иванов";
        let doc = crate::text::Document::new(text);
        let words = doc.word_ids(0..doc.tokens.len());
        let mut labels = vec![0; doc.tokens.len()];
        Compounds::default().mark(text, &doc.tokens, words, &mut labels);
        assert_eq!(labels, [B_ORG, 0, 0, 0, B_ORG, 0, 0]);
    }

    #[test]
    fn a_compound_alone_is_an_organisation() {
        // глава Минсвязи отметил: the tagger's person gives way.
        assert_eq!(
            crate::tagger::after_pass(mark, "глава Минсвязи отметил", &[0, 1, 0]),
            [0, B_ORG, 0]
        );
        // Inside a longer name it stays.
        assert_eq!(
            crate::tagger::after_pass(mark, "депутаты Мосгордумы Иванов", &[0, 1, 2]),
            [0, 1, 2]
        );
        // It takes the place right after it, not one after a comma.
        assert_eq!(
            crate::tagger::after_pass(mark, "Сбербанк России объявил", &[0, B_LOC, 0]),
            [B_ORG, I_ORG, 0]
        );
        assert_eq!(
            crate::tagger::after_pass(mark, "Сбербанк , России", &[0, 0, B_LOC]),
            [B_ORG, 0, B_LOC]
        );
    }
}
