//! Reported speech: `X said (that) CLAUSE`, `CLAUSE, X said.`, `According to X, CLAUSE`.

use super::lexicon::*;
use super::{Context, FoundQuote, Speaker};
use crate::document::QuoteKind;
use std::ops::Range;

mod clauses;
use clauses::{cites, opens_that_clause, opens_time_phrase};

/// Words that open an aside set off by commas after a sentence's subject (`Critics, including …, known as …,`).
const ASIDE_OPENERS: [&str; 9] = ["including", "known", "who", "which", "whose", "such", "like", "among", "led"];

/// Reported speech in one sentence: `X said (that) CLAUSE`, `CLAUSE, X said.`,
/// `According to X, CLAUSE`; a sentence may hold several (`X says A, but he says B`).
pub(super) fn reported(ctx: &Context<'_, '_>, range: Range<usize>) -> Vec<FoundQuote> {
    // A dateline is no part of what anyone said.
    let range = ctx.past_dateline(&range)..range.end;
    let commas = range.clone().filter(|&k| ctx.word(k) == ",").collect();
    let sentence = Reports { ctx, range, commas };
    if let Some(found) = sentence.according_to() {
        return found;
    }
    let range = sentence.range.clone();
    let mut found = Vec::new();
    let mut v = range.start;
    while v < range.end {
        if !sentence.speaks(v) || ctx.denied(v) {
            v += 1;
            continue;
        }
        let word = ctx.word(v);
        // Attribution of a direct quote: `..." he said` / `he said: "...`.
        // (`told the crowd: "…"`: a colon a few words on.)
        let next_is_quote = (v + 1..range.end.min(v + 3)).any(|k| ctx.in_quote[k])
            || (v + 1..range.end.min(v + 6)).take_while(|&k| !matches!(ctx.word(k), "," | "that")).any(|k| ctx.word(k) == ":");
        // (A sentence that opens with the verb attributes the quote that ends the line before: wrapped text.)
        let from = if v == range.start { v.saturating_sub(2) } else { range.start };
        let previous_is_quote = (from..v).rev().take(4).any(|k| ctx.in_quote[k]);
        // `"…," he said, adding that CLAUSE`: the clause is a report of its own.
        let reports_on = opens_that_clause(ctx, v, range.end);
        if next_is_quote || (previous_is_quote && !reports_on && (from..v).rev().take(2).any(|k| ctx.in_quote[k] || ctx.word(k) == ",")) {
            v += 1;
            continue;
        }
        // CLAUSE , X said . / CLAUSE , said X . (never `, saying X ...`, which reports what follows,
        // nor `NAME , a description , said CLAUSE`, whose subject opens the sentence)
        if found.is_empty() && !is_participle(word) && !sentence.opening_subject(v) {
            if let Some(quotes) = sentence.closing_attribution(v, previous_is_quote) {
                return quotes;
            }
        }
        // X said (that) CLAUSE.
        let Some(clause_start) = sentence.clause_start(v) else {
            v += 1;
            continue;
        };
        // (`rejected claims by the TPLF that CLAUSE`: a verb's form in -s after a past tense is a noun, whose
        // source is the phrase after `by` or `from`, if any; not the sentence's subject, who rejected the claims.
        // So it is after a past tense and the noun's plain words: `denied media reports`, `rejected the claims`;
        // not after a time (`published yesterday says`), nor after an owner, who is the source (`the opposition's claims`).)
        let noun_at = |k: usize| {
            let past = |j: usize| !ctx.is_capitalised(j) && ctx.word(j).ends_with("ed");
            let plain = |j: usize| {
                let word = ctx.word(j);
                !ctx.is_capitalised(j)
                    && !ctx.is_punct(j)
                    && !word.ends_with("ly")
                    && !word.contains(['\'', '’'])
                    && !TAIL_WORDS.contains(&word)
            };
            let first = (range.start..k).rev().take(2).take_while(|&j| plain(j) && !past(j)).last().unwrap_or(k);
            ctx.word(k).ends_with('s') && ctx.word(k) != "says" && first > range.start && past(first - 1)
        };
        // (`denied claims that CLAUSE`, `denied media reports that CLAUSE`: the claims report it, not the denial.)
        if (v + 1..range.end.min(v + 4)).any(|k| noun_at(k) && sentence.speaks(k)) {
            v += 1;
            continue;
        }
        let subject = if noun_at(v) {
            (v + 1 < range.end && matches!(ctx.word(v + 1), "by" | "from")).then(|| ctx.subject_after(v + 1, range.end)).flatten()
        } else if is_participle(word) {
            sentence_subject(ctx, range.start..v, v)
        } else {
            sentence.subject_before_asides(v).or_else(|| ctx.subject_before(v, range.start))
        };
        let speaker = subject.map(|m| ctx.speaker(m));
        let clause_end = sentence.clause_end(v, clause_start);
        if let Some(q) = sentence.make(clause_start..clause_end, speaker) {
            found.push(q);
        }
        v = clause_end.max(v + 1);
    }
    found
}

