//! What the module memoises per word on a thread outlives a document (the
//! tagger's word facts, the lexicon clues, the dictionary forms), so the
//! next article starts with the words the earlier ones shared with it. The
//! memos may only make annotating faster: a document's annotations are the
//! same whatever the thread annotated before it.

mod support;

use std::thread;

/// Articles of about 3 KB: consecutive texts joined by blank lines.
fn articles(file: &str, count: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut article = String::new();
    for text in support::dev_texts(file) {
        if !article.is_empty() {
            article.push_str("\n\n");
        }
        article.push_str(&text);
        if article.len() >= 3_000 {
            out.push(std::mem::take(&mut article));
            if out.len() == count {
                break;
            }
        }
    }
    out
}

fn json(text: &str) -> String {
    serde_json::to_string(&aitty::annotate(text)).unwrap()
}

/// Each article annotated on a fresh thread (empty memos), in order on one
/// thread, and in reverse order on another: the same JSON every time.
fn order_does_not_matter(files: &[&str]) {
    let docs: Vec<String> = files.iter().flat_map(|f| articles(f, 12)).collect();
    assert!(docs.len() >= 4 * files.len(), "{} articles", docs.len());
    let alone: Vec<String> = docs
        .iter()
        .map(|d| {
            let d = d.clone();
            thread::spawn(move || json(&d)).join().unwrap()
        })
        .collect();
    let forward = {
        let docs = docs.clone();
        thread::spawn(move || docs.iter().map(|d| json(d)).collect::<Vec<_>>())
            .join()
            .unwrap()
    };
    let backward = {
        let docs = docs.clone();
        thread::spawn(move || {
            let mut out: Vec<String> = docs.iter().rev().map(|d| json(d)).collect();
            out.reverse();
            out
        })
        .join()
        .unwrap()
    };
    for (k, doc) in docs.iter().enumerate() {
        let head: String = doc.chars().take(60).collect();
        assert_eq!(
            forward[k], alone[k],
            "article {k} after the ones before it: {head}"
        );
        assert_eq!(
            backward[k], alone[k],
            "article {k} after the ones after it: {head}"
        );
    }
}

#[test]
fn kazakh_articles_annotate_the_same_in_any_order() {
    order_does_not_matter(&["ner_dev_kk", "quotes_dev_kk"]);
}

#[test]
fn russian_articles_annotate_the_same_in_any_order() {
    order_does_not_matter(&["ner_dev_ru", "quotes_dev_ru"]);
}

#[test]
fn english_articles_annotate_the_same_in_any_order() {
    order_does_not_matter(&["ner_dev_en", "quotes_dev_en"]);
}

#[test]
fn mixed_languages_annotate_the_same_in_any_order() {
    // A Kazakh article, then a Russian one with the same names, then an
    // English one: the memos hold each word per language.
    order_does_not_matter(&["quotes_dev_kk", "quotes_dev_ru", "quotes_dev_en"]);
}
