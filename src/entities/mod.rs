//! The entities stage: people, organisations, places, dates, times, sums,
//! percentages and quantities, each with its dictionary (canonical) form.

mod byte_set;
pub mod canonical;
mod declined_surnames;
mod doc_clues;
pub(crate) mod kk_morph;
pub(crate) mod lexicon;
mod named_after;
mod names;
mod nearly_sorted;
mod numeric;
mod press_service;
mod repeated;
pub(crate) mod ru_morph;
mod word_clues;

use serde::{Deserialize, Serialize};

use crate::language::{Lang, Languages};
use crate::span::Span;
use crate::tagger::{self, Model, Tagger};
use crate::text::{self, Document};
use byte_set::ByteSet;
use doc_clues::Clue;

pub use canonical::canonical;
pub(crate) use word_clues::{has_surname_ending, is_first_name, is_occupation};

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

/// A possible entity, before overlaps are settled.
struct Candidate {
    span: Span,
    kind: EntityType,
    canonical: String,
    /// Which wins an overlap: higher first, then the longer span.
    weight: u8,
}

impl Candidate {
    fn new(span: Span, kind: EntityType, canonical: String, weight: u8) -> Self {
        Candidate {
            span,
            kind,
            canonical,
            weight,
        }
    }
}

/// How the tagger's names and the rules' are put together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Combine {
    /// The rules alone (also where no model reads the language).
    RulesOnly,
    /// PERSON, ORG and LOC from the tagger (which sees the rules' reading
    /// as a feature); dates, sums and the like from the rules.
    Tagger,
    /// As `Tagger`, and a rule name fills in where the tagger found nothing.
    TaggerThenRules,
    /// As `Tagger`, but a tagger name inside a longer rule name of the same
    /// type takes the rule's span (`Muqtada` in `Muqtada al-Sadr`).
    TaggerWidened,
    /// As `Tagger`, and a rule name a list, trigger word or title vouches
    /// for fills in where the tagger found nothing.
    TaggerThenSureRules,
    /// As `Tagger`, but a rule name a list, trigger word or title vouches
    /// for wins over the tagger's names it overlaps.
    SureRulesFirst,
    /// As `Tagger`, then each name takes the type most of its mentions in
    /// the document have.
    TaggerAgreed,
    /// As `TaggerThenSureRules`, but only people widen the tagger's names;
    /// then the tagger's names agree on a type as in `TaggerAgreed`.
    SureRulesAgreed,
}

impl Combine {
    pub const ALL: [Combine; 8] = [
        Combine::RulesOnly,
        Combine::Tagger,
        Combine::TaggerThenRules,
        Combine::TaggerWidened,
        Combine::TaggerThenSureRules,
        Combine::SureRulesFirst,
        Combine::TaggerAgreed,
        Combine::SureRulesAgreed,
    ];
}

/// The combination the pipeline uses: the tagger's names, with names a list,
/// trigger word or title vouches for filling its gaps and widening its
/// shorter names (`Қаржы министрлігінің`, `Қ. Алпыс`, `А. С. Пушкин`), which a
/// reader expects and the founding article needs. `TaggerAgreed`, which
/// cross-validation on the train part (`train_tagger --cv`) prefers by about
/// 0.02 F1, drops them. PER+ORG+LOC F1 on the test part: this kk 0.853,
/// ru 0.767, en 0.693; `TaggerAgreed` kk 0.879, ru 0.768, en 0.677.
pub const COMBINE: Combine = Combine::TaggerThenSureRules;

/// The combination for a document in `lang`: [`COMBINE`], but for Russian
/// `SureRulesAgreed`, which keeps the vouched people (`А. С. Пушкин`) and
/// lets each name take one type across the document. Cross-validation on
/// the train part (`train_tagger --cv`, mean of five `--seed`s) gives it
/// PER+ORG+LOC F1 0.778 against 0.774 for `COMBINE` (`TaggerAgreed`,
/// without the vouched names, 0.780).
pub fn combine_for(lang: Lang) -> Combine {
    match lang {
        Lang::Ru => Combine::SureRulesAgreed,
        _ => COMBINE,
    }
}

/// Finds the entities of `doc`, sorted by start, not overlapping.
///
/// `npm run bench:ceiling` builds two ablations to measure what the entity
/// stage costs: `--cfg aitty_ablation="rules_only"` (no tagger) and
/// `="no_entities"` (no entity stage at all). A normal build has neither.
pub fn recognise(doc: &Document, langs: &Languages) -> Vec<Entity> {
    if cfg!(aitty_ablation = "no_entities") {
        return Vec::new();
    }
    let combine = if cfg!(aitty_ablation = "rules_only") {
        Combine::RulesOnly
    } else {
        combine_for(langs.document)
    };
    let mut entities = recognise_with(doc, langs, &tagger::model::compiled, combine);
    repeated::add_repeated_surnames(doc, langs, &mut entities);
    declined_surnames::agree(doc, langs, &mut entities);
    entities
}

