//! The on-screen list of keyboard shortcuts (`?`).

use crate::keys::SHORTCUTS;
use crate::state::Action;
use yew::prelude::*;

/// Props of [`Help`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The shortcut list.
#[function_component(Help)]
pub fn help(props: &Props) -> Html {
    html! {
        <div class="help" role="dialog" aria-label="Keyboard shortcuts" data-testid="shortcuts">
            <h2>{"Keyboard shortcuts"}</h2>
            <dl>
                { for SHORTCUTS.iter().map(|(keys, what)| html! { <><dt><kbd>{*keys}</kbd></dt><dd>{*what}</dd></> }) }
            </dl>
            <button onclick={props.dispatch.reform(|_| Action::ToggleHelp)}>{"Close (Esc)"}</button>
        </div>
    }
}
