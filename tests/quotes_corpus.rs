//! Data-driven quote tests: `tests/testdata/quotes/LANG_CONSTRUCTION.jsonl`,
//! one case a line — `{"name", "text", "quotes": [{"text", "kind", "speaker"}]}`
//! (`"quotes": []` for a negative).
//! A speaker matches when its name ends in the same word as the expected one
//! (`А. Кудрин` for `Кудрин`), or its whole name with `"whole_speaker": true`
//! (descriptions: `source familiar with the talks`). Every failing case is reported by name. Plus
//! the founding article.

use aitty::format::QuoteV1;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    quotes: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    text: String,
    kind: String,
    speaker: Option<String>,
    #[serde(default)]
    whole_speaker: bool,
}

/// Characters the scorer ignores at the ends of a quote.
const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '\u{a0}', '"', '\'', '«', '»', '“', '”', '„', '‘', '’', '‹', '›', '.',
    ',', ';', ':', '!', '?', '…', '–', '—', '-',
];

fn last_word(name: &str) -> &str {
    name.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
}

/// What is wrong with the output for `case`, if anything.
fn check(case: &Case) -> Option<String> {
    let got = aitty::annotate(&case.text).quotes;
    let show = |q: &QuoteV1| {
        format!(
            "{:?} {:?} by {:?}",
            q.kind,
            q.text,
            q.speaker.as_ref().map(|s| &s.name)
        )
    };
    let all = || got.iter().map(show).collect::<Vec<_>>().join("; ");
    if got.len() != case.quotes.len() {
        return Some(format!(
            "expected {} quotes, got {}: [{}]",
            case.quotes.len(),
            got.len(),
            all()
        ));
    }
    for (want, q) in case.quotes.iter().zip(&got) {
        let kind = format!("{:?}", q.kind).to_lowercase();
        let speaker_ok = match (&want.speaker, &q.speaker) {
            (None, None) => true,
            (Some(w), Some(s)) if want.whole_speaker => w == &s.name,
            (Some(w), Some(s)) => last_word(w) == last_word(&s.name),
            _ => false,
        };
        if want.text.trim_matches(TRIM) != q.text.trim_matches(TRIM)
            || kind != want.kind
            || !speaker_ok
        {
            return Some(format!(
                "expected {} {:?} by {:?}; got [{}]",
                want.kind,
                want.text,
                want.speaker,
                all()
            ));
        }
    }
    None
}

/// The corpus directory: one file per language and construction
/// (`kk_marks.jsonl`, `ru_reported.jsonl`, ...), `#` lines are headers.
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/testdata/quotes");

/// Every case of every corpus file, each with the file it came from.
fn corpus() -> Vec<(String, Case)> {
    let mut files: Vec<_> = std::fs::read_dir(CORPUS)
        .expect("the corpus directory")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let file = path.file_stem().unwrap().to_string_lossy().into_owned();
        let data = std::fs::read_to_string(&path).expect("a corpus file");
        for (n, line) in data.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let case: Case = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{file}.jsonl:{}: {e}", n + 1));
            cases.push((file.clone(), case));
        }
    }
    cases
}

