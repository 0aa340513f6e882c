//! Russian inflection of names: the nominative a name or place had before
//! its case ending (`Юрия` → `Юрий`, `Лужкова` → `Лужков`, `Москве` →
//! `Москва`, `Кремле` → `Кремль`). Endings are ambiguous (`-а` ends both
//! `Анна` and `Ивана`), so [`candidates`] offers every reading for a list
//! look-up, and [`surname`] keeps to the readings that are safe without one.

/// (ending, replacement) pairs, tried in order; the word itself comes first.
const READINGS: &[(&str, &str)] = &[
    ("ией", "ия"),
    ("ием", "ий"),
    ("ии", "ия"),
    ("ии", "ий"),
    ("ию", "ия"),
    ("ию", "ий"),
    ("ия", "ий"),
    ("ой", "а"),
    ("ой", "ая"),
    ("ей", "ь"),
    ("ей", "я"),
    ("ёй", "я"),
    ("ом", ""),
    ("ем", "й"),
    ("ем", "ь"),
    ("ём", "ь"),
    ("ью", "ь"),
    ("ы", "а"),
    ("и", "а"),
    ("и", "я"),
    ("и", "ь"),
    ("и", "ы"),
    ("у", ""),
    ("у", "а"),
    ("ю", "я"),
    ("ю", "й"),
    ("ю", "ь"),
    ("е", "а"),
    ("е", ""),
    ("е", "я"),
    ("е", "й"),
    ("е", "ь"),
    ("а", ""),
    ("а", "ь"),
    ("я", "й"),
    ("я", "ь"),
];

/// `word.ends_with(ending)`, the last bytes compared first: most endings
/// are turned away without a call to `memcmp` (the last byte of each
/// Cyrillic letter the endings end in differs).
#[inline]
fn ends_with(word: &str, ending: &str) -> bool {
    word.as_bytes().last() == ending.as_bytes().last() && word.ends_with(ending)
        || ending.is_empty()
}

/// Replaces `ending` (matched against `lower`, the word in lower case) at
/// the end of `word`.
fn replace_ending(word: &str, lower: &str, ending: &str, with: &str) -> Option<String> {
    if lower.len() != word.len() || !ends_with(lower, ending) {
        return None;
    }
    let stem = word.get(..word.len() - ending.len())?;
    (stem.chars().count() >= 2).then(|| format!("{stem}{with}"))
}

/// Every nominative `word` may have, the word itself first.
pub fn candidates(word: &str) -> Vec<String> {
    let lower = super::lexicon::lowercase(word);
    let mut out = vec![word.to_string()];
    for &(ending, with) in READINGS {
        if let Some(c) = replace_ending(word, &lower, ending, with)
            && !out.contains(&c)
        {
            out.push(c);
        }
    }
    out
}

/// Calls `f` with `key` (a word as the lists key it) and each nominative
/// it may have, built in `buf`: [`candidates`] without an allocation.
pub fn each_reading(key: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    f(key);
    for &(ending, with) in READINGS {
        if !ends_with(key, ending) {
            continue;
        }
        let stem = &key[..key.len() - ending.len()];
        if stem.chars().nth(1).is_none() {
            continue;
        }
        buf.clear();
        buf.push_str(stem);
        buf.push_str(with);
        f(buf);
    }
}