/// [`recognise`] with the given models (training measures its own) and
/// combination.
pub fn recognise_with<'m>(
    doc: &Document,
    langs: &Languages,
    models: &dyn Fn(Lang) -> Option<&'m Model>,
    combine: Combine,
) -> Vec<Entity> {
    // One table of word clues serves the rules and the tidying after them.
    let clues = doc_clues::DocClues::new(doc);
    let (mut rules, sure) = rules_and_sure(doc, langs, &clues);
    if combine == Combine::RulesOnly {
        return rules;
    }
    let hints = hints_of(doc, &rules);
    let lower_case = lower_case_words(doc, langs);
    let (names, tagged) = tag_sentences(doc, langs, models, &hints, &lower_case);
    // The rules' names, with the index of each in `rules` (whose canonical
    // forms are copied only where used).
    let rule_spans: Vec<(Span, EntityType, usize)> = rules
        .iter()
        .enumerate()
        .filter(|(_, e)| tagger::begin_label(e.kind).is_some())
        .map(|(r, e)| (e.span, e.kind, r))
        .collect();
    // The tagger's names first, so that the rules' canonical forms they
    // copy are still there: the rules' own candidates then take theirs
    // instead of copying them. Rules' candidates still come first.
    let mut named = Vec::with_capacity(names.len());
    let mut i = 0;
    for &(mut span, mut kind) in &names {
        // Initials the tagger took for a body's letters (`Л. Н`) open a
        // person's name.
        if kind == EntityType::Org && only_initials(doc, span) {
            kind = EntityType::Person;
        }
        span = tidy(&clues, span, kind, langs.at(doc, span.start));
        if not_a_name(doc, span, kind) {
            continue;
        }
        // The rule name of the same type holding this one (they never
        // overlap, so only the last starting at or before it can).
        while rule_spans
            .get(i)
            .is_some_and(|(s, _, _)| s.start <= span.start)
        {
            i += 1;
        }
        let holder = i
            .checked_sub(1)
            .map(|i| &rule_spans[i])
            .filter(|(s, k, _)| *k == kind && s.end >= span.end);
        if combine == Combine::TaggerWidened
            && let Some((s, _, _)) = holder
        {
            span = *s;
        }
        // Most names are the rules' too: their canonical form is known.
        let canonical = match holder {
            Some((s, _, r)) if *s == span => rules[*r].canonical.clone(),
            _ => canonical::canonical_of(span.slice(doc.text), kind, langs.at(doc, span.start)),
        };
        named.push(Candidate::new(span, kind, canonical, 1));
    }
    let mut candidates = Vec::with_capacity(rules.len() + named.len());
    // Rules, names and tagged sentences are all in text order: cursors
    // walk them together instead of searching.
    let mut sentence = 0;
    let mut key = String::new();
    for rule in rules.iter_mut() {
        // The rules vouched for the name as they found it.
        let (found, kind) = (rule.span, rule.kind);
        let span = tidy(&clues, found, kind, langs.at(doc, found.start));
        if not_a_name(doc, span, kind) {
            continue;
        }
        // A tidied name's own canonical form; else the rule's is taken
        // for a name kept.
        let retold = (span != found).then(|| {
            canonical::canonical_of(span.slice(doc.text), kind, langs.at(doc, span.start))
        });
        while tagged.get(sentence).is_some_and(|s| s.end <= span.start) {
            sentence += 1;
        }
        let in_tagged = tagged.get(sentence).is_some_and(|s| s.start <= span.start);
        let is_name = tagger::begin_label(kind).is_some();
        // A Russian common word the rules took for a name (`Люди`).
        if is_name
            && in_tagged
            && combine == Combine::SureRulesAgreed
            && (is_common_word(doc, span, &mut key)
                || (kind != EntityType::Org
                    && opens_in_lower_case(doc, tagged[sentence], span, &lower_case))
                || (kind == EntityType::Person && adjective_alone(doc, span)))
        {
            continue;
        }
        let is_sure = || sure.binary_search(&found).is_ok();
        // The tagger cut a vouched body at an adjective: the body ends
        // where the rule's does and starts where the tagger's does (the
        // rule may have taken a title before it: `Представитель`).
        if combine == Combine::SureRulesAgreed
            && is_name
            && in_tagged
            && kind == EntityType::Org
            && is_sure()
            && let Some(cut) = org_cut_at_adjective(doc, &names, span)
        {
            let whole = Span::new(cut.start, span.end);
            let canonical =
                canonical::canonical_of(whole.slice(doc.text), kind, langs.at(doc, whole.start));
            candidates.push(Candidate::new(whole, kind, canonical, 2));
            continue;
        }
        let weight = match (is_name, in_tagged, combine) {
            (false, _, _) | (true, false, _) => 2,
            (true, true, Combine::TaggerThenRules) => 0,
            // A vouched name holding a shorter tagger name of its type
            // wins (`А. С. Пушкин` over `Пушкин`); otherwise it fills gaps.
            // With `SureRulesAgreed` only people widen (`А. С. Пушкин`):
            // factRuEval's organisations and places are the tagger's spans.
            (true, true, Combine::TaggerThenSureRules | Combine::SureRulesAgreed) if is_sure() => {
                // A person widens over no name of another type the tagger
                // cut off (`КЗЖ` in `руководитель КЗЖ Джоэл Саймон`).
                let widens = combine == Combine::TaggerThenSureRules
                    || (kind == EntityType::Person
                        && !holds_other(&names, span, kind)
                        && !ends_in_adjective(doc, span)
                        && opens_with_name_words(doc, &names, span));
                if widens && holds_shorter(&names, span, kind) {
                    2
                } else {
                    0
                }
            }
            (true, true, Combine::SureRulesFirst) if is_sure() => 2,
            (true, true, _) => continue,
        };
        let canonical = retold.unwrap_or_else(|| std::mem::take(&mut rule.canonical));
        candidates.push(Candidate::new(span, kind, canonical, weight));
    }
    candidates.append(&mut named);
    if matches!(combine, Combine::TaggerAgreed | Combine::SureRulesAgreed) {
        agree_by_majority(&mut candidates);
    }
    let mut entities = resolve(candidates);
    named_after::join(doc, langs, &mut entities);
    press_service::join(doc, langs, &mut entities);
    for e in entities.iter_mut() {
        if e.kind == EntityType::Loc
            && e.canonical.contains(' ')
            && langs.at(doc, e.span.start) == Lang::Ru
            && let Some(form) = canonical::with_agreeing_adjective(&e.canonical)
        {
            e.canonical = form;
        }
    }
    entities
}

