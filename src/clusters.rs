//! The clusters stage: which entity mentions name the same referent.
//!
//! `Алпыс` and `Қуандық Алпыс` are one person, `Лужкова` (canonical
//! `Лужков`) and `Юрий Лужков` one, `Қ. Алпыс` joins `Қуандық Алпыс`. Places,
//! organisations, dates and sums join when type and canonical form agree.
//! A quote's speaker ties the mention it used to the full name it resolved
//! to. Names are compared without the letters Kazakh adds to Russian, so a
//! Kazakh story's `Ғани Бейсембаев` and its Russian caption's `Гани
//! Бейсембаев` are one person. Clusters are numbered in order of first
//! mention.

use crate::attribution::Quote;
use crate::entities::{Entity, EntityType};
use crate::text::letters::russian_for_kazakh;
use crate::wordlist::{FxHashMap, push_key};

/// One referent while clusters are built: the fullest name seen (its type
/// is the list or map it was found through).
struct Referent {
    /// The fullest canonical form: its words' keys are `forms[form]` (see
    /// [`cluster`]).
    form: usize,
    /// [`initials_mask`] of `words`.
    mask: u64,
}

/// A bit for the first letter of each word. Two names can only name one
/// referent when one's letters are among the other's (see `same_referent`:
/// equal words, and [`same_word`]s, share their first letter), so most
/// referents are passed over with one comparison.
fn initials_mask(words: &[String]) -> u64 {
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .fold(0, |mask, c| mask | 1 << (c as u32 % 64))
}

/// People and organisations by the first letter of their last word, or of
/// their first word: names of one referent share a surname (or, one being
/// a first name alone, a first name), and [`same_word`]s share their first
/// letter, so only those referents are searched. Ids stay in order.
#[derive(Default)]
struct Buckets(FxHashMap<(EntityType, bool, Option<char>), Vec<usize>>);

fn first_letter(word: Option<&String>) -> Option<char> {
    word.and_then(|w| w.chars().next())
}

impl Buckets {
    fn add(&mut self, kind: EntityType, words: &[String], id: usize) {
        for key in [
            (kind, true, first_letter(words.last())),
            (kind, false, first_letter(words.first())),
        ] {
            let ids = self.0.entry(key).or_default();
            if let Err(at) = ids.binary_search(&id) {
                ids.insert(at, id);
            }
        }
    }

    /// The buckets that hold every referent `words` may name.
    fn for_mention(&self, kind: EntityType, words: &[String]) -> impl Iterator<Item = &[usize]> {
        let keys = [
            Some((kind, true, first_letter(words.last()))),
            Some((kind, true, first_letter(words.first()))),
            (words.len() == 1).then(|| (kind, false, first_letter(words.first()))),
        ];
        keys.into_iter()
            .flatten()
            .filter_map(|key| self.0.get(&key).map(Vec::as_slice))
    }
}

/// What the referent search found for each form of a person or
/// organisation (by its index in `forms`, see [`cluster`]), so that a name
/// met again is compared only with the referents made since: a text names
/// its people again and again, and each mention searched all referents in
/// its buckets.
///
/// Exact because referents are only added (with higher ids, so a later
/// match is the larger id the search prefers) or renamed: one that did not
/// match still does not, unless some referent was renamed since (then all
/// are searched again).
#[derive(Default)]
struct Asked {
    /// Per form: the referent found (or none), how many referents there
    /// were then, and `renames` then.
    by_form: Vec<Option<(Option<usize>, usize, usize)>>,
    /// How many times a referent has taken a fuller name.
    renames: usize,
}

impl Asked {
    /// The referent found for `form` before, if still valid, and the first
    /// referent id to compare (0: all of them).
    fn since(&self, form: usize) -> (Option<usize>, usize) {
        match self.by_form.get(form) {
            Some(&Some((found, count, renames))) if renames == self.renames => (found, count),
            _ => (None, 0),
        }
    }

    /// `found` for `form` while there are `count` referents.
    fn remember(&mut self, form: usize, found: Option<usize>, count: usize) {
        if form >= self.by_form.len() {
            self.by_form.resize(form + 1, None);
        }
        self.by_form[form] = Some((found, count, self.renames));
    }
}

