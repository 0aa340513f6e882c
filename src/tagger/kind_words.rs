//! Russian words for a kind of organisation (`правительства`, `сборной`,
//! `компании`) or place (`реку`, `городе`): factRuEval counts them in the
//! name (`компании Google`, `реку Лену`) or, for organisations, as the name
//! (`правительство` for a government met before). The tagger reads them as
//! a feature, and organisation words as anchors, so a name of lower-case
//! words alone can be found. Stems are in `data/entities/ru_org_words.txt`
//! and `ru_place_words.txt`; a word matches when it is a stem and a case
//! ending.

use std::sync::LazyLock;

/// A case ending of a noun or adjective a stem may take.
pub(super) fn is_ending(rest: &str) -> bool {
    matches!(
        rest,
        "" | "а"
            | "я"
            | "у"
            | "ю"
            | "е"
            | "и"
            | "ы"
            | "о"
            | "й"
            | "ой"
            | "ей"
            | "ом"
            | "ем"
            | "ам"
            | "ям"
            | "ах"
            | "ях"
            | "ами"
            | "ями"
            | "ов"
            | "ев"
            | "ая"
            | "ую"
            | "ые"
            | "ых"
            | "ое"
            | "ого"
            | "ому"
            | "ым"
            | "ыми"
            | "ий"
            | "ия"
            | "ию"
            | "ии"
            | "ие"
            | "ием"
            | "иям"
            | "иях"
    )
}

/// What kind of word: none, organisation, place.
pub const NONE: u8 = 0;
pub const ORG: u8 = 1;
pub const PLACE: u8 = 2;

/// The stems grouped by their first three letters, so that a word is
/// compared with the few stems that start as it does.
struct Stems {
    /// Per first three letters (`1024 * a + 32 * b + c`, `а` = 0): 1 + the
    /// index of their group in `groups`, or 0.
    group_of: Box<[u8; 32768]>,
    /// Each stem without its first letter, and its kind.
    groups: Vec<Vec<(&'static str, u8)>>,
}

static STEMS: LazyLock<Stems> = LazyLock::new(|| {
    let mut stems = Stems {
        group_of: Box::new([0; 32768]),
        groups: Vec::new(),
    };
    let places = crate::wordlist::entries(crate::data_list!("entities/ru_place_words.txt"))
        .filter_map(|l| l.split_once(' '))
        // A building's stems name no kind of place on their own.
        .filter(|&(role, _)| role != "named")
        .map(|(_, stem)| (stem, PLACE));
    let orgs = crate::wordlist::entries(crate::data_list!("entities/ru_org_words.txt"))
        .map(|stem| (stem, ORG));
    // Organisation words come first, so they win over a place word of the
    // same stem.
    for (stem, kind) in orgs.chain(places) {
        let Some(p) = start(stem.as_bytes()) else {
            continue;
        };
        if stems.group_of[p] == 0 {
            stems.groups.push(Vec::new());
            stems.group_of[p] = u8::try_from(stems.groups.len()).expect("under 255 groups");
        }
        let group = &mut stems.groups[stems.group_of[p] as usize - 1];
        group.push((&stem[2..], kind));
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

/// Index of a capital `А`..`Я` as [`letter`] counts its lower case.
#[inline]
fn capital(b: &[u8]) -> Option<usize> {
    match b {
        [0xD0, c @ 0x90..=0xAF, ..] => Some((c - 0x90) as usize),
        _ => None,
    }
}

/// The group index of a word's first three letters (the first is `first`
/// of `b`), if all are `а`..`я`.
#[inline]
fn start_with(first: Option<usize>, b: &[u8]) -> Option<usize> {
    Some(1024 * first? + 32 * letter(b.get(2..)?)? + letter(b.get(4..)?)?)
}

#[inline]
fn start(b: &[u8]) -> Option<usize> {
    start_with(letter(b), b)
}

/// The kind of a word whose first three letters are group `p`: a stem of
/// the lists (compared after its first letter) and a case ending.
#[inline]
fn kind_in(p: Option<usize>, word: &str) -> u8 {
    let Some(p) = p else { return NONE };
    let stems = &*STEMS;
    let g = stems.group_of[p];
    if g == 0 {
        return NONE;
    }
    let tail = &word[2..];
    for &(stem, kind) in &stems.groups[g as usize - 1] {
        if let Some(rest) = tail.strip_prefix(stem)
            && is_ending(rest)
        {
            return kind;
        }
    }
    NONE
}

/// The kind of a lower-case word that is a stem of the lists with a case
/// ending ([`ORG`], [`PLACE`]), else [`NONE`].
#[inline]
pub fn kind_of(word: &str) -> u8 {
    kind_in(start(word.as_bytes()), word)
}

/// [`kind_of`], also with a capital first letter (`Министерства`).
#[inline]
pub fn kind_of_any_case(word: &str) -> u8 {
    let b = word.as_bytes();
    match capital(b) {
        Some(c) => kind_in(start_with(Some(c), b), word),
        None => kind_of(word),
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
        for w in ["Министерства", "Сборная", "Партии", "компании"]
        {
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
