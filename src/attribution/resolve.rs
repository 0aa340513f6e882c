//! Resolving one source mention to a speaker: entities first, then names
//! inside the mention, titles (`министр`) and pronouns (`ол`, `he`) to the
//! person the text last named, surnames to the fullest name.

use super::Speaker;
use super::acronyms;
use super::names::{Name, Names, same_stem};
use crate::entities::{Entity, EntityType, canonical};
use crate::language::{Lang, Languages};
use crate::quotes::cues::{ORG_NOUNS, PRONOUNS, SPEAKER_NOUNS, TITLES, is_title};
use crate::quotes::words::MARKS;
use crate::span::Span;
use crate::text::Document;
use crate::text::letters::{self, is_lower};
use crate::wordlist;

/// The speaker a mention stands for.
pub(super) fn resolve(
    doc: &Document,
    langs: &Languages,
    entities: &[Entity],
    names: &Names,
    mention: Span,
    current: Option<&Speaker>,
) -> Option<Speaker> {
    // `«Лента.ру»`: the marks are not part of the name.
    let mention = mention.trim_by(doc.text, |c| {
        c.is_whitespace() || MARKS.contains(c) || "()".contains(c)
    });
    if mention.is_empty() {
        return current.cloned();
    }
    let text = mention.slice(doc.text);
    let lower = wordlist::key(text);
    // `it announced`, `В компании уверены`, `The bank said`: the
    // organisation named last; so is `its` (of `its latest report`).
    let is_it = matches!(lower.as_str(), "it" | "its");
    let bare = lower.strip_prefix("the ").unwrap_or(&lower);
    if is_it || (ORG_NOUNS.contains(bare) && (!starts_upper(text) || bare != lower)) {
        if is_it {
            return it(doc.text, entities, mention, bare);
        }
        // `По данным управления здравоохранения, ...; Как пояснили в
        // ведомстве`: with no organisation named, the body that spoke last.
        let body_before = || {
            current
                .filter(|s| match s.entity.and_then(|i| entities.get(i)) {
                    Some(e) => e.kind == EntityType::Org,
                    None => s.name.starts_with(char::is_lowercase),
                })
                .map(|s| Speaker {
                    name: s.name.clone(),
                    mention,
                    entity: s.entity,
                })
        };
        return it(doc.text, entities, mention, bare)
            .or_else(body_before)
            .or_else(|| {
                Some(Speaker {
                    name: canonical(text, langs.at(doc, mention.start)),
                    mention,
                    entity: None,
                })
            });
    }
    // `реттеушінің баспасөз қызметі` "the regulator's press service",
    // `пресс-служба компании`: the body named last, of that kind if one was.
    if let Some(body) = press_service_of(&lower)
        && !starts_upper(text)
        && let Some(speaker) = it(doc.text, entities, mention, body)
    {
        return Some(speaker);
    }
    if PRONOUNS.contains(&lower) {
        return pronoun(doc, entities, names, mention, current);
    }
    if let Some(owner) = owner_of_document(text, &lower, mention) {
        return resolve(doc, langs, entities, names, owner, current);
    }
    if let Some(speaker) = described(text, &lower, mention) {
        return Some(speaker);
    }
    // An entity inside the mention names it best; else a run of
    // capitalised words in it (`Глава делегации Саеб Эрекат` → `Саеб Эрекат`).
    // A person in the mention wins; an organisation only when the mention
    // is not a title over it (`глава Минсвязи` is a person).
    // A Kazakh post comes after its body (`Астана әкімдігінің өкілі`).
    let titled = lower.split_whitespace().take(2).any(is_title)
        || lower.split_whitespace().last().is_some_and(is_title);
    let entity = overlapping(entities, mention)
        .filter(|(_, e)| e.kind == EntityType::Person || (e.kind == EntityType::Org && !titled))
        // An entity running past the mention joined it to other words
        // (`Хвана Чжан Епа Lenta.ru`): the mention's own words are better.
        .filter(|(_, e)| e.span.end <= mention.end || !text.trim().contains(' '))
        // `глава Минсвязи`: one word under a title, never given as a
        // person's full name, is a body, not a person.
        .filter(|(_, e)| {
            !(titled
                && e.kind == EntityType::Person
                && !e.canonical.contains(' ')
                && names.fullest(&e.canonical).is_none())
        })
        .max_by_key(|(_, e)| (e.kind == EntityType::Person, e.span.end));
    let lang = langs.at(doc, mention.start);
    let (name, entity_index) = match entity {
        // `РИА «Новости»`: an outlet's name goes on in marks past the entity.
        Some((i, e))
            if e.kind == EntityType::Org
                && doc.text[e.span.end.min(mention.end)..mention.end]
                    .contains(['«', '"', '„', '“']) =>
        {
            // The trim took the closing mark: give it back.
            let close = doc.text[mention.end..]
                .chars()
                .next()
                .filter(|c| MARKS.contains(*c))
                .map_or(0, char::len_utf8);
            (
                doc.text[mention.start..mention.end + close].to_string(),
                Some(i),
            )
        }
        // `институтының мамандары`: the body's people, a group named by
        // the whole mention.
        Some((i, e)) if e.kind == EntityType::Org && group_of_body(doc.text, e.span, mention) => {
            let start = e.span.start.min(mention.start);
            (doc.text[start..mention.end].to_string(), Some(i))
        }
        // `пресс-службе ведомства`: a part of the body, named by the whole
        // mention (`пресс-служба ведомства`).
        Some((i, e))
            if e.kind == EntityType::Org
                && lang == Lang::Ru
                && e.span.start > mention.start
                && text.split_whitespace().next().is_some_and(|head| {
                    !starts_upper(head) && canonical::org_head(head).is_some()
                }) =>
        {
            (canonical::russian_org(text), Some(i))
        }
        Some((i, e)) => (e.canonical.clone(), Some(i)),
        None => (
            canonical(name_part(doc.text, mention).slice(doc.text), lang),
            None,
        ),
    };
    // A person's name: two capitalised words that are no title and no
    // acronym (`глава МИД РК` names a body's head, not a person).
    let has_name = name
        .split_whitespace()
        .filter(|w| starts_upper(w) && !is_title(w) && w.chars().any(is_lower))
        .count()
        >= 2;
    // `Президент Обама`: the title's bearer is named.
    if titled
        && !has_name
        && let Some(surname) = name
            .split_whitespace()
            .rfind(|w| starts_upper(w) && !is_title(w) && w.chars().any(is_lower))
        && name.split_whitespace().last() == Some(surname)
        && entity_index.is_none()
        && !names_a_place_or_body(doc.text, entities, mention, surname)
        // Only a known person: `Премьер-министр Израиля` is a title.
        && let Some(full) = names.fullest(surname)
    {
        return Some(full.speaker(mention));
    }
    // A job title alone (`министр`, `премьер`) stands for the person the
    // text last named; only when it names nobody is the title the speaker.
    // `a spokesman said`: someone new, not the person named before.
    let indefinite = doc.text[..mention.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "another"));
    if entity_index.is_none() && !has_name && titled && !indefinite {
        // `Скульптор Георгий Франгулян ...; по мнению скульптора`: the
        // person the text introduced with this title, else the last named.
        let title = lower.split_whitespace().take(2).find(|w| is_title(w));
        if let Some(n) = title.and_then(|t| names.titled_before(doc.text, mention.start, t)) {
            return Some(at_fullest(names, n).speaker(mention));
        }
        // Not a representative or an expert when the title is another
        // (`ведомство өкілі Асқар Бекенов ...; Министрдің айтуынша`: the
        // minister is someone else); a head may be named by another post
        // (`Министр Игорь Щёголев ...; Глава Минсвязи`).
        let other_post = |s: &Speaker| {
            let Some(e) = s.entity.and_then(|i| entities.get(i)) else {
                return false;
            };
            let before = doc.text[..e.span.start].split_whitespace().next_back();
            before.is_some_and(|w| {
                const REPRESENTATIVES: &[&str] = &[
                    "өкілі",
                    "представитель",
                    "представителя",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "депутат",
                    "депутаты",
                    "эксперт",
                    "сарапшы",
                    "аналитик",
                    "analyst",
                    "экономист",
                    "economist",
                    "политолог",
                    "саясаттанушы",
                    "юрист",
                    "адвокат",
                    "lawyer",
                ];
                REPRESENTATIVES.contains(&wordlist::key(w).as_str())
                    && title.is_some_and(|t| !(same_stem(w, t) || (is_expert(w) && is_expert(t))))
            })
        };
        // `цитирует министра`: the title in its dictionary form; `Глава
        // Нацбанка`, a title in it with what it heads, as written.
        let mut words = text.split_whitespace();
        let head_as_written = words
            .next()
            .is_some_and(|head| TITLES.contains(&wordlist::key(head)))
            && words.next().is_some();
        let name = if head_as_written {
            text.to_string()
        } else {
            ["а", "у", "ом", "е"]
                .iter()
                .filter_map(|ending| name.strip_suffix(ending))
                .find(|stem| !stem.contains(' ') && is_title(stem))
                .map_or(name.clone(), str::to_string)
        };
        let title_alone = Speaker {
            name,
            mention,
            entity: None,
        };
        return Some(
            last_named(names, mention, current)
                .filter(|s| !other_post(s))
                .unwrap_or(title_alone),
        );
    }
    // Only where the text spells the acronym out in the dictionary form:
    // an inflected spelling (`Организацию по ...`) may not restore well.
    // `ЕС` is not `Евгений Смирнов`: a person's name spells no acronym.
    if acronyms::is_acronym(&name)
        && let Some(span) = names.spelt_out(doc, &name)
        && !overlapping(entities, span).any(|(_, e)| e.kind == EntityType::Person)
        && let full = span.slice(doc.text)
        && canonical(full, lang) == full
    {
        return Some(Speaker {
            name: full.to_string(),
            mention,
            entity: entity_index,
        });
    }
    let last = name.split_whitespace().last().unwrap_or("");
    if starts_upper(last)
        && name.split_whitespace().count() == 1
        && let Some(full) = names.fullest(last).or_else(|| {
            // A spelling variant only for a word no entity claims but a
            // one-word person (the tagger calls `Бонер` a person too).
            entity_index
                .is_none_or(|i| {
                    let e = &entities[i];
                    e.kind == EntityType::Person && !e.canonical.contains(' ')
                })
                .then(|| names.variant(last))
                .flatten()
        })
    {
        return Some(Speaker {
            entity: entity_index.or(full.entity),
            ..full.speaker(mention)
        });
    }
    // `цитирует Хвана Чжан Епа`: an inflected full name the document gives
    // in its dictionary form elsewhere, also where the tagger found only
    // part of the mention (`Чжан Епа`).
    let asked = match entity_index {
        None => Some(name.as_str()),
        Some(i)
            if entities[i].kind == EntityType::Person && entities[i].span.len() < mention.len() =>
        {
            Some(name_part(doc.text, mention).slice(doc.text))
        }
        // `Ли Мёна Сока`: the tagger's name, which the rules could not
        // put in the dictionary form.
        Some(i) if entities[i].kind == EntityType::Person => Some(name.as_str()),
        Some(_) => None,
    };
    if let Some(full) = asked.and_then(|asked| names.inflected(asked)) {
        return Some(Speaker {
            entity: full.entity.or(entity_index),
            ..full.speaker(mention)
        });
    }
    // `По словам источника`, `по мнению экспертов`: a Russian speaker
    // noun in its dictionary form (`источник`, `эксперты`).
    let name = match (entity_index, lang) {
        (None, Lang::Ru) => with_nominative_head(&name).unwrap_or(name),
        _ => name,
    };
    Some(Speaker {
        name,
        mention,
        entity: entity_index,
    })
}

