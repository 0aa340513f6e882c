//! Python's way of printing numbers, strings and JSON, so that `aitty eval`
//! prints byte for byte what `tools/score.py` prints.

use std::fmt::Write as _;
use std::io;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};

/// A JSON value as Python's `json.loads` gives it: objects keep their key
/// order (which `repr` shows), integers stay integers.
#[derive(Clone, Debug, PartialEq)]
pub enum PyValue {
    None,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    List(Vec<PyValue>),
    Dict(Vec<(String, PyValue)>),
}

impl PyValue {
    /// Python's truth value (`if x:`).
    pub fn is_truthy(&self) -> bool {
        match self {
            PyValue::None => false,
            PyValue::Bool(b) => *b,
            PyValue::Int(n) => *n != 0,
            PyValue::Float(x) => *x != 0.0,
            PyValue::Str(s) => !s.is_empty(),
            PyValue::List(v) => !v.is_empty(),
            PyValue::Dict(v) => !v.is_empty(),
        }
    }

    /// `d.get(key)` of a dict; `None` for a missing key or a non-dict.
    pub fn get(&self, key: &str) -> Option<&PyValue> {
        match self {
            PyValue::Dict(items) => items.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            PyValue::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value as a number, for comparisons (`bool` counts, as in Python).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            PyValue::Bool(b) => Some(f64::from(u8::from(*b))),
            PyValue::Int(n) => Some(*n as f64),
            PyValue::Float(x) => Some(*x),
            _ => None,
        }
    }

    /// A key equal for values Python's dict treats as the same key
    /// (`1`, `1.0` and `True` are one key; `"1"` is another).
    pub fn dict_key(&self) -> String {
        match self {
            PyValue::Str(s) => format!("s{s}"),
            PyValue::Bool(b) => format!("n{}", u8::from(*b)),
            PyValue::Int(n) => format!("n{n}"),
            PyValue::Float(x) if x.fract() == 0.0 && x.abs() < 1e30 => format!("n{}", *x as i128),
            other => format!("r{}", repr(other)),
        }
    }
}

impl<'de> Deserialize<'de> for PyValue {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PyValueVisitor)
    }
}

struct PyValueVisitor;

