//! A person's gender as the evidence gives it: what the user set, then the
//! article (honorifics, pronouns that refer to them), then first-name
//! statistics; otherwise unknown. Each estimate says where it came from.

use super::Speaker;
use crate::document::Document;
use crate::names::{fullest_names, Gender};
use crate::sentence::sentences;
use crate::token::tokenize;
use serde::Serialize;
use std::collections::HashMap;

/// Where a gender estimate comes from, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// The person annotating set it.
    User,
    /// Mr, Ms, Mrs… before the name, or a title or family word that only
    /// one sex bears next to it (`spokeswoman Jen Psaki`, `his son Hunter`,
    /// `Ann Lee, the firm's chairwoman`).
    Honorific,
    /// Pronouns that refer to the person (`…, she said`; `his remarks`).
    Pronoun,
    /// The first name, given to one sex at least 95 % of the time.
    FirstName,
    /// No evidence: the gender is unknown.
    None,
}

impl Basis {
    /// Its name in files and in the page's data: `user`, `honorific`, `pronoun`, `first-name`, `none`.
    pub fn name(self) -> &'static str {
        match self {
            Basis::User => "user",
            Basis::Honorific => "honorific",
            Basis::Pronoun => "pronoun",
            Basis::FirstName => "first-name",
            Basis::None => "none",
        }
    }
}

/// The evidence about one person, added up over their mentions (and over documents).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Votes {
    /// What the user set (`Some(None)`: set to unknown on purpose).
    pub user: Option<Option<Gender>>,
    /// Honorifics before their name: [female, male].
    pub honorific: [u32; 2],
    /// Pronouns that refer to them: [female, male].
    pub pronoun: [u32; 2],
}

impl Votes {
    /// Both sets of evidence.
    pub fn add(&mut self, other: &Votes) {
        self.user = self.user.or(other.user);
        for k in 0..2 {
            self.honorific[k] += other.honorific[k];
            self.pronoun[k] += other.pronoun[k];
        }
    }

    /// The estimate for a person called `name`: the strongest evidence that
    /// points one way (a tie at one level leaves it to the next), the first
    /// name last.
    ///
    /// ```
    /// use newsmark_engine::{names::Gender, sources::{Basis, Votes}};
    /// let none = |_: &str| None;
    /// assert_eq!(Votes { pronoun: [2, 1], ..Default::default() }.decide("Alex Morgan", &none), (Some(Gender::Female), Basis::Pronoun));
    /// assert_eq!(Votes { honorific: [1, 1], ..Default::default() }.decide("Alex Morgan", &none), (None, Basis::None));
    /// ```
    pub fn decide(&self, name: &str, name_gender: &dyn Fn(&str) -> Option<Gender>) -> (Option<Gender>, Basis) {
        if let Some(user) = self.user {
            return (user, Basis::User);
        }
        for (counts, basis) in [(self.honorific, Basis::Honorific), (self.pronoun, Basis::Pronoun)] {
            if counts[0] != counts[1] {
                return (Some(if counts[0] > counts[1] { Gender::Female } else { Gender::Male }), basis);
            }
        }
        match first_name(name).and_then(name_gender) {
            Some(gender) => (Some(gender), Basis::FirstName),
            None => (None, Basis::None),
        }
    }
}

/// The first name of a full name: its first word when there are at least two
/// (a name alone may be a surname), skipping honorifics; not an initial.
fn first_name(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().filter(|w| honorific(w).is_none()).collect();
    (words.len() >= 2 && words[0].trim_end_matches('.').chars().count() > 1).then(|| words[0])
}

/// The gender an honorific gives.
pub(super) fn honorific(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.').to_lowercase().as_str() {
        "ms" | "mrs" | "miss" | "mme" | "madame" | "madam" | "mlle" | "dame" | "lady" | "frau" | "señora" | "senora" | "signora" => {
            Some(Gender::Female)
        }
        "mr" | "sir" | "lord" | "herr" | "señor" | "senor" | "signor" | "monsieur" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender of a title or family word that only one sex bears
/// (`spokeswoman`, `Queen`, `wife`). Words used for both (`actor`,
/// `chair`, `Count`) are not here.
fn gendered_title(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "spokeswoman" | "chairwoman" | "congresswoman" | "councilwoman" | "assemblywoman" | "businesswoman" | "policewoman"
        | "sportswoman" | "stateswoman" | "anchorwoman" | "actress" | "heiress" | "queen" | "princess" | "duchess" | "countess"
        | "baroness" | "empress" | "wife" | "widow" | "mother" | "grandmother" | "daughter" | "sister" | "niece" | "aunt"
        | "girlfriend" | "bride" => Some(Gender::Female),
        "spokesman" | "chairman" | "congressman" | "councilman" | "assemblyman" | "businessman" | "policeman" | "sportsman"
        | "statesman" | "anchorman" | "king" | "prince" | "duke" | "baron" | "emperor" | "husband" | "widower" | "father"
        | "grandfather" | "son" | "brother" | "nephew" | "uncle" | "boyfriend" | "groom" => Some(Gender::Male),
        _ => None,
    }
}

/// Words after which a title in an appositive may be someone else's
/// (`Ann Lee, whose husband …`, `Ann Lee, and her brother …`).
const OTHER_PERSON_AFTER: [&str; 7] = ["who", "whose", "which", "and", "or", "with", "than"];

/// How far into an appositive (`Ann Lee, the firm's new chairwoman,`) a title is looked for.
const APPOSITIVE_REACH: usize = 6;

