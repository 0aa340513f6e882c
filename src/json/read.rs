//! A pull reader of JSON text: the caller walks the document it expects
//! (an object of known fields, an array of them) and the reader checks the
//! syntax as it goes, as `serde_json` does for a derived `Deserialize`.
//! Nothing is built but what the caller keeps; unknown fields are skipped
//! (and checked). Whether a value is the JSON the grammar allows is a
//! [`ReadError::Syntax`]; whether it is what the caller wanted is a
//! [`ReadError::Data`].

use std::borrow::Cow;

/// serde_json's limit (it refuses the 128th level), so that a deep file
/// cannot overflow the stack.
const MAX_DEPTH: usize = 127;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON: the message says what and where.
    Syntax(String),
    /// JSON, but not the shape asked for.
    Data(String),
}

pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
    /// A key was read and its `:` not yet: the field's reader sees the key
    /// first, so that a repeated field is refused at its key, as serde does.
    colon_due: bool,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            pos: 0,
            depth: 0,
            colon_due: false,
        }
    }

    /// `what` at the current position, as `line L column C` (both 1-based,
    /// the column in bytes, as serde_json counts).
    #[cold]
    #[inline(never)]
    fn at(&self, what: &str) -> String {
        let before = &self.text.as_bytes()[..self.pos.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        format!("{what} at line {line} column {column}")
    }

    #[cold]
    #[inline(never)]
    fn syntax(&self, what: &str) -> ReadError {
        ReadError::Syntax(self.at(what))
    }

    /// The value here is not `expected`: a data error if it is a JSON value
    /// at all, a syntax error if it is not.
    #[cold]
    #[inline(never)]
    fn not_a(&self, expected: &str) -> ReadError {
        match self.peek() {
            Some(b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
                ReadError::Data(self.at(&format!("invalid type: expected {expected}")))
            }
            None => self.syntax("EOF while parsing a value"),
            Some(_) => self.syntax("expected value"),
        }
    }

    /// A data error about the value just read or about to be read.
    #[cold]
    #[inline(never)]
    pub fn data(&self, what: &str) -> ReadError {
        ReadError::Data(self.at(what))
    }

    fn skip_whitespace(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The byte here, not consumed (see [`Self::next_non_space`] to skip
    /// whitespace first).
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn next_non_space(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.peek()
    }

    /// The first byte of the value here (after the `:` still due).
    fn value_start(&mut self) -> Result<Option<u8>, ReadError> {
        if self.colon_due {
            match self.next_non_space() {
                Some(b':') => self.pos += 1,
                None => return Err(self.syntax("EOF while parsing an object")),
                Some(_) => return Err(self.syntax("expected `:`")),
            }
            self.colon_due = false;
        }
        Ok(self.next_non_space())
    }

    /// Only whitespace may follow the document.
    pub fn end(&mut self) -> Result<(), ReadError> {
        match self.next_non_space() {
            None => Ok(()),
            Some(_) => Err(self.syntax("trailing characters")),
        }
    }

    fn enter(&mut self) -> Result<(), ReadError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.syntax("recursion limit exceeded"));
        }
        self.pos += 1;
        Ok(())
    }

    /// After an item of an object or array: `,` (true) or `close` (false).
    fn more(&mut self, close: u8, expected: &str) -> Result<bool, ReadError> {
        match self.next_non_space() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b) if b == close => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            None => Err(self.syntax("EOF while parsing a value")),
            Some(_) => Err(self.syntax(expected)),
        }
    }

    /// An object: `field` is called with each key, the reader before its
    /// value, and must read or [`skip`](Self::skip) that value.
    pub fn object(
        &mut self,
        mut field: impl FnMut(&mut Self, &str) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        if self.value_start()? != Some(b'{') {
            return Err(self.not_a("an object"));
        }
        self.enter()?;
        if self.next_non_space() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            if self.next_non_space() != Some(b'"') {
                return Err(match self.peek() {
                    None => self.syntax("EOF while parsing an object"),
                    Some(_) => self.syntax("key must be a string"),
                });
            }
            let key = self.string_token(true)?;
            self.colon_due = true;
            field(self, &key)?;
            if !self.more(b'}', "expected `,` or `}`")? {
                return Ok(());
            }
        }
    }

    /// An array: `item` is called before each element and must read it.
    pub fn array(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<(), ReadError>,
    ) -> Result<(), ReadError> {
        if self.value_start()? != Some(b'[') {
            return Err(self.not_a("an array"));
        }
        self.enter()?;
        if self.next_non_space() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            item(self)?;
            if !self.more(b']', "expected `,` or `]`")? {
                return Ok(());
            }
        }
    }

    /// `null`, consumed, or false with nothing consumed.
    pub fn null(&mut self) -> Result<bool, ReadError> {
        if self.value_start()? != Some(b'n') {
            return Ok(false);
        }
        self.literal("null")?;
        Ok(true)
    }

    /// A string value.
    pub fn string(&mut self) -> Result<Cow<'a, str>, ReadError> {
        if self.value_start()? != Some(b'"') {
            return Err(self.not_a("a string"));
        }
        self.string_token(true)
    }

    /// A whole number from 0 that fits a `usize`.
    pub fn whole_number(&mut self) -> Result<usize, ReadError> {
        match self.value_start()? {
            Some(b'-' | b'0'..=b'9') => {}
            _ => return Err(self.not_a("a whole number")),
        }
        let start = self.pos;
        self.number_token()?;
        let number = &self.text[start..self.pos];
        if !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.data(&format!("invalid value: {number}, expected a whole number")));
        }
        number.parse().map_err(|_| {
            self.data(&format!(
                "invalid value: {number}, expected a smaller number"
            ))
        })
    }

    /// Any value, checked and dropped: without recursion, so at any depth,
    /// as serde_json skips a value.
    pub fn skip(&mut self) -> Result<(), ReadError> {
        // The closing bracket of each container the value is inside.
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.value_start()? {
                Some(b'{') => {
                    self.pos += 1;
                    if self.next_non_space() == Some(b'}') {
                        self.pos += 1;
                    } else {
                        open.push(b'}');
                        self.skip_key()?;
                        continue;
                    }
                }
                Some(b'[') => {
                    self.pos += 1;
                    if self.next_non_space() == Some(b']') {
                        self.pos += 1;
                    } else {
                        open.push(b']');
                        continue;
                    }
                }
                Some(b'"') => drop(self.string_token(false)?),
                Some(b'-' | b'0'..=b'9') => self.number_token()?,
                Some(b't') => self.literal("true")?,
                Some(b'f') => self.literal("false")?,
                Some(b'n') => self.literal("null")?,
                None => return Err(self.syntax("EOF while parsing a value")),
                Some(_) => return Err(self.syntax("expected value")),
            }
            // A value ended: close what it ends, or go on to the next item.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                match self.next_non_space() {
                    Some(b',') => {
                        self.pos += 1;
                        if close == b'}' {
                            self.skip_key()?;
                        }
                        break;
                    }
                    Some(b) if b == close => {
                        self.pos += 1;
                        open.pop();
                    }
                    None => return Err(self.syntax("EOF while parsing a value")),
                    Some(_) if close == b'}' => return Err(self.syntax("expected `,` or `}`")),
                    Some(_) => return Err(self.syntax("expected `,` or `]`")),
                }
            }
        }
    }

    /// The key of a field being skipped; its `:` is then due.
    fn skip_key(&mut self) -> Result<(), ReadError> {
        match self.next_non_space() {
            Some(b'"') => drop(self.string_token(false)?),
            None => return Err(self.syntax("EOF while parsing an object")),
            Some(_) => return Err(self.syntax("key must be a string")),
        }
        self.colon_due = true;
        Ok(())
    }

    fn literal(&mut self, word: &str) -> Result<(), ReadError> {
        let rest = &self.text.as_bytes()[self.pos..];
        for (i, &b) in word.as_bytes().iter().enumerate() {
            match rest.get(i) {
                Some(&r) if r == b => {}
                Some(_) => {
                    self.pos += i;
                    return Err(self.syntax("expected ident"));
                }
                None => {
                    self.pos += i;
                    return Err(self.syntax("EOF while parsing a value"));
                }
            }
        }
        self.pos += word.len();
        Ok(())
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number_token(&mut self) -> Result<(), ReadError> {
        let bytes = self.text.as_bytes();
        let digits = |pos: &mut usize| {
            let start = *pos;
            while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                *pos += 1;
            }
            *pos > start
        };
        let mut pos = self.pos;
        if bytes.get(pos) == Some(&b'-') {
            pos += 1;
        }
        let whole = if bytes.get(pos) == Some(&b'0') {
            pos += 1;
            !bytes.get(pos).is_some_and(u8::is_ascii_digit)
        } else {
            digits(&mut pos)
        };
        if !whole {
            self.pos = pos;
            return Err(self.syntax("invalid number"));
        }
        if bytes.get(pos) == Some(&b'.') {
            pos += 1;
            if !digits(&mut pos) {
                self.pos = pos;
                return Err(self.syntax("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(pos) {
            pos += 1;
            if let Some(b'+' | b'-') = bytes.get(pos) {
                pos += 1;
            }
            if !digits(&mut pos) {
                self.pos = pos;
                return Err(self.syntax("invalid number"));
            }
        }
        self.pos = pos;
        Ok(())
    }

    /// The string starting at the `"` here, unescaped; borrowed when it
    /// has no escapes. Unless `decode`, only checked, as serde_json checks a
    /// value it skips (escapes need their hex digits, not their surrogate
    /// pairs), and returned empty.
    fn string_token(&mut self, decode: bool) -> Result<Cow<'a, str>, ReadError> {
        let text = self.text;
        let bytes = text.as_bytes();
        self.pos += 1;
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return Err(self.syntax("EOF while parsing a string"));
            };
            match b {
                b'"' => {
                    let piece = &text[run..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(piece),
                        Some(mut s) => {
                            s.push_str(piece);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' if !decode => {
                    self.pos += 1;
                    if bytes.get(self.pos) == Some(&b'u') {
                        self.pos += 1;
                        self.hex4()?;
                    } else {
                        self.escape()?;
                    }
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&text[run..self.pos]);
                    self.pos += 1;
                    s.push(self.escape()?);
                    run = self.pos;
                }
                0..=0x1f => {
                    return Err(self.syntax(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ));
                }
                _ => self.pos += 1,
            }
        }
    }

    /// The character of the escape after a `\`.
    fn escape(&mut self) -> Result<char, ReadError> {
        let Some(&b) = self.text.as_bytes().get(self.pos) else {
            return Err(self.syntax("EOF while parsing a string"));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if !(0xD800..0xE000).contains(&first) {
                    return char::from_u32(first).ok_or_else(|| self.syntax("invalid escape"));
                }
                if first >= 0xDC00 || !self.text[self.pos..].starts_with("\\u") {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..0xE000).contains(&second) {
                    return Err(self.syntax("lone leading surrogate in hex escape"));
                }
                let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                char::from_u32(c).ok_or_else(|| self.syntax("invalid unicode code point"))?
            }
            _ => {
                self.pos -= 1;
                return Err(self.syntax("invalid escape"));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, ReadError> {
        let mut value = 0;
        for _ in 0..4 {
            let Some(&b) = self.text.as_bytes().get(self.pos) else {
                return Err(self.syntax("EOF while parsing a string"));
            };
            let digit = char::from(b)
                .to_digit(16)
                .ok_or_else(|| self.syntax("invalid escape"))?;
            value = value * 16 + digit;
            self.pos += 1;
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of `json` skipped: Ok if and only if serde_json skips it.
    fn agrees_with_serde(json: &str) {
        let mut r = Reader::new(json);
        let ours = r.skip().and_then(|_| r.end());
        let theirs = serde_json::from_str::<serde::de::IgnoredAny>(json);
        assert_eq!(
            ours.is_ok(),
            theirs.is_ok(),
            "{json:?}: {ours:?} / {theirs:?}"
        );
    }

    #[test]
    fn accepts_and_refuses_what_serde_json_does() {
        for json in [
            "{}",
            "[]",
            " [1, -2, 3.5, 0, -0, 1e5, 2E-3, 0.5e+2] ",
            "true",
            "false",
            "null",
            r#"{"a": {"b": [null, "x\"y\\z\/\b\f\n\r\t\u00e9\ud83d\ude00"]}}"#,
            "",
            " ",
            "[1,]",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "{1:2}",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "[1 2]",
            "tru",
            "nul",
            "\"\\x\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"a\nb\"",
            "\"abc",
            "[",
            "{\"a\":",
            "1 2",
            "\"\\u12\"",
            "\"\\ud83d\\u0041\"",
            "NaN",
        ] {
            agrees_with_serde(json);
        }
        agrees_with_serde(&"[".repeat(127));
        agrees_with_serde(&format!("{}{}", "[".repeat(128), "]".repeat(128)));
        agrees_with_serde(&format!("{}{}", "[".repeat(129), "]".repeat(129)));
        let deep = format!("{}{}", "[{\"a\":".repeat(100_000), "}]".repeat(100_000));
        agrees_with_serde(&deep);
        agrees_with_serde(&deep[..deep.len() - 1]);
    }

    #[test]
    fn reads_strings_numbers_and_fields() {
        let json = r#"{"s": "a\u00e9\ud83d\ude00", "n": 42, "skip": [1, {"x": null}], "z": null}"#;
        let mut r = Reader::new(json);
        let (mut s, mut n, mut z) = (String::new(), 0, false);
        r.object(|r, key| {
            match key {
                "s" => s = r.string()?.into_owned(),
                "n" => n = r.whole_number()?,
                "z" => z = r.null()?,
                _ => r.skip()?,
            }
            Ok(())
        })
        .unwrap();
        r.end().unwrap();
        assert_eq!((s.as_str(), n, z), ("aé😀", 42, true));
        for (json, syntax) in [("-1", false), ("1.5", false), ("\"1\"", false), ("x", true)] {
            let err = Reader::new(json).whole_number().unwrap_err();
            assert_eq!(
                matches!(err, ReadError::Syntax(_)),
                syntax,
                "{json}: {err:?}"
            );
        }
        let too_big = "99999999999999999999999";
        assert!(matches!(
            Reader::new(too_big).whole_number(),
            Err(ReadError::Data(_))
        ));
    }
}
