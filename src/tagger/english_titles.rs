//! English titles between a body and a person (`Senate Majority Leader
//! Mitch McConnell`, `Kazakh Foreign Minister Murat Nurtleu`): the tagger
//! may run the body over the title into the name, or take the words
//! before the title for a person. The title belongs to neither.

use std::sync::LazyLock;

use crate::entities::lexicon::{FxSet, PERSON_TITLES};
use crate::language::Lang;
use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;

static MODIFIERS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    crate::wordlist::entries(crate::data_list!("entities/en_title_modifiers.txt"))
        .map(crate::wordlist::key)
        .collect()
});

/// A word inside an English title before its head (`Majority`, `Foreign`),
/// by its [`crate::wordlist::key`].
pub(crate) fn is_title_modifier(key: &str) -> bool {
    MODIFIERS.contains(key)
}

/// A capitalised word of a title: a title, an occupation that stands
/// before a name (`Leader`, `Speaker`), or a word inside a title (`Majority`).
fn is_title_word(text: &str, t: &Token) -> bool {
    t.is_capitalised()
        && crate::wordlist::with_key(t.text(text), |k| {
            PERSON_TITLES.contains(k)
                || is_title_modifier(k)
                || crate::entities::is_occupation(t.text(text), Lang::En)
        })
}

/// A capitalised word that may be part of a person's name: no word for a
/// kind of organisation (`Group`, `Bank`).
fn is_name_word(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.is_capitalised() && !super::english_orgs::tail(text, t)
}

/// An organisation the tagger ran over a title into a person's name of
/// two words, or three opening with a first name: the body, then nothing,
/// then the person (`Senate` | `Majority Leader` | `Mitch McConnell`).
pub fn org_runs_into_person(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_ORG) {
        from = e;
        // The first title word after the body's first word.
        let Some(k) = (b + 1..e).find(|&k| is_title_word(text, &toks[k])) else {
            continue;
        };
        let mut p = k;
        while p < e && is_title_word(text, &toks[p]) {
            p += 1;
        }
        let person = &toks[p..e];
        if !(2..=3).contains(&person.len())
            || person.iter().any(|t| !is_name_word(text, t))
            || !(super::english_orgs::first_name(toks[p].text(text)) || person.len() == 2)
        {
            continue;
        }
        // The title's words (`Majority Leader`) are none of the body, which
        // keeps its labels before them.
        labels[k..p].fill(0);
        labels[p] = B_PER;
        labels[p + 1..e].fill(I_PER);
    }
}

/// `Secretary of State Antony Blinken`, `Minister of State Jane Doe`:
/// `State` after a title and `of` is the title's, and the name the tagger
/// ran on from it a person's.
pub fn state_in_a_title(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_any_name(labels, from) {
        from = e;
        let title_of =
            b >= 2 && toks[b - 1].text(text) == "of" && is_title_word(text, &toks[b - 2]);
        if !title_of || toks[b].text(text) != "State" || e == b + 1 {
            continue;
        }
        let person = &toks[b + 1..e];
        if person.len() <= 3 && person.iter().all(|t| is_name_word(text, t)) {
            labels[b] = 0;
            labels[b + 1] = B_PER;
            labels[b + 2..e].fill(I_PER);
        }
    }
}

/// A person the tagger found right before a title and another person
/// (`Kazakh Foreign` before `Minister Murat Nurtleu`) is no person: a
/// name is not followed by a title and a name.
pub fn no_person_before_a_title(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, e)) = super::next_name(labels, from, B_PER) {
        from = e;
        let mut p = e;
        while p < toks.len() && labels[p] == 0 && is_title_word(text, &toks[p]) {
            p += 1;
        }
        let title_ends_it = b + 1 < e && is_title_word(text, &toks[e - 1]);
        // The person after the title, as the tagger or the look of it says.
        let unlabelled_name = |i: usize| {
            toks.get(i)
                .is_some_and(|t| labels[i] == 0 && is_name_word(text, t))
        };
        let person_follows =
            labels.get(p) == Some(&B_PER) || (unlabelled_name(p) && unlabelled_name(p + 1));
        if (p > e || title_ends_it) && person_follows {
            labels[b..e].fill(0);
        }
    }
}

