//! Russian and English speech verbs with a content clause: `X заявил, что
//! CONTENT`, `X said (that) CONTENT`, `CONTENT, сказал X`, `A, подчеркнул X,
//! B`.

use super::{Range, push, trim_end};
use crate::language::Lang;
use crate::quotes::QuoteCandidate;
use crate::quotes::cues::{self, ADJUNCTS_EN, PARTICIPLES, Phrases};
use crate::quotes::source;
use crate::quotes::words::{DASHES, ENDS, MARKS, Words};

/// ru/en: `X заявил, что CONTENT`, `X said (that) CONTENT`,
/// `CONTENT, сказал X`, `CONTENT, she said.`
pub(super) fn find(w: &Words, from: usize, to: usize, lang: Lang, out: &mut Vec<QuoteCandidate>) {
    let Some(verbs) = cues::verbs(lang) else {
        return;
    };
    let end = trim_end(w, from, to);
    // Where the sentence's last speech verb starts, found on first need.
    let mut last_verb = None;
    let mut floor = from;
    let mut k = from;
    while k < end {
        let Some(e) = w.scan_phrase_at(k, verbs) else {
            k += 1;
            continue;
        };
        // `against the United States?`: a capitalised verb after a
        // capitalised word is a name's.
        let in_name =
            lang == Lang::En && k > from && w.is_cap(k) && w.is_word(k - 1) && w.is_cap(k - 1);
        if w.negated(k) || inside_marks(w, from, k) || in_name {
            k = e;
            continue;
        }
        // `..., said Murat Temirkhanov, chief economist at Halyk Finance.`:
        // an English verb after a comma and before a name says whose the
        // words before it are; the name opens no content clause.
        let inverted = lang == Lang::En
            && k > from
            && w.is_punct(k - 1, ",")
            && w.is_word(e)
            && w.is_cap(e)
            && !ADJUNCTS_EN.contains(w.low(e))
            && !(e..end.min(e + 4)).any(|j| w.low(j) == "that");
        // Forward: the content clause after the verb, up to a new clause
        // with its own subject (`..., а глава МИДа отметил, что ...`).
        if let Some(c) = clause_start(w, e, end, lang).filter(|_| !inverted) {
            // `..., adding that ...`: the participle's subject is the
            // sentence's (`Израиль и США отвергают шаг, заявляя, что`), or
            // after a statement, its speaker, whom attribution carries on
            // (`"...," Smith said, adding that`).
            let participle = k > from && w.is_punct(k - 1, ",") && PARTICIPLES.contains(w.low(k));
            let source = if participle {
                source::subject_at(w, from, k)
                    .filter(|&s| floor == from && !first_person(w, s) && !w.is_punct(from, MARKS))
            } else {
                source::before(w, floor, k).or_else(|| source::subject_at(w, floor, k))
            };
            if !w.is_punct(c, MARKS) && !source.is_some_and(|s| first_person(w, s)) {
                let last_verb = *last_verb.get_or_insert_with(|| {
                    (from..end).rev().find(|&v| w.phrase_at(v, verbs).is_some())
                });
                let stop = clause_end(w, c, end, verbs, last_verb);
                for part in split_and_that(w, c, stop) {
                    push(w, out, part, (k, e), source);
                }
                floor = stop;
                k = stop;
                continue;
            }
        }
        if floor == from {
            if let Some((a, b, source)) = parenthetical(w, from, end, k, e, lang) {
                if let Some(a) = a {
                    push(w, out, a, (k, e), source);
                }
                push(w, out, b, (k, e), source);
                return;
            }
            if lang == Lang::En
                && let Some((a, b, source)) = interposed(w, from, end, k, e)
            {
                if let Some(a) = a {
                    push(w, out, a, (k, e), Some(source));
                }
                // `..., the ministry said on Monday, as the country seeks
                // ...`: a clause of when or why is the writer's.
                if !(w.is_word(b.0) && WRITERS_CLAUSES.contains(&w.low(b.0))) {
                    push(w, out, b, (k, e), Some(source));
                }
                return;
            }
            if let Some((content_end, source)) = backward_attribution(w, from, to, end, k, e, lang)
            {
                push(w, out, (from, content_end), (k, e), source);
                return;
            }
        }
        k = e;
    }
}

