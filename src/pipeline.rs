//! The pipeline: text → language → entities → quotes → attribution → clusters.
//! Each stage reads what the stages before it made.

use crate::attribution::{self, Quote};
use crate::clusters;
use crate::entities::{self, Entity};
use crate::language::{self, Languages};
use crate::quotes;
use crate::text::Document;

/// Everything Aitty finds in one text, in byte offsets.
pub struct Analysis<'t> {
    pub doc: Document<'t>,
    pub languages: Languages,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// The cluster (referent) of each entity, numbered in order of first mention.
    pub clusters: Vec<usize>,
}

pub fn analyse(text: &str) -> Analysis<'_> {
    let doc = Document::new(text);
    let languages = language::detect(&doc);
    let entities = entities::recognise(&doc, &languages);
    let candidates = quotes::find(&doc, &languages);
    let quotes = attribution::attribute(&doc, &languages, &entities, candidates);
    let clusters = clusters::cluster(&entities, &quotes);
    Analysis {
        doc,
        languages,
        entities,
        quotes,
        clusters,
    }
}
