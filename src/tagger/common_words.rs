//! A Russian sentence often opens with a capitalised common word
//! (`Власти`, `Люди`, `Может`, `Спасибо`) that the tagger takes for a
//! one-word name; the words are in `data/entities/ru_common_words.txt`,
//! and the document itself names more: those it also writes in lower case.

use std::sync::LazyLock;

use crate::entities::lexicon::FxSet;
use crate::text::{Document, Token, TokenKind};

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
///
/// Keeps the answer per document word ([`crate::text::Document::word`]):
/// use one per document.
#[derive(Default)]
pub struct OpeningWords {
    /// A buffer for a word's key.
    key: String,
    /// Per word id: [`UNKNOWN`], or whether the word is common.
    common: Vec<u8>,
}

const UNKNOWN: u8 = u8::MAX;

/// Per word of `doc` ([`Document::word`]): whether it is capitalised and
/// the document also writes it in lower case (`Космонавтов встретили` ...
/// `встречать космонавтов`). Opening a sentence, where a capital says
/// nothing, such a word is a common word: a name is seldom written in
/// lower case (in the read half of factRuEval's train part, 2 one-word
/// names are).
pub fn written_in_lower_case(doc: &Document) -> Vec<bool> {
    // Room for every word at once: grown from empty, the set rehashed its
    // keys at each doubling.
    let mut lower: FxSet<&str> =
        FxSet::with_capacity_and_hasher(doc.word_count(), Default::default());
    let mut seen = vec![false; doc.word_count()];
    for (i, t) in doc.tokens.iter().enumerate() {
        let w = doc.word(i);
        if t.kind == TokenKind::Word && !seen[w] && !t.is_capitalised() {
            lower.insert(doc.key(i));
        }
        seen[w] = true;
    }
    let mut written = vec![false; doc.word_count()];
    if lower.is_empty() {
        return written;
    }
    for (i, t) in doc.tokens.iter().enumerate() {
        let w = doc.word(i);
        if seen[w] && t.kind == TokenKind::Word && t.is_capitalised() {
            written[w] = lower.contains(doc.key(i));
        }
        seen[w] = false;
    }
    written
}

impl OpeningWords {
    /// [`OpeningWords`] over one sentence; `words` holds each token's word
    /// id, or is empty, and `lower_case` is [`written_in_lower_case`] of
    /// the document, or empty.
    pub fn drop_opening_word(
        &mut self,
        text: &str,
        toks: &[Token],
        words: &[u32],
        lower_case: &[bool],
        labels: &mut [u8],
    ) {
        if let Some(i) = toks.iter().position(|t| t.kind != TokenKind::Punct) {
            self.drop_if_common(text, toks, words, labels, i, lower_case);
        }
        for i in 1..toks.len() {
            let one_word = super::one_word_name(labels, i);
            let after_colon = toks[i - 1].kind == TokenKind::Punct && toks[i - 1].text(text) == ":";
            if toks[i].kind == TokenKind::Word && (one_word || after_colon) {
                let lower_case = if after_colon { lower_case } else { &[] };
                self.drop_if_common(text, toks, words, labels, i, lower_case);
            }
        }
    }

    /// [`OpeningWords::drop_opening_word`] at token `i`, which opens a
    /// sentence or clause if `lower_case` is not empty.
    fn drop_if_common(
        &mut self,
        text: &str,
        toks: &[Token],
        words: &[u32],
        labels: &mut [u8],
        i: usize,
        lower_case: &[bool],
    ) {
        let begins = labels[i] % 2 == 1;
        let longer = labels.get(i + 1) == Some(&(labels[i] + 1));
        // A longer name of another type goes on in a lower-case word
        // (`Ранее агентство Reuters` → `агентство Reuters`).
        let lower_next = || {
            toks.get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalised())
        };
        if !begins || (longer && labels[i] != B_PER && !lower_next()) || !toks[i].is_capitalised() {
            return;
        }
        let word = toks[i].text(text);
        let common = match words.get(i) {
            Some(&w) if !longer && lower_case.get(w as usize) == Some(&true) => true,
            Some(&w) => {
                let w = w as usize;
                if w >= self.common.len() {
                    self.common.resize(w + 1, UNKNOWN);
                }
                if self.common[w] == UNKNOWN {
                    self.common[w] = u8::from(is_common(word, &mut self.key));
                }
                self.common[w] == 1
            }
            None => is_common(word, &mut self.key),
        };
        if common {
            if longer {
                labels[i + 1] = labels[i];
            }
            labels[i] = 0;
        }
    }
}

const B_PER: u8 = 1;

/// Whether `word` is on the list (`key`: a buffer for its lower case).
pub fn is_common(word: &str, key: &mut String) -> bool {
    key.clear();
    crate::wordlist::push_key(word, key);
    is_common_key(key)
}

/// [`is_common`] of a word by its key ([`crate::text::Document::key`]).
pub fn is_common_key(key: &str) -> bool {
    COMMON.contains(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn dropped(text: &str, labels: &[u8]) -> Vec<u8> {
        let toks = tokenize(text);
        let mut labels = labels.to_vec();
        OpeningWords::default().drop_opening_word(text, &toks, &[], &[], &mut labels);
        labels
    }

    /// `labels` (one per token of `doc`) after one [`OpeningWords`] has
    /// gone through each sentence, as the tagger does.
    fn dropped_in_each_sentence(doc: &Document, lower_case: &[bool], labels: &[u8]) -> Vec<u8> {
        assert_eq!(labels.len(), doc.tokens.len());
        let (mut labels, words) = (labels.to_vec(), doc.word_ids(0..doc.tokens.len()));
        let mut opening = OpeningWords::default();
        for k in 0..doc.sentences.len() {
            let range = doc.sentence_tokens(k);
            opening.drop_opening_word(
                doc.text,
                &doc.tokens[range.clone()],
                &words[range.clone()],
                lower_case,
                &mut labels[range],
            );
        }
        labels
    }

    /// Read by word id, a word's answer is kept: the same word later (here
    /// in another case, so another word) gets the answer its own text gives.
    #[test]
    fn answers_kept_per_word_are_each_words_own() {
        let text = "Власти Германии. Путин сказал. Власти Германии. ВЛАСТИ Германии.";
        let doc = crate::text::Document::new(text);
        let labels = [1, 5, 0, 1, 0, 0, 1, 5, 0, 1, 5, 0];
        assert_eq!(
            dropped_in_each_sentence(&doc, &[], &labels),
            [0, 5, 0, 1, 0, 0, 0, 5, 0, 0, 5, 0]
        );
    }

    /// A one-word name opening a sentence goes when the document writes
    /// the word in lower case elsewhere; not in mid-sentence, nor as the
    /// first word of a longer name.
    #[test]
    fn a_word_the_document_writes_in_lower_case_opens_no_name() {
        let text = "Космонавтов встретили. Врачи осмотрели космонавтов. \
                    Космонавтов Петров сказал. Вчера Космонавтов ушёл.";
        let doc = crate::text::Document::new(text);
        let lower_case = written_in_lower_case(&doc);
        let written = |i: usize| lower_case[doc.word(i)];
        assert!(written(0) && written(12));
        assert!(!written(3) && !written(5) && !written(8));
        let labels = [1, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1, 0, 0];
        assert_eq!(
            dropped_in_each_sentence(&doc, &lower_case, &labels),
            [0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1, 0, 0]
        );
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
        // So does a name going on in a lower-case word.
        assert_eq!(
            dropped("Ранее агентство Reuters сообщило", &[3, 4, 4, 0]),
            [0, 3, 4, 0]
        );
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
