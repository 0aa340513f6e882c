//! Dictionary (canonical) forms of names: `Қазақстанда` → `Қазақстан`,
//! `Алпыстың` → `Алпыс`, `Юрия Лужкова` → `Юрий Лужков`, `Москве` →
//! `Москва`. The attribution stage calls [`canonical`] on speaker mentions
//! too, so it takes any name, not only one this stage found.

use std::cell::RefCell;
use std::sync::LazyLock;

use super::EntityType;
use super::lexicon::{self, FIRST_NAMES, FxMap, FxSet, MORE_FIRST_NAMES, ORGS, PLACES};
use super::{kk_morph, ru_morph};
use crate::language::Lang;
use crate::text::letters::russian_for_kazakh;

thread_local! {
    /// One memo per language, and a fifth for Russian organisations.
    static CANONICAL: RefCell<[FxMap<String, String>; 5]> = Default::default();
}

/// Forms remembered per language before the memo starts afresh.
const MEMO_LIMIT: usize = 100_000;

/// The dictionary form of `name` (one or more words) written in `lang`,
/// worked out once per name and language: a text names the same people and
/// places again and again, and every stage asks.
pub fn canonical(name: &str, lang: Lang) -> String {
    remembered(name, lang as usize, || worked_out(name, lang))
}

/// The form of `name` in memo `slot`, worked out by `work` on first need.
fn remembered(name: &str, slot: usize, work: impl FnOnce() -> String) -> String {
    if let Some(hit) = CANONICAL.with(|c| c.borrow()[slot].get(name).cloned()) {
        return hit;
    }
    let form = work();
    CANONICAL.with(|c| {
        let memo = &mut c.borrow_mut()[slot];
        lexicon::make_room(memo, MEMO_LIMIT);
        memo.insert(name.to_string(), form.clone());
    });
    form
}

/// The dictionary form of a name of `kind`: a Russian organisation's keeps
/// its genitives (`Национальный банк Казахстана`, `Министерство
/// иностранных дел России`).
pub fn canonical_of(name: &str, kind: EntityType, lang: Lang) -> String {
    if kind != EntityType::Org || lang != Lang::Ru || !name.contains(' ') {
        return canonical(name, lang);
    }
    remembered(name, 4, || russian_body(name))
}

/// [`canonical_of`] a Russian organisation of several words.
fn russian_body(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if listed(name).is_some() || org_head(words[0]).is_some() {
        return russian_org(name);
    }
    // `Национальном банке Казахстана` → `Национальный банк Казахстана`:
    // the adjectives before the head agree with it; the words after it stay.
    let headed = (1..words.len()).find_map(|k| Some((k, org_head(words[k])?)));
    if let Some((k, head)) = headed {
        let gender = gender_of(&head);
        let adjectives: Option<Vec<String>> = words[..k]
            .iter()
            .map(|a| nominative_adjective(a, gender))
            .collect();
        if let Some(adjectives) = adjectives {
            let mut out = adjectives.join(" ");
            for word in std::iter::once(head.as_str()).chain(words[k + 1..].iter().copied()) {
                out.push(' ');
                out.push_str(word);
            }
            return closed(out);
        }
    }
    canonical(name, Lang::Ru)
}

fn worked_out(name: &str, lang: Lang) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return String::new();
    }
    let lang = match lang {
        Lang::Und => guess_lang(name),
        l => l,
    };
    closed(match lang {
        Lang::Ru => russian(&words),
        Lang::En => english(&words),
        _ => kazakh(&words),
    })
}

/// `партии «Яблоко`: a span that ends before its closing mark (as
/// factRuEval's do) has the mark back in its dictionary form; so does
/// `газета "Ла стампа` and `газета „Известия`.
fn closed(mut form: String) -> String {
    if form.matches('«').count() > form.matches('»').count() {
        form.push('»');
    } else if form.matches('„').count() > form.matches('“').count() {
        form.push('“');
    } else if form.matches('"').count() % 2 == 1 && !form.ends_with('"') {
        form.push('"');
    }
    form
}

