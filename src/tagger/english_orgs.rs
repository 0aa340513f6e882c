//! An English name that ends in a word for a kind of organisation is one
//! (`Kaspi Bank`, `Freedom Finance`, `Acme Holdings`), whatever type the
//! tagger gave the words before it; the words are in
//! `data/entities/en_org_tails.txt`. An organisation so ended takes the
//! `of` phrases after it (`National Bank of Kazakhstan`), and a name ends
//! before a reporting verb (`Madi Takiyev told`).

use std::cell::RefCell;
use std::sync::LazyLock;

use crate::entities::lexicon::{FIRST_NAMES, FxSet, MORE_FIRST_NAMES, PERSON_TITLES};
use crate::language::Lang;
use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;

static TAILS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    crate::wordlist::entries(crate::data_list!("entities/en_org_tails.txt"))
        .map(crate::wordlist::key)
        .collect()
});

/// A capitalised tail word. Asked of every capitalised word of an English
/// sentence: the key is built in one buffer, not allocated each time.
pub(super) fn tail(text: &str, t: &Token) -> bool {
    thread_local! {
        static KEY: RefCell<String> = const { RefCell::new(String::new()) };
    }
    t.is_capitalised()
        && KEY.with_borrow_mut(|key| {
            key.clear();
            crate::wordlist::push_key(t.text(text), key);
            TAILS.contains(key.as_str())
        })
}

/// `West Bank`, `South Bank`: a side of the world makes a place.
fn side_of_the_world(text: &str, t: &Token) -> bool {
    let word = t.text(text);
    ["west", "east", "north", "south", "left"]
        .iter()
        .any(|side| word.eq_ignore_ascii_case(side))
}

/// Makes each name ending in a tail word an organisation, taking in a
/// tail word the tagger left out right after it (`Halyk` + `Finance`).
pub fn tail_makes_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, mut end)) = super::next_any_name(labels, from) {
        if end < toks.len()
            && labels[end] == 0
            && toks[end].kind == TokenKind::Word
            && tail(text, &toks[end])
        {
            end += 1;
        }
        if end - b >= 2 && !side_of_the_world(text, &toks[b]) && tail(text, &toks[end - 1]) {
            labels[b] = B_ORG;
            labels[b + 1..end].fill(I_ORG);
        }
        from = end;
    }
}

/// Makes each run of capitals around a tail word, with the `of` and
/// `for` phrases after it, one organisation (`National Bank of
/// Kazakhstan`, `Ministry of Finance of Kazakhstan`, `European Bank for
/// Reconstruction and Development`), over the place the tagger found in it.
pub fn of_chains(text: &str, toks: &[Token], labels: &mut [u8]) {
    // A name stays on its line (a signature's lines are all capitals).
    let same_line = |a: usize, b: usize| !text[toks[a].span.end..toks[b].span.start].contains('\n');
    let cap =
        |i: usize| i > 0 && toks.get(i).is_some_and(|t| t.is_capitalised()) && same_line(i - 1, i);
    let low = |i: usize| toks.get(i).map(|t| t.text(text)).unwrap_or("");
    // Compared as bytes: asked of every token, and a `str` slice checks
    // both ends are char boundaries.
    let of_or_for = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(&text.as_bytes()[t.span.start..t.span.end], b"of" | b"for"))
    };
    let mut i = 0;
    while i < toks.len() {
        // Only a tail word before `of` or `for` starts a chain: the cheap
        // test first.
        if !of_or_for(i + 1) || !tail(text, &toks[i]) {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > 0
            && i - start < 3
            && toks[start - 1].is_capitalised()
            && !tail(text, &toks[start - 1])
            && same_line(start - 1, start)
            && !matches!(low(start - 1), "The" | "A" | "An")
        {
            start -= 1;
        }
        if side_of_the_world(text, &toks[start]) {
            i += 1;
            continue;
        }
        // The `of` phrase ends before a title or a person the tagger
        // found (`Central Bank of Eldoria Governor Mark Tull`).
        let name_word = |k: usize| {
            cap(k)
                && !matches!(labels[k], B_PER | I_PER)
                && !crate::wordlist::with_key(low(k), |key| PERSON_TITLES.contains(key))
        };
        let mut end = i + 1;
        while matches!(low(end), "of" | "for") && name_word(end + 1) {
            end += 2;
            while end < toks.len() && (name_word(end) || (low(end) == "and" && name_word(end + 1)))
            {
                end += 1;
            }
        }
        if end > i + 1 {
            labels[start] = B_ORG;
            labels[start + 1..end].fill(I_ORG);
            super::begin_anew(labels, end);
        }
        i = end;
    }
}

