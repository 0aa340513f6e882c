//! Entity counts: exact span and type (CoNLL style), over the entity types
//! the gold file uses; predictions of other types are not counted.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::docs::EntitySpan;
use super::report::Prf;

#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    pub fn prf(self) -> Prf {
        Prf::new(self.tp, self.fp, self.fn_)
    }
}

/// Counts per gold type, summed over documents.
#[derive(Clone, Debug, Default)]
pub struct EntityTally {
    pub types: BTreeSet<String>,
    pub counts: BTreeMap<String, Counts>,
}

impl EntityTally {
    /// Starts a tally over every type the gold documents use.
    pub fn new<'a>(gold: impl Iterator<Item = &'a [EntitySpan]>) -> EntityTally {
        let types = gold
            .flatten()
            .map(|e| e.kind.clone().unwrap_or_default())
            .collect();
        EntityTally {
            types,
            counts: BTreeMap::new(),
        }
    }

    /// Adds one document.
    pub fn add(&mut self, gold: &[EntitySpan], pred: &[EntitySpan]) {
        let key = |e: &'_ EntitySpan| (e.start, e.end, e.kind.clone().unwrap_or_default());
        let gold: HashSet<_> = gold.iter().map(key).collect();
        let pred: HashSet<_> = pred
            .iter()
            .filter(|e| e.kind.as_ref().is_some_and(|k| self.types.contains(k)))
            .map(key)
            .collect();
        for t in &self.types {
            let of_type = |set: &HashSet<(i64, i64, String)>| -> HashSet<(i64, i64, String)> {
                set.iter().filter(|x| x.2 == *t).cloned().collect()
            };
            let (g, p) = (of_type(&gold), of_type(&pred));
            let tp = g.intersection(&p).count() as u64;
            self.counts.entry(t.clone()).or_default().add(Counts {
                tp,
                fp: p.len() as u64 - tp,
                fn_: g.len() as u64 - tp,
            });
        }
    }

    /// PERSON, ORG and LOC together, where the gold has them.
    pub fn person_org_loc(&self) -> Counts {
        let mut total = Counts::default();
        for t in ["PERSON", "ORG", "LOC"] {
            if let Some(c) = self.counts.get(t) {
                total.add(*c);
            }
        }
        total
    }

    pub fn all(&self) -> Counts {
        let mut total = Counts::default();
        for c in self.counts.values() {
            total.add(*c);
        }
        total
    }
}
