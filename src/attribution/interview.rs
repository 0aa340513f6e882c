//! Interviews: paragraphs of dash speech with no attribution, questions and
//! answers in turn (`– Когда подорожает бензин?` / `– Цены не вырастут.`).
//! A question is the interviewer's, whom the text seldom names; an answer is
//! the interviewee's, the person named last before the first turn
//! (`Министр Алмасадам Саткалиев ответил на вопросы «Курсива»`).

use crate::entities::{Entity, EntityType};
use crate::quotes::words::DASHES;
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;
use crate::text::Document;

/// A quote's part in an interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Turn {
    Question,
    /// An answer, with the index of the interviewee's entity, if named.
    Answer(Option<usize>),
}

/// The turn each quote takes, if it is part of an interview: a run of two
/// or more bare dash paragraphs in a row, with a question and an answer
/// among them.
pub(super) fn turns(
    doc: &Document,
    entities: &[Entity],
    quotes: &[QuoteCandidate],
) -> Vec<Option<Turn>> {
    let mut out = vec![None; quotes.len()];
    let persons = unquoted_persons(entities, quotes);
    let mut i = 0;
    while i < quotes.len() {
        let run = quotes[i..]
            .iter()
            .enumerate()
            .take_while(|&(k, q)| {
                bare_turn(doc, q) && (k == 0 || next_paragraph(doc, quotes[i + k - 1].span, q.span))
            })
            .count();
        let questions = quotes[i..i + run]
            .iter()
            .filter(|q| is_question(doc, q.span))
            .count();
        if run >= 2 && questions > 0 && questions < run {
            let start = quotes[i].span.start;
            let before = persons.partition_point(|&n| entities[n].span.end <= start);
            let interviewee = before.checked_sub(1).map(|k| persons[k]);
            let asks = in_turn(doc, &quotes[i..i + run]);
            for (k, q) in quotes[i..i + run].iter().enumerate() {
                out[i + k] = Some(if asks(k, q) {
                    Turn::Question
                } else {
                    Turn::Answer(interviewee)
                });
            }
        }
        i += run.max(1);
    }
    out
}

/// Which turns of a run are questions: every other one, from the first
/// that asks, when all that ask fall in step (a request is a question too:
/// `– Жаңа кітабыңыз туралы айтып берсеңіз.`); else those that ask.
fn in_turn<'a>(
    doc: &'a Document,
    run: &[QuoteCandidate],
) -> impl Fn(usize, &QuoteCandidate) -> bool + 'a {
    let mut asking = (0..run.len()).filter(|&k| is_question(doc, run[k].span));
    let first = asking.next().unwrap_or(0);
    let in_step = asking.all(|k| k % 2 == first % 2);
    move |k, q| {
        if in_step {
            k % 2 == first % 2
        } else {
            is_question(doc, q.span)
        }
    }
}

/// Dash speech with no cue, the whole of a paragraph after its dash.
fn bare_turn(doc: &Document, q: &QuoteCandidate) -> bool {
    if q.kind != QuoteKind::Direct || q.cue.is_some() || q.source.is_some() {
        return false;
    }
    let Some(p) = doc.paragraph_at(q.span.start) else {
        return false;
    };
    let before = &doc.text[doc.paragraphs[p].start..q.span.start];
    before.trim().chars().count() == 1 && before.trim().chars().all(|c| DASHES.contains(c))
}

/// `b` starts in the paragraph after the one `a` starts in (interview
/// turns that follow each other, a quote's next paragraph).
pub(super) fn next_paragraph(doc: &Document, a: Span, b: Span) -> bool {
    doc.paragraph_at(a.start)
        .zip(doc.paragraph_at(b.start))
        .is_some_and(|(x, y)| y == x + 1)
}

fn is_question(doc: &Document, span: Span) -> bool {
    span.slice(doc.text).trim_end().ends_with('?')
}

/// The people named outside every quote, as indices into `entities`, in
/// text order. Quotes are sorted and do not overlap: the one that may hold
/// an entity is the last to start at or before it.
fn unquoted_persons(entities: &[Entity], quotes: &[QuoteCandidate]) -> Vec<usize> {
    let quoted = |s: Span| {
        let i = quotes.partition_point(|q| q.span.start <= s.start);
        i > 0 && quotes[i - 1].span.overlaps(s)
    };
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person && !quoted(e.span))
        .map(|(n, _)| n)
        .collect()
}
