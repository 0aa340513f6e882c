//! The attribution stage: turns each quote's raw source mention into a
//! speaker — pronouns and surnames resolved to the fullest name the document
//! gives, quotes without a cue kept with the current speaker.

mod names;

use crate::entities::{Entity, EntityType, canonical};
use crate::language::Languages;
use crate::quotes::cues::{IMPERSONAL, PRONOUNS, TITLES};
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;
use crate::text::Document;

pub use names::same_stem;

/// Who said a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The fullest name the document gives, in its dictionary form.
    pub name: String,
    /// The mention the attribution used (may be a pronoun or a surname).
    pub mention: Span,
    /// Index into the entity list of the mention's entity, where there is one.
    pub entity: Option<usize>,
}

/// A quote with its resolved speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    pub kind: QuoteKind,
    pub cue: Option<Span>,
    pub speaker: Option<Speaker>,
}

pub fn attribute(
    doc: &Document,
    langs: &Languages,
    entities: &[Entity],
    candidates: Vec<QuoteCandidate>,
) -> Vec<Quote> {
    let quoted: Vec<Span> = candidates.iter().map(|c| c.span).collect();
    let mut names = names::collect(doc, langs, entities);
    // Names inside quotes are spoken about, not speaking.
    names.retain(|n| {
        n.entity.is_some() || !quoted.iter().any(|q| q.start <= n.start && n.start < q.end)
    });
    let mut current: Option<Speaker> = None;
    let mut out = Vec::with_capacity(candidates.len());
    for c in candidates {
        let impersonal = c.cue.is_some_and(|cue| {
            let cue = cue.slice(doc.text).to_lowercase();
            cue.split_whitespace().any(|w| IMPERSONAL.contains(w))
        });
        let speaker = match c.source {
            Some(m) => resolve(doc, langs, entities, &names, m, current.as_ref()),
            // `говорится в сообщении`: nobody named, nobody carried over.
            None if impersonal => None,
            None => current.clone(),
        };
        if let Some(s) = &speaker {
            current = Some(s.clone());
        }
        out.push(Quote {
            span: c.span,
            kind: c.kind,
            cue: c.cue,
            speaker,
        });
    }
    backfill_continued(doc, &mut out);
    out
}

/// A direct quote with no cue and no speaker yet, followed in the next
/// paragraph by a direct quote with one, is the start of a multi-paragraph
/// quote: it takes that speaker.
fn backfill_continued(doc: &Document, quotes: &mut [Quote]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (q, next) = (&quotes[i], &quotes[i + 1]);
        let continued = q.kind == QuoteKind::Direct
            && next.kind == QuoteKind::Direct
            && q.cue.is_none()
            && q.speaker.is_none()
            && next.speaker.is_some()
            && doc
                .paragraph_at(q.span.start)
                .zip(doc.paragraph_at(next.span.start))
                .is_some_and(|(a, b)| b == a + 1);
        if continued {
            quotes[i].speaker = quotes[i + 1].speaker.clone();
        }
    }
}