/// Where a content clause starting at `c` ends: a semicolon, a comma
/// before a speech participle, or a comma opening a contrasting clause
/// with a speech verb of its own (`..., а
/// глава МИДа отметил, что ...`). `last_verb` is where the last speech verb
/// before `end` starts.
fn clause_end(w: &Words, c: usize, end: usize, verbs: &Phrases, last_verb: Option<usize>) -> usize {
    (c + 1..end)
        .find(|&j| {
            w.is_punct(j, ";")
                // `..., adding that ...`, `..., добавив, что ...`: a
                // statement of its own.
                || (w.is_punct(j, ",") && PARTICIPLES.contains(w.low(j + 1)))
                || (w.is_punct(j, ",")
                    && matches!(w.low(j + 1), "а" | "но" | "and" | "but" | "while" | "whereas")
                    && last_verb.is_some_and(|v| v >= j + 2))
                // `..., сообщает РИА «Новости».`: the writer's source at the end.
                || (w.is_punct(j, ",")
                    && w.phrase_at(j + 1, verbs).is_some()
                    && w.count_words(j + 1, end) <= 5)
        })
        .unwrap_or(end)
}

/// `A, подчеркнул президент, B.`: an attribution set inside the content.
/// Returns A (when it says something), B and the source.
#[allow(clippy::type_complexity)]
fn parenthetical(
    w: &Words,
    from: usize,
    end: usize,
    k: usize,
    e: usize,
    lang: Lang,
) -> Option<(Option<Range>, Range, Option<Range>)> {
    let mut c = k;
    while c > from && w.is_punct(c - 1, DASHES) {
        c -= 1;
    }
    if c <= from || !w.is_punct(c - 1, ",") {
        return None;
    }
    let close = (e..(e + 9).min(end)).find(|&j| w.is_punct(j, ","))?;
    // `admitted on Sept. 10, 2002, that`: an adjunct, not a source.
    if w.is_word(e) && source::is_discourse_word(w, e) && !matches!(w.low(e), "бывший" | "бывшая")
    {
        return None;
    }
    if w.count_words(close + 1, end) < 2
        || w.is_punct(from, MARKS)
        || (lang == Lang::En && apposition(w, close + 1, end))
    {
        return None;
    }
    let source = source::after(w, e, close, lang).or_else(|| {
        let n = w.count_words(e, close);
        let np = w.is_word(e)
            && !matches!(
                w.low(e),
                "о" | "об" | "в" | "на" | "по" | "с" | "том" | "что" | "как"
            );
        (np && n <= 4).then_some((e, close))
    })?;
    let mut a_start = from;
    while a_start < c && (!w.is_word(a_start) || source::is_discourse_word(w, a_start)) {
        a_start += 1;
    }
    let a = (w.count_words(a_start, c - 1) >= 2).then_some((a_start, c - 1));
    Some((a, (close + 1, end), Some(source)))
}

/// Words opening an English clause that sets what was said in its time or
/// circumstances, the writer's words after an attribution.
const WRITERS_CLAUSES: &[&str] = &["as", "while", "amid", "after", "following", "despite"];

