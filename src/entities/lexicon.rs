//! The word lists of the entities stage, compiled in from `data/entities/`
//! and loaded once.
//!
//! Every key is lower-cased with `ё` folded to `е`, so a look-up does not
//! care how the text capitalises a name.

mod fast;

use crate::wordlist;
use std::sync::LazyLock;

pub use fast::SlotMemo;
pub use fast::{FxMap, FxSet, key, lower_char, lowercase};
pub(crate) use fast::{Memo, make_room, memo};

use super::EntityType;

/// A word as the numeric lists look it up: its [`key`] and what the lists
/// say of it, worked out once per distinct word (news repeats its words).
#[derive(Clone, Copy)]
pub struct Forms<'w> {
    key: &'w str,
    info: WordInfo,
}

/// What the numeric and date lists say of one word.
#[derive(Clone, Copy, Default)]
struct WordInfo {
    unit: Option<EntityType>,
    month: bool,
    date_word: Option<EntityType>,
    kazakh_month: bool,
    number: bool,
    /// A part is a Kazakh number word that is a function word of another
    /// language: `он` is "ten", and in Russian "he".
    kazakh_number: bool,
}

thread_local! {
    static WORD_INFO: std::cell::RefCell<FxMap<String, WordInfo>> = Default::default();
}

impl<'w> Forms<'w> {
    /// The forms of a word by its [`key`].
    pub fn of(key: &'w str) -> Self {
        let info = if may_be_numeric(key) {
            memo(&WORD_INFO, key, || word_info(key))
        } else {
            // No list word starts so: no stem of it is one either.
            WordInfo::default()
        };
        Forms { key, info }
    }

    pub fn key(&self) -> &'w str {
        self.key
    }

    fn info(&self) -> WordInfo {
        self.info
    }

    /// Some numeric list has the word: a unit, a month, a date word or a
    /// number word.
    pub fn on_a_list(&self) -> bool {
        let WordInfo {
            unit,
            month,
            date_word,
            kazakh_month,
            number,
            kazakh_number,
        } = self.info;
        unit.is_some() || month || date_word.is_some() || kazakh_month || number || kazakh_number
    }

    /// Every hyphen-joined part is a number word (`үш-төрт`).
    pub fn is_number_words(&self) -> bool {
        self.info.number
    }

    /// A Kazakh number word that is a function word elsewhere (`он` "ten",
    /// "he" in Russian).
    pub fn is_kazakh_number(&self) -> bool {
        self.info.kazakh_number
    }
}

fn word_info(k: &str) -> WordInfo {
    let stems = super::kk_morph::stems(k);
    WordInfo {
        unit: unit_of(k, &stems),
        month: month_of(k, &stems),
        date_word: date_word_of(k, &stems),
        kazakh_month: kazakh_month_of(&stems),
        number: k.split('-').all(|p| !p.is_empty() && is_number_key(p)),
        kazakh_number: k.split('-').any(|p| {
            NUMBER_WORDS.get(p).is_none_or(|lang| *lang == "kk") && FUNCTION_WORDS.contains(p)
        }),
    }
}

/// Whether a word (its [`key`]) may be a unit, date, number word or month:
/// hyphenated, or opening as one of them does. Every other word gets no
/// numeric answer from [`Forms`]; most words are turned away here with one
/// probe instead of a look-up of the whole word.
pub fn may_be_numeric(key: &str) -> bool {
    key.as_bytes().contains(&b'-') || NUMERIC_OPENINGS.contains(&opening(key))
}

/// A word's first three letters, the last of those the entry may end on
/// with its softened pair folded in (`министрліг` is a stem of
/// `министрлік`: only the last letter of a stem changes). A list entry of
/// one or two letters is its whole self, softened; padded with spaces.
fn opening(word: &str) -> [char; 3] {
    let mut it = word.chars();
    let mut out = [' '; 3];
    for slot in &mut out {
        *slot = it.next().unwrap_or(' ');
    }
    out
}

/// Folds the softened consonant back to its plain pair.
fn unsoften(c: char) -> char {
    match c {
        'г' => 'к',
        'ғ' => 'қ',
        'б' => 'п',
        c => c,
    }
}

