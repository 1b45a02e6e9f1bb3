//! Attributions: the subject after a speech verb (`said the minister`), the phrases that may follow a closing
//! attribution, whether a word is a speech verb there, and the attribution nearest a quote. (The subject before the
//! verb: `subject_before.rs`.)

use super::lexicon::*;
use super::reported::sentence_subject;
use super::{Context, Speaker};
use std::ops::Range;

impl Context<'_, '_> {
    /// The token after the time, place and manner phrases that may follow a
    /// closing attribution from `from` (`said in a statement on Tuesday`,
    /// `told Reuters on condition of anonymity`): words before `limit` from a
    /// tail word ([`TAIL_WORDS`]), at most [`TAIL_PHRASE_WORDS`] of them, with
    /// no punctuation and no clause in them (a subject pronoun, a finite verb,
    /// `that`), or all of them once `because` gives a reason; `from` itself
    /// when no tail word is there.
    pub(super) fn past_tail(&self, from: usize, limit: usize) -> usize {
        if from >= limit || !(is_tail_word(self.word(from)) || self.word(from) == "because") {
            return from;
        }
        let mut k = from;
        while k < limit.min(from + TAIL_PHRASE_WORDS) {
            let word = self.word(k);
            // (`on condition of anonymity because he was not authorised to speak`: a reason may end the sentence.)
            if word == "because" {
                return limit;
            }
            if self.is_punct(k) || self.in_quote[k] || CLAUSE_STARTED.contains(&word) || word == "that" {
                break;
            }
            k += 1;
        }
        k
    }

    /// The token after whom `told` at `verb` was told to, before `limit`: a
    /// name (`told Reuters`), a pronoun or a bare plural (`told reporters`), or
    /// a short phrase from a determiner (`told a news conference`).
    pub(super) fn told_whom(&self, verb: usize, limit: usize) -> usize {
        let whom_end = self.whom_after(verb + 1, limit);
        // (`told reporters in Geneva the virus …`: where it was told follows whom, a place's mark after `in`.)
        let place = (whom_end > verb + 1 && whom_end + 1 < limit && matches!(self.word(whom_end), "in" | "at"))
            .then(|| self.entity_at[whom_end + 1])
            .flatten()
            .filter(|&e| self.entities[e].label == "LOC" && self.entities[e].tokens.start == whom_end + 1);
        place.map_or(whom_end, |e| self.entities[e].tokens.end.min(limit))
    }

    /// The token after whom something was told to, from token `at` (see [`Context::told_whom`]).
    fn whom_after(&self, at: usize, limit: usize) -> usize {
        if at >= limit {
            return at;
        }
        // The words after a determiner (or a possessive) up to punctuation or a tail word (`on Monday`).
        let phrase_after =
            |k: usize| k + 1 + (k + 1..limit.min(k + 5)).take_while(|&j| !self.is_punct(j) && !is_tail_word(self.word(j))).count();
        if let Some(e) = self.entity_at[at].filter(|&e| self.entities[e].tokens.start == at) {
            let end = self.entities[e].tokens.end;
            // (`told VOA's Somali Service`: whom it was told to is what the name owns.)
            return if end < limit && is_possessive(self.word(end)) { phrase_after(end) } else { end.min(limit) };
        }
        if DETERMINERS.contains(&self.word(at)) {
            // (`told the Senate the law was …`: a body's name after the determiner ends what it was told to; not a
            // people's or a place's word before a noun, `told the Yugoslav news agency Tanjug`, nor a possessor.)
            let name = self
                .entity_at
                .get(at + 1)
                .copied()
                .flatten()
                .filter(|&e| self.entities[e].label == "ORG")
                .map(|e| &self.entities[e].tokens);
            return match name {
                Some(t) if t.start == at + 1 && t.end < limit && !is_possessive(self.word(t.end)) => t.end,
                _ => phrase_after(at),
            };
        }
        if matches!(self.word(at), "him" | "her" | "them" | "us" | "me" | "you") || self.word(at).ends_with('s') {
            return at + 1;
        }
        // (`told parliament`, `told state television`: a body or a medium named by a bare noun, a word before it.)
        let listener = (at..limit.min(at + 2)).find(|&k| TOLD_NOUNS.contains(&self.word(k)));
        listener.filter(|&k| (at..k).all(|j| self.word(j).chars().all(char::is_lowercase))).map_or(at, |k| k + 1)
    }

    /// Whether the name at token `name` is whom someone else speaks for: `a
    /// spokesman for Prime Minister Boris Johnson`, `a lawyer for Paul
    /// Manafort`, `an aide to the senator` (a person noun in lower case, then
    /// `for` or `to`, then determiners or title words). The speaker is then
    /// the phrase, not the name; `the secretary of state John Kerry` is John
    /// Kerry, as `of` makes a title.
    pub(super) fn speaks_for(&self, name: usize, floor: usize) -> bool {
        let mut k = name;
        while k > floor && (DETERMINERS.contains(&self.word(k - 1)) || (self.is_capitalised(k - 1) && self.entity_at[k - 1].is_none())) {
            k -= 1;
        }
        k >= floor + 2
            && matches!(self.word(k - 1), "for" | "to")
            && PERSON_NOUNS.contains(&self.word(k - 2))
            && !self.is_capitalised(k - 2)
    }

