use super::*;
use crate::Annotator;

fn seed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt")).expect("seed article")
}

/// The seed article and texts with emoji, CJK, combining marks and CRLF.
fn samples() -> Vec<Document> {
    let annotator = Annotator::shipped().unwrap();
    [
        seed(),
        "👨‍👩‍👧 \"We are ready,\" said James Mattis in Brussels. 🇺🇸🇧🇪".to_string(),
        "東京で会議。 Angela Merkel met Emmanuel Macron in Paris.\r\n\r\n\"Yes,\" said Merkel.\r\n".to_string(),
        "Zoe\u{301} Saldan\u{303}a visited Lisbon with José Mourinho 👍🏽.".to_string(),
    ]
    .iter()
    .map(|t| annotator.annotate(t).unwrap())
    .collect()
}

fn marks(doc: &Document) -> Vec<(usize, usize, String, String)> {
    doc.entities.iter().map(|e| (e.start, e.end, e.label.clone(), e.text.clone())).collect()
}

#[test]
fn every_importable_format_round_trips_the_entities() {
    let docs = samples();
    for (name, format) in Format::ALL.iter().filter(|(_, f)| f.imports()) {
        for doc in &docs {
            let exported = export(std::slice::from_ref(doc), *format).unwrap();
            let back = import(&exported, *format, Some(brat_text(doc))).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(back.len(), 1, "{name}");
            assert_eq!(back[0].text, doc.text, "{name}");
            assert_eq!(marks(&back[0]), marks(doc), "{name}");
        }
    }
}

#[test]
fn newsmark_and_brat_keep_quotes_and_speakers() {
    for doc in samples() {
        for format in [Format::Newsmark, Format::Brat] {
            let back = import(&export(std::slice::from_ref(&doc), format).unwrap(), format, Some(&doc.text)).unwrap().remove(0);
            let quotes = |d: &Document| d.quotes.iter().map(|q| (q.start, q.end, q.kind, q.speaker_name.clone())).collect::<Vec<_>>();
            assert_eq!(quotes(&back), quotes(&doc), "{format:?}");
        }
    }
}

#[test]
fn several_documents_go_through_json_lines() {
    let docs = samples();
    for format in [Format::NewsmarkLines, Format::Spacy, Format::DoccanoUtf16, Format::LabelStudio] {
        let back = import(&export(&docs, format).unwrap(), format, None).unwrap();
        assert_eq!(back.iter().map(marks).collect::<Vec<_>>(), docs.iter().map(marks).collect::<Vec<_>>(), "{format:?}");
    }
}

#[test]
fn doccano_offsets_are_utf16_by_default() {
    let doc = &samples()[1];
    let line: serde_json::Value = serde_json::from_str(&export(std::slice::from_ref(doc), Format::DoccanoUtf16).unwrap()).unwrap();
    let mattis = doc.entities.iter().find(|e| e.text == "James Mattis").unwrap();
    let units = crate::text::OffsetMap::new(&doc.text).utf16(mattis.start);
    assert!(units > mattis.start, "the emoji take more UTF-16 units than code points");
    assert!(line["label"].as_array().unwrap().iter().any(|l| l[0] == units));
}

#[test]
fn spacy_spans_name_their_tokens_inclusively() {
    let doc = &samples()[0];
    let line: serde_json::Value = serde_json::from_str(&export(std::slice::from_ref(doc), Format::Spacy).unwrap()).unwrap();
    let span = line["spans"].as_array().unwrap().iter().find(|s| s["label"] == "PER").unwrap();
    let tokens = line["tokens"].as_array().unwrap();
    let (first, last) = (span["token_start"].as_u64().unwrap() as usize, span["token_end"].as_u64().unwrap() as usize);
    assert_eq!(tokens[first]["start"], span["start"]);
    assert_eq!(tokens[last]["end"], span["end"]);
}

