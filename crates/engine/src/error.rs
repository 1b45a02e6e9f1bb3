//! What can go wrong, by kind, so that callers can tell bad input from a
//! broken model. Each message reads as a sentence fragment after "Cannot
//! annotate: " or "… was not imported: ".

use std::fmt;

/// An engine error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Text that cannot be annotated: empty, or binary.
    Text(String),
    /// Input that is not what its format says, with the line (of a JSON-lines file) where it went wrong.
    Import {
        /// 1-based line, for formats with a document per line.
        line: Option<usize>,
        /// What is wrong.
        reason: String,
    },
    /// Documents that a format cannot hold (several in a one-document format).
    Export(String),
    /// The entity model is missing or damaged.
    Model(String),
    /// An edit that does not fit the document.
    Edit(String),
}

impl Error {
    /// A malformed import, not tied to a line.
    pub(crate) fn import(reason: impl Into<String>) -> Self {
        Error::Import { line: None, reason: reason.into() }
    }

    /// The same error, at a line of a JSON-lines file.
    pub(crate) fn at_line(self, line: usize) -> Self {
        match self {
            Error::Import { reason, .. } => Error::Import { line: Some(line), reason },
            other => other,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Import { line: Some(line), reason } => write!(f, "line {line}: {reason}"),
            Error::Import { line: None, reason } => f.write_str(reason),
            Error::Text(message) | Error::Export(message) | Error::Model(message) | Error::Edit(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// Where an [`Error`] is expected.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_wording_and_say_the_line() {
        assert_eq!(Error::Text("the text is empty".into()).to_string(), "the text is empty");
        assert_eq!(Error::import("not valid JSON").at_line(3).to_string(), "line 3: not valid JSON");
        assert_eq!(Error::Model("damaged".into()).at_line(3), Error::Model("damaged".into()));
    }
}
