//! What makes the look-ups cheap: a small FxHash-style hasher (word keys are
//! short and not attacker-chosen, so SipHash's protection buys nothing), a
//! lower-caser that does ASCII and Cyrillic without Unicode tables, and a
//! per-thread memo for clues worked out from one word.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::thread::LocalKey;

/// The multiply-rotate hash rustc uses for its own tables.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let mut rest = [0u8; 8];
        let tail = chunks.remainder();
        rest[..tail.len()].copy_from_slice(tail);
        self.add(u64::from_le_bytes(rest) ^ tail.len() as u64);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// Lower case of one char: ASCII and Cyrillic (Kazakh letters included) by
/// arithmetic, anything else by the Unicode tables. `None` where lower-casing
/// gives more than one char.
fn lower(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 0x20,
        0..=0x7F => u,
        0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x430..=0x45F => u,
        // Pairs: the capital even, the small odd (Ғ ғ, Қ қ, Ң ң, Ү ү, Ұ ұ, Һ һ, Ә ә, Ө ө).
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => u | 1,
        _ => {
            let mut it = c.to_lowercase();
            let first = it.next()?;
            return it.next().is_none().then_some(first);
        }
    };
    char::from_u32(l)
}

/// Lower case of one char (the char itself where lower case is longer).
pub fn lower_char(c: char) -> char {
    lower(c).unwrap_or(c)
}

/// Lower case (ASCII and Cyrillic fast; `ё` kept).
pub fn lowercase(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match lower(c) {
            Some(l) => out.push(l),
            None => return word.to_lowercase(),
        }
    }
    out
}

/// Lower case with `ё` as `е`: the same as `wordlist::key`, without its
/// table look-ups for ASCII and Cyrillic.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match lower(c) {
            Some('ё') => out.push('е'),
            Some(l) => out.push(l),
            None => return crate::wordlist::key(word),
        }
    }
    out
}

/// `list` holds `key(word)`: the same answer, without building the key for
/// the many words whose first letter opens no entry of the list.
pub fn key_in(word: &str, list: &[&str]) -> bool {
    let opens_an_entry = match word.chars().next().map(lower) {
        Some(Some(first)) => {
            let first = if first == 'ё' { 'е' } else { first };
            list.iter().any(|e| e.starts_with(first))
        }
        // Empty, or the first letter lower-cases to several: the full key.
        _ => true,
    };
    // `key` lower-cases the whole word another way when any letter
    // lower-cases to several, which may change its first letter too.
    (opens_an_entry || word.chars().any(|c| lower(c).is_none()))
        && list.contains(&key(word).as_str())
}

/// A per-thread memo of a clue worked out from a word (`is_org_trigger`,
/// `is_first_name`): news repeats its words, and most clues lower-case and
/// stem. Cleared when it grows past a bound, so memory stays flat.
pub type Memo<T> = LocalKey<RefCell<FxMap<String, T>>>;

const MEMO_LIMIT: usize = 200_000;

pub fn memo<T: Clone>(cache: &'static Memo<T>, word: &str, compute: impl FnOnce() -> T) -> T {
    if let Some(hit) = cache.with(|c| c.borrow().get(word).cloned()) {
        return hit;
    }
    let value = compute();
    cache.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MEMO_LIMIT {
            c.clear();
        }
        c.insert(word.to_string(), value.clone());
    });
    value
}

/// A memo with one answer per language (`slot`: the language's index).
pub type SlotMemo<T> = LocalKey<RefCell<FxMap<String, [Option<T>; 4]>>>;

pub fn memo_slot<T: Copy>(
    cache: &'static SlotMemo<T>,
    word: &str,
    slot: usize,
    compute: impl FnOnce() -> T,
) -> T {
    let known = memo(cache, word, || [None; 4]);
    if let Some(answer) = known[slot] {
        return answer;
    }
    let answer = compute();
    let mut updated = known;
    updated[slot] = Some(answer);
    cache.with(|c| c.borrow_mut().insert(word.to_string(), updated));
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_agrees_with_the_unicode_tables() {
        let words = [
            "ҚАЗАҚСТАН",
            "Әлемдік",
            "ӨСКЕМЕН",
            "Ұлытау",
            "ҮКІМЕТ",
            "ҒЫЛЫМ",
            "ҢҢ",
            "Һ",
            "Ёлка",
            "ЁЖ",
            "İstanbul",
            "ΣΟΦΙΑ",
            "Straße",
            "Ѣ Ѳ Ѵ Ӏ",
            "Zakon.kz",
        ];
        for w in words {
            assert_eq!(key(w), crate::wordlist::key(w), "{w}");
        }
        // Every char the fast path handles, one by one.
        for u in (0..0x80).chain(0x400..0x530) {
            if let Some(c) = char::from_u32(u) {
                let s = c.to_string();
                assert_eq!(key(&s), crate::wordlist::key(&s), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn key_in_agrees_with_the_built_key() {
        let list = ["таңғы", "сағат", "ел", "about", "istanbul", ""];
        let words = [
            "Таңғы",
            "ТАҢҒЫ",
            "таңғы",
            "Сағат",
            "сағаттан",
            "Ёл",
            "Ел",
            "About",
            "ABOUT",
            "İstanbul",
            "Istanbul",
            "x",
            "",
            "Σ",
            "ǅ",
        ];
        for w in words {
            assert_eq!(key_in(w, &list), list.contains(&key(w).as_str()), "{w}");
        }
        assert!(key_in("ТАҢҒЫ", &list));
        assert!(!key_in("кешкі", &list));
    }
}
