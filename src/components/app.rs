//! The page: input, toolbar, article view and side panels.

use super::{doc_view::DocView, input_panel::InputPanel, legend::Legend, sources::Sources};
use crate::state::{Action, State};
use yew::prelude::*;

/// The root component: owns the state and hands actions to the reducer.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let dismiss = dispatch.reform(|_| Action::DismissError);
    html! {
        <div class="page">
            <header class="masthead">
                <h1>{"newsmark"}</h1>
                <p class="tagline">{"Entities, quotes and who said them, marked in your browser. Nothing leaves this page."}</p>
            </header>
            if let Some(error) = &state.error {
                <div class="error" role="alert" data-testid="error">
                    <span>{error}</span>
                    <button class="link" onclick={dismiss}>{"Dismiss"}</button>
                </div>
            }
            <InputPanel input={state.input.clone()} doc={state.doc.clone()} dispatch={dispatch.clone()} />
            if let Some(doc) = &state.doc {
                <main class="workspace">
                    <DocView doc={doc.clone()} focus={state.focus.clone()} dispatch={dispatch.clone()} />
                    <aside class="side">
                        <Legend doc={doc.clone()} />
                        <Sources doc={doc.clone()} focus={state.focus.clone()} dispatch={dispatch.clone()} />
                    </aside>
                </main>
            }
        </div>
    }
}
