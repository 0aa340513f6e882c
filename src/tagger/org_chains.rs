//! factRuEval's organisation names run on past the word for their kind:
//! over a `по` or `при` phrase (`Комитета по иностранным делам`,
//! `Следственного комитета при прокуратуре`) and, after a
//! capitalised kind word, over the lower-case genitives that name it
//! (`Института этнологии и антропологии`, `Комитет защиты журналистов`),
//! and over the abbreviation of the body they belong to (`Судейский
//! комитет ФИФА`, `Института этнологии и антропологии РАН`).

use super::kind_words;
use super::org_spans::{adjective_like, verb_like};
use super::person_spans::abbreviation;
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

/// Longest `по` or `при` phrase an organisation takes, in words.
const MAX_PO_WORDS: usize = 6;

/// Widens an organisation named by a word for its kind over the `по` or
/// `при` phrase after it, which factRuEval counts in the name (`Комитета по
/// иностранным делам`, `сборную России по бобслею и скелетону`, `совета
/// при главном архитекторе Москвы`: 2 of 2 bodies before `при` in the
/// read half of the train part): the words up to punctuation, a
/// preposition, a verb, a person or another organisation, with `и` inside.
pub fn widen_over_po_and_pri(text: &str, toks: &[Token], labels: &mut [u8]) {
    let opens = |t: &Token| matches!(t.text(text), "по" | "при");
    let mut from = 0;
    while let Some((b, name_end)) = super::next_name(labels, from, B_ORG) {
        // The tagger may have taken the `по` and stopped (`Комитета по`),
        // or taken part of the phrase (`МЧС по Санкт-Петербургу`).
        let e = (b + 1..name_end)
            .find(|&i| opens(&toks[i]))
            .unwrap_or(name_end);
        let named_by_kind =
            (b..e).any(|i| kind_words::kind_of_any_case(toks[i].text(text)) == kind_words::ORG);
        // A body's branch for a region (`ГИБДД по Московской области`);
        // not a post's field (`администратора НАСА по космическим полётам`).
        let branch_for_region = abbreviation(toks[e - 1].text(text))
            && toks.get(e + 1).is_some_and(Token::is_capitalised);
        if !(named_by_kind || branch_for_region) || e + 1 >= labels.len() || !opens(&toks[e]) {
            from = e.max(b + 1);
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
                // товарным знакам`), and that noun's genitive phrase.
                end = genitive_tail(text, toks, labels, end);
                break;
            }
        }
        if toks[end - 1].text(text) == "и" {
            end -= 1;
        }
        if toks[e].text(text) == "при" && !names_a_body(text, &toks[e + 1..end]) {
            end = e + 1;
        }
        if end > e + 1 {
            labels[e..end.max(name_end)].fill(I_ORG);
        } else if name_end == e + 1 {
            labels[e] = 0; // a name never ends at `по` or `при`
        }
        from = end.max(name_end);
    }
}

/// Where a noun's genitive phrase ends: adjectives in the genitive and
/// one noun (`по регулированию и развитию | финансового рынка`), or `at`
/// when no adjective opens one.
fn genitive_tail(text: &str, toks: &[Token], labels: &[u8], at: usize) -> usize {
    let lower_word = |k: usize| {
        let t = &toks[k];
        labels[k] == 0 && t.kind == TokenKind::Word && !t.is_capitalised() && {
            let word = t.text(text);
            !PREPOSITIONS.contains(&word) && !verb_like(word)
        }
    };
    let genitive = |k: usize| {
        let word = toks[k].text(text);
        word.chars().nth(4).is_some()
            && ["ого", "его", "ой", "ей", "ых", "их"]
                .iter()
                .any(|e| word.ends_with(e))
    };
    let mut k = at;
    while k < toks.len() && lower_word(k) && genitive(k) {
        k += 1;
    }
    if k > at && k < toks.len() && lower_word(k) && !adjective_like(toks[k].text(text)) {
        k + 1
    } else {
        at
    }
}

