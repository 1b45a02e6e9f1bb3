//! The app's one state type, its actions and the reducer that calls the engine.

use crate::storage::{self, Summary};
use newsmark_engine::document::{default_labels, Document, Entity, Label, Quote, QuoteKind, Source};
use newsmark_engine::edit::{apply, diff, next_id, next_ids, Edit};
use newsmark_engine::format::{from_json, to_json, to_json_keeping_ids};
use newsmark_engine::formats::{import, sniff, Format};
use newsmark_engine::learn::{decision_key, Learned};
use newsmark_engine::text::OffsetMap;
use newsmark_engine::token::{find_phrase, snap_to_tokens, tokenize};
use newsmark_engine::{fullest_name, Annotator};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Reducible;

/// What the pointer or keyboard focus is on, for linked highlighting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Focus {
    /// A quote (its id): its speaker lights up.
    Quote(String),
    /// An entity (its id): the quotes it speaks light up.
    Entity(String),
}

/// What the editor's keys act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Selected {
    /// An entity mark (its id).
    Entity(String),
    /// A quote (its id).
    Quote(String),
    /// A stretch of text, not yet marked, with where to show the label picker.
    Text {
        /// First code point.
        start: usize,
        /// Code point after the last.
        end: usize,
        /// Picker position in the viewport.
        at: (f64, f64),
    },
}

/// Which end of a mark to move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    /// The first code point.
    Start,
    /// The end.
    End,
}

/// The last add, relabel or delete, which "apply to all" repeats.
#[derive(Debug, Clone, PartialEq)]
enum Repeatable {
    Label { text: String, label: String },
    Delete { text: String },
}

/// A correction to learn from: the span, the label given (None: not an
/// entity), and the text a resized mark had before (no longer a decision).
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    start: usize,
    end: usize,
    label: Option<String>,
    replaces: Option<String>,
}

impl Correction {
    fn new(start: usize, end: usize, label: Option<String>) -> Option<Self> {
        Some(Correction { start, end, label, replaces: None })
    }
}

/// Everything the app shows.
pub struct State {
    annotator: Rc<RefCell<Result<Annotator, String>>>,
    /// What the model learned from corrections (kept in the browser).
    pub learned: Rc<Learned>,
    /// The text box.
    pub input: String,
    /// The annotated document, if any.
    pub doc: Option<Rc<Document>>,
    /// The label set for new documents (kept in the browser).
    pub labels: Rc<Vec<Label>>,
    /// The last problem to tell the user about.
    pub error: Option<String>,
    /// The last thing to tell the user (such as marks replaced).
    pub notice: Option<String>,
    /// Linked highlighting.
    pub focus: Option<Focus>,
    /// What the keys act on.
    pub selected: Option<Selected>,
    /// Inverse edits, newest last.
    pub undo: Rc<Vec<Edit>>,
    /// Edits undone, newest last.
    pub redo: Rc<Vec<Edit>>,
    last: Option<Repeatable>,
    /// The shortcut list is open.
    pub help: bool,
    /// The entity list's filter.
    pub filter: String,
    /// The storage id of the open document.
    pub current: Option<String>,
    /// Its title.
    pub title: String,
    /// The saved documents, newest first.
    pub documents: Rc<Vec<Summary>>,
    /// The last deleted document (summary and JSON), until the delete is undone or another follows.
    pub deleted: Option<Rc<(Summary, String)>>,
    /// An article waiting for the annotation worker (with a number, so that each request is sent once).
    pub request: Option<(u32, Rc<String>)>,
    /// How far the worker got (0 to 1) while it annotates.
    pub busy: Option<f32>,
    /// The open document changed since it was last saved in the browser.
    pub unsaved_document: bool,
    /// Its undo history changed since it was last saved.
    pub unsaved_history: bool,
    /// Saved changes still on their way into the browser's database.
    pub writes_in_flight: bool,
    /// Corrections not learned yet: learning re-tags the whole article, so it
    /// runs just after the edit is drawn (see [`Action::Learn`]).
    pub pending: Rc<Vec<Correction>>,
}

impl Default for State {
    fn default() -> Self {
        let learned = storage::load_learned();
        let annotator = Annotator::shipped().map(|mut a| {
            a.replay(&learned);
            a
        });
        State {
            annotator: Rc::new(RefCell::new(annotator)),
            learned: Rc::new(learned),
            input: String::new(),
            doc: None,
            labels: Rc::new(storage::load_labels().unwrap_or_else(default_labels)),
            error: None,
            notice: None,
            focus: None,
            selected: None,
            undo: Rc::default(),
            redo: Rc::default(),
            last: None,
            help: false,
            filter: String::new(),
            pending: Rc::default(),
            unsaved_document: false,
            unsaved_history: false,
            writes_in_flight: false,
            request: None,
            busy: None,
            current: None,
            title: String::new(),
            documents: Rc::new(storage::load_index()),
            deleted: None,
        }
        .restore_latest()
    }
}

