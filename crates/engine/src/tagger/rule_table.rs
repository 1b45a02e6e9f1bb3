//! Table-driven checks of the rules that mend a sentence's marks after tagging.

use super::features::{views, TokenView};
use super::{Lexicon, TaggedSpan};

/// A mark as the tagger gives it, sure of itself.
pub(crate) fn span(start: usize, end: usize, label: &'static str) -> TaggedSpan {
    TaggedSpan { start, end, label, score: 1.0 }
}

/// A mark as the tagger gives it, at `score`.
pub(crate) fn scored(start: usize, end: usize, label: &'static str, score: f32) -> TaggedSpan {
    TaggedSpan { start, end, label, score }
}

/// A mark as a rule puts it, at the rules' score.
pub(crate) fn ruled(start: usize, end: usize, label: &'static str) -> TaggedSpan {
    TaggedSpan { start, end, label, score: super::aliases::RULE_SCORE }
}

/// A lexicon whose name lists hold only `listed`: (list id, lowercased phrases).
pub(crate) fn lexicon_listing(listed: &[(u8, &[&str])]) -> Lexicon {
    let lists: Vec<Vec<String>> = (0..super::gazetteer::LISTS.len() as u8)
        .map(|list| listed.iter().filter(|(l, _)| *l == list).flat_map(|(_, phrases)| phrases.iter().map(|p| p.to_string())).collect())
        .collect();
    Lexicon::new(super::Gazetteer::from_phrases(&lists), Vec::new(), Default::default())
}

/// One row: a sentence's words (its first token is token 5), its marks as tagged, the marks expected after the rule.
pub(crate) type Row<'a> = (&'a [&'a str], Vec<TaggedSpan>, Vec<TaggedSpan>);

/// Runs `rule` on every row of `table` and checks what it leaves.
pub(crate) fn check(rule: fn(&mut Vec<TaggedSpan>, &[TokenView], usize), lexicon: &Lexicon, table: &[Row<'_>]) {
    for (words, tagged, expected) in table {
        let mut spans = tagged.clone();
        rule(&mut spans, &views(words, lexicon), 5);
        assert_eq!(&spans, expected, "{words:?}");
    }
}