/// A `при` phrase names the body or post the organisation belongs to
/// (`при прокуратуре`, `при главном архитекторе Москвы`) when it holds a
/// capitalised word or a word for a kind of body, and does not say how
/// it came about (`при поддержке Минфина`) or when (`при старте`).
fn names_a_body(text: &str, phrase: &[Token]) -> bool {
    const CIRCUMSTANCES: &[&str] = &[
        "поддержке",
        "участии",
        "содействии",
        "помощи",
        "посредничестве",
    ];
    phrase
        .first()
        .is_some_and(|t| !CIRCUMSTANCES.contains(&t.text(text)))
        && phrase.iter().any(|t| {
            t.is_capitalised() || kind_words::kind_of_any_case(t.text(text)) == kind_words::ORG
        })
}

/// Ends as only an adjective does (`иностранных`, `народного`, `сильной`;
/// not `комитетом`, `Думой`, `края`, `исследований`), and is no word for a
/// kind of organisation (`сборной`).
fn plain_adjective(word: &str) -> bool {
    word.chars().nth(4).is_some()
        && kind_words::kind_of_any_case(word) != kind_words::ORG
        && !plural_genitive(word)
        && [
            "ого", "его", "ых", "их", "ому", "ему", "ыми", "ими", "ая", "яя", "ую", "юю", "ые",
            "ие", "ое", "ее", "ый", "ий", "ной", "ской", "цкой",
        ]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A Russian organisation's name does not end on an adjective: one that
/// does takes the lower-case noun after it (`министерства иностранных
/// дел`, `Меджлиса крымско-татарского народа`), or else drops a
/// lower-case adjective it ended on (`ФИДЕ сильной`), as it does after an
/// abbreviation, which is a whole name (`ООН грозной резолюции`).
pub fn end_at_noun(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        let last = &toks[e - 1];
        let quoted = toks[b..e].iter().any(|t| t.kind == TokenKind::Punct);
        if quoted || last.kind != TokenKind::Word || !plain_adjective(last.text(text)) {
            continue;
        }
        let lower = |t: &Token| t.kind == TokenKind::Word && !t.is_capitalised();
        if e - b == 1 {
            // A capitalised adjective alone runs on over the lower-case
            // adjectives after it to their noun (`Брукхейвенской
            // национальной лаборатории`); with none, it is a name without
            // its noun (`Большого`) and stays, as a lower-case one does.
            if !last.is_capitalised() {
                continue;
            }
            let mut k = e;
            while k < toks.len() && labels[k] == 0 && lower(&toks[k]) {
                if !plain_adjective(toks[k].text(text)) {
                    break;
                }
                k += 1;
            }
            if k > e && lower_noun(text, toks, labels, k) {
                labels[e..=k].fill(I_ORG);
                from = k + 1;
            }
            continue;
        }
        let after_abbreviation = abbreviation(toks[e - 2].text(text));
        if !after_abbreviation && lower_noun(text, toks, labels, e) {
            labels[e] = I_ORG;
            from = e + 1;
        } else if lower(last) {
            labels[e - 1] = 0;
        }
    }
}

