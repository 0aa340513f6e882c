//! The attribution stage: turns each quote's raw source mention into a
//! speaker — pronouns (`он`/`она` by gender, `it` to an organisation) and
//! surnames (inflected, or spelt one letter apart) resolved to the fullest
//! name the document gives, titles to the person they introduced, acronyms to
//! the name they spell, quotes without a cue kept with the current speaker.

mod acronyms;
mod interview;
mod names;
mod resolve;

use crate::entities::Entity;
use crate::language::Languages;
use crate::quotes::cues::IMPERSONAL;
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;
use crate::text::Document;
use crate::wordlist;

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
    // Names inside quotes are spoken about, not speaking. Quotes are sorted
    // and do not overlap: the one that may hold a name is the last to start
    // at or before it.
    for n in &mut names {
        let i = quoted.partition_point(|q| q.start <= n.start);
        n.quoted = i > 0 && n.start < quoted[i - 1].end;
    }
    let names = names::Names::new(names);
    let turns = interview::turns(doc, entities, &candidates);
    let mut current: Option<Speaker> = None;
    let mut out = Vec::with_capacity(candidates.len());
    let mut key = String::new();
    for (c, &turn) in candidates.into_iter().zip(&turns) {
        let impersonal = c.cue.is_some_and(|cue| {
            cue.slice(doc.text).split_whitespace().any(|w| {
                key.clear();
                wordlist::push_key(w, &mut key);
                IMPERSONAL.contains(&key)
            })
        });
        let speaker = match (c.source, turn) {
            // An interviewer's question: nobody named, nobody carried over.
            (_, Some(interview::Turn::Question)) => None,
            (_, Some(interview::Turn::Answer(Some(e)))) => resolve::resolve(
                doc,
                langs,
                entities,
                &names,
                entities[e].span,
                current.as_ref(),
            ),
            (Some(m), _) => resolve::resolve(doc, langs, entities, &names, m, current.as_ref()),
            // `говорится в сообщении`: nobody named, nobody carried over.
            (None, _) if impersonal => None,
            (None, _) => current.clone(),
        };
        let speaker = speaker.map(|s| match c.source {
            Some(m) => without_article(body_that_spoke(doc.text, m, s, &out)),
            None => s,
        });
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
    backfill_continued(doc, &mut out, &turns);
    out
}

/// An English speaker named by a description is given without its article
/// (`the energy ministry` → `energy ministry`), as a name is.
fn without_article(mut s: Speaker) -> Speaker {
    let rest = ["the ", "The ", "a ", "A ", "an ", "An "]
        .iter()
        .find_map(|a| s.name.strip_prefix(a));
    // `The Independent` is a name.
    if let Some(rest) = rest.filter(|r| r.starts_with(char::is_lowercase)) {
        s.name = rest.to_string();
    }
    s
}

/// `the energy ministry said ...; The ministry said ...`: a body's noun
/// alone is the body of that noun that spoke before, rather than the
/// organisation named last (`OPEC`) when that one is of another kind.
fn body_that_spoke(text: &str, mention: Span, found: Speaker, before: &[Quote]) -> Speaker {
    let said = mention.slice(text).trim().to_lowercase();
    let noun = said.strip_prefix("the ").unwrap_or(&said);
    let last_word = |name: &str| name.rsplit(' ').next().map(str::to_lowercase);
    let body_noun = crate::quotes::cues::ORG_NOUNS.contains(noun);
    if !body_noun || noun.contains(' ') || last_word(&found.name).as_deref() == Some(noun) {
        return found;
    }
    before
        .iter()
        .rev()
        .filter_map(|q| q.speaker.as_ref())
        .find(|s| s.name.contains(' ') && last_word(&s.name).as_deref() == Some(noun))
        .map_or(found, |s| Speaker {
            name: s.name.clone(),
            mention,
            entity: s.entity,
        })
}

/// A direct quote with no cue and no speaker yet, followed in the next
/// paragraph by a direct quote with one, is the start of a multi-paragraph
/// quote: it takes that speaker; not an interviewer's question before its
/// answer.
fn backfill_continued(doc: &Document, quotes: &mut [Quote], turns: &[Option<interview::Turn>]) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        let (q, next) = (&quotes[i], &quotes[i + 1]);
        let continued = turns[i] != Some(interview::Turn::Question)
            && q.kind == QuoteKind::Direct
            && next.kind == QuoteKind::Direct
            && q.cue.is_none()
            && q.speaker.is_none()
            && next.speaker.is_some()
            && interview::next_paragraph(doc, q.span, next.span);
        if continued {
            quotes[i].speaker = quotes[i + 1].speaker.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::EntityType;
    use crate::language;

    /// Every occurrence of `part` in `text`, as an entity.
    fn occurrences(text: &str, part: &str, kind: EntityType, canonical: &str) -> Vec<Entity> {
        text.match_indices(part)
            .map(|(start, _)| Entity {
                span: Span::new(start, start + part.len()),
                kind,
                canonical: canonical.to_string(),
            })
            .collect()
    }

    fn speakers(text: &str, entities: &[Entity]) -> Vec<(String, Option<usize>)> {
        let doc = Document::new(text);
        let langs = language::detect(&doc);
        let candidates = crate::quotes::find(&doc, &langs);
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
            occurrences(text, "Қуандық Алпыс", EntityType::Person, "Қуандық Алпыс"),
            occurrences(text, "Алпыстың", EntityType::Person, "Алпыс"),
        ]
        .concat();
        assert_eq!(
            speakers(text, &entities),
            [
                ("Қуандық Алпыс".to_string(), Some(0)),
                ("Қуандық Алпыс".to_string(), Some(1))
            ]
        );
    }

    #[test]
    fn seed_with_entities_keeps_alpys_for_all_six() {
        let text = include_str!("../../tests/data/seed_kk.txt");
        let mut all = [
            occurrences(text, "Қуандық Алпыс", EntityType::Person, "Қуандық Алпыс"),
            occurrences(text, "Айгерим Тарина", EntityType::Person, "Айгерим Тарина"),
            occurrences(text, "ІІМ", EntityType::Org, "ІІМ"),
            occurrences(text, "Актөбе облысы", EntityType::Loc, "Актөбе облысы"),
        ]
        .concat();
        all.sort_by_key(|e| e.span.start);
        let got = speakers(text, &all);
        assert_eq!(got.len(), 6, "{got:?}");
        assert!(
            got.iter().all(|(name, _)| name == "Қуандық Алпыс"),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_over_an_organisation_is_the_person_named_before() {
        let text = "Министр Игорь Щёголев выступил на форуме. Глава Минсвязи отметил, что тарифы снизятся.";
        let entities = [
            occurrences(text, "Игорь Щёголев", EntityType::Person, "Игорь Щёголев"),
            occurrences(text, "Минсвязи", EntityType::Org, "Минсвязи"),
        ]
        .concat();
        assert_eq!(
            speakers(text, &entities),
            [("Игорь Щёголев".to_string(), Some(0))]
        );
    }
}
