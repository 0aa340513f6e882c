//! Letter case for the scripts Aitty reads, answered without searching
//! Unicode's tables for ASCII and basic Cyrillic (most of every text);
//! the standard library answers the rest. The rules ask about case for
//! nearly every word, so the table searches were a visible cost.

/// `c.is_uppercase()`.
#[inline]
pub fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_uppercase(),
        0x400..=0x42f => true,
        0x430..=0x45f => false,
        // Pairs: the capital even, the small odd (Ғ ғ, Қ қ, Ә ә, ...).
        u @ (0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f) => u & 1 == 0,
        _ => c.is_uppercase(),
    }
}

/// `c.is_lowercase()`.
#[inline]
pub fn is_lower(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_lowercase(),
        0x400..=0x42f => false,
        0x430..=0x45f => true,
        u @ (0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f) => u & 1 == 1,
        _ => c.is_lowercase(),
    }
}

/// `c.is_alphanumeric()`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        // Cyrillic and its supplement: letters, but for the symbol `҂` and
        // the combining marks after it.
        0x400..=0x481 | 0x48a..=0x52f => true,
        0x482..=0x489 => false,
        _ => c.is_alphanumeric(),
    }
}

/// Appends `c.to_uppercase()` to `out`.
#[inline]
pub fn push_upper(c: char, out: &mut String) {
    let u = c as u32;
    let upper = match u {
        0..=0x7f => Some(c.to_ascii_uppercase()),
        0x400..=0x42f => Some(c),
        0x430..=0x44f => char::from_u32(u - 0x20),
        0x450..=0x45f => char::from_u32(u - 0x50),
        _ => None,
    };
    match upper {
        Some(upper) => out.push(upper),
        None => out.extend(c.to_uppercase()),
    }
}

/// The word starts with an upper-case letter.
#[inline]
pub fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(is_upper)
}

/// The Russian letter for a lower-case Kazakh one (`қ` → `к`), else `c`.
pub fn russian_for_kazakh(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agree_with_the_standard_library() {
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "U+{:04X}", c as u32);
            assert_eq!(is_lower(c), c.is_lowercase(), "U+{:04X}", c as u32);
            let alphanumeric = c.is_alphanumeric();
            assert_eq!(is_alphanumeric(c), alphanumeric, "U+{:04X}", c as u32);
            let mut upper = String::new();
            push_upper(c, &mut upper);
            assert_eq!(upper, c.to_uppercase().to_string(), "U+{:04X}", c as u32);
        }
        assert!(starts_upper("Қазақ") && starts_upper("Ёж") && !starts_upper("ёж"));
        assert!(!starts_upper(""));
    }
}
