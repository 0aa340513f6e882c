//! factRuEval's organisation names run on past the word for their kind:
//! over a `по` phrase (`Комитета по иностранным делам`) and, after a
//! capitalised kind word, over the lower-case genitives that name it
//! (`Института этнологии и антропологии`, `Комитет защиты журналистов`).

use super::kind_words;
use super::org_spans::{adjective_like, verb_like};
use crate::text::{Token, TokenKind};

const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

/// Prepositions that end what an organisation's `по` phrase names.
const PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "на",
    "с",
    "со",
    "к",
    "ко",
    "от",
    "для",
    "о",
    "об",
    "за",
    "из",
    "у",
    "при",
    "по",
    "до",
    "после",
    "через",
    "над",
    "под",
    "перед",
    "между",
];

/// Longest `по` phrase an organisation takes, in words.
const MAX_PO_WORDS: usize = 6;

/// Widens an organisation named by a word for its kind over the `по`
/// phrase after it, which factRuEval counts in the name (`Комитета по
/// иностранным делам`, `сборную России по бобслею и скелетону`): the words
/// up to punctuation, a preposition, a verb, a person or another
/// organisation, with `и` inside.
pub fn widen_over_po(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut b = 0;
    while b < labels.len() {
        if labels[b] != B_ORG {
            b += 1;
            continue;
        }
        let mut e = b + 1;
        while e < labels.len() && labels[e] == I_ORG {
            e += 1;
        }
        let named_by_kind =
            (b..e).any(|i| kind_words::kind_of_any_case(toks[i].text(text)) == kind_words::ORG);
        if !named_by_kind || e + 1 >= labels.len() || toks[e].text(text) != "по" {
            b = e;
            continue;
        }
        let (mut end, mut after_and) = (e + 1, false);
        while end < labels.len() && end - e <= MAX_PO_WORDS {
            let t = &toks[end];
            let word = t.text(text);
            let stops = t.kind != TokenKind::Word
                || matches!(labels[end], 1 | 2 | B_ORG)
                || PREPOSITIONS.contains(&word)
                || (word == "и" && (after_and || end + 1 == labels.len()))
                || (!t.is_capitalised() && verb_like(word));
            if stops {
                break;
            }
            end += 1;
            if !after_and {
                after_and = word == "и";
            } else if t.is_capitalised() || !adjective_like(word) {
                // After `и`, adjectives and one noun (`по патентам и
                // товарным знакам`).
                break;
            }
        }
        if toks[end - 1].text(text) == "и" {
            end -= 1;
        }
        if end > e + 1 {
            labels[e..end].fill(I_ORG);
        }
        b = end.max(e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const B_LOC: u8 = 5;

    #[test]
    fn an_organisation_takes_its_po_phrase() {
        let after = |text, labels: &[u8]| crate::tagger::after_pass(widen_over_po, text, labels);
        assert_eq!(
            after("Комиссия по ценным бумагам сообщила", &[B_ORG, 0, 0, 0, 0]),
            [B_ORG, I_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            after(
                "Управления по делам молодёжи и спорта Омска , где",
                &[B_ORG, 0, 0, 0, 0, 0, B_LOC, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, I_ORG, B_LOC, 0, 0]
        );
        assert_eq!(
            after(
                "сборная по хоккею и футболу играла",
                &[B_ORG, 0, 0, 0, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, 0]
        );
        // Not after a name with no kind word, nor over a person.
        assert_eq!(after("Газпром по словам", &[B_ORG, 0, 0]), [B_ORG, 0, 0]);
        assert_eq!(
            after("комитет по Ивану Петрову", &[B_ORG, 0, 1, 2]),
            [B_ORG, 0, 1, 2]
        );
    }
}
