//! Hashed features of one sentence's tokens: the word, its affixes, shape
//! and capitalisation, two words either side, the Kazakh stem, lexicon hits
//! and the rules' own reading (the hint). Training and tagging call the same
//! code, so a model always sees the features it was trained on.
//!
//! Every feature is one 32-bit hash, cut to [`HASH_BITS`] bits: the model
//! keeps a row of label weights per hash. Nothing here allocates per token;
//! [`Scratch`] is reused from sentence to sentence.

use super::LABELS;
use super::direct;
use super::memo::{self, Memo};
use super::model::Model;
use crate::language::Lang;
use crate::text::{Token, TokenKind};

/// Features are hashed into `2^HASH_BITS` buckets (at training time too, so
/// the rare collisions are learned, not suffered).
pub const HASH_BITS: u32 = 22;

/// Lexicon hits of a word, as bits ([`super::lexicon_hits`] sets them).
pub mod lex {
    pub const PLACE: u8 = 1;
    pub const ORG: u8 = 2;
    pub const FIRST_NAME: u8 = 4;
    pub const TITLE: u8 = 8;
    pub const NOT_NAME: u8 = 16;
}

mod flag {
    pub const CAP: u8 = 1;
    pub const ALL_CAPS: u8 = 2;
    pub const DIGIT: u8 = 4;
    pub const PUNCT: u8 = 8;
    pub const FIRST: u8 = 16;
    pub const HYPHEN: u8 = 32;
}

/// What is worked out once per token and read by its neighbours' features.
#[derive(Clone, Copy, Default)]
pub struct WordInfo {
    lower: u32,
    shape: u32,
    prefix: [u32; 4],
    suffix: [u32; 4],
    stem: u32,
    flags: u8,
    lex: u8,
    hint: u8,
    /// Inside quotation marks: how far from the opening mark (1, 2, 3 =
    /// more), else 0; [`Scratch::quote_head`] is the word before the mark.
    quoted: u8,
}

/// Buffers reused across sentences; after [`Scratch::extract`] token `i`'s
/// features are `feats[starts[i]..starts[i + 1]]`.
#[derive(Default)]
pub struct Scratch {
    key: String,
    words: Vec<WordInfo>,
    /// Distance of each token to the nearest anchor (see [`Scratch::extract`]).
    near: Vec<usize>,
    /// Per token: the stem-like prefix of the word before the opening
    /// quotation mark it sits behind (`партии «Яблоко`), else 0.
    quote_head: Vec<u32>,
    /// Russian only: which tokens are words for a kind of organisation or
    /// place ([`super::kind_words`]); empty in other languages.
    kind_word: Vec<u8>,
    ru: bool,
    /// Kazakh only: each token's [`super::kk_kind_words::kind_of`]; empty
    /// in other languages.
    kk_kind: Vec<u16>,
    /// The same per [`crate::text::Document::word`] id ([`UNKNOWN_KIND`]
    /// until asked), so a document asks once per word.
    kk_kind_by_word: Vec<u16>,
    /// Russian: each [`crate::text::Document::word`] id's
    /// [`super::kind_words`] kind ([`UNKNOWN_RU_KIND`] until asked).
    ru_kind_by_word: Vec<u8>,
    kk: bool,
    /// Word facts per distinct word ([`memo`]); `ids` holds each token's entry.
    memo: Memo,
    ids: Vec<u32>,
    /// Leave each memoised word's own features out of `feats`: the tagger
    /// adds their summed rows from the memo ([`Scratch::word_emission`]),
    /// and reads a far token's ([`Scratch::is_far`]) one row itself.
    split: bool,
    /// In split mode, features of few values as [`direct`] indices, token
    /// `i`'s at `codes[code_starts[i]..code_starts[i + 1]]`.
    pub codes: Vec<u16>,
    pub code_starts: Vec<u32>,
    pub feats: Vec<u32>,
    pub starts: Vec<u32>,
}

/// FxHash-style step: cheap, and [`finish`] spreads it.
#[inline]
fn mix(h: u32, x: u32) -> u32 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x9E37_79B9)
}

