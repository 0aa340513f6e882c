//! The `aitty` command as a person uses it: files and standard input, bad
//! input reported with where it is, exit statuses, no panics.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

/// Runs `aitty ARGS` with `stdin` piped in.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_aitty"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run aitty");
    // Written from another thread: a large input fills the pipe while aitty
    // is already writing output that nobody would read yet.
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&stdin));
    let output = child.wait_with_output().unwrap();
    // aitty may stop before reading everything (a usage error): a broken pipe is fine.
    if let Err(e) = writer.join().unwrap() {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    output
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_no_panic(o: &Output) {
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

#[test]
fn file_and_standard_input_give_the_same_json() {
    let seed = repo("tests/data/seed_kk.txt");
    let from_file = run(&[seed.to_str().unwrap()], b"");
    let from_stdin = run(&[], &std::fs::read(&seed).unwrap());
    assert!(from_file.status.success(), "{}", stderr(&from_file));
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&from_file)).unwrap();
    assert_eq!(doc["format"], "aitty");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let bytes = b"\xd2\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd2\x9b \xff\xfe rest";
    for o in [
        run(&[], bytes),
        run(&[tmp("bad_utf8.txt", bytes).to_str().unwrap()], b""),
    ] {
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains("byte offset 11"), "{}", stderr(&o));
        assert!(o.stdout.is_empty());
        assert_no_panic(&o);
    }
}

#[test]
fn an_unreadable_file_is_a_clear_error() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no such file.txt");
    assert_unreadable_paths_fail(&[], &missing);
    let o = run(&["eval", missing.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
}

#[test]
fn empty_input_gives_empty_annotations() {
    let o = run(&[], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["entities"], serde_json::json!([]));
    assert_eq!(doc["quotes"], serde_json::json!([]));
    assert_eq!(doc["paragraphs"], serde_json::json!([]));
}

#[test]
fn a_malformed_jsonl_line_is_named_and_the_rest_still_come_out() {
    let input = "{\"id\": \"a\", \"text\": \"Бір.\"}\n\
                 {\"id\": \"b\", \"text\": \n\
                 \n\
                 {\"id\": \"c\", \"text\": \"Үш.\"}\n\
                 {\"id\": \"d\"}\n\
                 {\"id\": \"e\", \"text\": \"Five.\"}";
    for o in [
        run(&["--jsonl"], input.as_bytes()),
        run(
            &[
                "--jsonl",
                tmp("mixed.jsonl", input.as_bytes()).to_str().unwrap(),
            ],
            b"",
        ),
    ] {
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert!(err.contains("line 2:"), "{err}");
        assert!(err.contains("line 5:"), "{err}");
        assert!(
            !err.contains("line 1:") && !err.contains("line 4:"),
            "{err}"
        );
        assert_no_panic(&o);
        let ids: Vec<String> = stdout(&o)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect();
        assert_eq!(ids, ["\"a\"", "\"c\"", "\"e\""]);
    }
}

#[test]
fn a_jsonl_line_of_invalid_utf8_is_named() {
    let mut input = b"{\"id\": 1, \"text\": \"ok\"}\n{\"id\": 2, \"text\": \"".to_vec();
    input.extend_from_slice(b"\xc3\x28\"}\n{\"id\": 3, \"text\": \"ok\"}\n");
    let o = run(&["--jsonl"], &input);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("line 2:"), "{}", stderr(&o));
    assert!(stderr(&o).contains("byte offset"), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2);
    assert_no_panic(&o);
}

