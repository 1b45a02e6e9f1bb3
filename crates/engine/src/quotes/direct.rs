//! Direct speech: quotation marks paired per paragraph, and the speaker of an utterance.

use super::lexicon::{is_possessive, is_quote_mark, is_speech_verb, is_tail_word, BE_FORMS, CLOSE_DOUBLE, DETERMINERS, OPEN_DOUBLE};
use super::reported::sentence_subject;
use super::{Context, Speaker};
use crate::text::is_space;
use std::ops::Range;

/// Finds direct quotes as code-point spans inside their marks, with the
/// utterance each belongs to (spans of one utterance share a speaker).
///
/// ```
/// let spans = newsmark_engine::quotes::direct_spans("\"Yes,\" he said, \"now.\"");
/// assert_eq!(spans, [(1, 5, 0), (17, 21, 0)]);
/// ```
pub fn direct_spans(text: &str) -> Vec<(usize, usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut utterance = 0;
    let mut open: Option<usize> = None;
    // The mark that opened the quote starting at each position (German „…“ closes with the mark English opens with).
    let mut opener = vec![' '; chars.len() + 2];
    let mut i = 0;
    let trimmed = |s: usize, e: usize| -> Option<(usize, usize)> {
        let mut s = s;
        let mut e = e;
        while s < e && is_space(chars[s]) {
            s += 1;
        }
        while e > s && is_space(chars[e - 1]) {
            e -= 1;
        }
        (e > s).then_some((s, e))
    };
    // Utterance boundary: text between two spans that is more than an attribution.
    let mut last_close: Option<usize> = None;
    let mut continued_paragraph = false;
    let mut next_utterance = |start: usize, last_close: Option<usize>, continued_paragraph: bool| -> usize {
        let continues = continued_paragraph
            || last_close.is_some_and(|c| {
                let between: String = chars[c..start].iter().collect();
                let words = between.split_whitespace().count();
                words <= 6
                    && !between.contains("\n\n")
                    && (between.contains(',') || between.trim().is_empty() || between.contains('\n'))
                    && !between.trim_end_matches(|c: char| is_space(c) || OPEN_DOUBLE.contains(&c) || c == '"').ends_with('.')
                    || between.trim().is_empty()
            });
        if !continues {
            utterance += 1;
        }
        utterance - 1
    };
    while i < chars.len() {
        let c = chars[i];
        let is_paragraph_break = c == '\n' && chars[i + 1..].iter().take_while(|&&c| is_space(c)).any(|&c| c == '\n');
        if is_paragraph_break {
            if let Some(s) = open.take() {
                // A quote open at a paragraph end continues if the next paragraph opens a mark.
                let next = chars[i..].iter().position(|&c| !is_space(c)).map(|k| chars[i + k]);
                if let Some((s, e)) = trimmed(s, i) {
                    let id = next_utterance(s, last_close, continued_paragraph);
                    spans.push((s, e, id));
                    continued_paragraph = next.is_some_and(|n| OPEN_DOUBLE.contains(&n) || n == '"');
                    last_close = None;
                }
            }
            i += 1;
            continue;
        }
        let mark = quote_mark(&chars, i, open.map(|s| opener[s]));
        let width = mark.map_or(1, |m| m.width);
        let (opens, closes) = match mark {
            Some(m) => (m.opens || (m.either && open.is_none()), m.closes || (m.either && open.is_some())),
            None => (false, false),
        };
        if opens && open.is_none() {
            open = Some(i + width);
            opener[i + width] = c;
        } else if closes {
            if let Some(s) = open.take() {
                if let Some((s, e)) = trimmed(s, i) {
                    let id = next_utterance(s, last_close, continued_paragraph);
                    spans.push((s, e, id));
                    last_close = Some(i + width);
                    continued_paragraph = false;
                }
            }
        }
        i += width;
    }
    if let Some(s) = open {
        if let Some((s, e)) = trimmed(s, chars.len()) {
            let id = next_utterance(s, last_close, continued_paragraph);
            spans.push((s, e, id));
        }
    }
    let marked = single_quote_spans(&chars, &spans);
    let dashed = dash_spans(&chars);
    spans.extend(marked.into_iter().chain(dashed).map(|(s, e)| {
        utterance += 1;
        (s, e, utterance - 1)
    }));
    crate::sort::sort(&mut spans);
    spans
}

