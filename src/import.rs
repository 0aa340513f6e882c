//! Reading an Aitty JSON v1 file back, for the page's "Import": the file must
//! be format v1 and be about the given text, or it is refused whole with a
//! message that says why (nothing is half-imported).
//!
//! ```
//! let text = "«Бәрі жақсы», – деді Қуандық Алпыс.";
//! let json = serde_json::to_string(&aitty::annotate(text)).unwrap();
//! assert!(aitty::import::read(text, &json).is_ok());
//! assert!(aitty::import::read("another text", &json).is_err());
//! ```

use std::collections::HashSet;
use std::fmt;

use crate::format::{Annotations, CorrectionV1};
use crate::json::read::ReadError;
use crate::text::OffsetMap;

mod parse;

/// The largest file accepted: a megabyte of text gives about ten of JSON.
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// Why a file was refused; `Display` is the message shown to the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    NotJson(String),
    NotAitty(String),
    OtherText(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => {
                let tenths = tenths_of_a_megabyte(*bytes);
                write!(
                    f,
                    "the file is too large ({}.{} MB); Aitty imports files of up to {} MB",
                    tenths / 10,
                    tenths % 10,
                    MAX_IMPORT_BYTES / (1024 * 1024)
                )
            }
            ImportError::NotJson(why) => write!(f, "the file is not JSON: {why}"),
            ImportError::NotAitty(why) => {
                write!(f, "the file is not an Aitty JSON v1 file: {why}")
            }
            ImportError::OtherText(why) => write!(
                f,
                "the file was made for another text: {why}; open the text it was made from first"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// `bytes` in MiB to one decimal, rounded half to even as `{:.1}` rounds,
/// without the float formatting code (several KB of the wasm module).
fn tenths_of_a_megabyte(bytes: usize) -> u64 {
    const MIB: u64 = 1024 * 1024;
    let scaled = bytes as u64 * 10;
    let (whole, rest) = (scaled / MIB, scaled % MIB);
    if rest * 2 > MIB || (rest * 2 == MIB && whole % 2 == 1) {
        whole + 1
    } else {
        whole
    }
}

/// Parses `json` and checks it against `text`: the shape of format v1, every
/// offset in range, every `text` field equal to its code-point slice, ids
/// unique and speaker entities existing.
pub fn read(text: &str, json: &str) -> Result<Annotations, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: json.len() });
    }
    let annotations = parse(json)?;
    Checker::new(text).check(&annotations)?;
    Ok(annotations)
}

/// The annotations of a format v1 file, before they are checked against a
/// text: refused if the JSON is malformed, not Aitty's or not its shape.
pub fn parse(json: &str) -> Result<Annotations, ImportError> {
    check_header(json)?;
    parse::annotations(json).map_err(|e| match e {
        ReadError::Syntax(why) | ReadError::Data(why) => ImportError::NotAitty(why),
    })
}

/// `format`, `version` and `offsets` first, so that another kind of JSON
/// gets a plain answer rather than a missing-field message.
fn check_header(json: &str) -> Result<(), ImportError> {
    let not = |why: &str| Err(ImportError::NotAitty(why.to_string()));
    let header = match parse::header(json) {
        Ok(header) => header,
        Err(ReadError::Data(_)) => {
            return not("it is not a JSON object with \"format\": \"aitty\"");
        }
        Err(ReadError::Syntax(why)) => return Err(ImportError::NotJson(why)),
    };
    if header.format.as_deref() != Some("aitty") {
        return not("\"format\" is not \"aitty\"");
    }
    match header.version {
        Some(1) => {}
        Some(n) => return not(&format!("it is version {n}; this page reads version 1")),
        None => return not("\"version\" is missing"),
    }
    if header.offsets.as_deref() != Some("codepoints") {
        return not("\"offsets\" is not \"codepoints\"");
    }
    Ok(())
}

/// The text's code points, to check spans and slices against.
struct Checker<'t> {
    text: &'t str,
    /// Byte offset of each code point, and the text's length at the end.
    starts: Vec<usize>,
}

