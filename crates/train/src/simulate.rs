//! A simulated annotator: corrects each article of a gold stream until its
//! marks are the gold ones, with the actions a person has in the app
//! (relabel, delete, add by selection, which replaces what it overlaps) and
//! the app's learning code, and counts what that took.

use crate::eval::{GoldDocument, Span};
use newsmark_engine::document::{Document, Entity, Source};
use newsmark_engine::edit::{apply, diff, next_id, Edit};
use newsmark_engine::learn::{Correction, Learned};
use newsmark_engine::text::OffsetMap;
use newsmark_engine::token::tokenize;
use newsmark_engine::{Annotator, Error};
use std::collections::HashSet;

/// What correcting one article took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleReport {
    /// The article's id.
    pub id: String,
    /// Its tokens.
    pub tokens: usize,
    /// Errors of the marks as first shown (missing or mislabelled gold spans, and marks over no gold span).
    pub first_errors: usize,
    /// The same for a model that learned nothing (what the article would show with learning reset).
    pub first_errors_unlearned: usize,
    /// Corrections made until the marks were the gold ones.
    pub corrections: usize,
    /// Errors that a re-tag after a correction brought into the article.
    pub new_errors: usize,
    /// Whether the marks reached the gold ones.
    pub converged: bool,
}

/// A whole stream's reports, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Simulation {
    /// One report per article.
    pub articles: Vec<ArticleReport>,
}

/// The errors of `marks` against `gold`: gold spans not marked exactly
/// (with their label), and marks that overlap no gold span.
fn errors(marks: &[Entity], gold: &[Span]) -> HashSet<Span> {
    let have: HashSet<(usize, usize, &str)> = marks.iter().map(|e| (e.start, e.end, e.label.as_str())).collect();
    let mut out: HashSet<Span> = gold.iter().filter(|(s, e, l)| !have.contains(&(*s, *e, l.as_str()))).cloned().collect();
    for m in marks {
        if !gold.iter().any(|(s, e, _)| *s < m.end && m.start < *e) {
            out.insert((m.start, m.end, format!("spurious {}", m.label)));
        }
    }
    out
}

/// The next correction a person makes, reading in text order: the edit and what it teaches.
fn next_action(doc: &Document, gold: &[Span], map: &OffsetMap) -> Option<(Edit, Correction)> {
    let wrong = errors(&doc.entities, gold);
    let first = wrong.iter().min_by_key(|(s, e, l)| (*s, *e, l.clone()))?;
    let (start, end, what) = first.clone();
    if what.starts_with("spurious ") {
        let mark = doc.entities.iter().find(|m| m.start == start && m.end == end)?;
        return Some((Edit::RemoveEntity(mark.id.clone()), Correction::new(start, end, None)));
    }
    // A mark on the gold span is relabelled; otherwise the words are selected and labelled.
    let mut mark = match doc.entities.iter().find(|m| m.start == start && m.end == end) {
        Some(existing) => existing.clone(),
        None => Entity {
            id: next_id(doc, "e"),
            start,
            end,
            label: what.clone(),
            text: map.slice(&doc.text, start, end).to_string(),
            source: Source::User,
            score: None,
            reviewed: true,
        },
    };
    mark.label = what.clone();
    mark.reviewed = true;
    mark.source = Source::User;
    Some((Edit::PutEntity(mark), Correction::new(start, end, Some(&what))))
}

/// Corrects every article of `docs` in order. With `learn`, each correction
/// teaches the model and re-tags the article (as the app does), and what was
/// learned carries over to the next article.
///
/// ```
/// use newsmark_train::{eval::GoldDocument, simulate::simulate};
/// let doc = GoldDocument { id: "a".into(), text: "Blorgh met Zorblax in Paris.".into(), entities: vec![(0, 6, "ORG".into()), (11, 18, "PER".into()), (22, 27, "LOC".into())], quotes: vec![] };
/// let run = simulate(&[doc], true).unwrap();
/// assert!(run.articles[0].converged);
/// assert!(run.articles[0].corrections <= run.articles[0].first_errors);
/// ```
pub fn simulate(docs: &[GoldDocument], learn: bool) -> Result<Simulation, Error> {
    let unlearned = Annotator::shipped()?;
    let mut annotator = Annotator::shipped()?;
    let mut learned = Learned::default();
    let mut articles = Vec::new();
    for gold in docs {
        let map = OffsetMap::new(&gold.text);
        let mut doc = annotator.remember(annotator.annotate(&gold.text)?, &learned);
        let first_errors = errors(&doc.entities, &gold.entities).len();
        let first_errors_unlearned = errors(&unlearned.annotate(&gold.text)?.entities, &gold.entities).len();
        let (mut corrections, mut new_errors) = (0, 0);
        // Every correction fixes at least one error unless a re-tag undoes work, so this bounds a run that does not converge.
        let limit = 3 * (first_errors + gold.entities.len()) + 10;
        while let Some((edit, correction)) = next_action(&doc, &gold.entities, &map) {
            if corrections == limit {
                break;
            }
            apply(&mut doc, edit)?;
            corrections += 1;
            if learn {
                let before = errors(&doc.entities, &gold.entities);
                annotator.learn_corrections(&doc, std::slice::from_ref(&correction), &mut learned);
                let retagged = annotator.retag(&doc, &learned, std::slice::from_ref(&correction));
                let changes = diff(&doc, &retagged);
                apply(&mut doc, changes)?;
                let after = errors(&doc.entities, &gold.entities);
                new_errors += after.difference(&before).count();
            }
        }
        let converged = errors(&doc.entities, &gold.entities).is_empty();
        let tokens = tokenize(&gold.text).len();
        articles.push(ArticleReport {
            id: gold.id.clone(),
            tokens,
            first_errors,
            first_errors_unlearned,
            corrections,
            new_errors,
            converged,
        });
    }
    Ok(Simulation { articles })
}

