//! Annotating, opening and importing articles, and the saved document list.

use super::{is_long, title_of, Action, Effect, Question, State};
use crate::wording::plural;
use newsmark_engine::check_text;
use newsmark_engine::document::Document;
use newsmark_engine::edit::Edit;
use newsmark_engine::format::from_json;
use newsmark_engine::formats::{import, recognise, Format, NotAnArticle};
use newsmark_engine::history::History;
use newsmark_engine::revise::{refresh, revise};
use newsmark_engine::wrapped::{join_wrapped_lines, Joined};
use std::rc::Rc;

/// What Open file… reads, for messages about files it cannot.
const OPENS: &str = "newsmark opens plain-text articles, newsmark JSON or JSON lines (with or without the format header), \
spaCy/Prodigy, doccano and Label Studio files, and brat .ann files together with their .txt.";

/// A saved document as the document list shows it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Storage id.
    pub id: String,
    /// Title: the first line, or what the user named it.
    pub title: String,
    /// When it last changed (ms since 1970).
    pub changed: f64,
    /// Reviewed marks.
    pub reviewed: usize,
    /// All marks.
    pub total: usize,
    /// A key of its text ([`super::text_key`]), to notice the same article imported again (empty in older lists).
    #[serde(default)]
    pub text: String,
    /// The user marked it done.
    #[serde(default)]
    pub done: bool,
}

/// What saving the open document came to.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveOutcome {
    /// Written as this revision; the document list after it.
    Written {
        /// The new stored revision.
        revision: u64,
        /// The saved documents, newest first.
        index: Vec<Summary>,
    },
    /// Not written: another tab saved the document first; what it saved, to merge with.
    Stale {
        /// The stored revision.
        revision: u64,
        /// The stored document's JSON.
        json: String,
    },
}

/// What the annotation worker answers (`worker.rs`): progress, a re-tag's changes for its request, or the
/// annotated document or an error.
#[derive(Default, serde::Deserialize)]
struct WorkerReply {
    progress: Option<f32>,
    request: Option<u64>,
    retag_edit: Option<Edit>,
    doc: Option<String>,
    error: Option<String>,
}

