//! A Russian person the tagger ran on from the name before it
//! (`руководитель КЗЖ Джоэл Саймон`, `вдова Ельцина Наина Иосифовна`,
//! `губернатор Приморья Сергей Дарькин`): factRuEval's person starts at the
//! first name, and an abbreviation before it is the organisation.

use super::kind_words;
use std::cell::RefCell;

use crate::entities::lexicon::{FIRST_NAMES, FxMap, MORE_FIRST_NAMES, ORGS, PLACES, memo};
use crate::entities::ru_morph;
use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;

/// Buffers for a word's key and its readings.
#[derive(Default)]
struct Keys {
    key: String,
    reading: String,
}

impl Keys {
    /// Whether a reading of `word` in any case is in a list.
    fn any(&mut self, word: &str, listed: impl Fn(&str) -> bool) -> bool {
        self.key.clear();
        crate::wordlist::push_key(word, &mut self.key);
        let mut found = false;
        ru_morph::each_reading(&self.key, &mut self.reading, |r| found = found || listed(r));
        found
    }

    /// A first name in any case (`Сергей`, `Кирсана`, `Веселином`).
    /// Remembered per word: the passes ask of most names' words.
    fn first_name(&mut self, word: &str) -> bool {
        thread_local! {
            static FIRST_NAME: RefCell<FxMap<String, bool>> = Default::default();
        }
        memo(&FIRST_NAME, word, || {
            self.any(word, |r| {
                FIRST_NAMES.contains_key(r) || MORE_FIRST_NAMES.contains(r)
            })
        })
    }

    /// A listed place named in the plural, in an oblique case
    /// (`Нидерландов`, `Филиппинами`).
    fn plural_place(&mut self, word: &str) -> bool {
        const PLURAL: [&str; 7] = ["ами", "ями", "ов", "ах", "ях", "ам", "ям"];
        if !PLURAL.iter().any(|e| word.ends_with(e)) {
            return false;
        }
        self.key.clear();
        crate::wordlist::push_key(word, &mut self.key);
        let Some(stem) = PLURAL.iter().find_map(|e| self.key.strip_suffix(e)) else {
            return false;
        };
        ["ы", "и"].iter().any(|e| {
            self.reading.clear();
            self.reading.push_str(stem);
            self.reading.push_str(e);
            PLACES.contains_key(self.reading.as_str())
        })
    }

    /// A listed place in any case, and no listed organisation or first
    /// name (the place list is asked first: most names are not on it).
    /// Remembered per word: the passes ask of most names.
    fn only_place(&mut self, word: &str) -> bool {
        thread_local! {
            static ONLY_PLACE: RefCell<FxMap<String, bool>> = Default::default();
        }
        memo(&ONLY_PLACE, word, || {
            (self.any(word, |r| PLACES.contains_key(r)) || self.plural_place(word))
                && !self.any(word, |r| ORGS.contains_key(r))
                && !self.first_name(word)
        })
    }
}

/// A first name in any case (`Сергей`, `Кирсана`).
pub fn is_first_name(word: &str) -> bool {
    Keys::default().first_name(word)
}

/// Adjective endings, and the nominatives they may come from.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ого", "его", "ому", "ему", "ой", "ей", "ую", "юю", "ая", "яя", "ым", "им", "ом", "ем", "ый",
    "ий",
];
const ADJECTIVE_NOMINATIVES: &[&str] = &["ая", "яя", "ий", "ый", "ой"];

/// A name of an adjective and a noun whose nominative is a listed place
/// and no listed organisation (`Российской Федерации`, `Советским Союзом`).
/// Remembered per pair (`key` is a buffer): the same names come again.
fn adjective_noun_place(adjective: &str, noun: &str, key: &mut String) -> bool {
    if !ADJECTIVE_ENDINGS.iter().any(|e| adjective.ends_with(e)) {
        return false;
    }
    thread_local! {
        static PLACE_PAIR: RefCell<FxMap<String, bool>> = Default::default();
    }
    key.clear();
    key.push_str(adjective);
    key.push(' ');
    key.push_str(noun);
    memo(&PLACE_PAIR, key, || {
        adjective_noun_place_now(adjective, noun)
    })
}

