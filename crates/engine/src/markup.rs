//! What in a pasted text is not prose: markup tags (with the contents of
//! `script` and `style`), lines of code or data, and a text that is JSON
//! altogether. It is hidden from the tagger and the quote finder (blanked,
//! so that every offset stays where it is): an attribute value in quotes is
//! not a quotation, and a JSON key is not a name.

use std::borrow::Cow;

/// The longest a tag may be (a `<` with no `>` this soon after is text).
const LONGEST_TAG: usize = 2_000;

/// `text` with markup, code and data blanked to spaces (line breaks kept),
/// the same number of characters long; borrowed when it is all prose.
///
/// ```
/// let text = r#"<p>Merkel said <a href="javascript:alert(1)">this</a>.</p>"#;
/// let prose = newsmark_engine::markup::mask(text);
/// assert_eq!(prose.chars().count(), text.chars().count());
/// assert!(prose.contains("Merkel said") && !prose.contains("javascript"));
/// assert!(matches!(newsmark_engine::markup::mask("Merkel said 5 < 6."), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn mask(text: &str) -> Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let mut hidden = vec![false; chars.len()];
    if crate::formats::data_kind(text) == Some("JSON") {
        hidden.iter_mut().for_each(|h| *h = true);
    } else {
        hide_tags(&chars, &mut hidden);
        hide_code_lines(&chars, &mut hidden);
    }
    if !hidden.contains(&true) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(chars.iter().zip(&hidden).map(|(&c, &h)| if h && c != '\n' && c != '\r' { ' ' } else { c }).collect())
}

fn hide_tags(chars: &[char], hidden: &mut [bool]) {
    let mut i = 0;
    // Inside <script> or <style>: everything up to the closing tag is code.
    let mut raw_until: Option<&str> = None;
    while i < chars.len() {
        let starts_tag = chars[i] == '<' && chars.get(i + 1).is_some_and(|&c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        if !starts_tag {
            if raw_until.is_some() {
                hidden[i] = true;
            }
            i += 1;
            continue;
        }
        let Some(length) = chars[i..].iter().take(LONGEST_TAG).position(|&c| c == '>') else {
            i += 1;
            continue;
        };
        let tag: String = chars[i + 1..i + length].iter().collect::<String>().to_ascii_lowercase();
        if let Some(closing) = raw_until {
            if !tag.starts_with(closing) {
                hidden[i] = true;
                i += 1;
                continue;
            }
            raw_until = None;
        } else if tag.starts_with("script") || tag.starts_with("style") {
            raw_until = Some(if tag.starts_with("script") { "/script" } else { "/style" });
        }
        hidden[i..=i + length].iter_mut().for_each(|h| *h = true);
        i += length + 1;
    }
}

/// Lines of code or data: JSON members, statements ending in `;` or braces,
/// or lines dense with the symbols code is written in.
fn hide_code_lines(chars: &[char], hidden: &mut [bool]) {
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..].iter().position(|&c| c == '\n').map_or(chars.len(), |n| start + n);
        let visible: String = chars[start..end].iter().zip(&hidden[start..end]).filter(|(_, &h)| !h).map(|(&c, _)| c).collect();
        if is_code(visible.trim()) {
            hidden[start..end].iter_mut().for_each(|h| *h = true);
        }
        start = end + 1;
    }
}

fn is_code(line: &str) -> bool {
    if line.is_empty() {
        return false;
    }
    let symbols = line.chars().filter(|c| matches!(c, '{' | '}' | '[' | ']' | ';' | '=' | '<' | '>' | '|' | '\\' | '$')).count();
    let visible = line.chars().filter(|c| !c.is_whitespace()).count();
    let json_member = line.contains("\":") && (line.contains('{') || line.contains('[') || line.ends_with(',') || line.ends_with('}'));
    let statement = (line.ends_with(';') || line.ends_with('{') || line.ends_with('}')) && (line.contains('=') || line.contains('('));
    json_member || statement || symbols >= 4 && symbols * 12 >= visible
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Annotator;

    /// (pasted text, what must not be marked or quoted, what must still be marked)
    const CASES: &[(&str, &[&str], &[&str])] = &[
        (
            r#"<p>Angela Merkel said "we are ready" in <a href="javascript:alert(1)" class="xss">Paris</a>.</p>"#,
            &["javascript:alert(1)", "xss"],
            &["Angela Merkel", "Paris"],
        ),
        (r#"{"speaker": "Angela Merkel", "quote": "We are ready", "city": "Paris"}"#, &["Angela Merkel", "We are ready", "Paris"], &[]),
        (
            "Emmanuel Macron spoke in Lyon.\nvar who = \"Angela Merkel\"; if (ok) { say(\"hello\"); }\nconst city = {\"name\": \"Paris\"};\n",
            &["Angela Merkel", "hello", "Paris"],
            &["Emmanuel Macron", "Lyon"],
        ),
        (
            "<script>var quote = \"Boris Johnson\";</script><style>p { color: red }</style>Boris Johnson visited Berlin.",
            &["var quote"],
            &["Boris Johnson", "Berlin"],
        ),
        ("Merkel said 5 < 6 and that 7 > 2 in Berlin on Monday.", &[], &["Merkel", "Berlin"]),
    ];

    #[test]
    fn markup_code_and_data_yield_no_marks_or_quotes_and_prose_beside_them_does() {
        let annotator = Annotator::shipped().unwrap();
        for (text, never, still) in CASES {
            let doc = annotator.annotate(text).unwrap();
            let marked: Vec<&str> = doc.entities.iter().map(|e| e.text.as_str()).collect();
            let quoted: Vec<&str> = doc.quotes.iter().map(|q| q.text.as_str()).collect();
            for n in *never {
                assert!(!marked.iter().chain(&quoted).any(|m| m.contains(n)), "{n:?} in {text:?}: {marked:?} {quoted:?}");
            }
            for s in *still {
                assert!(marked.contains(s), "{s:?} in {text:?}: {marked:?}");
            }
            assert_eq!(mask(text).chars().count(), text.chars().count());
        }
    }

    #[test]
    fn articles_are_left_as_they_are() {
        let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt")).unwrap();
        assert!(matches!(mask(&seed), Cow::Borrowed(_)));
    }
}
