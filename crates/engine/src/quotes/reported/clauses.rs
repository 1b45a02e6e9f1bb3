//! Where a reported clause begins and ends: after `that` or a short phrase
//! after the verb, and before a direct quote, the next report or a source
//! that passed the report on (`…, Russia's Tass news agency reported.`).

use super::super::lexicon::*;
use super::super::Context;
use super::Reports;
use std::ops::Range;

impl Reports<'_, '_, '_> {
    /// Where the clause that verb `v` reports begins: after `that` (`said on Thursday that`, `told VOA that`;
    /// but in `says there are signs that` the clause began already), or after a short phrase.
    pub(super) fn clause_start(&self, v: usize) -> Option<usize> {
        let (ctx, range) = (self.ctx, &self.range);
        let word = ctx.word(v);
        // (Not past a gerund after a preposition, whose object the `that` describes: `accused the United States of
        // running private security firms that kill civilians`.)
        let gerund = |k: usize| {
            let word = ctx.word(k);
            word.len() > 4 && word.ends_with("ing") && matches!(ctx.word(k - 1), "of" | "for" | "by")
        };
        // (`said a small group of nations that oppose …`: `say` takes no object before its `that`; a determiner after
        // it opens the clause, and the `that` describes the clause's subject.)
        // (Not a count: `said three times during his address that …`.)
        let says_object = matches!(word, "say" | "says" | "said" | "saying")
            && v + 1 < range.end
            && matches!(ctx.word(v + 1), "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our");
        // (Nor past a report named as a thing, `denied a report in Yedioth Ahronoth that …`: the `that` says what it holds.)
        let reported_noun = |k: usize| {
            matches!(ctx.word(k), "report" | "reports" | "claim" | "claims" | "allegation" | "allegations" | "rumors" | "rumours")
                && DETERMINERS.contains(&ctx.word(k - 1))
        };
        // (`told a news conference in Interlaken, Switzerland, that`: the commas of a place and its country.)
        let places_comma = |k: usize| {
            let place = |j: usize| ctx.entity_at.get(j).copied().flatten().is_some_and(|e| ctx.entities[e].label == "LOC");
            ctx.word(k) == "," && place(k - 1) && (place(k + 1) || ctx.lower.get(k + 1).is_some_and(|w| w == "that"))
        };
        // (Nor `reported quarterly revenue that beat estimates`: a report of a thing, whose `that` describes it; a
        // report's clause follows the verb, or a time or a source set between: `reported late Tuesday that`.)
        let reports_object = matches!(word, "report" | "reports" | "reported")
            && v + 1 < range.end
            && ctx.tokens[v + 1].text.chars().all(char::is_lowercase)
            && !matches!(ctx.word(v + 1), "that" | "last" | "this" | "late" | "early" | "soon" | "back" | "overnight")
            && !PREPOSITIONS.contains(&ctx.word(v + 1))
            && !ADVERBS.contains(&ctx.word(v + 1))
            && !is_day(ctx.word(v + 1));
        // (`about 300 people`, `46 adoptions`: a count opens the word at `k`.)
        let counts = |k: usize| {
            let digits_at = |k: usize| ctx.tokens.get(k).is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
            digits_at(k) || (ctx.lower.get(k).is_some_and(|w| w == "about") && digits_at(k + 1))
        };
        let that = (v + 1..range.end.min(v + 12))
            .filter(|_| !says_object && !reports_object)
            .take_while(|&k| {
                self.is_content(k)
                    && (!matches!(ctx.word(k), "," | "." | ";") || places_comma(k))
                    && !CLAUSE_STARTED.contains(&ctx.word(k))
                    && !gerund(k)
                    && !reported_noun(k)
            })
            // (`said about 46 adoptions that were under way could be halted`: after a count, a `that` before a
            // verb opens a relative clause of the subject's, not the report.)
            .find(|&k| {
                ctx.word(k) == "that" && !(counts(v + 1) && ctx.lower.get(k + 1).is_some_and(|w| AUXILIARIES.contains(&w.as_str())))
            });
        // `said on Thursday he would ...`, `told reporters she was ...`: a short
        // time phrase or object, then a clause with a pronoun subject.
        let subject_pronoun_after = |from: usize| {
            (from..range.end.min(from + 5))
                .take_while(|&k| self.is_content(k) && !ctx.is_punct(k))
                .find(|&k| matches!(ctx.word(k), "he" | "she" | "they" | "it" | "we" | "i" | "there"))
        };
        // `said on Tuesday the company would ...`: after a day, any subject opens the clause.
        let after_day = || {
            let day = (v + 1..range.end.min(v + 4)).find(|&k| is_day(ctx.word(k)))?;
            let between_ok = (v + 1..day).all(|k| matches!(ctx.word(k), "on" | "late" | "early" | "last" | "this"));
            let next = day + 1;
            let opens = next < range.end
                && self.is_content(next)
                && (DETERMINERS.contains(&ctx.word(next)) || ctx.entity_at[next].is_some() || PRONOUNS.contains(&ctx.word(next)));
            (between_ok && opens).then_some(next)
        };
        let after_phrase = match word {
            "say" | "says" | "said" if v + 1 < range.end && is_tail_word(ctx.word(v + 1)) => {
                // (`says at least 2 million people need aid`: a number, not a time or place, follows.)
                let counts = ctx.word(v + 1) == "at" && ctx.lower.get(v + 2).is_some_and(|w| matches!(w.as_str(), "least" | "most"));
                subject_pronoun_after(v + 1).or_else(after_day).or(counts.then_some(v + 1))
            }
            "say" | "says" | "said" => after_day(),
            // `told reporters the meeting had been productive`: after whom it was told to, a clause's subject.
            "tell" | "tells" | "told" => subject_pronoun_after(v + 1).or_else(|| {
                let k = ctx.told_whom(v, range.end);
                (k > v + 1
                    && k < range.end
                    && self.is_content(k)
                    && (DETERMINERS.contains(&ctx.word(k)) || ctx.entity_at[k].is_some_and(|e| ctx.entities[e].tokens.start == k)))
                .then_some(k)
            }),
            _ => None,
        };
        match (that, after_phrase) {
            (Some(t), _) => Some(t + 1),
            (None, Some(k)) => Some(k),
            (None, None) if BARE_CLAUSE_VERBS.contains(&word) => {
                let next = v + 1;
                // (`said "the enemies of Afghanistan" had shown …`: a quoted phrase that a verb follows may open the clause as
                // its subject; its first word tells. Not `said "we are ready" in Paris`.)
                let closing = (next + 2..range.end.min(next + 10)).find(|&k| is_quote_mark(ctx.tokens[k].text));
                let verb_after =
                    closing.and_then(|c| ctx.lower.get(c + 1)).is_some_and(|w| AUXILIARIES.contains(&w.as_str()) || w.ends_with("ed"));
                let first = if verb_after && is_quote_mark(ctx.tokens[next].text) && self.is_content(next) { next + 1 } else { next };
                // `said Tan Kong Yam, head of ...`: a name then a comma is the subject after the verb, not a clause
                // (but `said Catherine, the Princess of Wales, was in hospital`: a verb after the appositive is the name's).
                let inverted = ctx.entity_at.get(first).copied().flatten().is_some_and(|e| {
                    let end = ctx.entities[e].tokens.end;
                    let closing = (end + 1..range.end.min(end + 10)).find(|&k| ctx.word(k) == ",");
                    let verb_after = closing.is_some_and(|c| ctx.lower.get(c + 1).is_some_and(|w| AUXILIARIES.contains(&w.as_str())));
                    ctx.entities[e].tokens.start == first && (end >= range.end || matches!(ctx.word(end), "," | "." | ";")) && !verb_after
                });
                // (`said no decision had been made`, `said nothing had changed`: a subject that denies opens a
                // clause, though `said no.`, `said no to the plan` and `said nothing about it` hold none.)
                let denying_subject = first + 1 < range.end
                    && match ctx.word(first) {
                        "no" => {
                            ctx.tokens[first + 1].text.chars().all(char::is_alphabetic)
                                && !matches!(ctx.word(first + 1), "to" | "comment" | "more")
                        }
                        "nothing" => CLAUSE_STARTED.contains(&ctx.word(first + 1)) && !PRONOUNS.contains(&ctx.word(first + 1)),
                        _ => false,
                    };
                // (`said about 300 people were missing`: `about` before a number is a subject's count, not what was talked about.)
                let counted_subject = ctx.lower.get(first).is_some_and(|w| w == "about") && counts(first);
                // (`a ruling her supporters say is politically motivated`: a verb right after `say` is a relative
                // clause's, whose subject came before the speaker.)
                let blocked = first >= range.end
                    || ctx.is_punct(first)
                    || AUXILIARIES.contains(&ctx.word(first))
                    || (NOT_A_CLAUSE_START.contains(&ctx.word(first)) && !denying_subject && !counted_subject)
                    || inverted;
                // Only "say" takes any clause; `added 500 jobs` is not speech, nor is `added a second after
                // halftime`, whose words hold no verb: another verb's clause has an auxiliary or a past tense,
                // before any subordinating word (`added a second after Mbappe had missed a penalty`: the verb is
                // the subordinate clause's).
                let says = matches!(word, "say" | "says" | "said" | "saying");
                // (A past tense after `and` is the subject's own next verb: `declared a state of emergency and ordered`.)
                let has_verb =
                    (first..range.end.min(first + 8)).take_while(|&k| !ctx.is_punct(k) && !SUBORDINATORS.contains(&ctx.word(k))).any(|k| {
                        AUXILIARIES.contains(&ctx.word(k)) || (ctx.word(k).ends_with("ed") && !(first..k).any(|j| ctx.word(j) == "and"))
                    });
                let opens_clause = !blocked
                    && has_verb
                    && (PRONOUNS.contains(&ctx.word(first))
                        || DETERMINERS.contains(&ctx.word(first))
                        || matches!(ctx.word(first), "there" | "no" | "all" | "some" | "many" | "most" | "both")
                        || denying_subject
                        || ctx.entity_at[first].is_some());
                if blocked || !(says || opens_clause) {
                    return None;
                }
                Some(next)
            }
            (None, None) => None,
        }
    }

    /// Where the clause from `clause_start` that verb `v` reports ends.
    pub(super) fn clause_end(&self, v: usize, clause_start: usize) -> usize {
        let (ctx, range) = (self.ctx, &self.range);
        let mut clause_end = (clause_start..range.end).find(|&k| ctx.in_quote[k]).unwrap_or(range.end);
        // (`X, which in May said A, …`: a relative clause's report ends at its closing comma.)
        // (`a student in Yangon who asked that his name not be used, said …`: `who` opens one without a comma too.)
        let relative =
            (range.start + 1..v).rev().take(4).any(|k| ctx.word(k) == "who" || (ctx.word(k) == "which" && ctx.word(k - 1) == ","));
        // `..., but he says B`: the clause stops where the next report begins.
        let next_verb = (clause_start + 1..clause_end).find(|&k| self.speaks(k));
        if let Some(next) = next_verb {
            let joins = |k: usize| matches!(ctx.lower.get(k).map(String::as_str), Some("but" | "and" | "while" | "although" | "though"));
            // (`said the figures were "disappointing" but insisted that …`: a conjunction right before the verb will do.)
            let conjunction_before = (next - 1 > clause_start && joins(next - 1)).then_some(next - 1);
            // (`X, which in May said A, said on Friday B`.)
            let closes_relative = (relative && ctx.word(next - 1) == ",").then_some(next - 1);
            if let Some(comma) = (clause_start..next)
                .rev()
                .find(|&k| matches!(ctx.word(k), "," | ";") && joins(k + 1))
                .or(conjunction_before)
                .or(closes_relative)
            {
                clause_end = comma;
            } else if let Some(end) = tail_attribution(ctx, clause_start..range.end, next) {
                clause_end = end;
            }
        } else if relative {
            // (`Organizers, who say they have no leaders, dismissed the appointments`: the sentence's own verb, in
            // the past or an auxiliary, follows the comma that closes the relative clause; `offices, staff and
            // members` goes on.)
            let main_verb_after =
                |k: usize| ctx.lower.get(k + 1).is_some_and(|w| (w.ends_with("ed") && w.len() > 3) || AUXILIARIES.contains(&w.as_str()));
            if let Some(comma) = (clause_start..clause_end).find(|&k| ctx.word(k) == "," && main_verb_after(k)) {
                clause_end = comma;
            }
        }
        // (`warned that prices could rise, citing supply disruptions`: what the source cited is not what it said.)
        if let Some(comma) = (clause_start..clause_end).find(|&k| ctx.word(k) == "," && cites(ctx, k + 1)) {
            clause_end = comma;
        }
        clause_end
    }
}

