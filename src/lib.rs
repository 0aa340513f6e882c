//! Aitty: who said what, and the names in it, for Kazakh, Russian and English
//! news. Runs natively (CLI) and in the browser (WebAssembly).
//!
//! ```
//! let a = aitty::annotate("«Бәрі жақсы», – деді Қуандық Алпыс.");
//! assert_eq!(a.format, "aitty");
//! ```

pub mod attribution;
pub mod clusters;
pub mod entities;
pub mod error;
pub mod eval;
pub mod format;
pub mod import;
pub mod json;
pub mod jsonl;
pub mod language;
pub mod pipeline;
pub mod quotes;
pub mod span;
pub mod tagger;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod wordlist;

pub use error::Error;
pub use format::Annotations;
pub use pipeline::{Analysis, analyse};

/// Annotates `text` and returns the format v1 document.
pub fn annotate(text: &str) -> Annotations {
    format::to_v1(&analyse(text))
}