/// `A, he said, B.`, `A, the minister said on Tuesday, B.`: an English
/// subject and its verb set between commas inside the content. Returns A
/// (unless it is where it was said: `In a statement, the ministry said,
/// ...`), B and the source.
#[allow(clippy::type_complexity)]
fn interposed(
    w: &Words,
    from: usize,
    end: usize,
    k: usize,
    e: usize,
) -> Option<(Option<Range>, Range, Range)> {
    // The comma before the subject: at most four words back.
    let open = (k.saturating_sub(5).max(from + 1)..k)
        .rev()
        .find(|&j| !w.is_word(j))
        .filter(|&j| w.is_punct(j, ","))?;
    let source = source::before(w, open + 1, k).or_else(|| source::subject_at(w, open + 1, k))?;
    // The comma after the verb, past a short adjunct (`on Tuesday`).
    let close = if w.is_punct(e, ",") {
        e
    } else if w.is_word(e) && ADJUNCTS_EN.contains(w.low(e)) {
        (e + 1..(e + 4).min(end))
            .find(|&j| !w.is_word(j))
            .filter(|&j| w.is_punct(j, ","))?
    } else {
        return None;
    };
    // A direct quotation is the marks' business.
    if w.is_punct(from, MARKS) || w.count_words(close + 1, end) < 2 {
        return None;
    }
    // `..., as the article notes, B`: what comes before is the writer's.
    let setting = w.is_word(from) && ADJUNCTS_EN.contains(w.low(from));
    let writers = (open + 1..=source.0).any(|j| w.low(j) == "as");
    let a = (!setting && !writers).then_some((from, open));
    Some((a, (close + 1, end), source))
}

/// `CONTENT, сказал X.`, `CONTENT, she said.`, `CONTENT, – деп мәлімдеді X`:
/// the verb at `k..e` closes the sentence after a comma. Returns the
/// content's end and the source.
fn backward_attribution(
    w: &Words,
    from: usize,
    to: usize,
    end: usize,
    k: usize,
    e: usize,
    lang: Lang,
) -> Option<(usize, Option<Range>)> {
    // Back over at most three subject words and dashes to a comma, or a
    // longer name with its post (`, Energy Minister Almasadam Satkaliyev
    // told reporters`).
    // An abbreviation's dots are the subject's (`a U.S. official said`).
    let abbreviation_dot = |j: usize| {
        j >= 1
            && w.is_punct(j, ".")
            && w.is_word(j - 1)
            && w.is_cap(j - 1)
            && w.text(j - 1).len() <= 2
    };
    // Words of the subject, an abbreviation's letters and dots not counted.
    let subject_words = |a: usize, b: usize| {
        (a..b)
            .filter(|&i| {
                w.is_word(i) && !(w.is_cap(i) && w.text(i).len() <= 2 && abbreviation_dot(i + 1))
            })
            .count()
    };
    let mut c = k;
    while c > from
        && (w.is_punct(c - 1, DASHES) || w.is_word(c - 1) || abbreviation_dot(c - 1))
        && subject_words(c, k) < 8
    {
        c -= 1;
    }
    while c < k && subject_words(c, k) >= 5 && !titled_name(w, c, k) {
        c += 1;
    }
    if c <= from + 1 || !w.is_punct(c - 1, ",") || w.is_punct(from, MARKS) {
        return None;
    }
    let comma = c - 1;
    // `Турецкая сторона, в свою очередь, подчеркнула ...`: a short insertion
    // between commas belongs to the main clause, which is no content.
    let insertion = (from..comma)
        .rev()
        .find(|&j| w.is_punct(j, ","))
        .is_some_and(|prev| w.count_words(prev + 1, comma) <= 3);
    if insertion {
        return None;
    }
    let mut s = c;
    while s < k && w.is_punct(s, DASHES) {
        s += 1;
    }
    // `..., a U.S. official said, speaking on condition of anonymity.`: the
    // participle after the verb is the writer's.
    let tail_end = (e..end)
        .find(|&j| {
            w.is_punct(j, ",")
                && matches!(
                    w.low(j + 1),
                    "speaking" | "citing" | "declining" | "asking" | "requesting"
                )
        })
        .unwrap_or(end);
    // `..., Madi Takiyev told CNN in an interview.`: the one told is no
    // content either.
    let mut object_end = e;
    if told_like(w.low(e - 1)) {
        while object_end < tail_end && w.is_word(object_end) && w.is_cap(object_end) {
            object_end += 1;
        }
        // `told a government meeting on Tuesday`: the one told and when,
        // with no clause of their own.
        if object_end == e
            && w.count_words(e, tail_end) <= 8
            && !(e..tail_end)
                .any(|j| matches!(w.low(j), "that" | "to" | "he" | "she" | "it" | "they"))
        {
            object_end = tail_end;
        }
    }
    let source = if s < k {
        if matches!(
            w.low(s),
            "а" | "и"
                | "но"
                | "and"
                | "but"
                | "which"
                | "who"
                | "что"
                | "который"
                | "которая"
                | "которые"
        ) || w.count_words(object_end, tail_end) > 3
        {
            return None;
        }
        let subject = source::before(w, s, k)?;
        // A long subject only when it is a name with its post or read
        // whole (`economists at Halyk Finance`).
        if subject_words(s, k) > 3 && !titled_name(w, s, k) && subject.0 != s {
            return None;
        }
        Some(subject)
    } else {
        // `..., сообщает NEWSru.com.`, `..., считают американцы.`
        let src = source::after(w, e, to, lang).or_else(|| {
            let n = w.count_words(e, end);
            (n > 0 && n <= 3).then_some((e, end))
        })?;
        // The source follows the verb at once (`, сообщает РБК`), not an
        // adjunct (`, admitted on Sept.`).
        // `, said Murat Temirkhanov, the firm's chief economist.`: who the
        // source is may follow it.
        let described = lang == Lang::En && w.is_punct(src.1, ",") && apposition(w, src.1 + 1, end);
        if (w.count_words(src.1, end) > 3 && !described)
            || w.count_words(e, src.0) > 0
            || source::is_discourse_word(w, e)
        {
            return None;
        }
        Some(src)
    };
    if source.is_some_and(|s| first_person(w, s)) {
        return None;
    }
    let mut content_end = comma;
    while content_end > from && w.is_punct(content_end - 1, DASHES) {
        content_end -= 1;
    }
    Some((content_end, source))
}

