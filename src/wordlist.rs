//! Word lists compiled in from `data/`: one entry per line, `#` lines are
//! headers (source and licence) or comments. Also the two things every
//! look-up needs to be quick: the key a word is compared in, made without
//! Unicode table searches for the scripts Aitty reads, and a fast hasher.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The text of list `data/PATH` as compiled in: `build.rs` copies it
/// without its `#` comment lines (the header naming source and licence
/// stays in the repo's file), which [`entries`] would skip anyway.
#[macro_export]
macro_rules! data_list {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}

/// The entries of a word-list file, trimmed, without blank and `#` lines.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A word list `build.rs` packed (each line: how many leading bytes it
/// shares with the line before, then the rest and `\n`), as its plain text.
/// Lists live as long as the program, so the text is leaked once.
pub fn unpack(packed: &[u8]) -> &'static str {
    let mut text: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let (mut line_start, mut at) = (0, 0);
    while let Some(&shared) = packed.get(at) {
        let rest_end = packed[at + 1..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(packed.len(), |p| at + 1 + p);
        let previous = line_start..line_start + shared as usize;
        let new_start = text.len();
        text.extend_from_within(previous);
        text.extend_from_slice(&packed[at + 1..rest_end]);
        text.push(b'\n');
        line_start = new_start;
        at = rest_end + 1;
    }
    // `pack` wrote a `\n` after the last line too.
    text.pop();
    let text = String::from_utf8(text).expect("build.rs packs valid UTF-8 at char boundaries");
    Box::leak(text.into_boxed_str())
}

/// The form words are compared in: lower case, `ё` as `е` (Russian text
/// writes either).
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_key(word, &mut out);
    out
}

/// Appends [`key`]`(word)` to `out`, so a caller can reuse one buffer.
pub fn push_key(word: &str, out: &mut String) {
    push_folded(word, out, true);
}

thread_local! {
    /// [`with_key`]'s buffer.
    static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Calls `f` with [`key`]`(word)` built in a buffer kept per thread: for
/// passes that key a word to look it up and drop it, an allocation each.
/// A call inside `f` builds its own key.
pub fn with_key<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    KEY.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            buf.clear();
            push_key(word, &mut buf);
            f(&buf)
        }
        Err(_) => f(&key(word)),
    })
}

/// `word.to_lowercase()`, quicker for the scripts Aitty reads.
pub fn lower(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_lower(word, &mut out);
    out
}

/// `c`'s lower case where it is one char (the tables above, else the
/// standard library's); `None` where it is longer.
pub fn lower_char(c: char) -> Option<char> {
    lower_fast(c).or_else(|| {
        let mut it = c.to_lowercase();
        let first = it.next()?;
        it.next().is_none().then_some(first)
    })
}

/// `word.chars().flat_map(char::to_lowercase)`, with the fast table for
/// the scripts Aitty reads: the standard library's case table is searched
/// only for other chars (a name's letters cost a third as much).
pub fn lower_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(|c| match lower_fast(c) {
        Some(l) => LowerChar::One(Some(l)),
        None => LowerChar::Table(c.to_lowercase()),
    })
}

/// One char's lower case: from [`lower_fast`], or the standard library's
/// (which may be more than one char).
enum LowerChar {
    One(Option<char>),
    Table(std::char::ToLowercase),
}

impl Iterator for LowerChar {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        match self {
            LowerChar::One(c) => c.take(),
            LowerChar::Table(chars) => chars.next(),
        }
    }
}

/// Appends `word.to_lowercase()` to `out` (no `ё` folding).
pub fn push_lower(word: &str, out: &mut String) {
    push_folded(word, out, false);
}

fn push_folded(word: &str, out: &mut String, fold_yo: bool) {
    let start = out.len();
    if word.is_ascii() {
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    if push_cyrillic(word, out, fold_yo) {
        return;
    }
    push_folded_chars(word, out, fold_yo);
}

/// How many leading bytes of `bytes` are lower-case Russian (but `ё`) and
/// Kazakh letters and ASCII without capitals: their own key, copied whole
/// (most words of a text are so, the rest of a capitalised one too) rather
/// than re-encoded a char at a time. A letter's second byte is looked up
/// in a bit set per first byte ([`LOWER_AFTER`]), not matched by ranges.
fn lower_run(bytes: &[u8]) -> usize {
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_uppercase() {
                return i;
            }
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let lower = LOWER_AFTER.get(usize::from(b.wrapping_sub(0xd0)));
        if next & 0xc0 != 0x80 || lower.is_none_or(|set| set >> (next & 0x3f) & 1 == 0) {
            return i;
        }
        i += 2;
    }
    i
}

