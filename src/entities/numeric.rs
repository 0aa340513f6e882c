//! Dates, times, sums, percentages and quantities: a number (in digits or
//! words) and the unit word after it, with the words around it that belong
//! to the expression in KazNERD's convention (`700 тоннадан астам`,
//! `2025 жылғы 23 желтоқсаннан`, `шамамен 5 жылдан бері`, `таңғы сағат 5-те`).

use std::cell::{Cell, RefCell};

use super::lexicon::{self, Forms};
use super::{Candidate, EntityType};
use crate::language::Lang;
use crate::span::Span;
use crate::text::{Document, Token, TokenKind};

/// `26.12.2025`, `1.2.25`, `2025-12-26`: a date in one token (day and
/// month of one or two digits, the year of two or four; or ISO 8601).
fn is_date_token(word: &str) -> bool {
    /// All digits, `len` of them (or one fewer when `optional_first`), the
    /// first of a full-length part at most `max_first`.
    fn part(p: &str, lens: &[usize], max_first: u8) -> bool {
        let b = p.as_bytes();
        lens.contains(&b.len())
            && b.iter().all(u8::is_ascii_digit)
            && (b.len() < 2 || b[0] <= max_first)
    }
    let mut dotted = word.split('.');
    let mut iso = word.split('-');
    match (dotted.next(), dotted.next(), dotted.next(), dotted.next()) {
        (Some(d), Some(m), Some(y), None) => {
            part(d, &[1, 2], b'3') && part(m, &[1, 2], b'1') && part(y, &[2, 4], b'9')
        }
        _ => match (iso.next(), iso.next(), iso.next(), iso.next()) {
            (Some(y), Some(m), Some(d), None) => {
                part(y, &[4], b'9') && part(m, &[2], b'1') && part(d, &[2], b'3')
            }
            _ => false,
        },
    }
}

/// A number with a suffix in one token: `2020-сыншы`, `5-те`, `1-інші`, `23-і`.
fn is_number_with_suffix(word: &str) -> bool {
    // Most words start with a letter: turned away by one byte.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = word.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let suffix = digits.strip_prefix('-').unwrap_or(digits);
    let n = suffix.chars().count();
    (1..=8).contains(&n) && suffix.chars().all(char::is_alphabetic)
}

/// Words that make a date of the date unit after them without a number
/// (`өткен жылы`, `осы аптада`); before a number they belong to it too.
const DATE_PRE_MODIFIERS: &[&str] = &[
    "соңғы",
    "алдағы",
    "өткен",
    "келесі",
    "келер",
    "осы",
    "биылғы",
];

/// Russian and English words that make a date of a date unit right after
/// them (`прошлой неделе`, `этом году`, `last week`, `next year`); before a
/// number they are none of it (`об этом 15 марта`).
const UNIT_PRE_MODIFIERS: &[&str] = &[
    "прошлом",
    "прошлой",
    "прошлого",
    "прошлую",
    "прошлый",
    "этом",
    "этой",
    "этого",
    "эту",
    "следующем",
    "следующей",
    "следующего",
    "следующую",
    "текущем",
    "текущей",
    "текущего",
    "last",
    "next",
    "this",
];

/// Words before a Russian or English month alone that make it a date
/// (`в декабре`, `до марта`, `in December`, `since May`).
const MONTH_PREPOSITIONS: &[&str] = &[
    "в",
    "во",
    "с",
    "со",
    "до",
    "к",
    "по",
    "от",
    "на",
    "из",
    "начале",
    "конце",
    "середине",
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "before",
    "after",
];

/// Russian words for "year" after a month's year (`марта 2027 года`).
const YEAR_WORDS: &[&str] = &["года", "году", "год", "г"];

/// Other words before a number that belong to the expression
/// (`шамамен 100`, `около 5`).
const NUMBER_PRE_MODIFIERS: &[&str] = &[
    "шамамен",
    "кемі",
    "тура",
    "таңғы",
    "кешкі",
    "түскі",
    "түнгі",
    "минус",
    "плюс",
    "about",
    "nearly",
    "almost",
    "around",
    "approximately",
    "over",
    "около",
    "почти",
    "более",
    "свыше",
    "примерно",
];

