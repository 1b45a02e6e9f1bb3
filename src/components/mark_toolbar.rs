//! The selected mark's toolbar, for the mouse and for touch: accept, delete,
//! a label, make it a quote (in the edit bar, which stays in view); and
//! handles on the mark's edges to drag them.

use super::pointer::offset_under;
use crate::page::{find, mark_selector};
use crate::state::{Action, Edge, Selected, DOCKED};
use crate::wording::rounded;
use newsmark_engine::document::{Entity, Label, QuoteKind};
use yew::prelude::*;

/// Props of [`MarkToolbar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The selected mark.
    pub mark: Entity,
    /// The labels to offer.
    pub labels: Vec<Label>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Where the mark is on screen: its first line's top-left and its last line's bottom-right (viewport coordinates).
#[derive(Clone, Copy, PartialEq)]
struct Placed {
    start: (f64, f64, f64),
    end: (f64, f64, f64),
}

fn place(id: &str) -> Option<Placed> {
    let element = find(&mark_selector(id))?;
    let rects = element.get_client_rects();
    let (first, last) = (rects.item(0)?, rects.item(rects.length().checked_sub(1)?)?);
    Some(Placed { start: (first.left(), first.top(), first.height()), end: (last.right(), last.bottom(), last.height()) })
}

/// Places the handles at the mark each frame until `running` is cleared, setting the state only when it moved.
fn follow(id: String, placed: UseStateHandle<Option<Placed>>, running: std::rc::Rc<std::cell::Cell<bool>>, last: Option<Placed>) {
    if !running.get() {
        return;
    }
    let now = place(&id);
    if now != last {
        placed.set(now);
    }
    let next = wasm_bindgen::closure::Closure::once_into_js(move || follow(id, placed, running, now));
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&next));
    }
}

/// The toolbar under the mark, and a handle at each of its edges.
#[function_component(MarkToolbar)]
pub fn mark_toolbar(props: &Props) -> Html {
    let placed = use_state(|| None::<Placed>);
    {
        // The handles follow the mark every frame (a redraw, a scroll, a panel opening can all move it).
        let (placed, id) = (placed.clone(), props.mark.id.clone());
        use_effect_with(props.mark.id.clone(), move |_| {
            let running = std::rc::Rc::new(std::cell::Cell::new(true));
            follow(id, placed, running.clone(), None);
            move || running.set(false)
        });
    }
    let Some(at) = *placed else { return html! {} };
    let mark = &props.mark;
    let dispatch = &props.dispatch;
    let quote = {
        let (start, end) = (mark.start, mark.end);
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Select(Some(Selected::Text { start, end, at: DOCKED })));
            dispatch.emit(Action::AddQuote(QuoteKind::Direct));
        })
    };
    let handle = |edge: Edge| {
        let dispatch = dispatch.clone();
        let grab = Callback::from(|e: PointerEvent| {
            if let Some(handle) = e.target_dyn_into::<web_sys::Element>() {
                let _ = handle.set_pointer_capture(e.pointer_id());
            }
            e.prevent_default();
        });
        let drop = Callback::from(move |e: PointerEvent| {
            // The handle stops catching the pointer, so that the text under it is found.
            let handle = e.target_dyn_into::<web_sys::Element>();
            if let Some(handle) = &handle {
                let _ = handle.set_attribute("data-dropping", "");
            }
            let to = offset_under(&e);
            if let Some(handle) = &handle {
                let _ = handle.remove_attribute("data-dropping");
            }
            if let Some(to) = to {
                dispatch.emit(Action::DragEdge { edge, to });
            }
        });
        let (x, y, h) = if edge == Edge::Start { at.start } else { (at.end.0, at.end.1 - at.end.2, at.end.2) };
        let name = if edge == Edge::Start { "start" } else { "end" };
        html! {
            <span class={classes!("handle", name)} data-testid={format!("handle-{name}")} role="slider" aria-label={format!("Drag the mark's {name}")}
                style={format!("left: {}px; top: {}px; height: {}px", rounded(x), rounded(y), rounded(h))} onpointerdown={grab} onpointerup={drop} />
        }
    };
    html! {
        <>
            { handle(Edge::Start) }
            { handle(Edge::End) }
            // In the edit bar, which stays in view: it never covers the text being read.
            <div class="mark-toolbar" data-testid="mark-toolbar" role="toolbar" aria-label={format!("The mark “{}”", mark.text)}>
                <span class="what">{format!("“{}” {}", mark.text, mark.label)}</span>
                <button data-testid="toolbar-accept" disabled={mark.reviewed} title="Accept (Enter)" onclick={dispatch.reform(|_| Action::AcceptSelected)}>{"✓ Accept"}</button>
                { for props.labels.iter().filter(|l| l.name != mark.label).map(|l| {
                    let name = l.name.clone();
                    html! {
                        <button data-testid="toolbar-label" data-label={l.name.clone()} style={format!("--c: {}", l.color)}
                            onclick={dispatch.reform(move |_| Action::AssignLabel(name.clone()))}>{&l.name}</button>
                    }
                }) }
                <button data-testid="toolbar-quote" title="Make it a quote" onclick={quote}>{"Quote"}</button>
                <button data-testid="toolbar-delete" title="Delete (Del)" onclick={dispatch.reform(|_| Action::DeleteSelected)}>{"Delete"}</button>
            </div>
        </>
    }
}
