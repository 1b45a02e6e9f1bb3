//! Marks in the page, found by id: what components, hooks and effects use to
//! show or focus a mark the state names.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The selector of the mark (entity or quote) with `id` in the article.
pub fn mark_selector(id: &str) -> String {
    format!("[data-testid=doc-view] [data-id=\"{id}\"]")
}

/// The element that `selector` matches in the page, if it is drawn.
pub fn find(selector: &str) -> Option<Element> {
    web_sys::window()?.document()?.query_selector(selector).ok()?
}

/// Whether an element matching `selector` is in the page.
pub fn is_drawn(selector: &str) -> bool {
    find(selector).is_some()
}

/// Scrolls the element `selector` matches into view and focuses it.
pub fn jump_to(selector: &str) {
    if let Some(element) = find(selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
        if let Ok(el) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
