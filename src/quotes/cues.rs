//! The word lists the quotes stage reads (`data/quotes/`), loaded once.
//!
//! Lists hold lower-case entries of one or more words; a match is looked up
//! over consecutive word tokens, longest first.

use crate::wordlist;
use crate::wordlist::FxHashSet;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::language::Lang;

/// How many lists have been parsed: each takes the next number, so a
/// document can keep one bit per word and list ([`Phrases::number`]).
static LISTS_PARSED: AtomicUsize = AtomicUsize::new(0);

/// The most phrase lists there may be (one question each of a
/// [`crate::text::WordAnswers`]).
pub const MAX_LISTS: usize = crate::text::word_answers::QUESTIONS as usize;

/// A set of one- or several-word phrases.
pub struct Phrases {
    /// This list's number, below [`MAX_LISTS`].
    number: usize,
    entries: FxHashSet<String>,
    /// The first words of all entries: most tokens start none, and are
    /// turned away without building a key.
    first_words: FxHashSet<String>,
    /// [`Sketch`]es of `entries` and `first_words`: most words asked about
    /// are in neither, and are turned away without hashing them.
    entry_sketch: Sketch,
    first_word_sketch: Sketch,
    max_words: usize,
}

/// A bit per (length, first two bytes, last byte) of the strings of a set,
/// folded into 4096 bits: a string whose bit is clear is not in the set.
struct Sketch(Box<[u64; 64]>);

impl Sketch {
    fn new<'s>(strings: impl Iterator<Item = &'s String>) -> Self {
        let mut bits = Box::new([0u64; 64]);
        for s in strings {
            let b = Self::bit(s);
            bits[b / 64] |= 1 << (b % 64);
        }
        Sketch(bits)
    }

    #[inline]
    fn bit(s: &str) -> usize {
        let b = s.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return 0;
        };
        let second = b.get(1).copied().unwrap_or(0);
        let mixed = u32::from(first)
            | u32::from(second) << 8
            | u32::from(last) << 16
            | (b.len() as u32) << 24;
        (mixed.wrapping_mul(0x9e37_79b1) >> 20) as usize
    }

    #[inline]
    fn may_hold(&self, s: &str) -> bool {
        let b = Self::bit(s);
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

impl Phrases {
    fn parse(data: &'static str) -> Self {
        let mut entries = FxHashSet::default();
        let mut first_words = FxHashSet::default();
        let mut max_words = 1;
        for line in wordlist::entries(data) {
            let words: Vec<String> = line.split_whitespace().map(wordlist::key).collect();
            max_words = max_words.max(words.len());
            first_words.insert(words[0].clone());
            entries.insert(words.join(" "));
        }
        let number = LISTS_PARSED.fetch_add(1, Ordering::Relaxed);
        assert!(number < MAX_LISTS, "more than {MAX_LISTS} phrase lists");
        Phrases {
            number,
            entry_sketch: Sketch::new(entries.iter()),
            first_word_sketch: Sketch::new(first_words.iter()),
            entries,
            first_words,
            max_words,
        }
    }

    /// The number of words of the longest entry that `words` (lower-case)
    /// starts with.
    pub fn longest_at<S: AsRef<str>>(&self, words: &[S]) -> Option<usize> {
        if !words
            .first()
            .is_some_and(|w| self.starts_with_word(w.as_ref()))
        {
            return None;
        }
        let mut key = String::new();
        let mut best = None;
        for (n, w) in words.iter().take(self.max_words).enumerate() {
            if n > 0 {
                key.push(' ');
            }
            key.push_str(w.as_ref());
            if self.entries.contains(&key) {
                best = Some(n + 1);
            }
        }
        best
    }

    /// The list's number, below [`MAX_LISTS`].
    pub fn number(&self) -> usize {
        self.number
    }

    /// The most words an entry has.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Some entry starts with the (lower-case) word `word`.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.first_word_sketch.may_hold(word) && self.first_words.contains(word)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.entry_sketch.may_hold(word) && self.entries.contains(word)
    }

    /// Some entry is a prefix of `word` (stems in `title_context.txt`).
    pub fn has_prefix_of(&self, word: &str) -> bool {
        // Each prefix of the word is looked up, rather than each entry
        // tried: a token holds no space, so no several-word entry matches.
        word.char_indices()
            .skip(1)
            .map(|(i, _)| &word[..i])
            .chain(std::iter::once(word))
            .any(|prefix| self.contains(prefix))
    }
}

/// A list of `data/quotes/`, parsed on first use.
macro_rules! list {
    ($file:literal) => {
        LazyLock::new(|| {
            Phrases::parse(include_str!(concat!(
                env!("OUT_DIR"),
                "/data/quotes/",
                $file
            )))
        })
    };
}

