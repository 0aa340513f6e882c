//! factRuEval's organisation spans start at the word for the kind of
//! organisation or at the adjectives before it (`компании Google`,
//! `ежемесячной газеты «Радикальная политика`), never at another
//! lower-case noun the tagger took along (`мнению администрации США` →
//! `администрации США`, `интервью «Голосу Америки` → `«Голосу Америки`).

use super::{kind_words, org_heads};
use crate::text::{Token, TokenKind};

const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;
const I_LOC: u8 = 6;

/// Ends like a Russian adjective or participle (`государственного`,
/// `подконтрольный`, `ежемесячной`).
pub(super) fn adjective_like(word: &str) -> bool {
    [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ую", "юю", "ым",
        "им", "ом", "ем", "ые", "ие", "ых", "их", "ыми", "ими",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// An adjective of a place or people (`японского`, `мюнхенской`,
/// `немецкой`): an adjective ending after `ск` or `цк`.
pub(super) fn place_adjective(word: &str) -> bool {
    [
        "ого", "ой", "ом", "ая", "ую", "ий", "ое", "ие", "их", "им", "ому", "ими",
    ]
    .iter()
    .any(|e| {
        word.strip_suffix(e)
            .is_some_and(|stem| stem.ends_with("ск") || stem.ends_with("цк"))
    })
}

/// Drops the leading lower-case words of each organisation that are
/// neither adjectives nor words for a kind of organisation.
pub fn trim_leading_nouns(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some(b) = super::next_label(labels, from, B_ORG) {
        from = b + 1;
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

/// Ends like a Russian verb in the past or present tense (`одобрило`,
/// `принимает`, `сообщила`, `заявили`, `является`).
pub(crate) fn verb_like(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ило", "ало", "ело", "яло", "ила", "ала", "ела", "яла", "или", "али", "ели", "яли", "ает",
        "яет", "ует", "ит", "ют", "ут", "ят", "ся", "сь", "ал", "ил", "ял", "ел",
    ];
    matches!(
        word,
        "был" | "была" | "было" | "были" | "будет" | "стал" | "стала"
    ) || PREDICATIVES.contains(&word)
        || (word.chars().count() >= 6 && ENDINGS.iter().any(|e| word.ends_with(e)))
}

/// Short adjectives that serve as a verb (`сборная готова`, `компания
/// намерена`): never part of a name. Not `рада`, which is also the Rada.
const PREDICATIVES: &[&str] = &[
    "готов",
    "готова",
    "готово",
    "готовы",
    "должен",
    "должна",
    "должно",
    "должны",
    "намерен",
    "намерена",
    "намерены",
    "вынужден",
    "вынуждена",
    "вынуждены",
    "обязан",
    "обязана",
    "обязаны",
    "уверен",
    "уверена",
    "уверены",
    "согласен",
    "согласна",
    "согласны",
    "способен",
    "способна",
    "способны",
];

/// Particles and adverbs that stand by a verb, never inside a name
/// (`Дума ещё раз обдумает`).
const PARTICLES: &[&str] = &["ещё", "еще", "уже", "также", "тоже", "же", "не", "бы", "ли"];

/// Ends each organisation before a lower-case verb the tagger ran on
/// over (`Правительство одобрило проект` → `Правительство`), or before a
/// particle that stands by one (`Дума ещё`).
pub fn cut_at_verbs(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 1;
    while let Some(i) = super::next_label(labels, from, I_ORG) {
        from = i + 1;
        let t = &toks[i];
        let word = t.text(text);
        let verb = t.kind == TokenKind::Word
            && !t.is_capitalised()
            && word.chars().next().is_some_and(char::is_lowercase)
            && kind_words::kind_of(word) != kind_words::ORG
            && (verb_like(word) || PARTICLES.contains(&word));
        if verb {
            let mut j = i;
            while j < labels.len() && labels[j] == I_ORG {
                labels[j] = 0;
                j += 1;
            }
        }
    }
}

/// Splits an organisation at `и` before a word for a kind of
/// organisation: two names side by side (`Конгресса профсоюзов и
/// профсоюза Юнайт`, `ОАО «Белтрансгаз» и правительство Белоруссии`).
pub fn split_at_and(text: &str, toks: &[Token], labels: &mut [u8]) {
    for i in 1..labels.len().saturating_sub(1) {
        let joins_two = labels[i] == I_ORG
            && labels[i + 1] == I_ORG
            && toks[i].text(text) == "и"
            && !toks[i + 1].is_capitalised()
            && kind_words::kind_of(toks[i + 1].text(text)) == kind_words::ORG;
        if joins_two {
            labels[i] = 0;
            labels[i + 1] = B_ORG;
        }
    }
}

/// Russian abbreviations for a legal form or kind of state body that open
/// an organisation's name (`ГУ МЧС России`, `ОАО «Белтрансгаз`).
const LEGAL_FORMS: &[&str] = &[
    "ОАО", "ЗАО", "ООО", "ПАО", "АО", "ГУ", "ГУП", "ФГУП", "МУП", "ФГУ", "ФГБУ", "АНО", "НКО",
];

/// Joins a legal form to the organisation the tagger found right after it.
pub fn join_legal_forms(text: &str, toks: &[Token], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        if matches!(labels[i], 0 | B_ORG)
            && labels[i + 1] == B_ORG
            && LEGAL_FORMS.contains(&toks[i].text(text))
        {
            labels[i] = B_ORG;
            labels[i + 1] = I_ORG;
        }
    }
}

/// Widens each organisation that starts at a lower-case word for its
/// kind, or at an opening quotation mark, to the adjectives before it
/// (`ежемесячной газеты`, `государственного информационного агентства`,
/// `ленинградского «Телевизора`).
pub fn widen_to_adjectives(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 1;
    while let Some(b) = super::next_label(labels, from, B_ORG) {
        from = b + 1;
        // A lower-case word for its kind just before joins first
        // (`компании Google`).
        let kind_at = |i: usize| {
            toks[i].kind == TokenKind::Word
                && !toks[i].is_capitalised()
                && kind_words::kind_of(toks[i].text(text)) == kind_words::ORG
        };
        let mut b = b;
        if labels[b - 1] == 0 && kind_at(b - 1) {
            labels[b - 1] = B_ORG;
            labels[b] = I_ORG;
            b -= 1;
        }
        let head = toks[b].text(text);
        let opens = matches!(head, "«" | "„" | "\"");
        // Before a kind word, adjectives that agree with it; before a
        // name, only adjectives of a place (`японского МИДа`).
        let joins = |word: &str| {
            if opens {
                adjective_like(word)
            } else if kind_at(b) {
                adjective_like(word) && org_heads::agrees(word, head) && !org_heads::describes(word)
            } else {
                place_adjective(word)
            }
        };
        // A capitalised adjective only before a kind word (`Судейский
        // комитет`, `Русской службе`) or before another capitalised one
        // (`Русская Православная Церковь`).
        let before_kind =
            kind_at(b) || (toks[b].is_capitalised() && adjective_like(&crate::wordlist::key(head)));
        let can_join = |k: usize| {
            labels[k] == 0
                && toks[k].kind == TokenKind::Word
                && if toks[k].is_capitalised() {
                    before_kind && joins(&crate::wordlist::key(toks[k].text(text)))
                } else {
                    joins(toks[k].text(text))
                }
        };
        let mut i = b;
        loop {
            if i > 0 && can_join(i - 1) {
                i -= 1;
            } else if i > 1
                && labels[i - 1] == 0
                && toks[i - 1].text(text) == "и"
                && labels[i - 2] == 0
                && toks[i - 2].kind == TokenKind::Word
                && same_form(
                    &crate::wordlist::key(toks[i - 2].text(text)),
                    toks[i].text(text),
                )
            {
                // Two adjectives of one form joined by `и` (`Промышленный
                // и коммерческий банк`).
                i -= 2;
            } else {
                break;
            }
        }
        if i < b {
            labels[i] = B_ORG;
            labels[i + 1..=b].fill(I_ORG);
        }
    }
}

/// Two adjectives end in the same case, number and gender
/// (`Промышленный` and `коммерческий`, `продовольственной` and
/// `сельскохозяйственной`): their last two letters, with the soft vowel
/// read as the hard one.
fn same_form(a: &str, b: &str) -> bool {
    let ending = |w: &str| {
        let mut last: Vec<char> = w.chars().rev().take(2).collect();
        last.reverse();
        if let Some(c) = last.first_mut() {
            *c = match *c {
                'и' => 'ы',
                'е' => 'о',
                'я' => 'а',
                'ю' => 'у',
                c => c,
            };
        }
        last
    };
    adjective_like(a) && adjective_like(b) && ending(a) == ending(b)
}

/// A capitalised adjective and a lower-case word for a kind of
/// organisation that agrees with it name that organisation (`Верховный
/// суд`, `Большим театром`, `Атлантический альянс`; in the train part's
/// gold 44 such pairs inside a sentence are an organisation, one is not),
/// whatever one-word name the tagger read in the adjective; so do up to
/// [`MIDDLE_ADJECTIVES`] lower-case adjectives between that agree too
/// (`Запорожский автомобилестроительный завод`). `kinds`: each token's
/// [`kind_words::kind_of_any_case`].
pub fn adjective_and_kind_word(text: &str, toks: &[Token], kinds: &[u8], labels: &mut [u8]) {
    for n in 1..labels.len() {
        // `kinds` first: this runs on every word.
        if kinds[n] != kind_words::ORG {
            continue;
        }
        let noun = &toks[n];
        if !matches!(labels[n], 0 | B_ORG | I_ORG)
            || noun.kind != TokenKind::Word
            || noun.is_capitalised()
        {
            continue;
        }
        let head = noun.text(text);
        let mut i = n - 1;
        while n - 1 - i < MIDDLE_ADJECTIVES
            && i > 0
            && matches!(labels[i], 0 | B_ORG | I_ORG | I_LOC)
            && {
                let t = &toks[i];
                let word = t.text(text);
                t.kind == TokenKind::Word
                    && !t.is_capitalised()
                    && adjective_like(word)
                    && org_heads::agrees(word, head)
                    && !org_heads::describes(word)
            }
        {
            i -= 1;
        }
        let adjective = &toks[i];
        if !opens_the_body(&labels[i..=n])
            || !adjective.is_capitalised()
            || !adjective_like(adjective.text(text))
        {
            continue;
        }
        let word = crate::wordlist::key(adjective.text(text));
        if org_heads::agrees(&word, head) && !org_heads::describes(&word) {
            labels[i] = B_ORG;
            labels[i + 1..=n].fill(I_ORG);
        }
    }
}

/// The labels from the capitalised adjective to the kind word let the
/// adjective open the body: no name or a one-word name at the adjective
/// and no name between, the kind word outside a name, opening one or in
/// one (`Верховный суд`, `Высокий | суд Лондона`); the words between one
/// body of their own (`Международный | олимпийский комитет`, where the
/// tagger or [`org_heads::country_and_kind_word`] left the sentence's
/// first word out); or the adjectives a place of their own before the
/// kind word (`Тверской районный | суд Москвы`).
fn opens_the_body(labels: &[u8]) -> bool {
    let (&first, rest) = labels.split_first().expect("the adjective");
    let (&last, middle) = rest.split_last().expect("the kind word");
    let one_word = first == 0 || super::one_word_name(labels, 0);
    let unnamed = middle.iter().all(|&l| l == 0) && matches!(last, 0 | B_ORG | I_ORG);
    let alone = rest.first() == Some(&B_ORG) && rest[1..].iter().all(|&l| l == I_ORG);
    let place = first == B_LOC && middle.iter().all(|&l| l == I_LOC) && matches!(last, 0 | B_ORG);
    (one_word && (unnamed || alone)) || place
}

/// The most lower-case adjectives [`adjective_and_kind_word`] takes between
/// the capitalised one and the noun.
const MIDDLE_ADJECTIVES: usize = 2;

/// A place the tagger found whose head (its first word that is no
/// adjective) is a word for a kind of body is that body (`Комитета` before
/// `по иностранным делам`, `Большим театром`; not `комплекса зданий
/// Сената`) when it opens with a capital (not `в главном театре страны`,
/// a place in factRuEval's gold); not a state named as a union or
/// federation (`Советского Союза`, `Российской Федерации`) unless a
/// lower-case genitive says of what (`Казахстанской федерации футбола`).
pub fn kind_word_makes_place_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_LOC) {
        from = e;
        let head = toks[b..e]
            .iter()
            .map(|t| t.text(text))
            .find(|w| !adjective_like(w) || kind_words::kind_of_any_case(w) != kind_words::NONE);
        let of_what = || {
            toks.get(e)
                .is_some_and(|t| labels[e] == 0 && super::org_chains::lower_genitive(text, t))
        };
        let body = toks[b].is_capitalised()
            && head.is_some_and(|w| {
                kind_words::kind_of_any_case(w) == kind_words::ORG
                    && (!names_a_state(w) || of_what())
            });
        if body {
            labels[b] = B_ORG;
            labels[b + 1..e].fill(I_ORG);
        }
    }
}