#[test]
fn every_corpus_case_passes() {
    let cases = corpus();
    let mut names = std::collections::HashSet::new();
    for (file, case) in &cases {
        assert!(names.insert(&case.name), "{file}: {} twice", case.name);
    }
    assert!(cases.len() >= 150, "only {} cases", cases.len());
    for lang in ["kk", "ru", "en"] {
        for construction in [
            "marks",
            "interrupted",
            "paragraphs",
            "colon",
            "not_quotes",
            "reported",
            "speakers",
            "broken",
        ] {
            let file = format!("{lang}_{construction}");
            assert!(
                cases.iter().any(|(f, _)| *f == file),
                "no cases in {file}.jsonl"
            );
        }
    }
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(file, case)| check(case).map(|why| format!("  {file}/{}: {why}", case.name)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_article_has_six_quotes_by_alpys() {
    let seed = include_str!("data/seed_kk.txt");
    let quotes = aitty::annotate(seed).quotes;
    let kinds: Vec<String> = quotes
        .iter()
        .map(|q| format!("{:?}", q.kind).to_lowercase())
        .collect();
    assert_eq!(
        kinds,
        [
            "indirect", "direct", "indirect", "direct", "indirect", "direct"
        ],
        "{quotes:#?}"
    );
    for q in &quotes {
        assert_eq!(
            q.speaker.as_ref().map(|s| s.name.as_str()),
            Some("Қуандық Алпыс"),
            "{q:#?}"
        );
    }
    let third = quotes
        .iter()
        .find(|q| q.text.starts_with("Мысалы, Актөбе"))
        .expect("third direct quote");
    let mention = third.speaker.as_ref().unwrap();
    let mention_text: String = seed
        .chars()
        .skip(mention.start)
        .take(mention.end - mention.start)
        .collect();
    assert_eq!(mention_text, "ол");
}

#[test]
fn broken_input_never_panics_nor_runs_away() {
    for text in [
        "«",
        "»",
        "\"",
        "''",
        "«»",
        "– ",
        "—",
        "„“",
        "« «",
        "\"a\" \"",
        "‘",
        "«Ә",
        "a » b « c",
        "\u{301}«x",
    ] {
        let quotes = aitty::annotate(text).quotes;
        assert!(quotes.len() <= 1, "{text:?}: {quotes:?}");
    }
    // An unclosed mark stops at its paragraph.
    let text = "«Ашық қалған сөйлем бір-екі сөзден көп.\nКелесі абзац.\nТағы бір абзац.";
    for q in aitty::annotate(text).quotes {
        assert!(!q.text.contains('\n'), "{q:?}");
    }
}

#[test]
fn random_input_gives_ordered_quotes_within_paragraphs() {
    const PIECES: &[&str] = &[
        "«",
        "»",
        "\"",
        "'",
        "“",
        "”",
        "„",
        "‘",
        "’",
        "–",
        "—",
        "-",
        ",",
        ".",
        ":",
        "!",
        "?",
        "\n",
        "деді",
        "дейді",
        "деп",
        "айтты",
        "ол",
        "сказал",
        "заявил",
        "что",
        "по словам",
        "said",
        "that",
        "he",
        "according to",
        "Қуандық Алпыс",
        "Иван Петров",
        "айтуынша",
        "Бұл туралы",
        "Об этом",
        "мәлімдеді",
        "анықталғанын",
        "мамандар",
        "министр",
        "глава",
        "Sept.",
        "и",
        "а",
        "(",
        ")",
        "Сөзінше",
        "екені",
        "айтылды",
        "e\u{301}",
        "😀",
    ];
    // A small linear congruential generator: the same cases every run.
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut with_quotes = 0;
    for _ in 0..3000 {
        let len = next(40) + 1;
        let text: String = (0..len)
            .map(|_| format!("{} ", PIECES[next(PIECES.len())]))
            .collect();
        let chars: Vec<char> = text.chars().collect();
        let quotes = aitty::annotate(&text).quotes;
        with_quotes += usize::from(!quotes.is_empty());
        for pair in quotes.windows(2) {
            assert!(pair[0].end <= pair[1].start, "{text:?}: {pair:?}");
        }
        for q in &quotes {
            assert!(
                !q.text.trim().is_empty() && !q.text.contains('\n'),
                "{text:?}: {q:?}"
            );
            // The format's promise: `text` is the slice at `start..end`.
            let slice: String = chars[q.start..q.end].iter().collect();
            assert_eq!(slice, q.text, "{text:?}: {q:?}");
        }
    }
    // The pieces make quotes often enough for the checks above to bite.
    assert!(
        with_quotes > 1000,
        "only {with_quotes} of 3000 texts had quotes"
    );
}
