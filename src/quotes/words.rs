//! A word-level view of the document for the quote rules: tokens with their
//! lower-case form, sentence bounds and phrase look-ups.

use crate::quotes::cues::Phrases;
use crate::span::Span;
use crate::text::{Document, TokenKind, WordAnswers};
use crate::wordlist::FxHashMap;

pub struct Words<'a> {
    pub doc: &'a Document<'a>,
    /// The lower-case forms that differ from the document's keys: the
    /// rules compare words lower-cased one letter at a time, so a Greek
    /// final `Σ` is `σ` here, where the keys write `ς`.
    lower_exceptions: FxHashMap<usize, String>,
    /// Word tokens before token `i` (one entry per token, plus the total):
    /// counting words between two tokens costs nothing.
    words_before: Vec<u32>,
    /// Double quotation marks (`«»"“”„`) before token `i`, likewise.
    double_marks_before: Vec<u32>,
    /// Per [`Document::word`] id and phrase list, whether some entry starts
    /// with the word: the rules ask each token about several lists, and
    /// most words start none.
    opens: WordAnswers,
}

/// Dashes that introduce or interrupt speech.
pub const DASHES: &str = "–—-";
/// Characters that end a sentence.
pub const ENDS: &str = ".!?…";
/// All quotation marks.
pub const MARKS: &str = "«»„“”\"‘’'‹›";
/// Double quotation marks, which open and close quotations in pairs.
pub const DOUBLE_MARKS: &str = "«»\"“”„";

/// One of [`DOUBLE_MARKS`], matched without searching the string (asked
/// of every punctuation token).
fn is_double_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '"' | '“' | '”' | '„')
}

