//! Three-way merge of a document changed in two places (two browser tabs)
//! from one common version: each mark and quote is taken from the side that
//! changed it; where both changed the same one differently, `ours` (the
//! later save) wins and the place is reported, so the other side can be told.

use crate::document::{Document, Entity, Quote};
use std::collections::{BTreeSet, HashMap};

/// The merged document and where both sides changed the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Both sides' changes.
    pub doc: Document,
    /// Ids of marks and quotes that both sides changed differently (`ours` kept); a whole-text
    /// conflict (the texts differ) lists every id of `theirs`.
    pub overridden: Vec<String>,
}

/// Merges `ours` and `theirs`, both changed from `base`.
///
/// ```
/// use newsmark_engine::{merge::merge, Annotator};
/// let base = Annotator::shipped().unwrap().annotate("Rex Tillerson met Sergei Lavrov in Bonn.").unwrap();
/// let mut ours = base.clone();
/// ours.entities.retain(|e| e.text != "Bonn");
/// let mut theirs = base.clone();
/// theirs.entities.iter_mut().find(|e| e.text == "Rex Tillerson").unwrap().label = "ORG".into();
/// let merged = merge(&base, &ours, &theirs);
/// assert!(merged.overridden.is_empty());
/// assert!(!merged.doc.entities.iter().any(|e| e.text == "Bonn"));
/// assert!(merged.doc.entities.iter().any(|e| e.text == "Rex Tillerson" && e.label == "ORG"));
/// ```
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Merged {
    if ours.text != theirs.text {
        let overridden = theirs.entities.iter().map(|e| e.id.clone()).chain(theirs.quotes.iter().map(|q| q.id.clone())).collect();
        return Merged { doc: ours.clone(), overridden };
    }
    let mut overridden = Vec::new();
    let labels = if ours.labels == base.labels { theirs.labels.clone() } else { ours.labels.clone() };
    let sources = if ours.sources == base.sources { theirs.sources.clone() } else { ours.sources.clone() };
    let (mut entities, renamed) = merge_items(&base.entities, &ours.entities, &theirs.entities, &mut overridden);
    // Two new marks that came out overlapping: ours stays, theirs goes (and is reported).
    crate::sort::sort_by_key(&mut entities, |(e, _)| (e.start, e.end));
    let mut kept: Vec<(Entity, bool)> = Vec::with_capacity(entities.len());
    for (entity, is_ours) in entities {
        match kept.last_mut() {
            Some(last) if last.0.end > entity.start => {
                let loser = if last.1 && !is_ours { entity.id.clone() } else { std::mem::replace(last, (entity, is_ours)).0.id };
                overridden.push(loser);
            }
            _ => kept.push((entity, is_ours)),
        }
    }
    let (quotes, _) = merge_items(&base.quotes, &ours.quotes, &theirs.quotes, &mut overridden);
    let entities = kept.into_iter().map(|(e, _)| e).collect();
    let mut doc = Document { text: ours.text.clone(), labels, entities, quotes: Vec::new(), sources };
    let ids: BTreeSet<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    let mut quotes: Vec<Quote> = quotes
        .into_iter()
        .map(|(mut q, is_ours)| {
            if is_ours {
                if let Some(new) = q.speaker.as_ref().and_then(|s| renamed.get(s)) {
                    q.speaker = Some(new.clone());
                }
            }
            if q.speaker.as_ref().is_some_and(|s| !ids.contains(s.as_str())) {
                q.speaker = None;
                q.speaker_name = None;
            }
            q
        })
        .collect();
    crate::sort::sort_by_key(&mut quotes, |q| (q.start, q.end));
    doc.quotes = quotes;
    crate::sort::sort(&mut overridden);
    overridden.dedup();
    Merged { doc, overridden }
}

/// A mark or a quote: something with an id and a span.
trait Item: Clone + PartialEq {
    fn id(&self) -> &str;
    fn set_id(&mut self, id: String);
}

impl Item for Entity {
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
}

impl Item for Quote {
    fn id(&self) -> &str {
        &self.id
    }
    fn set_id(&mut self, id: String) {
        self.id = id;
    }
}

/// The items by their ids (borrowed: the maps of entities and of quotes are the ones `edit::diff` uses).
fn by_id<T: Item>(items: &[T]) -> HashMap<&str, &T> {
    items.iter().map(|i| (i.id(), i)).collect()
}

