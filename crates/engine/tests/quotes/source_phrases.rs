//! The source's phrase: how much of the words around a speech verb name who spoke.

use super::*;

#[test]
fn speaker_after_the_verb_behind_a_title() {
    assert_eq!(quotes("\"We will respond,\" said Foreign Minister Sergei Lavrov."), [direct("We will respond,", "Sergei Lavrov")]);
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
fn a_name_and_its_place_before_a_description_between_commas() {
    for text in [
        "Jack Reed of Rhode Island, the committee's top Democrat, said lawmakers had worked together.",
        "Democratic Senator Jack Reed of Rhode Island, a Democrat, said lawmakers had worked together.",
    ] {
        assert_eq!(quotes(text), [reported("lawmakers had worked together", Some("Jack Reed"))], "{text}");
    }
}

#[test]
fn a_list_of_names_ending_a_clause_set_off_is_not_the_subject() {
    for text in [
        "Prime Minister Mark Rutte, who led a group of nations including Austria, Denmark and Sweden, said the deal was fair.",
        "Mark Rutte, who met leaders of Austria, Denmark, Italy or Sweden, said the deal was fair.",
    ] {
        assert_eq!(quotes(text), [reported("the deal was fair", Some("Mark Rutte"))], "{text}");
    }
}

#[test]
fn a_name_set_off_after_the_description_after_according_to_is_the_source() {
    for (text, report, source) in [
        ("More than 500,000 people have fled, according to the U.N. refugee agency, UNHCR.", "More than 500,000 people have fled", "UNHCR"),
        ("Turnout was low, according to the election body, INEC, which runs the vote.", "Turnout was low", "INEC"),
        ("According to a spokesman, John Smith, the plant will close.", "the plant will close", "John Smith"),
    ] {
        assert_eq!(quotes(text), [reported(report, Some(source))], "{text}");
    }
    // A name that opens the report is no appositive: not after a quote mark, nor a person after a body.
    for (text, report) in [
        ("According to a senior official, Clinton \"will travel next week.\"", "Clinton \"will travel next week.\""),
        ("According to the police, Smith, 45, was arrested.", "Smith, 45, was arrested"),
    ] {
        assert_eq!(quotes(text), [reported(report, None)], "{text}");
    }
}

#[test]
fn a_body_s_document_after_according_to_is_the_body_s_word() {
    let text = "According to the IMF's latest forecast, the world economy will grow 3.6 percent next year.";
    assert_eq!(quotes(text), [reported("the world economy will grow 3.6 percent next year", Some("IMF"))]);
    // A person of the body speaks for it, and is no name.
    let text = "According to the IMF's chief economist, the world economy will grow.";
    assert_eq!(quotes(text), [reported("the world economy will grow", None)]);
}

#[test]
fn a_people_s_name_before_a_noun_is_no_source() {
    let text = "A drone strike has killed a senior leader in Yemen, according to Yemeni security officials.";
    assert_eq!(quotes(text), [reported("A drone strike has killed a senior leader in Yemen", None)]);
}

#[test]
fn a_phrase_saying_what_the_report_was_may_end_the_sentence() {
    assert_eq!(
        quotes("North Korea fired a missile into the sea on Thursday, officials in Seoul said, the latest in a string of launches."),
        [reported("North Korea fired a missile into the sea on Thursday", None)]
    );
}

#[test]
fn what_a_place_owns_is_the_source_not_the_place() {
    assert_eq!(
        quotes("The death toll has risen to more than 6,500, according to Japan's National Police Agency."),
        [reported("The death toll has risen to more than 6,500", Some("National Police Agency"))]
    );
}

#[test]
fn the_name_after_a_nationality_and_a_title() {
    assert_eq!(quotes("\"We need more time,\" said Kenyan President William Ruto."), [direct("We need more time,", "William Ruto")]);
}

#[test]
fn a_title_in_lower_case_between_the_verb_and_the_name() {
    for (text, who) in [
        ("\"We will rebuild,\" said council leader Gareth Pemberton.", "Gareth Pemberton"),
        ("\"It is over,\" said former party spokeswoman Ana Ruiz on Monday.", "Ana Ruiz"),
        ("\"No comment,\" said Foreign Minister Sergei Lavrov.", "Sergei Lavrov"),
        ("'It's a dark day for democracy,' said Labour leader Keir Starmer.", "Keir Starmer"),
        ("\"We want him gone,\" said 24-year-old student Mary Wanjiru.", "Mary Wanjiru"),
        // A body before words of the title in lower case.
        ("\"It is getting worse every day,\" said WFP country director Maria Santos.", "Maria Santos"),
    ] {
        let found = quotes(text);
        assert_eq!(found[0].2.as_deref(), Some(who), "{text}: {found:?}");
    }
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
    // A bare day after the verb (AP's style) ends the attribution as `on Tuesday` does.
    ("The storm left the city under water, officials said Tuesday.", "The storm left the city under water", "officials"),
    ("Tinubu won 8.8 million votes, the commission said early Wednesday.", "Tinubu won 8.8 million votes", "the commission"),
    (
        "Thursday, May 5, 2011 - Pakistan's parliament will hold a closed session next week, Prime Minister Yousuf Raza Gilani said Thursday.",
        "Pakistan's parliament will hold a closed session next week",
        "Yousuf Raza Gilani",
    ),
    // A speech verb's form opening a sentence is a noun there (`State media`, `Report`).
    (
        "State news agency Xinhua reported that police had detained more than 1,400 people.",
        "police had detained more than 1,400 people",
        "Xinhua",
    ),
    ("BEIJING — State media reported that the talks had ended.", "the talks had ended", "State media"),
    // A day or a place in mixed case, then a date and a dash.
    (
        "Monday, March 14, 2011 - Japanese officials said Monday that a second explosion had hit the plant.",
        "a second explosion had hit the plant",
        "Japanese officials",
    ),
    ("Washington, D.C., June 25, 2008 - Aid is running out, a U.N. spokesman said.", "Aid is running out", "a U.N. spokesman"),
    // The place's country or state after a comma.
    (
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters, the Interior Ministry said.",
        "Kenyan police fired tear gas at protesters",
        "Interior Ministry",
    ),
    ("GENEVA, Switzerland -- Aid is running out, a U.N. spokesman said.", "Aid is running out", "a U.N. spokesman"),
    // Not a sentence that names a place in capitals first, without a dash or an agency.
    ("NATO, Britain and France said the talks would resume.", "the talks would resume", "France"),
    ("EU rejects German call to boycott British lamb, officials said.", "EU rejects German call to boycott British lamb", "officials"),
    // A role before the name after the verb: `captain` is a person's noun too.
    ("'I am proud of this team,' said captain Harry Kane.", "I am proud of this team,", "Harry Kane"),
    // A short description opening the sentence before an appositive is the subject.
    ("The senator, a Democrat from Massachusetts, said the bill does not go far enough.", "the bill does not go far enough", "The senator"),
    ("The company, a unit of Siemens, said the profit rose.", "the profit rose", "The company"),
    // What a source cited is not what it said, nor is the narration's clause after the attribution.
    ("The agency warned that prices could rise further, citing supply disruptions.", "prices could rise further", "The agency"),
    ("Prices could rise, the agency said, citing supply disruptions.", "Prices could rise", "the agency"),
    (
        "Airstrikes killed at least 30 people overnight, health officials said Thursday, as mediators pressed for a ceasefire.",
        "Airstrikes killed at least 30 people overnight",
        "health officials",
    ),
    (
        "Imran Khan has been sentenced to 10 years in prison, his party said Tuesday, days before a general election.",
        "Imran Khan has been sentenced to 10 years in prison",
        "his party",
    ),
    (
        "The strike hit a school, officials said on Friday, just hours after the ceasefire began.",
        "The strike hit a school",
        "officials",
    ),
    // A plural's possessive inside the phrase.
    ("The death toll rose to nearly 100 civilians, a doctors' group said.", "The death toll rose to nearly 100 civilians", "a doctors' group"),
    (
        "The court sentenced her to four more years, a legal official said Monday, bringing her sentence to 17 years.",
        "The court sentenced her to four more years",
        "a legal official",
    ),
    // A report passed on by a source: the one who said it speaks.
    (
        "Russian President Vladimir Putin said Thursday that Moscow would respond, according to state news agency TASS.",
        "Moscow would respond",
        "Vladimir Putin",
    ),
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
    // `about` before a number counts the subject; a `that` before a verb after the count is the subject's relative clause.
    ("Officials said about 300 people were missing.", "about 300 people were missing", "Officials"),
    // A person named before an appositive and an aside (`, who …,`) is the subject; a body so named stays the description's.
    ("John Smith, the mayor of Boston, who spoke at the meeting, said the city was ready.", "the city was ready", "John Smith"),
    (
        "Spokesman Patrick Ventrell said about 46 adoptions that were under way could be halted.",
        "about 46 adoptions that were under way could be halted",
        "Patrick Ventrell",
    ),
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
        // A verb other than `say` with an object, no clause: `added` a goal, `claimed` wickets.
        "Saka opened the scoring and added a second after halftime.",
        // The verb after the object is a subordinate clause's.
        "Cody Gakpo added a second after Kylian Mbappe had missed a penalty.",
        "Ivan Rodriguez added a two-run shot as the Texas Rangers defeated the Cleveland Indians.",
        "Pace bowler Ian Harvey claimed three for 81 for Victoria.",
    ] {
        assert_eq!(quotes(text), [], "{text}");
    }
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
fn appositives_in_a_row_leave_the_name_the_speaker() {
    assert_eq!(
        quotes("Maria Lopez, 45, a nurse at Lincoln Hospital, said she had not been paid in two months."),
        [reported("she had not been paid in two months", Some("Maria Lopez"))]
    );
    // An age, then a post without its article.
    assert_eq!(
        quotes("Bayrou, 73, leader of the MoDem party and mayor of Pau, said he was aware of the difficulties."),
        [reported("he was aware of the difficulties", Some("Bayrou"))]
    );
    // A lawmaker's party and state, then a relative clause.
    assert_eq!(
        quotes("Sen. Maria Cantwell, D-Wash., who chairs the Senate Commerce Committee, said she was disappointed."),
        [reported("she was disappointed", Some("Maria Cantwell"))]
    );
    // After a direct quote: a title, the name, party and state and a long appositive before the verb.
    let doc = annotate(
        "\"He is not qualified,\" Sen. Jack Reed, D-R.I., the top Democrat on the Armed Services Committee, said on the Senate floor.",
    );
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Jack Reed"));
}

#[test]
fn a_bare_noun_after_an_opening_phrase_is_the_source() {
    let doc = annotate("In Kabul, Taliban officials said the talks had ended.");
    let mention = doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str());
    assert_eq!(mention, Some("Taliban officials"));
    let doc = annotate("On Monday, police said the march was calm.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("police"));
    // People a participle describes.
    let doc = annotate("Residents reached by phone said they had heard heavy gunfire.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Residents reached by phone"));
    let doc = annotate("Officials speaking on condition of anonymity said the deal was close.");
    assert_eq!(doc.quotes[0].speaker_mention.as_ref().map(|m| m.text.as_str()), Some("Officials speaking on condition of anonymity"));
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
fn a_title_before_the_name_of_a_closing_attribution_is_allowed() {
    assert_eq!(
        quotes("The bank expects inflation to fall to 2% by 2026, Governor Andrew Bailey said."),
        [reported("The bank expects inflation to fall to 2% by 2026", Some("Andrew Bailey"))]
    );
}

#[test]
fn an_unnamed_source_may_open_a_clause_after_a_comma() {
    let doc = annotate("The chairman said the results were final, but observers from the African Union said they had concerns.");
    let mention = doc.quotes.get(1).and_then(|q| q.speaker_mention.as_ref()).map(|m| m.text.as_str());
    assert_eq!(mention, Some("observers from the African Union"));
}
