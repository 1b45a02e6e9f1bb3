//! newsmark JSON without its header, as gold files and hand-made data are
//! written: `text`, `entities` (`start`, `end`, `label`; anything else is
//! optional) and `quotes` (`start`, `end`, `kind`, and the speaker's
//! mention as a `{start, end}` span, with `speaker_name`). The same `quotes`
//! list carries quotes in the spaCy and doccano files newsmark writes.

use super::document;
use crate::document::{Document, Mention, Quote, QuoteKind};
use crate::text::OffsetMap;
use serde_json::Value;
use std::collections::HashMap;

pub(crate) fn read(value: &Value) -> Result<Document, String> {
    let text = value.get("text").and_then(Value::as_str).ok_or("no \"text\" string")?.to_string();
    let list = |key: &str| value.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    let num = |v: &Value, what: &str, i: usize, k: &str| {
        v.get(k).and_then(Value::as_u64).map(|n| n as usize).ok_or(format!("{what} {} has no numeric {k:?}", i + 1))
    };
    let entities = list("entities");
    let spans = entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let label = e.get("label").and_then(Value::as_str).ok_or(format!("entity {} has no label", i + 1))?;
            Ok((num(e, "entity", i, "start")?, num(e, "entity", i, "end")?, label.to_string()))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut doc = document(text, spans)?;
    add_quotes(&mut doc, &list("quotes"), &|offset, _| Ok(offset))?;
    crate::format::check(&doc)?;
    Ok(doc)
}

/// The quotes of `doc` as other tools' files carry them (a `quotes` list
/// beside the spans): `start`, `end`, `kind`, `text`, the speaker's mention
/// as `{start, end, text}` and `speaker_name`, offsets counted by `at`.
pub(super) fn quotes_json(doc: &Document, at: &dyn Fn(usize) -> usize) -> Vec<Value> {
    let marks: HashMap<&str, &crate::document::Entity> = doc.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    doc.quotes
        .iter()
        .map(|q| {
            let kind = if q.kind == QuoteKind::Direct { "direct" } else { "indirect" };
            let mention = q.speaker.as_deref().and_then(|id| marks.get(id)).map(|e| (e.start, e.end, e.text.as_str())).or_else(|| {
                q.speaker_mention.as_ref().map(|m| (m.start, m.end, m.text.as_str()))
            });
            let speaker = mention.map(|(s, e, text)| serde_json::json!({"start": at(s), "end": at(e), "text": text}));
            serde_json::json!({"start": at(q.start), "end": at(q.end), "kind": kind, "text": q.text, "speaker": speaker, "speaker_name": q.speaker_name})
        })
        .collect()
}

/// Adds quotes read from a `quotes` list (as [`quotes_json`] writes them,
/// and as gold files have them) to `doc`; `offset` turns the file's offsets
/// into code points.
pub(super) fn add_quotes(
    doc: &mut Document,
    quotes: &[Value],
    offset: &dyn Fn(usize, &str) -> Result<usize, String>,
) -> Result<(), String> {
    // (Most files of other tools hold no quotes: nothing to look up for them.)
    if quotes.is_empty() {
        return Ok(());
    }
    let map = OffsetMap::new(&doc.text);
    // Each mark's fullest name, found once for all quotes.
    let names = crate::names::fullest_names(&doc.entities);
    let num = |v: &Value, i: usize, k: &str| -> Result<usize, String> {
        let what = format!("quote {}", i + 1);
        let n = v.get(k).and_then(Value::as_u64).ok_or(format!("{what} has no numeric {k:?}"))?;
        offset(n as usize, &what)
    };
    for (i, q) in quotes.iter().enumerate() {
        let (start, end) = (num(q, i, "start")?, num(q, i, "end")?);
        if start >= end || end > map.len_chars() {
            return Err(format!("quote {} at {start}..{end} does not fit the text", i + 1));
        }
        let kind = match q.get("kind").and_then(Value::as_str).unwrap_or("direct") {
            "direct" => QuoteKind::Direct,
            "indirect" | "reported" => QuoteKind::Indirect,
            other => return Err(format!("quote {} has kind {other:?} (direct or indirect)", i + 1)),
        };
        // The speaker: a span, matched to the entity there if there is one.
        let span = match q.get("speaker").filter(|s| s.is_object()) {
            Some(s) => Some((num(s, i, "start")?, num(s, i, "end")?)),
            None => None,
        };
        // (Marks are sorted and apart, `format::check`.)
        let mark = span.and_then(|s| doc.entities.binary_search_by_key(&s, |x| (x.start, x.end)).ok());
        let speaker = mark.map(|i| doc.entities[i].id.clone());
        let speaker_mention = match span {
            Some((s, e)) if speaker.is_none() && s < e && e <= map.len_chars() => {
                Some(Mention { start: s, end: e, text: map.slice(&doc.text, s, e).to_string() })
            }
            _ => None,
        };
        doc.quotes.push(Quote {
            id: format!("q{}", doc.quotes.len() + 1),
            start,
            end,
            text: map.slice(&doc.text, start, end).to_string(),
            kind,
            speaker_name: q.get("speaker_name").and_then(Value::as_str).map(str::to_string).or_else(|| Some(names[mark?].clone())),
            speaker,
            speaker_mention,
        });
    }
    crate::sort::sort_by_key(&mut doc.quotes, |q| (q.start, q.end));
    Ok(())
}
