//! The app's one state type and its pure reducer: an action in, the next
//! state and the effects to run out (saving, annotating, learning run in
//! [`crate::effects`]). Nothing here touches the browser, so the reducer is
//! tested natively.

mod action;
mod editing;
mod effect;
mod labels;
mod learning;
mod library;
mod quotes;
mod review;
mod sources;
mod tabs;
#[cfg(test)]
mod tests;

use crate::wording::plural;
pub use action::{Action, Edge, Focus, Selected, DOCKED};
pub use effect::{Correction, Effect};
pub use labels::check_labels;
pub use library::{SaveOutcome, Summary};
use newsmark_engine::document::{default_labels, Document, Label, Source};
use newsmark_engine::edit::Edit;
use newsmark_engine::history::History;
use newsmark_engine::learn::Learned;
pub use review::{is_unsure, Review};
pub use sources::{Dashboard, SourcesView};
use std::rc::Rc;

/// Articles longer than this (in characters) are annotated, and re-tagged
/// after learning, in the worker.
pub const WORKER_THRESHOLD: usize = 100_000;

/// The last add, relabel or delete, which "apply to all" repeats.
#[derive(Debug, Clone, PartialEq)]
enum Repeatable {
    Label { text: String, label: String },
    Delete { text: String },
}

/// The open article and what is being done to it.
#[derive(Clone, Default)]
pub struct Article {
    /// The text box.
    pub input: Rc<str>,
    /// The annotated document, if any.
    pub doc: Option<Rc<Document>>,
    /// What the keys act on.
    pub selected: Option<Selected>,
    /// Linked highlighting.
    pub focus: Option<Focus>,
    /// Undo and redo.
    pub history: Rc<History>,
    last: Option<Repeatable>,
    /// Corrections not learned yet: learning re-tags the article, so it runs
    /// just after the edit is drawn.
    pub pending: Rc<Vec<Correction>>,
    /// Corrections handed to learning, whose result has not come back.
    learning: usize,
    /// The re-tag the worker is doing for a long article: its number and the document it started from.
    retag: Option<(u32, Rc<Document>)>,
    /// Marks the last re-tag changed, shown briefly so that nothing moves unseen.
    pub flashed: Rc<Vec<String>>,
    /// The storage id of the open document (none until first saved).
    pub current: Option<String>,
    /// Its title.
    pub title: String,
    /// The stored revision the open document is based on (0: never saved).
    pub revision: u64,
    /// The document as stored at that revision: what another tab's changes are merged against.
    pub synced: Option<Rc<Document>>,
    /// Marks and quotes that both this tab and another changed, this tab's version kept: the next save tells the other tab.
    pub overrode: Rc<Vec<String>>,
    /// Puts back this tab's versions of marks another tab's save overrode ("Keep mine").
    pub restore: Option<Rc<Edit>>,
    /// Which opening of a document this is, so that a save finishing after another document was opened is not taken for it.
    pub serial: u64,
    /// What each undo step taught the model, so that undo and redo take it back and forth.
    learned_steps: Rc<Vec<LearnedStep>>,
    /// The undo step the corrections being learned belong to (the undo stack's length then).
    learning_depth: usize,
}

/// What learning from the corrections of one undo step changed.
#[derive(Clone)]
struct LearnedStep {
    /// The undo stack's length with the step on it.
    depth: usize,
    /// What was learned before.
    before: Rc<Learned>,
    /// And after.
    after: Rc<Learned>,
}

/// Everything kept across articles.
#[derive(Clone, Default)]
pub struct Library {
    /// The saved documents, newest first.
    pub documents: Rc<Vec<Summary>>,
    /// The last deleted document (summary and JSON), until the delete is undone or another follows.
    pub deleted: Option<Rc<(Summary, String)>>,
    /// The label set for new documents.
    pub labels: Rc<Vec<Label>>,
    /// What the model learned from corrections.
    pub learned: Rc<Learned>,
    /// The stored revision of what was learned.
    pub learned_revision: u64,
}

