//! The quotes stage: direct quotes (in marks or after a speech dash) and
//! reported speech, each with the cue that introduces it and the raw mention
//! of its source, if the sentence names one.

use serde::{Deserialize, Serialize};

use crate::entities::Entity;
use crate::language::Languages;
use crate::span::Span;
use crate::text::Document;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// A quote as found in the text, before its source is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteCandidate {
    /// The content, without quotation marks (see `QUOTE_GUIDELINES.md`).
    pub span: Span,
    pub kind: QuoteKind,
    /// The reporting word or phrase (`деді`, `по словам`, `said`).
    pub cue: Option<Span>,
    /// The words naming the source next to the cue, as written: a name, a
    /// pronoun (`ол`), a title or an organisation. Resolved by attribution.
    pub source: Option<Span>,
}

/// Finds the quotes of `doc`, sorted by start, not overlapping.
pub fn find(_doc: &Document, _langs: &Languages, _entities: &[Entity]) -> Vec<QuoteCandidate> {
    Vec::new()
}
