//! Quotes and their speakers: direct quotes from quotation marks (paired per
//! paragraph, continued over paragraphs, interrupted by attributions), reported
//! speech after speech verbs, and the speaker from the grammar around them,
//! resolved through pronouns, titles and earlier mentions to a named entity.

mod attribution;
mod direct;
mod lexicon;
pub(crate) use lexicon::{
    is_month, is_person_noun, is_possessive, is_speech_verb, CLAUSE_OPENERS, DETERMINERS, MONTHS, NOUN_MAKERS, PERSON_NOUNS, WEEKDAYS,
};
mod reported;
mod resolve;
mod subject_before;

use crate::document::QuoteKind;
pub use crate::names::Gender;
use crate::text::is_space;
use crate::token::Token;
pub use direct::direct_spans;
use direct::direct_speaker;
use reported::reported;
use std::collections::HashMap;
use std::ops::Range;

/// An entity as the quote finder sees it: token range and label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    /// Token range.
    pub tokens: Range<usize>,
    /// Label name (`PER`, `ORG`, ...).
    pub label: String,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Tokens of the mention nearest the quote (a name, a noun phrase or a pronoun).
    pub mention: Range<usize>,
    /// Index of the entity that names the speaker, if one was found.
    pub entity: Option<usize>,
}

/// A quote found in the text, in code points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundQuote {
    /// First code point.
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// Direct or reported.
    pub kind: QuoteKind,
    /// The speaker, if found.
    pub speaker: Option<Speaker>,
}

/// The context the speaker finder works in.
pub(crate) struct Context<'a, 't> {
    pub(super) tokens: &'a [Token<'t>],
    pub(super) lower: Vec<String>,
    pub(super) entities: &'a [EntitySpan],
    /// Entity index covering each token.
    pub(super) entity_at: Vec<Option<usize>>,
    pub(super) in_quote: Vec<bool>,
    /// Tokens inside reported speech, once found (for direct quotes' speakers): a person named there is
    /// what was reported, not who speaks next.
    pub(super) in_report: Vec<bool>,
    pub(super) sentence_of: Vec<usize>,
    pub(super) sentences: &'a [Range<usize>],
    /// The gender of each surname that ends a person's mark of two words or more: that of the first such mark whose
    /// first name has one (built once, as pronouns ask for every person before them).
    pub(super) surname_gender: HashMap<&'t str, Gender>,
}

impl Context<'_, '_> {
    pub(super) fn word(&self, i: usize) -> &str {
        &self.lower[i]
    }

    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.tokens[i].text.chars().next().is_some_and(char::is_uppercase)
    }

    pub(super) fn is_punct(&self, i: usize) -> bool {
        self.tokens[i].text.chars().all(|c| !c.is_alphanumeric())
    }

    /// Where a sentence starts after its dateline (`WASHINGTON, Dec 2 (Reuters) -`, `BRUSSELS 1996-08-22`, `LONDON
    /// (AP) —`, `KYIV —`, `NAIROBI, Kenya (AP) —`): a place in capitals, its country or state after a comma (up to
    /// three capitalised words), then a date or an agency in brackets, and a dash or a capitalised word (a dash alone
    /// will do); or a day or place in mixed case, a date and a dash (`Monday, March 14, 2011 -`); the sentence's
    /// first token if it has none.
    pub(super) fn past_dateline(&self, range: &Range<usize>) -> usize {
        let in_capitals = |k: usize| {
            let text = self.tokens[k].text;
            // (`AD-DIYAR`, `NIDA'A`: a newspaper heading a press digest's line.)
            text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && text.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
        };
        let dated = |k: usize| {
            let word = self.word(k).trim_end_matches('.');
            lexicon::is_month(word) || (word.chars().any(|c| c.is_ascii_digit()) && word.chars().all(|c| c.is_ascii_digit() || c == '-'))
        };
        let mut k = range.start;
        while k < range.end && (in_capitals(k) || (k > range.start && self.word(k) == ",")) {
            k += 1;
        }
        // (`Monday, March 14, 2011 -`, `Washington, D.C., June 25, 2008 -`: a day or a place in mixed case, which a
        // date and a dash must then follow.)
        let mixed_case = k == range.start && k < range.end && self.is_capitalised(k);
        if mixed_case {
            k += 1;
        }
        let mut date_or_agency = false;
        // (`NAIROBI, Kenya`, `SANTA CLARA, Calif.`, `ABIDJAN, Ivory Coast`: the place's country or state.)
        let mut region_words = 0;
        while k > range.start && k < range.end.min(range.start + 12) {
            let after_comma = self.word(k - 1) == ",";
            if region_words < 3 && !dated(k) && self.is_capitalised(k) && (after_comma || (region_words > 0 && !self.is_punct(k - 1))) {
                region_words += 1;
                k += 1;
            } else if dated(k) || self.word(k) == "," {
                date_or_agency |= self.word(k) != ",";
                k += 1;
            } else if self.word(k) == "(" {
                let Some(close) = (k + 1..range.end.min(k + 5)).find(|&j| self.word(j) == ")") else { break };
                date_or_agency = true;
                k = close + 1;
            } else if matches!(self.word(k), "-" | "—" | "–" | "--") && (date_or_agency || !mixed_case) {
                return k + 1;
            } else {
                break;
            }
        }
        if date_or_agency && !mixed_case && k < range.end && self.is_capitalised(k) {
            k
        } else {
            range.start
        }
    }
}