/// Joins a one-word organisation that is an abbreviation to the
/// organisation of other words right before it: factRuEval counts the body
/// a part belongs to in its name (`Судейский комитет ФИФА`, `отдела
/// корпоративных серверов и сетей HP`; in the train part 31 such names
/// against one pair kept apart).
pub fn join_abbreviation_after(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((_, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        let joins = e < labels.len()
            && labels[e] == B_ORG
            && labels.get(e + 1) != Some(&I_ORG)
            && abbreviation(toks[e].text(text))
            && !abbreviation(toks[e - 1].text(text))
            && toks[e - 1].kind == TokenKind::Word;
        if joins {
            labels[e] = I_ORG;
            from = e + 1;
        }
    }
}

/// Ends like a Russian noun or adjective in the genitive (`защиты`,
/// `журналистов`, `современной`, `иностранных`, `наследия`), or is a
/// plural genitive of a noun in `-ие` or without an ending
/// ([`plural_genitive`]).
fn genitive_like(word: &str) -> bool {
    [
        "ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "а", "я", "ы", "и",
    ]
    .iter()
    .any(|e| word.ends_with(e))
        || plural_genitive(word)
}

/// Plural genitives that name what a body works on or for (`исследований`,
/// `наук`, `соинвесторов`): `-ов`/`-ев`, `-ий` of a noun in `-ие` (not an
/// adjective's `-ний`, `внешний`), and the few without an ending that
/// bodies' names hold.
fn plural_genitive(word: &str) -> bool {
    const NO_ENDING: &[&str] = &["наук", "дел", "искусств"];
    ["ов", "ев", "ений", "аний", "ятий", "ствий"]
        .iter()
        .any(|e| word.ends_with(e))
        || NO_ENDING.contains(&word)
}

/// Longest run of genitives an organisation takes, in words.
const MAX_GENITIVES: usize = 4;

/// Widens an organisation that opens with a capitalised word for its
/// kind, or with capitalised adjectives and then that word, alone or with
/// genitives after it, over the lower-case genitives that follow (`Комитет
/// защиты журналистов`, `Института этнологии и антропологии`,
/// `Казахстанской федерации футбола`): up to a word of another form, a
/// preposition, another kind word, punctuation or a verb.
pub fn widen_over_genitives(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        let named = toks[b].is_capitalised()
            && kind_word_after_adjectives(text, &toks[b..e])
                .is_some_and(|k| (b + k + 1..e).all(|i| lower_genitive(text, &toks[i])));
        let led = !named && adjective_led(text, &toks[b..e]);
        if !named && !led {
            from = e;
            continue;
        }
        let mut end = genitives_after(text, toks, labels, e);
        // After adjectives and a kind word that does not name its field
        // ([`KINDS_OF_WHAT`]), only `наук`, not a noun the body's name
        // governs (`Областного суда | здания`): other plural genitives
        // there lowered the unread half of the train part.
        if led && toks[end - 1].text(text) != "наук" {
            end = e;
        }
        labels[e..end].fill(I_ORG);
        from = end.max(e);
    }
}

/// Stems of the words for a kind of body whose name goes on to say of
/// what (`федерации футбола`, `института культурологии`), unlike `суда`
/// or `банка`, whose adjective may name them whole (`Конституционного
/// суда | здания`).
const KINDS_OF_WHAT: &[&str] = &[
    "федерац",
    "ассоциац",
    "союз",
    "институт",
    "академи",
    "совет",
    "комитет",
    "обществ",
];

/// Where the word for the organisation's kind is in `name`: its first word,
/// or the first after capitalised adjectives when it is one of
/// [`KINDS_OF_WHAT`] (`Казахстанской федерации`).
fn kind_word_after_adjectives(text: &str, name: &[Token]) -> Option<usize> {
    let k = name
        .iter()
        .position(|t| !t.is_capitalised() || !adjective_like(t.text(text)))?;
    let word = name[k].text(text);
    let kind = kind_words::kind_of_any_case(word) == kind_words::ORG;
    let of_what = || {
        let key = crate::wordlist::key(word);
        KINDS_OF_WHAT.iter().any(|s| key.starts_with(s))
    };
    (kind && (k == 0 || of_what())).then_some(k)
}

/// A name of a capitalised adjective, maybe lower-case ones after it, and
/// a word for a kind of body (`Объединенного института`, `Российской
/// академии`), maybe with lower-case genitives already.
fn adjective_led(text: &str, name: &[Token]) -> bool {
    let Some(k) = name.iter().position(|t| {
        !adjective_like(t.text(text))
            || kind_words::kind_of_any_case(t.text(text)) != kind_words::NONE
    }) else {
        return false;
    };
    k > 0
        && name[0].is_capitalised()
        && kind_words::kind_of_any_case(name[k].text(text)) == kind_words::ORG
        && name[1..k].iter().all(|t| !t.is_capitalised())
        && name[k + 1..].iter().all(|t| lower_genitive(text, t))
}

/// A lower-case word of four letters or more that ends like a genitive
/// and is no verb, preposition or word for a kind of organisation.
pub(super) fn lower_genitive(text: &str, t: &Token) -> bool {
    let word = t.text(text);
    t.kind == TokenKind::Word
        && word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().nth(3).is_some()
        && genitive_like(word)
        && !verb_like(word)
        && !PREPOSITIONS.contains(&word)
        && kind_words::kind_of(word) != kind_words::ORG
}

