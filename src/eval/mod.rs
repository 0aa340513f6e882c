//! `aitty eval`: annotate gold JSON Lines and score them exactly as
//! `tools/score.py` does (quotes, speakers, entities), so the figures need no
//! Python. `tests/eval_agrees_with_score_py.rs` holds the two to the same output.

mod docs;
mod entities;
mod pyfmt;
mod quotes;
mod report;
mod speakers;
pub mod split;

use std::collections::BTreeMap;

pub use docs::{Doc, Docs, EntitySpan, QuoteSpan};
pub use pyfmt::PyValue;
pub use report::{KindScores, Prf, QuoteScores, Report};

use crate::error::Error;
use entities::EntityTally;

/// Annotates every gold text and scores the result, listing up to
/// `max_errors` missed, spurious or misattributed quotes as
/// `score.py --errors N` does.
pub fn evaluate(gold_jsonl: &str, max_errors: usize) -> Result<Report, Error> {
    let gold = Docs::parse(gold_jsonl, true)?;
    let mut pred = Docs::default();
    for doc in gold.iter() {
        let text = doc.text.as_deref().unwrap_or("");
        pred.insert(docs::prediction(doc.id.clone(), &crate::annotate(text)));
    }
    Ok(score(&gold, &pred, max_errors))
}

/// Quote counts over all documents.
#[derive(Default)]
struct QuoteTally {
    tp: u64,
    fp: u64,
    fn_: u64,
    exact: u64,
    speaker_gold: u64,
    speaker_ok: u64,
    end_to_end: u64,
}

#[derive(Default)]
struct KindTally {
    gold: u64,
    found: u64,
    speaker_gold: u64,
    speaker_ok: u64,
}

fn ratio(a: u64, b: u64) -> Option<f64> {
    (b > 0).then(|| pyfmt::round4(a as f64 / b as f64))
}