/// Kazakh for Kazakh letters, Russian for other Cyrillic, else English.
fn guess_lang(name: &str) -> Lang {
    if kk_morph::has_kazakh_letters(name) {
        Lang::Kk
    } else if name.chars().any(|c| matches!(c, '\u{400}'..='\u{4ff}')) {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// Russian nouns for a kind of place (`Московской области`, `реку Лену`,
/// `Белом доме`), with the gender an adjective before them agrees in.
const RU_PLACE_NOUNS: &[(&str, Gender)] = &[
    ("область", Gender::Feminine),
    ("республика", Gender::Feminine),
    ("империя", Gender::Feminine),
    ("площадь", Gender::Feminine),
    ("улица", Gender::Feminine),
    ("река", Gender::Feminine),
    ("гора", Gender::Feminine),
    ("деревня", Gender::Feminine),
    ("станица", Gender::Feminine),
    ("район", Gender::Masculine),
    ("край", Gender::Masculine),
    ("округ", Gender::Masculine),
    ("город", Gender::Masculine),
    ("дом", Gender::Masculine),
    ("остров", Gender::Masculine),
    ("залив", Gender::Masculine),
    ("пролив", Gender::Masculine),
    ("штат", Gender::Masculine),
    ("посёлок", Gender::Masculine),
    ("проспект", Gender::Masculine),
    ("бульвар", Gender::Masculine),
    ("переулок", Gender::Masculine),
    ("озеро", Gender::Neuter),
    ("море", Gender::Neuter),
    ("село", Gender::Neuter),
    ("шоссе", Gender::Neuter),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

/// Stems of common adjectives whose ending is stressed (`Большим` →
/// `Большой`, `Городским` → `Городской`, not `-ий`).
const STRESSED_ENDING: &[&str] = &["больш", "городск", "морск", "друг", "дорог", "рабоч"];

/// The nominative of an adjective before a place noun of `gender`
/// (`Московской` → `Московская`, `Белом` → `Белый`, `Ленинском` →
/// `Ленинский`); `None` for an ending it does not know.
fn nominative_adjective(adj: &str, gender: Gender) -> Option<String> {
    const ENDINGS: &[&str] = &[
        "ого", "ому", "ой", "ую", "ая", "ом", "ым", "им", "ое", "ый", "ий",
    ];
    let (stem, ending) = ENDINGS
        .iter()
        .find_map(|e| adj.strip_suffix(e).map(|stem| (stem, *e)))
        .filter(|(stem, _)| stem.chars().count() >= 2)?;
    let nominative = match gender {
        Gender::Feminine => "ая",
        Gender::Neuter => "ое",
        // `Большой` before a masculine noun is nominative already.
        Gender::Masculine if ending == "ой" => "ой",
        // After `ж ш ч щ` an unstressed ending is `-его`: `-ого` is stressed,
        // as in `Большого` → `Большой` (not `Больший`).
        Gender::Masculine
            if stem.ends_with(['ж', 'ш', 'ч', 'щ']) && matches!(ending, "ого" | "ому" | "ом") =>
        {
            "ой"
        }
        // `-им` after them is either: a few common adjectives stress it.
        Gender::Masculine
            if ending == "им" && STRESSED_ENDING.contains(&lexicon::key(stem).as_str()) =>
        {
            "ой"
        }
        Gender::Masculine if stem.ends_with(['г', 'к', 'х', 'ж', 'ш', 'ч', 'щ']) => "ий",
        Gender::Masculine => "ый",
    };
    Some(format!("{stem}{nominative}"))
}

/// A list entry for `phrase`, from any list.
fn listed(phrase: &str) -> Option<&'static str> {
    listed_key(&lexicon::key(phrase))
}

/// [`listed`] of a phrase's key.
fn listed_key(k: &str) -> Option<&'static str> {
    if let Some((n, _)) = RU_PLACE_NOUNS.iter().find(|(n, _)| *n == k) {
        return Some(n);
    }
    let lists: [&lexicon::FxMap<String, &'static str>; 3] = [&PLACES, &ORGS, &FIRST_NAMES];
    lists.iter().find_map(|l| l.get(k).copied())
}

/// `head` words followed by `last`, joined by spaces.
fn join(head: &[&str], last: &str) -> String {
    let mut out = head.join(" ");
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(last);
    out
}

/// Only the last word of a Kazakh name inflects (`Нұрсұлтан Назарбаевтың`,
/// `Ұлытау облысының`).
fn kazakh(words: &[&str]) -> String {
    let (last, head) = words.split_last().expect("non-empty");
    // A listed form, whole name first: `Шығыс Қазақстанның` → `Шығыс Қазақстан`.
    let stems = kk_morph::stems(last);
    for stem in stems.iter() {
        if let Some(entry) = listed(&join(head, stem)) {
            return entry.to_string();
        }
    }
    // `Instagram-да`, `Telegram-арнасында` "on the Telegram channel": a
    // Latin name takes Kazakh endings and nouns after a hyphen.
    if let Some((name, rest)) = last.split_once('-')
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && !rest.is_empty()
        && rest.chars().all(|c| c.is_lowercase() && !c.is_ascii())
    {
        return join(head, name);
    }
    // `Тілеуберді`, `Құдайберді` "God gave": the name's own ending, no
    // accusative.
    let gave = ["берді", "Берді"].iter().any(|e| last.ends_with(e));
    let last = if gave {
        last
    } else {
        kk_morph::strip_case(last).unwrap_or(last)
    };
    let last = last.trim_end_matches(['\'', '’']);
    join(head, last)
}

/// The dictionary form of a Russian organisation's name of several words:
/// a listed form, else the head word in the nominative (`Союза журналистов`
/// → `Союз журналистов`), else as written: the genitives and adjectives of
/// a body's name (`Министерство иностранных дел России`) stay as they are.
pub fn russian_org(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some(entry) = listed(name) {
        return entry.to_string();
    }
    let headed = (words.len() > 1)
        .then(|| with_nominative_head(&words))
        .flatten();
    closed(headed.unwrap_or_else(|| name.to_string()))
}

/// `words` with the first, a word heading a body, in the nominative
/// (`Министерства здравоохранения` → `Министерство здравоохранения`).
fn with_nominative_head(words: &[&str]) -> Option<String> {
    let (head, rest) = words.split_first()?;
    let mut out = org_head(head)?;
    for word in rest {
        out.push(' ');
        out.push_str(word);
    }
    Some(out)
}

/// Every Russian word inflects: a listed reading wins, then a safe surname
/// ending, then the word as written.
fn russian(words: &[&str]) -> String {
    if let Some(entry) = listed(&words.join(" ")) {
        return entry.to_string();
    }
    // `Центральном доме литераторов` → `Центральный дом литераторов`: the
    // genitive naming a building stays as it is.
    if let [place @ .., noun, genitive] = words
        && !place.is_empty()
        && genitive.starts_with(char::is_lowercase)
        && ru_morph::candidates(noun).iter().any(|c| c == "дом")
    {
        return format!("{} {genitive}", russian(&words[..words.len() - 1]));
    }
    // `МИД России`, `ЦБ РФ`: an acronym heading a body does not inflect,
    // and the genitives after it stay as they are.
    if let [head, rest @ ..] = words
        && !rest.is_empty()
        && head.chars().count() >= 2
        && head.chars().all(char::is_uppercase)
    {
        return words.join(" ");
    }
    // `Министерства здравоохранения РК` → `Министерство здравоохранения
    // РК`: the head word of a body takes the nominative; the genitives
    // after it stay as they are.
    if let Some(headed) = with_nominative_head(words) {
        return headed;
    }
    // `Юрия Лужкова`, `Нурлана Ахметова`: a man's name in the genitive,
    // by a known first name and a surname that inflects with it.
    let masculine = match words {
        [first, last, ..] if ru_morph::surname(last, false).is_some() => masculine_oblique(first),
        _ => None,
    };
    // `Анна Каренина`, `Дарига Нурланова`: a woman's name, by the list or
    // by an `-а`/`-я` that no man's name in any list takes off (`Дарига`,
    // not `Кирсана`).
    // A name listed as written wins over a man's name it may be a case of
    // that only the wide list knows (`Гульнара`, not a form of `Гульнар`;
    // `Алия`).
    // `Алии Молдабековой`, `Наине Иосифовне`: a woman's first name in an
    // oblique case before a surname or patronymic whose ending only a
    // woman's takes (`-овой`, `-вне`; `Андрею Санникову` is a man's); as
    // written it is no listed name.
    let feminine_first = match words {
        [first, last]
            if masculine.is_none()
                && first.starts_with(char::is_uppercase)
                && !listed_as_written(first)
                && ["ой", "вне", "вны", "вну"]
                    .iter()
                    .any(|e| last.ends_with(e))
                && ru_morph::surname(last, true).is_some() =>
        {
            feminine_oblique(first)
        }
        _ => None,
    };
    let feminine = words.len() > 1
        && masculine.is_none()
        && (feminine_first.is_some()
            || FIRST_NAMES
                .get(&lexicon::key(words[0]))
                .is_some_and(|n| n.ends_with(['а', 'я']))
            || (words[0].ends_with(['а', 'я'])
                && (!any_masculine_reading(words[0]) || listed_as_written(words[0]))));
    // Russian names agree in case: before a surname written in the
    // nominative, a first name is nominative too (`Гани Бейсембаев`
    // stays, though `Гани` could be a form of the place `Гана`); after a
    // first name in the nominative, whatever its gender, so is the surname
    // (`Айгуль Сарсенова` stays: no case of a man's name ends in `ь`),
    // a post before them or not (`экономист Айгуль Сарсенова`).
    if let [posts @ .., first, last] = words
        && posts.iter().all(|w| !w.starts_with(char::is_uppercase))
        && [first, last]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        && ((posts.is_empty()
            && !ru_morph::adjective_ending(first)
            && ru_morph::nominative_surname(last, feminine))
            || (nominative_first_name(first) && ru_morph::nominative_surname(last, true)))
    {
        return words.join(" ");
    }
    // A prepositional phrase keeps its case (`Агентства по стратегическому
    // планированию`: `стратегическому` is no surname's dative).
    let phrase = words
        .iter()
        .position(|w| {
            matches!(
                *w,
                "по" | "при" | "в" | "во" | "на" | "для" | "за" | "с" | "со"
            )
        })
        .unwrap_or(words.len());
    let out: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0
                && let Some(name) = masculine.as_ref().or(feminine_first.as_ref())
            {
                return name.clone();
            }
            if i > phrase {
                return w.to_string();
            }
            ru_morph::find_reading(w, |k, _, _| listed_key(k))
                .map(str::to_string)
                .or_else(|| ru_morph::surname(w, feminine))
                .unwrap_or_else(|| w.to_string())
        })
        .collect();
    // A two-word place may be listed once both words are nominative
    // (`Северной Кореи` → `Северная Корея`).
    // So may a pair joined by `и` (`Тринидада и Тобаго`).
    if let [a, b] | [a, "и", b] = words {
        let and = if words.len() == 3 { " и " } else { " " };
        if let Some(entry) = listed_pair(a, and, b) {
            return entry.to_string();
        }
    }
    // `Московской области` → `Московская область`: an adjective before a
    // place noun agrees with it.
    // The adjective as written: a list may hold its bare stem (`Ленинск`).
    if let ([adj, _], [_, noun]) = (words, &out[..])
        && let Some((_, gender)) = RU_PLACE_NOUNS.iter().find(|(n, _)| n == noun)
        && let Some(adj) = nominative_adjective(adj, *gender)
    {
        return format!("{adj} {noun}");
    }
    out.join(" ")
}

