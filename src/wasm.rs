//! JavaScript bindings: a thin layer over [`crate::annotate`], no logic here.

use wasm_bindgen::prelude::*;

/// `annotate(text)` → the format v1 object (see `schema/aitty-v1.schema.json`).
#[wasm_bindgen]
pub fn annotate(text: &str) -> Result<JsValue, JsError> {
    let annotations = crate::annotate(text);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&annotations, &serializer).map_err(|e| JsError::new(&e.to_string()))
}
