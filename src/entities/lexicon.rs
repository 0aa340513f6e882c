//! The word lists of the entities stage, compiled in from `data/entities/`
//! and loaded once.
//!
//! Every key is lower-cased with `ё` folded to `е`, so a look-up does not
//! care how the text capitalises a name.

use crate::wordlist;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::EntityType;

/// Lower case, `ё` → `е`: the form every list is keyed by.
pub use crate::wordlist::key;

/// A word as the lists look it up: its [`key`] and, once asked for, its
/// Kazakh stems. Worked out once, it serves every look-up of the word.
pub struct Forms {
    key: String,
    stems: OnceCell<Vec<String>>,
}

impl Forms {
    pub fn new(word: &str) -> Self {
        Forms {
            key: key(word),
            stems: OnceCell::new(),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    fn stems(&self) -> &[String] {
        self.stems.get_or_init(|| super::kk_morph::stems(&self.key))
    }
}

fn set(data: &'static str) -> HashSet<String> {
    wordlist::entries(data).map(key).collect()
}

/// Each line keyed, to the line as written (its canonical form).
fn keyed(data: &'static str) -> HashMap<String, &'static str> {
    wordlist::entries(data).map(|l| (key(l), l)).collect()
}

/// Lines of `TYPE word` as (word, TYPE).
fn typed(data: &'static str) -> Vec<(String, &'static str)> {
    wordlist::entries(data)
        .filter_map(|l| l.split_once(' '))
        .map(|(t, w)| (key(w.trim()), t))
        .collect()
}

/// Known place names, keyed by their lower-cased dictionary form; the value
/// is the form as written in the list (the canonical form).
pub static PLACES: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| keyed(include_str!("../../data/entities/places.txt")));

/// Known organisation names and acronyms.
pub static ORGS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| keyed(include_str!("../../data/entities/org_names.txt")));

/// Common first names.
pub static FIRST_NAMES: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| keyed(include_str!("../../data/entities/first_names.txt")));

/// Titles and posts that come before a person's name.
pub static PERSON_TITLES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../data/entities/person_titles.txt")));

/// Capitalised words that are not names (sentence openers, pronouns,
/// weekdays, web abbreviations).
pub static NOT_NAMES: LazyLock<HashSet<String>> =
    LazyLock::new(|| set(include_str!("../../data/entities/not_names.txt")));

static ORG_TRIGGERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    wordlist::entries(include_str!("../../data/entities/org_triggers.txt"))
        .map(key)
        .collect()
});

static LOC_TRIGGERS: LazyLock<Vec<(String, &'static str)>> =
    LazyLock::new(|| typed(include_str!("../../data/entities/loc_triggers.txt")));

static UNITS: LazyLock<Vec<(String, &'static str)>> =
    LazyLock::new(|| typed(include_str!("../../data/entities/numeric_units.txt")));

static DATE_WORDS: LazyLock<Vec<(String, &'static str)>> =
    LazyLock::new(|| typed(include_str!("../../data/entities/date_words.txt")));

static NUMBER_WORDS: LazyLock<Vec<(String, &'static str)>> =
    LazyLock::new(|| typed(include_str!("../../data/entities/number_words.txt")));

/// Function words of the three languages (from the language stage's lists):
/// a capitalised one opens a sentence, it does not name anything.
pub static FUNCTION_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut s = set(include_str!("../../data/lang/stopwords_kk.txt"));
    s.extend(set(include_str!("../../data/lang/stopwords_ru.txt")));
    s.extend(set(include_str!("../../data/lang/stopwords_en.txt")));
    s
});

/// `word` (already a [`key`]) is `stem` or `stem` plus a suffix of at most
/// `max_extra` characters. Short stems must match whole.
fn begins_with(word: &str, stem: &str, max_extra: usize) -> bool {
    begins_with_min(word, stem, max_extra, 3)
}

/// [`begins_with`] where stems of `min_stem` characters or more may take a suffix.
fn begins_with_min(word: &str, stem: &str, max_extra: usize, min_stem: usize) -> bool {
    // The cheap prefix test first: most list entries fail it.
    let Some(extra) = word.strip_prefix(stem) else {
        return false;
    };
    extra.is_empty() || (stem.chars().count() >= min_stem && extra.chars().count() <= max_extra)
}

/// The longest list entry that `word` begins with, and its type.
fn longest_prefix<'a>(
    list: &'a [(String, &'static str)],
    word: &str,
    max_extra: usize,
    min_stem: usize,
) -> Option<(&'a str, &'static str)> {
    list.iter()
        .filter(|(stem, _)| begins_with_min(word, stem, max_extra, min_stem))
        .max_by_key(|(stem, _)| stem.len())
        .map(|(s, t)| (s.as_str(), *t))
}

fn entity_type(name: &str) -> Option<EntityType> {
    EntityType::ALL.iter().copied().find(|t| t.name() == name)
}