/// [`adjective_noun_place`] worked out, for an adjective with one of the
/// endings.
fn adjective_noun_place_now(adjective: &str, noun: &str) -> bool {
    let (adjective, noun) = (crate::wordlist::key(adjective), crate::wordlist::key(noun));
    let Some(stem) = ADJECTIVE_ENDINGS
        .iter()
        .find_map(|e| adjective.strip_suffix(e))
    else {
        return false;
    };
    let (mut reading, mut name) = (String::new(), String::new());
    let mut found = (false, false);
    for ending in ADJECTIVE_NOMINATIVES {
        ru_morph::each_reading(&noun, &mut reading, |r| {
            name.clear();
            name.push_str(stem);
            name.push_str(ending);
            name.push(' ');
            name.push_str(r);
            found.0 |= PLACES.contains_key(name.as_str());
            found.1 |= ORGS.contains_key(name.as_str());
        });
    }
    found.0 && !found.1
}

/// An abbreviation in capitals (`КЗЖ`, `ФИДЕ`, `WFC`), not an initial.
pub(crate) fn abbreviation(word: &str) -> bool {
    word.chars().nth(1).is_some() && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Cuts each person of several words before its first name when the
/// words before it are not first names too; the cut-off words become an
/// organisation when they are one abbreviation, else no name.
pub fn cut_before_first_name(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut keys = Keys::default();
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_PER) {
        let word = |i: usize| toks[i].text(text);
        let capital_word = |i: usize| toks[i].is_capitalised();
        if e - b >= 2 && capital_word(b) && !keys.first_name(word(b)) {
            let cut = (b + 1..e).find(|&k| {
                capital_word(k) && toks[k - 1].kind == TokenKind::Word && keys.first_name(word(k))
            });
            if let Some(k) = cut {
                let as_org = k == b + 1 && abbreviation(word(b));
                // A region in the genitive (`губернатор Приморья`,
                // `президент Бурятии`) or a listed place.
                let as_place = k == b + 1
                    && !as_org
                    && (["ья", "ии"].iter().any(|e| word(b).ends_with(e))
                        || keys.only_place(word(b)));
                labels[b] = match (as_org, as_place) {
                    (true, _) => B_ORG,
                    (_, true) => B_LOC,
                    _ => 0,
                };
                labels[b + 1..k].fill(if as_org { I_ORG } else { 0 });
                labels[k] = B_PER;
            }
        }
        from = e;
    }
}

/// Whether `word` opens with a Cyrillic letter.
pub(crate) fn cyrillic(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// A Russian person's name keeps to one script and has no abbreviation
/// in it: an abbreviation or a Latin-script word before the Cyrillic
/// words (`президент ФИДЕ Илюмжинов`, `основатель MySQL Майкл Видениус`),
/// or a Latin-script word after them (`цитирует Хвана Чжан Епа Lenta.ru`),
/// is the organisation the tagger ran the person into.
pub fn cut_other_scripts(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_PER) {
        from = e;
        if e - b < 2 {
            continue;
        }
        let word = |i: usize| toks[i].text(text);
        let foreign = |i: usize| toks[i].kind == TokenKind::Word && !cyrillic(word(i));
        // The second letter first: most names are in title case.
        let capitals = word(b).chars().nth(1).is_some_and(char::is_uppercase);
        let opens_foreign = (capitals && abbreviation(word(b))) || foreign(b);
        if opens_foreign && (b + 1..e).all(|i| cyrillic(word(i))) {
            labels[b] = B_ORG;
            labels[b + 1] = B_PER;
        } else if foreign(e - 1) && (b..e - 1).all(|i| cyrillic(word(i))) {
            labels[e - 1] = B_ORG;
        }
    }
}

