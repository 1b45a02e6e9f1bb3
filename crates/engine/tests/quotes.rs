//! Quotes and speakers on short real-looking news text, through the whole pipeline.

use newsmark_engine::document::{Document, QuoteKind};
use newsmark_engine::Annotator;

fn annotate(text: &str) -> Document {
    Annotator::shipped().unwrap().annotate(text).unwrap()
}

/// (kind, quote text, speaker name) of every quote.
fn quotes(text: &str) -> Vec<(QuoteKind, String, Option<String>)> {
    annotate(text).quotes.into_iter().map(|q| (q.kind, q.text, q.speaker_name)).collect()
}

fn direct(text: &str, who: &str) -> (QuoteKind, String, Option<String>) {
    (QuoteKind::Direct, text.to_string(), Some(who.to_string()))
}

fn reported(text: &str, who: Option<&str>) -> (QuoteKind, String, Option<String>) {
    (QuoteKind::Indirect, text.to_string(), who.map(str::to_string))
}

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
fn pronoun_resolves_to_the_person_just_named() {
    let text = "Todd Lynch was among scores of people who escaped their offices. \"I heard people screaming,\" he said.";
    assert_eq!(quotes(text), [direct("I heard people screaming,", "Todd Lynch")]);
}

#[test]
fn title_resolves_to_the_titled_person() {
    let text = "Defense Secretary James Mattis met NATO allies on Thursday. \"We are ready,\" the secretary said.";
    assert_eq!(quotes(text), [direct("We are ready,", "James Mattis")]);
}

#[test]
fn short_name_gets_the_fullest_name() {
    let text = "James Mattis arrived in Brussels on Wednesday.\n\n\"Right now, there is very little doubt,\" Mattis said.";
    assert_eq!(quotes(text), [direct("Right now, there is very little doubt,", "James Mattis")]);
}

#[test]
fn quote_paragraph_after_a_named_speaker() {
    let text = "\"We expect the economy to weaken further,\" Bill Gross said.\n\n\"And therefore the Fed will cut rates.\"";
    assert_eq!(
        quotes(text),
        [direct("We expect the economy to weaken further,", "Bill Gross"), direct("And therefore the Fed will cut rates.", "Bill Gross")]
    );
}

#[test]
fn reported_speech_with_that() {
    assert_eq!(
        quotes("James Mattis arrived in Brussels. Mattis said that he did not see any possible military collaboration with Russia."),
        [reported("he did not see any possible military collaboration with Russia", Some("James Mattis"))]
    );
}

#[test]
fn reported_speech_without_that() {
    assert_eq!(
        quotes("Rex Tillerson said the US is ready to cooperate with Russia."),
        [reported("the US is ready to cooperate with Russia", Some("Rex Tillerson"))]
    );
}

#[test]
fn reported_speech_with_the_speaker_after() {
    assert_eq!(
        quotes("Talks with the rebels will resume next week in Geneva, the Foreign Ministry said."),
        [reported("Talks with the rebels will resume next week in Geneva", Some("Foreign Ministry"))]
    );
}

#[test]
fn according_to() {
    assert_eq!(
        quotes("According to the Red Cross, at least 40 people were detained overnight."),
        [reported("at least 40 people were detained overnight", Some("Red Cross"))]
    );
}

#[test]
fn a_document_as_speaker() {
    let found = quotes("The report said the drought had cost farmers more than $2 billion.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, "the drought had cost farmers more than $2 billion");
    assert_eq!(
        annotate("The report said the drought had cost farmers more than $2 billion.").quotes[0].speaker_mention.as_ref().unwrap().text,
        "The report"
    );
}

#[test]
fn two_reports_in_one_sentence() {
    let text = "Wayne Hale says it is too early to judge the debris, but he says any problem will be found during the inspection.";
    assert_eq!(
        quotes(text),
        [
            reported("it is too early to judge the debris", Some("Wayne Hale")),
            reported("any problem will be found during the inspection", Some("Wayne Hale"))
        ]
    );
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

#[test]
fn verbs_that_are_not_speech_here_make_no_quote() {
    assert!(quotes("The company added 500 jobs in March, and Siemens reported record sales.").is_empty());
    assert_eq!(quotes("Merkel added the talks had been useful."), [reported("the talks had been useful", Some("Merkel"))]);
}

#[test]
fn speaker_after_the_verb_behind_a_title() {
    assert_eq!(quotes("\"We will respond,\" said Foreign Minister Sergei Lavrov."), [direct("We will respond,", "Sergei Lavrov")]);
}

#[test]
fn she_and_he_go_to_the_person_of_that_gender() {
    let text = "Angela Merkel met James Mattis in Berlin. \"We agree on the plan,\" she said. \"So do I,\" he said.";
    assert_eq!(quotes(text), [direct("We agree on the plan,", "Angela Merkel"), direct("So do I,", "James Mattis")]);
}

#[test]
fn reports_after_a_time_phrase_or_an_object() {
    assert_eq!(
        quotes("Vladimir Putin said on Thursday he would not attend the summit."),
        [reported("he would not attend the summit", Some("Vladimir Putin"))]
    );
    assert_eq!(
        quotes("Angela Merkel told reporters she was confident of a deal."),
        [reported("she was confident of a deal", Some("Angela Merkel"))]
    );
}

#[test]
fn a_description_named_in_the_next_sentence() {
    assert_eq!(
        quotes("An official of Kenya's Independent Electoral and Boundaries Commission (IEBC) says the group is pleased with the vote. Commissioner James Mattis says he was satisfied with the turnout."),
        [reported("the group is pleased with the vote", Some("James Mattis")), reported("he was satisfied with the turnout", Some("James Mattis"))]
    );
    assert_eq!(
        quotes("The leader of the main opposition party is calling for fresh elections, saying the vote was fraudulent. Angela Merkel said the opposition will not accept the results."),
        [reported("the vote was fraudulent", Some("Angela Merkel")), reported("the opposition will not accept the results", Some("Angela Merkel"))]
    );
}

#[test]
fn a_description_no_one_names_has_no_speaker_name() {
    assert_eq!(
        quotes("An official of the ministry says the talks went well. The weather was fine."),
        [reported("the talks went well", None)]
    );
}

#[test]
fn a_description_between_commas_before_the_verb() {
    assert_eq!(
        quotes("Boris Johnson, the British prime minister, said the country would not back down."),
        [reported("the country would not back down", Some("Boris Johnson"))]
    );
    let doc = annotate("The minister, who spoke on condition of anonymity, said talks had stalled.");
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].text, "talks had stalled");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("The minister"));
}

