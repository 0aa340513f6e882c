//! Helpers shared by several integration tests.
#![allow(dead_code)]

pub mod invariants;

/// The distinct `text` fields of `tests/data/FILE.jsonl`, in file order.
pub fn dev_texts(file: &str) -> Vec<String> {
    let path = format!("{}/tests/data/{file}.jsonl", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out: Vec<String> = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = value["text"].as_str().expect("a text field").to_string();
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}
