//! JavaScript bindings: a thin layer over [`crate::annotate`] and
//! [`crate::import::read`], no logic here.
//!
//! Results cross to JavaScript as JSON text, not as a JS object graph: one
//! string crosses the boundary (and a worker posts it as one string) where
//! building the objects field by field from wasm cost more than `JSON.parse`.
//! The JSON is written and read by [`crate::json`], not serde, which keeps
//! serde's code out of the module.

use wasm_bindgen::prelude::*;

/// The module's allocator: as fast as Rust's bundled dlmalloc in Node and
/// 1.6 KB smaller gzipped (see the README's dependencies).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// `annotate(text)` → the format v1 JSON text (see `schema/aitty-v1.schema.json`).
#[wasm_bindgen]
pub fn annotate(text: &str) -> String {
    crate::format::V1::new(&crate::analyse(text)).to_json()
}

/// `importAnnotations(text, json)` → the format v1 JSON text of a file made
/// for `text`; throws an Error whose message says why a file is refused.
#[wasm_bindgen(js_name = importAnnotations)]
pub fn import_annotations(text: &str, json: &str) -> Result<String, JsError> {
    crate::import::read(text, json)
        .map(|annotations| annotations.to_json())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `maxImportBytes()` → the largest file `importAnnotations` accepts.
#[wasm_bindgen(js_name = maxImportBytes)]
pub fn max_import_bytes() -> usize {
    crate::import::MAX_IMPORT_BYTES
}
