//! How fast the entities stage is, per MB of text:
//! `cargo run --profile dev-opt --example entity_speed -- FILE... [--repeats N]`.
//! A `.jsonl` file gives the `text` of each line (the dev files), one
//! paragraph each; another file is read as it is.
//!
//! Prints the first run (every word new to the per-word memos) and the mean
//! of REPEATS more runs (default 3), in wall time and in this thread's CPU
//! time (on a shared machine wall time counts other people's work too).

use std::time::Instant;

/// CPU time of this thread in seconds (Linux).
fn cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn main() {
    let mut repeats = 3u32;
    let mut text = String::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--repeats" {
            repeats = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--repeats N");
            continue;
        }
        let data = std::fs::read_to_string(&arg).expect("a readable UTF-8 file");
        if arg.ends_with(".jsonl") {
            for line in data.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("JSON Lines");
                text.push_str(v["text"].as_str().unwrap_or_default());
                text.push('\n');
            }
        } else {
            text.push_str(&data);
        }
    }
    // The word lists load once per process; a small text loads them first.
    let small =
        aitty::text::Document::new("Қуандық Алпыс Алматыда. Юрий Лужков в Москве. John in London.");
    let _ = aitty::entities::recognise(&small, &aitty::language::detect(&small));

    let doc = aitty::text::Document::new(&text);
    let langs = aitty::language::detect(&doc);
    let mb = text.len() as f64 / 1e6;
    let (c, t) = (cpu(), Instant::now());
    let count = aitty::entities::recognise(&doc, &langs).len();
    let (first_wall, first_cpu) = (t.elapsed().as_secs_f64(), cpu() - c);
    let (c, t) = (cpu(), Instant::now());
    for _ in 0..repeats {
        aitty::entities::recognise(&doc, &langs);
    }
    let n = f64::from(repeats.max(1));
    let (wall, cpu_time) = (t.elapsed().as_secs_f64() / n, (cpu() - c) / n);
    println!(
        "{count} entities in {mb:.2} MB; first run {:.1} ms/MB (CPU {:.1}), repeated {:.1} ms/MB (CPU {:.1})",
        first_wall * 1e3 / mb,
        first_cpu * 1e3 / mb,
        wall * 1e3 / mb,
        cpu_time * 1e3 / mb
    );
}
