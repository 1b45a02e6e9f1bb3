//! The source table as CSV (RFC 4180): what spreadsheets open without asking.

use super::Row;

/// The columns, in order.
const HEADER: &str = "name,kind,gender,gender_basis,quotes,documents";

/// One line per row after a header, CRLF-terminated as RFC 4180 says; a
/// field with a comma, a quotation mark or a line break is quoted, its
/// quotation marks doubled.
///
/// ```
/// use newsmark_engine::sources::{to_csv, tally};
/// let csv = to_csv(&tally(&[], &|_| None).sources);
/// assert_eq!(csv, "name,kind,gender,gender_basis,quotes,documents\r\n");
/// ```
pub fn to_csv(rows: &[Row]) -> String {
    let mut out = format!("{HEADER}\r\n");
    for row in rows {
        let fields = [
            field(&row.name),
            row.kind.name().to_string(),
            crate::names::gender_or_unknown::name(row.gender).to_string(),
            row.gender_basis.name().to_string(),
            row.quotes.to_string(),
            row.documents.to_string(),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        for (value, written) in [
            ("Angela Merkel", "Angela Merkel"),
            ("Smith, John", "\"Smith, John\""),
            ("the \"boss\"", "\"the \"\"boss\"\"\""),
            ("a\nb", "\"a\nb\""),
        ] {
            assert_eq!(field(value), written);
        }
    }
}
