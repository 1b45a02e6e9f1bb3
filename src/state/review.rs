//! Reviewing in order: the next unreviewed or unsure mark, and finding words in the article.

use super::{Effect, Selected, State, DOCKED};
use newsmark_engine::token::{find_phrase, tokenize};

/// Below this score an unreviewed mark is one the model is unsure of (drawn hatched, reached by "next unsure").
const UNSURE_BELOW: f64 = 0.6;

/// Whether the model is unsure of a mark nobody reviewed yet.
pub fn is_unsure(e: &newsmark_engine::document::Entity) -> bool {
    !e.reviewed && e.score.is_some_and(|s| s < UNSURE_BELOW)
}

/// Which marks a review jump goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// Marks nobody reviewed yet.
    Unreviewed,
    /// Unreviewed marks the model is unsure of.
    Unsure,
}

impl Review {
    /// Whether `e` is one of these marks.
    pub fn takes(self, e: &newsmark_engine::document::Entity) -> bool {
        match self {
            Review::Unreviewed => !e.reviewed,
            Review::Unsure => is_unsure(e),
        }
    }
}

impl State {
    /// Selects the next mark to review after the selection, round to the first; says so where there is none.
    pub(super) fn next_to_review(&mut self, review: Review, effects: &mut Vec<Effect>) {
        let Some(doc) = &self.article.doc else { return };
        let from = match &self.article.selected {
            Some(Selected::Entity(id)) => doc.entity(id).map_or(0, |e| e.start + 1),
            Some(Selected::Text { start, .. }) => start + 1,
            Some(Selected::Quote(id)) => doc.quotes.iter().find(|q| &q.id == id).map_or(0, |q| q.start + 1),
            None => 0,
        };
        let after = doc.entities.partition_point(|e| e.start < from);
        let next = doc.entities[after..].iter().chain(&doc.entities[..after]).find(|e| review.takes(e));
        match next {
            Some(mark) => {
                let id = mark.id.clone();
                self.article.focus = Some(super::Focus::Entity(id.clone()));
                self.article.selected = Some(Selected::Entity(id.clone()));
                effects.push(Effect::FocusMark(id));
            }
            None => {
                self.ui.notice = Some(if review == Review::Unsure { "No unsure marks left." } else { "Every mark is reviewed." }.into())
            }
        }
    }

    /// Selects the next occurrence of `needle` (whole words) after the selection, round to the first.
    pub(super) fn find_next(&mut self, needle: &str) {
        let Some(doc) = &self.article.doc else { return };
        let found: Vec<(usize, usize)> = find_phrase(&tokenize(&doc.text), needle.trim()).collect();
        let from = match &self.article.selected {
            Some(Selected::Text { start, .. }) => start + 1,
            Some(Selected::Entity(id)) => doc.entity(id).map_or(0, |e| e.start + 1),
            _ => 0,
        };
        match found.iter().find(|(start, _)| *start >= from).or(found.first()) {
            Some(&(start, end)) => self.article.selected = Some(Selected::Text { start, end, at: DOCKED }),
            None => self.ui.notice = Some(format!("“{}” is not in the article (as whole words).", needle.trim())),
        }
    }
}