/// Token `k` is an unlabelled lower-case noun (not an adjective, a verb,
/// a preposition or a particle) that can end a name.
fn lower_noun(text: &str, toks: &[Token], labels: &[u8], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        let word = t.text(text);
        labels[k] == 0
            && t.kind == TokenKind::Word
            && word.chars().next().is_some_and(char::is_lowercase)
            && !adjective_like(word)
            && !verb_like(word)
            && !PREPOSITIONS.contains(&word)
            && !matches!(word, "и" | "или" | "а" | "но" | "не" | "же" | "ещё" | "еще")
    })
}

/// The end of the run of unlabelled lower-case genitives from token `e`
/// (at most [`MAX_GENITIVES`] words; `и` joins two nouns, `этнологии и
/// антропологии`).
pub(super) fn genitives_after(text: &str, toks: &[Token], labels: &[u8], e: usize) -> usize {
    let mut end = e;
    while end < labels.len() && end - e < MAX_GENITIVES && labels[end] == 0 {
        let joins = lower_genitive(text, &toks[end])
            || (toks[end].text(text) == "и"
                && end + 1 < labels.len()
                && labels[end + 1] == 0
                && lower_genitive(text, &toks[end + 1])
                && !adjective_like(toks[end + 1].text(text)));
        if !joins {
            break;
        }
        end += if toks[end].text(text) == "и" { 2 } else { 1 };
    }
    end.min(labels.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    const B_LOC: u8 = 5;

    #[test]
    fn an_organisation_takes_its_po_phrase() {
        let after =
            |text, labels: &[u8]| crate::tagger::after_pass(widen_over_po_and_pri, text, labels);
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
        assert_eq!(
            after(
                "совета при главном архитекторе Москвы , вовсе",
                &[B_ORG, 0, 0, 0, 5, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, 0, 0]
        );
        // Not over a `при` phrase of how or when.
        assert_eq!(
            after("экипаж шаттла при старте .", &[B_ORG, I_ORG, 0, 0, 0]),
            [B_ORG, I_ORG, 0, 0, 0]
        );
        assert_eq!(
            after("фонд при поддержке Минфина .", &[B_ORG, 0, 0, B_ORG, 0]),
            [B_ORG, 0, 0, B_ORG, 0]
        );
        // The tagger took the `по` and stopped: the phrase is still taken,
        // and a name with none after its `по` ends before it.
        assert_eq!(
            after(
                "Комитета по иностранным делам стал",
                &[B_ORG, I_ORG, 0, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(after("Комитета по ,", &[B_ORG, I_ORG, 0]), [B_ORG, 0, 0]);
        assert_eq!(
            after(
                "Комитета по бюджету и налогам заявил",
                &[B_ORG, I_ORG, I_ORG, 0, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, 0]
        );
        // An abbreviation's branch for a region, not a post's field.
        assert_eq!(
            after(
                "МЧС по Санкт-Петербургу и Ленобласти",
                &[B_ORG, I_ORG, I_ORG, 0, B_LOC]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            after("НАСА по космическим полётам", &[B_ORG, 0, 0, 0]),
            [B_ORG, 0, 0, 0]
        );
        // Not after a name with no kind word, nor over a person.
        assert_eq!(after("Газпром по словам", &[B_ORG, 0, 0]), [B_ORG, 0, 0]);
        assert_eq!(
            after("комитет по Ивану Петрову", &[B_ORG, 0, 1, 2]),
            [B_ORG, 0, 1, 2]
        );
    }

    #[test]
    fn an_organisation_ends_at_a_noun() {
        let after = |text, labels: &[u8]| crate::tagger::after_pass(end_at_noun, text, labels);
        assert_eq!(
            after(
                "Министерство иностранных дел заявило",
                &[B_ORG, I_ORG, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            after("сделать УЕФА сильной и богатой", &[0, B_ORG, I_ORG, 0, 0]),
            [0, B_ORG, 0, 0, 0]
        );
        // Not over a verb (the adjective leaves); a name ending at a noun
        // stays.
        assert_eq!(
            after("Верховного народного приняли", &[B_ORG, I_ORG, 0]),
            [B_ORG, 0, 0]
        );
        assert_eq!(
            after("Комитет защиты журналистов в", &[B_ORG, I_ORG, I_ORG, 0]),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        // A capitalised adjective alone runs on to its noun; with no
        // adjective after it, it stays alone.
        assert_eq!(
            after(
                "Учёные Аргоннской национальной лаборатории открыли",
                &[0, B_ORG, 0, 0, 0]
            ),
            [0, B_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            after("солисты Большого театра пели", &[0, B_ORG, 0, 0]),
            [0, B_ORG, 0, 0]
        );
        assert_eq!(
            after("Аргоннской национальной ,", &[B_ORG, 0, 0]),
            [B_ORG, 0, 0]
        );
        // A lower-case one stays too, first in the sentence or not.
        assert_eq!(
            after("российской национальной лаборатории", &[B_ORG, 0, 0]),
            [B_ORG, 0, 0]
        );
        // An abbreviation is a whole name.
        assert_eq!(
            after("от ООН грозной резолюции", &[0, B_ORG, I_ORG, 0]),
            [0, B_ORG, 0, 0]
        );
        // A kind word of an adjective's form, a short noun, a quoted name.
        assert_eq!(
            after("тренер российской сборной сказал", &[0, B_ORG, I_ORG, 0]),
            [0, B_ORG, I_ORG, 0]
        );
        assert_eq!(
            after("Собрания Пермского края приняли", &[B_ORG, I_ORG, I_ORG, 0]),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            after(
                "партии « Новые правые » член",
                &[B_ORG, I_ORG, I_ORG, I_ORG, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG, 0, 0]
        );
    }

    #[test]
    fn an_abbreviation_after_an_organisation_joins_it() {
        let after =
            |text, labels: &[u8]| crate::tagger::after_pass(join_abbreviation_after, text, labels);
        assert_eq!(
            after("Технический комитет УЕФА решил", &[B_ORG, I_ORG, B_ORG, 0]),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        // Not after another abbreviation or punctuation, nor a longer name.
        assert_eq!(after("МВД ФСБ", &[B_ORG, B_ORG]), [B_ORG, B_ORG]);
        assert_eq!(
            after("комитета , УЕФА", &[B_ORG, 0, B_ORG]),
            [B_ORG, 0, B_ORG]
        );
        assert_eq!(
            after("комитета УЕФА Лига", &[B_ORG, B_ORG, I_ORG]),
            [B_ORG, B_ORG, I_ORG]
        );
    }

    #[test]
    fn a_capitalised_kind_word_takes_the_genitives_after_it() {
        let after =
            |text, labels: &[u8]| crate::tagger::after_pass(widen_over_genitives, text, labels);
        assert_eq!(
            after("Фонд защиты лесов заявил", &[B_ORG, 0, 0, 0]),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            after("Института физики и химии моря", &[B_ORG, I_ORG, 0, 0, 0]),
            [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG]
        );
        // Not after a lower-case or adjective-led name, nor over a
        // preposition or another kind word.
        assert_eq!(after("фонда защиты лесов", &[B_ORG, 0, 0]), [B_ORG, 0, 0]);
        assert_eq!(
            after("Областного суда здания", &[B_ORG, I_ORG, 0]),
            [B_ORG, I_ORG, 0]
        );
        assert_eq!(after("Фонда для детей", &[B_ORG, 0, 0]), [B_ORG, 0, 0]);
        // A plural genitive in `-ий` (`исследований`).
        assert_eq!(
            after(
                "Института космических исследований РАН",
                &[B_ORG, 0, 0, B_ORG]
            ),
            [B_ORG, I_ORG, I_ORG, B_ORG]
        );
        // After adjectives, `наук` only.
        assert_eq!(
            after("Российской академии наук Юрий", &[B_ORG, I_ORG, 0, 1]),
            [B_ORG, I_ORG, I_ORG, 1]
        );
        // A kind word that names its field takes them all after
        // capitalised adjectives; another only `наук`.
        assert_eq!(
            after(
                "Объединенного института ядерных исследований",
                &[B_ORG, I_ORG, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            after(
                "Верховного суда ядерных исследований",
                &[B_ORG, I_ORG, 0, 0]
            ),
            [B_ORG, I_ORG, 0, 0]
        );
        assert_eq!(after("Фонда и партии", &[B_ORG, 0, 0]), [B_ORG, 0, 0]);
    }
}
