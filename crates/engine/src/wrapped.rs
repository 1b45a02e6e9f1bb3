//! Text wrapped by hand: a paragraph copied from a PDF or an email has a line
//! break every 60 to 80 characters, mid-sentence. Sentences end at line
//! breaks, so a name broken over two lines would be two names and a report
//! would end at the line's end. [`join_wrapped_lines`] finds such paragraphs
//! and joins their lines, for the app to offer before annotating.

/// A text with its wrapped lines joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    /// The text, each wrapped paragraph on one line.
    pub text: String,
    /// How many line breaks were joined.
    pub breaks: usize,
}

/// The fewest lines a paragraph wrapped by hand has here (two lines may be a title and its date).
const FEWEST_LINES: usize = 3;
/// The widths (in characters) that text wrapped by hand is wrapped at: narrower is a list or a verse, wider a
/// paragraph per line whose lines happen to be long.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 30..=120;

/// Whether a line ends a sentence or a heading (then its break may be meant).
fn ends_sentence(line: &str) -> bool {
    line.trim_end().chars().last().is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '"' | '”' | '’' | '\'' | ')'))
}

/// Whether a line is an item of a list (`- `, `* `, `• `, `1. `, `2) `).
fn is_item(line: &str) -> bool {
    let line = line.trim_start();
    let numbered = line.find(|c: char| !c.is_ascii_digit()).is_some_and(|i| i > 0 && line[i..].starts_with(['.', ')']));
    numbered || ["- ", "* ", "• ", "– ", "— "].iter().any(|m| line.starts_with(m))
}

/// Whether the lines of one paragraph are wrapped by hand: at least
/// [`FEWEST_LINES`], no list items, the lines before the last filled to
/// nearly the same width (three in four of them at least four fifths of the
/// widest), and at least half of them broken mid-sentence.
fn is_wrapped(lines: &[&str]) -> bool {
    let width = |l: &&str| l.trim_end().chars().count();
    let widest = lines.iter().map(width).max().unwrap_or(0);
    let Some((_, before_last)) = lines.split_last() else { return false };
    let full = before_last.iter().filter(|l| 5 * width(l) >= 4 * widest).count();
    let broken = before_last.iter().filter(|l| !ends_sentence(l)).count();
    lines.len() >= FEWEST_LINES
        && WRAP_WIDTHS.contains(&widest)
        && !lines.iter().any(|l| is_item(l))
        && 4 * full >= 3 * before_last.len()
        && 2 * broken >= before_last.len()
}