/// `name` with its first word, a listed Russian speaker noun in another
/// case, in its dictionary form (`представителей компании` →
/// `представители компании`).
fn with_nominative_head(name: &str) -> Option<String> {
    let (head, rest) = name.split_once(' ').unwrap_or((name, ""));
    let nominative = crate::quotes::source::speaker_noun_nominative(head)?;
    Some(if rest.is_empty() {
        nominative
    } else {
        format!("{nominative} {rest}")
    })
}

/// `surname` (the end of `mention`) is an organisation or place entity:
/// `глава Минсвязи`, `президент Казахстана`.
fn names_a_place_or_body(text: &str, entities: &[Entity], mention: Span, surname: &str) -> bool {
    let start = mention.end.saturating_sub(surname.len());
    let span = Span::new(start, mention.end);
    text.get(start..mention.end) == Some(surname)
        && overlapping(entities, span).any(|(_, e)| e.kind != EntityType::Person)
}

/// `mention` is an organisation (in the Kazakh genitive, or in a compound)
/// and then its people (`... институтының мамандары`, `министрліктің
/// өкілдері`, `Мәжіліс депутаттары`).
fn group_of_body(text: &str, body: Span, mention: Span) -> bool {
    let Some(rest) = text.get(body.end..mention.end) else {
        return false;
    };
    let genitive = ["ның", "нің", "дың", "дің", "тың", "тің"]
        .iter()
        .any(|g| text[body.start..body.end].ends_with(g));
    let words: Vec<&str> = rest.split_whitespace().collect();
    // `Мәжіліс депутаттары`: a Kazakh compound needs no genitive.
    let kazakh = crate::language::has_kazakh_letters(&text[body.start..mention.end]);
    (genitive || kazakh)
        && words.len() == 1
        && !starts_upper(words[0])
        && ["лары", "лері", "дары", "дері", "тары", "тері"]
            .iter()
            .any(|p| words[0].ends_with(p))
}

