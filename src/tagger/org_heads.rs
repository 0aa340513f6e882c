//! An organisation named by the word for its kind starts at that word or
//! at the adjectives that agree with it (`российской сборной`, `Большого
//! театра`), never at a noun or a word in another case the tagger took
//! along (`Представитель Министерства` → `Министерства`, `управляющий
//! компанией` → `компанией`, `поручение правительству` → `правительству`).

use super::org_spans::{adjective_like, place_adjective};
use super::{kind_words, org_chains};
use crate::entities::lexicon::PERSON_TITLES;
use crate::entities::ru_morph;
use crate::text::{Token, TokenKind};

const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

/// Adjective endings that agree with a noun's ending, longest noun
/// endings first; a noun ending in none of them is a masculine
/// nominative (`совет`, `комитет`) or a feminine one in `ь`.
const AGREEMENT: &[(&str, &[&str])] = &[
    ("ами", &["ыми", "ими"]),
    ("ями", &["ыми", "ими"]),
    ("ии", &["ой", "ей", "ого", "его", "ому", "ему", "ом", "ем"]),
    ("ие", &["ое", "ее", "ые", "ие"]),
    ("ия", &["ая", "яя", "ого", "его"]),
    ("ию", &["ую", "юю", "ому", "ему"]),
    ("ом", &["ым", "им"]),
    ("ем", &["ым", "им"]),
    ("ой", &["ой", "ей"]),
    ("ей", &["ой", "ей", "ых", "их"]),
    ("ам", &["ым", "им"]),
    ("ям", &["ым", "им"]),
    ("ах", &["ых", "их"]),
    ("ях", &["ых", "их"]),
    ("ов", &["ых", "их"]),
    ("ев", &["ых", "их"]),
    ("у", &["ому", "ему", "ую", "юю", "ой"]),
    ("ю", &["ому", "ему", "ую", "юю", "ой"]),
    ("а", &["ого", "его", "ая", "яя", "ые", "ие"]),
    ("я", &["ого", "его", "ая", "яя", "ые", "ие"]),
    ("ы", &["ой", "ей", "ые", "ие", "ых", "их"]),
    ("и", &["ой", "ей", "ые", "ие", "ых", "их"]),
    ("е", &["ом", "ем", "ой", "ей", "ое", "ее"]),
    ("о", &["ое", "ее"]),
    ("ь", &["ый", "ий", "ой", "ая", "яя"]),
];

/// `adjective` (lower or title case) has an ending that agrees with
/// `noun`'s (`ежемесячной газеты`, `Российский фонд`).
pub(super) fn agrees(adjective: &str, noun: &str) -> bool {
    let endings = AGREEMENT
        .iter()
        .find(|(e, _)| noun.ends_with(e))
        .map_or(&["ый", "ий", "ой"][..], |(_, a)| a);
    endings.iter().any(|e| adjective.ends_with(e))
}

/// Adjectives that say when, not which (`новый парламент`, `бывшего
/// министерства`): no part of a name in lower case.
const WHEN_ADJECTIVES: &[&str] = &[
    "нов",
    "стар",
    "нынешн",
    "бывш",
    "прежн",
    "будущ",
    "действующ",
    "последн",
    "очередн",
];

/// An adjective of time, an active participle (`возглавлявший`,
/// `управляющей`) or a person's title that ends like an adjective
/// (`главой`): it describes the organisation, it does not name it.
pub(super) fn describes(word: &str) -> bool {
    if is_title(word) {
        return true;
    }
    let Some(stem) = [
        "ого", "его", "ому", "ему", "ый", "ий", "ой", "ей", "ая", "яя", "ую", "юю", "ое", "ее",
        "ые", "ие", "ых", "их", "ым", "им", "ом", "ем",
    ]
    .iter()
    .find_map(|e| word.strip_suffix(e)) else {
        return false;
    };
    WHEN_ADJECTIVES.contains(&stem)
        || ["вш", "ющ", "ящ", "ащ", "ущ"]
            .iter()
            .any(|p| stem.ends_with(p))
}

/// A person's title in any case (`главой`, `министра`).
fn is_title(word: &str) -> bool {
    crate::wordlist::with_key(word, |key| {
        let (mut reading, mut title) = (String::new(), false);
        ru_morph::each_reading(key, &mut reading, |r| {
            title = title || PERSON_TITLES.contains(r)
        });
        title
    })
}

/// The word for a kind of organisation, or a compound ending in one
/// (`Пресс-служба`).
fn kind_word(word: &str) -> bool {
    let last = word.rsplit_once('-').map_or(word, |(_, last)| last);
    kind_words::kind_of_any_case(last) == kind_words::ORG
}

