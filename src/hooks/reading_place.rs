//! Where the reader was in each article: the paragraph at the top of the
//! view, kept per document for the tab's session, so that a reload, or a
//! visit to another document and back, opens the article where it was left
//! rather than at its top.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Element;
use yew::prelude::*;

/// How long scrolling must pause before the place is kept.
const SETTLE_MS: i32 = 150;

fn key(id: &str) -> String {
    format!("newsmark.place.{id}")
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The height of the edit bar, which stays at the top of the view over the article.
fn bar_height(document: &web_sys::Document) -> f64 {
    document.query_selector(".edit-bar").ok().flatten().map_or(0.0, |bar| bar.get_bounding_client_rect().height())
}

/// The first code point of the paragraph at the top of the view, or `None`
/// while the article's top is still below the edit bar (nothing to come back to).
fn paragraph_at_top() -> Option<usize> {
    let document = web_sys::window()?.document()?;
    let top = bar_height(&document);
    let view = document.query_selector("[data-testid=doc-view]").ok()??;
    if view.get_bounding_client_rect().top() >= top {
        return None;
    }
    let paragraphs = document.query_selector_all("[data-testid=doc-view] .para").ok()?;
    let bottom =
        |i: u32| paragraphs.item(i).and_then(|p| p.dyn_into::<Element>().ok()).map_or(f64::MAX, |p| p.get_bounding_client_rect().bottom());
    // Paragraphs are drawn top to bottom: the first whose bottom is below the bar, by bisection.
    let (mut low, mut high) = (0, paragraphs.length());
    while low < high {
        let middle = (low + high) / 2;
        if bottom(middle) <= top + 1.0 {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    paragraphs.item(low)?.dyn_into::<Element>().ok()?.get_attribute("data-start")?.parse().ok()
}

/// The most frames over which the place is held after going back to it:
/// paragraphs are laid out only near the view (`content-visibility`), so
/// those drawn for the first time around it change the heights above it.
const SETTLE_FRAMES: u32 = 30;
/// Frames the place must stay put before it is let go (so that the reader's own scrolling is not fought).
const STEADY_FRAMES: u32 = 3;

/// Scrolls the paragraph that starts at `start` to just under the edit bar,
/// and again on the next frames where it has moved, until it stays put for
/// [`STEADY_FRAMES`] or `frames_left` run out; false if it is not drawn.
fn scroll_to_paragraph(start: usize, frames_left: u32, steady: u32) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Some(document) = window.document() else { return false };
    let selector = format!("[data-testid=doc-view] .para[data-start=\"{start}\"]");
    let Some(paragraph) = document.query_selector(&selector).ok().flatten() else { return false };
    let off_by = paragraph.get_bounding_client_rect().top() - bar_height(&document);
    let steady = if off_by.abs() > 1.0 {
        window.scroll_by_with_x_and_y(0.0, off_by);
        0
    } else {
        steady + 1
    };
    if frames_left > 0 && steady < STEADY_FRAMES {
        let again = Closure::once_into_js(move || {
            scroll_to_paragraph(start, frames_left - 1, steady);
        });
        let _ = window.request_animation_frame(again.unchecked_ref());
    }
    true
}

/// Keeps the reading place of the open document `id` while the reader
/// scrolls, and goes back to it when `id` is opened. `bring_into_view`
/// draws the paragraph that starts at a code point (a long article draws a
/// window of its paragraphs), or says there is none (the text changed),
/// after which the place is scrolled to.
#[hook]
pub fn use_reading_place(id: Option<AttrValue>, bring_into_view: Callback<usize, bool>) {
    let waiting = use_mut_ref(|| None::<usize>);
    {
        let waiting = waiting.clone();
        use_effect_with(id, move |id| {
            let place = id.as_ref().and_then(|id| session()?.get_item(&key(id)).ok()?).and_then(|s| s.parse::<usize>().ok());
            *waiting.borrow_mut() = place.filter(|&start| bring_into_view.emit(start));
            let listener = id.clone().map(|id| {
                let pending: Rc<Cell<Option<i32>>> = Rc::default();
                let keep = Closure::<dyn Fn()>::new(move || {
                    if let Some(storage) = session() {
                        let _ = match paragraph_at_top() {
                            Some(start) => storage.set_item(&key(&id), &start.to_string()),
                            None => storage.remove_item(&key(&id)),
                        };
                    }
                });
                let window = web_sys::window().expect("a browser window");
                let on_scroll = {
                    let (window, pending) = (window.clone(), pending.clone());
                    let keep = keep.as_ref().clone();
                    Closure::<dyn Fn()>::new(move || {
                        if let Some(timer) = pending.take() {
                            window.clear_timeout_with_handle(timer);
                        }
                        let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(keep.unchecked_ref(), SETTLE_MS);
                        pending.set(timer.ok());
                    })
                };
                let _ = window.add_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
                (window, on_scroll, keep, pending)
            });
            move || {
                if let Some((window, on_scroll, _keep, pending)) = listener {
                    let _ = window.remove_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
                    if let Some(timer) = pending.take() {
                        window.clear_timeout_with_handle(timer);
                    }
                }
            }
        });
    }
    use_effect(move || {
        let start = *waiting.borrow();
        if start.is_some_and(|start| scroll_to_paragraph(start, SETTLE_FRAMES, 0)) {
            waiting.borrow_mut().take();
        }
    });
}
