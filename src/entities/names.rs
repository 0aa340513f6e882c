//! PERSON, ORG and LOC from capitalised words: list look-ups (with the
//! word's inflection taken off), trigger words after a name (`облысы`,
//! `министрлігі`), titles and first names before it, surname endings and
//! initials (`Қ. Алпыс`).

use std::cell::RefCell;

use super::doc_clues::{self, Clue, DocClues};
use super::lexicon::{self, FUNCTION_WORDS, NOT_NAMES, ORGS, PLACES};
use super::word_clues::*;
use super::{Candidate, EntityType, canonical, kk_morph};
use crate::language::Lang;
use crate::span::Span;
use crate::text::{Document, Token, TokenKind};
use crate::wordlist::FxHashMap;

/// One word of a name: tokens `from..to` (an initial is its letter and full stop).
#[derive(Clone, Copy, Debug)]
struct Word {
    from: usize,
    to: usize,
}

struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
    doc: &'a Document<'a>,
    /// The index in `doc` of the first of `toks`.
    first: usize,
    lang: Lang,
    /// The document's word clues, kept per word.
    clues: &'a DocClues<'a>,
    /// [`listed`]'s answers by token range: the same words are looked up
    /// many times, and a look-up canonicalises them.
    listed: &'a RefCell<FxHashMap<(usize, usize), Option<EntityType>>>,
}

/// [`find`]'s memo of [`listed`] for one sentence, kept by the caller and
/// emptied for each sentence: its table is allocated once per document,
/// not grown afresh in every sentence with a name of two words.
#[derive(Default)]
pub struct ListedMemo(RefCell<FxHashMap<(usize, usize), Option<EntityType>>>);

