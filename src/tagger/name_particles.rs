//! Arabic, Dutch, German, French and Italian names keep their particles in
//! Russian text: `Усама бин Ладен`, `Халед эль-Масри`, `Ларс фон Триер`. The tagger
//! sees a lower-case word inside a run of capitals and ends the person
//! before it, so the surname after it stands alone, often typed as a place.

use super::person_spans::{cyrillic, is_first_name};
use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const I_PER: u8 = 2;

/// Particles written as words of their own (`бин`, `фон`, `ван дер`).
const PARTICLES: &[&str] = &[
    "бин",
    "бен",
    "ибн",
    "аль",
    "эль",
    "ад",
    "ас",
    "аш",
    "ат",
    "фон",
    "ван",
    "дер",
    "де",
    "ди",
    "дель",
    "делла",
    "дю",
];

/// Particles joined to the name by a hyphen (`эль-Масри`, `ад-Дин`).
const HYPHENED: &[&str] = &[
    "бин-", "бен-", "ибн-", "аль-", "эль-", "ад-", "ас-", "аш-", "ат-", "ан-", "ар-", "аз-",
];

/// `word` is a particle in any case (`Аль` of `Аль Аин` too).
pub(super) fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&crate::wordlist::key(word).as_str())
}

/// `word` is a particle followed by a hyphen and a capital (`аль-Барадеи`).
fn hyphened_name(word: &str) -> bool {
    HYPHENED.iter().any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// Joins each person's name to the particles and surnames after it
/// (`Усамой бин Ладеном` after `лидером Аль-Каиды`, which the tagger ran
/// into one organisation); the joined words lose their own labels.
pub fn join(text: &str, toks: &[Token], labels: &mut [u8]) {
    let word = |i: usize| toks[i].text(text);
    let capital = |i: usize| toks.get(i).is_some_and(|t| t.is_capitalised()) && cyrillic(word(i));
    let particle = |i: usize| {
        toks.get(i).is_some_and(|t| t.kind == TokenKind::Word) && PARTICLES.contains(&word(i))
    };
    // How many tokens a particle link at `i` covers: the particle and the
    // capitalised word after it, or one hyphened name. Every particle opens
    // with one of a few lower-case letters: most tokens are turned away by
    // their first char.
    let link = |i: usize| -> usize {
        let opens = toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.is_capitalised()
                && word(i)
                    .chars()
                    .next()
                    .is_some_and(|c| matches!(c, 'б' | 'и' | 'а' | 'э' | 'ф' | 'в' | 'д'))
        });
        if !opens {
            0
        } else if particle(i) && capital(i + 1) {
            2
        } else if toks.get(i).is_some_and(|t| t.kind == TokenKind::Word) && hyphened_name(word(i)) {
            1
        } else {
            0
        }
    };
    let mut i = 1;
    while i < toks.len() {
        let left = i - 1;
        // Most words follow a lower-case one: turned away before the link test.
        if !toks[left].is_capitalised() {
            i += 1;
            continue;
        }
        let here = link(i);
        if here == 0 || !capital(left) {
            i += 1;
            continue;
        }
        // `бин`, `ибн` and a hyphened particle name a person whatever the
        // tagger made of the word before; `фон`, `де`, ... need it a person.
        let arabic = here == 1 || ["бин", "бен", "ибн"].contains(&word(i));
        let person = arabic || labels[left] == B_PER || labels[left] == I_PER;
        if !(person || is_first_name(word(left))) {
            i += 1;
            continue;
        }
        let mut end = i;
        loop {
            match link(end) {
                0 => break,
                n => end += n,
            }
        }
        let start = if labels[left] == I_PER {
            (0..left)
                .rev()
                .find(|&k| labels[k] == B_PER)
                .unwrap_or(left)
        } else {
            left
        };
        labels[start] = B_PER;
        labels[start + 1..end].fill(I_PER);
        super::begin_anew(labels, end);
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphened_names_need_a_capital_after_the_hyphen() {
        assert!(hyphened_name("эль-Масри"));
        assert!(hyphened_name("аль-Барадеи"));
        assert!(!hyphened_name("аль-каида"));
        assert!(!hyphened_name("Аль-Каида"));
        assert!(!hyphened_name("альфа"));
    }
}