/// Other words after the unit that belong to the expression (Kazakh
/// postpositions of amount and time; `бастап` "from" is left out, as KazNERD
/// does).
const POST_MODIFIERS: &[&str] = &[
    "астам",
    "дейін",
    "дейінгі",
    "бері",
    "бұрын",
    "кейін",
    "ішінде",
    "аралығында",
    "шамасында",
    "шамасына",
    "шамасы",
    "жуық",
    "артық",
    "кем",
    "соң",
    "шейін",
    "бұрынғы",
    "ішіндегі",
    "ортасында",
    "астамы",
    "астамға",
    "жуығы",
    "тарта",
    "ago",
    "назад",
];

/// Words that make a date of a bare date unit before them (`жыл сайын`,
/// `тәулік бойы`, `жыл басынан бері`); after a number they belong to it too.
const DATE_UNIT_MODIFIERS: &[&str] = &[
    "сайын",
    "сайынғы",
    "бойы",
    "бойына",
    "басынан",
    "басында",
    "соңына",
    "соңында",
    "аяғына",
    "аяғында",
];

/// Words before `сағат` / a time that make it a time of day.
const TIME_WORDS: &[&str] = &["сағат", "таңғы", "кешкі", "түскі", "түнгі", "в"];

/// What the numeric rules work out once per distinct word of a document
/// (by its [`Document::word`] id), not once per token: its [`Forms`], and
/// whether an expression [`may_start`] at it. `None`: not yet asked.
pub struct KnownForms<'a> {
    forms: RefCell<Vec<Option<Forms<'a>>>>,
    /// A `Cell` per word: asked of every token, so no borrow flag.
    may_start: Vec<Cell<Option<bool>>>,
    /// The table of [`Tokens`]'s phrase ends, refilled for each sentence
    /// with a number rather than allocated for it.
    phrase_ends: RefCell<Vec<Cell<usize>>>,
}

impl KnownForms<'_> {
    pub fn new(doc: &Document) -> Self {
        let words = doc.word_count();
        KnownForms {
            forms: RefCell::new(vec![None; words]),
            may_start: vec![Cell::new(None); words],
            phrase_ends: RefCell::default(),
        }
    }

    /// [`may_start`] at token `i` of `doc`.
    fn may_start(&self, doc: &Document, i: usize) -> bool {
        let w = doc.word(i);
        let known = &self.may_start[w];
        known.get().unwrap_or_else(|| {
            let answer = may_start(doc.text, &doc.tokens[i], doc.word_key(w));
            known.set(Some(answer));
            answer
        })
    }
}

/// A sentence's tokens with the text, for looking around.
struct Tokens<'a, 'k> {
    text: &'a str,
    toks: &'a [Token],
    doc: &'a Document<'a>,
    /// The index in `doc` of the first of `toks`.
    first: usize,
    known: &'k KnownForms<'a>,
    /// Whether Kazakh number words that are function words elsewhere
    /// count (`он` "ten", but in Russian "he"): in a Kazakh sentence, or
    /// one with a Kazakh letter (a short one may be taken for Russian:
    /// `Он миллиард теңге.`). Worked out when first asked: few sentences
    /// have such a word, and the letter scan reads the whole sentence.
    kazakh: Cell<Option<bool>>,
    lang: Lang,
    /// Where a number phrase that has reached token `j` ends, once known
    /// (`UNKNOWN` before): a long run of numbers is walked once, not once
    /// for each of its tokens.
    phrase_ends: std::cell::RefMut<'k, Vec<Cell<usize>>>,
}

const UNKNOWN: usize = usize::MAX;

impl<'a, 'k> Tokens<'a, 'k> {
    fn new(
        doc: &'a Document<'a>,
        first: usize,
        toks: &'a [Token],
        known: &'k KnownForms<'a>,
        lang: Lang,
    ) -> Self {
        let mut phrase_ends = known.phrase_ends.borrow_mut();
        phrase_ends.clear();
        phrase_ends.resize(toks.len() + 2, Cell::new(UNKNOWN));
        Tokens {
            text: doc.text,
            toks,
            doc,
            first,
            known,
            kazakh: Cell::new(None),
            lang,
            phrase_ends,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// Token `i`'s key ("" past the end).
    fn key(&self, i: usize) -> &'a str {
        if i < self.toks.len() {
            self.doc.key(self.first + i)
        } else {
            ""
        }
    }

    /// Token `i`'s forms, worked out once per word of the document.
    fn forms(&self, i: usize) -> Forms<'a> {
        if i < self.toks.len() {
            let w = self.doc.word(self.first + i);
            *self.known.forms.borrow_mut()[w].get_or_insert_with(|| Forms::of(self.doc.word_key(w)))
        } else {
            Forms::of("")
        }
    }