impl<'t> Checker<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        Checker { text, starts }
    }

    fn chars(&self) -> usize {
        self.starts.len() - 1
    }

    /// `start..end` must be a non-empty span inside the text.
    fn span(&self, what: &str, start: usize, end: usize) -> Result<(), ImportError> {
        if start >= end {
            return Err(ImportError::NotAitty(format!(
                "{what} has an empty or reversed span {start}..{end}"
            )));
        }
        if end > self.chars() {
            return Err(ImportError::OtherText(format!(
                "{what} ends at {end}, after the end of the text ({} characters)",
                self.chars()
            )));
        }
        Ok(())
    }

    /// The span must be in the text and `written` must be its slice.
    fn slice(
        &self,
        what: &str,
        start: usize,
        end: usize,
        written: &str,
    ) -> Result<(), ImportError> {
        self.span(what, start, end)?;
        let actual = &self.text[self.starts[start]..self.starts[end]];
        if actual != written {
            return Err(ImportError::OtherText(format!(
                "{what} is \"{}\" in the file but \"{}\" in the text at {start}..{end}",
                shorten(written),
                shorten(actual)
            )));
        }
        Ok(())
    }

    fn check(&self, a: &Annotations) -> Result<(), ImportError> {
        // Paragraphs are the text's non-blank lines: a file must say the same,
        // or the page would draw spans across them.
        let map = OffsetMap::new(self.text);
        let ours = crate::text::segment::paragraphs(self.text);
        let same = ours.len() == a.paragraphs.len()
            && ours.iter().zip(&a.paragraphs).all(|(o, p)| {
                (map.char_offset(o.start), map.char_offset(o.end)) == (p.start, p.end)
            });
        if !same {
            return Err(ImportError::OtherText(
                "its paragraphs are not the text's lines".to_string(),
            ));
        }
        // Ids and order are not checked: the reader's corrections add
        // entities and quotes (`e12` after `e3`, overlapping ones too).
        let mut entity_ids = HashSet::new();
        for e in &a.entities {
            let what = format!("entity {}", e.id);
            unique(&mut entity_ids, &e.id, &what)?;
            self.slice(&what, e.start, e.end, &e.text)?;
            non_empty(&e.canonical, &format!("the canonical form of {what}"))?;
            if !a
                .paragraphs
                .iter()
                .any(|p| p.start <= e.start && e.end <= p.end)
            {
                return Err(ImportError::NotAitty(format!(
                    "{what} crosses a line break"
                )));
            }
        }
        let mut quote_ids = HashSet::new();
        for q in &a.quotes {
            let what = format!("quote {}", q.id);
            unique(&mut quote_ids, &q.id, &what)?;
            self.slice(&what, q.start, q.end, &q.text)?;
            if let Some(s) = &q.speaker {
                self.span(&format!("the speaker of {what}"), s.start, s.end)?;
                non_empty(&s.name, &format!("the speaker name of {what}"))?;
                if let Some(id) = &s.entity
                    && !entity_ids.contains(id.as_str())
                {
                    return Err(ImportError::NotAitty(format!(
                        "the speaker of {what} is entity {id}, which the file does not have"
                    )));
                }
            }
            if let Some(c) = &q.cue {
                self.slice(&format!("the cue of {what}"), c.start, c.end, &c.text)?;
            }
        }
        for (i, c) in a.corrections.iter().enumerate() {
            self.correction(i + 1, c)?;
        }
        Ok(())
    }

    fn correction(&self, number: usize, c: &CorrectionV1) -> Result<(), ImportError> {
        let what = format!("correction {number}");
        let bad = |why: &str| Err(ImportError::NotAitty(format!("{what} {why}")));
        if !["add", "remove", "retype", "speaker"].contains(&c.action.as_str()) {
            return bad("has an unknown action (add, remove, retype or speaker)");
        }
        if !["entity", "quote"].contains(&c.target.as_str()) {
            return bad("has an unknown target (entity or quote)");
        }
        let entity = c.target == "entity";
        if entity && ["add", "retype"].contains(&c.action.as_str()) && c.entity_type.is_none() {
            return bad("gives no entity type");
        }
        if !entity && c.action == "retype" {
            return bad("retypes a quote");
        }
        if entity && c.action == "speaker" {
            return bad("gives a speaker to an entity");
        }
        self.slice(&what, c.start, c.end, &c.text)?;
        if let Some(s) = &c.speaker {
            self.span(&format!("the speaker of {what}"), s.start, s.end)?;
            non_empty(&s.name, &format!("the speaker name of {what}"))?;
        }
        Ok(())
    }
}

fn unique<'a>(seen: &mut HashSet<&'a str>, id: &'a str, what: &str) -> Result<(), ImportError> {
    if !seen.insert(id) {
        return Err(ImportError::NotAitty(format!("{what} appears twice")));
    }
    Ok(())
}

fn non_empty(value: &str, what: &str) -> Result<(), ImportError> {
    if value.trim().is_empty() {
        return Err(ImportError::NotAitty(format!("{what} is empty")));
    }
    Ok(())
}