/// `score.py`'s `score(gold_docs, pred_docs, max_errors)`.
pub fn score(gold: &Docs, pred: &Docs, max_errors: usize) -> Report {
    let has_quotes = gold.iter().any(|d| d.quotes.is_some());
    let has_entities = gold.iter().any(|d| d.entities.is_some());
    let mut q = QuoteTally::default();
    let mut by_kind: BTreeMap<String, KindTally> = BTreeMap::new();
    let mut ents = EntityTally::new(gold.iter().map(|d| d.entities.as_deref().unwrap_or(&[])));
    let mut errors: Vec<String> = Vec::new();
    let missing = gold.iter().filter(|d| pred.get(&d.id).is_none()).count();
    for g in gold.iter() {
        let p = pred.get(&g.id);
        let text: Vec<char> = g.text.as_deref().unwrap_or("").chars().collect();
        let doc_id = pyfmt::str_of(&g.id);
        if has_quotes {
            let gq = g.quotes.as_deref().unwrap_or(&[]);
            let pq = p.and_then(|p| p.quotes.as_deref()).unwrap_or(&[]);
            let pairs = quotes::match_quotes(gq, pq);
            let mut matched_gold = vec![false; gq.len()];
            let mut matched_pred = vec![false; pq.len()];
            for &(i, j) in &pairs {
                matched_gold[i] = true;
                matched_pred[j] = true;
            }
            q.tp += pairs.len() as u64;
            q.fp += (pq.len() - pairs.len()) as u64;
            q.fn_ += (gq.len() - pairs.len()) as u64;
            for (gqi, &matched) in gq.iter().zip(&matched_gold) {
                let k = by_kind.entry(kind_of(gqi)).or_default();
                k.gold += 1;
                k.found += u64::from(matched);
            }
            for &(i, j) in &pairs {
                let (gqi, pqj) = (&gq[i], &pq[j]);
                if quotes::trimmed(&text, gqi.start, gqi.end)
                    == quotes::trimmed(&text, pqj.start, pqj.end)
                {
                    q.exact += 1;
                }
                let named = gqi.speaker.as_ref().is_some_and(PyValue::is_truthy)
                    && gqi.speaker_type.as_deref() != Some("pronoun");
                let ok = named && speakers::speaker_ok(gqi, pqj);
                if named {
                    let k = by_kind.entry(kind_of(gqi)).or_default();
                    q.speaker_gold += 1;
                    k.speaker_gold += 1;
                    q.speaker_ok += u64::from(ok);
                    k.speaker_ok += u64::from(ok);
                    if !ok && errors.len() < max_errors {
                        errors.push(format!(
                            "{doc_id}: speaker {} != {} for {}",
                            pyfmt::repr(pqj.speaker.as_ref().unwrap_or(&PyValue::None)),
                            pyfmt::repr(gqi.speaker.as_ref().unwrap_or(&PyValue::None)),
                            snippet(&text, gqi, 60)
                        ));
                    }
                }
                if !named || ok {
                    q.end_to_end += 1;
                }
            }
            for (gqi, _) in gq.iter().zip(&matched_gold).filter(|(_, m)| !**m) {
                if errors.len() < max_errors {
                    let kind = gqi.kind.as_deref().unwrap_or("None");
                    let quote = snippet(&text, gqi, 70);
                    errors.push(format!("{doc_id}: missed {kind} quote {quote}"));
                }
            }
            for (pqj, _) in pq.iter().zip(&matched_pred).filter(|(_, m)| !**m) {
                if errors.len() < max_errors {
                    let quote = snippet(&text, pqj, 70);
                    errors.push(format!("{doc_id}: spurious quote {quote}"));
                }
            }
        }
        if has_entities {
            let pe = p.and_then(|p| p.entities.as_deref()).unwrap_or(&[]);
            ents.add(g.entities.as_deref().unwrap_or(&[]), pe);
        }
    }

    let mut report = Report {
        documents: gold.len(),
        missing_predictions: missing,
        quotes: None,
        quotes_by_kind: None,
        entities: None,
        entities_person_org_loc: None,
        entities_all: None,
        errors,
    };
    if has_quotes {
        let inexact = |n: u64| Prf::new(n, q.tp + q.fp - n, q.tp + q.fn_ - n).f1;
        report.quotes = Some(QuoteScores {
            prf: Prf::new(q.tp, q.fp, q.fn_),
            exact_f1: inexact(q.exact),
            speaker_accuracy: ratio(q.speaker_ok, q.speaker_gold),
            end_to_end_f1: inexact(q.end_to_end),
        });
        report.quotes_by_kind = Some(
            by_kind
                .into_iter()
                .map(|(k, v)| {
                    let scores = KindScores {
                        gold: v.gold,
                        recall: ratio(v.found, v.gold),
                        speaker_accuracy: ratio(v.speaker_ok, v.speaker_gold),
                    };
                    (k, scores)
                })
                .collect(),
        );
    }
    if has_entities {
        report.entities = Some(
            ents.counts
                .iter()
                .map(|(t, c)| (t.clone(), c.prf()))
                .collect(),
        );
        report.entities_person_org_loc = Some(ents.person_org_loc().prf());
        report.entities_all = Some(ents.all().prf());
    }
    report
}

/// `gqi.get("kind", "direct")`.
fn kind_of(q: &QuoteSpan) -> String {
    q.kind.clone().unwrap_or_else(|| "direct".to_string())
}

/// `repr(text[start:end][:limit])`.
fn snippet(text: &[char], q: &QuoteSpan, limit: usize) -> String {
    let s: String = quotes::slice(text, q.start, q.end)
        .iter()
        .take(limit)
        .collect();
    pyfmt::str_repr(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_offsets_do_not_panic() {
        let gold = Docs::parse(
            r#"{"id": 1, "text": "«Иә», – деді ол.", "quotes": [{"start": 1, "end": 3, "speaker": "Ол"}], "entities": [{"start": 0, "end": 2, "type": "LOC"}]}"#,
            true,
        )
        .unwrap();
        let pred = Docs::parse(
            r#"{"id": 1, "quotes": [{"start": -5, "end": 9223372036854775807, "speaker": {"name": 3, "start": "x"}}, {"start": 9, "end": 2}, {"start": -9223372036854775808, "end": -1, "speaker": []}], "entities": [{"start": -1, "end": -1}]}"#,
            false,
        )
        .unwrap();
        let report = score(&gold, &pred, 10);
        assert_eq!(report.quotes.as_ref().unwrap().prf.fp, 3);
        assert!(report.errors.len() >= 4, "{:?}", report.errors);
    }

    #[test]
    fn annotating_the_gold_finds_no_missing_predictions() {
        let report = evaluate(
            "{\"id\": \"a\", \"text\": \"Ол келді.\", \"quotes\": []}\n",
            0,
        )
        .unwrap();
        assert_eq!((report.documents, report.missing_predictions), (1, 0));
        assert!(report.quotes.is_some() && report.entities.is_none());
    }
}
