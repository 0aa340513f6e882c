//! Training: an averaged structured perceptron over the same features and
//! Viterbi the tagger uses, then the rows that matter most are kept and
//! quantised into a [`Model`]. Deterministic: a fixed seed orders the
//! sentences of each epoch. `src/bin/train_tagger.rs` drives it.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::features::Scratch;
use super::{LABELS, Model, START, begin_label, viterbi};
use crate::entities::{self, EntityType};
use crate::error::Error;
use crate::eval::Docs;
use crate::language::{self, Lang};
use crate::span::Span;
use crate::text::Document;

/// One training sentence: its features (as [`Scratch`] lays them out) and
/// gold labels.
pub struct Example {
    feats: Vec<u32>,
    starts: Vec<u32>,
    gold: Vec<u8>,
}

impl Example {
    fn token(&self, i: usize) -> &[u32] {
        &self.feats[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// Gold entities of a document, in byte spans (the file counts code points).
pub fn gold_spans(text: &str, doc: &crate::eval::Doc) -> Vec<(Span, EntityType)> {
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let at = |cp: i64| usize::try_from(cp).ok().and_then(|i| bytes.get(i).copied());
    doc.entities
        .iter()
        .flatten()
        .filter_map(|e| {
            let kind = EntityType::ALL
                .into_iter()
                .find(|t| Some(t.name()) == e.kind.as_deref())?;
            Some((Span::new(at(e.start)?, at(e.end)?), kind))
        })
        .collect()
}

/// The training sentences of a gold JSON Lines text; `lang` is the file's
/// language (the Kazakh stem feature needs it).
pub fn examples(gold_jsonl: &str, lang: Lang) -> Result<Vec<Example>, Error> {
    let docs = Docs::parse(gold_jsonl, true)?;
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    for d in docs.iter() {
        let text = d.text.as_deref().unwrap_or("");
        let doc = Document::new(text);
        let langs = language::detect(&doc);
        let hints = entities::rule_hints(&doc, &langs);
        let gold = gold_spans(text, d);
        for &sentence in &doc.sentences {
            let from = doc
                .tokens
                .partition_point(|t| t.span.start < sentence.start);
            let toks = doc.tokens_in(sentence);
            if toks.is_empty() {
                continue;
            }
            let mut labels = vec![0u8; toks.len()];
            for &(span, kind) in &gold {
                let Some(b) = begin_label(kind) else { continue };
                let mut first = true;
                for (l, t) in labels.iter_mut().zip(toks) {
                    if t.span.start < span.end && t.span.end > span.start {
                        *l = if first { b } else { b + 1 };
                        first = false;
                    }
                }
            }
            scratch.extract(text, toks, &[], lang, &hints[from..from + toks.len()]);
            out.push(Example {
                feats: scratch.feats.clone(),
                starts: scratch.starts.clone(),
                gold: labels,
            });
        }
    }
    Ok(out)
}

type Rows = HashMap<u32, Weights, BuildHasherDefault<super::IdentityHasher>>;

/// A weight vector and the sum of its updates weighted by time, for the
/// averaging trick (average = `w - u / c`).
#[derive(Clone, Copy, Default)]
struct Weights {
    w: [f32; LABELS],
    u: [f32; LABELS],
}

pub struct Options {
    pub epochs: usize,
    /// Rows kept in the model (the largest weights win; `train_tagger`
    /// keeps 2,400 for English, see its `Corpus::rows`). 3 200 keeps the
    /// wasm module under 400,000 bytes gzipped (402,066 with 3 400 on
    /// 2026-11-30); against 3 400, five-seed cross-validation moved kk
    /// 0.8514 → 0.8508, en 0.5732 → 0.5730, the Russian halves 0.8694 /
    /// 0.8552 → 0.8690 / 0.8544 (2026-11-30).
    pub max_rows: usize,
    pub seed: u64,
    /// Perceptrons trained on differently shuffled epochs (seeds `seed`,
    /// `seed + 1`, ...) whose averaged weights are averaged again.
    pub bags: usize,
    /// Quantile of the weights that maps to the largest `i8`.
    pub clip: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 12,
            max_rows: 3_200,
            seed: 0x5EED,
            bags: 1,
            clip: 1.0,
        }
    }
}

/// Trains a model on `examples`.
pub fn train(examples: &[Example], options: &Options) -> Model {
    let bags = options.bags.max(1);
    let mut sum: HashMap<u32, [f32; LABELS], BuildHasherDefault<super::IdentityHasher>> =
        HashMap::default();
    let mut t = [[0f32; LABELS]; LABELS + 1];
    for bag in 0..bags {
        let (rows, trans) = perceptron(examples, options.epochs, options.seed + bag as u64);
        for (k, r) in rows {
            let s = sum.entry(k).or_default();
            for (s, w) in s.iter_mut().zip(r) {
                *s += w / bags as f32;
            }
        }
        for (tp, trans_p) in t.iter_mut().zip(trans) {
            for (tl, w) in tp.iter_mut().zip(trans_p) {
                *tl += w / bags as f32;
            }
        }
    }
    let mut kept: Vec<(u32, [f32; LABELS])> = sum.into_iter().collect();
    let strength = |r: &[f32; LABELS]| r.iter().fold(0f32, |m, w| m.max(w.abs()));
    kept.sort_by(|a, b| {
        strength(&b.1)
            .total_cmp(&strength(&a.1))
            .then(a.0.cmp(&b.0))
    });
    kept.truncate(options.max_rows);
    Model::quantise(&kept, &t, options.clip)
}

/// Emission rows and transitions of one averaged perceptron.
type Averaged = (Vec<(u32, [f32; LABELS])>, [[f32; LABELS]; LABELS + 1]);

/// One averaged structured perceptron, its epochs shuffled by `seed`.
fn perceptron(examples: &[Example], epochs: usize, seed: u64) -> Averaged {
    let mut rows = Rows::default();
    let mut trans = [[Weights::default(); LABELS]; LABELS + 1];
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed | 1;
    let (mut emissions, mut backs, mut pred) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &e in &order {
            let ex = &examples[e];
            emissions.clear();
            for i in 0..ex.gold.len() {
                let mut sum = [0f32; LABELS];
                for f in ex.token(i) {
                    if let Some(r) = rows.get(f) {
                        for (s, w) in sum.iter_mut().zip(r.w) {
                            *s += w;
                        }
                    }
                }
                emissions.push(sum);
            }
            let tw: [[f32; LABELS]; LABELS + 1] =
                std::array::from_fn(|p| std::array::from_fn(|l| trans[p][l].w[0]));
            viterbi::decode(&emissions, &tw, -1e30, &mut backs, &mut pred);
            if pred != ex.gold {
                let update = |w: &mut Weights, label: u8, d: f32| {
                    w.w[label as usize] += d;
                    w.u[label as usize] += c * d;
                };
                for i in 0..ex.gold.len() {
                    let (g, p) = (ex.gold[i], pred[i]);
                    let (gp, pp) = if i == 0 {
                        (START, START)
                    } else {
                        (ex.gold[i - 1] as usize, pred[i - 1] as usize)
                    };
                    if g != p {
                        for &f in ex.token(i) {
                            let r = rows.entry(f).or_default();
                            update(r, g, 1.0);
                            update(r, p, -1.0);
                        }
                    }
                    if g != p || gp != pp {
                        update(&mut trans[gp][g as usize], 0, 1.0);
                        update(&mut trans[pp][p as usize], 0, -1.0);
                    }
                }
            }
            c += 1.0;
        }
    }
    let average = |w: &Weights| -> [f32; LABELS] { std::array::from_fn(|l| w.w[l] - w.u[l] / c) };
    let kept = rows.iter().map(|(&k, w)| (k, average(w))).collect();
    let t = std::array::from_fn(|p| std::array::from_fn(|l| average(&trans[p][l])[0]));
    (kept, t)
}

/// Exact-match counts of PERSON, ORG and LOC: (true positives, predicted, gold).
pub fn name_counts(
    gold_jsonl: &str,
    found: impl Fn(&str) -> Vec<(Span, EntityType)>,
) -> Result<(u64, u64, u64), Error> {
    let docs = Docs::parse(gold_jsonl, true)?;
    let is_name = |k: &EntityType| begin_label(*k).is_some();
    let (mut tp, mut pred, mut gold) = (0, 0, 0);
    for d in docs.iter() {
        let text = d.text.as_deref().unwrap_or("");
        let mut g: Vec<_> = gold_spans(text, d)
            .into_iter()
            .filter(|e| is_name(&e.1))
            .collect();
        let p: Vec<_> = found(text).into_iter().filter(|e| is_name(&e.1)).collect();
        g.sort();
        gold += g.len() as u64;
        pred += p.len() as u64;
        tp += p.iter().filter(|e| g.binary_search(e).is_ok()).count() as u64;
    }
    Ok((tp, pred, gold))
}