    /// Token `i`'s key is in `list`.
    fn is_in(&self, list: &[&str], i: usize) -> bool {
        list.contains(&self.key(i))
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// No white space between tokens `i` and `i + 1`.
    fn touching(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// Digits, or digits with a suffix (`2020-сыншы`).
    fn is_digits(&self, i: usize) -> bool {
        match self.toks.get(i) {
            Some(t) if t.kind == TokenKind::Number => true,
            Some(t) if t.kind == TokenKind::Word => is_number_with_suffix(t.text(self.text)),
            _ => false,
        }
    }

    /// Digits or number words, hyphenated ranges included (`үш-төрт`).
    fn is_number(&self, i: usize) -> bool {
        self.is_digits(i)
            || (self.is_word(i) && {
                let forms = self.forms(i);
                forms.is_number_words() && (!forms.is_kazakh_number() || self.kazakh())
            })
    }

    /// See [`Tokens::kazakh`].
    fn kazakh(&self) -> bool {
        if let Some(known) = self.kazakh.get() {
            return known;
        }
        let toks = self.toks;
        let kazakh = matches!(self.lang, Lang::Kk | Lang::Und)
            || toks.first().zip(toks.last()).is_some_and(|(a, b)| {
                crate::language::has_kazakh_letters(&self.text[a.span.start..b.span.end])
            });
        self.kazakh.set(Some(kazakh));
        kazakh
    }

    /// `11:08`, `18: 00-де`: returns the index of the minutes.
    fn clock(&self, i: usize) -> Option<usize> {
        let h = self.word(i);
        let m = self.word(i + 2);
        let minutes = m.get(..2)?;
        let ok = self.toks.get(i)?.kind == TokenKind::Number
            && h.len() <= 2
            && h.parse::<u32>().ok()? < 24
            && self.word(i + 1) == ":"
            && self.touching(i)
            && (m.len() == 2 || self.is_digits(i + 2))
            && minutes.parse::<u32>().ok()? < 60
            && !m[2..].starts_with(|c: char| c.is_ascii_digit());
        ok.then_some(i + 2)
    }

    /// The end (exclusive index) of a number phrase starting at `i`:
    /// `700`, `жеті жүз`, `7, 5 миллион`, `2 – 3`, `он бүтін оннан бес`.
    fn number_phrase(&self, i: usize) -> Option<usize> {
        if !self.is_number(i) {
            return None;
        }
        // Where the phrase goes from token `j` on depends on `j` alone: walk
        // to the end (or to a token whose end is known), then note the end
        // at every token passed that did not know it.
        let mut j = i + 1;
        let end = loop {
            match self.phrase_ends.get(j).map(Cell::get) {
                Some(UNKNOWN) => {}
                Some(end) => break end,
                None => break j,
            }
            match self.phrase_step(j) {
                Some(next) => j = next,
                None => break j,
            }
        };
        let mut j = i + 1;
        while j < end && self.phrase_ends[j].get() == UNKNOWN {
            self.phrase_ends[j].set(end);
            match self.phrase_step(j) {
                Some(next) => j = next,
                None => break,
            }
        }
        Some(end)
    }

    /// The next token of a number phrase that has reached token `j`, or
    /// `None` when it ends before `j`.
    fn phrase_step(&self, j: usize) -> Option<usize> {
        if self.is_number(j) {
            Some(j + 1)
        } else if (matches!(self.word(j), "," | "–" | "-" | "—")
            && self.is_digits(j - 1)
            && self.is_digits(j + 1))
            || (matches!(
                self.word(j),
                "–" | "-" | "—" | "де" | "те" | "да" | "та" | "пен" | "мен" | "бен"
            ) && self.is_number(j + 1))
        {
            Some(j + 2)
        } else {
            None
        }
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to - 1].span.end)
    }
}

