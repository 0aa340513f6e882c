//! factRuEval's convention for a place named with a word for its kind: the
//! word is part of the name before it (`реку Нарву`, `города Феникс`) and
//! after a capitalised adjective (`Белом доме`, `Кронштадтском бульваре`).
//! The words are stems in `data/entities/ru_place_words.txt`; a word
//! matches when it is a stem and at most a three-letter case ending.

use std::sync::LazyLock;

use crate::entities::lexicon::PLACES;
use crate::entities::ru_morph;
use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const B_ORG: u8 = 3;
const B_LOC: u8 = 5;
const I_LOC: u8 = 6;

struct Stems {
    before: Vec<&'static str>,
    after: Vec<&'static str>,
    named: Vec<&'static str>,
}

static STEMS: LazyLock<Stems> = LazyLock::new(|| {
    let mut stems = Stems {
        before: Vec::new(),
        after: Vec::new(),
        named: Vec::new(),
    };
    for line in crate::wordlist::entries(crate::data_list!("entities/ru_place_words.txt")) {
        match line.split_once(' ') {
            Some(("before", stem)) => stems.before.push(stem),
            Some(("after", stem)) => stems.after.push(stem),
            Some(("named", stem)) => stems.named.push(stem),
            _ => {}
        }
    }
    stems
});

/// A lower-case word that is one of `stems` with a case ending of the
/// singular (`городах России` names no one city).
fn matches(word: &str, stems: &[&str]) -> bool {
    const PLURAL: &[&str] = &["ах", "ях", "ами", "ями", "ов", "ам", "ям"];
    word.chars().next().is_some_and(char::is_lowercase)
        && stems.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|rest| rest.chars().count() <= 3 && !PLURAL.contains(&rest))
        })
}

