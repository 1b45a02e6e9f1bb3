//! A long article is drawn a window of paragraphs at a time: the window
//! follows the scroll position, moves to a mark chosen elsewhere (the entity
//! list, Tab), and gives focus back to the mark that had it when it moves.

use crate::page::{find, is_drawn, jump_to, mark_selector};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::Element;
use yew::prelude::*;

/// Articles with more paragraphs than this are drawn a window at a time.
pub const WINDOWED_FROM: usize = 400;
/// Paragraphs in the drawn window.
const WINDOW: usize = 240;

/// The first drawn paragraph of the window that shows paragraph `index` a quarter of the way down.
pub fn window_around(index: usize) -> usize {
    index.saturating_sub(WINDOW / 4)
}

/// Rough height of a paragraph in pixels, for the space of those not drawn
/// (the same estimate places the window, so the two agree).
pub fn estimated_height(chars: usize) -> f64 {
    ((chars as f64 / 80.0).ceil().max(1.0)) * 30.0
}

/// The window drawn of an article.
pub struct DrawnWindow {
    /// Whether the article is drawn a window at a time.
    pub windowed: bool,
    /// The paragraphs drawn (all of a short article).
    pub drawn: Range<usize>,
    /// Moves the window to start at a paragraph.
    pub start: UseStateHandle<usize>,
}

/// The drawn window of an article whose paragraphs are `paragraphs` (start, end and text), moved as the page scrolls.
#[hook]
pub fn use_drawn_window(paragraphs: Rc<Vec<(usize, usize, AttrValue)>>) -> DrawnWindow {
    let start = use_state(|| 0usize);
    let windowed = paragraphs.len() > WINDOWED_FROM;
    {
        let (start, paragraphs) = (start.clone(), paragraphs.clone());
        // Made again whenever the window moves: the listener compares with the
        // window now drawn (a state handle holds the value of its own render),
        // so that small scroll adjustments cannot move it back and forth for ever.
        use_effect_with((windowed, *start), move |&(windowed, drawn_start)| {
            let listener = windowed.then(|| {
                let lengths: Vec<usize> = paragraphs.iter().map(|(s, e, _)| e - s).collect();
                let on_scroll = Closure::<dyn Fn()>::new(move || {
                    let Some(article) = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.query_selector("[data-testid=doc-view]").ok().flatten())
                    else {
                        return;
                    };
                    let mut above = -article.get_bounding_client_rect().top();
                    let mut index = 0;
                    while index < lengths.len() && above > 0.0 {
                        above -= estimated_height(lengths[index]);
                        index += 1;
                    }
                    let new_start = window_around(index);
                    if new_start.abs_diff(drawn_start) > WINDOW / 8 {
                        start.set(new_start);
                    }
                });
                let window = web_sys::window().expect("a browser window");
                let _ = window.add_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
                (window, on_scroll)
            });
            move || {
                if let Some((window, on_scroll)) = listener {
                    let _ = window.remove_event_listener_with_callback("scroll", on_scroll.as_ref().unchecked_ref());
                }
            }
        });
    }
    let drawn = if windowed { *start..(*start + WINDOW).min(paragraphs.len()) } else { 0..paragraphs.len() };
    DrawnWindow { windowed, drawn, start }
}

/// A mark or quote chosen elsewhere (`(id, its paragraph's index)`) may lie
/// outside the drawn window: the window moves to it, and it is shown once drawn.
#[hook]
pub fn use_window_follows(window: &DrawnWindow, chosen: Option<(String, usize)>) {
    let waiting_jump = use_mut_ref(|| None::<String>);
    {
        let (start, drawn, waiting_jump) = (window.start.clone(), window.drawn.clone(), waiting_jump.clone());
        use_effect_with(chosen, move |chosen| {
            if let Some((id, index)) = chosen {
                if !drawn.contains(index) {
                    start.set(window_around(*index));
                    *waiting_jump.borrow_mut() = Some(id.clone());
                }
            }
        });
    }
    use_effect(move || {
        let selector = waiting_jump.borrow().as_ref().map(|id| mark_selector(id));
        if let Some(selector) = selector.filter(|s| is_drawn(s)) {
            waiting_jump.borrow_mut().take();
            jump_to(&selector);
        }
    });
}

/// Moving the window can move the focused mark's node, which drops focus:
/// focus goes back to it, without scrolling, when the window has moved.
/// Gives the article's `focusin` handler, which notes the focused mark.
#[hook]
pub fn use_focus_kept(window: &DrawnWindow) -> Callback<FocusEvent> {
    let focused_mark = use_mut_ref(|| None::<String>);
    let window_drawn = use_mut_ref(|| window.drawn.start);
    {
        let (focused_mark, start) = (focused_mark.clone(), window.drawn.start);
        use_effect(move || {
            if std::mem::replace(&mut *window_drawn.borrow_mut(), start) == start {
                return;
            }
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let lost = document.active_element().is_none_or(|el| el.tag_name() == "BODY");
            let mark = focused_mark.borrow().as_ref().and_then(|id| find(&mark_selector(id)));
            if let (true, Some(mark)) = (lost, mark.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())) {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = mark.focus_with_options(&options);
            }
        });
    }
    Callback::from(move |e: FocusEvent| {
        *focused_mark.borrow_mut() = e.target_dyn_into::<Element>().and_then(|el| el.get_attribute("data-id"));
    })
}
