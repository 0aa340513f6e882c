//! A foreign man's surname declines in Russian (`Раймонда Паулса`, `Оливеру
//! Кану`), and no list knows its nominative, so the canonical form keeps the
//! case. When the same document names him by the surname alone as written
//! in the nominative (`Паулс`), the full name takes that form, and the first
//! name drops the same case ending (`Раймонд Паулс`).

use super::canonical::listed_as_written;
use super::{Entity, EntityType};
use crate::language::{Lang, Languages};
use crate::text::Document;

/// Case endings of a man's name that ends in a consonant (genitive and
/// accusative, dative, instrumental, prepositional), longest first.
const CASE_ENDINGS: &[&str] = &["ом", "а", "у", "е"];

/// Endings of Russian surnames (`Каренина` is `Каренин`'s wife, not his
/// genitive): the canonical form's own rules read those.
const RUSSIAN_SURNAME_ENDINGS: &[&str] = &["ов", "ев", "ёв", "ин", "ын"];

/// Puts each Russian two-word person name whose surname is a case of a
/// surname the document gives alone into the nominative.
pub fn agree(doc: &Document, langs: &Languages, entities: &mut [Entity]) {
    let russian_person =
        |e: &Entity| e.kind == EntityType::Person && langs.at(doc, e.span.start) == Lang::Ru;
    let alone: Vec<String> = entities
        .iter()
        .filter(|e| russian_person(e) && !e.canonical.contains(' '))
        .map(|e| e.canonical.clone())
        .collect();
    if alone.is_empty() {
        return;
    }
    for e in entities.iter_mut().filter(|e| russian_person(e)) {
        if let Some(form) = nominative(&e.canonical, &alone) {
            e.canonical = form;
        }
    }
}

/// `name` (`first last`) in the nominative, if its last word is one of
/// `alone` and a case ending.
fn nominative(name: &str, alone: &[String]) -> Option<String> {
    let (first, last) = name.split_once(' ')?;
    if last.contains(' ') {
        return None;
    }
    let (surname, ending) = CASE_ENDINGS.iter().find_map(|&ending| {
        let stem = last.strip_suffix(ending)?;
        alone.iter().any(|a| a == stem).then_some((stem, ending))
    })?;
    if surname.chars().nth(1).is_none()
        || RUSSIAN_SURNAME_ENDINGS.iter().any(|e| surname.ends_with(e))
    {
        return None;
    }
    // `Виктор Бута`: the first name is already the nominative. Otherwise it
    // has the surname's ending (`Оливера`); a name in another case
    // (`Никиты Кана`) is left as it is.
    let first = if listed_as_written(first) {
        first
    } else {
        first
            .strip_suffix(ending)
            .filter(|f| f.chars().nth(1).is_some())?
    };
    Some(format!("{first} {surname}"))
}

#[cfg(test)]
mod tests {
    use super::nominative;

    fn alone(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn a_declined_foreign_surname_takes_the_form_given_alone() {
        let known = alone(&["Паулс", "Кан", "Бут", "Каренин", "Никитин"]);
        for (name, want) in [
            ("Раймонда Паулса", Some("Раймонд Паулс")),
            ("Оливеру Кану", Some("Оливер Кан")),
            ("Оливером Каном", Some("Оливер Кан")),
            ("Виктор Бута", Some("Виктор Бут")),
            // Another case on the first name, or no ending shared: unsure.
            ("Никиты Кана", None),
            ("Наото Кана", None),
            // A Russian surname's -а is a woman's, not a case.
            ("Анна Каренина", None),
            ("Ольга Никитина", None),
            // Already the nominative, or a surname the document never
            // gives alone.
            ("Раймонд Паулс", None),
            ("Марка Дуггана", None),
            ("Роальд Зиннурович Сагдеев", None),
        ] {
            assert_eq!(nominative(name, &known).as_deref(), want, "{name}");
        }
    }
}
