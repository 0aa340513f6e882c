//! A Russian sentence often opens with a capitalised common word
//! (`Власти`, `Люди`, `Может`, `Спасибо`) that the tagger takes for a
//! one-word name; the words are in `data/entities/ru_common_words.txt`.

use std::sync::LazyLock;

use crate::entities::lexicon::FxSet;
use crate::text::{Token, TokenKind};

static COMMON: LazyLock<FxSet<String>> = LazyLock::new(|| {
    crate::wordlist::entries(crate::data_list!("entities/ru_common_words.txt"))
        .map(crate::wordlist::key)
        .collect()
});

/// Drops the sentence's first word, and the first word after a colon
/// (`Голос Америки: Спасибо за интервью!`), from a name when that word is
/// a common word: a one-word name, or a person's first word (`Ранее
/// Клинсман` → `Клинсман`). A one-word name that is a common word goes
/// anywhere: a capital after a bracket, a dash or an unmarked headline
/// (`(Хотя НАСА`, `— Согласно расчётам`) names nothing either.
pub fn drop_opening_word(text: &str, toks: &[Token], labels: &mut [u8], key: &mut String) {
    if let Some(i) = toks.iter().position(|t| t.kind != TokenKind::Punct) {
        drop_if_common(text, toks, labels, key, i);
    }
    for i in 1..toks.len() {
        let one_word = labels[i] % 2 == 1 && labels.get(i + 1) != Some(&(labels[i] + 1));
        let after_colon = || toks[i - 1].kind == TokenKind::Punct && toks[i - 1].text(text) == ":";
        if toks[i].kind == TokenKind::Word && (one_word || after_colon()) {
            drop_if_common(text, toks, labels, key, i);
        }
    }
}

/// [`drop_opening_word`] at token `i`, which opens a sentence or clause.
fn drop_if_common(text: &str, toks: &[Token], labels: &mut [u8], key: &mut String, i: usize) {
    let begins = labels[i] % 2 == 1;
    let longer = labels.get(i + 1) == Some(&(labels[i] + 1));
    if !begins || (longer && labels[i] != B_PER) || !toks[i].is_capitalised() {
        return;
    }
    if is_common(toks[i].text(text), key) {
        labels[i] = 0;
        if longer {
            labels[i + 1] = B_PER;
        }
    }
}

const B_PER: u8 = 1;

/// Whether `word` is on the list (`key`: a buffer for its lower case).
pub fn is_common(word: &str, key: &mut String) -> bool {
    key.clear();
    crate::wordlist::push_key(word, key);
    COMMON.contains(key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn dropped(text: &str, labels: &[u8]) -> Vec<u8> {
        let toks = tokenize(text);
        let mut labels = labels.to_vec();
        drop_opening_word(text, &toks, &mut labels, &mut String::new());
        labels
    }

    #[test]
    fn a_common_word_opening_a_sentence_names_nothing() {
        assert_eq!(dropped("Власти Германии", &[1, 5]), [0, 5]);
        assert_eq!(dropped("« Люди ушли", &[0, 1, 0]), [0, 0, 0]);
        // After a colon, as in an interview's questions and answers.
        assert_eq!(
            dropped("Радио Вершина: Спасибо вам", &[3, 4, 0, 1, 0]),
            [3, 4, 0, 0, 0]
        );
        // A longer name, or a name that is no common word, stays.
        assert_eq!(dropped("Власти Германии", &[3, 4]), [3, 4]);
        assert_eq!(dropped("Путин сказал", &[1, 0]), [1, 0]);
        // A person loses the common word.
        assert_eq!(dropped("Ранее Иванов сказал", &[1, 2, 0]), [0, 1, 0]);
        // A one-word name anywhere, not the first word of a longer one.
        assert_eq!(
            dropped("в октябре ( Хотя НАСА", &[0, 0, 0, 5, 3]),
            [0, 0, 0, 0, 3]
        );
        assert_eq!(
            dropped("в октябре Глава Иванов", &[0, 0, 1, 2]),
            [0, 0, 1, 2]
        );
    }
}