/// The gender a title beside the person's mark gives (tokens `first..end`
/// of `tokens`): the mark's first word, the word before it (after a comma:
/// `his wife, Jill Biden`), or a word of the appositive after it that
/// nothing before it in the appositive hands to someone else. A title
/// followed by `'s` is someone else's (`Ann Lee, the king's adviser`).
fn title_beside(tokens: &[crate::token::Token<'_>], first: usize, end: usize) -> Option<Gender> {
    let text = |k: usize| tokens.get(k).map(|t| t.text);
    let title_at = |k: usize| match text(k + 1) {
        Some("'s" | "’s") => None,
        _ => text(k).and_then(gendered_title),
    };
    let before = match first.checked_sub(1) {
        Some(comma) if text(comma) == Some(",") => comma.checked_sub(1),
        at => at,
    };
    let appositive = || {
        (text(end) == Some(","))
            .then_some(end + 1..(end + 1 + APPOSITIVE_REACH).min(tokens.len()))
            .into_iter()
            .flatten()
            .take_while(|&k| {
                !matches!(tokens[k].text, "," | "." | ";" | ":") && !OTHER_PERSON_AFTER.contains(&tokens[k].text.to_lowercase().as_str())
            })
            .find_map(title_at)
    };
    title_at(first).or_else(|| before.and_then(title_at)).or_else(appositive)
}

/// The gender a third-person pronoun gives.
fn pronoun(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        _ => None,
    }
}

/// How many sentences back a pronoun may look for its person (the next
/// paragraph's first sentences still speak of the last person named).
const PRONOUN_REACH: usize = 2;

/// The article's evidence for each person among `speakers` (by index; other
/// kinds get none). A pronoun outside quotation marks refers to the last
/// person named before it, at most [`PRONOUN_REACH`] sentences back, unless
/// another person was named since the start of that person's sentence (then
/// it is anyone's guess and counts for nobody).
///
/// ```
/// use newsmark_engine::{sources::{speakers, Votes}, Annotator};
/// let doc = Annotator::shipped().unwrap().annotate("Robin Kowalski spoke on Monday. \"We will win,\" she said.").unwrap();
/// let votes = newsmark_engine::sources::article_votes(&doc, &speakers(&doc));
/// assert_eq!(votes[0].pronoun, [1, 0]);
/// ```
pub fn article_votes(doc: &Document, speakers: &[Speaker]) -> Vec<Votes> {
    let mut votes = vec![Votes::default(); speakers.len()];
    let person_index: HashMap<String, usize> = speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == super::Kind::Person)
        .map(|(i, s)| (super::same_source_key(s.kind, &s.name), i))
        .collect();
    for note in &doc.sources {
        if let Some(&i) = person_index.get(&super::same_source_key(super::Kind::Person, &note.name)) {
            votes[i].user.get_or_insert(note.gender);
        }
    }
    if person_index.is_empty() {
        return votes;
    }
    let names = fullest_names(&doc.entities);
    let tokens = tokenize(&doc.text);
    let sentence_of = {
        let mut of = vec![0; tokens.len()];
        for (n, s) in sentences(&tokens).iter().enumerate() {
            of[s.tokens.clone()].fill(n);
        }
        of
    };
    let token_at = |offset: usize| tokens.partition_point(|t| t.end <= offset);
    let mut in_quote = vec![false; tokens.len()];
    for q in doc.quotes.iter().filter(|q| q.kind == crate::document::QuoteKind::Direct) {
        for flag in &mut in_quote[token_at(q.start)..token_at(q.end)] {
            *flag = true;
        }
    }
    // People named, as (first token, person index or None for a person not quoted).
    let mut named: Vec<(usize, Option<usize>)> = Vec::new();
    for (e, name) in doc.entities.iter().zip(&names).filter(|(e, _)| e.label == "PER") {
        let first = token_at(e.start);
        let person = person_index.get(&super::same_source_key(super::Kind::Person, &super::person_name(name))).copied();
        if let Some(person) = person {
            let before = first.checked_sub(1).map(|k| tokens[k].text);
            let within = e.text.split_whitespace().next();
            let end = token_at(e.end);
            if let Some(gender) =
                before.and_then(honorific).or_else(|| within.and_then(honorific)).or_else(|| title_beside(&tokens, first, end))
            {
                votes[person].honorific[(gender == Gender::Male) as usize] += 1;
            }
        }
        if first < tokens.len() && !in_quote[first] {
            named.push((first, person));
        }
    }
    let mut next = 0;
    let mut last: Option<(usize, Option<usize>)> = None;
    let mut others_since = false;
    for (k, token) in tokens.iter().enumerate() {
        while next < named.len() && named[next].0 <= k {
            let (at, person) = named[next];
            let same = last.is_some_and(|(_, p)| p.is_some() && p == person);
            // Another person in the same sentence makes a following pronoun ambiguous.
            others_since = !same && last.is_some_and(|(was, _)| sentence_of[was] == sentence_of[at]);
            last = Some((at, person));
            next += 1;
        }
        let Some(gender) = pronoun(token.text) else { continue };
        if let Some((at, Some(person))) = last {
            if !in_quote[k] && !others_since && sentence_of[k].saturating_sub(sentence_of[at]) <= PRONOUN_REACH {
                votes[person].pronoun[(gender == Gender::Male) as usize] += 1;
            }
        }
    }
    votes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_skip_honorifics_initials_and_lone_names() {
        for (name, first) in
            [("Angela Merkel", Some("Angela")), ("Ms. Angela Merkel", Some("Angela")), ("Merkel", None), ("J. Smith", None)]
        {
            assert_eq!(first_name(name), first, "{name}");
        }
    }
}
