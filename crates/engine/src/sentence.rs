//! Sentence and paragraph boundaries over tokens.

use crate::token::Token;
use std::ops::Range;

/// A sentence: a range of token indices, and the paragraph it belongs to.
///
/// ```
/// use newsmark_engine::{sentence::sentences, token::tokenize};
/// let tokens = tokenize("He left. She stayed.\n\nNew day.");
/// let found = sentences(&tokens);
/// assert_eq!(found.len(), 3);
/// assert_eq!(found[2].paragraph, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices of the sentence.
    pub tokens: Range<usize>,
    /// Index of the paragraph (paragraphs are separated by blank lines).
    pub paragraph: usize,
}

fn ends_sentence(token: &str) -> bool {
    matches!(token, "." | "!" | "?" | "..." | "…")
}

fn closes(token: &Token<'_>) -> bool {
    matches!(token.text, "”" | "’" | ")" | "]" | "»") || (matches!(token.text, "\"" | "'") && !token.space_before)
}

/// Splits tokens into sentences: after `.`, `!`, `?` (and the closing quotes
/// or brackets that follow) and at every line break.
///
/// ```
/// use newsmark_engine::{sentence::sentences, token::tokenize};
/// let tokens = tokenize("\"Go,\" he said. \"Now.\" Then silence");
/// let found = sentences(&tokens);
/// assert_eq!(found.iter().map(|s| s.tokens.clone()).collect::<Vec<_>>(), [0..7, 7..11, 11..13]);
/// ```
pub fn sentences(tokens: &[Token<'_>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && tokens[i].newlines_before > 0 {
            out.push(Sentence { tokens: start..i, paragraph });
            start = i;
        }
        if i == start && tokens[i].newlines_before >= 2 && !out.is_empty() {
            paragraph += 1;
        }
        if ends_sentence(tokens[i].text) {
            let mut end = i + 1;
            while end < tokens.len() && tokens[end].newlines_before == 0 && closes(&tokens[end]) {
                end += 1;
            }
            // (`Sen. Mitch McConnell, R-Ky., said`: a comma after the full stop goes on with the sentence.)
            let next_starts = tokens.get(end).is_none_or(|next| {
                next.newlines_before > 0 || next.text.chars().next().is_some_and(|c| !c.is_lowercase() && !matches!(c, ',' | ';' | ':'))
            });
            if next_starts {
                out.push(Sentence { tokens: start..end, paragraph });
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(Sentence { tokens: start..tokens.len(), paragraph });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sentence_texts(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        sentences(&tokens).iter().map(|s| tokens[s.tokens.clone()].iter().map(|t| t.text).collect::<Vec<_>>().join(" ")).collect()
    }

    #[test]
    fn splits_after_final_punctuation_and_closing_quotes() {
        assert_eq!(sentence_texts("\"We are ready.\" Mattis said so. the end"), ["\" We are ready . \"", "Mattis said so . the end"]);
    }

    #[test]
    fn headline_lines_and_paragraphs() {
        let tokens = tokenize("Headline here\n\nFirst para. Second.\r\n\r\nThird");
        let found = sentences(&tokens);
        let paragraphs: Vec<usize> = found.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1, 2]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(sentence_texts("Mr. Putin met U.S. officials."), ["Mr. Putin met U.S. officials ."]);
        // A comma, semicolon or colon after a full stop goes on with the sentence.
        assert_eq!(
            sentence_texts("Sen. Mitch McConnell, R-Ky., said so. He left."),
            ["Sen. Mitch McConnell , R-Ky. , said so .", "He left ."]
        );
    }
}
