//! Attributions: the subject of a speech verb before or after it (`Mattis said`, `said the minister`).

use super::lexicon::*;
use super::reported::sentence_subject;
use super::{Context, Speaker};
use std::ops::Range;

impl Context<'_, '_> {
    /// The subject mention that ends just before token `verb` (`Mattis said`,
    /// `Hugh Hill, a doctor, said`, `he said`, `the ministry said`).
    pub(super) fn subject_before(&self, verb: usize, floor: usize) -> Option<Range<usize>> {
        let end = self.past_adverbs(verb, floor);
        if end == floor || self.in_quote[end - 1] {
            return None;
        }
        if self.word(end - 1) == ")" {
            // `the Commission (IEBC) says`: the phrase before the parenthesis.
            if let Some(open) = (floor..end - 1).rev().find(|&k| self.word(k) == "(") {
                return self.subject_before(open, floor);
            }
        }
        if matches!(self.word(end - 1), "—" | "–" | "--") {
            // `The senator — who has served since 1993 — said`: the phrase before the aside.
            if let Some(open) = (floor..end - 1).rev().find(|&k| self.word(k) == self.word(end - 1)) {
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
            return self.subject_before_appositive(end, floor);
        }
        if let Some(e) = self.entity_at[end - 1] {
            return self.subject_ending_in_name(e, end, floor);
        }
        if PRONOUNS.contains(&self.word(end - 1)) {
            return Some(end - 1..end);
        }
        self.noun_phrase_before(end, floor)
    }

    /// Where a subject ends before token `verb`: adverbs and a time phrase
    /// (`Dnevi Avaz … on Monday said`) stand between a subject and its verb.
    pub(super) fn past_adverbs(&self, verb: usize, floor: usize) -> usize {
        let mut end = verb;
        loop {
            if end > floor && ADVERBS.contains(&self.word(end - 1)) {
                end -= 1;
            } else if end >= floor + 2
                && ((is_day(self.word(end - 1)) && matches!(self.word(end - 2), "on" | "last" | "this"))
                    || (MONTHS.contains(&self.word(end - 1)) && self.word(end - 2) == "in"))
            {
                end -= 2;
            } else {
                break;
            }
        }
        end
    }

    /// The subject before an appositive that ends at the comma before token
    /// `end`: `NAME , a doctor , said` or `a leader , NAME of X , said`. (A
    /// comma inside a name, `Kalf, Voorhis & Co.`, sets nothing off.)
    fn subject_before_appositive(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        let separates = |k: usize| self.word(k) == "," && self.entity_at[k].is_none();
        let mut k = end - 1;
        while k > floor && end - k < 16 {
            k -= 1;
            if separates(k) || k == floor {
                // `The minister, who spoke on condition of anonymity, said`;
                // `Putin, speaking in Moscow, said`: a participle clause, too.
                // (`The report, published by the institute on Monday, said`: a past participle too.)
                let opener = self.word(k + 1);
                // (`Shaheed` or `Sayed` opening a name is no participle.)
                let participle = !self.is_capitalised(k + 1) && opener.len() > 4 && (is_participle(opener) || opener.ends_with("ed"))
                    || matches!(opener, "led" | "known" | "written" | "held" | "run" | "seen" | "made" | "given");
                // (`Sotomayor, in a dissent joined by Justice Elena Kagan, wrote`: an aside that opens with a preposition.)
                let aside = PREPOSITIONS.contains(&opener);
                if separates(k) && (matches!(self.word(k + 1), "who" | "whose" | "which") || participle || aside) {
                    return self.subject_before(k, floor);
                }
                let segment = if separates(k) { k + 1 } else { k }..end - 1;
                // (Not `an analyst for Kalf Voorhis`, `spokesman for Secretary-General Antonio Guterres`: a name
                // after a preposition is not the appositive's.)
                let after_preposition =
                    |e: usize| (segment.start..self.entities[e].tokens.start).any(|j| PREPOSITIONS.contains(&self.word(j)));
                // (Nor `Redwan Hussien, Abiy's national security adviser,`: the possessor is not the appositive's.)
                let possessor = |e: usize| self.entities[e].tokens.end < end && is_possessive(self.word(self.entities[e].tokens.end));
                let person = segment
                    .clone()
                    .filter_map(|j| self.entity_at[j])
                    .find(|&e| self.entities[e].label == "PER" && !after_preposition(e) && !possessor(e));
                if let Some(e) = person {
                    return Some(self.entities[e].tokens.clone());
                }
                // A description opens the sentence before the appositive.
                let described = separates(k) && k > floor && DETERMINERS.contains(&self.word(floor));
                // `The U.N. refugee agency, UNHCR, said`: a body's name set off after its description
                // (not `a spokesperson for the utility, PG&E, told`, where the person speaks).
                let body = described && !(floor..k).any(|j| is_person_noun(self.word(j)));
                let named_body = segment
                    .clone()
                    .filter_map(|j| self.entity_at[j])
                    .next()
                    .filter(|&e| body && self.entities[e].tokens == segment && self.entities[e].label == "ORG");
                if let Some(e) = named_body {
                    return Some(self.entities[e].tokens.clone());
                }
                // `Biden, 74, told`: capitalised words opening the sentence before the appositive.
                if separates(k) {
                    let opening = (floor..k).all(|j| self.is_capitalised(j) && self.entity_at[j].is_none());
                    if opening
                        && (1..=3).contains(&(k - floor))
                        && !DETERMINERS.contains(&self.word(floor))
                        && !CLAUSE_OPENERS.contains(&self.word(floor))
                    {
                        return Some(floor..k);
                    }
                }
                let before = if separates(k) { k } else { k + 1 };
                if let Some(e) = before.checked_sub(1).and_then(|b| self.entity_at[b]) {
                    if self.entities[e].tokens.end == before {
                        // (`Jack Reed of Rhode Island, a Democrat, said`: the name's phrase, as before a verb.)
                        return self.subject_ending_in_name(e, before, floor);
                    }
                }
                // `Maria Lopez, 45, a nurse at the hospital, said`: appositives in a row (an age, a description).
                let appositive = opener.chars().all(|c| c.is_ascii_digit()) || DETERMINERS.contains(&opener);
                if separates(k) && k > floor && appositive {
                    return self.subject_before(k + 1, floor);
                }
                // `a spokesperson for the utility, Pacific Gas and Electric, told`: an appositive naming
                // no person after a description leaves the description the subject.
                if described {
                    return self.subject_before(k, floor);
                }
                // `The senator, a Democrat from Massachusetts, said`, `The company, a unit of Siemens, said`: a
                // short description opening the sentence before its appositive.
                let opening_description = !separates(k) && end - 1 - floor <= 4 && DETERMINERS.contains(&self.word(floor));
                let head = &self.tokens[end - 2].text;
                if opening_description && end - 2 > floor && head.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) {
                    return Some(floor..end - 1);
                }
                break;
            }
        }
        None
    }

