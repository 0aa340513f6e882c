//! Format v1 read from JSON text with [`crate::json::read::Reader`],
//! accepting what serde's derived `Deserialize` of [`Annotations`] accepts:
//! unknown fields are skipped, `null` or nothing is an absent option,
//! `corrections` may be left out, and a missing or repeated field is
//! refused (`tests/json_agrees_with_serde.rs` checks the two agree).

use crate::entities::EntityType;
use crate::format::{Annotations, CorrectionV1, CueV1, EntityV1, ParagraphV1, QuoteV1, SpeakerV1};
use crate::json::read::{ReadError, Reader};
use crate::language::Lang;
use crate::quotes::QuoteKind;

type Read<T> = Result<T, ReadError>;

/// The fields that say what a file is; the rest is skipped (and checked).
pub(super) struct Header {
    pub format: Option<String>,
    pub version: Option<usize>,
    pub offsets: Option<String>,
}

pub(super) fn header(json: &str) -> Read<Header> {
    let start = json.trim_start();
    if !start.starts_with('{') {
        // Any other value is refused as data once it is read, as serde
        // refused it; an array only if the whole file is JSON (serde read
        // an array as a struct's fields in order, and no Aitty file is one).
        let mut r = Reader::new(json);
        r.skip()?;
        if start.starts_with('[') {
            r.end()?;
        }
        return Err(r.data("not an object"));
    }
    let mut r = Reader::new(json);
    let (mut format, mut version, mut offsets) = (None, None, None);
    r.object(|r, key| match key {
        "format" => field(r, key, &mut format, |r| optional(r, string)),
        "version" => field(r, key, &mut version, |r| optional(r, |r| r.whole_number())),
        "offsets" => field(r, key, &mut offsets, |r| optional(r, string)),
        _ => r.skip(),
    })?;
    r.end()?;
    Ok(Header {
        format: format.flatten(),
        version: version.flatten(),
        offsets: offsets.flatten(),
    })
}

/// The whole document, read after [`header`] found it JSON.
pub(super) fn annotations(json: &str) -> Read<Annotations> {
    let mut r = Reader::new(json);
    let (mut format, mut version, mut offsets, mut language) = (None, None, None, None);
    let (mut paragraphs, mut entities, mut quotes, mut corrections) = (None, None, None, None);
    r.object(|r, key| match key {
        "format" => field(r, key, &mut format, |r| string(r)),
        "version" => field(r, key, &mut version, |r| {
            let v = r.whole_number()?;
            u32::try_from(v).map_err(|_| r.data("invalid value: expected a u32"))
        }),
        "offsets" => field(r, key, &mut offsets, |r| string(r)),
        "language" => field(r, key, &mut language, |r| lang(r)),
        "paragraphs" => field(r, key, &mut paragraphs, |r| list(r, paragraph)),
        "entities" => field(r, key, &mut entities, |r| list(r, entity)),
        "quotes" => field(r, key, &mut quotes, |r| list(r, quote)),
        "corrections" => field(r, key, &mut corrections, |r| list(r, correction)),
        _ => r.skip(),
    })?;
    Ok(Annotations {
        format: need(format, "format", &r)?,
        version: need(version, "version", &r)?,
        offsets: need(offsets, "offsets", &r)?,
        language: need(language, "language", &r)?,
        paragraphs: need(paragraphs, "paragraphs", &r)?,
        entities: need(entities, "entities", &r)?,
        quotes: need(quotes, "quotes", &r)?,
        corrections: corrections.unwrap_or_default(),
    })
}

fn paragraph(r: &mut Reader) -> Read<ParagraphV1> {
    let (mut start, mut end, mut language) = (None, None, None);
    r.object(|r, key| match key {
        "start" => number(r, key, &mut start),
        "end" => number(r, key, &mut end),
        "language" => field(r, key, &mut language, |r| lang(r)),
        _ => r.skip(),
    })?;
    Ok(ParagraphV1 {
        start: need(start, "start", r)?,
        end: need(end, "end", r)?,
        language: need(language, "language", r)?,
    })
}

fn entity(r: &mut Reader) -> Read<EntityV1> {
    let (mut id, mut kind, mut start, mut end) = (None, None, None, None);
    let (mut text, mut canonical, mut cluster) = (None, None, None);
    r.object(|r, key| match key {
        "id" => text_field(r, key, &mut id),
        "type" => field(r, key, &mut kind, |r| entity_type(r)),
        "start" => number(r, key, &mut start),
        "end" => number(r, key, &mut end),
        "text" => text_field(r, key, &mut text),
        "canonical" => text_field(r, key, &mut canonical),
        "cluster" => text_field(r, key, &mut cluster),
        _ => r.skip(),
    })?;
    Ok(EntityV1 {
        id: need(id, "id", r)?,
        kind: need(kind, "type", r)?,
        start: need(start, "start", r)?,
        end: need(end, "end", r)?,
        text: need(text, "text", r)?,
        canonical: need(canonical, "canonical", r)?,
        cluster: need(cluster, "cluster", r)?,
    })
}

fn quote(r: &mut Reader) -> Read<QuoteV1> {
    let (mut id, mut kind, mut start, mut end) = (None, None, None, None);
    let (mut text, mut speaker_field, mut cue_field) = (None, None, None);
    r.object(|r, key| match key {
        "id" => text_field(r, key, &mut id),
        "kind" => field(r, key, &mut kind, |r| quote_kind(r)),
        "start" => number(r, key, &mut start),
        "end" => number(r, key, &mut end),
        "text" => text_field(r, key, &mut text),
        "speaker" => field(r, key, &mut speaker_field, |r| optional(r, speaker)),
        "cue" => field(r, key, &mut cue_field, |r| optional(r, cue)),
        _ => r.skip(),
    })?;
    Ok(QuoteV1 {
        id: need(id, "id", r)?,
        kind: need(kind, "kind", r)?,
        start: need(start, "start", r)?,
        end: need(end, "end", r)?,
        text: need(text, "text", r)?,
        speaker: speaker_field.flatten(),
        cue: cue_field.flatten(),
    })
}

