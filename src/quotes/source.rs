//! Finding the words that name a quote's source next to its cue: a name (a
//! run of capitalised words), a pronoun, or a common noun for a person or
//! group (`мамандар`, `министр`, `officials`). Token ranges, end exclusive.

use crate::entities::kk_morph;
use crate::entities::lexicon::FUNCTION_WORDS;
use crate::entities::ru_morph::adjective_ending;
use crate::language::Lang;
use crate::quotes::cues::{
    DISCOURSE, FILLERS, ORG_NOUNS, PLACE_PREPOSITIONS, PRONOUNS, SPEAKER_NOUNS, TITLE_MODIFIERS,
    TITLES, is_title,
};
use crate::quotes::words::Words;
use crate::text::letters::{is_lower, is_upper, starts_upper};

/// Longest name taken as one mention.
const MAX_NAME: usize = 4;

/// Lower-case particles inside names (`al-`, `de`, `van`, `бен`).
fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "az"
            | "el"
            | "ad"
            | "as"
            | "de"
            | "da"
            | "van"
            | "von"
            | "der"
            | "bin"
            | "ibn"
            | "бен"
            | "ибн"
            | "де"
            | "ван"
            | "фон"
    )
}

/// Token `i` can be part of a name: capitalised, `al-Sadr`, or an initial's
/// full stop (`Н. Кан`).
fn namey(w: &Words, i: usize) -> bool {
    if w.is_cap(i) || (w.is_word(i) && site_dot(w, i + 1)) {
        return true;
    }
    if !w.is_word(i) {
        return false;
    }
    let t = w.text(i);
    // `comScore`, `eBay`: a brand written with an inner capital.
    if t.chars().skip(1).any(is_upper) && t.chars().any(is_lower) {
        return true;
    }
    t.split_once('-')
        .is_some_and(|(a, b)| is_name_particle(a) && starts_upper(b))
}

fn is_initial_dot(w: &Words, i: usize) -> bool {
    w.is_punct(i, ".")
        && i > 0
        && w.is_cap(i - 1)
        && w.text(i - 1).chars().count() == 1
        && namey(w, i + 1)
}

pub fn is_pronoun(w: &Words, i: usize) -> bool {
    w.is_word(i) && PRONOUNS.contains(w.low(i))
}

pub fn is_speaker_noun(w: &Words, i: usize) -> bool {
    w.is_word(i)
        && (SPEAKER_NOUNS.contains(w.low(i))
            || (!w.is_cap(i) && SPEAKER_NOUNS.has_prefix_of(w.low(i))))
}

/// The dictionary form of a lower-case Russian speaker noun in another
/// case (`источника` → `источник`, `экспертов` → `эксперты`, `жителей` →
/// `жители`, `учёных` → `учёные`), by the forms `speaker_nouns.txt`
/// lists; `None` for a listed form or no speaker noun.
pub fn speaker_noun_nominative(word: &str) -> Option<String> {
    let listed = |form: &str| SPEAKER_NOUNS.contains(&crate::wordlist::key(form));
    if !word.starts_with(is_lower) || listed(word) {
        return None;
    }
    // Plural genitive, dative, instrumental, prepositional; then singular.
    const ENDINGS: [(&str, &[&str]); 14] = [
        ("ами", &["ы", "и"]),
        ("ями", &["и"]),
        ("ов", &["ы", "и"]),
        ("ев", &["ы", "и"]),
        ("ей", &["и"]),
        ("ых", &["ые"]),
        ("их", &["ие"]),
        ("ам", &["ы", "и"]),
        ("ям", &["и"]),
        ("ах", &["ы", "и"]),
        ("ях", &["и"]),
        ("ом", &[""]),
        ("а", &[""]),
        ("у", &[""]),
    ];
    ENDINGS.iter().find_map(|(ending, to)| {
        let stem = word.strip_suffix(ending)?;
        to.iter()
            .map(|e| format!("{stem}{e}"))
            .find(|form| listed(form))
    })
}

/// A capitalised sentence opener that is not a name (`Алайда`, `However`).
pub fn is_discourse_word(w: &Words, i: usize) -> bool {
    w.is_word(i) && DISCOURSE.contains(w.low(i))
}

/// The name run ending just before `end`, not reaching before `floor`.
fn name_run_before(w: &Words, floor: usize, end: usize) -> Option<(usize, usize)> {
    let mut k = end;
    while k > floor && end - k < MAX_NAME + 1 {
        let i = k - 1;
        if namey(w, i)
            || is_initial_dot(w, i)
            || (w.is_word(i) && is_name_particle(w.low(i)) && k < end)
        {
            k -= 1;
        } else {
            break;
        }
    }
    while k < end && (is_discourse_word(w, k) || w.is_punct(k, ".")) {
        k += 1;
    }
    (k < end).then_some((k, end))
}

/// The dot of a site name (`NEWSru.com`).
pub fn site_dot(w: &Words, i: usize) -> bool {
    w.is_punct(i, ".")
        && i + 1 < w.len()
        && w.span(i + 1).start == w.span(i).end
        && matches!(
            w.low(i + 1),
            "com" | "ru" | "kz" | "org" | "net" | "uk" | "ру" | "кз"
        )
}

