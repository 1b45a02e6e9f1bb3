//! Properties over arbitrary input: offsets convert exactly, tokens tile the
//! text, and no importer or the annotator panics on anything.

use newsmark_engine::formats::{import, Format};
use newsmark_engine::text::OffsetMap;
use newsmark_engine::token::tokenize;
use proptest::prelude::*;

/// Strings mixing ASCII, punctuation, quotes, emoji (with joiners and skin
/// tones), flags, CJK, combining marks and line breaks.
fn texty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "Mattis",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\n\n",
        "\"",
        "“",
        "”",
        "'",
        "’",
        ",",
        ".",
        "!",
        "?",
        "-",
        "--",
        "U.S.",
        "n't",
        "'s",
        "😀",
        "👨\u{200d}👩\u{200d}👧",
        "👍🏽",
        "🇺🇸",
        "東京",
        "é",
        "e\u{301}",
        "\u{0}",
        "\t",
        "$5",
        "https://x.org/a.",
        "said",
        "NATO",
        "<p>",
        "</a>",
        "<",
        ">",
        "{",
        "}",
        "\":",
        "=",
        ";",
        "B-PER",
        " O\n",
        " 🇺🇸",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Words in the shapes news attributes speech with (appositives, asides,
/// lists of names, who passed a report on), in any order.
fn attribution_shaped() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "said",
        "told",
        "reported",
        "adding",
        "saying",
        "that",
        "and",
        "but",
        "who",
        "which",
        ",",
        ",",
        ".",
        "\"",
        "'",
        "—",
        "(",
        ")",
        ":",
        "the",
        "a",
        "of",
        "for",
        "to",
        "in",
        "on",
        "according",
        "citing",
        "Monday",
        "45",
        "police",
        "minister",
        "Reuters",
        "Ali",
        "Khan",
        "Germany",
        "France",
        "Kabul",
    ]);
    prop::collection::vec(words, 1..40).prop_map(|v| v.join(" "))
}

/// Names, the words that lead to them (a craft's noun, a title) and line
/// breaks, in any order: the rules over the whole article join, extend and
/// mark names, and none may carry a mark over a line.
fn names_across_lines() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "John",
        "Smith",
        "Jane",
        "Doe",
        "Amnesty",
        "International",
        "World",
        "Health",
        "Organization",
        "WHO",
        "ship",
        "the",
        "Diamond",
        "Princess",
        "Hurricane",
        "Helene",
        "said",
        "by",
        "Photo",
        "Ali",
        "al-Assad",
        "bin",
        "van",
        "der",
        "Berg",
        ".",
        ",",
        "\n",
        "\n\n",
    ]);
    // Blank text is refused with a message, not annotated (`the_annotator_never_panics`).
    prop::collection::vec(words, 1..40).prop_map(|v| v.join(" ")).prop_filter("blank text", |text| !text.trim().is_empty())
}

/// One annotator for every case: loading the model takes longer than annotating.
fn shared_annotator() -> &'static newsmark_engine::Annotator {
    static ANNOTATOR: std::sync::OnceLock<newsmark_engine::Annotator> = std::sync::OnceLock::new();
    ANNOTATOR.get_or_init(|| newsmark_engine::Annotator::shipped().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_mark_crosses_a_line(text in names_across_lines()) {
        let annotator = shared_annotator();
        let doc = annotator.annotate(&text).unwrap();
        for mark in &doc.entities {
            prop_assert!(!mark.text.contains('\n'), "{:?} in {:?}", mark.text, text);
        }
    }

    /// (`, , said said`: an empty speaker mention had panicked.)
    #[test]
    fn the_annotator_never_panics_on_attribution_shapes(text in attribution_shaped()) {
        let annotator = shared_annotator();
        let doc = annotator.annotate(&text).unwrap();
        prop_assert!(newsmark_engine::format::validate(&doc).is_ok());
    }

    #[test]
    fn offsets_round_trip(text in texty(), a in 0usize..200, b in 0usize..200) {
        let map = OffsetMap::new(&text);
        let n = map.len_chars();
        let (start, end) = (a.min(b).min(n), a.max(b).min(n));
        let slice = map.slice(&text, start, end);
        prop_assert_eq!(slice.chars().count(), end - start);
        prop_assert_eq!(map.char_from_utf16(map.utf16(start)), Some(start));
        prop_assert_eq!(map.char_from_byte(map.byte(end)), Some(end));
        let utf16_len: usize = text.chars().take(start).map(char::len_utf16).sum();
        prop_assert_eq!(map.utf16(start), utf16_len);
    }

    #[test]
    fn tokens_are_ordered_slices_of_the_text(text in texty()) {
        let map = OffsetMap::new(&text);
        let mut last = 0;
        for t in tokenize(&text) {
            prop_assert!(t.start >= last && t.start < t.end);
            prop_assert_eq!(map.slice(&text, t.start, t.end), t.text);
            prop_assert!(!t.text.chars().any(char::is_whitespace));
            last = t.end;
        }
    }

    #[test]
    fn the_annotator_never_panics(text in texty()) {
        let annotator = shared_annotator();
        if let Ok(doc) = annotator.annotate(&text) {
            prop_assert!(newsmark_engine::format::validate(&doc).is_ok());
        }
    }

    #[test]
    fn importers_never_panic_on_arbitrary_text(input in ".{0,300}", text in texty()) {
        for (_, format) in Format::ALL {
            let _ = import(&input, format, Some(&text));
        }
        let _ = newsmark_engine::format::from_json(&input);
    }

    #[test]
    fn importers_never_panic_on_json_shaped_input(text in texty(), spans in prop::collection::vec((0usize..80, 0usize..80, "[A-Z]{1,4}"), 0..6)) {
        let label: Vec<serde_json::Value> = spans.iter().map(|(s, e, l)| serde_json::json!([s, e, l])).collect();
        let doccano = serde_json::json!({"text": text, "label": label}).to_string();
        let _ = import(&doccano, Format::DoccanoUtf16, None);
        let _ = import(&doccano, Format::DoccanoCodepoint, None);
        let ann: String = spans.iter().enumerate().map(|(i, (s, e, l))| format!("T{}\t{l} {s} {e}\tx\nR{i}\tSpeaker Arg1:T{} Arg2:T9\n", i + 1, i + 1)).collect();
        let _ = import(&ann, Format::Brat, Some(&text));
        let spacy: Vec<serde_json::Value> = spans.iter().map(|(s, e, l)| serde_json::json!({"start": s, "end": e, "label": l})).collect();
        let _ = import(&serde_json::json!({"text": text, "spans": spacy}).to_string(), Format::Spacy, None);
        let entities: Vec<serde_json::Value> = spans.iter().enumerate().map(|(i, (s, e, l))| serde_json::json!({"id": format!("e{i}"), "start": s, "end": e, "label": l, "text": "x", "source": "user"})).collect();
        let newsmark = serde_json::json!({"format": "newsmark", "version": 1, "offsets": "codepoint", "text": text, "labels": [], "entities": entities, "quotes": [], "meta": {"generator": "x"}});
        let _ = newsmark_engine::format::from_json(&newsmark.to_string());
    }
}
