//! A trained model: a row of label weights per kept feature hash, and the
//! label transitions, quantised to `i8`/`i16` with one scale per model.
//!
//! File format (little endian): `AITG`, version `1`, hash bits, row count
//! `n` (u32), scale (f32), `(LABELS + 1) × LABELS` transitions (i16), the
//! `n` feature hashes sorted and delta-coded as LEB128 varints, then the
//! weights label by label (`n` i8 for `O`, `n` for `B-PER`, ...): sorted
//! keys and columns of mostly small numbers are what gzip packs best.

use std::sync::{LazyLock, OnceLock};

use super::LABELS;
use super::features::HASH_BITS;
use crate::language::Lang;

const MAGIC: &[u8; 4] = b"AITG";
const VERSION: u8 = 1;

/// A row's weights and a zero after them: eight bytes, which
/// [`Model::emission`] adds in one vector step.
const PADDED: usize = LABELS + 1;

/// The most features [`Model::emission`] sums: 258 rows of ±127 would
/// overflow its `i16`s (a token has a few dozen).
const MAX_FEATURES: usize = 256;

/// A feature's hash (+ 1; 0 marks an empty slot) beside its weights: one
/// cache line read per look-up. Twelve bytes, padded or not.
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u32,
    row: [i8; PADDED],
}

pub struct Model {
    /// Open addressing, linear probing.
    slots: Vec<Slot>,
    /// One byte per slot (0 when empty), checked first: a feature the model
    /// lacks is mostly turned away by this small array, which stays in cache.
    tags: Vec<u8>,
    mask: u32,
    transitions: [[i32; LABELS]; LABELS + 1],
    /// Multiply a quantised score by this to get the trained one.
    pub scale: f32,
    /// [`Model::indexed_rows`], made on first need.
    indexed: OnceLock<Vec<[i32; LABELS]>>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct BadModel(&'static str);

impl std::fmt::Display for BadModel {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "bad tagger model: {}", self.0)
    }
}

/// A slot's one-byte check: hash bits the slot index does not use, never 0.
#[inline]
fn tag(hash: u32) -> u8 {
    ((hash >> (HASH_BITS - 8)) as u8).max(1)
}

