//! Quotes and their speakers: direct quotes from quotation marks (paired per
//! paragraph, continued over paragraphs, interrupted by attributions), reported
//! speech after speech verbs, and the speaker from the grammar around them,
//! resolved through pronouns, titles and earlier mentions to a named entity.

use crate::document::QuoteKind;
use crate::token::Token;
use std::ops::Range;

/// An entity as the quote finder sees it: token range and label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySpan {
    /// Token range.
    pub tokens: Range<usize>,
    /// Label name (`PER`, `ORG`, ...).
    pub label: String,
}

/// The gender a first name or a pronoun points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// she, her; Angela
    Female,
    /// he, him; James
    Male,
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

const SPEECH_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "warn", "warns", "warned",
    "insist", "insists", "insisted", "claim", "claims", "claimed", "deny", "denies", "denied", "urge", "urges",
    "urged", "announce", "announces", "announced", "accuse", "accuses", "accused", "state", "states", "stated",
    "explain", "explains", "explained", "argue", "argues", "argued", "report", "reports", "reported",
    "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "confirm", "confirms",
    "confirmed", "predict", "predicts", "predicted", "promise", "promises", "promised", "reveal", "reveals",
    "revealed", "stress", "stresses", "stressed", "maintain", "maintains", "maintained", "assert", "asserts",
    "asserted", "declare", "declares", "declared", "contend", "contends", "contended", "concede", "concedes",
    "conceded", "vow", "vows", "vowed", "recall", "recalls", "recalled", "tweet", "tweeted", "write", "writes",
    "wrote", "reply", "replies", "replied", "respond", "responded", "ask", "asks", "asked", "continue",
    "continued", "remark", "remarked", "complain", "complained", "complains", "mentioned", "observed",
    "emphasized", "emphasised", "suggested", "suggests", "believes", "noted", "notes", "allege", "alleges",
    "alleged",
];
/// Verbs that introduce a reported clause without "that" (`said the US is ready`).
const BARE_CLAUSE_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "insist", "insists", "insisted", "claim", "claims", "claimed", "warned",
    "warns", "added", "adds", "believes", "predicted", "predicts", "argued", "argues", "stressed", "maintained",
    "maintains", "declared", "conceded", "admitted", "acknowledged",
];
/// Words after a speech verb that show no reported clause follows.
const NOT_A_CLAUSE_START: &[&str] = &[
    "in", "on", "at", "to", "by", "with", "for", "so", "nothing", "yes", "no", "of", "during", "after", "before", "about",
    "when", "as", "and", "or", "but", "earlier", "last", "this", "later", "while", "through", "goodbye", "sorry", "thanks",
];
/// Words that show a reported clause has begun (a subject pronoun or a finite verb).
const CLAUSE_STARTED: &[&str] = &["there", "he", "she", "it", "they", "we", "i", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might"];
/// Words that may follow a closing attribution (`, he said on Tuesday.`).
const TAIL_WORDS: &[&str] = &["on", "in", "at", "after", "before", "during", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "late", "when", "while", "as", "according"];
/// Verbs that only attribute a direct quote; they never introduce reported speech.
const DIRECT_ONLY_VERBS: &[&str] = &["asked", "asks", "ask", "replied", "replies", "continued", "wrote", "tweeted", "remarked"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "one", "another"];
const ADVERBS: &[&str] = &["also", "later", "then", "further", "again", "earlier", "previously", "however", "once", "recently", "repeatedly", "has", "had", "have", "would", "will", "had", "reportedly", "publicly", "separately", "simply", "only", "just"];
const PREPOSITIONS: &[&str] = &["at", "in", "of", "from", "for", "with", "on", "by", "to", "near", "outside", "inside"];
/// Words that open a subordinate clause, never a subject.
const CLAUSE_OPENERS: &[&str] = &["when", "where", "while", "if", "as", "after", "before", "because", "although", "though", "since", "during", "asked", "once", "until", "and", "but", "so", "then"];
/// Heads of a description that a later sentence names (`An official ... says X.` then `Commissioner Yusuf Nzibo says ...`).
const PERSON_NOUNS: &[&str] = &[
    "official", "leader", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "chairman",
    "chairwoman", "head", "chief", "commissioner", "director", "ambassador", "governor", "mayor", "candidate", "lawyer",
    "officer", "executive", "envoy", "diplomat", "commander", "founder",
];
/// How far into the next sentence a description's name may start (`IEBC Commissioner Ambassador Yusuf Nzibo`).
const NAMED_NEXT_WITHIN: usize = 6;
const OPEN_DOUBLE: &[char] = &['“', '„', '«'];
const CLOSE_DOUBLE: &[char] = &['”', '»'];

fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word.to_lowercase().as_str())
}

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
    let mut i = 0;
    let trimmed = |s: usize, e: usize| -> Option<(usize, usize)> {
        let mut s = s;
        let mut e = e;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        (e > s).then_some((s, e))
    };
    // Utterance boundary: text between two spans that is more than an attribution.
    let mut last_close: Option<usize> = None;
    let mut continued_paragraph = false;
    let mut next_utterance = |start: usize, last_close: Option<usize>, continued_paragraph: bool| -> usize {
        let continues = continued_paragraph || last_close.is_some_and(|c| {
            let between: String = chars[c..start].iter().collect();
            let words = between.split_whitespace().count();
            words <= 6 && !between.contains("\n\n") && (between.contains(',') || between.trim().is_empty() || between.contains('\n'))
                && !between.trim_end_matches(|c: char| c.is_whitespace() || OPEN_DOUBLE.contains(&c) || c == '"').ends_with('.')
                || between.trim().is_empty()
        });
        if !continues {
            utterance += 1;
        }
        utterance - 1
    };
    while i < chars.len() {
        let c = chars[i];
        let is_paragraph_break = c == '\n' && chars[i + 1..].iter().take_while(|c| c.is_whitespace()).any(|&c| c == '\n');
        if is_paragraph_break {
            if let Some(s) = open.take() {
                // A quote open at a paragraph end continues if the next paragraph opens a mark.
                let next = chars[i..].iter().position(|c| !c.is_whitespace()).map(|k| chars[i + k]);
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
        let straight = c == '"';
        let opens = OPEN_DOUBLE.contains(&c) || (straight && open.is_none());
        let closes = CLOSE_DOUBLE.contains(&c) || (straight && open.is_some());
        if opens && open.is_none() {
            open = Some(i + 1);
        } else if closes {
            if let Some(s) = open.take() {
                if let Some((s, e)) = trimmed(s, i) {
                    let id = next_utterance(s, last_close, continued_paragraph);
                    spans.push((s, e, id));
                    last_close = Some(i + 1);
                    continued_paragraph = false;
                }
            }
        }
        i += 1;
    }
    if let Some(s) = open {
        if let Some((s, e)) = trimmed(s, chars.len()) {
            let id = next_utterance(s, last_close, continued_paragraph);
            spans.push((s, e, id));
        }
    }
    spans.extend(single_quote_spans(&chars, &spans).into_iter().map(|(s, e)| {
        utterance += 1;
        (s, e, utterance - 1)
    }));
    spans.sort();
    spans
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
        let before_ok = i == 0 || chars[i - 1].is_whitespace() || "([—–-".contains(chars[i - 1]);
        let after = chars.get(i + 1).copied().unwrap_or(' ');
        if (c == '‘' || c == '\'') && before_ok && after.is_alphabetic() && !inside_double(i) {
            let mut k = i + 1;
            let mut found = None;
            while k < chars.len() && chars[k] != '\n' {
                let ck = chars[k];
                let next = chars.get(k + 1).copied().unwrap_or(' ');
                let closing_mark = ck == '’' || ck == '\'';
                let apostrophe_in_word = next.is_alphabetic();
                if closing_mark && !apostrophe_in_word && !chars[k - 1].is_whitespace() && k > i + 1 {
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

/// The context the speaker finder works in.
struct Context<'a, 't> {
    tokens: &'a [Token<'t>],
    lower: Vec<String>,
    entities: &'a [EntitySpan],
    /// Entity index covering each token.
    entity_at: Vec<Option<usize>>,
    in_quote: Vec<bool>,
    sentence_of: Vec<usize>,
    sentences: &'a [Range<usize>],
    gender_of: &'a dyn Fn(&str) -> Option<Gender>,
}

impl Context<'_, '_> {
    fn word(&self, i: usize) -> &str {
        &self.lower[i]
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.tokens[i].text.chars().next().is_some_and(char::is_uppercase)
    }

    fn is_punct(&self, i: usize) -> bool {
        self.tokens[i].text.chars().all(|c| !c.is_alphanumeric())
    }

    /// The subject mention that ends just before token `verb` (`Mattis said`,
    /// `Hugh Hill, a doctor, said`, `he said`, `the ministry said`).
    fn subject_before(&self, verb: usize, floor: usize) -> Option<Range<usize>> {
        let mut end = verb;
        while end > floor && ADVERBS.contains(&self.word(end - 1)) {
            end -= 1;
        }
        if end == floor || self.in_quote[end - 1] {
            return None;
        }
        if self.word(end - 1) == ")" {
            // `the Commission (IEBC) says`: the phrase before the parenthesis.
            if let Some(open) = (floor..end - 1).rev().find(|&k| self.word(k) == "(") {
                return self.subject_before(open, floor);
            }
        }
        if let Some(description) = self.opening_description(end, floor) {
            return Some(description);
        }
        if matches!(self.word(end - 1), "and" | "but") {
            // `X reports ... and says ...`: the subject of the first verb.
            return sentence_subject(self, floor..end - 1, end - 1);
        }
        if self.word(end - 1) == "," {
            // An appositive: `NAME , a doctor , said` or `a leader , NAME of X , said`.
            let mut k = end - 1;
            while k > floor && end - k < 16 {
                k -= 1;
                if self.word(k) == "," || k == floor {
                    let segment = if self.word(k) == "," { k + 1 } else { k }..end - 1;
                    if let Some(e) = segment.clone().filter_map(|j| self.entity_at[j]).find(|&e| self.entities[e].label == "PER") {
                        return Some(self.entities[e].tokens.clone());
                    }
                    let before = if self.word(k) == "," { k } else { k + 1 };
                    if let Some(e) = before.checked_sub(1).and_then(|b| self.entity_at[b]) {
                        if self.entities[e].tokens.end == before {
                            return Some(self.entities[e].tokens.clone());
                        }
                    }
                    // `The minister, who spoke on condition of anonymity, said`.
                    if self.word(k) == "," && matches!(self.word(k + 1), "who" | "whose") {
                        return self.subject_before(k, floor);
                    }
                    break;
                }
            }
            return None;
        }
        if let Some(e) = self.entity_at[end - 1] {
            let span = &self.entities[e].tokens;
            let after_preposition = span.start > floor && PREPOSITIONS.contains(&self.word(span.start - 1));
            if self.entities[e].label == "PER" || (self.entities[e].label == "ORG" && !after_preposition) {
                return Some(span.clone());
            }
            // `Kim Savage at News Talk Zed Bee in Auckland told`: the head of the phrase.
            let head = (floor..span.start).filter_map(|j| self.entity_at[j]).find(|&h| {
                let t = &self.entities[h].tokens;
                self.entities[h].label == "PER" && (t.start == floor || !PREPOSITIONS.contains(&self.word(t.start - 1)))
            });
            return Some(head.map_or_else(|| span.clone(), |h| self.entities[h].tokens.clone()));
        }
        if PRONOUNS.contains(&self.word(end - 1)) {
            return Some(end - 1..end);
        }
        // A noun phrase back to its determiner: `the US Secretary of Defense`.
        let mut k = end;
        while k > floor && end - k < 7 && !self.is_punct(k - 1) && !self.in_quote[k - 1] {
            k -= 1;
            if DETERMINERS.contains(&self.word(k)) {
                return (k + 1 < end).then_some(k..end);
            }
        }
        // Bare plural or capitalised noun phrase at the start of the sentence: `Analysts say`.
        (k == floor && k < end && end - k <= 3 && !CLAUSE_OPENERS.contains(&self.word(k))).then_some(k..end)
    }

    /// `An official of Kenya's electoral commission says`: a sentence that opens
    /// with a determiner, a person noun and `of`, up to the verb, has the
    /// description as its subject, not the organisation after `of`.
    fn opening_description(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        let of = (floor + 2..(floor + 4).min(end)).find(|&k| self.word(k) == "of")?;
        let opens = DETERMINERS.contains(&self.word(floor)) && PERSON_NOUNS.contains(&self.word(of - 1));
        // `The Secretary of Defense James Mattis said`: the name is the subject.
        let unnamed = |k: usize| self.entity_at[k].is_none_or(|e| self.entities[e].label != "PER");
        let one_clause = (of..end).all(|k| !self.in_quote[k] && !is_speech_verb(self.word(k)) && self.word(k) != "," && unnamed(k));
        (opens && one_clause).then_some(floor..of)
    }

    /// The subject mention just after token `verb` (`said Mattis`, `said the minister`).
    fn subject_after(&self, verb: usize, limit: usize) -> Option<Range<usize>> {
        let at = verb + 1;
        if at >= limit || self.in_quote[at] {
            return None;
        }
        if let Some(e) = self.entity_at[at] {
            if self.entities[e].tokens.start != at {
                return None;
            }
            // `said Kenyan President William Ruto`: a nationality or place
            // before a title and the name; the name is the speaker.
            if self.entities[e].label != "PER" {
                let phrase = (at..limit.min(at + 6)).take_while(|&k| !self.is_punct(k) && !self.in_quote[k] && self.is_capitalised(k));
                if let Some(person) = phrase.filter_map(|k| self.entity_at[k]).find(|&p| self.entities[p].label == "PER") {
                    return Some(self.entities[person].tokens.clone());
                }
            }
            return Some(self.entities[e].tokens.clone());
        }
        if PRONOUNS.contains(&self.word(at)) {
            return Some(at..at + 1);
        }
        // `said Foreign Minister Sergei Lavrov`: capitalised title words, then the name.
        let titled = (at..limit.min(at + 4)).take_while(|&k| self.entity_at[k].is_none() && self.is_capitalised(k)).count();
        if titled > 0 {
            if let Some(e) = self.entity_at.get(at + titled).copied().flatten() {
                if self.entities[e].tokens.start == at + titled {
                    return Some(self.entities[e].tokens.clone());
                }
            }
        }
        if DETERMINERS.contains(&self.word(at)) {
            let mut k = at + 1;
            while k < limit && k - at < 7 && !self.is_punct(k) && !matches!(self.word(k), "on" | "in" | "at" | "after" | "before" | "during" | "of" | "to" | "that" | "who") {
                if let Some(e) = self.entity_at[k] {
                    // `the minister , James Mattis`: the name itself.
                    return Some(self.entities[e].tokens.clone());
                }
                k += 1;
            }
            return (k > at + 1).then_some(at..k);
        }
        None
    }

    /// The entity a mention refers to: itself, or for a pronoun or a title the
    /// most recent fitting entity before it.
    fn resolve(&self, mention: &Range<usize>) -> Option<usize> {
        if let Some(e) = self.entity_at[mention.start] {
            if self.entities[e].tokens == *mention || self.entities[e].tokens.end == mention.end {
                return Some(e);
            }
        }
        if let Some(e) = (mention.start..mention.end).filter_map(|k| self.entity_at[k]).find(|&e| self.entities[e].label == "PER") {
            return Some(e);
        }
        let before = |label: &str| {
            (0..self.entities.len())
                .rev()
                .find(|&e| self.entities[e].tokens.end <= mention.start && self.entities[e].label == label && !self.in_quote[self.entities[e].tokens.start])
        };
        let head = self.word(mention.end - 1);
        // "she" is the last person named whose first name is not a man's (and "he" the reverse).
        let person = |pronoun: Option<Gender>| {
            (0..self.entities.len()).rev().find(|&e| {
                let span = &self.entities[e].tokens;
                span.end <= mention.start && self.entities[e].label == "PER" && !self.in_quote[span.start] && !self.mentions_differ(e, pronoun)
            })
        };
        match head {
            "he" => person(Some(Gender::Male)),
            "she" => person(Some(Gender::Female)),
            "i" => before("PER"),
            "it" => before("ORG"),
            "they" | "we" | "you" => None,
            _ if mention.len() == 1 => None,
            _ => {
                // `the secretary`: the last person introduced with that title.
                let titled = (0..self.entities.len()).rev().find(|&e| {
                    let span = &self.entities[e].tokens;
                    self.entities[e].label == "PER"
                        && span.end <= mention.start
                        && (span.start.saturating_sub(5)..span.start).any(|k| self.word(k) == head || self.word(k).starts_with(&format!("{head}-")))
                });
                titled
                    .or_else(|| {
                        (0..self.entities.len()).rev().find(|&e| {
                            let span = &self.entities[e].tokens;
                            self.entities[e].label == "ORG" && span.end <= mention.start && span.clone().any(|k| self.word(k) == head)
                        })
                    })
                    .or_else(|| self.named_next(mention))
            }
        }
    }

    /// For a description (`The leader of the opposition`) that no earlier
    /// name fits: the person named at the start of the next sentence, as news
    /// leads introduce someone and name them just after.
    fn named_next(&self, mention: &Range<usize>) -> Option<usize> {
        if !PERSON_NOUNS.contains(&self.word(mention.end - 1)) || !DETERMINERS.contains(&self.word(mention.start)) {
            return None;
        }
        let next = self.sentences.get(self.sentence_of[mention.start] + 1)?;
        self.entity_at[next.start..next.end.min(next.start + NAMED_NEXT_WITHIN)].iter().flatten().copied().find(|&e| self.entities[e].label == "PER")
    }

    /// Whether entity `e` is a person of the other gender than `pronoun`
    /// (checked on the fullest mention sharing its last word).
    fn mentions_differ(&self, e: usize, pronoun: Option<Gender>) -> bool {
        if pronoun.is_none() {
            return false;
        }
        let last = self.tokens[self.entities[e].tokens.end - 1].text;
        let gender = self
            .entities
            .iter()
            .filter(|x| x.label == "PER" && x.tokens.len() > 1 && self.tokens[x.tokens.end - 1].text == last)
            .find_map(|x| (self.gender_of)(self.tokens[x.tokens.start].text));
        gender.is_some() && gender != pronoun
    }

    fn speaker(&self, mention: Range<usize>) -> Speaker {
        let entity = self.resolve(&mention);
        Speaker { mention, entity }
    }

    /// `said Mattis` / `Mattis said` / `he said` in `range` (tokens outside
    /// quotes), looking first at the verbs nearest the quote.
    fn attribution_in(&self, range: Range<usize>, quote_after: bool) -> Option<Speaker> {
        let floor = range.start;
        let verbs: Vec<usize> = range.clone().filter(|&v| !self.in_quote[v] && is_speech_verb(self.word(v))).collect();
        let ordered: Box<dyn Iterator<Item = &usize>> = if quote_after { Box::new(verbs.iter().rev()) } else { Box::new(verbs.iter()) };
        for &v in ordered {
            if self.word(v) == "saying" {
                if let Some(m) = sentence_subject(self, floor..v, v) {
                    return Some(self.speaker(m));
                }
            }
            if let Some(m) = self.subject_before(v, floor) {
                return Some(self.speaker(m));
            }
            if let Some(m) = self.subject_after(v, range.end) {
                return Some(self.speaker(m));
            }
        }
        if let Some(k) = range.clone().find(|&k| self.word(k) == "according" && self.lower.get(k + 1).is_some_and(|w| w == "to")) {
            return self.subject_after(k + 1, range.end).map(|m| self.speaker(m));
        }
        None
    }
}

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
    let direct = direct_spans(text);
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
    let ctx = Context { tokens, lower: tokens.iter().map(|t| t.text.to_lowercase()).collect(), entities, entity_at, in_quote, sentence_of, sentences, gender_of };
    let mut out: Vec<FoundQuote> = sentences.iter().flat_map(|range| reported(&ctx, range.clone())).collect();
    let reported_count = out.len();
    let mut utterance_start = 0;
    while utterance_start < direct.len() {
        let id = direct[utterance_start].2;
        let group: Vec<(usize, usize)> = direct[utterance_start..].iter().take_while(|d| d.2 == id).map(|&(s, e, _)| (s, e)).collect();
        utterance_start += group.len();
        // The last quote before this one with a speaker, direct or reported.
        let previous = out
            .iter()
            .filter(|q| q.end <= group[0].0)
            .filter_map(|q| q.speaker.as_ref().map(|sp| (q.end, sp)))
            .max_by_key(|&(end, _)| end)
            .map(|(_, sp)| sp.clone());
        let speaker = direct_speaker(&ctx, &group, &token_range, previous.as_ref());
        for (s, e) in group {
            out.push(FoundQuote { start: s, end: e, kind: QuoteKind::Direct, speaker: speaker.clone() });
        }
    }
    debug_assert!(out.len() >= reported_count);
    out.sort_by_key(|q| (q.start, q.end));
    out
}

/// The speaker of one utterance of direct speech.
fn direct_speaker(
    ctx: &Context<'_, '_>,
    group: &[(usize, usize)],
    token_range: &dyn Fn(usize, usize) -> Range<usize>,
    previous: Option<&Speaker>,
) -> Option<Speaker> {
    let tokens = ctx.tokens;
    let n = tokens.len();
    for &(s, e) in group {
        let inside = token_range(s, e);
        // After the closing mark, to the end of the sentence or the next quote.
        let after = (inside.end + 1).min(n);
        let mut stop = after;
        while stop < n && !ctx.in_quote[stop] && stop - after < 14 && tokens[stop].newlines_before < 2 && !matches!(ctx.word(stop), "." | "!" | "?" | ";") {
            if stop > after && tokens[stop].newlines_before > 0 {
                break;
            }
            stop += 1;
        }
        if let Some(sp) = ctx.attribution_in(after..stop, false) {
            return Some(sp);
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
    }
    // A quote paragraph that follows a quote with a named speaker.
    let first = token_range(group[0].0, group[0].1);
    let open = first.start.saturating_sub(1);
    if let Some(prev) = previous {
        let between = prev.mention.end.min(open)..open;
        let other_person = between.clone().any(|k| !ctx.in_quote[k] && ctx.entity_at[k].is_some_and(|e| ctx.entities[e].label == "PER" && Some(e) != prev.entity));
        let paragraphs = between.clone().filter(|&k| ctx.tokens[k].newlines_before >= 2).count() + usize::from(ctx.tokens[open].newlines_before >= 2);
        if !other_person && paragraphs <= 2 {
            return Some(prev.clone());
        }
    }
    None
}

/// Reported speech in one sentence: `X said (that) CLAUSE`, `CLAUSE, X said.`,
/// `According to X, CLAUSE`; a sentence may hold several (`X says A, but he says B`).
fn reported(ctx: &Context<'_, '_>, range: Range<usize>) -> Vec<FoundQuote> {
    let tokens = ctx.tokens;
    let is_content = |k: usize| !ctx.in_quote[k];
    let end_of = |mut end: usize, start: usize| {
        while end > start && (ctx.is_punct(end - 1) || ctx.in_quote[end - 1]) {
            end -= 1;
        }
        end
    };
    let make = |clause: Range<usize>, speaker: Option<Speaker>| -> Option<FoundQuote> {
        let end = end_of(clause.end, clause.start);
        (end > clause.start + 2 && clause.clone().take(end - clause.start).all(is_content)).then(|| FoundQuote {
            start: tokens[clause.start].start,
            end: tokens[end - 1].end,
            kind: QuoteKind::Indirect,
            speaker,
        })
    };
    // According to X, CLAUSE / CLAUSE, according to X.
    if let Some(k) = range.clone().find(|&k| ctx.word(k) == "according" && k + 1 < range.end && ctx.word(k + 1) == "to" && is_content(k)) {
        // `According to police,`: a bare noun is the source too.
        let bare = (k + 2..range.end.min(k + 5)).find(|&j| ctx.is_punct(j)).filter(|&j| j > k + 2).map(|j| k + 2..j);
        let speaker = ctx.subject_after(k + 1, range.end).or(bare).map(|m| ctx.speaker(m));
        if k == range.start {
            if let Some(comma) = (k..range.end).find(|&j| ctx.word(j) == ",") {
                return make(comma + 1..range.end, speaker).into_iter().collect();
            }
        } else if ctx.word(k - 1) == "," {
            return make(range.start..k - 1, speaker).into_iter().collect();
        }
    }
    let is_report_verb = |v: usize| {
        is_content(v) && is_speech_verb(ctx.word(v)) && !DIRECT_ONLY_VERBS.contains(&ctx.word(v)) && (v == range.start || ctx.word(v - 1) != "to")
    };
    let mut found = Vec::new();
    let mut v = range.start;
    while v < range.end {
        if !is_report_verb(v) {
            v += 1;
            continue;
        }
        let word = ctx.word(v);
        // Attribution of a direct quote: `..." he said` / `he said: "...`.
        let next_is_quote = (v + 1..range.end.min(v + 3)).any(|k| ctx.in_quote[k] || ctx.word(k) == ":");
        let previous_is_quote = (range.start..v).rev().take(4).any(|k| ctx.in_quote[k]);
        if next_is_quote || (previous_is_quote && (range.start..v).rev().take(2).any(|k| ctx.in_quote[k] || ctx.word(k) == ",")) {
            v += 1;
            continue;
        }
        // CLAUSE , X said . / CLAUSE , said X . (never `, saying X ...`, which reports what follows,
        // nor `NAME , a description , said CLAUSE`, whose subject opens the sentence)
        let opening_subject = || ctx.subject_before(v, range.start).is_some_and(|m| m.start == range.start && ctx.entity_at[m.start].is_some());
        if found.is_empty() && word != "saying" && !opening_subject() {
            if let Some(comma) = (range.start..v).rev().take(12).find(|&k| ctx.word(k) == ",") {
                let subject = ctx.subject_before(v, comma + 1).or_else(|| ctx.subject_after(v, range.end));
                let rest = end_of(range.end, v + 1);
                let covered_after = subject.as_ref().map_or(v + 1, |m| m.end.max(v + 1));
                // The attribution starts right after the comma and ends the sentence,
                // but for a time or place (`, the ministry said on Tuesday.`).
                let right_after_comma = subject.as_ref().is_some_and(|m| m.start == comma + 1 || (m.start == comma + 2 && DETERMINERS.contains(&ctx.word(comma + 1))))
                    || v == comma + 1;
                let tail_ok = rest <= covered_after || (rest <= covered_after + 3 && TAIL_WORDS.contains(&ctx.word(covered_after)));
                if subject.is_some() && right_after_comma && tail_ok && !previous_is_quote && comma > range.start + 2 {
                    let speaker = subject.map(|m| ctx.speaker(m));
                    return make(range.start..comma, speaker).into_iter().collect();
                }
            }
        }
        // X said (that) CLAUSE.
        // `said on Thursday that`, `told VOA that`; but in `says there are signs that` the clause began already.
        let that = (v + 1..range.end.min(v + 10))
            .take_while(|&k| is_content(k) && !matches!(ctx.word(k), "," | "." | ";") && !CLAUSE_STARTED.contains(&ctx.word(k)))
            .find(|&k| ctx.word(k) == "that");
        // `said on Thursday he would ...`, `told reporters she was ...`: a short
        // time phrase or object, then a clause with a pronoun subject.
        let subject_pronoun_after = |from: usize| {
            (from..range.end.min(from + 5))
                .take_while(|&k| is_content(k) && !ctx.is_punct(k))
                .find(|&k| matches!(ctx.word(k), "he" | "she" | "they" | "it" | "we" | "i" | "there"))
        };
        let after_phrase = match word {
            "say" | "says" | "said" if v + 1 < range.end && TAIL_WORDS.contains(&ctx.word(v + 1)) => subject_pronoun_after(v + 1),
            "tell" | "tells" | "told" => subject_pronoun_after(v + 1),
            _ => None,
        };
        let clause_start = match (that, after_phrase) {
            (Some(t), _) => t + 1,
            (None, Some(k)) => k,
            (None, None) if BARE_CLAUSE_VERBS.contains(&word) => {
                let next = v + 1;
                let blocked = next >= range.end || ctx.is_punct(next) || NOT_A_CLAUSE_START.contains(&ctx.word(next));
                // Only "say" takes any clause; `added 500 jobs` is not speech.
                let says = matches!(word, "say" | "says" | "said" | "saying");
                let opens_clause = !blocked
                    && (PRONOUNS.contains(&ctx.word(next))
                        || DETERMINERS.contains(&ctx.word(next))
                        || matches!(ctx.word(next), "there" | "no" | "all" | "some" | "many" | "most" | "both")
                        || ctx.entity_at[next].is_some());
                if blocked || !(says || opens_clause) {
                    v += 1;
                    continue;
                }
                next
            }
            (None, None) => {
                v += 1;
                continue;
            }
        };
        let subject = if word == "saying" { sentence_subject(ctx, range.start..v, v) } else { ctx.subject_before(v, range.start) };
        let speaker = subject.map(|m| ctx.speaker(m));
        let mut clause_end = (clause_start..range.end).find(|&k| ctx.in_quote[k]).unwrap_or(range.end);
        // `..., but he says B`: the clause stops where the next report begins.
        let next_verb = (clause_start + 1..clause_end).find(|&k| is_report_verb(k));
        if let Some(next) = next_verb {
            if let Some(comma) = (clause_start..next).rev().find(|&k| matches!(ctx.word(k), "," | ";") && matches!(ctx.lower.get(k + 1).map(String::as_str), Some("but" | "and" | "while" | "although" | "though"))) {
                clause_end = comma;
            }
        }
        if let Some(q) = make(clause_start..clause_end, speaker) {
            found.push(q);
        }
        v = clause_end.max(v + 1);
    }
    found
}

/// For `..., saying ...`: the first entity or noun phrase of the sentence.
fn sentence_subject(ctx: &Context<'_, '_>, range: Range<usize>, verb: usize) -> Option<Range<usize>> {
    let k = (range.start..verb).find(|&k| ctx.entity_at[k].is_some() || PRONOUNS.contains(&ctx.word(k)) || DETERMINERS.contains(&ctx.word(k)))?;
    // `The Federal Reserve`: a name right after the determiner is the subject.
    let named = (k..verb.min(k + 4)).find_map(|j| ctx.entity_at[j]);
    if let Some(e) = named.filter(|&e| matches!(ctx.entities[e].label.as_str(), "PER" | "ORG")) {
        return Some(ctx.entities[e].tokens.clone());
    }
    let end = (k + 1..verb).find(|&j| ctx.is_punct(j) || matches!(ctx.word(j), "is" | "was" | "are" | "were" | "has" | "had" | "of")).unwrap_or(verb);
    Some(k..end.max(k + 1))
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
