//! Yes-or-no answers about a document's words, kept by [`Document::word`]
//! id: the stages ask the same questions about the same words many times,
//! and reading two bits of an array is quicker than hashing the word.
//!
//! [`Document::word`]: super::Document::word

use std::cell::Cell;

/// Two bits per question and word (asked; the answer), for questions
/// `0..QUESTIONS`. The top bit of each word's bits is left to the owner
/// ([`WordAnswers::bits`]). A `Cell` per word, not a `RefCell` round
/// the table: a question is one load and a bit test, with no borrow flag
/// to check and set.
pub struct WordAnswers(Vec<Cell<u64>>);

/// How many questions one table holds.
pub const QUESTIONS: u32 = 31;

/// The bits that say question `q` was asked and answered `answer`.
fn answered(q: u32, answer: bool) -> u64 {
    debug_assert!(q < QUESTIONS);
    (1 << (2 * q)) | (u64::from(answer) << (2 * q + 1))
}

impl WordAnswers {
    pub fn new(words: usize) -> Self {
        WordAnswers(vec![Cell::new(0); words])
    }

    /// The answer to question `q` about word `w`, if asked before.
    #[inline]
    pub fn get(&self, w: usize, q: u32) -> Option<bool> {
        let bits = self.0[w].get();
        (bits & (1 << (2 * q)) != 0).then_some(bits & (1 << (2 * q + 1)) != 0)
    }

    /// Keeps `answer` to question `q` about word `w`; returns the bits that
    /// record it (to be kept elsewhere too, see [`WordAnswers::add_bits`]).
    pub fn set(&self, w: usize, q: u32, answer: bool) -> u64 {
        let learnt = answered(q, answer);
        self.add_bits(w, learnt);
        learnt
    }

    /// The answer to question `q` about word `w`, worked out by `ask` the
    /// first time.
    #[inline]
    pub fn answer(&self, w: usize, q: u32, ask: impl FnOnce() -> bool) -> bool {
        self.get(w, q).unwrap_or_else(|| {
            let answer = ask();
            self.set(w, q, answer);
            answer
        })
    }

    /// All bits kept of word `w`.
    pub fn bits(&self, w: usize) -> u64 {
        self.0[w].get()
    }

    /// Adds `bits` (answers kept elsewhere, or the owner's top bit) to word `w`.
    pub fn add_bits(&self, w: usize, bits: u64) {
        let cell = &self.0[w];
        cell.set(cell.get() | bits);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_question_is_asked_once_per_word() {
        let answers = WordAnswers::new(3);
        let mut asked = 0;
        for round in 0..2 {
            for w in 0..3 {
                for q in [0, 7, QUESTIONS - 1] {
                    let want = (w + q as usize).is_multiple_of(2);
                    let got = answers.answer(w, q, || {
                        asked += 1;
                        want
                    });
                    assert_eq!(got, want, "round {round}, word {w}, question {q}");
                }
            }
        }
        assert_eq!(asked, 9, "the second round reads what the first kept");
        assert_eq!(answers.get(1, 3), None);
        let learnt = answers.set(1, 3, true);
        let other = WordAnswers::new(3);
        other.add_bits(2, learnt);
        assert_eq!(other.get(2, 3), Some(true));
        assert_eq!(answers.bits(1) & (1 << 63), 0, "the top bit is the owner's");
    }
}
