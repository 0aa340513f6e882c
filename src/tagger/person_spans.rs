//! A Russian person the tagger ran on from the name before it
//! (`руководитель КЗЖ Джоэл Саймон`, `вдова Ельцина Наина Иосифовна`,
//! `губернатор Приморья Сергей Дарькин`): factRuEval's person starts at the
//! first name, and an abbreviation before it is the organisation.

use crate::entities::lexicon::{FIRST_NAMES, MORE_FIRST_NAMES};
use crate::entities::ru_morph;
use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

/// A first name in any case (`Сергей`, `Кирсана`, `Веселином`).
fn first_name(word: &str, key: &mut String) -> bool {
    ru_morph::candidates(word).iter().any(|c| {
        key.clear();
        crate::wordlist::push_key(c, key);
        FIRST_NAMES.contains_key(key.as_str()) || MORE_FIRST_NAMES.contains(key.as_str())
    })
}

/// An abbreviation in capitals (`КЗЖ`, `ФИДЕ`, `WFC`), not an initial.
fn abbreviation(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Cuts each person of several words before its first name when the
/// words before it are not first names too; the cut-off words become an
/// organisation when they are one abbreviation, else no name.
pub fn cut_before_first_name(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut key = String::new();
    let mut b = 0;
    while b < labels.len() {
        if labels[b] != B_PER {
            b += 1;
            continue;
        }
        let mut e = b + 1;
        while e < labels.len() && labels[e] == I_PER {
            e += 1;
        }
        let word = |i: usize| toks[i].text(text);
        let capital_word = |i: usize| toks[i].is_capitalised();
        if e - b >= 2 && capital_word(b) && !first_name(word(b), &mut key) {
            let cut = (b + 1..e).find(|&k| {
                capital_word(k)
                    && toks[k - 1].kind == TokenKind::Word
                    && first_name(word(k), &mut key)
            });
            if let Some(k) = cut {
                let as_org = k == b + 1 && abbreviation(word(b));
                labels[b] = if as_org { B_ORG } else { 0 };
                labels[b + 1..k].fill(if as_org { I_ORG } else { 0 });
                labels[k] = B_PER;
            }
        }
        b = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn cut(text: &str, labels: &[u8]) -> Vec<u8> {
        let toks = tokenize(text);
        assert_eq!(toks.len(), labels.len(), "{text}");
        let mut labels = labels.to_vec();
        cut_before_first_name(text, &toks, &mut labels);
        labels
    }

    #[test]
    fn a_name_before_the_first_name_leaves() {
        assert_eq!(
            cut("КЗЖ Джоэл Саймон", &[B_PER, I_PER, I_PER]),
            [B_ORG, B_PER, I_PER]
        );
        assert_eq!(
            cut("Приморья Сергей Дарькин", &[B_PER, I_PER, I_PER]),
            [0, B_PER, I_PER]
        );
    }

    #[test]
    fn full_names_stay() {
        let whole = [B_PER, I_PER, I_PER];
        assert_eq!(cut("Наина Иосифовна Ельцина", &whole), whole);
        assert_eq!(cut("Кирсана Николаевича Илюмжинова", &whole), whole);
        assert_eq!(cut("Ким Ир Сен", &whole), whole);
    }
}
