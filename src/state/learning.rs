//! Learning from corrections: pending corrections go to the model after the
//! edit is drawn; the re-tag that comes back joins the edit's undo step.

use super::{is_long, Action, Effect, LearnedStep, State};
use crate::wording::plural;
use newsmark_engine::document::Document;
use newsmark_engine::edit::{applied_to_copy, diff, Edit};
use newsmark_engine::history::History;
use std::rc::Rc;

impl State {
    pub(super) fn update_learning(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::Learn => {
                let article = &mut self.article;
                let (Some(doc), true) = (article.doc.clone(), article.pending.len() > article.learning) else { return };
                let corrections = article.pending[article.learning..].to_vec();
                article.learning = article.pending.len();
                article.learning_depth = article.history.undo_steps().len();
                effects.push(Effect::Learn { doc, corrections, learned: self.library.learned.clone() });
            }
            Action::Learned { base, taught, learned, retagged } => {
                let corrections = taught.len();
                let mut pending = (*self.article.pending).clone();
                pending.drain(..corrections.min(pending.len()));
                self.article.pending = Rc::new(pending);
                self.article.learning = self.article.learning.saturating_sub(corrections);
                let learned = Rc::new(learned);
                let step = LearnedStep { depth: self.article.learning_depth, before: self.library.learned.clone(), after: learned.clone() };
                let mut steps = (*self.article.learned_steps).clone();
                steps.push(step);
                self.article.learned_steps = Rc::new(steps);
                self.library.learned = learned.clone();
                effects.push(Effect::SaveLearned { learned: learned.clone(), base: self.library.learned_revision, replace: false });
                if self.article.history.undo_steps().len() < self.article.learning_depth {
                    // The step was undone before its learning came back: take the learning back too.
                    self.step_learning(self.article.learning_depth, true, effects);
                }
                match retagged {
                    Some(retagged) => {
                        let changes = diff(&base, &retagged);
                        self.apply_changes(&base, Some(changes));
                    }
                    None if is_long(&base.text) => {
                        let request = self.article.retag.as_ref().map_or(1, |(n, _)| n + 1);
                        self.article.retag = Some((request, base.clone()));
                        effects.push(Effect::RetagInWorker { request, doc: base, learned, taught });
                    }
                    None => {}
                }
            }
            Action::ResetLearning => {
                self.library.learned = Rc::default();
                self.ui.notice = Some("Forgot everything learned from corrections.".into());
                effects.push(Effect::ReloadModel(Rc::default()));
                effects.push(Effect::SaveLearned { learned: Rc::default(), base: self.library.learned_revision, replace: true });
            }
            Action::LearnedStored { revision, learned, save } => {
                self.library.learned_revision = revision;
                if let Some(learned) = learned {
                    let learned = Rc::new(learned);
                    self.library.learned = learned.clone();
                    effects.push(Effect::ReloadModel(learned.clone()));
                    if save {
                        effects.push(Effect::SaveLearned { learned, base: revision, replace: false });
                    }
                }
            }
            // (`State::update` routes only learning actions here.)
            _ => {}
        }
    }

    /// Takes back (undo) or makes again (redo) what the undo step at `depth`
    /// taught the model, keeping what was learned since elsewhere.
    pub(super) fn step_learning(&mut self, depth: usize, undo: bool, effects: &mut Vec<Effect>) {
        let steps: Vec<&LearnedStep> = self.article.learned_steps.iter().filter(|s| s.depth == depth).collect();
        let (Some(first), Some(last)) = (steps.first(), steps.last()) else { return };
        let (from, to) = if undo { (&last.after, &first.before) } else { (&first.before, &last.after) };
        let learned = Rc::new(self.library.learned.with_change(from, to));
        self.library.learned = learned.clone();
        effects.push(Effect::ReloadModel(learned.clone()));
        effects.push(Effect::SaveLearned { learned, base: self.library.learned_revision, replace: true });
    }

    /// Forgets what undone steps taught once a new edit replaces them (they can no longer be redone).
    pub(super) fn drop_redone_learning(&mut self) {
        let depth = self.article.history.undo_steps().len();
        if self.article.learned_steps.iter().any(|s| s.depth >= depth) {
            self.article.learned_steps = Rc::new(self.article.learned_steps.iter().filter(|s| s.depth < depth).cloned().collect());
        }
    }

    /// Applies the changes a re-tag of `base` makes, if the document is still
    /// `base` (an edit made meanwhile will be learned from and re-tagged in
    /// turn); they join the newest undo step.
    pub(super) fn apply_changes(&mut self, base: &Rc<Document>, changes: Option<Edit>) {
        let (Some(doc), Some(changes)) = (&self.article.doc, changes) else { return };
        if !Rc::ptr_eq(doc, base) || matches!(&changes, Edit::Batch(edits) if edits.is_empty()) {
            return;
        }
        let edits = match &changes {
            Edit::Batch(edits) => edits.as_slice(),
            single => std::slice::from_ref(single),
        };
        let changed: Vec<String> = edits
            .iter()
            .filter_map(|edit| match edit {
                Edit::PutEntity(mark) => Some(mark.id.clone()),
                _ => None,
            })
            .collect();
        let count = edits.len();
        if let Ok((next, applied)) = applied_to_copy(doc, changes) {
            self.article.flashed = Rc::new(changed);
            let changed = format!("Learning changed {count} other mark{}.", plural(count));
            self.ui.notice = Some(match self.ui.notice.take() {
                Some(earlier) => format!("{earlier} · {changed}"),
                None => changed,
            });
            let mut history: History = (*self.article.history).clone();
            history.join_newest(applied.inverse);
            self.article.history = Rc::new(history);
            self.article.doc = Some(Rc::new(next));
        }
    }
}