    /// The subject mention just after token `verb` (`said Mattis`, `said the minister`).
    pub(super) fn subject_after(&self, verb: usize, limit: usize) -> Option<Range<usize>> {
        let at = verb + 1;
        if at >= limit || self.in_quote[at] {
            return None;
        }
        if let Some(e) = self.entity_at[at] {
            if self.entities[e].tokens.start != at {
                return None;
            }
            // `said Kenyan President William Ruto`, `said Labour leader Keir Starmer`, `said WFP country
            // director Maria Santos`: a nationality, place or body before a title and the name; the name,
            // just after a capitalised title or a person noun, is the speaker.
            if self.entities[e].label != "PER" {
                let describing = |k: usize| {
                    let word = self.word(k);
                    self.is_capitalised(k)
                        || is_person_noun(word)
                        || (word.chars().all(char::is_lowercase)
                            && ![PREPOSITIONS, DETERMINERS, CLAUSE_OPENERS].iter().any(|w| w.contains(&word)))
                };
                let phrase = (at..limit.min(at + 6)).take_while(|&k| !self.is_punct(k) && !self.in_quote[k] && describing(k));
                let titled = |p: usize| {
                    let before = self.entities[p].tokens.start - 1;
                    self.is_capitalised(before) || is_person_noun(self.word(before))
                };
                if let Some(person) = phrase.filter_map(|k| self.entity_at[k]).find(|&p| self.entities[p].label == "PER" && titled(p)) {
                    return Some(self.entities[person].tokens.clone());
                }
            }
            let owned = self.entities[e].tokens.end;
            // (`according to Yemeni security officials`: a people's name before a noun in lower case describes
            // the source, which no name gives.)
            if self.entities[e].label == "MISC" && owned < limit && self.word(owned).chars().all(|c| c.is_lowercase() || c == '-') {
                return None;
            }
            // `according to Japan's National Police Agency`: the possessor is not the source, when what it
            // owns is a name or a phrase (not `said Sumitomo's Note`, a name the tagger missed).
            let possessed = (owned + 1 < limit && is_possessive(self.word(owned))).then(|| self.subject_after(owned, limit)).flatten();
            return Some(possessed.map_or(self.entities[e].tokens.clone(), |phrase| {
                if self.entity_at[phrase.start].is_some() {
                    phrase
                } else {
                    at..phrase.end
                }
            }));
        }
        if PRONOUNS.contains(&self.word(at)) {
            return Some(at..at + 1);
        }
        // `said Foreign Minister Sergei Lavrov`: capitalised title words, then the name;
        // `said council leader Gareth Pemberton`: any title words ending in a person noun, then a person.
        // (`said Secretary of State Antony Blinken`: `of` or `for` may join title words.)
        let title_word = |k: usize| {
            self.is_capitalised(k) || (matches!(self.word(k), "of" | "for") && k > at && k + 1 < limit && self.is_capitalised(k + 1))
        };
        let titled = (at..limit.min(at + 5)).take_while(|&k| self.entity_at[k].is_none() && title_word(k)).count();
        let described =
            (at..limit.min(at + 5)).take_while(|&k| self.entity_at[k].is_none() && !self.is_punct(k) && !self.in_quote[k]).count();
        let name_at = |k: usize, person_only: bool| {
            self.entity_at
                .get(k)
                .copied()
                .flatten()
                .filter(|&e| self.entities[e].tokens.start == k && (!person_only || self.entities[e].label == "PER"))
        };
        if let Some(e) = (titled > 0)
            .then(|| name_at(at + titled, false))
            .flatten()
            .or_else(|| (described > 0 && is_person_noun(self.word(at + described - 1))).then(|| name_at(at + described, true)).flatten())
        {
            let name = self.entities[e].tokens.clone();
            return Some(if self.speaks_for(name.start, at) { at..name.end } else { name });
        }
        if DETERMINERS.contains(&self.word(at)) {
            let ends_phrase = |k: usize| {
                k >= limit
                    || self.is_punct(k)
                    || self.in_quote[k]
                    || matches!(self.word(k), "on" | "in" | "at" | "after" | "before" | "during" | "of" | "to" | "that" | "who")
            };
            let mut k = at + 1;
            while !ends_phrase(k) && k - at < 7 {
                if let Some(e) = self.entity_at[k] {
                    // `the minister James Mattis`, `the Red Cross`: the name heads the phrase; an
                    // organisation or place followed by more of it is a modifier (`one Wells Fargo teller`).
                    let end = self.entities[e].tokens.end;
                    if self.speaks_for(self.entities[e].tokens.start, at) {
                        return Some(at..end);
                    }
                    if self.entities[e].label == "PER" || ends_phrase(end) {
                        return Some(self.entities[e].tokens.clone());
                    }
                    k = end;
                    continue;
                }
                k += 1;
            }
            return (k > at + 1).then_some(at..k);
        }
        None
    }