static VERBS_KK: LazyLock<Phrases> = list!("verbs_kk.txt");
static VERBS_RU: LazyLock<Phrases> = list!("verbs_ru.txt");
static VERBS_EN: LazyLock<Phrases> = list!("verbs_en.txt");
static ACCORDING_KK: LazyLock<Phrases> = list!("according_kk.txt");
static ACCORDING_RU: LazyLock<Phrases> = list!("according_ru.txt");
static ACCORDING_EN: LazyLock<Phrases> = list!("according_en.txt");
pub static BACKWARD: LazyLock<Phrases> = list!("backward.txt");
pub static PRONOUNS: LazyLock<Phrases> = list!("pronouns.txt");
pub static SPEAKER_NOUNS: LazyLock<Phrases> = list!("speaker_nouns.txt");
pub static TITLE_CONTEXT: LazyLock<Phrases> = list!("title_context.txt");
pub static TITLES: LazyLock<Phrases> = list!("titles.txt");
pub static TITLE_MODIFIERS: LazyLock<Phrases> = list!("title_modifiers.txt");
pub static ORG_NOUNS: LazyLock<Phrases> = list!("org_nouns.txt");
pub static OUTLET_VERBS: LazyLock<Phrases> = list!("outlet_verbs.txt");
pub static LABELS: LazyLock<Phrases> = list!("labels.txt");
pub static PARTICIPLES: LazyLock<Phrases> = list!("participles.txt");
pub static IMPERSONAL: LazyLock<Phrases> = list!("impersonal.txt");
pub static DISCOURSE: LazyLock<Phrases> = list!("discourse.txt");
pub static FILLERS: LazyLock<Phrases> = list!("fillers.txt");
pub static ADJUNCTS_EN: LazyLock<Phrases> = list!("adjuncts_en.txt");
pub static SENTENCE_ADVERBS: LazyLock<Phrases> = list!("sentence_adverbs.txt");
pub static PLACE_PREPOSITIONS: LazyLock<Phrases> = list!("place_prepositions.txt");
pub static SETTINGS_KK: LazyLock<Phrases> = list!("settings_kk.txt");

/// A singular job title, in any case (`президента`, `министру`,
/// `скульптора`).
pub fn is_title(word: &str) -> bool {
    wordlist::with_key(word, |key| {
        // `вице-министр`, `вице-спикері`: a deputy's title is a title.
        let w = key
            .strip_prefix("вице-")
            .filter(|rest| !rest.is_empty())
            .unwrap_or(key);
        TITLES.contains(w)
            || [
                "а", "я", "у", "ю", "ом", "ем", "е", "ның", "нің", "дың", "дің", "тың", "тің",
            ]
            .iter()
            .any(|end| {
                w.strip_suffix(end)
                    .is_some_and(|stem| TITLES.contains(stem))
            })
    })
}

/// Reporting verbs of `lang`; an undetermined language gets none.
pub fn verbs(lang: Lang) -> Option<&'static Phrases> {
    match lang {
        Lang::Kk => Some(&VERBS_KK),
        Lang::Ru => Some(&VERBS_RU),
        Lang::En => Some(&VERBS_EN),
        Lang::Und => None,
    }
}

/// "According to" phrases of `lang`.
pub fn according(lang: Lang) -> Option<&'static Phrases> {
    match lang {
        Lang::Kk => Some(&ACCORDING_KK),
        Lang::Ru => Some(&ACCORDING_RU),
        Lang::En => Some(&ACCORDING_EN),
        Lang::Und => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins() {
        let kk = verbs(Lang::Kk).unwrap();
        assert_eq!(kk.longest_at(&["деп", "атап", "өтті", "ол"]), Some(3));
        assert_eq!(kk.longest_at(&["деді"]), Some(1));
        assert_eq!(kk.longest_at(&["үй"]), None);
        assert!(TITLE_CONTEXT.has_prefix_of("партиясы"));
    }

    #[test]
    fn sketches_turn_away_only_what_is_absent() {
        let list = &*VERBS_RU;
        for entry in &list.entries {
            assert!(list.contains(entry), "{entry}");
        }
        for word in &list.first_words {
            assert!(list.starts_with_word(word), "{word}");
        }
        let absent = ["дом", "и", "", "заявилx", "сказалаa"];
        assert!(absent.iter().all(|w| !list.contains(w)));
        // Most words are turned away by the sketch alone.
        let text = include_str!("../../tests/data/seed_kk.txt");
        let words: Vec<String> = text.split_whitespace().map(wordlist::key).collect();
        let passed = words
            .iter()
            .filter(|w| list.first_word_sketch.may_hold(w))
            .count();
        assert!(passed * 4 < words.len(), "{passed} of {}", words.len());
    }
}
