//! The label picker shown at a text selection.

use crate::state::Action;
use newsmark_engine::document::{Label, QuoteKind};
use yew::prelude::*;

/// Props of [`Picker`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The labels to offer.
    pub labels: Vec<Label>,
    /// Where to show it (viewport coordinates under the selection).
    pub at: (f64, f64),
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// A row of label buttons (with their hotkeys) and the quote buttons.
#[function_component(Picker)]
pub fn picker(props: &Props) -> Html {
    let style = if props.at == crate::state::DOCKED {
        "left: 50%; bottom: 1rem; transform: translateX(-50%)".to_string()
    } else {
        format!("left: {:.0}px; top: {:.0}px", props.at.0.max(4.0), props.at.1 + 6.0)
    };
    // Clicking the picker must not clear the text selection first.
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    html! {
        <div class="picker" {style} data-testid="label-picker" onmousedown={keep_selection}>
            { for props.labels.iter().map(|l| {
                let name = l.name.clone();
                html! {
                    <button data-testid="pick-label" data-label={l.name.clone()} style={format!("--c: {}", l.color)}
                        onclick={props.dispatch.reform(move |_| Action::AssignLabel(name.clone()))}>
                        if let Some(key) = &l.hotkey { <kbd>{key}</kbd> }
                        {&l.name}
                    </button>
                }
            }) }
            <button data-testid="pick-quote" onclick={props.dispatch.reform(|_| Action::AddQuote(QuoteKind::Direct))}><kbd>{"q"}</kbd>{"Quote"}</button>
            <button data-testid="pick-reported" onclick={props.dispatch.reform(|_| Action::AddQuote(QuoteKind::Indirect))}><kbd>{"r"}</kbd>{"Reported"}</button>
        </div>
    }
}