/// Everything the user can do.
pub enum Action {
    /// The text box changed.
    SetInput(String),
    /// Annotate the text box's article.
    Annotate,
    /// A file was opened: a .txt article or a newsmark .json export.
    OpenFile {
        /// File name.
        name: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// Point at a quote or an entity (None: nothing).
    SetFocus(Option<Focus>),
    /// Text was selected in the article; `exact` keeps the characters as they are.
    SelectText {
        /// First code point.
        start: usize,
        /// Code point after the last.
        end: usize,
        /// Do not snap to tokens.
        exact: bool,
        /// Picker position.
        at: (f64, f64),
    },
    /// Select a mark or a quote (None: nothing).
    Select(Option<Selected>),
    /// Give the selection a label (by name).
    AssignLabel(String),
    /// Give the selection the label with this hotkey.
    Hotkey(String),
    /// Delete the selected mark or quote.
    DeleteSelected,
    /// Accept the selected mark as right.
    AcceptSelected,
    /// Move an edge of the selected mark by a token (or a character), left (-1) or right (+1).
    MoveEdge {
        /// Which edge.
        edge: Edge,
        /// -1 or +1.
        step: i32,
        /// By a character instead of a token.
        by_char: bool,
    },
    /// Select the next (+1) or previous (-1) word after the selection, to mark text from the keyboard.
    StepWord(i32),
    /// Repeat the last add, relabel or delete on every other occurrence of the same text.
    ApplyToAll,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Make the selected text a quote.
    AddQuote(QuoteKind),
    /// Change a quote's speaker (an entity id, or none).
    SetSpeaker(String, Option<String>),
    /// Change a quote's kind.
    SetQuoteKind(String, QuoteKind),
    /// Replace the label set; (old, new) when a label was renamed.
    SetLabels(Vec<Label>, Option<(String, String)>),
    /// Forget what was learned from corrections.
    ResetLearning,
    /// Show or hide the shortcut list.
    ToggleHelp,
    /// Filter the entity list.
    SetFilter(String),
    /// Show a problem.
    Fail(String),
    /// Hide the messages.
    Dismiss,
    /// Leave the selection and close the shortcut list and messages.
    Escape,
    /// Learn from the pending corrections and re-tag the unreviewed marks,
    /// as part of the edit that caused them.
    Learn,
    /// A brat `.ann` file and its `.txt` were opened together.
    OpenBrat {
        /// The `.ann` bytes.
        ann: Vec<u8>,
        /// The `.txt` bytes.
        txt: Vec<u8>,
    },
    /// Start a new, empty document (the open one stays saved).
    NewDocument,
    /// Open a saved document.
    OpenDocument(String),
    /// Rename a saved document.
    RenameDocument(String, String),
    /// Copy a saved document.
    DuplicateDocument(String),
    /// Delete a saved document (undoable).
    DeleteDocument(String),
    /// Bring back the last deleted document.
    UndoDelete,
    /// A message from the annotation worker (JSON: progress, a document or an error).
    WorkerReply(String),
    /// Save what changed in the browser (runs after the change is on screen).
    Save,
    /// The browser's database has taken every write, or one failed (the error).
    Stored(Option<String>),
}

/// Articles longer than this (in characters) are annotated in the worker.
pub const WORKER_THRESHOLD: usize = 100_000;

/// A document's default title: its first line, shortened.
fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    let mut title: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        title.push('…');
    }
    title
}

fn new_id() -> String {
    format!("d{}", storage::now_ms() as u64)
}

impl State {
    /// Opens the most recently changed saved document, as after a reload.
    fn restore_latest(self) -> State {
        let Some(latest) = self.documents.first().cloned() else { return self };
        let restored = Rc::new(self).open_saved(&latest.id);
        Rc::try_unwrap(restored).unwrap_or_else(|shared| shared.copy())
    }

    /// Opens a saved document by id.
    fn open_saved(&self, id: &str) -> Rc<State> {
        let Some(json) = storage::load_document(id) else { return self.fail(format!("The saved document {id} is missing.")) };
        match from_json(&json) {
            Ok(doc) => {
                let title = self.documents.iter().find(|d| d.id == id).map_or_else(|| title_of(&doc.text), |d| d.title.clone());
                let text = doc.text.clone();
                let opened = self.open_document(doc, text);
                let (undo, redo) = storage::load_history(id);
                opened.with(|s| {
                    s.current = Some(id.to_string());
                    s.title = title;
                    s.undo = Rc::new(undo);
                    s.redo = Rc::new(redo);
                })
            }
            Err(e) => self.fail(format!("The saved document {id} could not be read: {e}.")),
        }
    }

    /// Notes what changed since `before`, to be saved after the next frame.
    fn mark_unsaved(self: Rc<Self>, before: &State) -> Rc<State> {
        let Some(doc) = &self.doc else { return self };
        let document = !before.doc.as_ref().is_some_and(|b| Rc::ptr_eq(b, doc)) || before.current != self.current || before.title != self.title;
        let history = !Rc::ptr_eq(&before.undo, &self.undo) || !Rc::ptr_eq(&before.redo, &self.redo);
        if !document && !history {
            return self;
        }
        self.with(|s| {
            s.unsaved_document |= document;
            s.unsaved_history |= history;
        })
    }

