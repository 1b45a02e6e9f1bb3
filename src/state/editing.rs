//! Editing the open document: labelling, deleting, resizing and accepting
//! marks, quotes, apply-to-all, undo and redo. Every change is one undoable
//! step; corrections are queued for learning.

use super::labels::check_labels;
use super::quotes::speaker_named;
use super::{Action, Correction, Edge, Effect, Repeatable, Selected, State, DOCKED};
use crate::wording::plural;
use newsmark_engine::document::{Entity, Source};
use newsmark_engine::edit::{applied_to_copy, next_id, next_ids, Edit};
use newsmark_engine::history::{Direction, History};
use newsmark_engine::text::{char_len, char_slice, is_space, within_line};
use newsmark_engine::token::{find_phrase, snap_to_tokens, tokenize, tokenize_around, Token};
use std::rc::Rc;

/// A correction of `mark` (or of new text, with `None`): changing one's own
/// earlier answer there (a reviewed mark) replaces that decision rather
/// than contradicting it.
fn correction(start: usize, end: usize, label: Option<String>, mark: Option<&Entity>) -> Option<Correction> {
    let replaces = mark.filter(|m| m.reviewed || m.source == Source::User).map(|m| m.text.clone());
    Some(Correction { start, end, label, replaces })
}

impl State {
    pub(super) fn update_editing(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::SelectText { start, end, exact, at } => {
                let Some(doc) = &self.article.doc else { return };
                let span = if exact {
                    (start < end).then_some((start, end))
                } else {
                    snap_to_tokens(&tokenize_around(&doc.text, start, end, 0), start, end)
                };
                self.article.selected = span.map(|(start, end)| Selected::Text { start, end, at });
            }
            Action::AssignLabel(name) => match self.article.doc.as_ref().and_then(|d| d.labels.iter().find(|l| l.name == name)) {
                Some(label) => self.assign(label.name.clone()),
                None if self.article.doc.is_none() => self.fail("no document".into()),
                None => self.fail(format!("there is no label {name:?}")),
            },
            Action::Hotkey(key) => {
                let label = self
                    .article
                    .doc
                    .as_ref()
                    .and_then(|d| d.labels.iter().find(|l| l.hotkey.as_deref() == Some(key.as_str())).map(|l| l.name.clone()));
                if let (Some(label), true) = (label, self.article.selected.is_some()) {
                    self.assign(label);
                }
            }
            Action::DeleteSelected => self.delete_selected(),
            Action::AcceptSelected if matches!(self.article.selected, Some(Selected::Quote(_))) => {
                // On a quote, Enter opens its editor.
                effects.push(Effect::FocusQuoteEditor);
            }
            Action::AcceptSelected => {
                if let Some(mut mark) = self.selected_entity().filter(|m| !m.reviewed) {
                    mark.reviewed = true;
                    let id = mark.id.clone();
                    self.edit(Edit::PutEntity(mark), None, Some(Selected::Entity(id)));
                }
            }
            Action::MoveEdge { edge, step, by_char } => self.move_edge(edge, step, by_char),
            Action::DragEdge { edge, to } => self.drag_edge(edge, to),
            Action::StepWord(step) => self.step_word(step),
            Action::ApplyToAll => self.apply_to_all(),
            Action::FindNext(needle) => self.find_next(&needle),
            Action::MarkAll { text, label } => self.everywhere(Repeatable::Label { text: text.trim().to_string(), label }, ""),
            Action::Next(review) => self.next_to_review(review, effects),
            Action::Undo => self.step_history(Direction::Undo, effects),
            Action::Redo => self.step_history(Direction::Redo, effects),
            Action::AddQuote(kind) => self.add_quote(kind),
            Action::SetSpeakerName(id, typed) => self.change_quote(&id, |q, doc| {
                let typed = typed.trim();
                (q.speaker, q.speaker_name, q.speaker_mention) = speaker_named(doc, q.start, typed);
            }),
            Action::SetQuoteKind(id, kind) => self.change_quote(&id, |q, _| q.kind = kind),
            Action::SetLabels(labels, renamed) => {
                if let Err(e) = check_labels(&labels) {
                    return self.fail(e);
                }
                if self.article.doc.is_some() {
                    self.edit(Edit::SetLabels { labels: labels.clone(), renamed }, None, self.article.selected.clone());
                    if self.ui.error.is_some() {
                        return;
                    }
                }
                self.library.labels = Rc::new(labels.clone());
                effects.push(Effect::SaveLabels(labels));
            }
            // (`State::update` routes only editing actions here.)
            _ => {}
        }
    }

    /// Applies an edit as one undoable step, queueing `learn` for learning.
    pub(super) fn edit(&mut self, edit: Edit, learn: Option<Correction>, selected: Option<Selected>) {
        let Some(doc) = &self.article.doc else { return };
        let (next, applied) = match applied_to_copy(doc, edit) {
            Ok(done) => done,
            Err(e) => return self.fail(format!("Cannot do that: {e}.")),
        };
        self.drop_redone_learning();
        let article = &mut self.article;
        article.doc = Some(Rc::new(next));
        let mut history: History = (*article.history).clone();
        history.record(applied.inverse);
        article.history = Rc::new(history);
        if let Some(correction) = learn {
            let mut pending = (*article.pending).clone();
            pending.push(correction);
            article.pending = Rc::new(pending);
        }
        article.selected = selected;
        article.flashed = Rc::default();
        self.ui.notice = applied.notice;
        self.ui.error = None;
    }

    fn selected_entity(&self) -> Option<Entity> {
        match (&self.article.selected, &self.article.doc) {
            (Some(Selected::Entity(id)), Some(doc)) => doc.entity(id).cloned(),
            _ => None,
        }
    }

    fn assign(&mut self, label: String) {
        let Some(doc) = self.article.doc.clone() else { return };
        let mut cut = false;
        let (mark, before) = match self.article.selected.clone() {
            Some(Selected::Text { start, end, .. }) => {
                cut = crosses_line(&doc.text, start, end);
                // No name runs from one line into the next, nor starts or ends with a space.
                let Some((start, end)) = within_line(&doc.text, start, end) else { return };
                let Some(text) = char_slice(&doc.text, start, end).map(str::to_string) else { return };
                (
                    Entity {
                        id: next_id(&doc, "e"),
                        start,
                        end,
                        label: label.clone(),
                        text,
                        source: Source::User,
                        score: None,
                        reviewed: true,
                    },
                    None,
                )
            }
            Some(Selected::Entity(id)) => {
                let Some(before) = doc.entity(&id).cloned() else { return };
                let mark = Entity { label: label.clone(), reviewed: true, source: Source::User, ..before.clone() };
                (mark, Some(before))
            }
            _ => return,
        };
        let (start, end, text, id) = (mark.start, mark.end, mark.text.clone(), mark.id.clone());
        self.edit(Edit::PutEntity(mark), correction(start, end, Some(label.clone()), before.as_ref()), Some(Selected::Entity(id)));
        if cut {
            let line = format!("A mark stays on one line: “{text}” was marked.");
            self.ui.notice = Some(match self.ui.notice.take() {
                Some(notice) => format!("{line} {notice}"),
                None => line,
            });
        }
        self.article.last = Some(Repeatable::Label { text, label });
    }

    fn step_word(&mut self, step: i32) {
        let Some(doc) = &self.article.doc else { return };
        let span = match &self.article.selected {
            Some(Selected::Text { start, end, .. }) => Some((*start, *end)),
            Some(Selected::Entity(id)) => doc.entity(id).map(|e| (e.start, e.end)),
            Some(Selected::Quote(id)) => doc.quotes.iter().find(|q| &q.id == id).map(|q| (q.start, q.end)),
            None => None,
        };
        let Some((start, end)) = span else { return };
        let next = |tokens: &[Token<'_>]| {
            if step > 0 { tokens.iter().find(|t| t.start >= end) } else { tokens.iter().rev().find(|t| t.end <= start) }
                .map(|t| (t.start, t.end))
        };
        // The lines around the selection hold the next word, unless a long run of blank lines comes first.
        let Some(token) = next(&tokenize_around(&doc.text, start, end, NEARBY)).or_else(|| next(&tokenize(&doc.text))) else { return };
        let (start, end) = token;
        self.article.selected = Some(match doc.entities.iter().find(|e| e.start <= start && end <= e.end) {
            Some(e) => Selected::Entity(e.id.clone()),
            None => Selected::Text { start, end, at: DOCKED },
        });
    }

    fn move_edge(&mut self, edge: Edge, step: i32, by_char: bool) {
        let Some(doc) = self.article.doc.clone() else { return };
        if let Some(Selected::Text { start, end, at }) = self.article.selected.clone() {
            // Widens or narrows a text selection made from the keyboard.
            let (start, end) = moved_span(&doc.text, start, end, edge, step, by_char);
            if start < end && !crosses_line(&doc.text, start, end) {
                self.article.selected = Some(Selected::Text { start, end, at });
            }
            return;
        }
        let Some(mark) = self.selected_entity() else { return };
        let (start, end) = moved_span(&doc.text, mark.start, mark.end, edge, step, by_char);
        self.resize_selected(start, end);
    }

    /// An edge of the selected mark dragged to code point `to` (snapped to a word's edge).
    fn drag_edge(&mut self, edge: Edge, to: usize) {
        let (Some(doc), Some(mark)) = (self.article.doc.clone(), self.selected_entity()) else { return };
        let (start, end) = match edge {
            Edge::Start => (to.min(mark.end.saturating_sub(1)), mark.end),
            Edge::End => (mark.start, to.max(mark.start + 1)),
        };
        let (start, end) = snap_to_tokens(&tokenize_around(&doc.text, start, end, 0), start, end).unwrap_or((start, end));
        self.resize_selected(start, end);
    }

    /// The selected mark over `start..end` instead, as a correction.
    fn resize_selected(&mut self, start: usize, end: usize) {
        let (Some(doc), Some(mut mark)) = (self.article.doc.clone(), self.selected_entity()) else { return };
        if (start, end) == (mark.start, mark.end) {
            return;
        }
        let old_text = mark.text.clone();
        (mark.start, mark.end) = (start, end);
        if mark.start >= mark.end {
            self.ui.notice = Some("A mark cannot be empty; press Delete to remove it.".into());
            return;
        }
        let Some(text) = char_slice(&doc.text, mark.start, mark.end) else { return };
        if crosses_line(&doc.text, mark.start, mark.end) {
            self.ui.notice = Some("A mark stays on one line.".into());
            return;
        }
        mark.text = text.to_string();
        mark.reviewed = true;
        mark.source = Source::User;
        let (start, end, label, id) = (mark.start, mark.end, mark.label.clone(), mark.id.clone());
        let correction = Correction { start, end, label: Some(label), replaces: Some(old_text) };
        self.edit(Edit::PutEntity(mark), Some(correction), Some(Selected::Entity(id)));
    }

    fn delete_selected(&mut self) {
        match self.article.selected.clone() {
            Some(Selected::Entity(id)) => {
                let Some(mark) = self.selected_entity() else { return };
                self.edit(Edit::RemoveEntity(id), correction(mark.start, mark.end, None, Some(&mark)), None);
                self.article.last = Some(Repeatable::Delete { text: mark.text });
            }
            Some(Selected::Quote(id)) => self.edit(Edit::RemoveQuote(id), None, None),
            _ => {}
        }
    }

    fn apply_to_all(&mut self) {
        let Some(last) = self.article.last.clone() else {
            self.ui.notice = Some("Label or delete a mark first; then apply it to all.".into());
            return;
        };
        self.everywhere(last, "more ");
    }

    /// Repeats a label or a delete on every occurrence of its text (whole words); says how many changed.
    fn everywhere(&mut self, last: Repeatable, more: &str) {
        let Some(doc) = self.article.doc.clone() else { return };
        let text = match &last {
            Repeatable::Label { text, .. } | Repeatable::Delete { text } => text.clone(),
        };
        let tokens = tokenize(&doc.text);
        let mut edits = Vec::new();
        let mut fresh_ids = next_ids(&doc, "e");
        for (start, end) in find_phrase(&tokens, &text) {
            let existing = doc.entities.iter().find(|e| e.start == start && e.end == end);
            match (&last, existing) {
                (Repeatable::Delete { .. }, Some(e)) => edits.push(Edit::RemoveEntity(e.id.clone())),
                (Repeatable::Label { label, .. }, existing) if existing.is_none_or(|e| &e.label != label || !e.reviewed) => {
                    let id = existing.map_or_else(|| fresh_ids.next().expect("the id sequence never ends"), |e| e.id.clone());
                    edits.push(Edit::PutEntity(Entity {
                        id,
                        start,
                        end,
                        label: label.clone(),
                        text: text.clone(),
                        source: Source::User,
                        score: None,
                        reviewed: true,
                    }));
                }
                _ => {}
            }
        }
        let count = edits.len();
        if count == 0 {
            self.ui.notice = Some(format!("No {}occurrence of “{text}” to change.", if more.is_empty() { "" } else { "other " }));
            return;
        }
        self.edit(Edit::Batch(edits), None, None);
        self.ui.notice = Some(format!("Applied to {count} {more}occurrence{} of “{text}”.", plural(count)));
    }

    fn step_history(&mut self, direction: Direction, effects: &mut Vec<Effect>) {
        // Corrections not learned yet are learned first, so that their re-tag joins the right step.
        if self.article.pending.len() > self.article.learning {
            self.update_learning(Action::Learn, effects);
        }
        let Some(doc) = &self.article.doc else { return };
        let word = if direction == Direction::Undo { "undo" } else { "redo" };
        let mut history: History = (*self.article.history).clone();
        let depth_before = history.undo_steps().len();
        match history.step(doc, direction) {
            Ok(Some(next)) => {
                let undo = direction == Direction::Undo;
                self.step_learning(if undo { depth_before } else { history.undo_steps().len() }, undo, effects);
                self.article.doc = Some(Rc::new(next));
                self.article.history = Rc::new(history);
                self.article.selected = None;
                self.article.flashed = Rc::default();
                self.ui.notice = None;
            }
            Ok(None) => self.ui.notice = Some(format!("Nothing to {word}.")),
            Err(e) => self.fail(format!("Cannot {word}: {e}.")),
        }
    }
}