/// Cuts a person out of the end of an organisation the tagger ran on into
/// it (`Российской Федерации Дмитрий Медведев`): from a first name
/// followed by another capitalised word, outside quotation marks.
pub fn cut_person_from_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut keys = Keys::default();
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        let quoted = |k: usize| {
            toks[b..k]
                .iter()
                .any(|t| matches!(t.text(text), "«" | "„" | "\"" | "“"))
        };
        let person = (b + 1..e.saturating_sub(1))
            .find(|&k| {
                toks[k].is_capitalised()
                    && toks[k + 1].is_capitalised()
                    && toks[k - 1].kind == TokenKind::Word
                    && keys.first_name(toks[k].text(text))
            })
            .or_else(|| unlisted_person_at_end(text, &toks[b..e], &mut keys).map(|k| b + k));
        if let Some(k) = person.filter(|&k| !quoted(k)) {
            labels[k] = B_PER;
            labels[k + 1..e].fill(I_PER);
        }
        from = e;
    }
}

/// `Союза журналистов Казахстана Сейтказы Матаев`: an organisation's last
/// two words, after a capitalised name in it, are a first name no list
/// knows and a man's surname in the nominative, which no organisation's
/// name ends in (its people are named in the genitive: `Фонд Ельцина`).
/// The first name's index in `toks`, the organisation's tokens.
fn unlisted_person_at_end(text: &str, toks: &[Token], keys: &mut Keys) -> Option<usize> {
    let k = toks.len().checked_sub(2).filter(|&k| k >= 2)?;
    let (first, last) = (toks[k].text(text), toks[k + 1].text(text));
    let name_word = |t: &Token, word: &str| {
        t.kind == TokenKind::Word && t.is_capitalised() && !abbreviation(word) && cyrillic(word)
    };
    (name_word(&toks[k], first)
        && name_word(&toks[k + 1], last)
        && toks[k - 1].kind == TokenKind::Word
        && toks[k - 1].is_capitalised()
        && ru_morph::nominative_surname(last, false)
        && !keys.only_place(first)
        && !keys.only_place(last))
    .then_some(k)
}

/// A listed place before an abbreviation the tagger took as one
/// organisation is the place where it is (`базирующаяся в Риме ФАО`).
pub fn cut_place_from_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut keys = Keys::default();
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        if e - b == 2
            && toks[b].is_capitalised()
            && !abbreviation(toks[b].text(text))
            && abbreviation(toks[b + 1].text(text))
            && keys.only_place(toks[b].text(text))
        {
            labels[b] = B_LOC;
            labels[b + 1] = B_ORG;
        }
    }
}

/// A person of several words that starts at a word for a kind of
/// organisation is that organisation (`Команда Феррари`, `Портал SeeSaw`);
/// one that starts at a word for a kind of place, or at an adjective in
/// the plural, is a place (`Острова Уайт`, `Южными Курилами`,
/// `Нидерландские Антилы`): no person's name opens so.
pub fn kind_word_makes_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    for b in 0..labels.len().saturating_sub(1) {
        if labels[b] != B_PER || labels[b + 1] != I_PER {
            continue;
        }
        let word = toks[b].text(text);
        let plural = ["ыми", "ими", "ские", "ные"]
            .iter()
            .any(|e| word.ends_with(e));
        let (begin, inside) = match kind_words::kind_of_any_case(word) {
            kind_words::ORG => (B_ORG, I_ORG),
            kind_words::PLACE => (B_LOC, B_LOC + 1),
            _ if plural => (B_LOC, B_LOC + 1),
            _ => continue,
        };
        labels[b] = begin;
        let mut i = b + 1;
        while i < labels.len() && labels[i] == I_PER {
            labels[i] = inside;
            i += 1;
        }
    }
}