/// The first listed phrase of a reading of `a`, `and`, then a reading of
/// `b` ([`ru_morph::candidates`] of each, `a`'s the outer loop).
fn listed_pair(a: &str, and: &str, b: &str) -> Option<&'static str> {
    if !ru_morph::keyed_per_letter(a) || !ru_morph::keyed_per_letter(b) {
        let ys = ru_morph::candidates(b);
        return ru_morph::candidates(a)
            .iter()
            .find_map(|x| ys.iter().find_map(|y| listed(&format!("{x}{and}{y}"))));
    }
    // Keyed a letter at a time, the phrase's key is its parts' keys joined.
    let mut ys = Vec::new();
    ru_morph::find_reading(b, |k, _, _| {
        ys.push(k.to_string());
        None::<()>
    });
    let mut phrase = String::new();
    ru_morph::find_reading(a, |x, _, _| {
        ys.iter().find_map(|y| {
            phrase.clear();
            phrase.push_str(x);
            phrase.push_str(and);
            phrase.push_str(y);
            listed_key(&phrase)
        })
    })
}

/// A Russian place's dictionary form whose adjective did not agree with
/// its listed noun (`Нижнем Новгород` → `Нижний Новгород`, `Южную Америка`
/// → `Южная Америка`), or with neither word nominative (`Ближнем Востоке`).
/// Applied to the settled entities only: the document's
/// type vote groups mentions by the forms it was tuned with.
pub fn with_agreeing_adjective(form: &str) -> Option<String> {
    let (adj, place) = form.split_once(' ')?;
    if place.contains(' ') || !adj.starts_with(char::is_uppercase) {
        return None;
    }
    if !PLACES.contains_key(&lexicon::key(place)) {
        // `Ближнем Востоке` → `Ближний Восток`: the two words listed
        // together once both are nominative.
        return ru_morph::candidates(place).into_iter().find_map(|noun| {
            let agreed = agreeing_adjective(adj, &noun)?;
            listed(&format!("{agreed} {noun}")).map(str::to_string)
        });
    }
    let agreed = agreeing_adjective(adj, place)?;
    (agreed != adj).then(|| format!("{agreed} {place}"))
}

