//! Who a mention is: a name, or for a pronoun, title or description the entity it refers to.

use super::lexicon::{
    is_participle, is_person_noun, is_possessive, is_tell, is_title, DETERMINERS, INDEFINITES, NAMED_NEXT_WITHIN, OFFICIALS, PERSON_NOUNS,
    PREPOSITIONS,
};
use super::{Context, Gender};
use std::ops::Range;

/// How many sentences back `it` may find the body it stands for.
const IT_REACH: usize = 3;

/// Kinds of body that `the` and the kind alone refer to (`the company said`), as `it` does.
const BODY_KINDS: &[&str] =
    &["company", "firm", "group", "agency", "organization", "organisation", "bank", "airline", "carmaker", "automaker"];

/// Kinds of body that a party's or a movement's name comes before (`the ruling ANC party`).
const PARTY_KINDS: &[&str] = &["party", "coalition", "alliance", "movement", "government"];

/// The most marks read back for the entity a pronoun, title or description refers to (a long article names a few hundred).
const MARKS_BACK: usize = 1000;

/// The most marks read back in a sentence for a person its subject (a sentence of news names far fewer).
const SENTENCE_MARKS: usize = 64;

/// The most words of an appositive after a name (`, the finance minister,`) that may give a person's title.
pub(super) const APPOSITIVE_WORDS: usize = 6;

/// The most capitalised words read back from a name for the word before its title (`against President Ali`).
const TITLE_REACH: usize = 6;