/// Each item from the side that changed it, with whether it is `ours`; and
/// the new ids given to our new items whose id theirs took for another item.
fn merge_items<T: Item>(base: &[T], ours: &[T], theirs: &[T], overridden: &mut Vec<String>) -> (Vec<(T, bool)>, HashMap<String, String>) {
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let mut ids: Vec<&str> = o.keys().chain(t.keys()).chain(b.keys()).copied().collect();
    crate::sort::sort(&mut ids);
    ids.dedup();
    let mut out = Vec::new();
    let mut colliding = Vec::new();
    for id in ids {
        let (was, mine, other) = (b.get(id).copied(), o.get(id).copied(), t.get(id).copied());
        match (was, mine, other) {
            // Both sides made a new item under the same id: both stay, ours under a fresh id.
            (None, Some(mine), Some(other)) if mine != other => {
                out.push((other.clone(), false));
                colliding.push(mine.clone());
            }
            _ if mine == was => out.extend(other.map(|i| (i.clone(), false))),
            _ if other == was || mine == other => out.extend(mine.map(|i| (i.clone(), true))),
            _ => {
                overridden.push(id.to_string());
                out.extend(mine.map(|i| (i.clone(), true)));
            }
        }
    }
    let mut renamed = HashMap::new();
    if let Some(first) = colliding.first() {
        let prefix: String = first.id().chars().take_while(|c| !c.is_ascii_digit()).collect();
        let used = b.keys().chain(o.keys()).chain(t.keys()).filter_map(|id| id.strip_prefix(prefix.as_str())?.parse::<usize>().ok());
        let mut next = used.max().unwrap_or(0);
        for mut item in colliding {
            next += 1;
            let id = format!("{prefix}{next}");
            renamed.insert(item.id().to_string(), id.clone());
            item.set_id(id);
            out.push((item, true));
        }
    }
    (out, renamed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;
    use crate::edit::next_ids;
    use crate::Annotator;

    fn entity(id: &str, start: usize, end: usize, text: &str) -> Entity {
        Entity { id: id.into(), start, end, label: "MISC".into(), text: text.into(), source: Source::User, score: None, reviewed: true }
    }

    fn base() -> Document {
        Annotator::shipped().unwrap().annotate("Rex Tillerson met Sergei Lavrov in Bonn on Monday with Angela Merkel.").unwrap()
    }

    fn mark<'a>(doc: &'a mut Document, text: &str) -> &'a mut Entity {
        doc.entities.iter_mut().find(|e| e.text == text).unwrap()
    }

    #[test]
    fn changes_to_different_marks_are_all_kept() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        ours.entities.retain(|e| e.text != "Bonn");
        mark(&mut ours, "Angela Merkel").reviewed = true;
        mark(&mut theirs, "Rex Tillerson").label = "ORG".into();
        let merged = merge(&base, &ours, &theirs);
        assert!(merged.overridden.is_empty());
        let mut doc = merged.doc;
        assert!(!doc.entities.iter().any(|e| e.text == "Bonn"));
        assert!(mark(&mut doc, "Angela Merkel").reviewed);
        assert_eq!(mark(&mut doc, "Rex Tillerson").label, "ORG");
        // Either way round gives the same marks.
        assert_eq!(merge(&base, &theirs, &ours).doc.entities, doc.entities);
    }

    #[test]
    fn the_same_mark_changed_both_ways_keeps_ours_and_says_so() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        mark(&mut ours, "Rex Tillerson").label = "ORG".into();
        mark(&mut theirs, "Rex Tillerson").label = "MISC".into();
        let id = mark(&mut ours, "Rex Tillerson").id.clone();
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.overridden, [id]);
        assert!(merged.doc.entities.iter().any(|e| e.text == "Rex Tillerson" && e.label == "ORG"));
    }

    #[test]
    fn new_marks_on_both_sides_under_one_id_both_stay() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        let id = next_ids(&base, "e").next().unwrap();
        let monday = base.text.find("Monday").unwrap();
        let met = base.text.find("met").unwrap();
        ours.entities.push(entity(&id, monday, monday + 6, "Monday"));
        theirs.entities.push(entity(&id, met, met + 3, "met"));
        let merged = merge(&base, &ours, &theirs);
        assert!(merged.overridden.is_empty());
        let ids: BTreeSet<&str> = merged.doc.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), merged.doc.entities.len(), "ids stay unique");
        assert!(merged.doc.entities.iter().any(|e| e.text == "Monday") && merged.doc.entities.iter().any(|e| e.text == "met"));
    }

    #[test]
    fn overlapping_new_marks_keep_ours() {
        let base = base();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        ours.entities.retain(|e| e.text != "Sergei Lavrov");
        theirs.entities.retain(|e| e.text != "Sergei Lavrov");
        let at = base.text.find("Sergei").unwrap();
        ours.entities.push(entity("e90", at, at + 13, "Sergei Lavrov"));
        theirs.entities.push(entity("e91", at, at + 6, "Sergei"));
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.overridden, ["e91"]);
        assert!(merged.doc.entities.iter().any(|e| e.id == "e90"));
    }

    #[test]
    fn a_quote_whose_speaker_went_loses_the_speaker() {
        let base = Annotator::shipped().unwrap().annotate("\"We are ready,\" said James Mattis in Brussels.").unwrap();
        let (mut ours, theirs) = (base.clone(), base.clone());
        ours.entities.retain(|e| e.text != "James Mattis");
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(merged.doc.quotes.len(), 1);
        assert_eq!(merged.doc.quotes[0].speaker, None);
    }
}