/// The speaker a mention stands for.
fn resolve(
    doc: &Document,
    langs: &Languages,
    entities: &[Entity],
    names: &[names::Name],
    mention: Span,
    current: Option<&Speaker>,
) -> Option<Speaker> {
    // `«Лента.ру»`: the marks are not part of the name.
    let mention = mention.trim_by(doc.text, |c| {
        c.is_whitespace() || "«»\"“”„‘’'‹›()".contains(c)
    });
    if mention.is_empty() {
        return current.cloned();
    }
    let text = mention.slice(doc.text);
    let lower = text.to_lowercase().replace('ё', "е");
    if PRONOUNS.contains(&lower) {
        return pronoun(doc, entities, names, mention, current);
    }
    // An entity inside the mention names it best; else a run of
    // capitalised words in it (`Глава делегации Саеб Эрекат` → `Саеб Эрекат`).
    // A person in the mention wins; an organisation only when the mention
    // is not a title over it (`глава Минсвязи` is a person).
    let titled = lower.split_whitespace().take(2).any(is_title);
    let entity = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.span.overlaps(mention)
                && (e.kind == EntityType::Person || (e.kind == EntityType::Org && !titled))
        })
        .max_by_key(|(_, e)| (e.kind == EntityType::Person, e.span.end));
    let lang = langs.at(doc, mention.start);
    let (name, entity_index) = match entity {
        Some((i, e)) => (e.canonical.clone(), Some(i)),
        None => (
            canonical(name_part(doc.text, mention).slice(doc.text), lang),
            None,
        ),
    };
    let has_name = name
        .split_whitespace()
        .filter(|w| starts_upper(w) && !is_title(w))
        .count()
        >= 2;
    // `Президент Обама`: the title's bearer is named.
    if titled
        && !has_name
        && let Some(surname) = name
            .split_whitespace()
            .rfind(|w| starts_upper(w) && !is_title(w) && w.chars().any(char::is_lowercase))
        && name.split_whitespace().last() == Some(surname)
        && entity_index.is_none()
        && !names_a_place_or_body(doc.text, entities, mention, surname)
        // Only a known person: `Премьер-министр Израиля` is a title.
        && let Some(full) = names::fullest(names, surname)
    {
        return Some(Speaker {
            name: full.name.clone(),
            mention,
            entity: full.entity,
        });
    }
    // A job title alone (`министр`, `премьер`) stands for the person the
    // text last named; only when it names nobody is the title the speaker.
    if entity_index.is_none() && !has_name && titled {
        return Some(last_named(names, mention, current).unwrap_or(Speaker {
            name,
            mention,
            entity: None,
        }));
    }
    let last = name.split_whitespace().last().unwrap_or("").to_string();
    if starts_upper(&last)
        && name.split_whitespace().count() == 1
        && let Some(full) = names::fullest(names, &last)
    {
        return Some(Speaker {
            name: full.name.clone(),
            mention,
            entity: entity_index.or(full.entity),
        });
    }
    Some(Speaker {
        name,
        mention,
        entity: entity_index,
    })
}

/// `surname` (the end of `mention`) is an organisation or place entity:
/// `глава Минсвязи`, `президент Казахстана`.
fn names_a_place_or_body(text: &str, entities: &[Entity], mention: Span, surname: &str) -> bool {
    let start = mention.end.saturating_sub(surname.len());
    let span = Span::new(start, mention.end);
    text.get(start..mention.end) == Some(surname)
        && entities
            .iter()
            .any(|e| e.kind != EntityType::Person && e.span.overlaps(span))
}

/// A singular job title, in any case (`президента`, `министру`).
fn is_title(word: &str) -> bool {
    let w = word.to_lowercase();
    TITLES.contains(&w)
        || [
            "а", "я", "у", "ю", "ом", "ем", "е", "ның", "нің", "дың", "дің", "тың", "тің",
        ]
        .iter()
        .any(|end| {
            w.strip_suffix(end)
                .is_some_and(|stem| TITLES.contains(stem))
        })
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The last run of two or more capitalised words in `mention`, or all of it.
fn name_part(text: &str, mention: Span) -> Span {
    let s = mention.slice(text);
    let mut best: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize, usize)> = None; // start, end, words
    let mut offset = 0;
    for word in s.split(' ') {
        let (start, end) = (offset, offset + word.len());
        offset = end + 1;
        if starts_upper(word) {
            let r = run.map_or((start, end, 1), |(a, _, n)| (a, end, n + 1));
            if r.2 >= 2 {
                best = Some((r.0, r.1));
            }
            run = Some(r);
        } else {
            run = None;
        }
    }
    // Only a name that ends the mention: `Глава делегации Саеб Эрекат`,
    // not `A radical Shiite Muslim cleric`.
    match best {
        Some((a, b)) if a > 0 && b == s.len() => Span::new(mention.start + a, mention.start + b),
        _ => mention,
    }
}