/// Words from a comma to a speech verb that names who passed the report on.
const TAIL_SOURCE_WORDS: usize = 6;

/// Where the reported clause ends before the next speech `verb`: when `,
/// SOURCE verb` ends the sentence (`said Moscow was open to talks, Russia's
/// Tass news agency reported.`), the source passed the report on and is not
/// part of what was said; `, adding that` (or `saying that`) starts a report
/// of its own. The source is a short phrase, a name or noun phrase closing
/// it, and at most a time phrase may follow the verb.
fn tail_attribution(ctx: &Context<'_, '_>, clause: Range<usize>, verb: usize) -> Option<usize> {
    let last = (clause.start..verb).rev().find(|&k| ctx.is_punct(k))?;
    let source = last + 1..verb;
    // (`remained "open to talks," Tass reported`: the comma inside the closing mark, which the clause keeps.)
    let (comma, clause_end) = if is_quote_mark(ctx.tokens[last].text) && last > clause.start { (last - 1, last + 1) } else { (last, last) };
    if ctx.word(comma) != "," {
        return None;
    }
    // `said A, adding that B`: the participle reports B on its own; `said A, adding: "B"` quotes it.
    if source.is_empty() {
        let quotes_next = ctx.lower.get(verb + 1).is_some_and(|w| w == ":") || ctx.in_quote.get(verb + 1).is_some_and(|&q| q);
        return (is_participle(ctx.word(verb)) && (opens_that_clause(ctx, verb, clause.end) || quotes_next)).then_some(clause_end);
    }
    let named = ctx.subject_before(verb, last + 1).is_some_and(|m| m.end == verb);
    // Nothing after the verb but a short time phrase (`reported on Monday`), then what the source cited (`, citing officials`).
    let after = ctx.past_tail(verb + 1, clause.end);
    let ends = (after..clause.end).all(|k| ctx.is_punct(k)) || (ctx.word(after) == "," && cites(ctx, after + 1));
    (source.len() <= TAIL_SOURCE_WORDS && named && ends).then_some(clause_end)
}