    /// Saves what changed of the open document; a storage failure is shown and the document stays open.
    fn save(&self) -> Rc<State> {
        let saved = self.with(|s| {
            s.unsaved_document = false;
            s.unsaved_history = false;
        });
        let Some(doc) = &self.doc else { return saved };
        if !self.unsaved_document {
            if let (Some(id), true) = (&self.current, self.unsaved_history) {
                storage::save_history(id, &self.undo, &self.redo);
            }
            return saved.with(|s| s.writes_in_flight = storage::writes_pending());
        }
        let id = self.current.clone().unwrap_or_else(new_id);
        let title = if self.title.is_empty() { title_of(&doc.text) } else { self.title.clone() };
        let summary = Summary { id: id.clone(), title: title.clone(), changed: storage::now_ms(), reviewed: doc.entities.iter().filter(|e| e.reviewed).count(), total: doc.entities.len() };
        let result = storage::save_document(&summary, &to_json_keeping_ids(doc));
        if result.is_ok() {
            storage::save_history(&id, &self.undo, &self.redo);
        }
        saved.with(|s| {
            s.current = Some(id);
            s.title = title;
            s.writes_in_flight = storage::writes_pending();
            match result {
                Ok(index) => s.documents = Rc::new(index),
                Err(e) => s.error = Some(format!("Your work could not be saved in this browser ({e}); it is still open here — download it to keep it.")),
            }
        })
    }

    /// Opens the first of several imported documents and saves the others to the list.
    fn import_documents(&self, docs: Vec<Document>, name: &str) -> Rc<State> {
        let mut docs = docs.into_iter();
        let Some(first) = docs.next() else { return self.fail(format!("{name} holds no document.")) };
        let mut index = (*self.documents).clone();
        for (n, doc) in docs.enumerate() {
            let summary = Summary {
                id: format!("{}-{}", new_id(), n + 1),
                title: title_of(&doc.text),
                changed: storage::now_ms(),
                reviewed: doc.entities.iter().filter(|e| e.reviewed).count(),
                total: doc.entities.len(),
            };
            match storage::save_document(&summary, &to_json(&doc)) {
                Ok(saved) => index = saved,
                Err(e) => return self.fail(format!("{name} could not be saved in this browser: {e}. Nothing was changed.")),
            }
        }
        let text = first.text.clone();
        let opened = self.with(|s| s.documents = Rc::new(index)).open_document(first, text);
        opened.with(|s| {
            s.current = None;
            s.title = String::new();
        })
    }

    fn with(&self, change: impl FnOnce(&mut State)) -> Rc<State> {
        let mut next = self.copy();
        change(&mut next);
        Rc::new(next)
    }

    /// A copy (documents and history are shared, not cloned).
    fn copy(&self) -> State {
        State {
            annotator: self.annotator.clone(),
            learned: self.learned.clone(),
            input: self.input.clone(),
            doc: self.doc.clone(),
            labels: self.labels.clone(),
            error: self.error.clone(),
            notice: self.notice.clone(),
            focus: self.focus.clone(),
            selected: self.selected.clone(),
            undo: self.undo.clone(),
            redo: self.redo.clone(),
            last: self.last.clone(),
            help: self.help,
            filter: self.filter.clone(),
            pending: self.pending.clone(),
            unsaved_document: self.unsaved_document,
            unsaved_history: self.unsaved_history,
            writes_in_flight: self.writes_in_flight,
            request: self.request.clone(),
            busy: self.busy,
            current: self.current.clone(),
            title: self.title.clone(),
            documents: self.documents.clone(),
            deleted: self.deleted.clone(),
        }
    }

    fn fail(&self, message: String) -> Rc<State> {
        self.with(|s| {
            s.error = Some(message);
            s.notice = None;
        })
    }

    /// A new document: fresh history, labels from the settings (plus any the model needs).
    fn open_document(&self, mut doc: Document, text: String) -> Rc<State> {
        if doc.entities.iter().all(|e| !e.reviewed && e.source == Source::Model) {
            let mut labels = (*self.labels).clone();
            for l in default_labels() {
                if !labels.iter().any(|x| x.name == l.name) {
                    labels.push(l);
                }
            }
            doc.labels = labels;
        }
        self.with(|s| {
            s.doc = Some(Rc::new(doc));
            s.input = text;
            s.error = None;
            s.focus = None;
            s.selected = None;
            s.undo = Rc::default();
            s.redo = Rc::default();
            s.last = None;
            s.notice = None;
        })
    }

    fn annotate(&self, text: String) -> Rc<State> {
        let result = match &*self.annotator.borrow() {
            Ok(annotator) => annotator.annotate(&text).map(|doc| annotator.remember(doc, &self.learned)),
            Err(e) => Err(e.clone()),
        };
        // Annotating the open document's own text again keeps it in its place in the list.
        let same = self.doc.as_ref().is_some_and(|d| d.text == text);
        match result {
            Ok(doc) => self.open_document(doc, text).with(|s| {
                if !same {
                    s.current = None;
                    s.title = String::new();
                }
            }),
            // The current document stays as it was.
            Err(e) => self.fail(format!("Cannot annotate: {e}.")),
        }
    }

