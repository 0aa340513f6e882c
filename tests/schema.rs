//! Every output of Aitty is valid format v1: it passes
//! `schema/aitty-v1.schema.json` and the rules a schema cannot say (every
//! `text` is its code-point slice, offsets in order and in range, ids unique,
//! a speaker's entity exists).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;

use serde_json::Value;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let schema: Value = serde_json::from_str(include_str!("../schema/aitty-v1.schema.json"))
        .expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
});

/// Schema errors of `doc`, one line each.
fn schema_errors(doc: &Value) -> Vec<String> {
    VALIDATOR
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn offset(v: &Value, key: &str) -> usize {
    v[key].as_u64().unwrap_or(u64::MAX) as usize
}

/// The rules beyond the schema, as messages (empty when all hold).
fn invariant_errors(text: &str, doc: &Value) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut errors = Vec::new();
    let mut check_span = |what: &str, v: &Value, needs_text: bool| {
        let (s, e) = (offset(v, "start"), offset(v, "end"));
        if s > e || e > chars.len() {
            errors.push(format!(
                "{what}: [{s}, {e}) outside the text of {} code points",
                chars.len()
            ));
        } else if needs_text {
            let slice: String = chars[s..e].iter().collect();
            if v["text"].as_str() != Some(slice.as_str()) {
                errors.push(format!(
                    "{what}: text {} is not the slice {slice:?}",
                    v["text"]
                ));
            }
        }
    };
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    for p in list("paragraphs") {
        check_span("paragraph", &p, false);
    }
    for e in list("entities") {
        check_span(&format!("entity {}", e["id"]), &e, true);
    }
    for q in list("quotes") {
        let id = &q["id"];
        check_span(&format!("quote {id}"), &q, true);
        if q["cue"].is_object() {
            check_span(&format!("cue of {id}"), &q["cue"], true);
        }
        if q["speaker"].is_object() {
            check_span(&format!("speaker of {id}"), &q["speaker"], false);
        }
    }
    // Offsets in order: paragraphs and quotes one after another, entities by start.
    let starts_ordered = |key: &str, disjoint: bool| {
        let items = list(key);
        items.windows(2).all(|w| {
            let (a, b) = (&w[0], &w[1]);
            if disjoint {
                offset(a, "end") <= offset(b, "start")
            } else {
                offset(a, "start") <= offset(b, "start")
            }
        })
    };
    for (key, disjoint) in [("paragraphs", true), ("quotes", true), ("entities", false)] {
        if !starts_ordered(key, disjoint) {
            errors.push(format!("{key} are not in text order"));
        }
    }
    let mut ids = HashSet::new();
    for item in list("entities").iter().chain(&list("quotes")) {
        let id = item["id"].to_string();
        if !ids.insert(id.clone()) {
            errors.push(format!("id {id} is used twice"));
        }
    }
    // Clusters are numbered in order of first mention: each entity's is
    // one already seen or the next number.
    let mut clusters_seen = 0;
    for e in list("entities") {
        let n: usize = e["cluster"]
            .as_str()
            .and_then(|c| c.strip_prefix('c'))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if n == clusters_seen + 1 {
            clusters_seen = n;
        } else if n == 0 || n > clusters_seen {
            errors.push(format!(
                "entity {}: cluster {} out of order",
                e["id"], e["cluster"]
            ));
        }
    }
    let entity_ids: HashSet<String> = list("entities")
        .iter()
        .map(|e| e["id"].to_string())
        .collect();
    for q in list("quotes") {
        let entity = &q["speaker"]["entity"];
        if entity.is_string() && !entity_ids.contains(&entity.to_string()) {
            errors.push(format!(
                "quote {}: speaker entity {entity} does not exist",
                q["id"]
            ));
        }
    }
    errors
}

/// Both checks on one output; panics with every problem found.
fn assert_valid(what: &str, text: &str, doc: &Value) {
    let mut problems = schema_errors(doc);
    problems.extend(invariant_errors(text, doc));
    assert!(problems.is_empty(), "{what}:\n  {}", problems.join("\n  "));
}

fn annotate(text: &str) -> Value {
    serde_json::to_value(aitty::annotate(text)).expect("annotations serialise")
}

fn dev_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for lang in ["kk", "ru", "en"] {
        let path = repo(&format!("tests/data/quotes_dev_{lang}.jsonl"));
        let data = std::fs::read_to_string(&path).expect("dev file");
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).expect("dev line is JSON");
            texts.push((
                v["id"].to_string(),
                v["text"].as_str().expect("text").to_string(),
            ));
        }
    }
    texts
}

