//! Kazakh words for a kind of organisation (`министрлігі`, `университетінде`,
//! `қорының`): a Kazakh organisation's name ends in one, and the words before
//! it name it (`Қаржы министрлігі`, `«Мейірім» қоры`). The tagger reads them as
//! a feature at the word and at the words before and after it; the name rules
//! ask whether one is the kind of a body that is always a name ([`BODY`]).
//! Stems are in `data/entities/kk_org_words.txt`; a word matches when one of
//! its stems ([`kk_morph::stems`]) is listed.

use std::cell::RefCell;
use std::sync::LazyLock;

use crate::entities::kk_morph;
use crate::entities::lexicon::{self, FxMap};
use crate::wordlist::FxHashMap;

/// A body of the state, a party, a higher school or a union.
pub const BODY: u16 = 1;
/// A word that as often means any place of its kind (`мектеп`).
pub const COMMON: u16 = 2;
/// The word carries the possessive (`министрлігі`, `орталығы`): the head of
/// a name, not the bare noun (`министрлік`).
pub const POSSESSIVE: u16 = 4;
/// The bits above these number the stem (1 + its line in the list).
const STEM_SHIFT: u16 = 3;

/// Listed stem → its number and class.
static STEMS: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    crate::wordlist::entries(crate::data_list!("entities/kk_org_words.txt"))
        .enumerate()
        .filter_map(|(n, line)| {
            let (stem, class) = line.split_once(' ')?;
            let class = if class == "body" { BODY } else { COMMON };
            Some((stem, (n as u16 + 1) << STEM_SHIFT | class))
        })
        .collect()
});

/// The listed stems (the tagger's filter is made from their openings).
pub fn stems() -> impl Iterator<Item = &'static str> {
    STEMS.keys().copied()
}

thread_local! {
    static KINDS: RefCell<FxMap<String, u16>> = Default::default();
}

/// Words kept in [`KINDS`] before it starts again.
const MEMO_LIMIT: usize = 50_000;

/// What kind of organisation word `word` is: 0 for none, else its class
/// ([`BODY`] or [`COMMON`]), [`POSSESSIVE`] and stem number. Worked out once
/// per word.
pub fn kind_of(word: &str) -> u16 {
    if let Some(k) = KINDS.with(|m| m.borrow().get(word).copied()) {
        return k;
    }
    let k = work_out(word);
    KINDS.with(|m| {
        let mut m = m.borrow_mut();
        lexicon::make_room(&mut m, MEMO_LIMIT);
        m.insert(word.to_string(), k);
    });
    k
}

fn work_out(word: &str) -> u16 {
    let key = lexicon::key(word);
    let stems = kk_morph::stems(&key);
    let Some((stem, kind)) = stems
        .iter()
        .find_map(|s| STEMS.get(s.as_str()).map(|&k| (s, k)))
    else {
        return 0;
    };
    let form = kk_morph::strip_case(&key).unwrap_or(&key);
    let possessive = form.len() > stem.len() && (form.ends_with('ы') || form.ends_with('і'));
    kind | if possessive { POSSESSIVE } else { 0 }
}

/// The class and possessive bits of a [`kind_of`] answer, without the stem.
#[inline]
pub fn class(kind: u16) -> u16 {
    kind & (BODY | COMMON | POSSESSIVE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_words_under_their_endings() {
        for (word, want) in [
            ("министрлігінің", BODY | POSSESSIVE),
            ("Министрлігі", BODY | POSSESSIVE),
            ("МИНИСТРЛІГІ", BODY | POSSESSIVE),
            ("министрлікке", BODY),
            ("университетінде", BODY | POSSESSIVE),
            ("партиясы", BODY | POSSESSIVE),
            ("мектебінде", COMMON | POSSESSIVE),
            ("орталығы", COMMON | POSSESSIVE),
            ("қорының", COMMON | POSSESSIVE),
            ("компаниялар", COMMON),
        ] {
            assert_eq!(class(kind_of(word)), want, "{word}");
        }
        // One stem, one number, whatever the ending.
        assert_eq!(
            kind_of("министрлігі"),
            kind_of("министрліктің") | POSSESSIVE
        );
        assert_ne!(kind_of("министрлігі") >> 3, kind_of("комитеті") >> 3);
    }

    /// The tagger's opening filter may take each stem's first three
    /// letters: every stem has three, and no ending changes them.
    #[test]
    fn every_stem_has_a_fixed_opening() {
        for &stem in STEMS.keys() {
            assert!(stem.chars().count() >= 3, "{stem}");
            assert_ne!(kind_of(stem), 0, "{stem}");
            let soft = ['к', 'қ', 'п'].iter().any(|&c| stem.ends_with(c));
            assert!(!(soft && stem.chars().count() == 3), "{stem}");
        }
    }

    #[test]
    fn other_words_are_none() {
        for word in [
            "ұйымдасқан",
            "қоғамдық",
            "мекен",
            "Алматы",
            "қорқыныш",
            "министр",
            "a",
            "",
        ] {
            assert_eq!(kind_of(word), 0, "{word}");
        }
    }
}