/// [`tagger::common_words::written_in_lower_case`] of a document with
/// Russian in it, else empty (only Russian sentences ask).
pub fn lower_case_words(doc: &Document, langs: &Languages) -> Vec<bool> {
    let russian = langs.document == Lang::Ru || langs.paragraphs.contains(&Lang::Ru);
    if russian {
        tagger::common_words::written_in_lower_case(doc)
    } else {
        Vec::new()
    }
}

/// A one-word name opening `sentence` that the document also writes in
/// lower case (`Диоксин был обнаружен` ... `диоксин`).
fn opens_in_lower_case(doc: &Document, sentence: Span, span: Span, lower_case: &[bool]) -> bool {
    let before = &doc.text[sentence.start..span.start];
    !before.chars().any(char::is_alphanumeric)
        && !span.slice(doc.text).contains(char::is_whitespace)
        && lower_case
            .get(doc.word(doc.token_index(span.start)))
            .is_some_and(|&w| w)
}

/// [`tagger::common_words::is_common`] of the text of `span`. The list
/// holds single words (a test checks), so a name of several words is no
/// common word without lower-casing it.
fn is_common_word(doc: &Document, span: Span, key: &mut String) -> bool {
    let text = span.slice(doc.text);
    !text.bytes().any(|b| b.is_ascii_whitespace()) && tagger::common_words::is_common(text, key)
}

/// The tagger's names in every sentence whose language has a model, and
/// those sentences in order (their rule names give way). `hints` holds the
/// rules' reading of each token ([`rule_hints`]), `lower_case` the
/// document's [`lower_case_words`].
pub fn tag_sentences<'m>(
    doc: &Document,
    langs: &Languages,
    models: &dyn Fn(Lang) -> Option<&'m Model>,
    hints: &[u8],
    lower_case: &[bool],
) -> (Vec<(Span, EntityType)>, Vec<Span>) {
    let mut tagger = Tagger::for_document();
    let mut names = Vec::new();
    let mut tagged = Vec::new();
    let sentence_to_tag = |k: usize| {
        let range = doc.sentence_tokens(k);
        let from = range.start;
        let toks = &doc.tokens[range.clone()];
        crate::tagger::Sentence {
            text: doc.text,
            tokens: toks,
            words: doc.word_ids(range),
            hints: &hints[from..from + toks.len()],
            lower_case,
        }
    };
    for (k, &sentence) in doc.sentences.iter().enumerate() {
        if langs.at(doc, sentence.start) == Lang::Ru {
            tagger.remember_people(sentence_to_tag(k));
        }
    }
    for (k, &sentence) in doc.sentences.iter().enumerate() {
        let lang = langs.at(doc, sentence.start);
        let Some(model) = models(lang) else { continue };
        tagger.tag(model, sentence_to_tag(k), lang, &mut names);
        tagged.push(sentence);
    }
    (names, tagged)
}

/// Whether a tagger name of `kind` lies inside `span` and is shorter
/// (`names` are in text order).
fn holds_shorter(names: &[(Span, EntityType)], span: Span, kind: EntityType) -> bool {
    let from = names.partition_point(|(s, _)| s.start < span.start);
    names[from..]
        .iter()
        .take_while(|(s, _)| s.start < span.end)
        .any(|(s, k)| *k == kind && span.contains(*s) && *s != span)
}

/// The tagger's organisation inside `span` that stops short of its end at
/// a capitalised adjective, cut off from its noun (`Организации Объединённых
/// | Наций`).
fn org_cut_at_adjective(doc: &Document, names: &[(Span, EntityType)], span: Span) -> Option<Span> {
    let from = names.partition_point(|(s, _)| s.start < span.start);
    names[from..]
        .iter()
        .take_while(|(s, _)| s.start < span.end)
        .find(|(s, k)| {
            let last = s.slice(doc.text).rsplit(' ').next().unwrap_or_default();
            *k == EntityType::Org
                && span.contains(*s)
                && s.end < span.end
                && last.starts_with(char::is_uppercase)
                && tagger::person_spans::adjective_like(last)
        })
        .map(|(s, _)| *s)
}