/// Most words a quoted fragment has: quoted words inside a sentence of someone else's (`Trump said Russia “can’t stand”
/// either Democrat`), scare quotes (`was 'rigged'`) and titles (`his book, "Going Red",`) are not quotes of their own.
const FRAGMENT_WORDS: usize = 5;
/// Most words of quoted words that finish someone else's clause (`said the leak was "unprecedented in modern times."`).
const EMBEDDED_WORDS: usize = 30;
/// Most words of a quoted title.
const TITLE_WORDS: usize = 8;
/// How many characters before a quote are read to tell a fragment: enough for the last words of its sentence.
const BEFORE_WINDOW: usize = 200;

/// The direct spans but quoted fragments:
/// - on its own (not part of a longer utterance), at most [`FRAGMENT_WORDS`] words inside a sentence (after a
///   word or a comma, not at its start or after a colon) and not itself ending a clause (no final `.`, `,`, `!`, `?`);
/// - words in lower case (or any after `that`) that continue a clause (right after a word that is not a speech
///   verb): the clause is reported speech holding verbatim words (`said Clinton "should be in jail."`);
/// - a title after the noun that names it (`in his book, "Going Red,"`, `a film called "Sicko"`) or after a
///   preposition (`directed him in "Unforgiven,"`) or a possessive (`Almodovar's "Pain and Glory."`) or before its
///   maker (`"Philomena," by Stephen Frears`), or a name used as a modifier (`"Make America Great Again" hats`).
///
/// Their words stay in the sentence, for reported speech to take.
///
/// Gives the spans kept, and the verbatim words of a clause longer than a fragment (for a direct quote of their
/// own where no reported speech takes them).
fn without_fragments(chars: &[char], spans: Vec<(usize, usize, usize)>) -> (Vec<Span>, Vec<Span>) {
    if spans.is_empty() {
        return (spans, Vec::new());
    }
    let mut spans_of_id = vec![0usize; spans.iter().map(|s| s.2 + 1).max().unwrap_or(0)];
    for span in &spans {
        spans_of_id[span.2] += 1;
    }
    let alone = |id: usize| spans_of_id[id] == 1;
    let kind = |&(s, e, id): &Span| {
        let words = chars[s..e].iter().collect::<String>().split_whitespace().count();
        let final_char = chars[..e].iter().rev().find(|&&c| !is_space(c));
        let ends_clause = final_char.is_some_and(|c| ".,!?;…".contains(*c));
        // Before the opening mark (and any space): a word or a comma means mid-sentence. Only the last words
        // before it are read (a window, so that an article with many quotes is not read once per quote).
        let open = s.saturating_sub(1);
        let before: String = chars[open.saturating_sub(BEFORE_WINDOW)..open].iter().collect();
        let before = before.trim_end_matches(|c: char| is_space(c) || "“\"'‘«„`".contains(c));
        let last = before.chars().next_back();
        let mid_sentence = last.is_some_and(|c| c.is_alphanumeric() || c == ',');
        let word_before = before.trim_end_matches([',', ' ']).rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        // After `that` even a capital continues the clause (`said that "The people deserve better."`).
        let continues_clause = last.is_some_and(char::is_alphanumeric)
            && !lexicon::is_speech_verb(&word_before)
            && (word_before == "that" || chars[s..e].iter().find(|c| c.is_alphabetic()).is_some_and(|c| c.is_lowercase()));
        // `his book, "Going Red"`; a capitalised name a little after its noun: `dubbed the plan "Obamacare Lite."`.
        let capitalised = chars[s..e].iter().find(|c| c.is_alphabetic()).is_some_and(|c| c.is_uppercase());
        // The last words of the same sentence only.
        let clause = before.rsplit(['.', '!', '?', ':', ';', '\n']).next().unwrap_or("");
        let recent: Vec<String> =
            clause.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(3).map(str::to_lowercase).collect();
        // (A title does not end in `!` or `?`: `children called "Troops out!"` is a chant.)
        let exclaims = final_char.is_some_and(|c| "!?".contains(*c));
        // (Capitalised words right after a preposition name a work, not speech: `directed Hackman in "Unforgiven,"`.)
        let after_preposition = last.is_some_and(char::is_alphanumeric) && lexicon::PREPOSITIONS.contains(&word_before.as_str());
        // (Nor after a possessive: `Pedro Almodovar's "Pain and Glory."`.)
        let after_possessive = before.ends_with("'s") || before.ends_with("’s");
        // `"Make America Great Again" hats`: quoted words used as a modifier of the noun after them.
        let after: String = chars[(e + 1).min(chars.len())..].iter().take(40).collect();
        let next_word = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // (Nor before `by` and its maker: `Among them is "Philomena," by British director Stephen Frears`.)
        let titled = words <= TITLE_WORDS
            && !exclaims
            && (lexicon::TITLE_NOUNS.contains(&word_before.as_str())
                || (capitalised
                    && (after_preposition
                        || after_possessive
                        || next_word == "by"
                        || recent.iter().any(|w| lexicon::TITLE_NOUNS.contains(&w.as_str())))));
        let modifier = !ends_clause
            && last != Some(':')
            && next_word.chars().next().is_some_and(char::is_lowercase)
            && !lexicon::is_speech_verb(next_word)
            && !lexicon::PRONOUNS.contains(&next_word)
            && !lexicon::LINKING_WORDS.contains(&next_word);
        let fragment = alone(id) && words <= FRAGMENT_WORDS && !ends_clause && mid_sentence;
        // (`The ruling was "a mockery of justice," said Zulfi Bukhari`: quoted words ending with a comma before
        // their attribution, in a sentence that reports nothing before them, are the speaker's own.)
        let said_after = || {
            for word in after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(4) {
                if lexicon::is_speech_verb(word) && !word.ends_with("ing") {
                    return true;
                }
                if !word.starts_with(char::is_uppercase) {
                    return false;
                }
            }
            false
        };
        let attributed =
            final_char == Some(&',') && said_after() && !clause.split(|c: char| !c.is_alphanumeric()).any(lexicon::is_speech_verb);
        if fragment || titled || (alone(id) && modifier && words <= TITLE_WORDS) {
            Some(false)
        } else if continues_clause && words <= EMBEDDED_WORDS && !attributed {
            // (`Kristersson called it "a historic day."`: a whole description, however short, is the speaker's words.)
            let described = ends_clause && recent.iter().any(|w| direct::DESCRIBING_VERBS.contains(&w.as_str()));
            Some(words > FRAGMENT_WORDS || described)
        } else {
            None
        }
    };
    let mut kept = Vec::new();
    let mut verbatim = Vec::new();
    for span in spans.iter().copied() {
        match kind(&span) {
            None => kept.push(span),
            Some(true) => verbatim.push(span),
            Some(false) => {}
        }
    }
    (kept, verbatim)
}

