//! The app's one state type, its actions and the reducer that calls the engine.

use newsmark_engine::document::Document;
use newsmark_engine::format::from_json;
use newsmark_engine::Annotator;
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

/// Everything the app shows.
pub struct State {
    annotator: Rc<Result<Annotator, String>>,
    /// The text box.
    pub input: String,
    /// The annotated document, if any.
    pub doc: Option<Rc<Document>>,
    /// The last problem to tell the user about.
    pub error: Option<String>,
    /// Linked highlighting.
    pub focus: Option<Focus>,
}

impl Default for State {
    fn default() -> Self {
        State { annotator: Rc::new(Annotator::shipped()), input: String::new(), doc: None, error: None, focus: None }
    }
}

/// Everything the user can do.
pub enum Action {
    /// The text box changed.
    SetInput(String),
    /// Annotate the text box's article.
    Annotate,
    /// A file was opened: a .txt article or a newsmark .json export.
    OpenFile { name: String, bytes: Vec<u8> },
    /// Point at a quote or an entity (None: nothing).
    SetFocus(Option<Focus>),
    /// Show a problem.
    Fail(String),
    /// Hide the problem message.
    DismissError,
}

impl State {
    fn with(&self, change: impl FnOnce(&mut State)) -> Rc<State> {
        let mut next = State {
            annotator: self.annotator.clone(),
            input: self.input.clone(),
            doc: self.doc.clone(),
            error: self.error.clone(),
            focus: self.focus.clone(),
        };
        change(&mut next);
        Rc::new(next)
    }

    fn annotate(&self, text: String) -> Rc<State> {
        let result = match self.annotator.as_ref() {
            Ok(annotator) => annotator.annotate(&text),
            Err(e) => Err(e.clone()),
        };
        self.with(|s| match result {
            Ok(doc) => {
                s.doc = Some(Rc::new(doc));
                s.input = text;
                s.error = None;
                s.focus = None;
            }
            // The current document stays as it was.
            Err(e) => s.error = Some(format!("Cannot annotate: {e}.")),
        })
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetInput(text) => self.with(|s| s.input = text),
            Action::Annotate => self.annotate(self.input.clone()),
            Action::OpenFile { name, bytes } => match String::from_utf8(bytes) {
                Err(e) => self.with(|s| {
                    s.error = Some(format!("{name} is not UTF-8 text (invalid byte at offset {}); nothing was changed.", e.utf8_error().valid_up_to()))
                }),
                Ok(text) if name.to_lowercase().ends_with(".json") => match from_json(&text) {
                    Ok(doc) => self.with(|s| {
                        s.input = doc.text.clone();
                        s.doc = Some(Rc::new(doc));
                        s.error = None;
                    }),
                    Err(e) => self.with(|s| s.error = Some(format!("{name} was not imported: {e}. Nothing was changed."))),
                },
                Ok(text) => self.annotate(text.strip_prefix('\u{feff}').unwrap_or(&text).to_string()),
            },
            Action::SetFocus(focus) => self.with(|s| s.focus = focus),
            Action::Fail(message) => self.with(|s| s.error = Some(message)),
            Action::DismissError => self.with(|s| s.error = None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: Rc<State>, action: Action) -> Rc<State> {
        state.reduce(action)
    }

    #[test]
    fn annotate_then_bad_file_keeps_the_document() {
        let state = reduce(Rc::new(State::default()), Action::SetInput("NATO met in Brussels.".into()));
        let state = reduce(state, Action::Annotate);
        let doc = state.doc.clone().expect("annotated");
        let state = reduce(state, Action::OpenFile { name: "x.json".into(), bytes: b"{\"format\": 1}".to_vec() });
        assert!(state.error.as_deref().unwrap().contains("not imported"));
        assert_eq!(state.doc.as_deref(), Some(&*doc));
        let state = reduce(state, Action::OpenFile { name: "x.txt".into(), bytes: vec![0xff, 0xfe, 0x00] });
        assert!(state.error.as_deref().unwrap().contains("not UTF-8"));
        assert_eq!(state.doc.as_deref(), Some(&*doc));
    }

    #[test]
    fn empty_text_is_refused_with_a_message() {
        let state = reduce(Rc::new(State::default()), Action::Annotate);
        assert!(state.error.as_deref().unwrap().contains("empty"));
        assert!(state.doc.is_none());
    }

    #[test]
    fn export_file_round_trips() {
        let state = reduce(Rc::new(State::default()), Action::SetInput("\"Go,\" said Angela Merkel.".into()));
        let state = reduce(state, Action::Annotate);
        let json = newsmark_engine::format::to_json(state.doc.as_deref().unwrap());
        let fresh = reduce(Rc::new(State::default()), Action::OpenFile { name: "a.newsmark.json".into(), bytes: json.into_bytes() });
        assert_eq!(fresh.doc, state.doc);
    }
}
