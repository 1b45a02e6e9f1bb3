//! Who a speaker's phrase stands for: pronouns, titles, descriptions, short names, continuing quotes.

use super::*;

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
fn a_description_is_not_a_title_of_a_person_named_after_a_body_with_that_word() {
    // `Center` belongs to the body's name before `Carter`, not to a title of his.
    let text = "Former U.S. President Jimmy Carter has entered home hospice care in Plains, Georgia, the Carter Center said \
                Saturday.\n\nCarter, 98, is the longest-lived American president.\n\n\"He has the full support of his family,\" the \
                center said in a statement.";
    assert_eq!(quotes(text)[1], direct("He has the full support of his family,", "Carter Center"));
}

#[test]
fn the_company_is_the_body_named_last_a_few_sentences_before() {
    let text = "Toyota says it will build a battery plant.\n\n\"The future is electric,\" the company said.";
    assert_eq!(quotes(text)[1], direct("The future is electric,", "Toyota"));
    // Too far back, it is no one named.
    let far = "Toyota says it will build a plant. Sales rose. Prices fell. Rain came. Shares slid. \"We are sure,\" the company said.";
    assert_eq!(quotes(far)[1].2, None);
    // Described by names and capitals; a club, which a league's name before it does not name.
    let described = "Toyota cut its forecast.\n\n\"Demand is weak,\" the Japanese automaker said.";
    assert_eq!(quotes(described)[0], direct("Demand is weak,", "Toyota"));
    let club = "Manchester United have appointed Ruben Amorim as head coach, the Premier League club said on Friday.";
    assert_eq!(quotes(club)[0].2.as_deref(), Some("Manchester United"));
}

