//! The quotes stage: direct quotes (in marks or after a speech dash) and
//! reported speech, each with the cue that introduces it and the raw mention
//! of its source, if the sentence names one.
//!
//! - [`marks`] pairs quotation marks within a paragraph;
//! - [`direct`] decides which marked stretches are quotes and finds their cue;
//! - [`dash`] reads dash speech; [`reported`] reads indirect speech;
//! - [`source`] finds the mention of the source next to a cue;
//! - [`cues`] loads the word lists of `data/quotes/`.

pub mod cues;
pub mod dash;
pub mod direct;
pub mod marks;
mod overlaps;
pub mod reported;
mod settings;
pub mod source;
pub mod words;

use serde::{Deserialize, Serialize};

use crate::language::Languages;
use crate::span::Span;
use crate::text::Document;
use crate::wordlist::FxHashMap;
use overlaps::SpanIndex;

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
pub fn find(doc: &Document, langs: &Languages) -> Vec<QuoteCandidate> {
    let w = words::Words::new(doc);
    let mut direct = direct::find(&w, langs);
    let mut taken = SpanIndex::default();
    for q in &direct {
        taken.insert(q.span, ());
    }
    let mut nested = Vec::new();
    for d in dash::find(&w, langs) {
        let inside: Vec<Span> = taken.overlapping(d.span).map(|&(s, _)| s).collect();
        // Marked words inside an answer are the answer's, not a quote of
        // their own (`– Кітап биыл шығады. Баспагер «асықпа» деп кеңес
        // берді.`); a dash before marked words alone leaves them be.
        let holds_them = !inside.is_empty()
            && inside.iter().all(|&s| d.span.contains(s))
            && words_around(doc.text, d.span, &inside);
        if inside.is_empty() || holds_them {
            nested.extend(inside);
            taken.insert(d.span, ());
            direct.push(d);
        }
    }
    if !nested.is_empty() {
        direct.retain(|q| !nested.contains(&q.span));
    }
    let reported = reported::find(&w, langs);
    settle(direct, reported)
}

/// Whether `span` holds a letter outside the spans `inside` it.
fn words_around(text: &str, span: Span, inside: &[Span]) -> bool {
    text[span.start..span.end].char_indices().any(|(i, c)| {
        c.is_alphabetic()
            && !inside
                .iter()
                .any(|s| (s.start..s.end).contains(&(span.start + i)))
    })
}

/// Merges direct and indirect quotes so none overlap. A short marked phrase
/// inside reported speech (`said the attack was "criminal"`) belongs to it;
/// otherwise the direct quote wins.
fn settle(direct: Vec<QuoteCandidate>, reported: Vec<QuoteCandidate>) -> Vec<QuoteCandidate> {
    let mut dropped_direct = vec![false; direct.len()];
    // Each direct quote's cue, with the earliest start of the quotes it
    // introduces.
    let mut direct_cues: FxHashMap<Span, usize> = FxHashMap::default();
    for d in &direct {
        if let Some(c) = d.cue {
            let start = direct_cues.entry(c).or_insert(d.span.start);
            *start = (*start).min(d.span.start);
        }
    }
    let mut by_span = SpanIndex::default();
    for (i, d) in direct.iter().enumerate() {
        by_span.insert(d.span, i);
    }
    let mut taken = SpanIndex::default();
    let mut out = Vec::new();
    for r in reported {
        // `"...," says Brett Alexander, vice-president of ...`: the verb
        // belongs to the direct quote, unless the two stand on its two
        // sides (`X CONTENT-ғанын атап өтті: «...»`: what was said of it,
        // then the words).
        let mut keep = !r.cue.is_some_and(|c| {
            direct_cues
                .get(&c)
                .is_some_and(|&d| !(r.span.end <= c.start && d >= c.end))
        });
        for &(_, i) in by_span.overlapping(r.span) {
            let d = &direct[i];
            let same_cue = d.cue.is_some() && d.cue == r.cue;
            if !same_cue && r.span.contains(d.span) && d.span.len() * 10 < r.span.len() * 6 {
                dropped_direct[i] = true;
            } else {
                keep = false;
            }
        }
        if keep && !taken.overlaps(r.span) {
            taken.insert(r.span, ());
            out.push(r);
        }
    }
    out.extend(
        direct
            .into_iter()
            .zip(dropped_direct)
            .filter(|(_, dropped)| !dropped)
            .map(|(d, _)| d),
    );
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out.dedup_by(|b, a| a.span.overlaps(b.span));
    out
}
