//! Clues a single word gives about a name: a first name, a surname or
//! patronymic ending, a title, an acronym, a legal form, an adjective, a
//! word that opens or closes a place's name.

use std::cell::RefCell;
use std::sync::LazyLock;

use super::lexicon::{self, FIRST_NAMES, MORE_FIRST_NAMES, PERSON_TITLES};
use super::{kk_morph, ru_morph};
use crate::language::Lang;

/// Words that join the capitalised words of one English name (`Bank of America`).
pub(super) const CONNECTORS: &[&str] = &["of", "de", "van", "von", "bin", "al", "la", "du", "der"];

/// Compass and other words that open a place name (`Шығыс Қазақстан`).
pub(super) const PLACE_OPENERS: &[&str] = &[
    "орта",
    "оңтүстік-шығыс",
    "оңтүстік-батыс",
    "солтүстік-шығыс",
    "солтүстік-батыс",
    "шығыс",
    "батыс",
    "солтүстік",
    "оңтүстік",
    "орталық",
    "жоғарғы",
    "төменгі",
    "ұлы",
    "кіші",
    "северная",
    "южная",
    "западная",
    "восточная",
    "центральная",
    "северный",
    "южный",
    "западный",
    "восточный",
    "новая",
    "новый",
    "нижний",
    "верхний",
    "north",
    "south",
    "east",
    "west",
    "central",
    "new",
    "upper",
    "lower",
    "great",
];

/// Words that end a state's full name (`Иран Ислам Республикасы`,
/// `Иордания Хашимит Корольдігі`), by stem.
pub(super) const STATE_WORDS: &[&str] = &[
    "республикасы",
    "корольдігі",
    "федерациясы",
    "конфедерациясы",
    "әмірлігі",
    "әмірліктері",
    "штаттары",
    "республика",
    "республики",
    "республике",
    "королевство",
    "королевства",
    "федерация",
    "федерации",
    "republic",
    "kingdom",
    "federation",
    "emirates",
];

thread_local! {
    static FIRST_NAME_MEMO: RefCell<lexicon::FxMap<String, [Option<bool>; 4]>> = Default::default();
    static SURNAME_MEMO: RefCell<lexicon::FxMap<String, [Option<bool>; 4]>> = Default::default();
    static TITLE_MEMO: RefCell<lexicon::FxMap<String, [Option<bool>; 4]>> = Default::default();
    static OCCUPATION_MEMO: RefCell<lexicon::FxMap<String, [Option<bool>; 4]>> = Default::default();
}

/// A per-word, per-language clue, worked out once per word: the rules ask
/// about the same words many times.
fn per_lang(
    cache: &'static lexicon::SlotMemo<bool>,
    word: &str,
    lang: Lang,
    f: fn(&str, Lang) -> bool,
) -> bool {
    lexicon::remember_bool(cache, word, lang, || f(word, lang))
}

pub(super) fn is_state_word(word: &str) -> bool {
    let stems = kk_morph::stems(&lexicon::key(word));
    stems.iter().any(|s| STATE_WORDS.contains(&s.as_str()))
}

/// Endings of family names and patronymics (kk, ru, en-transliterated).
pub(super) const SURNAME_ENDINGS: &[&str] = &[
    "ұлы", "қызы", "улы", "кызы", "ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "ская", "цкий",
    "цкая", "ович", "евич", "овна", "евна", "ична", "енко", "ov", "ova", "ev", "eva", "enko",
    "sky", "ski", "vich",
];

/// Russian surname endings that Kazakh nouns share (`Тұрғын`, `Бұрын`):
/// evidence only in Russian text.
pub(super) const RUSSIAN_SURNAME_ENDINGS: &[&str] = &["ин", "ина", "ын", "ына", "чук", "щук"];

/// A known first name, in any case form.
pub(crate) fn is_first_name(word: &str, lang: Lang) -> bool {
    per_lang(&FIRST_NAME_MEMO, word, lang, first_name)
}

