//! Direct quotes in quotation marks: which marked stretches are quotes (and
//! not names, titles or scare quotes), and the cue and source next to them.

use crate::language::{Lang, Languages};
use crate::quotes::cues::{self, LABELS, OUTLET_VERBS, PARTICIPLES, TITLE_CONTEXT};
use crate::quotes::marks::{self, Marked};
use crate::quotes::source;
use crate::quotes::words::{DASHES, ENDS, MARKS, Words};
use crate::quotes::{QuoteCandidate, QuoteKind};
use crate::span::Span;

type Range = (usize, usize);

/// All direct quotes in marks, in text order.
pub fn find(w: &Words, langs: &Languages) -> Vec<QuoteCandidate> {
    let mut out = Vec::new();
    for &para in &w.doc.paragraphs {
        for m in marks::find(w.doc.text, para) {
            if let Some(s) = Stretch::new(w, langs, m) {
                quote(w, &s, &mut out);
            }
        }
    }
    out
}

/// A marked stretch and where it sits, in tokens.
struct Stretch {
    marked: Marked,
    lang: Lang,
    /// First and one-past-last content token.
    first: usize,
    last: usize,
    n_words: usize,
    open: Option<usize>,
    close: Option<usize>,
    sent_start: usize,
    para_end: usize,
    /// The content ends as speech does (`.`, `,`, `!`, `?`, `…`).
    ends_punct: bool,
}

impl Stretch {
    fn new(w: &Words, langs: &Languages, m: Marked) -> Option<Self> {
        if m.content.is_empty() {
            return None;
        }
        let (first, last) = (w.at(m.content.start), w.before(m.content.end));
        if first >= last {
            return None;
        }
        let open = m.open.map(|o| w.at(o.start));
        // The last token of the mark (`''` is two).
        let close = m
            .close
            .map(|c| w.before(c.end).saturating_sub(1).max(w.at(c.start)));
        Some(Stretch {
            marked: m,
            lang: langs.at(w.doc, m.content.start),
            first,
            last,
            n_words: w.count_words(first, last),
            open,
            close,
            sent_start: w.sentence_of(open.unwrap_or(first)).0,
            para_end: w.paragraph_of(close.unwrap_or(last)).1,
            ends_punct: m
                .content
                .slice(w.doc.text)
                .ends_with(|c: char| ".,!?…".contains(c)),
        })
    }

    /// A colon right before the opening mark.
    fn after_colon(&self, w: &Words) -> bool {
        self.open
            .is_some_and(|o| o > self.sent_start && w.is_punct(o - 1, ":"))
    }
}

/// A cue and the source next to it, as token ranges.
struct Attribution {
    cue: Option<Range>,
    source: Option<Range>,
    /// The cue is a speech verb (not just a colon).
    verb: bool,
    /// The cue comes before the opening mark.
    before: bool,
}

fn quote(w: &Words, s: &Stretch, out: &mut Vec<QuoteCandidate>) {
    let att = attribution(w, s);
    if !accepted(w, s, att.as_ref()) {
        return;
    }
    // No cue, inside a sentence: `Abbas called the issue "very important."`
    let att = att.unwrap_or_else(|| Attribution {
        cue: None,
        // The subject is outside any quote before this one in the sentence
        // (`"A," said X, "B."`: not the first word of `A`).
        source: s.open.and_then(|o| {
            let floor = (s.sent_start..o)
                .rev()
                .find(|&k| w.is_punct(k, MARKS))
                .map_or(s.sent_start, |k| k + 1);
            (w.count_words(floor, o) > 0)
                .then(|| source::subject_at(w, floor, o))
                .flatten()
        }),
        verb: false,
        before: false,
    });
    let mut cue = att.cue.map(|(a, b)| w.range_span(a, b));
    let mut source = att.source.map(|(a, b)| w.range_span(a, b));
    let mut spans = vec![s.marked.content];
    // `«A, – деді ол. – B»`: one pair, two quotes.
    if let Some((a, inner_cue, inner_source, b)) =
        interrupted(w, s.first, s.last, s.lang, s.marked.close.is_none())
    {
        if cue.is_none() {
            (cue, source) = (Some(inner_cue), inner_source);
        }
        spans = std::iter::once(a).chain(b).collect();
    }
    for span in spans {
        out.push(QuoteCandidate {
            span,
            kind: QuoteKind::Direct,
            cue,
            source,
        });
    }
}

