//! The entities stage: people, organisations, places, dates, times, sums,
//! percentages and quantities, each with its dictionary (canonical) form.

pub mod canonical;
mod kk_morph;
mod lexicon;
mod names;
mod numeric;
mod ru_morph;
mod word_clues;

use serde::{Deserialize, Serialize};

use crate::language::Languages;
use crate::span::Span;
use crate::text::Document;

pub use canonical::canonical;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Loc,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
        EntityType::Quantity,
    ];

    /// The name used in the JSON format and by the scorer (`PERSON`, `ORG`, ...).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
            EntityType::Quantity => "QUANTITY",
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Whole words, suffixes included (`Қазақстанда`).
    pub span: Span,
    pub kind: EntityType,
    /// Dictionary form (`Қазақстан`).
    pub canonical: String,
}

/// A possible entity, before overlaps are settled.
struct Candidate {
    span: Span,
    kind: EntityType,
    canonical: String,
    /// Which wins an overlap: higher first, then the longer span.
    weight: u8,
}

impl Candidate {
    fn new(span: Span, kind: EntityType, canonical: String, weight: u8) -> Self {
        Candidate {
            span,
            kind,
            canonical,
            weight,
        }
    }
}

/// Finds the entities of `doc`, sorted by start, not overlapping.
pub fn recognise(doc: &Document, langs: &Languages) -> Vec<Entity> {
    let mut candidates = Vec::new();
    for &sentence in &doc.sentences {
        let lang = langs.at(doc, sentence.start);
        let tokens = doc.tokens_in(sentence);
        numeric::find(doc.text, tokens, &mut candidates);
        names::find(doc.text, tokens, lang, &mut candidates);
    }
    agree(&mut candidates);
    resolve(candidates)
}

/// A guessed name takes the type the document gives it elsewhere: a lone
/// `Алпыс` after `Қуандық Алпыс` is a person too.
fn agree(candidates: &mut [Candidate]) {
    use std::collections::HashMap;
    let mut known: HashMap<String, EntityType> = HashMap::new();
    // Sure names, and guessed people of two or more words (`Юрген
    // Клинсман` makes a later `Клинсман` a person).
    let is_source =
        |c: &Candidate| c.weight > 0 || (c.kind == EntityType::Person && c.canonical.contains(' '));
    for c in candidates.iter().filter(|c| is_source(c)) {
        if matches!(
            c.kind,
            EntityType::Person | EntityType::Org | EntityType::Loc
        ) {
            known.entry(c.canonical.clone()).or_insert(c.kind);
            if c.kind == EntityType::Person
                && let Some(last) = c.canonical.split_whitespace().last()
            {
                known.entry(last.to_string()).or_insert(EntityType::Person);
            }
        }
    }
    for c in candidates.iter_mut().filter(|c| c.weight == 0) {
        // An acronym is no one's surname (`ФИДЕ` after `президент ФИДЕ ...`).
        let acronym = c.canonical.chars().all(|ch| !ch.is_lowercase());
        if let Some(&kind) = known.get(&c.canonical)
            && !(acronym && kind == EntityType::Person)
        {
            c.kind = kind;
        }
        c.weight = 1;
    }
}

/// Keeps the best of overlapping candidates (heavier, then longer, then
/// earlier), sorted by start.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Entity> {
    candidates.retain(|c| !c.span.is_empty());
    candidates.sort_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans never overlap, so the one starting last before a
    // candidate's end is the only one that can overlap it.
    let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let clash = taken
            .range(..c.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        if !clash {
            taken.insert(c.span.start, c.span.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.span.start);
    kept.into_iter()
        .map(|c| Entity {
            span: c.span,
            kind: c.kind,
            canonical: c.canonical,
        })
        .collect()
}
