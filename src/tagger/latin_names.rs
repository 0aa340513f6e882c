//! Names in Latin script inside Russian text, as factRuEval spans them:
//! one organisation across the small words that join its capitalised
//! words (`Industrial and Commercial Bank of China`, `Committee to
//! Protect Journalists`), and a site with its domain (`Lenta.ru`,
//! `Лента.ру`).

use crate::text::{Token, TokenKind};

const B_PER: u8 = 1;
const B_ORG: u8 = 3;
const I_ORG: u8 = 4;
const B_LOC: u8 = 5;

/// Lower-case words inside a multi-word Latin name.
const JOINERS: &[&str] = &[
    "of", "and", "for", "to", "the", "on", "in", "de", "du", "des", "la", "le", "und", "der",
    "für", "&",
];

/// Domains that end a site's name.
const DOMAINS: &[&str] = &[
    "ru", "Ru", "RU", "ру", "рф", "РФ", "com", "net", "org", "info", "ua", "by", "kz", "uz", "kg",
    "su", "media", "news", "tv", "io",
];

fn latin_capitalised(t: &Token, text: &str) -> bool {
    t.is_capitalised()
        && t.text(text)
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// `word` is a top-level domain (`ru`, `РФ`, `com`).
pub(crate) fn is_domain(word: &str) -> bool {
    DOMAINS.contains(&word)
}

fn touching(a: &Token, b: &Token) -> bool {
    a.span.end == b.span.start
}

/// A one-word name in Latin script inside Russian text is an organisation
/// (`Vestas`, `MySQL`): factRuEval's people in Latin script give their
/// full name.
pub fn one_latin_word_is_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    for i in 0..labels.len() {
        let one_word = labels.get(i + 1) != Some(&(labels[i] + 1));
        if matches!(labels[i], B_PER | B_LOC) && one_word && latin_capitalised(&toks[i], text) {
            labels[i] = B_ORG;
        }
    }
}

/// Labels tokens `from..end` one organisation; one that started before
/// keeps its start (`отделении Bank of East Asia`).
fn label_org(labels: &mut [u8], from: usize, end: usize) {
    labels[from] = if labels[from] == I_ORG { I_ORG } else { B_ORG };
    labels[from + 1..end].fill(I_ORG);
    super::begin_anew(labels, end);
}

/// Joins Latin capitalised words and the joiners between them into one
/// organisation when the tagger named any of them and a joiner is inside.
pub fn join_latin(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut i = 0;
    while i < toks.len() {
        if !latin_capitalised(&toks[i], text) {
            i += 1;
            continue;
        }
        // The run: capitalised words, joiners between them.
        let (mut end, mut j, mut joined) = (i + 1, i + 1, false);
        while j < toks.len() {
            if latin_capitalised(&toks[j], text) {
                j += 1;
                end = j;
            } else if JOINERS.contains(&toks[j].text(text)) {
                joined = true;
                j += 1;
            } else {
                break;
            }
        }
        let named = labels[i..end].iter().any(|&l| l != 0);
        let inner_joiner = joined && (i..end).any(|k| JOINERS.contains(&toks[k].text(text)));
        if named && inner_joiner {
            label_org(labels, i, end);
        }
        i = end.max(i + 1);
    }
}

/// Makes a run of two or more Latin capitalised words ending in a word for
/// a kind of body (`data/entities/en_org_tails.txt`) one organisation,
/// whatever the tagger read in it (`компании Halyk Finance`, `аналитики
/// Freedom Finance`): inside Russian text such a run names no person.
pub fn tail_makes_org(text: &str, toks: &[Token], labels: &mut [u8]) {
    let mut i = 0;
    while i < toks.len() {
        if !latin_capitalised(&toks[i], text) {
            i += 1;
            continue;
        }
        let end = i + toks[i..]
            .iter()
            .take_while(|t| latin_capitalised(t, text))
            .count();
        // Already inside one organisation (`Industrial and Commercial Bank
        // of China`, which [`join_latin`] made): left as it is.
        let inside =
            matches!(labels[i], B_ORG | I_ORG) && labels[i + 1..end].iter().all(|&l| l == I_ORG);
        if end - i >= 2 && !inside && super::english_orgs::tail(text, &toks[end - 1]) {
            label_org(labels, i, end);
        }
        i = end;
    }
}

