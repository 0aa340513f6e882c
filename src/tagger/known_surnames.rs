//! A Russian article names a person in full once (`Джаред Лофнер`, `Барак
//! Обама`) and then by the surname alone, in any case (`Лофнеру`,
//! `президентом Обамой`), often opening a sentence, where the tagger,
//! knowing nothing of the word, leaves it out or takes it for a place.
//! The surnames of the people the document names in full (before or after:
//! `президентом Обамой` may come first) are kept as stems, and a lone
//! capitalised word that is one of them with a case ending is that person.

use crate::entities::lexicon::FxSet;
use crate::text::Token;

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_LOC: u8 = 5;

/// Case endings a surname takes after its stem (`Лофнер|у`, `Обам|ой`,
/// `Кан|ом`, `Эрдоган|а`); `""` for the nominative and indeclinable names
/// (`Бхутто`).
const ENDINGS: &[&str] = &[
    "", "ий", "ый", "а", "я", "у", "ю", "е", "ы", "и", "ом", "ем", "ым", "им", "ой", "ей", "ого",
    "его", "ому", "ему",
];

/// Shortest stem remembered, in bytes (three Cyrillic letters).
const MIN_STEM: usize = 6;

/// The surnames of the people a document names in full, as
/// written (a surname keeps its capital): their stems, and the first
/// [`MIN_STEM`] bytes of each, which turn away most words at one look-up.
#[derive(Default)]
pub struct KnownSurnames {
    stems: FxSet<String>,
    heads: FxSet<u64>,
}

/// The first [`MIN_STEM`] bytes of `word`, as a number.
fn head(word: &str) -> Option<u64> {
    let b = word.as_bytes().get(..MIN_STEM)?;
    Some(b.iter().fold(0, |h, &c| h << 8 | u64::from(c)))
}

impl KnownSurnames {
    /// Remembers the last word of each person of two or more words in
    /// `hints` (the rules' names, which a first name or title vouches for;
    /// with the tagger's own too, 5-seed CV falls from 0.8264 to 0.8258).
    pub fn remember(&mut self, text: &str, toks: &[Token], hints: &[u8]) {
        let mut from = 0;
        while let Some((b, e)) = super::next_name(hints, from, B_PER) {
            from = e;
            let last = &toks[e - 1];
            // `до 8 G. Из-за`: the rules took a function word for a surname.
            if e - b < 2
                || !last.is_capitalised()
                || crate::wordlist::with_key(last.text(text), crate::entities::names_nothing)
            {
                continue;
            }
            let stem = stem_of(last.text(text));
            if let Some(h) = head(stem)
                && !self.stems.contains(stem)
            {
                self.stems.insert(stem.to_string());
                self.heads.insert(h);
            }
        }
    }

    /// Marks as a person each one-word place or unlabelled capitalised
    /// word (not an abbreviation) that is a remembered surname with a case
    /// ending.
    pub fn mark(&self, text: &str, toks: &[Token], labels: &mut [u8]) {
        if self.stems.is_empty() {
            return;
        }
        for i in 0..labels.len() {
            if !toks[i].is_capitalised() {
                continue;
            }
            let alone = match labels[i] {
                0 => i == 0 || !matches!(labels[i - 1], B_PER | I_PER),
                B_LOC => labels.get(i + 1) != Some(&(B_LOC + 1)),
                _ => false,
            };
            if !alone {
                continue;
            }
            let word = toks[i].text(text);
            if !head(word).is_some_and(|h| self.heads.contains(&h))
                || word.chars().nth(1).is_none_or(char::is_uppercase)
            {
                continue;
            }
            let known = ENDINGS.iter().any(|e| {
                word.strip_suffix(e)
                    .is_some_and(|stem| stem.len() >= MIN_STEM && self.stems.contains(stem))
            });
            if known {
                labels[i] = B_PER;
                if labels.get(i + 1) == Some(&I_PER) {
                    labels[i + 1] = B_PER;
                }
            }
        }
    }
}

/// A surname's stem, in whatever case it was met: without the longest
/// case ending that leaves [`MIN_STEM`] bytes (`Лофнер|ом`, `Обам|а`,
/// `Достоевск|ий`, `Гогол|ь`).
fn stem_of(word: &str) -> &str {
    const LAST: &[&str] = &["ь", "й"];
    ENDINGS
        .iter()
        .chain(LAST)
        .filter_map(|e| word.strip_suffix(e))
        .filter(|stem| stem.len() >= MIN_STEM)
        .min_by_key(|stem| stem.len())
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// `later`'s labels after `first` (the rules' names `first_labels`) was seen.
    fn after(first: &str, first_labels: &[u8], later: &str, labels: &[u8]) -> Vec<u8> {
        let mut known = KnownSurnames::default();
        known.remember(first, &tokenize(first), first_labels);
        let mut labels = labels.to_vec();
        known.mark(later, &tokenize(later), &mut labels);
        labels
    }

    #[test]
    fn a_surname_met_in_full_is_a_person_in_any_case() {
        let full = "Суд над Джаредом Лофнером";
        let full_labels = [0, 0, B_PER, I_PER];
        assert_eq!(
            after(full, &full_labels, "Лофнеру предъявлено", &[0, 0]),
            [B_PER, 0]
        );
        assert_eq!(
            after(
                "Барак Обама сказал",
                &[B_PER, I_PER, 0],
                "реформа начата президентом Обамой",
                &[0, 0, 0, B_LOC]
            ),
            [0, 0, 0, B_PER]
        );
        assert_eq!(
            after(full, &full_labels, "Лофнер молчит", &[B_LOC, 0]),
            [B_PER, 0]
        );
    }

    #[test]
    fn other_words_stay() {
        let full = "Наото Кан сказал";
        let labels = [B_PER, I_PER, 0];
        // Another word on the same stem, an abbreviation, a longer place.
        assert_eq!(after(full, &labels, "Канада", &[B_LOC]), [B_LOC]);
        assert_eq!(after(full, &labels, "КАН", &[0]), [0]);
        assert_eq!(
            after(full, &labels, "Кан Сити", &[B_LOC, B_LOC + 1]),
            [B_LOC, B_LOC + 1]
        );
        // A one-word person is not remembered.
        assert_eq!(after("Кан сказал", &[B_PER, 0], "Каном", &[B_LOC]), [B_LOC]);
    }
}
