//! Kazakh inflection: the case, possessive and plural endings a name takes
//! (`Алпыстың`, `Алматыдағы`, `облысының`, `министрлігіне`).
//!
//! Endings follow vowel harmony (back `а ы ұ о` / front `ә е і ү ө`) and
//! agree with the sound before them (`-ның` after a vowel or `м н ң`,
//! `-дың` after a voiced consonant, `-тың` after a voiceless one); checking
//! both keeps `Қарағанды` or `Астана` whole, mostly. A list look-up settles
//! the rest.

/// How a stem ends, for choosing the ending that may follow it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sound {
    Vowel,
    /// ж з л р й у (and Russian-style в in names is treated as voiceless).
    Voiced,
    /// м н ң
    Nasal,
    Voiceless,
    Other,
}

fn sound(c: char) -> Sound {
    match lower_char(c) {
        'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я' => {
            Sound::Vowel
        }
        'ж' | 'з' | 'л' | 'р' | 'й' | 'у' => Sound::Voiced,
        'м' | 'н' | 'ң' => Sound::Nasal,
        'б' | 'в' | 'г' | 'ғ' | 'д' | 'к' | 'қ' | 'п' | 'с' | 'т' | 'ф' | 'х' | 'һ' | 'ц' | 'ч'
        | 'ш' | 'щ' => Sound::Voiceless,
        _ => Sound::Other,
    }
}

fn is_back(c: char) -> Option<bool> {
    match lower_char(c) {
        'а' | 'ы' | 'ұ' | 'о' | 'я' | 'ё' => Some(true),
        'ә' | 'е' | 'і' | 'ү' | 'ө' | 'и' | 'э' | 'ю' => Some(false),
        _ => None,
    }
}

/// The harmony of the last vowel of `stem` (`у` is a glide and does not
/// count), or `None` when either harmony may follow: Russian surnames in
/// `-ов`/`-ев` take both in Kazakh text (`Тоқаевтың`, `Сүлейменовтің`,
/// `Назарбаевқа`).
fn stem_is_back(stem: &str) -> Option<bool> {
    let lower = lowercase(stem);
    if ["ов", "ев", "ова", "ева"]
        .iter()
        .any(|s| lower.ends_with(s))
    {
        return None;
    }
    lower.chars().rev().find_map(is_back)
}

pub use crate::language::has_kazakh_letters;

use super::lexicon::{FxMap, lower_char, lowercase};
use std::cell::RefCell;
use std::rc::Rc;

