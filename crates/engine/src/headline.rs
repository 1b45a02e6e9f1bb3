//! Headlines in Title Case (`Trump Warns Clinton Policy Would Hurt Jobs`)
//! capitalise every word, and a tagger reads capitals as names. The lines in
//! title case that open the text (a headline, a deck) are tagged as if
//! written in sentence case (lines further down in title case are tables
//! and lists of names, and are left alone): a word there keeps
//! its capital only if the article writes it capitalised in the middle of a
//! sentence elsewhere, or, never written in lower case, it is on a name
//! list. The text and its offsets are unchanged; only what the tagger reads.

use crate::token::Token;
use std::borrow::Cow;
use std::collections::HashSet;

/// The words the tagger reads: the tokens, with title-case lines put in sentence case.
///
/// ```
/// use newsmark_engine::{headline::words_for_tagging, token::tokenize};
/// let text = "Senator Warns Clinton Policy Would Hurt Jobs\n\nClinton spoke on Monday.";
/// let tokens = tokenize(text);
/// let words = words_for_tagging(&tokens, &|w| w == "clinton");
/// assert_eq!(words[..7].join(" "), "Senator warns Clinton policy would hurt jobs");
/// ```
pub fn words_for_tagging<'t>(tokens: &[Token<'t>], is_listed: &dyn Fn(&str) -> bool) -> Vec<Cow<'t, str>> {
    let lines = lines(tokens);
    let opening = lines.iter().take_while(|line| is_title_case(&tokens[(*line).clone()])).count();
    let titles: Vec<bool> = (0..lines.len()).map(|n| n < opening).collect();
    let mut words: Vec<Cow<'t, str>> = tokens.iter().map(|t| Cow::Borrowed(t.text)).collect();
    if !titles.contains(&true) {
        return words;
    }
    // How the rest of the article writes each word.
    let (mut capitalised, mut lower) = (HashSet::new(), HashSet::new());
    for (line, _) in lines.iter().zip(&titles).filter(|(_, &title)| !title) {
        for k in line.clone() {
            let word = tokens[k].text;
            if starts_upper(word) && k > line.start && !opens_sentence(tokens[k - 1].text) {
                capitalised.insert(word.to_lowercase());
            } else if word.chars().next().is_some_and(char::is_lowercase) {
                lower.insert(word.to_lowercase());
            }
        }
    }
    for line in lines.iter().zip(&titles).filter(|(_, &title)| title).map(|(line, _)| line) {
        // The first word stays capitalised, as a sentence's does.
        for k in line.start + 1..line.end {
            let word = tokens[k].text;
            if !starts_upper(word) || is_all_caps(word) {
                continue;
            }
            let key = word.to_lowercase();
            let keeps = capitalised.contains(&key) || !lower.contains(&key) && is_listed(&key);
            if !keeps {
                words[k] = Cow::Owned(key);
            }
        }
    }
    words
}

/// Token ranges of the text's lines.
fn lines(tokens: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (k, token) in tokens.iter().enumerate().skip(1) {
        if token.newlines_before > 0 {
            lines.push(start..k);
            start = k;
        }
    }
    if start < tokens.len() {
        lines.push(start..tokens.len());
    }
    lines
}

/// Short words that title case may leave in lower case.
const MINOR_WORDS: usize = 3;

