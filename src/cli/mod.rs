//! Parts of the `aitty` command that are more than a line or two; the
//! library never sees them (threads live here, not in the core).

pub mod jsonl;

/// What a failed write to standard output means: a reader that closed the
/// pipe early (`aitty big.txt | head`) wanted no more, which is no error;
/// anything else is said.
pub fn stdout_error(e: std::io::Error) -> Option<String> {
    (e.kind() != std::io::ErrorKind::BrokenPipe)
        .then(|| format!("cannot write standard output: {e}"))
}

/// Writes `text` to standard output; a closed pipe ends quietly.
pub fn print_out(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_or_else(|e| stdout_error(e).map_or(Ok(()), Err), Ok)
}
