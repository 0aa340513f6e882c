//! The errors a caller can see, with messages written for a person.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is not UTF-8; `offset` is the byte where decoding failed.
    NotUtf8 { offset: usize },
    /// A JSON Lines input line could not be read as `{"id", "text"}`.
    BadJsonLine { line: usize, reason: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotUtf8 { offset } => write!(
                f,
                "the input is not valid UTF-8: invalid byte sequence at byte offset {offset}; \
                 save the text as UTF-8 and try again"
            ),
            Error::BadJsonLine { line, reason } => write!(f, "line {line}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

/// Decodes `bytes` as UTF-8, naming the first bad byte offset on failure.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, Error> {
    std::str::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        offset: e.valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_bad_byte() {
        let err = decode_utf8(b"ok \xd2\xaf \xff rest").unwrap_err();
        assert_eq!(err, Error::NotUtf8 { offset: 6 });
        assert!(err.to_string().contains("byte offset 6"));
    }
}