/// The openings of every unit, date and number word and Kazakh month, as
/// [`NumericOpenings::contains`] reads them: a word with none of them is
/// none of those words, whatever its endings. Asked of nearly every word,
/// so a bit table indexed by a hash of the letters: a clash only lets a
/// word through to the full look-up.
struct NumericOpenings {
    bits: Vec<u64>,
}

/// Bits in the table: some thousand openings leave most of them clear.
const OPENING_BITS: u32 = 16;

impl NumericOpenings {
    /// The bit of three letters (a letter of an entry of one or two letters
    /// past its end is `\0`).
    fn slot([a, b, c]: [char; 3]) -> usize {
        let code = u64::from(a) | (u64::from(b) << 21) | (u64::from(c) << 42);
        (code.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - OPENING_BITS)) as usize
    }

    fn insert(&mut self, letters: [char; 3]) {
        let slot = Self::slot(letters);
        self.bits[slot / 64] |= 1 << (slot % 64);
    }

    fn has(&self, letters: [char; 3]) -> bool {
        let slot = Self::slot(letters);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// Whether an entry may be the start of a word with `opening` (a stem
    /// or prefix of it: all letters as written but a softened last one).
    /// Entries of three letters or more are kept by their first three, the
    /// third unsoftened; shorter ones whole, the last unsoftened.
    fn contains(&self, &[a, b, c]: &[char; 3]) -> bool {
        self.has([a, unsoften(b), '\0'])
            || self.has([a, ' ', '\0'])
            || self.has([a, b, unsoften(c)])
    }
}

static NUMERIC_OPENINGS: LazyLock<NumericOpenings> = LazyLock::new(|| {
    let lists = [&*UNITS, &*DATE_WORDS, &*NUMBER_WORDS];
    let words = lists.into_iter().flat_map(|l| l.keys().map(String::as_str));
    let mut openings = NumericOpenings {
        bits: vec![0; (1 << OPENING_BITS) / 64],
    };
    for [a, b, c] in words.chain(KAZAKH_MONTHS.iter().copied()).map(opening) {
        if c == ' ' {
            openings.insert([a, unsoften(b), '\0']);
        } else {
            openings.insert([a, b, unsoften(c)]);
        }
    }
    openings
});

fn set(data: &'static str) -> FxSet<String> {
    wordlist::entries(data).map(key).collect()
}

/// Each line keyed, to the line as written (its canonical form); where
/// several files hold a key, the first file's line wins.
fn keyed(files: &[&'static str]) -> FxMap<String, &'static str> {
    let mut map = FxMap::default();
    for line in files.iter().flat_map(|data| wordlist::entries(data)) {
        map.entry(key(line)).or_insert(line);
    }
    map
}

/// A keyed list that [`longest_prefix`] can search: the map, and the first
/// three characters of every entry that long, so that a word whose own
/// first three are not among them is turned away with one probe.
pub struct Words<V> {
    map: FxMap<String, V>,
    heads: FxSet<String>,
}

impl<V> From<FxMap<String, V>> for Words<V> {
    fn from(map: FxMap<String, V>) -> Self {
        let heads = map
            .keys()
            .filter_map(|k| head(k))
            .map(str::to_string)
            .collect();
        Words { map, heads }
    }
}

impl<V> std::ops::Deref for Words<V> {
    type Target = FxMap<String, V>;
    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

/// The first three characters of `word`, if it has that many.
fn head(word: &str) -> Option<&str> {
    word.char_indices()
        .nth(3)
        .map(|(i, _)| &word[..i])
        .or_else(|| (word.chars().count() == 3).then_some(word))
}

/// Lines of `TYPE word` as word → TYPE (the first line wins).
fn typed(files: &[&'static str]) -> Words<&'static str> {
    let mut map = FxMap::default();
    let lines = files.iter().flat_map(|data| wordlist::entries(data));
    for (t, w) in lines.filter_map(|l| l.split_once(' ')) {
        map.entry(key(w.trim())).or_insert(t);
    }
    map.into()
}

/// Known place names, keyed by their lower-cased dictionary form; the value
/// is the form as written in the list (the canonical form). The hand-made
/// list first, then GeoNames cities and CLDR countries (`geo_places.txt`,
/// made by `scripts/lexicons/build.py`).
pub static PLACES: LazyLock<FxMap<String, &'static str>> = LazyLock::new(|| {
    keyed(&[
        crate::data_list!("entities/places.txt"),
        wordlist::unpack(include_bytes!(concat!(env!("OUT_DIR"), "/geo_places.txt"))),
    ])
});

/// Known organisation names and acronyms.
pub static ORGS: LazyLock<FxMap<String, &'static str>> =
    LazyLock::new(|| keyed(&[crate::data_list!("entities/org_names.txt")]));

/// Common first names: the hand-made list, then the US Census's most
/// frequent (`english_first_names.txt`, made by `scripts/lexicons/build.py`).
pub static FIRST_NAMES: LazyLock<FxMap<String, &'static str>> = LazyLock::new(|| {
    keyed(&[
        crate::data_list!("entities/first_names.txt"),
        wordlist::unpack(include_bytes!(concat!(
            env!("OUT_DIR"),
            "/english_first_names.txt"
        ))),
    ])
});

/// natasha's first names (`person_names.txt`, made by
/// `scripts/lexicons/build.py`): Russian spellings, many of them Kazakh
/// words too (`Айта`, `Сосын`), so they count in Russian and English text.
pub static MORE_FIRST_NAMES: LazyLock<FxSet<String>> = LazyLock::new(|| {
    set(wordlist::unpack(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/person_names.txt"
    ))))
});

