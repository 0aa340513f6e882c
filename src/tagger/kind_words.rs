//! Russian words for a kind of organisation (`правительства`, `сборной`,
//! `компании`) or place (`реку`, `городе`): factRuEval counts them in the
//! name (`компании Google`, `реку Лену`) or, for organisations, as the name
//! (`правительство` for a government met before). The tagger reads them as
//! a feature, and organisation words as anchors, so a name of lower-case
//! words alone can be found. Stems are in `data/entities/ru_org_words.txt`
//! and `ru_place_words.txt`; a word matches when it is a stem and a case
//! ending.

use std::sync::LazyLock;

use crate::wordlist::FxHashMap;

/// Case endings of nouns and adjectives a stem may take.
const ENDINGS: [&str; 39] = [
    "", "а", "я", "у", "ю", "е", "и", "ы", "о", "й", "ой", "ей", "ом", "ем", "ам", "ям", "ах",
    "ях", "ами", "ями", "ов", "ев", "ая", "ую", "ые", "ых", "ое", "ого", "ому", "ым", "ыми", "ий",
    "ия", "ию", "ии", "ие", "ием", "иям", "иях",
];

/// What kind of word: none, organisation, place.
pub const NONE: u8 = 0;
pub const ORG: u8 = 1;
pub const PLACE: u8 = 2;

struct Stems {
    kinds: FxHashMap<&'static str, u8>,
    /// Bit `32 * a + b` is set when some stem starts with letters `a`, `b`
    /// (`а` = 0): most words are turned away by it without hashing.
    pairs: [u64; 16],
}

static STEMS: LazyLock<Stems> = LazyLock::new(|| {
    let mut stems = Stems {
        kinds: FxHashMap::default(),
        pairs: [0; 16],
    };
    let places = crate::wordlist::entries(include_str!("../../data/entities/ru_place_words.txt"))
        .filter_map(|l| l.split_once(" ").map(|(_, stem)| (stem, PLACE)));
    let orgs = crate::wordlist::entries(include_str!("../../data/entities/ru_org_words.txt"))
        .map(|stem| (stem, ORG));
    // An organisation word wins over a place word of the same stem.
    for (stem, kind) in places.chain(orgs) {
        if let Some(p) = pair(stem) {
            stems.pairs[p / 64] |= 1 << (p % 64);
        }
        stems.kinds.insert(stem, kind);
    }
    stems
});

/// Index of a lower-case `а`..`я` (two bytes, `0xD0 0xB0` to `0xD1 0x8F`).
#[inline]
fn letter(b: &[u8]) -> Option<usize> {
    match b {
        [0xD0, c @ 0xB0..=0xBF, ..] => Some((c - 0xB0) as usize),
        [0xD1, c @ 0x80..=0x8F, ..] => Some((c - 0x80) as usize + 16),
        _ => None,
    }
}

/// The first two letters' bit in [`Stems::pairs`], if both are `а`..`я`.
#[inline]
fn pair(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    Some(32 * letter(b)? + letter(b.get(2..)?)?)
}

/// The kind of a lower-case word that is a stem of the lists with a case
/// ending ([`ORG`], [`PLACE`]), else [`NONE`].
#[inline]
pub fn kind_of(word: &str) -> u8 {
    let Some(p) = pair(word) else { return NONE };
    let stems = &*STEMS;
    if stems.pairs[p / 64] & (1 << (p % 64)) == 0 {
        return NONE;
    }
    // Try each ending the word could have (at most three letters).
    let mut cut = word.len();
    for _ in 0..4 {
        let (stem, rest) = word.split_at(cut);
        if ENDINGS.contains(&rest)
            && let Some(&kind) = stems.kinds.get(stem)
        {
            return kind;
        }
        match stem.char_indices().next_back() {
            Some((i, _)) if i > 0 => cut = i,
            _ => break,
        }
    }
    NONE
}

/// [`kind_of`], also with a capital first letter (`Министерства`).
#[inline]
pub fn kind_of_any_case(word: &str) -> u8 {
    let b = word.as_bytes();
    match b {
        [0xD0, c @ 0x90..=0xAF, rest @ ..] if b.len() <= 64 => {
            let mut buf = [0u8; 64];
            let lower = c + 0x20;
            buf[..2].copy_from_slice(&if lower < 0xC0 {
                [0xD0, lower]
            } else {
                [0xD1, lower - 0x40]
            });
            buf[2..b.len()].copy_from_slice(rest);
            std::str::from_utf8(&buf[..b.len()]).map_or(NONE, kind_of)
        }
        _ => kind_of(word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_words_with_case_endings() {
        for w in [
            "правительства",
            "министерство",
            "сборной",
            "компаниями",
            "партии",
            "думы",
        ] {
            assert_eq!(kind_of(w), ORG, "{w}");
        }
        for w in ["Министерства", "Сборная", "Партии", "компании"] {
            assert_eq!(kind_of_any_case(w), ORG, "{w}");
        }
        assert_eq!(kind_of_any_case("Москва"), NONE);
        assert_eq!(kind_of("реку"), PLACE);
        assert_eq!(kind_of_any_case("Городе"), PLACE);
    }

    #[test]
    fn other_words_and_other_endings_do_not_match() {
        for w in [
            "журналист",
            "партизан",
            "советник",
            "думать",
            "правительственный",
            "Правительство",
            "работа",
            "",
            "а",
        ] {
            assert_eq!(kind_of(w), NONE, "{w}");
        }
    }
}