impl State {
    pub(super) fn update_library(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::Annotate if matches!(self.ui.model, Some(Err(_))) => self.fail(
                "Cannot annotate: the entity model could not be loaded. Your text and documents are kept; reload the page to try again."
                    .into(),
            ),
            Action::Annotate if self.ui.busy.is_some() || self.ui.awaiting_model => {
                self.ui.notice = Some("Still annotating the last article…".into())
            }
            Action::Annotate => match check_text(&self.article.input) {
                Err(e) => self.fail(format!("Cannot annotate: {e}.")),
                // Lines broken mid-sentence would be read as sentences of their own: ask to join them first.
                Ok(()) => match join_wrapped_lines(&self.article.input) {
                    Some(Joined { text, breaks }) => self.ui.question = Some(Rc::new(Question::JoinLines { text: Rc::from(text), breaks })),
                    None => self.annotate_input(effects),
                },
            },
            Action::Annotated(Ok(doc)) => {
                self.ui.awaiting_model = false;
                self.annotated(doc)
            }
            // The current document stays as it was.
            Action::Annotated(Err(e)) => {
                self.ui.awaiting_model = false;
                self.fail(format!("Cannot annotate: {e}."))
            }
            Action::WorkerReply(json) => self.worker_reply(&json),
            Action::OpenFile { name, bytes } => match String::from_utf8(bytes) {
                Err(e) => self.fail(format!(
                    "{name} is not UTF-8 text (invalid byte at offset {}); nothing was changed.",
                    e.utf8_error().valid_up_to()
                )),
                Ok(text) => {
                    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
                    match recognise(&name, &text) {
                        Ok(Some(Format::Brat)) => {
                            self.fail(format!("{name} is a brat file: open it together with its .txt (select both)."))
                        }
                        Ok(Some(format)) => match import(&text, format, None) {
                            Ok(docs) if docs.is_empty() => self.fail(format!("{name} holds no document.")),
                            Ok(docs) => self.import(name, docs, effects),
                            Err(e) => self.fail(format!("{name} was not imported: {e}. {OPENS} Nothing was changed.")),
                        },
                        Err(refusal @ NotAnArticle::Texts) => self.fail(format!(
                            "{name} was not opened: {refusal}. Paste or open one article at a time, or annotate them all with the \
                             command line's `newsmark annotate --jsonl`. Nothing was changed."
                        )),
                        Err(refusal @ NotAnArticle::Data(_)) => {
                            self.fail(format!("{name} was not opened: {refusal}. {OPENS} Nothing was changed."))
                        }
                        Err(refusal) => self.fail(format!("{name} was not imported: {refusal}. {OPENS} Nothing was changed.")),
                        Ok(None) => {
                            self.article.input = Rc::from(text);
                            self.update_library(Action::Annotate, effects);
                        }
                    }
                }
            },
            Action::OpenBrat { ann, txt } => match (String::from_utf8(ann), String::from_utf8(txt)) {
                (Ok(ann), Ok(txt)) => match import(&ann, Format::Brat, Some(&txt)) {
                    Ok(docs) if docs.is_empty() => self.fail("the brat files hold no document.".into()),
                    Ok(docs) => self.import("the brat files".into(), docs, effects),
                    Err(e) => self.fail(format!("The brat files were not imported: {e}. Nothing was changed.")),
                },
                _ => self.fail("The brat files are not UTF-8 text; nothing was changed.".into()),
            },
            Action::Imported { name, first, result } => match result {
                Ok(index) => {
                    self.library.documents = Rc::new(index);
                    self.open_document(*first);
                    self.detach_document();
                }
                Err(e) => self.fail(format!("{name} could not be saved in this browser: {e}. Nothing was changed.")),
            },
            Action::Save => self.save(effects),
            Action::Saved { id, serial, doc, result } => {
                self.ui.saving = false;
                let this_document = serial == self.article.serial;
                match result {
                    Ok(SaveOutcome::Written { revision, index }) => {
                        if this_document && revision > self.article.revision {
                            self.article.current = Some(id);
                            self.article.revision = revision;
                            self.article.synced = Some(doc);
                        }
                        self.library.documents = Rc::new(index);
                    }
                    Ok(SaveOutcome::Stale { revision, json }) if this_document => {
                        // Another tab saved first: its changes join ours, and ours are saved on top.
                        self.take_theirs(&json, revision, &[], effects);
                    }
                    Ok(SaveOutcome::Stale { .. }) => {}
                    Err(e) => {
                        self.ui.save_failed = true;
                        self.ui.error = Some(format!(
                            "Your work could not be saved in this browser ({e}); it is still open here — download it to keep it."
                        ));
                        // The next change tries again; retrying at once would only fail again.
                        return;
                    }
                }
                self.ui.save_failed = false;
                if self.ui.unsaved_document || self.ui.unsaved_history {
                    self.save(effects);
                }
            }
            Action::Stored(failure) => {
                self.ui.writes_in_flight = false;
                if let Some(e) = failure {
                    self.ui.error = Some(format!(
                        "Your last change could not be saved in this browser ({e}); it is still open here — download it to keep it."
                    ));
                }
            }
            Action::NewDocument => self.close_document(),
            Action::OpenDocument(id) => {
                if self.ui.unsaved_document || self.ui.unsaved_history {
                    self.save(effects);
                }
                effects.push(Effect::LoadDocument(id));
            }
            Action::DocumentLoaded { id, json, history } => {
                self.document_loaded(id, json, history);
                if let Some(quote) = self.ui.reveal.take() {
                    self.reveal(quote, effects);
                }
            }
            Action::RenameDocument(id, title) => {
                let title = title.trim().to_string();
                if title.is_empty() {
                    self.fail("A document needs a title.".into());
                } else if self.article.current.as_deref() == Some(id.as_str()) {
                    self.article.title = title;
                } else if self.library.documents.iter().any(|d| d.id == id) {
                    self.library_write(Effect::RenameDocument { id, title }, effects);
                }
            }
            Action::DuplicateDocument(id) => self.library_write(Effect::DuplicateDocument(id), effects),
            Action::SetDone(id, done) => self.library_write(Effect::SetDone(id, done), effects),
            Action::DeleteDocument(id) => effects.push(Effect::DeleteDocument(id)),
            Action::Deleted(Ok((summary, json, index))) => {
                self.library.documents = Rc::new(index);
                self.ui.notice = Some(format!("Deleted “{}”.", summary.title));
                if self.article.current.as_deref() == Some(summary.id.as_str()) {
                    self.close_document();
                }
                self.library.deleted = Some(Rc::new((summary, json)));
            }
            Action::Deleted(Err(e)) => self.fail(format!("Could not delete: {e}.")),
            Action::UndoDelete => {
                if let Some(deleted) = self.library.deleted.clone() {
                    effects.push(Effect::RestoreDocument(deleted));
                }
            }
            Action::Restored(Ok(index)) => {
                self.library.documents = Rc::new(index);
                if let Some(deleted) = self.library.deleted.take() {
                    self.ui.notice = Some(format!("Restored “{}”.", deleted.0.title));
                }
            }
            Action::Restored(Err(e)) => self.fail(format!("Could not restore: {e}.")),
            Action::LibraryChanged { result, failed } => match result {
                Ok(index) => self.library.documents = Rc::new(index),
                Err(e) => self.fail(format!("{failed}: {e}.")),
            },
            // (`State::update` routes only library actions here.)
            _ => {}
        }
    }

    /// Asks for a write to the documents' list; the page counts as unsaved until
    /// the database reports it in (a reload at once would lose it).
    fn library_write(&mut self, write: Effect, effects: &mut Vec<Effect>) {
        self.ui.writes_in_flight = true;
        effects.push(write);
    }

    /// Opens a saved document read from storage.
    pub(super) fn document_loaded(&mut self, id: String, json: Option<(String, u64)>, history: History) {
        let Some((json, revision)) = json else { return self.fail(format!("The saved document {id} is missing.")) };
        match from_json(&json) {
            Ok(doc) => {
                let title = self.library.documents.iter().find(|d| d.id == id).map_or_else(|| title_of(&doc.text), |d| d.title.clone());
                self.open_document(doc);
                self.article.current = Some(id);
                self.article.title = title;
                self.article.history = Rc::new(history);
                self.article.revision = revision;
                self.article.synced = self.article.doc.clone();
            }
            Err(e) => self.fail(format!("The saved document {id} could not be read: {e}.")),
        }
    }

    /// Annotates the text box's article as it is (checked, and asked about wrapped lines, before).
    pub(super) fn annotate_input(&mut self, effects: &mut Vec<Effect>) {
        let in_worker = is_long(&self.article.input) && cfg!(target_arch = "wasm32");
        if in_worker {
            self.ui.busy = Some(0.0);
            self.ui.error = None;
        }
        // Annotating waits for the model while it arrives, and says so.
        self.ui.awaiting_model = self.ui.model.is_none();
        effects.push(Effect::Annotate { text: self.article.input.clone(), learned: self.library.learned.clone(), in_worker });
    }

    /// Shows a freshly annotated article. Where it is the open document's
    /// text, edited (a typo fixed, a paragraph added), it stays that
    /// document: the marks and quotes of unchanged lines are kept as they
    /// were, and only changed lines take the new annotation.
    fn annotated(&mut self, fresh: Document) {
        if let Some(old) = self.article.doc.clone().filter(|old| old.text == fresh.text) {
            // The same text again: what the person reviewed or made stays, the model's other marks are new.
            return self.open_as_same_document(refresh(&old, &fresh));
        }
        let Some(revised) = self.article.doc.as_ref().and_then(|old| revise(old, &fresh)) else {
            self.open_document(fresh);
            return self.detach_document();
        };
        self.open_as_same_document(revised.doc);
        let lines = revised.changed_lines;
        self.ui.notice = Some(if lines == 0 {
            "The text has not changed: every mark stays as it was.".to_string()
        } else {
            format!(
                "Annotated the {lines} changed line{}; kept the {} mark{} of the unchanged ones as they were.",
                plural(lines),
                revised.kept,
                plural(revised.kept)
            )
        });
    }

    /// Imports documents, asking first where one of them is already saved.
    fn import(&mut self, name: String, docs: Vec<Document>, effects: &mut Vec<Effect>) {
        let keys: Vec<String> = docs.iter().map(|d| super::text_key(&d.text)).collect();
        let titles: Vec<String> = self.library.documents.iter().filter(|s| keys.contains(&s.text)).map(|s| s.title.clone()).collect();
        if titles.is_empty() {
            effects.push(Effect::Import { name, docs });
        } else {
            self.ui.question = Some(Rc::new(super::Question::ImportAgain { name, docs, titles }));
        }
    }

    /// Shows `doc` as a new version of the open document: it keeps its id, title and revision.
    fn open_as_same_document(&mut self, doc: Document) {
        let article = &self.article;
        let kept = (article.current.clone(), article.title.clone(), article.revision, article.synced.clone(), article.serial);
        self.open_document(doc);
        let article = &mut self.article;
        (article.current, article.title, article.revision, article.synced, article.serial) = kept;
    }

    /// Makes the open document a new one, not yet saved (a new text annotated, an import).
    fn detach_document(&mut self) {
        let article = &mut self.article;
        article.current = None;
        article.title = String::new();
        article.revision = 0;
        article.synced = None;
    }

    /// Leaves the open document (it stays saved) for an empty page.
    pub(super) fn close_document(&mut self) {
        self.article = super::Article::default();
        self.ui.opened += 1;
        self.article.serial = self.ui.opened;
        self.ui.unsaved_document = false;
        self.ui.unsaved_history = false;
    }

    /// Asks for what changed of the open document to be saved; while a save
    /// is on its way, what changes waits for it (the next save is based on its revision).
    pub(super) fn save(&mut self, effects: &mut Vec<Effect>) {
        if self.ui.saving {
            return;
        }
        let (document, history) = (self.ui.unsaved_document, self.ui.unsaved_history);
        self.ui.unsaved_document = false;
        self.ui.unsaved_history = false;
        let Some(doc) = &self.article.doc else { return };
        if document {
            let title = if self.article.title.is_empty() { title_of(&doc.text) } else { self.article.title.clone() };
            self.article.title = title.clone();
            let base = if self.article.current.is_some() { self.article.revision } else { 0 };
            effects.push(Effect::SaveDocument {
                id: self.article.current.clone(),
                base,
                serial: self.article.serial,
                overrode: std::mem::take(&mut self.article.overrode),
                title,
                doc: doc.clone(),
                history: self.article.history.clone(),
            });
            self.ui.saving = true;
        } else if let (Some(id), true) = (&self.article.current, history) {
            effects.push(Effect::SaveHistory { id: id.clone(), history: self.article.history.clone() });
        }
        // A document's save is followed by `saving`; a history's by the database's report.
        self.ui.writes_in_flight = history && !document;
    }

    fn worker_reply(&mut self, json: &str) {
        let reply: WorkerReply = serde_json::from_str(json).unwrap_or_default();
        if let Some(p) = reply.progress {
            self.ui.busy = Some(p);
            return;
        }
        if let Some(request) = reply.request {
            // A re-tag: only the newest request's changes count.
            if let Some((_, base)) = self.article.retag.take_if(|(number, _)| u64::from(*number) == request) {
                self.apply_changes(&base, reply.retag_edit);
            }
            return;
        }
        self.ui.busy = None;
        let result = match (reply.doc, reply.error) {
            (Some(doc), _) => from_json(&doc).map_err(|e| e.to_string()),
            (_, Some(e)) => Err(e),
            _ => Err("the annotation worker sent something unexpected".into()),
        };
        match result {
            Ok(doc) => self.annotated(doc),
            Err(e) => self.fail(format!("Cannot annotate: {e}.")),
        }
    }
}
