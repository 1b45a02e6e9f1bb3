//! The article view: paragraphs (each re-rendered only when its marks
//! change), and text selection turned into code-point offsets.

use super::paragraph::Paragraph;
use super::pointer::{self, clear_article_selection, show_selection};
use crate::hooks::drawn_window::{estimated_height, use_drawn_window, use_focus_kept, use_window_follows, window_around};
use crate::hooks::ByAddress;
use crate::page::{is_drawn, mark_selector};
use crate::state::{Action, Focus, Selected};
use crate::wording::plural;
use crate::wording::rounded;
use newsmark_engine::document::{Document, Entity, Quote};
use newsmark_engine::text::OffsetMap;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DocView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Its storage id (none until first saved), under which the reading place is kept.
    pub id: Option<AttrValue>,
    /// The document to show.
    pub doc: ByAddress<Document>,
    /// What is pointed at.
    pub focus: Option<Focus>,
    /// What is selected.
    pub selected: Option<Selected>,
    /// Marks that learning just changed.
    pub flashed: Rc<Vec<String>>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Paragraph ranges in code points, each with its trailing blank lines, covering the text.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\n' {
            let mut j = i;
            let mut newlines = 0;
            while j < chars.len() && chars[j].is_whitespace() {
                newlines += usize::from(chars[j] == '\n');
                j += 1;
            }
            if newlines >= 2 && j < chars.len() {
                out.push((start, j));
                start = j;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    if start < chars.len() || out.is_empty() {
        out.push((start, chars.len()));
    }
    out
}

/// The article view.
#[function_component(DocView)]
pub fn doc_view(props: &Props) -> Html {
    let doc = &*props.doc;
    // Each paragraph's range and text, made once per article.
    let ranges = use_memo(props.doc.text.clone(), |t| {
        let map = OffsetMap::new(t);
        paragraphs(t)
            .into_iter()
            .map(|(start, end)| (start, end, AttrValue::from(map.slice(t, start, end).to_string())))
            .collect::<Vec<_>>()
    });
    let onmousedown = Callback::from(|e: MouseEvent| pointer::pressed(&e));
    let onmouseup = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = pointer::released(&e) {
                dispatch.emit(action);
            }
        })
    };
    // Big articles: draw the paragraphs around the scroll position only.
    let window = use_drawn_window(ranges.clone());
    let (windowed, drawn) = (window.windowed, window.drawn.clone());
    let bring_into_view = {
        let (ranges, start, drawn) = (ranges.clone(), window.start.clone(), drawn.clone());
        Callback::from(move |paragraph_start: usize| {
            let index = ranges.partition_point(|(s, _, _)| *s < paragraph_start);
            let is_paragraph = ranges.get(index).is_some_and(|(s, _, _)| *s == paragraph_start);
            if is_paragraph && !drawn.contains(&index) {
                start.set(window_around(index));
            }
            is_paragraph
        })
    };
    crate::hooks::use_reading_place(props.id.clone(), bring_into_view);
    let onfocusin = use_focus_kept(&window);
    let chosen = match &props.selected {
        Some(Selected::Entity(id)) => doc.entity(id).map(|e| (e.id.clone(), e.start)),
        Some(Selected::Quote(id)) => doc.quotes.iter().find(|q| &q.id == id).map(|q| (q.id.clone(), q.start)),
        _ => None,
    };
    use_window_follows(&window, chosen.map(|(id, start)| (id, ranges.partition_point(|(_, end, _)| *end <= start))));
    // Tab from the last drawn mark goes on to the next mark of the article
    // (and Shift+Tab from the first back), drawing the window around it.
    let onkeydown = {
        let (dispatch, doc) = (props.dispatch.clone(), props.doc.clone());
        Callback::from(move |e: KeyboardEvent| {
            if !windowed || e.key() != "Tab" {
                return;
            }
            let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
            let Some(id) = focused.and_then(|el| el.get_attribute("data-id")) else { return };
            // Marks in focus order: by start, a quote before the names inside it.
            let mut marks: Vec<(usize, bool, &str)> = doc.entities.iter().map(|x| (x.start, true, x.id.as_str())).collect();
            marks.extend(doc.quotes.iter().map(|q| (q.start, false, q.id.as_str())));
            newsmark_engine::sort::sort_by_key(&mut marks, |&(start, is_entity, _)| (start, is_entity));
            let Some(index) = marks.iter().position(|m| m.2 == id) else { return };
            let next = if e.shift_key() { index.checked_sub(1) } else { Some(index + 1) };
            let Some(&(_, is_entity, next)) = next.and_then(|n| marks.get(n)) else { return };
            if !is_drawn(&mark_selector(next)) {
                e.prevent_default();
                let next = next.to_string();
                dispatch.emit(Action::Select(Some(if is_entity { Selected::Entity(next) } else { Selected::Quote(next) })));
            }
        })
    };
    // The space of the paragraphs not drawn. (Always a node, even of no height: the article's children keep
    // one shape around the keyed paragraphs, so that reconciling them never meets an empty fragment.)
    let space = |from: usize, to: usize| -> Html {
        let height: f64 = ranges[from..to].iter().map(|(s, e, _)| estimated_height(e - s)).sum();
        html! { <div class="para-space" style={format!("height: {}px", rounded(height))} /> }
    };
    use_selection_shown(props.selected.clone());
    let selected_id = match &props.selected {
        Some(Selected::Entity(id)) | Some(Selected::Quote(id)) => Some(id.clone()),
        _ => None,
    };
    let linked = linked_ids(doc, props.focus.as_ref());
    let speakers: std::collections::HashSet<&str> = doc.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
    let label_colors: Rc<Vec<(String, String)>> = Rc::new(doc.labels.iter().map(|l| (l.name.clone(), l.color.clone())).collect());
    html! {
        <section class="doc">
            <div class="focus-info" data-testid="focus-info" aria-live="polite">{ focus_info(doc, props.focus.as_ref()) }</div>
            <article class="doc-view" data-testid="doc-view" data-windowed={windowed.to_string()} {onmousedown} {onmouseup} {onkeydown} {onfocusin}>
                { space(0, drawn.start) }
                { for ranges[drawn.clone()].iter().map(|(start, end, text)| {
                    let (start, end) = (*start, *end);
                    // Entities are sorted and never overlap: find the paragraph's run by bisection.
                    let first = doc.entities.partition_point(|e| e.end <= start);
                    let entities: Vec<Entity> = doc.entities[first..].iter().take_while(|e| e.start < end).cloned().collect();
                    let quotes: Vec<Quote> = doc.quotes.iter().filter(|q| q.start < end && start < q.end).cloned().collect();
                    let inside = |id: &String| entities.iter().any(|e| &e.id == id) || quotes.iter().any(|q| &q.id == id);
                    html! {
                        <Paragraph key={start} text={text.clone()} {start}
                            labels={label_colors.clone()}
                            selected={selected_id.clone().filter(|id| inside(id))}
                            linked={linked.iter().filter(|id| inside(id)).cloned().collect::<Vec<_>>()}
                            flashed={props.flashed.iter().filter(|id| inside(id)).cloned().collect::<Vec<_>>()}
                            speakers={entities.iter().filter(|e| speakers.contains(e.id.as_str())).map(|e| e.id.clone()).collect::<Vec<_>>()}
                            {entities} {quotes} dispatch={props.dispatch.clone()} />
                    }
                }) }
                { space(drawn.end, ranges.len()) }
            </article>
        </section>
    }
}