impl Context<'_, '_> {
    /// The entity a mention refers to: itself, or for a pronoun or a title the
    /// most recent fitting entity before it.
    pub(super) fn resolve(&self, mention: &Range<usize>) -> Option<usize> {
        if let Some(e) = self.entity_at[mention.start] {
            if self.entities[e].tokens == *mention || self.entities[e].tokens.end == mention.end {
                return Some(e);
            }
        }
        // A person inside the mention names it (`the minister, James Mattis`), but not as a possessor
        // (`Hillary Clinton's campaign chairman`), a modifier (`one Wells Fargo teller`) or whom
        // someone speaks for (`a lawyer for Paul Manafort`).
        let heads = |e: usize| {
            let after = self.entities[e].tokens.end;
            (after >= mention.end || self.is_punct(after) || PREPOSITIONS.contains(&self.word(after)))
                && !self.speaks_for(self.entities[e].tokens.start, mention.start)
        };
        if let Some(e) =
            (mention.start..mention.end).filter_map(|k| self.entity_at[k]).find(|&e| self.entities[e].label == "PER" && heads(e))
        {
            return Some(e);
        }
        // (Not who was told: `Nur told VOA …. The company expects sales to fall, it said` is no VOA's.)
        let told = |start: usize| {
            let at = if start > 1 && self.word(start - 1) == "the" { start - 1 } else { start };
            at > 0 && is_tell(self.word(at - 1))
        };
        // The searches back start at the last mark that starts before the mention (marks are sorted by start) and
        // read at most `MARKS_BACK` marks: an article names far fewer, and a huge text stays linear.
        let earlier = self.entities.partition_point(|x| x.tokens.start < mention.start);
        let back = || (earlier.saturating_sub(MARKS_BACK)..earlier).rev();
        let marks_before = |label: &'static str| {
            back().filter(move |&e| {
                let start = self.entities[e].tokens.start;
                self.entities[e].tokens.end <= mention.start && self.entities[e].label == label && !self.in_quote[start] && !told(start)
            })
        };
        let before = |label: &'static str| marks_before(label).next();
        // `the Italian`, `the Dutchman`: a nationality described is the last person named.
        let nationality = mention.len() == 2
            && !self.word(mention.start + 1).ends_with('s')
            && self.word(mention.start) == "the"
            && self.entity_at[mention.start + 1]
                .is_some_and(|e| self.entities[e].label == "MISC" && self.entities[e].tokens == (mention.start + 1..mention.end));
        if nationality {
            return before("PER");
        }
        // (`Lawyers for the former president` are lawyers: the head comes before a preposition.)
        let head_end = (mention.start + 1..mention.end).find(|&k| PREPOSITIONS.contains(&self.word(k))).unwrap_or(mention.end);
        let head = self.word(head_end - 1);
        // (`The Health Ministry in Gaza`: a body's name that heads the mention names it.)
        let heading_body = self.entity_at[head_end - 1].filter(|&e| {
            let span = &self.entities[e].tokens;
            let determined =
                span.start == mention.start || (span.start == mention.start + 1 && DETERMINERS.contains(&self.word(mention.start)));
            self.entities[e].label == "ORG" && span.end == head_end && head_end < mention.end && determined
        });
        // (`The ruling ANC party`, `Odinga's Azimio coalition`: a body's name right before its kind names it.)
        let kind = BODY_KINDS.contains(&head) || PARTY_KINDS.contains(&head);
        let before_head = self.entity_at[head_end.saturating_sub(2)]
            .filter(|&e| self.entities[e].label == "ORG" && self.entities[e].tokens.end == head_end - 1);
        if heading_body.is_some() || (kind && head_end >= mention.start + 2 && before_head.is_some()) {
            return heading_body.or(before_head);
        }
        // "she" is the last person named whose first name is not a man's (and "he" the reverse), not one
        // someone else speaks for (`Dujarric, spokesman for Antonio Guterres, told reporters. He said`), nor
        // one named in what someone reported (`Nur told VOA the militants fled Sabiid. "…," he said`), if
        // another will do.
        // (`Karman has led protests against President Ali Abdullah Saleh. She told`: nor, if another will do, one
        // named after a preposition, titles and a possessor and all (`set by Ethiopia's Genzebe Dibaba`), after a person
        // its sentence named otherwise, its subject.)
        // (Bounded: titles have a few words, and only the sentence's earlier marks are read.)
        // (Prepositions that take a person acted on or beside, besides those of a phrase's place: `speaking alongside Polish
        // President Andrzej Duda`.)
        const OBJECT_PREPOSITIONS: &[&str] = &["against", "alongside", "beside", "about", "over", "than", "toward", "towards", "among"];
        let after_preposition = |start: usize| {
            let before =
                (start.saturating_sub(TITLE_REACH)..start).rev().find(|&k| !self.is_capitalised(k) && !is_possessive(self.word(k)));
            before.is_some_and(|k| PREPOSITIONS.contains(&self.word(k)) || OBJECT_PREPOSITIONS.contains(&self.word(k)))
        };
        let object = |e: usize| {
            let start = self.entities[e].tokens.start;
            let sentence = self.sentence_of[start];
            after_preposition(start)
                && self.entities[..e]
                    .iter()
                    .rev()
                    .take(SENTENCE_MARKS)
                    .take_while(|x| self.sentence_of[x.tokens.start] == sentence)
                    .any(|x| x.label == "PER" && !after_preposition(x.tokens.start))
        };
        let person = |pronoun: Option<Gender>| {
            let fits = |e: usize, reported: bool, objects: bool| {
                let span = &self.entities[e].tokens;
                span.end <= mention.start
                    && self.entities[e].label == "PER"
                    && !self.in_quote[span.start]
                    && (reported || !self.in_report[span.start])
                    && (objects || !object(e))
                    && !self.mentions_differ(e, pronoun)
                    && !self.speaks_for(span.start, 0)
            };
            let last = |reported: bool, objects: bool| back().find(|&e| fits(e, reported, objects));
            last(false, false).or_else(|| last(false, true)).or_else(|| last(true, true))
        };
        // `it` and `the company` are a body named a few sentences before at most, not any named earlier in the article.
        // (`showed off the phone at the Yerba Buena Center for the Arts. The company said`: a body named as
        // where something happened is no `it` nor `the company`, if another will do.)
        let recent_body = || {
            let sentence = |k: usize| self.sentence_of.get(k).copied().unwrap_or(0);
            let near = |&e: &usize| sentence(mention.start) <= sentence(self.entities[e].tokens.start) + IT_REACH;
            let at_a_place = |&e: &usize| {
                let start = self.entities[e].tokens.start;
                let at = if start > 1 && self.word(start - 1) == "the" { start - 1 } else { start };
                at > 0 && matches!(self.word(at - 1), "at" | "outside" | "inside" | "near")
            };
            let mut bodies = marks_before("ORG").take_while(near);
            let last = bodies.next();
            last.filter(|e| !at_a_place(e)).or_else(|| bodies.find(|e| !at_a_place(e))).or(last)
        };
        match head {
            "he" => person(Some(Gender::Male)),
            "she" => person(Some(Gender::Female)),
            "i" => before("PER"),
            "it" => recent_body(),
            "they" | "we" | "you" => None,
            _ if mention.len() == 1 => None,
            // `a White House spokesman` is someone new, not the spokesman named before.
            _ if INDEFINITES.contains(&self.word(mention.start)) => self.named_next(mention),
            // `Johnson's spokesman` is Johnson's, not the spokesman of someone named before (but `Kenya's
            // president` is a title, as `the Kenyan president` is).
            _ if mention.clone().any(|k| is_possessive(self.word(k))) && !self.owned_by_place(mention) => None,
            _ => {
                // `the secretary`: the last person introduced with that title, before the name, in its
                // mark (`Pope Francis`) or in an appositive after it (`Ali Khan, the finance minister,`).
                let titled = back().find(|&e| {
                    let span = &self.entities[e].tokens;
                    let appositive = if span.end < mention.start && self.word(span.end) == "," {
                        let stop = (span.end + 1..mention.start.min(span.end + 1 + APPOSITIVE_WORDS)).find(|&k| self.is_punct(k));
                        span.end + 1..stop.unwrap_or(span.end + 1)
                    } else {
                        span.end..span.end
                    };
                    self.entities[e].label == "PER"
                        && span.end <= mention.start
                        && (span.start.saturating_sub(5)..span.end).chain(appositive).any(|k| {
                            let word = self.word(k);
                            // (`IMF chief economist Pierre-Olivier Gourinchas` is no chief: the title ends in `economist`;
                            // `the ruling party has chosen Samia Suluhu Hassan`: no title, words other than a title's between.)
                            let heads_title = k >= span.start
                                || (k + 1..span.start).all(|j| {
                                    !is_person_noun(self.word(j))
                                        && (self.is_capitalised(j) || matches!(self.word(j), "of" | "for" | "the"))
                                });
                            // (`"… the interpretation of the church," Garang said`: words quoted are no title, nor
                            // another's name: `the Carter Center said. Carter, 98,` is no center.)
                            let in_other_name = self.entity_at[k].is_some_and(|other| other != e);
                            heads_title && !self.in_quote[k] && !in_other_name && is_title(word, head)
                        })
                });
                titled
                    .or_else(|| {
                        back().find(|&e| {
                            let span = &self.entities[e].tokens;
                            self.entities[e].label == "ORG" && span.end <= mention.start && span.clone().any(|k| self.word(k) == head)
                        })
                    })
                    // (`The company said`, `the Japanese automaker said`, `the Premier League club said`: a kind of
                    // body, alone or after names and capitalised words only, is the body named last.)
                    .or_else(|| {
                        let described = (mention.start + 1..head_end - 1).all(|k| self.is_capitalised(k) || self.entity_at[k].is_some());
                        // (A club too, which a name before it does not name: `the Premier League club` is a league's member.)
                        let body_kind = BODY_KINDS.contains(&head) || head == "club";
                        (self.word(mention.start) == "the" && body_kind && described).then(recent_body).flatten()
                    })
                    // (`The Czech office of Interpol`: a part of a body that no person heads speaks for the body.)
                    .or_else(|| {
                        let last = self.entity_at[mention.end - 1]?;
                        let span = &self.entities[last].tokens;
                        // (The mark starts right after the `of` that ends the head.)
                        let of_body = span.start == head_end + 1 && self.word(head_end) == "of" && span.end == mention.end;
                        (of_body && self.entities[last].label == "ORG" && !self.is_capitalised(head_end - 1) && !is_person_noun(head))
                            .then_some(last)
                    })
                    .or_else(|| self.named_next(mention))
            }
        }
    }

    /// For a description (`The leader of the opposition`) that no earlier
    /// name fits: the person named at the start of the next sentence, as news
    /// leads introduce someone and name them just after.
    pub(super) fn named_next(&self, mention: &Range<usize>) -> Option<usize> {
        let determined = DETERMINERS.contains(&self.word(mention.start)) || self.owned_by_place(mention);
        // (`The U.N. secretary-general says`: a compound's part will do.)
        let head = self.word(mention.end - 1);
        if !head.split('-').any(|part| PERSON_NOUNS.contains(&part)) || !determined {
            return None;
        }
        // A source that asked not to be named is not the person named next.
        let sentence = &self.sentences[self.sentence_of[mention.start]];
        let words: Vec<&str> = sentence.clone().map(|k| self.word(k)).collect();
        if words.iter().any(|w| matches!(*w, "anonymity" | "anonymously" | "unnamed")) || words.windows(3).any(|w| w == ["not", "to", "be"])
        {
            return None;
        }
        let next = self.sentences.get(self.sentence_of[mention.start] + 1)?;
        // (`"…," President William Ruto said.`: a quote that opens the sentence is passed over.)
        let after_quote = self.in_quote[next.start] || self.in_quote.get(next.start + 1).is_some_and(|&q| q);
        let next = (next.start..next.end).find(|&k| !self.in_quote[k] && !self.is_punct(k)).unwrap_or(next.start)..next.end;
        let named = self.entity_at[next.start..next.end.min(next.start + NAMED_NEXT_WITHIN)]
            .iter()
            .flatten()
            .copied()
            // (`Biden's spokeswoman, Karine Jean-Pierre`: the possessor is not the one named.)
            .find(|&e| self.entities[e].label == "PER" && !self.lower.get(self.entities[e].tokens.end).is_some_and(|w| is_possessive(w)))?;
        // `The minister … said …. UN Secretary-General António Guterres called …`: the minister
        // known already is not someone named next with another title (`An official … says. IEBC
        // Commissioner Yusuf Nzibo says` introduces someone new, whatever the title).
        // (`Ruto's running mate, Rigathi Gachagua,`: nor someone the next sentence describes otherwise first.)
        let before_name = next.start..self.entities[named].tokens.start;
        let titles: Vec<&str> = before_name
            .clone()
            .rev()
            .take_while(|&k| self.entity_at[k].is_none() && self.is_capitalised(k))
            .map(|k| self.word(k))
            .collect();
        // (`A spokesperson said: "…" Ms Phillipson is expected to …`: one named next who says nothing is someone else.)
        let speaks = |k: usize| self.is_speech_verb_at(k) || matches!(self.word(k), "spoke" | "speaks" | "speaking");
        if !next.clone().any(|k| !self.in_quote[k] && speaks(k)) {
            return None;
        }
        let definite = !INDEFINITES.contains(&self.word(mention.start));
        let other_title = !titles.is_empty() && !titles.iter().any(|t| is_title(t, head));
        // (`Speaking in Washington, Kristalina Georgieva said`: a participle's phrase first describes no one.)
        let described_first = titles.len() < before_name.len() && !is_participle(self.word(next.start));
        // (`The spokesman said …. "Look," Obama said`: after a quote of their own, only a name with the title is the one described.)
        let untitled_speaker = after_quote && titles.is_empty();
        // (`"…," one protester told VOA. Interior Minister Kithure Kindiki said …`: someone new with
        // another title is an official only when the description was one.)
        let someone_else = !definite && other_title && !OFFICIALS.contains(&head);
        (!(definite && (other_title || described_first || untitled_speaker)) && !someone_else).then_some(named)
    }

    /// Whether a mention opens with a place's possessive (`Kenya's president`), which works as a determiner.
    fn owned_by_place(&self, mention: &Range<usize>) -> bool {
        self.entity_at[mention.start].is_some_and(|e| {
            let end = self.entities[e].tokens.end;
            self.entities[e].label == "LOC"
                && self.entities[e].tokens.start == mention.start
                && end < mention.end
                && is_possessive(self.word(end))
        })
    }

    /// Whether entity `e` is a person of the other gender than `pronoun`
    /// (checked on the fullest mention sharing its last word).
    pub(super) fn mentions_differ(&self, e: usize, pronoun: Option<Gender>) -> bool {
        if pronoun.is_none() {
            return false;
        }
        let gender = self.surname_gender.get(self.tokens[self.entities[e].tokens.end - 1].text);
        gender.is_some_and(|&gender| Some(gender) != pronoun)
    }
}
