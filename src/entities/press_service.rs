//! `пресс-служба МВД`, `Пресс-служба Кадырова`: a body's press service is an
//! organisation of its own, spanned with the body or person it serves (as
//! factRuEval marks all four in its train part). The tagger finds the body
//! and, after a lower-case word, leaves the press service out.

use super::canonical::org_head;
use super::{Entity, EntityType};
use crate::language::{Lang, Languages};
use crate::span::Span;
use crate::text::{Document, TokenKind};

/// Word stems of a press service (`пресс-служба`, `пресс-службы`,
/// `пресс-центра`), lower case.
const PRESS_SERVICES: &[&str] = &["пресс-служб", "пресс-центр"];

/// Joins every Russian press service to the organisation or person
/// named right after it (`entities` sorted by start, not overlapping;
/// they stay so).
pub fn join(doc: &Document, langs: &Languages, entities: &mut Vec<Entity>) {
    // Most documents have no press service: its words are looked for among
    // the document's distinct words first.
    if !(0..doc.word_count()).any(|w| is_press_service(doc.word_key(w))) {
        return;
    }
    let mut k = 0;
    for i in 0..doc.tokens.len() {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Word || !is_press_service(doc.key(i)) {
            continue;
        }
        let Some(next) = doc.tokens.get(i + 1).filter(|n| n.kind == TokenKind::Word) else {
            continue;
        };
        if langs.at(doc, t.span.start) != Lang::Ru {
            continue;
        }
        while k < entities.len() && entities[k].span.start < next.span.start {
            k += 1;
        }
        let Some(served) = entities.get(k).filter(|e| e.span.start == next.span.start) else {
            continue;
        };
        if !matches!(served.kind, EntityType::Org | EntityType::Person) {
            continue;
        }
        // The service's word takes the nominative; the one served stays
        // as written (`пресс-службе МВД` → `пресс-служба МВД`).
        let word = t.text(doc.text);
        let mut canonical = org_head(word).unwrap_or_else(|| word.to_string());
        canonical.push_str(&doc.text[t.span.end..served.span.end]);
        entities[k] = Entity {
            span: Span::new(t.span.start, served.span.end),
            kind: EntityType::Org,
            canonical,
        };
        // The service may have been a name of its own before it.
        if k > 0 && entities[k - 1].span.end > t.span.start {
            entities.remove(k - 1);
            k -= 1;
        }
    }
}

fn is_press_service(key: &str) -> bool {
    PRESS_SERVICES.iter().any(|stem| key.starts_with(stem))
}
