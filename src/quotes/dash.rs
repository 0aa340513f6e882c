//! Dash speech: a paragraph that opens with a dash is someone speaking
//! (`– Жылама, – дейді.`, interview answers). The speech runs to the
//! attribution (`, – дейді ол.`) and may resume after it (`. – B`).

use crate::language::{Lang, Languages};
use crate::quotes::cues;
use crate::quotes::source;
use crate::quotes::words::{DASHES, Words};
use crate::quotes::{QuoteCandidate, QuoteKind};

pub fn find(w: &Words, langs: &Languages) -> Vec<QuoteCandidate> {
    let mut out = Vec::new();
    for (p, &para) in w.doc.paragraphs.iter().enumerate() {
        let lang = langs.paragraphs.get(p).copied().unwrap_or(langs.document);
        if !matches!(lang, Lang::Kk | Lang::Ru) {
            continue;
        }
        let s = para.slice(w.doc.text);
        let mut chars = s.chars();
        let opens = chars.next().is_some_and(|c| DASHES.contains(c))
            && chars.next().is_some_and(char::is_whitespace);
        if !opens {
            continue;
        }
        let (from, to) = (w.at(para.start) + 1, w.before(para.end));
        if w.count_words(from, to) == 0 {
            continue;
        }
        speech(w, lang, from, to, &mut out);
    }
    out
}

fn speech(w: &Words, lang: Lang, from: usize, to: usize, out: &mut Vec<QuoteCandidate>) {
    let Some(verbs) = cues::verbs(lang) else {
        return;
    };
    // The attribution: `, – VERB` inside the paragraph.
    let attribution = (from + 1..to).find_map(|d| {
        let dash = w.is_punct(d, DASHES) && w.is_punct(d - 1, ",.!?…");
        dash.then(|| w.phrase_at(d + 1, verbs).map(|e| (d, e)))
            .flatten()
    });
    let Some((d, e)) = attribution else {
        out.push(QuoteCandidate {
            span: w.range_span(from, to),
            kind: QuoteKind::Direct,
            cue: None,
            source: None,
        });
        return;
    };
    let resume = (e..to).find(|&k| w.is_punct(k, DASHES) && w.is_punct(k - 1, ",.:"));
    let cue = Some(w.range_span(d + 1, e));
    let source = source::after(w, e, resume.unwrap_or(to), lang).map(|(a, b)| w.range_span(a, b));
    // The comma before the dash is the attribution's (`..., – деді ол`).
    let speech_end = if w.is_punct(d - 1, ",") { d - 1 } else { d };
    let mut parts = vec![w.range_span(from, speech_end)];
    if let Some(r) = resume.filter(|&r| r + 1 < to) {
        parts.push(w.range_span(r + 1, to));
    }
    for span in parts {
        out.push(QuoteCandidate {
            span,
            kind: QuoteKind::Direct,
            cue,
            source,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    /// The comma before the closing dash is the attribution's, not the
    /// speech's (as the quote guidelines span it); other end marks stay.
    #[test]
    fn speech_ends_before_the_attributions_comma() {
        for (text, want) in [
            (
                "– Аурухана 2027 жылы ашылады, – деді ол.",
                "Аурухана 2027 жылы ашылады",
            ),
            (
                "– Аурухана қашан ашылады? – деп сұрады ол.",
                "Аурухана қашан ашылады?",
            ),
        ] {
            let doc = Document::new(text);
            let langs = crate::language::detect(&doc);
            let w = Words::new(&doc);
            let found = find(&w, &langs);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].span.slice(text), want);
        }
    }
}
