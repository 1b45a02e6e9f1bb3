//! The label picker shown at a text selection.

use crate::state::Action;
use crate::wording::rounded;
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

/// Where the picker goes under the browser's selection (viewport coordinates), if there is one in the article.
fn under_selection() -> Option<(f64, f64)> {
    let range = web_sys::window()?.get_selection().ok()??.get_range_at(0).ok()?;
    let rect = range.get_bounding_client_rect();
    (rect.height() > 0.0).then(|| (rect.left(), rect.bottom()))
}

/// A row of label buttons (with their hotkeys) and the quote buttons, just
/// under the selected text (for a selection made from the keyboard, once the
/// browser shows it; at the bottom of the window if it cannot be found).
#[function_component(Picker)]
pub fn picker(props: &Props) -> Html {
    let placed = use_state(|| None::<(f64, f64)>);
    {
        let placed = placed.clone();
        use_effect_with(props.at, move |at| {
            placed.set(None);
            if *at == crate::state::DOCKED {
                crate::hooks::after_paint(move || placed.set(under_selection()));
            }
        });
    }
    let at = if props.at == crate::state::DOCKED { *placed } else { Some(props.at) };
    let style = match at {
        Some((x, y)) => format!("left: {}px; top: {}px", rounded(x.max(4.0)), rounded(y + 6.0)),
        None => "left: 50%; bottom: 1rem; transform: translateX(-50%)".to_string(),
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
