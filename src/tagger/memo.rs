//! What the tagger works out once per distinct word rather than once per
//! token: the word's own features ([`WordInfo`]), its lexicon hits, and
//! the summed model rows of the features that depend on the word alone.
//! News repeats its words, so most tokens find theirs here; the memo
//! outlives a document ([`Memo::start_document`]), so the next article
//! finds the words the earlier ones shared with it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::LABELS;
use super::features::WordInfo;
use super::lexicon_hits::WordLex;
use super::model::Model;
use crate::language::Lang;
use crate::text::TokenKind;
use crate::wordlist::FxHasher;

/// No memo entry (the token's word was not read, or is not memoised).
pub const NONE: u32 = u32::MAX;

/// Entries kept from one document to the next (about 120 bytes each and
/// the word): past it, a new document starts an empty memo.
const KEPT_ENTRIES: usize = 50_000;

struct Entry {
    /// The word's text: `text[start..end]` of the memo (empty for a word
    /// whose hash another word's entry holds: found only by its document
    /// id, see [`Memo::word_numbered_new`]).
    start: u32,
    end: u32,
    kind: TokenKind,
    info: WordInfo,
    lex: Option<(Lang, WordLex)>,
    /// The model (by address) the sum was made with, and the sum.
    emission: Option<(usize, [i32; LABELS])>,
}

/// Keyed by the token's exact text (case matters to the shape features),
/// found by its 64-bit hash; the texts sit end to end in `text`.
#[derive(Default)]
pub struct Memo {
    index: HashMap<u64, u32, BuildHasherDefault<super::IdentityHasher>>,
    entries: Vec<Entry>,
    text: String,
    /// The entry of each [`crate::text::Document::word`] id met so far
    /// ([`NONE`] if none): a word the document has numbered is found
    /// without hashing it.
    by_word: Vec<u32>,
}

fn hash(word: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    // Spread the high bits (hashbrown reads the top 7 for its tags).
    h.finish().wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ word.len() as u64
}

impl Memo {
    /// Forgets the last document's word ids (the entries stay, found by
    /// their text), and every entry once there are too many.
    pub fn start_document(&mut self) {
        self.by_word.clear();
        if self.entries.len() > KEPT_ENTRIES {
            *self = Memo::default();
        }
    }

    /// The entry of `word`, made with `make` the first time. [`NONE`] when
    /// the same text was seen as another token kind (then `make` is used
    /// each time).
    pub fn word(
        &mut self,
        word: &str,
        kind: TokenKind,
        make: impl FnOnce() -> WordInfo,
    ) -> (WordInfo, u32) {
        let key = hash(word);
        if let Some(&id) = self.index.get(&key) {
            let e = &self.entries[id as usize];
            let same = &self.text[e.start as usize..e.end as usize] == word;
            // Another word with the same hash (or kind): not memoised.
            return if same && e.kind == kind {
                (e.info, id)
            } else {
                (make(), NONE)
            };
        }
        let info = make();
        let id = self.entries.len() as u32;
        let start = self.text.len() as u32;
        self.text.push_str(word);
        self.entries.push(Entry {
            start,
            end: self.text.len() as u32,
            kind,
            info,
            lex: None,
            emission: None,
        });
        self.index.insert(key, id);
        (info, id)
    }

    /// [`Memo::word`] for a word the document numbered `word_id` (`None`:
    /// not numbered); the ids are the current document's
    /// ([`Memo::start_document`]). Inlined: asked of every token, and most
    /// find their word's entry.
    #[inline]
    pub fn word_numbered(
        &mut self,
        word_id: Option<u32>,
        word: &str,
        kind: TokenKind,
        make: impl FnOnce() -> WordInfo,
    ) -> (WordInfo, u32) {
        if let Some(w) = word_id
            && let Some(&id) = self.by_word.get(w as usize)
            && id != NONE
        {
            return (self.entries[id as usize].info, id);
        }
        self.word_numbered_new(word_id, word, kind, make)
    }

    /// [`Memo::word_numbered`] of a word without an entry yet (kept out
    /// of line, so the quick path saves no registers for it).
    #[inline(never)]
    fn word_numbered_new(
        &mut self,
        word_id: Option<u32>,
        word: &str,
        kind: TokenKind,
        make: impl FnOnce() -> WordInfo,
    ) -> (WordInfo, u32) {
        let Some(w) = word_id.map(|w| w as usize) else {
            return self.word(word, kind, make);
        };
        // Found by its text (an earlier document's entry, or a new one),
        // then by the document's id.
        let (info, mut id) = self.word(word, kind, make);
        if id == NONE {
            // Another word's hash: an entry the text does not find.
            id = self.entries.len() as u32;
            self.entries.push(Entry {
                start: 0,
                end: 0,
                kind,
                info,
                lex: None,
                emission: None,
            });
        }
        if w >= self.by_word.len() {
            self.by_word.resize(w + 1, NONE);
        }
        self.by_word[w] = id;
        (info, id)
    }

    /// The lexicon hits of entry `id` under `lang`, made with `make` once.
    pub fn lex(&mut self, id: u32, lang: Lang, make: impl FnOnce() -> WordLex) -> WordLex {
        let Some(e) = self.entries.get_mut(id as usize) else {
            return make();
        };
        match e.lex {
            Some((l, hit)) if l == lang => hit,
            _ => {
                let hit = make();
                e.lex = Some((lang, hit));
                hit
            }
        }
    }

    /// The summed rows of entry `id`'s word features under `model`.
    pub fn emission(&mut self, id: u32, model: &Model) -> [i32; LABELS] {
        let e = &mut self.entries[id as usize];
        let at = model as *const Model as usize;
        match e.emission {
            Some((m, sum)) if m == at => sum,
            _ => {
                let mut buf = [0u32; super::features::WORD_FEATURES];
                let n = super::features::word_features(&e.info, &mut buf);
                let sum = model.emission(&buf[..n]);
                e.emission = Some((at, sum));
                sum
            }
        }
    }
}
