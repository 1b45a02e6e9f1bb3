//! The JSON contract, checked by parsing real output.

use newsmark_engine::format::{from_json, to_json};
use newsmark_engine::Annotator;

fn seed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt")).expect("seed article")
}

/// Texts with emoji (flags, ZWJ sequences, skin tones), CJK, combining marks and CRLF.
const TRICKY: &[&str] = &[
    "👨‍👩‍👧 \"We are ready,\" said James Mattis in Brussels. 🇺🇸🇧🇪",
    "東京で会議。 Angela Merkel met Emmanuel Macron in Paris.\r\n\r\n\"Yes,\" said Merkel.\r\n",
    "Zoe\u{301} Saldan\u{303}a visited Lisbon. José Mourinho said the club is strong 👍🏽.",
];

#[test]
fn every_span_is_its_text_slice_and_marks_are_sorted() {
    let annotator = Annotator::shipped().unwrap();
    for text in TRICKY.iter().map(|t| t.to_string()).chain([seed()]) {
        let json = to_json(&annotator.annotate(&text).unwrap());
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], "newsmark");
        assert_eq!(value["version"], 1);
        assert_eq!(value["offsets"], "codepoint");
        let chars: Vec<char> = value["text"].as_str().unwrap().chars().collect();
        for key in ["entities", "quotes"] {
            let mut last = 0;
            for span in value[key].as_array().unwrap() {
                let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
                assert_eq!(chars[s..e].iter().collect::<String>(), span["text"].as_str().unwrap());
                assert!(s >= last, "{key} sorted by start");
                last = s;
            }
        }
        for e in value["entities"].as_array().unwrap() {
            assert!(["model", "rule", "user"].contains(&e["source"].as_str().unwrap()));
            let score = e["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
        }
        for q in value["quotes"].as_array().unwrap() {
            assert!(["direct", "indirect"].contains(&q["kind"].as_str().unwrap()));
            if let Some(id) = q["speaker"].as_str() {
                assert!(value["entities"].as_array().unwrap().iter().any(|e| e["id"] == id));
            }
        }
        assert_eq!(value["meta"]["generator"], "newsmark 0.1.0");
    }
}

#[test]
fn import_restores_the_document_exactly() {
    let annotator = Annotator::shipped().unwrap();
    for text in TRICKY.iter().map(|t| t.to_string()).chain([seed()]) {
        let doc = annotator.annotate(&text).unwrap();
        let json = to_json(&doc);
        let back = from_json(&json).unwrap();
        assert_eq!(back, doc);
        assert_eq!(to_json(&back), json);
    }
}

#[test]
fn inconsistent_files_are_refused_with_what_is_wrong() {
    let annotator = Annotator::shipped().unwrap();
    let json = to_json(&annotator.annotate(&seed()).unwrap());
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    type Damage = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(Damage, &str)> = vec![
        (Box::new(|v| v["version"] = 2.into()), "unsupported newsmark file version 2"),
        (Box::new(|v| v["format"] = "brat".into()), "its format is \"brat\""),
        (Box::new(|v| v["offsets"] = "utf16".into()), "unsupported offsets \"utf16\""),
        (Box::new(|v| v["offsets"] = serde_json::Value::Null), "no \"offsets\": \"codepoint\" field"),
        (Box::new(|v| v["entities"][0]["end"] = 100_000.into()), "outside the text"),
        (Box::new(|v| v["entities"][0]["text"] = "Nobody".into()), "says \"Nobody\""),
        (Box::new(|v| v["entities"][0]["label"] = "FOO".into()), "label \"FOO\""),
        (Box::new(|v| v["entities"][1]["id"] = "e1".into()), "used twice"),
        (Box::new(|v| v["quotes"][0]["speaker"] = "e999".into()), "not an entity id"),
        (Box::new(|v| v["entities"] = "nope".into()), "malformed newsmark file"),
    ];
    for (change, expected) in cases {
        let mut broken = value.clone();
        change(&mut broken);
        let err = from_json(&broken.to_string()).unwrap_err();
        assert!(err.to_string().contains(expected), "{err:?} should mention {expected:?}");
    }
    assert!(from_json("{not json").unwrap_err().to_string().contains("not valid JSON"));
    assert!(from_json("[]").unwrap_err().to_string().contains("expected a JSON object"));
}