/// Speech opened by a dash at the start of a line, as some newspapers write it (`— We will win, said the
/// minister.`): the words up to the comma before the narration's speech verb, or up to a dash set off by
/// spaces that opens the narration (`– We will win – said the minister`). A line without such narration is a
/// list item, not speech; a line holding quotation marks is left to them.
fn dash_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut line_start = 0;
    while line_start < chars.len() {
        let line_end = chars[line_start..].iter().position(|&c| c == '\n').map_or(chars.len(), |k| line_start + k);
        let line = &chars[line_start..line_end];
        let first = line.iter().position(|&c| !is_space(c));
        let opens = first.is_some_and(|f| matches!(line[f], '—' | '–') && line.get(f + 1).is_some_and(|&c| is_space(c)));
        let marked = line.iter().any(|&c| "\"“”«»„‹›".contains(c));
        if let (true, false, Some(f)) = (opens, marked, first) {
            if let Some((s, e)) = dash_speech(line, f + 1) {
                out.push((line_start + s, line_start + e));
            }
        }
        line_start = line_end + 1;
    }
    out
}

/// How many characters after a dash-opened line's comma or dash are read for the narration's speech verb.
const NARRATION_CHARS: usize = 120;

/// The speech of one dash-opened line from `from`: its end, where narration with a speech verb follows.
fn dash_speech(line: &[char], from: usize) -> Option<(usize, usize)> {
    let narration_at = |k: usize| {
        // (Five words are all that is read: a long line is not copied once per comma.)
        let rest: String = line[k..].iter().take(NARRATION_CHARS).collect();
        let words: Vec<&str> = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).collect();
        // `said to be good` is no narration of speech.
        (0..words.len().min(4)).any(|w| is_speech_verb(words[w]) && words.get(w + 1) != Some(&"to"))
    };
    let spaced_dash =
        (from + 1..line.len().saturating_sub(1)).find(|&k| matches!(line[k], '—' | '–') && is_space(line[k - 1]) && is_space(line[k + 1]));
    let end = match spaced_dash {
        Some(dash) if narration_at(dash + 1) => dash,
        _ => (from..line.len()).rev().find(|&k| line[k] == ',' && narration_at(k + 1))? + 1,
    };
    let start = (from..end).find(|&k| !is_space(line[k]))?;
    let end = (start..end).rev().find(|&k| !is_space(line[k]))? + 1;
    (end > start + 1).then_some((start, end))
}

/// A quotation mark at `chars[at]`: how many characters it takes, and
/// whether it opens, closes, or (straight marks) does either. Besides
/// `"…"`, `“…”`, `«…»` and `„…“`: archive text's `''…''` and ``` ``…'' ```,
/// and single guillemets `‹…›`.
#[derive(Clone, Copy)]
struct QuoteMark {
    width: usize,
    opens: bool,
    closes: bool,
    either: bool,
}

fn quote_mark(chars: &[char], at: usize, opened_by: Option<char>) -> Option<QuoteMark> {
    let c = chars[at];
    let next = chars.get(at + 1).copied();
    let mark = |width, opens, closes, either| Some(QuoteMark { width, opens, closes, either });
    match c {
        '`' if next == Some('`') => mark(2, true, false, false),
        // Two apostrophes inside a word (`Ark''s`) are not a quotation mark.
        '\'' if next == Some('\'') => {
            let inside_word =
                at.checked_sub(1).is_some_and(|p| chars[p].is_alphanumeric()) && chars.get(at + 2).is_some_and(|c| c.is_alphanumeric());
            if inside_word {
                None
            } else {
                mark(2, false, false, true)
            }
        }
        '"' => mark(1, false, false, true),
        '“' if opened_by == Some('„') => mark(1, false, true, false),
        '‹' => mark(1, true, false, false),
        '›' => mark(1, false, true, false),
        c if OPEN_DOUBLE.contains(&c) => mark(1, true, false, false),
        c if CLOSE_DOUBLE.contains(&c) => mark(1, false, true, false),
        _ => None,
    }
}

