//! The hand-written JSON reader behind `import::parse` (which keeps serde
//! out of the wasm module) accepts exactly what serde's derived
//! `Deserialize` of the format accepted, gives the same annotations, and
//! refuses the rest for the same kind of reason: on the `import` fuzz
//! corpus, and on exported files broken field by field and byte by byte.
//! Two differences are meant: serde took a JSON array for a struct (its
//! fields in order), the reader takes only objects; and serde refused a
//! number too large for an `f64` anywhere as not JSON.

use aitty::Annotations;
use aitty::import::{ImportError, parse};
use serde_json::{Value, json};

/// What the import did before the hand-written reader: the header read
/// by serde (another kind of JSON gets a plain answer), then the whole file.
fn parse_with_serde(json: &str) -> Result<Annotations, ImportError> {
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u64>,
        offsets: Option<String>,
    }
    let not = |why: &str| Err(ImportError::NotAitty(why.to_string()));
    let header: Header = match serde_json::from_str(json) {
        Ok(header) => header,
        Err(e) if e.is_data() => return not("not an object"),
        Err(e) => return Err(ImportError::NotJson(e.to_string())),
    };
    if header.format.as_deref() != Some("aitty")
        || header.version != Some(1)
        || header.offsets.as_deref() != Some("codepoints")
    {
        return not("header");
    }
    serde_json::from_str(json).map_err(|e| ImportError::NotAitty(e.to_string()))
}

fn kind(result: &Result<Annotations, ImportError>) -> &'static str {
    match result {
        Ok(_) => "read",
        Err(ImportError::NotJson(_)) => "not JSON",
        Err(ImportError::NotAitty(_)) => "not Aitty",
        Err(_) => "other",
    }
}

fn agree(json: &str) {
    let ours = parse(json);
    let mut serde = parse_with_serde(json);
    if json.trim_start().starts_with('[') {
        // serde read an array as a struct's fields in order; no Aitty file
        // is one, and the hand-written reader refuses it as not Aitty's,
        // or as not JSON if it is not.
        serde = match serde_json::from_str::<Value>(json) {
            Ok(_) => Err(ImportError::NotAitty("an array".to_string())),
            Err(e) => Err(ImportError::NotJson(e.to_string())),
        };
    }
    if let Err(ImportError::NotJson(why)) = &serde
        && why.contains("number out of range")
    {
        // serde read every number as an f64 first; the reader checks only
        // its grammar, and refuses a huge number where a field reads it.
        assert!(ours.is_err(), "{json}");
        return;
    }
    assert_eq!(
        kind(&ours),
        kind(&serde),
        "{json}\nours: {ours:?}\nserde: {serde:?}"
    );
    if let (Ok(ours), Ok(serde)) = (&ours, &serde) {
        assert_eq!(ours, serde, "{json}");
    }
    if let Err(e) = &ours {
        assert!(!e.to_string().is_empty());
    }
}

/// An exported file with a correction of every shape.
fn exported() -> Value {
    let mut file = serde_json::to_value(aitty::annotate(
        "«Бәрі жақсы», – деді Қуандық Алпыс Алматыда.\nОл \"кетті\" деп хабарлады.",
    ))
    .unwrap();
    file["corrections"] = json!([
        {"action": "speaker", "target": "quote", "start": 1, "end": 11, "text": "Бәрі жақсы",
         "speaker": {"name": "Алпыс", "entity": null, "start": 20, "end": 33}},
        {"action": "add", "target": "entity", "start": 0, "end": 4, "text": "«Бәр", "type": "PERSON"},
        {"action": "add", "target": "quote", "start": 0, "end": 4, "text": "«Бәр", "kind": "direct"}
    ]);
    file
}

/// Every object in `value`, by its path of keys and indices.
fn object_paths(value: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match value {
        Value::Object(map) => {
            out.push(path.clone());
            for (k, v) in map {
                path.push(Value::from(k.as_str()));
                object_paths(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Value::from(i));
                object_paths(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'v>(value: &'v mut Value, path: &[Value]) -> &'v mut Value {
    path.iter().fold(value, |v, step| match step {
        Value::String(k) => &mut v[k.as_str()],
        Value::Number(i) => &mut v[i.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

#[test]
fn every_field_broken_in_every_way_is_read_as_serde_reads_it() {
    let file = exported();
    agree(&file.to_string());
    let mut paths = Vec::new();
    object_paths(&file, &mut Vec::new(), &mut paths);
    let replacements = [
        json!(null),
        json!("x"),
        json!("PERSON"),
        json!("und"),
        json!("UND"),
        json!("indirect"),
        json!("e1"),
        json!(-1),
        json!(1.5),
        json!(0),
        json!(4_294_967_296u64),
        json!(true),
        json!([]),
        json!({}),
        json!({"name": "x", "start": 1, "end": 2}),
    ];
    let mut cases = 0;
    for path in &paths {
        let keys: Vec<String> = at(&mut file.clone(), path)
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        for key in &keys {
            let mut removed = file.clone();
            at(&mut removed, path).as_object_mut().unwrap().remove(key);
            agree(&removed.to_string());
            for new in &replacements {
                let mut changed = file.clone();
                at(&mut changed, path)[key.as_str()] = new.clone();
                agree(&changed.to_string());
                cases += 1;
            }
        }
        // An unknown field with a nested value, and a repeated known one.
        let mut extra = file.clone();
        at(&mut extra, path)["zz"] = json!({"a": [1, "\u{e9}", null, {"b": false}]});
        agree(&extra.to_string());
        if let Some(key) = keys.first() {
            let text = at(&mut file.clone(), path).to_string();
            let twice = format!("{{\"{key}\": 0, {}", &text[1..]);
            let mut whole = file.clone();
            *at(&mut whole, path) = json!("@@");
            agree(&whole.to_string().replacen("\"@@\"", &twice, 1));
        }
    }
    assert!(cases > 500, "{cases}");
}

#[test]
fn a_file_cut_or_spoilt_anywhere_is_refused_as_serde_refuses_it() {
    let json = exported().to_string();
    let pretty = serde_json::to_string_pretty(&exported()).unwrap();
    for text in [&json, &pretty] {
        for (cut, _) in text.char_indices().step_by(3) {
            agree(&text[..cut]);
            let mut spoilt = text.clone();
            spoilt.insert(cut, '}');
            agree(&spoilt);
        }
    }
    for json in [
        "",
        "[]",
        "{}",
        "null",
        "\"aitty\"",
        "{\"format\": \"aitty\"} x",
        "{\"format\": \"aitty\", \"version\": 1.0, \"offsets\": \"codepoints\"}",
        "{\"format\": null, \"version\": 1, \"offsets\": \"codepoints\"}",
        "{\"format\": 1}",
        "{\"format\": \"aitty\", \"format\": \"aitty\"}",
        "{\"format\": \"ai\\u0074ty\", \"version\": 1, \"offsets\": \"codepoints\"}",
        "{\"form\\u0061t\": \"aitty\", \"version\": 1, \"offsets\": \"codepoints\"}",
    ] {
        agree(json);
    }
}

/// The corpus the `import` fuzz target grew: text, a NUL, then the file.
#[test]
fn the_import_fuzz_corpus_is_read_as_serde_reads_it() {
    let mut files = 0;
    for dir in ["fuzz/corpus/import", "fuzz/regressions/import"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for entry in entries {
            let data = std::fs::read(entry.unwrap().path()).unwrap();
            let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
            if let Ok(json) = std::str::from_utf8(data.get(split + 1..).unwrap_or_default()) {
                agree(json);
                files += 1;
            }
        }
    }
    assert!(files > 100, "{files}");
}