/// English words `from..to` describe a name before them rather than say
/// something: a short noun phrase opening with an article, a title or a
/// possessive (`the firm's chief economist`, `chief economist at Halyk
/// Finance`), with no auxiliary verb (`will slow` says something).
fn apposition(w: &Words, from: usize, to: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could",
        "should", "may", "might", "must", "did", "does", "do",
    ];
    let first = (from..to).find(|&i| w.is_word(i));
    first.is_some_and(|f| {
        let low = w.low(f);
        (matches!(low, "the" | "a" | "an")
            || cues::is_title(low)
            || low.ends_with("'s")
            || low.ends_with("’s"))
            && w.count_words(f, to) <= 10
            && !(f..to).any(|i| AUXILIARIES.contains(&w.low(i)))
    })
}

/// Words `s..k` are a post and a name, all capitalised but the joining
/// `of` or `for` (`Energy Minister Almasadam Satkaliyev`, `Secretary of
/// State Antony Blinken`), at most seven.
fn titled_name(w: &Words, s: usize, k: usize) -> bool {
    k - s <= 7 && w.is_cap(s) && (s..k).all(|i| w.is_cap(i) || matches!(w.low(i), "of" | "for"))
}

/// `I`, `we`, `я`, `мы`: the writer, not a source.
fn first_person(w: &Words, (a, b): Range) -> bool {
    b == a + 1 && matches!(w.low(a), "i" | "we" | "я" | "мы" | "мен" | "біз")
}

/// The verb at `k` sits inside a quotation already (`"... he said ..."`).
fn inside_marks(w: &Words, from: usize, k: usize) -> bool {
    w.count_double_marks(from, k) % 2 == 1
}

