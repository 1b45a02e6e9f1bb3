//! Editing the selected quote: its kind, its speaker, or deleting it.

use crate::hooks::ByAddress;
use crate::state::Action;
use newsmark_engine::document::{Document, Quote, QuoteKind};
use newsmark_engine::names::fullest_names;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`QuoteInspector`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The document (for the speaker choices).
    pub doc: ByAddress<Document>,
    /// The selected quote.
    pub quote: Quote,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Kind and speaker pickers for one quote.
#[function_component(QuoteInspector)]
pub fn quote_inspector(props: &Props) -> Html {
    let q = &props.quote;
    let doc = &props.doc;
    let id = q.id.clone();
    let on_kind = props.dispatch.reform(move |e: Event| {
        let kind =
            if e.target_unchecked_into::<HtmlSelectElement>().value() == "indirect" { QuoteKind::Indirect } else { QuoteKind::Direct };
        Action::SetQuoteKind(id.clone(), kind)
    });
    let id = q.id.clone();
    let on_speaker = props.dispatch.reform(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetSpeaker(id.clone(), (!value.is_empty()).then_some(value))
    });
    let id = q.id.clone();
    let delete = props.dispatch.reform(move |_| Action::Select(Some(crate::state::Selected::Quote(id.clone()))));
    let delete_now = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            delete.emit(e);
            dispatch.emit(Action::DeleteSelected);
        })
    };
    let short: String = q.text.chars().take(120).collect();
    let names = fullest_names(&doc.entities);
    html! {
        <section class="panel quote-inspector" data-testid="quote-inspector">
            <h2>{"Quote"}</h2>
            <p class="quote-text">{format!("“{short}{}”", if q.text.chars().count() > 120 { "…" } else { "" })}</p>
            <label>{"Kind "}
                <select data-testid="quote-kind" onchange={on_kind}>
                    <option value="direct" selected={q.kind == QuoteKind::Direct}>{"direct"}</option>
                    <option value="indirect" selected={q.kind == QuoteKind::Indirect}>{"reported"}</option>
                </select>
            </label>
            <label>{"Speaker "}
                <select data-testid="quote-speaker" onchange={on_speaker}>
                    <option value="" selected={q.speaker.is_none()}>{"(unknown)"}</option>
                    { for doc.entities.iter().enumerate().filter(|(_, e)| e.label != "LOC").map(|(i, e)| {
                        let full = &names[i];
                        let shown = if *full == e.text { format!("{} ({})", e.text, e.label) } else { format!("{} → {full} ({})", e.text, e.label) };
                        html! { <option value={e.id.clone()} selected={q.speaker.as_deref() == Some(e.id.as_str())}>{shown}</option> }
                    }) }
                </select>
            </label>
            <button data-testid="delete-quote" onclick={delete_now}>{"Delete quote"}</button>
        </section>
    }
}