    /// The subject when a name (entity `e`) ends just before token `end`:
    /// the name, or the phrase it ends (`Officials in Kabul`, `A lawyer for Paul Manafort`).
    fn subject_ending_in_name(&self, e: usize, end: usize, floor: usize) -> Option<Range<usize>> {
        let span = &self.entities[e].tokens;
        // (`Officials in Britain, France and Germany said`: names in a list, the first after the preposition.)
        let mut first = span.start;
        while first >= floor + 2 && matches!(self.word(first - 1), "and" | "or" | ",") {
            match self.entity_at[first - 2] {
                Some(listed) if self.entities[listed].tokens.end == first - 1 => first = self.entities[listed].tokens.start,
                _ => break,
            }
        }
        // (`of the University of Malawi`: a determiner may come between.)
        let before_name = (floor..first).rev().find(|&k| !DETERMINERS.contains(&self.word(k)));
        let after_preposition = before_name.is_some_and(|k| PREPOSITIONS.contains(&self.word(k)));
        let spoken_for = self.speaks_for(span.start, floor);
        if (self.entities[e].label == "PER" && !spoken_for) || (self.entities[e].label == "ORG" && !after_preposition) {
            return Some(span.clone());
        }
        // `Kim Savage at News Talk Zed Bee in Auckland told`: the head of the phrase.
        let head = (floor..span.start).filter_map(|j| self.entity_at[j]).find(|&h| {
            let t = &self.entities[h].tokens;
            self.entities[h].label == "PER"
                && (t.start == floor || !PREPOSITIONS.contains(&self.word(t.start - 1)))
                && PREPOSITIONS.contains(&self.word(t.end))
        });
        if let Some(h) = head {
            return Some(self.entities[h].tokens.clone());
        }
        // `the Italian said`: a nationality with its article describes a person (`the Serbs`, a people).
        let one = span.len() == 1 && !self.word(span.start).ends_with('s');
        if self.entities[e].label == "MISC" && one && span.start > floor && span.end == end && self.word(span.start - 1) == "the" {
            return Some(span.start - 1..end);
        }
        // `One Wells Fargo teller in Texas said`, `Officials in Kabul said`: a phrase that opens the
        // sentence and ends in a place or organisation after a preposition is the subject as a whole.
        // (`A lawyer for Paul Manafort said`: so is a phrase of someone speaking for a person.)
        // (`…, but observers from the African Union said`: the phrase may open a clause after a comma.)
        let stop = (floor..first).rev().find(|&k| self.is_punct(k) || self.in_quote[k]);
        let opens = match stop {
            Some(k) if k + 1 < first => self.past_conjunction(k + 1),
            _ => stop.map_or(floor, |k| k + 1),
        };
        let whole = first - opens <= 8 && opens < first && stop.is_none_or(|k| self.word(k) == ",");
        Some(if (after_preposition || spoken_for) && whole && !CLAUSE_OPENERS.contains(&self.word(opens)) {
            opens..end
        } else {
            span.clone()
        })
    }

