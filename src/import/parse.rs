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

/// The fields of a struct seen so far, by their index in `names` (the
/// struct's order): a field seen twice is refused at its key, and the first
/// required one missing at the end, as serde refused them. One bit per
/// field rather than an `Option` per field keeps the code small.
struct Fields {
    names: &'static [&'static str],
    required: u32,
    seen: u32,
}

impl Fields {
    fn new(names: &'static [&'static str], required: u32) -> Self {
        Fields {
            names,
            required,
            seen: 0,
        }
    }

    /// The index of field `key`, marked seen; `None` for a field not ours.
    fn field(&mut self, r: &Reader, key: &str) -> Read<Option<usize>> {
        let Some(i) = self.names.iter().position(|&name| name == key) else {
            return Ok(None);
        };
        if self.seen & 1 << i != 0 {
            return Err(duplicate(r, key));
        }
        self.seen |= 1 << i;
        Ok(Some(i))
    }

    fn check(&self, r: &Reader) -> Read<()> {
        let missing_fields = self.required & !self.seen;
        if missing_fields == 0 {
            return Ok(());
        }
        Err(missing(
            r,
            self.names[missing_fields.trailing_zeros() as usize],
        ))
    }
}

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
    let mut h = Header {
        format: None,
        version: None,
        offsets: None,
    };
    let mut fields = Fields::new(&["format", "version", "offsets"], 0);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => h.format = optional(r, string)?,
            Some(1) => h.version = optional(r, |r| r.whole_number())?,
            Some(_) => h.offsets = optional(r, string)?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    r.end()?;
    Ok(h)
}

/// The whole document, read after [`header`] found it JSON.
pub(super) fn annotations(json: &str) -> Read<Annotations> {
    let mut r = Reader::new(json);
    let mut a = Annotations {
        format: String::new(),
        version: 0,
        offsets: String::new(),
        language: Lang::Und,
        paragraphs: Vec::new(),
        entities: Vec::new(),
        quotes: Vec::new(),
        corrections: Vec::new(),
    };
    const NAMES: &[&str] = &[
        "format",
        "version",
        "offsets",
        "language",
        "paragraphs",
        "entities",
        "quotes",
        "corrections",
    ];
    let mut fields = Fields::new(NAMES, 0b0111_1111);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => a.format = string(r)?,
            Some(1) => {
                let v = r.whole_number()?;
                a.version =
                    u32::try_from(v).map_err(|_| r.data("invalid value: expected a u32"))?;
            }
            Some(2) => a.offsets = string(r)?,
            Some(3) => a.language = lang(r)?,
            Some(4) => a.paragraphs = list(r, paragraph)?,
            Some(5) => a.entities = list(r, entity)?,
            Some(6) => a.quotes = list(r, quote)?,
            Some(_) => a.corrections = list(r, correction)?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(&r)?;
    Ok(a)
}

fn paragraph(r: &mut Reader) -> Read<ParagraphV1> {
    let mut p = ParagraphV1 {
        start: 0,
        end: 0,
        language: Lang::Und,
    };
    let mut fields = Fields::new(&["start", "end", "language"], 0b111);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => p.start = r.whole_number()?,
            Some(1) => p.end = r.whole_number()?,
            Some(_) => p.language = lang(r)?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(r)?;
    Ok(p)
}

fn entity(r: &mut Reader) -> Read<EntityV1> {
    let mut e = EntityV1 {
        id: String::new(),
        kind: EntityType::Person,
        start: 0,
        end: 0,
        text: String::new(),
        canonical: String::new(),
        cluster: String::new(),
    };
    const NAMES: &[&str] = &["id", "type", "start", "end", "text", "canonical", "cluster"];
    let mut fields = Fields::new(NAMES, 0b111_1111);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => e.id = string(r)?,
            Some(1) => e.kind = entity_type(r)?,
            Some(2) => e.start = r.whole_number()?,
            Some(3) => e.end = r.whole_number()?,
            Some(4) => e.text = string(r)?,
            Some(5) => e.canonical = string(r)?,
            Some(_) => e.cluster = string(r)?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(r)?;
    Ok(e)
}

fn quote(r: &mut Reader) -> Read<QuoteV1> {
    let mut q = QuoteV1 {
        id: String::new(),
        kind: QuoteKind::Direct,
        start: 0,
        end: 0,
        text: String::new(),
        speaker: None,
        cue: None,
    };
    const NAMES: &[&str] = &["id", "kind", "start", "end", "text", "speaker", "cue"];
    let mut fields = Fields::new(NAMES, 0b1_1111);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => q.id = string(r)?,
            Some(1) => q.kind = quote_kind(r)?,
            Some(2) => q.start = r.whole_number()?,
            Some(3) => q.end = r.whole_number()?,
            Some(4) => q.text = string(r)?,
            Some(5) => q.speaker = optional(r, speaker)?,
            Some(_) => q.cue = optional(r, cue)?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(r)?;
    Ok(q)
}

fn speaker(r: &mut Reader) -> Read<SpeakerV1> {
    let mut s = SpeakerV1 {
        name: String::new(),
        entity: None,
        start: 0,
        end: 0,
    };
    let mut fields = Fields::new(&["name", "entity", "start", "end"], 0b1101);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => s.name = string(r)?,
            Some(1) => s.entity = optional(r, string)?,
            Some(2) => s.start = r.whole_number()?,
            Some(_) => s.end = r.whole_number()?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(r)?;
    Ok(s)
}

fn cue(r: &mut Reader) -> Read<CueV1> {
    let mut c = CueV1 {
        text: String::new(),
        start: 0,
        end: 0,
    };
    let mut fields = Fields::new(&["text", "start", "end"], 0b111);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => c.text = string(r)?,
            Some(1) => c.start = r.whole_number()?,
            Some(_) => c.end = r.whole_number()?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(r)?;
    Ok(c)
}

fn correction(r: &mut Reader) -> Read<CorrectionV1> {
    let mut c = CorrectionV1 {
        action: String::new(),
        target: String::new(),
        start: 0,
        end: 0,
        text: String::new(),
        entity_type: None,
        kind: None,
        speaker: None,
    };
    const NAMES: &[&str] = &[
        "action", "target", "start", "end", "text", "type", "kind", "speaker",
    ];
    let mut fields = Fields::new(NAMES, 0b1_1111);
    r.object(|r, key| {
        match fields.field(r, key)? {
            Some(0) => c.action = string(r)?,
            Some(1) => c.target = string(r)?,
            Some(2) => c.start = r.whole_number()?,
            Some(3) => c.end = r.whole_number()?,
            Some(4) => c.text = string(r)?,
            Some(5) => c.entity_type = optional(r, entity_type)?,
            Some(6) => c.kind = optional(r, quote_kind)?,
            Some(_) => c.speaker = optional(r, speaker)?,
            None => r.skip()?,
        }
        Ok(())
    })?;
    fields.check(r)?;
    Ok(c)
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