/// `adj` in the nominative, agreeing with the nominative noun `place`.
fn agreeing_adjective(adj: &str, place: &str) -> Option<String> {
    let gender = gender_of(place);
    // A soft stem's endings (`Нижнем`, `Нижней`), then the hard ones.
    const SOFT: &[&str] = &["его", "ему", "ем", "ей", "юю", "ее", "им"];
    match SOFT.iter().find_map(|e| adj.strip_suffix(e)) {
        Some(stem) if stem.ends_with('н') && stem.chars().count() >= 3 => {
            let ending = match gender {
                Gender::Feminine => "яя",
                Gender::Neuter => "ее",
                Gender::Masculine => "ий",
            };
            Some(format!("{stem}{ending}"))
        }
        _ if ru_morph::adjective_ending(adj) => nominative_adjective(adj, gender),
        _ => None,
    }
}

/// The gender of a noun in the nominative, by its ending (`банк`,
/// `партия`, `министерство`).
fn gender_of(noun: &str) -> Gender {
    if noun.ends_with(['а', 'я']) {
        Gender::Feminine
    } else if noun.ends_with(['о', 'е']) {
        Gender::Neuter
    } else {
        Gender::Masculine
    }
}

/// `word` is a first name in a list as written (the nominative).
pub(super) fn listed_as_written(word: &str) -> bool {
    let k = lexicon::key(word);
    FIRST_NAMES.contains_key(&k) || MORE_FIRST_NAMES.contains(&k)
}