/// A name without the words before it that are none of it.
fn tidy(clues: &doc_clues::DocClues, span: Span, kind: EntityType, lang: Lang) -> Span {
    let doc = clues.doc();
    match kind {
        EntityType::Person if lang == Lang::En => {
            without_what_a_title_is_of(doc, without_titles(clues, span, lang))
        }
        EntityType::Person if lang == Lang::Ru => at_initials(
            doc,
            without_other_script_head(doc, without_titles(clues, span, lang)),
        ),
        EntityType::Person => at_initials(doc, without_titles(clues, span, lang)),
        EntityType::Org if lang == Lang::En => {
            with_legal_form_dot(doc, without_opening_noun(doc, span))
        }
        EntityType::Org if lang == Lang::Ru => without_closing_verb(doc, span),
        _ => span,
    }
}

/// [`tagger::russian_verb_like`] less the endings many nouns have
/// (`канала`, `отдела`, `журнал`), or a short passive participle
/// (`создан`, `признан`, `построен`, `открыт`): a verb the tagger would
/// not have taken.
fn closing_verb(word: &str) -> bool {
    (tagger::russian_verb_like(word)
        && !["ала", "ела", "ал", "ел"].iter().any(|e| word.ends_with(e)))
        || short_participle(word)
}

/// `рассчитан`, `построено`, `открыт`: the short forms only (a genitive
/// noun of a name ends otherwise: `обмена`, `страны`, `защиты`).
fn short_participle(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ан", "ян", "ен", "ён", "ано", "яно", "ено", "ёно", "ыт", "ыто",
    ];
    word.chars().count() >= 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A Russian organisation ends before the first lower-case verb it ran
/// into (`Министерство финансов | сообщило`, `Банк | признан банкротом`:
/// the rules' name of a kind word and the words after it, where a sentence
/// opens with it), unless the name is quoted. Kept out of the rules' own
/// spans, which the tagger reads as a feature: the models learnt them as
/// they are.
fn without_closing_verb(doc: &Document, span: Span) -> Span {
    if span.slice(doc.text).contains(['«', '"', '„']) {
        return span;
    }
    let toks = doc.tokens_in(span);
    let verb = toks.iter().enumerate().skip(1).find(|(_, t)| {
        let word = t.text(doc.text);
        t.kind == crate::text::TokenKind::Word
            && !t.is_capitalised()
            && closing_verb(word)
            && !lexicon::is_org_trigger(word)
    });
    match verb {
        Some((k, _)) => Span::new(span.start, toks[k - 1].span.end),
        None => span,
    }
}

/// `span` holds nothing but capital letters and full stops (`Л.Н`, `Л. Н.`),
/// two letters at least.
fn only_initials(doc: &Document, span: Span) -> bool {
    letters_and_stops(doc, span).is_some_and(|letters| letters >= 2)
}

/// A name found that is none: one initial alone (`G.` of `до 8 G.
/// Но это`, once the function word is cut off), a top-level domain on
/// its own (`в доменной зоне .РФ`: glued to a full stop after a space), or
/// an abbreviation for a common thing (`ВВП`).
fn not_a_name(doc: &Document, span: Span, kind: EntityType) -> bool {
    let bare_domain = || {
        let before = &doc.text.as_bytes()[..span.start];
        before.ends_with(b".")
            && (before.len() == 1 || before[before.len() - 2].is_ascii_whitespace())
            && tagger::latin_names::is_domain(span.slice(doc.text))
    };
    (kind == EntityType::Person && letters_and_stops(doc, span) == Some(1))
        || bare_domain()
        || is_common_abbreviation(span.slice(doc.text))
}

/// `ВВП`, `ЖІӨ-нің`, `CEO`: an abbreviation for a common thing
/// (`data/entities/common_abbreviations.txt`), with any Kazakh ending.
fn is_common_abbreviation(name: &str) -> bool {
    static LIST: std::sync::LazyLock<crate::wordlist::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            crate::wordlist::entries(crate::data_list!("entities/common_abbreviations.txt"))
                .collect()
        });
    // Most names are longer than an abbreviation and its ending.
    name.len() <= 24 && LIST.contains(name.split('-').next().unwrap_or(name))
}

/// How many capital letters `span` holds when it holds nothing but them and
/// full stops.
fn letters_and_stops(doc: &Document, span: Span) -> Option<usize> {
    // Most names are longer than a few letters: no search for their tokens.
    if span.len() > 16 {
        return None;
    }
    let toks = doc.tokens_in(span);
    let letter = |t: &text::Token| is_capital_letter(doc, t);
    toks.iter()
        .all(|t| letter(t) || t.text(doc.text) == ".")
        .then(|| toks.iter().filter(|t| letter(t)).count())
}

/// Token `t` is one capital letter (`Қ` of `Қ. Алпыс`).
fn is_capital_letter(doc: &Document, t: &text::Token) -> bool {
    t.is_capitalised() && t.span.len() <= 4 && t.text(doc.text).chars().nth(1).is_none()
}

/// Token `i` is an initial: one capital letter, then a full stop.
pub(crate) fn initial_at(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| is_capital_letter(doc, t))
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.text(doc.text) == ".")
}