/// The lower-case form of `word` the rules compare in: each letter lower
/// case on its own, `ё` as `е`.
fn letterwise_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'ё' | 'Ё' => out.push('е'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

impl<'a> Words<'a> {
    pub fn new(doc: &'a Document<'a>) -> Self {
        let mut words_before = Vec::with_capacity(doc.tokens.len() + 1);
        let mut double_marks_before = Vec::with_capacity(doc.tokens.len() + 1);
        let (mut words, mut marks) = (0u32, 0u32);
        for t in &doc.tokens {
            words_before.push(words);
            double_marks_before.push(marks);
            if t.kind != TokenKind::Punct {
                words += 1;
            } else if doc.text[t.span.start..]
                .chars()
                .next()
                .is_some_and(is_double_mark)
            {
                marks += 1;
            }
        }
        words_before.push(words);
        double_marks_before.push(marks);
        // The document's keys lower-case whole words, which differs from
        // letter by letter only for a final capital sigma.
        let mut lower_exceptions = FxHashMap::default();
        for (at, _) in doc.text.match_indices('Σ') {
            let i = doc.tokens.partition_point(|t| t.span.end <= at);
            if let Some(t) = doc.tokens.get(i).filter(|t| t.span.start <= at) {
                let lower = letterwise_key(t.text(doc.text));
                if lower != doc.key(i) {
                    lower_exceptions.insert(i, lower);
                }
            }
        }
        Words {
            doc,
            lower_exceptions,
            words_before,
            double_marks_before,
            opens: WordAnswers::new(doc.word_count()),
        }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc.tokens.is_empty()
    }

    pub fn span(&self, i: usize) -> Span {
        self.doc.tokens.get(i).map_or_else(
            || Span::new(self.doc.text.len(), self.doc.text.len()),
            |t| t.span,
        )
    }

    /// The span from token `from` to the end of token `to - 1`.
    pub fn range_span(&self, from: usize, to: usize) -> Span {
        if from >= to || to > self.len() {
            return Span::default();
        }
        Span::new(self.span(from).start, self.span(to - 1).end)
    }

    /// The text of token `i` (empty past the end, so look-aheads are safe).
    #[inline]
    pub fn text(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| t.text(self.doc.text))
    }

    /// The lower-case text of token `i` (empty past the end).
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        if i >= self.len() {
            return "";
        }
        if !self.lower_exceptions.is_empty()
            && let Some(lower) = self.lower_exceptions.get(&i)
        {
            return lower;
        }
        self.doc.key(i)
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.doc.tokens[i].kind != TokenKind::Punct
    }

    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        i < self.len() && self.doc.tokens[i].is_capitalised()
    }

    /// Token `i` is a punctuation character among `set`.
    pub fn is_punct(&self, i: usize, set: &str) -> bool {
        i < self.len()
            && self.doc.tokens[i].kind == TokenKind::Punct
            // Sets are a few chars: comparing each beats a string search.
            && self
                .text(i)
                .chars()
                .next()
                .is_some_and(|c| set.chars().any(|m| m == c))
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn at(&self, offset: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.span.start < offset)
    }

    /// Index of the first token ending after byte `offset` would start at or
    /// after it: the tokens before `offset` are `..before(offset)`.
    pub fn before(&self, offset: usize) -> usize {
        self.doc.tokens.partition_point(|t| t.span.end <= offset)
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        let Some(tok) = self.doc.tokens.get(i) else {
            return (i, i);
        };
        let s = self
            .doc
            .sentences
            .partition_point(|s| s.end <= tok.span.start);
        match self.doc.sentences.get(s) {
            Some(sent) if sent.start <= tok.span.start => {
                (self.at(sent.start), self.before(sent.end).max(i + 1))
            }
            _ => (i, i + 1),
        }
    }

    /// Token range of the paragraph holding token `i`.
    pub fn paragraph_of(&self, i: usize) -> (usize, usize) {
        let Some(tok) = self.doc.tokens.get(i) else {
            return (i, i);
        };
        match self.doc.paragraph_at(tok.span.start) {
            Some(p) => {
                let p = self.doc.paragraphs[p];
                (self.at(p.start), self.before(p.end))
            }
            None => (i, i + 1),
        }
    }

    /// The end (exclusive) of the longest phrase of `list` starting at
    /// word token `i`. Not inlined: it is asked in some thirty places, and
    /// inlined everywhere it cost 0.9 KB of the gzipped wasm module; the
    /// two loops that ask it of every word of a sentence (`according`,
    /// `clause`) call [`Words::scan_phrase_at`].
    #[inline(never)]
    pub fn phrase_at(&self, i: usize, list: &Phrases) -> Option<usize> {
        self.scan_phrase_at(i, list)
    }

    /// [`Words::phrase_at`], inlined: for the few loops that ask it of
    /// every word. Most words open no entry, and a known no is two loads
    /// and a bit test, with no call and no registers to save.
    #[inline]
    pub fn scan_phrase_at(&self, i: usize, list: &Phrases) -> Option<usize> {
        if !self.is_word(i) {
            return None;
        }
        match self.opens.get(self.doc.word(i), list.number() as u32) {
            Some(false) => None,
            _ => self.phrase_at_word(i, list),
        }
    }

    /// [`Words::phrase_at`] of a word not yet known to open no entry
    /// (kept out of line: its look-ups would weigh on every call).
    #[inline(never)]
    fn phrase_at_word(&self, i: usize, list: &Phrases) -> Option<usize> {
        if !self.opens(i, list) {
            return None;
        }
        let mut words = [""; 6];
        let most = words.len().min(list.max_words());
        let mut n = 0;
        while n < most && self.is_word(i + n) {
            words[n] = self.low(i + n);
            n += 1;
        }
        list.longest_at(&words[..n]).map(|n| i + n)
    }

    /// Some entry of `list` starts with word token `i`'s word.
    fn opens(&self, i: usize, list: &Phrases) -> bool {
        self.opens
            .answer(self.doc.word(i), list.number() as u32, || {
                list.starts_with_word(self.low(i))
            })
    }

    /// Number of word tokens in `from..to`.
    pub fn count_words(&self, from: usize, to: usize) -> usize {
        let to = to.min(self.len());
        if from >= to {
            return 0;
        }
        (self.words_before[to] - self.words_before[from]) as usize
    }

    /// Number of double quotation marks (`«»"“”„`) in `from..to`.
    pub fn count_double_marks(&self, from: usize, to: usize) -> usize {
        let to = to.min(self.len());
        if from >= to {
            return 0;
        }
        (self.double_marks_before[to] - self.double_marks_before[from]) as usize
    }

    /// Token `i` is a word in a negation (`not`, `не`, `never`) right before.
    pub fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|j| {
            let word = self.low(j);
            // `didn't` is one token.
            (word.ends_with("n't") || word.ends_with("n’t"))
                || matches!(word, "not" | "never" | "не" | "ни" | "никогда" | "емес")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordlist;

    #[test]
    fn keys_agree_letter_by_letter_but_for_final_sigma() {
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            let word = format!("a{c}{c}b");
            assert_eq!(
                letterwise_key(&word),
                wordlist::key(&word),
                "U+{:04X}",
                c as u32
            );
        }
        assert_eq!(wordlist::key("ΟΔΟΣ"), "οδος");
        assert_eq!(letterwise_key("ΟΔΟΣ"), "οδοσ");
    }

    #[test]
    fn remembered_openings_agree_with_a_fresh_look_up() {
        use crate::quotes::cues::{BACKWARD, PRONOUNS, TITLES};
        let text = "Бұл туралы ол айтты. Об этом сообщил он, по словам министра. \
                    According to the minister, she said so. Бұл туралы ол айтты.";
        let doc = Document::new(text);
        let warm = Words::new(&doc);
        let lists = [&*BACKWARD, &*PRONOUNS, &*TITLES];
        let mut found = 0;
        // Every token and list twice, the second time backwards: each answer
        // read from the remembered bits equals one from a fresh view.
        let order: Vec<usize> = (0..warm.len()).chain((0..warm.len()).rev()).collect();
        for i in order {
            for list in lists {
                let fresh = Words::new(&doc).phrase_at(i, list);
                assert_eq!(warm.phrase_at(i, list), fresh, "token {i}");
                found += usize::from(fresh.is_some());
            }
        }
        assert!(found >= 8, "{found}");
    }

    #[test]
    fn the_cursor_agrees_with_binary_search() {
        let text = "Бір екі. Үш, төрт!\n\nБес «алты» жеті.  Сегіз";
        let doc = Document::new(text);
        let w = Words::new(&doc);
        let mut spans: Vec<Span> = doc.sentences.clone();
        spans.extend(doc.paragraphs.iter().copied());
        spans.push(Span::new(3, 3));
        spans.push(Span::new(text.len(), text.len()));
        let mut cursor = crate::text::TokenCursor::new(&doc.tokens);
        for span in spans.iter().chain(spans.iter().rev()) {
            assert_eq!(
                cursor.range(*span),
                (w.at(span.start), w.before(span.end)),
                "{span:?}"
            );
        }
    }

    #[test]
    fn double_marks_are_the_listed_ones() {
        for c in MARKS.chars().chain(DASHES.chars()).chain(ENDS.chars()) {
            assert_eq!(is_double_mark(c), DOUBLE_MARKS.contains(c), "{c}");
        }
    }

    #[test]
    fn lower_case_forms_of_every_token() {
        let text = "Пётр ҚАЗАҚ said: «ΟΔΟΣ Σ ΣΑ»";
        let doc = Document::new(text);
        let w = Words::new(&doc);
        let lows: Vec<&str> = (0..w.len()).map(|i| w.low(i)).collect();
        assert_eq!(
            lows,
            ["петр", "қазақ", "said", ":", "«", "οδοσ", "σ", "σα", "»"]
        );
        assert_eq!(w.low(w.len()), "");
        assert_eq!(w.count_words(0, w.len()), 6);
        assert_eq!(w.count_double_marks(0, w.len()), 2);
    }
}
