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
    let mut out = vec![word.to_string()];
    let lower = super::lexicon::lowercase(word);
    if lower.len() == word.len() {
        let mut buf = String::new();
        readings(&lower, word, &mut buf, &mut |reading, _, _| {
            if !out.iter().any(|c| c == reading) {
                out.push(reading.to_string());
            }
            false
        });
    }
    out
}

/// [`candidates`]`(word)` in order, each as the lists key it, until `f`
/// answers; `f` also gets how many bytes of `word` the reading keeps and
/// the ending it puts on (`word[..kept] + with` is the reading as
/// written). One key built for all readings, where `candidates` and a
/// look-up of each allocate a dozen strings: an entity's dictionary form
/// asks this of every word, and a new article's words are new to the memos.
/// `f` must answer the same for the same key (a repeated reading is not
/// skipped, as `candidates` skips it).
pub fn find_reading<T>(word: &str, mut f: impl FnMut(&str, usize, &str) -> Option<T>) -> Option<T> {
    let mut found = None;
    until_reading(word, &mut |key, kept, with| {
        found = f(key, kept, with);
        found.is_some()
    });
    found
}

/// [`find_reading`]'s work, one copy for every caller (`stop` says when).
fn until_reading(word: &str, stop: &mut dyn FnMut(&str, usize, &str) -> bool) {
    let key = super::lexicon::key(word);
    if stop(&key, word.len(), "") {
        return;
    }
    let mut buf = String::with_capacity(key.len() + 4);
    if keyed_per_letter(word) {
        // The endings are matched against the word in lower case, `ё`
        // kept: without a `ё` that is the key itself.
        let lower = if word.contains(['ё', 'Ё']) {
            std::borrow::Cow::Owned(super::lexicon::lowercase(word))
        } else {
            std::borrow::Cow::Borrowed(key.as_str())
        };
        readings(&lower, &key, &mut buf, stop);
        return;
    }
    // Other scripts: each reading as `candidates` writes it, keyed whole.
    let lower = super::lexicon::lowercase(word);
    if lower.len() != word.len() {
        return;
    }
    let mut written = String::new();
    readings(&lower, word, &mut written, &mut |reading, kept, with| {
        buf.clear();
        crate::wordlist::push_key(reading, &mut buf);
        stop(&buf, kept, with)
    });
}

/// The readings loop: each ending of [`READINGS`] that `lower` ends in,
/// put in `buf` on the stem cut from `stems` (as long as `lower`), until
/// `stop` says so (then `true`).
fn readings(
    lower: &str,
    stems: &str,
    buf: &mut String,
    stop: &mut dyn FnMut(&str, usize, &str) -> bool,
) -> bool {
    for &(ending, with) in READINGS {
        if !ends_with(lower, ending) {
            continue;
        }
        let kept = lower.len() - ending.len();
        let Some(stem) = stems.get(..kept) else {
            continue;
        };
        if stem.chars().nth(1).is_none() {
            continue;
        }
        buf.clear();
        buf.push_str(stem);
        buf.push_str(with);
        if stop(buf, kept, with) {
            return true;
        }
    }
    false
}

/// Whether each letter of `word` keys to one letter of the same length,
/// whatever stands around it: true of ASCII and Cyrillic (`ё` → `е`), so
/// the key of a part of such a word is that part of its key.
pub fn keyed_per_letter(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii() || ('\u{400}'..='\u{4FF}').contains(&c))
}

/// Calls `f` with `key` (a word as the lists key it) and each nominative
/// it may have, built in `buf`: [`candidates`] without an allocation.
pub fn each_reading(key: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    f(key);
    readings(key, key, buf, &mut |reading, _, _| {
        f(reading);
        false
    });
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
    fn readings_are_the_endings_replaced_one_by_one() {
        let words = [
            "Юрия",
            "Москве",
            "Королёвой",
            "КОРОЛЁВЫМ",
            "Марией",
            "Ий",
            "ИИ",
            "а",
            "",
            "ΟΔΟΣе",
            "Straße",
            "İstanbulе",
            "Ноуме́а",
            "Байкалу",
        ];
        for word in words {
            // The readings spelt out, ending by ending, as the lists key them.
            let lower = crate::wordlist::lower(word);
            let mut spelt = vec![word.to_string()];
            for &(ending, with) in READINGS {
                if let Some(c) = replace_ending(word, &lower, ending, with)
                    && !spelt.contains(&c)
                {
                    spelt.push(c);
                }
            }
            assert_eq!(candidates(word), spelt, "{word}");
            let want: Vec<String> = spelt.iter().map(|c| crate::wordlist::key(c)).collect();
            let mut got: Vec<String> = Vec::new();
            let mut written: Vec<String> = Vec::new();
            find_reading(word, |key, kept, with| {
                got.push(key.to_string());
                written.push(format!("{}{with}", &word[..kept]));
                None::<()>
            });
            // `candidates` drops repeats; a look-up finds the same again.
            let firsts = |keys: &[String]| {
                let mut out: Vec<String> = Vec::new();
                for k in keys {
                    if !out.contains(k) {
                        out.push(k.clone());
                    }
                }
                out
            };
            assert_eq!(firsts(&got), firsts(&want), "{word}");
            for (w, k) in written.iter().zip(&got) {
                assert_eq!(&crate::wordlist::key(w), k, "{word}: {w}");
            }
        }
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