/// Surname endings whose nominative is certain enough to apply without a
/// list: `-ова` → `-ов` (`Лужкова`), `-ского` → `-ский`.
const SURNAME_ENDINGS: &[(&str, &str)] = &[
    ("овым", "ов"),
    ("евым", "ев"),
    ("иным", "ин"),
    ("ыным", "ын"),
    ("ского", "ский"),
    ("скому", "ский"),
    ("ским", "ский"),
    ("цкого", "цкий"),
    ("цкому", "цкий"),
    ("цким", "цкий"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("иной", "ина"),
    ("ской", "ская"),
    ("ову", "ов"),
    ("еву", "ев"),
    ("ину", "ин"),
    ("ове", "ов"),
    ("еве", "ев"),
    ("ине", "ин"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
    ("вича", "вич"),
    ("вичу", "вич"),
    ("вичем", "вич"),
    ("вне", "вна"),
    ("вны", "вна"),
    ("вну", "вна"),
    ("вной", "вна"),
];

/// The nominative of a surname by its ending. `feminine` keeps `-ова`
/// (`Анна Каренина` is already nominative).
pub fn surname(word: &str, feminine: bool) -> Option<String> {
    let lower = super::lexicon::lowercase(word);
    SURNAME_ENDINGS
        .iter()
        .filter(|(ending, _)| {
            !(feminine && matches!(*ending, "ова" | "ева" | "ёва" | "ина" | "ына"))
        })
        .find_map(|&(ending, with)| replace_ending(word, &lower, ending, with))
}

/// Nominative surname endings: `Бейсембаев`, `Петровский`, `Иванович`
/// and, after a woman's first name, `Петрова`, `Петровская`.
const NOMINATIVE_SURNAMES: &[&str] = &["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "вич"];
const NOMINATIVE_SURNAMES_FEMININE: &[&str] =
    &["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "вна"];

/// `word` is a surname written in the nominative, by its ending.
pub fn nominative_surname(word: &str, feminine: bool) -> bool {
    let lower = super::lexicon::lowercase(word);
    let endings = if feminine {
        NOMINATIVE_SURNAMES_FEMININE
    } else {
        NOMINATIVE_SURNAMES
    };
    endings.iter().any(|e| ends_with(&lower, e))
}

/// `word` ends as a Russian adjective does (`Соединённых`, `Большого`).
pub fn adjective_ending(word: &str) -> bool {
    let lower = super::lexicon::lowercase(word);
    ADJECTIVE_ENDINGS.iter().any(|e| ends_with(&lower, e))
}

const ADJECTIVE_ENDINGS: &[&str] = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ого", "его", "ому", "ему",
    "ым", "им", "ом", "ем", "ую", "юю",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_ends_with_agrees_with_the_standard_library() {
        let words = ["", "а", "Москве", "москве", "ией", "Марией", "ab"];
        let endings = READINGS.iter().flat_map(|&(e, w)| [e, w]);
        for ending in endings.chain(["", "ве", "b", "ab", "xab"]) {
            for word in words {
                assert_eq!(
                    ends_with(word, ending),
                    word.ends_with(ending),
                    "{word} {ending}"
                );
            }
        }
    }

    #[test]
    fn readings_include_the_nominative() {
        assert!(candidates("Юрия").contains(&"Юрий".to_string()));
        assert!(candidates("Москве").contains(&"Москва".to_string()));
        assert!(candidates("Москвы").contains(&"Москва".to_string()));
        assert!(candidates("России").contains(&"Россия".to_string()));
        assert!(candidates("Казахстане").contains(&"Казахстан".to_string()));
    }

    #[test]
    fn surnames() {
        assert_eq!(surname("Лужкова", false).as_deref(), Some("Лужков"));
        assert_eq!(surname("Лужкова", true), None);
        assert_eq!(surname("Путиным", false).as_deref(), Some("Путин"));
        assert_eq!(surname("Ивановой", true).as_deref(), Some("Иванова"));
        assert_eq!(
            surname("Достоевского", false).as_deref(),
            Some("Достоевский")
        );
        assert_eq!(surname("Путин", false), None);
    }

    #[test]
    fn nominative_surnames() {
        assert!(nominative_surname("Бейсембаев", false));
        assert!(nominative_surname("Достоевский", false));
        assert!(!nominative_surname("Лужкова", false));
        assert!(nominative_surname("Петрова", true));
        assert!(!nominative_surname("Петровой", true));
        assert!(!nominative_surname("Шойгу", false));
    }

    #[test]
    fn adjective_endings() {
        assert!(adjective_ending("Соединённых"));
        assert!(adjective_ending("Большого"));
        assert!(!adjective_ending("Гани"));
        assert!(!adjective_ending("Иван"));
    }
}