const TRICKY: &[&str] = &[
    "",
    " ",
    "\n\n\n",
    "👍🏽 «Керемет!» – деді 👨‍👩‍👧 Әли.",
    "Е\u{301}сть «е\u{301}» – сказал Ива\u{301}нов.",
    "«Бәрі жақсы»,\r\n– деді Қуандық Алпыс.\r\n\r\nКелесі абзац.",
    "Ол\u{200b}\u{200d}\u{feff} «сөз\u{200c}» – деді.",
    "\u{202e}«تست»\u{202c} – said \u{2066}Anna\u{2069} Smith.",
    "«",
    "»",
    "\"",
    "„",
    "« » “ ” ‘ ’",
    "\"Unclosed quote, said John Smith.",
    "<img src=x onerror=alert(1)> «<script>», – деді <b>Алпыс</b>.",
    "\u{0}\u{1}\u{7f}",
    "– деді",
    "said",
    "Сөзінше, .",
];

#[test]
fn the_seed_article_from_the_cli_is_valid() {
    let seed = repo("tests/data/seed_kk.txt");
    let output = Command::new(env!("CARGO_BIN_EXE_aitty"))
        .arg(&seed)
        .output()
        .expect("run aitty");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let text = std::fs::read_to_string(&seed).unwrap();
    assert_valid("seed_kk.txt", &text, &doc);
    assert_eq!(doc["language"], "kk");
}

#[test]
fn every_quotes_dev_text_is_valid() {
    let texts = dev_texts();
    assert!(texts.len() > 250, "only {} dev texts", texts.len());
    for (id, text) in &texts {
        assert_valid(id, text, &annotate(text));
    }
}

#[test]
fn tricky_strings_are_valid() {
    for text in TRICKY {
        assert_valid(&format!("{text:?}"), text, &annotate(text));
    }
    let empty = annotate("");
    assert_eq!(empty["entities"], serde_json::json!([]));
    assert_eq!(empty["quotes"], serde_json::json!([]));
}

#[test]
fn jsonl_output_lines_are_valid() {
    let input: String = TRICKY
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{}\n", serde_json::json!({"id": i, "text": t})))
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_aitty"))
        .arg("--jsonl")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run aitty");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), TRICKY.len());
    for (i, (doc, text)) in lines.iter().zip(TRICKY).enumerate() {
        assert_eq!(doc["id"], i);
        assert_valid(&format!("jsonl line {}", i + 1), text, doc);
    }
}

/// The checks themselves catch what they are meant to catch.
#[test]
fn broken_documents_are_caught() {
    let text = "«Бәрі жақсы», – деді Қуандық Алпыс.";
    let good = serde_json::json!({
        "format": "aitty", "version": 1, "offsets": "codepoints", "language": "kk",
        "paragraphs": [{"start": 0, "end": 35, "language": "kk"}],
        "entities": [{"id": "e1", "type": "PERSON", "start": 21, "end": 34,
                      "text": "Қуандық Алпыс", "canonical": "Қуандық Алпыс", "cluster": "c1"}],
        "quotes": [{"id": "q1", "kind": "direct", "start": 1, "end": 11, "text": "Бәрі жақсы",
                    "speaker": {"name": "Қуандық Алпыс", "entity": "e1", "start": 21, "end": 34},
                    "cue": {"text": "деді", "start": 16, "end": 20}}]
    });
    assert_valid("hand-made", text, &good);

    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut doc = good.clone();
        edit(&mut doc);
        doc
    };
    let schema_breaks: [&dyn Fn(&mut Value); 6] = [
        &|d| d["version"] = 2.into(),
        &|d| d["entities"][0]["cluster"] = 1.into(),
        &|d| {
            d["entities"][0].as_object_mut().unwrap().remove("cluster");
        },
        &|d| d["quotes"][0]["kind"] = "reported".into(),
        &|d| d["entities"][0]["extra"] = true.into(),
        &|d| d["quotes"][0]["start"] = (-1).into(),
    ];
    for edit in schema_breaks {
        assert!(!schema_errors(&broken(edit)).is_empty());
    }
    let invariant_breaks: [&dyn Fn(&mut Value); 6] = [
        &|d| d["entities"][0]["start"] = 20.into(),
        &|d| d["entities"][0]["cluster"] = "c2".into(),
        &|d| d["quotes"][0]["cue"]["text"] = "деп".into(),
        &|d| d["quotes"][0]["speaker"]["entity"] = "e2".into(),
        &|d| d["quotes"][0]["speaker"]["end"] = 99.into(),
        &|d| {
            d["paragraphs"] = serde_json::json!([
            {"start": 10, "end": 35, "language": "kk"}, {"start": 0, "end": 10, "language": "kk"}])
        },
    ];
    for edit in invariant_breaks {
        assert!(!invariant_errors(text, &broken(edit)).is_empty());
    }
}
