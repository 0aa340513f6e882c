//! Kazakh reported speech: `X CONTENT-ғанын айтты`, `CONTENT деп X
//! мәлімдеді`, `CONTENT, – дейді X.`, `CONTENT екені айтылды`.

use super::{Range, push, trim_end};
use crate::language::Lang;
use crate::quotes::QuoteCandidate;
use crate::quotes::cues;
use crate::quotes::source;
use crate::quotes::words::{MARKS, Words};

/// Word endings of a Kazakh content clause before a speech verb:
/// `-ғанын`, `-екенін`, `-атынын`, `-тігін`, `барын`.
fn kk_clause_end(word: &str) -> bool {
    ["нын", "нін", "ғын", "гін", "қын", "кін", "барын", "жоғын"]
        .iter()
        .any(|s| word.ends_with(s) && word.chars().count() > 4)
}

/// Past the words that say when the words were said, opening the content
/// (`Сүлейменова | бұған дейін | 2027 жылға қарай кезек жойылатынын
/// мәлімдеген`, `кеше`, `жақында`), up to `end`.
fn past_time_of_saying(w: &Words, start: usize, end: usize) -> usize {
    let words = match (w.low(start), w.low(start + 1)) {
        ("бұған", "дейін") | ("бұдан", "бұрын") => 2,
        ("кеше" | "жақында", _) => 1,
        _ => return start,
    };
    let after = start + words;
    let after = if matches!(w.low(after), "да" | "де" | "та" | "те") {
        after + 1
    } else {
        after
    };
    if after < end && w.is_word(after) {
        after
    } else {
        start
    }
}

/// Passive `-екені/-ғаны айтылды`.
fn kk_passive_end(word: &str) -> bool {
    ["екені", "ғаны", "гені", "қаны", "кені"]
        .iter()
        .any(|s| word.ends_with(s))
}

/// Stems of verbs of saying, whose passive participles still report
/// speech (`айтылған`, `хабарланған`, `мәлімделген`, `жазылған`).
const SPEECH_STEMS: [&str; 4] = ["айт", "хабар", "мәлімде", "жаз"];

/// A passive participle (`күдіктелген`, `айыпталған`, `аталатын`,
/// `танылған`; not `білген`, `қалған`, whose stems are short): after
/// `деп` it describes a noun (`X деп күдіктелген адам` "a man suspected
/// of X") and reports no speech.
fn passive_participle(word: &str) -> bool {
    let stem = ["ған", "ген", "атын", "етін"]
        .iter()
        .find_map(|s| word.strip_suffix(s));
    stem.is_some_and(|t| {
        t.chars().count() >= 4
            && (t.ends_with('л') || t.ends_with('н'))
            && !SPEECH_STEMS.iter().any(|s| t.starts_with(s))
    })
}