#[test]
fn a_body_named_as_where_something_happened_is_not_the_company() {
    let text = "Apple showed off the phone at the Yerba Buena Center for the Arts. The company said it would go on sale on Friday.";
    assert_eq!(quotes(text)[0].2.as_deref(), Some("Apple"));
    // Unless no other body will do.
    let only = "Reporters gathered at the Yerba Buena Center for the Arts. The company said it would close on Friday.";
    assert_eq!(quotes(only)[0].2.as_deref(), Some("Yerba Buena Center for the Arts"));
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
fn a_quote_that_ends_its_line_keeps_its_speaker_not_the_next_lines() {
    let text = "\"The Fed is in no hurry,\" said Diane Swonk, chief economist at KPMG. \"They want to see more evidence.\"\nTreasury Secretary Janet Yellen, speaking in Atlanta, said the data were encouraging.";
    assert_eq!(
        quotes(text),
        [
            direct("The Fed is in no hurry,", "Diane Swonk"),
            direct("They want to see more evidence.", "Diane Swonk"),
            reported("the data were encouraging", Some("Janet Yellen"))
        ]
    );
}

#[test]
fn a_quote_ending_with_a_comma_at_a_lines_end_is_attributed_on_the_next() {
    let text = "\"We will win this election,\"\nsaid opposition leader Raila Odinga on Monday.";
    assert_eq!(quotes(text), [direct("We will win this election,", "Raila Odinga")]);
}

#[test]
fn a_spokesman_for_a_named_person_speaks_and_is_he() {
    let text = "\"This is a clear violation,\" Farhan Haq, spokesman for Secretary-General Antonio Guterres, told reporters in New York. He said the mission had been informed.";
    assert_eq!(
        quotes(text),
        [direct("This is a clear violation,", "Farhan Haq"), reported("the mission had been informed", Some("Farhan Haq"))]
    );
}

#[test]
fn he_is_who_reported_not_a_person_in_the_report() {
    let text = "Former captain Nick Farr-Jones believes David Campese may yet be tempted to England. \"I'm sure there are a few people who would be delighted,\" he said.";
    assert_eq!(
        quotes(text),
        [
            reported("David Campese may yet be tempted to England", Some("Nick Farr-Jones")),
            direct("I'm sure there are a few people who would be delighted,", "Nick Farr-Jones")
        ]
    );
}

#[test]
fn she_and_he_go_to_the_person_of_that_gender() {
    let text = "Angela Merkel met James Mattis in Berlin. \"We agree on the plan,\" she said. \"So do I,\" he said.";
    assert_eq!(quotes(text), [direct("We agree on the plan,", "Angela Merkel"), direct("So do I,", "James Mattis")]);
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_last_subject_not_the_person_it_acted_on() {
    let text = "Karman has led protests in Sanaa against President Ali Abdullah Saleh. She told reporters she would go on.";
    assert_eq!(quotes(text), [reported("she would go on", Some("Karman"))]);
    // A place's possessive between the preposition and the person changes nothing.
    let text = "Kenyan runner Faith Kipyegon won, beating the mark set by Ethiopia's Genzebe Dibaba. She told reporters she was happy.";
    assert_eq!(quotes(text), [reported("she was happy", Some("Faith Kipyegon"))]);
    // Nor does a preposition for someone beside the subject.
    let text = "Zelenskyy, speaking alongside Polish President Andrzej Duda in Warsaw, met troops. He said Ukraine needed air defense.";
    assert_eq!(quotes(text), [reported("Ukraine needed air defense", Some("Zelenskyy"))]);
    // With no other person in that sentence, the one named after a preposition is still the last person.
    let text = "Crowds watched an interview with Eisuke Sakakibara. He said the yen would rise.";
    assert_eq!(quotes(text), [reported("the yen would rise", Some("Eisuke Sakakibara"))]);
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
    // Someone new with an office's title is not the protester described before.
    let found = quotes("\"We are tired,\" one protester told VOA. Interior Minister Kithure Kindiki said the marches were illegal.");
    assert_eq!(found.iter().map(|q| q.2.as_deref()).collect::<Vec<_>>(), [None, Some("Kithure Kindiki")]);
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
fn the_possessor_in_an_appositive_to_the_speaker_is_not_the_speaker() {
    let text =
        "\"There is no dictatorship,\" Sergei Posukhov, Lukashenko's political adviser, told Reuters.\n\n\"The people asked for order.\"";
    let found = quotes(text);
    assert_eq!(found.iter().map(|q| q.2.as_deref()).collect::<Vec<_>>(), [Some("Sergei Posukhov"), Some("Sergei Posukhov")], "{found:?}");
    let found = quotes("Redwan Hussien, Abiy Ahmed's national security adviser, said both sides were committed.");
    assert_eq!(found[0].2.as_deref(), Some("Redwan Hussien"));
    // A name before a word for someone says whom that one serves (`a Bolsonaro aide`, `a longtime Trump ally`).
    let found = quotes("Jair Bolsonaro lost. Fabio Wajngarten, a Bolsonaro aide, said on social media that it was persecution.");
    assert_eq!(found[0].2.as_deref(), Some("Fabio Wajngarten"), "{found:?}");
    let found = quotes("Donald Trump spoke. John Smith, a longtime Trump ally and former senator, told reporters the plan was bad.");
    assert_eq!(found[0].2.as_deref(), Some("John Smith"), "{found:?}");
    // An aside ending in a title, its comma inside the closing mark.
    let found = quotes("Clint Eastwood, who directed Hackman in \"Unforgiven,\" said in a statement that he had lost \"a dear friend.\"");
    assert_eq!(found.iter().map(|q| q.2.as_deref()).collect::<Vec<_>>(), [Some("Clint Eastwood")], "{found:?}");
    // A body named after a description that a possessor opens, with its article.
    let found = quotes("South Korea's spy agency, the National Intelligence Service, said the blast was too small.");
    assert_eq!(found[0].2.as_deref(), Some("National Intelligence Service"), "{found:?}");
    // A person's description before a body's name: the person speaks.
    let doc = annotate("A spokesperson for the utility, the Pacific Gas and Electric Company, told reporters the lines were down.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("A spokesperson for the utility"));
    // Two appositives in a row, the first ending in a body's name.
    let found = quotes("Sunita Bose, managing director of the Digital Industry Group Inc., an industry body, said the rules were rushed.");
    assert_eq!(found[0].2.as_deref(), Some("Sunita Bose"), "{found:?}");
    // Another person's description opening a sentence still ends the carry-over.
    let found = quotes("\"The deal is dead,\" said Mark Hill. Jane Doe's adviser disagreed. \"Nobody wants it.\"");
    assert_eq!(found[1].2, None);
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
    // Asides between more commas: the subject opens the sentence, and the clause after the verb is what was said.
    (
        "Critics, including the Indonesian Forum for the Environment, known as Walhi, say the project threatens forests.",
        "Critics",
        None,
    ),
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
    // A compound title's part is a person noun; a participle's phrase before the name describes no one.
    (
        "The U.N. secretary-general says the world must act. Antonio Guterres told reporters that time was short.",
        "The U.N. secretary-general",
        Some("Antonio Guterres"),
    ),
    (
        "The head of the fund warned that growth is weak. Speaking in Washington, Kristalina Georgieva said it would slow.",
        "The head",
        Some("Kristalina Georgieva"),
    ),
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
    // Nor one named next who says nothing there.
    (
        "A spokesperson said the pay rise had been accepted. Ms Phillipson, the education secretary, is expected to set out her plans next week.",
        "A spokesperson",
        None,
    ),
    // A minister known already is not someone named next with another title.
    (
        "The minister said the measures would be temporary. UN Secretary-General Antonio Guterres called for calm.",
        "The minister",
        None,
    ),
    // Nor someone quoted in the next sentence, named without the title.
    (
        "The spokesman said the company regretted the incident. \"Look,\" Obama said, \"nobody is saying this is easy.\"",
        "The spokesman",
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
    // An aside that opens with a preposition, names in it or not.
    (
        "Justice Sonia Sotomayor, in a dissent joined by Justice Elena Kagan, wrote that the ruling made a mockery of the law.",
        "Sonia Sotomayor",
        Some("Sonia Sotomayor"),
    ),
    // A name in the appositive that ends like a participle (`Shaheed`) is the speaker's.
    (
        "Harry's lawyer, Shaheed Fatima, told the court that the decision had left him feeling unsafe.",
        "Shaheed Fatima",
        Some("Shaheed Fatima"),
    ),
    // An organisation after `of the` is where the person works, not the speaker.
    (
        "Political analyst Boniface Dulani of the University of Malawi said the dispute could end up in court.",
        "Boniface Dulani",
        Some("Boniface Dulani"),
    ),
    // `the senator` is the person introduced as `Sen.`.
    ("Sen. Dana Whitfield spoke first. Later the senator said the bill was dead.", "the senator", Some("Dana Whitfield")),
    // A word of the phrase before a name, with words other than a title's between, is no title: the
    // party is the body named before its kind.
    (
        "The ruling party has chosen Samia Suluhu Hassan as its candidate. His Chadema party says the charges are political.",
        "His Chadema party",
        Some("Chadema"),
    ),
    (
        "Levy will meet his counterpart Klaus Kinkel in Bonn. The ministry said the two would discuss trade.",
        "The ministry",
        None,
    ),
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
fn a_quote_after_a_colon_belongs_to_the_subject_before_it() {
    let found = quotes("House Minority Leader Nancy Pelosi fired back in a tweet: \"The president is lying, again.\"");
    assert_eq!(found, [direct("The president is lying, again.", "Nancy Pelosi")]);
}

#[test]
fn a_quote_that_describes_something_belongs_to_the_subject_of_the_describing_verb() {
    let found = quotes("House Speaker Nancy Pelosi called the proposal \"a step in the right direction for working families.\"");
    assert_eq!(found, [direct("a step in the right direction for working families.", "Nancy Pelosi")]);
    // In the passive, the subject is what was described: no speaker.
    let found = quotes("The plan was called \"a step in the right direction for working families\" by its critics.");
    assert!(found.iter().all(|q| q.2.is_none()), "{found:?}");
    // A participle after a noun names a title, whoever wrote it.
    let found = quotes("Mark Jones spoke on Monday. He owns a boat called \"The Best Little Boat on the Whole East Coast\" these days.");
    assert!(found.iter().all(|q| q.2.is_none()), "{found:?}");
    let found = quotes("Donald Trump later branded the inquiry \"the greatest witch hunt in political history.\"");
    assert_eq!(found, [direct("the greatest witch hunt in political history.", "Donald Trump")]);
    // Auxiliaries stand between a subject and the verb as adverbs do.
    let found = quotes("Senator Maria Lopez has repeatedly called the plan \"a gift to the oil companies that paid for his campaign.\"");
    assert_eq!(found, [direct("a gift to the oil companies that paid for his campaign.", "Maria Lopez")]);
    // So does an appositive.
    let found = quotes("Sam Altman, the company's chief executive, called the hire \"a big step for us in Europe.\"");
    assert_eq!(found, [direct("a big step for us in Europe.", "Sam Altman")]);
    // So does the body the speaker is of.
    let found = quotes("Family Minister Lisa Paus of the Green party called the law \"a great day for trans people.\"");
    assert_eq!(found, [direct("a great day for trans people.", "Lisa Paus")]);
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
    // So does a body's name right before its kind, after a possessor too; not a person's.
    assert_eq!(
        names("The ruling ANC party said it would talk to all parties. Odinga's Azimio la Umoja coalition said it respected the court."),
        [Some("ANC".to_string()), Some("Azimio la Umoja".to_string())]
    );
    assert_eq!(names("The Trump campaign said it would appeal the ruling."), [None]);
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
    // Not a body that was told something.
    for told in ["Two people were killed, police told VOA.", "The mayor told the BBC he would resign."] {
        let text = format!("{told} The company expects sales to fall, it said in a statement.");
        assert_eq!(annotate(&text).quotes.last().unwrap().speaker_name, None, "{text}");
    }
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
fn a_possessed_description_is_not_someone_titled_earlier() {
    let doc = annotate(
        "\"There will be no deal,\" Kremlin spokesman Dmitry Peskov told reporters.\n\n\"It was a mistake,\" Johnson's spokesman said.",
    );
    let second = &doc.quotes[1];
    assert_eq!(second.speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Johnson's spokesman"));
    assert_eq!(second.speaker_name, None, "Peskov is not Johnson's spokesman");
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
fn a_quote_that_ends_its_sentence_is_not_attributed_by_the_next_sentences_own_report() {
    let found = quotes(
        "House Speaker Mike Johnson called it \u{201c}a shameful day in American history.\u{201d} Senate Minority Leader Mitch McConnell said he expected the conviction to be overturned.",
    );
    assert_eq!(found[0], direct("a shameful day in American history.", "Mike Johnson"));
    // Also when a long appositive sets the next sentence's subject off from its verb.
    let found = quotes(
        "Chuck Schumer called it \"a message to our allies and to our adversaries.\" Minority Leader Mitch McConnell, a longtime backer of aid to Kyiv, said the vote showed it.",
    );
    assert_eq!(found[0], direct("a message to our allies and to our adversaries.", "Chuck Schumer"));
    // A new sentence that only attributes still does (`"…." Bragg said.`).
    let found = quotes("Alvin Bragg spoke. \u{201c}I did my job.\u{201d} Bragg said.");
    assert_eq!(found[0], direct("I did my job.", "Alvin Bragg"));
}

#[test]
fn a_relative_who_after_an_appositive_ending_in_a_place_is_the_person() {
    let text = "\"We will not accept this,\" said Kyaw Win, a student in Yangon, who asked that his full name not be used.";
    let found = quotes(text);
    let report = found.iter().find(|q| q.1 == "his full name not be used").expect("the report is found");
    assert_eq!(report.2.as_deref(), Some("Kyaw Win"), "{found:?}");
}

#[test]
fn a_report_inside_a_relative_clause_ends_before_the_main_verb() {
    let text = "Kyaw Win, a student in Yangon who asked that his name not be used, said the army had no right to rule.";
    let found = quotes(text);
    assert!(found.iter().any(|q| q.1 == "his name not be used"), "{found:?}");
    let report = found.iter().find(|q| q.1 == "the army had no right to rule").expect("the main report is found");
    assert_eq!(report.2.as_deref(), Some("Kyaw Win"), "{found:?}");
}
