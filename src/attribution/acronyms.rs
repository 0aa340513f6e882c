//! Acronyms spelt out: `ФАС` stands for the `Федеральная антимонопольная
//! служба` the article named before, `ОБСЕ` for the `Организация по
//! безопасности и сотрудничеству в Европе`. The speaker's name is the full
//! one, as for people.

use crate::span::Span;
use crate::text::letters::{is_lower, is_upper, push_upper, starts_upper};
use crate::text::{Document, TokenKind};
use crate::wordlist::FxHashMap;

/// Small words an acronym leaves out (`по`, `и`, `of`, `the`).
fn skipped(word: &str) -> bool {
    matches!(
        word,
        "по" | "и" | "в" | "на" | "о" | "of" | "for" | "the" | "and" | "on" | "de" | "мен" | "және"
    )
}

/// A word of two to six capital letters (`ФАС`, `NATO`).
pub fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=6).contains(&n) && word.chars().all(is_upper)
}

/// Every run of two to six words opening with a capitalised word, keyed by
/// the capitals of its initials; the first run in the text wins.
pub fn expansions(doc: &Document) -> FxHashMap<String, Span> {
    let mut out = FxHashMap::default();
    let toks = &doc.tokens;
    for (i, t) in toks.iter().enumerate() {
        let first = t.text(doc.text);
        if t.kind == TokenKind::Punct || !starts_upper(first) || !first.chars().any(is_lower) {
            continue;
        }
        let mut key = String::new();
        let mut words = 0;
        for (j, u) in toks.iter().enumerate().skip(i) {
            // Words of one name sit next to each other, one space apart.
            if u.kind == TokenKind::Punct || (j > i && u.span.start > toks[j - 1].span.end + 1) {
                break;
            }
            let word = u.text(doc.text);
            if j > i && skipped(word) {
                continue;
            }
            if let Some(c) = word.chars().next() {
                push_upper(c, &mut key);
            }
            words += 1;
            if words >= 2 && !out.contains_key(&key) {
                out.insert(key.clone(), Span::new(t.span.start, u.span.end));
            }
            if words == 6 {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_out_with_small_words_left_out() {
        let text = "Организация по безопасности и сотрудничеству в Европе отметила. Федеральная антимонопольная служба решила.";
        let doc = Document::new(text);
        let map = expansions(&doc);
        assert_eq!(
            map["ОБСЕ"].slice(text),
            "Организация по безопасности и сотрудничеству в Европе"
        );
        assert_eq!(map["ФАС"].slice(text), "Федеральная антимонопольная служба");
        assert!(is_acronym("ФАС") && !is_acronym("Фас") && !is_acronym("А"));
    }
}
