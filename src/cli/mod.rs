//! Parts of the `aitty` command that are more than a line or two; the
//! library never sees them (threads live here, not in the core).

pub mod jsonl;
