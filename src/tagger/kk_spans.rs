//! Kazakh names as KazNERD spans them, tidied after tagging: a name in Latin
//! letters keeps the Kazakh words after it out (`Nova Logistics компаниясы` →
//! `Nova Logistics`), as a quoted name keeps out the word for its kind
//! (`«Мейірім» емханасы`); and a person's name ends before a body named
//! in its bare form after it (`Серік Жұманғарин | Парламент Мәжілісінің
//! отырысында`, `Жұманғарин | Мәжіліс отырысында`).

use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;

/// `B-` and `I-` labels are odd and even (see [`super::is_inside`]).
fn is_begin(label: u8) -> bool {
    label % 2 == 1
}

/// A word of Latin letters and digits (`Nova`, `Logistics`, `2020`).
fn is_latin(t: &Token, text: &str) -> bool {
    t.kind != TokenKind::Punct
        && t.text(text)
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        && t.text(text).chars().any(|c| c.is_ascii_alphabetic())
}

/// A word that opens with a lower-case Cyrillic letter (`компаниясы`).
fn is_cyrillic_lower(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word
        && t.text(text).chars().next().is_some_and(|c| {
            matches!(
                c,
                'а'..='я' | 'ё' | 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і'
            )
        })
}

/// A name that opens with a Latin word ends before the first lower-case
/// Cyrillic word in it.
pub fn cut_latin_before_kazakh(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut i = 0;
    while i < labels.len() {
        if !is_begin(labels[i]) || !is_latin(&toks[i], text) {
            i += 1;
            continue;
        }
        let inside = labels[i] + 1;
        let mut j = i + 1;
        let mut cut = false;
        while j < labels.len() && labels[j] == inside {
            if is_cyrillic_lower(&toks[j], text) {
                cut = true;
            }
            if cut {
                labels[j] = super::OUTSIDE;
            }
            j += 1;
        }
        i = j;
    }
}

/// A person's name holding a capitalised word for a body of the state in
/// its bare form after its first word ends before it, and the body is an
/// organisation to the name's end (`Жұманғарин Мәжіліс` → `Жұманғарин` and
/// `Мәжіліс`); so does an organisation opening with up to three capitalised
/// words of which the last has a surname's ending, or the first is a first
/// name (`Серік Жұманғарин Мәжіліс`). A body named after a person takes the possessive
/// (`Назарбаев Университеті`), and stays.
pub fn cut_body_from_person(text: &str, toks: &[Token], labels: &mut [u8]) {
    use super::kk_kind_words::{BODY, POSSESSIVE, kind_of};
    use crate::entities::{has_surname_ending, is_first_name};
    use crate::language::Lang;
    let mut i = 0;
    while i < labels.len() {
        let begin = labels[i];
        if begin != B_PER && begin != B_ORG {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < labels.len() && labels[end] == begin + 1 {
            end += 1;
        }
        let body = (i + 1..end).find(|&j| {
            let kind = kind_of(toks[j].text(text));
            toks[j].is_capitalised() && kind & BODY != 0 && kind & POSSESSIVE == 0
        });
        let person_first = |b: usize| {
            b - i <= 3
                && toks[i..b].iter().all(|t| t.is_capitalised())
                && (has_surname_ending(toks[b - 1].text(text), Lang::Kk)
                    || (b - i >= 2 && is_first_name(toks[i].text(text), Lang::Kk)))
        };
        if let Some(b) = body.filter(|&b| begin == B_PER || person_first(b)) {
            labels[i] = B_PER;
            labels[i + 1..b].fill(I_PER);
            labels[b] = B_ORG;
            labels[b + 1..end].fill(I_ORG);
        }
        i = end;
    }
}

/// Only a Kazakh name's last word inflects (genitives apart, which chain
/// inside names: `Қазақстан Республикасының Қаржы министрлігі`): a name
/// running over a head noun in another case ends at it
/// (`ҚазАқпарат агенттігіне | Астана әкімдігінің өкілі`), and the words
/// after it begin a name of their own.
pub fn end_at_inner_case(text: &str, toks: &[Token], labels: &mut [u8]) {
    use crate::entities::kk_morph::{ends_possessive, is_genitive, strip_case};
    for i in 0..labels.len().saturating_sub(1) {
        let (here, next) = (labels[i], labels[i + 1]);
        if here == super::OUTSIDE || next == super::OUTSIDE || is_begin(next) {
            continue;
        }
        let word = toks[i].text(text);
        // A head noun's case after its possessive (`агенттігіне`,
        // `министрлігінен`): a bare name's ending may be its own letters
        // (`Қазақстан`).
        let inflected = strip_case(word).is_some() && ends_possessive(word) && !is_genitive(word);
        if toks[i].kind == TokenKind::Word && inflected {
            super::begin_anew(labels, i + 1);
        }
    }
}

/// A place, its word for a kind of place, then `әкімдігі` is the place's
/// administration, one organisation (`Шымкент қаласы әкімдігінің`,
/// `Алматы әкімдігі`), as KazNERD spans it (2 of 2 in the train part).
pub fn place_administration(text: &str, toks: &[Token], labels: &mut [u8]) {
    const PLACE_WORDS: &[&str] = &[
        "қаласы",
        "қаласының",
        "облысы",
        "облысының",
        "ауданы",
        "ауданының",
    ];
    let administration = |labels: &[u8], k: usize| {
        labels.get(k) == Some(&super::OUTSIDE) && {
            let word = toks[k].text(text);
            word == "әкімдік" || word.starts_with("әкімдіг")
        }
    };
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_LOC) {
        let mut k = e;
        let inside_place_word = PLACE_WORDS.contains(&toks[e - 1].text(text));
        if !inside_place_word
            && labels.get(k) == Some(&super::OUTSIDE)
            && PLACE_WORDS.contains(&toks[k].text(text))
        {
            k += 1;
        }
        if administration(labels, k) {
            labels[b] = B_ORG;
            labels[b + 1..=k].fill(I_ORG);
            from = k + 1;
        } else {
            from = e;
        }
    }
}

