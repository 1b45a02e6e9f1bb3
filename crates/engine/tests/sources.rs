//! The source tracker: gender evidence, one row per source across documents, CSV.

use newsmark_engine::document::{Document, SourceNote};
use newsmark_engine::names::Gender;
use newsmark_engine::sources::{Basis, Kind, Row};
use newsmark_engine::Annotator;

fn annotator() -> &'static Annotator {
    static ANNOTATOR: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    ANNOTATOR.get_or_init(|| Annotator::shipped().unwrap())
}

fn rows(texts: &[&str]) -> Vec<Row> {
    let docs: Vec<Document> = texts.iter().map(|t| annotator().annotate(t).unwrap()).collect();
    let named: Vec<(String, &Document)> = docs.iter().enumerate().map(|(i, d)| (format!("d{i}"), d)).collect();
    annotator().sources(&named).sources
}

#[test]
fn gender_evidence() {
    use Gender::{Female, Male};
    let table: &[(&str, &str, &str, Option<Gender>, Basis)] = &[
        // Pronoun after the quote (Robin is given to both sexes).
        (
            "pronoun after the quote",
            "Robin Kowalski spoke on Monday. \"We will win,\" she said.",
            "Robin Kowalski",
            Some(Female),
            Basis::Pronoun,
        ),
        (
            "pronoun across a paragraph",
            "Robin Kowalski arrived in Warsaw on Monday.\n\nHis remarks were brief. \"We will win,\" Kowalski said.",
            "Robin Kowalski",
            Some(Male),
            Basis::Pronoun,
        ),
        ("Ms.", "\"We will win,\" Ms. Kowalski said.", "Kowalski", Some(Female), Basis::Honorific),
        ("Mr", "\"We will win,\" said Mr Kowalski.", "Kowalski", Some(Male), Basis::Honorific),
        // A title or family word only one sex bears, beside the name: before it, after a comma, opening the mark, in an appositive.
        ("spokeswoman before", "\"We will win,\" said spokeswoman Jordan Kowalski.", "Jordan Kowalski", Some(Female), Basis::Honorific),
        ("husband after a comma", "Her husband, Jordan Kowalski, said: \"We will win.\"", "Jordan Kowalski", Some(Male), Basis::Honorific),
        ("queen in the mark", "\"We will win,\" said Queen Rania.", "Queen Rania", Some(Female), Basis::Honorific),
        (
            "chairwoman in an appositive",
            "Jordan Kowalski, the bank's new chairwoman, said: \"We will win.\"",
            "Jordan Kowalski",
            Some(Female),
            Basis::Honorific,
        ),
        // Not a title that belongs to someone else.
        ("someone else's title", "Jordan Kowalski, the king's adviser, said: \"We will win.\"", "Jordan Kowalski", None, Basis::None),
        ("after whose", "Jordan Kowalski, whose wife is ill, said: \"We will win.\"", "Jordan Kowalski", None, Basis::None),
        ("a first name in the list", "\"We will win,\" said Margaret Kowalski.", "Margaret Kowalski", Some(Female), Basis::FirstName),
        ("a man's first name", "\"We will win,\" said Gregory Kowalski.", "Gregory Kowalski", Some(Male), Basis::FirstName),
        ("an ambiguous first name", "\"We will win,\" said Jordan Kowalski.", "Jordan Kowalski", None, Basis::None),
        ("a surname alone", "\"We will win,\" said Kowalski.", "Kowalski", None, Basis::None),
        (
            "a pronoun after two people counts for neither",
            "\"We will win,\" Robin Kowalski said. Kowalski met Casey Nowak on Monday, and she left early.",
            "Robin Kowalski",
            None,
            Basis::None,
        ),
        ("a pronoun inside the quotation is someone else", "\"He will lose,\" said Robin Kowalski.", "Robin Kowalski", None, Basis::None),
    ];
    for &(case, text, name, gender, basis) in table {
        let rows = rows(&[text]);
        let row = rows.iter().find(|r| r.kind == Kind::Person).unwrap_or_else(|| panic!("{case}: no person in {rows:?}"));
        assert_eq!((row.name.as_str(), row.gender, row.gender_basis), (name, gender, basis), "{case}");
    }
}

#[test]
fn a_gender_the_user_set_wins_over_any_estimate() {
    let mut doc = annotator().annotate("\"We will win,\" said Margaret Kowalski.").unwrap();
    doc.sources.push(SourceNote { name: "margaret kowalski".into(), gender: None });
    let tally = annotator().sources(&[("d".into(), &doc)]);
    assert_eq!((tally.sources[0].gender, tally.sources[0].gender_basis), (None, Basis::User));
    let saved = newsmark_engine::format::to_json(&doc);
    assert!(saved.contains("\"sources\": [\n    {\n      \"name\": \"margaret kowalski\",\n      \"gender\": \"unknown\""), "{saved}");
    assert_eq!(newsmark_engine::format::from_json(&saved).unwrap().sources, doc.sources);
}

#[test]
fn one_row_per_source_across_documents() {
    let rows = rows(&[
        "\"We are ready,\" said Margaret Kowalski. \"Prices will rise,\" the Finance Ministry said.",
        "\"Not yet,\" Kowalski said. \"It is too early,\" a senior official said.",
        "\"We will see,\" said Margaret Kowalski, who arrived on Monday. \"Too early,\" said the senior official.",
    ]);
    let found: Vec<(&str, Kind, usize, usize)> = rows.iter().map(|r| (r.name.as_str(), r.kind, r.quotes, r.documents)).collect();
    assert_eq!(
        found,
        [
            ("Margaret Kowalski", Kind::Person, 3, 3),
            ("a senior official", Kind::Unnamed, 2, 2),
            ("Finance Ministry", Kind::Organisation, 1, 1)
        ]
    );
}

#[test]
fn a_surname_shared_by_two_full_names_joins_neither() {
    let rows = rows(&["\"Yes,\" said Margaret Kowalski.", "\"No,\" said Gregory Kowalski.", "\"Maybe,\" Kowalski said."]);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn csv_has_one_line_per_row() {
    let rows = rows(&["\"Yes,\" said Margaret Kowalski. \"No,\" said Gregory Kowalski."]);
    let csv = newsmark_engine::sources::to_csv(&rows);
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines[0], "name,kind,gender,gender_basis,quotes,documents");
    assert_eq!(&lines[1..], ["Gregory Kowalski,person,male,first-name,1,1", "Margaret Kowalski,person,female,first-name,1,1"]);
}
