//! `aitty eval` must print what `tools/score.py` prints for the same
//! predictions, byte for byte, in text and in `--json`.
//!
//! Needs `python3` (CI has it); without it these tests fail and say so.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn stdout_of(what: &str, output: Output) -> String {
    assert!(
        output.status.success(),
        "{what} failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// `python3 tools/score.py GOLD PRED ARGS...`.
fn score_py(gold: &Path, pred: &Path, args: &[&str]) -> String {
    let output = Command::new("python3")
        .arg(repo("tools/score.py"))
        .arg(gold)
        .arg(pred)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run python3 ({e}): this test compares with tools/score.py and needs python3 on PATH")
        });
    stdout_of("score.py", output)
}

fn aitty(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_aitty"))
        .args(args)
        .output()
        .expect("run aitty");
    stdout_of("aitty", output)
}

/// Predictions by `aitty --jsonl`, scored by score.py, against `aitty eval`.
fn agrees_on_dev_file(name: &str) {
    let gold = repo(&format!("tests/data/{name}"));
    let gold_arg = gold.to_str().expect("UTF-8 path");
    let pred = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("pred_{name}"));
    std::fs::write(&pred, aitty(&["--jsonl", gold_arg])).expect("write predictions");
    for args in [
        &["--json", "--errors", "25"][..],
        &["--errors", "25"][..],
        &[][..],
    ] {
        let expected = score_py(&gold, &pred, args);
        let got = aitty(&[&["eval", gold_arg][..], args].concat());
        assert_eq!(got, expected, "{name} with {args:?}");
    }
}

#[test]
fn agrees_on_quotes_dev_en() {
    agrees_on_dev_file("quotes_dev_en.jsonl");
}

#[test]
fn agrees_on_quotes_dev_kk() {
    agrees_on_dev_file("quotes_dev_kk.jsonl");
}

#[test]
fn agrees_on_ner_dev_ru() {
    agrees_on_dev_file("ner_dev_ru.jsonl");
}

/// The scorer alone, on hand-made predictions that exercise every rule:
/// partial overlaps, ties, exact vs inexact, speaker stems and `ё`, pronoun
/// and mention gold, position matches, entity types, missing predictions,
/// repeated ids, error messages with escapes.
fn agrees_on_pair(stem: &str) {
    let gold = repo(&format!("tests/testdata/eval/{stem}.gold.jsonl"));
    let pred = repo(&format!("tests/testdata/eval/{stem}.pred.jsonl"));
    let read = |p: &Path| std::fs::read_to_string(p).expect("read test data");
    let gold_docs = aitty::eval::Docs::parse(&read(&gold), true).expect("gold parses");
    let pred_docs = aitty::eval::Docs::parse(&read(&pred), false).expect("predictions parse");
    for max_errors in [0, 3, 100] {
        let report = aitty::eval::score(&gold_docs, &pred_docs, max_errors);
        let n = max_errors.to_string();
        let expected = score_py(&gold, &pred, &["--json", "--errors", &n]);
        assert_eq!(
            format!("{}\n", report.to_json()),
            expected,
            "{stem} --json --errors {n}"
        );
        let expected = score_py(&gold, &pred, &["--errors", &n]);
        assert_eq!(report.render(), expected, "{stem} --errors {n}");
    }
}

#[test]
fn scorer_agrees_on_synthetic_quotes_and_entities() {
    agrees_on_pair("mixed");
    // The synthetic data must really exercise the scorer.
    let gold = std::fs::read_to_string(repo("tests/testdata/eval/mixed.gold.jsonl")).unwrap();
    let pred = std::fs::read_to_string(repo("tests/testdata/eval/mixed.pred.jsonl")).unwrap();
    let report = aitty::eval::score(
        &aitty::eval::Docs::parse(&gold, true).unwrap(),
        &aitty::eval::Docs::parse(&pred, false).unwrap(),
        100,
    );
    let quotes = report.quotes.as_ref().expect("quotes scored");
    assert!(quotes.prf.tp > 0 && quotes.prf.fp > 0 && quotes.prf.fn_ > 0);
    assert!(quotes.exact_f1 > 0.0 && quotes.exact_f1 < quotes.prf.f1);
    assert_eq!(report.missing_predictions, 1);
    assert!(report.entities.as_ref().is_some_and(|e| e.len() >= 5));
}

#[test]
fn scorer_agrees_when_the_gold_has_no_entity_types() {
    agrees_on_pair("no_types");
}

#[test]
fn malformed_gold_names_the_line() {
    let gold = Path::new(env!("CARGO_TARGET_TMPDIR")).join("malformed_gold.jsonl");
    std::fs::write(
        &gold,
        "{\"id\": 1, \"text\": \"a\", \"quotes\": []}\n{\"id\": 2, \"text\": \n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_aitty"))
        .args(["eval", gold.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(output.stdout.is_empty());
}
