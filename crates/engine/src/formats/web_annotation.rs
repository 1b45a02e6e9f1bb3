//! W3C Web Annotation JSON-LD: an annotation collection, each mark a
//! `TextualBody` tag with a `TextPositionSelector` (code points) and a
//! `TextQuoteSelector` (exact text with 32 characters of context).

use crate::document::Document;
use crate::format::slug;
use crate::text::OffsetMap;
use serde_json::{json, Value};

const CONTEXT: usize = 32;

pub(super) fn write(docs: &[Document]) -> String {
    let mut items = Vec::new();
    for doc in docs {
        let map = OffsetMap::new(&doc.text);
        let source = format!("urn:newsmark:{}", slug(&doc.text));
        let target = |start: usize, end: usize, exact: &str| {
            json!({"source": source, "selector": [
                {"type": "TextPositionSelector", "start": start, "end": end},
                {"type": "TextQuoteSelector", "exact": exact,
                 "prefix": map.slice(&doc.text, start.saturating_sub(CONTEXT), start),
                 "suffix": map.slice(&doc.text, end, end + CONTEXT)}]})
        };
        for e in &doc.entities {
            items.push(json!({"type": "Annotation", "id": format!("{source}#{}", e.id), "motivation": "tagging",
                "body": {"type": "TextualBody", "value": e.label, "purpose": "tagging"}, "target": target(e.start, e.end, &e.text)}));
        }
        for q in &doc.quotes {
            let mut body = vec![json!({"type": "TextualBody", "value": format!("{:?}Quote", q.kind), "purpose": "classifying"})];
            if let Some(name) = &q.speaker_name {
                body.push(json!({"type": "TextualBody", "value": name, "purpose": "identifying"}));
            }
            items.push(json!({"type": "Annotation", "id": format!("{source}#{}", q.id), "motivation": "classifying",
                "body": body, "target": target(q.start, q.end, &q.text)}));
        }
    }
    let collection: Value = json!({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
        "total": items.len(), "first": {"type": "AnnotationPage", "items": items}});
    serde_json::to_string_pretty(&collection).expect("annotations serialise") + "\n"
}