/// Per first byte `0xd0`–`0xd3`: bit `k` set when the second byte
/// `0x80 + k` makes a letter [`lower_run`] copies: а–п; р–я and і; the
/// lower (odd) one of the pairs ғ қ ң ү ұ һ and ә ө.
const LOWER_AFTER: [u64; 4] = [
    seconds(0xb0, 0xbf, false),
    seconds(0x80, 0x8f, false) | 1 << (0x96 - 0x80),
    seconds(0x8b, 0xbf, true),
    seconds(0x91, 0xbf, true),
];

/// The bits of second bytes `from..=to` (only the odd ones if `odd`).
const fn seconds(from: u8, to: u8, odd: bool) -> u64 {
    let mut set = 0;
    let mut b = from;
    while b <= to {
        if !odd || b & 1 == 1 {
            set |= 1 << (b - 0x80);
        }
        b += 1;
    }
    set
}

/// [`push_folded`] for a word of ASCII and Cyrillic (U+0400–U+04FF) only:
/// runs already in lower case are copied whole, and each other letter is
/// read byte by byte (the lower case of such a letter is two bytes again,
/// with the same lead byte or its neighbour, so no case table is searched).
/// `false` (and nothing appended) for any other word.
fn push_cyrillic(word: &str, out: &mut String, fold_yo: bool) -> bool {
    let start = out.len();
    let bytes = word.as_bytes();
    let mut i = 0;
    loop {
        let run = lower_run(&bytes[i..]);
        out.push_str(&word[i..i + run]);
        i += run;
        let Some(&b) = bytes.get(i) else {
            return true;
        };
        if b.is_ascii() {
            out.push(char::from(b.to_ascii_lowercase()));
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let (lead, cont) = match (b, next) {
            // А–П, Р–Я, Ѐ–Џ to а–п, р–я, ѐ–џ.
            (0xd0, 0x80..=0x8f) => (0xd1, next + 0x10),
            (0xd0, 0x90..=0x9f) => (0xd0, next + 0x20),
            (0xd0, 0xa0..=0xaf) => (0xd1, next - 0x20),
            (0xd0, _) | (0xd1, 0x80..=0x9f) => (b, next),
            // Pairs, capital first: Ѡ–ѿ, Ҁ ҁ, Ҋ–ҿ, Ӑ–ӿ.
            (0xd1, _) | (0xd2, 0x80 | 0x81 | 0x8a..=0xbf) | (0xd3, 0x90..=0xbf) => (b, next | 1),
            (0xd2, _) | (0xd3, 0x8f) => (b, next),
            // Ӏ to ӏ; Ӂ–ӎ are pairs, capital odd.
            (0xd3, 0x80) => (0xd3, 0x8f),
            (0xd3, _) => (0xd3, next + (next & 1)),
            _ => {
                out.truncate(start);
                return false;
            }
        };
        let lower = (u32::from(lead & 0x1f) << 6) | u32::from(cont & 0x3f);
        let lower = if fold_yo && lower == 0x451 {
            0x435
        } else {
            lower
        }; // ё as е
        out.push(char::from_u32(lower).expect("a Cyrillic letter"));
        i += 2;
    }
}

/// [`push_folded`] char by char, for any script.
fn push_folded_chars(word: &str, out: &mut String, fold_yo: bool) {
    let start = out.len();
    for c in word.chars() {
        match lower_fast(c) {
            Some('ё') if fold_yo => out.push('е'),
            Some(l) => out.push(l),
            None => {
                // A script the fast table does not cover: the standard
                // library knows every rule (Greek final sigma, `İ`).
                out.truncate(start);
                let lower = word.to_lowercase();
                if fold_yo && lower.contains('ё') {
                    out.push_str(&lower.replace('ё', "е"));
                } else {
                    out.push_str(&lower);
                }
                return;
            }
        }
    }
}

/// `c.to_lowercase()` for Latin-1, Cyrillic (with Kazakh), combining marks
/// and general punctuation, where it is one char; `None` elsewhere.
/// Checked against the standard library for every char it answers.
#[inline]
fn lower_fast(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0..=0x7f => c.to_ascii_lowercase() as u32,
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        0x80..=0xff => u,
        0x300..=0x36f => u,
        0x400..=0x40f => u + 0x50,
        0x410..=0x42f => u + 0x20,
        0x430..=0x45f => u,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f => u | 1,
        0x482..=0x489 => u,
        0x4c0 => 0x4cf,
        0x4c1..=0x4ce => u + (u & 1),
        0x4cf => u,
        0x2000..=0x206f => u,
        _ => return None,
    };
    char::from_u32(l)
}