/// `word` is a listed first name as written, in a form no case ending of a
/// man's name takes (`Айгуль`, `Любовь`; not `Ивана`, `Юрия`, `Ивану`).
fn nominative_first_name(word: &str) -> bool {
    let k = lexicon::key(word);
    !k.ends_with(['а', 'я', 'у', 'ю', 'е', 'м'])
        && (FIRST_NAMES.contains_key(&k) || MORE_FIRST_NAMES.contains(&k))
}

/// The nominative of a word heading an organisation's name (`Министерства`
/// → `Министерство`, `Партии` → `Партия`, `пресс-служба` as it is).
pub fn org_head(word: &str) -> Option<String> {
    static HEADS: LazyLock<FxSet<String>> = LazyLock::new(|| {
        crate::wordlist::entries(crate::data_list!("entities/ru_org_heads.txt"))
            .map(lexicon::key)
            .collect()
    });
    /// Endings [`ru_morph::candidates`] leaves out: neuter nouns',
    /// and a feminine adjective's for a noun (`сборную` → `сборная`).
    const MORE_ENDINGS: &[(&str, &str)] = &[
        ("ую", "ая"),
        ("ой", "ая"),
        ("ом", "о"),
        ("а", "о"),
        ("у", "о"),
        ("е", "о"),
        ("ем", "е"),
        ("ии", "ие"),
        ("я", "е"),
        ("ю", "е"),
    ];
    // `Нацбанке` → `Нацбанк`, `Госдумы` → `Госдума`: a compound ending in
    // a head word is headed by it.
    // The last two letters of every head: a key ending otherwise is no
    // head, nor has one at its end (most readings are turned away here).
    static ENDS: LazyLock<FxSet<String>> =
        LazyLock::new(|| HEADS.iter().map(|h| last_two(h).to_string()).collect());
    let is_head_key = |key: &str| {
        ENDS.contains(last_two(key))
            && (HEADS.contains(key)
                || key
                    .char_indices()
                    .skip(3)
                    .any(|(i, _)| key[i..].chars().count() >= 4 && HEADS.contains(&key[i..])))
    };
    let mut first = true;
    let reading = ru_morph::find_reading(word, |key, kept, with| {
        let own = std::mem::take(&mut first);
        is_head_key(key).then(|| {
            if own {
                word.to_string()
            } else {
                format!("{}{with}", &word[..kept])
            }
        })
    });
    if reading.is_some() {
        return reading;
    }
    MORE_ENDINGS.iter().find_map(|(ending, with)| {
        let stem = word.strip_suffix(ending)?;
        let c = format!("{stem}{with}");
        is_head_key(&lexicon::key(&c)).then_some(c)
    })
}