/// Messages, panels and progress.
#[derive(Clone, Default)]
pub struct Ui {
    /// The last problem to tell the user about.
    pub error: Option<String>,
    /// The last thing to tell the user (such as marks replaced).
    pub notice: Option<String>,
    /// The shortcut list is open.
    pub help: bool,
    /// The entity list's filter.
    pub filter: String,
    /// Which marks the entity list shows (None: all).
    pub showing: Option<Review>,
    /// How far the worker got (0 to 1) while it annotates.
    pub busy: Option<f32>,
    /// The open document changed since it was last saved.
    pub unsaved_document: bool,
    /// Its undo history changed since it was last saved.
    pub unsaved_history: bool,
    /// Saved changes still on their way into the browser's database.
    pub writes_in_flight: bool,
    /// The open document is being saved (its revision checked against the stored one).
    pub saving: bool,
    /// The last save of the open document failed.
    pub save_failed: bool,
    /// How many times a document was opened, for [`Article::serial`].
    pub opened: u64,
    /// A question waiting for the user's answer.
    pub question: Option<Rc<Question>>,
    /// The find bar is open.
    pub finding: bool,
    /// The Sources view across documents.
    pub dashboard: Dashboard,
    /// A quote to select once its document is open (picked in the Sources view).
    pub reveal: Option<String>,
    /// Whether the entity model has arrived (None: still loading; work that needs it waits).
    pub model: Option<Result<usize, String>>,
    /// An article waits to be annotated until the model arrives.
    pub awaiting_model: bool,
}

/// What the app asks before doing something the user may not mean.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Forget everything learned (there is no undo).
    ResetLearning {
        /// Corrections that would be forgotten.
        corrections: usize,
    },
    /// Join the lines of a pasted article wrapped by hand before annotating it (either answer annotates).
    JoinLines {
        /// The article with those lines joined.
        text: Rc<str>,
        /// How many line breaks that joins.
        breaks: usize,
    },
    /// Import a file whose article is already among the documents.
    ImportAgain {
        /// The file's name.
        name: String,
        /// What it holds.
        docs: Vec<Document>,
        /// The titles of the documents with the same text.
        titles: Vec<String>,
    },
}

impl Question {
    /// The question as the user reads it, and the two answers.
    pub fn wording(&self) -> (String, &'static str, &'static str) {
        match self {
            Question::ResetLearning { corrections } => (
                format!("Forget what the model learned from {corrections} correction{}? This cannot be undone.", plural(*corrections)),
                "Forget",
                "Keep",
            ),
            Question::JoinLines { breaks, .. } => (
                format!(
                    "This article looks wrapped by hand: {breaks} line break{} fall{} inside sentences, where a name or a sentence \
                     broken over two lines would be read as two. Join those lines before annotating?",
                    plural(*breaks),
                    // (The verb agrees: one break falls, two fall.)
                    if *breaks == 1 { "s" } else { "" }
                ),
                "Join the lines",
                "Keep them",
            ),
            Question::ImportAgain { name, titles, .. } => (
                format!("{name} is already among your documents (“{}”). Import it again as a copy?", titles.join("”, “")),
                "Import a copy",
                "Cancel",
            ),
        }
    }
}

/// A key for an article's text: its length and a hash of its bytes, eight at a time (a 5 MB text in a few milliseconds).
pub fn text_key(text: &str) -> String {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for chunk in text.as_bytes().chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x5851_f42d_4c95_7f2d);
    }
    format!("{}-{hash:x}", text.len())
}

/// Everything the app shows.
#[derive(Clone, Default)]
pub struct State {
    /// The open article.
    pub article: Article,
    /// Saved documents, labels, learning.
    pub library: Library,
    /// Messages and panels.
    pub ui: Ui,
}

/// What was kept in the browser, read before the app starts.
#[derive(Default)]
pub struct Saved {
    /// The label set, if one was saved.
    pub labels: Option<Vec<Label>>,
    /// What was learned, and its stored revision.
    pub learned: (Learned, u64),
    /// The saved documents, newest first.
    pub documents: Vec<Summary>,
    /// The document to open (the one the tab had open before a reload, else the newest): its id,
    /// JSON and revision, and its history.
    pub latest: Option<(String, (String, u64), History)>,
}