/// Drops the words of each organisation before the first word for its
/// kind, up to the last one that is no adjective agreeing with it.
pub fn trim_to_kind_word(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        let Some(k) = (b..e).find(|&i| kind_word(toks[i].text(text))) else {
            from = e;
            continue;
        };
        let noun = toks[k].text(text);
        // Words, but not `и` between adjectives, ordinals (`16-й`) nor
        // abbreviations.
        let foreign = |i: usize| {
            let t = &toks[i];
            let word = t.text(text);
            t.kind == TokenKind::Word
                && word != "и"
                && !word.starts_with(|c: char| c.is_ascii_digit())
                && word.chars().any(char::is_lowercase)
                && (!agrees(word, noun) || describes(word))
        };
        if let Some(last) = (b..k).rev().find(|&i| foreign(i)) {
            labels[b..=last].fill(0);
            labels[last + 1] = B_ORG;
        }
        from = e;
    }
}

/// Names a body by a lower-case word for its kind after the adjective of
/// its country and the adjectives agreeing with it, where the tagger
/// found no name (`американского правительства`, `японского
/// дипломатического ведомства`): factRuEval counts these as organisations.
/// `kinds`: each token's [`kind_words`] kind, as the features worked out.
pub fn country_and_kind_word(text: &str, toks: &[Token], kinds: &[u8], labels: &mut [u8]) {
    for k in 1..labels.len() {
        // `kinds` first: this runs on every word.
        if kinds[k] != kind_words::ORG || labels[k] != 0 || labels[k - 1] != 0 {
            continue;
        }
        let (t, before) = (&toks[k], &toks[k - 1]);
        if t.is_capitalised() || before.kind != TokenKind::Word || before.is_capitalised() {
            continue;
        }
        let noun = t.text(text);
        let plural = || {
            ["ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях"]
                .iter()
                .any(|e| noun.ends_with(e))
        };
        let bare_kind = labels.get(k + 1).is_none_or(|&l| l == 0)
            && !plural()
            && adjective_like(before.text(text));
        if !bare_kind {
            continue;
        }
        let adjective = |i: usize| {
            let w = toks[i].text(text);
            labels[i] == 0
                && toks[i].kind == TokenKind::Word
                && !toks[i].is_capitalised()
                && adjective_like(w)
                && agrees(w, noun)
                && !describes(w)
        };
        let mut b = k;
        while b > 0 && adjective(b - 1) {
            b -= 1;
        }
        if b < k && place_adjective(toks[b].text(text)) {
            let end = org_chains::genitives_after(text, toks, labels, k + 1);
            labels[b] = B_ORG;
            labels[b + 1..end].fill(I_ORG);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(text: &str, labels: &[u8]) -> Vec<u8> {
        crate::tagger::after_pass(trim_to_kind_word, text, labels)
    }

    #[test]
    fn a_noun_or_a_word_in_another_case_before_the_kind_word_leaves() {
        assert_eq!(
            trimmed("Заместитель Министерства финансов", &[B_ORG, I_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
        assert_eq!(
            trimmed("руководящий компанией Acme", &[B_ORG, I_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
        assert_eq!(
            trimmed("важное письмо правительству", &[B_ORG, I_ORG, I_ORG]),
            [0, 0, B_ORG]
        );
    }

    #[test]
    fn adjectives_of_time_and_participles_leave() {
        assert_eq!(
            trimmed("новый городской совет", &[B_ORG, I_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
        assert_eq!(
            trimmed("возглавлявший областной суд", &[B_ORG, I_ORG, I_ORG]),
            [0, B_ORG, I_ORG]
        );
    }

    #[test]
    fn agreeing_adjectives_stay() {
        let labels = [B_ORG, I_ORG, I_ORG];
        for text in [
            "областной молодёжной газеты",
            "Городского драматического театра",
            "Северный торговый банк",
            "Пресс-служба областного суда",
        ] {
            assert_eq!(trimmed(text, &labels), labels, "{text}");
        }
        let labels = [B_ORG, I_ORG, I_ORG, I_ORG, I_ORG];
        assert_eq!(
            trimmed("Всемирной торговой и финансовой организации", &labels),
            labels
        );
        // No kind word: left alone.
        assert_eq!(trimmed("Acme Widgets", &[B_ORG, I_ORG]), [B_ORG, I_ORG]);
    }

    #[test]
    fn a_kind_word_after_the_adjective_of_a_country_is_a_body() {
        let after = |text: &str, labels: &[u8]| {
            let toks = crate::text::token::tokenize(text);
            let kinds: Vec<u8> = toks
                .iter()
                .map(|t| kind_words::kind_of(t.text(text)))
                .collect();
            let mut labels = labels.to_vec();
            country_and_kind_word(text, &toks, &kinds, &mut labels);
            labels
        };
        assert_eq!(after("шведского правительства", &[0, 0]), [B_ORG, I_ORG]);
        assert_eq!(
            after(
                "в норвежском министерстве культуры заявили",
                &[0, 0, 0, 0, 0]
            ),
            [0, B_ORG, I_ORG, I_ORG, 0]
        );
        // Not without a country, in the plural, nor before a name.
        assert_eq!(after("нового правительства", &[0, 0]), [0, 0]);
        assert_eq!(after("шведских банков", &[0, 0]), [0, 0]);
        assert_eq!(
            after("шведской компании Acme", &[0, 0, B_ORG]),
            [0, 0, B_ORG]
        );
    }
}
