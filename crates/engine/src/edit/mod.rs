//! Edits of a document, each applied by a pure function that also returns its
//! inverse, so that undo and redo are just more edits.

use crate::document::{Document, Entity, Label, Quote, SourceNote};
use crate::text::{char_slice, OffsetMap};
use std::cell::OnceCell;

/// One change to a document (serialisable, so that undo history can be kept).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Edit {
    /// Adds an entity, or replaces the one with the same id; entities it
    /// would overlap are removed.
    PutEntity(Entity),
    /// Removes an entity (quotes it spoke lose their speaker).
    RemoveEntity(String),
    /// Adds a quote, or replaces the one with the same id.
    PutQuote(Quote),
    /// Removes a quote.
    RemoveQuote(String),
    /// Replaces the label set; `renamed` (old, new) relabels the entities too.
    SetLabels {
        /// The new label set.
        labels: Vec<Label>,
        /// A renamed label, if any.
        renamed: Option<(String, String)>,
    },
    /// Replaces what the person said about the sources (their genders).
    SetSourceNotes(Vec<SourceNote>),
    /// Several edits as one step.
    Batch(Vec<Edit>),
}

/// What applying an edit did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// The edit that undoes it.
    pub inverse: Edit,
    /// Something to tell the user (such as marks replaced because of overlap).
    pub notice: Option<String>,
}

/// The next free id with a prefix (`e7` after `e1..e6`).
///
/// ```
/// let doc = newsmark_engine::document::Document::default();
/// assert_eq!(newsmark_engine::edit::next_id(&doc, "e"), "e1");
/// ```
pub fn next_id(doc: &Document, prefix: &str) -> String {
    next_ids(doc, prefix).next().expect("the id sequence never ends")
}

/// Free ids with a prefix, one after another (`e7`, `e8`, ... after `e1..e6`).
///
/// ```
/// let doc = newsmark_engine::document::Document::default();
/// let ids: Vec<String> = newsmark_engine::edit::next_ids(&doc, "e").take(2).collect();
/// assert_eq!(ids, ["e1", "e2"]);
/// ```
pub fn next_ids<'a>(doc: &Document, prefix: &'a str) -> impl Iterator<Item = String> + 'a {
    let ids = doc.entities.iter().map(|e| &e.id).chain(doc.quotes.iter().map(|q| &q.id));
    let max = ids.filter_map(|id| id.strip_prefix(prefix).and_then(|n| n.parse::<usize>().ok())).max().unwrap_or(0);
    (max + 1..).map(move |n| format!("{prefix}{n}"))
}

/// Checks spans against the text: the first few by scanning up to the span,
/// then (a big batch, such as a re-tag) with an offset map built once.
mod batch;

struct SpanCheck {
    scans_left: usize,
    map: OnceCell<OffsetMap>,
}

impl SpanCheck {
    fn new() -> Self {
        SpanCheck { scans_left: 8, map: OnceCell::new() }
    }

    pub(super) fn check(&mut self, doc: &Document, start: usize, end: usize, text: &str, what: &str) -> Result<(), String> {
        let found = if self.scans_left > 0 {
            self.scans_left -= 1;
            char_slice(&doc.text, start, end)
        } else {
            let map = self.map.get_or_init(|| OffsetMap::new(&doc.text));
            (start < end && end <= map.len_chars()).then(|| map.slice(&doc.text, start, end))
        };
        match found {
            None => Err(format!("{what} at {start}..{end} is outside the text")),
            Some(found) if found != text => Err(format!("{what} text {text:?} does not match the text at {start}..{end}")),
            Some(_) => Ok(()),
        }
    }
}

/// Applies `edit` to `doc` and returns its inverse. On error the document is unchanged.
///
/// ```
/// use newsmark_engine::{document::*, edit::{apply, Edit}};
/// let mut doc = Document { text: "Hi Bob".into(), labels: default_labels(), ..Default::default() };
/// let bob = Entity { id: "e1".into(), start: 3, end: 6, label: "PER".into(), text: "Bob".into(), source: Source::User, score: None, reviewed: true };
/// let applied = apply(&mut doc, Edit::PutEntity(bob)).unwrap();
/// assert_eq!(doc.entities.len(), 1);
/// apply(&mut doc, applied.inverse).unwrap();
/// assert!(doc.entities.is_empty());
/// ```
pub fn apply(doc: &mut Document, edit: Edit) -> Result<Applied, crate::Error> {
    let (changed, applied) = applied_to_copy(doc, edit)?;
    *doc = changed;
    Ok(applied)
}