/// A Kazakh sum, share or quantity in its dictionary form: its unit
/// without the case ending (`15 пайызға` → `15 пайыз`, `2 млрд теңгеге` →
/// `2 млрд теңге`); every other expression as written.
fn dictionary_form(written: &str, kind: EntityType, lang: Lang) -> String {
    if lang == Lang::Kk
        && matches!(
            kind,
            EntityType::Money | EntityType::Percent | EntityType::Quantity
        )
        && let Some((head, last)) = written.rsplit_once(' ')
        && let Some(stem) = super::kk_morph::strip_case(last)
        && lexicon::unit_word(stem) == Some(kind)
    {
        return format!("{head} {stem}");
    }
    written.to_string()
}

/// Finds the numeric expressions among the tokens `first..first +
/// toks.len()` of `doc` (one sentence).
pub fn find<'a>(
    doc: &'a Document<'a>,
    first: usize,
    toks: &'a [Token],
    known: &KnownForms<'a>,
    lang: Lang,
    out: &mut Vec<Candidate>,
) {
    let text = doc.text;
    // Set up on the first token an expression may start at: most sentences
    // hold no number, date word or unit.
    let mut tokens: Option<Tokens> = None;
    let mut i = 0;
    while i < toks.len() {
        if !known.may_start(doc, first + i) {
            i += 1;
            continue;
        }
        let t = tokens.get_or_insert_with(|| Tokens::new(doc, first, toks, known, lang));
        match expression(t, i) {
            Some((from, to, kind)) => {
                let span = t.span(from, to);
                let canonical = dictionary_form(span.slice(text), kind, lang);
                out.push(Candidate::new(span, kind, canonical, 2));
                i = to;
            }
            None => i += 1,
        }
    }
}

/// Whether an expression may start at a token with this key: a number, a
/// currency sign, a word with digits, a modifier that opens one, or a word
/// some numeric list has ([`Forms::on_a_list`]). [`expression`] finds
/// nothing at any other token: at a word, every rule but those asks the
/// word's [`Forms`] first. Kazakh words often open as a number word or a
/// unit does (`он`, `мың`, `ай`), and with the word's forms asked here, once
/// per word, their tokens skip the rules too.
fn may_start(text: &str, tok: &Token, key: &str) -> bool {
    match tok.kind {
        TokenKind::Number => true,
        TokenKind::Punct => matches!(tok.text(text), "$" | "€" | "£" | "₸"),
        TokenKind::Word => {
            key.starts_with(|c: char| c.is_ascii_digit())
                || PARTS_OF_DAY.contains(&key)
                || DATE_PRE_MODIFIERS.contains(&key)
                || UNIT_PRE_MODIFIERS.contains(&key)
                || Forms::of(key).on_a_list()
        }
    }
}

/// The expression starting at or just before token `i`: (from, to, type).
fn expression(t: &Tokens<'_, '_>, i: usize) -> Option<(usize, usize, EntityType)> {
    let w = t.word(i);
    if t.toks[i].kind == TokenKind::Number && is_date_token(w) {
        return Some((i, i + 1, EntityType::Date));
    }
    if let Some(end) = t.clock(i) {
        let from = if i > 0 && t.is_in(PARTS_OF_DAY, i - 1) {
            i - 1
        } else {
            i
        };
        return Some((
            from,
            time_range(t, post_modifiers(t, end + 1)),
            EntityType::Time,
        ));
    }
    if let Some(end) = time_of_day(t, i) {
        return Some((i, time_range(t, end), EntityType::Time));
    }
    // `$5`, `₸700`: the sign before the number.
    if matches!(w, "$" | "€" | "£" | "₸") && t.touching(i) {
        let end = t.number_phrase(i + 1)?;
        return Some((i, end, EntityType::Money));
    }
    // Month first: `June 28, 2005`, `January 2020`.
    if t.is_word(i)
        && lexicon::is_month(&t.forms(i))
        && w.chars().next().is_some_and(char::is_uppercase)
        && let Some(end) = t.number_phrase(i + 1)
    {
        let mut end = end;
        if t.word(end) == "," && is_year(t.word(end + 1)) {
            end += 2;
        }
        return Some((i, end, EntityType::Date));
    }
    if t.is_word(i) && !t.is_number(i) {
        return word_expression(t, i);
    }
    let end = t.number_phrase(i)?;
    let (kind, mut to) = unit_after(t, i, end)?;
    to = post_modifiers(t, to);
    let mut from = i;
    if from > 0
        && (t.is_in(NUMBER_PRE_MODIFIERS, from - 1) || t.is_in(DATE_PRE_MODIFIERS, from - 1))
    {
        from -= 1;
    }
    if kind == EntityType::Time && from > 0 && t.is_in(TIME_WORDS, from - 1) {
        from -= 1;
    }
    Some((from, to, kind))
}