impl<'a> Sentence<'a> {
    fn tok(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i`'s [`lexicon::key`], made once by the document.
    fn key(&self, i: usize) -> &'a str {
        if i < self.toks.len() {
            self.doc.key(self.first + i)
        } else {
            ""
        }
    }

    /// Token `i` gives `clue` (in the sentence's language).
    fn has(&self, i: usize, clue: Clue) -> bool {
        if i < self.toks.len() {
            self.clues.has(self.first + i, clue, self.lang)
        } else {
            doc_clues::ask("", clue, self.lang)
        }
    }

    /// What [`lexicon::loc_trigger`] says of token `i`.
    fn loc_trigger(&self, i: usize) -> Option<lexicon::PlaceWord> {
        if i < self.toks.len() {
            self.clues.loc_trigger(self.first + i)
        } else {
            lexicon::loc_trigger("")
        }
    }

    /// A capitalised word without digits or underscores (`BID3073`,
    /// `Lisa_resume` are identifiers).
    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.is_capitalised()
                && !t
                    .text(self.text)
                    .bytes()
                    .any(|b| b.is_ascii_digit() || b == b'_')
        })
    }

    fn is_lower_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text(self.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })
    }

    /// `Қ.` in `Қ. Алпыс`: one capital letter and a full stop.
    fn is_initial(&self, i: usize) -> bool {
        // One char is four bytes at most: most tokens are turned away
        // without decoding any.
        // A capital (read off the token) turns most other tokens away.
        if self
            .toks
            .get(i)
            .is_none_or(|t| t.span.end - t.span.start > 4 || !t.is_capitalised())
        {
            return false;
        }
        let mut letters = self.tok(i).chars();
        // The cheap tests first: most tokens are longer than one letter.
        letters.next().is_some()
            && letters.next().is_none()
            && self.tok(i + 1) == "."
            && self.is_cap(i)
            && {
                let (a, b) = (self.toks[i].span, self.toks[i + 1].span);
                a.end == b.start
            }
    }

    fn text_of(&self, words: &[Word]) -> &'a str {
        match (words.first(), words.last()) {
            (Some(f), Some(l)) => self.span_of(f.from, l.to).slice(self.text),
            _ => "",
        }
    }

    fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }

    fn word_text(&self, w: Word) -> &'a str {
        self.tok(w.from)
    }
}

/// What the lists say a name (one or more words) is.
fn listed(s: &Sentence, words: &[Word]) -> Option<EntityType> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return None;
    };
    // One word of one token: the document keeps its answer per word.
    if first.from + 1 == last.to && first.from < s.toks.len() {
        return if s.has(first.from, Clue::ListedPlace) {
            Some(EntityType::Loc)
        } else if s.has(first.from, Clue::ListedOrg) {
            Some(EntityType::Org)
        } else {
            None
        };
    }
    *s.listed
        .borrow_mut()
        .entry((first.from, last.to))
        .or_insert_with(|| listed_phrase(s.text_of(words), s.lang))
}

thread_local! {
    static LISTED: RefCell<lexicon::FxMap<String, [Option<Option<EntityType>>; 4]>> = Default::default();
}

/// What the lists say a phrase is, once per phrase and language: the
/// same names recur through a text, and each look-up canonicalises.
pub(super) fn listed_phrase(phrase: &str, lang: Lang) -> Option<EntityType> {
    lexicon::remember_for(&LISTED, phrase, lang, || {
        let written = canonical(phrase, lang);
        let canon = lexicon::key(&written);
        // A Cyrillic acronym is written in capitals: `Еске` "to mind" at a
        // sentence start is no `ЕС`.
        let as_listed = |entry: &&str| {
            let acronym = entry.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}'))
                && !entry.chars().any(char::is_lowercase);
            let letters = entry.chars().count();
            !acronym || !phrase.chars().take(letters).any(char::is_lowercase)
        };
        if PLACES.get(&canon).is_some_and(as_listed) {
            Some(EntityType::Loc)
        } else if ORGS.get(&canon).is_some_and(as_listed) {
            Some(EntityType::Org)
        } else {
            None
        }
    })
}

/// Finds PERSON, ORG and LOC names among one sentence's tokens.
pub fn find<'a>(
    doc: &'a Document<'a>,
    clues: &'a DocClues<'a>,
    first: usize,
    toks: &'a [Token],
    lang: Lang,
    memo: &'a ListedMemo,
    out: &mut Vec<Candidate>,
) {
    let text = doc.text;
    memo.0.borrow_mut().clear();
    let s = Sentence {
        text,
        toks,
        doc,
        first,
        lang,
        clues,
        listed: &memo.0,
    };
    let from = out.len();
    let in_title = quoted_titles(&s, out);
    // The first word, past punctuation and identifiers (`BID307324`).
    let first_word = toks.iter().position(|t| {
        t.kind == TokenKind::Word && !t.text(text).bytes().any(|b| b.is_ascii_digit())
    });
    let mut i = 0;
    while i < toks.len() {
        // An initial is capitalised too ([`Sentence::is_initial`]): only
        // capitalised words need asking further.
        if titled(&in_title, i) || !s.is_cap(i) || hashtag(&s, i) {
            i += 1;
            continue;
        }
        if let Some(end) = domain(&s, i) {
            let span = s.span_of(i, end);
            out.push(Candidate::new(
                span,
                EntityType::Org,
                span.slice(text).to_string(),
                1,
            ));
            i = end;
            continue;
        }
        let words = run(&s, i, &in_title);
        let end = words.last().map_or(i + 1, |w| w.to);
        let title_before = i > 0 && is_title(&s, i - 1);
        classify(&s, &words, Some(i) == first_word, title_before, out);
        i = end;
    }
    // An English Title Case line (`Hidden Nook Great Food And Friendly
    // Staff`) capitalises everything: keep only names with evidence.
    if is_title_case(&s) {
        let mine = out.split_off(from);
        out.extend(mine.into_iter().filter(|c| c.weight > 0));
    }
}

/// Most words of an English sentence of four or more are capitalised.
fn is_title_case(s: &Sentence) -> bool {
    if s.lang != Lang::En {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for t in s.toks {
        words += usize::from(t.kind == TokenKind::Word);
        capitalised += usize::from(t.is_capitalised());
    }
    // Capitalised words bound the names-like ones from above: most
    // sentences are turned away without reading any word's letters.
    if words < 4 || capitalised * 5 < words * 3 {
        return false;
    }
    let caps = (0..s.toks.len())
        .filter(|&i| s.toks[i].kind == TokenKind::Word && s.is_cap(i))
        .count();
    caps * 5 >= words * 3
}

/// `#Халық`: a hashtag is a topic, not a name.
fn hashtag(s: &Sentence, i: usize) -> bool {
    i > 0 && s.tok(i - 1) == "#" && s.toks[i - 1].span.end == s.toks[i].span.start
}

/// `Zakon.kz`, `Tengrinews.kz`: a news site, an ORG. The end index.
fn domain(s: &Sentence, i: usize) -> Option<usize> {
    let touching = |a: usize| s.toks[a].span.end == s.toks.get(a + 1).map_or(0, |t| t.span.start);
    let tld = s.tok(i + 2);
    const FILE_TYPES: &[&str] = &[
        "htm", "html", "doc", "docx", "pdf", "xls", "xlsx", "txt", "jpg", "png", "gif", "zip",
        "ppt", "pptx", "csv", "exe",
    ];
    let ok = s.tok(i + 1) == "."
        && !FILE_TYPES.contains(&tld)
        && touching(i)
        && touching(i + 1)
        && (2..=4).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase());
    ok.then_some(i + 3)
}

fn is_title(s: &Sentence, i: usize) -> bool {
    let mut i = i;
    if s.tok(i) == "." && i > 0 {
        i -= 1;
    }
    s.has(i, Clue::TitleWord)
}

/// The words of one run, at most [`RUN_WORDS`]: kept on the stack, as a
/// sentence has runs at most of its capitalised words.
struct Run {
    words: [Word; RUN_WORDS],
    len: usize,
}

/// The most words [`run`] joins.
const RUN_WORDS: usize = 8;

impl Run {
    fn push(&mut self, word: Word) {
        self.words[self.len] = word;
        self.len += 1;
    }
}

impl std::ops::Deref for Run {
    type Target = [Word];