/// The reports of one sentence (`range`, past any dateline): its clauses, and who reported each.
struct Reports<'s, 'a, 'b> {
    ctx: &'s Context<'a, 'b>,
    range: Range<usize>,
    /// The sentence's commas, in order (found once: a sentence without full stops may be very long).
    commas: Vec<usize>,
}

impl Reports<'_, '_, '_> {
    /// Whether token `k` is the sentence's own words, not a direct quote's.
    fn is_content(&self, k: usize) -> bool {
        !self.ctx.in_quote[k]
    }

    /// `end` moved back over punctuation and quoted words, not before `start`.
    fn end_of(&self, mut end: usize, start: usize) -> usize {
        while end > start && (self.ctx.is_punct(end - 1) || self.ctx.in_quote[end - 1]) {
            end -= 1;
        }
        end
    }

    /// The reported clause over the tokens `clause` (its end trimmed), if it holds more than two words of the sentence's own.
    fn make(&self, clause: Range<usize>, speaker: Option<Speaker>) -> Option<FoundQuote> {
        let ctx = self.ctx;
        let mut end = self.end_of(clause.end, clause.start);
        // Verbatim words that end the clause (`the leak was "unprecedented."`) keep their closing mark.
        let open_marks = (clause.start..end).filter(|&k| is_quote_mark(ctx.tokens[k].text)).count();
        let single = |k: usize| matches!(ctx.tokens[k].text, "'" | "‘" | "’");
        // (`was 'pure fiction'.`: single marks double as apostrophes, `workers'`; one after a space opens.)
        let opens_single = |k: usize| single(k) && (k == 0 || ctx.tokens[k - 1].end < ctx.tokens[k].start);
        let single_open = (clause.start..end).rev().find(|&k| opens_single(k)).is_some_and(|o| !(o + 1..end).any(single));
        let close = if open_marks % 2 == 1 {
            (end..clause.end).find(|&k| is_quote_mark(ctx.tokens[k].text))
        } else if single_open {
            (end..clause.end).find(|&k| single(k))
        } else {
            None
        };
        if let Some(close) = close {
            end = close + 1;
        }
        (end > clause.start + 2 && clause.clone().take(end - clause.start).all(|k| self.is_content(k))).then(|| FoundQuote {
            start: ctx.tokens[clause.start].start,
            end: ctx.tokens[end - 1].end,
            kind: QuoteKind::Indirect,
            speaker,
        })
    }

    /// According to X, CLAUSE / CLAUSE, according to X: the sentence's report, if it is one.
    fn according_to(&self) -> Option<Vec<FoundQuote>> {
        let (ctx, range) = (self.ctx, &self.range);
        if let Some(k) =
            range.clone().find(|&k| ctx.word(k) == "according" && k + 1 < range.end && ctx.word(k + 1) == "to" && self.is_content(k))
        {
            // `According to police,`, `according to people familiar with the matter.`: a bare noun's phrase is the source too.
            let bare =
                (k + 2..range.end.min(k + 2 + BARE_SOURCE_WORDS + 1)).find(|&j| ctx.is_punct(j)).filter(|&j| j > k + 2).map(|j| k + 2..j);
            // `according to the U.N. refugee agency, UNHCR`, `according to a spokesman, John Smith`: a name set off
            // after a description is the source, and the phrase ends after it.
            let named = bare.as_ref().filter(|b| DETERMINERS.contains(&ctx.word(b.start)) && ctx.word(b.end) == ",").and_then(|b| {
                let at = b.end + 1 + usize::from(ctx.lower.get(b.end + 1).is_some_and(|w| w == "the"));
                let e = ctx.entity_at.get(at).copied().flatten()?;
                let name = ctx.entities[e].tokens.clone();
                // (A person names a person's description, an organisation a body's: not `the police, Smith, 45,`.)
                let fits = match ctx.entities[e].label.as_str() {
                    "PER" => is_person_noun(ctx.word(b.end - 1)),
                    label => label == "ORG" && !is_person_noun(ctx.word(b.end - 1)),
                };
                let set_off = name.end < range.end && matches!(ctx.word(name.end), "," | "." | ";");
                (fits && name.start == at && set_off).then_some(name)
            });
            // (`according to a study published in The Lancet`: a description the bare phrase goes on is the phrase.)
            let speaker = match (ctx.subject_after(k + 1, range.end), bare) {
                _ if named.is_some() => named.clone(),
                (Some(described), Some(bare))
                    if described.start == bare.start && described.end < bare.end && DETERMINERS.contains(&ctx.word(described.start)) =>
                {
                    Some(bare)
                }
                (after, bare) => after.or(bare),
            }
            .map(|m| {
                // (`according to the IMF's latest forecast`: a body's document, not a person of it, is the body's word.)
                let owner = (m.start + 1..m.end).find(|&j| is_possessive(ctx.word(j))).and_then(|j| ctx.entity_at[j - 1]);
                let body = owner.filter(|&e| ctx.entities[e].label == "ORG" && !is_person_noun(ctx.word(m.end - 1)));
                ctx.speaker(body.map_or(m, |e| ctx.entities[e].tokens.clone()))
            });
            let phrase_end = named.map_or(k, |name| name.end);
            if k == range.start {
                if let Some(comma) = (phrase_end..range.end).find(|&j| ctx.word(j) == ",") {
                    return Some(self.make(comma + 1..range.end, speaker).into_iter().collect());
                }
            } else if ctx.word(k - 1) == "," {
                // `Kushner, according to two people familiar with the matter, told investigators …`: an aside
                // after the subject; the sentence's own verb reports. (Not `, which runs the vote`: the source's.)
                let closes_aside =
                    |j: usize| ctx.word(j) == "," && !ctx.lower.get(j + 1).is_some_and(|w| matches!(w.as_str(), "which" | "who"));
                let aside = k - 1 - range.start <= 3 && (phrase_end..range.end).any(closes_aside);
                // (`Putin said Thursday that CLAUSE, according to TASS`: a report before it is the report, which
                // the source passed on.)
                let reported_before = (range.start..k - 1).any(|v| self.speaks(v) && self.clause_start(v).is_some());
                if !aside && !reported_before {
                    return Some(self.make(range.start..k - 1, speaker).into_iter().collect());
                }
            }
        }
        None
    }

    /// Whether token `v` is a speech verb that reports here (`wrote in his
    /// memo that CLAUSE`: a verb that mostly introduces direct speech reports a `that` clause).
    fn speaks(&self, v: usize) -> bool {
        let (ctx, range) = (self.ctx, &self.range);
        let that_follows = |v: usize| (v + 1..range.end.min(v + 6)).take_while(|&k| !ctx.is_punct(k)).any(|k| ctx.word(k) == "that");
        self.is_content(v)
            && ctx.is_speech_verb_at(v)
            && (!DIRECT_ONLY_VERBS.contains(&ctx.word(v)) || that_follows(v))
            && (v == range.start || ctx.word(v - 1) != "to")
    }

    /// Whether the subject of verb `v` opens the sentence: a name, or a short opening phrase and an appositive
    /// between two commas with the subject in one of them (`Clinton's spokesman, Brian Fallon, said CLAUSE`,
    /// `The official, who asked not to be named, said CLAUSE`), or before asides ([`Self::subject_before_asides`]).
    fn opening_subject(&self, v: usize) -> bool {
        let (ctx, range) = (self.ctx, &self.range);
        if self.subject_before_asides(v).is_some() {
            return true;
        }
        let Some(m) = ctx.subject_before(v, range.start) else { return false };
        let commas = &self.commas[..self.commas.partition_point(|&k| k < v)];
        let appositive = commas.len() == 2 && commas[1] + 1 == v && commas[0] - range.start <= 6 && m.end <= commas[1];
        (m.start == range.start && ctx.entity_at[m.start].is_some()) || appositive
    }

    /// The short phrase that opens the sentence when asides set off by more than two commas, each opened
    /// by a word that opens one, come between it and verb `v` (`Critics, including …, known as Walhi, say`).
    fn subject_before_asides(&self, v: usize) -> Option<Range<usize>> {
        let (ctx, range) = (self.ctx, &self.range);
        let commas = &self.commas[..self.commas.partition_point(|&k| k < v)];
        // (A sentence that opens with a comma has no subject before it.)
        let asides = commas.len() > 2
            && commas[0] > range.start
            && commas[commas.len() - 1] + 1 == v
            && commas[0] - range.start <= 6
            && commas.windows(2).all(|pair| ASIDE_OPENERS.contains(&ctx.word(pair[0] + 1)));
        asides.then(|| range.start..commas[0])
    }

    /// CLAUSE , X said . / CLAUSE , said X .: the sentence's reports when verb `v` closes it.
    fn closing_attribution(&self, v: usize, previous_is_quote: bool) -> Option<Vec<FoundQuote>> {
        let (ctx, range) = (self.ctx, &self.range);
        let word = ctx.word(v);
        if let Some(last_comma) = (range.start..v).rev().take(12).find(|&k| ctx.word(k) == ",") {
            // (`, Jane Foster, the bank's chief economist, said.`, `, the ministry, which runs the dam, said.`: the
            // subject opens after an earlier comma, with an appositive or a relative clause before the verb.)
            let set_off = if v == last_comma + 1 {
                let mut commas = (range.start..last_comma).rev().take(16).filter(|&k| ctx.word(k) == ",");
                let (near, far) = (commas.next(), commas.next());
                // (The farthest first: `, his party, Pakistan Tehreek-e-Insaf, said.`)
                [far, near]
                    .into_iter()
                    .flatten()
                    .find_map(|c| ctx.subject_before(v, c + 1).filter(|m| m.start > c && m.end <= last_comma).map(|m| (c, m)))
            } else {
                None
            };
            let set_off_subject = set_off.is_some();
            let (comma, subject_before) = match set_off {
                Some((c, m)) => (c, Some(m)),
                None => (last_comma, ctx.subject_before(v, last_comma + 1)),
            };
            // Longer phrases after the verb (`said in a statement on Tuesday`) only after a plain subject before
            // it, a name, pronoun or determiner's phrase (not `, said the case involved …`, `, up 5% on the
            // figures reported in the first half`).
            let plain = subject_before.as_ref().is_some_and(|m| {
                ctx.is_capitalised(m.start) || PRONOUNS.contains(&ctx.word(m.start)) || DETERMINERS.contains(&ctx.word(m.start))
            });
            // (`…, said the contract was big`: words after the verb holding a verb are its clause, not its subject.)
            let clause_free = |m: &Range<usize>| !m.clone().any(|k| AUXILIARIES.contains(&ctx.word(k)));
            let subject = subject_before.or_else(|| ctx.subject_after(v, range.end).filter(clause_free));
            let rest = self.end_of(range.end, v + 1);
            // (`, a spokeswoman told Reuters.`, `, he told reporters on Monday.`: whom it was told to comes first.)
            let after_verb = if is_tell(word) { ctx.told_whom(v, rest) } else { v + 1 };
            let covered_after = subject.as_ref().map_or(after_verb, |m| m.end.max(after_verb));
            // The attribution starts right after the comma and ends the sentence,
            // but for a time or place (`, the ministry said on Tuesday.`).
            // (`, Governor Andrew Bailey said.`: capitalised title words may come first.)
            // (`, Federal Reserve Chair Jerome Powell told`: the title words may be an organisation's mark.)
            // (`, police spokesman Kevin Ochieng told VOA.`: or words in lower case that a person noun ends.)
            let lower_title = |m: &Range<usize>| m.start > comma + 1 && is_person_noun(ctx.word(m.start - 1));
            let titled = |m: &Range<usize>| {
                m.start <= comma + 4
                    && (comma + 1..m.start).all(|j| ctx.is_capitalised(j) || lower_title(m) && ctx.word(j).chars().all(char::is_lowercase))
            };
            let right_after_comma = set_off_subject
                || subject.as_ref().is_some_and(|m| {
                    m.start > comma && (titled(m) || (m.start == comma + 2 && DETERMINERS.contains(&ctx.word(comma + 1))))
                })
                || v == comma + 1;
            let tail_end = ctx.past_tail(covered_after, if plain { rest } else { rest.min(covered_after + 3) });
            // (`, Jerome Powell told lawmakers, adding that CLAUSE`: the speaker reports on after a participle.)
            let adding = (tail_end + 1 < rest && ctx.word(tail_end) == "," && is_participle(ctx.word(tail_end + 1)))
                .then(|| (tail_end + 2..rest.min(tail_end + 6)).find(|&k| ctx.word(k) == "that"))
                .flatten();
            // (`, said Tan Kong Yam, head of Business Policy at the university.`, `, said a senior official who
            // spoke on condition of anonymity.`: an appositive or a relative clause may end the sentence; `, the
            // agency said, citing supply disruptions.`: so may what the source cited, or the narration's own
            // clause, `, officials said Thursday, as mediators pressed for a ceasefire.`, `, bringing her sentence
            // to 17 years.`, or its time, `, his party said Tuesday, days before an election.`, or a phrase that
            // says what the report was, `, the military said, the latest in a string of launches.`; not a
            // report's, `, saying …`)
            let narration = |k: usize| {
                let word = ctx.word(k);
                let describes = matches!(word, "the" | "a" | "an");
                describes
                    || cites(ctx, k)
                    || opens_time_phrase(ctx, k)
                    || CLAUSE_OPENERS.contains(&word)
                    || word == "amid"
                    || (is_participle(word) && !is_speech_verb(word))
            };
            let tail_ok = rest <= tail_end
                || adding.is_some()
                || (tail_end + 1 < rest && ctx.word(tail_end) == "," && narration(tail_end + 1))
                || (v == comma + 1 && ctx.lower.get(covered_after).is_some_and(|w| matches!(w.as_str(), "," | "who")));
            // (`from a school in Kuriga, Kaduna state.`: a place with a verb's bare form after it is a place's
            // name, as a place says `says`.)
            let bare_verb = !word.ends_with('s') && !word.ends_with("ed") && !word.ends_with("ing") && !matches!(word, "said" | "told");
            let place_named = bare_verb
                && subject.as_ref().is_some_and(|m| m.end == v && ctx.entity_at[m.start].is_some_and(|e| ctx.entities[e].label == "LOC"));
            if subject.is_some() && right_after_comma && tail_ok && !previous_is_quote && comma > range.start + 2 && !place_named {
                let speaker = subject.map(|m| ctx.speaker(m));
                let added = adding.and_then(|that| {
                    let end = (that + 1..range.end).find(|&k| ctx.in_quote[k]).unwrap_or(range.end);
                    self.make(that + 1..end, speaker.clone())
                });
                return Some(self.make(range.start..comma, speaker).into_iter().chain(added).collect());
            }
        }
        None
    }
}

