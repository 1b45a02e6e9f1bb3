//! Undo and redo as inverse edits: each step is the edit that takes the
//! document back, so undoing is applying it (and keeping its own inverse for
//! redo).

use crate::document::Document;
#[cfg(test)]
use crate::edit::apply;
use crate::edit::{applied_to_copy, Edit};

/// A document's undo and redo steps, newest last.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

/// Which way to move through the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Take back the newest step.
    Undo,
    /// Do again the newest undone step.
    Redo,
}

impl History {
    /// A history from saved steps.
    pub fn new(undo: Vec<Edit>, redo: Vec<Edit>) -> Self {
        History { undo, redo }
    }

    /// Records a new step by its inverse; what was undone can no longer be redone.
    pub fn record(&mut self, inverse: Edit) {
        self.undo.push(inverse);
        self.redo.clear();
    }

    /// Joins a consequence of the newest step (a re-tag after learning) to
    /// it, so that one undo takes back both. With no step, it is recorded alone.
    pub fn join_newest(&mut self, inverse: Edit) {
        match self.undo.pop() {
            Some(newest) => self.undo.push(Edit::Batch(vec![inverse, newest])),
            None => self.undo.push(inverse),
        }
    }

    /// Undoes or redoes one step of `doc`: the document after it, or `None` when there is none.
    ///
    /// ```
    /// use newsmark_engine::{document::Document, edit::{apply, Edit}, history::{Direction, History}};
    /// let mut doc = Document { text: "NATO".into(), labels: newsmark_engine::document::default_labels(), ..Default::default() };
    /// let mark = newsmark_engine::document::Entity { id: "e1".into(), start: 0, end: 4, label: "ORG".into(), text: "NATO".into(), source: newsmark_engine::document::Source::User, score: None, reviewed: true };
    /// let mut history = History::default();
    /// history.record(apply(&mut doc, Edit::PutEntity(mark)).unwrap().inverse);
    /// let undone = history.step(&doc, Direction::Undo).unwrap().unwrap();
    /// assert!(undone.entities.is_empty());
    /// let redone = history.step(&undone, Direction::Redo).unwrap().unwrap();
    /// assert_eq!(redone.entities.len(), 1);
    /// assert!(history.step(&redone, Direction::Redo).unwrap().is_none());
    /// ```
    pub fn step(&mut self, doc: &Document, direction: Direction) -> Result<Option<Document>, crate::Error> {
        let (from, to) = match direction {
            Direction::Undo => (&mut self.undo, &mut self.redo),
            Direction::Redo => (&mut self.redo, &mut self.undo),
        };
        let Some(edit) = from.pop() else { return Ok(None) };
        match applied_to_copy(doc, edit.clone()) {
            Ok((changed, applied)) => {
                to.push(applied.inverse);
                Ok(Some(changed))
            }
            Err(e) => {
                // The step stays, so that nothing is lost.
                from.push(edit);
                Err(e)
            }
        }
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The undo steps, oldest first.
    pub fn undo_steps(&self) -> &[Edit] {
        &self.undo
    }

    /// The redo steps, oldest first.
    pub fn redo_steps(&self) -> &[Edit] {
        &self.redo
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{default_labels, Entity, Source};

    fn mark(id: &str, start: usize, end: usize, label: &str, text: &str) -> Entity {
        Entity { id: id.into(), start, end, label: label.into(), text: text.into(), source: Source::User, score: None, reviewed: true }
    }

    #[test]
    fn a_new_step_drops_the_redo_steps_and_a_joined_step_undoes_as_one() {
        let mut doc = Document { text: "NATO met in Bonn.".into(), labels: default_labels(), ..Default::default() };
        let mut history = History::default();
        history.record(apply(&mut doc, Edit::PutEntity(mark("e1", 0, 4, "ORG", "NATO"))).unwrap().inverse);
        history.record(apply(&mut doc, Edit::PutEntity(mark("e2", 12, 16, "LOC", "Bonn"))).unwrap().inverse);
        doc = history.step(&doc, Direction::Undo).unwrap().unwrap();
        assert!(history.can_redo());
        history.record(apply(&mut doc, Edit::PutEntity(mark("e2", 12, 16, "PER", "Bonn"))).unwrap().inverse);
        assert!(!history.can_redo());
        // A re-tag joins the newest step.
        history.join_newest(apply(&mut doc, Edit::RemoveEntity("e1".into())).unwrap().inverse);
        doc = history.step(&doc, Direction::Undo).unwrap().unwrap();
        assert_eq!(doc.entities.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["NATO"]);
        doc = history.step(&doc, Direction::Undo).unwrap().unwrap();
        assert!(doc.entities.is_empty());
        assert!(history.step(&doc, Direction::Undo).unwrap().is_none());
    }

    #[test]
    fn a_step_that_cannot_apply_stays() {
        let doc = Document { text: "NATO".into(), labels: default_labels(), ..Default::default() };
        let mut history = History::new(vec![Edit::RemoveEntity("missing".into())], vec![]);
        assert!(history.step(&doc, Direction::Undo).is_err());
        assert!(history.can_undo());
    }
}
