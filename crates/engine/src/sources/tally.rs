//! Sources added up across documents: one row per source, with its quotes,
//! the documents that quote it and (for a person) a gender estimate.

use super::gender::{article_votes, Basis, Votes};
use super::{same_source_key, speakers, Kind};
use crate::document::Document;
use crate::names::Gender;
use serde::Serialize;
use std::collections::HashMap;

/// One source across documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The fullest name any document gives it, or the phrase of an unnamed source.
    pub name: String,
    /// Person, organisation or unnamed source.
    pub kind: Kind,
    /// `female`, `male` or `unknown` (always unknown for other kinds than persons).
    #[serde(serialize_with = "crate::names::gender_or_unknown::serialize")]
    pub gender: Option<Gender>,
    /// Where the gender comes from.
    pub gender_basis: Basis,
    /// Its quotes across all documents.
    pub quotes: usize,
    /// How many documents quote it.
    pub documents: usize,
    /// Where it is quoted, document by document.
    pub appearances: Vec<Appearance>,
}

/// A source's quotes in one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Appearance {
    /// The document (as the caller named it: a storage id, a file name).
    pub document: String,
    /// The name this document gives the source (what a gender set here is kept under).
    pub name: String,
    /// Ids of its quotes there.
    pub quotes: Vec<String>,
}

/// Sources and quotes of one group (a gender, a kind).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The group: `female`, `male`, `unknown`; `person`, `organisation`, `unnamed`.
    pub group: &'static str,
    /// Rows in it.
    pub sources: usize,
    /// Their quotes.
    pub quotes: usize,
}

/// The totals shown above the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// People by gender.
    pub by_gender: Vec<Count>,
    /// Sources by kind.
    pub by_kind: Vec<Count>,
    /// Quotes with no source at all.
    pub unattributed_quotes: usize,
    /// Documents read.
    pub documents: usize,
}

/// The rows and their totals.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tally {
    /// One per source, most quoted first.
    pub sources: Vec<Row>,
    /// Added up by gender and by kind.
    pub totals: Totals,
}

/// Adds up the sources of `documents` (each with a name for it). A source is
/// one row across documents by its fullest name (a surname alone joins the
/// one full name ending with it, if only one does); a person's gender is
/// what the user set in any document, else the strongest evidence of all
/// the articles together, else their first name (`name_gender`), else unknown.
/// Rows are ordered by quotes, then documents, then name.
///
/// ```
/// use newsmark_engine::{sources::tally, Annotator};
/// let annotator = Annotator::shipped().unwrap();
/// let a = annotator.annotate("\"We are ready,\" said James Mattis.").unwrap();
/// let b = annotator.annotate("\"Not yet,\" Mattis said.").unwrap();
/// let tally = tally(&[("a".into(), &a), ("b".into(), &b)], &|_| None);
/// assert_eq!((tally.sources[0].name.as_str(), tally.sources[0].quotes, tally.sources[0].documents), ("James Mattis", 2, 2));
/// ```
pub fn tally(documents: &[(String, &Document)], name_gender: &dyn Fn(&str) -> Option<Gender>) -> Tally {
    let mut rows: Vec<(Row, Votes)> = Vec::new();
    let mut by_key: HashMap<(Kind, String), usize> = HashMap::new();
    let mut unattributed_quotes = 0;
    for (id, doc) in documents {
        let speakers = speakers(doc);
        let votes = article_votes(doc, &speakers);
        for (speaker, votes) in speakers.iter().zip(votes) {
            if speaker.kind == Kind::Unattributed {
                unattributed_quotes += speaker.quotes.len();
                continue;
            }
            let at = *by_key.entry((speaker.kind, same_source_key(speaker.kind, &speaker.name))).or_insert_with(|| {
                rows.push((empty_row(speaker.kind, &speaker.name), Votes::default()));
                rows.len() - 1
            });
            let (row, row_votes) = &mut rows[at];
            row_votes.add(&votes);
            let quotes = speaker.quotes.iter().map(|&q| doc.quotes[q].id.clone()).collect();
            row.appearances.push(Appearance { document: id.clone(), name: speaker.name.clone(), quotes });
        }
    }
    let mut rows = join_surnames(rows);
    for (row, votes) in &mut rows {
        row.quotes = row.appearances.iter().map(|a| a.quotes.len()).sum();
        let mut documents: Vec<&str> = row.appearances.iter().map(|a| a.document.as_str()).collect();
        crate::sort::sort(&mut documents);
        documents.dedup();
        row.documents = documents.len();
        if row.kind == Kind::Person {
            (row.gender, row.gender_basis) = votes.decide(&row.name, name_gender);
        }
    }
    let mut sources: Vec<Row> = rows.into_iter().map(|(row, _)| row).collect();
    crate::sort::sort_by(&mut sources, |a, b| {
        b.quotes.cmp(&a.quotes).then(b.documents.cmp(&a.documents)).then_with(|| a.name.cmp(&b.name))
    });
    let totals = totals(&sources, unattributed_quotes, documents.len());
    Tally { sources, totals }
}

fn empty_row(kind: Kind, name: &str) -> Row {
    Row { name: name.to_string(), kind, gender: None, gender_basis: Basis::None, quotes: 0, documents: 0, appearances: Vec::new() }
}

/// A person named by one word (`Mattis`) in some article joins the one
/// person whose full name ends with that word (`James Mattis`); where two
/// full names end with it, it stays apart rather than be given to either.
fn join_surnames(rows: Vec<(Row, Votes)>) -> Vec<(Row, Votes)> {
    let last_word = |row: &Row| same_source_key(Kind::Person, row.name.split_whitespace().last().unwrap_or(""));
    let mut full_by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (row, _)) in rows.iter().enumerate() {
        if row.kind == Kind::Person && row.name.split_whitespace().count() > 1 {
            full_by_surname.entry(last_word(row)).or_default().push(i);
        }
    }
    let joins_to = |row: &Row| match full_by_surname.get(&last_word(row)).map(Vec::as_slice) {
        Some(&[full]) if row.kind == Kind::Person && row.name.split_whitespace().count() == 1 => Some(full),
        _ => None,
    };
    let targets: Vec<Option<usize>> = rows.iter().map(|(row, _)| joins_to(row)).collect();
    let mut kept: Vec<Option<(Row, Votes)>> = rows.into_iter().map(Some).collect();
    for (i, target) in targets.iter().enumerate() {
        if let Some(target) = *target {
            let (row, votes) = kept[i].take().expect("a row joins once");
            let (into, into_votes) = kept[target].as_mut().expect("full names do not join others");
            into.appearances.extend(row.appearances);
            into_votes.add(&votes);
        }
    }
    kept.into_iter().flatten().collect()
}

fn totals(rows: &[Row], unattributed_quotes: usize, documents: usize) -> Totals {
    let count = |group: &'static str, keep: &dyn Fn(&Row) -> bool| Count {
        group,
        sources: rows.iter().filter(|r| keep(r)).count(),
        quotes: rows.iter().filter(|r| keep(r)).map(|r| r.quotes).sum(),
    };
    let person_of = |gender: Option<Gender>| move |r: &Row| r.kind == Kind::Person && r.gender == gender;
    Totals {
        by_gender: vec![
            count("female", &person_of(Some(Gender::Female))),
            count("male", &person_of(Some(Gender::Male))),
            count("unknown", &person_of(None)),
        ],
        by_kind: [Kind::Person, Kind::Organisation, Kind::Unnamed]
            .into_iter()
            .map(|k| count(k.name(), &move |r: &Row| r.kind == k))
            .collect(),
        unattributed_quotes,
        documents,
    }
}
