//! An English name that ends in a word for a kind of organisation is one
//! (`Kaspi Bank`, `Freedom Finance`, `Acme Holdings`), whatever type the
//! tagger gave the words before it; the words are in
//! `data/entities/en_org_tails.txt`.

use std::sync::LazyLock;

use crate::entities::lexicon::FxSet;
use crate::text::{Token, TokenKind};

const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

static TAILS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    crate::wordlist::entries(include_str!("../../data/entities/en_org_tails.txt"))
        .map(crate::wordlist::key)
        .collect()
});

fn tail(text: &str, t: &Token) -> bool {
    t.is_capitalised() && TAILS.contains(&crate::wordlist::key(t.text(text)))
}

/// Makes each name ending in a tail word an organisation, taking in a
/// tail word the tagger left out right after it (`Halyk` + `Finance`).
pub fn tail_makes_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut b = 0;
    while b < labels.len() {
        if labels[b].is_multiple_of(2) {
            b += 1;
            continue;
        }
        let mut end = super::name_end(labels, b, labels[b] + 1);
        if end < toks.len()
            && labels[end] == 0
            && toks[end].kind == TokenKind::Word
            && tail(text, &toks[end])
        {
            end += 1;
        }
        // `West Bank`, `South Bank`: a side of the world makes a place.
        let side = matches!(
            crate::wordlist::key(toks[b].text(text)).as_str(),
            "west" | "east" | "north" | "south" | "left"
        );
        if end - b >= 2 && !side && tail(text, &toks[end - 1]) {
            labels[b] = B_ORG;
            labels[b + 1..end].fill(I_ORG);
        }
        b = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_in_a_tail_word_is_an_organisation() {
        let made = |text, labels: &[u8]| crate::tagger::after_pass(tail_makes_org, text, labels);
        assert_eq!(made("at Kaspi Bank today", &[0, 5, 6, 0]), [0, 3, 4, 0]);
        assert_eq!(made("at Halyk Finance today", &[0, 5, 0, 0]), [0, 3, 4, 0]);
        // One word is no name of a kind, nor a tail in lower case.
        assert_eq!(made("the Bank said", &[0, 5, 0]), [0, 5, 0]);
        assert_eq!(made("John Smith bank", &[1, 2, 0]), [1, 2, 0]);
        assert_eq!(made("John Smith", &[1, 2]), [1, 2]);
        assert_eq!(made("in West Bank towns", &[0, 5, 6, 0]), [0, 5, 6, 0]);
    }
}
