//! Features of few values (the flags, the lexicon bits, the rules' hints,
//! "far from any anchor") looked up by index instead of by hash: the
//! tagger sums the model's rows of every such feature once per model into
//! a small table ([`rows`]), and [`super::features::Scratch`] hands it
//! indices for them.

use super::LABELS;
use super::features::feature;
use super::model::Model;

/// A template whose two values each come from `0..n`, or are `0xFF`
/// ("no such neighbour") where `none` says so.
struct Section {
    template: u32,
    a: (u32, bool),
    b: (u32, bool),
}

const SECTIONS: [Section; 6] = [
    // The flags (six bits).
    Section {
        template: 12,
        a: (64, false),
        b: (1, false),
    },
    // Lexicon bits (five) and the capital flag.
    Section {
        template: 22,
        a: (32, false),
        b: (2, false),
    },
    // Hints are label codes.
    Section {
        template: 24,
        a: (8, false),
        b: (1, false),
    },
    Section {
        template: 25,
        a: (8, true),
        b: (8, false),
    },
    Section {
        template: 26,
        a: (8, false),
        b: (8, true),
    },
    Section {
        template: 40,
        a: (1, false),
        b: (1, false),
    },
];

const fn width((n, none): (u32, bool)) -> u32 {
    n + none as u32
}

const fn size(s: &Section) -> u32 {
    width(s.a) * width(s.b)
}

/// Index of a value in its range, if it has one.
#[inline]
fn slot(v: u32, (n, none): (u32, bool)) -> Option<u32> {
    if v < n {
        Some(v)
    } else if none && v == 0xFF {
        Some(n)
    } else {
        None
    }
}

fn value(i: u32, (n, _): (u32, bool)) -> u32 {
    if i == n { 0xFF } else { i }
}

/// Number of indices.
pub const LEN: usize = {
    let mut total = 0;
    let mut k = 0;
    while k < SECTIONS.len() {
        total += size(&SECTIONS[k]);
        k += 1;
    }
    total as usize
};

/// The index of [`super::features::FAR`], the last section's one value.
pub const FAR_INDEX: u16 = LEN as u16 - 1;

/// The index of `feature(template, a, b)`, when it has one.
#[inline]
pub fn index(template: u32, a: u32, b: u32) -> Option<u16> {
    let mut base = 0;
    for s in &SECTIONS {
        if s.template == template {
            let (i, j) = (slot(a, s.a)?, slot(b, s.b)?);
            return Some((base + i * width(s.b) + j) as u16);
        }
        base += size(s);
    }
    None
}

/// The feature hash of index `at` (the inverse of [`index`]).
fn feature_at(mut at: u32) -> u32 {
    for s in &SECTIONS {
        if at < size(s) {
            let (i, j) = (at / width(s.b), at % width(s.b));
            return feature(s.template, value(i, s.a), value(j, s.b));
        }
        at -= size(s);
    }
    unreachable!("index past the table")
}

/// The model's row of every indexed feature (zeros where it has none), in
/// index order: made once per model ([`Model::indexed_rows`]).
pub fn rows(model: &Model) -> &[[i32; LABELS]] {
    model.indexed_rows(|model| {
        (0..LEN as u32)
            .map(|i| model.emission(&[feature_at(i)]))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_index_maps_back_to_its_feature() {
        let mut seen = vec![false; LEN];
        for s in &SECTIONS {
            let values = |(n, none): (u32, bool)| (0..n).chain(none.then_some(0xFF));
            for a in values(s.a) {
                for b in values(s.b) {
                    let i = index(s.template, a, b).unwrap() as usize;
                    assert!(!seen[i]);
                    seen[i] = true;
                    assert_eq!(feature_at(i as u32), feature(s.template, a, b));
                }
            }
        }
        assert!(seen.iter().all(|&s| s));
        assert_eq!(index(12, 64, 0), None);
        assert_eq!(index(24, 0xFF, 0), None);
        assert_eq!(index(13, 0, 0), None);
        assert_eq!(index(super::super::features::FAR, 0, 0), Some(FAR_INDEX));
    }
}
