//! The names a document gives, for expanding a surname or a pronoun to the
//! fullest name: person entities, and runs of capitalised words.

use super::Speaker;
use crate::entities::{Entity, EntityType, canonical};
use crate::language::{Lang, Languages};
use crate::quotes::cues::{DISCOURSE, PLACE_PREPOSITIONS, TITLES};
use crate::span::Span;
use crate::text::Document;
use crate::wordlist;

/// A full name the document gives, and where.
#[derive(Clone, Debug)]
pub struct Name {
    pub name: String,
    pub start: usize,
    pub entity: Option<usize>,
}

impl Name {
    /// The speaker this name stands for at `mention`.
    pub fn speaker(&self, mention: Span) -> Speaker {
        Speaker {
            name: self.name.clone(),
            mention,
            entity: self.entity,
        }
    }
}

/// Patronymics stay with the name they follow (`Дмитрий Анатольевич Медведев`).
fn is_patronymic(word: &str) -> bool {
    ["ович", "евич", "овна", "евна", "ұлы", "қызы", "улы", "кызы"]
        .iter()
        .any(|s| word.ends_with(s))
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// All names of two or more words in `doc`, in text order.
pub fn collect(doc: &Document, langs: &Languages, entities: &[Entity]) -> Vec<Name> {
    let mut out: Vec<Name> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person && e.canonical.contains(' '))
        .map(|(i, e)| Name {
            name: e.canonical.clone(),
            start: e.span.start,
            entity: Some(i),
        })
        .collect();
    for &sent in &doc.sentences {
        let toks = doc.tokens_in(sent);
        let mut i = 0;
        while i < toks.len() {
            // `Ал Алматы`, `However John`, `Глава Минсвязи`: an opener or a
            // title is not part of a name.
            let lower = toks[i].text(doc.text).to_lowercase();
            if DISCOURSE.contains(&lower) || TITLES.contains(&lower) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < toks.len() && capitalised(toks[j].text(doc.text)) {
                j += 1;
            }
            // `в Западном Иерусалиме`, `Алматыда`: places, not people.
            let after_preposition =
                i > 0 && PLACE_PREPOSITIONS.contains(&toks[i - 1].text(doc.text).to_lowercase());
            let kk = langs.at(doc, toks[i].span.start) == Lang::Kk;
            let locative = j > i
                && kk
                && ["да", "де", "та", "те", "нда", "нде"]
                    .iter()
                    .any(|s| toks[j - 1].text(doc.text).ends_with(s));
            // `Қасым-Жомарт Тоқаев Үкіметтің отырысы`: a Kazakh genitive
            // ending the run modifies what follows; it is no part of the name.
            if kk
                && j - i >= 3
                && ["ның", "нің", "дың", "дің", "тың", "тің"]
                    .iter()
                    .any(|s| toks[j - 1].text(doc.text).ends_with(s))
            {
                j -= 1;
            }
            if j - i >= 2 && !after_preposition && !locative {
                // The last word with the one before it (two with a patronymic).
                let mut a = j - 2;
                if a > i && is_patronymic(toks[a].text(doc.text)) {
                    a -= 1;
                }
                let span = Span::new(toks[a].span.start, toks[j - 1].span.end);
                let lang = langs.at(doc, span.start);
                out.push(Name {
                    name: canonical(span.slice(doc.text), lang),
                    start: span.start,
                    entity: None,
                });
            }
            i = j.max(i + 1);
        }
    }
    out.sort_by_key(|n| n.start);
    out
}

/// Same word up to an inflection: `Ратманского`/`Ратманский`, `Алпыстың`/`Алпыс`.
pub fn same_stem(a: &str, b: &str) -> bool {
    let a: Vec<char> = wordlist::key(a).chars().collect();
    let b: Vec<char> = wordlist::key(b).chars().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let short = a.len().min(b.len());
    a == b
        || (short >= 3
            && common >= short.saturating_sub(2).max(3)
            && common + 4 >= a.len().max(b.len()))
}

/// The fullest name of `names` whose last word is `word`.
pub fn fullest<'n>(names: &'n [Name], word: &str) -> Option<&'n Name> {
    names
        .iter()
        .filter(|n| {
            n.name
                .split_whitespace()
                .last()
                .is_some_and(|l| same_stem(l, word))
        })
        .max_by_key(|n| {
            (
                n.entity.is_some(),
                n.name.split_whitespace().count(),
                std::cmp::Reverse(n.start),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert!(same_stem("Ратманского", "Ратманский"));
        assert!(same_stem("Алпыстың", "Алпыс"));
        assert!(same_stem("Данна", "Данн"));
        assert!(!same_stem("Иванов", "Петров"));
        assert!(!same_stem("Ал", "Алпыс"));
    }
}