/// Quotes in single marks (common in headlines), told apart from apostrophes:
/// the opening mark follows a space and precedes a letter, the closing mark
/// follows a non-space and precedes a space or punctuation, on one line.
fn single_quote_spans(chars: &[char], doubles: &[(usize, usize, usize)]) -> Vec<(usize, usize)> {
    let inside_double = |k: usize| doubles.iter().any(|&(s, e, _)| s <= k && k < e);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let before_ok = i == 0 || is_space(chars[i - 1]) || "([—–-".contains(chars[i - 1]);
        let after = chars.get(i + 1).copied().unwrap_or(' ');
        if (c == '‘' || c == '\'') && before_ok && after.is_alphabetic() && !inside_double(i) {
            let mut k = i + 1;
            let mut found = None;
            while k < chars.len() && chars[k] != '\n' {
                let ck = chars[k];
                let next = chars.get(k + 1).copied().unwrap_or(' ');
                // A straight mark doubled (`''`) belongs to the double-quote conventions.
                let doubled = ck == '\'' && (next == '\'' || chars[k - 1] == '\'');
                let closing_mark = (ck == '’' || ck == '\'') && !doubled;
                let apostrophe_in_word = next.is_alphabetic();
                // At least two characters: `'n'` in "rock 'n' roll" is not a quote.
                if closing_mark && !apostrophe_in_word && !is_space(chars[k - 1]) && k > i + 2 {
                    found = Some(k);
                    break;
                }
                k += 1;
            }
            if let Some(k) = found {
                out.push((i + 1, k));
                i = k + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Verbs by which a speaker describes something in a quote's words (`called the plan "…"`).
pub(super) const DESCRIBING_VERBS: [&str; 10] =
    ["called", "calls", "described", "describes", "termed", "dubbed", "labelled", "labeled", "branded", "deemed"];

/// The most words of the phrase naming a speaker's body between the speaker
/// and a describing verb (`of the Green party`).
const BODY_PHRASE_WORDS: usize = 6;

/// The most words after a quote's closing mark that its attribution spans:
/// a title, a name, a lawmaker's party and state and an appositive before
/// the verb (`"…," Sen. Jack Reed, D-R.I., the top Democrat on the Armed
/// Services Committee, said`).
const AFTER_QUOTE_WORDS: usize = 20;

/// The speaker of one utterance of direct speech.
pub(super) fn direct_speaker(
    ctx: &Context<'_, '_>,
    group: &[(usize, usize)],
    token_range: &dyn Fn(usize, usize) -> Range<usize>,
    previous: Option<&Speaker>,
) -> Option<Speaker> {
    let tokens = ctx.tokens;
    let n = tokens.len();
    for &(s, e) in group {
        let inside = token_range(s, e);
        // After the closing mark (dash-opened speech has none), to the end of the sentence, its line or the
        // next quote: a quote that ends its line is not attributed by the next line's words, unless it ends
        // with a comma, which an attribution follows (`"We will win,"` and `said the leader.` on the next line
        // of wrapped text).
        let closing = inside.end < n && (is_quote_mark(tokens[inside.end].text) || matches!(tokens[inside.end].text, "'" | "’"));
        let after = (inside.end + usize::from(closing)).min(n);
        let ends_with_comma = inside.end > inside.start && ctx.word(inside.end - 1) == ",";
        let mut stop = after;
        while stop < n
            && !ctx.in_quote[stop]
            && stop - after < AFTER_QUOTE_WORDS
            && (tokens[stop].newlines_before == 0 || (stop == after && ends_with_comma && tokens[stop].newlines_before == 1))
            && !matches!(ctx.word(stop), "." | "!" | "?" | ";")
        {
            stop += 1;
        }
        // (`… history." Senate Minority Leader Mitch McConnell said he expected …`: after a quote that ends its
        // sentence, a new sentence whose verb reports a clause of its own attributes nothing before it.)
        let sentence_ended =
            inside.end > inside.start && matches!(ctx.word(inside.end - 1), "." | "!" | "?") && after < n && ctx.is_capitalised(after);
        // (The whole sentence: its subject may have a long appositive, `Minority Leader Mitch McConnell, a longtime
        // backer of aid to Kyiv, said the vote showed …`.)
        let reports_its_own = || {
            let end = ctx.sentences.get(ctx.sentence_of[after]).map_or(n, |r| r.end);
            (after..end)
                .find(|&v| !ctx.in_quote[v] && ctx.is_speech_verb_at(v))
                .is_some_and(|v| v + 1 < end && !ctx.is_punct(v + 1) && !is_tail_word(ctx.word(v + 1)))
        };
        if let Some(sp) = (!(sentence_ended && reports_its_own())).then(|| ctx.attribution_in(after..stop, false)).flatten() {
            return Some(sp);
        }
        // `"The economy is strong" — Janet Yellen`: a dash, then the person.
        if after + 1 < n && matches!(ctx.word(after), "—" | "–" | "--") {
            if let Some(e) =
                ctx.entity_at[after + 1].filter(|&e| ctx.entities[e].label == "PER" && ctx.entities[e].tokens.start == after + 1)
            {
                return Some(ctx.speaker(ctx.entities[e].tokens.clone()));
            }
        }
        // Before the opening mark, back to the start of its sentence.
        let open = inside.start.saturating_sub(1);
        let sentence = ctx.sentence_of.get(open).copied().unwrap_or(0);
        let mut from = ctx.sentences.get(sentence).map_or(0, |r| r.start);
        if from == open && sentence > 0 {
            // `Mattis said:` then the quote in a new sentence or paragraph.
            let prev = &ctx.sentences[sentence - 1];
            if prev.end > prev.start && matches!(ctx.word(prev.end - 1), ":" | ",") {
                from = prev.start;
            }
        }
        let from = (from..open).rev().take_while(|&k| !ctx.in_quote[k]).last().unwrap_or(open);
        if let Some(sp) = ctx.attribution_in(from..open, true) {
            return Some(sp);
        }
        // `Nancy Pelosi fired back in a tweet: "…"`: the subject of the clause that the colon ends.
        if open > from + 1 && ctx.word(open - 1) == ":" {
            if let Some(m) = sentence_subject(ctx, from..open - 1, open - 1) {
                return Some(ctx.speaker(m));
            }
        }
        // `Nancy Pelosi called the proposal "a step in the right direction."`: the
        // subject of a verb that describes something in the quote's words, right
        // before it or with only adverbs and auxiliaries between, as a speech verb
        // has them (`Pelosi later called`, `Pelosi has called`; not in the passive,
        // `the plan was called "…" by critics`, nor a participle after a noun,
        // `wrote a book called "…"`).
        let describing = (from + 1..open).find(|&k| DESCRIBING_VERBS.contains(&ctx.word(k)) && !BE_FORMS.contains(&ctx.word(k - 1)));
        // (`Lisa Paus of the Green party called`: or with the body it is of, from or at between.)
        let next_to = |m: &Range<usize>, v: usize| {
            let end = ctx.past_adverbs(v, m.end);
            end == m.end
                || (m.end < end
                    && matches!(ctx.word(m.end), "of" | "from" | "at")
                    && end - m.end <= BODY_PHRASE_WORDS
                    && (m.end..end).all(|k| !ctx.is_punct(k) && !ctx.in_quote[k]))
        };
        // (`Sam Altman, the chief executive, called`: or set off from it by an appositive.)
        let after_appositive = |v: usize| {
            let end = ctx.past_adverbs(v, from);
            (end > from && ctx.word(end - 1) == ",").then(|| ctx.subject_before(v, from)).flatten()
        };
        if let Some(m) =
            describing.and_then(|v| sentence_subject(ctx, from..v, v).filter(|m| next_to(m, v)).or_else(|| after_appositive(v)))
        {
            return Some(ctx.speaker(m));
        }
    }
    // A quote paragraph that follows a quote with a named speaker, unless
    // another person became the subject since: one opening a sentence or a
    // clause after punctuation or `and`/`but` (one after a preposition, a verb
    // or a subordinating word, `after Jane Doe spoke`, `after beating Jane
    // Doe`, did not).
    let first = token_range(group[0].0, group[0].1);
    let open = first.start.saturating_sub(1);
    if let Some(prev) = previous {
        let between = prev.mention.end.min(open)..open;
        // (`an expert at the German Marshall Fund`: the words before a name may open with the preposition.)
        // (Nor the possessor in an appositive to the speaker: `Sergei Posukhov, Lukashenko's political adviser, told`.)
        let subject_person = |e: usize| {
            let Range { start, end } = ctx.entities[e].tokens;
            let opener = (0..start).rev().find(|&k| !DETERMINERS.contains(&ctx.word(k)) && !ctx.is_capitalised(k));
            let possessor = end < ctx.tokens.len() && is_possessive(ctx.word(end));
            let describes_speaker = possessor && start == prev.mention.end + 1 && ctx.word(prev.mention.end) == ",";
            opener.is_none_or(|k| ctx.is_punct(k) || matches!(ctx.word(k), "and" | "but")) && !describes_speaker
        };
        let other_person = between.clone().any(|k| {
            !ctx.in_quote[k]
                && ctx.entity_at[k].is_some_and(|e| ctx.entities[e].label == "PER" && Some(e) != prev.entity && subject_person(e))
        });
        let paragraphs =
            between.clone().filter(|&k| ctx.tokens[k].newlines_before >= 2).count() + usize::from(ctx.tokens[open].newlines_before >= 2);
        if !other_person && paragraphs <= 2 {
            return Some(prev.clone());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn direct_texts(text: &str) -> Vec<(String, usize)> {
        direct_spans(text).into_iter().map(|(s, e, u)| (text.chars().skip(s).take(e - s).collect(), u)).collect()
    }

    #[test]
    fn straight_curly_and_angled_marks() {
        assert_eq!(direct_texts("He said \"go now\" and left."), [("go now".to_string(), 0)]);
        assert_eq!(direct_texts("“We will win,” she said."), [("We will win,".to_string(), 0)]);
        assert_eq!(direct_texts("Il a dit « non » hier."), [("non".to_string(), 0)]);
    }

    #[test]
    fn interrupted_quote_is_one_utterance_and_next_is_another() {
        let found = direct_texts("\"We are ready,\" he said, \"to talk.\" Then: \"Another thing.\"");
        assert_eq!(found.iter().map(|f| f.1).collect::<Vec<_>>(), [0, 0, 1]);
    }

    #[test]
    fn multi_paragraph_quote() {
        let text = "\"First part of it.\n\n\"Second part ends here,\" he said.";
        let found = direct_texts(text);
        assert_eq!(found, [("First part of it.".to_string(), 0), ("Second part ends here,".to_string(), 0)]);
    }

    #[test]
    fn unbalanced_mark_stays_in_its_paragraph() {
        let found = direct_texts("He said \"this never closes.\n\nNext paragraph \"fine\" here.");
        assert_eq!(found, [("this never closes.".to_string(), 0), ("fine".to_string(), 1)]);
    }

    #[test]
    fn single_quotes_in_headlines_not_apostrophes() {
        let found = direct_texts("Farmers' anger: 'We don't want it' says union of the '90s");
        assert_eq!(found, [("We don't want it".to_string(), 0)]);
    }
}