/// FxHash (rustc's hasher): a multiply and a rotate per word of input.
/// Word lists are compiled in, so hash flooding is no concern, and SipHash
/// was a visible share of the time spent on look-ups.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(le_bytes(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Fewer than 8 bytes as a little-endian number, zero above them (what
/// `from_le_bytes` of them zero-padded gives), read in at most three
/// pieces: copying a short tail into an array called `memcpy`, which was
/// most of the cost of hashing a word. Not inlined: in each of the many
/// hash maps' look-ups it cost 2.6 KB of the gzipped wasm module, and
/// inlined it saved under 1 % of the instructions.
#[inline(never)]
fn le_bytes(bytes: &[u8]) -> u64 {
    let (mut value, mut at) = (0u64, 0);
    if let Some(four) = bytes.first_chunk::<4>() {
        value = u64::from(u32::from_le_bytes(*four));
        at = 4;
    }
    if let Some(two) = bytes[at..].first_chunk::<2>() {
        value |= u64::from(u16::from_le_bytes(*two)) << (8 * at);
        at += 2;
    }
    if let Some(&one) = bytes.get(at) {
        value |= u64::from(one) << (8 * at);
    }
    value
}

pub type FxBuildHasher = BuildHasherDefault<FxHasher>;
pub type FxHashSet<T> = HashSet<T, FxBuildHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    /// [`lower_run`]'s bit sets say what ranges of second bytes said.
    #[test]
    fn lower_chars_are_the_standard_librarys() {
        for word in [
            "Қуандық",
            "ЁЛКА",
            "Tokayev",
            "İSTANBUL",
            "ΟΔΟΣ",
            "Straße",
            "ǅemal",
            "",
        ] {
            let std: String = word.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(lower_chars(word).collect::<String>(), std, "{word}");
        }
    }

    #[test]
    fn lower_run_copies_lower_case_letters_and_stops_at_others() {
        let by_ranges = |b: u8, next: u8| match b {
            b'A'..=b'Z' => 0,
            0..=0x7f => 1,
            0xd0 if matches!(next, 0xb0..=0xbf) => 2,
            0xd1 if matches!(next, 0x80..=0x8f | 0x96) => 2,
            0xd2 if matches!(next, 0x8b..=0xbf) && next & 1 == 1 => 2,
            0xd3 if matches!(next, 0x91..=0xbf) && next & 1 == 1 => 2,
            _ => 0,
        };
        for b in 0..=255u8 {
            for next in 0..=255u8 {
                let want = match by_ranges(b, next) {
                    1 => 1 + usize::from(by_ranges(next, 0) == 1),
                    n => n,
                };
                assert_eq!(lower_run(&[b, next]), want, "{b:#x} {next:#x}");
            }
        }
        assert_eq!(lower_run("қазақ".as_bytes()), "қазақ".len());
        assert_eq!(lower_run("пётр".as_bytes()), "п".len());
        assert_eq!(lower_run("ұлы Ә".as_bytes()), "ұлы ".len());
    }

    #[test]
    fn packed_lists_unpack_to_their_plain_text() {
        // Shared heads end at char boundaries: `Аб` is 4 bytes.
        assert_eq!(
            unpack(b"\x00\xd0\x90\xd0\xb1\xd0\xb0\xd0\xb9\n\x04\xd0\xba\n\x00\n"),
            "Абай\nАбк\n"
        );
        let packed_and_plain = [
            (
                &include_bytes!(concat!(env!("OUT_DIR"), "/person_names.txt"))[..],
                include_str!("../data/entities/person_names.txt"),
            ),
            (
                include_bytes!(concat!(env!("OUT_DIR"), "/geo_places.txt")),
                include_str!("../data/entities/geo_places.txt"),
            ),
            (
                include_bytes!(concat!(env!("OUT_DIR"), "/english_first_names.txt")),
                include_str!("../data/entities/english_first_names.txt"),
            ),
        ];
        for (packed, plain) in packed_and_plain {
            assert!(packed.len() < plain.len());
            assert_eq!(unpack(packed), plain);
        }
    }

    #[test]
    fn skips_headers_and_blank_lines() {
        let got: Vec<_> = entries("# source, licence\n\n деді \nайтты\n").collect();
        assert_eq!(got, ["деді", "айтты"]);
    }

    #[test]
    fn keys_fold_case_and_yo() {
        assert_eq!(key("Пётр ҚАЗАҚ"), "петр қазақ");
        assert_eq!(key("ЁЛКА O’Brien"), "елка o’brien");
        let mut buf = String::new();
        push_lower("ЁЛКА", &mut buf);
        assert_eq!(buf, "ёлка");
    }

    #[test]
    fn fast_lower_case_agrees_with_the_standard_library() {
        let mut answered = 0;
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            if let Some(l) = lower_fast(c) {
                let std: Vec<char> = c.to_lowercase().collect();
                assert_eq!(std, [l], "{c:?} U+{:04X}", c as u32);
                answered += 1;
            }
        }
        assert!(answered > 700);
    }

    #[test]
    fn the_cyrillic_byte_path_agrees_with_the_char_path() {
        let mut tried = 0;
        for c in (0..=0x600).filter_map(char::from_u32) {
            for word in [format!("{c}"), format!("Ab{c}ж"), format!("{c}{c}Ё")] {
                for fold_yo in [false, true] {
                    let (mut fast, mut slow) = (String::from("x"), String::from("x"));
                    let taken = push_cyrillic(&word, &mut fast, fold_yo);
                    push_folded_chars(&word, &mut slow, fold_yo);
                    if taken {
                        assert_eq!(fast, slow, "{word:?} U+{:04X} fold {fold_yo}", c as u32);
                        tried += 1;
                    } else {
                        assert_eq!(fast, "x", "nothing appended for {word:?}");
                    }
                }
            }
        }
        // Every Cyrillic char (256) in three words, both ways.
        assert!(tried >= 256 * 3 * 2, "{tried}");
        assert_eq!(key(&"ҚЁ".repeat(40)), "қе".repeat(40));
    }

    #[test]
    fn words_copied_whole_are_their_own_keys() {
        let mut copied = 0;
        for c in (0..=0x600).filter_map(char::from_u32) {
            let word = format!("a{c}я");
            if lower_run(word.as_bytes()) == word.len() {
                assert_eq!(key(&word), word, "U+{:04X}", c as u32);
                copied += 1;
            }
        }
        // ASCII but capitals, а–я but ё, і, and the lower halves of pairs.
        assert!(copied > 150, "{copied}");
        for (w, run) in [
            ("Алматы", 0),
            ("ёлка", 0),
            ("аҚазақ", 2),
            ("ПЁТР", 0),
            ("wORD", 1),
        ] {
            assert_eq!(lower_run(w.as_bytes()), run, "{w}");
        }
        assert_eq!(lower_run("қазақстанның word-2".as_bytes()), 31);
        // Runs between capitals are copied, the capitals folded.
        for w in ["ИвАнОв", "ЖаңаӨзен", "iPhone-ның", "ҚазМұнайГаз", "СЁмга"]
        {
            assert_eq!(key(w), w.to_lowercase().replace('ё', "е"), "{w}");
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn keys_outside_the_table_match_the_standard_library() {
        for w in ["ΟΔΟΣ", "İstanbul", "Straße", "ǅemal", "Ωмега"] {
            assert_eq!(key(w), w.to_lowercase().replace('ё', "е"));
        }
    }

    #[test]
    fn short_tails_read_as_zero_padded_little_endian() {
        let bytes = [0x81, 0x02, 0xf3, 0x04, 0x95, 0x06, 0xa7, 0x08];
        for n in 0..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(le_bytes(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
        }
    }

    #[test]
    fn fx_sets_find_what_they_hold() {
        let set: FxHashSet<&str> = ["деді", "said", "по словам"].into_iter().collect();
        assert!(set.contains("деді") && set.contains("по словам"));
        assert!(!set.contains("айтты"));
    }
}
