//! What format v1 promises about every output, whatever the input: the checks
//! shared by the property tests, the linear-time tests, the fuzz targets and
//! their regression replay (`fuzz/` includes this file by path, so it uses
//! nothing but `aitty` and `std`).
//!
//! The promises, all in code points, end exclusive:
//! - the header is `format: "aitty"`, `version: 1`, `offsets: "codepoints"`;
//! - every span is non-empty and inside the text, and every `text` field is
//!   exactly that slice of the input;
//! - paragraphs are non-blank lines without their surrounding white space,
//!   one after another;
//! - entities are one after another without overlapping, each inside one
//!   paragraph, with a non-empty `canonical`; ids are `e1`, `e2`, … in order;
//! - quotes are one after another without overlapping, ids `q1`, `q2`, …;
//!   a speaker has a non-empty name, and its `entity`, when given, is an
//!   existing entity (not necessarily at the mention: for `ол` it is the
//!   entity of the person the pronoun stands for).

use aitty::Annotations;
use aitty::pipeline::Analysis;

/// Everything wrong with `doc` as the annotation of `text` (empty when every
/// promise holds).
pub fn problems(text: &str, doc: &Annotations) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    if doc.format != "aitty" || doc.version != 1 || doc.offsets != "codepoints" {
        out.push(format!(
            "header is {:?} {} {:?}",
            doc.format, doc.version, doc.offsets
        ));
    }
    let chars = &chars[..];
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let what = format!("paragraph {i}");
        if let Some(slice) = slice_of(chars, p.start, p.end, &what, &mut out)
            && (slice.contains('\n') || slice.trim() != slice)
        {
            out.push(format!("{what}: {slice:?} is not one trimmed line"));
        }
    }
    for (i, e) in doc.entities.iter().enumerate() {
        let what = format!("entity {}", e.id);
        exact(chars, e.start, e.end, &e.text, &what, &mut out);
        if e.id != format!("e{}", i + 1) {
            out.push(format!("{what}: expected id e{}", i + 1));
        }
        if e.canonical.is_empty() {
            out.push(format!("{what}: empty canonical"));
        }
        if !doc
            .paragraphs
            .iter()
            .any(|p| p.start <= e.start && e.end <= p.end)
        {
            out.push(format!("{what}: {}..{} crosses paragraphs", e.start, e.end));
        }
    }
    for (i, q) in doc.quotes.iter().enumerate() {
        let what = format!("quote {}", q.id);
        exact(chars, q.start, q.end, &q.text, &what, &mut out);
        if q.id != format!("q{}", i + 1) {
            out.push(format!("{what}: expected id q{}", i + 1));
        }
        if let Some(cue) = &q.cue {
            let what = format!("cue of {what}");
            exact(chars, cue.start, cue.end, &cue.text, &what, &mut out);
        }
        if let Some(s) = &q.speaker {
            slice_of(
                chars,
                s.start,
                s.end,
                &format!("speaker of {what}"),
                &mut out,
            );
            if s.name.trim().is_empty() {
                out.push(format!("speaker of {what}: empty name"));
            }
            if let Some(id) = &s.entity
                && !doc.entities.iter().any(|e| &e.id == id)
            {
                out.push(format!("speaker of {what}: no entity {id}"));
            }
        }
    }

    let ordered = |spans: Vec<(usize, usize)>, disjoint: bool| {
        spans.windows(2).all(|w| {
            if disjoint {
                w[0].1 <= w[1].0
            } else {
                w[0].0 <= w[1].0
            }
        })
    };
    let paragraphs = doc.paragraphs.iter().map(|p| (p.start, p.end)).collect();
    let entities = doc.entities.iter().map(|e| (e.start, e.end)).collect();
    let quotes = doc.quotes.iter().map(|q| (q.start, q.end)).collect();
    for (what, spans, disjoint) in [
        ("paragraphs", paragraphs, true),
        ("entities", entities, true),
        ("quotes", quotes, true),
    ] {
        if !ordered(spans, disjoint) {
            out.push(format!("{what} are not in text order"));
        }
    }
    out
}

/// The slice `start..end` of `chars`, or a problem in `out` when the span is
/// empty or outside the text.
fn slice_of(
    chars: &[char],
    start: usize,
    end: usize,
    what: &str,
    out: &mut Vec<String>,
) -> Option<String> {
    if start < end && end <= chars.len() {
        Some(chars[start..end].iter().collect())
    } else {
        out.push(format!(
            "{what}: span {start}..{end} is empty or outside the {} code points",
            chars.len()
        ));
        None
    }
}

/// A span whose `text` field must be exactly its slice.
fn exact(chars: &[char], start: usize, end: usize, field: &str, what: &str, out: &mut Vec<String>) {
    if let Some(slice) = slice_of(chars, start, end, what, out)
        && slice != field
    {
        out.push(format!("{what}: text {field:?} is not the slice {slice:?}"));
    }
}

/// Every byte span of the analysis on a char boundary of its text (the core
/// works in UTF-8 bytes; a span inside a character would be a bug even where
/// the format conversion happened not to look at it).
pub fn byte_problems(analysis: &Analysis) -> Vec<String> {
    let text = analysis.doc.text;
    let mut spans = Vec::new();
    spans.extend(analysis.doc.paragraphs.iter().map(|&s| ("paragraph", s)));
    spans.extend(analysis.doc.sentences.iter().map(|&s| ("sentence", s)));
    spans.extend(analysis.doc.tokens.iter().map(|t| ("token", t.span)));
    spans.extend(analysis.entities.iter().map(|e| ("entity", e.span)));
    for q in &analysis.quotes {
        spans.push(("quote", q.span));
        spans.extend(q.cue.map(|c| ("cue", c)));
        spans.extend(q.speaker.as_ref().map(|s| ("speaker", s.mention)));
    }
    spans
        .into_iter()
        .filter(|(_, s)| {
            s.start > s.end
                || s.end > text.len()
                || !text.is_char_boundary(s.start)
                || !text.is_char_boundary(s.end)
        })
        .map(|(what, s)| {
            format!(
                "{what} byte span {}..{} is not on char boundaries",
                s.start, s.end
            )
        })
        .collect()
}

/// Annotates `text` and panics with every broken promise; also serialises the
/// result to JSON and back, which must give the same annotations.
pub fn check_annotate(text: &str) -> Annotations {
    let analysis = aitty::analyse(text);
    let bytes = byte_problems(&analysis);
    assert!(bytes.is_empty(), "{text:?}:\n  {}", bytes.join("\n  "));
    let doc = aitty::format::to_v1(&analysis);
    let found = problems(text, &doc);
    assert!(found.is_empty(), "{text:?}:\n  {}", found.join("\n  "));
    let json = serde_json::to_string(&doc).expect("annotations serialise");
    let back: Annotations = serde_json::from_str(&json).expect("annotations parse back");
    assert_eq!(back, doc, "JSON round trip changed the annotations");
    doc
}