/// The cue and source of a marked stretch: after the closing mark first,
/// else before the opening one.
fn attribution(w: &Words, s: &Stretch) -> Option<Attribution> {
    // A quote closing its paragraph may be attributed at the start of the
    // next one (`...»` / `заявил после инаугурации Рамзан Кадыров.`).
    let limit = match s.close {
        Some(c) if c + 1 >= s.para_end && w.is_word(c + 1) && !w.is_cap(c + 1) => {
            w.paragraph_of(c + 1).1
        }
        _ => s.para_end,
    };
    let Some(mut att) = s
        .close
        .and_then(|c| cue_after(w, c + 1, limit, s.lang, s.n_words, s.ends_punct))
    else {
        return s.open.and_then(|o| cue_before(w, o, s.sent_start, s.lang));
    };
    if att.source.is_none()
        && s.lang == Lang::Kk
        && let Some(o) = s.open
    {
        // `Бір таныстар «неге өйтесің» дейді`, `Мамандар: «...», – дейді.`
        let end = if s.after_colon(w) { o - 1 } else { o };
        // `Депутат Айдос Сарым Facebook-тегі парақшасында: «...», – деп
        // жазды`: else the sentence's subject.
        att.source = source::before(w, s.sent_start, end)
            .or_else(|| source::subject_at(w, s.sent_start, end))
            .map(|src| pronoun_alone(w, src));
    }
    // `X: «...», сообщает Лента.ру`: the outlet passes on X's words.
    let outlet = att
        .cue
        .is_some_and(|(k, _)| OUTLET_VERBS.contains(w.low(k)));
    if outlet
        && s.after_colon(w)
        && let Some(before) = s.open.and_then(|o| cue_before(w, o, s.sent_start, s.lang))
        && before.source.is_some()
    {
        att.source = before.source;
    }
    Some(att)
}

/// `Ол маған әрдайым «...» деп айтты`: a pronoun opening the source is
/// the speaker; the words after it say to whom and when.
fn pronoun_alone(w: &Words, src: (usize, usize)) -> (usize, usize) {
    if src.1 - src.0 > 1 && source::is_pronoun(w, src.0) && (src.0 + 1..src.1).all(|k| !w.is_cap(k))
    {
        (src.0, src.0 + 1)
    } else {
        src
    }
}

/// Whether a marked stretch is someone's words.
fn accepted(w: &Words, s: &Stretch, att: Option<&Attribution>) -> bool {
    // `Email: "Andre" <...>`, `Фото: «РИА Новости»`: a label opening the
    // sentence, a colon, and the field's value.
    let labelled = s.open.is_some_and(|o| {
        s.after_colon(w)
            && o == s.sent_start + 2
            && w.is_word(o - 2)
            && LABELS.contains(w.low(o - 2))
    });
    if labelled {
        return false;
    }
    // `сообщает «Лента.ру»`: a short capitalised name after the verb is the
    // source, not what it said.
    let names_source = att.is_some_and(|a| a.before)
        && !s.after_colon(w)
        && s.n_words <= 3
        && w.is_cap(s.first)
        && !s.ends_punct;
    if names_source {
        return false;
    }
    let verb = att.is_some_and(|a| a.verb);
    if !verb && next_to_title_word(w, s.open, s.close) {
        return false;
    }
    verb || (att.is_some() && s.n_words >= 2)
        || (s.n_words >= 2 && standalone(w, s.open, s.close, s.first, s.last))
        || quote_like(w.doc.text, s.marked, s.n_words, w, s.first, s.last)
}

