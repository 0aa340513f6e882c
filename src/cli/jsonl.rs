//! `aitty --jsonl [--threads N] [FILE]`: JSON Lines in, JSON Lines out, on
//! every core.
//!
//! The input is read in chunks of lines; the lines of a chunk are annotated
//! by scoped threads taking the next line as they finish one, and the chunk's
//! results are written in input order before the next chunk is read. Memory
//! stays bounded by the chunk (plus one line, however long), and the output
//! is the same, line for line, whatever the number of threads.

use std::io::{self, BufRead, Write};
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use aitty::Error;

/// Lines per chunk and thread: enough that threads rarely wait for the
/// slowest line of a chunk, few enough to keep memory small.
const LINES_PER_THREAD: usize = 256;
/// A chunk is also cut once it holds this many bytes of input.
const CHUNK_BYTES: usize = 8 << 20;

pub const USAGE: &str = "usage: aitty --jsonl [--threads N] [FILE]";

/// What `--jsonl` was asked to do.
#[derive(Debug, PartialEq, Eq)]
pub struct Options<'a> {
    /// Threads annotating at once; by default one per core.
    pub threads: NonZeroUsize,
    /// The input file; standard input when `None`.
    pub file: Option<&'a str>,
}

impl<'a> Options<'a> {
    /// Reads `--jsonl`, `--threads N` and at most one file, in any order.
    pub fn parse(args: &[&'a str]) -> Result<Self, String> {
        let mut threads = None;
        let mut file = None;
        let mut args = args.iter();
        while let Some(&arg) = args.next() {
            match arg {
                "--jsonl" => {}
                "--threads" => {
                    let n = args
                        .next()
                        .ok_or_else(|| format!("--threads wants a number\n{USAGE}"))?;
                    threads = Some(n.parse::<NonZeroUsize>().map_err(|_| {
                        format!("--threads wants a number of at least 1, not {n:?}\n{USAGE}")
                    })?);
                }
                _ if arg.starts_with('-') || file.is_some() => {
                    return Err(format!("unrecognised argument: {arg}\n{USAGE}"));
                }
                _ => file = Some(arg),
            }
        }
        let threads = threads
            .or_else(|| std::thread::available_parallelism().ok())
            .unwrap_or(NonZeroUsize::MIN);
        Ok(Options { threads, file })
    }
}

/// Annotates every line; a bad line is reported on stderr with its number
/// and skipped, and the error at the end says how many there were.
pub fn run(options: &Options) -> Result<(), String> {
    match annotate_lines(options) {
        Err(Failure::Output(e)) => super::stdout_error(e).map_or(Ok(()), Err),
        Err(Failure::Said(message)) => Err(message),
        Ok(()) => Ok(()),
    }
}

/// Why [`annotate_lines`] stopped.
enum Failure {
    /// Standard output refused a write (a closed pipe is no error).
    Output(io::Error),
    Said(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Said(message)
    }
}

fn annotate_lines(options: &Options) -> Result<(), Failure> {
    let mut reader: Box<dyn BufRead> = match options.file {
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        )),
        None => Box::new(io::stdin().lock()),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let threads = options.threads.get();
    let mut chunk = Chunk::default();
    let mut failed = 0;
    loop {
        let more = chunk
            .fill(&mut reader, threads * LINES_PER_THREAD)
            .map_err(|e| {
                format!(
                    "cannot read {}: {e}",
                    options.file.unwrap_or("standard input")
                )
            })?;
        for result in annotate_all(&chunk.lines, threads) {
            match result {
                Ok(Some(json)) => writeln!(out, "{json}").map_err(Failure::Output)?,
                Ok(None) => {}
                Err(e) => {
                    failed += 1;
                    // Written after the lines before it, as a single thread would.
                    out.flush().map_err(Failure::Output)?;
                    eprintln!("aitty: {e}");
                }
            }
        }
        if !more {
            break;
        }
    }
    out.flush().map_err(Failure::Output)?;
    match failed {
        0 => Ok(()),
        n => Err(format!("{n} line(s) could not be annotated").into()),
    }
}

