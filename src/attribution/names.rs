//! The names a document gives, for expanding a surname or a pronoun to the
//! fullest name: person entities, and runs of capitalised words.

use crate::wordlist::FxHashMap;
use std::cell::{OnceCell, RefCell};

use super::Speaker;
use crate::entities::lexicon;
use crate::entities::{Entity, EntityType, canonical, has_surname_ending};
use crate::language::{Lang, Languages};
use crate::quotes::cues::{DISCOURSE, PLACE_PREPOSITIONS, TITLES};
use crate::span::Span;
use crate::text::Document;
use crate::text::Token;
use crate::text::letters::{is_lower, starts_upper};
use crate::wordlist;

/// A full name the document gives, and where.
#[derive(Clone, Debug)]
pub struct Name {
    pub name: String,
    pub start: usize,
    pub entity: Option<usize>,
    /// Inside a quote: spoken about, so no antecedent for a pronoun or a
    /// title, but still the full form of a surname.
    pub quoted: bool,
}

impl Name {
    /// The speaker this name stands for at `mention`.
    pub fn speaker(&self, mention: Span) -> Speaker {
        Speaker {
            name: self.name.clone(),
            mention,
            entity: self.entity,
        }
    }
}

/// Patronymics stay with the name they follow (`Дмитрий Анатольевич Медведев`).
fn is_patronymic(word: &str) -> bool {
    ["ович", "евич", "овна", "евна", "ұлы", "қызы", "улы", "кызы"]
        .iter()
        .any(|s| word.ends_with(s))
}

fn capitalised(token: &Token, text: &str) -> bool {
    // The token knows whether it starts upper case: most do not, and are
    // turned away without reading their letters.
    token.is_capitalised() && token.text(text).chars().any(is_lower)
}