/// After a month: `айында`, `айынан` ("in the month of"), and a second date
/// of a range (`27-нші наурыз бен 4-інші сәуір`, `қаңтар – мамыр`). The end.
fn month_tail(t: &Tokens, mut to: usize) -> usize {
    if t.forms(to).key().starts_with("айы") {
        to += 1;
    }
    if matches!(t.word(to), "бен" | "мен" | "–" | "-" | "—") {
        let start = to + 1;
        let month_at = t.number_phrase(start).unwrap_or(start);
        if t.is_word(month_at) && lexicon::is_month(&t.forms(month_at)) {
            return month_tail(t, month_at + 1);
        }
    }
    to
}

/// Words that name a part of the day before an hour (`таңғы 9-дан`).
const PARTS_OF_DAY: &[&str] = &["таңғы", "кешкі", "түскі", "түнгі", "күндізгі", "кешкісін"];

/// `таңғы сағат 7-ден`, `кешкі сегізге дейін`, `түскі 12: 00-ге`: the end.
fn time_of_day(t: &Tokens, i: usize) -> Option<usize> {
    if !t.is_in(PARTS_OF_DAY, i) {
        return None;
    }
    let mut j = i + 1;
    if t.forms(j).key() == "сағат" {
        j += 1;
    }
    let end = match t.clock(j) {
        Some(m) => m + 1,
        None => t.number_phrase(j)?,
    };
    Some(post_modifiers(t, end))
}

/// `таңғы 9-дан кешкі 8-ге дейін`: a time of day right after another one
/// makes one range. The end.
fn time_range(t: &Tokens, end: usize) -> usize {
    time_of_day(t, end).unwrap_or(end)
}

/// An English year alone (`in 2005`, `the end of 2026`, `2025 and 2026`):
/// four digits from 1900 to 2099 after a preposition or a year's `and`.
fn year_alone(t: &Tokens, i: usize, end: usize) -> bool {
    let word = t.word(i);
    let before = if i > 0 { t.forms(i - 1).key() } else { "" };
    end == i + 1
        && is_year(word)
        && (word.starts_with("19") || word.starts_with("20"))
        && matches!(
            before,
            "in" | "since"
                | "by"
                | "until"
                | "of"
                | "from"
                | "to"
                | "during"
                | "before"
                | "after"
                | "through"
                | "and"
                | "or"
        )
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.starts_with(['1', '2']) && word.bytes().all(|b| b.is_ascii_digit())
}