/// The ids to light up: the pointed quote and its speaker, or the pointed speaker and its quotes.
fn linked_ids(doc: &Document, focus: Option<&Focus>) -> Vec<String> {
    match focus {
        Some(Focus::Quote(id)) => {
            doc.quotes.iter().filter(|q| &q.id == id).flat_map(|q| [Some(q.id.clone()), q.speaker.clone()]).flatten().collect()
        }
        Some(Focus::Entity(id)) => std::iter::once(id.clone())
            .chain(doc.quotes.iter().filter(|q| q.speaker.as_deref() == Some(id)).map(|q| q.id.clone()))
            .collect(),
        None => Vec::new(),
    }
}

/// What the line above the article says of what is pointed at.
fn focus_info(doc: &Document, focus: Option<&Focus>) -> String {
    let info = match focus {
        Some(Focus::Quote(id)) => doc.quotes.iter().find(|q| &q.id == id).map(|q| {
            let who = q.speaker_name.clone().or_else(|| q.speaker_mention.as_ref().map(|m| m.text.clone()));
            format!("Speaker: {}", who.as_deref().unwrap_or("unknown"))
        }),
        Some(Focus::Entity(id)) => doc.entity(id).map(|e| {
            let n = doc.quotes.iter().filter(|q| q.speaker.as_deref() == Some(id.as_str())).count();
            let state = if e.reviewed { "reviewed" } else { "not reviewed" };
            format!(
                "{} · {} · {state}{}",
                e.text,
                e.label,
                if n > 0 { format!(" · speaker of {n} quote{}", plural(n)) } else { String::new() }
            )
        }),
        None => None,
    };
    info.unwrap_or_else(|| "Select text to mark it; point at a quote to see who said it. Press ? for shortcuts.".into())
}

/// Keeps the page's text selection as the selection: a docked one drawn, and
/// a text selection labelled or left cleared.
#[hook]
fn use_selection_shown(selected: Option<Selected>) {
    let was_text = use_mut_ref(|| false);
    use_effect_with(selected, move |selected| {
        let is_text = matches!(selected, Some(Selected::Text { .. }));
        match selected {
            Some(Selected::Text { start, end, at }) if *at == crate::state::DOCKED => {
                show_selection(*start, *end);
            }
            // A text selection labelled or left: its highlight goes too, so that it never lingers on other words
            // after the redraw. (Only then: a click elsewhere may already be starting the next selection.)
            _ if *was_text.borrow() && !is_text => {
                clear_article_selection();
            }
            _ => {}
        }
        *was_text.borrow_mut() = is_text;
    });
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn paragraphs_cover_the_text() {
        assert_eq!(paragraphs("a\n\nb\r\n\r\nc"), [(0, 3), (3, 8), (8, 9)]);
        assert_eq!(paragraphs("one\ntwo"), [(0, 7)]);
        assert_eq!(paragraphs(""), [(0, 0)]);
        assert_eq!(paragraphs("end\n\n"), [(0, 5)]);
    }
}