#[test]
fn unknown_arguments_print_the_usage() {
    for args in [
        &["--frobnicate"][..],
        &["a.txt", "b.txt"][..],
        &["eval"][..],
        &["eval", "g.jsonl", "--bogus"][..],
    ] {
        let o = run(args, b"");
        assert_ne!(o.status.code(), Some(0), "{args:?}");
        assert!(stderr(&o).contains("usage:"), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
        assert_no_panic(&o);
    }
    let o = run(&["eval", "g.jsonl", "--errors", "many"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("--errors wants a number"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], b"");
    assert!(o.status.success());
    assert!(stdout(&o).contains("aitty eval GOLD.jsonl"));
    let o = run(&["--version"], b"");
    assert!(o.status.success());
    assert_eq!(
        stdout(&o).trim(),
        format!("aitty {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn eval_prints_scores_in_text_and_json() {
    let gold = tmp(
        "eval_gold.jsonl",
        "{\"id\": \"x\", \"text\": \"Алматы мен Астана.\", \"entities\": [{\"start\": 0, \"end\": 6, \"type\": \"LOC\"}]}\n"
            .as_bytes(),
    );
    let gold = gold.to_str().unwrap();
    let o = run(&["eval", gold], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with("documents: 1 (missing predictions: 0)\n"),
        "{text}"
    );
    let o = run(&["eval", "--json", gold], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["documents"], 1);
    // The text line shows the JSON's scores, whatever the annotator found.
    let loc = &report["entities"]["LOC"];
    let score = |key: &str| loc[key].as_f64().unwrap();
    assert_eq!(loc["tp"].as_u64().unwrap() + loc["fn"].as_u64().unwrap(), 1);
    let line = format!(
        "\nLOC       P {:.3}  R {:.3}  F1 {:.3}  (gold 1)\n",
        score("p"),
        score("r"),
        score("f1")
    );
    assert!(text.contains(&line), "{line:?} not in {text}");
}

#[test]
fn bad_bytes_at_the_start_and_a_cut_character_at_the_end_are_named() {
    for (bytes, offset) in [
        (&b"\xffrest"[..], 0),
        (&b"\xd2\x9a\xd0"[..], 2),
        (&b"ok\xed\xa0\x80"[..], 2), // an encoded surrogate is not UTF-8
    ] {
        let o = run(&[], bytes);
        assert_eq!(o.status.code(), Some(1));
        assert!(
            stderr(&o).contains(&format!("byte offset {offset}")),
            "{bytes:?}: {}",
            stderr(&o)
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn blank_input_gives_empty_annotations_and_empty_jsonl_gives_nothing() {
    let o = run(&[], b" \r\n\t\n");
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["paragraphs"], serde_json::json!([]));
    assert_eq!(doc["quotes"], serde_json::json!([]));
    for input in [&b""[..], b"\n\n  \n"] {
        let o = run(&["--jsonl"], input);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(o.stdout.is_empty() && o.stderr.is_empty());
    }
}

#[test]
fn jsonl_from_a_missing_file_or_a_directory_is_a_clear_error() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no such file.jsonl");
    assert_unreadable_paths_fail(&["--jsonl"], &missing);
}

/// Runs `aitty <args> PATH` for a missing file and for a directory: each
/// exits 1 with "cannot read PATH", no stdout and no panic.
fn assert_unreadable_paths_fail(args: &[&str], missing: &Path) {
    for path in [missing.to_str().unwrap(), env!("CARGO_TARGET_TMPDIR")] {
        let o = run(&[args, &[path]].concat(), b"");
        assert_eq!(o.status.code(), Some(1));
        assert!(
            stderr(&o).contains(&format!("cannot read {path}")),
            "{}",
            stderr(&o)
        );
        assert!(o.stdout.is_empty());
        assert_no_panic(&o);
    }
}

/// Many lines, some malformed, across several chunks: every thread count
/// gives the same stdout, the same stderr and the same exit status as one
/// thread, lines in input order.
#[test]
fn jsonl_threads_change_nothing_but_speed() {
    let seed = std::fs::read_to_string(repo("tests/data/seed_kk.txt")).unwrap();
    let sentences: Vec<&str> = seed.split_inclusive(". ").collect();
    let mut input = String::new();
    for i in 0..1500 {
        match i % 97 {
            13 => input.push_str("{\"id\": \"broken\"\n"),
            50 => input.push_str("\r\n"),
            _ => {
                let text = sentences[i % sentences.len()];
                input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
                input.push_str(if i % 2 == 0 { "\n" } else { "\r\n" });
            }
        }
    }
    let one = run(&["--jsonl", "--threads", "1"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1));
    let ids: Vec<u64> = stdout(&one)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    let expected: Vec<u64> = (0..1500).filter(|i| !matches!(i % 97, 13 | 50)).collect();
    assert_eq!(ids, expected);
    assert!(stderr(&one).contains("line 14: "), "{}", stderr(&one));
    for threads in ["2", "3", "8"] {
        let many = run(&["--jsonl", "--threads", threads], input.as_bytes());
        assert_eq!(many.status.code(), one.status.code(), "{threads} threads");
        assert!(
            stdout(&many) == stdout(&one),
            "{threads} threads: stdout differs"
        );
        assert_eq!(stderr(&many), stderr(&one), "{threads} threads");
    }
}

#[test]
fn jsonl_threads_want_a_positive_number() {
    for args in [
        &["--jsonl", "--threads"][..],
        &["--jsonl", "--threads", "0"],
        &["--jsonl", "--threads", "-2"],
        &["--threads", "2"],
    ] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains("usage"), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

/// `aitty FILE | head`: the reader stops early and aitty ends quietly.
fn run_with_early_reader(args: &[&str]) -> Output {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_aitty"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run aitty");
    let mut first = [0u8; 16];
    child
        .stdout
        .take()
        .unwrap()
        .read_exact(&mut first)
        .expect("some output");
    // The read end is dropped here: aitty's next writes find a closed pipe.
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    let seed = std::fs::read_to_string(repo("tests/data/seed_kk.txt")).unwrap();
    // Far more output than a pipe holds, so writes continue after the close.
    let big = tmp("early_reader.txt", seed.repeat(40).as_bytes());
    let line = serde_json::json!({ "id": "seed", "text": seed }).to_string() + "\n";
    let lines = tmp("early_reader.jsonl", line.repeat(40).as_bytes());
    for args in [
        vec![big.to_str().unwrap()],
        vec!["--jsonl", "--threads", "2", lines.to_str().unwrap()],
    ] {
        let o = run_with_early_reader(&args);
        assert_no_panic(&o);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}