/// Titles and posts that come before a person's name.
pub static PERSON_TITLES: LazyLock<FxSet<String>> =
    LazyLock::new(|| set(crate::data_list!("entities/person_titles.txt")));

/// Capitalised words that are not names (sentence openers, pronouns,
/// weekdays, web abbreviations).
pub static NOT_NAMES: LazyLock<FxSet<String>> =
    LazyLock::new(|| set(crate::data_list!("entities/not_names.txt")));

/// Organisation words (a map to nothing, so [`trigger_stem`] serves both lists).
static ORG_TRIGGERS: LazyLock<Words<()>> = LazyLock::new(|| {
    let map: FxMap<String, ()> = wordlist::entries(crate::data_list!("entities/org_triggers.txt"))
        .map(|l| (key(l), ()))
        .collect();
    map.into()
});

static LOC_TRIGGERS: LazyLock<Words<&'static str>> =
    LazyLock::new(|| typed(&[crate::data_list!("entities/loc_triggers.txt")]));

static UNITS: LazyLock<Words<&'static str>> =
    LazyLock::new(|| typed(&[crate::data_list!("entities/numeric_units.txt")]));

/// Date words and month names: the hand-made list, then CLDR's months
/// (`cldr_dates.txt`, made by `scripts/lexicons/build.py`).
static DATE_WORDS: LazyLock<Words<&'static str>> = LazyLock::new(|| {
    typed(&[
        crate::data_list!("entities/date_words.txt"),
        crate::data_list!("entities/cldr_dates.txt"),
    ])
});

/// Number words by language: `kk` ones may take suffixes.
static NUMBER_WORDS: LazyLock<Words<&'static str>> =
    LazyLock::new(|| typed(&[crate::data_list!("entities/number_words.txt")]));

/// Function words of the three languages (from the language stage's lists):
/// a capitalised one opens a sentence, it does not name anything.
pub static FUNCTION_WORDS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    let mut s = set(crate::data_list!("lang/stopwords_kk.txt"));
    s.extend(set(crate::data_list!("lang/stopwords_ru.txt")));
    s.extend(set(crate::data_list!("lang/stopwords_en.txt")));
    s
});

/// The longest entry of `list` that `word` (a [`key`]) is, or begins with
/// when at most `max_extra` characters follow and the entry has at least
/// `min_stem` characters; and its value. At most `max_extra + 1` hash
/// look-ups, whatever the list's length.
pub fn longest_prefix<'a, V>(
    list: &'a Words<V>,
    word: &str,
    max_extra: usize,
    min_stem: usize,
) -> Option<(&'a str, &'a V)> {
    if min_stem >= 3 && head(word).is_none_or(|h| !list.heads.contains(h)) {
        // Only the whole word can match: every longer stem shares its head.
        return list.get_key_value(word).map(|(k, v)| (k.as_str(), v));
    }
    let mut extra = 0;
    let mut cut = word.len();
    loop {
        let stem = &word[..cut];
        if let Some((k, v)) = list.get_key_value(stem)
            && (extra == 0 || stem.chars().count() >= min_stem)
        {
            return Some((k.as_str(), v));
        }
        if extra == max_extra || cut == 0 {
            return None;
        }
        cut = word[..cut].char_indices().next_back().map_or(0, |(i, _)| i);
        extra += 1;
    }
}