/// A place of two or three capitalised words that opens with a first name
/// and names no listed place is a person (`Кими Райкконена` after
/// `преследователей`, where the tagger expects a place); not one that
/// opens with a particle (`Аль Аин`).
pub fn first_name_makes_person(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut keys = Keys::default();
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_LOC) {
        from = e;
        let words = b..e;
        if !(2..=3).contains(&words.len())
            || !words
                .clone()
                .all(|k| toks[k].is_capitalised() && cyrillic(toks[k].text(text)))
            || !keys.first_name(toks[b].text(text))
            || super::name_particles::is_particle(toks[b].text(text))
            || words
                .clone()
                .any(|k| keys.any(toks[k].text(text), |r| PLACES.contains_key(r)))
        {
            continue;
        }
        labels[b] = B_PER;
        labels[b + 1..e].fill(I_PER);
    }
}

/// A place of one adjective takes the first word of the person or
/// organisation right after it when the two name a listed place (`Южной |
/// Кореи Ли Мён Сок` → `Южной Кореи | Ли Мён Сок`): an adjective alone
/// names no place, and no name opens with the noun of one.
pub fn adjective_takes_its_noun(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut key = String::new();
    for i in 0..labels.len().saturating_sub(1) {
        if labels[i] == B_LOC
            && matches!(labels[i + 1], B_PER | B_ORG)
            && toks[i + 1].kind == TokenKind::Word
            && adjective_noun_place(toks[i].text(text), toks[i + 1].text(text), &mut key)
        {
            labels[i + 1] = B_LOC + 1;
            super::begin_anew(labels, i + 2);
        }
    }
}

/// A one-word place right after a reporting verb and before punctuation is
/// the person who speaks (`», говорит Гернстермайер.`): places do not
/// talk; not a listed place (`заявил Киев` names a government).
pub fn speaker_is_person(text: &str, toks: &[Token], labels: &mut [u8]) {
    let Some(verbs) = crate::quotes::cues::verbs(crate::language::Lang::Ru) else {
        return;
    };
    let mut keys = Keys::default();
    let mut from = 1;
    while let Some(i) = super::next_label(labels, from, B_LOC) {
        from = i + 1;
        if !super::one_word_name(labels, i)
            || toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            || toks[i - 1].kind != TokenKind::Word
        {
            continue;
        }
        let verb = toks[i - 1].text(text);
        if !verb.starts_with(char::is_uppercase)
            && verbs.contains(verb)
            && !keys.any(toks[i].text(text), |r| PLACES.contains_key(r))
        {
            labels[i] = B_PER;
        }
    }
}

/// A one-word person or organisation that is a listed place in some case,
/// and no listed organisation or first name, is that place (`Хабаровском`,
/// `Вашингтоном`, `Европы`); so is an adjective and noun that is one
/// (`Советским Союзом`, `Ближнем Востоке`).
pub fn places_are_places(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut keys = Keys::default();
    for i in 0..labels.len() {
        if !matches!(labels[i], B_PER | B_ORG) {
            continue;
        }
        let inside = labels[i] + 1;
        let words = labels[i..]
            .iter()
            .skip(1)
            .take_while(|&&l| l == inside)
            .count()
            + 1;
        if words == 1 && keys.only_place(toks[i].text(text)) {
            labels[i] = B_LOC;
        } else if words == 2
            && labels[i] == B_PER
            && (i..i + 2).all(|k| keys.only_place(toks[k].text(text)))
        {
            // `после завоевания Крыма Россией`: two places side by side.
            labels[i] = B_LOC;
            labels[i + 1] = B_LOC;
        } else if words == 2
            && adjective_noun_place(toks[i].text(text), toks[i + 1].text(text), &mut keys.key)
        {
            labels[i] = B_LOC;
            labels[i + 1] = B_LOC + 1;
        }
    }
}

