//! "According to" constructions: `Алпыстың айтуынша, CONTENT`,
//! `По словам X, CONTENT`, `CONTENT, according to X.`

use super::{Range, push, trim_end};
use crate::language::Lang;
use crate::quotes::QuoteCandidate;
use crate::quotes::cues;
use crate::quotes::source;
use crate::quotes::words::{DASHES, Words};

/// `Алпыстың айтуынша, ...`, `По словам X, ...`, `..., according to X.`
pub(super) fn find(w: &Words, from: usize, to: usize, lang: Lang, out: &mut Vec<QuoteCandidate>) {
    let Some(list) = cues::according(lang) else {
        return;
    };
    for i in from..to {
        if !w.is_word(i) {
            continue;
        }
        // `По его словам`: the pronoun sits inside the phrase.
        let (e, pronoun) = match w.scan_phrase_at(i, list) {
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
        let mut comma = (e..to).find(|&k| w.is_punct(k, ","));
        // `По словам источника, знакомого с ситуацией, ...`: a participle
        // phrase in the source's case is the source's, not the content's.
        if lang == Lang::Ru
            && let Some(c) = comma
            && w.is_word(c + 1)
            && !w.is_cap(c + 1)
            && ["ого", "его", "ых", "их"]
                .iter()
                .any(|ending| w.low(c + 1).ends_with(ending))
            && let Some(next) = (c + 2..to.min(c + 8)).find(|&k| w.is_punct(k, ","))
        {
            comma = Some(next);
        }
        let until = comma.unwrap_or(to);
        // `according to a statement from the ministry`: the whole phrase,
        // which attribution reads as the ministry's.
        // `according to its latest report`: whose report `its` says (the
        // organisation named last, for attribution).
        let its = (lang == Lang::En && w.is_word(e) && w.low(e) == "its").then_some((e, e + 1));
        let source = pronoun
            .or(its)
            .or_else(|| source::after(w, e, until, lang))
            .or_else(|| described(w, e, until, lang))
            .map(|s| {
                if s.1 + 1 < until && w.is_word(s.1) && matches!(w.low(s.1), "from" | "by") {
                    (s.0, until)
                } else {
                    s
                }
            });
        // `По словам жителей`, `по словам представителей компании`: a
        // Russian speaker noun opens the source, whatever the body after it.
        let source = if lang == Lang::Ru
            && w.is_word(e)
            && !w.is_cap(e)
            && source.is_none_or(|s| s.0 != e)
            && (source::is_speaker_noun(w, e)
                || source::speaker_noun_nominative(w.low(e)).is_some())
            && w.count_words(e, until) <= 4
        {
            Some((e, until))
        } else {
            source
        };
        // `По его мнению страны Балтии ...`: no comma after the phrase.
        if pronoun.is_some() && !w.is_punct(e, ",") && e + 1 < end {
            push(w, out, (e, end), (i, e), pronoun);
            return;
        }
        let after_comma = i > from && w.is_punct(i - 1, ",");
        let after_link = i > from
            && (w.is_punct(i - 1, DASHES)
                || matches!(w.low(i - 1), "and" | "but" | "и" | "а" | "но"));
        // `CONTENT, согласно распоряжению X, CONTENT, сообщает Y.`: a phrase
        // inside the sentence is the content's; the verb at the end reports.
        let report = trailing_report(w, e, end, lang);
        if i > from && report.is_some() {
            return;
        }
        // `По словам X, CONTENT, сообщает ТАСС.`: the outlet is no content.
        let end = report.unwrap_or(end);
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

/// English `according to people familiar with the matter`, `according to
/// two diplomats`: a source of lower-case words headed by a noun for
/// people, up to `until`.
fn described(w: &Words, e: usize, until: usize, lang: Lang) -> Option<Range> {
    const PEOPLE: [&str; 14] = [
        "people",
        "person",
        "source",
        "sources",
        "official",
        "officials",
        "analysts",
        "experts",
        "economists",
        "diplomat",
        "diplomats",
        "witnesses",
        "residents",
        "investigators",
    ];
    let mut until = until;
    while until > e && w.is_punct(until - 1, ".!?…;") {
        until -= 1;
    }
    if lang != Lang::En || until <= e || until - e > 8 || !(e..until).all(|k| w.is_word(k)) {
        return None;
    }
    let head = (e..until.min(e + 3)).find(|&k| PEOPLE.contains(&w.low(k)))?;
    (e..head).all(|k| !w.is_cap(k)).then_some((e, until))
}

/// The comma before `, VERB Source` ending the sentence `..end`
/// (`, сообщает NEWSru.com`).
fn trailing_report(w: &Words, from: usize, end: usize, lang: Lang) -> Option<usize> {
    let verbs = cues::verbs(lang)?;
    let c = (from..end).rev().find(|&k| w.is_punct(k, ","))?;
    w.phrase_at(c + 1, verbs)
        .is_some_and(|v| {
            v < end && w.count_words(v, end) <= 4 && source::after(w, v, end, lang).is_some()
        })
        .then_some(c)
}