/// The last two chars of `s` (all of it if shorter).
fn last_two(s: &str) -> &str {
    let at = s.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    &s[at..]
}

/// Whether `word` may be a man's first name in the genitive by any list
/// (`Кирсана` → `Кирсан`).
fn any_masculine_reading(word: &str) -> bool {
    masculine_readings(word).any(|c| {
        let k = lexicon::key(&c);
        FIRST_NAMES.contains_key(&k) || MORE_FIRST_NAMES.contains(&k)
    })
}

/// The nominatives a man's first name in the genitive, accusative or
/// instrumental may have (`Ивана` → `Иван`, `Юрия` → `Юрий`, `Игоря` →
/// `Игорь`, `Нурланом` → `Нурлан`, `Сергеем` → `Сергей`).
fn masculine_readings(word: &str) -> impl Iterator<Item = String> + '_ {
    [
        ("а", ""),
        ("я", "й"),
        ("я", "ь"),
        ("ом", ""),
        ("ем", "й"),
        ("ем", "ь"),
    ]
    .into_iter()
    .filter_map(move |(ending, with)| {
        let stem = word.strip_suffix(ending)?;
        (stem.chars().count() >= 2).then(|| format!("{stem}{with}"))
    })
}

/// The nominative of a man's first name written in the genitive or
/// accusative (`Ивана` → `Иван`, `Нурлана` → `Нурлан`), by
/// Aitty's own list, whose Kazakh names count in Russian spelling too
/// (`Нұрлан`). natasha's list is too wide for this: it has `Анн`.
fn masculine_oblique(word: &str) -> Option<String> {
    static RUSSIAN_SPELLINGS: LazyLock<FxSet<String>> = LazyLock::new(|| {
        FIRST_NAMES
            .keys()
            .map(|k| k.chars().map(russian_for_kazakh).collect())
            .collect()
    });
    masculine_readings(word).find(|c| RUSSIAN_SPELLINGS.contains(&lexicon::key(c)))
}

/// The nominative of a woman's first name in the genitive, dative,
/// accusative or instrumental (`Алии` → `Алия`, `Анну` → `Анна`, `Ольгой`
/// → `Ольга`), by any first-name list.
fn feminine_oblique(word: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("ии", "ия"),
        ("ией", "ия"),
        ("ию", "ия"),
        ("ы", "а"),
        ("и", "а"),
        ("е", "а"),
        ("у", "а"),
        ("ю", "я"),
        ("ой", "а"),
        ("ей", "я"),
    ];
    ENDINGS.iter().find_map(|(ending, with)| {
        let stem = word.strip_suffix(ending)?;
        let name = format!("{stem}{with}");
        let k = lexicon::key(&name);
        (stem.chars().count() >= 2
            && (FIRST_NAMES.contains_key(&k) || MORE_FIRST_NAMES.contains(&k)))
        .then_some(name)
    })
}