/// The cluster number (0-based, in order of first mention) of each entity.
pub fn cluster(entities: &[Entity], quotes: &[Quote]) -> Vec<usize> {
    let mut referents: Vec<Referent> = Vec::new();
    // Types other than people and organisations join on equal words only:
    // a map finds them. People and organisations are searched (newest
    // first) among the referents in their buckets.
    // Keyed by type, then by the words' keys joined by spaces (keys hold
    // no spaces, so equal strings are equal words).
    let mut exact: FxHashMap<EntityType, FxHashMap<String, usize>> = FxHashMap::default();
    // A canonical form met before gives the same words: each is keyed once,
    // not per mention. By type and form: for types joined on equal words,
    // the referent; for people and organisations, the words (in `forms`,
    // whose first entry, no words, stands for the referents never searched).
    let mut seen: FxHashMap<(EntityType, &str), usize> = FxHashMap::default();
    let mut forms: Vec<Vec<String>> = vec![Vec::new()];
    let mut joined = String::new();
    let mut buckets = Buckets::default();
    let mut asked = Asked::default();
    let mut of_entity: Vec<usize> = Vec::with_capacity(entities.len());
    for e in entities {
        if !matches!(e.kind, EntityType::Person | EntityType::Org) {
            if let Some(&id) = seen.get(&(e.kind, e.canonical.as_str())) {
                of_entity.push(id);
                continue;
            }
            joined.clear();
            for word in e.canonical.split_whitespace() {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                push_cluster_key(word, &mut joined);
            }
            let same = exact.entry(e.kind).or_default();
            let id = match same.get(joined.as_str()) {
                Some(&id) => id,
                None => {
                    let id = referents.len();
                    same.insert(joined.clone(), id);
                    // Only searched referents are compared word by word.
                    referents.push(Referent { form: 0, mask: 0 });
                    id
                }
            };
            seen.insert((e.kind, e.canonical.as_str()), id);
            of_entity.push(id);
            continue;
        }
        let form = *seen
            .entry((e.kind, e.canonical.as_str()))
            .or_insert_with(|| {
                forms.push(e.canonical.split_whitespace().map(cluster_key).collect());
                forms.len() - 1
            });
        let words = &forms[form];
        let mask = initials_mask(words);
        // Only referents made since the form was last asked about need
        // comparing, unless one has taken a fuller name since.
        let (known, from) = asked.since(form);
        let found = buckets
            .for_mention(e.kind, words)
            .filter_map(|ids| {
                ids.iter()
                    .rev()
                    .copied()
                    .take_while(|&i| i >= from)
                    .find(|&i| {
                        let r = &referents[i];
                        let common = r.mask & mask;
                        (common == mask || common == r.mask)
                            && same_referent(e.kind, &forms[r.form], words)
                    })
            })
            .max()
            .or(known);
        asked.remember(form, found, referents.len());
        let id = match found {
            Some(i) => {
                // `Алпыс` first, `Қуандық Алпыс` later: the cluster keeps the
                // fuller name, so a later `Қ. Алпыс` still finds it.
                if words.len() > forms[referents[i].form].len() {
                    buckets.add(e.kind, words, i);
                    referents[i].form = form;
                    referents[i].mask = mask;
                    asked.renames += 1;
                }
                i
            }
            None => {
                let id = referents.len();
                buckets.add(e.kind, words, id);
                referents.push(Referent { form, mask });
                id
            }
        };
        of_entity.push(id);
    }
    join_speakers(entities, quotes, &mut of_entity);
    renumber(&mut of_entity);
    of_entity
}

/// Whether a mention of `words` names the referent known as `known`.
fn same_referent(kind: EntityType, known: &[String], words: &[String]) -> bool {
    if known == words {
        return true;
    }
    if known.is_empty() || words.is_empty() {
        return false;
    }
    if kind == EntityType::Org {
        // `ІІМ` and `ҚР ІІМ`: the country before a body is part of its
        // full name, the body alone the same body.
        let (short, long) = if words.len() < known.len() {
            (words, known)
        } else {
            (known, words)
        };
        return long.ends_with(short)
            && short.len() + 1 == long.len()
            && is_country_prefix(&long[0]);
    }
    if kind != EntityType::Person {
        return false;
    }
    // The shorter name's words all appear in the longer one, surname
    // last in both (`Алпыс` ⊂ `Қуандық Алпыс`, `Ю. Лужков` ~ `Юрий Лужков`).
    let (short, long) = if words.len() <= known.len() {
        (words, known)
    } else {
        (known, words)
    };
    let surname_agrees = same_word(&short[short.len() - 1], &long[long.len() - 1]);
    let first_name_only = short.len() == 1 && same_word(&short[0], &long[0]) && long.len() > 1;
    if !surname_agrees && !first_name_only {
        return false;
    }
    short.iter().all(|w| long.iter().any(|l| same_word(w, l)))
}

