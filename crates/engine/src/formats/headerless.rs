//! newsmark JSON without its header, as gold files and hand-made data are
//! written: `text`, `entities` (`start`, `end`, `label`; anything else is
//! optional) and `quotes` (`start`, `end`, `kind`, and the speaker as an
//! entity id or as a `{start, end}` span, with `speaker_name`).

use super::document;
use crate::document::{Mention, Quote, QuoteKind};
use crate::text::OffsetMap;
use serde_json::Value;

pub(crate) fn read(value: &Value) -> Result<crate::document::Document, String> {
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
    let map = OffsetMap::new(&doc.text);
    for (i, q) in list("quotes").iter().enumerate() {
        let (start, end) = (num(q, "quote", i, "start")?, num(q, "quote", i, "end")?);
        if start >= end || end > map.len_chars() {
            return Err(format!("quote {} at {start}..{end} does not fit the text", i + 1));
        }
        let kind = match q.get("kind").and_then(Value::as_str).unwrap_or("direct") {
            "direct" => QuoteKind::Direct,
            "indirect" | "reported" => QuoteKind::Indirect,
            other => return Err(format!("quote {} has kind {other:?} (direct or indirect)", i + 1)),
        };
        // The speaker: an entity's id in the original file, or a span, matched to the entity there.
        let span = q
            .get("speaker")
            .filter(|s| s.is_object())
            .and_then(|s| Some((s.get("start")?.as_u64()? as usize, s.get("end")?.as_u64()? as usize)));
        let speaker = span.and_then(|(s, e)| doc.entities.iter().find(|x| x.start == s && x.end == e)).map(|x| x.id.clone());
        let speaker_mention = match span {
            Some((s, e)) if speaker.is_none() && s < e && e <= map.len_chars() => {
                Some(Mention { start: s, end: e, text: map.slice(&doc.text, s, e).to_string() })
            }
            _ => None,
        };
        doc.quotes.push(Quote {
            id: format!("q{}", i + 1),
            start,
            end,
            text: map.slice(&doc.text, start, end).to_string(),
            kind,
            speaker,
            speaker_name: q.get("speaker_name").and_then(Value::as_str).map(str::to_string),
            speaker_mention,
        });
    }
    doc.quotes.sort_by_key(|q| (q.start, q.end));
    crate::format::check(&doc)?;
    Ok(doc)
}
