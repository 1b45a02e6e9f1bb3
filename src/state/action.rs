//! What the user and the effects can do, and what the editor acts on.

use super::{Correction, SaveOutcome, Summary};
use newsmark_engine::document::{Document, Label, QuoteKind};
use newsmark_engine::history::History;
use newsmark_engine::learn::Learned;
use std::rc::Rc;

/// Where the label picker docks when text was selected from the keyboard.
pub const DOCKED: (f64, f64) = (-1.0, -1.0);

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

/// Everything the user can do.
pub enum Action {
    /// The text box changed.
    SetInput(String),
    /// Annotate the text box's article.
    Annotate,
    /// Put an example article in the text box and annotate it.
    TryExample(String),
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
    /// An edge of the selected mark dragged (a handle, by mouse or touch) to a code point.
    DragEdge {
        /// Which edge.
        edge: Edge,
        /// Where it was let go.
        to: usize,
    },
    /// Select the next (+1) or previous (-1) word after the selection, to mark text from the keyboard.
    StepWord(i32),
    /// Repeat the last add, relabel or delete on every other occurrence of the same text.
    ApplyToAll,
    /// Open the find bar (or close it, with false).
    Find(bool),
    /// Select the next occurrence of these words after the selection.
    FindNext(String),
    /// Give every occurrence of these words the label (reviewed, as if marked by hand).
    MarkAll {
        /// The words.
        text: String,
        /// The label.
        label: String,
    },
    /// Select the next mark of a kind after the selection (wrapping round), to review marks in order.
    Next(super::Review),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Make the selected text a quote.
    AddQuote(QuoteKind),
    /// Give a quote the speaker typed: a person or organisation marked in the article (by name), or any phrase (an unnamed source).
    SetSpeakerName(String, String),
    /// Change a quote's kind.
    SetQuoteKind(String, QuoteKind),
    /// Replace the label set; (old, new) when a label was renamed.
    SetLabels(Vec<Label>, Option<(String, String)>),
    /// Forget what was learned from corrections (once the user said yes to [`super::Question::ResetLearning`]).
    ResetLearning,
    /// Ask before forgetting what was learned.
    AskResetLearning,
    /// The answer to the open question.
    Answer(bool),
    /// Show or hide the shortcut list.
    ToggleHelp,
    /// Filter the entity list.
    SetFilter(String),
    /// Show only unreviewed or unsure marks in the entity list (None: all).
    Show(Option<super::Review>),
    /// Show a problem.
    Fail(String),
    /// Hide the messages.
    Dismiss,
    /// Leave the selection and close the shortcut list and messages.
    Escape,
    /// Learn from the pending corrections and re-tag the unreviewed marks,
    /// as part of the edit that caused them (runs after the edit is drawn).
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
    /// The entity model arrived (its size in bytes), or could not be loaded.
    ModelLoaded(Result<usize, String>),
    /// Show who is quoted across every saved document.
    OpenDashboard,
    /// Back to the article.
    CloseDashboard,
    /// The sources were tallied.
    SourcesTallied(std::rc::Rc<super::SourcesView>),
    /// Set a source's gender (None: unknown) in every document that quotes it: (document id, the name it gives the source).
    SetSourceGender {
        /// Where the source is quoted, and by what name.
        appearances: Vec<(String, String)>,
        /// The gender.
        gender: Option<newsmark_engine::names::Gender>,
    },
    /// Open a document (if it is not open) and select one of its quotes.
    ShowQuote {
        /// The document's id.
        document: String,
        /// The quote's id.
        quote: String,
    },
    /// Rename a saved document.
    RenameDocument(String, String),
    /// Copy a saved document.
    DuplicateDocument(String),
    /// Mark a saved document done (or not done).
    SetDone(String, bool),
    /// Delete a saved document (undoable).
    DeleteDocument(String),
    /// Bring back the last deleted document.
    UndoDelete,
    /// A message from the annotation worker (JSON: progress, a document, a re-tagged document or an error).
    WorkerReply(String),
    /// Save what changed in the browser (runs after the change is on screen).
    Save,
    /// The browser's database has taken every write, or one failed (the error).
    Stored(Option<String>),
    /// An article was annotated (its text, and the document or why not).
    Annotated(Result<Document, String>),
    /// Learning from `corrections` pending corrections is done: what was
    /// learned, and `base` re-tagged (None: no re-tag, as for a long article
    /// whose re-tag the worker sends).
    Learned {
        /// The document learning started from.
        base: Rc<Document>,
        /// The pending corrections it learned from, oldest first.
        taught: Vec<Correction>,
        /// Everything learned so far.
        learned: Learned,
        /// The re-tagged document.
        retagged: Option<Document>,
    },
    /// The open document was saved under `id`, or another tab had saved it first, or it could not be saved.
    Saved {
        /// Its storage id.
        id: String,
        /// Which opening of a document the save was for ([`super::Article::serial`]).
        serial: u64,
        /// The document as saved.
        doc: Rc<Document>,
        /// What happened, or why it failed.
        result: Result<SaveOutcome, String>,
    },
    /// Imported documents were saved; `first` is to be opened.
    Imported {
        /// What was opened (a file name), for messages.
        name: String,
        /// The first document.
        first: Box<Document>,
        /// The document list after saving the others, or why it failed.
        result: Result<Vec<Summary>, String>,
    },
    /// A saved document was read (its JSON and revision, None if missing) with its history.
    DocumentLoaded {
        /// Its storage id.
        id: String,
        /// Its JSON and revision, if it is there.
        json: Option<(String, u64)>,
        /// Its undo history.
        history: History,
    },
    /// Another tab changed these stored keys; its write overrode these marks of ours.
    External {
        /// The keys.
        keys: Vec<String>,
        /// Ids of marks and quotes both tabs changed, the other tab's version kept.
        overridden: Vec<String>,
    },
    /// Another tab saved (or deleted, with `None`) the open document.
    ExternalDocument {
        /// Its storage id.
        id: String,
        /// Its JSON and revision as stored now.
        stored: Option<(String, u64)>,
        /// Ids of marks and quotes both tabs changed, the other tab's version kept.
        overridden: Vec<String>,
    },
    /// Another tab changed the label set.
    LabelsChanged(Vec<Label>),
    /// Put back this tab's versions of the marks another tab's save overrode.
    KeepMine,
    /// What was learned was stored (its revision); or, with `learned`, what is stored now
    /// (another tab's learning, merged with this tab's when `save`).
    LearnedStored {
        /// The stored revision.
        revision: u64,
        /// What was learned, if it changed.
        learned: Option<Learned>,
        /// Save it (it is a merge of this tab's learning with another's).
        save: bool,
    },
    /// A saved document was deleted: its summary and JSON (to undo), and the list.
    Deleted(Result<(Summary, String, Vec<Summary>), String>),
    /// The last deleted document was saved again: the document list, or why it could not be.
    Restored(Result<Vec<Summary>, String>),
    /// The document list changed (rename, copy), or could not.
    LibraryChanged {
        /// The new list, or why the change failed.
        result: Result<Vec<Summary>, String>,
        /// How the failure message starts ("Could not rename").
        failed: &'static str,
    },
}
