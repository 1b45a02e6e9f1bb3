//! One paragraph of the article with its marks; a separate component so that
//! an edit re-renders only the paragraphs whose marks changed.

use crate::state::{Action, Focus, Selected};
use crate::wording::rounded;
use newsmark_engine::document::{Entity, Quote, QuoteKind};
use newsmark_engine::text::OffsetMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Paragraph`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The paragraph's text.
    pub text: AttrValue,
    /// Its first code point in the article.
    pub start: usize,
    /// Label name → colour.
    pub labels: Rc<Vec<(String, String)>>,
    /// Entities in the paragraph.
    pub entities: Vec<Entity>,
    /// Quotes in the paragraph.
    pub quotes: Vec<Quote>,
    /// The selected mark or quote, if it is here.
    pub selected: Option<String>,
    /// Marks and quotes lit up by the pointer.
    pub linked: Vec<String>,
    /// Entities here that speak a quote.
    pub speakers: Vec<String>,
    /// Marks here that learning just changed (they flash once).
    pub flashed: Vec<String>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Pointing at a mark lights up what it is linked to, but not while the
/// mouse button is down: redrawing during a drag would lose the selection
/// being made across the marks.
fn hover(dispatch: &Callback<Action>, focus: Option<Focus>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| {
        if !super::pointer::pointer_down() {
            dispatch.emit(Action::SetFocus(focus.clone()));
        }
    })
}

struct View<'a> {
    props: &'a Props,
    map: OffsetMap,
}

impl View<'_> {
    /// A piece of plain text, tagged with its offset for selections.
    fn text(&self, from: usize, to: usize) -> Html {
        let base = self.props.start;
        let piece = self.map.slice(&self.props.text, from - base, to - base).to_string();
        html! { <span class="t" data-o={from.to_string()}>{piece}</span> }
    }

    /// Renders `from..to` with the given entities (sorted, not overlapping)
    /// into `out`: pieces side by side, never a fragment of them, so that
    /// the paragraph's children are one flat list whatever the marks.
    fn run(&self, from: usize, to: usize, entities: &[&Entity], out: &mut Vec<Html>) {
        let mut cursor = from;
        for e in entities {
            let (s, t) = (e.start.max(cursor), e.end.min(to));
            if s >= t {
                continue;
            }
            if s > cursor {
                out.push(self.text(cursor, s));
            }
            out.push(self.entity(e, s, t));
            cursor = t;
        }
        if cursor < to {
            out.push(self.text(cursor, to));
        }
    }

    fn entity(&self, e: &Entity, from: usize, to: usize) -> Html {
        let p = self.props;
        let color = p.labels.iter().find(|(n, _)| n == &e.label).map_or("#6b7280", |(_, c)| c.as_str());
        let speaks = p.speakers.contains(&e.id);
        let doubtful = crate::state::is_unsure(e);
        let class = classes!(
            "entity",
            speaks.then_some("speaker"),
            p.linked.contains(&e.id).then_some("linked"),
            p.flashed.contains(&e.id).then_some("flash"),
            (p.selected.as_ref() == Some(&e.id)).then_some("selected"),
            if e.reviewed { "reviewed" } else { "unreviewed" },
            doubtful.then_some("doubtful")
        );
        let title = match e.score {
            Some(s) if !e.reviewed => format!("{} · {} · confidence {}% · not reviewed", e.text, e.label, rounded(s * 100.0)),
            _ => format!("{} · {}{}", e.text, e.label, if e.reviewed { " · reviewed" } else { "" }),
        };
        let id = e.id.clone();
        let select = Callback::from({
            let dispatch = p.dispatch.clone();
            // Focus from Tab selects the mark; focus from a mouse press waits for the
            // click, so that a drag starting on a mark still selects text.
            move |_: FocusEvent| {
                if !super::pointer::pointer_down() {
                    dispatch.emit(Action::Select(Some(Selected::Entity(id.clone()))));
                }
            }
        });
        let id = e.id.clone();
        let click = Callback::from({
            let dispatch = p.dispatch.clone();
            move |e: MouseEvent| {
                e.stop_propagation();
                if !super::pointer::text_dragged() {
                    dispatch.emit(Action::Select(Some(Selected::Entity(id.clone()))));
                }
            }
        });
        let (enter, leave) = if speaks {
            (hover(&p.dispatch, Some(Focus::Entity(e.id.clone()))), hover(&p.dispatch, None))
        } else {
            (Callback::noop(), Callback::noop())
        };
        html! {
            <mark data-testid="entity" data-id={e.id.clone()} data-label={e.label.clone()} data-start={e.start.to_string()} data-end={e.end.to_string()}
                data-reviewed={e.reviewed.to_string()} {class} style={format!("--c: {color}")} {title} tabindex="0"
                onfocus={select} onclick={click} onmouseenter={enter} onmouseleave={leave}>
                { self.text(from, to) }
            </mark>
        }
    }

    fn quote(&self, q: &Quote, from: usize, to: usize, inner: &[&Entity]) -> Html {
        let p = self.props;
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        let speaker = q.speaker_name.clone().or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()));
        let title =
            format!("{} quote — {}", if kind == "direct" { "Direct" } else { "Reported" }, speaker.as_deref().unwrap_or("speaker unknown"));
        let enter = hover(&p.dispatch, Some(Focus::Quote(q.id.clone())));
        let leave = hover(&p.dispatch, None);
        let id = q.id.clone();
        let click = Callback::from({
            let dispatch = p.dispatch.clone();
            move |_: MouseEvent| {
                if !super::pointer::text_dragged() {
                    dispatch.emit(Action::Select(Some(Selected::Quote(id.clone()))));
                }
            }
        });
        let id = q.id.clone();
        let select = Callback::from({
            let dispatch = p.dispatch.clone();
            // Tab reaches quotes as it reaches marks; a mouse press waits for the click.
            move |e: FocusEvent| {
                let on_quote =
                    e.target_dyn_into::<web_sys::Element>().is_some_and(|el| el.get_attribute("data-testid").as_deref() == Some("quote"));
                if on_quote && !super::pointer::pointer_down() {
                    dispatch.emit(Action::Select(Some(Selected::Quote(id.clone()))));
                }
            }
        });
        let mut inside = Vec::new();
        self.run(from, to, inner, &mut inside);
        html! {
            <span data-testid="quote" data-id={q.id.clone()} tabindex="0" onfocus={select} data-kind={kind} data-start={q.start.to_string()} data-end={q.end.to_string()}
                data-speaker={speaker.unwrap_or_default()}
                class={classes!("quote", kind, p.linked.contains(&q.id).then_some("linked"), (p.selected.as_ref() == Some(&q.id)).then_some("selected"))}
                {title} onmouseenter={enter} onmouseleave={leave} onclick={click}>
                { for inside }
            </span>
        }
    }
}

/// A paragraph: the quotes, each with the marks over its words, and the
/// marks between them. A mark that runs into or out of a quote is drawn in
/// pieces, one on each side of the quote's edge, so that all its words show.
#[function_component(Paragraph)]
pub fn paragraph(props: &Props) -> Html {
    let view = View { props, map: OffsetMap::new(&props.text) };
    let end = props.start + view.map.len_chars();
    let mut quotes: Vec<&Quote> = props.quotes.iter().collect();
    newsmark_engine::sort::sort_by_key(&mut quotes, |q| (q.start, q.end));
    let entities: Vec<&Entity> = props.entities.iter().collect();
    let mut out = Vec::new();
    let mut cursor = props.start;
    for q in quotes {
        let (from, to) = (q.start.max(cursor), q.end.min(end));
        if from >= to {
            continue;
        }
        if from > cursor {
            view.run(cursor, from, &entities, &mut out);
        }
        out.push(view.quote(q, from, to, &entities));
        cursor = to;
    }
    if cursor < end {
        view.run(cursor, end, &entities, &mut out);
    }
    html! { <div class="para" data-start={props.start.to_string()}>{ for out }</div> }
}
