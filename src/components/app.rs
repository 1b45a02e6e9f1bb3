//! The page: input, toolbar, article view and side panels.

use super::{
    ask::Ask, dashboard::Dashboard, doc_view::DocView, documents::Documents, entity_list::EntityList, find_bar::FindBar, help::Help,
    input_panel::InputPanel, label_editor::LabelEditor, legend::Legend, mark_toolbar::MarkToolbar, picker::Picker,
    quote_inspector::QuoteInspector, sources::Sources, welcome::Welcome,
};
use crate::hooks::{use_deferred_doc, use_store, use_window_event, ByAddress};
use crate::state::{Action, Dashboard as DashboardView, Selected, State};
use crate::wording::{plural, rounded};
use crate::{effects, keys, storage};
use yew::prelude::*;

/// The root component: owns the state and hands actions to the reducer.
#[function_component(App)]
pub fn app() -> Html {
    let (state, dispatch) = use_store(|| State::from_saved(effects::load_saved()));
    let panel_doc = use_deferred_doc(state.article.doc.clone().map(ByAddress));
    {
        // A reload opens the document this tab has open.
        use_effect_with(state.article.current.clone(), |current| storage::set_open_document(current.as_deref()));
    }
    {
        // The model arrives while the page is already usable.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| crate::model::load(dispatch));
    }
    {
        // One window-wide key listener for the editor's shortcuts.
        let dispatch = dispatch.clone();
        use_window_event("keydown", move |event: web_sys::KeyboardEvent| {
            if let Some(action) = keys::action_for(&event) {
                event.prevent_default();
                dispatch.emit(action);
            }
        });
    }
    {
        // The browser's database reports when saved changes are in.
        let dispatch = dispatch.clone();
        use_window_event(storage::STORED_EVENT, move |event: web_sys::CustomEvent| {
            dispatch.emit(Action::Stored(event.detail().as_string()))
        });
    }
    {
        // Another tab changed what is stored.
        let dispatch = dispatch.clone();
        use_window_event(storage::CHANGED_EVENT, move |event: web_sys::CustomEvent| {
            #[derive(serde::Deserialize)]
            struct Changed {
                keys: Vec<String>,
                overridden: Vec<String>,
            }
            if let Some(changed) = event.detail().as_string().and_then(|d| serde_json::from_str::<Changed>(&d).ok()) {
                dispatch.emit(Action::External { keys: changed.keys, overridden: changed.overridden });
            }
        });
    }
    let dismiss = dispatch.reform(|_| Action::Dismiss);
    let selected_mark = match (&state.article.selected, &state.article.doc) {
        (Some(Selected::Entity(id)), Some(doc)) => doc.entity(id).cloned(),
        _ => None,
    };
    let quote_selected = match (&state.article.selected, &state.article.doc) {
        (Some(Selected::Quote(id)), Some(doc)) => doc.quotes.iter().find(|q| &q.id == id).cloned(),
        _ => None,
    };
    html! {
        <div class="page" data-model={match &state.ui.model { None => "loading", Some(Ok(_)) => "ready", Some(Err(_)) => "failed" }}>
            <header class="masthead">
                <h1>{"newsmark"}</h1>
                <p class="tagline">{"Entities, quotes and who said them, marked in your browser. Nothing leaves this page."}</p>
                <button class="link dashboard-button" data-testid="open-dashboard" onclick={dispatch.reform(|_| Action::OpenDashboard)}
                    title="Who is quoted across all your documents, by gender and kind">{"Sources across documents"}</button>
                <button class="link help-button" onclick={dispatch.reform(|_| Action::ToggleHelp)} title="Keyboard shortcuts (?)">{"Shortcuts ?"}</button>
            </header>
            if let Some(error) = &state.ui.error {
                <div class="error" role="alert" data-testid="error">
                    <span>{error}</span>
                    <button class="link" onclick={dismiss.clone()}>{"Dismiss"}</button>
                </div>
            }
            if state.ui.awaiting_model {
                <div class="notice busy" role="status" data-testid="model-loading">
                    <span>{"Loading the entity model… your article is annotated as soon as it arrives."}</span>
                    <progress />
                </div>
            }
            if let Some(progress) = state.ui.busy {
                <div class="notice busy" role="status" data-testid="annotating">
                    <span>{format!("Annotating… {}%", rounded(f64::from(progress) * 100.0))}</span>
                    <progress max="1000" value={rounded(f64::from(progress) * 1000.0).to_string()} />
                </div>
            }
            if let Some(notice) = &state.ui.notice {
                <div class="notice" role="status" data-testid="notice">
                    <span>{notice}</span>
                    if state.article.restore.is_some() {
                        <button class="link" data-testid="keep-mine" onclick={dispatch.reform(|_| Action::KeepMine)}>{"Keep mine"}</button>
                    }
                </div>
            }
            if let Some(question) = &state.ui.question {
                <Ask question={question.clone()} dispatch={dispatch.clone()} />
            }
            if state.ui.help {
                <Help dispatch={dispatch.clone()} />
            }
            <InputPanel input={ByAddress(state.article.input.clone())} doc={state.article.doc.clone().map(ByAddress)} dispatch={dispatch.clone()} />
            if state.article.doc.is_none() && state.ui.busy.is_none() {
                <Welcome dispatch={dispatch.clone()} />
            }
            <Documents documents={state.library.documents.clone()} current={state.article.current.clone()} can_undo_delete={state.library.deleted.is_some()} dispatch={dispatch.clone()} />
            if state.ui.dashboard != DashboardView::Closed {
                <Dashboard view={state.ui.dashboard.clone()} documents={state.library.documents.clone()} dispatch={dispatch.clone()} />
            } else if let Some(doc) = state.article.doc.clone().map(ByAddress) {
                <div class="edit-bar" data-testid="edit-bar" data-pending={state.article.learning_left().to_string()}
                    data-saved={(!state.ui.unsaved_document && !state.ui.unsaved_history && !state.ui.writes_in_flight && !state.ui.saving && !state.ui.save_failed).to_string()}>
                    <button data-testid="undo" onclick={dispatch.reform(|_| Action::Undo)} disabled={!state.article.history.can_undo()} title="Undo (Ctrl+Z)">{"Undo"}</button>
                    <button data-testid="redo" onclick={dispatch.reform(|_| Action::Redo)} disabled={!state.article.history.can_redo()} title="Redo (Ctrl+Shift+Z)">{"Redo"}</button>
                    <button data-testid="apply-all" onclick={dispatch.reform(|_| Action::ApplyToAll)} title="Apply the last label or delete to every occurrence (a)">{"Apply to all"}</button>
                    <button data-testid="reset-learning" class="link" onclick={dispatch.reform(|_| Action::AskResetLearning)}
                        title="Forget what the model learned from your corrections">{format!("Learned from {} correction{}", state.library.learned.examples.len(), plural(state.library.learned.examples.len()))}{" · reset"}</button>
                    // Always there (a hint without a mark), so that selecting a mark never moves the text.
                    if let Some(mark) = selected_mark {
                        <MarkToolbar {mark} labels={doc.labels.clone()} dispatch={dispatch.clone()} />
                    } else if !state.ui.finding {
                        <div class="mark-toolbar hint" data-testid="mark-toolbar-hint">{"Select a mark to accept, relabel, quote or delete it here, or drag its edges."}</div>
                    }
                    if state.ui.finding {
                        <FindBar doc={doc.clone()} labels={doc.labels.clone()} dispatch={dispatch.clone()} />
                    }
                </div>
                <main class="workspace">
                    <DocView id={state.article.current.clone().map(AttrValue::from)} doc={doc.clone()} focus={state.article.focus.clone()} selected={state.article.selected.clone()} flashed={state.article.flashed.clone()} dispatch={dispatch.clone()} />
                    <aside class="side">
                        <Legend doc={doc.clone()} dispatch={dispatch.clone()} />
                        if let Some(quote) = quote_selected {
                            <QuoteInspector doc={doc.clone()} {quote} dispatch={dispatch.clone()} />
                        }
                        <Sources doc={panel_doc.clone().unwrap_or_else(|| doc.clone())} focus={state.article.focus.clone()} dispatch={dispatch.clone()} />
                        <EntityList doc={panel_doc.clone().unwrap_or_else(|| doc.clone())} filter={state.ui.filter.clone()} showing={state.ui.showing} dispatch={dispatch.clone()} />
                        <LabelEditor labels={doc.labels.clone()} dispatch={dispatch.clone()} />
                    </aside>
                </main>
                if let Some(Selected::Text { at, .. }) = &state.article.selected {
                    <Picker labels={doc.labels.clone()} at={*at} dispatch={dispatch.clone()} />
                }

            }
        </div>
    }
}