/// All names of two or more words in `doc`, in text order.
pub fn collect(doc: &Document, langs: &Languages, entities: &[Entity]) -> Vec<Name> {
    let mut out: Vec<Name> = entities
        .iter()
        .enumerate()
        // A surname alone too (`Тоқаев`): it may be the person named last.
        .filter(|(_, e)| {
            e.kind == EntityType::Person
                && (e.canonical.contains(' ')
                    || has_surname_ending(&e.canonical, langs.at(doc, e.span.start)))
        })
        .map(|(i, e)| Name {
            name: e.canonical.clone(),
            start: e.span.start,
            entity: Some(i),
            quoted: false,
        })
        .collect();
    // Where people, places and organisations are: a person's name, then a
    // body or a place (`Тоқаев Үкіметке`), is a run of capitals that ends
    // at the person.
    // Entities come sorted by start, so these are too.
    let spans_of = |wanted: fn(EntityType) -> bool| -> Vec<Span> {
        let spans: Vec<Span> = entities
            .iter()
            .filter(|e| wanted(e.kind))
            .map(|e| e.span)
            .collect();
        debug_assert!(spans.is_sorted_by_key(|s| s.start));
        spans
    };
    let others = spans_of(|k| matches!(k, EntityType::Org | EntityType::Loc));
    let people = spans_of(|k| k == EntityType::Person);
    // A text names the same people again and again: each distinct name is
    // put in its dictionary form once.
    let mut canonical_of: FxHashMap<(&str, Lang), String> = FxHashMap::default();
    // Runs are met in text order: each list is read on from where the
    // run before left it, not searched again.
    let (mut others_before, mut people_before) = (0, 0);
    for k in 0..doc.sentences.len() {
        let range = doc.sentence_tokens(k);
        let first = range.start;
        let toks = &doc.tokens[range];
        // A sentence keeps to one paragraph, so to one language (looked
        // up at its first run).
        let mut sentence_lang = None;
        let mut i = 0;
        while i < toks.len() {
            // `Ал Алматы`, `However John`, `Глава Минсвязи`: an opener or a
            // title is not part of a name.
            // Only a capitalised word can open a name: the others are
            // skipped without lower-casing them.
            if !capitalised(&toks[i], doc.text) {
                i += 1;
                continue;
            }
            let lower = doc.key(first + i);
            if DISCOURSE.contains(lower) || TITLES.contains(lower) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < toks.len() && capitalised(&toks[j], doc.text) {
                j += 1;
            }
            // `в Западном Иерусалиме`, `Алматыда`: places, not people.
            let after_preposition =
                j - i >= 2 && i > 0 && PLACE_PREPOSITIONS.contains(doc.key(first + i - 1));
            let lang = *sentence_lang.get_or_insert_with(|| langs.at(doc, toks[i].span.start));
            let kk = lang == Lang::Kk;
            let locative = j > i
                && kk
                && ["да", "де", "та", "те", "нда", "нде"]
                    .iter()
                    .any(|s| toks[j - 1].text(doc.text).ends_with(s));
            // `Қасым-Жомарт Тоқаев Үкіметтің отырысы`: a Kazakh genitive
            // ending the run modifies what follows; it is no part of the name.
            if kk
                && j - i >= 3
                && ["ның", "нің", "дың", "дің", "тың", "тің"]
                    .iter()
                    .any(|s| toks[j - 1].text(doc.text).ends_with(s))
            {
                j -= 1;
            }
            let run_start = toks[i].span.start;
            let mut person_end = j;
            while person_end > i
                && inside(
                    &others,
                    &mut others_before,
                    run_start,
                    toks[person_end - 1].span,
                )
            {
                person_end -= 1;
            }
            if person_end < j
                && person_end > i
                && inside(
                    &people,
                    &mut people_before,
                    run_start,
                    toks[person_end - 1].span,
                )
            {
                j = person_end;
            }
            // `the Federal Reserve`: people go without an article.
            let after_article = i > 0 && doc.key(first + i - 1) == "the";
            // `Palestine Contemporary Art Museum`: a run all of whose words
            // an organisation or a place holds names nobody, nor does one
            // that ends in a word for a body or a place (`Art Museum`).
            // (Asked last: most runs are one word.)
            let body_or_place = || {
                let last = toks[j - 1].text(doc.text);
                lexicon::is_org_trigger(last) || lexicon::loc_trigger(last).is_some()
            };
            if j - i >= 2
                && !after_preposition
                && !locative
                && !after_article
                && person_end > i
                && !body_or_place()
            {
                // The last word with the one before it (two with a patronymic).
                let mut a = j - 2;
                if a > i && is_patronymic(toks[a].text(doc.text)) {
                    a -= 1;
                }
                let span = Span::new(toks[a].span.start, toks[j - 1].span.end);
                let name = canonical_of
                    .entry((span.slice(doc.text), lang))
                    .or_insert_with_key(|&(name, lang)| canonical(name, lang))
                    .clone();
                out.push(Name {
                    name,
                    start: span.start,
                    entity: None,
                    quoted: false,
                });
            }
            i = j.max(i + 1);
        }
    }
    out.sort_by_key(|n| n.start);
    out
}

/// `word` lies inside one of `spans` (sorted by start). `before` counts
/// the spans that start at or before `from`, a bound that never goes
/// down from one call to the next and never passes `word.start`.
fn inside(spans: &[Span], before: &mut usize, from: usize, word: Span) -> bool {
    debug_assert!(from <= word.start);
    while spans.get(*before).is_some_and(|s| s.start <= from) {
        *before += 1;
    }
    let mut k = *before;
    while spans.get(k).is_some_and(|s| s.start <= word.start) {
        k += 1;
    }
    k > 0 && spans[k - 1].end >= word.end
}