/// A line of four to 25 words, most of whose words longer than three
/// letters start with a capital (and are not all capitals), that does not
/// end as a sentence does (a sentence full of names ends with a full stop,
/// perhaps an abbreviation's, `… a stake in Chubb Ltd.`, before closing
/// quotation marks; a headline does not) nor holds a sentence's end before
/// more words (a caption and its photo credit: `Crews battle the fire in Los
/// Angeles. (Mario Tama/Getty Images)`).
fn is_title_case(line: &[Token<'_>]) -> bool {
    let closing = |t: &&Token<'_>| matches!(t.text, "\"" | "”" | "’" | "'" | ")");
    if line.iter().rev().find(|t| !closing(t)).is_some_and(|t| t.text.ends_with('.')) {
        return false;
    }
    if line.iter().any(|t| t.text == ".") {
        return false;
    }
    let words: Vec<&str> = line.iter().map(|t| t.text).filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > MINOR_WORDS).collect();
    let capitalised = long.iter().filter(|w| starts_upper(w) && !is_all_caps(w)).count();
    words.len() >= 4 && words.len() <= 25 && long.len() >= 3 && capitalised * 10 >= long.len() * 8
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word of two letters or more is written in capitals (`NATO`, `WHO`).
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 1 && !word.chars().any(char::is_lowercase)
}

/// Whether a word after this token starts a sentence (so its capital says nothing).
fn opens_sentence(previous: &str) -> bool {
    matches!(previous, "." | "!" | "?" | ":" | "\"" | "“" | "‘" | "'" | "(" | "-" | "—" | "–")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn tagged(text: &str, listed: &[&str]) -> String {
        let tokens = tokenize(text);
        let words = words_for_tagging(&tokens, &|w| listed.contains(&w));
        let first_line = tokens.iter().position(|t| t.newlines_before > 0).unwrap_or(tokens.len());
        words[..first_line].join(" ")
    }

    #[test]
    fn title_case_lines_are_read_in_sentence_case() {
        let table: &[(&str, &[&str], &str)] = &[
            // A name the body writes capitalised mid-sentence keeps its capitals; the other words lose theirs.
            (
                "Donna Brazile Leak Shows Clinton Camp Got Debate Question\n\nThe leak embarrassed Donna Brazile, who chairs the party.",
                &[],
                "Donna Brazile leak shows clinton camp got debate question",
            ),
            // A listed name the body never writes in lower case keeps its capital.
            (
                "Goldman Sachs Said to Weigh Job Cuts\n\nThe bank declined to comment.",
                &["goldman", "sachs"],
                "Goldman Sachs said to weigh job cuts",
            ),
            // A listed word the body writes in lower case is a word.
            ("Rising Prices Hurt Young Buyers\n\nPrices are rising for young buyers.", &["young"], "Rising prices hurt young buyers"),
            // Sentence case, all capitals and ordinary sentences are left alone.
            ("Trump warns Clinton on trade policy\n\nBody.", &[], "Trump warns Clinton on trade policy"),
            ("SOCCER - JAPAN GET LUCKY WIN\n\nBody.", &[], "SOCCER - JAPAN GET LUCKY WIN"),
            (
                "Angela Merkel met Emmanuel Macron in Paris on Monday.\n\nBody.",
                &[],
                "Angela Merkel met Emmanuel Macron in Paris on Monday .",
            ),
            // A sentence ends with a full stop, an abbreviation's too, before any closing quotation mark.
            (
                "Berkshire Hathaway Inc. Chairman Warren Buffett Bought Stakes in Chubb Ltd.\n\nBody.",
                &[],
                "Berkshire Hathaway Inc. Chairman Warren Buffett Bought Stakes in Chubb Ltd.",
            ),
            (
                "\"Stakes In Chubb And Apple Rose,\" Said Warren Buffett.\"\n\nBody.",
                &[],
                "\" Stakes In Chubb And Apple Rose , \" Said Warren Buffett . \"",
            ),
            // A caption's sentence and its photo credit are no headline.
            (
                "Firefighters Battle Flames in Los Angeles on Jan. 8. (Mario Tama/Getty Images)\n\nBody.",
                &[],
                "Firefighters Battle Flames in Los Angeles on Jan. 8 . ( Mario Tama / Getty Images )",
            ),
            // A table of names further down is not a headline.
            ("Results on Sunday.\nHapoel Haifa Beat Maccabi Tel Aviv", &[], "Results on Sunday ."),
        ];
        for (text, listed, expected) in table {
            assert_eq!(tagged(text, listed), *expected, "{text}");
        }
    }
}
