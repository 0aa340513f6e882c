//! JSON Lines: `{"id", "text"}` in, `{"id", ...format v1}` out.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::{Error, decode_utf8};

/// The id is kept as the very JSON text of the input: a number such as
/// `12345678901234567890123` would lose digits as an `f64`.
#[derive(Deserialize)]
struct InputLine<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
    text: String,
}

/// Annotates one input line (1-based `line_number`, for the error message).
/// Returns `Ok(None)` for a blank line.
pub fn annotate_line(line: &[u8], line_number: usize) -> Result<Option<String>, Error> {
    let bad = |reason: String| Error::BadJsonLine {
        line: line_number,
        reason,
    };
    let line = decode_utf8(line).map_err(|e| bad(e.to_string()))?;
    if line.trim().is_empty() {
        return Ok(None);
    }
    let input: InputLine = serde_json::from_str(line).map_err(|e| {
        bad(format!(
            "expected a JSON object with \"id\" and \"text\" (a string): {e}"
        ))
    })?;
    let analysis = crate::analyse(&input.text);
    // `{"id":ID,` then the annotations' fields: their object without its `{`.
    let annotations = crate::format::V1::new(&analysis).to_json();
    let id = input.id.get();
    let mut out = String::with_capacity(7 + id.len() + annotations.len());
    out.push_str("{\"id\":");
    out.push_str(id);
    out.push(',');
    out.push_str(&annotations[1..]);
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_id_and_ignores_other_fields() {
        let out = annotate_line(
            r#"{"id": 7, "text": "Ол кетті.", "lang": "kk"}"#.as_bytes(),
            1,
        )
        .unwrap()
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["id"], 7);
        assert_eq!(v["format"], "aitty");
    }

    #[test]
    fn malformed_lines_name_their_number() {
        let err = annotate_line(br#"{"id": 1}"#, 3).unwrap_err();
        assert!(err.to_string().starts_with("line 3: "), "{err}");
        let err = annotate_line(b"{\"id\": 1, \"text\": \"\xff\"}", 5).unwrap_err();
        assert!(err.to_string().starts_with("line 5: "), "{err}");
        assert_eq!(annotate_line(b"  ", 4).unwrap(), None);
    }

    /// Found by the `jsonl_line` fuzz target: numbers went through `f64`.
    #[test]
    fn ids_come_out_as_they_came_in() {
        for id in [
            "12345678901234567890123",
            "1.9999999999999e83",
            "-0.0",
            "\"\\u0041\"",
            "{\"a\": [1, 2.50]}",
            "null",
        ] {
            let line = format!(r#"{{"text": "Ол кетті.", "id": {id}}}"#);
            let out = annotate_line(line.as_bytes(), 1).unwrap().unwrap();
            assert!(out.starts_with(&format!(r#"{{"id":{id},"#)), "{out}");
        }
    }
}
