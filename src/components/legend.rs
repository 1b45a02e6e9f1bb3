//! Labels with their colours and counts.

use crate::hooks::ByAddress;
use crate::state::{Action, Review};
use newsmark_engine::document::Document;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The document whose marks are counted.
    pub doc: ByAddress<Document>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The legend: one row per label, and the quote count.
#[function_component(Legend)]
pub fn legend(props: &Props) -> Html {
    let doc = &props.doc;
    let reviewed = doc.entities.iter().filter(|e| e.reviewed).count();
    let total = doc.entities.len();
    // Tenths of a percent, formatted as integers: no float formatting in the wasm.
    let tenths = (reviewed * 1000).checked_div(total).unwrap_or(1000);
    html! {
        <section class="panel" data-testid="legend">
            <h2>{"Marks"}</h2>
            <div class="progress" data-testid="progress" title="Marks accepted or edited by you">
                <span class="bar"><span style={format!("width: {}.{}%", tenths / 10, tenths % 10)} /></span>
                <span>{format!("{reviewed} / {total} reviewed")}</span>
            </div>
            <ul class="legend">
                { for doc.labels.iter().map(|label| {
                    let count = doc.entities.iter().filter(|e| e.label == label.name).count();
                    html! {
                        <li data-label={label.name.clone()} style={format!("--c: {}", label.color)}>
                            <span class="swatch" />
                            <span class="name">{&label.name}</span>
                            <span class="n" data-testid="label-count">{count}</span>
                        </li>
                    }
                }) }
                <li class="quotes-row"><span class="swatch quote-swatch" /><span class="name">{"Quotes"}</span><span class="n">{doc.quotes.len()}</span></li>
            </ul>
            <div class="review-buttons">
                <button data-testid="next-unreviewed" onclick={props.dispatch.reform(|_| Action::Next(Review::Unreviewed))} title="n">{"Next to review"}<kbd>{"n"}</kbd></button>
                <button data-testid="next-unsure" onclick={props.dispatch.reform(|_| Action::Next(Review::Unsure))} title="u">{"Next unsure"}<kbd>{"u"}</kbd></button>
            </div>
            <details class="legend-key" data-testid="legend-key">
                <summary>{"How marks look"}</summary>
                <dl>
                    <dt><span class="entity reviewed sample">{"Name"}</span></dt><dd>{"solid underline: reviewed (accepted or corrected by you)"}</dd>
                    <dt><span class="entity unreviewed sample">{"Name"}</span></dt><dd>{"dotted underline: from the model, not reviewed yet"}</dd>
                    <dt><span class="entity doubtful sample">{"Name"}</span></dt><dd>{"dashed and hatched: the model is unsure"}</dd>
                    <dt><span class="quote direct sample">{"“Words”"}</span></dt><dd>{"tinted: a direct quote, the speaker's own words"}</dd>
                    <dt><span class="quote indirect sample">{"said that…"}</span></dt><dd>{"blue underline: reported speech, the speaker's words retold"}</dd>
                    <dt><span class="entity speaker sample">{"Name"}</span></dt><dd>{"bold: a speaker; point at a quote to light up who said it"}</dd>
                </dl>
            </details>
        </section>
    }
}