/// Kazakh: `X CONTENT-ғанын айтты`, `CONTENT деп X мәлімдеді`,
/// `CONTENT, – дейді X.`, `CONTENT екені айтылды`.
pub(super) fn find(w: &Words, from: usize, to: usize, out: &mut Vec<QuoteCandidate>) {
    let Some(verbs) = cues::verbs(Lang::Kk) else {
        return;
    };
    let end = trim_end(w, from, to);
    let first_person =
        |a: usize, b: usize| (a..b).any(|i| matches!(w.low(i), "мен" | "біз" | "өзім"));
    for k in from + 1..end {
        if !w.is_word(k) {
            continue;
        }
        if matches!(w.low(k), "айтылды" | "хабарланды" | "мәлімделді")
            && kk_passive_end(w.low(k - 1))
        {
            let start = (from..k)
                .find(|&i| w.is_word(i) && !source::is_discourse_word(w, i))
                .unwrap_or(from);
            push(w, out, (start, k), (k, k + 1), None);
            return;
        }
        let Some(e) = w.phrase_at(k, verbs) else {
            continue;
        };
        let low = w.low(k);
        if kk_clause_end(w.low(k - 1)) && !matches!(low, "деп" | "деді" | "дейді" | "депті")
        {
            let subject = kk_subject(w, from, k - 1).map(|s| {
                let held = possessed(w, s, k - 1);
                // `Президент Қазақстанның инвесторлар үшін ашық екенін`: a
                // genitive that owns nothing after it opens the content.
                let last = held.1 - 1;
                if held == s
                    && held.1 - held.0 >= 2
                    && crate::entities::kk_morph::is_genitive(w.text(last))
                {
                    (held.0, last)
                } else {
                    held
                }
            });
            let mut start = subject.map_or(from, |s| s.1);
            // `Мәди Тәкиев болса, ...`: the topic's particles are no
            // content, nor is `өз кезегінде` "in turn".
            while start < k - 1 {
                if w.is_punct(start, ",")
                    || matches!(w.low(start), "болса" | "да" | "де" | "та" | "те" | "ғой")
                {
                    start += 1;
                } else if w.low(start) == "өз" && w.low(start + 1) == "кезегінде" && start + 2 < k
                {
                    start += 2;
                } else {
                    break;
                }
            }
            // `Министр тілшімізге ...`: the one told is no content.
            while start < k - 1 && source::told_person_in_kazakh(w, start) {
                start += 1;
            }
            // `Сұлтанғазиев Қонаевта өткен жиында ...`: where, not what.
            let start = crate::quotes::settings::past_adjunct(w, start, k - 1);
            let start = past_time_of_saying(w, start, k - 1);
            push(w, out, (start, k), (k, e), subject);
            return;
        }
        if low == "деп"
            && e == k + 1
            && passive_participle(w.low(e))
            && w.phrase_at(e, verbs).is_none()
        {
            // `ұрлық жасады деп күдіктелген адамның ұсталғанын хабарлады`:
            // `деп` names what a passive participle holds of a noun, so the
            // cue, if any, comes later.
            continue;
        }
        if matches!(low, "деп" | "дейді" | "деді" | "депті" | "деседі") {
            let mut c_end = k;
            while c_end > from && w.is_punct(c_end - 1, ",–—-") {
                c_end -= 1;
            }
            if c_end > from && w.is_punct(c_end - 1, MARKS) {
                return; // `«...» дейді`: the direct stage's
            }
            if w.count_words(from, c_end) < 3 || first_person(e, end) {
                return;
            }
            let source = if low == "деп" && e == k + 1 && e < end {
                // `деп тұрғындар дабыл қаққан`: a reporting verb must follow.
                // Any finite verb right after it does too when a speaker
                // follows it (`деп болжайды синоптиктер`; not `кінәлі деп
                // танылды` "was found guilty").
                let listed = (e..end).find_map(|j| w.phrase_at(j, verbs).map(|x| (j, x)));
                let Some((v, v_end)) = listed.or_else(|| {
                    (source::kazakh_verb(w, e) && source::after(w, e + 1, to, Lang::Kk).is_some())
                        .then_some((e, e + 1))
                }) else {
                    return;
                };
                if v > e {
                    source::before(w, e, v)
                } else {
                    // `деп мәлімдеді тұрғындар`
                    source::after(w, v_end, to, Lang::Kk)
                }
            } else {
                source::after(w, e, to, Lang::Kk)
            };
            let mut start = (from..c_end)
                .find(|&i| w.is_word(i) && !source::is_discourse_word(w, i))
                .unwrap_or(from);
            // `Қуандық Алпыс биыл қылмыс азайды деп мәлімдеді`: the speaker
            // opens the sentence.
            let mut source = source;
            if source.is_none()
                && let Some(s) = kk_subject(w, start, c_end).filter(|s| {
                    s.0 == start
                        && (s.1 - s.0 >= 2
                            || source::is_pronoun(w, s.0)
                            || source::is_speaker_noun(w, s.0))
                })
            {
                source = Some(s);
                start = s.1;
            }
            push(w, out, (start, c_end), (k, e), source);
            return;
        }
    }
}

/// A subject ending in the genitive goes on to the noun it possesses
/// (`министрлігінің баспасөз қызметі`, `әкімдігінің өкілі`), within
/// three words before `to`, and to the name of the one who holds that post
/// (`министрлігінің баспасөз хатшысы Айгүл Мұхамедиярова`).
fn possessed(w: &Words, subject: Range, to: usize) -> Range {
    let last = subject.1 - 1;
    if !w.is_word(last) || !crate::entities::kk_morph::is_genitive(w.text(last)) {
        return subject;
    }
    let Some(noun) = (subject.1..to.min(subject.1 + 3))
        .take_while(|&j| w.is_word(j))
        .find(|&j| w.low(j).ends_with(['ы', 'і']))
    else {
        return subject;
    };
    let name_end = (noun + 1..to).find(|&j| !w.is_cap(j)).unwrap_or(to);
    if name_end - noun > 2 {
        (subject.0, name_end)
    } else {
        (subject.0, noun + 1)
    }
}

