//! The subject of a speech verb before it (`Mattis said`, `Hugh Hill, a doctor, said`, `the ministry said`,
//! `An official of Kenya's electoral commission says`).

use super::lexicon::*;
use super::reported::sentence_subject;
use super::resolve::APPOSITIVE_WORDS;
use super::Context;
use std::ops::Range;

/// The most words of a bare subject that opens its sentence with people and
/// a participle describing them (`Officials speaking on condition of anonymity`).
const BARE_SUBJECT_WORDS: usize = 7;

/// The most marks read back in the sentence for the person a relative `who` stands for (a name's appositive holds a few).
const RELATIVE_MARKS: usize = 4;

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
        // `Clint Eastwood, who directed him in "Unforgiven," said`: the comma inside a title's closing mark.
        if end >= floor + 2 && is_quote_mark(self.word(end - 1)) && self.word(end - 2) == "," {
            return self.subject_before_appositive(end - 1, floor);
        }
        // `Maria Cantwell, D-Wash., who chairs …, said`: a lawmaker's party and state set off after the name.
        if end >= floor + 2 && crate::token::is_party_and_state(self.tokens[end - 1].text) && self.word(end - 2) == "," {
            return self.subject_before(end - 2, floor);
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
        // (Nor a comma between the names of a list, `nations including Austria, Denmark and Sweden,`: the
        // list is one phrase, which a comma before it sets off.)
        let lists = |k: usize| {
            let tail = k + 1..end - 1;
            let item = |j: usize| self.entity_at[j].is_some() || matches!(self.word(j), "," | "and" | "or");
            k > floor
                && self.entity_at[k - 1].is_some()
                && tail.clone().all(item)
                && tail.clone().any(|j| matches!(self.word(j), "and" | "or"))
        };
        let separates = |k: usize| self.word(k) == "," && self.entity_at[k].is_none() && !lists(k);
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
                    // (`John Smith, the mayor of Boston, who spoke at the meeting, said`: a person named before an
                    // appositive before the aside is the subject, as before the verb.)
                    let appositive_before = (floor..k).rev().take(APPOSITIVE_WORDS).any(separates);
                    let person = |subject: &Range<usize>| {
                        self.entity_at[subject.start]
                            .is_some_and(|e| self.entities[e].label == "PER" && self.entities[e].tokens == *subject)
                    };
                    let named = appositive_before.then(|| self.subject_before_appositive(k + 1, floor)).flatten().filter(person);
                    return named.or_else(|| self.subject_before(k, floor));
                }
                let segment = if separates(k) { k + 1 } else { k }..end - 1;
                // (Not `an analyst for Kalf Voorhis`, `spokesman for Secretary-General Antonio Guterres`: a name
                // after a preposition is not the appositive's.)
                let after_preposition =
                    |e: usize| (segment.start..self.entities[e].tokens.start).any(|j| PREPOSITIONS.contains(&self.word(j)));
                // (Nor `Redwan Hussien, Abiy's national security adviser,`: the possessor is not the appositive's.)
                // (Nor `Fabio Wajngarten, a Bolsonaro aide,`: a name before a word for someone says whom that one serves.)
                let possessor = |e: usize| {
                    let after = self.entities[e].tokens.end;
                    after < end && (is_possessive(self.word(after)) || is_person_noun(self.word(after)))
                };
                let person = segment
                    .clone()
                    .filter_map(|j| self.entity_at[j])
                    .find(|&e| self.entities[e].label == "PER" && !after_preposition(e) && !possessor(e));
                if let Some(e) = person {
                    return Some(self.entities[e].tokens.clone());
                }
                // A description opens the sentence before the appositive (`South Korea's spy agency`: or a possessor).
                let possessor_opens = self.entity_at[floor]
                    .is_some_and(|e| self.entities[e].tokens.end < k && is_possessive(self.word(self.entities[e].tokens.end)));
                let described = separates(k) && k > floor && (DETERMINERS.contains(&self.word(floor)) || possessor_opens);
                // `The U.N. refugee agency, UNHCR, said`: a body's name set off after its description
                // (not `a spokesperson for the utility, PG&E, told`, where the person speaks).
                let body = described && !(floor..k).any(|j| is_person_noun(self.word(j)));
                let named_body = segment.clone().filter_map(|j| self.entity_at[j]).next().filter(|&e| {
                    // (`, the National Intelligence Service,`: with its article.)
                    let name = &self.entities[e].tokens;
                    let article = name.start == segment.start + 1 && DETERMINERS.contains(&self.word(segment.start));
                    body && (name.start == segment.start || article) && name.end == segment.end && self.entities[e].label == "ORG"
                });
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
                        let phrase = self.subject_ending_in_name(e, before, floor);
                        // (`Sunita Bose, managing director of the Digital Industry Group, an industry body, said`: a
                        // description set off after a comma is itself an appositive, to the subject before it.)
                        let set_off =
                            phrase.as_ref().filter(|p| p.start > floor && separates(p.start - 1) && !self.is_capitalised(p.start));
                        return set_off.and_then(|p| self.subject_before(p.start - 1, floor)).or(phrase);
                    }
                }
                // `Maria Lopez, 45, a nurse at the hospital, said`: appositives in a row (an age, a description).
                // (`Bayrou, 73, leader of the MoDem party, said`: a post without its article, as with one.)
                let post = !self.is_capitalised(k + 1) && segment.clone().any(|j| is_person_noun(self.word(j)));
                let appositive = opener.chars().all(|c| c.is_ascii_digit()) || DETERMINERS.contains(&opener) || post;
                if separates(k) && k > floor && appositive {
                    if let Some(subject) = self.subject_before(k + 1, floor) {
                        return Some(subject);
                    }
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
        let whole = opens < first && first - opens <= 8 && stop.is_none_or(|k| self.word(k) == ",");
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
                // (`said Kyaw Win, a student in Yangon, who asked`: `who` is the person, not the place a phrase of theirs names.)
                let sentence = self.sentence_of[comma];
                let person = (self.word(k) == "who" && self.entities[e].label != "PER")
                    .then(|| {
                        self.entities[..e]
                            .iter()
                            .rev()
                            .take(RELATIVE_MARKS)
                            .take_while(|x| self.sentence_of[x.tokens.start] == sentence)
                            .find(|x| x.label == "PER")
                    })
                    .flatten();
                return Some(person.map_or(&self.entities[e].tokens, |x| &x.tokens).clone());
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
        // (`Residents reached by phone said`, `Officials speaking on condition of anonymity said`: people a
        // participle describes.)
        let described_people = k + 1 < end && {
            let people = self.word(k).to_lowercase();
            let participle = self.word(k + 1);
            ["es", "s"].iter().any(|plural| people.strip_suffix(plural).is_some_and(is_person_noun))
                && (is_participle(participle) || participle.ends_with("ed"))
        };
        let most = if described_people { BARE_SUBJECT_WORDS } else { 3 };
        (opens && k < end && end - k <= most && !CLAUSE_OPENERS.contains(&self.word(k))).then_some(k..end)
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
}