    /// Applies an edit as one undoable step; with `learn`, the model learns
    /// from it and the unreviewed marks are re-tagged within the same step.
    fn edit(&self, edit: Edit, learn: Option<Correction>, selected: Option<Selected>) -> Rc<State> {
        let Some(doc) = &self.doc else { return self.with(|_| {}) };
        let mut next = (**doc).clone();
        let applied = match apply(&mut next, edit) {
            Ok(applied) => applied,
            Err(e) => return self.fail(format!("Cannot do that: {e}.")),
        };
        let notice = applied.notice;
        self.with(|s| {
            s.doc = Some(Rc::new(next));
            let mut undo = (*s.undo).clone();
            undo.push(applied.inverse);
            s.undo = Rc::new(undo);
            s.redo = Rc::default();
            if let Some(correction) = learn {
                let mut pending = (*s.pending).clone();
                pending.push(correction);
                s.pending = Rc::new(pending);
            }
            s.notice = notice;
            s.selected = selected;
            s.error = None;
        })
    }

    /// Learns from the pending corrections; the re-tagging joins the undo
    /// step of the last edit, so one undo takes back both.
    fn learn_pending(&self) -> Rc<State> {
        let (Some(doc), false) = (&self.doc, self.pending.is_empty()) else { return self.with(|_| {}) };
        let mut learned = (*self.learned).clone();
        let mut next = (**doc).clone();
        let mut retagged = None;
        if let Ok(annotator) = self.annotator.borrow_mut().as_mut() {
            for Correction { start, end, label, replaces } in self.pending.iter() {
                if let Some(old) = replaces {
                    learned.decisions.remove(&decision_key(old));
                }
                retagged = Some(annotator.learn_correction(&next, *start, *end, label.as_deref(), &mut learned));
            }
        }
        let mut undo = (*self.undo).clone();
        if let Some(retagged) = retagged {
            let changes = diff(&next, &retagged);
            if let (Ok(more), Some(top)) = (apply(&mut next, changes), undo.pop()) {
                undo.push(Edit::Batch(vec![more.inverse, top]));
            }
        }
        let saved = storage::save_learned(&learned);
        self.with(|s| {
            s.doc = Some(Rc::new(next));
            s.undo = Rc::new(undo);
            s.learned = Rc::new(learned);
            s.pending = Rc::default();
            if let Err(e) = saved {
                s.error = Some(format!("What was learned could not be saved: {e}."));
            }
        })
    }

    fn selected_entity(&self) -> Option<Entity> {
        match (&self.selected, &self.doc) {
            (Some(Selected::Entity(id)), Some(doc)) => doc.entity(id).cloned(),
            _ => None,
        }
    }

    fn label(&self, name: &str) -> Result<String, String> {
        let doc = self.doc.as_ref().ok_or("no document")?;
        doc.labels.iter().find(|l| l.name == name).map(|l| l.name.clone()).ok_or(format!("there is no label {name:?}"))
    }

    fn assign(&self, label: String) -> Rc<State> {
        let Some(doc) = &self.doc else { return self.with(|_| {}) };
        match self.selected.clone() {
            Some(Selected::Text { start, end, .. }) => {
                let map = OffsetMap::new(&doc.text);
                let text = map.slice(&doc.text, start, end).to_string();
                let id = next_id(doc, "e");
                let mark = Entity { id: id.clone(), start, end, label: label.clone(), text: text.clone(), source: Source::User, score: None, reviewed: true };
                let next = self.edit(Edit::PutEntity(mark), Correction::new(start, end, Some(label.clone())), Some(Selected::Entity(id)));
                next.with(|s| s.last = Some(Repeatable::Label { text, label }))
            }
            Some(Selected::Entity(id)) => {
                let Some(mut mark) = doc.entity(&id).cloned() else { return self.with(|_| {}) };
                mark.label = label.clone();
                mark.reviewed = true;
                mark.source = Source::User;
                let (start, end, text) = (mark.start, mark.end, mark.text.clone());
                let next = self.edit(Edit::PutEntity(mark), Correction::new(start, end, Some(label.clone())), Some(Selected::Entity(id)));
                next.with(|s| s.last = Some(Repeatable::Label { text, label }))
            }
            _ => self.with(|_| {}),
        }
    }

    fn step_word(&self, step: i32) -> Option<Rc<State>> {
        let doc = self.doc.as_ref()?;
        let (start, end) = match self.selected.as_ref()? {
            Selected::Text { start, end, .. } => (*start, *end),
            Selected::Entity(id) => doc.entity(id).map(|e| (e.start, e.end))?,
            Selected::Quote(id) => doc.quotes.iter().find(|q| &q.id == id).map(|q| (q.start, q.end))?,
        };
        let tokens = tokenize(&doc.text);
        let token = if step > 0 { tokens.iter().find(|t| t.start >= end) } else { tokens.iter().rev().find(|t| t.end <= start) }?;
        let (start, end) = (token.start, token.end);
        let selected = match doc.entities.iter().find(|e| e.start <= start && end <= e.end) {
            Some(e) => Selected::Entity(e.id.clone()),
            None => Selected::Text { start, end, at: DOCKED },
        };
        Some(self.with(|s| s.selected = Some(selected)))
    }