/// Ends like a Russian adjective (`Белом`, `Московской`, `Красная`).
fn adjective_like(word: &str) -> bool {
    [
        "ом", "ой", "ий", "ый", "ая", "ое", "ого", "ому", "ую", "ей", "ым",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Widens each place to the word for its kind before or after it.
pub fn widen(text: &str, toks: &[Token], labels: &mut [u8]) {
    let word = |i: usize| (toks[i].kind == TokenKind::Word).then(|| toks[i].text(text));
    let mut from = 0;
    while let Some((b, mut end)) = super::next_name(labels, from, B_LOC) {
        // A word for a kind of place between two names opens the second
        // (`Невы реку Славянку`, `республики городе Грозном`; not
        // `Тверской площади`).
        let opens =
            |k: usize| opens_a_place(text, toks, k) && k + 1 < end && toks[k + 1].is_capitalised();
        if let Some(k) = (b + 1..end).find(|&k| opens(k)) {
            labels[k] = B_LOC;
            from = k;
            continue;
        }
        let last = word(end - 1).filter(|w| adjective_like(w) && toks[end - 1].is_capitalised());
        // Lower-case adjectives may come between (`Дальневосточном
        // федеральном округе`).
        let mut kind_at = end;
        while last.is_some()
            && kind_at < labels.len()
            && kind_at - end < 2
            && labels[kind_at] == 0
            && !toks[kind_at].is_capitalised()
            && word(kind_at).is_some_and(|w| adjective_like(w) && !matches(w, &STEMS.after))
        {
            kind_at += 1;
        }
        // The tagger may have read the kind word as a place of its own
        // (`Северо-Кавказском федеральном | округе`).
        let alone =
            |k: usize| labels[k] == 0 || (labels[k] == B_LOC && labels.get(k + 1) != Some(&I_LOC));
        if last.is_some()
            && kind_at < labels.len()
            && alone(kind_at)
            && word(kind_at).is_some_and(|w| matches(w, &STEMS.after))
        {
            labels[end..=kind_at].fill(I_LOC);
            end = kind_at + 1;
        }
        // A building takes the lower-case noun in the genitive that names
        // it (`Дворце молодёжи`, `Центральном доме литераторов`).
        let building =
            word(end - 1).is_some_and(|w| matches(&crate::entities::lexicon::key(w), &STEMS.named));
        if building
            && end < labels.len()
            && labels[end] == 0
            && word(end).is_some_and(genitive_noun)
        {
            labels[end] = I_LOC;
            end += 1;
        }
        if b > 0 && labels[b - 1] == 0 && word(b - 1).is_some_and(|w| matches(w, &STEMS.before)) {
            labels[b - 1] = B_LOC;
            labels[b] = I_LOC;
        }
        from = end;
    }
}

/// An organisation of capitalised adjectives and a word for a region is
/// that region (`Жители Краснодарского края`, where the tagger read a
/// body): in the read half of the train part all 4 such names are places.
pub fn region_is_place(text: &str, toks: &[Token], labels: &mut [u8]) {
    const REGIONS: &[&str] = &["кра", "област", "округ", "район", "республик"];
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        let adjective = |t: &Token| {
            t.kind == TokenKind::Word && t.is_capitalised() && adjective_like(t.text(text))
        };
        let region = |t: &Token| t.kind == TokenKind::Word && matches(t.text(text), REGIONS);
        if e - b >= 2 && toks[b..e - 1].iter().all(adjective) && region(&toks[e - 1]) {
            labels[b] = B_LOC;
            labels[b + 1..e].fill(I_LOC);
        }
    }
}

/// A lower-case noun that ends as a genitive does (`молодёжи`,
/// `литераторов`, `спорта`), and no verb (`стали`). Stricter than
/// [`super::org_chains::lower_genitive`], which also takes the genitives of
/// adjectives and pronouns (`Белом доме | своего`).
fn genitive_noun(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        && word.chars().nth(3).is_some()
        && ["а", "я", "ы", "и", "ов", "ев", "ей"]
            .iter()
            .any(|e| word.ends_with(e))
        && !word.ends_with("ли")
        && !adjective_like(word)
        && !super::org_spans::verb_like(word)
}

/// Token `k` is a word for a kind of place that opens the name after it:
/// not after an adjective (`Тверской площади` is a place of its own).
fn opens_a_place(text: &str, toks: &[Token], k: usize) -> bool {
    let word = |i: usize| (toks[i].kind == TokenKind::Word).then(|| toks[i].text(text));
    word(k).is_some_and(|w| matches(w, &STEMS.before))
        && !(k > 0 && word(k - 1).is_some_and(adjective_like))
}

/// A one-word person or organisation right after a word for a kind of
/// place is that place (`суд города Феникс`, where the tagger read a
/// person); [`widen`] then takes the word in.
pub fn named_after_place_word(text: &str, toks: &[Token], labels: &mut [u8]) {
    for i in 1..labels.len() {
        if matches!(labels[i], B_PER | B_ORG)
            && super::one_word_name(labels, i)
            && labels[i - 1] == 0
            && opens_a_place(text, toks, i - 1)
        {
            labels[i] = B_LOC;
        }
    }
}

/// Beginnings of the adjectives of a side of the world or the middle
/// (`Южную Америку`, `западной Европы`, `Юго-Восточной Азии`).
const DIRECTIONS: &[&str] = &[
    "южн",
    "северн",
    "западн",
    "восточн",
    "центральн",
    "юго-",
    "северо-",
];

/// Widens each place to an adjective of a side of the world just before
/// it, capitalised or not: factRuEval counts it in the name (`Центральную
/// Америку`, `южные Курильские острова`, `западной Европы`); in the train
/// part's gold every such adjective before a place is inside it.
pub fn join_directions(text: &str, toks: &[Token], labels: &mut [u8]) {
    // One buffer for the sentence's keys, not a string per place.
    let mut word = String::new();
    let mut from = 1;
    while let Some(b) = super::next_label(labels, from, B_LOC) {
        from = b + 1;
        if labels[b - 1] != 0 || toks[b - 1].kind != TokenKind::Word {
            continue;
        }
        word.clear();
        crate::wordlist::push_key(toks[b - 1].text(text), &mut word);
        if DIRECTIONS.iter().any(|d| word.starts_with(d))
            && super::org_spans::adjective_like(&word)
            && !word.ends_with("ее")
        {
            labels[b - 1] = B_LOC;
            labels[b] = I_LOC;
        }
    }
}

/// Whether `a и b` is a listed place in some case (`Боснии и
/// Герцеговины`, `Тринидадом и Тобаго`).
///
/// The readings are built in buffers, not a string allocated for each of
/// the pairs.
fn listed_pair(a: &str, b: &str) -> bool {
    let (a, b) = (crate::wordlist::key(a), crate::wordlist::key(b));
    let (mut x_buf, mut y_buf, mut pair) = (String::new(), String::new(), String::new());
    let mut found = false;
    ru_morph::each_reading(&a, &mut x_buf, |x| {
        ru_morph::each_reading(&b, &mut y_buf, |y| {
            if !found {
                pair.clear();
                pair.push_str(x);
                pair.push_str(" и ");
                pair.push_str(y);
                found = PLACES.contains_key(pair.as_str());
            }
        });
    });
    found
}

/// Two capitalised words joined by `и` are one place when the pair is
/// listed (`Боснии и Герцеговины`, which the tagger reads as two), and a
/// place the tagger ran over `и` is two otherwise (`Калифорнии и
/// Нью-Йорке`).
pub fn places_with_and(text: &str, toks: &[Token], labels: &mut [u8]) {
    let place = |l: u8| l == B_LOC || l == I_LOC;
    for i in 1..toks.len().saturating_sub(1) {
        // Both readings need a place beside the `и`: the labels are asked
        // first, the word only then.
        if !(place(labels[i - 1]) || place(labels[i + 1]))
            || toks[i].text(text) != "и"
            || !toks[i - 1].is_capitalised()
            || !toks[i + 1].is_capitalised()
        {
            continue;
        }
        let (left, right) = (toks[i - 1].text(text), toks[i + 1].text(text));
        if (place(labels[i - 1]) || place(labels[i + 1])) && listed_pair(left, right) {
            if labels[i - 1] != I_LOC {
                labels[i - 1] = B_LOC;
            }
            labels[i] = I_LOC;
            labels[i + 1] = I_LOC;
            super::begin_anew(labels, i + 2);
        } else if place(labels[i - 1]) && labels[i] == I_LOC {
            labels[i] = 0;
            labels[i + 1] = B_LOC;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_joined_by_and_are_one_only_when_listed() {
        let paired = |text, labels: &[u8]| crate::tagger::after_pass(places_with_and, text, labels);
        assert_eq!(
            paired("в Боснии и Герцеговине", &[0, B_LOC, 0, B_LOC]),
            [0, B_LOC, I_LOC, I_LOC]
        );
        assert_eq!(
            paired("в Калифорнии и Нью-Йорке", &[0, B_LOC, I_LOC, I_LOC]),
            [0, B_LOC, 0, B_LOC]
        );
        // Not two people, nor two organisations.
        assert_eq!(paired("Иван и Мария", &[1, 0, 1]), [1, 0, 1]);
        assert_eq!(paired("Газпром и Роснефть", &[3, 0, 3]), [3, 0, 3]);
    }

    #[test]
    fn a_name_after_a_word_for_a_kind_of_place_is_a_place() {
        let after =
            |text, labels: &[u8]| crate::tagger::after_pass(named_after_place_word, text, labels);
        assert_eq!(
            after("в суд города Феникс .", &[0, 0, 0, B_PER, 0]),
            [0, 0, 0, B_LOC, 0]
        );
        // Not a name of two words, nor after a plural or an adjective
        // (`Тверской площади Ивана` is no pattern of a place).
        assert_eq!(
            after("города Иван Петров", &[0, B_PER, B_PER + 1]),
            [0, B_PER, B_PER + 1]
        );
        assert_eq!(after("в городах Газпрома", &[0, 0, B_ORG]), [0, 0, B_ORG]);
        assert_eq!(
            after("Тверской площади Ивана", &[0, 0, B_PER]),
            [0, 0, B_PER]
        );
    }

    fn widened(text: &str, labels: &[u8]) -> Vec<u8> {
        crate::tagger::after_pass(widen, text, labels)
    }

    #[test]
    fn the_word_before_joins_in_any_case() {
        assert_eq!(
            widened("переплыли реку Лену", &[0, 0, B_LOC]),
            [0, B_LOC, I_LOC]
        );
        assert_eq!(
            widened("в городе Самаре", &[0, 0, B_LOC]),
            [0, B_LOC, I_LOC]
        );
        // A longer word on the same stem is another word (`сельского`),
        // and a plural names no one place.
        assert_eq!(widened("сельского Казахстана", &[0, B_LOC]), [0, B_LOC]);
        assert_eq!(widened("в городах Сибири", &[0, 0, B_LOC]), [0, 0, B_LOC]);
    }

    #[test]
    fn a_region_read_as_a_body_is_a_place() {
        let after = |text, labels: &[u8]| crate::tagger::after_pass(region_is_place, text, labels);
        assert_eq!(
            after("Жители Пермского края", &[0, B_ORG, B_ORG + 1]),
            [0, B_LOC, I_LOC]
        );
        // Not a body named with a region, nor one word.
        assert_eq!(
            after("ГИБДД Пермского края", &[B_ORG, B_ORG + 1, B_ORG + 1]),
            [B_ORG, B_ORG + 1, B_ORG + 1]
        );
        assert_eq!(
            after("администрации края", &[B_ORG, B_ORG + 1]),
            [B_ORG, B_ORG + 1]
        );
    }

    #[test]
    fn a_kind_word_read_as_a_place_of_its_own_joins() {
        assert_eq!(
            widened(
                "в Дальневосточном федеральном округе",
                &[0, B_LOC, 0, B_LOC]
            ),
            [0, B_LOC, I_LOC, I_LOC]
        );
        // Not a longer place after it.
        assert_eq!(
            widened("в Ленинском районе Москвы", &[0, B_LOC, B_LOC, I_LOC]),
            [0, B_LOC, B_LOC, I_LOC]
        );
    }

    #[test]
    fn a_building_takes_the_genitive_naming_it() {
        assert_eq!(
            widened("во Дворце спорта прошёл", &[0, B_LOC, 0, 0]),
            [0, B_LOC, I_LOC, 0]
        );
        assert_eq!(
            widened("в Центральном доме художников", &[0, B_LOC, 0, 0]),
            [0, B_LOC, I_LOC, I_LOC]
        );
        // Not a verb, a preposition or an adjective.
        assert_eq!(
            widened("в Белом доме стали", &[0, B_LOC, I_LOC, 0]),
            [0, B_LOC, I_LOC, 0]
        );
        assert_eq!(
            widened("в Белом доме через", &[0, B_LOC, I_LOC, 0]),
            [0, B_LOC, I_LOC, 0]
        );
        assert_eq!(widened("во Дворце новой", &[0, B_LOC, 0]), [0, B_LOC, 0]);
        assert_eq!(
            widened("в Белом доме своего", &[0, B_LOC, I_LOC, 0]),
            [0, B_LOC, I_LOC, 0]
        );
    }

    #[test]
    fn a_word_for_a_kind_of_place_inside_a_place_opens_another() {
        assert_eq!(
            widened("приток Камы реку Вятку", &[0, B_LOC, I_LOC, I_LOC]),
            [0, B_LOC, B_LOC, I_LOC]
        );
        assert_eq!(
            widened("на Красной площади", &[0, B_LOC, I_LOC]),
            [0, B_LOC, I_LOC]
        );
    }

    #[test]
    fn an_adjective_of_a_side_of_the_world_joins() {
        let joined = |text, labels: &[u8]| crate::tagger::after_pass(join_directions, text, labels);
        assert_eq!(joined("Южную Америку", &[0, B_LOC]), [B_LOC, I_LOC]);
        assert_eq!(
            joined("стран западной Европы", &[0, 0, B_LOC]),
            [0, B_LOC, I_LOC]
        );
        // Not another adjective, nor an adverb on the same stem.
        assert_eq!(joined("новой Европы", &[0, B_LOC]), [0, B_LOC]);
        assert_eq!(joined("севернее Москвы", &[0, B_LOC]), [0, B_LOC]);
    }

    #[test]
    fn the_word_after_joins_only_an_adjective() {
        assert_eq!(widened("в Белом доме", &[0, B_LOC, 0]), [0, B_LOC, I_LOC]);
        assert_eq!(widened("в Москве дом", &[0, B_LOC, 0]), [0, B_LOC, 0]);
        // Over lower-case adjectives.
        assert_eq!(
            widened("в Приволжском федеральном округе", &[0, B_LOC, 0, 0]),
            [0, B_LOC, I_LOC, I_LOC]
        );
    }
}
