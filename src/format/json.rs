//! The format v1 JSON text, written by hand (see [`crate::json`] for why):
//! the same bytes as `serde_json::to_string` of [`Annotations`], field for
//! field and in the same order, from the owned annotations or straight from
//! an analysis ([`V1`]) without building a string per id, text and name.

use super::{Annotations, CorrectionV1, SpeakerV1, V1};
use crate::entities::EntityType;
use crate::json::Writer;
use crate::language::Lang;
use crate::quotes::QuoteKind;

fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "\"kk\"",
        Lang::Ru => "\"ru\"",
        Lang::En => "\"en\"",
        Lang::Und => "\"und\"",
    }
}

fn quote_kind(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "\"direct\"",
        QuoteKind::Indirect => "\"indirect\"",
    }
}

fn entity_type(w: &mut Writer, kind: EntityType) {
    w.raw("\"");
    w.raw(kind.name());
    w.raw("\"");
}

/// An id as the file has it (`"e3"`) or as a prefix and an index.
#[derive(Clone, Copy)]
enum Id<'a> {
    Text(&'a str),
    Index(u8, usize),
}

impl Id<'_> {
    fn write(self, w: &mut Writer) {
        match self {
            Id::Text(id) => w.string(id),
            Id::Index(prefix, i) => w.id(prefix, i),
        }
    }
}

/// A whole-number field after the first: `,"key":n`.
fn number_field(w: &mut Writer, key: &str, n: usize) {
    w.raw(key);
    w.number(n);
}

fn header(w: &mut Writer, language: Lang) {
    w.raw("{\"format\":\"aitty\",\"version\":1,\"offsets\":\"codepoints\",\"language\":");
    w.raw(lang_code(language));
    w.raw(",\"paragraphs\":[");
}

fn paragraph(w: &mut Writer, first: bool, start: usize, end: usize, language: Lang) {
    w.raw(if first { "{\"start\":" } else { ",{\"start\":" });
    w.number(start);
    number_field(w, ",\"end\":", end);
    w.raw(",\"language\":");
    w.raw(lang_code(language));
    w.raw("}");
}

struct EntityFields<'a> {
    id: Id<'a>,
    kind: EntityType,
    start: usize,
    end: usize,
    text: &'a str,
    canonical: &'a str,
    cluster: Id<'a>,
}

fn entity(w: &mut Writer, first: bool, e: EntityFields) {
    w.raw(if first { "{\"id\":" } else { ",{\"id\":" });
    e.id.write(w);
    w.raw(",\"type\":");
    entity_type(w, e.kind);
    number_field(w, ",\"start\":", e.start);
    number_field(w, ",\"end\":", e.end);
    w.raw(",\"text\":");
    w.string(e.text);
    w.raw(",\"canonical\":");
    w.string(e.canonical);
    w.raw(",\"cluster\":");
    e.cluster.write(w);
    w.raw("}");
}

/// A quote's fields up to its text; the speaker and cue follow.
fn quote_head(
    w: &mut Writer,
    first: bool,
    id: Id,
    kind: QuoteKind,
    span: (usize, usize),
    text: &str,
) {
    w.raw(if first { "{\"id\":" } else { ",{\"id\":" });
    id.write(w);
    w.raw(",\"kind\":");
    w.raw(quote_kind(kind));
    number_field(w, ",\"start\":", span.0);
    number_field(w, ",\"end\":", span.1);
    w.raw(",\"text\":");
    w.string(text);
}

/// `{"name":…,"entity":…,"start":…,"end":…}`.
fn speaker(w: &mut Writer, name: &str, entity: Option<Id>, start: usize, end: usize) {
    w.raw("{\"name\":");
    w.string(name);
    w.raw(",\"entity\":");
    match entity {
        Some(id) => id.write(w),
        None => w.raw("null"),
    }
    number_field(w, ",\"start\":", start);
    number_field(w, ",\"end\":", end);
    w.raw("}");
}

fn owned_speaker(w: &mut Writer, s: &SpeakerV1) {
    speaker(
        w,
        &s.name,
        s.entity.as_deref().map(Id::Text),
        s.start,
        s.end,
    );
}

/// `,"cue":…}`: the last field of a quote, and its end.
fn cue_and_end(w: &mut Writer, cue: Option<(&str, usize, usize)>) {
    w.raw(",\"cue\":");
    match cue {
        Some((text, start, end)) => {
            w.raw("{\"text\":");
            w.string(text);
            number_field(w, ",\"start\":", start);
            number_field(w, ",\"end\":", end);
            w.raw("}}");
        }
        None => w.raw("null}"),
    }
}

