//! A body named after a person is one organisation, the person's name
//! included: `Театр им. Йозефа Бойса`, `университет имени Л. Н. Гумилева`,
//! `Гагарин атындағы әскери-әуе академиясы` (factRuEval and KazNERD mark
//! them so). The tagger reads the name inside as a person or a place and
//! the body's words apart; this pass joins them after the names are settled.

use super::canonical::{canonical_of, org_head};
use super::{Entity, EntityType, canonical, ru_morph};
use crate::language::{Lang, Languages};
use crate::span::Span;
use crate::tagger::{kind_words, kk_kind_words};
use crate::text::{Document, TokenKind};

/// Kazakh: `X атындағы` ("named after X") before the body's words.
const KK_NAMED_AFTER: &str = "атындағы";
/// Russian: `имени X` (or `им. X`) after the body's words.
const RU_NAMED_AFTER: &str = "имени";
/// `им.` (with its full stop: the pronoun `им` is a word of its own).
const RU_NAMED_AFTER_SHORT: &str = "им";

/// Words between `атындағы` and the body's kind word (`әскери-әуе
/// академиясы`, `Қазақ ұлттық педагогикалық университеті`).
const KK_MAX_WORDS: usize = 6;

/// Joins every body named after a person in `entities` (sorted by start,
/// not overlapping; they stay so).
pub fn join(doc: &Document, langs: &Languages, entities: &mut Vec<Entity>) {
    // The words to look for, by document word id (`Имени` and `имени` are
    // two): most documents have none.
    let mut wanted = [u32::MAX; 8];
    let mut n = 0;
    for w in 0..doc.word_count() {
        let key = doc.word_key(w);
        if n < wanted.len() && matches!(key, KK_NAMED_AFTER | RU_NAMED_AFTER | RU_NAMED_AFTER_SHORT)
        {
            wanted[n] = w as u32;
            n += 1;
        }
    }
    if n == 0 {
        return;
    }
    let mut joined = Vec::new();
    let ids = doc.word_ids(0..doc.tokens.len());
    for (i, id) in ids.iter().enumerate() {
        if !wanted[..n].contains(id) {
            continue;
        }
        let at = doc.tokens[i].span.start;
        let word = doc.tokens[i].text(doc.text);
        match langs.at(doc, at) {
            Lang::Kk if word == KK_NAMED_AFTER => {
                if let Some(span) = kazakh(doc, entities, i) {
                    joined.push(named(span, canonical(span.slice(doc.text), Lang::Kk)));
                }
            }
            Lang::Ru if word == RU_NAMED_AFTER || word == RU_NAMED_AFTER_SHORT => {
                if let Some((span, head)) = russian(doc, entities, i) {
                    // The body's words take the nominative; the name stays
                    // as written (`Музыкальный театр имени Станиславского`).
                    let head_text = head.slice(doc.text);
                    let mut name = match head_text.contains(' ') {
                        true => canonical_of(head_text, EntityType::Org, Lang::Ru),
                        false => org_head(head_text).unwrap_or_else(|| head_text.to_string()),
                    };
                    name.push_str(&doc.text[head.end..span.end]);
                    joined.push(named(span, name));
                }
            }
            _ => {}
        }
    }
    for j in joined {
        entities.retain(|e| e.span.end <= j.span.start || e.span.start >= j.span.end);
        let at = entities.partition_point(|e| e.span.start < j.span.start);
        entities.insert(at, j);
    }
}

/// An organisation over `span`.
fn named(span: Span, canonical: String) -> Entity {
    Entity {
        span,
        kind: EntityType::Org,
        canonical,
    }
}

/// The entity ending exactly at `end`.
fn entity_ending_at(entities: &[Entity], end: usize) -> Option<&Entity> {
    let k = entities.partition_point(|e| e.span.end < end);
    entities.get(k).filter(|e| e.span.end == end)
}

/// The entity starting exactly at `start`.
fn entity_starting_at(entities: &[Entity], start: usize) -> Option<&Entity> {
    let k = entities.partition_point(|e| e.span.start < start);
    entities.get(k).filter(|e| e.span.start == start)
}