/// What must come before an ending.
#[derive(Clone, Copy)]
enum Needs {
    /// One of these sounds.
    Sounds(&'static [Sound]),
    /// The possessive `-ы`/`-і` (`облысы|на`, `министрлігі|не`).
    Possessive,
}

use Sound::{Nasal, Voiced, Voiceless, Vowel};

const V: &[Sound] = &[Vowel];
const VN: &[Sound] = &[Vowel, Nasal];
const VZN: &[Sound] = &[Vowel, Voiced, Nasal];
const VZ: &[Sound] = &[Vowel, Voiced];
const ZN: &[Sound] = &[Voiced, Nasal];
const Z: &[Sound] = &[Voiced];
const N: &[Sound] = &[Nasal];
const S: &[Sound] = &[Voiceless];
const ANY: &[Sound] = &[Vowel, Voiced, Nasal, Voiceless];

/// Case endings (and the `-дағы` "which is in" form), longest first within
/// each group.
const CASE_ENDINGS: &[(&str, Needs)] = &[
    ("ндағы", Needs::Possessive),
    ("ндегі", Needs::Possessive),
    ("дағы", Needs::Sounds(VZN)),
    ("дегі", Needs::Sounds(VZN)),
    ("тағы", Needs::Sounds(S)),
    ("тегі", Needs::Sounds(S)),
    ("менен", Needs::Sounds(ANY)),
    ("ның", Needs::Sounds(VN)),
    ("нің", Needs::Sounds(VN)),
    ("дың", Needs::Sounds(Z)),
    ("дің", Needs::Sounds(Z)),
    ("тың", Needs::Sounds(S)),
    ("тің", Needs::Sounds(S)),
    ("нда", Needs::Possessive),
    ("нде", Needs::Possessive),
    ("нан", Needs::Possessive),
    ("нен", Needs::Possessive),
    ("нан", Needs::Sounds(N)),
    ("нен", Needs::Sounds(N)),
    ("дан", Needs::Sounds(VZ)),
    ("ден", Needs::Sounds(VZ)),
    ("тан", Needs::Sounds(S)),
    ("тен", Needs::Sounds(S)),
    ("мен", Needs::Sounds(ANY)),
    ("бен", Needs::Sounds(Z)),
    ("пен", Needs::Sounds(S)),
    ("ға", Needs::Sounds(VZN)),
    ("ге", Needs::Sounds(VZN)),
    ("қа", Needs::Sounds(S)),
    ("ке", Needs::Sounds(S)),
    ("на", Needs::Possessive),
    ("не", Needs::Possessive),
    ("да", Needs::Sounds(VZN)),
    ("де", Needs::Sounds(VZN)),
    ("та", Needs::Sounds(S)),
    ("те", Needs::Sounds(S)),
    ("ны", Needs::Sounds(V)),
    ("ні", Needs::Sounds(V)),
    ("ды", Needs::Sounds(ZN)),
    ("ді", Needs::Sounds(ZN)),
    ("ты", Needs::Sounds(S)),
    ("ті", Needs::Sounds(S)),
];

/// Possessive and plural endings, tried only when looking names up.
const INNER_ENDINGS: &[(&str, Needs)] = &[
    ("лар", Needs::Sounds(VZ)),
    ("лер", Needs::Sounds(VZ)),
    ("дар", Needs::Sounds(ZN)),
    ("дер", Needs::Sounds(ZN)),
    ("тар", Needs::Sounds(S)),
    ("тер", Needs::Sounds(S)),
    ("сы", Needs::Sounds(V)),
    ("сі", Needs::Sounds(V)),
    ("ымыз", Needs::Sounds(&[Voiced, Nasal, Voiceless])),
    ("іміз", Needs::Sounds(&[Voiced, Nasal, Voiceless])),
    ("ым", Needs::Sounds(&[Voiced, Nasal, Voiceless])),
    ("ім", Needs::Sounds(&[Voiced, Nasal, Voiceless])),
    ("ы", Needs::Sounds(&[Voiced, Nasal, Voiceless])),
    ("і", Needs::Sounds(&[Voiced, Nasal, Voiceless])),
    ("н", Needs::Possessive),
];

/// Whether `c` ends one of [`INNER_ENDINGS`] (kept equal to them by a test).
fn ends_an_inner_ending(c: char) -> bool {
    matches!(c, 'р' | 'ы' | 'і' | 'з' | 'м' | 'н')
}

/// Shortest stem (in characters) an ending may leave.
const MIN_STEM: usize = 2;

fn ending_fits(stem: &str, ending: &str, needs: Needs) -> bool {
    let Some(last) = stem.chars().last() else {
        return false;
    };
    if stem.chars().count() < MIN_STEM {
        return false;
    }
    let ok = match needs {
        Needs::Sounds(sounds) => sounds.contains(&sound(last)),
        Needs::Possessive => matches!(last, 'ы' | 'і') && stem.chars().count() > 3,
    };
    if !ok {
        return false;
    }
    // Harmony: the ending's vowel must agree with the stem's last vowel;
    // a stem with no vowel (an acronym) takes either, and the instrumental
    // `-мен/-бен/-пен` has no back form.
    if matches!(ending, "мен" | "бен" | "пен" | "менен") {
        return true;
    }
    // Loanwords keep their own harmony (`банктің`, `Берлинде`): a stem with
    // no Kazakh letter takes either.
    if !has_kazakh_letters(stem) {
        return true;
    }
    match (ending.chars().find_map(is_back), stem_is_back(stem)) {
        (Some(e), Some(s)) => e == s,
        _ => true,
    }
}

/// `c` is the last letter of some case ending (checked against
/// [`CASE_ENDINGS`] by a test): asked of nearly every word, so a `match`.
fn ends_a_case_ending(c: char) -> bool {
    matches!(c, 'ы' | 'і' | 'н' | 'ң' | 'а' | 'е')
}

/// `word` without one case ending, if it has one (`Алпыстың` → `Алпыс`,
/// `облысының` → `облысы`, `министрлігіне` → `министрлігі`). The possessive
/// stays: `облысы` is the dictionary form of a place name's last word.
pub fn strip_case(word: &str) -> Option<&str> {
    // Most words (every English one) end in a letter no case ending ends
    // in: no need to lower-case them and try each ending.
    let last = word.chars().next_back()?;
    if lower_char(last) == last && !ends_a_case_ending(last) {
        return None;
    }
    // The rest are worked out once per word: names recur, and the endings
    // are many.
    thread_local! {
        static STEM_LENGTHS: RefCell<FxMap<String, Option<usize>>> = Default::default();
    }
    let stem_len = super::lexicon::remember(&STEM_LENGTHS, word, || case_stem(word).map(str::len));
    stem_len.and_then(|n| word.get(..n))
}

/// [`strip_case`] worked out.
fn case_stem(word: &str) -> Option<&str> {
    let lower = lowercase(word);
    // Only safe when lower-casing kept the byte lengths (Cyrillic does).
    if lower.len() != word.len() {
        return None;
    }
    CASE_ENDINGS.iter().find_map(|&(ending, needs)| {
        let with_hyphen = lower.strip_suffix(ending)?;
        // `АҚШ-тағы`, `COVID-тың`: a hyphen may join an ending to a name.
        let stem = with_hyphen.strip_suffix('-').unwrap_or(with_hyphen);
        if ending_fits(stem, ending, needs) {
            word.get(..stem.len())
        } else {
            None
        }
    })
}

/// `word`, its case ending off, ends in the possessive `-ы`/`-і`
/// (`Қоры`, `Университетінің`), not bare (`Үкімет`, `Парламентте`).
pub fn ends_possessive(word: &str) -> bool {
    strip_case(word)
        .unwrap_or(word)
        .ends_with(['ы', 'і', 'Ы', 'І'])
}

/// Dative case endings (`-ға`, `-ке`, `-не` after the possessive).
const DATIVE: [&str; 6] = ["ға", "ге", "қа", "ке", "на", "не"];
/// Locative case endings (`-да`, `-те`, `-нда` after the possessive).
const LOCATIVE: [&str; 6] = ["да", "де", "та", "те", "нда", "нде"];

/// `word` ends in the dative or the locative (`агенттігіне`, `ҚазАқпаратқа`,
/// `парақшасында`): after a verb of saying, the one told and where.
pub fn is_dative_or_locative(word: &str) -> bool {
    case_ending(word).is_some_and(|e| DATIVE.contains(&e) || LOCATIVE.contains(&e))
}

/// `word` ends in the dative (`тілшімізге`, `науқасқа`, `агенттігіне`).
pub fn is_dative(word: &str) -> bool {
    case_ending(word).is_some_and(|e| DATIVE.contains(&e))
}

/// The case ending [`strip_case`] takes off `word`.
fn case_ending(word: &str) -> Option<&str> {
    strip_case(word).map(|stem| &word[stem.len()..])
}

/// `word` ends in the genitive (`облысының`, `Алпыстың`).
pub fn is_genitive(word: &str) -> bool {
    is_genitive_key(&lowercase(word))
}

/// [`is_genitive`] of a word already lower-cased (a [`crate::wordlist::key`]
/// too: the endings hold no `ё`).
pub fn is_genitive_key(lower: &str) -> bool {
    ["ның", "нің", "дың", "дің", "тың", "тің"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// `word` ends in a case ending no name ends in by chance (genitive,
/// ablative, `-дағы`): a Kazakh name's inflected last word.
pub fn has_clear_case(word: &str) -> bool {
    const CLEAR: &[&str] = &[
        "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен", "нан", "нен", "дағы",
        "дегі", "тағы", "тегі",
    ];
    strip_case(word).is_some() && {
        let lower = lowercase(word);
        CLEAR.iter().any(|e| lower.ends_with(e))
    }
}

/// Every stem `word` may have once endings are taken off, longest first,
/// `word` itself included: `облыстарының` → `облыстары`, `облыстар`,
/// `облыс`. The consonant softened before a vowel comes back
/// (`министрлігі` → `министрлік`).
pub fn stems(word: &str) -> Rc<[String]> {
    thread_local! {
        static STEMS: RefCell<FxMap<String, Rc<[String]>>> = Default::default();
    }
    super::lexicon::remember(&STEMS, word, || all_stems(word).into())
}

fn all_stems(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if let Some(s) = strip_case(word) {
        out.push(s.to_string());
    }
    // Every reading of the inner endings, a few levels deep: the last
    // level's stems are `out[from..]`.
    let mut from = 0;
    let mut lower = String::new();
    for _ in 0..3 {
        let level = out.len();
        let mut next = Vec::new();
        for current in &out[from..level] {
            // No inner ending ends in another letter: most words of other
            // languages, and many Kazakh ones, are done without a
            // lower-cased copy.
            if !current
                .chars()
                .next_back()
                .is_some_and(|c| ends_an_inner_ending(lower_char(c)))
            {
                continue;
            }
            lower.clear();
            crate::wordlist::push_lower(current, &mut lower);
            if lower.len() != current.len() {
                continue;
            }
            for &(ending, needs) in INNER_ENDINGS {
                let Some(stem) = lower.strip_suffix(ending) else {
                    continue;
                };
                if !ending_fits(stem, ending, needs) {
                    continue;
                }
                let Some(stem) = current.get(..stem.len()).map(str::to_string) else {
                    continue;
                };
                if matches!(ending, "ы" | "і")
                    && let Some(hard) = harden(&stem)
                {
                    next.push(hard);
                }
                next.push(stem);
            }
        }
        next.retain(|s| !out.contains(s));
        next.dedup();
        if next.is_empty() {
            break;
        }
        from = level;
        out.extend(next);
    }
    out
}

/// `министрліг` → `министрлік`: г ғ б at the end were к қ п before a vowel.
fn harden(stem: &str) -> Option<String> {
    let last = stem.chars().last()?;
    let hard = match last {
        'г' => 'к',
        'ғ' => 'қ',
        'б' => 'п',
        _ => return None,
    };
    Some(format!("{}{hard}", &stem[..stem.len() - last.len_utf8()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_letters_of_endings_are_those_listed() {
        for u in 0..0x530 {
            let Some(c) = char::from_u32(u) else { continue };
            let listed = CASE_ENDINGS.iter().any(|(e, _)| e.ends_with(c));
            assert_eq!(ends_a_case_ending(c), listed, "{c}");
            let inner = INNER_ENDINGS.iter().any(|(e, _)| e.ends_with(c));
            assert_eq!(ends_an_inner_ending(c), inner, "{c}");
        }
    }

    #[test]
    fn case_endings_come_off() {
        for (word, stem) in [
            ("Алпыстың", "Алпыс"),
            ("Қазақстанның", "Қазақстан"),
            ("Қазақстанда", "Қазақстан"),
            ("Алматыдағы", "Алматы"),
            ("облысының", "облысы"),
            ("министрлігіне", "министрлігі"),
            ("Астанаға", "Астана"),
            ("Тоқаевтың", "Тоқаев"),
            ("Абайды", "Абай"),
            ("Ақтөбеде", "Ақтөбе"),
            ("Ресейден", "Ресей"),
            ("Назарбаевпен", "Назарбаев"),
            ("Назарбаевтың", "Назарбаев"),
            ("Тоқаевқа", "Тоқаев"),
            ("Сүлейменовтің", "Сүлейменов"),
            ("Бектеновке", "Бектенов"),
        ] {
            assert_eq!(strip_case(word), Some(stem), "{word}");
        }
    }

    #[test]
    fn the_one_told_and_where() {
        for word in ["агенттігіне", "ҚазАқпаратқа", "парақшасында", "Алматыда"]
        {
            assert!(is_dative_or_locative(word), "{word}");
        }
        for word in ["Астана", "әкімдігінің", "өкілі", "Алпыстың"] {
            assert!(!is_dative_or_locative(word), "{word}");
        }
    }

    #[test]
    fn names_that_only_look_inflected_stay() {
        for word in ["Астана", "Тарина", "Алматы", "Асан", "Ұлытау", "Ақтөбе"]
        {
            assert_eq!(strip_case(word), None, "{word}");
        }
    }

    #[test]
    fn stems_reach_the_dictionary_form() {
        assert!(stems("министрлігіне").contains(&"министрлік".to_string()));
        assert!(stems("облыстарының").contains(&"облыс".to_string()));
    }
}