/// A person holding initials starts at them after words that are no
/// first name (`Студенттер Л.Н. Гумилев`, `Кеше Қ. Алпыс` → `Қ. Алпыс`: a
/// name's initials come first) and ends past them at the surname (the
/// tagger may stop at a letter, before its full stop).
fn at_initials(doc: &Document, span: Span) -> Span {
    // Initials hold a full stop, or one follows the name.
    if !span.slice(doc.text).contains('.') && !doc.text[span.end..].starts_with('.') {
        return span;
    }
    let (from, to) = (doc.token_index(span.start), doc.token_index(span.end));
    let initial = |i: usize| initial_at(doc, i);
    let Some(first) = (from..to).find(|&i| initial(i)) else {
        return span;
    };
    let before = &doc.tokens[from..first];
    let start = if before.iter().all(|t| t.kind == text::TokenKind::Word)
        && !before
            .iter()
            .any(|t| tagger::person_spans::is_first_name(t.text(doc.text)))
    {
        doc.tokens[first].span.start
    } else {
        span.start
    };
    // Initials and surname stay in one paragraph (a line break ends one).
    let on_the_line = |i: usize, after: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| !doc.text[after..t.span.start].contains('\n'))
    };
    let mut next = first + 2;
    while initial(next) && on_the_line(next, doc.tokens[next - 1].span.end) {
        next += 2;
    }
    let initials_end = doc.tokens[next - 1].span.end;
    match doc
        .tokens
        .get(next)
        .filter(|_| on_the_line(next, initials_end))
    {
        // A capitalised function word is no surname (`до 8 G. Но это`).
        Some(t) if t.is_capitalised() && names_nothing(doc.key(next)) => {
            Span::new(start, initials_end)
        }
        Some(t) if t.is_capitalised() => Span::new(start, span.end.max(t.span.end)),
        _ => Span::new(start, span.end.max(initials_end)),
    }
}

/// `key` (a [`text::Document::key`]) is a function word or a capitalised
/// word that names nothing (`Но`, `Из-за`).
pub(crate) fn names_nothing(key: &str) -> bool {
    lexicon::FUNCTION_WORDS.contains(key)
        || lexicon::NOT_NAMES.contains(key)
        || tagger::common_words::is_common_key(key)
}

/// `Apple Inc.`, `Enron Corp.`: an English body's abbreviated legal form
/// keeps its full stop, as UNER's spans do.
fn with_legal_form_dot(doc: &Document, span: Span) -> Span {
    let text = span.slice(doc.text);
    let abbreviated = ["Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc"]
        .iter()
        .any(|form| {
            text.strip_suffix(form)
                .is_some_and(|before| before.is_empty() || before.ends_with([' ', ',']))
        });
    if abbreviated && doc.text[span.end..].starts_with('.') {
        Span::new(span.start, span.end + 1)
    } else {
        span
    }
}

/// A person without the titles it took in before the name
/// (`Treasury Secretary Janet Yellen` → `Janet Yellen`, `Sen. Elizabeth
/// Warren` → `Elizabeth Warren`): the name starts at the capital after the
/// last title.
fn without_titles(clues: &doc_clues::DocClues, span: Span, lang: Lang) -> Span {
    let doc = clues.doc();
    let (from, to) = (doc.token_index(span.start), doc.token_index(span.end));
    let toks = &doc.tokens[from..to];
    let name_after = |k: usize| {
        let next = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.text(doc.text) == "."));
        toks.get(next).filter(|t| t.is_capitalised())
    };
    // The title's last word: `Executive` in `Chief Executive`.
    let title_end = |k: usize| {
        k + (k + 1..toks.len())
            .take_while(|&j| word_clues::is_title_tail(doc.key(from + j)))
            .count()
    };
    (0..toks.len())
        .rev()
        .filter(|&k| toks[k].kind == text::TokenKind::Word)
        .find_map(|k| {
            (clues.has(from + k, Clue::TitleWord, lang)
                || clues.has(from + k, Clue::Occupation, lang))
            .then(|| name_after(title_end(k)))
            .flatten()
        })
        .map_or(span, |first| Span::new(first.span.start, span.end))
}

/// An English person right after a title and `of` without what the title
/// is of (`Secretary of State Antony Blinken` → `Antony Blinken`, `Minister
/// of Foreign Affairs Murat Nurtleu` → `Murat Nurtleu`, `Secretary of
/// State Blinken` → `Blinken`): the name starts at a listed first name,
/// else it is the last two words (the last of two).
fn without_what_a_title_is_of(doc: &Document, span: Span) -> Span {
    let (from, to) = (doc.token_index(span.start), doc.token_index(span.end));
    let after_title_of = from >= 2
        && doc.tokens[from - 1].text(doc.text) == "of"
        && word_clues::is_title_word(doc.tokens[from - 2].text(doc.text), Lang::En);
    let words = &doc.tokens[from..to];
    if !after_title_of || words.len() < 2 || words.iter().any(|t| t.kind != text::TokenKind::Word) {
        return span;
    }
    let first_name =
        (0..words.len()).find(|&k| word_clues::is_first_name(words[k].text(doc.text), Lang::En));
    // `Secretary of State Blinken`: a surname alone.
    let start = first_name.unwrap_or(words.len().saturating_sub(2).max(1));
    Span::new(words[start].span.start, span.end)
}