impl Simulation {
    fn sum(&self, range: std::ops::Range<usize>, field: impl Fn(&ArticleReport) -> usize) -> usize {
        self.articles.iter().skip(range.start).take(range.len()).map(field).sum()
    }

    /// First errors per 1,000 tokens over articles `range` (0-based), learned and unlearned.
    pub fn errors_per_thousand(&self, range: std::ops::Range<usize>) -> (f64, f64) {
        let tokens = self.sum(range.clone(), |a| a.tokens).max(1) as f64;
        let per = |n: usize| 1000.0 * n as f64 / tokens;
        (per(self.sum(range.clone(), |a| a.first_errors)), per(self.sum(range, |a| a.first_errors_unlearned)))
    }

    /// Corrections per first error over the whole stream.
    pub fn corrections_per_error(&self) -> f64 {
        let all = 0..self.articles.len();
        self.sum(all.clone(), |a| a.corrections) as f64 / self.sum(all, |a| a.first_errors).max(1) as f64
    }

    /// New errors from re-tagging per correction over the whole stream.
    pub fn new_errors_per_correction(&self) -> f64 {
        let all = 0..self.articles.len();
        self.sum(all.clone(), |a| a.new_errors) as f64 / self.sum(all, |a| a.corrections).max(1) as f64
    }

    /// A table per article, then the stream's figures.
    pub fn report(&self) -> String {
        let mut out = String::from("article\ttokens\tfirst errors\tunlearned\tcorrections\tnew from re-tag\tconverged\n");
        for a in &self.articles {
            out += &format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                a.id, a.tokens, a.first_errors, a.first_errors_unlearned, a.corrections, a.new_errors, a.converged
            );
        }
        let n = self.articles.len();
        let all = 0..n;
        out += &format!(
            "\n{n} articles: {} first errors ({} with nothing learned), {} corrections, {} new errors from re-tagging, {} not converged\n",
            self.sum(all.clone(), |a| a.first_errors),
            self.sum(all.clone(), |a| a.first_errors_unlearned),
            self.sum(all.clone(), |a| a.corrections),
            self.sum(all.clone(), |a| a.new_errors),
            self.articles.iter().filter(|a| !a.converged).count(),
        );
        out += &format!(
            "corrections per first error {:.3}; new errors from re-tagging per correction {:.4}\n",
            self.corrections_per_error(),
            self.new_errors_per_correction()
        );
        out += "first errors per 1,000 tokens (learning carried / nothing learned):\n";
        for (name, range) in [("articles 1-10", 0..10), ("articles 11-50", 10..50), ("articles 51+", 50..n.max(50))] {
            if range.start < n {
                let (learned, unlearned) = self.errors_per_thousand(range.start..range.end.min(n));
                // No errors either way is no change, not a fall of 100%.
                let change = if unlearned > 0.0 {
                    100.0 * (learned / unlearned - 1.0)
                } else if learned > 0.0 {
                    f64::INFINITY
                } else {
                    0.0
                };
                out += &format!("  {name}: {learned:.2} / {unlearned:.2} ({change:+.1}%)\n");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(first_errors: usize, first_errors_unlearned: usize) -> String {
        let article = ArticleReport {
            id: "a".into(),
            tokens: 1000,
            first_errors,
            first_errors_unlearned,
            corrections: 0,
            new_errors: 0,
            converged: true,
        };
        Simulation { articles: vec![article] }.report()
    }

    #[test]
    fn the_change_learning_made_is_none_when_neither_way_had_errors() {
        assert!(run(2, 4).contains("articles 1-10: 2.00 / 4.00 (-50.0%)"));
        assert!(run(0, 0).contains("articles 1-10: 0.00 / 0.00 (+0.0%)"), "{}", run(0, 0));
        assert!(run(1, 0).contains("(+inf%)"));
    }
}
