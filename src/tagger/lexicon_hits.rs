//! The one place the tagger reads the entities stage's word lists: which
//! capitalised words are known places, organisations, first names or
//! not-names, which words before a capitalised one are titles, and the
//! Kazakh stem of a capitalised word (`Алматыдағы` → `Алматы`).
//!
//! Only capitalised words and the words before them are looked up, so the
//! lists cost nothing on the bulk of the text.

use super::features::{LexSlots, lex, stem_hash};
use crate::entities::kk_morph;
use crate::entities::lexicon::{
    FIRST_NAMES, FUNCTION_WORDS, NOT_NAMES, ORGS, PERSON_TITLES, PLACES,
};
use crate::language::Lang;
use crate::text::Token;

/// What the lists say of one word (whether each applies depends on the
/// capitals around it, see [`mark`]).
#[derive(Clone, Copy)]
pub struct WordLex {
    /// A title (`President`), marked when a capitalised word follows.
    title: bool,
    /// [`lex`] bits, marked when the word is capitalised.
    bits: u8,
    /// The Kazakh stem's hash, when a case ending came off.
    stem: Option<u32>,
}

/// `key` is a buffer for the lower-cased word (no allocation per word).
pub fn mark(text: &str, toks: &[Token], lang: Lang, slots: &mut LexSlots, key: &mut String) {
    for (i, t) in toks.iter().enumerate() {
        let next_cap = slots.is_capitalised(i + 1);
        let cap = slots.is_capitalised(i);
        if !cap && !next_cap {
            continue;
        }
        let hit = slots.lex_of(i, lang, || word_lex(t.text(text), lang, key));
        if next_cap && hit.title {
            slots.add_lex(i, lex::TITLE);
        }
        if !cap {
            continue;
        }
        if let Some(stem) = hit.stem {
            slots.set_stem(i, stem);
        }
        slots.add_lex(i, hit.bits);
    }
}

fn word_lex(word: &str, lang: Lang, key: &mut String) -> WordLex {
    fill_key(key, word);
    let title = PERSON_TITLES.contains(key.as_str());
    let mut bits = lookup(key);
    if NOT_NAMES.contains(key.as_str()) || FUNCTION_WORDS.contains(key.as_str()) {
        bits |= lex::NOT_NAME;
    }
    let mut stem = None;
    if lang == Lang::Kk
        && let Some(s) = kk_morph::strip_case(word)
    {
        stem = Some(stem_hash(s));
        fill_key(key, s);
        bits |= lookup(key);
    }
    WordLex { title, bits, stem }
}

fn lookup(key: &str) -> u8 {
    let mut bits = 0;
    if PLACES.contains_key(key) {
        bits |= lex::PLACE;
    }
    if ORGS.contains_key(key) {
        bits |= lex::ORG;
    }
    if FIRST_NAMES.contains_key(key) {
        bits |= lex::FIRST_NAME;
    }
    bits
}

/// The word as the lists key it: lower case, `ё` as `е`.
fn fill_key(key: &mut String, word: &str) {
    key.clear();
    crate::wordlist::push_key(word, key);
}
