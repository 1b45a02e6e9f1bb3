//! What corrections taught, carried to a new article: where the model with
//! its user layer tags the article differently from the shipped model, the
//! learned marks are taken only in the one kind of change that corrections
//! teach well across articles, a name made whole (`Kyi` to `Suu Kyi`, `Toronto
//! Bond Traders` and `Association` joined); a relabel, a new mark, a mark
//! dropped, split or shrunk keeps the shipped model's marks. Measured with
//! `newsmark simulate eng.testa --learn`: the layer alone fixed 43 first
//! errors on articles 51+ and brought 38 new ones (`Farrakhan` turned LOC,
//! `Air France` MISC, `Douglas & Lomason` split); relabels and new marks
//! were two wrong for each right one.

use crate::tagger::TaggedSpan;

/// The marks of a new article: `shipped` (the shipped model's spans) where
/// `learned` (the same article tagged with what was learned) differs from
/// it, except where a learned change makes names whole. Both are sorted and
/// hold no overlapping spans; `words` are the article's tokens.
///
/// ```
/// use newsmark_engine::tagger::TaggedSpan;
/// let span = |start, end, label| TaggedSpan { start, end, label, score: 0.9 };
/// let words = ["Aung", "San", "Suu", "Kyi", "met", "Farrakhan", "."];
/// let shipped = vec![span(0, 2, "PER"), span(3, 4, "PER"), span(5, 6, "PER")];
/// let learned = vec![span(0, 4, "PER"), span(5, 6, "LOC")];
/// let carried = newsmark_engine::learn::carried(shipped, learned, &words);
/// assert_eq!(carried, [span(0, 4, "PER"), span(5, 6, "PER")]);
/// ```
pub fn carried(shipped: Vec<TaggedSpan>, learned: Vec<TaggedSpan>, words: &[&str]) -> Vec<TaggedSpan> {
    let mut out = Vec::with_capacity(shipped.len());
    let (mut s, mut l) = (shipped.into_iter().peekable(), learned.into_iter().peekable());
    // Walk both lists in step, one group of overlapping spans at a time.
    loop {
        let start = match (s.peek(), l.peek()) {
            (Some(a), Some(b)) => a.start.min(b.start),
            (Some(a), None) => a.start,
            (None, Some(b)) => b.start,
            (None, None) => break,
        };
        let (mut from_shipped, mut from_learned) = (Vec::new(), Vec::new());
        let mut end = start;
        loop {
            if let Some(next) = s.next_if(|x| x.start < end.max(start + 1)) {
                end = end.max(next.end);
                from_shipped.push(next);
            } else if let Some(next) = l.next_if(|x| x.start < end.max(start + 1)) {
                end = end.max(next.end);
                from_learned.push(next);
            } else {
                break;
            }
        }
        out.extend(if makes_names_whole(&from_shipped, &from_learned, words) { from_learned } else { from_shipped });
    }
    out
}

/// Whether the learned spans of a group only widen or join the shipped ones
/// (fewer spans or wider ones, never more spans or fewer words). Each
/// learned span starts and ends on a capitalised word, holds no bracket, and
/// takes in no lowercase word that no shipped span held (a name widened over
/// `of`, `and` or `'s` has run past its end); one that widens a single
/// shipped span keeps its label (`Iraq` to `Northern Iraq` is still a
/// place). Identical groups count too: they change nothing.
fn makes_names_whole(shipped: &[TaggedSpan], learned: &[TaggedSpan], words: &[&str]) -> bool {
    let same =
        shipped.len() == learned.len() && shipped.iter().zip(learned).all(|(a, b)| (a.start, a.end, a.label) == (b.start, b.end, b.label));
    let width = |spans: &[TaggedSpan]| spans.iter().map(|x| x.end - x.start).sum::<usize>();
    let starts_with = |i: usize, test: fn(char) -> bool| words.get(i).and_then(|w| w.chars().next()).is_some_and(test);
    let held = |i: usize| shipped.iter().any(|x| x.start <= i && i < x.end);
    let well_formed = |x: &TaggedSpan| {
        let inside: Vec<&TaggedSpan> = shipped.iter().filter(|y| y.start < x.end && x.start < y.end).collect();
        starts_with(x.start, char::is_uppercase)
            && starts_with(x.end - 1, char::is_uppercase)
            && !words.get(x.start..x.end).unwrap_or_default().iter().any(|w| matches!(*w, "(" | ")" | "[" | "]"))
            && !(x.start..x.end).any(|i| !held(i) && starts_with(i, char::is_lowercase))
            && (inside.len() != 1 || inside[0].label == x.label)
    };
    same || (!shipped.is_empty()
        && !learned.is_empty()
        && (learned.len() < shipped.len() || width(learned) > width(shipped))
        && learned.len() <= shipped.len()
        && width(learned) >= width(shipped)
        && learned.iter().all(well_formed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, label: &'static str) -> TaggedSpan {
        TaggedSpan { start, end, label, score: 0.9 }
    }

    #[test]
    fn only_changes_that_make_names_whole_are_carried() {
        let words = ["The", "Labour", "Department", "'s", "Toronto", "Bond", "Traders", "'", "Association", "and", "Air", "France", "."];
        // (shipped, learned, expected)
        let table: [(Vec<TaggedSpan>, Vec<TaggedSpan>, Vec<TaggedSpan>); 7] = [
            // Joined: taken.
            (vec![span(4, 7, "ORG"), span(8, 9, "ORG")], vec![span(4, 9, "ORG")], vec![span(4, 9, "ORG")]),
            // Widened past a possessive: kept as shipped.
            (vec![span(1, 3, "ORG")], vec![span(1, 4, "ORG")], vec![span(1, 3, "ORG")]),
            // Relabelled: kept as shipped.
            (vec![span(10, 12, "ORG")], vec![span(10, 12, "MISC")], vec![span(10, 12, "ORG")]),
            // New mark: not carried.
            (vec![], vec![span(0, 1, "MISC")], vec![]),
            // Dropped mark: kept.
            (vec![span(10, 12, "ORG")], vec![], vec![span(10, 12, "ORG")]),
            // Split: kept whole.
            (vec![span(4, 9, "ORG")], vec![span(4, 5, "LOC"), span(5, 9, "ORG")], vec![span(4, 9, "ORG")]),
            // Widened over a lowercase word: kept as shipped.
            (vec![span(10, 12, "ORG")], vec![span(9, 12, "ORG")], vec![span(10, 12, "ORG")]),
        ];
        for (shipped, learned, expected) in table {
            assert_eq!(carried(shipped.clone(), learned.clone(), &words), expected, "{shipped:?} / {learned:?}");
        }
    }

    #[test]
    fn spans_past_the_words_are_not_carried_and_do_not_panic() {
        let words = ["Suu", "Kyi"];
        assert_eq!(carried(vec![span(1, 2, "PER")], vec![span(0, 5, "PER")], &words), [span(1, 2, "PER")]);
    }

    #[test]
    fn groups_apart_are_decided_apart() {
        let words = ["Suu", "Kyi", "and", "Farrakhan", "met", "Air", "France"];
        let shipped = vec![span(1, 2, "PER"), span(3, 4, "PER"), span(5, 7, "ORG")];
        let learned = vec![span(0, 2, "PER"), span(3, 4, "LOC"), span(5, 7, "ORG")];
        assert_eq!(carried(shipped, learned, &words), [span(0, 2, "PER"), span(3, 4, "PER"), span(5, 7, "ORG")]);
    }
}
