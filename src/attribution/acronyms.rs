//! Acronyms spelt out: `ФАС` stands for the `Федеральная антимонопольная
//! служба` the article named before, `ОБСЕ` for the `Организация по
//! безопасности и сотрудничеству в Европе`. The speaker's name is the full
//! one, as for people.

use crate::span::Span;
use crate::text::letters::{is_lower, is_upper, push_upper};
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

/// Where spelt-out names may start: the capitalised words (with a small
/// letter, so not acronyms themselves), by the capital their initials open
/// with. Made once per document; each acronym then tries only the words
/// that open as it does.
pub struct Openings(FxHashMap<char, Vec<u32>>);

impl Openings {
    pub fn of(doc: &Document) -> Self {
        let mut by_initial: FxHashMap<char, Vec<u32>> = FxHashMap::default();
        let mut initial = String::new();
        for (i, t) in doc.tokens.iter().enumerate() {
            if !t.is_capitalised() {
                continue;
            }
            let first = t.text(doc.text);
            if !first.chars().any(is_lower) {
                continue;
            }
            initial.clear();
            if let Some(c) = first.chars().next() {
                push_upper(c, &mut initial);
            }
            if let Some(c) = initial.chars().next() {
                by_initial.entry(c).or_default().push(i as u32);
            }
        }
        Openings(by_initial)
    }

    /// The first run of two to six words in the text, opening with a
    /// capitalised word, whose initials spell `acronym` (small words such as
    /// `по`, `и`, `of` left out).
    pub fn spelt_out(&self, doc: &Document, acronym: &str) -> Option<Span> {
        let starts = self.0.get(&acronym.chars().next()?)?;
        let toks = &doc.tokens;
        let mut key = String::new();
        for &i in starts {
            let (i, t) = (i as usize, &toks[i as usize]);
            key.clear();
            let mut words = 0;
            for (j, u) in toks.iter().enumerate().skip(i) {
                // Words of one name sit next to each other, one space apart.
                if u.kind == TokenKind::Punct || (j > i && u.span.start > toks[j - 1].span.end + 1)
                {
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
                // Initials only grow: once they stop spelling the start of
                // the acronym, no longer run does.
                if !acronym.starts_with(key.as_str()) || words > 6 {
                    break;
                }
                if words >= 2 && key == acronym {
                    return Some(Span::new(t.span.start, u.span.end));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_out_with_small_words_left_out() {
        let text = "Организация по безопасности и сотрудничеству в Европе отметила. Федеральная антимонопольная служба решила.";
        let doc = Document::new(text);
        let openings = Openings::of(&doc);
        let spelt = |acronym| openings.spelt_out(&doc, acronym).map(|s| s.slice(text));
        assert_eq!(
            spelt("ОБСЕ"),
            Some("Организация по безопасности и сотрудничеству в Европе")
        );
        assert_eq!(spelt("ФАС"), Some("Федеральная антимонопольная служба"));
        assert_eq!(spelt("ОБ"), Some("Организация по безопасности"));
        assert_eq!(spelt("ФАСС"), None);
        assert_eq!(spelt("АС"), None, "a run opens with a capitalised word");
        assert!(is_acronym("ФАС") && !is_acronym("Фас") && !is_acronym("А"));
    }
}
