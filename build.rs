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
    strip_comments(&out_dir);
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

/// Writes `data/DIR/NAME.txt` to `OUT_DIR/data/DIR/NAME.txt` without its
/// comment lines, for every list not [`PACKED`].
fn strip_comments(out_dir: &str) {
    println!("cargo:rerun-if-changed=data");
    for dir in ["entities", "lang", "quotes", "text"] {
        let from = Path::new("data").join(dir);
        let to = Path::new(out_dir).join("data").join(dir);
        std::fs::create_dir_all(&to)
            .unwrap_or_else(|e| panic!("cannot make {}: {e}", to.display()));
        let entries = std::fs::read_dir(&from)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", from.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".txt") || PACKED.contains(&name) {
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let kept: String = text
                .split_inclusive('\n')
                .filter(|line| !line.trim_start().starts_with('#'))
                .collect();
            std::fs::write(to.join(name), kept)
                .unwrap_or_else(|e| panic!("cannot write the stripped {name}: {e}"));
        }
    }
}
