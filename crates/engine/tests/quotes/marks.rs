//! Quotation marks: every convention, what is a direct quote and what is not (fragments, titles, apostrophes), headlines.

use super::*;

#[test]
fn straight_marks_with_said_after() {
    assert_eq!(
        quotes("\"We are not in a position right now to collaborate,\" said James Mattis after talks in Brussels."),
        [direct("We are not in a position right now to collaborate,", "James Mattis")]
    );
}

#[test]
fn curly_marks_with_speaker_before_and_a_colon() {
    assert_eq!(
        quotes("Angela Merkel said: “We will not give in to pressure from Moscow.”"),
        [direct("We will not give in to pressure from Moscow.", "Angela Merkel")]
    );
}

#[test]
fn angled_marks() {
    assert_eq!(
        quotes("Emmanuel Macron told reporters: «Europe must defend itself.»"),
        [direct("Europe must defend itself.", "Emmanuel Macron")]
    );
}

#[test]
fn single_quotes_in_a_headline_and_apostrophes_left_alone() {
    let found = quotes("Farmers' union: 'We don't want a deal' as '90s rules return");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, "We don't want a deal");
}

#[test]
fn interrupted_quote_is_two_spans_with_one_speaker() {
    assert_eq!(
        quotes("\"Our political leaders will engage,\" Mattis said, \"and try to find common ground.\""),
        [direct("Our political leaders will engage,", "Mattis"), direct("and try to find common ground.", "Mattis")]
    );
}

#[test]
fn quote_over_several_paragraphs() {
    let text = "Hugh Hill, a doctor at the hospital, said: \"The wards were full by noon.\n\n\"We had to send people home, and many of them were still bleeding.\"";
    assert_eq!(
        quotes(text),
        [
            direct("The wards were full by noon.", "Hugh Hill"),
            direct("We had to send people home, and many of them were still bleeding.", "Hugh Hill")
        ]
    );
}

#[test]
fn unbalanced_marks_do_not_spoil_the_article() {
    let text = "Vladimir Putin said \"it is over.\n\nLater, \"we will see,\" Sergei Lavrov said.";
    let found = quotes(text);
    assert!(found.contains(&direct("we will see,", "Sergei Lavrov")), "{found:?}");
}

#[test]
fn the_seed_article() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt")).unwrap();
    let found = quotes(&text);
    let directs: Vec<_> = found.iter().filter(|q| q.0 == QuoteKind::Direct).collect();
    assert_eq!(directs.len(), 2);
    assert!(directs.iter().all(|q| q.2.as_deref() == Some("James Mattis")));
    let reported_by: Vec<Option<&str>> = found.iter().filter(|q| q.0 == QuoteKind::Indirect).map(|q| q.2.as_deref()).collect();
    assert_eq!(reported_by, [Some("James Mattis"), Some("James Mattis"), Some("Vladimir Putin"), Some("Rex Tillerson")]);
}

/// Every way newsrooms and archives write quotation marks: (text, the quote, the speaker).
const CONVENTIONS: &[(&str, &str, &str)] = &[
    ("''We will not retreat,'' Senator Maria Cantwell said on Tuesday.", "We will not retreat,", "Maria Cantwell"),
    ("``The vote is a disgrace,'' said Representative John Lewis.", "The vote is a disgrace,", "John Lewis"),
    ("Olaf Scholz told the Bundestag: „We will manage this.“", "We will manage this.", "Olaf Scholz"),
    ("Emmanuel Macron said: « Europe must defend itself. »", "Europe must defend itself.", "Emmanuel Macron"),
    ("‹ We shall see, › Marine Le Pen replied.", "We shall see,", "Marine Le Pen"),
    ("“We are ready,” said James Mattis in Brussels.", "We are ready,", "James Mattis"),
    ("— We will not give in, said Prime Minister Pedro Sanchez.", "We will not give in,", "Pedro Sanchez"),
    ("Talks ended late.\n– It is over – said Angela Merkel on Friday.", "It is over", "Angela Merkel"),
];

#[test]
fn every_quotation_convention_is_a_direct_quote_with_its_speaker() {
    for (text, quote, who) in CONVENTIONS {
        let found = quotes(text);
        assert!(found.contains(&direct(quote, who)), "{text}: {found:?}");
    }
}

#[test]
fn two_apostrophes_inside_a_word_are_not_a_quote() {
    let found = quotes("The rock 'n' roll band played in Memphis, Ark''s neighbour.");
    assert!(found.iter().all(|q| q.0 != QuoteKind::Direct), "{found:?}");
}

/// Quoted words inside someone else's sentence, scare quotes and titles: (text, what is not a quote of its own).
const FRAGMENTS: &[(&str, &str)] = &[
    ("Trump said Russia “can’t stand” either Democrat.", "can’t stand"),
    ("The senator insisted the count was 'rigged' from the start.", "rigged"),
    ("In his book, \"Going Red\", the author follows the campaign.", "Going Red"),
    ("Officials described the talks as \"productive but difficult\" on Friday.", "productive but difficult"),
    ("Critics dubbed the plan \"Obamacare Lite.\"", "Obamacare Lite."),
    ("\"Make America Great Again\" hats were sold outside the venue.", "Make America Great Again"),
    ("Clint Eastwood, who directed him in \"Unforgiven,\" said he had lost a friend.", "Unforgiven,"),
    ("Among them is \"Philomena,\" by British director Stephen Frears.", "Philomena,"),
    ("The award went to Antonio Banderas for Pedro Almodovar’s “Pain and Glory.”", "Pain and Glory."),
    ("Scientists said the rock, nicknamed \"Cheyava Falls,\" has spots linked to microbes.", "Cheyava Falls,"),
    ("Maliki said the operation against militias would continue \"until the end.\"", "until the end."),
    ("Trevino, known as \"Z-40,\" is accused of ordering killings.", "Z-40,"),
    ("Dana Whitfield said the bill was \"a disgrace.\" She added, \"We will keep fighting.\"", "a disgrace."),
];