/// The entities overlapping `span`, with their indices. `entities` are
/// sorted by start and do not overlap (as the entities stage gives them), so
/// they are found by binary search, not by a scan per quote.
fn overlapping(entities: &[Entity], span: Span) -> impl Iterator<Item = (usize, &Entity)> {
    let end = entities.partition_point(|e| e.span.start < span.end);
    let start = entities[..end].partition_point(|e| e.span.end <= span.start);
    entities[start..end]
        .iter()
        .enumerate()
        .map(move |(i, e)| (start + i, e))
        .filter(move |(_, e)| e.span.overlaps(span))
}

/// Words for one who comments as an expert: `Экономист Жақсыбек Құлекеев
/// ...; – деп санайды сарапшы` names one person by two of them.
fn is_expert(word: &str) -> bool {
    const EXPERTS: &[&str] = &[
        "эксперт",
        "сарапшы",
        "аналитик",
        "экономист",
        "политолог",
        "саясаттанушы",
        "expert",
        "analyst",
        "economist",
    ];
    EXPERTS.iter().any(|e| same_stem(word, e))
}

fn starts_upper(word: &str) -> bool {
    letters::starts_upper(word)
}

/// The last run of two or more capitalised words in `mention`, or all of it.
fn name_part(text: &str, mention: Span) -> Span {
    let s = mention.slice(text);
    let mut best: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize, usize)> = None; // start, end, words
    let mut offset = 0;
    for word in s.split(' ') {
        let (start, end) = (offset, offset + word.len());
        offset = end + 1;
        if starts_upper(word) {
            let r = run.map_or((start, end, 1), |(a, _, n)| (a, end, n + 1));
            if r.2 >= 2 {
                best = Some((r.0, r.1));
            }
            run = Some(r);
        } else {
            run = None;
        }
    }
    // Only a name that ends the mention: `Глава делегации Саеб Эрекат`,
    // not `A radical Shiite Muslim cleric`.
    match best {
        Some((a, b)) if a > 0 && b == s.len() => Span::new(mention.start + a, mention.start + b),
        _ => mention,
    }
}