    fn deref(&self) -> &[Word] {
        &self.words[..self.len]
    }
}

/// The capitalised words from token `i` on.
fn run(s: &Sentence, i: usize, in_title: &[bool]) -> Run {
    let mut words = Run {
        words: [Word { from: 0, to: 0 }; RUN_WORDS],
        len: 0,
    };
    let mut j = i;
    loop {
        if j >= s.toks.len() || titled(in_title, j) {
            break;
        }
        if s.is_initial(j) {
            words.push(Word { from: j, to: j + 2 });
            j += 2;
        } else if s.is_cap(j)
            || (s.lang == Lang::En
                && !words.is_empty()
                && (CONNECTORS.contains(&s.tok(j))
                    // `Office for National Statistics`: `for` after a
                    // body's kind word.
                    || (s.tok(j) == "for" && s.has(j - 1, Clue::OrgTrigger)))
                && s.is_cap(j + 1)
                && j + 1 < s.toks.len()
                && !titled(in_title, j + 1))
        {
            words.push(Word { from: j, to: j + 1 });
            j += 1;
        } else {
            break;
        }
        if words.len() >= RUN_WORDS {
            break;
        }
        // Only a Kazakh name's last word inflects: a case ending closes the
        // name (`Тоқаевтың | Президенттікке`).
        if s.lang == Lang::Kk
            && let Some(w) = words.last()
            && w.to - w.from == 1
            && s.has(w.from, Clue::ClearCase)
            && !PLACES.contains_key(s.key(w.from))
        {
            break;
        }
    }
    words
}

/// Token `i` is inside a quoted title ([`quoted_titles`]).
fn titled(marks: &[bool], i: usize) -> bool {
    marks.get(i).copied().unwrap_or(false)
}

/// Marks the tokens of short quoted titles (`«Әміре» картинасы`): they are
/// not names of people or places. A title followed by an organisation word
/// is an ORG, the quoted name alone as KazNERD marks it (`«Хабар» арнасы`).
/// Empty when the sentence has none (most have no quotation marks), else
/// one mark per token; read it with [`titled`].
fn quoted_titles(s: &Sentence, out: &mut Vec<Candidate>) -> Vec<bool> {
    let mut marks = Vec::new();
    let mut open: Option<usize> = None;
    for i in 0..s.toks.len() {
        // Quotation marks are punctuation tokens: words need no comparing.
        if s.toks[i].kind != TokenKind::Punct {
            continue;
        }
        match (s.tok(i), open) {
            ("«" | "“" | "„", _) => open = Some(i),
            ("\"", None) => open = Some(i),
            ("»" | "”" | "\"", Some(o)) => {
                open = None;
                let words = s.toks[o + 1..i]
                    .iter()
                    .filter(|t| t.kind != TokenKind::Punct)
                    .count();
                if words == 0 || words > 4 {
                    continue;
                }
                marks.resize(s.toks.len(), false);
                for m in &mut marks[o + 1..i] {
                    *m = true;
                }
                let inside: Vec<Word> = (o + 1..i).map(|k| Word { from: k, to: k + 1 }).collect();
                // `ООО «Ромашка»`, `партии «Яблоко»`, `«Kaspi» АҚ`.
                let designated = is_designator(s.tok(i + 1))
                    || (o > 0 && (is_designator(s.tok(o - 1)) || is_org_word(s, o - 1)));
                if designated
                    || org_tail(s, i + 1).is_some()
                    || listed(s, &inside) == Some(EntityType::Org)
                {
                    let span = s.span_of(o + 1, i);
                    let canon = canonical(span.slice(s.text), s.lang);
                    out.push(Candidate::new(span, EntityType::Org, canon, 1));
                }
            }
            _ => {}
        }
    }
    marks
}

/// Lower-case words from token `i` up to and including an organisation word
/// (`халықаралық қаржы орталығы`), at most four words; the end index.
fn org_tail(s: &Sentence, i: usize) -> Option<usize> {
    // An English name is capitalised: `told parliament` is no part of
    // `Madi Takiyev`.
    if s.lang == Lang::En {
        return None;
    }
    let mut j = i;
    while j < i + 5 && s.is_lower_word(j) {
        if is_org_word(s, j) {
            return Some(j + 1);
        }
        if FUNCTION_WORDS.contains(s.key(j)) && s.key(j) != "және" {
            return None;
        }
        // Words inside a Kazakh name are bare or genitive; another case
        // ends the phrase (`Италияның солтүстігіне ...`), except a dative
        // before `қарсы` (`жемқорлыққа қарсы`).
        if s.lang == Lang::Kk
            && s.has(j, Clue::CaseEnding)
            && !kk_morph::is_genitive_key(s.key(j))
            && s.key(j + 1) != "қарсы"
        {
            return None;
        }
        j += 1;
    }
    None
}

/// A word for a kind of organisation: the trigger list's, and in Kazakh
/// the tagger's kind words too (`мекемесі`, `емханасына`).
fn is_org_word(s: &Sentence, i: usize) -> bool {
    s.has(i, Clue::OrgTrigger) || (s.lang == Lang::Kk && s.has(i, Clue::KazakhKindWord))
}

/// Why a word may be (part of) a name.
fn evidence(s: &Sentence, w: Word) -> bool {
    let t = s.word_text(w);
    w.to - w.from == 2
        || is_acronym(t)
        || listed(s, &[w]).is_some()
        || s.has(w.from, Clue::FirstName)
        || s.has(w.from, Clue::SurnameEnding)
}

fn push(s: &Sentence, words: &[Word], end: usize, kind: EntityType, out: &mut Vec<Candidate>) {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let span = s.span_of(first.from, end.max(last.to));
    let text = span.slice(s.text);
    let canon = super::canonical::canonical_of(text, kind, s.lang);
    out.push(Candidate::new(span, kind, canon, 1));
}

/// Decides what a run of capitalised words names, and emits it.
fn classify(
    s: &Sentence,
    words: &[Word],
    sentence_start: bool,
    title_before: bool,
    out: &mut Vec<Candidate>,
) {
    // `Президент телерадиокешені`: a title word naming an organisation.
    if let [w] = words
        && s.has(w.from, Clue::TitleWord)
        && let Some(end) = org_tail(s, w.to)
    {
        push(s, words, end, EntityType::Org, out);
        return;
    }
    let mut words = words;
    let mut title = title_before;
    let mut at_start = sentence_start;
    // Leading function words and titles (`The`, `Президент`, `Mr.`,
    // `Chief Executive`).
    let mut after_title = false;
    while let Some((w, rest)) = words.split_first() {
        let k = s.key(w.from);
        if w.to - w.from == 2 {
            break; // an initial (`А.`), not the conjunction `а`
        }
        let title_word = s.has(w.from, Clue::TitleWord) || (after_title && is_title_tail(k));
        after_title = title_word;
        if title_word {
            title = true;
        } else if !(FUNCTION_WORDS.contains(k) || NOT_NAMES.contains(k)) {
            break;
        }
        words = rest;
        at_start = false;
        // `Mr.`: the full stop is not part of the run; nothing to skip.
    }
    // `Bank of England Governor Andrew Bailey`, `Қазақстан Республикасының
    // Президенті Қасым-Жомарт Тоқаев`: a title inside the run, a first name
    // after it: what comes before is read on its own, the person after.
    // In English a post in the run may be an occupation (`Senate Majority
    // Leader Mitch McConnell`) or open with a word of a title (`Majority`).
    let english_post = |k: usize| {
        s.lang == Lang::En
            && (s.has(words[k].from, Clue::Occupation)
                || crate::tagger::english_titles::is_title_modifier(s.key(words[k].from)))
    };
    if let Some((k, name)) = (1..words.len().saturating_sub(1)).find_map(|k| {
        if !s.has(words[k].from, Clue::TitleWord) && !english_post(k) {
            return None;
        }
        let name = k
            + 1
            + words[k + 1..]
                .iter()
                .take_while(|w| {
                    is_title_tail(s.key(w.from))
                        || (s.lang == Lang::En
                            && (s.has(w.from, Clue::TitleWord) || s.has(w.from, Clue::Occupation)))
                })
                .count();
        // In English two capitalised words after a title are a person's
        // name (`Tesla Chief Executive Elon Musk`) even when no list
        // knows the first name.
        let person = s.has(words.get(name)?.from, Clue::FirstName)
            || (s.lang == Lang::En && words.len() - name == 2);
        (person && words.len() - name <= 3).then_some((k, name))
    }) {
        // `Deputy Foreign Minister Roman Vassilenko`: after a title, the
        // words before the next one are part of the post, no name.
        if !title {
            classify(s, &words[..k], at_start, title, out);
        }
        classify(s, &words[name..], false, true, out);
        return;
    }
    // A legal form before a quoted name belongs to the name in quotes
    // (`Компания ООО «Ромашка»`): the run ends before it.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| is_designator(s.word_text(*w)) && is_open_quote(s.tok(w.to)))
    {
        words = &words[..words.len() - 1];
    }
    // Trailing connectors (`of`) belong to nothing.
    while words
        .last()
        .is_some_and(|w| CONNECTORS.contains(&s.word_text(*w)))
    {
        words = &words[..words.len() - 1];
    }
    if words.is_empty() {
        return;
    }
    if words.len() == 1 {
        let t = s.word_text(words[0]);
        if t.chars().count() == 1
            || is_designator(t)
            || (is_demonym(t, s.lang) && listed(s, words).is_none())
        {
            return;
        }
    }
    // `Министерство иностранных дел России`: an organisation word first,
    // its genitive words, then the place it belongs to.
    if s.lang == Lang::Ru && s.has(words[0].from, Clue::OrgTrigger) {
        let mut end = words[0].to;
        let mut k = 0;
        while k < 4 && s.is_lower_word(end) && !FUNCTION_WORDS.contains(s.key(end)) {
            end += 1;
            k += 1;
        }
        if words.len() == 1 && k > 0 {
            let mut tail = 0;
            while tail < 3 && s.is_cap(end) {
                end += 1;
                tail += 1;
            }
            push(s, &words[..1], end, EntityType::Org, out);
            return;
        }
    }
    let after = words.last().map_or(0, |w| w.to);

    // A place word after: `Ұлытау облысы`, `Московской области`.
    // `Иран Ислам Республикасымен`: a state's full name.
    if words.len() > 1 && words.len() <= 4 && s.has(words[words.len() - 1].from, Clue::StateWord) {
        push(s, words, 0, EntityType::Loc, out);
        return;
    }
    let place_word = if s.is_lower_word(after) {
        s.loc_trigger(after)
    } else {
        None
    };
    if let Some(place_word) = place_word {
        let mut from = words.len() - 1;
        while from > 0 {
            let prev = s.key(words[from - 1].from);
            if PLACE_OPENERS.contains(&prev) || listed(s, &words[from - 1..]).is_some() {
                from -= 1;
            } else {
                break;
            }
        }
        classify(s, &words[..from], at_start, title, out);
        let end = if place_word == lexicon::PlaceWord::Part {
            after + 1
        } else {
            0
        };
        push(s, &words[from..], end, EntityType::Loc, out);
        return;
    }

    // An organisation word inside (`Конституциялық Кеңес`, `Ministry of
    // Defence`) or after (`Білім министрлігі`), unless the run is a known
    // place or organisation on its own (`Қазақстан полициясы`, `ҚР ІІМ`).
    // `Кеше Серік Жұманғарин Мәжіліс`: a sentence's opening word before a
    // first name is an ordinary word (as below), also when a person and a
    // body follow it.
    if at_start
        && words.len() > 2
        && !evidence(s, words[0])
        && s.has(words[1].from, Clue::FirstName)
    {
        words = &words[1..];
        at_start = false;
    }
    let known_whole = listed(s, words);
    let known = known_whole.or_else(|| listed(s, &words[words.len() - 1..]));
    let inner_trigger = words.len() > 1
        && words
            .iter()
            .any(|w| is_org_word(s, w.from) && !is_acronym(s.word_text(*w)));
    // `Олжас Бектенов Үкімет отырысында`: a person, then a body in its bare
    // form, are two names; a body named after a person takes the
    // possessive (`Нұрсұлтан Назарбаев Қоры`).
    // A surname alone does the same (`Тоқаев Үкіметке`).
    if s.lang == Lang::Kk && known_whole.is_none() && inner_trigger {
        let person = match words {
            // `Серік Жұманғарин Мәжіліс`: a surname without a telling
            // ending, after a first name, is one too.
            [first, second, body, ..]
                if s.has(first.from, Clue::FirstName)
                    && (s.has(second.from, Clue::SurnameEnding)
                        || listed(s, std::slice::from_ref(second)).is_none())
                    && !s.has(second.from, Clue::OrgTrigger)
                    && !kk_morph::ends_possessive(s.key(body.from)) =>
            {
                2
            }
            [surname, .., last]
                if s.has(surname.from, Clue::SurnameEnding)
                    && !s.has(surname.from, Clue::OrgTrigger)
                    && !s.has(surname.from, Clue::CaseEnding)
                    && !kk_morph::ends_possessive(s.key(last.from)) =>
            {
                1
            }
            _ => 0,
        };
        if person > 0 {
            push(s, &words[..person], 0, EntityType::Person, out);
            classify(s, &words[person..], false, false, out);
            return;
        }
    }
    if known_whole.is_none() && inner_trigger {
        push(s, words, 0, EntityType::Org, out);
        return;
    }
    // `Gulf of Mexico`: a run joined by `of` is one name, a place if a
    // place is in it.
    let joined = words.iter().any(|w| CONNECTORS.contains(&s.word_text(*w)));
    if joined && known_whole.is_none() {
        let has_place = words
            .iter()
            .any(|w| listed(s, &[*w]) == Some(EntityType::Loc));
        let kind = if has_place {
            EntityType::Loc
        } else {
            EntityType::Org
        };
        push(s, words, 0, kind, out);
        return;
    }
    // `Павлодар мемлекеттік университеті`: a place, words, then an
    // organisation word is the organisation (a place right before the word,
    // `Қазақстан полициясы`, stays a place).
    // Only a Kazakh name's last word inflects: a capitalised word in a
    // case other than the genitive (`Жиналысқа келген саяси партия`)
    // starts no organisation after it.
    let inflected = s.lang == Lang::Kk
        && s.has(after - 1, Clue::CaseEnding)
        && !kk_morph::is_genitive_key(s.key(after - 1));
    let tail = if inflected { None } else { org_tail(s, after) };
    let place_then_words = known == Some(EntityType::Loc) && tail > Some(after + 1);
    // In Russian only after an adjective (`Европейского союза`), not after
    // a person (`Лофнер предстал перед судом`).
    let russian_ok = s.lang != Lang::Ru
        || (tail == Some(after + 1)
            && is_russian_adjective_key(s.key(words[words.len() - 1].from)));
    if (known.is_none() || place_then_words)
        && russian_ok
        && words.len() <= 3
        && let Some(end) = tail
        && !words.iter().any(|w| s.has(w.from, Clue::FirstName))
    {
        // `Послы Европейского союза`: an opening word is no part of it.
        let skip = usize::from(at_start && words.len() > 1 && !evidence(s, words[0]));
        // A Latin-script name keeps its Kazakh kind word out, as a
        // quoted one does (`Nova Logistics компаниясы`).
        let latin = s.lang == Lang::Kk && words[skip..].iter().all(|w| is_latin(s.word_text(*w)));
        push(
            s,
            &words[skip..],
            if latin { 0 } else { end },
            EntityType::Org,
            out,
        );
        // A lone sentence-initial word with nothing to say it is a name
        // makes a guess the tagger may overrule (`Музыка мектебінде`),
        // unless a body's kind word heads the name (`Қаржы министрлігі`)
        // or the lists know the name (`Халық банкі`, `Ұлттық банк`) and no
        // title follows (KazNERD leaves `Ұлттық банк төрағасы` unmarked).
        let known_name = || {
            listed_phrase(s.span_of(words[0].from, end).slice(s.text), s.lang).is_some()
                && !(end < s.toks.len() && s.has(end, Clue::TitleWord))
        };
        if s.lang == Lang::Kk
            && at_start
            && words.len() == 1
            && !evidence(s, words[0])
            && !names_a_body(s.tok(end - 1))
            && !known_name()
            && let Some(c) = out.last_mut()
        {
            c.weight = 0;
        }
        return;
    }

    // A sentence-initial word with nothing to say it is a name is an
    // ordinary word written with a capital, and so is one before initials.
    // So is one before a first name (`Встреча Юрия Лужкова`), and in Kazakh
    // a case-marked one: only a name's last word inflects (`Сұхбатты Алпыстың`).
    let ordinary_first = words.len() == 1
        || (listed(s, &words[1..2]).is_some() && listed(s, &words[..2]).is_none())
        || s.has(words[1].from, Clue::FirstName)
        || (s.lang == Lang::Kk && s.has(words[0].from, Clue::CaseEnding))
        // A Kazakh or Russian name's initials come first (`Кеше Қ. Алпыс`).
        || (s.lang != Lang::En
            && s.is_initial(words[1].from)
            && !s.has(words[0].from, Clue::FirstName));
    // `Позиция Лужкова`: in Russian, an unknown opener before a surname
    // that needs no first name.
    let russian_opener = words.len() == 2
        && s.lang == Lang::Ru
        && !s.has(words[0].from, Clue::FirstName)
        && !s.has(words[0].from, Clue::SurnameEnding)
        && s.has(words[1].from, Clue::SurnameEnding);
    let common_first = russian_opener
        || words.len() > 1
            && s.lang == Lang::Kk
            && looks_like_common_word_key(s.key(words[0].from))
            && !PLACE_OPENERS.contains(&s.key(words[0].from))
            && !s.has(words[1].from, Clue::SurnameEnding);
    if at_start && !evidence(s, words[0]) && (ordinary_first || common_first) {
        words = &words[1..];
        if words.is_empty() {
            return;
        }
    }

    segment(s, words, title, out);
}

/// A body's kind word with the possessive that makes it the head of a
/// name (`министрлігінің`, not `министрлік`).
fn names_a_body(word: &str) -> bool {
    use crate::tagger::kk_kind_words::{BODY, POSSESSIVE, kind_of};
    let kind = kind_of(word);
    kind & BODY != 0 && kind & POSSESSIVE != 0
}

/// A word in Latin letters and digits (`Nova`, `Logistics`, `Kaspi.kz`).
fn is_latin(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

fn is_open_quote(tok: &str) -> bool {
    matches!(tok, "«" | "“" | "„" | "\"")
}

/// Splits a run into listed places and organisations and the names between
/// them, longest listed phrase first.
fn segment(s: &Sentence, words: &[Word], title: bool, out: &mut Vec<Candidate>) {
    let mut rest_from = 0;
    let mut i = 0;
    // The listed piece just emitted: (its first word, type, index in `out`).
    let mut previous: Option<(usize, EntityType, usize)> = None;
    while i < words.len() {
        let longest = (1..=(words.len() - i).min(4))
            .rev()
            .find_map(|k| listed(s, &words[i..i + k]).map(|t| (k, t)));
        match longest {
            Some((k, kind)) => {
                // `Оңтүстік Орал`, `Орта Азия`: a compass word before a place.
                let opener = kind == EntityType::Loc
                    && i > rest_from
                    && PLACE_OPENERS.contains(&s.key(words[i - 1].from));
                let start = if opener { i - 1 } else { i };
                person_or_unknown(s, &words[rest_from..start], title && rest_from == 0, out);
                // A country before a body is part of its name (`ҚР ІІМ`).
                let from = match previous {
                    Some((from, EntityType::Loc, at))
                        if kind == EntityType::Org && rest_from == start && at + 1 == out.len() =>
                    {
                        out.pop();
                        from
                    }
                    _ => start,
                };
                push(s, &words[from..i + k], 0, kind, out);
                previous = Some((from, kind, out.len() - 1));
                i += k;
                rest_from = i;
            }
            None => i += 1,
        }
    }
    person_or_unknown(s, &words[rest_from..], title && rest_from == 0, out);
}

/// Unlisted capitalised words: an acronym is an ORG; a person by a title,
/// a first name, a surname ending or initials; otherwise a guess.
fn person_or_unknown(s: &Sentence, words: &[Word], title: bool, out: &mut Vec<Candidate>) {
    let mut words = words;
    let mut title = title;
    // A title inside the run (`... Президенті Нұрсұлтан Назарбаев`).
    while let Some((w, rest)) = words.split_first() {
        if !s.has(w.from, Clue::TitleWord) {
            break;
        }
        title = true;
        words = rest;
    }
    if words.is_empty() {
        return;
    }
    if words.len() == 1 && is_designator(s.word_text(words[0])) {
        return;
    }
    if words.len() == 1 && is_acronym(s.word_text(words[0])) {
        push_guess(s, words, EntityType::Org, out);
        return;
    }
    // A Russian adjective (`Османской империи`, `Национального фронта`):
    // a name with the noun after it; alone, a guess at most.
    if words.len() == 1 && s.lang == Lang::Ru && is_russian_adjective_key(s.key(words[0].from)) {
        let next = words[0].to;
        if s.is_lower_word(next) {
            if s.has(next, Clue::OrgTrigger) {
                push(s, words, next + 1, EntityType::Org, out);
                return;
            }
            if s.loc_trigger(next).is_some() || is_russian_place_noun_key(s.key(next)) {
                push(s, words, next + 1, EntityType::Loc, out);
                return;
            }
        }
    }
    let person = title
        || words.iter().any(|w| {
            w.to - w.from == 2
                || s.has(w.from, Clue::FirstName)
                || s.has(w.from, Clue::SurnameEnding)
        });
    // A Kazakh person's name ends at a post (`Серік Жұмабаев | Президенттің`)
    // or at an ordinary word after the surname (`Ерлан Сәрсенов |
    // Еуразиялық одақ`); what follows is read again.
    if person
        && s.lang == Lang::Kk
        && let Some(cut) = (1..words.len()).find(|&k| ends_person_before(s, words, k))
    {
        person_or_unknown(s, &words[..cut], title, out);
        let mut rest = &words[cut..];
        let mut post = false;
        while let Some((w, tail)) = rest.split_first()
            && s.has(w.from, Clue::TitleWord)
        {
            post = true;
            rest = tail;
        }
        if !rest.is_empty() {
            classify(s, rest, false, post, out);
        }
        return;
    }
    if person {
        // Two people side by side (`Қасым-Жомарт Тоқаев Дмитрий Медведевті`):
        // a new name starts at a first name after a surname; and a name is
        // at most four words.
        let mut from = 0;
        for k in 1..=words.len() {
            let split = k == words.len()
                || k - from == 4
                || (s.has(words[k - 1].from, Clue::SurnameEnding)
                    && s.has(words[k].from, Clue::FirstName));
            if split {
                push(s, &words[from..k], 0, EntityType::Person, out);
                from = k;
            }
        }
        return;
    }
    if words.iter().all(|w| is_acronym(s.word_text(*w))) {
        push_guess(s, words, EntityType::Org, out);
        return;
    }
    if words.len() == 1 && looks_like_common_word_key(s.key(words[0].from)) {
        return;
    }
    // A lone Russian adjective (`Национального ...`) names nothing by itself.
    if words.len() == 1 && s.lang == Lang::Ru && is_russian_adjective_key(s.key(words[0].from)) {
        return;
    }
    let mut kind = unknown_kind(words.len(), s.lang);
    // A Latin-script word in Cyrillic text is most often a company or a
    // product (`Philips`, `Windows`).
    let latin = words.iter().all(|w| {
        s.word_text(*w)
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if latin && s.lang != Lang::En && s.lang != Lang::Und {
        kind = EntityType::Org;
    }
    push_guess(s, words, kind, out);
}

/// Whether a Kazakh person's name ends before `words[k]`: a post, or a
/// word no name has after a surname.
fn ends_person_before(s: &Sentence, words: &[Word], k: usize) -> bool {
    let (prev, w) = (words[k - 1], words[k]);
    let is_name_word = |w: Word| {
        w.to - w.from == 2 || s.has(w.from, Clue::FirstName) || s.has(w.from, Clue::SurnameEnding)
    };
    s.has(w.from, Clue::TitleWord)
        || (prev.to - prev.from == 1 && s.has(prev.from, Clue::SurnameEnding) && !is_name_word(w))
}

/// A name typed by a guess (weight 0): the document or the line may
/// overrule it.
fn push_guess(s: &Sentence, words: &[Word], kind: EntityType, out: &mut Vec<Candidate>) {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let span = s.span_of(first.from, last.to);
    let canon = canonical(span.slice(s.text), s.lang);
    out.push(Candidate::new(span, kind, canon, 0));
}

/// The type of an unlisted capitalised name with no other clue (weight 0:
/// the document may say better, see `entities::agree`). Measured on the dev
/// sets of all three languages, a lone unknown name is more often a place:
/// taking it for a person instead drops PER+ORG+LOC F1 from 0.797 to 0.776
/// (kk), 0.683 to 0.635 (ru) and 0.459 to 0.425 (en) (`aitty eval
/// tests/data/ner_dev_*.jsonl`).
fn unknown_kind(len: usize, lang: Lang) -> EntityType {
    if len >= 2 && lang != Lang::En {
        EntityType::Person
    } else {
        EntityType::Loc
    }
}
