//! The `aitty` command: a thin layer over the library, no logic of its own.

mod cli;

use std::io::{self, Read};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  aitty [FILE]                 annotate a text (or standard input); JSON on stdout
  aitty --jsonl [--threads N] [FILE]
                               JSON Lines in ({\"id\", \"text\"}), JSON Lines out, in
                               input order, on N threads (default: one per core)
  aitty eval GOLD.jsonl [--json] [--errors N] [--part all|train|test]
                               annotate the gold texts and print the scores
                               (as tools/score.py does, listing up to N errors);
                               --part: the tagger's train part (first 4/5 of
                               the lines) or held-out test part (last 1/5)
  aitty --help | --version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["--help" | "-h"] => cli::print_out(&format!("{USAGE}\n")),
        ["--version" | "-V"] => cli::print_out(&format!("aitty {}\n", env!("CARGO_PKG_VERSION"))),
        ["eval", rest @ ..] => eval(rest),
        _ if args.contains(&"--jsonl") => {
            cli::jsonl::Options::parse(&args).and_then(|o| cli::jsonl::run(&o))
        }
        [] => annotate(None),
        [file] if !file.starts_with('-') => annotate(Some(file)),
        _ => Err(format!(
            "unrecognised arguments: {}\n{USAGE}",
            args.join(" ")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("aitty: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read_input(file: Option<&str>) -> Result<Vec<u8>, String> {
    match file {
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}")),
        None => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(bytes)
        }
    }
}

fn annotate(file: Option<&str>) -> Result<(), String> {
    let bytes = read_input(file)?;
    let text = aitty::error::decode_utf8(&bytes).map_err(|e| e.to_string())?;
    let analysis = aitty::analyse(text);
    let json = serde_json::to_string_pretty(&aitty::format::to_v1(&analysis))
        .map_err(|e| e.to_string())?;
    cli::print_out(&(json + "\n"))
}

/// `eval GOLD [--json] [--errors N] [--part P]`, options in any order.
fn eval(args: &[&str]) -> Result<(), String> {
    use aitty::eval::split::{Part, select};
    let usage =
        || format!("usage: aitty eval GOLD.jsonl [--json] [--errors N] [--part P]\n{USAGE}");
    let (mut gold, mut as_json, mut max_errors, mut part) = (None, false, 0, Part::All);
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        match arg {
            "--json" => as_json = true,
            "--errors" => {
                let n = args.next().ok_or_else(usage)?;
                max_errors = n
                    .parse()
                    .map_err(|_| format!("--errors wants a number, not {n:?}\n{}", usage()))?;
            }
            "--part" => {
                let p = args.next().ok_or_else(usage)?;
                part = Part::parse(p).ok_or_else(|| {
                    format!("--part is all, train or test, not {p:?}\n{}", usage())
                })?;
            }
            _ if arg.starts_with('-') || gold.is_some() => {
                return Err(format!("unrecognised argument: {arg}\n{}", usage()));
            }
            _ => gold = Some(arg),
        }
    }
    let gold = gold.ok_or_else(usage)?;
    let bytes = read_input(Some(gold))?;
    let text = aitty::error::decode_utf8(&bytes).map_err(|e| format!("{gold}: {e}"))?;
    let text = match part {
        Part::All => text.to_string(),
        _ => select(text, part),
    };
    let report = aitty::eval::evaluate(&text, max_errors).map_err(|e| format!("{gold}: {e}"))?;
    if as_json {
        cli::print_out(&(report.to_json() + "\n"))
    } else {
        cli::print_out(&report.render())
    }
}