/// A quote's span in code points and its utterance.
type Span = (usize, usize, usize);

/// Finds direct and reported quotes with their speakers.
///
/// `entities` are sorted, non-overlapping token ranges; `sentences` are the
/// token ranges of the sentences.
/// `gender_of` tells the gender a first name points to, if any.
pub fn find_quotes(
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[Range<usize>],
    entities: &[EntitySpan],
    gender_of: &dyn Fn(&str) -> Option<Gender>,
) -> Vec<FoundQuote> {
    let mut entity_at = vec![None; tokens.len()];
    for (i, e) in entities.iter().enumerate() {
        for slot in &mut entity_at[e.tokens.clone()] {
            *slot = Some(i);
        }
    }
    let mut sentence_of = vec![0; tokens.len()];
    for (s, range) in sentences.iter().enumerate() {
        sentence_of[range.clone()].fill(s);
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut direct, verbatim) = without_fragments(&chars, direct_spans(text));
    let mut in_quote = vec![false; tokens.len()];
    let token_range = |s: usize, e: usize| -> Range<usize> {
        let first = tokens.partition_point(|t| t.end <= s);
        let last = tokens.partition_point(|t| t.start < e);
        first..last.max(first)
    };
    for &(s, e, _) in &direct {
        // The marks themselves count as inside, so attributions skip them.
        let r = token_range(s.saturating_sub(1), e + 1);
        in_quote[r].fill(true);
    }
    let mut surname_gender = HashMap::new();
    for x in entities.iter().filter(|x| x.label == "PER" && x.tokens.len() > 1) {
        if let Some(gender) = gender_of(tokens[x.tokens.start].text) {
            surname_gender.entry(tokens[x.tokens.end - 1].text).or_insert(gender);
        }
    }
    let mut ctx = Context {
        tokens,
        lower: tokens.iter().map(|t| t.text.to_lowercase()).collect(),
        entities,
        entity_at,
        in_quote,
        in_report: vec![false; tokens.len()],
        sentence_of,
        sentences,
        surname_gender,
    };
    let mut out: Vec<FoundQuote> = sentences.iter().flat_map(|range| reported(&ctx, range.clone())).collect();
    let reported_count = out.len();
    for q in &out {
        ctx.in_report[token_range(q.start, q.end)].fill(true);
    }
    // Verbatim words that no reported speech took (`told a news conference the move was "outrageous behaviour on
    // the part of an organisation"`) are quoted words still: a direct quote of their own.
    let next_id = direct.iter().map(|d| d.2 + 1).max().unwrap_or(0);
    let words_end = |s: usize, e: usize| (s..e).rev().find(|&k| chars[k].is_alphanumeric()).map_or(s, |k| k + 1);
    // (Looked up by position, not by going through every reported quote: an article may hold thousands.)
    let mut reported_spans: Vec<(usize, usize)> = out.iter().map(|q| (q.start, q.end)).collect();
    crate::sort::sort(&mut reported_spans);
    let furthest_end: Vec<usize> = reported_spans
        .iter()
        .scan(0, |far, &(_, e)| {
            *far = e.max(*far);
            Some(*far)
        })
        .collect();
    let is_reported = |s: usize, e: usize| {
        let before = reported_spans.partition_point(|q| q.0 <= s);
        before > 0 && furthest_end[before - 1] >= words_end(s, e)
    };
    let untaken = verbatim.into_iter().filter(|&(s, e, _)| !is_reported(s, e));
    direct.extend(untaken.enumerate().map(|(i, (s, e, _))| (s, e, next_id + i)));
    crate::sort::sort(&mut direct);
    // The reported quotes with a speaker (indices into `out`) by where they end, of equal ends the later found.
    let mut reported_spoken: Vec<usize> = (0..out.len()).filter(|&i| out[i].speaker.is_some()).collect();
    crate::sort::sort_by_key(&mut reported_spoken, |&i| out[i].end);
    let mut last_direct_spoken: Option<usize> = None;
    let mut utterance_start = 0;
    while utterance_start < direct.len() {
        let id = direct[utterance_start].2;
        let group: Vec<(usize, usize)> = direct[utterance_start..].iter().take_while(|d| d.2 == id).map(|&(s, e, _)| (s, e)).collect();
        utterance_start += group.len();
        // The last quote before this one with a speaker, direct or reported (a direct one on a tie, as it came later).
        let start = group[0].0;
        let reported_before = reported_spoken[..reported_spoken.partition_point(|&i| out[i].end <= start)].last().copied();
        let direct_before = last_direct_spoken.filter(|&i| out[i].end <= start);
        let previous = match (reported_before, direct_before) {
            (Some(r), Some(d)) if out[r].end > out[d].end => Some(r),
            (r, d) => d.or(r),
        };
        let speaker = direct_speaker(&ctx, &group, &token_range, previous.and_then(|i| out[i].speaker.as_ref()));
        if speaker.is_some() {
            last_direct_spoken = Some(out.len() + group.len() - 1);
        }
        for (s, e) in group {
            out.push(FoundQuote { start: s, end: e, kind: QuoteKind::Direct, speaker: speaker.clone() });
        }
    }
    debug_assert!(out.len() >= reported_count);
    crate::sort::sort_by_key(&mut out, |q| (q.start, q.end));
    out
}