/// Murmur3's finaliser, then the top [`HASH_BITS`] bits.
#[inline]
fn finish(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85EB_CA6B);
    h ^= h >> 13;
    h = h.wrapping_mul(0xC2B2_AE35);
    h ^= h >> 16;
    h >> (32 - HASH_BITS)
}

#[inline]
pub fn feature(template: u32, a: u32, b: u32) -> u32 {
    finish(mix(mix(mix(0x5BD1_E995, template), a), b))
}

/// Where [`hash_chars`] starts.
const HASH_START: u32 = 0x811C_9DC5;

fn hash_chars(chars: &[char]) -> u32 {
    chars.iter().fold(HASH_START, |h, &c| mix(h, c as u32))
}

/// Lower case with `ё` folded to `е`, as the word lists key words; quick
/// for the letters news text is made of.
#[inline]
fn fold(c: char) -> char {
    match c {
        'a'..='z' | 'а'..='я' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'ё' | 'Ё' => 'е',
        _ if c.is_ascii() => c,
        _ => match CYRILLIC.get((c as usize).wrapping_sub(CYRILLIC_FROM)) {
            Some(&(folded, _)) => folded,
            None => fold_slow(c),
        },
    }
}

fn fold_slow(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

#[inline]
fn char_class(c: char) -> u32 {
    match c {
        'a'..='z' | 'а'..='я' => 2,
        'A'..='Z' | 'А'..='Я' => 1,
        '0'..='9' => 3,
        _ => match CYRILLIC.get((c as usize).wrapping_sub(CYRILLIC_FROM)) {
            Some(&(_, class)) => class as u32,
            None => char_class_slow(c),
        },
    }
}

fn char_class_slow(c: char) -> u32 {
    if c.is_uppercase() {
        1
    } else if c.is_lowercase() {
        2
    } else if c.is_numeric() {
        3
    } else {
        4
    }
}

/// The Cyrillic block with its supplement (Kazakh's `ә`, `қ`, `ң`, ...):
/// [`fold_slow`] and [`char_class_slow`] of each char, worked out once.
const CYRILLIC_FROM: usize = 0x400;
static CYRILLIC: std::sync::LazyLock<Vec<(char, u8)>> = std::sync::LazyLock::new(|| {
    (CYRILLIC_FROM as u32..0x530)
        .filter_map(char::from_u32)
        .map(|c| (fold_slow(c), char_class_slow(c) as u8))
        .collect()
});

/// Names sit near a capital letter or a rule's guess (an anchor); tokens
/// farther than `REACH` from any anchor get one feature that says so, and
/// words farther than twice that are not even read.
const REACH: usize = 2;

/// The hashes ([`hash_chars`], folded) of the first three letters of every
/// Kazakh kind word's stem: a word whose prefix of three is none of them
/// is no kind word. Every stem has three letters or more, and an ending
/// changes at most its last.
static KK_OPENINGS: std::sync::LazyLock<crate::wordlist::FxHashSet<u32>> =
    std::sync::LazyLock::new(|| {
        super::kk_kind_words::stems()
            .map(|stem| {
                let chars: Vec<char> = stem.chars().take(3).map(fold).collect();
                hash_chars(&chars)
            })
            .collect()
    });

/// [`Scratch::ru_kind_by_word`] of a word not asked yet.
const UNKNOWN_RU_KIND: u8 = u8::MAX;

/// [`Scratch::kk_kind_by_word`] of a word not asked yet.
const UNKNOWN_KIND: u16 = u16::MAX;

/// The template of the one feature of a token far from any anchor.
pub const FAR: u32 = 40;

/// Sentinels for positions before the first and after the last token.
const BEFORE: u32 = 0xB0F0_0001;
const AFTER: u32 = 0xAF7E_0002;

impl Scratch {
    /// Computes the features of `toks` (one sentence of `text`). `hints`
    /// holds the rules' label per token ([`super::Label`] codes), or is empty.
    /// `words`: each token's [`crate::text::Document::word`] id, or empty.
    pub fn extract(&mut self, text: &str, toks: &[Token], words: &[u32], lang: Lang, hints: &[u8]) {
        let hint = |i: usize| hints.get(i).copied().unwrap_or(0);
        self.near.clear();
        self.kind_word.clear();
        self.kk_kind.clear();
        let ru = lang == Lang::Ru;
        let kk = lang == Lang::Kk;
        let mut last_anchor: Option<usize> = None;
        for (i, t) in toks.iter().enumerate() {
            // A word whose first char is upper case (`char_class` 1), as
            // the tokeniser found.
            let cap = t.is_capitalised();
            // A Russian word for a kind of organisation is an anchor too:
            // factRuEval names organisations by it (`правительство`).
            let kind_word = match (ru, t.kind) {
                (true, TokenKind::Word) => {
                    let ask = || {
                        if cap {
                            super::kind_words::kind_of_any_case(t.text(text))
                        } else {
                            super::kind_words::kind_of(t.text(text))
                        }
                    };
                    // The same word (same text, so same capital) the same kind.
                    match words.get(i) {
                        Some(&w) => {
                            let w = w as usize;
                            if w >= self.ru_kind_by_word.len() {
                                self.ru_kind_by_word.resize(w + 1, UNKNOWN_RU_KIND);
                            }
                            let slot = &mut self.ru_kind_by_word[w];
                            if *slot == UNKNOWN_RU_KIND {
                                *slot = ask();
                            }
                            *slot
                        }
                        None => ask(),
                    }
                }
                _ => super::kind_words::NONE,
            };
            if ru {
                self.kind_word.push(kind_word);
            }
            if cap || kind_word == super::kind_words::ORG || hint(i) != 0 {
                last_anchor = Some(i);
            }
            self.near.push(last_anchor.map_or(usize::MAX, |a| i - a));
        }
        let mut next_anchor: Option<usize> = None;
        for i in (0..toks.len()).rev() {
            if self.near[i] == 0 {
                next_anchor = Some(i);
            }
            if let Some(a) = next_anchor {
                self.near[i] = self.near[i].min(a - i);
            }
        }
        self.words.clear();
        self.ids.clear();
        let first_word = toks.iter().position(|t| t.kind != TokenKind::Punct);
        for (i, t) in toks.iter().enumerate() {
            // Words whose facts are read are memoised; numbers rarely
            // repeat, so they are not (a memo entry costs more than it saves).
            let (mut w, id) = if self.near[i] <= 2 * REACH && t.kind != TokenKind::Number {
                self.memo
                    .word_numbered(words.get(i).copied(), t.text(text), t.kind, || {
                        word_info(t.text(text), t.kind)
                    })
            } else if self.near[i] <= 2 * REACH {
                (word_info(t.text(text), t.kind), memo::NONE)
            } else {
                (WordInfo::default(), memo::NONE)
            };
            if Some(i) == first_word {
                w.flags |= flag::FIRST;
            }
            w.hint = hint(i);
            self.words.push(w);
            self.ids.push(id);
        }
        if kk {
            self.mark_kk_kinds(text, toks, words);
        }
        let mut slots = LexSlots {
            words: &mut self.words,
            ids: &self.ids,
            memo: &mut self.memo,
        };
        super::lexicon_hits::mark(text, toks, lang, &mut slots, &mut self.key);
        self.ru = lang == Lang::Ru;
        self.kk = kk;
        self.mark_quotes(text, toks);
        self.feats.clear();
        self.starts.clear();
        self.codes.clear();
        self.code_starts.clear();
        for i in 0..toks.len() {
            self.starts.push(self.feats.len() as u32);
            self.code_starts.push(self.codes.len() as u32);
            if self.near[i] <= REACH {
                self.token_features(i);
            } else if !self.split {
                // The tagger reads a far token's row without it.
                self.feats.push(feature(FAR, 0, 0));
            }
        }
        self.starts.push(self.feats.len() as u32);
        self.code_starts.push(self.codes.len() as u32);
    }

    /// Each token's Kazakh kind of organisation word, asked only of words
    /// whose facts are read, whose first three letters open a listed stem
    /// (from the prefix hash [`word_info`] made), and once per document word.
    fn mark_kk_kinds(&mut self, text: &str, toks: &[Token], words: &[u32]) {
        for (i, t) in toks.iter().enumerate() {
            let info = &self.words[i];
            // Three letters: the whole word; more: its prefix of three.
            let opening = if info.prefix[1] != 0 {
                info.prefix[1]
            } else {
                info.lower
            };
            if t.kind != TokenKind::Word || opening == 0 || !KK_OPENINGS.contains(&opening) {
                self.kk_kind.push(0);
                continue;
            }
            let word = t.text(text);
            let kind = match words.get(i) {
                Some(&w) => {
                    let w = w as usize;
                    if w >= self.kk_kind_by_word.len() {
                        self.kk_kind_by_word.resize(w + 1, UNKNOWN_KIND);
                    }
                    let slot = &mut self.kk_kind_by_word[w];
                    if *slot == UNKNOWN_KIND {
                        *slot = super::kk_kind_words::kind_of(word);
                    }
                    *slot
                }
                None => super::kk_kind_words::kind_of(word),
            };
            self.kk_kind.push(kind);
        }
    }

    /// Which tokens sit inside quotation marks, and behind which word
    /// (Russian only: factRuEval's organisations are `газеты «Правда`).
    fn mark_quotes(&mut self, text: &str, toks: &[Token]) {
        self.quote_head.clear();
        if !self.ru {
            return;
        }
        let mut open: Option<(usize, u32)> = None;
        for (i, t) in toks.iter().enumerate() {
            let mark = if t.kind == TokenKind::Punct {
                t.text(text).chars().next()
            } else {
                None
            };
            let head = match mark {
                Some('«' | '„') => Some(true),
                Some('»' | '“' | '”') => Some(false),
                Some('"') => Some(open.is_none()),
                _ => None,
            };
            match head {
                Some(true) => {
                    let before = i.checked_sub(1).map_or(BEFORE, |j| stem_of(&self.words[j]));
                    open = Some((i, before));
                    self.quote_head.push(0);
                }
                Some(false) => {
                    open = None;
                    self.quote_head.push(0);
                }
                None => match open {
                    Some((at, before)) => {
                        self.words[i].quoted = (i - at).min(3) as u8;
                        self.quote_head.push(before);
                    }
                    None => self.quote_head.push(0),
                },
            }
        }
    }

    /// The memo of word facts, to hand on to the next document's scratch.
    pub(super) fn memo_mut(&mut self) -> &mut Memo {
        &mut self.memo
    }

    /// Split mode (for tagging): see [`Scratch::word_emission`].
    pub fn for_tagging() -> Scratch {
        Scratch {
            split: true,
            ..Scratch::default()
        }
    }

    /// Token `i`'s summed rows under `model` of the word features split
    /// mode left out of `feats` (zero when it left none out).
    #[inline]
    pub fn word_emission(&mut self, i: usize, model: &Model) -> [i32; LABELS] {
        match self.ids[i] {
            id if self.split && id != memo::NONE && self.near[i] <= REACH => {
                self.memo.emission(id, model)
            }
            _ => [0; LABELS],
        }
    }

    /// Russian only: each token's kind of word ([`super::kind_words`]).
    pub fn kind_words(&self) -> &[u8] {
        &self.kind_word
    }

    /// Token `i` is too far from any anchor for more than the one feature
    /// that says so ([`FAR`]).
    #[inline]
    pub fn is_far(&self, i: usize) -> bool {
        self.near[i] > REACH
    }

    /// Some token of the last sentence is near an anchor.
    pub fn any_active(&self) -> bool {
        self.near.iter().any(|&d| d <= REACH)
    }

    /// Russian-only context: the stems of the neighbours and the quotation
    /// marks around the word.
    fn ru_features(&mut self, i: usize) {
        let w = &self.words;
        let me = w[i];
        let prev = i.checked_sub(1).map(|j| w[j]);
        let next = w.get(i + 1).copied();
        let kind = |j: usize| self.kind_word.get(j).copied().unwrap_or(0) as u32;
        let out = &mut self.feats;
        let flags = me.flags as u32 & (flag::CAP | flag::ALL_CAPS) as u32;
        let next_flags = next.map_or(0xFF, |p| p.flags as u32);
        if kind(i) != 0 {
            out.push(feature(46, kind(i), next_flags));
            out.push(feature(48, kind(i), next.map_or(0xFF, |p| p.hint as u32)));
        }
        if i > 0 && kind(i - 1) != 0 {
            out.push(feature(47, kind(i - 1), me.flags as u32));
        }
        if i > 1 && kind(i - 2) != 0 {
            out.push(feature(
                49,
                kind(i - 2) << 8 | flags,
                prev.map_or(0xFF, |p| p.flags as u32),
            ));
        }
        out.push(feature(41, prev.map_or(BEFORE, |p| stem_of(&p)), flags));
        out.push(feature(42, flags, next.map_or(AFTER, |p| stem_of(&p))));
        out.push(feature(45, stem_of(&me), next.map_or(AFTER, |p| p.lower)));
        if me.quoted != 0 {
            let head = self.quote_head[i];
            out.push(feature(43, me.quoted as u32, head));
            out.push(feature(44, me.quoted as u32, flags));
        }
    }

    fn token_features(&mut self, i: usize) {
        let w = &self.words;
        let at = |d: isize| -> Option<&WordInfo> {
            let j = i as isize + d;
            (j >= 0).then(|| w.get(j as usize)).flatten()
        };
        let lower_at = |d: isize| at(d).map_or(if d < 0 { BEFORE } else { AFTER }, |x| x.lower);
        let shape_at = |d: isize| at(d).map_or(if d < 0 { BEFORE } else { AFTER }, |x| x.shape);
        let me = w[i];
        let (prev, next) = (at(-1).copied(), at(1).copied());
        let out = &mut self.feats;
        let (split, codes) = (self.split, &mut self.codes);
        // The word's own features, unless the memo sums them.
        let own = !self.split || self.ids[i] == memo::NONE;
        if own {
            out.push(feature(1, 0, 0));
            out.push(feature(2, me.lower, 0));
        }
        // Punctuation is never a name's first word; a name running over it
        // (`Ақ-Жол`, `St. Louis`) needs only its neighbours.
        if me.flags & flag::PUNCT != 0 {
            let prev_hint = prev.map_or(0xFF, |p| p.hint as u32);
            push_small(split, out, codes, 25, prev_hint, me.hint as u32);
            out.push(feature(14, lower_at(1), 0));
            return;
        }
        if own {
            push_affixes(&me, out);
            out.push(feature(11, me.shape, 0));
        }
        push_small(split, out, codes, 12, me.flags as u32, 0);
        // Fixed runs of features in one copy each: a push at a time cost a
        // capacity check and a length update per feature.
        out.extend_from_slice(&[
            feature(13, lower_at(-1), 0),
            feature(14, lower_at(1), 0),
            feature(15, lower_at(-2), 0),
            feature(16, lower_at(2), 0),
            feature(17, shape_at(-1), me.shape),
            feature(18, me.shape, shape_at(1)),
            feature(19, lower_at(-1), me.flags as u32),
            feature(20, me.flags as u32, lower_at(1)),
        ]);
        if me.stem != 0 {
            out.push(feature(21, me.stem, 0));
        }
        push_small(split, out, codes, 22, me.lex as u32, me.flags as u32 & 1);
        let prev_lex = prev.map_or(0xFF, |p| p.lex as u32);
        let next_lex = next.map_or(0xFF, |p| p.lex as u32);
        out.push(feature(23, prev_lex, next_lex));
        push_small(split, out, codes, 24, me.hint as u32, 0);
        let prev_hint = prev.map_or(0xFF, |p| p.hint as u32);
        let next_hint = next.map_or(0xFF, |p| p.hint as u32);
        push_small(split, out, codes, 25, prev_hint, me.hint as u32);
        push_small(split, out, codes, 26, me.hint as u32, next_hint);
        out.extend_from_slice(&[
            feature(27, next.map_or(AFTER, |x| x.suffix[2]), me.flags as u32),
            feature(28, prev.map_or(BEFORE, |x| x.suffix[2]), me.flags as u32),
            feature(29, me.hint as u32, me.shape),
            feature(30, prev.map_or(0xFF, |p| p.flags as u32), me.flags as u32),
            feature(31, me.flags as u32, next.map_or(0xFF, |p| p.flags as u32)),
        ]);
        if self.ru {
            self.ru_features(i);
        }
        if self.kk {
            self.kk_features(i);
        }
    }

    /// Kazakh-only context: organisation kind words at the word, right
    /// after it and up to three words on (a name ends in its kind word:
    /// `Ауыл шаруашылығы министрлігі`), and right before it.
    fn kk_features(&mut self, i: usize) {
        use super::kk_kind_words::class;
        let kind = |j: usize| self.kk_kind.get(j).copied().unwrap_or(0) as u32;
        let w = &self.words;
        let me = w[i];
        let flags = me.flags as u32 & (flag::CAP | flag::ALL_CAPS | flag::FIRST) as u32;
        let out = &mut self.feats;
        let next_flags = w.get(i + 1).map_or(0xFF, |p| p.flags as u32);
        if kind(i) != 0 {
            out.push(feature(50, kind(i), next_flags));
        }
        if kind(i + 1) != 0 {
            out.push(feature(52, kind(i + 1), flags));
        }
        if let Some(d) = (2..=3).find(|&d| kind(i + d) != 0) {
            let c = class(kind(i + d) as u16) as u32;
            out.push(feature(53, c << 8 | d as u32, flags));
        }
        if i > 0 && kind(i - 1) != 0 {
            out.push(feature(
                54,
                class(kind(i - 1) as u16) as u32,
                me.flags as u32,
            ));
        }
    }
}

/// One pass over the word: the prefix hashes are states of the word's own
/// hash on the way (a hash of chars is a fold), and only the last four
/// folded chars are kept for the suffixes, so nothing is buffered.
fn word_info(word: &str, kind: TokenKind) -> WordInfo {
    let mut info = WordInfo::default();
    let mut shape = 0x2F1E_0003u32;
    let (mut last_class, mut classes) = (0, 0);
    let (mut upper, mut letters) = (0, 0);
    let mut h = HASH_START;
    // The running hash after 2, 3, 4 and 5 chars.
    let mut after = [0u32; 4];
    // The last four folded chars, the newest at `n % 4`.
    let mut tail = ['\0'; 4];
    let mut n = 0;
    for c in word.chars() {
        let class = char_class(c);
        if class != last_class && classes < 4 {
            shape = mix(shape, class);
            classes += 1;
            last_class = class;
        }
        upper += usize::from(class == 1);
        letters += usize::from(class <= 2);
        if class == 3 {
            info.flags |= flag::DIGIT;
        }
        if c == '-' {
            info.flags |= flag::HYPHEN;
        }
        if n == 0 && class == 1 {
            info.flags |= flag::CAP;
        }
        let folded = fold(c);
        h = mix(h, folded as u32);
        tail[n % 4] = folded;
        n += 1;
        if (2..=5).contains(&n) {
            after[n - 2] = h;
        }
    }
    let long = match n {
        0..=2 => 1,
        3..=5 => 2,
        _ => 3,
    };
    info.shape = mix(shape, long);
    if upper > 1 && upper == letters {
        info.flags |= flag::ALL_CAPS;
    }
    if kind == TokenKind::Punct {
        info.flags |= flag::PUNCT;
    }
    info.lower = h;
    for (k, len) in [2, 3, 4, 5].into_iter().enumerate() {
        if n > len {
            info.prefix[k] = after[k];
        }
    }
    for (k, len) in [1, 2, 3, 4].into_iter().enumerate() {
        if n > len + 1 {
            // The last `len` chars, oldest first.
            info.suffix[k] = (n - len..n).fold(HASH_START, |h, j| mix(h, tail[j % 4] as u32));
        }
    }
    info
}

/// Pushes `feature(template, a, b)` to `out`, or in split mode its
/// [`direct`] index to `codes` when it has one.
#[inline]
fn push_small(
    split: bool,
    out: &mut Vec<u32>,
    codes: &mut Vec<u16>,
    template: u32,
    a: u32,
    b: u32,
) {
    match direct::index(template, a, b) {
        Some(i) if split => codes.push(i),
        _ => out.push(feature(template, a, b)),
    }
}

/// Templates 3 to 10: the word's prefixes and suffixes.
#[inline]
fn push_affixes(me: &WordInfo, out: &mut Vec<u32>) {
    for k in 0..4 {
        if me.prefix[k] != 0 {
            out.push(feature(3 + k as u32, me.prefix[k], 0));
        }
        if me.suffix[k] != 0 {
            out.push(feature(7 + k as u32, me.suffix[k], 0));
        }
    }
}

/// Most features of a token that depend on its word alone.
pub const WORD_FEATURES: usize = 11;

/// Writes the features of a token that depend on its word alone (the ones
/// [`Scratch::token_features`] leaves out in split mode) to `out`; returns
/// how many.
pub fn word_features(me: &WordInfo, out: &mut [u32; WORD_FEATURES]) -> usize {
    out[0] = feature(1, 0, 0);
    out[1] = feature(2, me.lower, 0);
    if me.flags & flag::PUNCT != 0 {
        return 2;
    }
    let mut n = 2;
    for k in 0..4 {
        if me.prefix[k] != 0 {
            out[n] = feature(3 + k as u32, me.prefix[k], 0);
            n += 1;
        }
        if me.suffix[k] != 0 {
            out[n] = feature(7 + k as u32, me.suffix[k], 0);
            n += 1;
        }
    }
    out[n] = feature(11, me.shape, 0);
    n + 1
}

/// A word's first five letters (the whole word when shorter): a stem for
/// Russian's case endings (`министерства`, `министерство`).
fn stem_of(w: &WordInfo) -> u32 {
    if w.prefix[3] != 0 {
        w.prefix[3]
    } else {
        w.lower
    }
}

/// Write access to the per-word slots [`super::lexicon_hits`] fills.
pub struct LexSlots<'a> {
    words: &'a mut Vec<WordInfo>,
    ids: &'a [u32],
    memo: &'a mut Memo,
}