/// Consecutive input lines with the number of the first.
#[derive(Default)]
struct Chunk {
    /// `(line number, bytes without the newline)`.
    lines: Vec<(usize, Vec<u8>)>,
    next_line: usize,
}

impl Chunk {
    /// Replaces the lines with up to `max_lines` next ones (or fewer, once
    /// [`CHUNK_BYTES`] are read); false at the end of the input.
    fn fill(&mut self, reader: &mut dyn BufRead, max_lines: usize) -> Result<bool, String> {
        self.lines.clear();
        let mut bytes = 0;
        while self.lines.len() < max_lines && bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            self.next_line += 1;
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("line {}: {e}", self.next_line))?;
            if n == 0 {
                return Ok(false);
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            bytes += line.len();
            self.lines.push((self.next_line, line));
        }
        Ok(true)
    }
}

type LineResult = Result<Option<String>, Error>;

/// The results of `lines`, in their order, made by up to `threads` threads.
fn annotate_all(lines: &[(usize, Vec<u8>)], threads: usize) -> Vec<LineResult> {
    let one = |(number, bytes): &(usize, Vec<u8>)| aitty::jsonl::annotate_line(bytes, *number);
    let threads = threads.min(lines.len());
    if threads <= 1 {
        return lines.iter().map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, LineResult)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(line) = lines.get(i) else { break };
                        mine.push((i, one(line)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_in_any_order() {
        let o = Options::parse(&["--jsonl", "--threads", "3", "in.jsonl"]).unwrap();
        assert_eq!(o.threads.get(), 3);
        assert_eq!(o.file, Some("in.jsonl"));
        let o = Options::parse(&["--threads", "1", "--jsonl"]).unwrap();
        assert_eq!((o.threads.get(), o.file), (1, None));
        for bad in [
            &["--jsonl", "--threads"][..],
            &["--jsonl", "--threads", "0"],
            &["--jsonl", "--threads", "two"],
            &["--jsonl", "a", "b"],
            &["--jsonl", "--fast"],
        ] {
            assert!(Options::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn threads_give_the_results_in_input_order() {
        let lines: Vec<(usize, Vec<u8>)> = (1..=100)
            .map(|i| {
                let text = if i % 7 == 0 {
                    "not json".to_string()
                } else {
                    serde_json::json!({"id": i, "text": format!("«Сөз {i}», – деді Әли.")})
                        .to_string()
                };
                (i, text.into_bytes())
            })
            .collect();
        let one = annotate_all(&lines, 1);
        let four = annotate_all(&lines, 4);
        assert_eq!(one.len(), 100);
        for (i, (a, b)) in one.iter().zip(&four).enumerate() {
            assert_eq!(a, b, "line {}", i + 1);
        }
        assert!(matches!(&four[6], Err(Error::BadJsonLine { line: 7, .. })));
        assert!(
            four[7]
                .as_ref()
                .unwrap()
                .as_ref()
                .unwrap()
                .starts_with("{\"id\":8,")
        );
    }

    #[test]
    fn chunks_cut_by_lines_keep_the_line_numbers() {
        let input = b"a\nb\r\n\nc";
        let mut reader: &[u8] = input;
        let mut chunk = Chunk::default();
        assert!(chunk.fill(&mut reader, 2).unwrap());
        assert_eq!(chunk.lines, [(1, b"a".to_vec()), (2, b"b\r".to_vec())]);
        assert!(chunk.fill(&mut reader, 2).unwrap());
        assert_eq!(chunk.lines, [(3, b"".to_vec()), (4, b"c".to_vec())]);
        assert!(!chunk.fill(&mut reader, 2).unwrap());
        assert!(chunk.lines.is_empty());
    }
}