#[test]
fn a_bad_span_is_named_and_nothing_is_imported() {
    let cases = [
        (Format::Spacy, "{\"text\": \"Hi Bob\", \"spans\": [{\"start\": 3, \"end\": 6, \"label\": \"PER\"}]}\n{\"text\": \"Hi\", \"spans\": [{\"start\": 0, \"end\": 40, \"label\": \"PER\"}]}", "line 2: span 0..40 (PER) does not fit"),
        (Format::DoccanoUtf16, "{\"text\": \"😀 Bob\", \"label\": [[1, 6, \"PER\"]]}", "splits a character"),
        (Format::LabelStudio, "[{\"data\": {\"text\": \"Hi\"}, \"annotations\": [{\"result\": [{\"value\": {\"start\": 1, \"end\": 9, \"text\": \"x\", \"labels\": [\"PER\"]}}]}]}]", "task 1: span 1..9"),
        (Format::NewsmarkLines, "{\"format\": \"newsmark\", \"version\": 3}", "line 1: unsupported newsmark file version 3"),
    ];
    for (format, input, expected) in cases {
        let err = import(input, format, None).unwrap_err();
        assert!(err.to_string().contains(expected), "{format:?}: {err}");
    }
    let err = import("T1\tPER 0 99\tBob\n", Format::Brat, Some("Hi Bob")).unwrap_err();
    assert!(err.to_string().contains("line 1: T1 0..99 does not fit"), "{err}");
    let err = import("T1\tPER 3 6\tTom\n", Format::Brat, Some("Hi Bob")).unwrap_err();
    assert!(err.to_string().contains("says \"Tom\""), "{err}");
    let err = import("T1\tPER 0 1;3 6\tH Bob\n", Format::Brat, Some("Hi Bob")).unwrap_err();
    assert!(err.to_string().contains("several fragments"), "{err}");
}

#[test]
fn conll_export_tags_tokens_in_iob2() {
    let doc = Annotator::shipped().unwrap().annotate("James Mattis met NATO allies.\n\nThen he left.").unwrap();
    let out = export(&[doc], Format::ConllIob2).unwrap();
    assert!(out.starts_with("James\tB-PER\nMattis\tI-PER\nmet\tO\nNATO\tB-ORG\n"), "{out}");
    assert!(out.contains(".\tO\n\nThen\tO\n"), "{out}");
}

#[test]
fn web_annotation_has_position_and_quote_selectors() {
    let doc = &samples()[1];
    let value: serde_json::Value = serde_json::from_str(&export(std::slice::from_ref(doc), Format::WebAnnotation).unwrap()).unwrap();
    assert_eq!(value["@context"], "http://www.w3.org/ns/anno.jsonld");
    let items = value["first"]["items"].as_array().unwrap();
    let mattis = items.iter().find(|i| i["target"]["selector"][1]["exact"] == "James Mattis").unwrap();
    let start = mattis["target"]["selector"][0]["start"].as_u64().unwrap() as usize;
    assert_eq!(doc.text.chars().skip(start).take(12).collect::<String>(), "James Mattis");
    assert_eq!(mattis["body"]["value"], "PER");
    assert!(import("{}", Format::WebAnnotation, None).unwrap_err().to_string().contains("do not carry the text"));
}

#[test]
fn formats_are_recognised_from_name_and_content() {
    let doc = &samples()[0];
    for format in [Format::Newsmark, Format::NewsmarkLines, Format::Spacy, Format::DoccanoUtf16, Format::LabelStudio] {
        let docs = [doc.clone(), doc.clone()];
        let content = export(if format == Format::Newsmark { &docs[..1] } else { &docs[..] }, format).unwrap();
        assert_eq!(sniff("x.json", &content), Some(format));
    }
    assert_eq!(sniff("notes.txt", "just text"), None);
}