    /// Widens or narrows a text selection made from the keyboard.
    fn move_text_edge(&self, edge: Edge, step: i32, by_char: bool) -> Option<Rc<State>> {
        let doc = self.doc.as_ref()?;
        let Some(Selected::Text { start, end, at }) = self.selected.clone() else { return None };
        let (start, end) = moved_span(&doc.text, start, end, edge, step, by_char);
        (start < end).then(|| self.with(|s| s.selected = Some(Selected::Text { start, end, at })))
    }

    fn move_edge(&self, edge: Edge, step: i32, by_char: bool) -> Option<Rc<State>> {
        if matches!(self.selected, Some(Selected::Text { .. })) {
            return self.move_text_edge(edge, step, by_char);
        }
        let doc = self.doc.as_ref()?;
        let mut mark = self.selected_entity()?;
        let old_text = mark.text.clone();
        let map = OffsetMap::new(&doc.text);
        (mark.start, mark.end) = moved_span(&doc.text, mark.start, mark.end, edge, step, by_char);
        if mark.start >= mark.end {
            return Some(self.with(|s| s.notice = Some("A mark cannot be empty; press Delete to remove it.".into())));
        }
        mark.text = map.slice(&doc.text, mark.start, mark.end).to_string();
        mark.reviewed = true;
        mark.source = Source::User;
        let (start, end, label, id) = (mark.start, mark.end, mark.label.clone(), mark.id.clone());
        let correction = Correction { start, end, label: Some(label), replaces: Some(old_text) };
        Some(self.edit(Edit::PutEntity(mark), Some(correction), Some(Selected::Entity(id))))
    }

    fn delete_selected(&self) -> Option<Rc<State>> {
        match self.selected.clone()? {
            Selected::Entity(id) => {
                let mark = self.selected_entity()?;
                let next = self.edit(Edit::RemoveEntity(id), Correction::new(mark.start, mark.end, None), None);
                Some(next.with(|s| s.last = Some(Repeatable::Delete { text: mark.text })))
            }
            Selected::Quote(id) => Some(self.edit(Edit::RemoveQuote(id), None, None)),
            Selected::Text { .. } => None,
        }
    }

    fn apply_to_all(&self) -> Option<Rc<State>> {
        let doc = self.doc.as_ref()?;
        let last = self.last.clone()?;
        let text = match &last {
            Repeatable::Label { text, .. } | Repeatable::Delete { text } => text.clone(),
        };
        let tokens = tokenize(&doc.text);
        let mut edits = Vec::new();
        let mut fresh_ids = next_ids(doc, "e");
        for (start, end) in find_phrase(&tokens, &text) {
            let existing = doc.entities.iter().find(|e| e.start == start && e.end == end);
            match (&last, existing) {
                (Repeatable::Delete { .. }, Some(e)) => edits.push(Edit::RemoveEntity(e.id.clone())),
                (Repeatable::Label { label, .. }, existing) if existing.is_none_or(|e| &e.label != label || !e.reviewed) => {
                    let id = existing.map_or_else(|| fresh_ids.next().expect("the id sequence never ends"), |e| e.id.clone());
                    let mark = Entity { id, start, end, label: label.clone(), text: text.clone(), source: Source::User, score: None, reviewed: true };
                    edits.push(Edit::PutEntity(mark));
                }
                _ => {}
            }
        }
        let count = edits.len();
        if count == 0 {
            return Some(self.with(|s| s.notice = Some(format!("No other occurrence of “{text}” to change."))));
        }
        let next = self.edit(Edit::Batch(edits), None, None);
        Some(next.with(|s| s.notice = Some(format!("Applied to {count} more occurrence{} of “{text}”.", if count == 1 { "" } else { "s" }))))
    }

    fn undo_redo(&self, undo: bool) -> Rc<State> {
        if !self.pending.is_empty() {
            return self.learn_pending().undo_redo(undo);
        }
        let Some(doc) = &self.doc else { return self.with(|_| {}) };
        let (mut from, mut to) = if undo { ((*self.undo).clone(), (*self.redo).clone()) } else { ((*self.redo).clone(), (*self.undo).clone()) };
        let Some(edit) = from.pop() else {
            return self.with(|s| s.notice = Some(format!("Nothing to {}.", if undo { "undo" } else { "redo" })));
        };
        let mut next = (**doc).clone();
        match apply(&mut next, edit) {
            Ok(applied) => {
                to.push(applied.inverse);
                self.with(|s| {
                    s.doc = Some(Rc::new(next));
                    let (u, r) = if undo { (from, to) } else { (to, from) };
                    s.undo = Rc::new(u);
                    s.redo = Rc::new(r);
                    s.selected = None;
                    s.notice = None;
                })
            }
            Err(e) => self.fail(format!("Cannot {}: {e}.", if undo { "undo" } else { "redo" })),
        }
    }

    fn add_quote(&self, kind: QuoteKind) -> Option<Rc<State>> {
        let doc = self.doc.as_ref()?;
        let Some(Selected::Text { start, end, .. }) = self.selected.clone() else { return None };
        let map = OffsetMap::new(&doc.text);
        let id = next_id(doc, "q");
        let quote = Quote { id: id.clone(), start, end, text: map.slice(&doc.text, start, end).to_string(), kind, speaker: None, speaker_name: None, speaker_mention: None };
        Some(self.edit(Edit::PutQuote(quote), None, Some(Selected::Quote(id))))
    }