/// The type and end of what follows a number phrase `i..end`.
fn unit_after(t: &Tokens, i: usize, end: usize) -> Option<(EntityType, usize)> {
    let next = t.word(end);
    // `15%`, `90 %-ке`
    if next == "%" {
        let mut to = end + 1;
        if t.touching(end) && t.word(to) == "-" && t.is_word(to + 1) {
            to += 2;
        }
        return Some((EntityType::Percent, to));
    }
    // `23 желтоқсан`, `28 июня 2005 года`
    if t.is_word(end) && lexicon::is_month(&t.forms(end)) {
        let mut to = month_tail(t, end + 1);
        if is_year(t.word(to)) {
            to += 1;
            if lexicon::unit(&t.forms(to)) == Some(EntityType::Date) || t.word(to) == "г" {
                to += 1;
            }
        }
        return Some((EntityType::Date, to));
    }
    // `2025 г.`
    if is_year(t.word(i)) && end == i + 1 && next == "г" {
        return Some((EntityType::Date, end + 1));
    }
    if !t.is_word(end) && !matches!(next, "$" | "€" | "₸") {
        return year_alone(t, i, end).then_some((EntityType::Date, end));
    }
    // `АҚШ доллары`, `US dollars`: the country names the currency.
    if matches!(next, "АҚШ" | "US" | "U.S." | "США")
        && lexicon::unit(&t.forms(end + 1)) == Some(EntityType::Money)
    {
        return Some((EntityType::Money, end + 2));
    }
    let Some(kind) = lexicon::unit(&t.forms(end)) else {
        // `in 2025 and 2026`: a year before a word that is no unit.
        let linking = matches!(t.forms(end).key(), "and" | "or" | "to" | "through" | "the");
        return (linking && year_alone(t, i, end)).then_some((EntityType::Date, end));
    };
    let mut to = end + 1;
    // `шаршы метр`, `текше метр`: the measure comes second.
    if kind == EntityType::Quantity && lexicon::unit(&t.forms(to)) == Some(EntityType::Quantity) {
        to += 1;
    }
    // `2025 жылғы 23 желтоқсаннан`: a year, then the day and month.
    if kind == EntityType::Date
        && t.forms(end).key().starts_with("жыл")
        && let Some(day_end) = t.number_phrase(to)
        && lexicon::is_month(&t.forms(day_end))
    {
        to = month_tail(t, day_end + 1);
    }
    // `3 сағат 50 минут`
    if kind == EntityType::Time
        && let Some(e) = t.number_phrase(to)
        && lexicon::unit(&t.forms(e)) == Some(EntityType::Time)
    {
        to = e + 1;
    }
    Some((kind, to))
}

fn post_modifiers(t: &Tokens, mut to: usize) -> usize {
    while to < t.toks.len()
        && t.is_word(to)
        && (t.is_in(POST_MODIFIERS, to) || t.is_in(DATE_UNIT_MODIFIERS, to))
    {
        to += 1;
    }
    to
}

/// A date or time without digits: `биыл`, `бүгін`, `өткен жылы`, `осы аптада`.
fn word_expression(t: &Tokens, i: usize) -> Option<(usize, usize, EntityType)> {
    let w = t.word(i);
    let unit = |j: usize| {
        if t.is_word(j) {
            lexicon::unit(&t.forms(j))
        } else {
            None
        }
    };
    // `Виктор Понедельник`, `USA Today`, `the Sunday Times`: a name, not a
    // date (`On Monday`, `В понедельник` open with a function word).
    let upper = |j: usize| t.is_word(j) && crate::text::letters::starts_upper(t.word(j));
    let name_word = |j: usize| upper(j) && t.word(j).chars().all(char::is_alphabetic);
    let in_a_name = || {
        upper(i)
            && i > 0
            && ((name_word(i - 1) && !lexicon::FUNCTION_WORDS.contains(t.key(i - 1)))
                || (t.key(i - 1) == "the" && upper(i + 1)))
    };
    if let Some(kind) = lexicon::date_word(&t.forms(i))
        && !in_a_name()
    {
        // `бүгінгі күні`, `биылғы жылдың`, `бүгінгі таңда`
        let mut to = i + 1;
        let attributive = ["гі", "ғы"].iter().any(|e| w.ends_with(e));
        let next = t.word(to);
        if kind == EntityType::Date
            && attributive
            && (unit(to) == Some(kind) || matches!(next, "таңда" | "таңға" | "таңдағы"))
        {
            to += 1;
        }
        let from = if i > 0 && t.is_in(DATE_PRE_MODIFIERS, i - 1) {
            i - 1
        } else {
            i
        };
        return Some((from, post_modifiers(t, to), kind));
    }
    if (t.is_in(DATE_PRE_MODIFIERS, i) || t.is_in(UNIT_PRE_MODIFIERS, i))
        && unit(i + 1) == Some(EntityType::Date)
    {
        let mut to = i + 2;
        // `өткен жылдың көктемінде`, `осы жылдың қаңтарында`
        if lexicon::date_word(&t.forms(to)).is_some() || lexicon::is_kazakh_month(&t.forms(to)) {
            to += 1;
        }
        return Some((i, post_modifiers(t, to), EntityType::Date));
    }
    if unit(i).is_some_and(|k| matches!(k, EntityType::Date | EntityType::Time))
        && t.is_in(DATE_UNIT_MODIFIERS, i + 1)
    {
        let kind = if t.forms(i).key().starts_with("тәулік") {
            EntityType::Date
        } else {
            unit(i).unwrap_or(EntityType::Date)
        };
        return Some((i, post_modifiers(t, i + 2), kind));
    }
    if let Some(to) = russian_or_english_month(t, i) {
        return Some((i, post_modifiers(t, to), EntityType::Date));
    }
    if lexicon::is_kazakh_month(&t.forms(i)) && w.chars().next().is_some_and(char::is_lowercase) {
        let from = if i > 0 && t.is_in(DATE_PRE_MODIFIERS, i - 1) {
            i - 1
        } else {
            i
        };
        let to = month_tail(t, i + 1);
        return Some((from, post_modifiers(t, to), EntityType::Date));
    }
    None
}