/// Joins the lines of the paragraphs wrapped by hand (see [`is_wrapped`]):
/// each line break in them becomes a space, or nothing after a word broken at
/// its hyphen (`well-` / `known`); everything else is kept as it was, blank
/// lines and `\r\n` included. `None` when no paragraph is wrapped.
///
/// ```
/// use newsmark_engine::wrapped::join_wrapped_lines;
/// let text = "The talks were led by the United Nations envoy Staffan de\nMistura, who said on Monday that the two sides had\nagreed to meet again after the meeting in Geneva.\n\nPhoto: AP";
/// let joined = join_wrapped_lines(text).unwrap();
/// assert!(joined.text.starts_with("The talks were led by the United Nations envoy Staffan de Mistura, who said"));
/// assert!(joined.text.ends_with("Geneva.\n\nPhoto: AP"));
/// assert_eq!(joined.breaks, 2);
/// assert_eq!(join_wrapped_lines(&joined.text), None);
/// ```
pub fn join_wrapped_lines(text: &str) -> Option<Joined> {
    let lines: Vec<&str> = text.split('\n').collect();
    let blank = |l: &str| l.trim().is_empty();
    // Paragraphs as line ranges (a blank line is one of its own) and whether each is wrapped;
    // the text is copied only when one is (Annotate asks this of every article, 5 MB ones too).
    let mut paragraphs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let end = if blank(lines[i]) { i + 1 } else { (i..lines.len()).find(|&k| blank(lines[k])).unwrap_or(lines.len()) };
        paragraphs.push((i..end, is_wrapped(&lines[i..end])));
        i = end;
    }
    if !paragraphs.iter().any(|(_, wrapped)| *wrapped) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut breaks = 0;
    for (range, wrapped) in paragraphs {
        let paragraph = &lines[range.clone()];
        for (k, line) in paragraph.iter().enumerate() {
            // A line after a joined break goes on after a space, not after its indentation.
            let line = if wrapped && k > 0 { line.trim_start() } else { line };
            match paragraph.get(k + 1).filter(|_| wrapped) {
                Some(next) => {
                    let line = line.trim_end();
                    out.push_str(line);
                    let hyphenated = line.ends_with('-')
                        && line.chars().rev().nth(1).is_some_and(char::is_alphabetic)
                        && next.trim_start().starts_with(char::is_lowercase);
                    if !hyphenated {
                        out.push(' ');
                    }
                    breaks += 1;
                }
                None => {
                    out.push_str(line);
                    if range.start + k + 1 < lines.len() {
                        out.push('\n');
                    }
                }
            }
        }
    }
    Some(Joined { text: out, breaks })
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "Egypt's President Abdel Fattah el-Sissi met the envoy on Monday, and\n\
                           the talks lasted for three hours, according to a statement from his\n\
                           office. Foreign Minister Sameh Shoukry said the two sides had agreed\n\
                           to meet again.";

    #[test]
    fn a_paragraph_wrapped_by_hand_is_one_line() {
        let joined = join_wrapped_lines(WRAPPED).unwrap();
        assert_eq!(joined.breaks, 3);
        assert!(!joined.text.contains('\n'));
        assert!(
            joined.text.contains("and the talks") && joined.text.contains("his office. Foreign") && joined.text.contains("agreed to meet")
        );
        // Joined once, there is nothing left to join.
        assert_eq!(join_wrapped_lines(&joined.text), None);
    }

    #[test]
    fn other_paragraphs_and_line_ends_are_kept() {
        let text = format!("Headline of the story\r\n\r\n{}\r\n\r\nPhoto: AP", WRAPPED.replace('\n', "\r\n"));
        let joined = join_wrapped_lines(&text).unwrap();
        assert!(joined.text.starts_with("Headline of the story\r\n\r\nEgypt's"), "{:?}", joined.text);
        assert!(joined.text.ends_with("to meet again.\r\n\r\nPhoto: AP"), "{:?}", joined.text);
        assert!(!joined.text.contains("and\r"));
    }

    #[test]
    fn a_word_broken_at_its_hyphen_is_joined_without_a_space() {
        let text = "The minister said on Monday that the reformer, a well-\nknown critic of the government, had been arrested at\nhis home on Tuesday night, his lawyer told reporters\noutside the court.";
        assert!(join_wrapped_lines(text).unwrap().text.contains("a well-known critic of"));
    }

    #[test]
    fn lists_verses_and_a_paragraph_per_line_are_left_alone() {
        for text in [
            // A paragraph per line, however long.
            "The talks were led by the United Nations envoy, who said on Monday that the sides had agreed.\n\nHe said so.",
            // One short paragraph of two lines.
            "Breaking news from the capital this afternoon\nMonday, June 3",
            // A list.
            "The winners this year were announced on Monday:\n- Anna Smith of the Daily News in New York\n- John Doe of the Herald in Chicago, Illinois\n- Maria Garcia of the Post",
            "1. The first point made by the minister in the talks\n2. The second point made by the minister in the talks\n3. The third point",
            // Lines of very different widths (a verse, an address).
            "Roses are red\nviolets are blue and the sky is grey over the whole of the city tonight\nsugar is sweet",
            // Every line a sentence of its own.
            "The minister arrived in the capital early on Monday morning.\nHe met the president of the republic at noon that day.\nThey spoke for three hours about the talks and the vote.",
            "",
        ] {
            assert_eq!(join_wrapped_lines(text), None, "{text:?}");
        }
    }
}
