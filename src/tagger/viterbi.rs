//! The best label sequence under emission and transition scores, with BIO
//! made a hard rule: `I-X` only follows `B-X` or `I-X`.

use super::{LABELS, START, allowed};
use std::ops::Add;

/// Fills `out` with the best labels for `emissions` (one row per token).
/// `transitions[prev][cur]`, where row [`START`] is the sentence start.
/// `backs` is a reusable buffer.
pub fn decode<T>(
    emissions: &[[T; LABELS]],
    transitions: &[[T; LABELS]; LABELS + 1],
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
    // `None` marks a label no allowed path reaches.
    let mut score: [Option<T>; LABELS] = [None; LABELS];
    for cur in 0..LABELS {
        if allowed(START, cur) {
            score[cur] = Some(transitions[START][cur] + first[cur]);
        }
    }
    backs.push([0; LABELS]);
    for row in &emissions[1..] {
        let mut next: [Option<T>; LABELS] = [None; LABELS];
        let mut back = [0u8; LABELS];
        for cur in 0..LABELS {
            for (prev, s) in score.iter().enumerate() {
                let Some(s) = *s else { continue };
                if !allowed(prev, cur) {
                    continue;
                }
                let cand = s + transitions[prev][cur];
                if next[cur].is_none_or(|b| cand > b) {
                    next[cur] = Some(cand);
                    back[cur] = prev as u8;
                }
            }
            if let Some(n) = next[cur] {
                next[cur] = Some(n + row[cur]);
            }
        }
        score = next;
        backs.push(back);
    }
    let mut best = 0;
    for l in 1..LABELS {
        if let Some(s) = score[l]
            && score[best].is_none_or(|b| s > b)
        {
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
        decode(emissions, trans, &mut backs, &mut out);
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
    fn empty_input_gives_empty_output() {
        let trans = [[0.0f32; LABELS]; LABELS + 1];
        let (mut backs, mut out) = (Vec::new(), vec![3]);
        decode::<f32>(&[], &trans, &mut backs, &mut out);
        assert!(out.is_empty());
    }
}
