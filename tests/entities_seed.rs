//! The founding article's entities (see the PREAMBLE's list): each with its
//! type and canonical form, and nothing made of its ordinary words.

use aitty::entities::EntityType::{self, *};

const SEED: &str = include_str!("data/seed_kk.txt");

#[test]
fn seed_article_entities() {
    let analysis = aitty::analyse(SEED);
    let got: Vec<(EntityType, &str, &str)> = analysis
        .entities
        .iter()
        .map(|e| (e.kind, e.span.slice(SEED), e.canonical.as_str()))
        .collect();
    let want: &[(EntityType, &str, &str)] = &[
        (Person, "Қуандық Алпыс", "Қуандық Алпыс"),
        (Person, "Айгерим Тарина", "Айгерим Тарина"),
        (Org, "ІІМ", "ІІМ"),
        (Org, "ҚР ІІМ", "ҚР ІІМ"),
        (Loc, "Алматы", "Алматы"),
        (Loc, "Астана", "Астана"),
        (Loc, "Шығыс Қазақстан", "Шығыс Қазақстан"),
        (Loc, "Ұлытау облысы", "Ұлытау облысы"),
        (Loc, "Актөбе облысы", "Актөбе облысы"),
        (Loc, "Қазақстанда", "Қазақстан"),
        (Loc, "Қазақстан", "Қазақстан"),
        (Date, "26.12.2025", "26.12.2025"),
        (Date, "2025 жылы", "2025 жылы"),
        (
            Date,
            "2025 жылғы 23 желтоқсаннан",
            "2025 жылғы 23 желтоқсаннан",
        ),
        (Time, "11:08", "11:08"),
        (Quantity, "700 тоннадан астам", "700 тоннадан астам"),
    ];
    for w in want {
        assert!(got.contains(w), "missing {w:?} in {got:?}");
    }
    // All three mentions of the speaker, and no number of cases taken for
    // an amount (`70 іс`, `10 іс` are counts, not quantities).
    assert_eq!(
        got.iter()
            .filter(|(k, s, _)| *k == Person && *s == "Қуандық Алпыс")
            .count(),
        3
    );
    for (_, span, _) in &got {
        assert!(!span.contains("іс"), "{span:?} is not an entity");
        assert!(
            !span.starts_with("Бұл") && !span.starts_with("Сурет"),
            "{span:?}"
        );
    }
}

/// Every mention of one referent shares a cluster, and no other does:
/// the three `Қуандық Алпыс`, `ІІМ` and `ҚР ІІМ`, `Қазақстанда` and `Қазақстан`.
#[test]
fn seed_article_clusters() {
    let doc = aitty::annotate(SEED);
    let cluster_of = |text: &str| -> Vec<&str> {
        doc.entities
            .iter()
            .filter(|e| e.canonical == text)
            .map(|e| e.cluster.as_str())
            .collect()
    };
    let alpys = cluster_of("Қуандық Алпыс");
    assert_eq!(alpys.len(), 3);
    assert!(alpys.iter().all(|c| *c == alpys[0]));
    let kz = cluster_of("Қазақстан");
    assert!(kz.len() == 2 && kz[0] == kz[1]);
    // `ІІМ` and `ҚР ІІМ` are one ministry.
    let iim: Vec<&str> = cluster_of("ІІМ")
        .into_iter()
        .chain(cluster_of("ҚР ІІМ"))
        .collect();
    assert!(
        iim.len() >= 3 && iim.iter().all(|c| *c == iim[0]),
        "{iim:?}"
    );
    let tarina = cluster_of("Айгерим Тарина");
    assert_ne!(tarina[0], alpys[0]);
    assert_eq!(doc.entities[0].cluster, "c1");
}