/// English names do not inflect; only the possessive `'s` comes off.
fn english(words: &[&str]) -> String {
    let (last, head) = words.split_last().expect("non-empty");
    let last = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .unwrap_or(last);
    join(head, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_names() {
        for (name, want) in [
            ("Қазақстанда", "Қазақстан"),
            ("Алпыстың", "Алпыс"),
            ("Қуандық Алпыстың", "Қуандық Алпыс"),
            ("Алматыдағы", "Алматы"),
            ("Ұлытау облысының", "Ұлытау облысы"),
            ("Қорғаныс министрлігіне", "Қорғаныс министрлігі"),
            ("Шығыс Қазақстанның", "Шығыс Қазақстан"),
            ("Қарағандыда", "Қарағанды"),
            ("Айгерим Тарина", "Айгерим Тарина"),
            ("Instagram-да", "Instagram"),
            ("Telegram-арнасында", "Telegram"),
            ("Ақ-Жол", "Ақ-Жол"),
            ("COVID-19", "COVID-19"),
        ] {
            assert_eq!(canonical(name, Lang::Kk), want, "{name}");
        }
    }

    #[test]
    fn russian_names() {
        for (name, want) in [
            ("Юрия Лужкова", "Юрий Лужков"),
            ("Лужкова", "Лужков"),
            ("Москве", "Москва"),
            ("Ярославле", "Ярославль"),
            ("Москвы", "Москва"),
            ("России", "Россия"),
            ("Анна Каренина", "Анна Каренина"),
            ("Владимиром Путиным", "Владимир Путин"),
            // Women's names the wide list also reads as a man's in the
            // genitive (`Гульнар`), and men's in the instrumental.
            ("Гульнара Ахметова", "Гульнара Ахметова"),
            ("Алия Молдабекова", "Алия Молдабекова"),
            ("Нурланом Ракишевым", "Нурлан Ракишев"),
            ("Алии Молдабековой", "Алия Молдабекова"),
            ("Наине Иосифовне", "Наина Иосифовна"),
            ("Андрею Санникову", "Андрей Санников"),
            ("Ольгой Смирновой", "Ольга Смирнова"),
            ("Марии Ивановой", "Мария Иванова"),
            ("Сергеем Ивановым", "Сергей Иванов"),
            ("Самаре", "Самара"),
            ("городе Самаре", "город Самара"),
            ("Московской области", "Московская область"),
            ("Московскую область", "Московская область"),
            ("Белом доме", "Белый дом"),
            ("Ленинском районе", "Ленинский район"),
            ("Большой театр", "Большой театр"),
            ("Гани Бейсембаев", "Гани Бейсембаев"),
            ("Анна Петровская", "Анна Петровская"),
            ("Дарига Нурланова", "Дарига Нурланова"),
            ("Айгуль Сарсенова", "Айгуль Сарсенова"),
            ("экономист Айгуль Сарсенова", "экономист Айгуль Сарсенова"),
            (
                "Министерства здравоохранения РК",
                "Министерство здравоохранения РК",
            ),
            ("Министерстве обороны", "Министерство обороны"),
            ("Управлении делами", "Управление делами"),
            ("Партии регионов", "Партия регионов"),
            ("Совета Федерации", "Совет Федерации"),
            ("Комитет спасения", "Комитет спасения"),
            ("Совет Федерации", "Совет Федерации"),
            ("пресс-служба акимата города", "пресс-служба акимата города"),
            ("Любовь Соболева", "Любовь Соболева"),
            ("Игоря Соболева", "Игорь Соболев"),
            ("Нурлана Ахметова", "Нурлан Ахметов"),
            ("Ивана Петрова", "Иван Петров"),
            ("Ивана Петровского", "Иван Петровский"),
            ("Сергей Шойгу", "Сергей Шойгу"),
            ("Союза журналистов", "Союз журналистов"),
            (
                "Бюро национальной статистики Агентства по стратегическому планированию",
                "Бюро национальной статистики Агентства по стратегическому планированию",
            ),
            ("МИД России", "МИД России"),
            ("ЦБ РФ", "ЦБ РФ"),
            ("ОАО «Газпром»", "ОАО «Газпром»"),
            ("партии «Яблоко", "партия «Яблоко»"),
            ("газета \"Ла стампа", "газета \"Ла стампа\""),
            ("газета \"Ла стампа\"", "газета \"Ла стампа\""),
            ("газеты „Известия", "газета „Известия“"),
            ("акимате Алматы", "акимат Алматы"),
            ("правительстве", "правительство"),
            ("Госдумы", "Госдума"),
            ("Нацбанке", "Нацбанк"),
            ("Ильёй Ильиным", "Илья Ильин"),
            ("Анной Петровой", "Анна Петрова"),
        ] {
            assert_eq!(canonical(name, Lang::Ru), want, "{name}");
        }
        for (form, want) in [
            ("Нижнем Новгород", Some("Нижний Новгород")),
            ("Ближнем Востоке", Some("Ближний Восток")),
            ("Дальнего Востока", Some("Дальний Восток")),
            ("Центральной Азии", Some("Центральная Азия")),
            ("Великом Новгород", Some("Великий Новгород")),
            ("Южную Америка", Some("Южная Америка")),
            ("Северной Африка", Some("Северная Африка")),
            ("Северная Африка", None),
            ("Анна Петрова", None),
        ] {
            assert_eq!(with_agreeing_adjective(form).as_deref(), want, "{form}");
        }
    }

    #[test]
    fn english_and_undetermined() {
        assert_eq!(canonical("Obama's", Lang::En), "Obama");
        assert_eq!(canonical("New York", Lang::En), "New York");
        assert_eq!(canonical("Алпыстың", Lang::Und), "Алпыс");
        assert_eq!(canonical("   ", Lang::Kk), "");
    }
}
