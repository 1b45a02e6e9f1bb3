//! Quotes: made from a selection, their kind and their speaker (picked, or typed as a name or a phrase).

use super::{Selected, State};
use newsmark_engine::document::{Document, Mention, Quote, QuoteKind};
use newsmark_engine::edit::{next_id, Edit};
use newsmark_engine::text::{char_at_byte, char_slice};

impl State {
    pub(super) fn add_quote(&mut self, kind: QuoteKind) {
        let (Some(doc), Some(Selected::Text { start, end, .. })) = (self.article.doc.clone(), self.article.selected.clone()) else {
            return;
        };
        let id = next_id(&doc, "q");
        let Some(text) = char_slice(&doc.text, start, end).map(str::to_string) else { return };
        let quote = Quote { id: id.clone(), start, end, text, kind, speaker: None, speaker_name: None, speaker_mention: None };
        self.edit(Edit::PutQuote(quote), None, Some(Selected::Quote(id)));
    }

    pub(super) fn change_quote(&mut self, id: &str, change: impl FnOnce(&mut Quote, &Document)) {
        let Some(doc) = self.article.doc.clone() else { return };
        let Some(mut quote) = doc.quotes.iter().find(|q| q.id == id).cloned() else { return };
        change(&mut quote, &doc);
        self.edit(Edit::PutQuote(quote), None, Some(Selected::Quote(id.to_string())));
    }
}

/// The speaker a typed name or phrase means for a quote at `at`: the mark
/// with that (fullest) name nearest before the quote, else the phrase where it
/// occurs nearest the quote, else just the name; nothing for an empty name.
pub(super) fn speaker_named(doc: &Document, at: usize, typed: &str) -> (Option<String>, Option<String>, Option<Mention>) {
    if typed.is_empty() {
        return (None, None, None);
    }
    let names = newsmark_engine::names::fullest_names(&doc.entities);
    let distance = |start: usize| if start <= at { at - start } else { (start - at) * 2 };
    let marked = doc
        .entities
        .iter()
        .zip(&names)
        .filter(|(e, name)| name.eq_ignore_ascii_case(typed) || e.text.eq_ignore_ascii_case(typed))
        .min_by_key(|(e, _)| distance(e.start));
    if let Some((mark, name)) = marked {
        return (Some(mark.id.clone()), Some(name.clone()), None);
    }
    let lower_text = doc.text.to_lowercase();
    let mention = (lower_text.len() == doc.text.len())
        .then(|| lower_text.match_indices(&typed.to_lowercase()).map(|(b, _)| char_at_byte(&doc.text, b)).min_by_key(|&s| distance(s)))
        .flatten()
        .map(|start| {
            let end = start + typed.chars().count();
            Mention { start, end, text: char_slice(&doc.text, start, end).unwrap_or(typed).to_string() }
        });
    (None, Some(typed.to_string()), mention)
}