/// The country abbreviations that open a state body's full name (as
/// [`cluster_key`]s: `ҚР` is `кр`).
fn is_country_prefix(word: &str) -> bool {
    matches!(
        word,
        "кр" | "рф" | "рк" | "us" | "uk" | "казакстан" | "ресей"
    )
}

/// A word's key with the letters Kazakh adds to Russian read as the Russian
/// letters a Russian text writes for them (`ғани` → `гани`, `қр` → `кр`).
fn cluster_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_cluster_key(word, &mut out);
    out
}

/// Appends [`cluster_key`]`(word)` to `out`.
fn push_cluster_key(word: &str, out: &mut String) {
    let mut at = out.len();
    push_key(word, out);
    // Kazakh's letters start with byte D2 or D3, but for `і` (D1 96).
    if !out.as_bytes()[at..]
        .iter()
        .any(|&b| matches!(b, 0xD2 | 0xD3 | 0x96))
    {
        return;
    }
    // Each pair of letters is two bytes long: replaced in place.
    while let Some((i, c)) = out[at..]
        .char_indices()
        .find(|&(_, c)| russian_for_kazakh(c) != c)
    {
        let start = at + i;
        let mut buf = [0; 4];
        let russian = russian_for_kazakh(c).encode_utf8(&mut buf);
        out.replace_range(start..start + c.len_utf8(), russian);
        at = start + russian.len();
    }
}

/// Same word, an initial of it (`қ.` ~ `қуандық`), or the same word up to a
/// leftover ending (`лужкова` ~ `лужков`).
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // A word of one letter (and dots): its letter. A letter is at most
    // four bytes, so a longer word without a dot is none (most words).
    let initial = |w: &str| {
        if w.len() > 4 && !w.ends_with('.') {
            return None;
        }
        let mut chars = w.trim_end_matches('.').chars();
        chars.next().filter(|_| chars.next().is_none())
    };
    match (initial(a), initial(b)) {
        (Some(x), None) => return b.starts_with(x),
        (None, Some(y)) => return a.starts_with(y),
        (Some(x), Some(y)) => return x == y,
        (None, None) => {}
    }
    // Words that differ in their first byte share no first letter.
    if a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    // The chars the words share at the start, counted in bytes: equal
    // chars are equal bytes, and where the bytes part the shared prefix
    // goes back to the start of that char.
    let mut shared = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(shared) {
        shared -= 1;
    }
    let common = chars_in(&a.as_bytes()[..shared]);
    // Lengths are counted only for words that share a start. Endings
    // differ at the end only (`петра` ~ `петром`), not in a stem
    // (`максат` ≁ `максим`).
    common >= 4 && {
        let (a_len, b_len) = (chars_in(a.as_bytes()), chars_in(b.as_bytes()));
        common + 2 >= a_len.max(b_len) && common + 1 >= a_len.min(b_len)
    }
}

/// The chars of UTF-8 `bytes`: the bytes that start one (not `10xxxxxx`).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// A quote's speaker mention and the entity of the fullest name it resolved
/// to are one person, even where the words alone did not tie them.
fn join_speakers(entities: &[Entity], quotes: &[Quote], of_entity: &mut [usize]) {
    // The first person entity of each canonical name.
    let mut person_named: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if e.kind == EntityType::Person {
            person_named.entry(e.canonical.as_str()).or_insert(i);
        }
    }
    // Clusters joined so far, as a union-find forest over cluster ids:
    // joining relabels no entities, and only the grouping counts, as
    // `renumber` numbers the groups afresh.
    let mut parent: Vec<usize> = (0..of_entity.len()).collect();
    let mut joined = false;
    for speaker in quotes.iter().filter_map(|q| q.speaker.as_ref()) {
        let Some(mention) = speaker.entity else {
            continue;
        };
        if entities[mention].kind != EntityType::Person {
            continue;
        }
        if let Some(&full) = person_named.get(speaker.name.as_str()) {
            let from = root(&mut parent, of_entity[mention]);
            let to = root(&mut parent, of_entity[full]);
            if from != to {
                parent[from] = to;
                joined = true;
            }
        }
    }
    if joined {
        for c in of_entity.iter_mut() {
            *c = root(&mut parent, *c);
        }
    }
}