/// At most 40 characters of `s`, for messages.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "👩‍👩‍👧 «Бәрі жақсы», – деді Қуандық Алпыс Алматыда.";

    fn exported() -> serde_json::Value {
        serde_json::to_value(crate::annotate(TEXT)).unwrap()
    }

    fn read_value(text: &str, value: &serde_json::Value) -> Result<Annotations, ImportError> {
        read(text, &value.to_string())
    }

    #[test]
    fn an_export_reads_back_unchanged_after_emoji() {
        let annotations = crate::annotate(TEXT);
        assert!(!annotations.quotes.is_empty() && !annotations.entities.is_empty());
        let json = serde_json::to_string(&annotations).unwrap();
        assert_eq!(read(TEXT, &json).unwrap(), annotations);
    }

    #[test]
    fn refuses_what_is_not_json_or_not_aitty() {
        let err = read(TEXT, "{\"format\": \"aitty\",").unwrap_err();
        assert!(matches!(err, ImportError::NotJson(_)), "{err}");
        for (json, says) in [
            ("[1, 2]", "not a JSON object"),
            ("{\"format\": \"other\"}", "\"format\""),
            (
                "{\"format\": \"aitty\", \"version\": 2, \"offsets\": \"codepoints\"}",
                "version 2",
            ),
            (
                "{\"format\": \"aitty\", \"version\": 1, \"offsets\": \"codepoints\"}",
                "missing field",
            ),
        ] {
            let err = read(TEXT, json).unwrap_err();
            assert!(matches!(err, ImportError::NotAitty(_)), "{json}: {err}");
            assert!(err.to_string().contains(says), "{json}: {err}");
        }
        let mut bad_type = exported();
        bad_type["entities"][0]["type"] = "CITY".into();
        assert!(matches!(
            read_value(TEXT, &bad_type),
            Err(ImportError::NotAitty(_))
        ));
    }

    #[test]
    fn refuses_a_file_for_another_text() {
        let err = read_value("Басқа мәтін.", &exported()).unwrap_err();
        assert!(matches!(err, ImportError::OtherText(_)), "{err}");
        // Same length, other letters: the slice check catches it.
        let other: String = TEXT.replace("Алматыда", "Астанада");
        let err = read_value(&other, &exported()).unwrap_err();
        assert!(
            err.to_string().contains("\"Алматыда\" in the file"),
            "{err}"
        );
    }

    #[test]
    fn refuses_paragraphs_other_than_the_texts_lines() {
        // Found by the `import` fuzz target: paragraphs other than the
        // text's lines let an entity cross a line break.
        let mut moved = exported();
        moved["paragraphs"][0]["start"] = 1.into();
        let err = read_value(TEXT, &moved).unwrap_err();
        assert!(err.to_string().contains("paragraphs"), "{err}");
    }

    #[test]
    fn refuses_offsets_out_of_range_or_reversed_and_dangling_links() {
        let mut far = exported();
        far["quotes"][0]["speaker"]["end"] = 10_000.into();
        assert!(matches!(
            read_value(TEXT, &far),
            Err(ImportError::OtherText(_))
        ));
        let mut reversed = exported();
        reversed["entities"][0]["end"] = reversed["entities"][0]["start"].clone();
        assert!(matches!(
            read_value(TEXT, &reversed),
            Err(ImportError::NotAitty(_))
        ));
        let mut dangling = exported();
        dangling["quotes"][0]["speaker"]["entity"] = "e99".into();
        let err = read_value(TEXT, &dangling).unwrap_err();
        assert!(err.to_string().contains("e99"), "{err}");
        let mut twice = exported();
        let first = twice["entities"][0].clone();
        twice["entities"].as_array_mut().unwrap().push(first);
        assert!(
            read_value(TEXT, &twice)
                .unwrap_err()
                .to_string()
                .contains("twice")
        );
    }

    #[test]
    fn sizes_are_rounded_as_float_formatting_rounds() {
        for bytes in [
            0,
            1,
            52_428,
            52_429,
            104_857,
            1_310_720,
            3_932_160,
            16 * 1024 * 1024 + 1,
        ]
        .into_iter()
        .chain((0..2000).map(|i| 16 * 1024 * 1024 + i * 26_214))
        {
            let tenths = tenths_of_a_megabyte(bytes);
            assert_eq!(
                format!("{}.{}", tenths / 10, tenths % 10),
                format!("{:.1}", bytes as f64 / (1024.0 * 1024.0)),
                "{bytes}"
            );
        }
    }

    #[test]
    fn refuses_a_file_too_large_before_parsing_it() {
        let json = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert_eq!(
            read(TEXT, &json),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
    }

    #[test]
    fn corrections_are_read_and_checked() {
        let mut file = exported();
        let quote = &file["quotes"][0];
        let (start, end, text) = (
            quote["start"].clone(),
            quote["end"].clone(),
            quote["text"].clone(),
        );
        file["corrections"] = serde_json::json!([
            {"action": "speaker", "target": "quote", "start": start, "end": end, "text": text},
            {"action": "add", "target": "entity", "start": 0, "end": 5, "text": "👩‍👩‍👧", "type": "PERSON"}
        ]);
        let read_back = read_value(TEXT, &file).unwrap();
        assert_eq!(read_back.corrections.len(), 2);
        file["corrections"][1]["text"] = "x".into();
        assert!(matches!(
            read_value(TEXT, &file),
            Err(ImportError::OtherText(_))
        ));
        file["corrections"][1]["text"] = "👩‍👩‍👧".into();
        file["corrections"][1]["action"] = "retype".into();
        file["corrections"][1]["target"] = "quote".into();
        assert!(matches!(
            read_value(TEXT, &file),
            Err(ImportError::NotAitty(_))
        ));
    }
}
