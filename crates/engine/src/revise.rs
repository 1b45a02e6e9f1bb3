//! An annotated article whose text was edited (a typo fixed, a paragraph
//! added): the marks and quotes of every unchanged line are kept as they
//! were (moved to their new offsets, reviewed or not), and only the changed
//! lines take the fresh annotation.

use crate::document::{Document, Entity, Quote};

/// Above this many old × new changed lines, they are not matched one by one: all count as changed.
const MOST_PAIRS: usize = 4_000_000;

/// The edited article, and how much of the old work it kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Revised {
    /// The old document's marks and quotes on unchanged lines, the fresh ones on changed lines.
    pub doc: Document,
    /// Marks kept from the old document.
    pub kept: usize,
    /// Lines of the new text that changed.
    pub changed_lines: usize,
}

/// A line: its text and its first code point.
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let len = line.chars().count();
        out.push(Line { text: line, start, end: start + len });
        start += len + 1;
    }
    out
}

/// Pairs of (old line, new line) that are the same, in order: the common
/// beginning and end, and between them the longest common subsequence.
fn unchanged_pairs(old: &[Line], new: &[Line]) -> Vec<(usize, usize)> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a.text == b.text).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a.text == b.text).count();
    let (old_mid, new_mid) = (&old[prefix..old.len() - suffix], &new[prefix..new.len() - suffix]);
    let mut pairs: Vec<(usize, usize)> = (0..prefix).map(|i| (i, i)).collect();
    if old_mid.len() * new_mid.len() <= MOST_PAIRS {
        // lengths[i][j]: the longest common subsequence of old_mid[i..] and new_mid[j..].
        let (n, m) = (old_mid.len(), new_mid.len());
        let mut lengths = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lengths[i][j] =
                    if old_mid[i].text == new_mid[j].text { lengths[i + 1][j + 1] + 1 } else { lengths[i + 1][j].max(lengths[i][j + 1]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            if old_mid[i].text == new_mid[j].text {
                pairs.push((prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
    }
    pairs.extend((0..suffix).map(|k| (old.len() - suffix + k, new.len() - suffix + k)));
    pairs
}

/// Whether at least 4 in 5 words of the longer text are words of the other
/// (counted with repeats): an edit, however scattered, rather than another article.
fn mostly_same_words(a: &str, b: &str) -> bool {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for word in a.split_whitespace() {
        *counts.entry(word).or_default() += 1;
    }
    let mut common = 0;
    for word in b.split_whitespace() {
        if let Some(n) = counts.get_mut(word).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    let longest = a.split_whitespace().count().max(b.split_whitespace().count());
    common * 5 >= longest * 4
}

/// `fresh` (the new text annotated) with the work of `old` kept on every
/// line the edit left alone; `None` when the two share less than half of
/// the old text's lines and a fifth of their words differ (then it is
/// another article, not an edit).
///
/// ```
/// use newsmark_engine::{revise::revise, Annotator};
/// let annotator = Annotator::shipped().unwrap();
/// let mut old = annotator.annotate("Angela Merkel met Emmanuel Macron.\nThey spoke in Pariss.").unwrap();
/// old.entities[0].reviewed = true;
/// let fresh = annotator.annotate("Angela Merkel met Emmanuel Macron.\nThey spoke in Paris.").unwrap();
/// let revised = revise(&old, &fresh).unwrap();
/// assert!(revised.doc.entities[0].reviewed, "the review of an unchanged line is kept");
/// assert_eq!(revised.changed_lines, 1);
/// assert!(revise(&old, &annotator.annotate("Something else entirely.").unwrap()).is_none());
/// ```
pub fn revise(old: &Document, fresh: &Document) -> Option<Revised> {
    let (old_lines, new_lines) = (lines(&old.text), lines(&fresh.text));
    let pairs = unchanged_pairs(&old_lines, &new_lines);
    let shared: usize = pairs.iter().map(|&(i, _)| old_lines[i].end - old_lines[i].start + 1).sum();
    if shared * 2 < old.text.chars().count() && !mostly_same_words(&old.text, &fresh.text) {
        return None;
    }
    // How far each unchanged old line moved; None for changed lines.
    let mut shift_of = vec![None; old_lines.len()];
    let mut kept_new = vec![false; new_lines.len()];
    for &(i, j) in &pairs {
        shift_of[i] = Some(new_lines[j].start as isize - old_lines[i].start as isize);
        kept_new[j] = true;
    }
    // The line an offset is on (a line's end, its line break, counts as on it); lines are in order.
    let line_of = |lines: &[Line], offset: usize| lines.partition_point(|l| l.end < offset);
    // A span is carried over when both its ends are on unchanged lines that moved by one shift.
    let carry = |start: usize, end: usize| -> Option<(usize, usize)> {
        let shift = shift_of.get(line_of(&old_lines, start)).copied().flatten()?;
        (shift_of.get(line_of(&old_lines, end)).copied().flatten()? == shift)
            .then(|| ((start as isize + shift) as usize, (end as isize + shift) as usize))
    };
    let in_changed_lines = |start: usize, end: usize| {
        let touched = line_of(&new_lines, start)..new_lines.partition_point(|l| l.start < end.max(start + 1));
        kept_new[touched].iter().all(|kept| !kept)
    };
    let mut entities: Vec<Entity> = Vec::new();
    for e in &old.entities {
        if let Some((start, end)) = carry(e.start, e.end) {
            entities.push(Entity { start, end, ..e.clone() });
        }
    }
    let kept = entities.len();
    for e in fresh.entities.iter().filter(|e| in_changed_lines(e.start, e.end)) {
        entities.push(Entity { id: format!("f{}", e.id), ..e.clone() });
    }
    let mut quotes: Vec<Quote> = Vec::new();
    // Looked up by id and by place once (a long article has many marks and quotes).
    let ids: std::collections::HashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let by_place: std::collections::HashMap<(usize, usize), &Entity> = entities.iter().map(|e| ((e.start, e.end), e)).collect();
    let fresh_marks: std::collections::HashMap<&str, &Entity> = fresh.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    for q in &old.quotes {
        if let Some((start, end)) = carry(q.start, q.end) {
            let mention = q
                .speaker_mention
                .as_ref()
                .and_then(|m| carry(m.start, m.end).map(|(start, end)| crate::document::Mention { start, end, ..m.clone() }));
            let speaker = q.speaker.clone().filter(|s| ids.contains(s.as_str()));
            quotes.push(Quote { start, end, speaker, speaker_mention: mention, ..q.clone() });
        }
    }
    for q in fresh.quotes.iter().filter(|q| in_changed_lines(q.start, q.end)) {
        // The speaker: the fresh mark if it is kept, else the kept old mark at the same place.
        let speaker =
            q.speaker.as_deref().and_then(|s| fresh_marks.get(s)).and_then(|e| by_place.get(&(e.start, e.end))).map(|e| e.id.clone());
        quotes.push(Quote { id: format!("f{}", q.id), speaker, ..q.clone() });
    }
    let mut doc = Document { text: fresh.text.clone(), labels: old.labels.clone(), entities, quotes, sources: old.sources.clone() };
    for label in &fresh.labels {
        if !doc.labels.iter().any(|l| l.name == label.name) && doc.entities.iter().any(|e| e.label == label.name) {
            doc.labels.push(label.clone());
        }
    }
    doc.renumber();
    let changed_lines = kept_new.iter().filter(|k| !**k).count();
    Some(Revised { doc, kept, changed_lines })
}

/// The same text annotated again (after learning, say): the marks the
/// person reviewed or made stay, the model's other marks are replaced by the
/// fresh ones that do not overlap them; quotes stay, their speakers found
/// again among the marks by place.
///
/// ```
/// use newsmark_engine::{revise::refresh, Annotator};
/// let annotator = Annotator::shipped().unwrap();
/// let mut old = annotator.annotate("Qarbash denied the report in Paris.").unwrap();
/// old.entities.retain(|e| e.text == "Paris");
/// old.entities[0].reviewed = true;
/// let fresh = annotator.annotate("Qarbash denied the report in Paris.").unwrap();
/// let again = refresh(&old, &fresh);
/// assert!(again.entities.iter().any(|e| e.text == "Paris" && e.reviewed));
/// ```
pub fn refresh(old: &Document, fresh: &Document) -> Document {
    let kept: Vec<&Entity> = old.entities.iter().filter(|e| e.reviewed || e.source == crate::document::Source::User).collect();
    let overlaps = |e: &Entity| kept.iter().any(|k| k.start < e.end && e.start < k.end);
    let mut entities: Vec<Entity> = kept.iter().map(|&e| e.clone()).collect();
    entities.extend(fresh.entities.iter().filter(|e| !overlaps(e)).map(|e| Entity { id: format!("f{}", e.id), ..e.clone() }));
    let old_marks: std::collections::HashMap<&str, &Entity> = old.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let by_place: std::collections::HashMap<(usize, usize), &Entity> = entities.iter().map(|e| ((e.start, e.end), e)).collect();
    let quotes = old
        .quotes
        .iter()
        .map(|q| {
            let old_mark = q.speaker.as_deref().and_then(|s| old_marks.get(s));
            let speaker = old_mark.and_then(|e| by_place.get(&(e.start, e.end))).map(|e| e.id.clone());
            Quote { speaker, ..q.clone() }
        })
        .collect();
    let mut doc = Document { text: old.text.clone(), labels: old.labels.clone(), entities, quotes, sources: old.sources.clone() };
    doc.renumber();
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Annotator;

    #[test]
    fn a_typo_fixed_keeps_every_other_paragraphs_marks_and_quotes_at_their_new_offsets() {
        let annotator = Annotator::shipped().unwrap();
        let text = "Angela Merkel met Emmanuel Macron in Pariss.\n\n\"We agree,\" said Merkel.\n\nJens Stoltenberg spoke in Brussels.";
        let mut old = annotator.annotate(text).unwrap();
        for e in &mut old.entities {
            e.reviewed = true;
        }
        let edited = text.replace("Pariss", "Paris").replace("spoke in", "then spoke in");
        let fresh = annotator.annotate(&edited).unwrap();
        let revised = revise(&old, &fresh).unwrap();
        crate::format::validate(&revised.doc).unwrap();
        assert_eq!(revised.changed_lines, 2);
        let reviewed: Vec<&str> = revised.doc.entities.iter().filter(|e| e.reviewed).map(|e| e.text.as_str()).collect();
        assert_eq!(reviewed, ["Merkel"], "only the unchanged line keeps its reviewed marks");
        assert!(revised.doc.entities.iter().any(|e| e.text == "Jens Stoltenberg"));
        assert_eq!(revised.doc.quotes.len(), 1);
        assert_eq!(revised.doc.quotes[0].text, "We agree,");
    }

    #[test]
    fn emoji_and_crlf_keep_offsets_right() {
        let annotator = Annotator::shipped().unwrap();
        let text = "👨‍👩‍👧 Angela Merkel met Emmanuel Macron.\r\nThey spoke in Pariss 🇫🇷.\r\nNATO met in Brussels.";
        let old = annotator.annotate(text).unwrap();
        let fresh = annotator.annotate(&text.replace("Pariss", "Paris")).unwrap();
        let revised = revise(&old, &fresh).unwrap();
        crate::format::validate(&revised.doc).unwrap();
        assert!(revised.doc.entities.iter().any(|e| e.text == "NATO"));
    }
}
