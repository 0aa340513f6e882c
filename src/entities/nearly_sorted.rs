//! Sorting what is almost in order already: the rules' candidates come a
//! sentence at a time, each sentence's numbers then its names, so only a
//! few are out of place and a general sort redoes the whole order.

/// Sorts `v` by moving each element back past the larger ones before it:
/// as many moves as pairs out of order, where `sort_unstable` compares
/// every element about log n times. Past a few moves per element the input
/// is not nearly sorted after all, and `sort_unstable` finishes the job.
pub fn sort<T: Ord + Copy>(v: &mut [T]) {
    let budget = 4 * v.len();
    let mut moves = 0;
    for k in 1..v.len() {
        let x = v[k];
        let mut j = k;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
        moves += k - j;
        if moves > budget {
            v.sort_unstable();
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Agrees with `sort_unstable` on runs in order, scrambled input and
    /// input in reverse (the fallback).
    #[test]
    fn sorts_as_sort_unstable_does() {
        let runs: Vec<u64> = (0..50)
            .flat_map(|s| [s * 10 + 5, s * 10, s * 10 + 7])
            .collect();
        let scrambled: Vec<u64> = (0..300).map(|k| (k * 7919) % 301).collect();
        let reversed: Vec<u64> = (0..300).rev().collect();
        let repeated: Vec<u64> = (0..300).map(|k| k % 3).collect();
        for input in [runs, scrambled, reversed, repeated, vec![], vec![1]] {
            let mut want = input.clone();
            want.sort_unstable();
            let mut got = input;
            sort(&mut got);
            assert_eq!(got, want);
        }
    }
}
