//! Editing the label set: add, rename, recolour, reorder, set the hotkey.

use crate::state::Action;
use newsmark_engine::document::Label;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`LabelEditor`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current label set.
    pub labels: Vec<Label>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

const PALETTE: &[&str] = &["#dc2626", "#0891b2", "#65a30d", "#db2777", "#7c3aed", "#ca8a04"];

/// A row per label, and a button to add one.
#[function_component(LabelEditor)]
pub fn label_editor(props: &Props) -> Html {
    let labels = &props.labels;
    let change = |index: usize, edit: fn(&mut Label, String) -> Option<(String, String)>| {
        let labels = labels.clone();
        props.dispatch.reform(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = labels.clone();
            let renamed = edit(&mut next[index], value);
            Action::SetLabels(next, renamed)
        })
    };
    let swap = |a: usize, b: usize| {
        let labels = labels.clone();
        props.dispatch.reform(move |_: MouseEvent| {
            let mut next = labels.clone();
            next.swap(a, b);
            Action::SetLabels(next, None)
        })
    };
    let remove = |index: usize| {
        let labels = labels.clone();
        props.dispatch.reform(move |_: MouseEvent| {
            let mut next = labels.clone();
            next.remove(index);
            Action::SetLabels(next, None)
        })
    };
    let add = {
        let labels = labels.clone();
        props.dispatch.reform(move |_: MouseEvent| {
            let mut next = labels.clone();
            let n = (1..).find(|n| !next.iter().any(|l| l.name == format!("LABEL{n}"))).unwrap_or(1);
            let hotkey = (1..=9).map(|k| k.to_string()).find(|k| !next.iter().any(|l| l.hotkey.as_deref() == Some(k.as_str())));
            next.push(Label { name: format!("LABEL{n}"), color: PALETTE[next.len() % PALETTE.len()].into(), hotkey });
            Action::SetLabels(next, None)
        })
    };
    html! {
        <details class="panel label-editor" data-testid="label-editor">
            <summary><h2>{"Labels"}</h2></summary>
            <table>
                <thead><tr><th>{"Name"}</th><th>{"Colour"}</th><th>{"Key"}</th><th></th></tr></thead>
                <tbody>
                { for labels.iter().enumerate().map(|(i, l)| html! {
                    <tr data-testid="label-row" data-label={l.name.clone()}>
                        <td><input class="name" aria-label="Label name" value={l.name.clone()} data-testid="label-name"
                            onchange={change(i, |l, v| { let old = std::mem::replace(&mut l.name, v.trim().to_uppercase()); (old != l.name).then(|| (old, l.name.clone())) })} /></td>
                        <td><input type="color" aria-label="Label colour" value={l.color.clone()} data-testid="label-color"
                            onchange={change(i, |l, v| { l.color = v; None })} /></td>
                        <td><input class="key" aria-label="Hotkey" maxlength="1" value={l.hotkey.clone().unwrap_or_default()} data-testid="label-hotkey"
                            onchange={change(i, |l, v| { l.hotkey = v.chars().next().map(String::from); None })} /></td>
                        <td class="row-buttons">
                            <button aria-label="Move up" disabled={i == 0} onclick={swap(i, i.saturating_sub(1))}>{"↑"}</button>
                            <button aria-label="Move down" disabled={i + 1 == labels.len()} onclick={swap(i, (i + 1).min(labels.len() - 1))}>{"↓"}</button>
                            <button aria-label="Remove label" onclick={remove(i)}>{"×"}</button>
                        </td>
                    </tr>
                }) }
                </tbody>
            </table>
            <button data-testid="add-label" onclick={add}>{"Add label"}</button>
        </details>
    }
}