/// A Russian person without the Latin-script words or abbreviations
/// before the Cyrillic name (`Business NZ Фил О’Рейли` → `Фил О’Рейли`,
/// `MySQL Майкл Видениус`): those name the body the person speaks for.
fn without_other_script_head(doc: &Document, span: Span) -> Span {
    let (from, to) = (doc.token_index(span.start), doc.token_index(span.end));
    let words = &doc.tokens[from..to];
    // The tagger's own tests of a person's words (`person_spans`).
    let other_head = |t: &text::Token| {
        let w = t.text(doc.text);
        t.kind == text::TokenKind::Word
            && (!tagger::person_spans::cyrillic(w) || tagger::person_spans::abbreviation(w))
    };
    match words.iter().position(|t| !other_head(t)) {
        Some(k)
            if k > 0
                && words[k].kind == text::TokenKind::Word
                && words[k..].iter().all(|t| !other_head(t)) =>
        {
            Span::new(words[k].span.start, span.end)
        }
        _ => span,
    }
}

/// An English organisation without the capitalised common noun that opens
/// its sentence (`Shares of Apple Inc.` → `Apple Inc.`); a word for a kind
/// of body stays (`Bank of America`, `Ministry of Defence`).
fn without_opening_noun(doc: &Document, span: Span) -> Span {
    let at_sentence_start = doc
        .sentences
        .binary_search_by_key(&span.start, |s| s.start)
        .is_ok();
    let first = doc.token_index(span.start);
    match doc.tokens.get(first..first + 3) {
        Some([opening, of, name])
            if at_sentence_start
                && of.text(doc.text) == "of"
                && name.is_capitalised()
                && name.span.end <= span.end
                && !lexicon::is_org_trigger(opening.text(doc.text))
                && lexicon::loc_trigger(opening.text(doc.text)).is_none() =>
        {
            Span::new(name.span.start, span.end)
        }
        _ => span,
    }
}

/// Whether the words a vouched person adds before the tagger's person
/// inside it are initials, first names or bare names (`А. С. Пушкин`,
/// `Кирсан Илюмжинов`), not a word the tagger cut off (`Приморья Сергей
/// Дарькин`).
fn opens_with_name_words(doc: &Document, names: &[(Span, EntityType)], span: Span) -> bool {
    let from = names.partition_point(|(s, _)| s.start < span.start);
    let Some((inner, _)) = names[from..]
        .iter()
        .take_while(|(s, _)| s.start < span.end)
        .find(|(s, k)| *k == EntityType::Person && span.contains(*s))
    else {
        return true;
    };
    doc.text[span.start..inner.start]
        .split_whitespace()
        .all(|w| is_initial(w) || tagger::person_spans::is_first_name(w) || bare_name(w))
}

/// A capitalised word ending in a consonant, as a name in the nominative
/// does (`Хван` in `Хван Чжан Еп`); a word in another case (`Приморья`)
/// names something else.
fn bare_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .last()
            .is_some_and(|c| c.is_alphabetic() && !"аеёиоуыэюяйьАЕЁИОУЫЭЮЯЙЬ".contains(c))
}

/// `А.`, `Дж.`: a capital and at most one more letter, then a full stop.
fn is_initial(word: &str) -> bool {
    word.strip_suffix('.')
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() <= 2)
}

/// A one-word name that reads as an adjective before its noun
/// (`Тбилисский врач`).
fn adjective_alone(doc: &Document, span: Span) -> bool {
    !span.slice(doc.text).contains(' ') && ends_in_adjective(doc, span)
}

/// A name whose last word reads as an adjective before its noun (`Роман
/// Коноплев Русской службе`).
fn ends_in_adjective(doc: &Document, span: Span) -> bool {
    let next = doc.token_index(span.end);
    let text = span.slice(doc.text);
    let word = text.rsplit(' ').next().unwrap_or(text);
    doc.tokens
        .get(next)
        .is_some_and(|t| tagger::person_spans::adjective_before_noun(word, t, doc.text))
}

/// Whether a tagger name of a type other than `kind` lies inside `span`.
fn holds_other(names: &[(Span, EntityType)], span: Span, kind: EntityType) -> bool {
    let from = names.partition_point(|(s, _)| s.start < span.start);
    names[from..]
        .iter()
        .take_while(|(s, _)| s.start < span.end)
        .any(|(s, k)| *k != kind && span.contains(*s))
}