fn first_name(word: &str, lang: Lang) -> bool {
    let forms = match lang {
        Lang::Ru => {
            let listed = |k: &str| FIRST_NAMES.contains_key(k) || MORE_FIRST_NAMES.contains(k);
            return ru_morph::find_reading(word, |k, _, _| listed(k).then_some(())).is_some();
        }
        Lang::En => vec![word.to_string()],
        _ => kk_morph::stems(word).to_vec(),
    };
    forms.iter().any(|f| {
        let k = lexicon::key(f);
        FIRST_NAMES.contains_key(&k) || (lang != Lang::Kk && MORE_FIRST_NAMES.contains(&k))
    })
}

pub(crate) fn has_surname_ending(word: &str, lang: Lang) -> bool {
    per_lang(&SURNAME_MEMO, word, lang, surname_ending)
}

fn surname_ending(word: &str, lang: Lang) -> bool {
    let forms = match lang {
        Lang::Ru => vec![
            word.to_string(),
            ru_morph::surname(word, false).unwrap_or_default(),
        ],
        Lang::En => vec![word.to_string()],
        _ => vec![
            word.to_string(),
            kk_morph::strip_case(word).unwrap_or_default().to_string(),
        ],
    };
    forms.iter().any(|f| {
        let k = lexicon::key(f);
        k.chars().count() >= 5
            && (SURNAME_ENDINGS.iter().any(|e| k.ends_with(e))
                || (lang == Lang::Ru && RUSSIAN_SURNAME_ENDINGS.iter().any(|e| k.ends_with(e))))
    })
}

/// A word that goes on a title just before it (`Chief Executive`, `Chief
/// Justice`, `Chief Financial Officer`): a title after one, not on its own
/// (`Executive Committee` is a body).
pub(super) fn is_title_tail(key: &str) -> bool {
    matches!(
        key,
        "executive" | "justice" | "financial" | "operating" | "officer"
    )
}

/// A title or post, inflected or not (`Президентінің`, `министра`).
pub(super) fn is_title_word(word: &str, lang: Lang) -> bool {
    per_lang(&TITLE_MEMO, word, lang, title_word)
}

fn title_word(word: &str, lang: Lang) -> bool {
    // A former holder's post is a post (`Экс-министр`, `ex-President`).
    let post = ["экс-", "Экс-", "ex-", "Ex-"]
        .iter()
        .find_map(|former| word.strip_prefix(former))
        .unwrap_or(word);
    form_listed(post, lang, &PERSON_TITLES)
}

/// `word` is in `list`: in Kazakh one of its stems (`заңгері` → `заңгер`).
fn form_listed(word: &str, lang: Lang, list: &lexicon::FxSet<String>) -> bool {
    match lang {
        Lang::Kk => kk_morph::stems(word)
            .iter()
            .any(|f| list.contains(&lexicon::key(f))),
        _ => list.contains(&lexicon::key(word)),
    }
}

/// An occupation that may stand before a name (`Экономист`, `заңгері`),
/// from `data/entities/occupations.txt`.
pub(crate) fn is_occupation(word: &str, lang: Lang) -> bool {
    per_lang(&OCCUPATION_MEMO, word, lang, occupation)
}

fn occupation(word: &str, lang: Lang) -> bool {
    static OCCUPATIONS: LazyLock<lexicon::FxSet<String>> = LazyLock::new(|| {
        crate::wordlist::entries(crate::data_list!("entities/occupations.txt"))
            .map(lexicon::key)
            .collect()
    });
    form_listed(word, lang, &OCCUPATIONS)
}

/// Kazakh adjective and abstract-noun endings (`Ұлттық`, `Халықаралық`,
/// `Сыртқы`): such a word alone, unlisted, is not a name. From the word's
/// [`lexicon::key`].
pub(super) fn looks_like_common_word_key(k: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "шы", "ші", "лы", "лі",
        "сыз", "сіз", "ушы", "уші", "ым", "ім", "ған", "ген", "қан", "кен",
    ];
    ENDINGS.iter().any(|e| k.ends_with(e))
}