/// `», – деді X`, `," he said`, `," Masoud Shojai, head of ..., said.`
fn cue_after(
    w: &Words,
    from: usize,
    limit: usize,
    lang: Lang,
    n_words: usize,
    ends_punct: bool,
) -> Option<Attribution> {
    let verbs = cues::verbs(lang)?;
    let mut k = from;
    while k < limit && w.is_punct(k, ",–—-") {
        k += 1;
    }
    if k >= limit || !w.is_word(k) {
        return None;
    }
    // ru/en: `», – сказал`, `," he said`; a verb right after a name in
    // marks (`корреспондентом «Голоса Америки» отметили`) is not its cue.
    if lang != Lang::Kk && k == from && !ends_punct {
        return None;
    }
    if let Some(e) = w.phrase_at(k, verbs) {
        if w.negated(k) {
            return None;
        }
        // `«тасбауыр» деп жиі кінәлайтын`: a bare `деп` after a term is no cue.
        if lang == Lang::Kk && n_words <= 3 && w.low(k) == "деп" && e == k + 1 {
            let next_speaks = w.phrase_at(e, verbs).is_some()
                || source::is_speaker_noun(w, e)
                || source::is_pronoun(w, e)
                || w.is_cap(e);
            if !next_speaks {
                return None;
            }
        }
        // `«...» деп болжайды`: any finite verb after a bare `деп` is the
        // verb of saying (the list cannot hold them all), not its speaker.
        let e = if lang == Lang::Kk && w.low(k) == "деп" && e == k + 1 && source::kazakh_verb(w, e)
        {
            e + 1
        } else {
            e
        };
        return Some(Attribution {
            cue: Some((k, e)),
            source: source::after(w, e, limit, lang),
            verb: true,
            before: false,
        });
    }
    if lang == Lang::Kk {
        return None;
    }
    // Subject, then verb: `," Griffin said`, `," the message claimed`,
    // English `," a person familiar with the matter told Reuters`; not a
    // clause of its own (`», а глава МИДа Сэйдзи Маэхара отметил, что`).
    if matches!(w.low(k), "а" | "и" | "но" | "and" | "but" | "while") {
        return None;
    }
    let reach = if lang == Lang::En { 9 } else { 6 };
    let mut j = k;
    while j < limit && j < k + reach && w.is_word(j) {
        if let Some(e) = w.phrase_at(j, verbs)
            && j > k
        {
            return Some(Attribution {
                cue: Some((j, e)),
                source: source::before(w, k, j),
                verb: true,
                before: false,
            });
        }
        j += 1;
    }
    // Subject with an apposition: `," Masoud Shojai, head of ..., said.`
    if w.is_cap(k) && j < limit && w.is_punct(j, ",") {
        let name = source::subject_at(w, k, j)?;
        let mut i = j + 1;
        while i < limit && i < j + 30 && !w.is_punct(i, ENDS) {
            if w.is_punct(i - 1, ",")
                && let Some(e) = w.phrase_at(i, verbs)
                && (e >= limit || w.is_punct(e, ENDS))
            {
                return Some(Attribution {
                    cue: Some((i, e)),
                    source: Some(name),
                    verb: true,
                    before: false,
                });
            }
            i += 1;
        }
    }
    None
}

/// `X said: "`, `Мамандар: «`, `призвал «`, `alleged that "`.
fn cue_before(w: &Words, open: usize, floor: usize, lang: Lang) -> Option<Attribution> {
    let verbs = cues::verbs(lang);
    let mut j = open;
    let colon = j > floor && w.is_punct(j - 1, ":");
    if colon {
        j -= 1;
    } else {
        while j > floor
            && j + 2 > open
            && (w.is_punct(j - 1, ",") || matches!(w.low(j - 1), "that" | "что" | "деп"))
        {
            j -= 1;
        }
    }
    let verb_at = verbs.and_then(|v| {
        let near = (j.saturating_sub(4).max(floor)..j)
            .rev()
            .find(|&k| w.phrase_at(k, v) == Some(j) && !w.negated(k));
        // `подчеркнул позицию правительства США: «...»`: a verb and its
        // object before the colon.
        let with_object = || {
            (j.saturating_sub(7).max(floor)..j)
                .rev()
                .take_while(|&k| w.is_word(k))
                .find(|&k| w.phrase_at(k, v).is_some() && !w.negated(k))
        };
        near.or_else(|| colon.then(with_object).flatten())
    });
    match verb_at {
        Some(k) => Some(Attribution {
            cue: Some((k, j)),
            // `сказано в обращении Союза журналистов: «...»`: the body.
            // `issued a communique saying, "..."`: the sentence's subject.
            source: if let Some(body) = source::in_document(w, k, j) {
                Some(body)
            } else if PARTICIPLES.contains(w.low(k)) {
                source::subject_at(w, floor, k)
            } else {
                source::before(w, floor, k)
            },
            verb: true,
            before: true,
        }),
        // `Алексей Клименко, член совета, называет это злом: «...»`.
        None if colon => Some(Attribution {
            cue: None,
            source: source::before(w, floor, j).or_else(|| source::subject_at(w, floor, j)),
            verb: false,
            before: true,
        }),
        None => according_before(w, open, floor, lang),
    }
}