/// English words for saying that stand next to the one who spoke.
const SAID: &[&[u8]] = &[b"said", b"says", b"told", b"added", b"wrote"];

/// Two or three capitalised words the tagger left unlabelled right after
/// `said` or right before it are the person who spoke (`said Helima Croft,
/// head of ...`, `Helima Croft said`); not a title's words nor a body's
/// (`said Halyk Finance`).
pub fn speaker_by_said(text: &str, toks: &[Token], labels: &mut [u8]) {
    let name_word = |labels: &[u8], j: usize| {
        labels[j] == 0 && is_name_word(text, &toks[j]) && !is_title_word(text, &toks[j])
    };
    // Only the runs beside a `said` can change, so only they are read: the
    // name-word test costs a look-up, and most sentences have no `said`.
    // Compared as bytes: asked of every token of every English sentence,
    // and a `str` slice checks both ends are char boundaries (the slice was
    // 0.7 % of `annotate()` on English in wasm).
    let said = |t: &Token| SAID.contains(&&text.as_bytes()[t.span.start..t.span.end]);
    for s in 0..toks.len() {
        if !said(&toks[s]) {
            continue;
        }
        let mut k = s;
        while k > 0 && name_word(labels, k - 1) {
            k -= 1;
        }
        let mut e = s + 1;
        while e < toks.len() && name_word(labels, e) {
            e += 1;
        }
        for (k, e) in [(k, s), (s + 1, e)] {
            // A run touching a name is part of it, and that name's business.
            let touches = (k > 0 && labels[k - 1] != 0) || labels.get(e).is_some_and(|&l| l != 0);
            if (2..=3).contains(&(e - k)) && !touches {
                labels[k] = B_PER;
                labels[k + 1..e].fill(I_PER);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::after_pass;

    #[test]
    fn a_title_parts_the_body_from_the_person() {
        let split = |text, labels: &[u8]| after_pass(org_runs_into_person, text, labels);
        assert_eq!(
            split(
                "Senate Majority Leader Mitch McConnell said",
                &[3, 4, 4, 4, 4, 0]
            ),
            [3, 0, 0, 1, 2, 0]
        );
        assert_eq!(
            split("Apple CEO Tim Cook visited", &[3, 4, 4, 4, 0]),
            [3, 0, 1, 2, 0]
        );
        // `Group` is a word for a body: the run is a body's name.
        assert_eq!(
            split("Senate Leader Group met", &[3, 4, 4, 0]),
            [3, 4, 4, 0]
        );
        // A title opening the run is the tagger's business.
        assert_eq!(split("Minister Mitch McConnell", &[3, 4, 4]), [3, 4, 4]);
    }

    #[test]
    fn state_after_a_title_is_the_titles() {
        let made = |text, labels: &[u8]| after_pass(state_in_a_title, text, labels);
        assert_eq!(
            made("Secretary of State Blinken spoke", &[0, 0, 3, 4, 0]),
            [0, 0, 0, 1, 0]
        );
        // A state's own name after `of` stays (`Bank of State Street`: no title).
        assert_eq!(made("Bank of State Street", &[0, 0, 3, 4]), [0, 0, 3, 4]);
    }

    #[test]
    fn words_before_a_title_and_a_person_are_no_person() {
        let dropped = |text, labels: &[u8]| after_pass(no_person_before_a_title, text, labels);
        assert_eq!(
            dropped(
                "Kazakh Foreign Minister Murat Nurtleu arrived",
                &[1, 2, 0, 1, 2, 0]
            ),
            [0, 0, 0, 1, 2, 0]
        );
        // A person with no title and person after it stays.
        assert_eq!(
            dropped("met John Smith Tuesday", &[0, 1, 2, 0]),
            [0, 1, 2, 0]
        );
        assert_eq!(
            dropped("John Smith Chairman said", &[1, 2, 0, 0]),
            [1, 2, 0, 0]
        );
    }
}
