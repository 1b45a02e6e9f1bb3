//! The Sources view: who is quoted across every saved document, tallied by
//! the engine in [`crate::effects`]; genders set here are kept in each
//! document that quotes the source.

use super::{Action, Effect, Selected, State};
use newsmark_engine::edit::Edit;
use newsmark_engine::names::Gender;
use newsmark_engine::sources::{with_gender, Tally};
use std::collections::HashMap;
use std::rc::Rc;

/// The tally with what the view shows beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcesView {
    /// Rows and totals.
    pub tally: Tally,
    /// The text of each quote the rows list, by (document id, quote id).
    pub quotes: HashMap<(String, String), String>,
    /// Saved documents that could not be read (left out of the tally).
    pub unreadable: usize,
}

/// Where the Sources view is.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Dashboard {
    /// Not shown.
    #[default]
    Closed,
    /// Being tallied.
    Loading,
    /// Shown.
    Ready(Rc<SourcesView>),
}

impl State {
    /// The open document with its id (`open` before its first save), for a tally that includes unsaved changes.
    pub(super) fn open_for_tally(&self) -> Option<(String, Rc<newsmark_engine::document::Document>)> {
        let doc = self.article.doc.clone()?;
        Some((self.article.current.clone().unwrap_or_else(|| "open".into()), doc))
    }

    pub(super) fn update_sources(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::OpenDashboard => {
                self.ui.dashboard = Dashboard::Loading;
                effects.push(Effect::TallySources { open: self.open_for_tally() });
            }
            Action::CloseDashboard => self.ui.dashboard = Dashboard::Closed,
            // (A tally that comes after the dashboard was closed is dropped.)
            Action::SourcesTallied(view) if self.ui.dashboard != Dashboard::Closed => self.ui.dashboard = Dashboard::Ready(view),
            Action::SetSourceGender { appearances, gender } => self.set_gender(appearances, gender, effects),
            Action::ShowQuote { document, quote } => {
                self.ui.dashboard = Dashboard::Closed;
                if Some(&document) == self.article.current.as_ref() || self.article.current.is_none() && document == "open" {
                    self.reveal(quote, effects);
                } else {
                    self.ui.reveal = Some(quote);
                    self.update_library(Action::OpenDocument(document), effects);
                }
            }
            // (`State::update` routes only the Sources view's actions here.)
            _ => {}
        }
    }

    /// Keeps the gender in every document that quotes the source: the open
    /// one as an undoable edit, the others in storage; then tallies again.
    fn set_gender(&mut self, appearances: Vec<(String, String)>, gender: Option<Gender>, effects: &mut Vec<Effect>) {
        let open = self.open_for_tally().map(|(id, _)| id);
        let mut elsewhere = Vec::new();
        for (document, name) in appearances {
            if Some(&document) == open.as_ref() {
                let Some(doc) = &self.article.doc else { continue };
                let notes = with_gender(&doc.sources, &name, gender);
                self.edit(Edit::SetSourceNotes(notes), None, self.article.selected.clone());
            } else {
                elsewhere.push((document, name));
            }
        }
        effects.push(Effect::NoteGender { documents: elsewhere, gender, open: self.open_for_tally() });
    }

    /// Selects a quote of the open document and scrolls to it.
    pub(super) fn reveal(&mut self, quote: String, effects: &mut Vec<Effect>) {
        if self.article.doc.as_ref().is_some_and(|d| d.quotes.iter().any(|q| q.id == quote)) {
            self.update(Action::Select(Some(Selected::Quote(quote.clone()))), effects);
            effects.push(Effect::FocusQuote(quote));
        }
    }
}
