//! factRuEval's convention for organisations named in quotation marks: the
//! word before the opening mark belongs to the name when it says what kind
//! of organisation it is (`партии «Яблоко`, `газеты «Правда`), and not
//! otherwise (`сообщает «Интерфакс`). The closing mark never does.

use crate::entities::lexicon::is_org_trigger;
use crate::text::{Token, TokenKind};

/// `B-ORG` and `I-ORG`.
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

fn is_opening_mark(word: &str) -> bool {
    matches!(word, "«" | "„" | "\"")
}

/// Widens each organisation that starts inside quotation marks to the
/// opening mark when only capitalised words come between (`«Голоса
/// Америки`), then to the trigger word before the mark. Only a name's
/// first token is looked at, so this costs nothing where there is none.
pub fn widen_to_trigger(text: &str, toks: &[Token], labels: &mut [u8]) {
    for b in 1..labels.len() {
        if labels[b] != B_ORG {
            continue;
        }
        let mut i = b;
        while i > 1
            && labels[i - 1] == 0
            && toks[i - 1].kind == TokenKind::Word
            && toks[i - 1].is_capitalised()
        {
            i -= 1;
        }
        if i < b && is_opening_mark(toks[i - 1].text(text)) {
            labels[i] = B_ORG;
            labels[i + 1..=b].fill(I_ORG);
        } else {
            i = b;
        }
        if i < 2 || labels[i - 1] != 0 || labels[i - 2] != 0 {
            continue;
        }
        let (mark, head) = (&toks[i - 1], &toks[i - 2]);
        if mark.kind == TokenKind::Punct
            && is_opening_mark(mark.text(text))
            && head.kind == TokenKind::Word
            && is_org_trigger(head.text(text))
        {
            labels[i - 2] = B_ORG;
            labels[i - 1] = I_ORG;
            labels[i] = I_ORG;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widened(text: &str, labels: &[u8]) -> Vec<u8> {
        crate::tagger::after_pass(widen_to_trigger, text, labels)
    }

    #[test]
    fn a_trigger_before_the_mark_joins_the_name() {
        // читали газеты « Правда »
        assert_eq!(
            widened("читали газеты «Правда»", &[0, 0, 0, B_ORG, 0]),
            [0, B_ORG, I_ORG, I_ORG, 0]
        );
    }

    #[test]
    fn other_words_before_the_mark_stay_out() {
        assert_eq!(
            widened("сообщает «Интерфакс»", &[0, 0, B_ORG, 0]),
            [0, 0, B_ORG, 0]
        );
    }

    #[test]
    fn a_name_starting_inside_the_marks_starts_at_the_mark() {
        // интервью « Голосу Америки »: the tagger found only `Америки`.
        assert_eq!(
            widened("интервью «Голосу Америки»", &[0, 0, 0, B_ORG, 0]),
            [0, 0, B_ORG, I_ORG, 0]
        );
        // Not across a lower-case word, nor without a mark.
        assert_eq!(
            widened("«Война и Мир»", &[0, 0, 0, B_ORG, 0]),
            [0, 0, 0, B_ORG, 0]
        );
    }
}
