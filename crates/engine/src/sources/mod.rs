//! The source tracker: who is quoted, in one document (the Sources panel) and
//! across many (the app's Sources view and `newsmark sources`), with each
//! person's gender estimated from the article and from first-name statistics.

mod csv;
mod gender;
mod tally;

pub use csv::to_csv;
pub use gender::{article_votes, Basis, Votes};
pub use tally::{tally, Appearance, Count, Row, Tally, Totals};

use crate::document::{Document, Entity, SourceNote};
use crate::names::fullest_names;
use crate::names::Gender;
use serde::Serialize;
use std::collections::HashMap;

/// Who a quote is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person marked in the article.
    Person,
    /// Another mark: an organisation, a country, a team.
    Organisation,
    /// A phrase that is not a name: "a senior official", "analysts".
    Unnamed,
    /// Nobody (or only a pronoun nobody could be found for).
    Unattributed,
}

impl Kind {
    /// Every kind, in the order lists show them.
    pub const ALL: [Kind; 4] = [Kind::Person, Kind::Organisation, Kind::Unnamed, Kind::Unattributed];

    /// Its name in files and in the page's data: `person`, `organisation`, `unnamed`, `unattributed`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Unnamed => "unnamed",
            Kind::Unattributed => "unattributed",
        }
    }
}

/// One speaker of one document: its kind, its name (the fullest name of its
/// mark, or its phrase) and its quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Person, organisation, unnamed source or nobody.
    pub kind: Kind,
    /// The fullest name, the phrase, or `Not attributed`.
    pub name: String,
    /// Indices into the document's quotes, in text order.
    pub quotes: Vec<usize>,
}

/// Words that name nobody by themselves: a quote attributed only to one of
/// these, with no mark behind it, is not attributed.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "one"];

/// The speakers of a document, by kind and then by number of quotes (ties in
/// text order). The same speaker is one entry: a mark by its fullest name
/// (`Mattis` joins `James Mattis`), a phrase without regard to case or a
/// leading article (`a senior official`, `the senior official`).
///
/// ```
/// let doc = newsmark_engine::Annotator::shipped().unwrap()
///     .annotate("\"We are ready,\" said James Mattis. \"Soon,\" Mattis added. \"No,\" a senior official said.").unwrap();
/// let speakers = newsmark_engine::sources::speakers(&doc);
/// let found: Vec<(&str, &str, usize)> = speakers.iter().map(|s| (s.kind.name(), s.name.as_str(), s.quotes.len())).collect();
/// assert_eq!(found, [("person", "James Mattis", 2), ("unnamed", "a senior official", 1)]);
/// ```
pub fn speakers(doc: &Document) -> Vec<Speaker> {
    let marks = Marks::of(doc);
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut by_key: HashMap<(Kind, String), usize> = HashMap::new();
    for (i, q) in doc.quotes.iter().enumerate() {
        // A mark; else a name the document has a mark for (a gold file's quote whose
        // speaker is a pronoun, with the name beside it); else a phrase.
        let mark =
            q.speaker.as_deref().and_then(|id| marks.by_id.get(id)).map(|(e, name)| (e.label.as_str(), name.clone())).or_else(|| {
                let name = q.speaker_name.as_deref()?;
                marks.by_name.get(&name.to_lowercase()).map(|label| (*label, name.to_string()))
            });
        let phrase = q.speaker_name.as_deref().or(q.speaker_mention.as_ref().map(|m| m.text.as_str())).map(str::trim);
        let (kind, name) = match (mark, phrase) {
            (Some(("PER", fullest)), _) => (Kind::Person, person_name(&fullest)),
            (Some((_, fullest)), _) => (Kind::Organisation, fullest),
            (None, Some(phrase)) if !phrase.is_empty() && !PRONOUNS.contains(&phrase.to_lowercase().as_str()) => {
                (Kind::Unnamed, phrase.to_string())
            }
            _ => (Kind::Unattributed, "Not attributed".to_string()),
        };
        let at = *by_key.entry((kind, same_source_key(kind, &name))).or_insert_with(|| {
            speakers.push(Speaker { kind, name, quotes: Vec::new() });
            speakers.len() - 1
        });
        speakers[at].quotes.push(i);
    }
    // Stable: equal counts keep text order.
    crate::sort::sort_by_key(&mut speakers, |s| (s.kind, std::cmp::Reverse(s.quotes.len())));
    speakers
}

/// The marks that speak, by id, with their fullest names; and the label of
/// each fullest name (lower-cased). Computed once: a 5 MB article has a
/// hundred thousand marks and thousands of quotes.
#[derive(Default)]
struct Marks<'a> {
    by_id: HashMap<&'a str, (&'a Entity, String)>,
    by_name: HashMap<String, &'a str>,
}

impl<'a> Marks<'a> {
    fn of(doc: &'a Document) -> Self {
        let speaking: std::collections::HashSet<&str> = doc.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        if speaking.is_empty() && doc.quotes.iter().all(|q| q.speaker_name.is_none()) {
            return Marks::default();
        }
        let names = fullest_names(&doc.entities);
        let by_name = doc.entities.iter().zip(&names).map(|(e, name)| (name.to_lowercase(), e.label.as_str())).collect();
        let by_id = doc
            .entities
            .iter()
            .zip(names)
            .filter(|(e, _)| speaking.contains(e.id.as_str()))
            .map(|(e, name)| (e.id.as_str(), (e, name)))
            .collect();
        Marks { by_id, by_name }
    }
}

/// `notes` with the gender of the source this document calls `name` set (a
/// note for the same source replaced).
///
/// ```
/// use newsmark_engine::{document::SourceNote, names::Gender, sources::with_gender};
/// let notes = with_gender(&[], "Ewa Kowalski", Some(Gender::Female));
/// assert_eq!(with_gender(&notes, "ewa kowalski", None), [SourceNote { name: "ewa kowalski".into(), gender: None }]);
/// ```
pub fn with_gender(notes: &[SourceNote], name: &str, gender: Option<Gender>) -> Vec<SourceNote> {
    let key = same_source_key(Kind::Person, name);
    let mut notes: Vec<SourceNote> = notes.iter().filter(|n| same_source_key(Kind::Person, &n.name) != key).cloned().collect();
    notes.push(SourceNote { name: name.to_string(), gender });
    notes
}

/// A person's name without the honorifics the tagger may have taken into
/// the mark (`Mr Kowalski` is `Kowalski`).
///
/// ```
/// assert_eq!(newsmark_engine::sources::person_name("Ms.  Ewa Kowalski"), "Ewa Kowalski");
/// ```
pub fn person_name(fullest: &str) -> String {
    let words: Vec<&str> = fullest.split_whitespace().collect();
    let titles = words.iter().take_while(|w| gender::honorific(w).is_some()).count().min(words.len().saturating_sub(1));
    words[titles..].join(" ")
}

/// What makes two names one source: case, spacing, a possessive and (for a
/// phrase) a leading article do not count.
///
/// ```
/// use newsmark_engine::sources::{same_source_key, Kind};
/// assert_eq!(same_source_key(Kind::Unnamed, "A  senior Official"), same_source_key(Kind::Unnamed, "the senior official"));
/// assert_eq!(same_source_key(Kind::Person, "Angela Merkel’s"), "angela merkel");
/// ```
pub fn same_source_key(kind: Kind, name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if kind == Kind::Unnamed && words.len() > 1 && matches!(words[0], "a" | "an" | "the") {
        words.remove(0);
    }
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches("'s").trim_end_matches("’s");
    }
    words.join(" ")
}