fn speaker(r: &mut Reader) -> Read<SpeakerV1> {
    let (mut name, mut entity, mut start, mut end) = (None, None, None, None);
    r.object(|r, key| match key {
        "name" => text_field(r, key, &mut name),
        "entity" => field(r, key, &mut entity, |r| optional(r, string)),
        "start" => number(r, key, &mut start),
        "end" => number(r, key, &mut end),
        _ => r.skip(),
    })?;
    Ok(SpeakerV1 {
        name: need(name, "name", r)?,
        entity: entity.flatten(),
        start: need(start, "start", r)?,
        end: need(end, "end", r)?,
    })
}

fn cue(r: &mut Reader) -> Read<CueV1> {
    let (mut text, mut start, mut end) = (None, None, None);
    r.object(|r, key| match key {
        "text" => text_field(r, key, &mut text),
        "start" => number(r, key, &mut start),
        "end" => number(r, key, &mut end),
        _ => r.skip(),
    })?;
    Ok(CueV1 {
        text: need(text, "text", r)?,
        start: need(start, "start", r)?,
        end: need(end, "end", r)?,
    })
}

fn correction(r: &mut Reader) -> Read<CorrectionV1> {
    let (mut action, mut target, mut start, mut end, mut text) = (None, None, None, None, None);
    let (mut kind, mut quote, mut speaker_field) = (None, None, None);
    r.object(|r, key| match key {
        "action" => text_field(r, key, &mut action),
        "target" => text_field(r, key, &mut target),
        "start" => number(r, key, &mut start),
        "end" => number(r, key, &mut end),
        "text" => text_field(r, key, &mut text),
        "type" => field(r, key, &mut kind, |r| optional(r, entity_type)),
        "kind" => field(r, key, &mut quote, |r| optional(r, quote_kind)),
        "speaker" => field(r, key, &mut speaker_field, |r| optional(r, speaker)),
        _ => r.skip(),
    })?;
    Ok(CorrectionV1 {
        action: need(action, "action", r)?,
        target: need(target, "target", r)?,
        start: need(start, "start", r)?,
        end: need(end, "end", r)?,
        text: need(text, "text", r)?,
        entity_type: kind.flatten(),
        kind: quote.flatten(),
        speaker: speaker_field.flatten(),
    })
}

/// A field's value read into its slot; a second one is refused at its key,
/// as serde does.
fn field<'a, T>(
    r: &mut Reader<'a>,
    key: &str,
    slot: &mut Option<T>,
    read: impl FnOnce(&mut Reader<'a>) -> Read<T>,
) -> Read<()> {
    if slot.is_some() {
        return Err(duplicate(r, key));
    }
    *slot = Some(read(r)?);
    Ok(())
}

fn need<T>(slot: Option<T>, key: &str, r: &Reader) -> Read<T> {
    slot.ok_or_else(|| missing(r, key))
}

// The error paths, out of line: every field of every struct has one.
#[cold]
#[inline(never)]
fn duplicate(r: &Reader, key: &str) -> ReadError {
    r.data(&format!("duplicate field `{key}`"))
}

#[cold]
#[inline(never)]
fn missing(r: &Reader, key: &str) -> ReadError {
    r.data(&format!("missing field `{key}`"))
}

fn number(r: &mut Reader, key: &str, slot: &mut Option<usize>) -> Read<()> {
    field(r, key, slot, |r| r.whole_number())
}

fn text_field(r: &mut Reader, key: &str, slot: &mut Option<String>) -> Read<()> {
    field(r, key, slot, string)
}

fn optional<T>(r: &mut Reader, read: impl FnOnce(&mut Reader) -> Read<T>) -> Read<Option<T>> {
    if r.null()? {
        Ok(None)
    } else {
        read(r).map(Some)
    }
}

fn list<T>(r: &mut Reader, mut read: impl FnMut(&mut Reader) -> Read<T>) -> Read<Vec<T>> {
    let mut items = Vec::new();
    r.array(|r| {
        items.push(read(r)?);
        Ok(())
    })?;
    Ok(items)
}

fn string(r: &mut Reader) -> Read<String> {
    r.string().map(|s| s.into_owned())
}

/// One of `names`, by its JSON name.
fn variant<T: Copy>(r: &mut Reader, names: &[(&str, T)]) -> Read<T> {
    let s = r.string()?;
    match names.iter().find(|(name, _)| *name == s) {
        Some(&(_, value)) => Ok(value),
        None => {
            let expected: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
            Err(r.data(&format!(
                "unknown variant `{s}`, expected one of `{}`",
                expected.join("`, `")
            )))
        }
    }
}

fn lang(r: &mut Reader) -> Read<Lang> {
    variant(
        r,
        &[
            ("kk", Lang::Kk),
            ("ru", Lang::Ru),
            ("en", Lang::En),
            ("und", Lang::Und),
        ],
    )
}

fn quote_kind(r: &mut Reader) -> Read<QuoteKind> {
    variant(
        r,
        &[
            ("direct", QuoteKind::Direct),
            ("indirect", QuoteKind::Indirect),
        ],
    )
}

fn entity_type(r: &mut Reader) -> Read<EntityType> {
    let names = EntityType::ALL.map(|t| (t.name(), t));
    variant(r, &names)
}
