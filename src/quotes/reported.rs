//! Reported (indirect) speech: content attributed to a source without
//! quotation marks. The span is the content only — no source, cue, or
//! linking `that`/`что`/`деп`.

use crate::language::{Lang, Languages};
use crate::quotes::cues::{self, BACKWARD};
use crate::quotes::source;
use crate::quotes::words::{DASHES, ENDS, MARKS, Words};
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;

type Range = (usize, usize);

/// Indirect quotes of every sentence, in text order (they may overlap the
/// direct ones; the caller settles that).
pub fn find(w: &Words, langs: &Languages) -> Vec<QuoteCandidate> {
    let mut out = Vec::new();
    for (si, &sent) in w.doc.sentences.iter().enumerate() {
        let (from, to) = (w.at(sent.start), w.before(sent.end));
        if from >= to {
            continue;
        }
        let lang = langs.at(w.doc, sent.start);
        let before = out.len();
        backward(w, si, from, to, lang, &mut out);
        according(w, from, to, lang, &mut out);
        if out.len() == before {
            match lang {
                Lang::Kk => kazakh(w, from, to, &mut out),
                Lang::Ru | Lang::En => verb_clause(w, from, to, lang, &mut out),
                Lang::Und => {}
            }
        }
    }
    out
}

fn push(
    w: &Words,
    out: &mut Vec<QuoteCandidate>,
    content: Range,
    cue: Range,
    source: Option<Range>,
) {
    let mut content = content;
    // `Однако в этом году ...`, `Ол сондай-ақ ...`: a sentence adverb is
    // the writer's, not the source's.
    while content.0 < content.1
        && matches!(
            w.low(content.0),
            "однако"
                | "но"
                | "впрочем"
                | "however"
                | "but"
                | "meanwhile"
                | "алайда"
                | "бірақ"
                | "сондай-ақ"
                | "тіпті"
        )
    {
        content.0 += 1;
    }
    let span = content_span(w, content);
    if span.is_empty() || w.count_words(content.0, content.1) < 2 {
        return;
    }
    out.push(QuoteCandidate {
        span,
        kind: QuoteKind::Indirect,
        cue: Some(w.range_span(cue.0, cue.1)),
        source: source.map(|(a, b)| w.range_span(a, b)),
    });
}

/// The content's span without surrounding punctuation (quote marks kept
/// when they pair up inside).
fn content_span(w: &Words, (mut a, mut b): Range) -> Span {
    while a < b && w.is_punct(a, ",:;–—-") {
        a += 1;
    }
    while b > a && w.is_punct(b - 1, ".!?…,;:–—-") {
        b -= 1;
    }
    w.range_span(a, b)
}

/// Sentence end without its final punctuation.
fn trim_end(w: &Words, from: usize, mut to: usize) -> usize {
    while to > from && w.is_punct(to - 1, ENDS) {
        to -= 1;
    }
    to
}

/// `Бұл туралы X мәлімдеді.`, `Об этом сообщил X.`: the sentence before.
fn backward(
    w: &Words,
    si: usize,
    from: usize,
    to: usize,
    lang: Lang,
    out: &mut Vec<QuoteCandidate>,
) {
    let Some(e) = w.phrase_at(from, &BACKWARD) else {
        return;
    };
    if lang == Lang::En || si == 0 {
        return;
    }
    let Some(verbs) = cues::verbs(lang) else {
        return;
    };
    let Some(k) = (e..to).find(|&k| w.phrase_at(k, verbs).is_some()) else {
        return;
    };
    let verb_end = w.phrase_at(k, verbs).unwrap_or(k + 1);
    let source = match lang {
        Lang::Kk => source::before(w, e, k),
        _ => source::after(w, verb_end, to, lang),
    };
    let prev = w.doc.sentences[si - 1];
    let (pa, pb) = (w.at(prev.start), w.before(prev.end));
    // The reported sentence holds no marked quote of its own.
    if (pa..pb).any(|i| w.is_punct(i, MARKS)) {
        return;
    }
    push(w, out, (pa, trim_end(w, pa, pb)), (from, verb_end), source);
}

