//! Dictionary forms of names. Stub until the entities stage lands: returns
//! the text unchanged.

use crate::language::Lang;

/// The dictionary (nominative) form of `text`, a name as written in `lang`.
pub fn canonical(text: &str, _lang: Lang) -> String {
    text.to_string()
}
