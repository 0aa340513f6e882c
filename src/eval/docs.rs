//! Gold and predicted documents as `score.py` reads them: JSON Lines keyed by
//! `id`, a later line with the same id replacing the earlier one in place.

use std::collections::HashMap;

use serde::Deserialize;

use super::pyfmt::PyValue;
use crate::error::Error;
use crate::format::Annotations;

/// One document: the gold (`text`, with `quotes` and/or `entities`) or a
/// prediction (only `quotes` and `entities` are read).
#[derive(Clone, Debug, Deserialize)]
pub struct Doc {
    pub id: PyValue,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub quotes: Option<Vec<QuoteSpan>>,
    #[serde(default)]
    pub entities: Option<Vec<EntitySpan>>,
}

/// A quote, gold or predicted; offsets in code points, end exclusive.
#[derive(Clone, Debug, Deserialize)]
pub struct QuoteSpan {
    pub start: i64,
    pub end: i64,
    #[serde(default)]
    pub kind: Option<String>,
    /// Gold: a name (or null). Prediction: a name or `{"name", "start", "end", ...}`.
    #[serde(default)]
    pub speaker: Option<PyValue>,
    #[serde(default)]
    pub speaker_type: Option<String>,
    /// Gold, for mention-level sources: where the source is written.
    #[serde(default)]
    pub speaker_start: Option<i64>,
    #[serde(default)]
    pub speaker_end: Option<i64>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct EntitySpan {
    pub start: i64,
    pub end: i64,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
}

/// Documents in file order, one per distinct id.
#[derive(Clone, Debug, Default)]
pub struct Docs {
    docs: Vec<Doc>,
    index: HashMap<String, usize>,
}

impl Docs {
    /// Adds `doc`, or replaces the document with the same id where it stands
    /// (Python's `docs[d["id"]] = d`).
    pub fn insert(&mut self, doc: Doc) {
        let key = doc.id.dict_key();
        match self.index.get(&key) {
            Some(&i) => self.docs[i] = doc,
            None => {
                self.index.insert(key, self.docs.len());
                self.docs.push(doc);
            }
        }
    }

    pub fn get(&self, id: &PyValue) -> Option<&Doc> {
        self.index.get(&id.dict_key()).map(|&i| &self.docs[i])
    }

    pub fn iter(&self) -> impl Iterator<Item = &Doc> {
        self.docs.iter()
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Reads JSON Lines; blank lines are skipped. With `gold`, every line
    /// must also carry its `text`. Errors name the 1-based line.
    pub fn parse(jsonl: &str, gold: bool) -> Result<Docs, Error> {
        let mut docs = Docs::default();
        for (n, line) in jsonl.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |reason: String| Error::BadJsonLine {
                line: n + 1,
                reason,
            };
            let doc: Doc = serde_json::from_str(line).map_err(|e| {
                bad(format!(
                    "expected a JSON object with \"id\", \"text\", \"quotes\" and/or \"entities\": {e}"
                ))
            })?;
            if gold && doc.text.is_none() {
                return Err(bad("the gold document has no \"text\"".to_string()));
            }
            docs.insert(doc);
        }
        Ok(docs)
    }
}

/// What `score.py` reads of an `aitty --jsonl` line.
#[derive(Deserialize)]
struct Prediction {
    quotes: Vec<QuoteSpan>,
    entities: Vec<EntitySpan>,
}

/// The prediction `score.py` would read from `aitty --jsonl` for this text:
/// the format v1 JSON, read back as any prediction file is read.
pub fn prediction(id: PyValue, annotations: &Annotations) -> Doc {
    let Prediction { quotes, entities } = serde_json::to_string(annotations)
        .and_then(|json| serde_json::from_str(&json))
        .expect("format v1 JSON reads back as a prediction");
    Doc {
        id,
        text: None,
        quotes: Some(quotes),
        entities: Some(entities),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_duplicates_replace_in_place() {
        let docs = Docs::parse(
            "{\"id\": \"a\", \"text\": \"1\"}\n\n{\"id\": 2, \"text\": \"2\"}\n{\"id\": \"a\", \"text\": \"3\"}\n",
            true,
        )
        .unwrap();
        let texts: Vec<_> = docs.iter().map(|d| d.text.clone().unwrap()).collect();
        assert_eq!(texts, ["3", "2"]);
    }

    #[test]
    fn malformed_lines_are_named() {
        let err = Docs::parse("{\"id\": 1, \"text\": \"x\"}\n{\"id\": 2,\n", true).unwrap_err();
        assert!(err.to_string().starts_with("line 2: "), "{err}");
        let err = Docs::parse("\n{\"id\": 1}\n", true).unwrap_err();
        assert!(err.to_string().starts_with("line 2: "), "{err}");
        let err = Docs::parse(
            "{\"id\": 1, \"text\": \"x\", \"quotes\": [{\"start\": 0}]}",
            true,
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("line 1: "), "{err}");
    }
}