    /// A noun phrase before token `end` as the subject: back to its determiner
    /// (`the US Secretary of Defense`), its possessor, or a bare phrase that opens the sentence.
    fn noun_phrase_before(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        // A noun phrase back to its determiner: `the US Secretary of Defense`; a determiner
        // after a preposition opens the phrase's complement (`Officials familiar with the
        // matter`, `Reporters at the briefing`): the phrase goes back to its own start.
        // (`The cause was not known but officials said`: `but` opens a clause, as punctuation does, but for a
        // plural's possessive mark, `a doctors' group said`.)
        let plural_possessive = |j: usize| {
            is_possessive(self.word(j)) && j > 0 && self.tokens[j - 1].end == self.tokens[j].start && self.word(j - 1).ends_with('s')
        };
        let opens_clause = |j: usize| (self.is_punct(j) && !plural_possessive(j)) || self.in_quote[j] || self.word(j) == "but";
        let mut k = end;
        while k > floor && end - k < 7 && !opens_clause(k - 1) {
            k -= 1;
            // `Hillary Clinton's campaign chairman said`: the possessor opens the phrase.
            if is_possessive(self.word(k)) {
                if let Some(owner) = k.checked_sub(1).and_then(|o| self.entity_at[o]).filter(|&o| self.entities[o].tokens.end == k) {
                    return (k + 1 < end).then_some(self.entities[owner].tokens.start..end);
                }
            }
            if DETERMINERS.contains(&self.word(k)) {
                let complement = k > floor && (matches!(self.word(k - 1), "with" | "about") || PREPOSITIONS.contains(&self.word(k - 1)));
                if !complement {
                    return (k + 1 < end).then_some(k..end);
                }
                let mut start = k - 1;
                while start > floor && end - start < 10 && !opens_clause(start - 1) {
                    start -= 1;
                }
                let opens_phrase = start == floor || opens_clause(start - 1);
                // (`…, but a person familiar with the matter said`: the conjunction opens a clause of its own.)
                if opens_phrase {
                    start = self.past_conjunction(start);
                }
                return (opens_phrase && start + 1 < k && !CLAUSE_OPENERS.contains(&self.word(start))).then_some(start..end);
            }
        }
        // Bare plural or capitalised noun phrase at the start of the sentence: `Analysts say`; or
        // after an opening phrase and its comma: `On Monday, police said`.
        // (`Prices rose, and analysts said`: the conjunction opens a clause of its own; so does `the law, which critics say`.)
        let opens = k == floor || matches!(self.word(k - 1), "," | "but");
        // `other analysts, who warned`, `The military government, which in May said`: the relative pronoun
        // stands for the words before its comma.
        if opens && k > floor && k + 1 == end && matches!(self.word(k), "who" | "which") {
            let comma = k - 1;
            if let Some(e) = comma.checked_sub(1).and_then(|b| self.entity_at[b]).filter(|&e| self.entities[e].tokens.end == comma) {
                return Some(self.entities[e].tokens.clone());
            }
            let start = (floor.max(comma.saturating_sub(3))..comma)
                .rev()
                .take_while(|&j| {
                    let w = self.word(j);
                    !self.is_punct(j) && !PREPOSITIONS.contains(&w) && !DETERMINERS.contains(&w) && w.chars().all(char::is_alphabetic)
                })
                .last()?;
            let start = if start > floor && DETERMINERS.contains(&self.word(start - 1)) { start - 1 } else { start };
            return Some(start..comma);
        }
        let k = if opens && k + 1 < end && matches!(self.word(k), "and" | "but" | "which") { k + 1 } else { k };
        (opens && k < end && end - k <= 3 && !CLAUSE_OPENERS.contains(&self.word(k))).then_some(k..end)
    }