/// Same word up to an inflection: `Ратманского`/`Ратманский`, `Алпыстың`/`Алпыс`.
pub fn same_stem(a: &str, b: &str) -> bool {
    // One walk over each word: the common start, then the rest counted.
    let (mut x, mut y) = (folded(a), folded(b));
    let mut common = 0;
    let (la, lb) = loop {
        match (x.next(), y.next()) {
            (Some(p), Some(q)) if p == q => common += 1,
            (p, q) => {
                break (
                    common + usize::from(p.is_some()) + x.count(),
                    common + usize::from(q.is_some()) + y.count(),
                );
            }
        }
    };
    let short = la.min(lb);
    (common == la && la == lb)
        || (short >= 3 && common >= short.saturating_sub(2).max(3) && common + 4 >= la.max(lb))
}

/// The characters of `wordlist::key(word)`, without building it.
fn folded(word: &str) -> impl Iterator<Item = char> + '_ {
    wordlist::lower_chars(word).map(|c| if c == 'ё' { 'е' } else { c })
}

/// `b` is `a` or an inflected form of it, short names included
/// (`Еп`/`Епа`, `Чжан`/`Чжана`).
fn inflects(a: &str, b: &str) -> bool {
    if same_stem(a, b) {
        return true;
    }
    let (a, b) = (wordlist::key(a), wordlist::key(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 2
        && long.starts_with(&short)
        && long.chars().count() - short.chars().count() <= 2
}

/// The names of a document, indexed by the start of their last word, so
/// that finding the fullest name for a surname does not scan them all.
pub struct Names {
    list: Vec<Name>,
    /// Where acronyms may be spelt out in the text, found on first need,
    /// and what each acronym asked about stands for.
    openings: OnceCell<super::acronyms::Openings>,
    spelt_out: RefCell<FxHashMap<String, Option<Span>>>,
    /// [`shape`] of each name's last word → the names with that last word,
    /// for spelling variants (`Бонер`/`Бенер`).
    by_shape: FxHashMap<(char, usize, char, char), Vec<LastWord>>,
    /// [`stem_bucket`] of each name's last word → indices into `list`.
    by_last_word: FxHashMap<String, Vec<usize>>,
    /// [`stem_bucket`] of each name's last word → the names with that last
    /// word: a surname is compared with each spelling once, not with each
    /// of its mentions.
    last_words: FxHashMap<String, Vec<LastWord>>,
    /// [`Names::fullest`] of each word asked about: a text asks about the
    /// same few surnames again and again.
    fullest_memo: RefCell<FxHashMap<String, Option<usize>>>,
    /// Built on first need: each two- or three-word name's first word →
    /// the last such name ([`Names::surname_first`]), and each name's last
    /// word's [`latin_skeleton`] → the names ([`Names::other_script`]), for
    /// names ending in a Cyrillic word (`[0]`) and in a Latin one (`[1]`):
    /// a text asks about the script it has few names in.
    first_words: OnceCell<FxHashMap<String, usize>>,
    skeletons: [OnceCell<FxHashMap<String, Vec<usize>>>; 2],
    /// [`Names::inflected`] of each name asked about, for the same reason.
    inflected_memo: RefCell<FxHashMap<String, Option<usize>>>,
    /// Each name's word count and its last word's byte range in the name,
    /// found once in [`Names::new`]: the tables built on first need read
    /// them for every name instead of splitting each name again.
    shapes: Vec<NameShape>,
}

/// See [`Names::shapes`].
#[derive(Clone, Copy)]
struct NameShape {
    words: u32,
    last: (u32, u32),
}

/// One spelling of a last word and the names that end in it, ranked.
struct LastWord {
    word: String,
    /// The name [`Names::fullest`] prefers among them.
    fullest: usize,
    /// The name [`Names::variant`] prefers among those of two or more
    /// words, if any.
    variant: Option<usize>,
}

/// Last words grouped by spelling under a bucket key, while they are filed.
struct Spellings<K> {
    buckets: FxHashMap<K, Vec<LastWord>>,
    /// Each spelling's place in its bucket (a spelling has one bucket).
    at: FxHashMap<String, usize>,
}

impl<K: std::hash::Hash + Eq> Spellings<K> {
    fn new() -> Self {
        Spellings {
            buckets: FxHashMap::default(),
            at: FxHashMap::default(),
        }
    }

    /// Files name `i` of `list`, whose last word is `last`, under `key`,
    /// keeping the best name of each spelling (`ranks`: each name's
    /// [`fullest_rank`], worked out once).
    fn file<Q>(&mut self, key: &Q, last: &str, i: usize, list: &[Name], ranks: &[Rank])
    where
        K: std::borrow::Borrow<Q>,
        Q: std::hash::Hash + Eq + ToOwned<Owned = K> + ?Sized,
    {
        // The key is copied only for a new bucket.
        if !self.buckets.contains_key(key) {
            self.buckets.insert(key.to_owned(), Vec::new());
        }
        let Some(spellings) = self.buckets.get_mut(key) else {
            return;
        };
        let multi = list[i].name.contains(' ');
        match self.at.get(last) {
            Some(&k) => {
                let s = &mut spellings[k];
                // Names come in index order: on equal rank the later one
                // wins, as `max_by_key` picks the last of equals.
                if ranks[i] >= ranks[s.fullest] {
                    s.fullest = i;
                }
                if multi
                    && s.variant
                        .is_none_or(|v| variant_rank(&list[i]) >= variant_rank(&list[v]))
                {
                    s.variant = Some(i);
                }
            }
            None => {
                self.at.insert(last.to_string(), spellings.len());
                spellings.push(LastWord {
                    word: last.to_string(),
                    fullest: i,
                    variant: multi.then_some(i),
                });
            }
        }
    }
}

/// What [`Names::fullest`] prefers: an entity, more words, the earlier.
type Rank = (bool, usize, std::cmp::Reverse<usize>);

fn fullest_rank(n: &Name) -> Rank {
    (
        n.entity.is_some(),
        n.name.split_whitespace().count(),
        std::cmp::Reverse(n.start),
    )
}

/// What [`Names::variant`] prefers: an entity, the earlier.
fn variant_rank(n: &Name) -> (bool, std::cmp::Reverse<usize>) {
    (n.entity.is_some(), std::cmp::Reverse(n.start))
}

/// First letter, length and last two letters of a word of five letters or
/// more: what two spellings of one surname share.
fn shape(word: &str) -> Option<(char, usize, char, char)> {
    shape_of_key(&wordlist::key(word))
}

/// [`shape`] of a word's key, read off its chars (not a copy of them).
fn shape_of_key(key: &str) -> Option<(char, usize, char, char)> {
    let len = key.chars().count();
    let mut back = key.chars().rev();
    let (last, before) = (back.next()?, back.next()?);
    let first = key.chars().next()?;
    (len >= 5).then_some((first, len, before, last))
}

/// Words that [`same_stem`] can match share their first three letters (or
/// are equal, when shorter): the bucket a word is filed and found under.
fn stem_bucket(word: &str) -> String {
    let mut key = wordlist::key(word);
    key_to_bucket(&mut key);
    key
}

/// Cuts a word's key to its [`stem_bucket`].
fn key_to_bucket(key: &mut String) {
    if let Some((end, _)) = key.char_indices().nth(3) {
        key.truncate(end);
    }
}

impl Names {
    /// `list` must be in text order (as [`collect`] gives it).
    pub fn new(list: Vec<Name>) -> Self {
        let mut by_last_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut last_words = Spellings::new();
        let mut by_shape = Spellings::new();
        let ranks: Vec<Rank> = list.iter().map(fullest_rank).collect();
        let mut shapes = Vec::with_capacity(list.len());
        // Each last word's key is built in one buffer: most names repeat
        // a last word, and then nothing is copied.
        let mut bucket = String::new();
        for (i, n) in list.iter().enumerate() {
            let last_word = n.name.split_whitespace().last();
            // Where the last word sits in the name: its address less the name's.
            let at = last_word.map_or(0, |w| w.as_ptr() as usize - n.name.as_ptr() as usize);
            let end = at + last_word.map_or(0, str::len);
            shapes.push(NameShape {
                words: ranks[i].1 as u32,
                last: (at as u32, end as u32),
            });
            if let Some(last) = last_word {
                bucket.clear();
                wordlist::push_key(last, &mut bucket);
                let shape = shape_of_key(&bucket);
                key_to_bucket(&mut bucket);
                last_words.file(bucket.as_str(), last, i, &list, &ranks);
                match by_last_word.get_mut(bucket.as_str()) {
                    Some(names) => names.push(i),
                    None => {
                        by_last_word.insert(bucket.clone(), vec![i]);
                    }
                }
                if let Some(key) = shape {
                    by_shape.file(&key, last, i, &list, &ranks);
                }
            }
        }
        Names {
            list,
            openings: OnceCell::new(),
            spelt_out: RefCell::default(),
            by_shape: by_shape.buckets,
            by_last_word,
            last_words: last_words.buckets,
            fullest_memo: RefCell::default(),
            first_words: OnceCell::new(),
            skeletons: [OnceCell::new(), OnceCell::new()],
            inflected_memo: RefCell::default(),
            shapes,
        }
    }

    /// The names outside quotes before byte `offset`, the nearest first.
    pub fn before(&self, offset: usize) -> impl Iterator<Item = &Name> {
        let i = self.list.partition_point(|n| n.start < offset);
        self.list[..i].iter().rev().filter(|n| !n.quoted)
    }

    /// The last name that starts before byte `offset`.
    pub fn last_before(&self, offset: usize) -> Option<&Name> {
        let i = self.list.partition_point(|n| n.start < offset);
        self.list[..i].iter().rev().find(|n| !n.quoted)
    }

    /// The last name before `offset`, inside a quote or not.
    pub fn last_quoted_or_not_before(&self, offset: usize) -> Option<&Name> {
        let i = self.list.partition_point(|n| n.start < offset);
        self.list[..i].last()
    }

    /// A name of two or more words that `name` inflects word by word
    /// (`Хвана Чжан Епа` → `Хван Чжан Еп`), preferring an entity's.
    pub fn inflected(&self, name: &str) -> Option<&Name> {
        if let Some(&found) = self.inflected_memo.borrow().get(name) {
            return found.map(|i| &self.list[i]);
        }
        let found = self.inflected_uncached(name);
        self.inflected_memo
            .borrow_mut()
            .insert(name.to_string(), found);
        found.map(|i| &self.list[i])
    }

    fn inflected_uncached(&self, name: &str) -> Option<usize> {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 || words.iter().any(|w| !starts_upper(w)) {
            return None;
        }
        let last: Vec<char> = wordlist::key(words[words.len() - 1]).chars().collect();
        // The dictionary form may be up to two letters shorter (`Епа`/`Еп`),
        // so it may be filed under a shorter bucket.
        let mut buckets: Vec<String> = (0..=2)
            .filter(|drop| last.len() > *drop)
            .map(|drop| last[..last.len() - drop].iter().take(3).collect())
            .collect();
        buckets.dedup();
        buckets
            .iter()
            .filter_map(|b| self.by_last_word.get(b))
            .flatten()
            .copied()
            .filter(|&i| {
                // A name is mentioned many times: its words are compared
                // in place, not copied into a list for each mention.
                let theirs = self.list[i].name.split_whitespace();
                theirs.clone().count() == words.len()
                    && theirs.zip(&words).all(|(a, b)| inflects(a, b))
            })
            // Case endings lengthen a name: the shortest form is the
            // dictionary one (`Рамзан Кадыров`, not `Рамзана Кадыров`).
            .min_by_key(|&i| {
                let n = &self.list[i];
                (n.entity.is_none(), n.name.len(), n.start)
            })
    }

    /// The last name before `offset` written right after a title with the
    /// stem of `title` (`Скульптор Георгий Франгулян` for `скульптора`),
    /// among the few dozen names before it.
    pub fn titled_before(&self, text: &str, offset: usize, title: &str) -> Option<&Name> {
        let end = self.list.partition_point(|n| n.start < offset);
        self.list[..end].iter().rev().take(40).find(|n| {
            !n.quoted
                && text[..n.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| same_stem(w, title))
        })
    }

    /// The fullest name whose last word is spelt like `word` but for one
    /// inner letter (`Бонер` for `Джон Бенер`): transliterations vary.
    pub fn variant(&self, word: &str) -> Option<&Name> {
        let key = shape(word)?;
        let mine: Vec<char> = wordlist::key(word).chars().collect();
        self.by_shape
            .get(&key)?
            .iter()
            .filter(|s| {
                let theirs = wordlist::key(&s.word);
                theirs.chars().zip(&mine).filter(|(a, b)| a != *b).count() == 1
            })
            .filter_map(|s| s.variant)
            .max_by_key(|&i| (variant_rank(&self.list[i]), i))
            .map(|i| &self.list[i])
    }

    /// The words of `doc` that `acronym` stands for (`ФАС` → `Федеральная
    /// антимонопольная служба`).
    pub fn spelt_out(&self, doc: &Document, acronym: &str) -> Option<Span> {
        if let Some(&known) = self.spelt_out.borrow().get(acronym) {
            return known;
        }
        let span = self
            .openings
            .get_or_init(|| super::acronyms::Openings::of(doc))
            .spelt_out(doc, acronym);
        self.spelt_out
            .borrow_mut()
            .insert(acronym.to_string(), span);
        span
    }

    /// A name of two or three words opening with `word` where that is no
    /// listed first name: the family name comes first (`Xi` → `Xi
    /// Jinping`, `Си` → `Си Цзиньпин`, `Kim` → `Kim Jong Un`).
    fn surname_first(&self, word: &str) -> Option<usize> {
        let key = crate::wordlist::key(word);
        if !word.starts_with(char::is_uppercase)
            || crate::entities::lexicon::FIRST_NAMES.contains_key(&key)
            || crate::entities::lexicon::MORE_FIRST_NAMES.contains(&key)
        {
            return None;
        }
        let first_words = self.first_words.get_or_init(|| {
            let mut map = FxHashMap::default();
            for (i, n) in self.list.iter().enumerate() {
                if !(2..=3).contains(&self.shapes[i].words) {
                    continue;
                }
                if let Some(first) = n.name.split_whitespace().next() {
                    // The last such name wins; a word met before is not
                    // copied again.
                    match map.get_mut(first) {
                        Some(last) => *last = i,
                        None => {
                            map.insert(first.to_string(), i);
                        }
                    }
                }
            }
            map
        });
        first_words.get(word).copied()
    }

    /// The fullest name whose last word is `word` spelt in the other
    /// script (`Tokayev` in an English paragraph of a Kazakh article →
    /// `Қасым-Жомарт Тоқаев`), by [`latin_skeleton`].
    fn other_script(&self, word: &str) -> Option<usize> {
        let latin = word.is_ascii();
        let wanted = latin_skeleton(word);
        if wanted.chars().count() < 4 {
            return None;
        }
        let other = usize::from(!latin);
        let skeletons = self.skeletons[other].get_or_init(|| {
            // A name comes back many times: each last word's skeleton once.
            let mut by_last: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
            for (i, n) in self.list.iter().enumerate() {
                let (at, end) = self.shapes[i].last;
                let last = &n.name[at as usize..end as usize];
                if usize::from(last.is_ascii()) == other {
                    by_last.entry(last).or_default().push(i);
                }
            }
            let mut map: FxHashMap<String, Vec<usize>> = FxHashMap::default();
            for (last, names) in by_last {
                map.entry(latin_skeleton(last)).or_default().extend(names);
            }
            map
        });
        skeletons
            .get(&wanted)?
            .iter()
            .copied()
            // The fullest, and of those the first the text gives.
            .max_by_key(|&i| (self.shapes[i].words, std::cmp::Reverse(i)))
    }

    /// The fullest name whose last word is `word`, inflected or not; else
    /// one whose family name comes first ([`Names::surname_first`]), else
    /// one spelt in the other script ([`Names::other_script`]).
    pub fn fullest(&self, word: &str) -> Option<&Name> {
        if let Some(&found) = self.fullest_memo.borrow().get(word) {
            return found.map(|i| &self.list[i]);
        }
        let by_last_word = self
            .last_words
            .get(&stem_bucket(word))
            .and_then(|spellings| {
                spellings
                    .iter()
                    .filter(|s| same_stem(&s.word, word))
                    .map(|s| s.fullest)
                    .max_by_key(|&i| (fullest_rank(&self.list[i]), i))
            });
        // Only the word itself: a fuller name may be spelt otherwise.
        let found = by_last_word
            .filter(|&i| self.list[i].name.contains(' '))
            .or_else(|| self.surname_first(word))
            .or_else(|| self.other_script(word))
            .or(by_last_word);
        self.fullest_memo
            .borrow_mut()
            .insert(word.to_string(), found);
        found.map(|i| &self.list[i])
    }
}

/// A name in Latin letters, the same for its Cyrillic spelling and the
/// usual romanisations (`Тоқаев`, `Tokayev`; `Сүлейменов`, `Suleimenov`;
/// `Смайылов`, `Smailov`): lower case, Kazakh and Russian letters
/// romanised, `y` dropped before a vowel and else read as `i`, `zh` as
/// `j`, `kh` as `h`, `q` as `k`, doubled letters single.
pub fn latin_skeleton(word: &str) -> String {
    let mut latin = String::with_capacity(word.len());
    for c in wordlist::lower_chars(word) {
        let roman = match c {
            'а' | 'ә' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ғ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "j",
            'з' => "z",
            'и' | 'і' | 'й' | 'ы' => "i",
            'к' | 'қ' => "k",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                latin.push(c);
                continue;
            }
        };
        latin.push_str(roman);
    }
    let latin = latin
        .replace("zh", "j")
        .replace("kh", "h")
        .replace('q', "k");
    let chars: Vec<char> = latin.chars().collect();
    let mut out = String::with_capacity(latin.len());
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            'y' if chars.get(i + 1).is_some_and(|n| "aeiou".contains(*n)) => continue,
            'y' => 'i',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_skeleton_for_both_scripts() {
        for (cyrillic, latin) in [
            ("Тоқаев", "Tokayev"),
            ("Назарбаев", "Nazarbayev"),
            ("Сүлейменов", "Suleimenov"),
            ("Смайылов", "Smailov"),
            ("Жұманғарин", "Zhumangarin"),
        ] {
            assert_eq!(
                latin_skeleton(cyrillic),
                latin_skeleton(latin),
                "{cyrillic} {latin}"
            );
        }
        assert_ne!(latin_skeleton("Тоқаев"), latin_skeleton("Takiyev"));
    }

    #[test]
    fn stems() {
        assert!(same_stem("Ратманского", "Ратманский"));
        assert!(same_stem("Алпыстың", "Алпыс"));
        assert!(same_stem("Данна", "Данн"));
        assert!(!same_stem("Иванов", "Петров"));
        assert!(!same_stem("Ал", "Алпыс"));
    }

    #[test]
    fn fullest_prefers_entities_then_longer_names() {
        let name = |name: &str, start, entity| Name {
            name: name.to_string(),
            start,
            entity,
            quoted: false,
        };
        let names = Names::new(vec![
            name("Алпыс", 0, None),
            name("Қуандық Алпыс", 10, None),
            name("Ерлан Алпыс", 20, Some(0)),
            name("Айгерим Тарина", 30, None),
        ]);
        assert_eq!(names.fullest("Алпыстың").unwrap().name, "Ерлан Алпыс");
        assert_eq!(names.fullest("Тарина").unwrap().name, "Айгерим Тарина");
        assert!(names.fullest("Ал").is_none());
        assert_eq!(names.last_before(25).unwrap().name, "Ерлан Алпыс");
        assert!(names.last_before(0).is_none());
    }
}