/// `По словам губернатора Мишарина, «...»`, `Алпыстың айтуынша, «...»`.
fn according_before(w: &Words, open: usize, floor: usize, lang: Lang) -> Option<Attribution> {
    if open == 0 || !w.is_punct(open - 1, ",") {
        return None;
    }
    let list = cues::according(lang)?;
    let comma = open - 1;
    let (i, e) = (floor..comma).find_map(|i| w.phrase_at(i, list).map(|e| (i, e)))?;
    let source = if lang == Lang::Kk {
        source::before(w, floor, i)
    } else {
        source::after(w, e, comma, lang)
    };
    Some(Attribution {
        cue: Some((i, e)),
        source,
        verb: true,
        before: true,
    })
}

/// A title word right before the opening or right after the closing mark:
/// `«Нұр Отан» партиясы`, `газета «Кориера делла Сера»`, `the "Apollo" programme`.
fn next_to_title_word(w: &Words, open: Option<usize>, close: Option<usize>) -> bool {
    let title = |i: usize| w.is_word(i) && TITLE_CONTEXT.has_prefix_of(w.low(i));
    open.is_some_and(|o| o > 0 && title(o - 1)) || close.is_some_and(|c| title(c + 1))
}

/// The marks hold the whole sentence: only punctuation outside them.
fn standalone(
    w: &Words,
    open: Option<usize>,
    close: Option<usize>,
    first: usize,
    last: usize,
) -> bool {
    let (s_start, _) = w.sentence_of(open.unwrap_or(first));
    let (_, s_end) = w.sentence_of(close.unwrap_or(last.saturating_sub(1)));
    let before_clear = open.is_none_or(|o| w.count_words(s_start, o) == 0);
    let after_clear = close.is_none_or(|c| w.count_words(c + 1, s_end) == 0);
    before_clear && after_clear
}

/// Without a cue: long enough and sentence-like to be someone's words, not
/// a term, a name or a title.
fn quote_like(text: &str, m: Marked, n_words: usize, w: &Words, first: usize, last: usize) -> bool {
    let content = m.content.slice(text);
    let significant: Vec<usize> = (first..last)
        .filter(|&i| w.is_word(i) && w.text(i).chars().count() > 3)
        .collect();
    let title_case = significant.len() >= 2 && significant.iter().all(|&i| w.is_cap(i));
    if title_case {
        return false;
    }
    let unbalanced = m.open.is_none() || m.close.is_none();
    let ends_like_speech = content.ends_with(|c: char| ".,!?…".contains(c));
    n_words >= 6 || (n_words >= 4 && (unbalanced || ends_like_speech))
}

/// `A, – деді ол. – B` inside one pair of marks: (A, cue, source, B).
fn interrupted(
    w: &Words,
    first: usize,
    last: usize,
    lang: Lang,
    unclosed: bool,
) -> Option<(Span, Span, Option<Span>, Option<Span>)> {
    let verbs = cues::verbs(lang)?;
    for d in first + 1..last {
        if !(w.is_punct(d, DASHES) && w.is_punct(d - 1, ",.!?…")) {
            continue;
        }
        let Some(e) = w.phrase_at(d + 1, verbs) else {
            continue;
        };
        // A mark left open ends at its attribution (`«A, – деді ол.`).
        let resume = (e..last).find(|&k| w.is_punct(k, DASHES) && w.is_punct(k - 1, ",.:"));
        if resume.is_none() && !unclosed || resume.is_some_and(|r| r + 1 >= last) {
            return None;
        }
        let a = w.range_span(first, d);
        let b = resume.map(|r| w.range_span(r + 1, last));
        let source =
            source::after(w, e, resume.unwrap_or(last), lang).map(|(x, y)| w.range_span(x, y));
        return Some((a, w.range_span(d + 1, e), source, b));
    }
    None
}