/// `Қазақстан Республикасының Ұлттық экономика министрі Серік Жұманғарин`:
/// after a body's name (ending at `from`), a post in lower case within three
/// words and the name of two words or more of who holds it; returns where
/// that name ends.
fn holder_after(w: &Words, from: usize, limit: usize) -> Option<usize> {
    let post = (from..limit.min(from + 3))
        .take_while(|&k| w.is_word(k) && !w.is_cap(k))
        .find(|&k| source::is_speaker_noun(w, k))?;
    let end = (post + 1..limit).find(|&k| !w.is_cap(k)).unwrap_or(limit);
    (end - post > 2).then_some(end)
}

/// A capitalised word that is no subject alone: it is capitalised only
/// because it opens the sentence. A word in a case other than the genitive,
/// and no listed first name or place as written (`Шетелде жүрген ...`,
/// `Жөнелтілімдерді ...`, not `Дариға`, `Қазақстан`), for a subject is
/// nominative (a genitive may own it: [`possessed`]); a function word
/// (`Барлық`); a code with digits (`BID330416`).
fn no_lone_subject(word: &str) -> bool {
    use crate::entities::{kk_morph, lexicon};
    let key = crate::wordlist::key(word);
    let oblique = || {
        kk_morph::strip_case(word).is_some()
            && !kk_morph::is_genitive(word)
            && !crate::entities::is_first_name(word, Lang::Kk)
            && !lexicon::PLACES.contains_key(&key)
    };
    word.bytes().any(|b| b.is_ascii_digit()) || lexicon::FUNCTION_WORDS.contains(&key) || oblique()
}

/// The subject of a Kazakh clause in `from..to`: a name of two or more
/// words, else a pronoun, else a speaker noun, else a name.
fn kk_subject(w: &Words, from: usize, to: usize) -> Option<Range> {
    let limit = to.min(from + 10);
    let mut single = None;
    let mut i = from;
    while i < limit {
        if source::is_pronoun(w, i) {
            return Some((i, i + 1));
        }
        if w.is_cap(i) && !source::is_discourse_word(w, i) {
            let mut j = i;
            while j < limit && w.is_cap(j) {
                j += 1;
            }
            if j - i >= 2 {
                return Some((i, holder_after(w, j, limit).unwrap_or(j)));
            }
            // `Кәсіпкерлер палатасы «Атамекен»`: a name, its body's kind
            // word with the possessive and a name in marks are one body.
            if j < limit
                && w.is_word(j)
                && !w.is_cap(j)
                && crate::tagger::kk_kind_words::kind_of(w.text(j))
                    & crate::tagger::kk_kind_words::POSSESSIVE
                    != 0
            {
                let mut end = j + 1;
                if w.is_punct(end, "«\"“")
                    && let Some(close) =
                        (end + 1..limit.min(end + 6)).find(|&k| w.is_punct(k, "»\"”"))
                {
                    end = close + 1;
                }
                return Some((i, end));
            }
            if source::is_speaker_noun(w, i) {
                // `Ведомство басшысы`: the body's post.
                let post = j < limit && source::is_speaker_noun(w, j) && !w.is_cap(j);
                if !post {
                    return Some((i, j));
                }
                // `Полиция бастығы Асқар Нұрланұлы`: and who holds it, a
                // name of two capitalised words at least.
                let name_end = (j + 1..limit).find(|&k| !w.is_cap(k)).unwrap_or(limit);
                return Some((i, if name_end - j > 2 { name_end } else { j + 1 }));
            }
            if !(j - i == 1 && no_lone_subject(w.text(i))) {
                single.get_or_insert((i, j));
            }
            i = j;
            continue;
        }
        if source::is_speaker_noun(w, i) {
            // `Денсаулық сақтау министрлігінің`: back to the capital that
            // opens the name, up to three words, else the word before.
            let opening = (i.saturating_sub(3).max(from)..i).find(|&j| {
                w.is_cap(j) && !source::is_discourse_word(w, j) && (j..i).all(|k| w.is_word(k))
            });
            let start = if let Some(j) = opening {
                j
            } else if i > from && w.is_word(i - 1) && !source::is_discourse_word(w, i - 1) {
                i - 1
            } else {
                i
            };
            // `ведомство басшысы`, `министрлік өкілі`: the body's post.
            let i = if i + 1 < limit && source::is_speaker_noun(w, i + 1) && !w.is_cap(i + 1) {
                i + 1
            } else {
                i
            };
            // `әкімі Ерболат Досаев`: the name after the title.
            let mut j = i + 1;
            while j < limit && w.is_cap(j) {
                j += 1;
            }
            return Some((start, if j - i > 2 { j } else { i + 1 }));
        }
        i += 1;
    }
    single
}
