//! What each fuzz target does with its input bytes. The fuzz binaries
//! (`fuzz_targets/*.rs`) and the regression replay in `cargo test`
//! (`tests/fuzz_regressions.rs`, which includes this file by path) both call
//! [`TARGETS`], so a corpus file or a crash replays exactly as it was fuzzed.
//!
//! Each check panics on a broken promise; libFuzzer records the input.

#[path = "../../tests/support/invariants.rs"]
mod invariants;

/// A target's check: panics when the input breaks a promise.
pub type Check = fn(&[u8]);

/// Every target by name (the name of its `fuzz_targets/NAME.rs` and of its
/// folders under `corpus/` and `regressions/`).
pub const TARGETS: &[(&str, Check)] = &[
    ("annotate", annotate),
    ("jsonl_line", jsonl_line),
    ("import", import),
];

/// `aitty::annotate` on the bytes as text, with every format v1 promise and
/// the JSON round trip checked; bytes that are not UTF-8 must be refused
/// with the offset of the first bad byte, and their lossy decoding is
/// annotated instead.
pub fn annotate(data: &[u8]) {
    match aitty::error::decode_utf8(data) {
        Ok(text) => {
            invariants::check_annotate(text);
        }
        Err(aitty::Error::NotUtf8 { offset }) => {
            let expected = std::str::from_utf8(data).unwrap_err().valid_up_to();
            assert_eq!(offset, expected, "wrong offset of the bad byte");
            invariants::check_annotate(&String::from_utf8_lossy(data));
        }
        Err(other) => panic!("decode_utf8 gave {other:?}"),
    }
}

/// One `--jsonl` input line: an error or a JSON object carrying the id and
/// annotations of the line's text that keep every promise.
pub fn jsonl_line(data: &[u8]) {
    let Ok(Some(out)) = aitty::jsonl::annotate_line(data, 1) else {
        return;
    };
    let input: serde_json::Value = serde_json::from_slice(data).expect("accepted line is JSON");
    let mut output: serde_json::Value = serde_json::from_str(&out).expect("output line is JSON");
    assert_eq!(output["id"], input["id"], "the id is kept");
    output
        .as_object_mut()
        .expect("output is an object")
        .remove("id");
    let doc: aitty::Annotations = serde_json::from_value(output).expect("output line is format v1");
    let text = input["text"].as_str().expect("accepted text is a string");
    let problems = invariants::problems(text, &doc);
    assert!(
        problems.is_empty(),
        "{text:?}:\n  {}",
        problems.join("\n  ")
    );
}

/// The page's import: the bytes up to the first NUL are the text, the rest
/// the file. `aitty::import::read` must refuse it with a message or return
/// annotations that keep every promise for that text.
pub fn import(data: &[u8]) {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (Ok(text), Ok(json)) = (
        std::str::from_utf8(&data[..split]),
        std::str::from_utf8(data.get(split + 1..).unwrap_or_default()),
    ) else {
        return;
    };
    match aitty::import::read(text, json) {
        Ok(doc) => {
            // A file with the reader's corrections may renumber and overlap
            // (`import::read` allows it); every other promise must hold.
            let problems: Vec<String> = invariants::problems(text, &doc)
                .into_iter()
                .filter(|p| !p.contains("expected id") && !p.contains("not in text order"))
                .collect();
            assert!(
                problems.is_empty(),
                "imported {text:?}:\n  {}",
                problems.join("\n  ")
            );
        }
        Err(e) => assert!(!e.to_string().is_empty(), "a refusal says why"),
    }
}