    /// Whether token `k` is a speech verb, not a noun spelled like one (`in a tweet`, `his statement`) nor a
    /// passive (`he was told that`, `were also warned`: whoever spoke, it was not the subject).
    pub(super) fn is_speech_verb_at(&self, k: usize) -> bool {
        let word = self.word(k);
        // (Called for every token: the cheap tests first, the sentence read only for a capitalised verb.)
        if !is_speech_verb(word) || (k > 0 && (DETERMINERS.contains(&self.word(k - 1)) || self.makes_a_noun(k - 1))) {
            return false;
        }
        let participle = !word.ends_with("ing") && !word.ends_with('s');
        let be_before = (k.saturating_sub(2)..k)
            .rev()
            .take_while(|&j| j + 1 == k || ADVERBS.contains(&self.word(j + 1)))
            .any(|j| BE_FORMS.contains(&self.word(j)));
        if participle && be_before {
            return false;
        }
        // (`Secretary of State Antony Blinken`, `the United States`: a capital after a name's word makes one more,
        // not a verb; but not in a headline, `AUSTRALIA SAYS …`, `Australia Says Relations Have Healed`.)
        let sentence = self.sentences.get(self.sentence_of[k]).cloned().unwrap_or(k..k + 1);
        let after_a_name_word =
            self.is_capitalised(k) && k > sentence.start && (self.is_capitalised(k - 1) || matches!(self.word(k - 1), "of" | "for"));
        let headline = || {
            sentence.clone().all(|j| {
                let text = self.tokens[j].text;
                text.chars().count() < 4 || !text.chars().all(char::is_alphabetic) || self.is_capitalised(j)
            })
        };
        // (`State news agency Xinhua reported`, `Report: …`: a verb's form opening a sentence, or a line after its
        // dateline, is a noun or an order; `Speaking to reporters, …` opens with a participle.)
        let opens = k == sentence.start || matches!(self.word(k - 1), "—" | "–" | "-" | "--");
        let opening_noun = opens && self.is_capitalised(k) && !word.ends_with("ing");
        !(after_a_name_word || opening_noun) || headline()
    }

    /// Whether the word at `k` makes the verb's form after it a noun (`whose state`, `every claim`,
    /// `Republican-led states`): a possessive or quantifier, or an adjective made with a hyphen and a participle.
    fn makes_a_noun(&self, k: usize) -> bool {
        let word = self.word(k);
        let hyphened =
            word.rsplit_once('-').is_some_and(|(head, tail)| !head.is_empty() && (tail.ends_with("ed") || tail.ends_with("ing")));
        NOUN_MAKERS.contains(&word) || hyphened
    }

    /// Whether the speech verb at `k` is denied (`did not say when`, `would never say`, and the verb joined
    /// to such a one in `would not say why …, or say when`): it reports nothing, though it still ends a
    /// report before it.
    pub(super) fn denied(&self, k: usize) -> bool {
        let negation = |j: usize| matches!(self.word(j), "not" | "n't" | "never");
        let start = self.sentences.get(self.sentence_of[k]).map_or(k, |s| s.start);
        k > 0
            && (negation(k - 1)
                || (matches!(self.word(k - 1), "or" | "nor") && (start..k - 1).any(|j| negation(j) && self.is_speech_verb_at(j + 1))))
    }

    pub(super) fn speaker(&self, mention: Range<usize>) -> Speaker {
        let entity = self.resolve(&mention);
        Speaker { mention, entity }
    }

    /// `said Mattis` / `Mattis said` / `he said` in `range` (tokens outside
    /// quotes), looking first at the verbs nearest the quote.
    pub(super) fn attribution_in(&self, range: Range<usize>, quote_after: bool) -> Option<Speaker> {
        let floor = range.start;
        let verbs: Vec<usize> = range.clone().filter(|&v| !self.in_quote[v] && self.is_speech_verb_at(v)).collect();
        let ordered: Box<dyn Iterator<Item = &usize>> = if quote_after { Box::new(verbs.iter().rev()) } else { Box::new(verbs.iter()) };
        for &v in ordered {
            if is_participle(self.word(v)) {
                if let Some(m) = sentence_subject(self, floor..v, v) {
                    return Some(self.speaker(m));
                }
            }
            if let Some(m) = self.subject_before(v, floor) {
                return Some(self.speaker(m));
            }
            // `told the crowd`: what follows "tell" is whom it was told to.
            if is_tell(self.word(v)) {
                continue;
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