/// The person the text named last before `mention`: the current speaker
/// or a later full name.
fn last_named(names: &Names, mention: Span, current: Option<&Speaker>) -> Option<Speaker> {
    let current = current.filter(|c| {
        c.name
            .split_whitespace()
            .filter(|w| starts_upper(w))
            .count()
            >= 2
    });
    let named = names.last_before(mention.start);
    match (named, current) {
        (Some(n), Some(c)) if n.start <= c.mention.start => Some(Speaker {
            mention,
            ..c.clone()
        }),
        (Some(n), _) => Some(at_fullest(names, n).speaker(mention)),
        (None, Some(c)) => Some(Speaker {
            mention,
            ..c.clone()
        }),
        // `Об этом сообщила пресс-служба Кремля` made the sentence naming
        // the president reported content: a title with nobody else named
        // still finds him there.
        (None, None) => names
            .last_quoted_or_not_before(mention.start)
            .map(|n| at_fullest(names, n).speaker(mention)),
    }
}

/// `ол`, `он`, `he`: the current speaker, else the last person named before.
fn pronoun(
    doc: &Document,
    entities: &[Entity],
    names: &Names,
    mention: Span,
    current: Option<&Speaker>,
) -> Option<Speaker> {
    // A person named after the current speaker's mention, in this sentence
    // or the one before, is the likelier antecedent.
    let sentence = doc.sentences.partition_point(|s| s.end <= mention.start);
    let window_start = doc
        .sentences
        .get(sentence.saturating_sub(1))
        .map_or(0, |s| s.start);
    // `сказала она`: a woman, not the man named last.
    let pronoun = wordlist::key(mention.slice(doc.text));
    let wanted = pronoun_gender(&pronoun);
    // `деді ол` "he said": one person, not the group that spoke before.
    let current = current.filter(|c| !(singular(&pronoun) && is_plural_group(c)));
    let fits = |name: &str| wanted.is_none() || name_gender(name).is_none_or(|g| Some(g) == wanted);
    let recent = names
        .last_before(mention.start)
        .filter(|n| n.start >= window_start)
        .filter(|n| current.is_none_or(|c| n.start > c.mention.end));
    let mut mismatched = false;
    if let Some(n) = recent {
        if fits(&n.name) {
            return Some(at_fullest(names, n).speaker(mention));
        }
        mismatched = true;
    }
    if let Some(c) = current {
        if fits(&c.name) {
            return Some(Speaker {
                mention,
                ..c.clone()
            });
        }
        mismatched = true;
    }
    // The nearest person of the pronoun's gender, when the obvious one is not.
    if mismatched {
        return names
            .before(mention.start)
            .take(30)
            .find(|n| fits(&n.name))
            .map(|n| at_fullest(names, n).speaker(mention))
            .or_else(|| {
                current.map(|c| Speaker {
                    mention,
                    ..c.clone()
                })
            });
    }
    let before = entities.partition_point(|e| e.span.start < mention.start);
    let person = entities[..before]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, e)| e.kind == EntityType::Person && e.span.end <= mention.start);
    if let Some((i, e)) = person {
        return Some(Speaker {
            name: e.canonical.clone(),
            mention,
            entity: Some(i),
        });
    }
    names.last_before(mention.start).map(|n| n.speaker(mention))
}

