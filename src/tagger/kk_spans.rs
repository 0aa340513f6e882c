//! Kazakh names as KazNERD spans them, tidied after tagging: a name in Latin
//! letters keeps the Kazakh words after it out (`Nova Logistics компаниясы` →
//! `Nova Logistics`), as a quoted name keeps out the word for its kind
//! (`«Мейірім» емханасы`).

use crate::text::{Token, TokenKind};

/// `B-` and `I-` labels are odd and even (see [`super::is_inside`]).
fn is_begin(label: u8) -> bool {
    label % 2 == 1
}

/// A word of Latin letters and digits (`Nova`, `Logistics`, `2020`).
fn is_latin(t: &Token, text: &str) -> bool {
    t.kind != TokenKind::Punct
        && t.text(text)
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        && t.text(text).chars().any(|c| c.is_ascii_alphabetic())
}

/// A word that opens with a lower-case Cyrillic letter (`компаниясы`).
fn is_cyrillic_lower(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word
        && t.text(text).chars().next().is_some_and(|c| {
            matches!(
                c,
                'а'..='я' | 'ё' | 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і'
            )
        })
}

/// A name that opens with a Latin word ends before the first lower-case
/// Cyrillic word in it.
pub fn cut_latin_before_kazakh(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut i = 0;
    while i < labels.len() {
        if !is_begin(labels[i]) || !is_latin(&toks[i], text) {
            i += 1;
            continue;
        }
        let inside = labels[i] + 1;
        let mut j = i + 1;
        let mut cut = false;
        while j < labels.len() && labels[j] == inside {
            if is_cyrillic_lower(&toks[j], text) {
                cut = true;
            }
            if cut {
                labels[j] = super::OUTSIDE;
            }
            j += 1;
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::after_pass;

    #[test]
    fn latin_names_end_before_kazakh_words() {
        assert_eq!(
            after_pass(
                cut_latin_before_kazakh,
                "Бізде Nova Logistics компаниясы бар",
                &[0, 3, 4, 4, 0]
            ),
            [0, 3, 4, 0, 0]
        );
        // A Cyrillic name keeps its kind word (`Павлодар университеті`),
        // and a Latin name its Latin words.
        let kept = [0, 3, 4, 0];
        assert_eq!(
            after_pass(
                cut_latin_before_kazakh,
                "Бізде Павлодар университеті бар",
                &kept
            ),
            kept
        );
        assert_eq!(
            after_pass(cut_latin_before_kazakh, "Бізде Kazakh TV бар", &kept),
            kept
        );
    }
}
