//! factRuEval's convention for organisations named in quotation marks: the
//! word before the opening mark belongs to the name when it says what kind
//! of organisation it is (`партии «Яблоко`, `газеты «Правда`), and not
//! otherwise (`сообщает «Интерфакс`). The closing mark never does. A
//! capitalised name in marks after a word by which news is passed on is an
//! organisation, the outlet (`сообщает «Спорт уик-энд»`), and one after an
//! organisation ending on a lower-case word is part of it (`Центр
//! современной культуры «Гараж`). A name
//! in quotation marks or Latin script after a word for a vehicle, a work, a
//! program, an award or a law is none (`корабля «Союз»`, `браузера Chrome`;
//! the words are in `data/entities/ru_work_words.txt`).

use std::sync::LazyLock;

use crate::entities::lexicon::is_org_trigger;
use crate::text::{Token, TokenKind};

static WORK_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::wordlist::entries(crate::data_list!("entities/ru_work_words.txt")).collect()
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

/// Words after which a name in quotation marks is whoever passes news on
/// (`сообщает «Интерфакс»`, `пишет «Коммерсантъ»`, the verbs of
/// `data/quotes/outlet_verbs.txt`; `в интервью «Голосу Америки»`).
const NEWS_CUES: &str = "сообщает сообщают пишет пишут передает передаёт цитирует интервью";

/// The same after `по` (`по данным «Левада-центра»`).
const PO_CUES: &str = "данным сообщению информации сведениям";

/// Whether the words before the mark at `mark` pass news on: one of
/// [`NEWS_CUES`], `по` and one of [`PO_CUES`], or `со ссылкой на`.
fn passes_news_on(text: &str, toks: &[Token], mark: usize) -> bool {
    let word = |i: usize| {
        i.checked_sub(1)
            .map(|i| &toks[i])
            .filter(|t| t.kind == TokenKind::Word)
            .map_or("", |t| t.text(text))
    };
    let (before, earlier) = (word(mark), word(mark.wrapping_sub(1)));
    let listed = |list: &str| !before.is_empty() && list.split(' ').any(|w| w == before);
    listed(NEWS_CUES)
        || (listed(PO_CUES) && matches!(earlier, "по" | "По"))
        || (before == "на" && earlier == "ссылкой")
}

/// Most words a name in quotation marks after [`passes_news_on`] has;
/// longer, it is what was said (`пишет «Мы не сдадимся»`, rare without a
/// colon).
const OUTLET_WORDS: usize = 3;

/// Most words a name in quotation marks joined to the organisation before
/// it has (`Центр современной культуры «Гараж`).
const JOINED_WORDS: usize = 4;

/// The closing mark of a short name in quotation marks that opens at
/// `open`: a capitalised word or a number first, and at most `max` words
/// and numbers before the closing mark.
#[inline(never)]
fn short_name_in_marks(text: &str, toks: &[Token], open: usize, max: usize) -> Option<usize> {
    let first = toks.get(open + 1)?;
    if !is_opening_mark(toks[open].text(text))
        || !(first.is_capitalised() || first.kind == TokenKind::Number)
    {
        return None;
    }
    let mut words = 0;
    for (k, t) in toks.iter().enumerate().skip(open + 1) {
        if t.kind != TokenKind::Punct {
            words += 1;
            if words > max {
                return None;
            }
        } else if matches!(t.text(text), "»" | "“" | "\"" | "”") {
            return Some(k);
        }
    }
    None
}

/// Ends at the closing mark `close` a name the tagger ran on past it.
fn end_at_mark(labels: &mut [u8], close: usize) {
    if super::is_inside(labels[close] as usize) {
        labels[close] = 0;
        if let Some(l) = labels
            .get_mut(close + 1)
            .filter(|l| super::is_inside(**l as usize))
        {
            *l -= 1;
        }
    }
}

