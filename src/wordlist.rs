//! Word lists compiled in from `data/`: one entry per line, `#` lines are
//! headers (source and licence) or comments.

/// The entries of a word-list file, trimmed, without blank and `#` lines.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The form words are compared in: lower case, `ё` as `е` (Russian text
/// writes either).
pub fn key(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.contains('ё') {
        lower.replace('ё', "е")
    } else {
        lower
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn skips_headers_and_blank_lines() {
        let got: Vec<_> = super::entries("# source, licence\n\n деді \nайтты\n").collect();
        assert_eq!(got, ["деді", "айтты"]);
    }

    #[test]
    fn keys_fold_case_and_yo() {
        assert_eq!(super::key("Пётр ҚАЗАҚ"), "петр қазақ");
    }
}
