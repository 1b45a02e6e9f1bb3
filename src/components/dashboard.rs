//! The Sources view: who is quoted across every saved document, by gender
//! and kind, as a table, a chart and a CSV.

use super::source_chart::SourceChart;
use crate::download;
use crate::state::{Action, Dashboard as View, Summary};
use crate::wording::plural;
use newsmark_engine::names::{gender_or_unknown, Gender};
use newsmark_engine::sources::{to_csv, Basis, Kind, Row};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`Dashboard`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The view's state.
    pub view: View,
    /// The saved documents, for their titles.
    pub documents: Rc<Vec<Summary>>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// How the table is ordered.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Quotes,
    Documents,
    Name,
}

/// What the basis of a gender means, for the row's note.
fn basis_note(basis: Basis) -> &'static str {
    match basis {
        Basis::User => "set by you",
        Basis::Honorific => "from Mr/Ms/Mrs or a title in the text",
        Basis::Pronoun => "from pronouns in the text",
        Basis::FirstName => "from the first name (Census lists)",
        Basis::None => "no evidence",
    }
}

fn selected_value(event: &Event) -> String {
    event.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The view: totals, chart, filters, the table and its rows' quotes.
#[function_component(Dashboard)]
pub fn dashboard(props: &Props) -> Html {
    let kind = use_state(String::new);
    let gender = use_state(String::new);
    let order = use_state(|| Order::Quotes);
    let open_row = use_state(|| None::<String>);
    let close = props.dispatch.reform(|_| Action::CloseDashboard);
    let View::Ready(view) = &props.view else {
        return html! {
            <section class="panel dashboard" data-testid="dashboard">
                <h2>{"Sources"}</h2>
                <p class="muted" data-testid="dashboard-loading">{"Counting the sources of every document…"}</p>
            </section>
        };
    };
    let mut rows: Vec<&Row> = view
        .tally
        .sources
        .iter()
        .filter(|r| kind.is_empty() || r.kind.name() == *kind)
        .filter(|r| gender.is_empty() || r.kind == Kind::Person && gender_or_unknown::name(r.gender) == *gender)
        .collect();
    match *order {
        Order::Quotes => {}
        Order::Documents => newsmark_engine::sort::sort_by(&mut rows, |a, b| b.documents.cmp(&a.documents).then(b.quotes.cmp(&a.quotes))),
        Order::Name => newsmark_engine::sort::sort_by_key(&mut rows, |r| r.name.to_lowercase()),
    }
    let csv = {
        let table: Vec<Row> = rows.iter().map(|r| (*r).clone()).collect();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = download::save("newsmark-sources.csv", &to_csv(&table), "text/csv;charset=utf-8") {
                dispatch.emit(Action::Fail(format!("Download failed: {e:?}")));
            }
        })
    };
    let title_of = |id: &str| {
        props.documents.iter().find(|d| d.id == id).map_or_else(|| "This document (not saved yet)".to_string(), |d| d.title.clone())
    };
    let row = |r: &Row| -> Html {
        let key = format!("{}:{}", r.kind.name(), r.name);
        let expanded = open_row.as_deref() == Some(key.as_str());
        let toggle = {
            let (open_row, key) = (open_row.clone(), key.clone());
            Callback::from(move |_: MouseEvent| open_row.set(if expanded { None } else { Some(key.clone()) }))
        };
        let set_gender = {
            let appearances: Vec<(String, String)> = r.appearances.iter().map(|a| (a.document.clone(), a.name.clone())).collect();
            props.dispatch.reform(move |e: Event| {
                let gender = match selected_value(&e).as_str() {
                    "female" => Some(Gender::Female),
                    "male" => Some(Gender::Male),
                    _ => None,
                };
                Action::SetSourceGender { appearances: appearances.clone(), gender }
            })
        };
        let gender_name = gender_or_unknown::name(r.gender);
        html! {
            <>
            <tr key={key.clone()} data-testid="dashboard-row" data-name={r.name.clone()} data-kind={r.kind.name()} data-gender={gender_name}
                data-gender-basis={r.gender_basis.name()} data-quotes={r.quotes.to_string()} data-documents={r.documents.to_string()}
                class={classes!(expanded.then_some("open"))}>
                <th scope="row"><button class="link" data-testid="dashboard-open-row" aria-expanded={expanded.to_string()} onclick={toggle}>{&r.name}</button></th>
                <td>{r.kind.name()}</td>
                <td>
                    if r.kind == Kind::Person {
                        <select data-testid="dashboard-set-gender" aria-label={format!("Gender of {}", r.name)} onchange={set_gender}>
                            { for ["female", "male", "unknown"].into_iter().map(|g| html! { <option value={g} selected={g == gender_name}>{g}</option> }) }
                        </select>
                        <small class="basis">{basis_note(r.gender_basis)}</small>
                    } else {
                        <span class="muted">{"—"}</span>
                    }
                </td>
                <td class="n">{r.quotes}</td>
                <td class="n">{r.documents}</td>
            </tr>
            if expanded {
                <tr key={format!("{key}/quotes")} class="row-quotes"><td colspan="5"><ol>
                    { for r.appearances.iter().flat_map(|a| a.quotes.iter().map(move |q| (a, q))).map(|(a, q)| {
                        let text = view.quotes.get(&(a.document.clone(), q.clone())).cloned().unwrap_or_default();
                        let short: String = text.chars().take(120).collect();
                        let more = if text.chars().count() > 120 { "…" } else { "" };
                        let (document, quote) = (a.document.clone(), q.clone());
                        let onclick = props.dispatch.reform(move |_: MouseEvent| Action::ShowQuote { document: document.clone(), quote: quote.clone() });
                        html! { <li><button class="quote-link" data-testid="dashboard-quote" {onclick}>
                            <span class="doc-title">{title_of(&a.document)}</span>{format!(" “{short}{more}”")}</button></li> }
                    }) }
                </ol></td></tr>
            }
            </>
        }
    };
    let totals = &view.tally.totals;
    html! {
        <section class="panel dashboard" data-testid="dashboard" aria-label="Sources across documents">
            <div class="dashboard-head">
                <h2>{format!("Sources in {} document{}", totals.documents, plural(totals.documents))}</h2>
                <button data-testid="close-dashboard" onclick={close}>{"Back to the article"}</button>
            </div>
            if view.unreadable > 0 {
                <p class="error">{format!("{} saved document(s) could not be read and are left out.", view.unreadable)}</p>
            }
            <SourceChart totals={totals.clone()} />
            <div class="toolbar dashboard-filters">
                <label>{"Kind "}<select data-testid="dashboard-kind" onchange={let kind = kind.clone(); move |e: Event| kind.set(selected_value(&e))}>
                    <option value="" selected={kind.is_empty()}>{"all"}</option>
                    { for [Kind::Person, Kind::Organisation, Kind::Unnamed].into_iter().map(|k| html! { <option value={k.name()} selected={*kind == k.name()}>{k.name()}</option> }) }
                </select></label>
                <label>{"Gender "}<select data-testid="dashboard-gender" onchange={let gender = gender.clone(); move |e: Event| gender.set(selected_value(&e))}>
                    <option value="" selected={gender.is_empty()}>{"all"}</option>
                    { for ["female", "male", "unknown"].into_iter().map(|g| html! { <option value={g} selected={*gender == g}>{g}</option> }) }
                </select></label>
                <label>{"Sort by "}<select data-testid="dashboard-order" onchange={let order = order.clone(); move |e: Event| order.set(match selected_value(&e).as_str() {
                    "documents" => Order::Documents, "name" => Order::Name, _ => Order::Quotes })}>
                    <option value="quotes" selected={*order == Order::Quotes}>{"quotes"}</option>
                    <option value="documents" selected={*order == Order::Documents}>{"documents"}</option>
                    <option value="name" selected={*order == Order::Name}>{"name"}</option>
                </select></label>
                <button data-testid="dashboard-csv" onclick={csv} disabled={rows.is_empty()}>{"Download CSV"}</button>
            </div>
            if view.tally.sources.is_empty() {
                <p class="muted">{"No quotes with a source in your documents yet."}</p>
            } else {
                <div class="table-scroll">
                    <table class="sources-table">
                        <thead><tr><th scope="col">{"Source"}</th><th scope="col">{"Kind"}</th><th scope="col">{"Gender"}</th>
                            <th scope="col" class="n">{"Quotes"}</th><th scope="col" class="n">{"Documents"}</th></tr></thead>
                        <tbody>{ for rows.iter().map(|r| row(r)) }</tbody>
                    </table>
                </div>
            }
            if totals.unattributed_quotes > 0 {
                <p class="muted">{format!("{} quote(s) have no source.", totals.unattributed_quotes)}</p>
            }
        </section>
    }
}
