//! Reported (indirect) speech: content attributed to a source without
//! quotation marks. The span is the content only — no source, cue, or
//! linking `that`/`что`/`деп`.
//!
//! - [`according`]: `Алпыстың айтуынша, ...`, `По словам X, ...`;
//! - [`clause`]: ru/en speech verbs with a content clause;
//! - [`kazakh`]: Kazakh `-ғанын айтты`, `деп`, `дейді` constructions;
//! - here: `Бұл туралы X мәлімдеді` (the sentence before) and the shared
//!   helpers.

mod according;
mod clause;
mod kazakh;

use crate::language::{Lang, Languages};
use crate::quotes::cues::{self, BACKWARD, SENTENCE_ADVERBS};
use crate::quotes::source;
use crate::quotes::words::{ENDS, MARKS, Words};
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;

type Range = (usize, usize);

/// Indirect quotes of every sentence, in text order (they may overlap the
/// direct ones; the caller settles that).
pub fn find(w: &Words, langs: &Languages) -> Vec<QuoteCandidate> {
    let mut out = Vec::new();
    let paragraphs = &w.doc.paragraphs;
    // The paragraph of each sentence, walked to as the tokens are.
    let mut p = 0;
    for (si, &sent) in w.doc.sentences.iter().enumerate() {
        let std::ops::Range {
            start: from,
            end: to,
        } = w.doc.sentence_tokens(si);
        if from >= to {
            continue;
        }
        while p < paragraphs.len() && paragraphs[p].end <= sent.start {
            p += 1;
        }
        // `langs.at(w.doc, sent.start)`.
        let lang = match paragraphs.get(p) {
            Some(para) if para.start <= sent.start => langs.paragraphs[p],
            _ => langs.document,
        };
        let before = out.len();
        backward(w, si, from, to, lang, &mut out);
        according::find(w, from, to, lang, &mut out);
        // `По сведениям AP, пилот объяснил, что ...`, `X admitted that ...,
        // according to Y`: a speech clause inside what the outlet passes on
        // is the statement, and its subject the speaker.
        if out.len() == before + 1 && matches!(lang, Lang::Ru | Lang::En) {
            let mut inner = Vec::new();
            clause::find(w, from, to, lang, &mut inner);
            let outer = out[before].clone();
            let nested = |q: &QuoteCandidate| {
                q.source.is_some()
                    && q.cue
                        .is_some_and(|c| outer.span.contains(c) || c.end <= outer.span.start)
                    && q.cue != outer.cue
            };
            if inner.len() == 1 && nested(&inner[0]) {
                let mut q = inner.remove(0);
                // `..., according to Y.` is no part of the statement.
                if let Some(c) = outer.cue.filter(|c| q.span.contains(*c)) {
                    let mut k = w.at(c.start);
                    while k > 0 && w.is_punct(k - 1, ",") {
                        k -= 1;
                    }
                    q.span = Span::new(q.span.start, w.span(k.saturating_sub(1)).end);
                }
                out.truncate(before);
                out.push(q);
            }
            continue;
        }
        if out.len() == before {
            match lang {
                Lang::Kk => kazakh::find(w, from, to, &mut out),
                Lang::Ru | Lang::En => clause::find(w, from, to, lang, &mut out),
                Lang::Und => {}
            }
        }
    }
    out
}

pub(super) fn push(
    w: &Words,
    out: &mut Vec<QuoteCandidate>,
    content: Range,
    cue: Range,
    source: Option<Range>,
) {
    let mut content = content;
    content.0 = source::past_dateline(w, content.0, content.1);
    // `Однако в этом году ...`, `Ол сондай-ақ ...`: a sentence adverb is
    // the writer's, not the source's.
    while content.0 < content.1 && SENTENCE_ADVERBS.contains(w.low(content.0)) {
        content.0 += 1;
    }
    let span = content_span(w, content);
    // Content opening with a quotation mark is a direct quote: the direct
    // stage has it (`Мұртаза айтқандай, «70» деп ...`).
    let first = w.at(span.start);
    if span.is_empty() || w.count_words(content.0, content.1) < 2 || w.is_punct(first, "«„“\"‘‹")
    {
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
pub(super) fn trim_end(w: &Words, from: usize, mut to: usize) -> usize {
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
    if si == 0 {
        return;
    }
    let Some(verbs) = cues::verbs(lang) else {
        return;
    };
    let (cue_start, verb_end, source) = if lang == Lang::En {
        // `John Smith said this on Monday.`: the subject, a verb, `this`.
        let Some((k, verb_end)) =
            (from..to.min(from + 8)).find_map(|k| w.phrase_at(k, verbs).map(|v| (k, v)))
        else {
            return;
        };
        if !matches!(w.low(verb_end), "this" | "so") || k == from {
            return;
        }
        let source = source::before(w, from, k).or_else(|| source::subject_at(w, from, k));
        if source.is_none() {
            return;
        }
        (k, verb_end + 1, source)
    } else {
        let Some(e) = w.phrase_at(from, &BACKWARD) else {
            return;
        };
        let Some((k, verb_end)) = (e..to).find_map(|k| w.phrase_at(k, verbs).map(|v| (k, v)))
        else {
            return;
        };
        let source = match lang {
            Lang::Kk => source::before(w, e, k),
            _ => source::after(w, verb_end, to, lang),
        };
        (from, verb_end, source)
    };
    let prev = w.doc.sentences[si - 1];
    let (pa, pb) = (w.at(prev.start), w.before(prev.end));
    // The reported sentence holds no marked quote of its own.
    if (pa..pb).any(|i| w.is_punct(i, MARKS)) {
        return;
    }
    push(
        w,
        out,
        (pa, trim_end(w, pa, pb)),
        (cue_start, verb_end),
        source,
    );
}
