//! Editing the label set: add, rename, recolour, reorder, set the hotkey.

use crate::state::{check_labels, Action};
use newsmark_engine::document::{Label, MORE_LABEL_COLOURS};
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

/// A colour no label has: the first free one of the palette, then hues spread by the golden angle.
fn unused_colour(labels: &[Label]) -> String {
    let used = |c: &str| labels.iter().any(|l| l.color.eq_ignore_ascii_case(c));
    if let Some(free) = MORE_LABEL_COLOURS.iter().find(|c| !used(c)) {
        return free.to_string();
    }
    (0..360u32)
        .map(|n| {
            let hue = (n * 137 + 20) % 360;
            let (r, g, b) = hue_to_rgb(hue as f64);
            format!("#{r:02x}{g:02x}{b:02x}")
        })
        .find(|c| !used(c))
        .unwrap_or_else(|| "#555555".into())
}

/// A saturated, mid-dark colour of a hue (degrees), readable as an underline and a tint.
fn hue_to_rgb(hue: f64) -> (u8, u8, u8) {
    let (s, l) = (0.65, 0.42);
    let c = (1.0 - (2.0 * l - 1.0f64).abs()) * s;
    let x = c * (1.0 - ((hue / 60.0) % 2.0 - 1.0).abs());
    let (r, g, b) = match (hue / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    (to(r), to(g), to(b))
}

/// A row per label, and a button to add one.
#[function_component(LabelEditor)]
pub fn label_editor(props: &Props) -> Html {
    let labels = &props.labels;
    // A change the label set cannot take is refused with a message, and the field shows the label as it is.
    let change = |index: usize, edit: fn(&mut Label, String) -> Option<(String, String)>| {
        let labels = labels.clone();
        props.dispatch.reform(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let mut next = labels.clone();
            let renamed = edit(&mut next[index], input.value());
            if let Err(message) = check_labels(&next) {
                let shown = match input.get_attribute("data-field").as_deref() {
                    Some("name") => labels[index].name.clone(),
                    Some("hotkey") => labels[index].hotkey.clone().unwrap_or_default(),
                    _ => labels[index].color.clone(),
                };
                input.set_value(&shown);
                return Action::Fail(message);
            }
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
            next.push(Label { name: format!("LABEL{n}"), color: unused_colour(&next), hotkey });
            Action::SetLabels(next, None)
        })
    };
    html! {
        <details class="panel label-editor" data-testid="label-editor">
            <summary><h2>{"Labels"}</h2></summary>
            <table>
                <thead><tr><th>{"Name"}</th><th>{"Colour"}</th><th>{"Key"}</th><th></th></tr></thead>
                <tbody>
                // (Names upper-cased a char at a time, as the engine does: `str::to_uppercase` is 500 bytes more wasm.)
                { for labels.iter().enumerate().map(|(i, l)| html! {
                    <tr data-testid="label-row" data-label={l.name.clone()}>
                        <td><input class="name" aria-label="Label name" value={l.name.clone()} data-testid="label-name" data-field="name"
                            onchange={change(i, |l, v| { let old = std::mem::replace(&mut l.name, v.trim().chars().flat_map(char::to_uppercase).collect()); (old != l.name).then(|| (old, l.name.clone())) })} /></td>
                        <td><input type="color" aria-label="Label colour" value={l.color.clone()} data-testid="label-color" data-field="color"
                            onchange={change(i, |l, v| { l.color = v; None })} /></td>
                        <td><input class="key" aria-label="Hotkey" maxlength="1" value={l.hotkey.clone().unwrap_or_default()} data-testid="label-hotkey" data-field="hotkey"
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