/// Whether an article is long enough to be annotated and re-tagged in the worker.
pub fn is_long(text: &str) -> bool {
    // A character takes at most four bytes, so most texts need no count.
    text.len() > 4 * WORKER_THRESHOLD || text.len() > WORKER_THRESHOLD && text.chars().count() > WORKER_THRESHOLD
}

/// A document's default title: its first line, cut at a word before 80
/// characters where it is longer (the list shows the cut; a mark in the text
/// would read as part of the title).
pub fn title_of(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    if line.chars().count() <= 80 {
        return line.to_string();
    }
    let cut: String = line.chars().take(80).collect();
    let at_word = cut.rfind(char::is_whitespace).filter(|&i| i > 20).unwrap_or(cut.len());
    cut[..at_word].trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).to_string()
}

impl Article {
    /// Corrections whose learning has not finished, counting a re-tag the worker is still doing.
    pub fn learning_left(&self) -> usize {
        self.pending.len() + usize::from(self.retag.is_some())
    }
}

impl State {
    /// The state after start-up: saved labels, learning and documents, with the newest document open.
    pub fn from_saved(saved: Saved) -> State {
        let mut state = State {
            library: Library {
                documents: Rc::new(saved.documents),
                labels: Rc::new(saved.labels.unwrap_or_else(default_labels)),
                learned: Rc::new(saved.learned.0),
                learned_revision: saved.learned.1,
                deleted: None,
            },
            ..State::default()
        };
        if let Some((id, json, history)) = saved.latest {
            state.document_loaded(id, Some(json), history);
        }
        state
    }

    /// The pure reducer: the next state and the effects to run.
    pub fn reduce(self: &Rc<Self>, action: Action) -> (Rc<State>, Vec<Effect>) {
        let mut next = (**self).clone();
        let mut effects = Vec::new();
        // Saving, and taking in what storage holds, change nothing that needs saving.
        let from_storage =
            matches!(action, Action::Save | Action::Saved { .. } | Action::ExternalDocument { .. } | Action::DocumentLoaded { .. });
        next.update(action, &mut effects);
        if !from_storage {
            next.note_unsaved(self, &mut effects);
        }
        if next.article.pending.len() > next.article.learning && self.article.pending.len() <= self.article.learning {
            effects.push(Effect::LearnAfterPaint);
        }
        (Rc::new(next), effects)
    }

    fn fail(&mut self, message: String) {
        self.ui.error = Some(message);
        self.ui.notice = None;
    }

    /// Notes what changed since `before`, to be saved after the next frame.
    fn note_unsaved(&mut self, before: &State, effects: &mut Vec<Effect>) {
        let Some(doc) = &self.article.doc else { return };
        let (now, then) = (&self.article, &before.article);
        let document = !then.doc.as_ref().is_some_and(|b| Rc::ptr_eq(b, doc)) || then.current != now.current || then.title != now.title;
        let history = !Rc::ptr_eq(&then.history, &now.history);
        let was_unsaved = self.ui.unsaved_document || self.ui.unsaved_history;
        self.ui.unsaved_document |= document;
        self.ui.unsaved_history |= history;
        if !was_unsaved && (document || history) {
            effects.push(Effect::SaveAfterPaint);
        }
    }

    /// Shows a document as the open one: fresh history, labels from the
    /// settings (plus any the model needs) for a document not yet corrected.
    fn open_document(&mut self, mut doc: Document) {
        if doc.entities.iter().all(|e| !e.reviewed && e.source == Source::Model) {
            let mut labels = (*self.library.labels).clone();
            for l in default_labels() {
                if !labels.iter().any(|x| x.name == l.name) {
                    labels.push(l);
                }
            }
            doc.labels = labels;
        }
        let article = &mut self.article;
        article.input = Rc::from(doc.text.as_str());
        article.doc = Some(Rc::new(doc));
        article.focus = None;
        article.selected = None;
        article.history = Rc::default();
        article.last = None;
        article.pending = Rc::default();
        article.learning = 0;
        article.restore = None;
        article.learned_steps = Rc::default();
        self.ui.opened += 1;
        article.serial = self.ui.opened;
        self.ui.error = None;
        self.ui.notice = None;
    }

