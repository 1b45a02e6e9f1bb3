//! A question before something the user may not mean: two answers, the safe one focused.

use crate::state::{Action, Question};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Ask`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The question.
    pub question: Rc<Question>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The question, "yes" and "no" (focused, so Enter keeps things as they are).
#[function_component(Ask)]
pub fn ask(props: &Props) -> Html {
    let (text, yes, no) = props.question.wording();
    let no_button = use_node_ref();
    {
        let no_button = no_button.clone();
        use_effect_with(props.question.clone(), move |_| {
            if let Some(button) = no_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    html! {
        <div class="notice question" role="alertdialog" aria-label="Question" data-testid="question">
            <span>{text}</span>
            <button data-testid="answer-yes" onclick={props.dispatch.reform(|_| Action::Answer(true))}>{yes}</button>
            <button data-testid="answer-no" ref={no_button} onclick={props.dispatch.reform(|_| Action::Answer(false))}>{no}</button>
        </div>
    }
}
