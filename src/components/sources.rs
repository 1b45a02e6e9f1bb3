//! The Sources panel: every speaker with their quotes; click to jump.

use crate::hooks::ByAddress;
use crate::page::{jump_to, mark_selector};
use crate::state::{Action, Focus};
use newsmark_engine::document::Document;
use newsmark_engine::sources::{speakers, Kind, Speaker};
use yew::prelude::*;

/// Props of [`Sources`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The document whose quotes are listed (one frame late for a long one: see [`crate::hooks::use_deferred_doc`]).
    pub doc: ByAddress<Document>,
    /// What is pointed at.
    pub focus: Option<Focus>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Its heading in the panel.
fn heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "People",
        Kind::Organisation => "Organisations",
        Kind::Unnamed => "Unnamed sources",
        Kind::Unattributed => "Not attributed",
    }
}

/// Quotes shown for a speaker before "Show more": a long article's list stays short enough to scan.
const FIRST_QUOTES: usize = 5;

/// Speakers in groups (people, organisations, unnamed sources, not attributed), each with their first quotes and the rest on request.
#[function_component(Sources)]
pub fn sources(props: &Props) -> Html {
    let speakers = use_memo(props.doc.clone(), |doc| speakers(doc));
    let expanded = use_state(std::collections::HashSet::<String>::new);
    let speaker = |Speaker { kind, name, quotes }: &Speaker| -> Html {
        let quotes: Vec<&newsmark_engine::document::Quote> = quotes.iter().map(|&q| &props.doc.quotes[q]).collect();
        let all = expanded.contains(name);
        let hidden = if all { 0 } else { quotes.len().saturating_sub(FIRST_QUOTES) };
        let toggle = {
            let (expanded, name) = (expanded.clone(), name.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*expanded).clone();
                if !next.remove(&name) {
                    next.insert(name.clone());
                }
                expanded.set(next);
            })
        };
        let title = (*kind == Kind::Unnamed).then(|| format!("Unnamed source: “{name}”"));
        html! {
            <details key={name.clone()} open=true class="source" data-testid="source" data-speaker={name.clone()} {title}>
                <summary><span class="who">{name}</span><span class="n">{quotes.len()}</span></summary>
                <ol>
                    { for quotes.iter().take(quotes.len() - hidden).map(|q| {
                        let id = q.id.clone();
                        let onclick = props.dispatch.reform(move |_: MouseEvent| {
                            jump_to(&mark_selector(&id));
                            Action::SetFocus(Some(Focus::Quote(id.clone())))
                        });
                        let short: String = q.text.chars().take(90).collect();
                        let more = if q.text.chars().count() > 90 { "…" } else { "" };
                        let active = props.focus == Some(Focus::Quote(q.id.clone()));
                        html! { <li key={q.id.clone()}><button class={classes!("quote-link", active.then_some("active"))} {onclick}>
                            <span class={classes!("kind", format!("{:?}", q.kind).to_lowercase())} />{format!("{short}{more}")}</button></li> }
                    }) }
                </ol>
                if hidden > 0 {
                    <button class="link" data-testid="source-more" onclick={toggle}>{format!("Show {hidden} more")}</button>
                } else if all {
                    <button class="link" data-testid="source-fewer" onclick={toggle}>{"Show fewer"}</button>
                }
            </details>
        }
    };
    html! {
        <section class="panel" data-testid="sources">
            <h2>{"Sources"}</h2>
            if speakers.is_empty() {
                <p class="muted">{"No quotes found."}</p>
            }
            { for Kind::ALL.into_iter().filter(|k| speakers.iter().any(|s| s.kind == *k)).map(|kind| {
                let (data, heading) = (kind.name(), heading(kind));
                html! {
                    <div key={data} class="source-group" data-testid="source-group" data-kind={data}>
                        <h3>{heading}</h3>
                        { for speakers.iter().filter(|s| s.kind == kind).map(speaker) }
                    </div>
                }
            }) }
        </section>
    }
}