    fn update(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::SetInput(text) => self.article.input = Rc::from(text),
            Action::SetFocus(focus) => self.article.focus = focus,
            Action::ToggleHelp => self.ui.help = !self.ui.help,
            Action::Find(open) => self.ui.finding = open && self.article.doc.is_some(),
            Action::Answer(yes) => match self.ui.question.take().map(Rc::unwrap_or_clone) {
                Some(Question::JoinLines { text, .. }) => {
                    if yes {
                        self.article.input = text;
                    }
                    self.annotate_input(effects);
                }
                Some(Question::ResetLearning { .. }) if yes => self.update_learning(Action::ResetLearning, effects),
                Some(Question::ImportAgain { name, docs, .. }) if yes => effects.push(Effect::Import { name, docs }),
                _ => {}
            },
            Action::ModelLoaded(result) => {
                if let Err(e) = &result {
                    self.ui.busy = None;
                    self.ui.awaiting_model = false;
                    self.ui.dashboard = Dashboard::Closed;
                    self.fail(format!(
                        "The entity model could not be loaded ({e}). Your documents are safe; reload the page to try again."
                    ));
                }
                self.ui.model = Some(result);
            }
            Action::SetFilter(filter) => self.ui.filter = filter,
            Action::Show(showing) => self.ui.showing = showing,
            Action::Fail(message) => self.fail(message),
            Action::Dismiss => self.ui.error = None,
            Action::Escape => {
                self.ui.dashboard = Dashboard::Closed;
                self.ui.error = None;
                self.ui.help = false;
                self.ui.finding = false;
                self.article.selected = None;
            }
            Action::Select(selected) => {
                if let Some(Selected::Quote(id)) = &selected {
                    self.article.focus = Some(Focus::Quote(id.clone()));
                }
                if let Some(Selected::Entity(id)) = &selected {
                    self.article.focus = Some(Focus::Entity(id.clone()));
                }
                self.article.selected = selected;
            }
            Action::TryExample(text) => {
                self.article.input = Rc::from(text);
                self.update_library(Action::Annotate, effects);
            }
            Action::Annotate
            | Action::Annotated { .. }
            | Action::OpenFile { .. }
            | Action::OpenBrat { .. }
            | Action::Imported { .. }
            | Action::WorkerReply(_)
            | Action::Save
            | Action::Saved { .. }
            | Action::Stored(_)
            | Action::NewDocument
            | Action::OpenDocument(_)
            | Action::DocumentLoaded { .. }
            | Action::RenameDocument(..)
            | Action::DuplicateDocument(_)
            | Action::SetDone(..)
            | Action::DeleteDocument(_)
            | Action::Deleted(_)
            | Action::UndoDelete
            | Action::Restored(_)
            | Action::LibraryChanged { .. } => self.update_library(action, effects),
            Action::External { .. } | Action::ExternalDocument { .. } | Action::LabelsChanged(_) | Action::KeepMine => {
                self.update_from_other_tabs(action, effects)
            }
            Action::AskResetLearning => {
                self.ui.question = Some(Rc::new(Question::ResetLearning { corrections: self.library.learned.examples.len() }))
            }
            Action::Learn | Action::Learned { .. } | Action::LearnedStored { .. } | Action::ResetLearning => {
                self.update_learning(action, effects)
            }
            Action::OpenDashboard
            | Action::CloseDashboard
            | Action::SourcesTallied(_)
            | Action::SetSourceGender { .. }
            | Action::ShowQuote { .. } => self.update_sources(action, effects),
            editing => self.update_editing(editing, effects),
        }
    }
}
