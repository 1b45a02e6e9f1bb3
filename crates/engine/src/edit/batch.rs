//! A batch of many mark edits (a re-tag, apply-to-all) applied in one pass:
//! one at a time, each would scan every mark of a long article.

use super::{Applied, Edit, SpanCheck};
use crate::document::{Document, Entity};
use std::collections::HashSet;

/// From this many edits on, a batch of mark edits is applied in one pass.
const MANY: usize = 16;

/// Whether `edits` is a big batch of mark edits only.
pub(super) fn is_many_marks(edits: &[Edit]) -> bool {
    edits.len() >= MANY && edits.iter().all(|e| matches!(e, Edit::PutEntity(_) | Edit::RemoveEntity(_)))
}

fn overlaps(a: &Entity, b: &Entity) -> bool {
    a.start < b.end && b.start < a.end
}

/// Applies mark edits with the meaning they have one after another (a put
/// replaces the mark with its id and removes what it overlaps; a remove
/// unlinks the quotes the mark spoke), in one pass over the article's marks.
pub(super) fn apply_marks(doc: &mut Document, edits: Vec<Edit>, spans: &mut SpanCheck) -> Result<Applied, String> {
    let existing: HashSet<&str> = doc.entities.iter().map(|e| e.id.as_str()).collect();
    // The batch's net effect: marks put (in order, none overlapping) and ids removed.
    let mut puts: Vec<Entity> = Vec::new();
    let mut removed: HashSet<String> = HashSet::new();
    for edit in edits {
        match edit {
            Edit::PutEntity(mark) => {
                spans.check(doc, mark.start, mark.end, &mark.text, "the mark")?;
                if !doc.labels.iter().any(|l| l.name == mark.label) {
                    return Err(format!("there is no label {:?}", mark.label));
                }
                puts.retain(|p| p.id != mark.id && !overlaps(p, &mark));
                puts.push(mark);
            }
            Edit::RemoveEntity(id) => {
                let before = puts.len();
                puts.retain(|p| p.id != id);
                if puts.len() == before {
                    if !existing.contains(id.as_str()) || removed.contains(&id) {
                        return Err(format!("there is no mark {id}"));
                    }
                    removed.insert(id);
                }
            }
            _ => unreachable!("only mark edits come here"),
        }
    }
    crate::sort::sort_by_key(&mut puts, |p| (p.start, p.end));
    let put_ids: HashSet<&str> = puts.iter().map(|p| p.id.as_str()).collect();
    // Old marks that go: removed, replaced by a put with their id, or overlapped by a put.
    let mut kept = Vec::with_capacity(doc.entities.len() + puts.len());
    let mut replaced = Vec::new();
    let mut unlinked_ids: HashSet<String> = HashSet::new();
    let mut next_put = 0;
    for old in std::mem::take(&mut doc.entities) {
        while next_put < puts.len() && puts[next_put].end <= old.start {
            next_put += 1;
        }
        let overlapped = puts[next_put..].iter().take_while(|p| p.start < old.end).any(|p| overlaps(p, &old));
        if put_ids.contains(old.id.as_str()) {
            replaced.push(old);
        } else if removed.contains(&old.id) || overlapped {
            unlinked_ids.insert(old.id.clone());
            replaced.push(old);
        } else {
            kept.push(old);
        }
    }
    let overlapped_count = replaced.iter().filter(|o| !removed.contains(&o.id) && !put_ids.contains(o.id.as_str())).count();
    // The inverse: take the new marks out, put the old ones back, relink the quotes.
    let mut inverse: Vec<Edit> = puts.iter().map(|p| Edit::RemoveEntity(p.id.clone())).collect();
    inverse.extend(replaced.into_iter().map(Edit::PutEntity));
    for quote in doc.quotes.iter_mut().filter(|q| q.speaker.as_ref().is_some_and(|s| unlinked_ids.contains(s))) {
        inverse.push(Edit::PutQuote(quote.clone()));
        quote.speaker = None;
    }
    kept.extend(puts);
    crate::sort::sort_by_key(&mut kept, |e| (e.start, e.end));
    doc.entities = kept;
    let notice = (overlapped_count > 0)
        .then(|| format!("Replaced {overlapped_count} overlapping mark{}", if overlapped_count == 1 { "" } else { "s" }));
    Ok(Applied { inverse: Edit::Batch(inverse), notice })
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::document::{default_labels, Quote, QuoteKind, Source};

    fn mark(id: &str, start: usize, end: usize, label: &str, text: &str) -> Entity {
        Entity { id: id.into(), start, end, label: label.into(), text: text.into(), source: Source::Model, score: None, reviewed: false }
    }

    /// A long line of "Bonn met Paris." with every city marked, and a quote whose speaker is the first Bonn.
    fn article(n: usize) -> Document {
        let text = "Bonn met Paris. ".repeat(n);
        let mut entities = Vec::new();
        for i in 0..n {
            entities.push(mark(&format!("b{i}"), 16 * i, 16 * i + 4, "LOC", "Bonn"));
            entities.push(mark(&format!("p{i}"), 16 * i + 9, 16 * i + 14, "LOC", "Paris"));
        }
        let quote = Quote {
            id: "q1".into(),
            start: 0,
            end: 15,
            text: "Bonn met Paris.".into(),
            kind: QuoteKind::Direct,
            speaker: Some("b0".into()),
            speaker_name: None,
            speaker_mention: None,
        };
        Document { text, labels: default_labels(), entities, quotes: vec![quote], ..Default::default() }
    }

    #[test]
    fn a_big_batch_does_what_the_edits_do_one_by_one_and_undoes_exactly() {
        let doc = article(40);
        let mut edits: Vec<Edit> =
            (0..20).map(|i| Edit::PutEntity(mark(&format!("p{i}"), 16 * i + 9, 16 * i + 14, "ORG", "Paris"))).collect();
        edits.extend((20..30).map(|i| Edit::RemoveEntity(format!("b{i}"))));
        // A longer mark over two old ones, and a mark over the quote's speaker.
        edits.push(Edit::PutEntity(mark("n1", 16 * 35, 16 * 35 + 14, "MISC", "Bonn met Paris")));
        edits.push(Edit::PutEntity(mark("n2", 0, 8, "MISC", "Bonn met")));
        assert!(is_many_marks(&edits));
        let mut fast = doc.clone();
        let applied = apply(&mut fast, Edit::Batch(edits.clone())).unwrap();
        let mut slow = doc.clone();
        for edit in edits {
            apply(&mut slow, edit).unwrap();
        }
        assert_eq!(fast, slow);
        assert_eq!(fast.quotes[0].speaker, None);
        apply(&mut fast, applied.inverse).unwrap();
        assert_eq!(fast, doc);
    }

    #[test]
    fn a_big_batch_that_removes_a_missing_mark_changes_nothing() {
        let doc = article(20);
        let mut edits: Vec<Edit> = (0..20).map(|i| Edit::RemoveEntity(format!("b{i}"))).collect();
        edits.push(Edit::RemoveEntity("nope".into()));
        let mut changed = doc.clone();
        assert!(apply(&mut changed, Edit::Batch(edits)).is_err());
        assert_eq!(changed, doc);
    }
}