/// Like [`apply`], on a copy of `doc` (one copy: what an app that keeps
/// each version needs), which it returns with what applying did.
///
/// ```
/// use newsmark_engine::{document::*, edit::{applied_to_copy, Edit}};
/// let doc = Document { text: "Hi Bob".into(), labels: default_labels(), ..Default::default() };
/// let bob = Entity { id: "e1".into(), start: 3, end: 6, label: "PER".into(), text: "Bob".into(), source: Source::User, score: None, reviewed: true };
/// let (changed, _) = applied_to_copy(&doc, Edit::PutEntity(bob)).unwrap();
/// assert_eq!((doc.entities.len(), changed.entities.len()), (0, 1));
/// ```
pub fn applied_to_copy(doc: &Document, edit: Edit) -> Result<(Document, Applied), crate::Error> {
    let mut copy = doc.clone();
    let applied = apply_in_place(&mut copy, edit, &mut SpanCheck::new()).map_err(crate::Error::Edit)?;
    Ok((copy, applied))
}

fn apply_in_place(doc: &mut Document, edit: Edit, spans: &mut SpanCheck) -> Result<Applied, String> {
    match edit {
        Edit::PutEntity(entity) => {
            spans.check(doc, entity.start, entity.end, &entity.text, "the mark")?;
            if !doc.labels.iter().any(|l| l.name == entity.label) {
                return Err(format!("there is no label {:?}", entity.label));
            }
            // The same mark changed in place (a relabel): found by its span, without a scan.
            let at = doc.entities.partition_point(|e| (e.start, e.end) < (entity.start, entity.end));
            if let Some(same) = doc.entities.get_mut(at).filter(|e| e.id == entity.id && (e.start, e.end) == (entity.start, entity.end)) {
                let old = std::mem::replace(same, entity);
                return Ok(Applied { inverse: Edit::PutEntity(old), notice: None });
            }
            let old = doc.entities.iter().position(|e| e.id == entity.id).map(|i| doc.entities.remove(i));
            let overlapped: Vec<Entity> = doc.entities.iter().filter(|e| e.start < entity.end && entity.start < e.end).cloned().collect();
            let mut undo = Vec::new();
            for gone in &overlapped {
                undo.extend(remove_entity(doc, &gone.id));
            }
            let position = doc.entities.partition_point(|e| (e.start, e.end) < (entity.start, entity.end));
            let id = entity.id.clone();
            doc.entities.insert(position, entity);
            let notice = (!overlapped.is_empty()).then(|| {
                let names: Vec<String> = overlapped.iter().map(|e| format!("{} ({})", e.text, e.label)).collect();
                format!("Replaced the overlapping mark{} {}", if names.len() > 1 { "s" } else { "" }, names.join(", "))
            });
            let mut inverse = vec![match old {
                Some(old) => Edit::PutEntity(old),
                None => Edit::RemoveEntity(id),
            }];
            inverse.extend(undo);
            Ok(Applied { inverse: Edit::Batch(inverse), notice })
        }
        Edit::RemoveEntity(id) => {
            if doc.entity(&id).is_none() {
                return Err(format!("there is no mark {id}"));
            }
            let undo = remove_entity(doc, &id);
            Ok(Applied { inverse: Edit::Batch(undo), notice: None })
        }
        Edit::PutQuote(quote) => {
            spans.check(doc, quote.start, quote.end, &quote.text, "the quote")?;
            if let Some(speaker) = &quote.speaker {
                if doc.entity(speaker).is_none() {
                    return Err(format!("the speaker {speaker} is not a mark"));
                }
            }
            let old = doc.quotes.iter().position(|q| q.id == quote.id).map(|i| doc.quotes.remove(i));
            // A new quote replaces those it overlaps, as a new mark does: one passage is quoted once.
            let (overlapped, kept): (Vec<Quote>, Vec<Quote>) =
                std::mem::take(&mut doc.quotes).into_iter().partition(|q| q.start < quote.end && quote.start < q.end);
            doc.quotes = kept;
            let id = quote.id.clone();
            let position = doc.quotes.partition_point(|q| (q.start, q.end) < (quote.start, quote.end));
            doc.quotes.insert(position, quote);
            let notice = (!overlapped.is_empty()).then(|| {
                let texts: Vec<String> = overlapped.iter().map(|q| format!("“{}”", q.text)).collect();
                format!("Replaced the overlapping quote{} {}", if texts.len() > 1 { "s" } else { "" }, texts.join(", "))
            });
            let mut inverse = vec![match old {
                Some(old) => Edit::PutQuote(old),
                None => Edit::RemoveQuote(id),
            }];
            inverse.extend(overlapped.into_iter().map(Edit::PutQuote));
            Ok(Applied { inverse: Edit::Batch(inverse), notice })
        }
        Edit::RemoveQuote(id) => {
            let at = doc.quotes.iter().position(|q| q.id == id).ok_or(format!("there is no quote {id}"))?;
            let old = doc.quotes.remove(at);
            Ok(Applied { inverse: Edit::PutQuote(old), notice: None })
        }
        Edit::SetLabels { labels, renamed } => {
            let names: std::collections::HashSet<&str> = labels.iter().map(|l| l.name.as_str()).collect();
            if names.len() != labels.len() || labels.iter().any(|l| l.name.trim().is_empty()) {
                return Err("label names must be unique and not empty".into());
            }
            if let Some((from, to)) = &renamed {
                for e in doc.entities.iter_mut().filter(|e| &e.label == from) {
                    e.label = to.clone();
                }
            }
            if let Some(e) = doc.entities.iter().find(|e| !names.contains(e.label.as_str())) {
                return Err(format!("label {:?} is still used by {:?}", e.label, e.text));
            }
            let old = std::mem::replace(&mut doc.labels, labels);
            Ok(Applied { inverse: Edit::SetLabels { labels: old, renamed: renamed.map(|(from, to)| (to, from)) }, notice: None })
        }
        Edit::SetSourceNotes(notes) => {
            Ok(Applied { inverse: Edit::SetSourceNotes(std::mem::replace(&mut doc.sources, notes)), notice: None })
        }
        Edit::Batch(edits) if batch::is_many_marks(&edits) => batch::apply_marks(doc, edits, spans),
        Edit::Batch(edits) => {
            let mut inverses = Vec::new();
            let mut notices = Vec::new();
            for edit in edits {
                let applied = apply_in_place(doc, edit, spans)?;
                inverses.push(applied.inverse);
                notices.extend(applied.notice);
            }
            inverses.reverse();
            Ok(Applied { inverse: Edit::Batch(inverses), notice: (!notices.is_empty()).then(|| notices.join("; ")) })
        }
    }
}