/// A listed first name (`Madi`, `Jane`).
pub(super) fn first_name(word: &str) -> bool {
    crate::wordlist::with_key(word, |key| {
        FIRST_NAMES.contains_key(key) || MORE_FIRST_NAMES.contains(key)
    })
}

/// Ends each name before a reporting verb (`Madi Takiyev told parliament`
/// → `Madi Takiyev`; UNER keeps other lower-case words, `St Pancras
/// station`, `Gaza strip`); a name so cut that opens with a first name is
/// a person.
pub fn cut_at_reporting_verbs(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut from = 0;
    while let Some((b, end)) = super::next_any_name(labels, from) {
        let cut = (b + 1..end).find(|&k| {
            let word = toks[k].text(text);
            toks[k].kind == TokenKind::Word
                && word.starts_with(char::is_lowercase)
                && crate::quotes::cues::verbs(Lang::En).is_some_and(|v| v.contains(word))
        });
        if let Some(k) = cut {
            labels[k..end].fill(0);
            if labels[b] == B_ORG && first_name(toks[b].text(text)) {
                labels[b] = B_PER;
                labels[b + 1..k].fill(I_PER);
            }
        }
        from = end;
    }
}

/// A language after `in` is how it was said, not a place (`said in
/// English`, `spoke in Kazakh`).
pub fn drop_languages(text: &str, toks: &[Token], labels: &mut [u8]) {
    const LANGUAGES: [&str; 10] = [
        "english", "russian", "kazakh", "chinese", "french", "german", "arabic", "spanish",
        "turkish", "uzbek",
    ];
    for i in 1..labels.len() {
        if labels[i] % 2 == 1
            && labels.get(i + 1).is_none_or(|&l| l % 2 == 1 || l == 0)
            && toks[i - 1].text(text).eq_ignore_ascii_case("in")
            && crate::wordlist::with_key(toks[i].text(text), |k| LANGUAGES.contains(&k))
        {
            labels[i] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_after_in_is_no_name() {
        let dropped = |text, labels: &[u8]| crate::tagger::after_pass(drop_languages, text, labels);
        assert_eq!(dropped("spoke in Kazakh .", &[0, 0, 5, 0]), [0, 0, 0, 0]);
        // Not a place, nor a language heading a longer name.
        assert_eq!(dropped("lives in England .", &[0, 0, 5, 0]), [0, 0, 5, 0]);
        assert_eq!(dropped("in Russian Railways", &[0, 3, 4]), [0, 3, 4]);
    }

    #[test]
    fn a_name_ending_in_a_tail_word_is_an_organisation() {
        let made = |text, labels: &[u8]| crate::tagger::after_pass(tail_makes_org, text, labels);
        assert_eq!(made("at Kaspi Bank today", &[0, 5, 6, 0]), [0, 3, 4, 0]);
        assert_eq!(made("at Halyk Finance today", &[0, 5, 0, 0]), [0, 3, 4, 0]);
        // One word is no name of a kind, nor a tail in lower case.
        assert_eq!(made("the Bank said", &[0, 5, 0]), [0, 5, 0]);
        assert_eq!(made("John Smith bank", &[1, 2, 0]), [1, 2, 0]);
        assert_eq!(made("John Smith", &[1, 2]), [1, 2]);
        assert_eq!(made("in West Bank towns", &[0, 5, 6, 0]), [0, 5, 6, 0]);
    }

    #[test]
    fn of_phrases_join_the_organisation() {
        let made = |text, labels: &[u8]| crate::tagger::after_pass(of_chains, text, labels);
        assert_eq!(
            made("The National Bank of Kazakhstan kept", &[0, 0, 0, 0, 5, 0]),
            [0, 3, 4, 4, 4, 0]
        );
        assert_eq!(
            made(
                "the Ministry of Finance of Kazakhstan said",
                &[0, 0, 0, 0, 0, 5, 0]
            ),
            [0, 3, 4, 4, 4, 4, 0]
        );
        // Not a lower-case `of` phrase, nor a tail word alone.
        assert_eq!(
            made("the bank of the river", &[0, 0, 0, 0, 0]),
            [0, 0, 0, 0, 0]
        );
        assert_eq!(made("The Bank said", &[0, 0, 0]), [0, 0, 0]);
        assert_eq!(
            made("the West Bank of Jordan", &[0, 5, 6, 0, 5]),
            [0, 5, 6, 0, 5]
        );
    }

    #[test]
    fn a_name_ends_before_a_reporting_verb() {
        let cut =
            |text, labels: &[u8]| crate::tagger::after_pass(cut_at_reporting_verbs, text, labels);
        assert_eq!(
            cut("Jane Smith told parliament", &[3, 4, 4, 4]),
            [1, 2, 0, 0]
        );
        assert_eq!(cut("Gaza strip", &[5, 6]), [5, 6]);
    }
}