/// The root of `id` in a union-find forest, halving the path on the way.
fn root(parent: &mut [usize], mut id: usize) -> usize {
    while parent[id] != id {
        parent[id] = parent[parent[id]];
        id = parent[id];
    }
    id
}

/// Numbers clusters 0, 1, 2, ... in order of first mention.
fn renumber(of_entity: &mut [usize]) {
    let mut new_id: Vec<Option<usize>> = vec![None; of_entity.len()];
    let mut next = 0;
    for c in of_entity.iter_mut() {
        let id = *new_id[*c].get_or_insert_with(|| {
            next += 1;
            next - 1
        });
        *c = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn entity(kind: EntityType, canonical: &str, at: usize) -> Entity {
        Entity {
            span: Span::new(at, at + 1),
            kind,
            canonical: canonical.to_string(),
        }
    }

    fn person(canonical: &str, at: usize) -> Entity {
        entity(EntityType::Person, canonical, at)
    }

    fn org(canonical: &str, at: usize) -> Entity {
        entity(EntityType::Org, canonical, at)
    }

    fn place(canonical: &str, at: usize) -> Entity {
        entity(EntityType::Loc, canonical, at)
    }

    #[test]
    fn surnames_and_initials_join_the_full_name() {
        let es = [
            person("Алпыс", 0),
            person("Қуандық Алпыс", 10),
            person("Айгерим Тарина", 20),
            person("Қ. Алпыс", 30),
            person("Ерлан Алпыс", 40),
            person("Тарина", 50),
        ];
        assert_eq!(cluster(&es, &[]), vec![0, 0, 1, 0, 2, 1]);
    }

    #[test]
    fn a_first_name_alone_joins_the_newest_full_name_it_opens() {
        let es = [
            person("Айгерим", 0),
            person("Айгерим Тарина", 10),
            person("Ерлан Алпыс", 20),
            person("Айгерим Смағұл", 30),
            person("Айгерим", 40),
        ];
        assert_eq!(cluster(&es, &[]), vec![0, 0, 1, 2, 2]);
    }

    #[test]
    fn a_body_joins_its_full_name_with_the_country() {
        let es = [
            org("ІІМ", 0),
            org("ҚР ІІМ", 5),
            org("ҚР ДСМ", 9),
            org("Ұлттық банк", 12),
        ];
        assert_eq!(cluster(&es, &[]), vec![0, 0, 1, 2]);
    }

    #[test]
    fn kazakh_and_russian_spellings_of_a_name_join() {
        let es = [
            person("Ғани Бейсембаев", 0),
            place("Ақтөбе", 5),
            person("Гани Бейсембаев", 10),
            place("Актобе", 15),
            person("Бейсембаев", 20),
            person("Ғалым Бейсембаев", 25),
        ];
        assert_eq!(cluster(&es, &[]), vec![0, 1, 0, 1, 0, 2]);
    }

    #[test]
    fn types_and_different_names_stay_apart() {
        let es = [
            place("Алматы", 0),
            person("Алматы", 5),
            place("Алматы", 0),
            person("Лужков", 9),
        ];
        assert_eq!(cluster(&es, &[]), vec![0, 1, 0, 2]);
        assert!(!same_word("иванов", "иванова-петрова"));
        assert!(same_word("лужкова", "лужков"));
        assert!(same_word("петра", "петром"));
        assert!(!same_word("максат", "максим"));
        // Chars that share a first byte part there (`қ` D2 9B, `ң` D2 A3).
        assert!(same_word("бекқазы", "бекқазыға"));
        assert!(!same_word("бекқазы", "бекңазы"));
        assert!(!same_word("бекқ", "бекң"));
        assert_eq!(chars_in("қазақ 👍".as_bytes()), 7);
    }
}
