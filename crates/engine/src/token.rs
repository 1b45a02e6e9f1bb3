//! Tokens with code-point offsets, split the way CoNLL-2003 (Penn Treebank
//! style) splits news text, so that the tagger sees on raw text what it was
//! trained on.

use crate::text::is_space;

/// One token: its text and its code-point span in the document.
///
/// ```
/// let tokens = newsmark_engine::token::tokenize("Mattis's view.");
/// let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
/// assert_eq!(texts, ["Mattis", "'s", "view", "."]);
/// assert_eq!((tokens[1].start, tokens[1].end), (6, 8));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text, borrowed from the document.
    pub text: &'a str,
    /// First code point.
    pub start: usize,
    /// Code point after the last one.
    pub end: usize,
    /// Line breaks in the whitespace before the token (2 means a new paragraph).
    pub newlines_before: u8,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
}

/// Words that keep their final full stop (besides single letters and dotted
/// forms such as U.S. and a.m.).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "sens", "rep", "reps", "gov", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr",
    "gens", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "plc", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rev", "hon", "pres", "supt", "dept", "univ", "approx", "est", "fig", "p",
    "pp", "vol", "cf", "ca", "calif", "conn", "fla", "ill", "mass", "mich", "minn", "okla", "penn", "tenn", "tex", "wash", "wis", "ala",
    "ariz", "colo", "ga", "kan", "ky", "md", "neb", "nev", "wyo",
];

const OPENING: &[char] = &['"', '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡', '„', '$', '£', '€', '#'];
const CLOSING: &[char] = &['"', '”', '’', '»', '›', ')', ']', '}', ',', ';', ':', '!', '?', '…'];
const APOSTROPHES: &[char] = &['\'', '’'];

/// Splits `text` into tokens.
///
/// ```
/// let tokens = newsmark_engine::token::tokenize("\"We don't,\" said the U.S. envoy.");
/// let texts: Vec<&str> = tokens.iter().map(|t| t.text).collect();
/// assert_eq!(texts, ["\"", "We", "do", "n't", ",", "\"", "said", "the", "U.S.", "envoy", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::new();
    let mut spans = Vec::new();
    let mut i = 0;
    let mut newlines = 0u8;
    let mut space = false;
    while i < chars.len() {
        let c = chars[i].1;
        if is_space(c) {
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            space = true;
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && !is_space(chars[end].1) {
            end += 1;
        }
        spans.clear();
        split_chunk(&chars, i, end, &mut spans);
        for (k, &(s, e)) in spans.iter().enumerate() {
            tokens.push(Token {
                text: &text[byte_at(s)..byte_at(e)],
                start: s,
                end: e,
                newlines_before: if k == 0 { newlines } else { 0 },
                space_before: k == 0 && space,
            });
        }
        newlines = 0;
        space = false;
        i = end;
    }
    tokens
}

/// Widens a code-point selection to whole tokens: the start moves to the
/// start of its token, the end to the end of its token. `None` if the
/// selection holds no token.
///
/// ```
/// use newsmark_engine::token::{snap_to_tokens, tokenize};
/// let tokens = tokenize("said James Mattis.");
/// assert_eq!(snap_to_tokens(&tokens, 7, 13), Some((5, 17)));
/// assert_eq!(snap_to_tokens(&tokens, 4, 5), None);
/// ```
pub fn snap_to_tokens(tokens: &[Token<'_>], start: usize, end: usize) -> Option<(usize, usize)> {
    let first = tokens.iter().find(|t| t.end > start)?;
    let last = tokens.iter().rev().find(|t| t.start < end)?;
    (first.start < last.end && first.start < end && last.end > start).then_some((first.start, last.end))
}

/// The tokens of the whole lines around code points `start..end`, widened
/// by `margin` code points either side: what [`tokenize`] gives for them in
/// the whole text (tokens never cross a line break), without tokenising a
/// long article for one edit. Only the first token's `newlines_before` may
/// differ.
///
/// ```
/// use newsmark_engine::token::{tokenize, tokenize_around};
/// let text = "First line.\nNATO met in Bonn.\nLast line.";
/// let around = tokenize_around(text, 16, 19, 0);
/// assert_eq!(around.iter().map(|t| t.text).collect::<Vec<_>>(), ["NATO", "met", "in", "Bonn", "."]);
/// let whole = tokenize(text);
/// assert_eq!((around[0].start, around[0].end), (whole[3].start, whole[3].end));
/// ```
pub fn tokenize_around(text: &str, start: usize, end: usize, margin: usize) -> Vec<Token<'_>> {
    let (from_char, to_char) = (start.saturating_sub(margin), end.saturating_add(margin));
    let mut from = text.len();
    let mut to = text.len();
    for (n, (byte, _)) in text.char_indices().enumerate() {
        if n == from_char {
            from = byte;
        }
        if n == to_char {
            to = byte;
            break;
        }
    }
    let from = text[..from].rfind('\n').map_or(0, |i| i + 1);
    let to = text[to..].find('\n').map_or(text.len(), |i| to + i);
    let offset = text[..from].chars().count();
    let mut tokens = tokenize(&text[from..to]);
    for token in &mut tokens {
        token.start += offset;
        token.end += offset;
    }
    tokens
}

