//! factRuEval's convention for organisations named in quotation marks: the
//! word before the opening mark belongs to the name when it says what kind
//! of organisation it is (`партии «Яблоко`, `газеты «Правда`), and not
//! otherwise (`сообщает «Интерфакс`). The closing mark never does. A name
//! in quotation marks or Latin script after a word for a vehicle, a work, a
//! program, an award or a law is none (`корабля «Союз»`, `браузера Chrome`;
//! the words are in `data/entities/ru_work_words.txt`).

use std::sync::LazyLock;

use crate::entities::lexicon::is_org_trigger;
use crate::text::{Token, TokenKind};

static WORK_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::wordlist::entries(include_str!("../../data/entities/ru_work_words.txt")).collect()
});

/// A lower-case word for a vehicle, work, award or law: a stem of the
/// list and at most a three-letter ending (`корабля`, `спектаклем`).
fn is_work_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && WORK_WORDS.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|rest| rest.chars().count() <= 3)
        })
}

/// Drops each organisation that opens in quotation marks (at the mark or
/// right after it), or with a Latin-script word, after a word for a
/// vehicle, work, award or law: the name is that thing's (`корабля «Союз
/// ТМА-12»`, `операционной системы Windows`, `девизом The Right Move`).
pub fn drop_named_works(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        let opening = |i: usize| is_opening_mark(toks[i].text(text));
        let latin = toks[b].is_capitalised() && toks[b].text(text).as_bytes()[0].is_ascii();
        let mark = if opening(b) || latin {
            Some(b)
        } else {
            b.checked_sub(1).filter(|&m| opening(m))
        };
        let after_work = mark
            .and_then(|m| m.checked_sub(1))
            .is_some_and(|w| toks[w].kind == TokenKind::Word && is_work_word(toks[w].text(text)));
        if after_work {
            labels[b..e].fill(0);
        }
    }
}

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
    fn a_vehicle_or_work_named_in_marks_is_no_organisation() {
        let dropped =
            |text, labels: &[u8]| crate::tagger::after_pass(drop_named_works, text, labels);
        assert_eq!(
            dropped("экипаж корабля «Восток-3»", &[B_ORG, 0, 0, B_ORG, 0]),
            [B_ORG, 0, 0, 0, 0]
        );
        assert_eq!(
            dropped(
                "премьера спектакля «Старый дом»",
                &[0, 0, B_ORG, I_ORG, I_ORG, 0]
            ),
            [0, 0, 0, 0, 0, 0]
        );
        // Not after another word, nor without the mark.
        assert_eq!(
            dropped("газеты «Правда»", &[0, 0, B_ORG, 0]),
            [0, 0, B_ORG, 0]
        );
        assert_eq!(dropped("корабля Газпрома", &[0, B_ORG]), [0, B_ORG]);
        // A Latin-script name after such a word is none either.
        assert_eq!(dropped("браузера Firefox и", &[0, B_ORG, 0]), [0, 0, 0]);
        assert_eq!(dropped("компании Mozilla", &[0, B_ORG]), [0, B_ORG]);
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