    /// The token after `k` when `k` is a conjunction that opens a clause (`and`, `but`), else `k`.
    fn past_conjunction(&self, k: usize) -> usize {
        if matches!(self.word(k), "and" | "but") {
            k + 1
        } else {
            k
        }
    }

    /// `An official of Kenya's electoral commission says`: a sentence that opens
    /// with a determiner, a person noun and `of`, up to the verb, has the
    /// description as its subject, not the organisation after `of`.
    pub(super) fn opening_description(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        let of = (floor + 2..(floor + 4).min(end)).find(|&k| self.word(k) == "of")?;
        let opens = DETERMINERS.contains(&self.word(floor)) && PERSON_NOUNS.contains(&self.word(of - 1));
        // `The Secretary of Defense James Mattis said`: the name is the subject.
        let unnamed = |k: usize| self.entity_at[k].is_none_or(|e| self.entities[e].label != "PER");
        let one_clause = (of..end).all(|k| !self.in_quote[k] && !is_speech_verb(self.word(k)) && self.word(k) != "," && unnamed(k));
        (opens && one_clause).then_some(floor..of)
    }

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
        let at = verb + 1;
        if at >= limit {
            return at;
        }
        if let Some(e) = self.entity_at[at].filter(|&e| self.entities[e].tokens.start == at) {
            return self.entities[e].tokens.end.min(limit);
        }
        if DETERMINERS.contains(&self.word(at)) {
            let phrase = (at + 1..limit.min(at + 5)).take_while(|&k| !self.is_punct(k) && !is_tail_word(self.word(k))).count();
            return at + 1 + phrase;
        }
        if matches!(self.word(at), "him" | "her" | "them" | "us" | "me" | "you") || self.word(at).ends_with('s') {
            return at + 1;
        }
        at
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
            // `according to Japan's National Police Agency`: the possessor is not the source, when what it
            // owns is a name or a phrase (not `said Sumitomo's Note`, a name the tagger missed).
            let owned = self.entities[e].tokens.end;
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
            if matches!(self.word(v), "tell" | "tells" | "told") {
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