/// The name run starting at `from`, not reaching `to`.
fn name_run_at(w: &Words, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut k = from;
    while k < to && k - from < MAX_NAME && (namey(w, k) || is_initial_dot(w, k)) {
        k += 1;
    }
    // `NEWSru.com`, `Zakon.kz`: a site name; after a name it is the outlet
    // (`цитирует Хвана Чжан Епа Lenta.ru`), not part of the name.
    if k > from && k + 1 < to && site_dot(w, k) {
        if k - from >= 3 {
            return Some((from, k - 1));
        }
        k += 2;
    }
    (k > from).then_some((from, k))
}

/// Marks that open a name in marks.
const OPENING: &str = "«„“\"";

/// The closing mark of a short name in marks starting at token `from`, found
/// before `to`.
fn closing_mark(w: &Words, from: usize, to: usize) -> Option<usize> {
    (from..to.min(from + 6))
        .take_while(|&k| w.is_word(k) || w.is_punct(k, "»”\"–—-."))
        .find(|&k| w.is_punct(k, "»”\""))
        .filter(|&k| k > from)
}

/// Russian words for a document in the prepositional, after `в`: what a
/// body says in it is the body's (`в заявлении МИД`).
const DOCUMENTS_RU: &[&str] = &[
    "заявлении",
    "сообщении",
    "обращении",
    "письме",
    "докладе",
    "релизе",
    "пресс-релизе",
    "отчете",
    "отчёте",
    "документе",
    "коммюнике",
    "резолюции",
    "постановлении",
    "решении",
];

/// `в заявлении МИД России`, `в сообщении пресс-службы «Газпрома»`: the
/// body whose document a Russian impersonal cue quotes, within `from..to`.
pub fn in_document(w: &Words, from: usize, to: usize) -> Option<(usize, usize)> {
    let k = (from..to.saturating_sub(2)).find(|&k| {
        w.is_word(k) && matches!(w.low(k), "в" | "во") && DOCUMENTS_RU.contains(&w.low(k + 1))
    })?;
    body_at(w, k + 2, to)
}

/// A Russian body's name from token `k`, before `to`: a name (`МИД
/// России`, `Нацбанке`) or a noun for one with its genitives (`пресс-службы
/// акимата`), and a name in marks after it (`пресс-службы «Газпрома»`).
fn body_at(w: &Words, k: usize, to: usize) -> Option<(usize, usize)> {
    let mut end = if namey(w, k) {
        name_run_at(w, k, to)?.1
    } else if is_speaker_noun(w, k) {
        k + 1 + genitives_after(w, k + 1, to, Lang::Ru)
    } else {
        return None;
    };
    if w.is_punct(end, OPENING)
        && let Some(close) = closing_mark(w, end + 1, to)
    {
        end = close + 1;
    }
    Some((k, end))
}

/// Russian `в акимате Алматы`, `в пресс-службе ведомства`, `в Нацбанке`
/// at token `at`: the body that a plural verb without a subject
/// (`заявили`, `пояснили`) speaks for, within `at..to`.
fn body_in(w: &Words, at: usize, to: usize) -> Option<(usize, usize)> {
    if !(w.is_word(at) && matches!(w.low(at), "в" | "во")) || at + 1 >= to {
        return None;
    }
    body_at(w, at + 1, to)
}

/// A Russian verb in the plural past (`заявили`), which needs no subject.
fn plural_past(w: &Words, i: usize) -> bool {
    w.is_word(i) && w.low(i).ends_with("ли")
}