/// `Алпыстың айтуынша, ...`, `По словам X, ...`, `..., according to X.`
fn according(w: &Words, from: usize, to: usize, lang: Lang, out: &mut Vec<QuoteCandidate>) {
    let Some(list) = cues::according(lang) else {
        return;
    };
    for i in from..to {
        if !w.is_word(i) {
            continue;
        }
        // `По его словам`: the pronoun sits inside the phrase.
        let (e, pronoun) = match w.phrase_at(i, list) {
            Some(e) => (e, None),
            None if lang == Lang::Ru
                && w.low(i) == "по"
                && source::is_pronoun(w, i + 1)
                && matches!(w.low(i + 2), "словам" | "мнению" | "данным") =>
            {
                (i + 3, Some((i + 1, i + 2)))
            }
            None => continue,
        };
        let end = trim_end(w, from, to);
        if lang == Lang::Kk {
            // Source before: `Кәсіпорын геологының айтуынша, CONTENT.`
            let start = (from..i)
                .rev()
                .find(|&k| w.is_punct(k, ","))
                .map_or(from, |k| k + 1);
            let source = (start..i)
                .find(|&k| w.is_word(k) && !source::is_discourse_word(w, k))
                .map(|k| (k, i));
            if w.is_punct(e, ",") && e + 1 < end {
                push(w, out, (e + 1, end), (i, e), source);
            }
            return;
        }
        // Source after, up to a comma or the sentence end.
        let comma = (e..to).find(|&k| w.is_punct(k, ","));
        let source = pronoun.or_else(|| source::after(w, e, comma.unwrap_or(to), lang));
        // `По его мнению страны Балтии ...`: no comma after the phrase.
        if pronoun.is_some() && !w.is_punct(e, ",") && e + 1 < end {
            push(w, out, (e, end), (i, e), pronoun);
            return;
        }
        let after_comma = i > from && w.is_punct(i - 1, ",");
        let after_link = i > from
            && (w.is_punct(i - 1, DASHES)
                || matches!(w.low(i - 1), "and" | "but" | "и" | "а" | "но"));
        let opens_clause = w.count_words(from, i) <= 1 || after_comma || after_link;
        if let Some(c) = comma.filter(|&c| c + 1 < end && opens_clause) {
            push(w, out, (c + 1, end), (i, e), source);
        } else if after_comma {
            // `CONTENT, according to X.`
            push(w, out, (from, i - 1), (i, e), source);
        }
        return;
    }
}

/// Words after which `said` does not start a content clause.
fn is_adjunct(word: &str) -> bool {
    matches!(
        word,
        "during"
            | "in"
            | "on"
            | "at"
            | "after"
            | "before"
            | "to"
            | "of"
            | "by"
            | "with"
            | "for"
            | "from"
            | "about"
            | "as"
            | "and"
            | "or"
            | "but"
            | "so"
            | "yesterday"
            | "today"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "goodbye"
            | "hello"
            | "no"
            | "yes"
            | "nothing"
            | "something"
            | "anything"
            | "so."
    )
}