/// How far around a selection (in code points) the next word is looked for.
const NEARBY: usize = 400;

/// Whether code points `start..end` hold a line break (a mark never does).
fn crosses_line(text: &str, start: usize, end: usize) -> bool {
    char_slice(text, start, end).is_some_and(|t| t.contains(['\n', '\r']))
}

/// A span with one edge moved by a token (to the next token boundary of the
/// same kind) or by a character.
fn moved_span(text: &str, start: usize, end: usize, edge: Edge, step: i32, by_char: bool) -> (usize, usize) {
    let at = match edge {
        Edge::Start => start,
        Edge::End => end,
    };
    let moved = if by_char {
        // Only the end of the text needs counting, and only when moving right.
        let len = if step > 0 { char_len(text) } else { at };
        let by = |from: usize| (from as i64 + step as i64).clamp(0, len as i64) as usize;
        // An edge never rests on a space: it moves on to the next character.
        let inner = |b: usize| if edge == Edge::Start { b } else { b.wrapping_sub(1) };
        let on_space = |b: usize| char_slice(text, inner(b), inner(b) + 1).is_some_and(|c| c.chars().all(is_space));
        let mut moved = by(at);
        while on_space(moved) && by(moved) != moved {
            moved = by(moved);
        }
        moved
    } else {
        let tokens = tokenize_around(text, start, end, NEARBY);
        let boundary = |t: &Token<'_>| if edge == Edge::Start { t.start } else { t.end };
        let found =
            if step < 0 { tokens.iter().rev().map(boundary).find(|&b| b < at) } else { tokens.iter().map(boundary).find(|&b| b > at) };
        found.unwrap_or(at)
    };
    match edge {
        Edge::Start => (moved, end),
        Edge::End => (start, moved),
    }
}