/// A Kazakh word in the locative made an adjective (`желісіндегі`,
/// `Алматыдағы`): it says where the noun after it is.
fn where_of_next(word: &str) -> bool {
    ["дағы", "дегі", "тағы", "тегі"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// A Russian name right after the verb that is a site (`Tengrinews.kz`),
/// or after a word for a reporter or outlet in the dative
/// (`корреспонденту`, `изданию`): the one told.
fn outlet_told(w: &Words, verb_end: usize, run: (usize, usize)) -> bool {
    const TOLD: &[&str] = &[
        "корреспонденту",
        "корреспондентам",
        "журналисту",
        "журналистам",
        "изданию",
        "агентству",
        "порталу",
        "телеканалу",
        "газете",
        "сайту",
    ];
    let site = (run.0..run.1).any(|k| site_dot(w, k));
    (run.0 == verb_end && site) || (run.0 > verb_end && TOLD.contains(&w.low(run.0 - 1)))
}

/// Kazakh pronouns in the dative (`маған`, `бізге`): the one told.
const DATIVE_PRONOUNS: &[&str] = &[
    "маған",
    "саған",
    "оған",
    "бізге",
    "сізге",
    "оларға",
    "біздерге",
    "сіздерге",
    "өзіне",
];

/// Token `i` is a Kazakh person told something, in the dative: a pronoun
/// (`маған`) or a reporter (`тілшімізге`, `журналистерге`). Other nouns
/// in the dative after a speaker may be what was said
/// (`ауылдарға жол салынатынын айтты`).
pub fn told_person_in_kazakh(w: &Words, i: usize) -> bool {
    let word = w.low(i);
    told_in_kazakh(w, i)
        && (DATIVE_PRONOUNS.contains(&word)
            || ["тілші", "журналист", "корреспондент"]
                .iter()
                .any(|s| word.starts_with(s)))
}

/// Token `i` is a lower-case Kazakh word in the dative (`маған`,
/// `науқасқа`, `журналистерге`): a Russian word may end as a Kazakh dative
/// does (`коллеге`), so it needs a letter Russian lacks or a plural ending.
fn told_in_kazakh(w: &Words, i: usize) -> bool {
    let word = w.low(i);
    w.is_word(i)
        && !w.is_cap(i)
        && (DATIVE_PRONOUNS.contains(&word)
            || (crate::entities::kk_morph::is_dative(word)
                && (crate::language::has_kazakh_letters(word)
                    || ["ларға", "лерге", "дарға", "дерге", "тарға", "терге"]
                        .iter()
                        .any(|e| word.ends_with(e)))))
}

/// The source mention ending right before token `end` (a verb, a colon or
/// an opening mark), not reaching before `floor` (the sentence start).
pub fn before(w: &Words, floor: usize, end: usize) -> Option<(usize, usize)> {
    // `В акимате Алматы пояснили`: the body opening the sentence.
    // (`в` is a discourse word: the first word is the one after it.)
    let first = floor_word(w, floor);
    if plural_past(w, end)
        && first > floor
        && let Some(body) = body_in(w, first - 1, end)
        && body.1 == end
    {
        return Some(body);
    }
    // Looked for near the verb only: a long sentence has many cues.
    if let Some(body) = in_document(w, end.saturating_sub(12).max(floor), end) {
        return Some(body);
    }
    let mut j = end;
    while j > floor && w.is_word(j - 1) && FILLERS.contains(w.low(j - 1)) {
        j -= 1;
    }
    // `Сүлейменов брифингте мәлімдеді`: where it was said is no source.
    if let Some(s) = super::settings::adjunct_before(w, floor, j) {
        j = s;
    }
    // `Баспагер маған «...» деп кеңес берді`: nor is the one told.
    if j > floor + 1 && w.is_word(j - 2) && told_in_kazakh(w, j - 1) {
        j -= 1;
    }
    // `Такиев на заседании правительства заявил`: nor is a Russian
    // prepositional phrase of lower-case words between a name and the verb
    // (after a common noun it may be the noun's: `источники в посольстве`).
    if let Some(p) = (j.saturating_sub(4).max(floor + 1)..j.saturating_sub(1))
        .rev()
        .find(|&p| {
            w.is_word(p)
                && matches!(w.low(p), "на" | "в" | "во" | "при")
                && !w.is_cap(p + 1)
                && (p + 1..j).all(|k| w.is_word(k))
        })
        && w.is_cap(p - 1)
    {
        j = p;
    }
    // `Madi Takiyev at a briefing stressed`: nor is an English phrase
    // naming the event (up to three lower-case words, a setting noun last).
    if j > floor + 1
        && w.is_word(j - 1)
        && EVENTS_EN.contains(&w.low(j - 1))
        && let Some(p) = (j.saturating_sub(4).max(floor + 1)..j - 1)
            .rev()
            .find(|&p| matches!(w.low(p), "at" | "during" | "in" | "on" | "after"))
        && (p + 1..j).all(|k| w.is_word(k) && !w.is_cap(k))
    {
        j = p;
    }
    if j == floor {
        return None;
    }
    // `The company's CEO, Marat Aitenov, said`: the name in apposition.
    if w.is_punct(j - 1, ",")
        && let Some(run) = name_run_before(w, floor, j - 1)
        && run.1 - run.0 >= 2
        && run.0 > floor + 1
        && w.is_punct(run.0 - 1, ",")
    {
        return Some(run);
    }
    if w.is_punct(j - 1, ",)") || matches!(w.low(j - 1), "and" | "и" | "және" | "а" | "but" | "но")
    {
        // `Калоев, потерявший ..., заявил`, `... and said`: the sentence's subject.
        return subject_at(w, floor, j - 1);
    }
    if is_pronoun(w, j - 1) {
        return Some((j - 1, j));
    }
    if let Some(source) = after_conjunction(w, floor, j) {
        return Some(source);
    }
    if let Some(source) = postmodified(w, floor, j) {
        return Some(source);
    }
    // `Глава Минэнерго ... на брифинге в Сенате сообщил`: a name after a
    // preposition is where, not who (the subject is looked for below).
    let run = name_run_before(w, floor, j)
        .filter(|run| !(run.0 > floor && PLACE_PREPOSITIONS.contains(w.low(run.0 - 1))));
    if let Some(run) = run {
        // `глава Минсвязи отметил`: the title is the head.
        if run.1 - run.0 == 1
            && run.0 > floor
            && w.is_word(run.0 - 1)
            && TITLES.contains(w.low(run.0 - 1))
        {
            return Some((run.0 - 1, run.1));
        }
        return Some(run);
    }
    if is_speaker_noun(w, j - 1) || w.low(j - 1).ends_with("лар") || w.low(j - 1).ends_with("лер")
    {
        let mut k = j - 1;
        // One modifier before the noun (`сала өкілдері`, `Полиция департаменті`).
        if k > floor && w.is_word(k - 1) && !is_discourse_word(w, k - 1) && !is_pronoun(w, k - 1) {
            k -= 1;
            // Russian adjectives agreeing before it (`Федеральное авиационное
            // управление`).
            while k > floor && j - k < 4 && w.is_word(k - 1) && adjective_ending(w.low(k - 1)) {
                k -= 1;
            }
        }
        return Some((k, j));
    }
    // A short subject opening the sentence: `Федеральное авиационное
    // управление пояснило`, `Эксперты компании убеждены`.
    let mut k = j;
    while k > floor && w.is_word(k - 1) && j - k < 4 {
        k -= 1;
    }
    while k < j && is_discourse_word(w, k) {
        k += 1;
    }
    if k == first && k < j {
        // `Они лишь сказали`: a pronoun is the subject alone (not `It`,
        // which opens `It is estimated that`).
        if is_pronoun(w, k) && w.low(k) != "it" {
            return Some((k, k + 1));
        }
        // A function word is capitalised only because it opens the
        // sentence (`I would argue that`, `It has often been said`).
        if (namey(w, k) && !FUNCTION_WORDS.contains(w.low(k))) || is_speaker_noun(w, k) {
            return Some((k, j));
        }
    }
    // `Представитель МИД Айбек Смадияров на брифинге в среду добавил`:
    // adverbials between the verb and the subject opening the sentence
    // with a post (a name alone there may be a modifier: `Бақытжан
    // Сағынтаев бастаған Үкімет` "the Government led by Sagintayev").
    // `Deputy Minister of Finance Aliya Nurova said`: a title opened by a
    // word of rank.
    let title_at = |i: usize| w.is_word(i) && TITLES.contains(w.low(i));
    let post = first
        + usize::from(
            w.is_word(first) && TITLE_MODIFIERS.contains(w.low(first)) && title_at(first + 1),
        );
    if post + 1 < j
        && w.is_word(post)
        && (is_speaker_noun(w, post) || title_at(post))
        && let Some(subject) = subject_at(w, floor, j)
        && subject.1 - subject.0 >= 2
    {
        return Some(subject);
    }
    // `a Western diplomat said`, `the U.S. embassy said`: a determiner, a
    // capitalised word (or an abbreviation with its dots), a noun.
    if j >= floor + 3 && w.is_word(j - 1) && !w.is_cap(j - 1) {
        let mut d = j - 1;
        while d > floor && j - d <= 5 && (w.is_cap(d - 1) || w.is_punct(d - 1, ".")) {
            d -= 1;
        }
        if d > floor && d < j - 1 && w.is_cap(d) && DETERMINERS.contains(&w.low(d - 1)) {
            return Some((d - 1, j));
        }
    }
    // `the energy ministry said`, `the state statistics agency said`: a
    // determiner, up to two lower-case words, a noun for a body or speaker.
    if j >= floor + 3
        && w.is_word(j - 1)
        && !w.is_cap(j - 1)
        && (ORG_NOUNS.contains(w.low(j - 1)) || is_speaker_noun(w, j - 1))
        && let Some(d) = (j.saturating_sub(4).max(floor)..j - 2)
            .rev()
            .find(|&d| w.is_word(d) && matches!(w.low(d), "the" | "a" | "an"))
        && (d + 1..j).all(|k| w.is_word(k) && !w.is_cap(k))
    {
        return Some((d, j));
    }
    // `the message claimed`, `the company said`.
    if j >= floor + 2
        && w.is_word(j - 1)
        && matches!(
            w.low(j - 2),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "some"
                | "many"
                | "several"
                | "most"
                | "other"
                | "few"
        )
    {
        return Some((j - 2, j));
    }
    None
}

/// English nouns for where something was said (`at a briefing`, `during
/// a news conference`, `in an interview`): the phrase is no source.
const EVENTS_EN: &[&str] = &[
    "briefing",
    "conference",
    "meeting",
    "session",
    "forum",
    "interview",
    "hearing",
    "summit",
    "ceremony",
    "rally",
    "congress",
    "sitting",
    "speech",
    "statement",
    "roundtable",
    "debate",
];

/// Words that open an English noun phrase naming a source (`a source`,
/// `two officials`, `the U.S. embassy`).
const DETERMINERS: [&str; 11] = [
    "a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other",
];

/// Conjunctions that open a clause of its own after a comma.
const CONJUNCTIONS: [&str; 9] = [
    "while",
    "whereas",
    "but",
    "and",
    "although",
    "though",
    "но",
    "а",
    "однако",
];

/// `a spokesperson for Johnson`, `economists at Halyk Finance`: a head word
/// and the preposition after it that make someone speaking for, or a group
/// at, the name that follows; that name is not who spoke.
pub fn speaks_for(head: &str, preposition: &str) -> bool {
    const SPOKESPEOPLE: [&str; 7] = [
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "representative",
        "aide",
        "adviser",
        "advisor",
    ];
    const GROUPS: [&str; 8] = [
        "economists",
        "analysts",
        "experts",
        "officials",
        "researchers",
        "strategists",
        "executives",
        "sources",
    ];
    (SPOKESPEOPLE.contains(&head) && matches!(preposition, "for" | "of" | "to"))
        || (GROUPS.contains(&head) && matches!(preposition, "at" | "from" | "with"))
}

/// `..., while analysts said`, `..., но эксперты считают`: a clause's own
/// subject of lower-case words between a conjunction after a comma and the
/// verb at `end` (else the subject of the clause before was taken, or the
/// conjunction with it).
fn after_conjunction(w: &Words, floor: usize, end: usize) -> Option<(usize, usize)> {
    let c = (end.saturating_sub(9).max(floor + 1)..end.saturating_sub(1))
        .rev()
        .find(|&c| w.is_word(c) && CONJUNCTIONS.contains(&w.low(c)) && w.is_punct(c - 1, ","))?;
    // `but a source said`: the article is no part of who.
    let start = if matches!(w.low(c + 1), "a" | "an") && c + 2 < end {
        c + 2
    } else {
        c + 1
    };
    // Names there are found by the rules below.
    ((c + 1..end).all(|i| w.is_word(i) && !w.is_cap(i))).then_some((start, end))
}

/// English `a source familiar with the talks`, `people close to the
/// president`, `two officials briefed on the plan`, `a spokesperson for
/// Johnson`, `economists at Halyk Finance` ending at `end`: the noun before
/// the post-modifier (or the head of [`speaks_for`]) heads the source, which
/// runs from its determiner (or the sentence's first word) to `end`.
/// Without this the last words (`the talks`) were taken for the source.
fn postmodified(w: &Words, floor: usize, end: usize) -> Option<(usize, usize)> {
    const POSTMODIFIERS: [(&str, &str); 6] = [
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("involved", "in"),
        ("knowledgeable", "about"),
        ("with", "knowledge"),
    ];
    let from = end.saturating_sub(10).max(floor);
    let head = (from..end.saturating_sub(2)).find_map(|k| {
        let pair = (w.low(k), w.low(k + 1));
        if !(w.is_word(k) && w.is_word(k + 1)) {
            None
        } else if POSTMODIFIERS.contains(&pair) && k > floor {
            Some(k - 1)
        } else if speaks_for(pair.0, pair.1) {
            Some(k)
        } else {
            None
        }
    })?;
    if !w.is_word(head) || w.is_cap(head) && head != floor_word(w, floor) {
        return None;
    }
    // Back over at most three words to a determiner or the first word
    // (past a conjunction: `, but a spokesperson for Johnson said`).
    let mut first = floor_word(w, floor);
    if CONJUNCTIONS.contains(&w.low(first)) {
        first += 1;
    }
    let start = (head.saturating_sub(3).max(first)..=head).find(|&k| {
        (k..head).all(|i| w.is_word(i)) && (k == first || DETERMINERS.contains(&w.low(k)))
    })?;
    (start..end).all(|i| w.is_word(i)).then_some((start, end))
}

/// Token `i` is a lower-case Kazakh finite verb in the third person: past
/// or present (`болжады`, `болжайды`, `күтеді`, `сұрапты`), not a noun
/// with a possessive ending (`депутаты`, `өкілі`).
pub fn kazakh_verb(w: &Words, i: usize) -> bool {
    if !w.is_word(i) || w.is_cap(i) || is_speaker_noun(w, i) {
        return false;
    }
    let word = w.low(i);
    word.chars().count() >= 5
        && ["ды", "ді", "ты", "ті", "пты", "пті"]
            .iter()
            .any(|end| word.ends_with(end))
        && !is_title(word)
}

/// Russian: how many genitive words from `from` on (at most three) belong
/// to the noun before them (`пресс-служба акимата города`).
fn genitives_after(w: &Words, from: usize, to: usize, lang: Lang) -> usize {
    if lang != Lang::Ru {
        return 0;
    }
    (from..to.min(from + 3))
        .take_while(|&k| {
            w.is_word(k)
                && !PLACE_PREPOSITIONS.contains(w.low(k))
                && [
                    "а", "я", "ы", "и", "ов", "ев", "ей", "ых", "их", "ого", "его", "ой", "ии",
                ]
                .iter()
                .any(|end| w.low(k).ends_with(end))
        })
        .count()
}

/// The first word of a sentence starting at `floor`, past discourse words.
fn floor_word(w: &Words, floor: usize) -> usize {
    let mut i = floor;
    while i < w.len() && (!w.is_word(i) || is_discourse_word(w, i)) && i < floor + 6 {
        i += 1;
    }
    i
}

/// Past a news dateline opening a sentence or content (`ASTANA, March 12 (Reuters)
/// -`, `АЛМАТЫ. 5 марта -`): a place in capitals, then within ten tokens a
/// dash, or an agency's Latin name and a dash (`Kazinform –`); the story
/// starts after it.
pub fn past_dateline(w: &Words, from: usize, to: usize) -> usize {
    let place = w.is_word(from)
        && w.text(from).chars().count() >= 3
        && !w.text(from).chars().any(char::is_lowercase);
    // `Kazinform – ...` after `Астана. 12 қараша.`: an agency's Latin name
    // and a dash, in Cyrillic text.
    let agency = w.is_cap(from)
        && w.text(from)
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.')
        && w.is_punct(from + 1, "–—-")
        && (from + 2..to).any(|k| w.is_word(k) && !w.text(k).is_ascii());
    if agency {
        return from + 2;
    }
    if !place {
        return from;
    }
    (from + 1..to.min(from + 10))
        .find(|&k| w.is_punct(k, "–—-"))
        .map_or(from, |dash| dash + 1)
}

/// How many words [`subject_at`] reads for the subject's own words.
const SUBJECT_REACH: usize = 5;

/// The first subject of `from..to`: a pronoun, a name or a speaker noun,
/// after any opening discourse words; a name may carry lower-case words
/// (`The interim Governing Council`, `A radical Shiite cleric`).
pub fn subject_at(w: &Words, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut i = past_dateline(w, from, to);
    while i < to && (!w.is_word(i) || is_discourse_word(w, i)) {
        i += 1;
    }
    if i >= to {
        return None;
    }
    if is_pronoun(w, i) {
        return Some((i, i + 1));
    }
    // `Потенциальному кандидату предлагается «...»`: a Russian dative
    // opens the sentence; it is nobody speaking.
    if w.low(i).ends_with("ому") || w.low(i).ends_with("ему") {
        return None;
    }
    let mut last = None;
    let mut k = i;
    while k < to && k < i + SUBJECT_REACH && (w.is_word(k) || is_initial_dot(w, k)) {
        // `The ministry, in a statement, said`: a body's noun too.
        if namey(w, k)
            || is_speaker_noun(w, k)
            || TITLES.contains(w.low(k))
            || ORG_NOUNS.contains(w.low(k))
        {
            last = Some(k);
        } else if matches!(w.low(k), "и" | "and" | "және") && namey(w, k + 1) {
            // `Израиль и США`
        } else if last.is_some_and(|l| w.is_cap(i) || TITLES.contains(w.low(l))) {
            // `the president told supporters on Sunday`: after a title, a
            // plain word ends the subject.
            break;
        }
        k += 1;
    }
    let mut last = last?;
    // The reach ends inside a name (`Председатель Исламского комитета
    // России Гейдар Джемаль`): the name is whole.
    if k == i + SUBJECT_REACH && last + 1 == k {
        while last + 1 < to && w.is_word(last + 1) && namey(w, last + 1) {
            last += 1;
        }
    }
    // `Kazakhstan's central bank`: a name's body, up to three words on.
    if (w.text(last).ends_with("'s") || w.text(last).ends_with("’s"))
        && let Some(noun) = (last + 1..to.min(last + 4))
            .take_while(|&k| w.is_word(k) && !w.is_cap(k))
            .find(|&k| ORG_NOUNS.contains(w.low(k)))
    {
        last = noun;
    }
    // A title before the name: `Глава палестинской делегации Саеб Эрекат`.
    // `Бывший спикер палаты представителей, Нэнси Пелоси, ...`.
    // `Государственный секретарь по вопросам ... Барри Лоуенкрон`: a title
    // heading the subject, then the name.
    // `Председатель Национального банка Тимур Сулейменов, в свою очередь,`:
    // a title opening the subject reaches over its body's name.
    if last == i || is_title(w.low(last)) || is_title(w.low(i)) {
        let mut j = last + 1;
        while j < to && j < i + 13 && (w.is_word(j) || w.is_punct(j, ",")) {
            if let Some(run) = name_run_at(w, j, to).filter(|r| r.1 - r.0 >= 2) {
                return Some((i, run.1));
            }
            j += 1;
        }
    }
    Some((i, last + 1))
}

/// After a Kazakh body's name ending before `from`: its legal form, a
/// post of up to three lower-case words and the name of the post's holder,
/// if they follow (`АҚ бас директоры Асқар Жұмабаев`).
fn holder_after_post(w: &Words, from: usize, end: usize) -> Option<(usize, usize)> {
    let mut j = from;
    // A legal form after the marks (`АҚ`, `ЖШС`).
    if j < end && w.is_word(j) && w.is_cap(j) && w.text(j).chars().count() <= 4 {
        j += 1;
    }
    let post = (j..end.min(j + 3))
        .take_while(|&k| w.is_word(k) && !w.is_cap(k))
        .filter(|&k| is_title(w.low(k)) || is_speaker_noun(w, k))
        .last()?;
    name_run_at(w, post + 1, end).filter(|r| r.1 - r.0 >= 2)
}

/// The source mention after a post-quote cue (`– деді Қуандық Алпыс`,
/// `сказал генеральный директор Анатолий Иксанов`), within `from..to`.
pub fn after(w: &Words, from: usize, to: usize, lang: Lang) -> Option<(usize, usize)> {
    // The clause: up to the sentence end or a bracket (kk: also a comma).
    let mut end = from;
    while end < to
        && (!w.is_punct(end, ".!?…;()[]") || site_dot(w, end) || is_initial_dot(w, end))
        && !(lang == Lang::Kk && w.is_punct(end, ","))
    {
        end += 1;
    }
    let mut i = from;
    while i < end && !w.is_word(i) {
        i += 1;
    }
    if i >= end {
        return None;
    }
    if is_pronoun(w, i) {
        return Some((i, i + 1));
    }
    // `цитирует министра РИА Новости`: the one quoted, then the outlet.
    if lang == Lang::Ru
        && from > 0
        && w.low(from - 1).starts_with("цитиру")
        && w.is_word(i)
        && !w.is_cap(i)
        && TITLES.contains(w.low(i))
    {
        return Some((i, i + 1));
    }
    if lang == Lang::Ru
        && let Some(body) = in_document(w, i, end.min(i + 12))
    {
        return Some(body);
    }
    // `добавили в пресс-службе ведомства`, `рассказали «Курсиву» в
    // Нацбанке`: the body after a plural verb, past the outlet told.
    if lang == Lang::Ru
        && from > 0
        && plural_past(w, from - 1)
        && let Some(body) = (i..end.min(i + 5)).find_map(|k| body_in(w, k, end))
    {
        return Some(body);
    }
    // `отметил аналитик в беседе с корреспондентом Kursiv.kz`: a post or
    // a speaker noun right after the verb, then a preposition, is who
    // spoke; the names after it are where and to whom.
    if lang == Lang::Ru
        && w.is_word(i)
        && !w.is_cap(i)
        && (is_speaker_noun(w, i) || TITLES.contains(w.low(i)))
        && i + 1 < end
        && w.is_word(i + 1)
        && matches!(w.low(i + 1), "в" | "во" | "на" | "с" | "со" | "при")
    {
        return Some((i, i + 1));
    }
    // `сообщает «Новый Регион — Екатеринбург»`: a name in marks is whole.
    if i > from
        && w.is_punct(i - 1, OPENING)
        && namey(w, i)
        && let Some(close) = closing_mark(w, i, end)
    {
        // `«Шымкентжылуэнерго» АҚ бас директоры Асқар Жұмабаев`: a body
        // in marks, its post and the post's holder, who speaks.
        if lang == Lang::Kk
            && let Some(holder) = holder_after_post(w, close + 1, end)
        {
            return Some(holder);
        }
        return Some((i, close));
    }
    // Names: the first run of two or more words, else the first run.
    let (mut first, mut k) = (None, i);
    // Where a Kazakh source described by a place or medium starts, past it.
    let mut described = i;
    let clause_end = if lang == Lang::Kk {
        end
    } else {
        (i..end).find(|&k| w.is_punct(k, ",")).map_or(end, |c| {
            // An apposition follows the name: keep the name part only.
            if (i..c).any(|k| namey(w, k)) { c } else { end }
        })
    };
    // `according to a report released in Washington`: an English name
    // after `in` or `at` is where, not who.
    // Russian: a name after a preposition or a word for an interview or an
    // outlet is where it was said (`рассказал в интервью Tengrinews.kz
    // руководитель управления Алмас Бекмуратов`).
    let a_place = |k: usize| {
        k > i
            && match lang {
                Lang::En => matches!(w.low(k - 1), "in" | "at" | "from" | "near"),
                Lang::Ru => {
                    PLACE_PREPOSITIONS.contains(w.low(k - 1))
                        || matches!(
                            w.low(k - 1),
                            "интервью"
                                | "эфире"
                                | "изданию"
                                | "агентству"
                                | "телеканалу"
                                | "газете"
                        )
                }
                _ => false,
            }
    };
    while k < clause_end {
        if namey(w, k)
            && !a_place(k)
            && let Some(mut run) = name_run_at(w, k, clause_end)
        {
            // `рассказал корреспонденту Tengrinews.kz водитель такси Марат
            // Сейткали`: the outlet told is no speaker when someone
            // described and named comes after it.
            if lang == Lang::Ru
                && outlet_told(w, i, run)
                && w.is_word(run.1)
                && !w.is_cap(run.1)
                && (run.1 + 1..clause_end).any(|m| {
                    namey(w, m) && name_run_at(w, m, clause_end).is_some_and(|r| r.1 - r.0 >= 2)
                })
            {
                k = run.1;
                continue;
            }
            // Kazakh: a name in the dative is the one told, in the locative
            // where it was said (`ҚазАқпарат агенттігіне`, `Facebook
            // парақшасында`); a name, its genitives and a post after it
            // are the speaker (`Астана әкімдігінің өкілі`).
            if lang == Lang::Kk {
                let tail = (run.1..clause_end)
                    .take_while(|&j| w.is_word(j) && !w.is_cap(j))
                    .take(3);
                // The last post reached over genitives (`әкімдігінің өкілі`).
                if let Some(post) = tail
                    .clone()
                    .take_while(|&j| j == run.1 || kk_morph::is_genitive_key(w.low(j - 1)))
                    .filter(|&j| is_speaker_noun(w, j) || is_title(w.low(j)))
                    .last()
                    // A name after the post is who holds it (`ІІМ өкілі
                    // Қуандық Алпыс`).
                    .filter(|&j| !(j + 1 < clause_end && namey(w, j + 1)))
                {
                    return Some((run.0, post + 1));
                }
                match tail.clone().next() {
                    // The name's own head noun carries the case
                    // (`агенттігіне`); a bare one is a setting of its own
                    // after the speaker (`Мади Такиев брифингте`).
                    Some(next)
                        if kk_morph::is_dative_or_locative(w.text(next))
                            && kk_morph::ends_possessive(w.text(next)) =>
                    {
                        // An event or medium's head takes the name before
                        // it (`Үкімет отырысында`, `Facebook парақшасында`,
                        // `Парламент Мәжілісінің отырысында`); the name
                        // before that is the speaker (`деді Марат Қарабаев
                        // Үкімет отырысында`).
                        if super::settings::is_setting(w, next) {
                            let owner = super::settings::owner_start(w, run.0, next);
                            if owner > run.0 && owner < next {
                                return Some((run.0, owner));
                            }
                        }
                        k = next + 1;
                        continue;
                    }
                    // `Instagram желісіндегі қолданушылардың бірі`: a
                    // name before `-дағы`/`-дегі` says where the one after
                    // it is (that one is no name).
                    Some(next) if where_of_next(w.low(next)) => {
                        k = next + 1;
                        described = k;
                        continue;
                    }
                    // `Қуандық Алпыс Алматыда`: the name before the place.
                    None if kk_morph::is_dative_or_locative(w.text(run.1 - 1)) => {
                        if run.1 - run.0 == 1 {
                            k = run.1;
                            continue;
                        }
                        run.1 -= 1;
                    }
                    _ => {}
                }
            }
            // Kazakh: a body before a post and its holder's name is the
            // post's, not the speaker (`ҚР Қаржы министрі Мади Такиев`).
            if lang == Lang::Kk
                && run.1 + 1 < clause_end
                && w.is_word(run.1)
                && !w.is_cap(run.1)
                && (is_title(w.low(run.1)) || is_speaker_noun(w, run.1))
                && namey(w, run.1 + 1)
            {
                k = run.1 + 1;
                continue;
            }
            // `РИА «Новости»`: the name goes on in marks.
            if w.is_punct(run.1, OPENING)
                && let Some(close) = closing_mark(w, run.1 + 1, clause_end)
            {
                run.1 = close + 1;
            }
            if run.1 - run.0 >= 2 {
                // `said Deputy Minister of Finance Aliya Nurova`: a post of
                // its own words, its body, then the name.
                if TITLES.contains(w.low(run.1 - 1))
                    && w.is_word(run.1)
                    && matches!(w.low(run.1), "of" | "for")
                    && let Some(name) = (run.1 + 1..clause_end.min(run.1 + 4))
                        .find_map(|m| name_run_at(w, m, clause_end).filter(|r| r.1 - r.0 >= 2))
                {
                    return Some((run.0, name.1));
                }
                // `заявил глава МИД РК`: the title heads the mention.
                if run.0 > i && run.0 - i <= 3 && TITLES.contains(w.low(i)) {
                    return Some((i, run.1));
                }
                return Some(run);
            }
            // `Мемлекет басшысы` "the head of state": a title over a body is
            // the person who holds it.
            if lang == Lang::Kk
                && run.1 < clause_end
                && w.is_word(run.1)
                && !w.is_cap(run.1)
                && is_title(w.low(run.1))
                && !(run.1 + 1..clause_end).any(|k| namey(w, k))
            {
                return Some((run.0, run.1 + 1));
            }
            first.get_or_insert(run);
            k = run.1;
            continue;
        }
        k += 1;
    }
    if let Some(run) = first {
        // `подчеркнул президент РФ`: the title heads the mention.
        if run.0 > i && run.0 - i <= 3 && TITLES.contains(w.low(i)) {
            return Some((i, run.1));
        }
        return Some(run);
    }
    if lang == Lang::Kk {
        let i = described;
        // `– дейді бала құқығын қорғаушы мамандар.`: up to a speaker noun,
        // else the clause if it ends in a plural or possessive noun.
        if let Some(n) = (i..end).find(|&k| is_speaker_noun(w, k) || is_title(w.low(k))) {
            return Some((i, n + 1));
        }
        let words: Vec<usize> = (i..end).filter(|&k| w.is_word(k)).collect();
        let last = *words.last()?;
        let nounish = [
            "лар", "лер", "дар", "дер", "тар", "тер", "сы", "сі", "ы", "і",
        ]
        .iter()
        .any(|s| w.low(last).ends_with(s));
        return (words.len() <= 5 && nounish).then_some((i, last + 1));
    }
    (i..clause_end)
        .find(|&k| is_speaker_noun(w, k) || (w.is_word(k) && is_title(w.low(k))))
        .map(|k| (k, k + 1 + genitives_after(w, k + 1, clause_end, lang)))
        .or_else(|| {
            // `the statistics agency`: the article and up to three words.
            if !(w.is_word(i) && matches!(w.low(i), "the" | "a") && w.is_word(i + 1)) {
                return None;
            }
            let stop = |k: usize| {
                !w.is_word(k)
                    || PLACE_PREPOSITIONS.contains(w.low(k))
                    || matches!(w.low(k), "for" | "on" | "by" | "that" | "which" | "who")
                    // `a report released in Geneva`: a participle.
                    || w.low(k).ends_with("ed")
            };
            let k = (i + 1..end.min(i + 4))
                .find(|&k| stop(k))
                .unwrap_or(end.min(i + 4));
            (k > i + 1).then_some((i, k))
        })
}

#[cfg(test)]
mod tests {
    use super::speaker_noun_nominative as nominative;

    #[test]
    fn speaker_nouns_take_their_listed_dictionary_form() {
        assert_eq!(nominative("источника").as_deref(), Some("источник"));
        assert_eq!(nominative("экспертов").as_deref(), Some("эксперты"));
        assert_eq!(nominative("жителей").as_deref(), Some("жители"));
        // `ё` kept as written, though the list folds it.
        assert_eq!(nominative("учёных").as_deref(), Some("учёные"));
        assert_eq!(nominative("аналитикам").as_deref(), Some("аналитики"));
        // Already the listed form, a capitalised word, or no speaker noun.
        assert_eq!(nominative("эксперты"), None);
        assert_eq!(nominative("Источника"), None);
        assert_eq!(nominative("столов"), None);
    }
}