/// spaCy rebuilds a text as each token's text plus one space where `ws` is set.
#[test]
fn spacy_tokens_rebuild_the_text_with_its_line_breaks_and_spaces() {
    let annotator = Annotator::shipped().unwrap();
    for text in [
        "  Angela Merkel met Emmanuel Macron.\n\n\"Yes,\" said Merkel.\r\n\r\nIn  Paris\tthey \n talked 👍🏽 . \n",
        "東京で会議。\r\nZoe\u{301} Saldan\u{303}a visited Lisbon.",
        "\tHi  \n",
    ] {
        let doc = annotator.annotate(text).unwrap();
        let line: serde_json::Value = serde_json::from_str(&export(std::slice::from_ref(&doc), Format::Spacy).unwrap()).unwrap();
        let tokens = line["tokens"].as_array().unwrap();
        let rebuilt: String =
            tokens.iter().map(|t| format!("{}{}", t["text"].as_str().unwrap(), if t["ws"] == true { " " } else { "" })).collect();
        assert_eq!(rebuilt, text);
        for token in tokens {
            assert!(token["text"].as_str().unwrap() != "", "no empty token in {text:?}");
        }
        for span in line["spans"].as_array().unwrap() {
            let (first, last) = (span["token_start"].as_u64().unwrap() as usize, span["token_end"].as_u64().unwrap() as usize);
            assert_eq!((tokens[first]["start"].clone(), tokens[last]["end"].clone()), (span["start"].clone(), span["end"].clone()));
        }
    }
}

#[test]
fn gold_files_without_a_header_open_with_their_quotes_and_speakers() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/articles-dev");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 5);
    for path in files {
        let content = std::fs::read_to_string(&path).unwrap();
        let gold: serde_json::Value = serde_json::from_str(&content).unwrap();
        assert_eq!(sniff(&path.to_string_lossy(), &content), Some(Format::Newsmark), "{path:?}");
        let docs = import(&content, Format::Newsmark, None).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let doc = &docs[0];
        assert_eq!(doc.entities.len(), gold["entities"].as_array().unwrap().len(), "{path:?}");
        assert_eq!(doc.quotes.len(), gold["quotes"].as_array().unwrap().len(), "{path:?}");
        assert!(doc.entities.iter().all(|e| !e.reviewed), "imported marks are for review");
        for (quote, gold) in doc.quotes.iter().zip(gold["quotes"].as_array().unwrap()) {
            assert_eq!(quote.speaker_name.as_deref(), gold["speaker_name"].as_str(), "{path:?}");
            if let Some(span) = gold["speaker"].as_object() {
                let at = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
                let found = quote.speaker.as_ref().and_then(|id| doc.entity(id)).map(|e| (e.start, e.end));
                let mention = quote.speaker_mention.as_ref().map(|m| (m.start, m.end));
                assert!(found == Some(at) || mention == Some(at), "{path:?}: speaker of {:?}", quote.text);
            }
        }
    }
}

#[test]
fn data_that_carries_no_article_is_recognised_not_annotated() {
    let doc = &samples()[0];
    let web = export(std::slice::from_ref(doc), Format::WebAnnotation).unwrap();
    assert_eq!(sniff("seed.jsonld", &web), Some(Format::WebAnnotation));
    assert!(import(&web, Format::WebAnnotation, None).unwrap_err().to_string().contains("do not carry the text"));
    let conll = export(std::slice::from_ref(doc), Format::ConllIob2).unwrap();
    assert_eq!(sniff("seed.conll", &conll), None);
    assert_eq!(data_kind(&conll), Some("CoNLL"));
    assert_eq!(data_kind(&doc.text), None, "an article is text");
}

/// A quote as a reader compares it: span, kind, the speaker's mark and name.
type QuoteSeen = (usize, usize, crate::document::QuoteKind, Option<String>, Option<String>);

fn quotes_of(doc: &Document) -> Vec<QuoteSeen> {
    doc.quotes
        .iter()
        .map(|q| (q.start, q.end, q.kind, q.speaker.as_ref().and_then(|s| doc.entity(s)).map(|e| e.text.clone()), q.speaker_name.clone()))
        .collect()
}

#[test]
fn formats_that_newsmark_exports_to_keep_its_quotes_and_speakers() {
    for doc in samples().iter().filter(|d| !d.quotes.is_empty()) {
        for format in
            [Format::Spacy, Format::DoccanoUtf16, Format::DoccanoCodepoint, Format::LabelStudio, Format::Brat, Format::NewsmarkLines]
        {
            let exported = export(std::slice::from_ref(doc), format).unwrap();
            let back = import(&exported, format, Some(brat_text(doc))).unwrap_or_else(|e| panic!("{format:?}: {e}"));
            assert_eq!(quotes_of(&back[0]), quotes_of(doc), "{format:?}");
        }
    }
}