/// A pronoun for one person (`ол`, `он`, `she`), or its possessive
/// (`Оның сөзінше`, `по его словам`).
fn singular(pronoun: &str) -> bool {
    matches!(
        pronoun,
        "ол" | "он" | "она" | "he" | "she" | "оның" | "его" | "ее"
    )
}

/// A speaker that is a group named by a plural noun, no entity
/// (`Сарапшылар`, `эксперты`, `officials`).
fn is_plural_group(speaker: &Speaker) -> bool {
    let name = wordlist::key(&speaker.name);
    speaker.entity.is_none()
        && !name.contains(' ')
        && (["лар", "лер", "дар", "дер", "тар", "тер"]
            .iter()
            .any(|e| name.ends_with(e))
            || ((name.ends_with(['ы', 'и']) || name.ends_with('s'))
                && SPEAKER_NOUNS.contains(&name)))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// The gender a pronoun asks for (`она`, `she`); `ол`, `they` ask none.
fn pronoun_gender(pronoun: &str) -> Option<Gender> {
    match pronoun {
        "она" | "she" | "ее" => Some(Gender::Female),
        "он" | "he" | "его" => Some(Gender::Male),
        _ => None,
    }
}

/// A Cyrillic name's gender where its endings tell (`Мария Захарова`,
/// `Иван Петров`, `Айгүл Серікова`); Latin names and others: unknown.
fn name_gender(name: &str) -> Option<Gender> {
    let words: Vec<String> = name.split_whitespace().map(wordlist::key).collect();
    let last = words.last()?;
    if !last.chars().any(|c| {
        matches!(
            c,
            'а'..='я' | 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і'
        )
    }) {
        return None;
    }
    const FEMALE: [&str; 6] = ["ова", "ева", "ина", "ына", "ская", "цкая"];
    const MALE: [&str; 7] = ["ов", "ев", "ин", "ын", "ский", "цкий", "ұлы"];
    if FEMALE.iter().any(|e| last.ends_with(e)) || last.ends_with("қызы") {
        return Some(Gender::Female);
    }
    if MALE.iter().any(|e| last.ends_with(e)) {
        return Some(Gender::Male);
    }
    None
}

/// `a statement from the ministry`, `a report by Reuters`, `the bank's
/// forecast`: the part of the mention naming whose document it is.
fn owner_of_document(text: &str, lower: &str, mention: Span) -> Option<Span> {
    // (`lower` has `text`'s byte offsets when their lengths agree.)
    if let Some((at, link)) = lower
        .find(" from ")
        .map(|i| (i, " from ".len()))
        .or_else(|| lower.find(" by ").map(|i| (i, " by ".len())))
        && lower.len() == text.len()
        && let document = &lower[..at]
        && document
            .split_whitespace()
            .last()
            .is_some_and(is_document_noun)
        && document.split_whitespace().count() <= 3
    {
        return Some(Span::new(mention.start + at + link, mention.end));
    }
    let at = text.find("'s ").or_else(|| text.find("’s "))?;
    let noun = lower.split_whitespace().last()?;
    (lower.split_whitespace().count() <= 4 && is_document_noun(noun))
        .then(|| Span::new(mention.start, mention.start + at))
}

/// The body noun of a press service named by it, when it is a common noun
/// for an organisation: Kazakh `BODY-ның баспасөз қызметі` (`ведомствоның`
/// → `ведомство`), Russian `пресс-служба BODY` (`компании`).
fn press_service_of(lower: &str) -> Option<&str> {
    let noun = match lower.strip_suffix(" баспасөз қызметі") {
        Some(body) => ["ның", "нің", "дың", "дің", "тың", "тің"]
            .iter()
            .find_map(|e| body.strip_suffix(e))?,
        None => [
            "пресс-служба ",
            "пресс-службы ",
            "пресс-службе ",
            "пресс-службой ",
        ]
        .iter()
        .find_map(|p| lower.strip_prefix(p))?,
    };
    ORG_NOUNS.contains(noun).then_some(noun)
}

/// English sources named by a description, not by the name inside them:
/// `a spokesperson for Johnson`, `economists at Halyk Finance`
/// ([`crate::quotes::source::speaks_for`]), `Kazakhstan's central bank`.
fn described(text: &str, lower: &str, mention: Span) -> Option<Speaker> {
    let unarticled = lower
        .strip_prefix("a ")
        .or_else(|| lower.strip_prefix("an "))
        .unwrap_or(lower);
    let mut words = unarticled.split_whitespace();
    let speaks_for = words
        .next()
        .zip(words.next())
        .is_some_and(|(head, preposition)| crate::quotes::source::speaks_for(head, preposition));
    if speaks_for {
        return Some(Speaker {
            name: text[text.len() - unarticled.len()..].to_string(),
            mention,
            entity: None,
        });
    }
    let (_, body) = lower
        .split_once("'s ")
        .or_else(|| lower.split_once("’s "))?;
    let noun = body.split_whitespace().last()?;
    (body.split_whitespace().count() <= 3 && ORG_NOUNS.contains(noun)).then(|| Speaker {
        name: text.to_string(),
        mention,
        entity: None,
    })
}

/// What a body or person issues, whose content is theirs (`the bank's
/// forecast`, `a statement from the ministry`).
fn is_document_noun(noun: &str) -> bool {
    matches!(
        noun,
        "forecast"
            | "forecasts"
            | "data"
            | "estimate"
            | "estimates"
            | "report"
            | "statement"
            | "figures"
            | "calculations"
            | "survey"
            | "analysis"
            | "website"
    )
}

/// `it announced`, `the bank said`: an organisation named before, never a
/// person; the last one whose name has a word of the mention's `kind`
/// (`министерстве` → `Министерство энергетики`), else the last one. An
/// organisation someone `told` (`told Reuters`) is the one spoken to, not
/// one the text is about.
fn it(text: &str, entities: &[Entity], mention: Span, kind: &str) -> Option<Speaker> {
    let before = entities.partition_point(|e| e.span.start < mention.start);
    let told = |e: &Entity| text[..e.span.start].trim_end().ends_with(" told");
    let orgs = || {
        entities[..before]
            .iter()
            .enumerate()
            .rev()
            .take(30)
            .filter(|(_, e)| e.kind == EntityType::Org && !told(e))
    };
    // `В министерстве заявляли` after `Министерство энергетики` and then
    // `компании «КазМунайГаз»`: the body of that kind, if one was named.
    // Russian and Kazakh kinds are inflected (`министерстве`); English
    // ones are not (`bank`).
    let stem: String = if kind.is_ascii() {
        kind.to_string()
    } else {
        kind.chars()
            .take(kind.chars().count().saturating_sub(2).min(6))
            .collect()
    };
    let of_kind = |e: &Entity| {
        stem.chars().count() >= 4
            && e.canonical
                .split_whitespace()
                .any(|w| wordlist::key(w).starts_with(&stem))
    };
    orgs()
        .find(|(_, e)| of_kind(e))
        .or_else(|| orgs().next())
        .map(|(i, e)| Speaker {
            name: e.canonical.clone(),
            mention,
            entity: Some(i),
        })
}

/// The fullest name the document gives with `n`'s last word.
fn at_fullest<'n>(names: &'n Names, n: &'n Name) -> &'n Name {
    names
        .fullest(n.name.split_whitespace().last().unwrap_or(""))
        .unwrap_or(n)
}