fn correction(w: &mut Writer, first: bool, c: &CorrectionV1) {
    w.raw(if first {
        "{\"action\":"
    } else {
        ",{\"action\":"
    });
    w.string(&c.action);
    w.raw(",\"target\":");
    w.string(&c.target);
    number_field(w, ",\"start\":", c.start);
    number_field(w, ",\"end\":", c.end);
    w.raw(",\"text\":");
    w.string(&c.text);
    if let Some(kind) = c.entity_type {
        w.raw(",\"type\":");
        entity_type(w, kind);
    }
    if let Some(kind) = c.kind {
        w.raw(",\"kind\":");
        w.raw(quote_kind(kind));
    }
    if let Some(s) = &c.speaker {
        w.raw(",\"speaker\":");
        owned_speaker(w, s);
    }
    w.raw("}");
}

impl Annotations {
    /// The compact JSON text, as `serde_json::to_string` writes it.
    pub fn to_json(&self) -> String {
        let mut w = Writer::with_capacity(4096);
        header(&mut w, self.language);
        for (i, p) in self.paragraphs.iter().enumerate() {
            paragraph(&mut w, i == 0, p.start, p.end, p.language);
        }
        w.raw("],\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            let fields = EntityFields {
                id: Id::Text(&e.id),
                kind: e.kind,
                start: e.start,
                end: e.end,
                text: &e.text,
                canonical: &e.canonical,
                cluster: Id::Text(&e.cluster),
            };
            entity(&mut w, i == 0, fields);
        }
        w.raw("],\"quotes\":[");
        for (i, q) in self.quotes.iter().enumerate() {
            quote_head(
                &mut w,
                i == 0,
                Id::Text(&q.id),
                q.kind,
                (q.start, q.end),
                &q.text,
            );
            w.raw(",\"speaker\":");
            match &q.speaker {
                Some(s) => owned_speaker(&mut w, s),
                None => w.raw("null"),
            }
            cue_and_end(
                &mut w,
                q.cue.as_ref().map(|c| (c.text.as_str(), c.start, c.end)),
            );
        }
        w.raw("]");
        if !self.corrections.is_empty() {
            w.raw(",\"corrections\":[");
            for (i, c) in self.corrections.iter().enumerate() {
                correction(&mut w, i == 0, c);
            }
            w.raw("]");
        }
        w.raw("}");
        w.finish()
    }
}

impl V1<'_> {
    /// The compact JSON text of the analysis: the same bytes as
    /// `to_v1(analysis).to_json()`.
    pub fn to_json(&self) -> String {
        let a = self.analysis;
        let text = a.doc.text;
        // Room for every field, so the text is written without a copy.
        let items = a.doc.paragraphs.len() + a.entities.len() + a.quotes.len();
        let entity_text: usize = a.entities.iter().map(|e| e.span.len() * 2 + 8).sum();
        let quote_text: usize = a.quotes.iter().map(|q| q.span.len() + 96).sum();
        let mut w = Writer::with_capacity(256 + 96 * items + entity_text + quote_text);
        header(&mut w, a.languages.document);
        for (i, (&span, &language)) in a
            .doc
            .paragraphs
            .iter()
            .zip(&a.languages.paragraphs)
            .enumerate()
        {
            let (start, end) = self.cp(span);
            paragraph(&mut w, i == 0, start, end, language);
        }
        w.raw("],\"entities\":[");
        for (i, e) in a.entities.iter().enumerate() {
            let (start, end) = self.cp(e.span);
            let fields = EntityFields {
                id: Id::Index(b'e', i),
                kind: e.kind,
                start,
                end,
                text: e.span.slice(text),
                canonical: &e.canonical,
                cluster: Id::Index(b'c', a.clusters[i]),
            };
            entity(&mut w, i == 0, fields);
        }
        w.raw("],\"quotes\":[");
        for (i, q) in a.quotes.iter().enumerate() {
            quote_head(
                &mut w,
                i == 0,
                Id::Index(b'q', i),
                q.kind,
                self.cp(q.span),
                q.span.slice(text),
            );
            w.raw(",\"speaker\":");
            match &q.speaker {
                Some(s) => {
                    let (start, end) = self.cp(s.mention);
                    speaker(
                        &mut w,
                        &s.name,
                        s.entity.map(|e| Id::Index(b'e', e)),
                        start,
                        end,
                    );
                }
                None => w.raw("null"),
            }
            let cue = q.cue.map(|c| {
                let (start, end) = self.cp(c);
                (c.slice(text), start, end)
            });
            cue_and_end(&mut w, cue);
        }
        w.raw("]}");
        w.finish()
    }
}
