//! Other tabs' changes: the open document merged with what another tab
//! saved (by mark: both tabs' edits survive), the document list, labels and
//! learning kept in step, and "Keep mine" where both tabs changed one mark.

use super::{Action, Dashboard, Effect, Selected, State};
use newsmark_engine::document::Document;
use newsmark_engine::edit::Edit;
use newsmark_engine::format::from_json;
use newsmark_engine::merge::merge;
use std::rc::Rc;

impl State {
    pub(super) fn update_from_other_tabs(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::External { keys, overridden } => {
                // An open Sources view counts again what another tab saved.
                if matches!(self.ui.dashboard, Dashboard::Ready(_)) && keys.iter().any(|key| crate::storage::document_of(key).is_some()) {
                    effects.push(Effect::TallySources { open: self.open_for_tally() });
                }
                effects.push(Effect::Refresh { keys, open: self.article.current.clone(), overridden });
            }
            Action::ExternalDocument { id, stored, overridden } => {
                if self.article.current.as_deref() != Some(id.as_str()) {
                    return;
                }
                match stored {
                    None => {
                        let title = std::mem::take(&mut self.article.title);
                        self.close_document();
                        self.ui.notice = Some(format!("“{title}” was deleted in another tab."));
                    }
                    Some((json, revision)) if revision > self.article.revision => self.take_theirs(&json, revision, &overridden, effects),
                    Some(_) => {}
                }
            }
            Action::LabelsChanged(labels) => self.library.labels = Rc::new(labels),
            Action::KeepMine => {
                if let Some(restore) = self.article.restore.take() {
                    self.edit_from_other_tab((*restore).clone());
                }
            }
            // (`State::update` routes only other tabs' changes here.)
            _ => {}
        }
    }

    /// Takes in the open document as another tab stored it (`json`, at
    /// `revision`): as it is where this tab changed nothing since it was last
    /// in step, else merged with this tab's changes (saved on top). Where the
    /// other tab `overrode` marks this tab had changed, the user is told and
    /// can keep theirs.
    pub(super) fn take_theirs(&mut self, json: &str, revision: u64, overrode: &[String], effects: &mut Vec<Effect>) {
        let (Some(current), Ok(theirs)) = (self.article.doc.clone(), from_json(json)) else {
            return self.fail("Another tab's change to this document could not be read; this tab's version stays.".into());
        };
        let base = self.article.synced.clone().unwrap_or_else(|| current.clone());
        let changed_here = !Rc::ptr_eq(&current, &base) && *current != *base;
        let restore: Vec<Edit> = overrode.iter().filter_map(|id| restore_edit(&current, &theirs, id)).collect();
        let theirs = Rc::new(theirs);
        let doc = if changed_here {
            let merged = merge(&base, &current, &theirs);
            self.article.overrode = Rc::new(merged.overridden);
            self.ui.unsaved_document = true;
            Rc::new(merged.doc)
        } else {
            theirs.clone()
        };
        let article = &mut self.article;
        article.selected = article.selected.take().filter(|selected| match selected {
            Selected::Entity(id) => doc.entity(id).is_some(),
            Selected::Quote(id) => doc.quotes.iter().any(|q| &q.id == id),
            Selected::Text { .. } => true,
        });
        article.doc = Some(doc);
        article.synced = Some(theirs);
        article.revision = revision;
        if !restore.is_empty() {
            let count = restore.len();
            self.ui.notice = Some(format!(
                "Another tab changed {} you had just changed here; its version is kept.",
                if count == 1 { "a mark".to_string() } else { format!("{count} marks") }
            ));
            self.article.restore = Some(Rc::new(Edit::Batch(restore)));
        }
        if changed_here {
            self.save(effects);
        }
    }

    /// An edit made on the user's request that puts back this tab's version (undoable, saved as any edit).
    fn edit_from_other_tab(&mut self, edit: Edit) {
        let Some(doc) = &self.article.doc else { return };
        match newsmark_engine::edit::applied_to_copy(doc, edit) {
            Ok((next, applied)) => {
                self.drop_redone_learning();
                self.article.doc = Some(Rc::new(next));
                let mut history = (*self.article.history).clone();
                history.record(applied.inverse);
                self.article.history = Rc::new(history);
                self.ui.notice = Some("Your version is back.".into());
            }
            Err(e) => self.fail(format!("Cannot put your version back: {e}.")),
        }
    }
}

/// The edit that gives `theirs` this tab's version of mark or quote `id` (none if they agree).
fn restore_edit(ours: &Document, theirs: &Document, id: &str) -> Option<Edit> {
    let (mine, other) = (ours.entity(id), theirs.entity(id));
    if mine.is_some() || other.is_some() {
        return match (mine, other) {
            (Some(mine), other) if other != Some(mine) => Some(Edit::PutEntity(mine.clone())),
            (None, Some(_)) => Some(Edit::RemoveEntity(id.to_string())),
            _ => None,
        };
    }
    let (mine, other) = (ours.quotes.iter().find(|q| q.id == id), theirs.quotes.iter().find(|q| q.id == id));
    match (mine, other) {
        (Some(mine), other) if other != Some(mine) => Some(Edit::PutQuote(mine.clone())),
        (None, Some(_)) => Some(Edit::RemoveQuote(id.to_string())),
        _ => None,
    }
}