/// Ends like a Russian adjective of a place or people (`Тбилисский`,
/// `Украинский`, `Нью-йоркская`, `Шестидневной`).
pub fn adjective_like(word: &str) -> bool {
    [
        "ский",
        "ская",
        "ское",
        "ские",
        "ского",
        "ской",
        "скому",
        "ских",
        "цкий",
        "цкая",
        "ный",
        "ная",
        "ное",
        "ные",
        "ного",
        "ной",
        "ному",
        "ных",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Ends like a Russian verb (`сказал`, `заявила`, `пишет`).
fn verb_like(word: &str) -> bool {
    [
        "л", "ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят", "ся", "сь",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Drops a one-word person that reads as an adjective before a noun or a
/// quotation mark (`Тбилисский врач`, `Турецкий «десант»`): a surname of
/// that form comes before a verb (`Достоевский писал`).
pub fn drop_adjectives(text: &str, toks: &[Token], labels: &mut [u8]) {
    for i in 0..labels.len().saturating_sub(1) {
        // A one-word person, or the last word of a longer one (`Роман
        // Коноплев Русской службе`).
        if matches!(labels[i], B_PER | I_PER)
            && labels[i + 1] != I_PER
            && adjective_before_noun(toks[i].text(text), &toks[i + 1], text)
        {
            labels[i] = 0;
        }
    }
}

/// `word` reads as an adjective and `next` as its noun or an opening
/// quotation mark.
pub fn adjective_before_noun(word: &str, next: &Token, text: &str) -> bool {
    if !adjective_like(word) {
        return false;
    }
    let after = next.text(text);
    let noun = next.kind == TokenKind::Word
        && after.chars().next().is_some_and(char::is_lowercase)
        && !verb_like(after);
    noun || matches!(after, "«" | "\"" | "„")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn cut(text: &str, labels: &[u8]) -> Vec<u8> {
        crate::tagger::after_pass(cut_before_first_name, text, labels)
    }

    #[test]
    fn a_place_opening_with_a_first_name_is_a_person() {
        let made =
            |text, labels: &[u8]| crate::tagger::after_pass(first_name_makes_person, text, labels);
        assert_eq!(
            made("обоих Кими Райкконена", &[0, B_LOC, B_LOC + 1]),
            [0, B_PER, I_PER]
        );
        // Not when a word is a listed place, nor a place of one word.
        assert_eq!(
            made("в Сантьяго Чили", &[0, B_LOC, B_LOC + 1]),
            [0, B_LOC, B_LOC + 1]
        );
        assert_eq!(made("в Кими", &[0, B_LOC]), [0, B_LOC]);
        assert_eq!(
            made("в Аль Аин", &[0, B_LOC, B_LOC + 1]),
            [0, B_LOC, B_LOC + 1]
        );
    }

    #[test]
    fn an_adjective_place_takes_its_noun_from_the_name_after_it() {
        let took =
            |text, labels: &[u8]| crate::tagger::after_pass(adjective_takes_its_noun, text, labels);
        assert_eq!(
            took(
                "Южной Кореи Ли Мён Сок",
                &[B_LOC, B_PER, I_PER, I_PER, I_PER]
            ),
            [B_LOC, B_LOC + 1, B_PER, I_PER, I_PER]
        );
        assert_eq!(
            took("Российской Федерации Сбербанк", &[B_LOC, B_ORG, I_ORG]),
            [B_LOC, B_LOC + 1, B_ORG]
        );
        // Not when the two name no listed place, nor after a place of a noun.
        assert_eq!(
            took("Южной Ивана Петрова", &[B_LOC, B_PER, I_PER]),
            [B_LOC, B_PER, I_PER]
        );
        assert_eq!(
            took("Москвы Кореи Ли", &[B_LOC, B_PER, I_PER]),
            [B_LOC, B_PER, I_PER]
        );
    }

    #[test]
    fn a_name_before_the_first_name_leaves() {
        assert_eq!(
            cut("КЗЖ Джоэл Саймон", &[B_PER, I_PER, I_PER]),
            [B_ORG, B_PER, I_PER]
        );
        assert_eq!(
            cut("Приморья Сергей Дарькин", &[B_PER, I_PER, I_PER]),
            [B_LOC, B_PER, I_PER]
        );
        // A region in the genitive is a place; another word is no name.
        assert_eq!(
            cut("Бурятии Олег Иванов", &[B_PER, I_PER, I_PER]),
            [B_LOC, B_PER, I_PER]
        );
        assert_eq!(
            cut("Петрова Ольга Ивановна", &[B_PER, I_PER, I_PER]),
            [0, B_PER, I_PER]
        );
    }

    #[test]
    fn an_adjective_before_its_noun_is_no_person() {
        let drop = |text: &str, labels: &[u8]| {
            let mut labels = labels.to_vec();
            drop_adjectives(text, &tokenize(text), &mut labels);
            labels
        };
        assert_eq!(drop("Тбилисский врач", &[B_PER, 0]), [0, 0]);
        assert_eq!(drop("Турецкий « десант", &[B_PER, 0, 0]), [0, 0, 0]);
        assert_eq!(
            drop("Роман Коноплев Русской службе", &[B_PER, I_PER, I_PER, 0]),
            [B_PER, I_PER, 0, 0]
        );
        // A surname before a verb, or in the instrumental, stays.
        assert_eq!(drop("Достоевский писал", &[B_PER, 0]), [B_PER, 0]);
        assert_eq!(drop("с Ратманским вместе", &[0, B_PER, 0]), [0, B_PER, 0]);
    }

    #[test]
    fn a_place_before_an_abbreviation_is_cut_off() {
        let cut = |text, labels: &[u8]| crate::tagger::after_pass(cut_place_from_org, text, labels);
        assert_eq!(
            cut("в Женеве ВОЗ заявила", &[0, B_ORG, I_ORG, 0]),
            [0, B_LOC, B_ORG, 0]
        );
        // Not a name that is no place.
        assert_eq!(cut("Газпром ОАО", &[B_ORG, I_ORG]), [B_ORG, I_ORG]);
    }

    #[test]
    fn a_person_at_a_kind_word_is_an_organisation() {
        let text = "Команда Феррари";
        let mut labels = [B_PER, I_PER];
        kind_word_makes_org(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_ORG, I_ORG]);
        let text = "Сергей Дарькин";
        let mut labels = [B_PER, I_PER];
        kind_word_makes_org(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [B_PER, I_PER]);
        // A kind of place, or a plural adjective, makes a place.
        for text in ["Острова Кука", "Британскими Виргинскими"] {
            let mut labels = [B_PER, I_PER];
            kind_word_makes_org(text, &tokenize(text), &mut labels);
            assert_eq!(labels, [B_LOC, B_LOC + 1], "{text}");
        }
    }

    #[test]
    fn a_listed_place_is_no_person() {
        let at = |text: &str| {
            let mut labels = [0, B_PER, 0];
            places_are_places(text, &tokenize(text), &mut labels);
            labels[1]
        };
        assert_eq!(at("под Хабаровском вчера"), B_LOC);
        assert_eq!(at("для Сергея вчера"), B_PER);
        let text = "из Европы";
        let mut labels = [0, B_ORG];
        places_are_places(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [0, B_LOC]);
        // A place named in the plural.
        assert_eq!(at("над Филиппинами вчера"), B_LOC);
        assert_eq!(at("для Петрова вчера"), B_PER);
        // An adjective and a noun, in any case.
        let text = "из Северной Кореи";
        let mut labels = [0, B_ORG, B_ORG + 1];
        places_are_places(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [0, B_LOC, B_LOC + 1]);
        let text = "в Российской Федерации";
        let mut labels = [0, B_ORG, B_ORG + 1];
        places_are_places(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [0, B_LOC, B_LOC + 1]);
        // Two places side by side are no person (`Крыма Россией`); a
        // person with one place-like word stays (`Джордж Вашингтон`).
        let text = "после присоединения Техаса Мексикой";
        let mut labels = [0, 0, B_PER, I_PER];
        places_are_places(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [0, 0, B_LOC, B_LOC]);
        let text = "президент Джордж Вашингтон";
        let mut labels = [0, B_PER, I_PER];
        places_are_places(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [0, B_PER, I_PER]);
        // Not a listed organisation (`Европейский союз`).
        let text = "с Европейским союзом";
        let mut labels = [0, B_ORG, B_ORG + 1];
        places_are_places(text, &tokenize(text), &mut labels);
        assert_eq!(labels, [0, B_ORG, B_ORG + 1]);
    }

    #[test]
    fn a_person_after_an_organisation_is_cut_out_of_it() {
        let cut =
            |text, labels: &[u8]| crate::tagger::after_pass(cut_person_from_org, text, labels);
        assert_eq!(
            cut(
                "Совета директоров Ольга Петрова",
                &[B_ORG, I_ORG, I_ORG, I_ORG]
            ),
            [B_ORG, I_ORG, B_PER, I_PER]
        );
        // Not inside quotation marks, nor a first name alone.
        assert_eq!(
            cut("теплохода « Михаил Светлов", &[B_ORG, I_ORG, I_ORG, I_ORG]),
            [B_ORG, I_ORG, I_ORG, I_ORG]
        );
        assert_eq!(cut("фонда Ольга", &[B_ORG, I_ORG]), [B_ORG, I_ORG]);
        // A first name no list knows, then a man's surname in the
        // nominative, after a name ending the organisation.
        let org = [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG];
        assert_eq!(
            cut("Союза журналистов Казахстана Сейтказы Матаев", &org),
            [B_ORG, I_ORG, I_ORG, B_PER, I_PER]
        );
        // A genitive (`Фонд ... Ельцина`) names the organisation; so does a
        // name after a lower-case word.
        assert_eq!(
            cut("Фонда поддержки Казахстана Сейтказы Матаева", &org),
            org
        );
        assert_eq!(cut("Союза журналистов области Сейтказы Матаев", &org), org);
    }

    #[test]
    fn an_abbreviation_or_latin_word_is_cut_off_a_person() {
        let cut = |text, labels: &[u8]| crate::tagger::after_pass(cut_other_scripts, text, labels);
        assert_eq!(
            cut("президент ФИДЕ Илюмжинов", &[0, B_PER, I_PER]),
            [0, B_ORG, B_PER]
        );
        assert_eq!(
            cut("основатель Oracle Ларри Эллисон", &[0, B_PER, I_PER, I_PER]),
            [0, B_ORG, B_PER, I_PER]
        );
        assert_eq!(
            cut("Ким Чен Ын Reuters", &[B_PER, I_PER, I_PER, I_PER]),
            [B_PER, I_PER, I_PER, B_ORG]
        );
        // A name in one script stays whole.
        assert_eq!(
            cut("Ким Чен Ын", &[B_PER, I_PER, I_PER]),
            [B_PER, I_PER, I_PER]
        );
        assert_eq!(cut("Larry Ellison", &[B_PER, I_PER]), [B_PER, I_PER]);
    }

    #[test]
    fn a_place_after_a_reporting_verb_is_its_speaker() {
        let after =
            |text, labels: &[u8]| crate::tagger::after_pass(speaker_is_person, text, labels);
        assert_eq!(
            after("» , говорит Гернстермайер .", &[0, 0, 0, B_LOC, 0]),
            [0, 0, 0, B_PER, 0]
        );
        // Not a listed place, one before more words, or one of two words.
        assert_eq!(after("заявил Киев .", &[0, B_LOC, 0]), [0, B_LOC, 0]);
        assert_eq!(
            after("говорит Гернстермайер вчера", &[0, B_LOC, 0]),
            [0, B_LOC, 0]
        );
        assert_eq!(
            after("сообщил Нижний Тагил .", &[0, B_LOC, B_LOC + 1, 0]),
            [0, B_LOC, B_LOC + 1, 0]
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