/// Takes the domain after a name into it (`Lenta` `.` `ru`).
pub fn take_domains(text: &str, toks: &[Token], labels: &mut [u8]) {
    for i in 0..toks.len().saturating_sub(2) {
        if labels[i] == 0 || labels[i + 1] != 0 && labels[i + 1] % 2 == 1 {
            continue;
        }
        let (dot, domain) = (&toks[i + 1], &toks[i + 2]);
        let site = toks[i].kind == TokenKind::Word
            && dot.text(text) == "."
            && touching(&toks[i], dot)
            && touching(dot, domain)
            && DOMAINS.contains(&domain.text(text));
        if site {
            let inside = if labels[i] % 2 == 1 {
                labels[i] + 1
            } else {
                labels[i]
            };
            labels[i + 1] = inside;
            labels[i + 2] = inside;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn run(f: fn(&str, &[Token], &mut [u8]), text: &str, labels: &[u8]) -> Vec<u8> {
        let toks = tokenize(text);
        assert_eq!(toks.len(), labels.len(), "{text}");
        let mut labels = labels.to_vec();
        f(text, &toks, &mut labels);
        labels
    }

    #[test]
    fn latin_run_ending_in_a_kind_of_body_is_one() {
        assert_eq!(
            run(
                tail_makes_org,
                "компании Halyk Finance Мурат",
                &[0, 0, 0, B_PER]
            ),
            [0, B_ORG, I_ORG, B_PER]
        );
        assert_eq!(
            run(
                tail_makes_org,
                "аналитики Freedom Finance ожидают",
                &[0, B_PER, 2, 0]
            ),
            [0, B_ORG, I_ORG, 0]
        );
        // Inside a longer organisation: left whole.
        assert_eq!(
            run(
                tail_makes_org,
                "Commercial Bank of China",
                &[I_ORG, I_ORG, I_ORG, I_ORG]
            ),
            [I_ORG, I_ORG, I_ORG, I_ORG]
        );
        // No tail word: left as the tagger read it.
        assert_eq!(run(tail_makes_org, "John Smith", &[B_PER, 2]), [B_PER, 2]);
    }

    #[test]
    fn latin_words_join_across_small_words() {
        assert_eq!(
            run(
                join_latin,
                "в Industrial and Commercial Bank of China",
                &[0, B_ORG, 0, B_ORG, I_ORG, 0, 5]
            ),
            [0, B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, I_ORG]
        );
        // No joiner: separate names stay.
        assert_eq!(
            run(join_latin, "BBC Channel", &[B_ORG, B_ORG]),
            [B_ORG, B_ORG]
        );
        // Nothing named: nothing made.
        assert_eq!(run(join_latin, "Bank of China", &[0, 0, 0]), [0, 0, 0]);
    }

    #[test]
    fn a_site_takes_its_domain() {
        assert_eq!(
            run(take_domains, "Lenta.ru сообщает", &[B_ORG, 0, 0, 0]),
            [B_ORG, I_ORG, I_ORG, 0]
        );
        assert_eq!(
            run(take_domains, "Lenta. Ru", &[B_ORG, 0, 0]),
            [B_ORG, 0, 0]
        );
    }

    #[test]
    fn a_latin_word_alone_is_an_organisation() {
        let after =
            |text, labels: &[u8]| crate::tagger::after_pass(one_latin_word_is_org, text, labels);
        assert_eq!(after("акции Nordex выросли", &[0, B_PER, 0]), [0, B_ORG, 0]);
        assert_eq!(after("в Zeppelin", &[0, B_LOC]), [0, B_ORG]);
        // A full name, or a Cyrillic name, stays.
        assert_eq!(after("John Smith", &[B_PER, 2]), [B_PER, 2]);
        assert_eq!(after("Иванов", &[B_PER]), [B_PER]);
    }
}
