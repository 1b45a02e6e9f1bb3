//! The text box and its character count: a component of its own, redrawn
//! only when the text changes (redrawing a text box reads its whole value
//! back from the page, which for a 5 MB article costs more than an edit).

use crate::hooks::ByAddress;
use crate::state::Action;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Props of [`ArticleBox`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text box contents.
    pub input: ByAddress<str>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The article's text box; Ctrl+Enter annotates.
#[function_component(ArticleBox)]
pub fn article_box(props: &Props) -> Html {
    let oninput = props.dispatch.reform(|e: InputEvent| Action::SetInput(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                dispatch.emit(Action::Annotate);
            }
        })
    };
    let count = props.input.chars().count();
    html! {
        <>
            <label for="article-input" class="sr-only">{"Article text"}</label>
            <textarea id="article-input" data-testid="article-input" placeholder="Paste a news article here, or open a .txt file…"
                value={props.input.0.clone()} {oninput} {onkeydown} spellcheck="false" />
            <span class="count" data-testid="character-count">{format!("{count} characters")}</span>
        </>
    }
}
