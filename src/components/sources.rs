//! The Sources panel: every speaker with their quotes; click to jump.

use super::entity_list::jump_to;
use crate::hooks::ByAddress;
use crate::state::{Action, Focus};
use newsmark_engine::document::{Document, Quote};
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

/// Who a quote is from, as the panel groups them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Person,
    Organisation,
    Unnamed,
    Unattributed,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Person, Kind::Organisation, Kind::Unnamed, Kind::Unattributed];

    /// Its name in the page's data and its heading.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Kind::Person => ("person", "People"),
            Kind::Organisation => ("organisation", "Organisations"),
            Kind::Unnamed => ("unnamed", "Unnamed sources"),
            Kind::Unattributed => ("unattributed", "Not attributed"),
        }
    }
}

/// A speaker and their quotes.
type SpeakerQuotes = (Kind, String, Vec<Quote>);

/// Speakers by kind, then by number of quotes: a marked person, another mark
/// (an organisation, a country), a phrase (an unnamed source such as "a
/// senior official", grouped without regard to case), or nobody.
fn speakers_by_kind(doc: &Document) -> Vec<SpeakerQuotes> {
    let mut speakers: Vec<SpeakerQuotes> = Vec::new();
    // Looked up by id once: a 5 MB article has a hundred thousand marks and thousands of quotes.
    let speaker_ids: std::collections::HashSet<&str> = doc.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    let marks: std::collections::HashMap<&str, &newsmark_engine::document::Entity> =
        doc.entities.iter().filter(|e| speaker_ids.contains(e.id.as_str())).map(|e| (e.id.as_str(), e)).collect();
    for q in &doc.quotes {
        let mark = q.speaker.as_deref().and_then(|id| marks.get(id).copied());
        let phrase = q.speaker_name.clone().or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()));
        let (kind, name) = match (mark, phrase) {
            (Some(mark), name) => {
                (if mark.label == "PER" { Kind::Person } else { Kind::Organisation }, name.unwrap_or_else(|| mark.text.clone()))
            }
            (None, Some(phrase)) => (Kind::Unnamed, phrase),
            (None, None) => (Kind::Unattributed, "Not attributed".to_string()),
        };
        match speakers.iter_mut().find(|(k, n, _)| *k == kind && n.to_lowercase() == name.to_lowercase()) {
            Some((_, _, quotes)) => quotes.push(q.clone()),
            None => speakers.push((kind, name, vec![q.clone()])),
        }
    }
    speakers.sort_by_key(|(kind, _, quotes)| (*kind, std::cmp::Reverse(quotes.len())));
    speakers
}

/// Quotes shown for a speaker before "Show more": a long article's list stays short enough to scan.
const FIRST_QUOTES: usize = 5;

/// Speakers in groups (people, organisations, unnamed sources, not attributed), each with their first quotes and the rest on request.
#[function_component(Sources)]
pub fn sources(props: &Props) -> Html {
    let speakers = use_memo(props.doc.clone(), |doc| speakers_by_kind(doc));
    let expanded = use_state(std::collections::HashSet::<String>::new);
    let speaker = |(kind, name, quotes): &SpeakerQuotes| -> Html {
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
                            jump_to(&format!("[data-testid=quote][data-id=\"{id}\"]"));
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
            { for Kind::ALL.into_iter().filter(|k| speakers.iter().any(|s| s.0 == *k)).map(|kind| {
                let (data, heading) = kind.names();
                html! {
                    <div key={data} class="source-group" data-testid="source-group" data-kind={data}>
                        <h3>{heading}</h3>
                        { for speakers.iter().filter(|s| s.0 == kind).map(speaker) }
                    </div>
                }
            }) }
        </section>
    }
}