/// The same name takes one type across a document: the type most of its
/// tagged mentions have (ties keep each mention's own).
fn agree_by_majority(candidates: &mut [Candidate]) {
    let mut votes: lexicon::FxMap<&str, [u32; 3]> = Default::default();
    for c in candidates.iter().filter(|c| c.weight == 1) {
        if let Some(b) = tagger::begin_label(c.kind) {
            votes.entry(c.canonical.as_str()).or_default()[(b as usize - 1) / 2] += 1;
        }
        // `Компания Vestas … Vestas отказалась`: a Latin name right after
        // the word for a kind of body is the body's own (a Cyrillic one
        // may be its owner: `правительство США`), twice as loud.
        if c.kind == EntityType::Org
            && let Some((head, name)) = c.canonical.split_once(' ')
            && name.starts_with(|ch: char| ch.is_ascii_uppercase())
            && tagger::kind_words::kind_of_any_case(head) == tagger::kind_words::ORG
            && let Some(b) = tagger::begin_label(c.kind)
        {
            votes.entry(name).or_default()[(b as usize - 1) / 2] += 2;
        }
    }
    let winner = |name: &str| {
        let v = votes.get(name)?;
        let best = (0..3).max_by_key(|&i| v[i])?;
        let unique = v.iter().filter(|&&n| n == v[best]).count() == 1;
        unique.then_some(tagger::TYPES[best])
    };
    // Worked out before any changes: the votes borrow the names.
    let kinds: Vec<Option<EntityType>> = candidates
        .iter()
        .map(|c| (c.weight == 1).then(|| winner(&c.canonical)).flatten())
        .collect();
    for (c, kind) in candidates.iter_mut().zip(kinds) {
        if let Some(kind) = kind {
            c.kind = kind;
        }
    }
}

/// The entities the rules find alone.
pub fn rule_entities(doc: &Document, langs: &Languages) -> Vec<Entity> {
    rules_and_sure(doc, langs, &doc_clues::DocClues::new(doc)).0
}

/// The rules' entities, and the sorted spans of those a list, trigger word
/// or title vouches for (not typed by a guess).
fn rules_and_sure(
    doc: &Document,
    langs: &Languages,
    clues: &doc_clues::DocClues,
) -> (Vec<Entity>, Vec<Span>) {
    let mut candidates = Vec::new();
    let known_forms = numeric::KnownForms::new(doc);
    let listed = names::ListedMemo::default();
    for (k, &sentence) in doc.sentences.iter().enumerate() {
        let lang = langs.at(doc, sentence.start);
        let range = doc.sentence_tokens(k);
        let first = range.start;
        let tokens = &doc.tokens[range];
        numeric::find(doc, first, tokens, &known_forms, lang, &mut candidates);
        names::find(doc, clues, first, tokens, lang, &listed, &mut candidates);
    }
    let mut sure: Vec<Span> = candidates
        .iter()
        .filter(|c| c.weight > 0)
        .map(|c| c.span)
        .collect();
    nearly_sorted::sort(&mut sure);
    agree(&mut candidates);
    (resolve(candidates), sure)
}

/// The rules' names as a tagger label per token of `doc` (`B-`/`I-` of
/// PERSON, ORG, LOC; 0 elsewhere): one of the tagger's features.
pub fn rule_hints(doc: &Document, langs: &Languages) -> Vec<u8> {
    hints_of(doc, &rule_entities(doc, langs))
}

/// [`rule_hints`] of `entities` (in text order).
fn hints_of(doc: &Document, entities: &[Entity]) -> Vec<u8> {
    let mut hints = vec![tagger::OUTSIDE; doc.tokens.len()];
    // Entities are in text order: one walk over the tokens finds them all.
    let mut from = 0;
    for e in entities {
        let Some(begin) = tagger::begin_label(e.kind) else {
            continue;
        };
        let starts_before =
            |i: usize, at: usize| doc.tokens.get(i).is_some_and(|t| t.span.start < at);
        while starts_before(from, e.span.start) {
            from += 1;
        }
        let mut to = from;
        while starts_before(to, e.span.end) {
            to += 1;
        }
        for (k, h) in hints[from..to].iter_mut().enumerate() {
            *h = if k == 0 { begin } else { begin + 1 };
        }
    }
    hints
}

/// A guessed name takes the type the document gives it elsewhere: a lone
/// `Алпыс` after `Қуандық Алпыс` is a person too.
fn agree(candidates: &mut [Candidate]) {
    // Keyed by the candidates' own names, not copies of them: the types
    // are worked out first, then given.
    let mut known: lexicon::FxMap<&str, EntityType> = Default::default();
    // Sure names, and guessed people of two or more words (`Юрген
    // Клинсман` makes a later `Клинсман` a person).
    let is_source =
        |c: &Candidate| c.weight > 0 || (c.kind == EntityType::Person && c.canonical.contains(' '));
    for c in candidates.iter().filter(|c| is_source(c)) {
        if matches!(
            c.kind,
            EntityType::Person | EntityType::Org | EntityType::Loc
        ) {
            known.entry(c.canonical.as_str()).or_insert(c.kind);
            if c.kind == EntityType::Person
                && let Some(last) = c.canonical.split_whitespace().last()
            {
                known.entry(last).or_insert(EntityType::Person);
            }
        }
    }
    let kinds: Vec<Option<EntityType>> = candidates
        .iter()
        .map(|c| {
            if c.weight != 0 {
                return None;
            }
            // An acronym is no one's surname (`ФИДЕ` after `президент ФИДЕ ...`).
            let acronym = c.canonical.chars().all(|ch| !ch.is_lowercase());
            known
                .get(c.canonical.as_str())
                .copied()
                .filter(|&kind| !(acronym && kind == EntityType::Person))
        })
        .collect();
    for (c, kind) in candidates.iter_mut().zip(kinds) {
        if c.weight == 0 {
            if let Some(kind) = kind {
                c.kind = kind;
            }
            c.weight = 1;
        }
    }
}

