//! What the reducer asks the outside world to do; [`crate::effects`] runs it
//! and answers with actions.

use super::Summary;
use newsmark_engine::document::{Document, Label};
use newsmark_engine::history::History;
use newsmark_engine::learn::Learned;
use std::rc::Rc;

pub use newsmark_engine::learn::Correction;

/// One thing to do outside the reducer.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Annotate an article: here ([`super::Action::Annotated`] follows), or
    /// for a long one in the worker (replies come as [`super::Action::WorkerReply`]).
    Annotate {
        /// The article.
        text: Rc<str>,
        /// What was learned.
        learned: Rc<Learned>,
        /// In the worker.
        in_worker: bool,
    },
    /// Dispatch [`super::Action::Learn`] once the change is on screen.
    LearnAfterPaint,
    /// Give the keyboard focus to a mark (its id) once it is drawn, scrolled into view.
    FocusMark(String),
    /// Give the keyboard focus to the selected quote's editor once it is drawn.
    FocusQuoteEditor,
    /// Learn from corrections of `doc` and re-tag it ([`super::Action::Learned`] follows).
    Learn {
        /// The document as corrected.
        doc: Rc<Document>,
        /// The corrections, oldest first.
        corrections: Vec<Correction>,
        /// What was learned before them.
        learned: Rc<Learned>,
    },
    /// Re-tag a long article in the worker with what was learned (a `retagged` reply follows).
    RetagInWorker {
        /// The request's number, which the reply carries.
        request: u32,
        /// The document as corrected.
        doc: Rc<Document>,
        /// Everything learned.
        learned: Rc<Learned>,
        /// The corrections just learned from: the re-tag changes only what agrees with them.
        taught: Vec<Correction>,
    },
    /// Load what was learned into the model (it was reset, or came from another tab).
    ReloadModel(Rc<Learned>),
    /// Keep what was learned, if nothing else was stored since revision `base`
    /// ([`super::Action::LearnedStored`] follows); `replace` overwrites what is stored whatever it is (a reset).
    SaveLearned {
        /// What was learned.
        learned: Rc<Learned>,
        /// The stored revision it is based on.
        base: u64,
        /// Overwrite a newer revision rather than merge with it.
        replace: bool,
    },
    /// Keep the label set.
    SaveLabels(Vec<Label>),
    /// Dispatch [`super::Action::Save`] once the change is on screen.
    SaveAfterPaint,
    /// Save the open document (a new id when it has none; [`super::Action::Saved`] follows).
    SaveDocument {
        /// Its id, if it was saved before.
        id: Option<String>,
        /// The stored revision it is based on.
        base: u64,
        /// Which opening of a document this is.
        serial: u64,
        /// Marks both this tab and another changed, this tab's kept: the other tabs are told.
        overrode: Rc<Vec<String>>,
        /// Its title.
        title: String,
        /// The document.
        doc: Rc<Document>,
        /// Its undo history.
        history: Rc<History>,
    },
    /// Save only the open document's undo history.
    SaveHistory {
        /// The document's id.
        id: String,
        /// Its undo history.
        history: Rc<History>,
    },
    /// Save imported documents but the first, then open the first ([`super::Action::Imported`]).
    Import {
        /// What was opened, for messages.
        name: String,
        /// The documents, the first to be opened.
        docs: Vec<Document>,
    },
    /// Tally the sources of every saved document, the open one as it is now ([`super::Action::SourcesTallied`] follows).
    TallySources {
        /// The open document and its id.
        open: Option<(String, Rc<Document>)>,
    },
    /// Keep a gender in saved documents (each with the name it gives the source), then tally again.
    NoteGender {
        /// (document id, name) of each.
        documents: Vec<(String, String)>,
        /// The gender (None: unknown).
        gender: Option<newsmark_engine::names::Gender>,
        /// The open document and its id, for the tally.
        open: Option<(String, Rc<Document>)>,
    },
    /// Select-scroll a quote into view once it is drawn.
    FocusQuote(String),
    /// Read a saved document ([`super::Action::DocumentLoaded`] follows).
    LoadDocument(String),
    /// Rename a saved document that is not open.
    RenameDocument {
        /// Its id.
        id: String,
        /// The new title.
        title: String,
    },
    /// Copy a saved document.
    DuplicateDocument(String),
    /// Mark a saved document done or not.
    SetDone(String, bool),
    /// Delete a saved document ([`super::Action::Deleted`] follows).
    DeleteDocument(String),
    /// Save a deleted document again.
    RestoreDocument(Rc<(Summary, String)>),
    /// Read what other tabs changed: the document list, the open document, labels, learning.
    Refresh {
        /// The keys another tab wrote.
        keys: Vec<String>,
        /// The open document's id.
        open: Option<String>,
        /// What that tab's write overrode.
        overridden: Vec<String>,
    },
}
