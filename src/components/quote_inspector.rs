//! Editing the selected quote: its kind, its speaker, or deleting it.

use crate::hooks::ByAddress;
use crate::state::Action;
use newsmark_engine::document::{Document, Quote, QuoteKind};
use newsmark_engine::names::fullest_names;
use web_sys::{HtmlInputElement, HtmlSelectElement};
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
    let on_speaker =
        props.dispatch.reform(move |e: Event| Action::SetSpeakerName(id.clone(), e.target_unchecked_into::<HtmlInputElement>().value()));
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
    // Each person or organisation once, by their fullest name, for the speaker field to offer.
    let names = fullest_names(&doc.entities);
    let mut speakers: Vec<&String> = doc.entities.iter().zip(&names).filter(|(e, _)| e.label != "LOC").map(|(_, n)| n).collect();
    newsmark_engine::sort::sort(&mut speakers);
    speakers.dedup();
    let current = q.speaker_name.clone().or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone())).unwrap_or_default();
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
                <input data-testid="quote-speaker" list="speaker-names" value={current} onchange={on_speaker}
                    placeholder="a name, or a phrase such as “a senior official”" aria-label="Speaker: pick a name or type one" />
                <datalist id="speaker-names">
                    { for speakers.into_iter().map(|name| html! { <option value={name.clone()} /> }) }
                </datalist>
            </label>
            <button data-testid="delete-quote" onclick={delete_now}>{"Delete quote"}</button>
        </section>
    }
}
