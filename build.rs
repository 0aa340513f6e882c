//! Packs the three longest word lists for the binary: each line keeps only
//! what differs from the line before (one byte: how many leading bytes it
//! shares, then the rest). The lists stay plain text in `data/`; packed,
//! the wasm module is about 9 KiB smaller gzipped (gzip's 258-byte matches
//! cannot see that neighbouring lines of a sorted list share their heads as
//! cheaply). `wordlist::unpack` restores the text byte for byte.

use std::path::Path;

const PACKED: &[&str] = &[
    "person_names.txt",
    "geo_places.txt",
    "english_first_names.txt",
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in PACKED {
        let source = Path::new("data/entities").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let packed = pack(&text);
        std::fs::write(Path::new(&out_dir).join(name), packed)
            .unwrap_or_else(|e| panic!("cannot write the packed {name}: {e}"));
    }
}

/// Each line as (shared byte count, the rest of the line, `\n`); the count
/// stops at a char boundary and at 255.
fn pack(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous = "";
    for line in text.split('\n') {
        let mut shared = line
            .bytes()
            .zip(previous.bytes())
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        while !line.is_char_boundary(shared) {
            shared -= 1;
        }
        out.push(shared as u8);
        out.extend_from_slice(&line.as_bytes()[shared..]);
        out.push(b'\n');
        previous = line;
    }
    out
}
