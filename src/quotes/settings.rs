//! Where a Kazakh statement was made: an event or a medium in the
//! locative (`брифингте`, `Қонаевта өткен жиында`, `Facebook-тегі
//! парақшасында`), with the place and participle before it. The words are
//! stems in `data/quotes/settings_kk.txt`; such an adjunct is neither the
//! speaker nor part of what was said.

use crate::quotes::cues::SETTINGS_KK as SETTINGS;
use crate::quotes::words::Words;

/// Words that may open a setting before its noun.
const MODIFIERS: &[&str] = &[
    "өткен",
    "болған",
    "өткізілген",
    "ұйымдастырылған",
    "жатқан",
    "әлеуметтік",
    "жеке",
    "ресми",
    // `Қонаев қаласында өткен`: the place's kind word in the locative.
    "қаласында",
    "облысында",
    "ауданында",
    "ауылында",
];

/// Locative endings (`брифингте`, `Қонаевта`).
const LOCATIVE: [&str; 4] = ["да", "де", "та", "те"];

/// Token `i` is a setting word in the locative.
pub fn is_setting(w: &Words, i: usize) -> bool {
    let word = w.low(i);
    w.is_word(i) && LOCATIVE.iter().any(|e| word.ends_with(e)) && SETTINGS.has_prefix_of(word)
}

/// Token `i` may come before a setting word in its adjunct: a participle,
/// a place in the locative or an adjective of place (`Қонаевта`,
/// `Facebook-тегі`), or a capitalised name.
fn modifier(w: &Words, i: usize) -> bool {
    let word = w.low(i);
    w.is_word(i)
        && (MODIFIERS.contains(&word)
            || w.is_cap(i)
            || ["дағы", "дегі", "тағы", "тегі"]
                .iter()
                .any(|e| word.ends_with(e)))
}

/// Where a setting adjunct ending right before `end` starts, if the word
/// before `end` is a setting (`... Сүлейменов брифингте | мәлімдеді`).
pub fn adjunct_before(w: &Words, floor: usize, end: usize) -> Option<usize> {
    if end <= floor || !is_setting(w, end - 1) {
        return None;
    }
    let mut start = end - 1;
    while start > floor && end - start < 4 && modifier(w, start - 1) && !w.is_cap(start - 1) {
        start -= 1;
    }
    if start == end - 1 {
        let owner = owner_start(w, floor, start);
        if owner < start {
            return Some(owner);
        }
    }
    // A place in the locative opens it (`Қонаевта өткен`); a bare name
    // before the setting is the speaker's.
    if start > floor
        && start < end - 1
        && w.is_cap(start - 1)
        && LOCATIVE.iter().any(|e| w.low(start - 1).ends_with(e))
    {
        start -= 1;
    }
    Some(start)
}

/// Where the name a setting's head in the possessive belongs to starts:
/// the capitalised word before the head, the Kazakh body words before that
/// and an `өз` "own" (`өз Facebook | парақшасында`, `Үкімет | отырысында`,
/// `Парламент Мәжілісінің | отырысында`); `head` itself when there is none.
/// What comes before it is the speaker's.
pub fn owner_start(w: &Words, floor: usize, head: usize) -> usize {
    use crate::tagger::kk_kind_words::{BODY, kind_of};
    if head <= floor
        || !w.is_cap(head - 1)
        || !crate::entities::kk_morph::ends_possessive(w.text(head))
    {
        return head;
    }
    let mut start = head - 1;
    while start > floor && w.is_cap(start - 1) && kind_of(w.text(start - 1)) & BODY != 0 {
        start -= 1;
    }
    if start > floor && matches!(w.low(start - 1), "өз" | "өзінің") {
        start -= 1;
    }
    start
}

/// Past a setting adjunct that opens at `start` within four words, before
/// `end` (`Қонаевта өткен жиында | аймақта ... ашылатынын`).
pub fn past_adjunct(w: &Words, start: usize, end: usize) -> usize {
    (start..end.min(start + 4))
        .take_while(|&i| w.is_word(i) && (is_setting(w, i) || modifier(w, i)))
        .filter(|&i| is_setting(w, i))
        .last()
        .map_or(start, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn words(text: &str) -> (Document<'_>, usize) {
        let doc = Document::new(text);
        let n = doc.tokens.len();
        (doc, n)
    }

    #[test]
    fn a_setting_before_the_verb_is_skipped() {
        let (doc, n) = words("Тимур Сүлейменов брифингте мәлімдеді");
        let w = Words::new(&doc);
        assert_eq!(adjunct_before(&w, 0, n - 1), Some(2));
        let (doc, n) = words("Тимур Сүлейменов Астанада мәлімдеді");
        let w = Words::new(&doc);
        assert_eq!(adjunct_before(&w, 0, n - 1), None);
    }

    #[test]
    fn content_starts_past_the_setting() {
        let (doc, _) = words("Қонаевта өткен жиында аймақта жұмыс орны ашылатынын айтты");
        let w = Words::new(&doc);
        assert_eq!(past_adjunct(&w, 0, 7), 3);
        let (doc, _) = words("аймақта жұмыс орны ашылатынын айтты");
        let w = Words::new(&doc);
        assert_eq!(past_adjunct(&w, 0, 4), 0);
    }
}
