//! brat standoff: the text in a `.txt`, the marks in an `.ann`:
//! `T1<TAB>PER 0 12<TAB>James Mattis`; quotes are `DirectQuote` or
//! `IndirectQuote` text-bound annotations with a `Speaker` relation
//! (`R1<TAB>Speaker Arg1:T5 Arg2:T1`). Offsets are code points.

use crate::document::{Document, Quote, QuoteKind};
use crate::text::OffsetMap;
use std::collections::HashMap;

const DIRECT: &str = "DirectQuote";
const INDIRECT: &str = "IndirectQuote";

/// brat's own format has no line breaks inside a line's text field.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

pub(super) fn write(doc: &Document) -> String {
    let mut out = String::new();
    let mut t_of = HashMap::new();
    let mut n = 0;
    for e in &doc.entities {
        n += 1;
        t_of.insert(e.id.clone(), n);
        out += &format!("T{n}\t{} {} {}\t{}\n", e.label, e.start, e.end, one_line(&e.text));
    }
    let mut relations = Vec::new();
    for q in &doc.quotes {
        n += 1;
        let kind = if q.kind == QuoteKind::Direct { DIRECT } else { INDIRECT };
        out += &format!("T{n}\t{kind} {} {}\t{}\n", q.start, q.end, one_line(&q.text));
        if let Some(speaker) = q.speaker.as_ref().and_then(|s| t_of.get(s)) {
            relations.push((n, *speaker));
        }
    }
    for (i, (quote, speaker)) in relations.into_iter().enumerate() {
        out += &format!("R{}\tSpeaker Arg1:T{quote} Arg2:T{speaker}\n", i + 1);
    }
    out
}

pub(super) fn read(ann: &str, text: &str) -> Result<Document, String> {
    let map = OffsetMap::new(text);
    let mut spans = Vec::new();
    let mut quotes = Vec::new();
    let mut relations = Vec::new();
    for (n, line) in ann.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let where_ = format!("line {}", n + 1);
        let mut fields = line.split('\t');
        let id = fields.next().unwrap_or("");
        let body = fields.next().ok_or(format!("{where_}: expected ID<TAB>TYPE ..."))?;
        if id.starts_with('T') {
            let mut parts = body.split(' ');
            let kind = parts.next().unwrap_or("");
            let rest: Vec<&str> = parts.collect();
            if rest.join(" ").contains(';') {
                return Err(format!("{where_}: {id} has several fragments, which newsmark cannot represent"));
            }
            let [start, end] = rest[..] else { return Err(format!("{where_}: {id} needs TYPE START END")) };
            let (start, end): (usize, usize) = match (start.parse(), end.parse()) {
                (Ok(s), Ok(e)) => (s, e),
                _ => return Err(format!("{where_}: {id} has offsets that are not numbers")),
            };
            if start >= end || end > map.len_chars() {
                return Err(format!("{where_}: {id} {start}..{end} does not fit the text of {} characters", map.len_chars()));
            }
            if let Some(expected) = fields.next() {
                let actual = map.slice(text, start, end);
                if one_line(actual) != expected {
                    return Err(format!("{where_}: {id} says {expected:?} but the text at {start}..{end} is {actual:?}"));
                }
            }
            match kind {
                DIRECT | INDIRECT => quotes.push((id.to_string(), start, end, kind == DIRECT)),
                _ => spans.push((start, end, kind.to_string(), id.to_string())),
            }
        } else if id.starts_with('R') {
            let args: HashMap<&str, &str> = body.split(' ').skip(1).filter_map(|a| a.split_once(':')).collect();
            if body.starts_with("Speaker ") {
                if let (Some(q), Some(s)) = (args.get("Arg1"), args.get("Arg2")) {
                    relations.push((q.to_string(), s.to_string()));
                }
            }
        }
        // Other brat lines (events, attributes, notes) have no newsmark counterpart.
    }
    crate::sort::sort(&mut spans);
    // A brat id's mark: its place among the sorted spans, as `document` makes the marks.
    let mark_of: HashMap<String, usize> = spans.iter().enumerate().map(|(i, s)| (s.3.clone(), i)).collect();
    let mut doc = super::document(text.to_string(), spans.into_iter().map(|(s, e, l, _)| (s, e, l)).collect())?;
    crate::sort::sort_by_key(&mut quotes, |q| (q.1, q.2));
    // A quote's first `Speaker` relation names it.
    let mut speaker_of: HashMap<&str, &str> = HashMap::new();
    for (quote, speaker) in &relations {
        speaker_of.entry(quote).or_insert(speaker);
    }
    // Each mark's fullest name, found once for all quotes (and not at all without them).
    let names = if quotes.is_empty() { Vec::new() } else { crate::names::fullest_names(&doc.entities) };
    for (i, (brat_id, start, end, direct)) in quotes.into_iter().enumerate() {
        let mark = speaker_of.get(brat_id.as_str()).and_then(|s| mark_of.get(*s)).copied();
        let speaker = mark.map(|i| doc.entities[i].id.clone());
        let speaker_name = mark.map(|i| names[i].clone());
        doc.quotes.push(Quote {
            id: format!("q{}", i + 1),
            start,
            end,
            text: map.slice(text, start, end).to_string(),
            kind: if direct { QuoteKind::Direct } else { QuoteKind::Indirect },
            speaker,
            speaker_name,
            speaker_mention: None,
        });
    }
    crate::format::check(&doc)?;
    Ok(doc)
}