/// The person the text named last before `mention`: the current speaker
/// or a later full name.
fn last_named(names: &[names::Name], mention: Span, current: Option<&Speaker>) -> Option<Speaker> {
    let current = current.filter(|c| {
        c.name
            .split_whitespace()
            .filter(|w| starts_upper(w))
            .count()
            >= 2
    });
    let named = names.iter().rev().find(|n| n.start < mention.start);
    match (named, current) {
        (Some(n), Some(c)) if n.start <= c.mention.start => Some(Speaker {
            mention,
            ..c.clone()
        }),
        (Some(n), _) => {
            let full =
                names::fullest(names, n.name.split_whitespace().last().unwrap_or("")).unwrap_or(n);
            Some(Speaker {
                name: full.name.clone(),
                mention,
                entity: full.entity,
            })
        }
        (None, Some(c)) => Some(Speaker {
            mention,
            ..c.clone()
        }),
        (None, None) => None,
    }
}

/// `ол`, `он`, `he`: the current speaker, else the last person named before.
fn pronoun(
    doc: &Document,
    entities: &[Entity],
    names: &[names::Name],
    mention: Span,
    current: Option<&Speaker>,
) -> Option<Speaker> {
    // A person named after the current speaker's mention, in this sentence
    // or the one before, is the likelier antecedent.
    let sentence = doc.sentences.partition_point(|s| s.end <= mention.start);
    let window_start = doc
        .sentences
        .get(sentence.saturating_sub(1))
        .map_or(0, |s| s.start);
    let recent = names
        .iter()
        .rev()
        .find(|n| n.start < mention.start && n.start >= window_start)
        .filter(|n| current.is_none_or(|c| n.start > c.mention.end));
    if let Some(n) = recent {
        let full =
            names::fullest(names, n.name.split_whitespace().last().unwrap_or("")).unwrap_or(n);
        return Some(Speaker {
            name: full.name.clone(),
            mention,
            entity: full.entity,
        });
    }
    if let Some(c) = current {
        return Some(Speaker {
            name: c.name.clone(),
            mention,
            entity: c.entity,
        });
    }
    let person = entities
        .iter()
        .enumerate()
        .rev()
        .find(|(_, e)| e.kind == EntityType::Person && e.span.end <= mention.start);
    if let Some((i, e)) = person {
        return Some(Speaker {
            name: e.canonical.clone(),
            mention,
            entity: Some(i),
        });
    }
    names
        .iter()
        .rev()
        .find(|n| n.start < mention.start)
        .map(|n| Speaker {
            name: n.name.clone(),
            mention,
            entity: n.entity,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language;

    fn entity(text: &str, part: &str, kind: EntityType, canonical: &str) -> Entity {
        let start = text.find(part).unwrap();
        Entity {
            span: Span::new(start, start + part.len()),
            kind,
            canonical: canonical.to_string(),
        }
    }

    fn speakers(text: &str, entities: &[Entity]) -> Vec<(String, Option<usize>)> {
        let doc = Document::new(text);
        let langs = language::detect(&doc);
        let candidates = crate::quotes::find(&doc, &langs, entities);
        attribute(&doc, &langs, entities, candidates)
            .into_iter()
            .map(|q| {
                q.speaker
                    .map_or((String::new(), None), |s| (s.name, s.entity))
            })
            .collect()
    }

    #[test]
    fn entities_name_the_speaker_and_surnames_expand() {
        let text = "«Иә, бәрі дайын», – деді Қуандық Алпыс. Алпыстың айтуынша, жұмыс жалғасады.";
        let entities = [
            entity(text, "Қуандық Алпыс", EntityType::Person, "Қуандық Алпыс"),
            entity(text, "Алпыстың", EntityType::Person, "Алпыс"),
        ];
        assert_eq!(
            speakers(text, &entities),
            [
                ("Қуандық Алпыс".to_string(), Some(0)),
                ("Қуандық Алпыс".to_string(), Some(1))
            ]
        );
    }

    #[test]
    fn a_title_over_an_organisation_is_the_person_named_before() {
        let text = "Министр Игорь Щёголев выступил на форуме. Глава Минсвязи отметил, что тарифы снизятся.";
        let entities = [
            entity(text, "Игорь Щёголев", EntityType::Person, "Игорь Щёголев"),
            entity(text, "Минсвязи", EntityType::Org, "Минсвязи"),
        ];
        assert_eq!(
            speakers(text, &entities),
            [("Игорь Щёголев".to_string(), Some(0))]
        );
    }
}