    fn change_quote(&self, id: &str, change: impl FnOnce(&mut Quote, &Document)) -> Option<Rc<State>> {
        let doc = self.doc.as_ref()?;
        let mut quote = doc.quotes.iter().find(|q| q.id == id)?.clone();
        change(&mut quote, doc);
        Some(self.edit(Edit::PutQuote(quote), None, Some(Selected::Quote(id.to_string()))))
    }
}

/// Where the label picker docks when text was selected from the keyboard.
pub const DOCKED: (f64, f64) = (-1.0, -1.0);

/// A span with one edge moved by a token (to the next token boundary of the
/// same kind) or by a character.
fn moved_span(text: &str, start: usize, end: usize, edge: Edge, step: i32, by_char: bool) -> (usize, usize) {
    let len = OffsetMap::new(text).len_chars();
    let tokens = tokenize(text);
    let at = match edge {
        Edge::Start => start,
        Edge::End => end,
    };
    let moved = if by_char {
        (at as i64 + step as i64).clamp(0, len as i64) as usize
    } else {
        let boundary = |t: &newsmark_engine::token::Token<'_>| if edge == Edge::Start { t.start } else { t.end };
        let found = if step < 0 { tokens.iter().rev().map(boundary).find(|&b| b < at) } else { tokens.iter().map(boundary).find(|&b| b > at) };
        found.unwrap_or(at)
    };
    match edge {
        Edge::Start => (moved, end),
        Edge::End => (start, moved),
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let saving = matches!(action, Action::Save);
        let next = self.clone().apply_action(action);
        if saving {
            next
        } else {
            next.mark_unsaved(&self)
        }
    }
}