/// The code-point spans where `phrase` occurs in `tokens` as whole tokens
/// (`Bonn` in `Bonn's` counts; `Bonn` in `Bonnie` does not).
///
/// ```
/// use newsmark_engine::token::{find_phrase, tokenize};
/// let tokens = tokenize("New York and New Yorkers in New York.");
/// assert_eq!(find_phrase(&tokens, "New York").collect::<Vec<_>>(), [(0, 8), (28, 36)]);
/// assert_eq!(find_phrase(&tokens, " ").count(), 0);
/// ```
pub fn find_phrase<'t>(tokens: &'t [Token<'_>], phrase: &str) -> impl Iterator<Item = (usize, usize)> + 't {
    let pattern: Vec<String> = tokenize(phrase).iter().map(|t| t.text.to_string()).collect();
    let width = pattern.len();
    let windows = if width == 0 { [].windows(1) } else { tokens.windows(width) };
    windows.filter(move |w| w.iter().map(|t| t.text).eq(pattern.iter().map(String::as_str))).map(|w| (w[0].start, w[w.len() - 1].end))
}

fn lower_word(chars: &[(usize, char)], s: usize, e: usize) -> String {
    chars[s..e].iter().flat_map(|&(_, c)| c.to_lowercase()).collect()
}

fn is_url(chars: &[(usize, char)], s: usize, e: usize) -> bool {
    let word = lower_word(chars, s, e);
    word.starts_with("http://")
        || word.starts_with("https://")
        || word.starts_with("www.")
        || (word.contains('@') && word.contains('.') && !word.starts_with('@'))
}

fn is_abbreviation(chars: &[(usize, char)], s: usize, e: usize) -> bool {
    if e <= s {
        return false;
    }
    let word = lower_word(chars, s, e);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (word.contains('.') && letters > 0 && word.chars().all(|c| c.is_alphabetic() || c == '.'))
        || (e - s == 1 && chars[s].1.is_alphabetic())
        || ABBREVIATIONS.contains(&word.as_str())
        // (`No. 10`, `Nos. 3 and 4`; but `said no. Major …` ends a sentence.)
        || (matches!(word.as_str(), "no" | "nos") && chars[e + 1..].iter().find(|&&(_, c)| !is_space(c)).is_some_and(|&(_, c)| c.is_ascii_digit()))
        // (The word is built only where a hyphen follows its first letter: this runs at every sentence's end.)
        || (e - s > 2 && chars[s + 1].1 == '-' && is_party_and_state(&chars[s..e].iter().map(|&(_, c)| c).collect::<String>()))
}

/// Whether `s..e` is the social network X after `on` (`wrote on X.`), whose
/// full stop ends the sentence: no initial. (Kept out of line: inlined into
/// the tokenizer's copies, it cost the app's wasm some 175 bytes gzipped more.)
#[inline(never)]
fn is_platform_x(chars: &[(usize, char)], s: usize, e: usize) -> bool {
    let on = s >= 3 && chars[s - 3].1 == 'o' && chars[s - 2].1 == 'n' && is_space(chars[s - 1].1) && (s == 3 || is_space(chars[s - 4].1));
    e == s + 1 && chars[s].1 == 'X' && on
}

/// The states as American news writes them after a lawmaker's party (`R-Ga.`,
/// `D-N.Y.`, `R-Texas`), without the full stop.
const STATES: [&str; 50] = [
    "Ala", "Alaska", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Hawaii", "Idaho", "Ill", "Ind", "Iowa", "Kan", "Ky",
    "La", "Maine", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Ohio",
    "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Texas", "Utah", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
];

/// Whether a word is a US lawmaker's party and state as news writes them
/// after the name (`R-Ga.`, `D-N.Y.`, `I-Vt.`, `R-Texas`; not `D-Day.`), with
/// or without the state's full stop, which the tokenizer keeps on the word.
pub(crate) fn is_party_and_state(word: &str) -> bool {
    word.split_once('-').is_some_and(|(party, state)| matches!(party, "D" | "R" | "I") && STATES.contains(&state.trim_end_matches('.')))
}

/// Length of an English clitic (`'s`, `n't`, `'re` ...) at the end of `s..e`, if any.
fn clitic_len(chars: &[(usize, char)], s: usize, e: usize) -> usize {
    let n = e - s;
    let at = |k: usize| chars[e - k].1.to_ascii_lowercase();
    let apostrophe = |k: usize| APOSTROPHES.contains(&chars[e - k].1);
    if n > 3 && at(1) == 't' && apostrophe(2) && at(3) == 'n' {
        return 3;
    }
    if n > 2 && apostrophe(2) && matches!(at(1), 's' | 'm' | 'd') && !is_space(chars[e - 3].1) && !chars[e - 3].1.is_ascii_punctuation() {
        return 2;
    }
    if n > 3 && apostrophe(3) && matches!((at(2), at(1)), ('r', 'e') | ('v', 'e') | ('l', 'l')) {
        return 3;
    }
    0
}

/// Splits one whitespace-free chunk `s..e` into token spans.
fn split_chunk(chars: &[(usize, char)], s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    if is_url(chars, s, e) {
        let mut right = e;
        while right > s + 1 && ".,;:!?)]}\"'”’»".contains(chars[right - 1].1) {
            right -= 1;
        }
        out.push((s, right));
        out.extend((right..e).map(|k| (k, k + 1)));
        return;
    }
    let mut left = s;
    while left < e {
        let c = chars[left].1;
        let opens = OPENING.contains(&c)
            || (APOSTROPHES.contains(&c) && left + 1 < e && chars[left + 1].1.is_alphabetic() && clitic_len(chars, left, e) != e - left);
        if !opens || (e - left == 1) {
            break;
        }
        out.push((left, left + 1));
        left += 1;
    }
    let mut trailing = Vec::new();
    let mut right = e;
    while right > left {
        let c = chars[right - 1].1;
        if right - left >= 3 && c == '.' && chars[right - 2].1 == '.' && chars[right - 3].1 == '.' {
            trailing.push((right - 3, right));
            right -= 3;
        } else if c == '.' {
            if right - left == 1 || (is_abbreviation(chars, left, right - 1) && !is_platform_x(chars, left, right - 1)) {
                break;
            }
            trailing.push((right - 1, right));
            right -= 1;
        } else if right - left > 1 && (CLOSING.contains(&c) || APOSTROPHES.contains(&c)) {
            trailing.push((right - 1, right));
            right -= 1;
        } else {
            let clitic = clitic_len(chars, left, right);
            if clitic > 0 {
                trailing.push((right - clitic, right));
                right -= clitic;
            }
            break;
        }
    }
    split_inner_marks(chars, left, right, out);
    out.extend(trailing.into_iter().rev());
}

/// Splits the marks inside a word that part words: em dashes, double
/// hyphens, ellipses, and a slash between a word and a capital
/// (`REUTERS/Elizabeth Frantz`, `AP Photo/Ben Curtis`: a photo credit's agency
/// and photographer, which CoNLL writes `AP / Reuters`); keeps single hyphens
/// (CoNLL keeps `Saudi-based` and `1996-08-28` whole) and other slashes
/// (`and/or`, `1996/97`).
fn split_inner_marks(chars: &[(usize, char)], s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let mut start = s;
    let mut k = s;
    while k < e {
        let c = chars[k].1;
        let len = if c == '—' || c == '…' {
            1
        } else if c == '-' && k + 1 < e && chars[k + 1].1 == '-' && k > s {
            2
        } else if c == '/' && k > s && k + 1 < e && chars[k - 1].1.is_alphabetic() && chars[k + 1].1.is_uppercase() {
            1
        } else {
            0
        };
        if len > 0 && (k > s || k + len < e) {
            if k > start {
                out.push((start, k));
            }
            out.push((k, k + len));
            k += len;
            start = k;
        } else {
            k += 1;
        }
    }
    if e > start {
        out.push((start, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text).collect()
    }

    /// (input, expected tokens)
    const SPLITS: &[(&str, &[&str])] = &[
        ("Moscow's hopes", &["Moscow", "'s", "hopes"]),
        ("(REUTERS/Elizabeth Frantz)", &["(", "REUTERS", "/", "Elizabeth", "Frantz", ")"]),
        ("and/or 1996/97 km/h", &["and/or", "1996/97", "km/h"]),
        ("Moscow’s hopes", &["Moscow", "’s", "hopes"]),
        ("farmers' union", &["farmers", "'", "union"]),
        ("they're sure", &["they", "'re", "sure"]),
        ("it doesn't", &["it", "does", "n't"]),
        ("the U.S. and U.N.", &["the", "U.S.", "and", "U.N."]),
        ("on Jan. 5.", &["on", "Jan.", "5", "."]),
        ("Mr. Putin", &["Mr.", "Putin"]),
        ("Sens. Collins and Reps. Mace", &["Sens.", "Collins", "and", "Reps.", "Mace"]),
        ("Saudi-based firm", &["Saudi-based", "firm"]),
        ("a 6-4 win", &["a", "6-4", "win"]),
        ("1,250.50 dollars", &["1,250.50", "dollars"]),
        ("$5 million", &["$", "5", "million"]),
        ("see https://example.com/a?b=1.", &["see", "https://example.com/a?b=1", "."]),
        ("(Reuters) -", &["(", "Reuters", ")", "-"]),
        ("\"Yes,\" he said.", &["\"", "Yes", ",", "\"", "he", "said", "."]),
        ("“Yes” – he", &["“", "Yes", "”", "–", "he"]),
        ("wait... now", &["wait", "...", "now"]),
        ("war—and peace", &["war", "—", "and", "peace"]),
        ("O'Brien said", &["O'Brien", "said"]),
        ("the '90s", &["the", "'90s"]),
        ("'Daesh' fighters", &["'", "Daesh", "'", "fighters"]),
        ("Why? Because!", &["Why", "?", "Because", "!"]),
        ("東京 と 大阪", &["東京", "と", "大阪"]),
        ("👍🏽 great", &["👍🏽", "great"]),
        // Invisible separators from web pages and joined files split words; the emoji joiner does not.
        ("Scholz.\u{200B} Done", &["Scholz", ".", "Done"]),
        // A lawmaker's party and state keep the state's full stop; a sentence's stops are apart.
        ("Cantwell, D-Wash., said", &["Cantwell", ",", "D-Wash.", ",", "said"]),
        ("Ossoff, D-Ga., and Schumer, D-N.Y., said", &["Ossoff", ",", "D-Ga.", ",", "and", "Schumer", ",", "D-N.Y.", ",", "said"]),
        ("a Saudi-based firm. Then D-Day.", &["a", "Saudi-based", "firm", ".", "Then", "D-Day", "."]),
        // The network X's full stop after `on` ends a sentence; an initial keeps its own.
        ("wrote on X. Then", &["wrote", "on", "X", ".", "Then"]),
        ("Simon X. Li and J. Smith", &["Simon", "X.", "Li", "and", "J.", "Smith"]),
        // `No.` before a number keeps its stop; `no` ending a sentence does not.
        ("at No. 10 and Nos. 3", &["at", "No.", "10", "and", "Nos.", "3"]),
        ("said no. Major Jones", &["said", "no", ".", "Major", "Jones"]),
        ("was No.", &["was", "No", "."]),
        // A state's abbreviation keeps its stop (`AUGUSTA, Ga. —`).
        ("AUGUSTA, Ga. — Scottie", &["AUGUSTA", ",", "Ga.", "—", "Scottie"]),
        ("\u{FEFF}Angela Merkel", &["Angela", "Merkel"]),
        ("👩\u{200D}👩\u{200D}👧 met", &["👩\u{200D}👩\u{200D}👧", "met"]),
    ];

    #[test]
    fn splits_like_conll() {
        for &(input, expected) in SPLITS {
            assert_eq!(texts(input), expected, "{input:?}");
        }
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "😀 Café\r\n\r\nZoe\u{301}’s";
        let tokens = tokenize(text);
        let spans: Vec<(usize, usize, u8)> = tokens.iter().map(|t| (t.start, t.end, t.newlines_before)).collect();
        assert_eq!(spans, [(0, 1, 0), (2, 6, 0), (10, 14, 2), (14, 16, 0)]);
        for t in &tokens {
            let via_chars: String = text.chars().skip(t.start).take(t.end - t.start).collect();
            assert_eq!(via_chars, t.text);
        }
    }

    #[test]
    fn invisible_separators_are_no_part_of_a_token() {
        let spans: Vec<(usize, usize)> = tokenize("Scholz.\u{200B} \u{FEFF}Done").iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(spans, [(0, 6), (6, 7), (10, 14)]);
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t ").is_empty());
    }
}