/// A Russian or English month with no day (`в декабре`, `до марта 2027
/// года`, `in December`, `May 2024`), where a preposition or a year
/// vouches for it (`March` the verb, `Мая` the name, `мартовский` do not
/// count). The end.
fn russian_or_english_month(t: &Tokens, i: usize) -> Option<usize> {
    let forms = t.forms(i);
    if !lexicon::is_month(&forms) || lexicon::is_kazakh_month(&forms) {
        return None;
    }
    let w = t.word(i);
    let russian = w.starts_with(|c: char| matches!(c, 'а'..='я')) && w.chars().count() <= 8;
    let english =
        w.starts_with(|c: char| c.is_ascii_uppercase()) && lexicon::is_month_name(forms.key());
    let year_after = is_year(t.word(i + 1));
    if !(russian || english) || !(year_after || (i > 0 && t.is_in(MONTH_PREPOSITIONS, i - 1))) {
        return None;
    }
    let mut to = i + 1;
    if year_after {
        to += 1;
        if russian && t.is_in(YEAR_WORDS, to) {
            // `2027 г.`: the abbreviation's full stop.
            to += 1 + usize::from(t.word(to) == "г" && t.word(to + 1) == ".");
        }
    }
    Some(to)
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    #[test]
    fn dates_in_one_token() {
        for w in [
            "26.12.2025",
            "1.2.25",
            "01.02.2025",
            "31.1.99",
            "2025-12-26",
            "1999-01-31",
        ] {
            assert!(is_date_token(w), "{w}");
        }
        for w in [
            "46.12.2025",
            "26.22.2025",
            "26.12.202",
            "26.12",
            "2025-1-26",
            "2025-12-46",
            "2025-22-01",
            "26.12.2025.",
            "26,12.2025",
            "3.5",
            "123.12.2025",
            "a.b.cd",
            "",
        ] {
            assert!(!is_date_token(w), "{w}");
        }
    }

    /// The phrase end walked afresh, without the remembered ends.
    fn walked(t: &Tokens, i: usize) -> Option<usize> {
        if !t.is_number(i) {
            return None;
        }
        let mut j = i + 1;
        while let Some(next) = t.phrase_step(j) {
            j = next;
        }
        Some(j)
    }

    #[test]
    fn remembered_phrase_ends_match_a_fresh_walk() {
        let text = "1, 2 – 3 12 мен 5 x 7 – 8 бес жүз , 4 үш-төрт 9 де 10 – 2, 3";
        let doc = crate::text::Document::new(text);
        let (known, known_fresh) = (KnownForms::new(&doc), KnownForms::new(&doc));
        let t = Tokens::new(&doc, 0, &doc.tokens, &known, Lang::Kk);
        let fresh = Tokens::new(&doc, 0, &doc.tokens, &known_fresh, Lang::Kk);
        // Asked in order and then backwards, against a walk on fresh tokens.
        let order: Vec<usize> = (0..doc.tokens.len())
            .chain((0..doc.tokens.len()).rev())
            .collect();
        for i in order {
            assert_eq!(t.number_phrase(i), walked(&fresh, i), "token {i}");
        }
        assert_eq!(
            t.number_phrase(0),
            Some(8),
            "`1, 2 – 3 12 мен 5` is one phrase"
        );
    }
}
