//! The fixed split of a dev file into the part a model may be trained on and
//! the part it is measured on: the last fifth of the (non-blank) lines is the
//! test part. Contiguous, so the sentences of one article stay on one side.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    All,
    Train,
    Test,
}

impl Part {
    pub fn parse(name: &str) -> Option<Part> {
        match name {
            "all" => Some(Part::All),
            "train" => Some(Part::Train),
            "test" => Some(Part::Test),
            _ => None,
        }
    }
}

/// The non-blank lines of `jsonl` in `part`, each ending in a newline.
pub fn select(jsonl: &str, part: Part) -> String {
    let lines: Vec<&str> = jsonl.lines().filter(|l| !l.trim().is_empty()).collect();
    let cut = lines.len() * 4 / 5;
    let chosen = match part {
        Part::All => &lines[..],
        Part::Train => &lines[..cut],
        Part::Test => &lines[cut..],
    };
    chosen.iter().flat_map(|l| [*l, "\n"]).collect()
}

/// Lines `from..to` (fractions of `k` folds) of `jsonl`: fold `i` of `k`, and
/// the rest, for cross-validation inside the train part.
pub fn fold(jsonl: &str, i: usize, k: usize) -> (String, String) {
    let lines: Vec<&str> = jsonl.lines().filter(|l| !l.trim().is_empty()).collect();
    let (from, to) = (lines.len() * i / k, lines.len() * (i + 1) / k);
    let join = |ls: &[&str]| -> String { ls.iter().flat_map(|l| [*l, "\n"]).collect() };
    let rest: Vec<&str> = lines[..from].iter().chain(&lines[to..]).copied().collect();
    (join(&lines[from..to]), join(&rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn train_and_test_are_disjoint_and_cover_the_file() {
        let text: String = (0..10).map(|i| format!("{{\"id\": {i}}}\n\n")).collect();
        let (train, test) = (select(&text, Part::Train), select(&text, Part::Test));
        assert_eq!(train.lines().count(), 8);
        assert_eq!(
            test.lines().collect::<Vec<_>>(),
            ["{\"id\": 8}", "{\"id\": 9}"]
        );
        assert_eq!(select(&text, Part::All), format!("{train}{test}"));
    }

    #[test]
    fn folds_partition_the_lines() {
        let text: String = (0..7).map(|i| format!("{i}\n")).collect();
        let mut seen = 0;
        for i in 0..3 {
            let (held, rest) = fold(&text, i, 3);
            assert_eq!(held.lines().count() + rest.lines().count(), 7);
            seen += held.lines().count();
        }
        assert_eq!(seen, 7);
    }
}