/// Where the content clause after a verb ending at `e` starts.
fn clause_start(w: &Words, e: usize, end: usize, lang: Lang) -> Option<usize> {
    if e >= end {
        return None;
    }
    let link = if lang == Lang::Ru { "что" } else { "that" };
    // `заявил, что`, `said that`, `told the committee that`,
    // `admitted on Sept. 10, 2002, that`, `рассказал о том, что`.
    let (window, reach) = match lang {
        Lang::Ru => (10, true),
        _ => (
            10,
            told_like(w.low(e - 1))
                || w.is_punct(e, ",")
                || matches!(
                    w.low(e),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "last"
                        | "this"
                        | "earlier"
                        | "yesterday"
                        | "today"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                        | "late"
                ),
        ),
    };
    // `рассказал «Курсиву», что`: an outlet in marks, the one told.
    let outlet_in_marks = |j: usize| {
        lang == Lang::Ru
            && w.is_punct(j, "«")
            && w.is_cap(j + 1)
            && (j + 2..(j + 6).min(end)).any(|c| w.is_punct(c, "»") && w.is_punct(c + 1, ","))
    };
    for j in e..(e + window).min(end) {
        // `said, adding that ...`: the `that` is the participle's.
        if w.is_word(j) && PARTICIPLES.contains(w.low(j)) {
            break;
        }
        if w.low(j) == link {
            // Russian puts a comma before `что`: `написал в Twitter, что`.
            let comma_ok = lang != Lang::Ru || j == e || w.is_punct(j - 1, ",");
            let between_ok = comma_ok
                && (j == e || reach)
                && (e..j).all(|i| w.is_word(i) || w.is_punct(i, ",.«»"));
            if between_ok {
                return Some(j + 1);
            }
            break;
        }
        let abbreviation =
            j > 0 && w.is_punct(j, ".") && w.is_cap(j - 1) && w.text(j - 1).chars().count() <= 4;
        if outlet_in_marks(j) {
            continue;
        }
        // `Tengrinews.kz`: a site's dot ends nothing.
        if (w.is_punct(j, ENDS) && !abbreviation && !source::site_dot(w, j))
            || w.is_punct(j, "«\"“:")
        {
            break;
        }
    }
    if lang != Lang::En || !w.is_word(e) {
        return None;
    }
    // `said her wedding was ...`: a bare clause opening with a subject;
    // `told Reuters the plan ...`: the same after the one told.
    let opens = |k: usize| {
        subject_like(w, k) && !ADJUNCTS_EN.contains(w.low(k)) && w.count_words(k, end) >= 3
    };
    let verb = w.low(e - 1);
    let after_told = told_like(verb)
        .then(|| after_object(w, e, end))
        .flatten()
        .map(|k| past_time_adjunct(w, k, end))
        .filter(|&k| opens(k));
    // `said last week the government would ...`, `said on Friday it`.
    let e = past_time_adjunct(w, e, end);
    let said_like = matches!(
        verb,
        "said"
            | "says"
            | "claimed"
            | "claims"
            | "stated"
            | "argued"
            | "insisted"
            | "admitted"
            | "noted"
            | "warned"
            | "believes"
            | "thinks"
    ) || PARTICIPLES.contains(verb);
    // `said no agreement had been reached` (not `said no to ...`).
    let no_noun = w.low(e) == "no" && noun_then_verb(w, e + 1, end);
    after_told
        .or_else(|| (said_like && (opens(e) || noun_then_verb(w, e, end) || no_noun)).then_some(e))
}

