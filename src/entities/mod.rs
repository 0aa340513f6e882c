//! The entities stage: people, organisations, places, dates, times, sums,
//! percentages and quantities, each with its dictionary (canonical) form.

pub mod canonical;

use serde::{Deserialize, Serialize};

use crate::language::Languages;
use crate::span::Span;
use crate::text::Document;

pub use canonical::canonical;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Loc,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
        EntityType::Quantity,
    ];

    /// The name used in the JSON format and by the scorer (`PERSON`, `ORG`, ...).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
            EntityType::Quantity => "QUANTITY",
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Whole words, suffixes included (`Қазақстанда`).
    pub span: Span,
    pub kind: EntityType,
    /// Dictionary form (`Қазақстан`).
    pub canonical: String,
}

/// Finds the entities of `doc`, sorted by start, not overlapping.
pub fn recognise(_doc: &Document, _langs: &Languages) -> Vec<Entity> {
    Vec::new()
}
