//! The best label sequence under emission and transition scores, with BIO
//! made a hard rule: `I-X` only follows `B-X` or `I-X`.

use super::{LABELS, START, allowed};
use std::ops::Add;

/// `ALLOWED[prev][cur]`, [`allowed`] as a table.
const ALLOWED: [[bool; LABELS]; LABELS + 1] = {
    let mut t = [[false; LABELS]; LABELS + 1];
    let mut p = 0;
    while p <= LABELS {
        let mut c = 0;
        while c < LABELS {
            t[p][c] = allowed(p, c);
            c += 1;
        }
        p += 1;
    }
    t
};

const ANY: [usize; LABELS] = [0, 1, 2, 3, 4, 5, 6];

/// Each label and the labels [`ALLOWED`] before it, spelt out.
const STEPS: [(usize, &[usize]); LABELS] = [
    (0, &ANY),
    (1, &ANY),
    (2, &[1, 2]),
    (3, &ANY),
    (4, &[3, 4]),
    (5, &ANY),
    (6, &[5, 6]),
];

/// The best score of a path reaching `cur` through one of `prevs` (the
/// labels [`ALLOWED`] before it, in order), and that `prev`: the first on
/// a tie, `0` when none beats `floor`.
#[inline(always)]
fn best_prev<T>(
    score: &[T; LABELS],
    transitions: &[[T; LABELS]; LABELS + 1],
    cur: usize,
    prevs: &[usize],
    floor: T,
) -> (T, u8)
where
    T: Copy + PartialOrd + Add<Output = T>,
{
    let (mut best, mut back) = (floor, 0);
    for &prev in prevs {
        let cand = score[prev] + transitions[prev][cur];
        if cand > best {
            best = cand;
            back = prev as u8;
        }
    }
    (best, back)
}

/// Fills `out` with the best labels for `emissions` (one row per token).
/// `transitions[prev][cur]`, where row [`START`] is the sentence start.
/// `floor` is below any score a path can reach; `backs` a reusable buffer.
pub fn decode<T>(
    emissions: &[[T; LABELS]],
    transitions: &[[T; LABELS]; LABELS + 1],
    floor: T,
    backs: &mut Vec<[u8; LABELS]>,
    out: &mut Vec<u8>,
) where
    T: Copy + PartialOrd + Add<Output = T>,
{
    out.clear();
    backs.clear();
    let Some(first) = emissions.first() else {
        return;
    };
    let mut score = [floor; LABELS];
    for cur in 0..LABELS {
        if ALLOWED[START][cur] {
            score[cur] = transitions[START][cur] + first[cur];
        }
    }
    backs.reserve(emissions.len());
    backs.push([0; LABELS]);
    for row in &emissions[1..] {
        let mut next = [floor; LABELS];
        let mut back = [0u8; LABELS];
        // Each label with constant arguments, so every loop unrolls.
        for (cur, prevs) in STEPS {
            let (best, prev) = best_prev(&score, transitions, cur, prevs, floor);
            next[cur] = best + row[cur];
            back[cur] = prev;
        }
        score = next;
        backs.push(back);
    }
    let mut best = 0;
    for l in 1..LABELS {
        if score[l] > score[best] {
            best = l;
        }
    }
    out.resize(emissions.len(), 0);
    for i in (0..emissions.len()).rev() {
        out[i] = best as u8;
        best = backs[i][best] as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(emissions: &[[i32; LABELS]], trans: &[[i32; LABELS]; LABELS + 1]) -> Vec<u8> {
        let (mut backs, mut out) = (Vec::new(), Vec::new());
        decode(emissions, trans, -1 << 28, &mut backs, &mut out);
        out
    }

    fn row(best: usize, score: i32) -> [i32; LABELS] {
        let mut r = [0; LABELS];
        r[best] = score;
        r
    }

    #[test]
    fn follows_emissions_when_transitions_are_flat() {
        let trans = [[0; LABELS]; LABELS + 1];
        assert_eq!(run(&[row(0, 5), row(1, 5), row(2, 5)], &trans), [0, 1, 2]);
    }

    #[test]
    fn never_starts_or_continues_a_name_with_inside() {
        let trans = [[0; LABELS]; LABELS + 1];
        // I-PER is wanted at the start and after O, but may not stand there.
        let got = run(&[row(2, 9), row(0, 5), row(2, 9)], &trans);
        assert_ne!(got[0], 2);
        assert!(got[2] != 2 || got[1] == 1 || got[1] == 2, "{got:?}");
        // I-ORG after B-PER is never chosen, however strong.
        let got = run(&[row(1, 9), row(4, 50)], &trans);
        assert_ne!(got, [1, 4]);
    }

    #[test]
    fn transitions_can_outvote_an_emission() {
        let mut trans = [[0; LABELS]; LABELS + 1];
        trans[1][2] = 10; // B-PER → I-PER strongly liked
        let got = run(&[row(1, 5), [3, 0, 2, 0, 0, 0, 0]], &trans);
        assert_eq!(got, [1, 2]);
    }

    #[test]
    fn spelt_out_label_sets_match_the_bio_rule() {
        for (k, (cur, prevs)) in STEPS.into_iter().enumerate() {
            assert_eq!(k, cur);
            let allowed: Vec<usize> = (0..LABELS).filter(|&p| ALLOWED[p][cur]).collect();
            assert_eq!(&allowed[..], prevs, "{cur}");
        }
    }

    #[test]
    fn empty_input_gives_empty_output() {
        let trans = [[0.0f32; LABELS]; LABELS + 1];
        let (mut backs, mut out) = (Vec::new(), vec![3]);
        decode::<f32>(&[], &trans, -1e30, &mut backs, &mut out);
        assert!(out.is_empty());
    }
}