/// Where a clause may start after the time words at `e` (`said | last
/// week | the government would`, `on Friday`, `earlier this month`,
/// `in a statement on Tuesday`); `e` itself when none are there. A
/// possessive (`last week's`) is no adjunct.
fn past_time_adjunct(w: &Words, e: usize, end: usize) -> usize {
    const UNITS: &[&str] = &[
        "week",
        "month",
        "year",
        "weekend",
        "night",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    const DOCUMENTS: &[&str] = &[
        "statement",
        "interview",
        "letter",
        "post",
        "speech",
        "briefing",
        "report",
    ];
    let mut k = e;
    // Three at most: `earlier | this week | in a statement`.
    for _ in 0..3 {
        let words = match w.low(k) {
            "yesterday" | "today" | "recently" | "previously" | "earlier" => 1,
            "last" | "this" | "late" | "on" if UNITS.contains(&w.low(k + 1)) => 2,
            "in" if matches!(w.low(k + 1), "a" | "an") && DOCUMENTS.contains(&w.low(k + 2)) => 3,
            _ => break,
        };
        let next = k + words;
        if next >= end || !w.is_word(next) || w.text(next).starts_with(['\'', '’']) {
            break;
        }
        k = next;
    }
    k
}

/// `said profits rose ...`, `said prices would ...`, `saying inflation
/// risks remained ...`: a bare clause opening with a lower-case noun (or
/// two), known by the finite verb right after it.
fn noun_then_verb(w: &Words, e: usize, end: usize) -> bool {
    const FINITE: &[&str] = &[
        "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "may",
        "might", "must", "should", "rose", "fell", "grew", "remain", "remains", "remained",
    ];
    let noun = |k: usize| {
        w.is_word(k)
            && !w.is_cap(k)
            && !ADJUNCTS_EN.contains(w.low(k))
            && w.low(k).chars().count() > 3
    };
    // `inflation risks remained`: a compound noun, then a listed verb.
    let compound = noun(e + 1) && w.is_word(e + 2) && FINITE.contains(&w.low(e + 2));
    noun(e)
        && w.is_word(e + 1)
        && (FINITE.contains(&w.low(e + 1))
            || (w.low(e + 1).ends_with("ed") && w.low(e + 1).len() > 4)
            || compound)
        && w.count_words(e, end) >= 3
}

/// Verbs whose object, the one told, comes before what was said.
fn told_like(word: &str) -> bool {
    matches!(
        word,
        "told" | "tells" | "informed" | "assured" | "warned" | "reminded"
    )
}

/// Where a clause may start after the one told at `e`: a name (`Reuters`,
/// `the BBC`, `The Associated Press`) or `reporters`, `parliament`,
/// `investors`, `me`, `us`, `them`.
fn after_object(w: &Words, e: usize, end: usize) -> Option<usize> {
    if matches!(
        w.low(e),
        "me" | "us"
            | "him"
            | "them"
            | "reporters"
            | "journalists"
            | "parliament"
            | "lawmakers"
            | "legislators"
            | "senators"
            | "deputies"
            | "investors"
            | "analysts"
            | "delegates"
    ) {
        return Some(e + 1).filter(|&k| k < end && w.is_word(k));
    }
    let first = if w.low(e) == "the" { e + 1 } else { e };
    let after = (first..end).find(|&k| !(w.is_word(k) && w.is_cap(k)))?;
    (after > first && w.is_word(after)).then_some(after)
}

/// A word that may open a clause as (part of) its subject.
fn subject_like(w: &Words, k: usize) -> bool {
    w.is_cap(k)
        || w.doc.tokens[k].kind == crate::text::TokenKind::Number
        || matches!(
            w.low(k),
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "the"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "there"
                | "a"
                | "an"
                | "some"
                | "many"
                | "most"
                | "all"
                | "no"
                | "more"
                | "these"
                | "those"
        )
}

/// `A and that B` → two contents.
fn split_and_that(w: &Words, from: usize, to: usize) -> Vec<Range> {
    let split = (from + 1..to.saturating_sub(1))
        .find(|&j| w.low(j + 1) == "that" && matches!(w.low(j), "and" | "и"));
    match split {
        Some(j) => vec![(from, j), (j + 2, to)],
        None => vec![(from, to)],
    }
}
