//! Is the predicted speaker the gold one? `score.py`'s `speaker_ok`: the gold
//! name's last word (or, for a written-out mention, any capitalised word)
//! shares a stem with a word of the predicted name, or the predicted mention
//! overlaps a mention-level gold source.
//!
//! Differences from Python, none of which the data shows:
//! - no NFC normalisation (the crate has no Unicode tables; every gold text and
//!   speaker in `tests/data` is already NFC, and predicted names are slices of
//!   those texts);
//! - word characters are Rust's `char::is_alphanumeric` (Unicode Alphabetic or
//!   Numeric) where Python's `isalnum` takes letters and numbers by general
//!   category: they differ only on the `Other_Alphabetic` combining vowel signs
//!   of some scripts and on circled letters, not on Cyrillic or Latin names.

use super::docs::QuoteSpan;
use super::pyfmt::PyValue;

/// The words of a name as written (`norm_raw`).
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lowercased words of a name with `ё` read as `е` (`norm_tokens`).
fn norm_tokens(name: &str) -> Vec<Vec<char>> {
    words(&name.to_lowercase().replace('ё', "е"))
        .iter()
        .map(|w| w.chars().collect())
        .collect()
}

/// Same word up to an inflectional ending: a common prefix of at least three
/// letters missing at most one letter of the shorter word.
fn stem_eq(a: &[char], b: &[char]) -> bool {
    if a == b {
        return true;
    }
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let short = a.len().min(b.len());
    short >= 3 && common >= 3.max(short - 1)
}

/// A name given as a string, or the `name` of a speaker object.
fn name_of(speaker: &PyValue) -> Option<&str> {
    match speaker {
        PyValue::Dict(_) => speaker.get("name").and_then(PyValue::as_str),
        other => other.as_str(),
    }
}

/// `score.py`'s `speaker_ok(gold_q, pred_q)`.
pub fn speaker_ok(gold: &QuoteSpan, pred: &QuoteSpan) -> bool {
    let Some(predicted) = pred.speaker.as_ref().filter(|s| **s != PyValue::None) else {
        return false;
    };
    let gold_name = gold.speaker.as_ref().and_then(name_of).unwrap_or("");
    let gold_tokens = norm_tokens(gold_name);
    let pred_tokens = norm_tokens(name_of(predicted).unwrap_or(""));
    let mut keys: Vec<&[char]> = gold_tokens.last().map(Vec::as_slice).into_iter().collect();
    if gold.speaker_type.as_deref() == Some("mention") {
        let capitalised: Vec<&[char]> = gold_tokens
            .iter()
            .zip(words(gold_name))
            .filter(|(_, raw)| raw.chars().next().is_some_and(char::is_uppercase))
            .map(|(t, _)| t.as_slice())
            .collect();
        if !capitalised.is_empty() {
            keys = capitalised;
        }
    }
    if keys
        .iter()
        .any(|k| pred_tokens.iter().any(|p| stem_eq(k, p)))
    {
        return true;
    }
    mention_overlaps(gold, predicted)
}

/// A mention-level gold source also matches by position.
fn mention_overlaps(gold: &QuoteSpan, predicted: &PyValue) -> bool {
    if !matches!(predicted, PyValue::Dict(_)) {
        return false;
    }
    let (Some(gs), Some(ps)) = (
        gold.speaker_start,
        predicted.get("start").filter(|v| **v != PyValue::None),
    ) else {
        return false;
    };
    // Python would raise on a missing gold end or predicted end: no match here.
    let (Some(ge), Some(ps), Some(pe)) = (
        gold.speaker_end,
        ps.as_f64(),
        predicted.get("end").and_then(PyValue::as_f64),
    ) else {
        return false;
    };
    ps < ge as f64 && (gs as f64) < pe
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn quote(speaker: &str, speaker_type: Option<&str>) -> QuoteSpan {
        QuoteSpan {
            start: 0,
            end: 1,
            kind: None,
            speaker: Some(PyValue::Str(speaker.to_string())),
            speaker_type: speaker_type.map(str::to_string),
            speaker_start: None,
            speaker_end: None,
        }
    }

    #[test]
    fn stems_allow_one_letter_of_ending() {
        assert!(stem_eq(&chars("алпыс"), &chars("алпыстың")));
        assert!(stem_eq(&chars("путин"), &chars("путина")));
        assert!(stem_eq(&chars("путин"), &chars("путину")));
        assert!(!stem_eq(&chars("ол"), &chars("олар")));
        assert!(!stem_eq(&chars("иванов"), &chars("иванченко")));
    }

    #[test]
    fn last_word_of_the_gold_name_decides() {
        let gold = quote("Қуандық Алпыс", Some("person"));
        assert!(speaker_ok(&gold, &quote("Алпыс", None)));
        assert!(!speaker_ok(&gold, &quote("Қуандық", None)));
        let gold = quote("Пётр Семёнов", None);
        assert!(speaker_ok(&gold, &quote("СЕМЕНОВА", None)));
    }

    #[test]
    fn mentions_match_on_any_capitalised_word() {
        let gold = quote(
            "Lily Batchelder, a tax expert at the university",
            Some("mention"),
        );
        assert!(speaker_ok(&gold, &quote("Batchelder", None)));
        assert!(speaker_ok(&gold, &quote("Lily", None)));
        assert!(!speaker_ok(&gold, &quote("university", None)));
    }

    #[test]
    fn mention_level_gold_matches_by_position() {
        let mut gold = quote("the minister", Some("mention"));
        gold.speaker_start = Some(10);
        gold.speaker_end = Some(22);
        let pred: PyValue =
            serde_json::from_str(r#"{"name": "Smith", "start": 15, "end": 30}"#).unwrap();
        let mut p = quote("", None);
        p.speaker = Some(pred);
        assert!(speaker_ok(&gold, &p));
        p.speaker =
            Some(serde_json::from_str(r#"{"name": "Smith", "start": 22, "end": 30}"#).unwrap());
        assert!(!speaker_ok(&gold, &p));
    }
}