/// `X атындағы ... <kind word>` around token `i` (`атындағы`): from the
/// name (with its initials) to the kind word, or to the end of the
/// organisation found over it.
fn kazakh(doc: &Document, entities: &[Entity], i: usize) -> Option<Span> {
    let before = i.checked_sub(1)?;
    let name = &doc.tokens[before];
    let mut start = match entity_ending_at(entities, name.span.end) {
        Some(e) if e.kind != EntityType::Org || e.span.start >= name.span.start => e.span.start,
        _ if name.is_capitalised() => name.span.start,
        _ => return None,
    };
    start = with_initials(doc, start);
    let mut end = None;
    let mut words = 0;
    for t in &doc.tokens[i + 1..] {
        if t.kind == TokenKind::Punct {
            if matches!(t.text(doc.text), "«" | "»" | "\"" | "-") {
                continue;
            }
            break;
        }
        words += 1;
        if words > KK_MAX_WORDS {
            break;
        }
        if let Some(e) = entity_starting_at(entities, t.span.start)
            && e.kind == EntityType::Org
        {
            end = Some(e.span.end);
            break;
        }
        if kk_kind_words::kind_of(t.text(doc.text)) != 0 {
            end = Some(t.span.end);
            break;
        }
    }
    Some(Span::new(start, end?))
}

/// `start` moved back over initials before it (`Л.Н. Гумилев`, `Л. Н.`).
fn with_initials(doc: &Document, start: usize) -> usize {
    let mut k = doc.token_index(start);
    let mut start = start;
    while k >= 2 && super::initial_at(doc, k - 2) {
        start = doc.tokens[k - 2].span.start;
        k -= 2;
    }
    start
}

/// `<body> имени <person>` around token `i` (`имени` or `им`): the whole
/// organisation, and the part before `имени`.
fn russian(doc: &Document, entities: &[Entity], i: usize) -> Option<(Span, Span)> {
    let before = &doc.tokens[i.checked_sub(1)?];
    let here = doc.tokens[i].span;
    // The tagger's organisation over it already: its dictionary form only.
    if let Some(e) = entities
        .get(entities.partition_point(|e| e.span.end <= here.start))
        .filter(|e| e.span.start < here.start && e.span.end > here.end)
    {
        return (e.kind == EntityType::Org)
            .then(|| (e.span, Span::new(e.span.start, before.span.end)));
    }
    let mut next = i + 1;
    if here.len() < RU_NAMED_AFTER.len() {
        if doc.tokens.get(next)?.text(doc.text) != "." {
            return None;
        }
        next += 1;
    }
    let mut end = person_after(doc, entities, next)?;
    // `имени Станиславского и Немировича-Данченко`.
    let k = doc.token_index(end);
    if doc.tokens.get(k).is_some_and(|t| t.text(doc.text) == "и")
        && let Some(second) = person_after(doc, entities, k + 1)
    {
        end = second;
    }
    let start = match entity_ending_at(entities, before.span.end) {
        Some(e) if e.kind == EntityType::Org => e.span.start,
        _ if kind_words::kind_of_any_case(before.text(doc.text)) == kind_words::ORG => {
            adjectives_before(doc, i - 1)
        }
        _ => return None,
    };
    Some((Span::new(start, end), Span::new(start, before.span.end)))
}

/// Where the person's name starting at token `k` ends: a person found
/// there, else up to [`NAME_WORDS`] words with a capital (`аль-Фараби`)
/// and initials.
fn person_after(doc: &Document, entities: &[Entity], k: usize) -> Option<usize> {
    let first = doc.tokens.get(k)?;
    if let Some(e) = entity_starting_at(entities, first.span.start) {
        return (e.kind == EntityType::Person).then_some(e.span.end);
    }
    let mut end = None;
    let mut words = 0;
    for t in &doc.tokens[k..] {
        let text = t.text(doc.text);
        let capital = text.chars().any(char::is_uppercase);
        match t.kind {
            TokenKind::Word if capital && words < NAME_WORDS => {
                words += 1;
                end = Some(t.span.end);
            }
            TokenKind::Punct if text == "." && end == Some(t.span.start) => {}
            _ => break,
        }
    }
    // Initials alone name nobody.
    end.filter(|&e| {
        doc.text[first.span.start..e]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            > 3
    })
}

/// Words of a name after `имени` that no entity covers.
const NAME_WORDS: usize = 4;

/// Where the adjectives before token `head` start (`Казахский национальный
/// университет`), else where `head` does.
fn adjectives_before(doc: &Document, head: usize) -> usize {
    let mut k = head;
    while k > 0 {
        let t = &doc.tokens[k - 1];
        if t.kind != TokenKind::Word || !ru_morph::adjective_ending(t.text(doc.text)) {
            break;
        }
        k -= 1;
    }
    doc.tokens[k].span.start
}
