//! The editor's keyboard shortcuts: one table from keys to actions.

use crate::state::{Action, Edge, Review};
use newsmark_engine::document::QuoteKind;
use wasm_bindgen::JsCast;

/// The shortcuts as shown in the `?` list: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("select text", "snap to whole words and show the label picker (hold Alt for exact characters)"),
    ("1 2 3 …", "give the selection the label with that hotkey"),
    ("Tab / Shift+Tab", "go to the next / previous mark"),
    ("← / →", "from the selection, select the previous / next word (then a digit marks it)"),
    ("Enter", "accept the selected mark as right"),
    ("Delete / Backspace", "remove the selected mark or quote"),
    ("Shift+← / Shift+→", "move the selection's start left / its end right by a word"),
    ("Ctrl+Shift+← / →", "move the mark's end left / its start right by a word"),
    ("Alt with the above", "move by one character (over a space: a mark never starts or ends on one)"),
    ("a", "apply the last label or delete to every other occurrence of the same text"),
    ("n / u", "go to the next mark not reviewed yet / the next one the model is unsure of"),
    ("q / r", "make the selected text a direct / reported quote"),
    ("Ctrl+F", "find words in the article: Enter selects the next (the picker labels it); Mark all labels every one"),
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z / Ctrl+Y", "redo"),
    ("Esc", "leave the selection, close messages"),
    ("?", "show or hide this list"),
];

/// Where the keys that change the selection act: the article and the label
/// picker at its selection. Elsewhere (a panel's button, say) the selected
/// mark is not what the key is meant for.
const EDITOR: &str = "[data-testid=doc-view], [data-testid=label-picker]";

/// The action for a key press, if the editor handles it. Typing in a text
/// field is left alone; keys that change marks act only with the focus in
/// the article (or on the page itself), where the selection is.
pub fn action_for(event: &web_sys::KeyboardEvent) -> Option<Action> {
    let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let typing = target.as_ref().is_some_and(|el| {
        matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT") || el.get_attribute("contenteditable").is_some()
    });
    let on_button = target.as_ref().is_some_and(|el| el.tag_name() == "BUTTON");
    let in_editor =
        target.as_ref().is_none_or(|el| matches!(el.tag_name().as_str(), "BODY" | "HTML") || el.closest(EDITOR).ok().flatten().is_some());
    let key = event.key();
    let ctrl = event.ctrl_key() || event.meta_key();
    if typing {
        return (key == "Escape").then_some(Action::Escape);
    }
    let by_char = event.alt_key();
    let action = match (key.as_str(), ctrl, event.shift_key()) {
        ("f" | "F", true, false) if in_editor => Action::Find(true),
        ("z" | "Z", true, false) => Action::Undo,
        ("z" | "Z", true, true) | ("y" | "Y", true, _) => Action::Redo,
        ("Escape", ..) => Action::Escape,
        ("?", ..) => Action::ToggleHelp,
        _ if !in_editor => return None,
        ("ArrowLeft", false, true) => Action::MoveEdge { edge: Edge::Start, step: -1, by_char },
        ("ArrowRight", false, true) => Action::MoveEdge { edge: Edge::End, step: 1, by_char },
        ("ArrowLeft", true, true) => Action::MoveEdge { edge: Edge::End, step: -1, by_char },
        ("ArrowRight", true, true) => Action::MoveEdge { edge: Edge::Start, step: 1, by_char },
        (_, true, _) => return None,
        ("ArrowLeft", false, false) if !event.alt_key() => Action::StepWord(-1),
        ("ArrowRight", false, false) if !event.alt_key() => Action::StepWord(1),
        ("Delete" | "Backspace", ..) => Action::DeleteSelected,
        ("Enter", ..) if !on_button => Action::AcceptSelected,
        ("a", ..) => Action::ApplyToAll,
        ("n", ..) => Action::Next(Review::Unreviewed),
        ("u", ..) => Action::Next(Review::Unsure),
        ("q", ..) => Action::AddQuote(QuoteKind::Direct),
        ("r", ..) => Action::AddQuote(QuoteKind::Indirect),
        (k, ..) if k.chars().count() == 1 && !on_button => Action::Hotkey(k.to_string()),
        _ => return None,
    };
    Some(action)
}