/// The type a unit word gives the number before it (`тоннадан` → QUANTITY).
/// Stems of one or two letters (`ай`, `км`) match whole or by Kazakh stem.
pub fn unit(word: &Forms) -> Option<EntityType> {
    if let Some((_, t)) = longest_prefix(&UNITS, word.key(), 8, 3) {
        return entity_type(t);
    }
    let stems = word.stems();
    UNITS
        .iter()
        .find(|(u, _)| stems.iter().any(|s| s == u))
        .and_then(|(_, t)| entity_type(t))
}

/// A month name, inflected or not (`желтоқсаннан`, `июня`, `June`).
pub fn is_month(word: &Forms) -> bool {
    longest_prefix(&DATE_WORDS, word.key(), 6, 3).is_some_and(|(_, t)| t == "MONTH")
}

/// A word that is a date or time on its own (`биыл`, `бүгін`, `today`),
/// with Kazakh case endings (`бүгіннен`), not a longer word (`кешенді`).
pub fn date_word(word: &Forms) -> Option<EntityType> {
    // Words that only start like a date word: `қысқа` "short", `қысым`
    // "pressure", `кешен` "complex".
    if ["қысқа", "қысым", "кешен"]
        .iter()
        .any(|p| word.key().starts_with(p))
    {
        return None;
    }
    let stems = word.stems();
    DATE_WORDS
        .iter()
        .filter(|(_, t)| *t != "MONTH")
        .find(|(w, _)| stems.iter().any(|s| s == w))
        .and_then(|(_, t)| entity_type(t))
}

/// A Kazakh month name alone (`қаңтарда`), a date in KazNERD's convention;
/// `қазан` (also "cauldron", "Kazan") needs a number.
pub fn is_kazakh_month(word: &Forms) -> bool {
    const MONTHS: &[&str] = &[
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қараша",
        "желтоқсан",
    ];
    let stems = word.stems();
    MONTHS.iter().any(|m| stems.iter().any(|s| s == m))
}

/// A number written in words (`жеті`, `миллион`, `двадцать`, `hundred`).
pub fn is_number_word(word: &str) -> bool {
    let k = key(word);
    NUMBER_WORDS
        .iter()
        .any(|(n, lang)| k == *n || (*lang == "kk" && begins_with(&k, n, 5)))
}

/// Kazakh words are matched by their stems (`ұйымының` → `ұйым`, but not
/// `ұйымдасқан`); Russian and English ones by their beginning.
fn trigger_stem<'a>(
    word: &str,
    list: impl Iterator<Item = &'a String> + Clone,
) -> Option<&'a String> {
    let k = key(word);
    let stems = super::kk_morph::stems(&k);
    list.clone()
        .find(|t| stems.iter().any(|s| s == *t))
        .or_else(|| {
            (!super::kk_morph::has_kazakh_letters(&k))
                .then(|| list.clone().find(|t| begins_with(&k, t, 3)))
                .flatten()
        })
}

/// A word that names the kind of an organisation (`министрлігі`, `Ministry`).
pub fn is_org_trigger(word: &str) -> bool {
    trigger_stem(word, ORG_TRIGGERS.iter()).is_some()
}

/// How a word after a place name relates to it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PlaceWord {
    /// Part of the name (`Ұлытау облысы`).
    Part,
    /// Only says the name before it is a place (`Алматы қаласында`).
    After,
}

/// A word that follows a place name (`облысының`, `қаласында`, `области`).
pub fn loc_trigger(word: &str) -> Option<PlaceWord> {
    let found = trigger_stem(word, LOC_TRIGGERS.iter().map(|(w, _)| w))?;
    let part = LOC_TRIGGERS.iter().any(|(w, t)| w == found && *t == "part");
    Some(if part {
        PlaceWord::Part
    } else {
        PlaceWord::After
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_match_inflected_words() {
        assert!(PLACES.contains_key("қазақстан"));
        let unit = |w| unit(&Forms::new(w));
        let is_month = |w| is_month(&Forms::new(w));
        assert_eq!(unit("тоннадан"), Some(EntityType::Quantity));
        assert_eq!(unit("теңгеге"), Some(EntityType::Money));
        assert_eq!(unit("іс"), None);
        assert!(is_month("желтоқсаннан"));
        assert!(is_month("июня"));
        assert!(!is_month("мамандар"));
        assert_eq!(loc_trigger("облысының"), Some(PlaceWord::Part));
        assert_eq!(loc_trigger("қаласында"), Some(PlaceWord::After));
        assert_eq!(loc_trigger("қалады"), None);
        assert!(!is_org_trigger("ұйымдасқан"));
        assert!(!is_org_trigger("қоғамдық"));
        assert!(is_org_trigger("министрлігіне"));
        assert!(is_number_word("жеті"));
        assert!(!is_number_word("жетекші"));
    }
}