/// Makes an organisation of a name in quotation marks that opens with a
/// capital right after a word by which news is passed on ([`passes_news_on`]):
/// factRuEval takes the name without the marks (`сообщает «Спорт уик-энд»`,
/// `в интервью «Свободной прессе»`), whatever the tagger made of its words.
pub fn outlets_in_marks(text: &str, toks: &[Token], labels: &mut [u8]) {
    for m in 1..toks.len() {
        if labels[m - 1] != 0 || toks[m].kind != TokenKind::Punct {
            continue;
        }
        let Some(close) = short_name_in_marks(text, toks, m, OUTLET_WORDS) else {
            continue;
        };
        if passes_news_on(text, toks, m) {
            labels[m] = 0;
            labels[m + 1] = B_ORG;
            labels[m + 2..close].fill(I_ORG);
            end_at_mark(labels, close);
        }
    }
}

/// Runs each organisation that ends on a lower-case word right before an
/// opening mark on over the capitalised name in the marks, but not the
/// closing one: factRuEval spans the descriptor and the name as one
/// (`Центр современной культуры «Гараж`, `московского клуба «16 тонн`);
/// in the train part's gold 35 such organisations take the name, and none
/// ending on a lower-case word leaves it out. [`widen_to_trigger`] does
/// this where the tagger found the name but not the words before it.
pub fn join_name_in_marks(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((_, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        let lower_word = toks[e - 1]
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        if !lower_word || e >= toks.len() {
            continue;
        }
        if let Some(close) = short_name_in_marks(text, toks, e, JOINED_WORDS) {
            labels[e..close].fill(I_ORG);
            end_at_mark(labels, close);
            from = close;
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
    let mut from = 1;
    while let Some(b) = super::next_label(labels, from, B_ORG) {
        from = b + 1;
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
    fn a_name_in_marks_after_a_word_passing_news_on_is_an_organisation() {
        let outlets =
            |text, labels: &[u8]| crate::tagger::after_pass(outlets_in_marks, text, labels);
        // сообщает « Спорт уик-энд » .
        assert_eq!(
            outlets("сообщает «Спорт уик-энд».", &[0; 6]),
            [0, 0, B_ORG, I_ORG, 0, 0]
        );
        // по данным « Новой газеты »: the tagger's place gives way.
        assert_eq!(
            outlets("по данным «Новой газеты»", &[0, 0, 0, 0, 5, 0]),
            [0, 0, 0, B_ORG, I_ORG, 0]
        );
        // Not after another word, nor a long quotation, nor a lower-case one.
        assert_eq!(outlets("читал «Новую газету»", &[0; 5]), [0; 5]);
        assert_eq!(outlets("пишет «Мы никогда не сдадимся»", &[0; 7]), [0; 7]);
        assert_eq!(outlets("сообщает «ваш корреспондент»", &[0; 5]), [0; 5]);
    }

    #[test]
    fn an_organisation_ending_on_a_lower_case_word_takes_the_name_in_marks() {
        let joined =
            |text, labels: &[u8]| crate::tagger::after_pass(join_name_in_marks, text, labels);
        // Центр современной культуры « Гараж » примет
        assert_eq!(
            joined(
                "Центр современной культуры «Гараж» примет",
                &[B_ORG, I_ORG, I_ORG, 0, 0, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, 0, 0]
        );
        // The tagger's own name in the marks joins too.
        assert_eq!(
            joined("клуба «16 тонн»", &[B_ORG, 0, B_ORG, I_ORG, 0]),
            [B_ORG, I_ORG, I_ORG, I_ORG, 0]
        );
        // Not after a capitalised word, nor a lower-case or long quotation.
        assert_eq!(
            joined("резолюция ООН «Мир»", &[0, B_ORG, 0, 0, 0]),
            [0, B_ORG, 0, 0, 0]
        );
        assert_eq!(
            joined("центра «новые идеи»", &[B_ORG, 0, 0, 0, 0]),
            [B_ORG, 0, 0, 0, 0]
        );
        assert_eq!(
            joined(
                "центра «Пять мыслей об индустрии игр»",
                &[B_ORG, 0, 0, 0, 0, 0, 0, 0]
            ),
            [B_ORG, 0, 0, 0, 0, 0, 0, 0]
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