/// Keeps the best of overlapping candidates (heavier, then longer, then
/// earlier), sorted by start.
///
/// Candidates are settled in runs of overlapping ones: a candidate that
/// overlaps no other (most of them) is kept as it is, and only a run's
/// few candidates are ranked, where ranking them all cost two sorts of
/// every candidate.
fn resolve(mut candidates: Vec<Candidate>) -> Vec<Entity> {
    // Starts and candidates in text order (candidates come a sentence at a
    // time, so few are out of place).
    let mut by_start: Vec<u64> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.span.is_empty())
        .map(|(i, c)| (c.span.start as u64) << 32 | i as u64)
        .collect();
    nearly_sorted::sort(&mut by_start);
    let text_end = candidates.iter().map(|c| c.span.end).max().unwrap_or(0);
    let mut taken = ByteSet::new(text_end);
    let mut kept: Vec<u64> = Vec::with_capacity(by_start.len());
    let mut order: Vec<u128> = Vec::new();
    let mut run_start = 0;
    let mut run_end = 0;
    for k in 0..=by_start.len() {
        let next = by_start
            .get(k)
            .map(|&key| candidates[key as u32 as usize].span);
        // A candidate starting at or after every end so far overlaps none
        // before it: the run before it is complete.
        if next.is_none_or(|span| span.start >= run_end) {
            settle(
                &candidates,
                &by_start[run_start..k],
                &mut order,
                &mut taken,
                &mut kept,
            );
            run_start = k;
        }
        if let Some(span) = next {
            run_end = run_end.max(span.end);
        }
    }
    kept.into_iter()
        .map(|key| {
            let c = &mut candidates[key as u32 as usize];
            Entity {
                span: c.span,
                kind: c.kind,
                canonical: std::mem::take(&mut c.canonical),
            }
        })
        .collect()
}

/// Settles one run of overlapping candidates (`run`: their [`resolve`]
/// keys, in text order) and appends the kept ones' keys to `kept`, in text
/// order.
fn settle(
    candidates: &[Candidate],
    run: &[u64],
    order: &mut Vec<u128>,
    taken: &mut ByteSet,
    kept: &mut Vec<u64>,
) {
    if let [only] = run {
        kept.push(*only);
        return;
    }
    // The order overlaps are settled in: higher weight, then the longer
    // span, then the earlier start, then the earlier candidate. Packed into
    // one number per candidate (texts are under 4 GiB), a sort moves
    // numbers, not candidates.
    order.clear();
    order.extend(run.iter().map(|&key| {
        let i = key as u32 as usize;
        let c = &candidates[i];
        let beats = u128::from(u8::MAX - c.weight) << 96
            | u128::from(u32::MAX - c.span.len() as u32) << 64
            | u128::from(c.span.start as u32) << 32;
        beats | i as u128
    }));
    order.sort_unstable();
    // A candidate is kept when none of its bytes is a kept one's: one bit
    // per byte of the text, where a search tree cost a third of this stage.
    let from = kept.len();
    for &key in order.iter() {
        let i = key as u32 as usize;
        let span = candidates[i].span;
        if taken.insert_if_free(span.start, span.end) {
            kept.push((span.start as u64) << 32 | i as u64);
        }
    }
    // Kept spans never overlap: their starts, with the candidate, sort
    // them into text order.
    kept[from..].sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_common_word`] turns a name with white space away unread: no
    /// entry of the common-word list has any.
    #[test]
    fn common_words_are_single_words() {
        let list = crate::data_list!("entities/ru_common_words.txt");
        let entries: Vec<&str> = crate::wordlist::entries(list).collect();
        assert!(entries.len() > 100);
        assert!(entries.iter().all(|e| !e.contains(char::is_whitespace)));
        let text = "Власти Германии и Люди";
        let doc = Document::new(text);
        let mut key = String::new();
        let at = |s: &str| Span::new(text.find(s).unwrap(), text.find(s).unwrap() + s.len());
        assert!(is_common_word(&doc, at("Власти"), &mut key));
        assert!(is_common_word(&doc, at("Люди"), &mut key));
        assert!(!is_common_word(&doc, at("Германии"), &mut key));
        assert!(!is_common_word(&doc, at("Власти Германии"), &mut key));
    }

    /// A vouched person takes initials, first names and bare names before
    /// the tagger's person, but not a word in another case.
    #[test]
    fn a_vouched_person_widens_over_name_words_only() {
        let text = "Губернатор Тувы Иван Петров и советник Ким Чен Сок приехали.";
        let doc = Document::new(text);
        let span = |s: &str| {
            let at = text.find(s).unwrap();
            Span::new(at, at + s.len())
        };
        let names = [
            (span("Иван Петров"), EntityType::Person),
            (span("Чен Сок"), EntityType::Person),
        ];
        assert!(!opens_with_name_words(
            &doc,
            &names,
            span("Тувы Иван Петров")
        ));
        assert!(opens_with_name_words(&doc, &names, span("Ким Чен Сок")));
        assert!(is_initial("А.") && is_initial("Дж.") && !is_initial("Губ."));
    }
}
