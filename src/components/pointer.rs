//! The pointer in the article: a press and a release become a text
//! selection in code points (the DOM counts UTF-16 units in text pieces
//! tagged with their offsets), and a selection made from the keyboard is
//! shown as the browser's own.

use crate::state::Action;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

thread_local! {
    static POINTER_DOWN: Cell<bool> = const { Cell::new(false) };
    /// Where the press was, in code points.
    static PRESSED_AT: Cell<Option<usize>> = const { Cell::new(None) };
    /// The last release selected text (by the browser or from the two points).
    static DRAGGED: Cell<bool> = const { Cell::new(false) };
}

/// Whether a mouse button is down in the article (a click or drag under way).
pub fn pointer_down() -> bool {
    POINTER_DOWN.with(Cell::get)
}

/// Whether the click that follows a release ended a drag that selected text (then the selection, not the click, counts).
pub fn text_dragged() -> bool {
    DRAGGED.with(Cell::get)
}

/// The code point under the pointer.
pub fn offset_under(e: &MouseEvent) -> Option<usize> {
    let document = web_sys::window()?.document()?;
    let caret = document.caret_position_from_point(e.client_x() as f32, e.client_y() as f32)?;
    offset_at(&caret.offset_node()?, caret.offset())
}

/// A press in the article.
pub fn pressed(e: &MouseEvent) {
    POINTER_DOWN.with(|p| p.set(true));
    DRAGGED.with(|d| d.set(false));
    PRESSED_AT.with(|at| at.set(offset_under(e)));
}

/// A release in the article: the text selected, if the pointer selected any.
/// The browser's selection counts; where it has none although the pointer
/// moved over text (a press on the first letter of a mark, which the browser
/// focuses and then drops the selection for), the two points count.
pub fn released(e: &MouseEvent) -> Option<Action> {
    POINTER_DOWN.with(|p| p.set(false));
    let from = PRESSED_AT.with(Cell::take);
    let selection = web_sys::window()?.get_selection().ok()??;
    let (start, end, at) = if !selection.is_collapsed() && selection.range_count() > 0 {
        let (a, f) = (selection.anchor_node()?, selection.focus_node()?);
        let (x, y) = (offset_at(&a, selection.anchor_offset())?, offset_at(&f, selection.focus_offset())?);
        let at = selection
            .get_range_at(0)
            .ok()
            .map(|r| r.get_bounding_client_rect())
            .map_or((e.client_x() as f64, e.client_y() as f64), |r| (r.left(), r.bottom()));
        (x.min(y), x.max(y), at)
    } else {
        let (x, y) = (from?, offset_under(e)?);
        if x == y {
            return None;
        }
        let (start, end) = (x.min(y), x.max(y));
        show_selection(start, end);
        (start, end, (e.client_x() as f64, e.client_y() as f64))
    };
    DRAGGED.with(|d| d.set(true));
    Some(Action::SelectText { start, end, exact: e.alt_key(), at })
}

/// The code point at a DOM selection point inside the article. Text sits in
/// `<span data-o="N">` pieces; DOM offsets are UTF-16 units.
pub fn offset_at(node: &Node, offset: u32) -> Option<usize> {
    if node.node_type() == Node::TEXT_NODE {
        let piece = node.parent_element()?;
        let base: usize = piece.get_attribute("data-o")?.parse().ok()?;
        let text = node.text_content().unwrap_or_default();
        let mut units = 0;
        let mut points = 0;
        for c in text.chars() {
            if units >= offset as usize {
                break;
            }
            units += c.len_utf16();
            points += 1;
        }
        return Some(base + points);
    }
    let element: &Element = node.dyn_ref()?;
    let pieces = element.query_selector_all("[data-o]").ok()?;
    let children = node.child_nodes();
    let piece_start = |el: Element| el.get_attribute("data-o").and_then(|o| o.parse::<usize>().ok());
    if offset < children.length() {
        let child = children.item(offset)?;
        let el: Element = child.dyn_into().ok()?;
        if el.has_attribute("data-o") {
            return piece_start(el);
        }
        return el.query_selector("[data-o]").ok()?.and_then(piece_start);
    }
    let last: Element = pieces.item(pieces.length().checked_sub(1)?)?.dyn_into().ok()?;
    let start = piece_start(last.clone())?;
    Some(start + last.text_content().unwrap_or_default().chars().count())
}

/// The DOM point (text node, UTF-16 offset) of a code point in the article.
fn dom_point(offset: usize) -> Option<(Node, u32)> {
    let document = web_sys::window()?.document()?;
    let pieces = document.query_selector_all("[data-testid=doc-view] [data-o]").ok()?;
    for i in 0..pieces.length() {
        let piece: Element = pieces.item(i)?.dyn_into().ok()?;
        let base: usize = piece.get_attribute("data-o")?.parse().ok()?;
        let text = piece.text_content().unwrap_or_default();
        let len = text.chars().count();
        if (base..=base + len).contains(&offset) {
            let units: usize = text.chars().take(offset - base).map(char::len_utf16).sum();
            return Some((piece.first_child()?, units as u32));
        }
    }
    None
}

/// Shows a selection made from the keyboard as the browser's own selection.
pub fn show_selection(start: usize, end: usize) -> Option<()> {
    let (a, a_offset) = dom_point(start)?;
    let (f, f_offset) = dom_point(end)?;
    let selection = web_sys::window()?.get_selection().ok()??;
    selection.set_base_and_extent(&a, a_offset, &f, f_offset).ok()?;
    a.parent_element()?.scroll_into_view_with_bool(false);
    Some(())
}

/// Removes the browser's selection if it is in the article (a selection in a text field is left alone).
pub fn clear_article_selection() -> Option<()> {
    let selection = web_sys::window()?.get_selection().ok()??;
    let anchor = selection.anchor_node()?;
    let element = if anchor.node_type() == Node::TEXT_NODE { anchor.parent_element()? } else { anchor.dyn_into().ok()? };
    element.closest("[data-testid=doc-view]").ok()??;
    selection.remove_all_ranges().ok()
}
