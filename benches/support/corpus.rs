//! The benchmark text, built as `scripts/bench-corpus.mjs` builds it: every
//! distinct `text` of `tests/data/ner_dev_LANG.jsonl` then
//! `quotes_dev_LANG.jsonl`, joined by blank lines and repeated until the text
//! reaches `size` bytes, then cut at the last char boundary within `size`.

use std::collections::HashSet;

pub fn corpus(lang: &str, size: usize) -> String {
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for file in ["ner_dev", "quotes_dev"] {
        let path = format!(
            "{}/tests/data/{file}_{lang}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = v["text"].as_str().expect("a text field").to_string();
            if seen.insert(text.clone()) {
                docs.push(text);
            }
        }
    }
    let mut out = String::with_capacity(size + 4096);
    'fill: loop {
        for d in &docs {
            if out.len() >= size {
                break 'fill;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(d);
        }
    }
    let mut cut = size.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}
