//! factRuEval's organisation spans start at the word for the kind of
//! organisation or at an adjective before it (`ежемесячной газеты
//! «Радикальная политика`), never at another lower-case noun the tagger
//! took along (`мнению администрации США` → `администрации США`,
//! `интервью «Голосу Америки` → `«Голосу Америки`).

use super::kind_words;
use crate::text::{Token, TokenKind};

const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

/// Ends like a Russian adjective or participle (`государственного`,
/// `подконтрольный`, `ежемесячной`).
fn adjective_like(word: &str) -> bool {
    [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ую", "юю", "ым",
        "им", "ом", "ем", "ые", "ие", "ых", "их", "ыми", "ими",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Drops the leading lower-case words of each organisation that are
/// neither adjectives nor words for a kind of organisation.
pub fn trim_leading_nouns(text: &str, toks: &[Token], labels: &mut [u8]) {
    for b in 0..labels.len() {
        if labels[b] != B_ORG {
            continue;
        }
        let mut i = b;
        while i + 1 < labels.len() && labels[i + 1] == I_ORG {
            let t = &toks[i];
            let word = t.text(text);
            let lower_noun = t.kind == TokenKind::Word
                && !t.is_capitalised()
                && word.chars().next().is_some_and(char::is_lowercase)
                && !adjective_like(word)
                && kind_words::kind_of(word) != kind_words::ORG;
            if !lower_noun {
                break;
            }
            labels[i] = 0;
            labels[i + 1] = B_ORG;
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn trimmed(text: &str, labels: &[u8]) -> Vec<u8> {
        let toks = tokenize(text);
        assert_eq!(toks.len(), labels.len(), "{text}");
        let mut labels = labels.to_vec();
        trim_leading_nouns(text, &toks, &mut labels);
        labels
    }

    #[test]
    fn a_noun_before_the_kind_word_leaves() {
        assert_eq!(
            trimmed("мнению администрации США", &[B_ORG, I_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
        assert_eq!(
            trimmed("интервью «Голосу Америки", &[B_ORG, I_ORG, I_ORG, I_ORG]),
            [0, B_ORG, I_ORG, I_ORG]
        );
    }

    #[test]
    fn adjectives_and_kind_words_stay() {
        let labels = [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG];
        assert_eq!(
            trimmed("ежемесячной газеты «Радикальная политика", &labels),
            labels
        );
        assert_eq!(trimmed("Русской службе", &[B_ORG, I_ORG]), [B_ORG, I_ORG]);
    }
}