fn entity_type(name: &str) -> Option<EntityType> {
    EntityType::ALL.iter().copied().find(|t| t.name() == name)
}

/// The first of `stems` that `list` holds, and its value.
fn any_stem<'a, V>(list: &'a FxMap<String, V>, stems: &[String]) -> Option<&'a V> {
    stems.iter().find_map(|s| list.get(s.as_str()))
}

/// The type a unit word gives the number before it (`тоннадан` → QUANTITY).
/// Stems of one or two letters (`ай`, `км`) match whole or by Kazakh stem.
pub fn unit(word: &Forms) -> Option<EntityType> {
    word.info().unit
}

fn unit_of(k: &str, stems: &[String]) -> Option<EntityType> {
    if let Some((stem, t)) = longest_prefix(&UNITS, k, 8, 3)
        && (stem.len() == k.len() || opens_as_unit(stem, &k[stem.len()..]))
    {
        return entity_type(t);
    }
    any_stem(&UNITS, stems).and_then(|t| entity_type(t))
}

/// The type a unit written exactly as `key` makes of a number before it
/// (`пайыз`, `теңге`, `тонна`), if it is one.
pub fn unit_word(key: &str) -> Option<EntityType> {
    UNITS.get(key).and_then(|t| entity_type(t))
}

/// Kazakh units that also open other words (`жылу` "heat", `жылқы`
/// "horse", `жылыжай` "greenhouse", `жасөспірім` "teenager"), with the
/// endings they take (`жылғы`, `жылдық`, `күндік`, `апталық`, `жасар`,
/// "about" `жылдай`, `күндей`): a longer word is the unit only with one of
/// those or when the stemmer reaches the unit (`жылдан`, `жасында`).
const OPENS_OTHER_WORDS: &[(&str, &[&str])] = &[
    ("жыл", &["ғы", "дық", "дығ", "дай"]),
    ("жылы", &[]),
    ("жас", &["ар"]),
    ("күн", &["гі", "дік", "діг", "дей"]),
    ("апта", &["лық", "лығ", "дай"]),
];

/// Whether `unit` followed by `rest` is a form of the unit, as far as
/// [`OPENS_OTHER_WORDS`] knows (other units open no other words).
fn opens_as_unit(unit: &str, rest: &str) -> bool {
    OPENS_OTHER_WORDS
        .iter()
        .find(|(u, _)| *u == unit)
        .is_none_or(|(_, endings)| endings.iter().any(|e| rest.starts_with(e)))
}

/// A month name, inflected or not (`желтоқсаннан`, `июня`, `June`).
pub fn is_month(word: &Forms) -> bool {
    word.info().month
}

/// A month name with its endings. Kazakh endings are taken off by the
/// stemmer, so a longer word that only opens as a month is none
/// (`қазандықтың` "of the boiler house", not `қазан` "October").
fn month_of(k: &str, stems: &[String]) -> bool {
    match longest_prefix(&DATE_WORDS, k, 6, 3) {
        Some((month, &"MONTH"))
            if KAZAKH_MONTHS.contains(&month) || ALSO_WORDS.contains(&month) =>
        {
            stems.iter().any(|s| s == month)
        }
        Some((_, kind)) => *kind == "MONTH",
        None => false,
    }
}

/// Kazakh months that are common words too (`қазан` "cauldron", `маусым`
/// "season"): alone, they need a number to be a date.
const ALSO_WORDS: &[&str] = &["қазан", "маусым"];

/// A word that is a date or time on its own (`биыл`, `бүгін`, `today`),
/// with Kazakh case endings (`бүгіннен`), not a longer word (`кешенді`).
pub fn date_word(word: &Forms) -> Option<EntityType> {
    word.info().date_word
}