/// Whether the word at `k` names what a source cited (`, citing officials`, `, quoting witnesses`) or who passed it on
/// (`, according to TASS`).
pub(super) fn cites(ctx: &Context<'_, '_>, k: usize) -> bool {
    matches!(ctx.lower.get(k).map(String::as_str), Some("citing" | "quoting" | "according"))
}

/// Words of a span of time that a narrated time phrase holds before `before` or `after` (`days before the
/// vote`, `just hours after`, `two weeks ahead of`).
const TIME_SPAN_WORDS: &[&str] =
    &["just", "only", "shortly", "barely", "days", "hours", "weeks", "months", "years", "minutes", "moments", "two", "three", "few"];

/// Whether token `k` opens a time phrase (`days before a general election`): words of [`TIME_SPAN_WORDS`] or
/// figures, then `before`, `after` or `ahead`.
pub(super) fn opens_time_phrase(ctx: &Context<'_, '_>, k: usize) -> bool {
    let end = ctx.tokens.len().min(k + 4);
    let span_word = |j: usize| TIME_SPAN_WORDS.contains(&ctx.word(j)) || ctx.word(j).chars().all(|c| c.is_ascii_digit());
    let Some(turn) = (k..end).find(|&j| !span_word(j)) else { return false };
    turn > k && matches!(ctx.word(turn), "before" | "after" | "ahead")
}

/// Whether the speech verb at `verb` opens a `that` clause before `end`:
/// right after it (`adding that`) or after a short phrase that a
/// preposition opens (`saying in a statement that`, `adding on Twitter that`).
pub(super) fn opens_that_clause(ctx: &Context<'_, '_>, verb: usize, end: usize) -> bool {
    let next = verb + 1;
    next < end
        && (ctx.word(next) == "that"
            || (PREPOSITIONS.contains(&ctx.word(next))
                && (next + 1..end.min(next + 5)).take_while(|&k| !ctx.is_punct(k)).any(|k| ctx.word(k) == "that")))
}