/// Removes an entity and unlinks the quotes it spoke; returns the edits that
/// restore it (the entity first, then its quotes).
fn remove_entity(doc: &mut Document, id: &str) -> Vec<Edit> {
    let mut undo = Vec::new();
    if let Some(at) = doc.entities.iter().position(|e| e.id == id) {
        undo.push(Edit::PutEntity(doc.entities.remove(at)));
    }
    for q in doc.quotes.iter_mut().filter(|q| q.speaker.as_deref() == Some(id)) {
        undo.push(Edit::PutQuote(q.clone()));
        q.speaker = None;
    }
    undo
}

/// The edits that turn the entities of `from` into those of `to` (same text).
///
/// ```
/// use newsmark_engine::{document::*, edit::{apply, diff}};
/// let mut a = Document { text: "Hi Bob".into(), labels: default_labels(), ..Default::default() };
/// let b = a.clone();
/// a.entities.push(Entity { id: "e1".into(), start: 3, end: 6, label: "PER".into(), text: "Bob".into(), source: Source::User, score: None, reviewed: false });
/// let mut c = b.clone();
/// apply(&mut c, diff(&b, &a)).unwrap();
/// assert_eq!(c.entities, a.entities);
/// ```
pub fn diff(from: &Document, to: &Document) -> Edit {
    use std::collections::HashMap;
    // By id, so that big articles diff in linear time.
    let entities_to: HashMap<&str, &Entity> = to.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let entities_from: HashMap<&str, &Entity> = from.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let quotes_from: HashMap<&str, &Quote> = from.quotes.iter().map(|q| (q.id.as_str(), q)).collect();
    let mut edits: Vec<Edit> =
        from.entities.iter().filter(|e| !entities_to.contains_key(e.id.as_str())).map(|e| Edit::RemoveEntity(e.id.clone())).collect();
    edits.extend(to.entities.iter().filter(|e| entities_from.get(e.id.as_str()) != Some(e)).cloned().map(Edit::PutEntity));
    edits.extend(to.quotes.iter().filter(|q| quotes_from.get(q.id.as_str()) != Some(q)).cloned().map(Edit::PutQuote));
    Edit::Batch(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{default_labels, QuoteKind, Source};

    fn doc() -> Document {
        let text = "\"We are ready,\" said James Mattis in Brussels.";
        let mut doc = Document { text: text.into(), labels: default_labels(), ..Default::default() };
        doc.entities.push(entity("e1", 21, 33, "PER", "James Mattis"));
        doc.entities.push(entity("e2", 37, 45, "LOC", "Brussels"));
        doc.quotes.push(Quote {
            id: "q1".into(),
            start: 1,
            end: 14,
            text: "We are ready,".into(),
            kind: QuoteKind::Direct,
            speaker: Some("e1".into()),
            speaker_name: Some("James Mattis".into()),
            speaker_mention: None,
        });
        doc
    }

    fn entity(id: &str, start: usize, end: usize, label: &str, text: &str) -> Entity {
        Entity {
            id: id.into(),
            start,
            end,
            label: label.into(),
            text: text.into(),
            source: Source::Model,
            score: Some(0.9),
            reviewed: false,
        }
    }

    /// Every edit, applied then undone, gives back the document; redone, the edited one.
    #[test]
    fn every_edit_round_trips_through_its_inverse() {
        let mut relabelled = entity("e2", 37, 45, "ORG", "Brussels");
        relabelled.reviewed = true;
        let edits = [
            Edit::PutEntity(entity("e3", 21, 26, "PER", "James")),
            Edit::PutEntity(relabelled),
            Edit::PutEntity(entity("e1", 27, 33, "PER", "Mattis")),
            Edit::RemoveEntity("e1".into()),
            Edit::RemoveQuote("q1".into()),
            Edit::PutQuote(Quote { kind: QuoteKind::Indirect, speaker: None, ..doc().quotes[0].clone() }),
            Edit::PutQuote(overlapping_quote()),
            Edit::SetLabels {
                labels: doc()
                    .labels
                    .into_iter()
                    .map(|mut l| {
                        if l.name == "LOC" {
                            l.name = "PLACE".into()
                        }
                        l
                    })
                    .collect(),
                renamed: Some(("LOC".into(), "PLACE".into())),
            },
            Edit::Batch(vec![Edit::RemoveEntity("e2".into()), Edit::PutEntity(entity("e4", 37, 45, "MISC", "Brussels"))]),
        ];
        for edit in edits {
            let original = doc();
            let mut edited = original.clone();
            let applied = apply(&mut edited, edit.clone()).unwrap();
            assert_ne!(edited, original, "{edit:?} changed nothing");
            let mut undone = edited.clone();
            let redo = apply(&mut undone, applied.inverse).unwrap();
            assert_eq!(undone, original, "undo of {edit:?}");
            apply(&mut undone, redo.inverse).unwrap();
            assert_eq!(undone, edited, "redo of {edit:?}");
        }
    }

    #[test]
    fn overlapping_mark_replaces_and_says_so() {
        let mut d = doc();
        let applied = apply(&mut d, Edit::PutEntity(entity("e3", 27, 45, "ORG", "Mattis in Brussels"))).unwrap();
        assert_eq!(d.entities.len(), 1);
        assert!(applied.notice.unwrap().contains("James Mattis (PER), Brussels (LOC)"));
        assert_eq!(d.quotes[0].speaker, None);
    }

    /// A reported quote made over "are ready," of the direct one.
    fn overlapping_quote() -> Quote {
        Quote { id: "q2".into(), start: 4, end: 14, text: "are ready,".into(), kind: QuoteKind::Indirect, ..doc().quotes[0].clone() }
    }

    #[test]
    fn overlapping_quote_replaces_and_says_so() {
        let mut d = doc();
        let applied = apply(&mut d, Edit::PutQuote(overlapping_quote())).unwrap();
        assert_eq!(d.quotes, [overlapping_quote()]);
        assert_eq!(applied.notice.as_deref(), Some("Replaced the overlapping quote “We are ready,”"));
    }

    #[test]
    fn bad_edits_change_nothing() {
        let mut d = doc();
        assert!(apply(&mut d, Edit::PutEntity(entity("e3", 40, 99, "PER", "x"))).is_err());
        assert!(apply(&mut d, Edit::PutEntity(entity("e3", 21, 26, "NOPE", "James"))).is_err());
        assert!(apply(&mut d, Edit::Batch(vec![Edit::RemoveEntity("e2".into()), Edit::RemoveEntity("e9".into())])).is_err());
        assert!(apply(&mut d, Edit::SetLabels { labels: vec![], renamed: None }).unwrap_err().to_string().contains("still used"));
        assert_eq!(d, doc());
    }

    #[test]
    fn ids_continue_after_the_highest() {
        assert_eq!(next_id(&doc(), "e"), "e3");
        assert_eq!(next_id(&doc(), "q"), "q2");
    }
}
