//! Find in the article: how many times some words occur, the next one
//! selected (a digit or the picker then labels it), and "mark all as" a label.

use crate::hooks::ByAddress;
use crate::state::Action;
use newsmark_engine::document::{Document, Label};
use newsmark_engine::token::{find_phrase, tokenize};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`FindBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The article.
    pub doc: ByAddress<Document>,
    /// The labels "mark all" offers.
    pub labels: Vec<Label>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The words to find, their count, Next, and Mark all as….
#[function_component(FindBar)]
pub fn find_bar(props: &Props) -> Html {
    let needle = use_state(String::new);
    let label = use_state(|| props.labels.first().map(|l| l.name.clone()).unwrap_or_default());
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let count = {
        let (doc, needle) = (props.doc.clone(), (*needle).clone());
        *use_memo(
            (doc, needle),
            |(doc, needle)| if needle.trim().is_empty() { 0 } else { find_phrase(&tokenize(&doc.text), needle.trim()).count() },
        )
    };
    let oninput = {
        let needle = needle.clone();
        Callback::from(move |e: InputEvent| needle.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let next = {
        let (needle, dispatch) = (needle.clone(), props.dispatch.clone());
        move || dispatch.emit(Action::FindNext((*needle).clone()))
    };
    let onkeydown = {
        let (next, dispatch) = (next.clone(), props.dispatch.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                next();
            }
            "Escape" => dispatch.emit(Action::Find(false)),
            _ => {}
        })
    };
    let choose = {
        let label = label.clone();
        Callback::from(move |e: Event| label.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let mark_all = {
        let (needle, label, dispatch) = (needle.clone(), label.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::MarkAll { text: (*needle).clone(), label: (*label).clone() }))
    };
    html! {
        <div class="find-bar" data-testid="find-bar" role="search">
            <input type="search" ref={input} data-testid="find-input" aria-label="Find in the article" placeholder="Find words…" value={(*needle).clone()} {oninput} {onkeydown} />
            <span class="count" data-testid="find-count">{if needle.trim().is_empty() { String::new() } else { format!("{count} found") }}</span>
            <button data-testid="find-next" disabled={count == 0} onclick={Callback::from(move |_: MouseEvent| next())}>{"Next"}</button>
            <label>{"Mark all as "}
                <select data-testid="find-label" onchange={choose} aria-label="Label for all">
                    { for props.labels.iter().map(|l| html! { <option value={l.name.clone()} selected={*label == l.name}>{&l.name}</option> }) }
                </select>
            </label>
            <button data-testid="find-mark-all" disabled={count == 0} onclick={mark_all}>{"Mark all"}</button>
            <button class="link" data-testid="find-close" onclick={props.dispatch.reform(|_| Action::Find(false))} aria-label="Close find">{"×"}</button>
        </div>
    }
}