/// `Союз`, `Федерация` in any case: words for a body that also name states.
fn names_a_state(word: &str) -> bool {
    let key = crate::wordlist::key(word);
    key.starts_with("союз") || key.starts_with("федерац")
}

/// Joins the place right after an organisation to it: factRuEval counts
/// the country or city a body belongs to in its name (`правительства
/// Китая`, `Министерства сельского хозяйства Германии`, `МИД РФ`).
pub fn take_place_after(_: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 1;
    while let Some(e) = super::next_label(labels, from, B_LOC) {
        from = e + 1;
        if matches!(labels[e - 1], B_ORG | I_ORG)
            && toks[e - 1].kind == TokenKind::Word
            && toks[e].kind == TokenKind::Word
        {
            labels[e] = I_ORG;
            let mut j = e + 1;
            while j < labels.len() && labels[j] == I_LOC {
                labels[j] = I_ORG;
                j += 1;
            }
        }
    }
}

/// A lone lower-case word after `глава` is a post, not a body's name
/// (`глава государства`, `главы ведомства`): factRuEval tags none of
/// them, though the same words name a body elsewhere.
pub fn drop_head_of(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 1;
    while let Some(i) = super::next_label(labels, from, B_ORG) {
        from = i + 1;
        if labels.get(i + 1) != Some(&I_ORG)
            && !toks[i].is_capitalised()
            && matches!(
                toks[i - 1].text(text).to_lowercase().as_str(),
                "глава" | "главы" | "главе" | "главой" | "главу"
            )
        {
            labels[i] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_word_after_glava_is_a_post() {
        let dropped = |text, labels: &[u8]| crate::tagger::after_pass(drop_head_of, text, labels);
        assert_eq!(
            dropped("Глава государства заявил", &[0, B_ORG, 0]),
            [0, 0, 0]
        );
        // Not a body named in full, nor one with a capital.
        assert_eq!(
            dropped("глава правительства Израиля", &[0, B_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
        assert_eq!(dropped("глава Минсвязи", &[0, B_ORG]), [0, B_ORG]);
        assert_eq!(dropped("в государства", &[0, B_ORG]), [0, B_ORG]);
    }
    use crate::text::token::tokenize;

    fn trimmed(text: &str, labels: &[u8]) -> Vec<u8> {
        crate::tagger::after_pass(trim_leading_nouns, text, labels)
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
    fn the_kind_word_and_adjectives_before_join() {
        assert_eq!(
            trimmed_then_widened("о немецкой компании Siemens", &[0, 0, 0, B_ORG]),
            [0, B_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            trimmed_then_widened("солист ленинградского «Телевизора", &[0, 0, B_ORG, I_ORG]),
            [0, B_ORG, I_ORG, I_ORG]
        );
        // Not to a noun, nor to an adjective before a capitalised name.
        assert_eq!(
            trimmed_then_widened("стол компании Siemens", &[0, 0, B_ORG]),
            [0, B_ORG, I_ORG]
        );
        // Nor an adjective in another case (`управляющий компанией`).
        assert_eq!(
            trimmed_then_widened("управляющий компанией Acme", &[0, B_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
        // A capitalised one before a kind word (`Судейский комитет`), not
        // one of time.
        assert_eq!(
            trimmed_then_widened("Судейский комитет УЕФА", &[0, B_ORG, I_ORG]),
            [B_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            trimmed_then_widened("Новый комитет", &[0, B_ORG]),
            [0, B_ORG]
        );
        // Across `и` between two adjectives of one form.
        assert_eq!(
            trimmed_then_widened("Промышленный и коммерческий банк", &[0, 0, B_ORG, I_ORG]),
            [B_ORG, I_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            trimmed_then_widened("новых и коммерческий банк", &[0, 0, B_ORG, I_ORG]),
            [0, 0, B_ORG, I_ORG]
        );
        // Nor a title that ends like one (`главой`).
        assert_eq!(
            trimmed_then_widened("с главой администрации", &[0, 0, B_ORG]),
            [0, 0, B_ORG]
        );
        // An adjective of a place joins a name too.
        assert_eq!(
            trimmed_then_widened("у шведского МИДа", &[0, 0, B_ORG]),
            [0, B_ORG, I_ORG]
        );
        assert_eq!(
            trimmed_then_widened("новой Siemens", &[0, B_ORG]),
            [0, B_ORG]
        );
        // A capitalised adjective before a capitalised one; not before
        // a name (`Японская Toyota`).
        assert_eq!(
            trimmed_then_widened("что Русская Православная Церковь", &[0, 0, B_ORG, I_ORG]),
            [0, B_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            trimmed_then_widened("что Японская Toyota", &[0, 0, B_ORG]),
            [0, 0, B_ORG]
        );
    }

    fn trimmed_then_widened(text: &str, labels: &[u8]) -> Vec<u8> {
        crate::tagger::after_pass(widen_to_adjectives, text, &trimmed(text, labels))
    }

    #[test]
    fn an_organisation_ends_before_a_verb() {
        let toks = tokenize("Правительство одобрило проект закона");
        let mut labels = [B_ORG, I_ORG, I_ORG, I_ORG];
        cut_at_verbs("Правительство одобрило проект закона", &toks, &mut labels);
        assert_eq!(labels, [B_ORG, 0, 0, 0]);
        // Nor over a particle.
        let text = "Дума ещё раз";
        let mut labels = [B_ORG, I_ORG, I_ORG];
        cut_at_verbs(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, 0, 0]);
        // Nor over a short adjective serving as the verb.
        let text = "сборная готова";
        let mut labels = [B_ORG, I_ORG];
        cut_at_verbs(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, 0]);
        // Genitives are no verbs.
        let text = "Министерству торговли КНР";
        let mut labels = [B_ORG, I_ORG, I_ORG];
        cut_at_verbs(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, I_ORG, I_ORG]);
    }

    #[test]
    fn two_organisations_joined_by_and_part() {
        let text = "Конгресса профсоюзов и профсоюза Юнайт";
        let mut labels = [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG];
        split_at_and(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, I_ORG, 0, B_ORG, I_ORG]);
        // Not before an adjective (`Промышленный и коммерческий банк`).
        let text = "Промышленный и коммерческий банк";
        let mut labels = [B_ORG, I_ORG, I_ORG, I_ORG];
        split_at_and(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, I_ORG, I_ORG, I_ORG]);
    }

    #[test]
    fn a_legal_form_joins_the_organisation_after_it() {
        let text = "ГУ МЧС России";
        let mut labels = [B_ORG, B_ORG, I_ORG];
        join_legal_forms(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, I_ORG, I_ORG]);
        let text = "МЧС России";
        let mut labels = [B_ORG, 5];
        join_legal_forms(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, 5]);
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

    #[test]
    fn a_capitalised_adjective_and_a_kind_word_are_an_organisation() {
        let after = |text: &str, labels: &[u8]| {
            let toks = tokenize(text);
            let kinds: Vec<u8> = toks
                .iter()
                .map(|t| kind_words::kind_of_any_case(t.text(text)))
                .collect();
            let mut labels = labels.to_vec();
            adjective_and_kind_word(text, &toks, &kinds, &mut labels);
            labels
        };
        assert_eq!(
            after("решение Конституционного суда принято", &[0, B_LOC, 0, 0]),
            [0, B_ORG, I_ORG, 0]
        );
        assert_eq!(after("в Малом театре", &[0, 0, 0]), [0, B_ORG, I_ORG]);
        // Lower-case adjectives between agree too.
        assert_eq!(
            after(
                "Запорожский автомобилестроительный завод собрал",
                &[B_LOC, 0, 0, 0]
            ),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            after("Федеральное авиационное управление", &[0, 0, 0]),
            [B_ORG, I_ORG, I_ORG]
        );
        // Also when the words after it are already the body.
        assert_eq!(
            after("Международный олимпийский комитет", &[0, B_ORG, I_ORG]),
            [B_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            after("Международный олимпийский комитет", &[0, B_ORG, B_ORG]),
            [0, B_ORG, B_ORG]
        );
        // Nor when the adjectives are a place before the body.
        assert_eq!(
            after("в Высокий суд Лондона", &[0, B_LOC, B_ORG, I_ORG]),
            [0, B_ORG, I_ORG, I_ORG]
        );
        assert_eq!(
            after(
                "Тверской районный суд Москвы",
                &[B_LOC, I_LOC, B_ORG, I_ORG]
            ),
            [B_ORG, I_ORG, I_ORG, I_ORG]
        );
        // Not when one of them disagrees, or says when.
        assert_eq!(after("Запорожский новой завод", &[0, 0, 0]), [0, 0, 0]);
        assert_eq!(after("Российский бывший завод", &[0, 0, 0]), [0, 0, 0]);
        // Not in another case or a word of time, nor inside a longer name.
        assert_eq!(after("Большим театра", &[0, 0]), [0, 0]);
        assert_eq!(after("Новый театр", &[0, 0]), [0, 0]);
        assert_eq!(
            after("Северной Кореи театр", &[B_LOC, B_LOC + 1, 0]),
            [B_LOC, B_LOC + 1, 0]
        );
    }

    #[test]
    fn a_place_headed_by_a_word_for_a_body_is_that_body() {
        let after = |text, labels: &[u8]| {
            crate::tagger::after_pass(kind_word_makes_place_org, text, labels)
        };
        assert_eq!(
            after("Председатель Комитета по делам", &[0, B_LOC, 0, 0]),
            [0, B_ORG, 0, 0]
        );
        assert_eq!(
            after("с Большим театром ,", &[0, B_LOC, I_LOC, 0]),
            [0, B_ORG, I_ORG, 0]
        );
        // Not a state, a place headed by another word, or a lower-case one.
        assert_eq!(after("Советского Союза", &[B_LOC, I_LOC]), [B_LOC, I_LOC]);
        assert_eq!(
            after("комплекса зданий Сената", &[B_LOC, I_LOC, I_LOC]),
            [B_LOC, I_LOC, I_LOC]
        );
        assert_eq!(
            after("в главном театре страны", &[0, B_LOC, I_LOC, I_LOC]),
            [0, B_LOC, I_LOC, I_LOC]
        );
    }

    #[test]
    fn the_place_after_an_organisation_joins_it() {
        let after = |text, labels: &[u8]| crate::tagger::after_pass(take_place_after, text, labels);
        assert_eq!(
            after("посольства Норвегии", &[B_ORG, B_LOC]),
            [B_ORG, I_ORG]
        );
        assert_eq!(
            after("мэрия Нижнего Новгорода", &[B_ORG, B_LOC, I_LOC]),
            [B_ORG, I_ORG, I_ORG]
        );
        // Not across punctuation, nor a place alone.
        assert_eq!(
            after("Газпрома , Норвегии", &[B_ORG, 0, B_LOC]),
            [B_ORG, 0, B_LOC]
        );
        assert_eq!(after("в Норвегии", &[0, B_LOC]), [0, B_LOC]);
    }
}