/// ru/en: `X заявил, что CONTENT`, `X said (that) CONTENT`,
/// `CONTENT, сказал X`, `CONTENT, she said.`
fn verb_clause(w: &Words, from: usize, to: usize, lang: Lang, out: &mut Vec<QuoteCandidate>) {
    let Some(verbs) = cues::verbs(lang) else {
        return;
    };
    let end = trim_end(w, from, to);
    let mut floor = from;
    let mut k = from;
    while k < end {
        let Some(e) = w.is_word(k).then(|| w.phrase_at(k, verbs)).flatten() else {
            k += 1;
            continue;
        };
        if w.negated(k) || inside_marks(w, from, k) {
            k = e;
            continue;
        }
        // Forward: the content clause after the verb, up to a new clause
        // with its own subject (`..., а глава МИДа отметил, что ...`).
        if let Some(c) = clause_start(w, e, end, lang) {
            let source = source::before(w, floor, k).or_else(|| source::subject_at(w, floor, k));
            if !w.is_punct(c, MARKS) && !source.is_some_and(|s| first_person(w, s)) {
                let stop = clause_end(w, c, end, verbs);
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
            if let Some((content_end, source)) = backward_attribution(w, from, to, end, k, e, lang)
            {
                push(w, out, (from, content_end), (k, e), source);
                return;
            }
        }
        k = e;
    }
}

/// Where a content clause starting at `c` ends: a semicolon, or a comma
/// opening a contrasting clause with a speech verb of its own (`..., а
/// глава МИДа отметил, что ...`).
fn clause_end(w: &Words, c: usize, end: usize, verbs: &crate::quotes::cues::Phrases) -> usize {
    (c + 1..end)
        .find(|&j| {
            w.is_punct(j, ";")
                || (w.is_punct(j, ",")
                    && matches!(w.low(j + 1), "а" | "но" | "but" | "while" | "whereas")
                    && (j + 2..end).any(|v| w.phrase_at(v, verbs).is_some()))
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
    if w.count_words(close + 1, end) < 2 || w.is_punct(from, MARKS) {
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
    // Back over at most three subject words and dashes to a comma.
    let mut c = k;
    while c > from && (w.is_punct(c - 1, DASHES) || w.is_word(c - 1)) && k - c < 5 {
        c -= 1;
    }
    if c <= from + 1 || !w.is_punct(c - 1, ",") || w.is_punct(from, MARKS) {
        return None;
    }
    let comma = c - 1;
    let mut s = c;
    while s < k && w.is_punct(s, DASHES) {
        s += 1;
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
        ) || w.count_words(s, k) > 3
            || w.count_words(e, end) > 3
        {
            return None;
        }
        Some(source::before(w, s, k)?)
    } else {
        // `..., сообщает NEWSru.com.`, `..., считают американцы.`
        let src = source::after(w, e, to, lang).or_else(|| {
            let n = w.count_words(e, end);
            (n > 0 && n <= 3).then_some((e, end))
        })?;
        // The source follows the verb at once (`, сообщает РБК`), not an
        // adjunct (`, admitted on Sept.`).
        if w.count_words(src.1, end) > 3 || src.0 != e || source::is_discourse_word(w, e) {
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

/// `I`, `we`, `я`, `мы`: the writer, not a source.
fn first_person(w: &Words, (a, b): Range) -> bool {
    b == a + 1 && matches!(w.low(a), "i" | "we" | "я" | "мы" | "мен" | "біз")
}

/// The verb at `k` sits inside a quotation already (`"... he said ..."`).
fn inside_marks(w: &Words, from: usize, k: usize) -> bool {
    (from..k).filter(|&j| w.is_punct(j, "«»\"“”„")).count() % 2 == 1
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
            matches!(
                w.low(e - 1),
                "told" | "tells" | "informed" | "assured" | "warned" | "reminded"
            ) || w.is_punct(e, ",")
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
                ),
        ),
    };
    for j in e..(e + window).min(end) {
        if w.low(j) == link {
            // Russian puts a comma before `что`: `написал в Twitter, что`.
            let comma_ok = lang != Lang::Ru || j == e || w.is_punct(j - 1, ",");
            let between_ok = comma_ok
                && (j == e || reach)
                && (e..j).all(|i| w.is_word(i) || w.is_punct(i, ",."));
            if between_ok {
                return Some(j + 1);
            }
            break;
        }
        let abbreviation =
            j > 0 && w.is_punct(j, ".") && w.is_cap(j - 1) && w.text(j - 1).chars().count() <= 4;
        if (w.is_punct(j, ENDS) && !abbreviation) || w.is_punct(j, "«\"“:") {
            break;
        }
    }
    if lang != Lang::En || !w.is_word(e) {
        return None;
    }
    // `said her wedding was ...`: a bare clause opening with a subject.
    let bare_ok = matches!(
        w.low(e - 1),
        "said"
            | "says"
            | "claimed"
            | "claims"
            | "stated"
            | "argued"
            | "insisted"
            | "admitted"
            | "noted"
    );
    let subject_like = w.is_cap(e)
        || w.doc.tokens[e].kind == crate::text::TokenKind::Number
        || matches!(
            w.low(e),
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
                | "this"
                | "these"
                | "those"
        );
    (bare_ok && subject_like && !is_adjunct(w.low(e)) && w.count_words(e, end) >= 4).then_some(e)
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

/// Word endings of a Kazakh content clause before a speech verb:
/// `-ғанын`, `-екенін`, `-атынын`, `-тігін`, `барын`.
fn kk_clause_end(word: &str) -> bool {
    ["нын", "нін", "ғын", "гін", "қын", "кін", "барын", "жоғын"]
        .iter()
        .any(|s| word.ends_with(s) && word.chars().count() > 4)
}

/// Passive `-екені/-ғаны айтылды`.
fn kk_passive_end(word: &str) -> bool {
    ["екені", "ғаны", "гені", "қаны", "кені"]
        .iter()
        .any(|s| word.ends_with(s))
}

/// Kazakh: `X CONTENT-ғанын айтты`, `CONTENT деп X мәлімдеді`,
/// `CONTENT, – дейді X.`, `CONTENT екені айтылды`.
fn kazakh(w: &Words, from: usize, to: usize, out: &mut Vec<QuoteCandidate>) {
    let Some(verbs) = cues::verbs(Lang::Kk) else {
        return;
    };
    let end = trim_end(w, from, to);
    let first_person =
        |a: usize, b: usize| (a..b).any(|i| matches!(w.low(i), "мен" | "біз" | "өзім"));
    for k in from + 1..end {
        if !w.is_word(k) {
            continue;
        }
        if matches!(w.low(k), "айтылды" | "хабарланды" | "мәлімделді")
            && kk_passive_end(w.low(k - 1))
        {
            let start = (from..k)
                .find(|&i| w.is_word(i) && !source::is_discourse_word(w, i))
                .unwrap_or(from);
            push(w, out, (start, k), (k, k + 1), None);
            return;
        }
        let Some(e) = w.phrase_at(k, verbs) else {
            continue;
        };
        let low = w.low(k);
        if kk_clause_end(w.low(k - 1)) && !matches!(low, "деп" | "деді" | "дейді" | "депті")
        {
            let subject = kk_subject(w, from, k - 1);
            let start = subject.map_or(from, |s| s.1);
            push(w, out, (start, k), (k, e), subject);
            return;
        }
        if matches!(low, "деп" | "дейді" | "деді" | "депті" | "деседі") {
            let mut c_end = k;
            while c_end > from && w.is_punct(c_end - 1, ",–—-") {
                c_end -= 1;
            }
            if c_end > from && w.is_punct(c_end - 1, MARKS) {
                return; // `«...» дейді`: the direct stage's
            }
            if w.count_words(from, c_end) < 3 || first_person(e, end) {
                return;
            }
            let source = if low == "деп" && e == k + 1 && e < end {
                // `деп тұрғындар дабыл қаққан`: a reporting verb must follow.
                let Some(v) = (e..end).find(|&j| w.phrase_at(j, verbs).is_some()) else {
                    return;
                };
                if v > e {
                    source::before(w, e, v)
                } else {
                    // `деп мәлімдеді тұрғындар`
                    let v_end = w.phrase_at(v, verbs).unwrap_or(v + 1);
                    source::after(w, v_end, to, Lang::Kk)
                }
            } else {
                source::after(w, e, to, Lang::Kk)
            };
            let start = (from..c_end)
                .find(|&i| w.is_word(i) && !source::is_discourse_word(w, i))
                .unwrap_or(from);
            push(w, out, (start, c_end), (k, e), source);
            return;
        }
    }
}

/// The subject of a Kazakh clause in `from..to`: a name of two or more
/// words, else a pronoun, else a speaker noun, else a name.
fn kk_subject(w: &Words, from: usize, to: usize) -> Option<Range> {
    let limit = to.min(from + 10);
    let mut single = None;
    let mut i = from;
    while i < limit {
        if source::is_pronoun(w, i) {
            return Some((i, i + 1));
        }
        if w.is_cap(i) && !source::is_discourse_word(w, i) {
            let mut j = i;
            while j < limit && w.is_cap(j) {
                j += 1;
            }
            if j - i >= 2 {
                return Some((i, j));
            }
            if source::is_speaker_noun(w, i) {
                return Some((i, j));
            }
            single.get_or_insert((i, j));
            i = j;
            continue;
        }
        if source::is_speaker_noun(w, i) {
            let start = if i > from && w.is_word(i - 1) && !source::is_discourse_word(w, i - 1) {
                i - 1
            } else {
                i
            };
            // `әкімі Ерболат Досаев`: the name after the title.
            let mut j = i + 1;
            while j < limit && w.is_cap(j) {
                j += 1;
            }
            return Some((start, if j - i > 2 { j } else { i + 1 }));
        }
        i += 1;
    }
    single
}
