//! The report `score.py` prints: as one JSON object (`--json`, same keys,
//! order and rounding) or as its text lines.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::pyfmt::{PyJsonFormatter, opt_float, round4};

/// Precision, recall and F1 (rounded to 4 places) with the counts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    pub tp: u64,
    pub fp: u64,
    #[serde(rename = "fn")]
    pub fn_: u64,
}

impl Prf {
    /// `score.py`'s `prf`.
    pub fn new(tp: u64, fp: u64, fn_: u64) -> Prf {
        let ratio = |a: u64, b: u64| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let p = ratio(tp, tp + fp);
        let r = ratio(tp, tp + fn_);
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p: round4(p),
            r: round4(r),
            f1: round4(f1),
            tp,
            fp,
            fn_,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteScores {
    #[serde(flatten)]
    pub prf: Prf,
    /// F1 counting only matches with the same trimmed boundaries.
    pub exact_f1: f64,
    /// Over matched gold quotes with a named speaker; `None` if there are none.
    pub speaker_accuracy: Option<f64>,
    /// F1 counting a match only if its speaker is right too (or not named).
    pub end_to_end_f1: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KindScores {
    pub gold: u64,
    pub recall: Option<f64>,
    pub speaker_accuracy: Option<f64>,
}

/// What `aitty eval` and `score.py` report. Sections appear only for what
/// the gold file annotates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub documents: usize,
    pub missing_predictions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<QuoteScores>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes_by_kind: Option<BTreeMap<String, KindScores>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<BTreeMap<String, Prf>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities_person_org_loc: Option<Prf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities_all: Option<Prf>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

impl Report {
    /// One line of JSON, as `score.py --json` prints it.
    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, PyJsonFormatter);
        // Serialising plain structs of numbers and strings cannot fail.
        if self.serialize(&mut ser).is_err() {
            return String::new();
        }
        String::from_utf8(out).unwrap_or_default()
    }

    /// The text lines of `score.py`'s `main()`, each ending in a newline.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = self.write_text(&mut out);
        out
    }

    /// `{kind:<9}` pads by code points, as Python's `f"{kind:9s}"` does.
    fn write_text(&self, out: &mut String) -> std::fmt::Result {
        writeln!(
            out,
            "documents: {} (missing predictions: {})",
            self.documents, self.missing_predictions
        )?;
        if let Some(q) = &self.quotes {
            writeln!(
                out,
                "quotes   {}  exact F1 {:.3}  speaker acc {}  end-to-end F1 {:.3}",
                prf_text(&q.prf),
                q.exact_f1,
                opt_float(q.speaker_accuracy),
                q.end_to_end_f1
            )?;
        }
        for (kind, v) in self.quotes_by_kind.iter().flatten() {
            writeln!(
                out,
                "  {kind:<9} gold {:5}  recall {}  speaker acc {}",
                v.gold,
                opt_float(v.recall),
                opt_float(v.speaker_accuracy)
            )?;
        }
        for (kind, r) in self.entities.iter().flatten() {
            writeln!(out, "{kind:<9} {}  (gold {})", prf_text(r), r.tp + r.fn_)?;
        }
        let totals = [
            ("PER+ORG+LOC", &self.entities_person_org_loc),
            ("all types", &self.entities_all),
        ];
        for (label, r) in totals {
            if let Some(r) = r {
                writeln!(out, "{label:<12} {}", prf_text(r))?;
            }
        }
        for e in &self.errors {
            writeln!(out, "  {e}")?;
        }
        Ok(())
    }
}

/// `P 0.500  R 1.000  F1 0.667`: score.py's `f"P {r['p']:.3f}  R ...  F1 ..."`.
fn prf_text(r: &Prf) -> String {
    format!("P {:.3}  R {:.3}  F1 {:.3}", r.p, r.r, r.f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_rounds_and_guards_zero() {
        let r = Prf::new(1, 2, 0);
        assert_eq!((r.p, r.r, r.f1), (0.3333, 1.0, 0.5));
        assert_eq!(Prf::new(0, 0, 0).f1, 0.0);
    }

    #[test]
    fn json_looks_like_python() {
        let report = Report {
            documents: 2,
            missing_predictions: 0,
            quotes: None,
            quotes_by_kind: None,
            entities: None,
            entities_person_org_loc: None,
            entities_all: Some(Prf::new(1, 1, 0)),
            errors: vec!["x: «y»".to_string()],
        };
        assert_eq!(
            report.to_json(),
            r#"{"documents": 2, "missing_predictions": 0, "entities_all": {"p": 0.5, "r": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}, "errors": ["x: «y»"]}"#
        );
        assert_eq!(
            report.render(),
            "documents: 2 (missing predictions: 0)\nall types    P 0.500  R 1.000  F1 0.667\n  x: «y»\n"
        );
    }
}
