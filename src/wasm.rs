//! JavaScript bindings: a thin layer over [`crate::annotate`] and
//! [`crate::import::read`], no logic here.
//!
//! Results cross to JavaScript as JSON text, not as a JS object graph: one
//! string crosses the boundary (and a worker posts it as one string) where
//! building the objects field by field from wasm cost more than `JSON.parse`.

use wasm_bindgen::prelude::*;

fn to_json(annotations: &crate::Annotations) -> Result<String, JsError> {
    serde_json::to_string(annotations).map_err(|e| JsError::new(&e.to_string()))
}

/// `annotate(text)` → the format v1 JSON text (see `schema/aitty-v1.schema.json`).
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<String, JsError> {
    let analysis = crate::analyse(text);
    serde_json::to_string(&crate::format::V1::new(&analysis))
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `importAnnotations(text, json)` → the format v1 JSON text of a file made
/// for `text`; throws an Error whose message says why a file is refused.
#[wasm_bindgen(js_name = importAnnotations)]
pub fn import_annotations(text: &str, json: &str) -> Result<String, JsError> {
    let annotations = crate::import::read(text, json).map_err(|e| JsError::new(&e.to_string()))?;
    to_json(&annotations)
}

/// `maxImportBytes()` → the largest file `importAnnotations` accepts.
#[wasm_bindgen(js_name = maxImportBytes)]
pub fn max_import_bytes() -> usize {
    crate::import::MAX_IMPORT_BYTES
}
