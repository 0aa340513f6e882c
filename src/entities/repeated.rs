//! A surname the document has already given in a full name is a person
//! wherever it comes back as a capitalised word no entity covers
//! (`Barack Obama … , Obama said`, `Юрий Лужков … позицию Лужкова`): the
//! tagger reads one sentence at a time and can miss such lone mentions.

use super::lexicon::FxSet;
use super::{Entity, EntityType, canonical};
use crate::language::Languages;
use crate::text::Document;
use crate::wordlist;

/// Adds the lone surname mentions to `entities` (sorted by start, not
/// overlapping), keeping both properties.
pub fn add_repeated_surnames(doc: &Document, langs: &Languages, entities: &mut Vec<Entity>) {
    let surnames: FxSet<String> = entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .filter_map(|e| e.canonical.rsplit_once(' ').map(|(_, last)| last))
        .filter(|last| last.chars().count() >= 3 && !last.ends_with('.'))
        .map(wordlist::key)
        .collect();
    if surnames.is_empty() {
        return;
    }
    // Per word id and language, whether the word's dictionary form is one
    // of the surnames: worked out once, not at every capitalised token.
    let mut is_surname: Vec<[Option<bool>; 4]> = vec![[None; 4]; doc.word_count()];
    // Per word id, whether the word's own key is one: a name comes back
    // many times, and each asking hashed its key.
    let mut key_is_surname: Vec<Option<bool>> = vec![None; doc.word_count()];
    let mut added = Vec::new();
    let mut next = 0;
    for (i, token) in doc.tokens.iter().enumerate() {
        if !token.is_capitalised() {
            continue;
        }
        while next < entities.len() && entities[next].span.end <= token.span.start {
            next += 1;
        }
        if entities
            .get(next)
            .is_some_and(|e| e.span.start < token.span.end)
        {
            continue;
        }
        let word = token.text(doc.text);
        let w = doc.word(i);
        let canonical = if *key_is_surname[w].get_or_insert_with(|| surnames.contains(doc.key(i))) {
            word.to_string()
        } else {
            let lang = langs.at(doc, token.span.start);
            let known = &mut is_surname[w][lang as usize];
            if *known == Some(false) {
                continue;
            }
            let form = canonical(word, lang);
            if !*known.get_or_insert_with(|| surnames.contains(&wordlist::key(&form))) {
                continue;
            }
            form
        };
        added.push(Entity {
            span: token.span,
            kind: EntityType::Person,
            canonical,
        });
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| e.span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language;

    fn persons(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text);
        let langs = language::detect(&doc);
        crate::entities::recognise(&doc, &langs)
            .into_iter()
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| (e.span.slice(text).to_string(), e.canonical))
            .collect()
    }

    #[test]
    fn a_lone_surname_after_the_full_name_is_a_person() {
        let found = persons("Barack Obama met the press. The talks went well, Obama said.");
        assert!(
            found.contains(&("Obama".into(), "Obama".into())),
            "{found:?}"
        );
    }

    #[test]
    fn an_inflected_surname_takes_its_dictionary_form() {
        let found = persons("Қуандық Алпыс келді. Бұл Алпыстың сөзі еді.");
        assert!(
            found.contains(&("Алпыстың".into(), "Алпыс".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_word_no_full_name_ends_with_stays_plain() {
        let found = persons("Barack Obama met the press. Later, Reuters said so.");
        assert!(found.iter().all(|(t, _)| t != "Reuters"), "{found:?}");
    }
}
