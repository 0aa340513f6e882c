//! JavaScript bindings: a thin layer over [`crate::annotate`] and
//! [`crate::import::read`], no logic here.

use wasm_bindgen::prelude::*;

fn to_js(annotations: &crate::Annotations) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(annotations, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// `annotate(text)` → the format v1 object (see `schema/aitty-v1.schema.json`).
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::annotate(text))
}

/// `importAnnotations(text, json)` → the format v1 object of a file made for
/// `text`; throws an Error whose message says why a file is refused.
#[wasm_bindgen(js_name = importAnnotations)]
pub fn import_annotations(text: &str, json: &str) -> Result<JsValue, JsError> {
    let annotations = crate::import::read(text, json).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&annotations)
}

/// `maxImportBytes()` → the largest file `importAnnotations` accepts.
#[wasm_bindgen(js_name = maxImportBytes)]
pub fn max_import_bytes() -> usize {
    crate::import::MAX_IMPORT_BYTES
}
