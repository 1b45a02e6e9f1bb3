//! The entity list: marks grouped by label and, for people, by person, with
//! counts and a filter; clicking a group jumps to its first mention.

use crate::hooks::ByAddress;
use crate::page::{jump_to, mark_selector};
use crate::state::{Action, Review, Selected};
use newsmark_engine::document::Document;
use newsmark_engine::names::fullest_names;
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`EntityList`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The document whose marks are listed.
    pub doc: ByAddress<Document>,
    /// Only groups whose name contains this (case-insensitive).
    pub filter: String,
    /// Which marks to list (None: all).
    pub showing: Option<Review>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Marks grouped by label, then by name (people by their fullest name).
#[function_component(EntityList)]
pub fn entity_list(props: &Props) -> Html {
    let doc = &props.doc;
    let needle = props.filter.to_lowercase();
    let names = use_memo(doc.clone(), |doc| fullest_names(&doc.entities));
    let oninput = props.dispatch.reform(|e: InputEvent| Action::SetFilter(e.target_unchecked_into::<HtmlInputElement>().value()));
    let onshow = props.dispatch.reform(|e: Event| {
        Action::Show(match e.target_unchecked_into::<web_sys::HtmlSelectElement>().value().as_str() {
            "unreviewed" => Some(Review::Unreviewed),
            "unsure" => Some(Review::Unsure),
            _ => None,
        })
    });
    let showing = props.showing;
    html! {
        <section class="panel" data-testid="entity-list">
            <h2>{"Entities"}</h2>
            <div class="filters">
                <input type="search" placeholder="Filter…" value={props.filter.clone()} {oninput} data-testid="entity-filter" aria-label="Filter entities" />
                <select data-testid="entity-show" onchange={onshow} aria-label="Which marks">
                    <option value="all" selected={showing.is_none()}>{"All marks"}</option>
                    <option value="unreviewed" selected={showing == Some(Review::Unreviewed)}>{"Not reviewed"}</option>
                    <option value="unsure" selected={showing == Some(Review::Unsure)}>{"Unsure"}</option>
                </select>
            </div>
            { for doc.labels.iter().map(|label| {
                // Name → ids of its mentions, in text order.
                let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
                for (i, e) in doc.entities.iter().enumerate().filter(|(_, e)| e.label == label.name && showing.is_none_or(|r| r.takes(e))) {
                    let name = if e.label == "PER" { names[i].clone() } else { e.text.clone() };
                    groups.entry(name).or_default().push(e.id.clone());
                }
                groups.retain(|name, _| needle.is_empty() || name.to_lowercase().contains(&needle));
                if groups.is_empty() {
                    return html! {};
                }
                let mut groups: Vec<(String, Vec<String>)> = groups.into_iter().collect();
                newsmark_engine::sort::sort_by_key(&mut groups, |(name, ids)| (std::cmp::Reverse(ids.len()), name.clone()));
                html! {
                    <details key={label.name.clone()} open=true class="group" style={format!("--c: {}", label.color)}>
                        <summary><span class="swatch" />{&label.name}<span class="n">{groups.iter().map(|g| g.1.len()).sum::<usize>()}</span></summary>
                        <ul>
                            { for groups.into_iter().map(|(name, ids)| {
                                let first = ids[0].clone();
                                let onclick = props.dispatch.reform(move |_: MouseEvent| {
                                    jump_to(&mark_selector(&first));
                                    Action::Select(Some(Selected::Entity(first.clone())))
                                });
                                html! { <li key={name.clone()}><button class="entity-link" data-testid="entity-group" data-name={name.clone()} {onclick}>
                                    <span>{&name}</span><span class="n">{ids.len()}</span></button></li> }
                            }) }
                        </ul>
                    </details>
                }
            }) }
        </section>
    }
}
