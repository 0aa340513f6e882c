//! Annotation format v1: the contract of the download, the CLI and the JS API.
//!
//! Offsets are Unicode code points, end exclusive, and every `text` field is
//! exactly that slice of the input. `schema/aitty-v1.schema.json` describes
//! the same shape and the tests validate every output against it.

use serde::{Deserialize, Serialize};

mod json;

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

/// An id as a prefix and a 1-based number (`e3`, `c1`, `q2`), written
/// without the formatting machinery: a text has thousands of ids, and
/// `format!` cost several times the allocation itself.
fn id_string(prefix: char, i: usize) -> String {
    let mut digits = [0u8; 20];
    let at = crate::json::decimal(i + 1, &mut digits);
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push(prefix);
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// The format v1 view of an analysis: byte spans become code points here,
/// and nowhere else.
pub fn to_v1(analysis: &Analysis) -> Annotations {
    let text = analysis.doc.text;
    let map = OffsetMap::new(text);
    let cp = |span: Span| (map.char_offset(span.start), map.char_offset(span.end));
    let entity_id = |i: usize| id_string('e', i);

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
                cluster: id_string('c', analysis.clusters[i]),
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
                id: id_string('q', i),
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

/// The format v1 view of an analysis, written straight from it: the same
/// JSON as [`to_v1`]'s [`Annotations`], without building a string per id,
/// text and name first. `V1::new(&analysis).to_json()` is the fast way to
/// the JSON of a text.
pub struct V1<'a> {
    analysis: &'a Analysis<'a>,
    map: OffsetMap<'a>,
}

impl<'a> V1<'a> {
    pub fn new(analysis: &'a Analysis<'a>) -> Self {
        V1 {
            analysis,
            map: OffsetMap::new(analysis.doc.text),
        }
    }

    fn cp(&self, span: Span) -> (usize, usize) {
        (
            self.map.char_offset(span.start),
            self.map.char_offset(span.end),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_written_as_format_would() {
        for i in [0, 8, 9, 98, 99, 12_345, usize::MAX - 1] {
            assert_eq!(id_string('e', i), format!("e{}", i + 1));
        }
    }

    /// The view and the owned annotations write exactly what serde writes
    /// of the owned annotations, on dev texts of all three languages.
    #[test]
    fn the_json_is_what_serde_writes() {
        let mut texts: Vec<String> = ["quotes_dev_kk", "quotes_dev_ru", "quotes_dev_en"]
            .iter()
            .flat_map(|name| {
                let data = std::fs::read_to_string(format!("tests/data/{name}.jsonl")).unwrap();
                data.lines()
                    .take(15)
                    .map(|l| {
                        let v: serde_json::Value = serde_json::from_str(l).unwrap();
                        v["text"].as_str().unwrap().to_string()
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        texts.push(String::new());
        texts.push("«Иә \"жоқ\"\u{1F600}», – деді Қуандық Алпыс.\n\n\t".to_string());
        let mut quotes = 0;
        for text in &texts {
            let analysis = crate::analyse(text);
            quotes += analysis.quotes.len();
            let owned = to_v1(&analysis);
            let serde = serde_json::to_string(&owned).unwrap();
            assert_eq!(V1::new(&analysis).to_json(), serde);
            assert_eq!(owned.to_json(), serde);
        }
        assert!(quotes > 20, "{quotes}");
    }

    /// Corrections are written with only the fields they have, as serde
    /// skips the absent ones.
    #[test]
    fn corrections_are_written_as_serde_writes_them() {
        let mut owned = crate::annotate("«Бәрі жақсы», – деді Қуандық Алпыс.");
        let correction = |action: &str, target: &str| CorrectionV1 {
            action: action.to_string(),
            target: target.to_string(),
            start: 1,
            end: 5,
            text: "Бәрі \"x\"".to_string(),
            entity_type: None,
            kind: None,
            speaker: None,
        };
        owned.corrections = vec![
            CorrectionV1 {
                entity_type: Some(EntityType::Loc),
                ..correction("add", "entity")
            },
            CorrectionV1 {
                kind: Some(QuoteKind::Indirect),
                ..correction("add", "quote")
            },
            CorrectionV1 {
                speaker: Some(SpeakerV1 {
                    name: "Алпыс".to_string(),
                    entity: Some("e1".to_string()),
                    start: 2,
                    end: 3,
                }),
                ..correction("speaker", "quote")
            },
            correction("remove", "entity"),
        ];
        assert_eq!(owned.to_json(), serde_json::to_string(&owned).unwrap());
    }
}