impl State {
    fn apply_action(self: Rc<Self>, action: Action) -> Rc<Self> {
        let unchanged = |s: &Rc<State>| s.with(|_| {});
        match action {
            Action::SetInput(text) => self.with(|s| s.input = text),
            Action::Annotate if self.busy.is_some() => self.with(|s| s.notice = Some("Still annotating the last article…".into())),
            Action::Annotate if self.input.chars().count() > WORKER_THRESHOLD && cfg!(target_arch = "wasm32") => {
                if let Err(e) = newsmark_engine::check_text(&self.input) {
                    return self.fail(format!("Cannot annotate: {e}."));
                }
                let number = self.request.as_ref().map_or(1, |(n, _)| n + 1);
                let text = Rc::new(self.input.clone());
                self.with(|s| {
                    s.request = Some((number, text));
                    s.busy = Some(0.0);
                    s.error = None;
                })
            }
            Action::Annotate => self.annotate(self.input.clone()),
            Action::Save => self.save(),
            Action::Stored(failure) => self.with(|s| {
                s.writes_in_flight = false;
                if let Some(e) = failure {
                    s.error = Some(format!("Your last change could not be saved in this browser ({e}); it is still open here — download it to keep it."));
                }
            }),
            Action::WorkerReply(json) => {
                let reply: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
                if let Some(p) = reply.get("progress").and_then(|p| p.as_f64()) {
                    return self.with(|s| s.busy = Some(p as f32));
                }
                let done = self.with(|s| s.busy = None);
                match (reply.get("doc").and_then(|d| d.as_str()), reply.get("error").and_then(|e| e.as_str())) {
                    (Some(doc), _) => match from_json(doc) {
                        Ok(doc) => {
                            let text = doc.text.clone();
                            done.open_document(doc, text).with(|s| {
                                s.current = None;
                                s.title = String::new();
                            })
                        }
                        Err(e) => done.fail(format!("Cannot annotate: {e}.")),
                    },
                    (_, Some(e)) => done.fail(format!("Cannot annotate: {e}.")),
                    _ => done.fail("The annotation worker sent something unexpected.".into()),
                }
            }
            Action::OpenFile { name, bytes } => match String::from_utf8(bytes) {
                Err(e) => self.fail(format!("{name} is not UTF-8 text (invalid byte at offset {}); nothing was changed.", e.utf8_error().valid_up_to())),
                Ok(text) => {
                    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
                    let lower = name.to_lowercase();
                    match sniff(&name, &text) {
                        Some(Format::Brat) => self.fail(format!("{name} is a brat file: open it together with its .txt (select both).")),
                        Some(format) => match import(&text, format, None) {
                            Ok(docs) => self.import_documents(docs, &name),
                            Err(e) => self.fail(format!("{name} was not imported: {e}. Nothing was changed.")),
                        },
                        None if lower.ends_with(".json") || lower.ends_with(".jsonl") => {
                            self.fail(format!("{name} was not imported: it is not in a format newsmark reads. Nothing was changed."))
                        }
                        None => self.annotate(text),
                    }
                }
            },
            Action::SetFocus(focus) => self.with(|s| s.focus = focus),
            Action::SelectText { start, end, exact, at } => {
                let Some(doc) = &self.doc else { return unchanged(&self) };
                let span = if exact { (start < end).then_some((start, end)) } else { snap_to_tokens(&tokenize(&doc.text), start, end) };
                self.with(|s| s.selected = span.map(|(start, end)| Selected::Text { start, end, at }))
            }
            Action::Select(selected) => self.with(|s| {
                s.focus = match &selected {
                    Some(Selected::Quote(id)) => Some(Focus::Quote(id.clone())),
                    Some(Selected::Entity(id)) => Some(Focus::Entity(id.clone())),
                    _ => s.focus.clone(),
                };
                s.selected = selected;
            }),
            Action::AssignLabel(name) => match self.label(&name) {
                Ok(label) => self.assign(label),
                Err(e) => self.fail(e),
            },
            Action::Hotkey(key) => {
                let label = self.doc.as_ref().and_then(|d| d.labels.iter().find(|l| l.hotkey.as_deref() == Some(key.as_str())).map(|l| l.name.clone()));
                match label {
                    Some(label) if self.selected.is_some() => self.assign(label),
                    _ => unchanged(&self),
                }
            }
            Action::DeleteSelected => self.delete_selected().unwrap_or_else(|| unchanged(&self)),
            Action::AcceptSelected => match self.selected_entity() {
                Some(mut mark) if !mark.reviewed => {
                    mark.reviewed = true;
                    let id = mark.id.clone();
                    self.edit(Edit::PutEntity(mark), None, Some(Selected::Entity(id)))
                }
                _ => unchanged(&self),
            },
            Action::MoveEdge { edge, step, by_char } => self.move_edge(edge, step, by_char).unwrap_or_else(|| unchanged(&self)),
            Action::StepWord(step) => self.step_word(step).unwrap_or_else(|| unchanged(&self)),
            Action::ApplyToAll => self.apply_to_all().unwrap_or_else(|| self.with(|s| s.notice = Some("Label or delete a mark first; then apply it to all.".into()))),
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::AddQuote(kind) => self.add_quote(kind).unwrap_or_else(|| unchanged(&self)),
            Action::SetSpeaker(id, speaker) => self
                .change_quote(&id, |q, doc| {
                    q.speaker_name = speaker.as_ref().and_then(|s| doc.entities.iter().position(|e| &e.id == s)).map(|i| fullest_name(&doc.entities, i));
                    q.speaker_mention = None;
                    q.speaker = speaker;
                })
                .unwrap_or_else(|| unchanged(&self)),
            Action::SetQuoteKind(id, kind) => self.change_quote(&id, |q, _| q.kind = kind).unwrap_or_else(|| unchanged(&self)),
            Action::SetLabels(labels, renamed) => {
                let next = if self.doc.is_some() { self.edit(Edit::SetLabels { labels: labels.clone(), renamed }, None, self.selected.clone()) } else { unchanged(&self) };
                if next.error.is_some() {
                    return next;
                }
                let saved = storage::save_labels(&labels);
                next.with(|s| {
                    s.labels = Rc::new(labels);
                    s.error = saved.err().map(|e| format!("The label set could not be saved: {e}."));
                })
            }
            Action::ResetLearning => {
                if let Err(e) = storage::save_learned(&Learned::default()) {
                    return self.fail(format!("Could not reset: {e}."));
                }
                let annotator = Annotator::shipped();
                self.with(|s| {
                    s.annotator = Rc::new(RefCell::new(annotator));
                    s.learned = Rc::default();
                    s.notice = Some("Forgot everything learned from corrections.".into());
                })
            }
            Action::ToggleHelp => self.with(|s| s.help = !s.help),
            Action::SetFilter(filter) => self.with(|s| s.filter = filter),
            Action::Fail(message) => self.fail(message),
            Action::Dismiss => self.with(|s| s.error = None),
            Action::Learn => self.learn_pending(),
            Action::OpenBrat { ann, txt } => match (String::from_utf8(ann), String::from_utf8(txt)) {
                (Ok(ann), Ok(txt)) => match import(&ann, Format::Brat, Some(&txt)) {
                    Ok(docs) => self.import_documents(docs, "the brat files"),
                    Err(e) => self.fail(format!("The brat files were not imported: {e}. Nothing was changed.")),
                },
                _ => self.fail("The brat files are not UTF-8 text; nothing was changed.".into()),
            },
            Action::NewDocument => self.with(|s| {
                s.doc = None;
                s.input = String::new();
                s.current = None;
                s.title = String::new();
                s.selected = None;
                s.undo = Rc::default();
                s.redo = Rc::default();
            }),
            Action::OpenDocument(id) => {
                let learned = if self.pending.is_empty() { self.clone() } else { self.learn_pending().mark_unsaved(&self) };
                learned.save().open_saved(&id)
            }
            Action::RenameDocument(id, title) => {
                let title = title.trim().to_string();
                if title.is_empty() {
                    return self.fail("A document needs a title.".into());
                }
                if self.current.as_deref() == Some(id.as_str()) {
                    return self.with(|s| s.title = title);
                }
                let mut summary = match self.documents.iter().find(|d| d.id == id) {
                    Some(d) => d.clone(),
                    None => return unchanged(&self),
                };
                summary.title = title;
                match storage::load_document(&id).map(|json| storage::save_document(&summary, &json)) {
                    Some(Ok(index)) => self.with(|s| s.documents = Rc::new(index)),
                    Some(Err(e)) => self.fail(format!("Could not rename: {e}.")),
                    None => self.fail(format!("The saved document {id} is missing.")),
                }
            }
            Action::DuplicateDocument(id) => {
                let (Some(json), Some(original)) = (storage::load_document(&id), self.documents.iter().find(|d| d.id == id)) else { return unchanged(&self) };
                let copy = Summary { id: new_id(), title: format!("{} (copy)", original.title), changed: storage::now_ms(), ..original.clone() };
                match storage::save_document(&copy, &json) {
                    Ok(index) => self.with(|s| s.documents = Rc::new(index)),
                    Err(e) => self.fail(format!("Could not duplicate: {e}.")),
                }
            }
            Action::DeleteDocument(id) => {
                let (Some(json), Some(summary)) = (storage::load_document(&id), self.documents.iter().find(|d| d.id == id).cloned()) else { return unchanged(&self) };
                match storage::delete_document(&id) {
                    Ok(index) => self.with(|s| {
                        s.documents = Rc::new(index);
                        s.notice = Some(format!("Deleted “{}”.", summary.title));
                        s.deleted = Some(Rc::new((summary, json)));
                        if s.current.as_deref() == Some(id.as_str()) {
                            s.doc = None;
                            s.current = None;
                            s.title = String::new();
                            s.input = String::new();
                            s.undo = Rc::default();
                            s.redo = Rc::default();
                        }
                    }),
                    Err(e) => self.fail(format!("Could not delete: {e}.")),
                }
            }
            Action::UndoDelete => {
                let Some(deleted) = self.deleted.clone() else { return unchanged(&self) };
                match storage::save_document(&deleted.0, &deleted.1) {
                    Ok(index) => self.with(|s| {
                        s.documents = Rc::new(index);
                        s.deleted = None;
                        s.notice = Some(format!("Restored “{}”.", deleted.0.title));
                    }),
                    Err(e) => self.fail(format!("Could not restore: {e}.")),
                }
            }
            Action::Escape => self.with(|s| {
                s.error = None;
                s.help = false;
                s.selected = None;
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> Rc<State> {
        actions.into_iter().fold(Rc::new(State::default()), |s, a| s.reduce(a).reduce(Action::Learn))
    }

    fn marks(state: &State) -> Vec<(String, String, bool)> {
        state.doc.as_ref().unwrap().entities.iter().map(|e| (e.text.clone(), e.label.clone(), e.reviewed)).collect()
    }

    #[test]
    fn annotate_then_bad_file_keeps_the_document() {
        let state = run(vec![Action::SetInput("NATO met in Brussels.".into()), Action::Annotate]);
        let doc = state.doc.clone().expect("annotated");
        let state = state.reduce(Action::OpenFile { name: "x.json".into(), bytes: b"{\"format\": 1}".to_vec() });
        assert!(state.error.as_deref().unwrap().contains("not imported"));
        assert_eq!(state.doc.as_deref(), Some(&*doc));
        let state = state.reduce(Action::OpenFile { name: "x.txt".into(), bytes: vec![0xff, 0xfe, 0x00] });
        assert!(state.error.as_deref().unwrap().contains("not UTF-8"));
        assert_eq!(state.doc.as_deref(), Some(&*doc));
    }

    #[test]
    fn empty_text_is_refused_with_a_message() {
        let state = run(vec![Action::Annotate]);
        assert!(state.error.as_deref().unwrap().contains("empty"));
        assert!(state.doc.is_none());
    }

    #[test]
    fn export_file_round_trips() {
        let state = run(vec![Action::SetInput("\"Go,\" said Angela Merkel.".into()), Action::Annotate]);
        let json = newsmark_engine::format::to_json(state.doc.as_deref().unwrap());
        let fresh = run(vec![Action::OpenFile { name: "a.newsmark.json".into(), bytes: json.into_bytes() }]);
        assert_eq!(fresh.doc.as_ref().map(|d| newsmark_engine::format::to_json(d)), state.doc.as_ref().map(|d| newsmark_engine::format::to_json(d)));
    }

    #[test]
    fn select_label_relabel_delete_undo_redo() {
        let text = "Officials in Kandahar met the Blorgh envoy.";
        let blorgh = text.find("Blorgh").unwrap();
        let state = run(vec![Action::SetInput(text.into()), Action::Annotate]);
        let before = marks(&state);
        // A selection inside the word snaps to the whole token.
        let state = state.reduce(Action::SelectText { start: blorgh + 1, end: blorgh + 3, exact: false, at: (0.0, 0.0) });
        let state = state.reduce(Action::Hotkey("2".into())).reduce(Action::Learn);
        assert!(marks(&state).contains(&("Blorgh".into(), "ORG".into(), true)));
        let state = state.reduce(Action::Hotkey("4".into())).reduce(Action::Learn);
        assert!(marks(&state).contains(&("Blorgh".into(), "MISC".into(), true)));
        let state = state.reduce(Action::DeleteSelected).reduce(Action::Learn);
        assert!(!marks(&state).iter().any(|m| m.0 == "Blorgh"));
        let state = state.reduce(Action::Undo).reduce(Action::Undo).reduce(Action::Undo);
        assert_eq!(marks(&state), before);
        let state = state.reduce(Action::Redo);
        assert!(marks(&state).contains(&("Blorgh".into(), "ORG".into(), true)));
    }
}