#[test]
fn quoted_fragments_are_not_direct_quotes_and_stay_in_the_reported_speech() {
    for (text, fragment) in FRAGMENTS {
        let found = quotes(text);
        assert!(!found.iter().any(|q| q.0 == QuoteKind::Direct && q.1 == *fragment), "{text}: {found:?}");
    }
    let found = quotes("Trump said Russia “can’t stand” either Democrat.");
    assert!(found.iter().any(|q| q.0 == QuoteKind::Indirect && q.1.contains("can’t stand")), "{found:?}");
}

#[test]
fn short_quotes_that_are_sentences_of_their_own_or_attributed_stay() {
    for (text, quote) in [
        ("\"No,\" she said.", "No,"),
        ("Asked about the deal, Merkel said: \"Never.\"", "Never."),
        ("\"Fake news!\" the president wrote on Twitter.", "Fake news!"),
        // Words finishing the sentence's clause, ended by a comma and attributed after it.
        ("The ruling was \"a mockery of justice,\" said Zulfi Bukhari, an adviser to Khan.", "a mockery of justice,"),
        ("The plan is \"a disaster for farmers,\" Smith said.", "a disaster for farmers,"),
        // A whole description after a describing verb, however short.
        ("Swedish Prime Minister Ulf Kristersson called it \"a historic day.\"", "a historic day."),
    ] {
        let found = quotes(text);
        assert!(found.iter().any(|q| q.0 == QuoteKind::Direct && q.1 == quote), "{text}: {found:?}");
    }
}

/// An article, the marks expected in its headline, and words no mark in the headline may hold.
type HeadlineCase<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);

#[test]
fn title_case_headlines_are_not_read_as_names() {
    let table: &[HeadlineCase] = &[
        (
            "Donna Brazile Leak Shows Clinton Camp Got Debate Question\n\nThe leak embarrassed Donna Brazile, who led the party. \"I regret it,\" Brazile said.",
            &[("Donna Brazile", "PER"), ("Clinton", "PER")],
            &["Leak", "Shows", "Got", "Debate", "Question"],
        ),
        (
            "Goldman Sachs Said to Weigh Job Cuts\n\nGoldman Sachs is weighing cuts, people familiar with the matter said.",
            &[("Goldman Sachs", "ORG")],
            &["Said", "Weigh", "Job", "Cuts"],
        ),
        (
            "Trump Warns Clinton Policy Would Hurt Jobs\n\nDonald Trump said on Monday that Hillary Clinton would hurt jobs.",
            &[("Trump", "PER"), ("Clinton", "PER")],
            &["Warns", "Policy", "Would", "Hurt", "Jobs"],
        ),
    ];
    for (text, expected, never) in table {
        let doc = annotate(text);
        let headline_end = text.find('\n').unwrap();
        let marks: Vec<(&str, &str)> =
            doc.entities.iter().filter(|e| e.end <= headline_end).map(|e| (e.text.as_str(), e.label.as_str())).collect();
        for mark in *expected {
            assert!(marks.contains(mark), "{mark:?} in {marks:?} ({text})");
        }
        for word in *never {
            assert!(!marks.iter().any(|(m, _)| m.split_whitespace().any(|w| w == *word)), "{word} marked in {marks:?}");
        }
    }
    // The quote after the headline goes to the person, not to "Donna Brazile Leak".
    let doc = annotate(table[0].0);
    assert_eq!(doc.quotes.iter().map(|q| q.speaker_name.as_deref()).collect::<Vec<_>>(), [Some("Donna Brazile")]);
}

#[test]
fn a_quote_after_a_sentence_ending_in_a_title_noun_is_a_quote() {
    let found = quotes("He treated his office \"like a reality show.\"\n\n\"We are looking at all options,\" said Jim Mattis.");
    assert!(found.contains(&direct("We are looking at all options,", "Jim Mattis")), "{found:?}");
}

#[test]
fn quoted_titles_are_not_quotes() {
    for text in [
        "In his book, \"Going Red,\" Ted Johnson argued that voters had changed.",
        "Her memoir, \"Hard Choices,\" sold well.",
        "A documentary titled \"The Long Night\" aired on Sunday.",
    ] {
        let found = quotes(text);
        assert!(!found.iter().any(|q| q.0 == QuoteKind::Direct), "{text}: {found:?}");
    }
}

#[test]
fn a_dash_line_without_narration_is_a_list_item_not_speech() {
    let found = quotes("What to pack:\n– Apples\n– Pears, said to keep well\n– Water");
    assert!(found.is_empty(), "{found:?}");
}