impl Model {
    /// Quantises trained weights: the weight at quantile `clip` of all
    /// row weights maps to ±127, larger ones are clipped there (a few huge
    /// weights would otherwise round every small one to zero).
    pub fn quantise(
        rows: &[(u32, [f32; LABELS])],
        transitions: &[[f32; LABELS]; LABELS + 1],
        clip: f32,
    ) -> Model {
        let mut all: Vec<f32> = rows
            .iter()
            .flat_map(|(_, r)| r.iter().map(|w| w.abs()))
            .collect();
        all.sort_by(f32::total_cmp);
        let at = ((all.len() as f32 * clip) as usize).min(all.len().saturating_sub(1));
        let max = all.get(at).copied().unwrap_or(0.0);
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let mut q = [[0i32; LABELS]; LABELS + 1];
        for (qr, tr) in q.iter_mut().zip(transitions) {
            for (qv, &t) in qr.iter_mut().zip(tr) {
                *qv = (t / scale).round().clamp(i16::MIN as f32, i16::MAX as f32) as i32;
            }
        }
        let quantised: Vec<(u32, [i8; LABELS])> = rows
            .iter()
            .map(|(k, r)| {
                (
                    *k,
                    r.map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8),
                )
            })
            .filter(|(_, r)| r.iter().any(|&w| w != 0))
            .collect();
        Model::build(&quantised, q, scale)
    }

    fn build(
        rows: &[(u32, [i8; LABELS])],
        transitions: [[i32; LABELS]; LABELS + 1],
        scale: f32,
    ) -> Model {
        // Load factor between 1/8 and 1/4: most look-ups of a feature the
        // model lacks end at the first, empty slot (measured 5-7% faster
        // tagging than 0.37-0.75); 4,000 rows take 16K slots, ~210 KB.
        let capacity = (rows.len() * 4).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); capacity];
        let mut tags = vec![0u8; capacity];
        let mask = capacity as u32 - 1;
        for &(k, row) in rows {
            let mut at = k & mask;
            while slots[at as usize].key != 0 && slots[at as usize].key != k + 1 {
                at = (at + 1) & mask;
            }
            let mut padded = [0; PADDED];
            padded[..LABELS].copy_from_slice(&row);
            slots[at as usize] = Slot {
                key: k + 1,
                row: padded,
            };
            tags[at as usize] = tag(k);
        }
        Model {
            slots,
            tags,
            mask,
            transitions,
            scale,
            indexed: OnceLock::new(),
        }
    }

    /// Rows that `make` works out from the model once (the tagger's sums
    /// of its indexed features): kept with it, so that every document
    /// tagged shares them rather than making them again.
    pub fn indexed_rows(
        &self,
        make: impl FnOnce(&Model) -> Vec<[i32; LABELS]>,
    ) -> &[[i32; LABELS]] {
        self.indexed.get_or_init(|| make(self))
    }

    /// Number of feature rows kept.
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.key != 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The weights of feature `hash`, if the model kept it (the tests read
    /// them; tagging sums them with [`Model::emission`]).
    #[cfg(test)]
    fn row(&self, hash: u32) -> Option<&[i8; LABELS]> {
        self.padded_row(hash).and_then(|r| r.first_chunk())
    }

    /// The weights of feature `hash` and the zero after them, if the model
    /// kept it.
    #[inline]
    fn padded_row(&self, hash: u32) -> Option<&[i8; PADDED]> {
        let (mut at, want) = (hash & self.mask, tag(hash));
        loop {
            match self.tags[at as usize] {
                0 => return None,
                t if t == want => {
                    let slot = &self.slots[at as usize];
                    if slot.key == hash + 1 {
                        return Some(&slot.row);
                    }
                }
                _ => {}
            }
            at = (at + 1) & self.mask;
        }
    }

    /// Sum of the rows of `feats`: one score per label. Summed as eight
    /// `i16`s, which the compiler adds as one vector ([`MAX_FEATURES`]).
    #[inline]
    pub fn emission(&self, feats: &[u32]) -> [i32; LABELS] {
        assert!(feats.len() <= MAX_FEATURES, "too many features to sum");
        let mut sum = [0i16; PADDED];
        for &f in feats {
            if let Some(r) = self.padded_row(f) {
                for (s, &w) in sum.iter_mut().zip(r) {
                    *s += i16::from(w);
                }
            }
        }
        std::array::from_fn(|l| i32::from(sum[l]))
    }

    pub fn transitions(&self) -> &[[i32; LABELS]; LABELS + 1] {
        &self.transitions
    }

    /// The kept rows, sorted by hash.
    fn sorted_rows(&self) -> Vec<(u32, [i8; LABELS])> {
        let mut rows: Vec<_> = self
            .slots
            .iter()
            .filter(|s| s.key != 0)
            .map(|s| (s.key - 1, std::array::from_fn(|l| s.row[l])))
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let rows = self.sorted_rows();
        let mut out = Vec::with_capacity(rows.len() * (LABELS + 2) + 200);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(HASH_BITS as u8);
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.transitions {
            for &t in row {
                out.extend_from_slice(&(t as i16).to_le_bytes());
            }
        }
        let mut last = 0u32;
        for &(k, _) in &rows {
            let mut delta = k - last;
            last = k;
            loop {
                let byte = (delta & 0x7F) as u8;
                delta >>= 7;
                if delta == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
        }
        for label in 0..LABELS {
            out.extend(rows.iter().map(|(_, r)| r[label] as u8));
        }
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, BadModel> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC || r.take(1)?[0] != VERSION {
            return Err(BadModel("not an Aitty tagger model of version 1"));
        }
        if r.take(1)?[0] as u32 != HASH_BITS {
            return Err(BadModel("trained with other feature hashing"));
        }
        let n = u32::from_le_bytes(r.take(4)?.try_into().unwrap()) as usize;
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
        let mut transitions = [[0i32; LABELS]; LABELS + 1];
        for row in transitions.iter_mut() {
            for t in row.iter_mut() {
                *t = i16::from_le_bytes(r.take(2)?.try_into().unwrap()) as i32;
            }
        }
        let mut keys = Vec::with_capacity(n);
        let mut last = 0u32;
        for _ in 0..n {
            let (mut delta, mut shift) = (0u32, 0);
            loop {
                let b = r.take(1)?[0];
                delta |= ((b & 0x7F) as u32)
                    .checked_shl(shift)
                    .ok_or(BadModel("bad varint"))?;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            last = last.checked_add(delta).ok_or(BadModel("bad key"))?;
            keys.push(last);
        }
        let mut rows: Vec<(u32, [i8; LABELS])> =
            keys.into_iter().map(|k| (k, [0; LABELS])).collect();
        for label in 0..LABELS {
            for (row, &b) in rows.iter_mut().zip(r.take(n)?) {
                row.1[label] = b as i8;
            }
        }
        if r.at != bytes.len() {
            return Err(BadModel("trailing bytes"));
        }
        Ok(Model::build(&rows, transitions, scale))
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], BadModel> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(BadModel("truncated"))?;
        self.at += n;
        Ok(s)
    }
}

fn load(bytes: &'static [u8]) -> Option<Model> {
    // An empty file stands for "no model yet": the rules work alone.
    (!bytes.is_empty()).then(|| Model::from_bytes(bytes).expect("compiled-in tagger model"))
}

static KK: LazyLock<Option<Model>> =
    LazyLock::new(|| load(include_bytes!("../../data/model/kk.bin")));
static RU: LazyLock<Option<Model>> =
    LazyLock::new(|| load(include_bytes!("../../data/model/ru.bin")));
static EN: LazyLock<Option<Model>> =
    LazyLock::new(|| load(include_bytes!("../../data/model/en.bin")));

/// The compiled-in model for `lang` (none for undetermined text).
pub fn compiled(lang: Lang) -> Option<&'static Model> {
    match lang {
        Lang::Kk => KK.as_ref(),
        Lang::Ru => RU.as_ref(),
        Lang::En => EN.as_ref(),
        Lang::Und => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::START;

    fn sample() -> Model {
        let rows: Vec<(u32, [f32; LABELS])> = (0..500u32)
            .map(|i| {
                let k = i.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS);
                (k, [i as f32 * 0.01 - 2.0, 0.5, -0.25, 0.0, 1.0, -3.0, 0.1])
            })
            .collect();
        let mut trans = [[0.0; LABELS]; LABELS + 1];
        trans[1][2] = 2.5;
        trans[START][0] = -1.0;
        Model::quantise(&rows, &trans, 1.0)
    }

    #[test]
    fn bytes_round_trip_keeps_every_weight() {
        let m = sample();
        let again = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(again.sorted_rows(), m.sorted_rows());
        assert_eq!(again.transitions, m.transitions);
        assert_eq!(again.scale, m.scale);
        assert_eq!(again.len(), 500);
    }

    #[test]
    fn quantisation_keeps_weights_within_half_a_step() {
        let m = sample();
        let k = 7u32.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS);
        let row = m.row(k).unwrap();
        let trained = [7.0 * 0.01 - 2.0, 0.5, -0.25, 0.0, 1.0, -3.0, 0.1];
        for (q, t) in row.iter().zip(trained) {
            assert!((*q as f32 * m.scale - t).abs() <= m.scale / 2.0 + 1e-6);
        }
        assert_eq!(
            m.row(k ^ 1).is_some(),
            m.sorted_rows().iter().any(|r| r.0 == k ^ 1)
        );
    }

    /// The `i16` sums are the rows' weights added as `i32`s, past what an
    /// `i8` holds, and a feature the model lacks adds nothing.
    #[test]
    fn emission_is_the_sum_of_the_rows() {
        let m = sample();
        let mut feats: Vec<u32> = m.sorted_rows().iter().map(|r| r.0).take(60).collect();
        feats.extend(feats.clone());
        let kept = feats.len();
        feats.extend((0..40).map(|i| i * 7919).filter(|&k| m.row(k).is_none()));
        assert!(feats.len() > kept);
        let mut want = [0i32; LABELS];
        for row in feats.iter().filter_map(|&f| m.row(f)) {
            for (w, &r) in want.iter_mut().zip(row) {
                *w += i32::from(r);
            }
        }
        assert_eq!(m.emission(&feats), want);
        assert!(want.iter().any(|w| w.abs() > 1000), "{want:?}");
    }

    #[test]
    fn damaged_files_are_refused() {
        let bytes = sample().to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Model::from_bytes(b"AITG\x02").is_err());
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Model::from_bytes(&extra).is_err());
    }
}
