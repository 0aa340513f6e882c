//! Annotation format v1: the contract of the download, the CLI and the JS API.
//!
//! Offsets are Unicode code points, end exclusive, and every `text` field is
//! exactly that slice of the input. `schema/aitty-v1.schema.json` describes
//! the same shape and the tests validate every output against it.

use serde::{Deserialize, Serialize};

use crate::entities::EntityType;
use crate::language::Lang;
use crate::pipeline::Analysis;
use crate::quotes::QuoteKind;
use crate::span::Span;
use crate::text::OffsetMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    /// Always `"aitty"`.
    pub format: String,
    /// Always 1.
    pub version: u32,
    /// Always `"codepoints"`.
    pub offsets: String,
    pub language: Lang,
    pub paragraphs: Vec<ParagraphV1>,
    pub entities: Vec<EntityV1>,
    pub quotes: Vec<QuoteV1>,
    /// A reader's corrections, saved by the page so that they can be applied
    /// again after the text is annotated anew; the annotator never makes any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<CorrectionV1>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParagraphV1 {
    pub start: usize,
    pub end: usize,
    pub language: Lang,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityV1 {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub canonical: String,
    /// Mentions of the same referent share it (`c1`, `c2`, ... in order of first mention).
    pub cluster: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteV1 {
    pub id: String,
    pub kind: QuoteKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<SpeakerV1>,
    pub cue: Option<CueV1>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerV1 {
    pub name: String,
    /// Id of the speaker's entity (`e3`), where the mention is one.
    pub entity: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CueV1 {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// One correction made on the page: `action` (`add`, `remove`, `retype`,
/// `speaker`) on the `target` (`entity` or `quote`) at `start..end`, whose
/// text is `text`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CorrectionV1 {
    pub action: String,
    pub target: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The entity type given by `add` or `retype` of an entity.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<EntityType>,
    /// The kind given by `add` of a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<QuoteKind>,
    /// The speaker given by `speaker`; absent means "speaker unknown".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<SpeakerV1>,
}

/// The format v1 view of an analysis: byte spans become code points here,
/// and nowhere else.
pub fn to_v1(analysis: &Analysis) -> Annotations {
    let text = analysis.doc.text;
    let map = OffsetMap::new(text);
    let cp = |span: Span| (map.char_offset(span.start), map.char_offset(span.end));
    let entity_id = |i: usize| format!("e{}", i + 1);

    let paragraphs = analysis
        .doc
        .paragraphs
        .iter()
        .zip(&analysis.languages.paragraphs)
        .map(|(&span, &language)| {
            let (start, end) = cp(span);
            ParagraphV1 {
                start,
                end,
                language,
            }
        })
        .collect();
    let entities = analysis
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (start, end) = cp(e.span);
            EntityV1 {
                id: entity_id(i),
                kind: e.kind,
                start,
                end,
                text: e.span.slice(text).to_string(),
                canonical: e.canonical.clone(),
                cluster: format!("c{}", analysis.clusters[i] + 1),
            }
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let (start, end) = cp(q.span);
            let speaker = q.speaker.as_ref().map(|s| {
                let (start, end) = cp(s.mention);
                SpeakerV1 {
                    name: s.name.clone(),
                    entity: s.entity.map(entity_id),
                    start,
                    end,
                }
            });
            let cue = q.cue.map(|c| {
                let (start, end) = cp(c);
                CueV1 {
                    text: c.slice(text).to_string(),
                    start,
                    end,
                }
            });
            QuoteV1 {
                id: format!("q{}", i + 1),
                kind: q.kind,
                start,
                end,
                text: q.span.slice(text).to_string(),
                speaker,
                cue,
            }
        })
        .collect();
    Annotations {
        format: "aitty".to_string(),
        version: 1,
        offsets: "codepoints".to_string(),
        language: analysis.languages.document,
        paragraphs,
        entities,
        quotes,
        corrections: Vec::new(),
    }
}