/// The most words of a bare source after `according to` (`people familiar with the matter`).
const BARE_SOURCE_WORDS: usize = 6;

/// The most words from a sentence's subject to the comma that sets off a person's name after it.
const APPOSITIVE_REACH: usize = 12;

/// For `..., saying ...`: the first entity or noun phrase of the sentence.
pub(super) fn sentence_subject(ctx: &Context<'_, '_>, range: Range<usize>, verb: usize) -> Option<Range<usize>> {
    // `Interfax quoted the Kremlin spokesman as saying`: the one quoted speaks.
    if verb >= range.start + 3 && ctx.word(verb - 1) == "as" {
        let quoted = (range.start..verb - 2).rev().take(8).find(|&k| matches!(ctx.word(k), "quoted" | "quoting" | "cited" | "citing"));
        if let Some(q) = quoted.filter(|&q| (q + 1..verb - 1).all(|k| !ctx.is_punct(k) && !ctx.in_quote[k])) {
            // (`The minister was quoted by state media as saying`: in the passive the subject was quoted.)
            if q > range.start && BE_FORMS.contains(&ctx.word(q - 1)) {
                return ctx.subject_before(q - 1, range.start);
            }
            return Some(q + 1..verb - 1);
        }
    }
    // A dateline (`WASHINGTON (AP) —`) is not the subject.
    let range = ctx.past_dateline(&range).min(verb)..range.end;
    // (`"…," Trump told Fox News …, adding that`: the subject follows a quote that opens the sentence.)
    let range = match (range.start..verb).find(|&k| !ctx.in_quote[k] && !ctx.is_punct(k)) {
        Some(k) if ctx.in_quote[range.start] => k..range.end,
        _ => range,
    };
    // `Trump called the election "rigged" and said ...`: capitalised words opening the sentence, before a lowercase verb.
    // `In an interview with the newspaper, he was quoted as saying`: an opening prepositional phrase is not the subject.
    let opens_with_phrase = PREPOSITIONS.contains(&ctx.word(range.start)) || CLAUSE_OPENERS.contains(&ctx.word(range.start));
    let range = match (range.start..verb).find(|&k| ctx.word(k) == ",") {
        Some(comma) if opens_with_phrase && comma + 1 < verb => comma + 1..range.end,
        _ => range,
    };
    // `Administration officials said`, `Pro-Moscow leaders in Chechnya have criticised`: from a capitalised word
    // that opens the sentence up to the first word that looks like a verb.
    let first = ctx.word(range.start);
    let opens = !ctx.in_quote[range.start]
        && ctx.is_capitalised(range.start)
        && ctx.entity_at[range.start].is_none()
        && ![DETERMINERS, PRONOUNS, CLAUSE_OPENERS, PREPOSITIONS, LINKING_WORDS].iter().any(|list| list.contains(&first));
    let looks_like_verb = |k: usize| {
        let w = ctx.word(k);
        ctx.entity_at[k].is_none() && (is_speech_verb(w) || w.ends_with("ed") || AUXILIARIES.contains(&w))
    };
    let verb_at =
        (range.start + 1..verb.min(range.start + 6)).take_while(|&k| !ctx.is_punct(k) && !ctx.in_quote[k]).find(|&k| looks_like_verb(k));
    if let Some(end) = verb_at.filter(|_| opens) {
        return Some(range.start..end);
    }
    // Words inside quotation marks are someone's speech, not the sentence's subject.
    let k = (range.start..verb).find(|&k| {
        !ctx.in_quote[k] && (ctx.entity_at[k].is_some() || PRONOUNS.contains(&ctx.word(k)) || DETERMINERS.contains(&ctx.word(k)))
    })?;
    // `The Federal Reserve`: a name right after the determiner is the subject; `House Minority Leader Nancy
    // Pelosi`: a person after a title is.
    let not_object = |e: &usize| ctx.entities[*e].tokens.start == 0 || !PREPOSITIONS.contains(&ctx.word(ctx.entities[*e].tokens.start - 1));
    // (`Russia's Interfax news agency`, `Bello's deputy, Amina Yusuf`: the possessor is not the subject.)
    let possessor = |e: &usize| ctx.lower.get(ctx.entities[*e].tokens.end).is_some_and(|w| is_possessive(w));
    // (`The head of the International Atomic Energy Agency, Rafael Grossi, visited … and warned`: the person an
    // appositive after the first comma names.)
    let appositive = (k..verb).take(APPOSITIVE_REACH).find(|&j| ctx.word(j) == ",").and_then(|comma| {
        let e = ctx.entity_at.get(comma + 1).copied().flatten()?;
        let name = &ctx.entities[e].tokens;
        (ctx.entities[e].label == "PER" && name.start == comma + 1 && name.end < verb && ctx.word(name.end) == ",").then_some(e)
    });
    let person = appositive.or_else(|| {
        (k..verb.min(k + 6)).filter_map(|j| ctx.entity_at[j]).filter(not_object).find(|e| ctx.entities[*e].label == "PER" && !possessor(e))
    });
    let named = (k..verb.min(k + 4))
        .filter_map(|j| ctx.entity_at[j])
        .find(|e| !possessor(e))
        .filter(|&e| matches!(ctx.entities[e].label.as_str(), "PER" | "ORG"));
    if let Some(e) = person.or(named) {
        return Some(ctx.entities[e].tokens.clone());
    }
    if PRONOUNS.contains(&ctx.word(k)) {
        return Some(k..k + 1);
    }
    let mut end =
        (k + 1..verb).find(|&j| ctx.is_punct(j) || ctx.word(j) == "of" || looks_like_verb(j) || is_day(ctx.word(j))).unwrap_or(verb);
    // (`Syria on Friday condemned`: the day is not part of the subject.)
    while end > k + 1 && matches!(ctx.word(end - 1), "on" | "last" | "this" | "late" | "early") {
        end -= 1;
    }
    Some(k..end.max(k + 1))
}