pub(super) fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=6).contains(&n) && word.chars().all(|c| c.is_uppercase())
}

/// An English nationality or language word (`Iraqi`, `Palestinians`,
/// `Spanish`, `Chinese`): an adjective, not a name.
pub(super) fn is_demonym(word: &str, lang: Lang) -> bool {
    if lang != Lang::En {
        return false;
    }
    let w = word.trim_end_matches('s');
    w.len() > 4
        && (w.ends_with("ian")
            || w.ends_with("ese")
            || w.ends_with("ish")
            || w.ends_with("li")
            || w.ends_with("qi")
            || w.ends_with("ni")
            || w.ends_with("can"))
}

/// A Russian adjective by its ending (`Национального`, `Турецкий`), from
/// the word's [`lexicon::key`] (a document keeps one per word).
pub(super) fn is_russian_adjective_key(k: &str) -> bool {
    // Not the bare `-ий`, `-ой`, `-ее`: names end so (`Маврикий`,
    // `Андоррой`, `Тифензее`).
    const ENDINGS: &[&str] = &[
        "ого", "его", "ому", "ему", "ский", "ская", "ской", "ское", "ских", "ским", "скую", "ный",
        "ная", "ной", "ное", "ных", "ным", "ную", "ый", "ые", "ая", "ую", "ыми", "ими",
    ];
    k.chars().count() > 4 && ENDINGS.iter().any(|e| k.ends_with(e))
}

/// Russian nouns of kinds of places that follow an adjective name
/// (`Османской империи`, `Тверской площади`), from the word's
/// [`lexicon::key`].
pub(super) fn is_russian_place_noun_key(k: &str) -> bool {
    const STEMS: &[&str] = &[
        "импери",
        "площад",
        "улиц",
        "проспект",
        "мор",
        "океан",
        "озер",
        "гор",
        "остров",
        "полуостров",
        "залив",
        "пролив",
        "бульвар",
        "переул",
        "шоссе",
        "автономи",
    ];
    STEMS
        .iter()
        .any(|s| k.starts_with(s) && k.chars().count() <= s.chars().count() + 3)
}

/// Legal-form abbreviations (`АҚ`, `ЖШС`, `ООО`, `Inc`): they mark the name
/// next to them as an organisation and are no name on their own.
pub(super) const DESIGNATORS: &[&str] = &[
    "АҚ", "ЖШС", "ЖАҚ", "ТОО", "ООО", "ОАО", "ЗАО", "АО", "ПАО", "ИП", "ЖК", "Inc", "Ltd", "LLC",
    "Corp", "PLC", "GmbH",
];

pub(super) fn is_designator(word: &str) -> bool {
    DESIGNATORS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_endings_by_language() {
        for w in ["Ковальчук", "Полищук", "Путина", "Иванов", "Тоқаев"]
        {
            assert!(has_surname_ending(w, Lang::Ru), "{w}");
        }
        // `-ин` and `-чук` are Russian evidence only (`Тұрғын`).
        assert!(!has_surname_ending("Тұрғын", Lang::Kk));
        assert!(!has_surname_ending("Ковальчук", Lang::Kk));
        assert!(!has_surname_ending("Москва", Lang::Ru));
    }

    #[test]
    fn a_former_holders_post_is_a_title() {
        for (w, lang) in [
            ("Экс-министр", Lang::Ru),
            ("экс-президент", Lang::Ru),
            ("ex-President", Lang::En),
        ] {
            assert!(is_title_word(w, lang), "{w}");
        }
        assert!(!is_title_word("Экс-Иванов", Lang::Ru));
        assert!(!is_title_word("экс", Lang::Ru));
    }
}
