//! Native time of each pipeline stage on 100 KB of kk, ru and en dev text
//! (`cargo bench --bench stages`), so the slowest stage is visible.
//! Each stage is timed on the output of the stages before it, by the CPU
//! time of the thread (see `support/cpu_time.rs`). `AITTY_BENCH_KB` changes the
//! text size.

mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

use aitty::text::Document;
use aitty::{attribution, clusters, entities, format, language, quotes};
use support::corpus;
use support::cpu_time::ThreadCpuTime;

fn stages(c: &mut Criterion<ThreadCpuTime>) {
    let kb: usize = std::env::var("AITTY_BENCH_KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    for lang in ["kk", "ru", "en"] {
        let text = corpus::corpus(lang, kb * 1000);
        let mut g = c.benchmark_group(format!("{lang}_{kb}KB"));
        g.throughput(Throughput::Bytes(text.len() as u64));

        g.bench_function("text", |b| b.iter(|| Document::new(black_box(&text))));
        let doc = Document::new(&text);
        g.bench_function("language", |b| b.iter(|| language::detect(black_box(&doc))));
        let langs = language::detect(&doc);
        g.bench_function("entities", |b| {
            b.iter(|| entities::recognise(black_box(&doc), &langs))
        });
        let ents = entities::recognise(&doc, &langs);
        g.bench_function("quotes", |b| {
            b.iter(|| quotes::find(black_box(&doc), &langs))
        });
        let candidates = quotes::find(&doc, &langs);
        g.bench_function("attribution", |b| {
            b.iter_batched(
                || candidates.clone(),
                |c| attribution::attribute(black_box(&doc), &langs, &ents, c),
                BatchSize::LargeInput,
            )
        });
        let quotes = attribution::attribute(&doc, &langs, &ents, candidates.clone());
        g.bench_function("clusters", |b| {
            b.iter(|| clusters::cluster(black_box(&ents), &quotes))
        });
        let analysis = aitty::analyse(&text);
        g.bench_function("format", |b| b.iter(|| format::to_v1(black_box(&analysis))));
        // The JSON of a text: through the owned annotations, and straight
        // from the analysis through the borrowed view (the same bytes).
        g.bench_function("json_owned", |b| {
            b.iter(|| format::to_v1(black_box(&analysis)).to_json())
        });
        g.bench_function("json_view", |b| {
            b.iter(|| format::V1::new(black_box(&analysis)).to_json())
        });
        g.bench_function("whole", |b| b.iter(|| aitty::annotate(black_box(&text))));
        g.finish();
    }
}

/// Short runs: the point is which stage dominates, not the third digit.
fn config() -> Criterion<ThreadCpuTime> {
    Criterion::default()
        .with_measurement(ThreadCpuTime::default())
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! {
    name = benches;
    config = config();
    targets = stages
}
criterion_main!(benches);
