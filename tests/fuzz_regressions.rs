//! Replays every fuzz corpus file and every crash the fuzzers found
//! (`fuzz/corpus/TARGET/`, `fuzz/regressions/TARGET/`) through the very
//! checks the fuzz targets run (`fuzz/src/lib.rs`), in a plain `cargo test`.

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod fuzz_checks;

use std::path::Path;

/// Runs `check` on every file of `dir`; returns how many it ran and the
/// files that failed, with their panic messages.
fn replay(dir: &Path, check: fuzz_checks::Check) -> (usize, Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, Vec::new());
    };
    let mut paths: Vec<_> = entries
        .map(|e| e.expect("read corpus folder").path())
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let data = std::fs::read(path).expect("read corpus file");
        if let Err(panic) = std::panic::catch_unwind(|| check(&data)) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{}: {message}", path.display()));
        }
    }
    (paths.len(), failures)
}

#[test]
fn every_corpus_file_and_crash_passes_its_target() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut failures = Vec::new();
    for &(target, check) in fuzz_checks::TARGETS {
        let (corpus, mut failed) = replay(&fuzz.join("corpus").join(target), check);
        failures.append(&mut failed);
        let (crashes, mut failed) = replay(&fuzz.join("regressions").join(target), check);
        failures.append(&mut failed);
        eprintln!("{target}: {corpus} corpus files, {crashes} crashes replayed");
        assert!(corpus > 0, "no corpus for fuzz target {target}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