/// The calls serde_json's `deserialize_any` makes (`null` is `visit_unit`).
impl<'de> Visitor<'de> for PyValueVisitor {
    type Value = PyValue;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<PyValue, E> {
        Ok(PyValue::None)
    }
    fn visit_bool<E>(self, b: bool) -> Result<PyValue, E> {
        Ok(PyValue::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<PyValue, E> {
        Ok(PyValue::Int(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<PyValue, E> {
        Ok(PyValue::Int(n.into()))
    }
    fn visit_f64<E>(self, x: f64) -> Result<PyValue, E> {
        Ok(PyValue::Float(x))
    }
    fn visit_str<E>(self, s: &str) -> Result<PyValue, E> {
        Ok(PyValue::Str(s.to_string()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<PyValue, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element()? {
            items.push(v);
        }
        Ok(PyValue::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PyValue, A::Error> {
        let mut items: Vec<(String, PyValue)> = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, PyValue>()? {
            // A repeated key keeps its first place and takes the last value.
            match items.iter_mut().find(|(old, _)| *old == k) {
                Some(slot) => slot.1 = v,
                None => items.push((k, v)),
            }
        }
        Ok(PyValue::Dict(items))
    }
}

/// Python's `round(x, 4)`: correctly rounded, ties to even on the exact
/// binary value (Rust's `{:.4}` rounds the same way).
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Python's `repr(float)`: shortest round-trip digits, `1.0` not `1`,
/// exponent as `5e-05` / `1e+16`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's Debug switches to an exponent at the same thresholds (1e-4, 1e16).
    let s = format!("{x:?}");
    match s.split_once('e') {
        None => s,
        Some((mantissa, exp)) => {
            let (sign, digits) = match exp.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', exp),
            };
            format!("{mantissa}e{sign}{digits:0>2}")
        }
    }
}

/// Python's `str.isprintable()` for one character, without the Unicode
/// tables: control, format, separator and private-use characters.
/// Unassigned code points count as printable here (Python escapes them).
fn is_printable(c: char) -> bool {
    let u = u32::from(c);
    !matches!(u,
        0x00..=0x1f | 0x7f..=0xa0 | 0xad
        | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2
        | 0x1680 | 0x180e | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064
        | 0x2066..=0x206f | 0x3000 | 0xe000..=0xf8ff | 0xfeff | 0xfff9..=0xfffb
        | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f
        | 0xf0000..=0xffffd | 0x100000..=0x10fffd)
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c == ' ' || is_printable(c) => out.push(c),
            c => {
                let u = u32::from(c);
                let _ = match u {
                    0..=0xff => write!(out, "\\x{u:02x}"),
                    0x100..=0xffff => write!(out, "\\u{u:04x}"),
                    _ => write!(out, "\\U{u:08x}"),
                };
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a value loaded from JSON.
pub fn repr(v: &PyValue) -> String {
    match v {
        PyValue::None => "None".to_string(),
        PyValue::Bool(true) => "True".to_string(),
        PyValue::Bool(false) => "False".to_string(),
        PyValue::Int(n) => n.to_string(),
        PyValue::Float(x) => float_repr(*x),
        PyValue::Str(s) => str_repr(s),
        PyValue::List(items) => {
            let items: Vec<String> = items.iter().map(repr).collect();
            format!("[{}]", items.join(", "))
        }
        PyValue::Dict(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), repr(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
    }
}

/// Python's `str()` (what an f-string shows): strings as they are.
pub fn str_of(v: &PyValue) -> String {
    match v {
        PyValue::Str(s) => s.clone(),
        other => repr(other),
    }
}

/// `f"{x}"` of an optional score: the float's repr or `None`.
pub fn opt_float(x: Option<f64>) -> String {
    x.map_or_else(|| "None".to_string(), float_repr)
}

/// serde_json output shaped like Python's `json.dumps(obj,
/// ensure_ascii=False)`: `", "` and `": "` separators, Python float repr.
pub struct PyJsonFormatter;

impl serde_json::ser::Formatter for PyJsonFormatter {
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn write_f64<W: ?Sized + io::Write>(&mut self, w: &mut W, x: f64) -> io::Result<()> {
        let s = match x {
            x if x.is_nan() => "NaN".to_string(),
            x if x.is_infinite() => if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string(),
            x => float_repr(x),
        };
        w.write_all(s.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_python() {
        assert_eq!(round4(0.03125), 0.0312); // tie → even
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(round4(0.99995), 1.0);
    }

    #[test]
    fn floats_print_like_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.0), "0.0");
        assert_eq!(float_repr(0.5), "0.5");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.00005), "5e-05");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    }

    #[test]
    fn strings_repr_like_python() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(
            str_repr("Ол\n«сөз»\u{a0}\u{200b}\u{7}"),
            "'Ол\\n«сөз»\\xa0\\u200b\\x07'"
        );
        let v: PyValue =
            serde_json::from_str(r#"{"name": "X", "entity": null, "start": 3, "ok": true}"#)
                .unwrap();
        assert_eq!(
            repr(&v),
            "{'name': 'X', 'entity': None, 'start': 3, 'ok': True}"
        );
    }

    #[test]
    fn dict_keys_follow_python_equality() {
        let one: PyValue = serde_json::from_str("1").unwrap();
        let one_f: PyValue = serde_json::from_str("1.0").unwrap();
        let one_s: PyValue = serde_json::from_str("\"1\"").unwrap();
        assert_eq!(one.dict_key(), one_f.dict_key());
        assert_ne!(one.dict_key(), one_s.dict_key());
    }
}