/// A Kazakh word with a plural ending past its first four letters
/// (`әкімдіктерімен`, `ұйымдары`).
fn plural(word: &str) -> bool {
    let rest = word.char_indices().nth(4).map_or("", |(at, _)| &word[at..]);
    ["лар", "лер", "дар", "дер", "тар", "тер"]
        .iter()
        .any(|p| rest.contains(p))
}

/// Most lower-case words between a name and the word for the kind of body
/// it opens (`Қазақстан балық шаруашылығы ғылыми-зерттеу институтының`).
const MAX_WORDS_TO_KIND: usize = 4;

/// A place or body the tagger stopped short runs on over the lower-case
/// words after it to the word for a kind of body with its possessive
/// ending, one organisation as KazNERD spans it (`Қазақстан футбол
/// федерациясының`, `Халықаралық сауда орталықтары қауымдастығы`, `Алматы
/// облысының полиция департаменті`). A name that already ends in such a
/// word is whole (`Қаржы министрлігі | мен ...`).
pub fn run_on_to_kind_word(text: &str, toks: &[Token], labels: &mut [u8]) {
    use super::kk_kind_words::{BODY, POSSESSIVE, class, kind_of};
    // One body: several (`әкімдіктерімен`, `елшіліктері`) are no name.
    let head = |k: usize| {
        let word = toks[k].text(text);
        class(kind_of(word)) == BODY | POSSESSIVE && !plural(word)
    };
    // A word in the dative or locative belongs to a phrase of its own
    // (`Ұлттық банктің | базасына шағын қаржы ұйымы`).
    let between = |labels: &[u8], k: usize| {
        labels[k] == super::OUTSIDE
            && is_cyrillic_lower(&toks[k], text)
            && !crate::entities::kk_morph::is_dative_or_locative(toks[k].text(text))
    };
    let mut from = 0;
    while let Some((b, e)) = super::next_any_name(labels, from) {
        from = e;
        if !matches!(labels[b], B_ORG | B_LOC) || head(e - 1) {
            continue;
        }
        let kind_at = (e..labels.len().min(e + MAX_WORDS_TO_KIND))
            .find(|&k| !between(labels, k) || head(k))
            .filter(|&k| head(k));
        // Right after a bare place the kind word may be the place's own
        // (`Қазақстан | полициясы`, `Ресей | үкіметінің`): only after a
        // genitive (`Омбы облысының үкіметі`) is it one body with it; a
        // body goes on (`Қазақстан коммунистік халық | партиясының`).
        let joins = |k: usize| {
            k > e
                || labels[b] == B_ORG
                || crate::entities::kk_morph::is_genitive(toks[e - 1].text(text))
        };
        if let Some(k) = kind_at.filter(|&k| joins(k)) {
            labels[b] = B_ORG;
            labels[b + 1..=k].fill(I_ORG);
            from = k + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ends_at_an_inner_case_ending() {
        for (text, want) in [
            (
                "ҚазАқпарат агенттігіне Астана әкімдігінің өкілі",
                [3, 4, 3, 4, 0],
            ),
            // Genitives chain inside a name.
            (
                "Қазақстан Республикасының Қаржы министрлігі хабарлады",
                [3, 4, 4, 4, 0],
            ),
        ] {
            assert_eq!(
                after_pass(end_at_inner_case, text, &[3, 4, 4, 4, 0]),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn a_body_after_a_person_is_a_body() {
        for (text, labels, want) in [
            (
                "деді Серік Жұманғарин Парламент Мәжілісінің отырысында",
                &[0, 1, 2, 2, 2, 0][..],
                &[0, 1, 2, 3, 4, 0][..],
            ),
            (
                "деді Жұманғарин Мәжіліс отырысында",
                &[0, 1, 2, 0],
                &[0, 1, 3, 0],
            ),
            // The tagger's organisation, opening with a person.
            (
                "Серік Жұманғарин Мәжіліс отырысында",
                &[3, 4, 4, 0],
                &[1, 2, 3, 0],
            ),
            // An organisation opening with no surname stays.
            ("Жоғарғы Сот отырысында", &[3, 4, 0], &[3, 4, 0]),
            // A body named after a person takes the possessive, and is no
            // person to cut; a person without a body word stays whole.
            ("Назарбаев Университеті студенттері", &[1, 2, 0], &[1, 2, 0]),
            ("Қасым-Жомарт Тоқаев Астанада", &[1, 2, 0], &[1, 2, 0]),
        ] {
            assert_eq!(
                after_pass(cut_body_from_person, text, labels),
                want,
                "{text}"
            );
        }
    }
    use crate::tagger::after_pass;

    #[test]
    fn latin_names_end_before_kazakh_words() {
        assert_eq!(
            after_pass(
                cut_latin_before_kazakh,
                "Бізде Nova Logistics компаниясы бар",
                &[0, 3, 4, 4, 0]
            ),
            [0, 3, 4, 0, 0]
        );
        // A Cyrillic name keeps its kind word (`Павлодар университеті`),
        // and a Latin name its Latin words.
        let kept = [0, 3, 4, 0];
        assert_eq!(
            after_pass(
                cut_latin_before_kazakh,
                "Бізде Павлодар университеті бар",
                &kept
            ),
            kept
        );
        assert_eq!(
            after_pass(cut_latin_before_kazakh, "Бізде Kazakh TV бар", &kept),
            kept
        );
    }
}
