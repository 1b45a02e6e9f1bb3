//! Labels with their colours and counts.

use crate::hooks::ByAddress;
use newsmark_engine::document::Document;
use yew::prelude::*;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The document whose marks are counted.
    pub doc: ByAddress<Document>,
}

/// The legend: one row per label, and the quote count.
#[function_component(Legend)]
pub fn legend(props: &Props) -> Html {
    let doc = &props.doc;
    let reviewed = doc.entities.iter().filter(|e| e.reviewed).count();
    let total = doc.entities.len();
    let percent = if total == 0 { 100.0 } else { reviewed as f64 * 100.0 / total as f64 };
    html! {
        <section class="panel" data-testid="legend">
            <h2>{"Marks"}</h2>
            <div class="progress" data-testid="progress" title="Marks accepted or edited by you">
                <span class="bar"><span style={format!("width: {percent:.1}%")} /></span>
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
        </section>
    }
}