fn date_word_of(k: &str, stems: &[String]) -> Option<EntityType> {
    // Words that only start like a date word: `қысқа` "short", `қысым`
    // "pressure", `кешен` "complex".
    if ["қысқа", "қысым", "кешен"].iter().any(|p| k.starts_with(p)) {
        return None;
    }
    stems
        .iter()
        .filter_map(|s| DATE_WORDS.get(s.as_str()))
        .find(|t| **t != "MONTH")
        .and_then(|t| entity_type(t))
}

/// `key` is a month's whole name in a list (`december`, `января`), not just
/// a word opening as one (`marching`).
pub fn is_month_name(key: &str) -> bool {
    DATE_WORDS.get(key) == Some(&"MONTH")
}

/// A Kazakh month name alone (`қаңтарда`), a date in KazNERD's convention;
/// `қазан` (also "cauldron", "Kazan") needs a number.
pub fn is_kazakh_month(word: &Forms) -> bool {
    word.info().kazakh_month
}

const KAZAKH_MONTHS: &[&str] = &[
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

fn kazakh_month_of(stems: &[String]) -> bool {
    stems.iter().any(|s| KAZAKH_MONTHS.contains(&s.as_str()))
}

/// A number written in words (`жеті`, `миллион`, `двадцать`, `hundred`).
#[cfg(test)]
fn is_number_word(word: &str) -> bool {
    is_number_key(&key(word))
}

/// [`is_number_word`] of a word already keyed. Kazakh number words may take
/// up to five letters of suffix (`бесінші`, `оннан`).
pub fn is_number_key(k: &str) -> bool {
    NUMBER_WORDS.contains_key(k)
        || longest_prefix(&NUMBER_WORDS, k, 5, 3).is_some_and(|(_, lang)| *lang == "kk")
}

/// Kazakh words are matched by their stems (`ұйымының` → `ұйым`, but not
/// `ұйымдасқан`); Russian and English ones by their beginning.
fn trigger_stem<'a, V>(word: &str, list: &'a Words<V>) -> Option<&'a V> {
    let k = key(word);
    let stems = super::kk_morph::stems(&k);
    any_stem(list, &stems).or_else(|| {
        (!super::kk_morph::has_kazakh_letters(&k))
            .then(|| longest_prefix(list, &k, 3, 3).map(|(_, v)| v))
            .flatten()
    })
}

thread_local! {
    static ORG_TRIGGER_MEMO: std::cell::RefCell<FxMap<String, bool>> = Default::default();
    static LOC_TRIGGER_MEMO: std::cell::RefCell<FxMap<String, Option<PlaceWord>>> = Default::default();
}

/// A word that names the kind of an organisation (`министрлігі`, `Ministry`).
pub fn is_org_trigger(word: &str) -> bool {
    memo(&ORG_TRIGGER_MEMO, word, || {
        trigger_stem(word, &ORG_TRIGGERS).is_some()
    })
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
    memo(&LOC_TRIGGER_MEMO, word, || {
        let kind = trigger_stem(word, &LOC_TRIGGERS)?;
        Some(if *kind == "part" {
            PlaceWord::Part
        } else {
            PlaceWord::After
        })
    })
}

/// Memoises a per-language clue of a word or phrase (see [`fast::memo`]).
pub(super) fn remember_for(
    cache: &'static fast::SlotMemo<Option<EntityType>>,
    phrase: &str,
    lang: crate::language::Lang,
    compute: impl FnOnce() -> Option<EntityType>,
) -> Option<EntityType> {
    fast::memo_slot(cache, phrase, lang as usize, compute)
}

/// Per-language yes/no clues of one word (see [`fast::memo`]).
pub(super) fn remember_bool(
    cache: &'static fast::SlotMemo<bool>,
    word: &str,
    lang: crate::language::Lang,
    compute: impl FnOnce() -> bool,
) -> bool {
    fast::memo_slot(cache, word, lang as usize, compute)
}

/// Memoises a clue of one word for `word_clues` (see [`fast::memo`]).
pub(super) fn remember<T: Clone>(
    cache: &'static Memo<T>,
    word: &str,
    compute: impl FnOnce() -> T,
) -> T {
    memo(cache, word, compute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_match_inflected_words() {
        assert!(PLACES.contains_key("қазақстан"));
        let unit = |w| unit(&Forms::of(&key(w)));
        let is_month = |w| is_month(&Forms::of(&key(w)));
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
