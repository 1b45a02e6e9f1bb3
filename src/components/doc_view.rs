//! The article with its marks: entities coloured by label, quotes highlighted
//! by kind, entities nested inside quotes, speakers linked to their quotes.

use crate::state::{Action, Focus};
use newsmark_engine::document::{Document, Entity, Quote, QuoteKind};
use newsmark_engine::text::OffsetMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DocView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The document to show.
    pub doc: Rc<Document>,
    /// What is pointed at.
    pub focus: Option<Focus>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

struct View<'a> {
    doc: &'a Document,
    map: OffsetMap,
    focus: &'a Option<Focus>,
    dispatch: &'a Callback<Action>,
}

impl View<'_> {
    fn text(&self, start: usize, end: usize) -> Html {
        Html::from(self.map.slice(&self.doc.text, start, end).to_string())
    }

    fn color(&self, label: &str) -> String {
        self.doc.labels.iter().find(|l| l.name == label).map_or("#6b7280".into(), |l| l.color.clone())
    }

    /// Renders `start..end` with the entities in it (already sorted, non-overlapping).
    fn run(&self, start: usize, end: usize, entities: &[&Entity]) -> Html {
        let mut out = Vec::new();
        let mut cursor = start;
        for e in entities {
            let from = e.start.max(cursor);
            let to = e.end.min(end);
            if from >= to {
                continue;
            }
            if from > cursor {
                out.push(self.text(cursor, from));
            }
            out.push(self.entity(e, from, to));
            cursor = to;
        }
        if cursor < end {
            out.push(self.text(cursor, end));
        }
        out.into_iter().collect()
    }

    fn entity(&self, e: &Entity, from: usize, to: usize) -> Html {
        let speaks = self.doc.quotes.iter().any(|q| q.speaker.as_deref() == Some(&e.id));
        let linked = match self.focus {
            Some(Focus::Quote(q)) => self.doc.quotes.iter().any(|x| &x.id == q && x.speaker.as_deref() == Some(&e.id)),
            Some(Focus::Entity(id)) => id == &e.id,
            None => false,
        };
        let doubtful = e.score.is_some_and(|s| s < 0.6);
        let class = classes!("entity", speaks.then_some("speaker"), linked.then_some("linked"), doubtful.then_some("doubtful"));
        let title = match e.score {
            Some(s) => format!("{} · {} · confidence {:.0}%", e.text, e.label, s * 100.0),
            None => format!("{} · {}", e.text, e.label),
        };
        let (enter, leave) = if speaks {
            let id = e.id.clone();
            (
                self.dispatch.reform(move |_: MouseEvent| Action::SetFocus(Some(Focus::Entity(id.clone())))),
                self.dispatch.reform(|_: MouseEvent| Action::SetFocus(None)),
            )
        } else {
            (Callback::noop(), Callback::noop())
        };
        html! {
            <mark data-testid="entity" data-id={e.id.clone()} data-label={e.label.clone()} data-start={e.start.to_string()} data-end={e.end.to_string()}
                {class} style={format!("--c: {}", self.color(&e.label))} {title} onmouseenter={enter} onmouseleave={leave}>
                { self.text(from, to) }
            </mark>
        }
    }

    fn quote(&self, q: &Quote, from: usize, to: usize, inner: &[&Entity]) -> Html {
        let linked = match self.focus {
            Some(Focus::Quote(id)) => id == &q.id,
            Some(Focus::Entity(id)) => q.speaker.as_deref() == Some(id.as_str()),
            None => false,
        };
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        let speaker = q.speaker_name.clone().or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()));
        let title = format!("{} quote — {}", if kind == "direct" { "Direct" } else { "Reported" }, speaker.as_deref().unwrap_or("speaker unknown"));
        let focus_in = {
            let id = q.id.clone();
            self.dispatch.reform(move |_: FocusEvent| Action::SetFocus(Some(Focus::Quote(id.clone()))))
        };
        let enter = {
            let id = q.id.clone();
            self.dispatch.reform(move |_: MouseEvent| Action::SetFocus(Some(Focus::Quote(id.clone()))))
        };
        let leave = self.dispatch.reform(|_: MouseEvent| Action::SetFocus(None));
        html! {
            <span data-testid="quote" data-id={q.id.clone()} data-kind={kind} data-start={q.start.to_string()} data-end={q.end.to_string()}
                data-speaker={speaker.unwrap_or_default()} class={classes!("quote", kind, linked.then_some("linked"))}
                tabindex="0" {title} onmouseenter={enter} onmouseleave={leave} onfocus={focus_in}>
                { self.run(from, to, inner) }
            </span>
        }
    }
}

/// The article view.
#[function_component(DocView)]
pub fn doc_view(props: &Props) -> Html {
    let doc = &*props.doc;
    let view = View { doc, map: OffsetMap::new(&doc.text), focus: &props.focus, dispatch: &props.dispatch };
    let inside = |e: &Entity, q: &Quote| q.start <= e.start && e.end <= q.end;
    let outside: Vec<&Entity> = doc.entities.iter().filter(|e| !doc.quotes.iter().any(|q| inside(e, q))).collect();
    // Top level: quotes, and the entities outside every quote, in text order.
    let mut items: Vec<(usize, Option<&Quote>, Option<&Entity>)> =
        doc.quotes.iter().map(|q| (q.start, Some(q), None)).chain(outside.iter().map(|e| (e.start, None, Some(*e)))).collect();
    items.sort_by_key(|&(start, q, _)| (start, q.is_none()));
    let mut out = Vec::new();
    let mut cursor = 0;
    let end = view.map.len_chars();
    for (_, quote, entity) in items {
        let (start, stop) = quote.map_or_else(|| entity.map_or((0, 0), |e| (e.start, e.end)), |q| (q.start, q.end));
        let from = start.max(cursor);
        if from >= stop {
            continue;
        }
        if from > cursor {
            out.push(view.text(cursor, from));
        }
        match (quote, entity) {
            (Some(q), _) => {
                let inner: Vec<&Entity> = doc.entities.iter().filter(|e| inside(e, q)).collect();
                out.push(view.quote(q, from, stop, &inner));
            }
            (None, Some(e)) => out.push(view.entity(e, from, stop)),
            (None, None) => {}
        }
        cursor = stop;
    }
    if cursor < end {
        out.push(view.text(cursor, end));
    }
    let info = match &props.focus {
        Some(Focus::Quote(id)) => doc.quotes.iter().find(|q| &q.id == id).map(|q| {
            let who = q.speaker_name.clone().or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()));
            format!("Speaker: {}", who.as_deref().unwrap_or("unknown"))
        }),
        Some(Focus::Entity(id)) => doc.entity(id).map(|e| {
            let n = doc.quotes.iter().filter(|q| q.speaker.as_deref() == Some(id.as_str())).count();
            format!("{} — speaker of {n} quote{}", e.text, if n == 1 { "" } else { "s" })
        }),
        None => None,
    };
    html! {
        <section class="doc">
            <div class="focus-info" data-testid="focus-info" aria-live="polite">{ info.unwrap_or_else(|| "Point at a quote to see who said it.".into()) }</div>
            <article class="doc-view" data-testid="doc-view">{ for out }</article>
        </section>
    }
}
