//! The attribution stage: turns each quote's raw source mention into a
//! speaker — pronouns and surnames resolved to the fullest name the document
//! gives, quotes without a cue kept with the current speaker.

use crate::entities::Entity;
use crate::language::Languages;
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;
use crate::text::Document;

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
    _doc: &Document,
    _langs: &Languages,
    _entities: &[Entity],
    candidates: Vec<QuoteCandidate>,
) -> Vec<Quote> {
    candidates
        .into_iter()
        .map(|c| Quote {
            span: c.span,
            kind: c.kind,
            cue: c.cue,
            speaker: None,
        })
        .collect()
}