impl LexSlots<'_> {
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.flags & flag::CAP != 0)
    }

    pub fn add_lex(&mut self, i: usize, bits: u8) {
        self.words[i].lex |= bits;
    }

    /// Records the word's stem hash ([`stem_hash`]).
    pub fn set_stem(&mut self, i: usize, stem: u32) {
        self.words[i].stem = stem;
    }

    /// Token `i`'s lexicon hits under `lang`, made with `make` once per
    /// distinct word.
    pub fn lex_of(
        &mut self,
        i: usize,
        lang: Lang,
        make: impl FnOnce() -> super::lexicon_hits::WordLex,
    ) -> super::lexicon_hits::WordLex {
        self.memo.lex(self.ids[i], lang, make)
    }
}

/// The hash of a stem, lower-cased as the word features are.
pub fn stem_hash(stem: &str) -> u32 {
    stem.chars()
        .map(fold)
        .fold(HASH_START, |h, c| mix(h, c as u32))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn feats_of(text: &str) -> Vec<Vec<u32>> {
        let toks = tokenize(text);
        let mut s = Scratch::default();
        s.extract(text, &toks, &[], Lang::En, &[]);
        (0..toks.len())
            .map(|i| s.feats[s.starts[i] as usize..s.starts[i + 1] as usize].to_vec())
            .collect()
    }

    #[test]
    fn words_far_from_any_capital_get_one_feature() {
        let f = feats_of("the weather will be warm and sunny today in Paris .");
        assert_eq!(f[0].len(), 1);
        assert_eq!(f[0], f[3]);
        assert!(f[7].len() > 10 && f[9].len() > 10, "{f:?}");
    }

    #[test]
    fn same_word_same_context_same_features() {
        let a = feats_of("He met Anna Smith today .");
        let b = feats_of("She met Anna Smith today .");
        // `Smith` is two words from the first one either way.
        assert_eq!(a[3], b[3]);
        assert_ne!(a[1], b[1]);
        assert!(a.iter().flatten().all(|&f| f < 1 << HASH_BITS));
    }

    #[test]
    fn cyrillic_table_agrees_with_the_standard_library() {
        for c in (0x3F0..0x540).filter_map(char::from_u32) {
            if !matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё') {
                assert_eq!(fold(c), fold_slow(c), "{c}");
                assert_eq!(char_class(c), char_class_slow(c), "{c}");
            }
        }
        assert_eq!(CYRILLIC.len(), 0x130);
        // A capital by `char_class` is a capital by the tokeniser, whose
        // flag the anchors read.
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(char_class(c) == 1, crate::text::letters::is_upper(c), "{c}");
        }
    }

    /// A Kazakh kind word gives the word before it a feature that its
    /// stem decides, whatever its case ending.
    #[test]
    fn kazakh_kind_word_marks_the_word_before_it() {
        let first = |text: &str, lang: Lang| -> std::collections::HashSet<u32> {
            let toks = tokenize(text);
            let mut s = Scratch::default();
            s.extract(text, &toks, &[], lang, &[]);
            s.feats[s.starts[0] as usize..s.starts[1] as usize]
                .iter()
                .copied()
                .collect()
        };
        let shared = |lang| {
            let (a, b) = (
                first("Қаржы министрлігі келді", lang),
                first("Қаржы министрлігінің өкілі", lang),
            );
            let other = first("Қаржы ауылының өкілі", lang);
            a.intersection(&b).filter(|f| !other.contains(f)).count()
        };
        assert!(shared(Lang::Kk) > 0);
        assert_eq!(shared(Lang::En), 0);
    }

    /// The one-pass hashes are those of the folded chars' prefixes and
    /// suffixes, for words of every length around the cut-offs.
    #[test]
    fn word_hashes_are_the_folded_chars_hashes() {
        for word in [
            "",
            "a",
            "Ай",
            "Қаз",
            "ПЁТР",
            "Алматы",
            "министрлігінің",
            "O'Brien",
            "3,5",
            "e\u{301}x",
        ] {
            let chars: Vec<char> = word.chars().map(fold).collect();
            let n = chars.len();
            let info = word_info(word, TokenKind::Word);
            assert_eq!(info.lower, hash_chars(&chars), "{word}");
            for (k, len) in [2, 3, 4, 5].into_iter().enumerate() {
                let want = if n > len {
                    hash_chars(&chars[..len])
                } else {
                    0
                };
                assert_eq!(info.prefix[k], want, "{word} prefix {len}");
            }
            for (k, len) in [1, 2, 3, 4].into_iter().enumerate() {
                let want = if n > len + 1 {
                    hash_chars(&chars[n - len..])
                } else {
                    0
                };
                assert_eq!(info.suffix[k], want, "{word} suffix {len}");
            }
            let cap = word.chars().next().is_some_and(|c| char_class(c) == 1);
            assert_eq!(info.flags & flag::CAP != 0, cap, "{word}");
        }
    }

    #[test]
    fn case_and_yo_fold_in_the_word_feature() {
        let a = feats_of("ПЁТР x");
        let b = feats_of("Петр x");
        // Word hash (template 2) equal; shape differs.
        assert_eq!(a[0][1], b[0][1]);
        assert_ne!(a[0], b[0]);
    }
}