#[test]
fn the_name_after_a_nationality_and_a_title() {
    assert_eq!(quotes("\"We need more time,\" said Kenyan President William Ruto."), [direct("We need more time,", "William Ruto")]);
}

#[test]
fn a_bare_source_and_an_allegation() {
    let doc = annotate("According to police, the suspect fled the scene.");
    assert_eq!(doc.quotes[0].text, "the suspect fled the scene");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("police"));
    assert_eq!(
        quotes("Prosecutors allege that the company hid losses from investors."),
        [reported("the company hid losses from investors", None)]
    );
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
fn short_quotes_that_are_sentences_of_their_own_stay() {
    for (text, quote) in [
        ("\"No,\" she said.", "No,"),
        ("Asked about the deal, Merkel said: \"Never.\"", "Never."),
        ("\"Fake news!\" the president wrote on Twitter.", "Fake news!"),
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
fn a_title_in_lower_case_between_the_verb_and_the_name() {
    for (text, who) in [
        ("\"We will rebuild,\" said council leader Gareth Pemberton.", "Gareth Pemberton"),
        ("\"It is over,\" said former party spokeswoman Ana Ruiz on Monday.", "Ana Ruiz"),
        ("\"No comment,\" said Foreign Minister Sergei Lavrov.", "Sergei Lavrov"),
        ("'It's a dark day for democracy,' said Labour leader Keir Starmer.", "Keir Starmer"),
        ("\"We want him gone,\" said 24-year-old student Mary Wanjiru.", "Mary Wanjiru"),
    ] {
        let found = quotes(text);
        assert_eq!(found[0].2.as_deref(), Some(who), "{text}: {found:?}");
    }
}

#[test]
fn a_continuing_quote_keeps_its_speaker_past_a_person_who_is_not_the_subject() {
    let found = quotes("\"The deal is dead,\" said Senator Mark Hill, a Republican from Ohio, after Jane Doe spoke. \"Nobody wants it.\"");
    assert_eq!(found.iter().map(|q| q.2.as_deref()).collect::<Vec<_>>(), [Some("Mark Hill"), Some("Mark Hill")]);
    // A new subject in between still ends the carry-over.
    let found = quotes("\"The deal is dead,\" said Senator Mark Hill. Jane Doe disagreed. \"Nobody wants it.\"");
    assert_eq!(found[1].2, None);
}

#[test]
fn unnamed_sources_keep_their_whole_phrase() {
    for (text, phrase) in [
        ("Officials familiar with the matter said the talks had stalled.", "Officials familiar with the matter"),
        ("Reporters at the briefing said the minister left early.", "Reporters at the briefing"),
        ("According to two people briefed on the talks, the deal is close.", "two people briefed on the talks"),
    ] {
        let doc = annotate(text);
        let mention = doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str());
        assert_eq!(mention, Some(phrase), "{text}");
        assert_eq!(doc.quotes[0].speaker, None, "{text}: an unnamed source has no mark");
    }
}

#[test]
fn verbatim_words_that_finish_a_reported_clause_are_part_of_it() {
    for (text, report, who) in [
        (
            "Norman Ornstein, a scholar at a think tank, said the leak was \"unprecedented in modern times.\"",
            "the leak was \"unprecedented in modern times.\"",
            Some("Norman Ornstein"),
        ),
        (
            "Dana Whitfield said that \"there is no path forward without the votes.\"",
            "\"there is no path forward without the votes.\"",
            Some("Dana Whitfield"),
        ),
        ("Trump called the election \"rigged\" and said Clinton \"should be in jail.\"", "Clinton \"should be in jail.\"", None),
        ("The company said in a statement that it \"takes these concerns seriously.\"", "it \"takes these concerns seriously.\"", None),
    ] {
        let found = quotes(text);
        assert_eq!(found.iter().map(|q| (q.0, q.1.as_str())).collect::<Vec<_>>(), [(QuoteKind::Indirect, report)], "{text}");
        if who.is_some() {
            assert_eq!(found[0].2.as_deref(), who, "{text}");
        }
    }
    // A quote that opens with a capital after an object is still direct.
    assert_eq!(
        quotes("Sen. Dana Whitfield told reporters \"We are not going to let this stand.\""),
        [direct("We are not going to let this stand.", "Dana Whitfield")]
    );
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

/// Text, then the speaker's phrase and the named speaker expected for its first quote.
const DESCRIBED_SPEAKERS: &[(&str, &str, Option<&str>)] = &[
    // A possessor is not the speaker.
    ("Hillary Clinton's campaign chairman said on Sunday that hackers stole his emails.", "Hillary Clinton's campaign chairman", None),
    // An organisation inside the phrase is a modifier; the relative clause is skipped.
    (
        "One Wells Fargo teller in Texas, who spoke on the condition of anonymity, said managers pushed staff to open accounts.",
        "One Wells Fargo teller in Texas",
        None,
    ),
    ("Officials in Kabul said the attack killed at least 12 people.", "Officials in Kabul", None),
    // An indefinite description is someone new, not the spokesman named before.
    (
        "\"We will appeal,\" spokesman Glen Caplin said. A White House spokesman said the president had been briefed.",
        "Glen Caplin",
        Some("Glen Caplin"),
    ),
    // A participle clause between the subject and the verb.
    ("Mark Hill, speaking at a news conference in Ohio, said the plant would close.", "Mark Hill", Some("Mark Hill")),
    // The appositive between two commas holds the subject of `said CLAUSE`.
    ("Clinton's spokesman, Brian Fallon, said the emails contained no classified material.", "Brian Fallon", Some("Brian Fallon")),
    // A source that asked not to be named is not the person named next.
    (
        "The official, who asked not to be named, said the meeting lasted two hours. Committee Chairwoman Donna Brazile said she knew nothing.",
        "The official",
        None,
    ),
    // A word of a title that another person noun ends is not that title.
    (
        "IMF chief economist Pierre-Olivier Gourinchas spoke first. The police chief said the suspect had been known to authorities.",
        "The police chief",
        None,
    ),
    // An abbreviated title is the same title.
    ("The senator said the bill would fail. Sen. Mitch McConnell had warned of it.", "The senator", Some("Mitch McConnell")),
    // Nor someone the next sentence describes otherwise first.
    (
        "The electoral commission chairman said the results were final. Ruto's running mate, Rigathi Gachagua, spoke next.",
        "The electoral commission chairman",
        None,
    ),
    // A phrase ending in a name after a preposition may open a clause after a comma and a conjunction.
    (
        "The chairman said the results were final, but observers from the African Union said they had concerns.",
        "The chairman",
        None,
    ),
    // The person named next is not a possessor there.
    (
        "A senior official said the talks had failed. Biden's spokeswoman, Karine Jean-Pierre, said little.",
        "A senior official",
        Some("Karine Jean-Pierre"),
    ),
    // A minister known already is not someone named next with another title.
    (
        "The minister said the measures would be temporary. UN Secretary-General Antonio Guterres called for calm.",
        "The minister",
        None,
    ),
    // An `according to` aside after the subject leaves the sentence's own verb to report.
    (
        "Jared Kushner, according to two people familiar with the matter, told investigators he had done nothing wrong.",
        "Jared Kushner",
        Some("Jared Kushner"),
    ),
    // A past participle clause between the subject and the verb.
    ("The report, published by the Institute for Fiscal Studies on Monday, said households would be worse off.", "The report", None),
    // An organisation after `of the` is where the person works, not the speaker.
    (
        "Political analyst Boniface Dulani of the University of Malawi said the dispute could end up in court.",
        "Boniface Dulani",
        Some("Boniface Dulani"),
    ),
    // `the senator` is the person introduced as `Sen.`.
    ("Sen. Dana Whitfield spoke first. Later the senator said the bill was dead.", "the senator", Some("Dana Whitfield")),
];

#[test]
fn described_speakers_are_their_phrase_and_resolve_only_to_whom_they_can_mean() {
    for (text, phrase, who) in DESCRIBED_SPEAKERS {
        let doc = annotate(text);
        let first = &doc.quotes[0];
        assert_eq!(first.speaker_mention.as_ref().map(|m| m.text.as_str()), Some(*phrase), "{text}: {:?}", doc.quotes);
        assert_eq!(first.speaker_name.as_deref(), *who, "{text}");
    }
    let doc = annotate(DESCRIBED_SPEAKERS[3].0);
    let spokesman = &doc.quotes[1];
    assert_eq!(spokesman.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("A White House spokesman"));
    assert_eq!(spokesman.speaker_name, None, "{:?}", doc.quotes);
}

#[test]
fn a_dash_line_without_narration_is_a_list_item_not_speech() {
    let found = quotes("What to pack:\n– Apples\n– Pears, said to keep well\n– Water");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quote_after_a_colon_belongs_to_the_subject_before_it() {
    let found = quotes("House Minority Leader Nancy Pelosi fired back in a tweet: \"The president is lying, again.\"");
    assert_eq!(found, [direct("The president is lying, again.", "Nancy Pelosi")]);
}

#[test]
fn reports_around_direct_speech() {
    // A `that` clause after a participle is a report of its own, by the subject of the sentence.
    let found = quotes("\"It is time,\" Dana Whitfield said, adding that the country needed healing.");
    assert_eq!(found, [direct("It is time,", "Dana Whitfield"), reported("the country needed healing", Some("Dana Whitfield"))]);
    // Quoted words after `that` are verbatim words of a report, whatever their case.
    let found = quotes("Senate Majority Leader Mitch McConnell said that \"The American people deserve better.\"");
    assert_eq!(found, [reported("\"The American people deserve better.\"", Some("Mitch McConnell"))]);
    // A verb that mostly opens direct speech reports a `that` clause.
    let found = quotes("James Comey wrote in his memo that the president asked him to \"let this go.\"");
    assert_eq!(found, [reported("the president asked him to \"let this go.\"", Some("James Comey"))]);
}

#[test]
fn told_takes_its_listener_after_it_not_its_subject() {
    let doc = annotate("Biden, 74, told the crowd: \"We choose truth over facts.\"");
    let quote = &doc.quotes[0];
    assert_eq!((quote.kind, quote.text.as_str()), (QuoteKind::Direct, "We choose truth over facts."));
    assert_eq!(quote.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Biden"), "{:?}", doc.quotes);
}

#[test]
fn a_participle_after_a_dateline_reports_for_the_sentence_subject() {
    let found = quotes(
        "WASHINGTON (AP) — House Speaker Paul Ryan on Monday distanced himself from the nominee, telling lawmakers that he would no longer defend him.",
    );
    assert_eq!(found, [reported("he would no longer defend him", Some("Paul Ryan"))]);
}

/// Reports as wire copy writes them: text, then the expected quotes (kind, text) and their speakers' phrases.
type WireReport<'a> = (&'a str, &'a [(QuoteKind, &'a str, &'a str)]);
const WIRE_REPORTS: &[WireReport] = &[
    // Verbatim words that no report takes stay a quote.
    (
        "Bill Jordan told a news conference the withdrawal was \"outrageous behaviour on the part of an organisation that wants respect\".",
        &[(QuoteKind::Direct, "outrageous behaviour on the part of an organisation that wants respect", "Bill Jordan")],
    ),
    // The subject after the verb may carry an appositive to the end of the sentence.
    (
        "Singapore would gain prestige, but \"more importantly there is a national interest in free trade\", said Tan Kong Yam, head of business policy at the university.",
        &[(QuoteKind::Indirect, "Singapore would gain prestige, but \"more importantly there is a national interest in free trade\"", "Tan Kong Yam")],
    ),
    // A plural noun phrase opening the sentence is the subject of both reports.
    (
        "Administration officials said they want the issue resolved quickly, but said there is no timetable.",
        &[
            (QuoteKind::Indirect, "they want the issue resolved quickly", "Administration officials"),
            (QuoteKind::Indirect, "there is no timetable", "Administration officials"),
        ],
    ),
    // A possessor is not the subject.
    (
        "Russia's Interfax news agency reported the officials had left, adding that talks first took place in Amsterdam.",
        &[(QuoteKind::Indirect, "talks first took place in Amsterdam", "Interfax")],
    ),
    // A day between the verb and its clause.
    (
        "PLO negotiators said on Friday Yasser Arafat and Benjamin Netanyahu might meet on Saturday.",
        &[(QuoteKind::Indirect, "Yasser Arafat and Benjamin Netanyahu might meet on Saturday", "PLO negotiators")],
    ),
    // The subject of `... and said` ends at its own verb and before its day.
    (
        "The group demanded his release and said his detention was a dangerous signal.",
        &[(QuoteKind::Indirect, "his detention was a dangerous signal", "The group")],
    ),
    (
        "Syria on Friday condemned the raid and said the army was preparing for war.",
        &[(QuoteKind::Indirect, "the army was preparing for war", "Syria")],
    ),
    // Quoted words after `calling` belong to the subject, not to its possessor.
    (
        "Bello's deputy, Amina Yusuf, went further, calling the figures \"a fraud on the Nigerian people\".",
        &[(QuoteKind::Direct, "a fraud on the Nigerian people", "Amina Yusuf")],
    ),
    // A chant after `called` is a quote, not a title.
    ("Children carrying photographs called \"Troops out!\" as they marched.", &[(QuoteKind::Direct, "Troops out!", "")]),
];

#[test]
fn reports_as_wire_copy_writes_them() {
    for (text, expected) in WIRE_REPORTS {
        let doc = annotate(text);
        let found: Vec<(QuoteKind, &str, &str)> =
            doc.quotes.iter().map(|q| (q.kind, q.text.as_str(), q.speaker_mention.as_ref().map_or("", |m| m.text.as_str()))).collect();
        for quote in expected.iter() {
            assert!(found.contains(quote), "{text}\nexpected {quote:?}\nfound {found:?}");
        }
    }
}

#[test]
fn someone_speaking_for_a_name_is_not_that_name() {
    for (text, phrase) in [
        ("A lawyer for Paul Manafort said his client was innocent. Manafort was later convicted.", "A lawyer for Paul Manafort"),
        ("\"It is a sad day,\" said a spokesman for Prime Minister Boris Johnson.", "a spokesman for Prime Minister Boris Johnson"),
        ("According to a spokesman for the Pentagon, the troops will leave in May.", "a spokesman for the Pentagon"),
        ("An aide to Senator Mark Hill said the bill would pass.", "An aide to Senator Mark Hill"),
    ] {
        let doc = annotate(text);
        let quote = &doc.quotes[0];
        assert_eq!(quote.speaker_mention.as_ref().map(|m| m.text.as_str()), Some(phrase), "{text}");
        assert_eq!(quote.speaker_name, None, "{text}: the person spoken for did not say it");
    }
    // `of` makes a title: the name after it is the speaker.
    assert_eq!(quotes("\"We will win,\" said former secretary of state John Kerry.")[0].2.as_deref(), Some("John Kerry"));
}

#[test]
fn a_report_attributed_at_the_end_of_the_sentence() {
    for (text, who) in [
        ("The talks will resume next week, Jane Doe told Reuters.", Some("Jane Doe")),
        ("The talks will resume next week, Jane Doe told reporters on Monday.", Some("Jane Doe")),
        // Phrases of time, place and manner after the verb.
        ("The talks will resume next week, two diplomats told Reuters on condition of anonymity.", None),
        ("The president will sign the bill on Friday, the White House said in a statement on Tuesday.", Some("White House")),
        ("The deal is off, she told a news conference in Paris.", None),
        ("The deal is off, she told his colleagues.", None),
    ] {
        let found = quotes(text);
        let expected = text.split(',').next().unwrap();
        assert_eq!(found.iter().map(|q| (q.0, q.1.as_str())).collect::<Vec<_>>(), [(QuoteKind::Indirect, expected)], "{text}");
        assert_eq!(found[0].2.as_deref(), who, "{text}");
    }
}

#[test]
fn a_long_phrase_after_a_closing_verb_needs_a_plain_subject_before_it() {
    assert_eq!(
        quotes(
            "Although Gajdos spoke of \"girls\" his deputy, Eva Boudova, said the case involved about 10 young women in their early 20s."
        ),
        [reported("the case involved about 10 young women in their early 20s", Some("Eva Boudova"))]
    );
    assert_eq!(quotes("The bank announced a profit of 853 million guilders, up 21.5 percent on the 702 million guilders reported in the first half of 1995."), []);
}

#[test]
fn a_passive_speech_verb_does_not_make_its_subject_the_speaker() {
    for text in ["He was told that the plan had failed.", "She was also warned that the bridge was unsafe."] {
        assert_eq!(quotes(text), [], "{text}");
    }
    // Only a participle after `be` is passive.
    assert_eq!(quotes("She has been saying that the bridge was unsafe."), [reported("the bridge was unsafe", None)]);
    // (`admitted` as a speech verb had made `The nun was` the speaker of the quote before it.)
    let doc = annotate("\"She is conscious but her breathing is irregular.\" The nun was admitted to hospital a week ago.");
    assert_eq!(doc.quotes[0].speaker_mention, None);
}

/// (text, its one quote's text, its speaker's phrase)
const SOURCES_IN_WIRE_GRAMMAR: &[(&str, &str, &str)] = &[
    // Whom a source quoted is the speaker.
    (
        "Interfax quoted the Kremlin spokesman as saying that the meeting had not been sought.",
        "the meeting had not been sought",
        "the Kremlin spokesman",
    ),
    ("\"No, they have good intentions,\" Arafat quoted Ross as saying.", "No, they have good intentions,", "Ross"),
    // `cautioned`, `testified`, `disclosed` report too.
    (
        "Scientists not involved in the research cautioned that the sample was small.",
        "the sample was small",
        "Scientists not involved in the research",
    ),
    ("The former aide testified that the president had known about the plan.", "the president had known about the plan", "The former aide"),
    // After `according to`, a description goes on to the end of its bare phrase.
    (
        "Researchers found that the vaccine cut infections by half, according to a study published in The Lancet.",
        "Researchers found that the vaccine cut infections by half",
        "a study published in The Lancet",
    ),
    // A dateline is no part of what was said.
    (
        "WASHINGTON, Dec 2 (Reuters) - U.S. job openings rose in October, the Labor Department said on Tuesday.",
        "U.S. job openings rose in October",
        "Labor Department",
    ),
    (
        "MOSCOW 1996-08-23 Russian officials will adopt tight measures, a customs official said.",
        "Russian officials will adopt tight measures",
        "a customs official",
    ),
    (
        "KYIV — Russia launched a wave of drones overnight, the air force said.",
        "Russia launched a wave of drones overnight",
        "the air force",
    ),
    ("EU rejects German call to boycott British lamb, officials said.", "EU rejects German call to boycott British lamb", "officials"),
    // A role before the name after the verb: `captain` is a person's noun too.
    ("'I am proud of this team,' said captain Harry Kane.", "I am proud of this team,", "Harry Kane"),
    // A short description opening the sentence before an appositive is the subject.
    ("The senator, a Democrat from Massachusetts, said the bill does not go far enough.", "the bill does not go far enough", "The senator"),
    ("The company, a unit of Siemens, said the profit rose.", "the profit rose", "The company"),
    // What a source cited is not what it said.
    ("The agency warned that prices could rise further, citing supply disruptions.", "prices could rise further", "The agency"),
    ("Prices could rise, the agency said, citing supply disruptions.", "Prices could rise", "the agency"),
    // In the passive, the one who was quoted speaks.
    ("The minister was quoted by state media as saying the talks had failed.", "the talks had failed", "The minister"),
    // A time phrase between the subject and its verb is not the subject.
    ("An Iraqi Kurdish group on Wednesday said it had agreed a ceasefire.", "it had agreed a ceasefire", "An Iraqi Kurdish group"),
    (
        "A Sarajevo daily newspaper, Dnevi Avaz, which is close to the SDA party, on Monday said the OSCE would postpone the vote.",
        "the OSCE would postpone the vote",
        "Dnevi Avaz",
    ),
    // `which` stands for the words before its comma.
    (
        "Activists met officials of the military government, which in May said it had detained the politicians.",
        "it had detained the politicians",
        "the military government",
    ),
    // A verb joined by `or` to a denied one is denied too; the sentence is still what its source said.
    (
        "Police would not say why the man was held, or say when he would be released, the group said.",
        "Police would not say why the man was held, or say when he would be released",
        "the group",
    ),
    // A subject that denies opens a clause (`said no decision had been made`, `said nothing had been stolen`).
    (
        "A senior official, speaking on condition of anonymity to discuss internal deliberations, said no decision had been made.",
        "no decision had been made",
        "A senior official",
    ),
    ("Police said nothing had been stolen.", "nothing had been stolen", "Police"),
    // `but` opens a clause of its own, with or without a comma; an auxiliary stands between subject and verb.
    ("The cause was not known but officials said the boat had a hole in it.", "the boat had a hole in it", "officials"),
    (
        "The cause was not known but officials from the ministry said the boat had a hole in it.",
        "the boat had a hole in it",
        "officials from the ministry",
    ),
    ("He lost the game but did say that the referee was fair.", "the referee was fair", "He"),
    // A name after a preposition in the appositive is not the subject; a comma inside a name sets nothing off;
    // words after the verb that hold a verb are its clause, not a subject after it.
    ("Robert Gutenstein, an analyst for Kalf Voorhis, said the contract was big.", "the contract was big", "Robert Gutenstein"),
    (
        "Robert Gutenstein, an analyst for Kalf, Voorhis & Co., said the contract was \"not unique, but it's big.\"",
        "the contract was \"not unique, but it's big.\"",
        "Robert Gutenstein",
    ),
    // A reason after the closing attribution, or a relative clause after its subject, ends the sentence.
    (
        "The talks stalled over guarantees, a senior official said on condition of anonymity because he was not authorized to speak.",
        "The talks stalled over guarantees",
        "a senior official",
    ),
    (
        "The talks stalled over guarantees, said a senior official who spoke on condition of anonymity.",
        "The talks stalled over guarantees",
        "a senior official",
    ),
    // `State` in a title is no verb; `of` joins title words after the verb.
    ("\"We are not there yet,\" Secretary of State Antony Blinken told CNN on Sunday.", "We are not there yet,", "Antony Blinken"),
    ("\"We are not there yet,\" said Secretary of State Antony Blinken.", "We are not there yet,", "Antony Blinken"),
    // A document that reads, a long bare source after `according to`, `described … as` and verbs of manner.
    ("\"We are deeply saddened,\" the statement read.", "We are deeply saddened,", "the statement"),
    (
        "The deal could be announced next week, according to people familiar with the matter.",
        "The deal could be announced next week",
        "people familiar with the matter",
    ),
    (
        "The soil is so fertile that a diplomat described it as \"rich enough to grow rubber boots\".",
        "rich enough to grow rubber boots",
        "a diplomat",
    ),
    ("Police made an arrest. \"I am innocent,\" the defendant shouted as he was led away.", "I am innocent,", "the defendant"),
    ("\"Maybe they want us to be alcoholics,\" Carol Perry joked.", "Maybe they want us to be alcoholics,", "Carol Perry"),
    // A denied verb reports nothing but ends the report before it.
    (
        "The company said it produced 8,333 vehicles and sold 9,018, but it did not explain the difference.",
        "it produced 8,333 vehicles and sold 9,018",
        "The company",
    ),
];

#[test]
fn sources_in_wire_grammar() {
    for &(text, quote, source) in SOURCES_IN_WIRE_GRAMMAR {
        let doc = annotate(text);
        let found: Vec<(&str, Option<&str>)> =
            doc.quotes.iter().map(|q| (q.text.as_str(), q.speaker_mention.as_ref().map(|m| m.text.as_str()))).collect();
        assert_eq!(found, [(quote, Some(source))], "{text}");
    }
    for text in [
        "Tass did not say exactly when it took place.",
        "The minister would not say whether he would resign.",
        "Police would not say why the man was held, or say when he would be released.",
    ] {
        assert_eq!(quotes(text), [], "{text}");
    }
}

#[test]
fn a_no_or_a_nothing_that_is_the_answer_opens_no_clause() {
    for text in ["He said no.", "She said no to the plan.", "He said nothing about the plan.", "Asked again, the minister said no, twice."]
    {
        assert_eq!(quotes(text), [], "{text}");
    }
}

#[test]
fn a_report_in_a_relative_clause_ends_at_its_closing_comma() {
    let found = annotate("The military government, which in May said it would hold elections, said on Friday the vote would be delayed.");
    let reports: Vec<(&str, Option<&str>)> =
        found.quotes.iter().map(|q| (q.text.as_str(), q.speaker_mention.as_ref().map(|m| m.text.as_str()))).collect();
    assert_eq!(
        reports,
        [("it would hold elections", Some("The military government")), ("the vote would be delayed", Some("The military government"))]
    );
}

#[test]
fn a_description_is_resolved_by_the_noun_that_heads_it() {
    let names = |text: &str| annotate(text).quotes.into_iter().map(|q| q.speaker_name).collect::<Vec<_>>();
    // Lawyers for the president are not the president; a part of a body speaks for it.
    assert_eq!(
        names(
            "Ukrainian President Volodymyr Zelenskiy said Kyiv needed help. Lawyers for the former president argued that the case should be dismissed."
        ),
        [Some("Volodymyr Zelenskiy".to_string()), None]
    );
    assert_eq!(names("The Slovak office of Interpol said the man was suspected of murder."), [Some("Interpol".to_string())]);
    // `the Italian` is the last person named; `The Serbs` are a people.
    let doc = annotate("Chelsea boss Enzo Maresca was less happy. \"We made mistakes,\" the Italian said.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("the Italian"));
    assert_eq!(doc.quotes[0].speaker_name.as_deref(), Some("Enzo Maresca"));
    assert_eq!(
        names("Robert Frowick spoke on Monday. The Serbs said they had met all conditions for the vote."),
        [Some("Serbs".to_string())]
    );
    // A body's name that heads the description names it.
    assert_eq!(names("The Health Ministry in Gaza said more than 100 people had been killed."), [Some("Health Ministry".to_string())]);
    // A word inside a quote before a name is not that person's title.
    assert_eq!(
        names("George Garang spoke to reporters. \"This is the view of the church,\" Garang said on Tuesday. The church in Australia said the nuns were safe."),
        [Some("George Garang".to_string()), None]
    );
}

#[test]
fn it_stands_for_a_body_named_a_few_sentences_before_at_most() {
    let far = "Trump wrote on Truth Social. The vote was close. Turnout was high. The count took days. \
               The letter urged the administration to act. \"The time for talk is over,\" it said.";
    assert_eq!(annotate(far).quotes[0].speaker_name, None);
    let near = "Apple reported higher profits on Tuesday. \"We are pleased,\" it said.";
    assert_eq!(annotate(near).quotes[0].speaker_name.as_deref(), Some("Apple"));
}

#[test]
fn a_next_quote_keeps_its_speaker_past_a_person_who_is_an_object() {
    let found = quotes(
        "\"A good game,\" said the 24-year-old Martinez after crushing Tauziat in just over an hour. \"What I'm trying to do is be aggressive.\"",
    );
    assert_eq!(found, [direct("A good game,", "Martinez"), direct("What I'm trying to do is be aggressive.", "Martinez")]);
    // A person who opens a clause after `and` may be the next speaker.
    let found = quotes("\"A good game,\" said Martinez, and Tauziat agreed. \"It was fine.\"");
    assert_eq!(found[1].2, None);
}

#[test]
fn a_place_s_title_is_resolved_like_a_description_but_a_person_s_is_not() {
    let doc = annotate("Britain's prime minister said the talks had failed. Keir Starmer spoke in London.");
    assert_eq!(doc.quotes[0].speaker_name.as_deref(), Some("Keir Starmer"));
    let doc = annotate("Johnson's spokesman said the talks had failed. Boris Johnson spoke in London.");
    assert_eq!(doc.quotes[0].speaker_name, None);
}

#[test]
fn a_description_named_after_a_quote_that_opens_the_next_sentence() {
    for (text, name) in [
        (
            "Kenya's president defended the law, saying the country could not keep borrowing.\n\n\"We cannot continue,\" President William Ruto said.",
            "William Ruto",
        ),
        (
            "Police arrested a man, a Tirana prosecutor said on Tuesday. \"We have charged him,\" prosecutor Adnan Xhelili told Reuters.",
            "Adnan Xhelili",
        ),
    ] {
        assert_eq!(annotate(text).quotes[0].speaker_name.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn a_dash_and_a_name_after_the_quote_is_its_speaker() {
    let found = quotes("Officials said the plant was safe.\n\n\"The economy is strong\" — Janet Yellen, speaking in Berlin.");
    assert_eq!(found.last(), Some(&direct("The economy is strong", "Janet Yellen")), "{found:?}");
}

#[test]
fn a_continuing_quote_keeps_its_speaker_past_a_name_after_a_preposition_and_its_modifiers() {
    let text = "\"I don't think anyone expected this,\" said Bonnie Glaser, an Asia expert at the German Marshall Fund. \"It's a big escalation.\"";
    let found = quotes(text);
    assert_eq!(found.iter().map(|q| q.2.as_deref()).collect::<Vec<_>>(), [Some("Bonnie Glaser"), Some("Bonnie Glaser")], "{found:?}");
}

#[test]
fn an_aside_between_dashes_before_the_verb() {
    let doc = annotate("Sen. Dana Whitfield spoke first. The senator — who has served since 1993 — said the bill went too far.");
    let quote = &doc.quotes[0];
    assert_eq!(quote.text, "the bill went too far");
    assert_eq!(quote.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("The senator"));
    assert_eq!(quote.speaker_name.as_deref(), Some("Dana Whitfield"));
}

#[test]
fn a_possessed_description_is_not_someone_titled_earlier() {
    let doc = annotate(
        "\"There will be no deal,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n\"It was a mistake,\" Johnson's spokesman said.",
    );
    let second = &doc.quotes[1];
    assert_eq!(second.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Johnson's spokesman"));
    assert_eq!(second.speaker_name, None, "Peskov is not Johnson's spokesman");
}

#[test]
fn who_passed_a_report_on_is_not_part_of_it() {
    assert_eq!(
        quotes("Kremlin spokesman Dmitry Peskov said Moscow remained \"open to negotiations,\" Russia's Tass news agency reported."),
        [reported("Moscow remained \"open to negotiations,\"", Some("Dmitry Peskov"))]
    );
    assert_eq!(
        quotes("Finance Minister Ali Khan said prices would rise, Reuters reported on Monday, citing two officials."),
        [reported("prices would rise", Some("Ali Khan"))]
    );
}

#[test]
fn a_closing_attribution_may_report_on_after_a_participle() {
    assert_eq!(
        quotes(
            "The economy is slowing, Federal Reserve Chair Jerome Powell told lawmakers on Wednesday, adding that rates would stay high."
        ),
        [reported("The economy is slowing", Some("Jerome Powell")), reported("rates would stay high", Some("Jerome Powell"))]
    );
}

#[test]
fn adding_that_starts_a_report_of_its_own() {
    assert_eq!(
        quotes("Health Minister Jane Aceng said the outbreak was contained, adding that schools would reopen."),
        [reported("the outbreak was contained", Some("Jane Aceng")), reported("schools would reopen", Some("Jane Aceng"))]
    );
    // A short phrase may come between the participle and its `that`.
    assert_eq!(
        quotes("Health Minister Jane Aceng insisted the outbreak was contained, saying in a statement that schools would reopen."),
        [reported("the outbreak was contained", Some("Jane Aceng")), reported("schools would reopen", Some("Jane Aceng"))]
    );
}

#[test]
fn appositives_in_a_row_leave_the_name_the_speaker() {
    assert_eq!(
        quotes("Maria Lopez, 45, a nurse at Lincoln Hospital, said she had not been paid in two months."),
        [reported("she had not been paid in two months", Some("Maria Lopez"))]
    );
}

#[test]
fn a_bare_noun_after_an_opening_phrase_is_the_source() {
    let doc = annotate("In Kabul, Taliban officials said the talks had ended.");
    let mention = doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(mention, Some("Taliban officials"));
    let doc = annotate("On Monday, police said the march was calm.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("police"));
    let doc = annotate("Prices rose, and analysts said the trend would continue.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("analysts"));
    let doc = annotate("The court will hear a challenge to the law, which critics say violates free speech.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("critics"));
}

#[test]
fn a_relative_who_stands_for_the_words_before_its_comma() {
    for (text, source) in [
        ("Her comments echoed those of other analysts, who warned that costs would rise.", "other analysts"),
        ("The plan was backed by Goldman Sachs, who warned that costs would rise.", "Goldman Sachs"),
    ] {
        let doc = annotate(text);
        assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some(source), "{text}");
    }
}

#[test]
fn a_title_in_the_name_or_an_appositive_after_it_is_resolved() {
    assert_eq!(
        quotes("Ali Khan, the finance minister, presented the budget. \"We will grow,\" the minister said."),
        [direct("We will grow,", "Ali Khan")]
    );
    assert_eq!(
        quotes("Pope Francis spoke on Sunday. \"Peace is possible,\" the pope said."),
        [direct("Peace is possible,", "Pope Francis")]
    );
}

#[test]
fn names_listed_after_a_preposition_belong_to_the_source() {
    for (text, source) in [
        ("Officials in Germany and France said the talks had stalled.", "Officials in Germany and France"),
        ("Diplomats from Britain, France and Germany said the deal was dead.", "Diplomats from Britain, France and Germany"),
    ] {
        let doc = annotate(text);
        assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some(source), "{text}");
        assert_eq!(doc.quotes[0].speaker_name, None, "{text}");
    }
}

#[test]
fn commas_and_verbs_alone_give_no_empty_speaker() {
    for text in
        [", , said said said said said said said said said said", ", of , 45 told and who which , said \" citing 45 ) ( that to ' and"]
    {
        let doc = annotate(text);
        assert!(doc.quotes.iter().filter_map(|q| q.speaker_mention.as_ref()).all(|m| !m.text.is_empty()), "{text}");
    }
}

#[test]
fn a_conjunction_before_a_second_speech_verb_ends_the_first_report() {
    assert_eq!(
        quotes("Finance minister Rachel Reeves said the figures were disappointing but insisted that the plan was working."),
        [reported("the figures were disappointing", Some("Rachel Reeves")), reported("the plan was working", Some("Rachel Reeves"))]
    );
}

#[test]
fn a_body_named_in_an_appositive_after_its_description_is_the_source() {
    assert_eq!(
        quotes("The U.N. refugee agency, UNHCR, said more than 1 million people had fled the fighting."),
        [reported("more than 1 million people had fled the fighting", Some("UNHCR"))]
    );
}

#[test]
fn a_word_shaped_like_a_person_noun_before_a_name_is_a_title() {
    assert_eq!(
        quotes("\"We are not going anywhere,\" said protest organiser Tom Walker."),
        [direct("We are not going anywhere,", "Tom Walker")]
    );
    // So does a person noun after an organisation's name.
    assert_eq!(
        quotes("\"I'm not going to comment on rumours,\" said Manchester United boss Ruben Amorim."),
        [direct("I'm not going to comment on rumours,", "Ruben Amorim")]
    );
}

#[test]
fn a_conjunction_after_a_comma_is_not_part_of_the_source() {
    let doc = annotate("The company declined to comment, but a person familiar with the matter said talks were ongoing.");
    let mention = doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(mention, Some("a person familiar with the matter"));
}

#[test]
fn a_party_and_state_after_a_name_keep_the_sentence_whole() {
    assert_eq!(
        quotes("Sen. Mitch McConnell, R-Ky., said he would not support the bill."),
        [reported("he would not support the bill", Some("Mitch McConnell"))]
    );
}

#[test]
fn a_participle_before_a_quote_ends_the_report_before_it() {
    assert_eq!(
        quotes("The airline said flights would resume on Tuesday, adding: \"Safety is our top priority.\""),
        [reported("flights would resume on Tuesday", None), (QuoteKind::Direct, "Safety is our top priority.".into(), None)]
    );
}

#[test]
fn an_appositive_naming_no_person_leaves_the_description_the_source() {
    for text in [
        "\"We are assessing the damage,\" a spokesperson for the utility, Pacific Gas and Electric, told Reuters.",
        "\"We are assessing the damage,\" a spokesperson for the utility, PG&E, told Reuters.",
    ] {
        let doc = annotate(text);
        let mention = doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str());
        assert_eq!(mention, Some("a spokesperson for the utility"), "{text}");
    }
}

#[test]
fn a_clause_after_whom_it_was_told_to_is_reported() {
    assert_eq!(
        quotes("The president's chief of staff, Susie Wiles, told reporters the meeting had been productive."),
        [reported("the meeting had been productive", Some("Susie Wiles"))]
    );
}

#[test]
fn a_title_before_the_name_of_a_closing_attribution_is_allowed() {
    assert_eq!(
        quotes("The bank expects inflation to fall to 2% by 2026, Governor Andrew Bailey said."),
        [reported("The bank expects inflation to fall to 2% by 2026", Some("Andrew Bailey"))]
    );
}

#[test]
fn a_participle_after_an_opening_quote_reports_for_the_quote_s_speaker() {
    let doc = annotate("\"I think it's a great deal,\" Trump told Fox News in an interview, adding that China \"wants it badly.\"");
    let reported: Vec<_> = doc.quotes.iter().filter(|q| q.kind == QuoteKind::Indirect).collect();
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Trump"));
}

#[test]
fn a_clause_may_open_with_at_least() {
    assert_eq!(
        quotes("The UN says at least 2 million people need food aid."),
        [reported("at least 2 million people need food aid", Some("UN"))]
    );
}

#[test]
fn an_unnamed_source_may_open_a_clause_after_a_comma() {
    let doc = annotate("The chairman said the results were final, but observers from the African Union said they had concerns.");
    let mention = doc.quotes.get(1).and_then(|q| q.speaker_mention.as_ref()).map(|m| m.text.as_str());
    assert_eq!(mention, Some("observers from the African Union"));
}
