//! The small words inside persons' names after tagging: particles written
//! apart (`Erik ten Hag`, `Mohammed bin Salman`) and Arabic articles joined
//! to the surname (`Bashar al-Assad`, `Abdel Fattah el-Sissi`). The training
//! news has few such names, and the tagger marks them in pieces.

use super::aliases::{surname_like, RULE_SCORE};
use super::edges::{CONNECTORS, LINKING_ADVERBS};
use super::features::{is_capitalised, is_listed_place, is_title, TokenView};
use super::gazetteer::FIRST_NAMES;
use super::spans::{join_to_previous, join_touching, put_mark, put_mark_over, widen_marks};
use super::titles::is_role_word;
use super::TaggedSpan;

/// Lower-case particles inside names (`Erik ten Hag`, `Ursula von der
/// Leyen`, `Mohammed bin Salman`). The training news has few of these names
/// at a sentence's start, where the tagger then marks the surname alone.
const NAME_PARTICLES: [&str; 19] =
    ["van", "von", "der", "den", "de", "del", "della", "da", "das", "dos", "di", "du", "ten", "ter", "bin", "ibn", "zu", "le", "la"];

/// Arabic articles that news joins to a surname with a hyphen (`al-Assad`,
/// `el-Sissi`, `ash-Shara`, `ul-Haq`).
const SURNAME_ARTICLES: [&str; 11] = ["al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "ud", "ul"];

/// Whether a word is a listed first name that is not also a short word (the
/// name lists hold rare names such as `In`).
fn is_listed_first_name(view: &TokenView) -> bool {
    surname_like(&view.word) && view.word.chars().count() > 2 && view.list_position(FIRST_NAMES).is_some()
}

/// Words that open a phrase before a name and are no first name (`Under van
/// Gaal`, `Without de Jong`), beyond determiners, connectors and words
/// opening a clause.
const PHRASE_OPENERS: [&str; 22] = [
    "under",
    "against",
    "without",
    "like",
    "unlike",
    "despite",
    "behind",
    "beyond",
    "between",
    "amid",
    "among",
    "toward",
    "towards",
    "about",
    "than",
    "over",
    "through",
    "around",
    "beside",
    "via",
    "versus",
    "including",
];

/// Whether a capitalised word before a surname's particles is a first name
/// the lists lack (`Ruud van der Velden`, `Frenkie de Jong`): a plain
/// capitalised word of three letters or more that is no title or role word
/// (`Coach van Gaal`), no word opening a clause or a phrase (`When van
/// Gaal`, `Under van Gaal`), no date and no listed place.
fn is_unlisted_first_name(view: &TokenView) -> bool {
    let lower = view.lower.as_str();
    let small = [
        &PHRASE_OPENERS[..],
        &CONNECTORS,
        &LINKING_ADVERBS,
        crate::quotes::DETERMINERS,
        crate::quotes::CLAUSE_OPENERS,
        crate::quotes::WEEKDAYS,
    ]
    .iter()
    .any(|words| words.contains(&lower));
    surname_like(&view.word)
        && view.word.chars().count() > 2
        && !small
        && !crate::quotes::is_month(lower)
        && !is_title(lower)
        && !is_role_word(lower)
        && !is_listed_place(std::slice::from_ref(view))
}

/// Joins two touching places' marks of which the second opens with a
/// particle (`Rio Grande` + `do Sul`): one place's name, which the tagger cut
/// at the particle. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn places_cut_at_a_particle(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    join_touching(spans, |previous, span| {
        // (`do` only in places' names: as a person's particle it would take English verbs.)
        let particle = &views[span.start - offset].word;
        previous.label == "LOC" && span.label == "LOC" && (NAME_PARTICLES.contains(&particle.as_str()) || particle == "do")
    });
}

/// Whether a word is a surname with its article joined (`al-Assad`), or
/// with an article or patronymic cut to its letter and an apostrophe
/// (`N'Guessan`, `D'Alema`, `O’Donnell`), which the tagger leaves out of a
/// name it does not know before a comma (`Pascal Affi` + `N'Guessan,`).
pub(super) fn has_surname_article(word: &str) -> bool {
    let elided = |(letter, name): (&str, &str)| letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase()) && surname_like(name);
    word.split_once('-').is_some_and(|(article, name)| SURNAME_ARTICLES.contains(&article) && surname_like(name))
        || word.split_once(['\'', '’']).is_some_and(elided)
}

/// Whether the mark before mark `k` is one listed first name that the tagger
/// took for something else (`Tamim` as MISC before `bin Hamad`).
fn first_name_apart(spans: &[TaggedSpan], k: usize, views: &[TokenView], offset: usize) -> bool {
    k.checked_sub(1).map(|p| &spans[p]).is_some_and(|previous| {
        previous.end - previous.start == 1 && previous.label == "MISC" && is_listed_first_name(&views[previous.start - offset])
    })
}

/// Takes the particles of a person's name into its mark: a person's mark
/// that starts after (or with) one or two particles takes them and the listed
/// first name before them (`ten Hag` after `Erik`), also when the tagger
/// marked that name as MISC; two persons' marks with only particles between
/// them are one; a surname's particles are its mark's after a word in lower
/// case (`called de Moraes`); a person's mark that ends with a particle takes the
/// surname after it, marked with any label or unmarked (`Alexandre de` +
/// `Moraes` MISC); particles and a surname that nothing marks are the name of
/// the person's mark or the unmarked listed first name before them (`Erik ten
/// Hag, 54, won`, which the tagger leaves unmarked at a sentence's start).
/// `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn take_name_particles(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let is_particle = |i: usize| NAME_PARTICLES.contains(&views[i - offset].word.as_str());
    for i in offset..offset + views.len() {
        let particles = (i + 1..offset + views.len()).take(2).take_while(|&p| is_particle(p)).count();
        if particles == 0 {
            continue;
        }
        let surname = i + 1 + particles;
        // (Sorted marks: the first that ends after word `i` holds it, if any; the one after it must start past the surname.)
        let k = spans.partition_point(|s| s.end <= i);
        let (first, after) = match spans.get(k) {
            Some(held) if held.start <= i => ((held.end == i + 1 && held.label == "PER").then_some(held.start), spans.get(k + 1)),
            next => (is_listed_first_name(&views[i - offset]).then_some(i), next),
        };
        let surname_follows = after.is_none_or(|s| s.start > surname) && views.get(surname - offset).is_some_and(|v| surname_like(&v.word));
        if let Some(start) = first.filter(|_| surname_follows) {
            put_mark_over(spans, start, surname + 1, "PER");
        }
    }
    let mut k = 0;
    while k < spans.len() {
        let span = &spans[k];
        let surname_after = views.get(span.end - offset).is_some_and(|v| surname_like(&v.word));
        if span.label == "PER" && span.end - span.start > 1 && is_particle(span.end - 1) && surname_after {
            if spans.get(k + 1).is_some_and(|next| next.start == span.end) {
                join_to_previous(spans, k + 1);
            } else {
                spans[k].end += 1;
            }
        }
        k += 1;
    }
    let mut k = 0;
    while k < spans.len() {
        let span = spans[k].clone();
        let mut name_from = span.start;
        while name_from < span.end - 1 && is_particle(name_from) {
            name_from += 1;
        }
        let mut particles_from = span.start;
        while particles_from > offset && span.start - particles_from < 2 && is_particle(particles_from - 1) {
            particles_from -= 1;
        }
        let has_particles = name_from > span.start || particles_from < span.start;
        if span.label != "PER" || !has_particles || particles_from == offset {
            k += 1;
            continue;
        }
        let before = particles_from - 1;
        match k.checked_sub(1).map(|p| spans[p].clone()) {
            Some(previous) if previous.end == particles_from && previous.label == "PER" => {
                join_to_previous(spans, k);
                continue;
            }
            Some(previous) if previous.end > before => {
                if previous.start == before && first_name_apart(spans, k, views, offset) {
                    spans[k - 1].label = "PER";
                    join_to_previous(spans, k);
                    continue;
                }
            }
            _ => {
                if is_listed_first_name(&views[before - offset]) || is_unlisted_first_name(&views[before - offset]) {
                    spans[k].start = before;
                } else if !is_capitalised(&views[before - offset].word) {
                    // (`Musk called de Moraes`: the surname with its particles, as CoNLL marks `lobbed van der Sar`.)
                    spans[k].start = particles_from;
                }
            }
        }
        k += 1;
    }
}

/// Takes a word with its Arabic article into the name before it: a
/// person's or a body's mark takes such a word right after it, unmarked or
/// marked alone (`Abdel Fattah` + `el-Sissi`, `Hayat Tahrir` + `al-Sham`), and
/// so does a MISC mark of one word before it unmarked, a person's (`Moqtada` + `al-Sadr`); a
/// person's mark that starts with one takes the listed first names right
/// before it, unmarked or marked alone as MISC (`Bashar` + `al-Assad`). A
/// place whose name holds an article (`Ras al-Khaimah`) is left alone.
/// `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn take_article_surnames(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let end = offset + views.len();
    let mut k = 0;
    while k < spans.len() {
        let free_after = spans.get(k + 1).is_none_or(|next| next.start > spans[k].end);
        let article_surname_after = spans[k].end < end && has_surname_article(&views[spans[k].end - offset].word);
        if spans[k].label == "MISC" && spans[k].end - spans[k].start == 1 && article_surname_after && free_after {
            // (`cleric Moqtada` MISC + `al-Sadr`: a first name the tagger did not know.)
            spans[k].label = "PER";
        }
        if !matches!(spans[k].label, "PER" | "ORG") {
            k += 1;
            continue;
        }
        while spans[k].end < end && has_surname_article(&views[spans[k].end - offset].word) {
            match spans.get(k + 1) {
                Some(next) if next.start == spans[k].end && next.end - next.start > 1 => break,
                Some(next) if next.start == spans[k].end => join_to_previous(spans, k + 1),
                _ => spans[k].end += 1,
            }
        }
        let takes_first_names = spans[k].label == "PER" && has_surname_article(&views[spans[k].start - offset].word);
        // (`Abu Bakr al-Baghdadi`: two first names at most.)
        for _ in 0..2 {
            let start = spans[k].start;
            if !takes_first_names || start == offset || !is_listed_first_name(&views[start - 1 - offset]) {
                break;
            }
            match k.checked_sub(1).map(|p| spans[p].end) {
                Some(previous_end) if previous_end == start => {
                    if !first_name_apart(spans, k, views, offset) {
                        break;
                    }
                    spans[k - 1].label = "PER";
                    join_to_previous(spans, k);
                    k -= 1;
                }
                _ => spans[k].start -= 1,
            }
        }
        k += 1;
    }
}

/// Particles of descent (`son of`, `daughter of`) that only Arabic persons'
/// names hold between two capitalised words (`Osama bin Laden`, `Hamad bin
/// Jassim`); `bin` alone in lower case is a container, never before a name.
const PATRONYMICS: [&str; 3] = ["bin", "ibn", "bint"];

/// The most marks of one word a name joined around a patronymic takes on each side.
const PATRONYMIC_MARK_WORDS: usize = 3;

/// Marks a name with a patronymic (`Osama bin Laden`, which the tagger gives
/// as `Osama` MISC and `Laden` LOC) as one person: the mark or the
/// capitalised word before the particle, the particle, and the mark or
/// capitalised word after it; after a lowercase word (or one opening the
/// sentence that is no listed first name), the particle and the surname's
/// mark (`how bin Laden`). A mark of more than [`PATRONYMIC_MARK_WORDS`]
/// words on either side (a foundation named after someone) is left as it
/// is; so is a particle without a capitalised word after it. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_patronymic_names(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let end = offset + views.len();
    let capitalised = |i: usize| is_capitalised(&views[i - offset].word);
    for particle in offset + 1..end.saturating_sub(1) {
        if !PATRONYMICS.contains(&views[particle - offset].word.as_str()) || !capitalised(particle + 1) {
            continue;
        }
        let mark_at = |i: usize| spans.iter().find(|s| s.start <= i && i < s.end);
        if mark_at(particle).is_some() {
            continue;
        }
        let (before, after) = (mark_at(particle - 1), mark_at(particle + 1));
        let too_long = |mark: Option<&TaggedSpan>| mark.is_some_and(|m| m.end - m.start > PATRONYMIC_MARK_WORDS);
        if too_long(before) || too_long(after) {
            continue;
        }
        // (`Later bin Laden fled`: an unmarked word opening the sentence is capitalised anyway; a listed first name will do.)
        let opener = before.is_none() && particle - 1 == offset && !is_listed_first_name(&views[0]);
        let start = match before {
            Some(mark) => mark.start,
            None if capitalised(particle - 1) && !opener => particle - 1,
            // (`how bin Laden fled`: the surname with its particle, when the tagger marked the surname.)
            None if after.is_some() => particle,
            None => continue,
        };
        let stop = after.map_or(particle + 2, |m| m.end);
        let score = before.into_iter().chain(after).map(|m| m.score).fold(RULE_SCORE, f32::max);
        put_mark(spans, TaggedSpan { start, end: stop, label: "PER", score });
    }
}

/// Words after a person's name that tell a generation (`Ferdinand Marcos
/// Jr.`, `Martin Luther King Jr`, `John Smith III`): CoNLL's training news
/// has them inside the name.
const GENERATIONS: [&str; 7] = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// Takes the generation after a person's mark of two words or more into it
/// ([`GENERATIONS`]), in place of a mark of its own (`Al Unser` + `Jr`); and
/// `Jr.` or `Sr.` after a person's one word, as footballers are known
/// (`Vinicius Jr.`; a numeral after one word is a regnal name's). `spans` are
/// one sentence's, sorted, whose first token is `offset`.
pub(crate) fn take_generations(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    widen_marks(spans, |person| {
        let generation = views.get(person.end - offset).map(|v| v.word.as_str()).filter(|w| GENERATIONS.contains(w));
        let junior_or_senior = generation.is_some_and(|w| w.starts_with("Jr") || w.starts_with("Sr"));
        let named = person.end - person.start > 1 || junior_or_senior;
        (person.label == "PER" && named && generation.is_some()).then(|| TaggedSpan { end: person.end + 1, ..person.clone() })
    });
}

/// Whether a word is a regnal number in Roman numerals, two letters or more
/// (`I` alone is the pronoun).
fn is_regnal_number(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// Marks as one person a listed first name and the regnal number after it
/// (`Louis XIV` ORG, `Pope Benedict` LOC + `XVI` ORG, `Pope Leo` without
/// `XIV`), with the mark that holds the name from a title before it; not
/// inside a longer mark (`Willem II Tilburg`, a club named after a king).
/// CoNLL's training news marks a numeral after a person's name in the name 3
/// times in 4. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn regnal_names(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for name in 0..views.len().saturating_sub(1) {
        if !is_listed_first_name(&views[name]) || !is_regnal_number(&views[name + 1].word) {
            continue;
        }
        let (from, to) = (offset + name, offset + name + 2);
        let held: Vec<&TaggedSpan> = spans.iter().filter(|s| s.start < to && from < s.end).collect();
        if held.iter().any(|s| s.end > to) {
            continue;
        }
        let start = held.iter().map(|s| s.start).fold(from, usize::min);
        put_mark_over(spans, start, to, "PER");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};
    use crate::tagger::{Gazetteer, Lexicon};

    /// A lexicon whose only list is these first names.
    fn with_first_names(names: &[&str]) -> Lexicon {
        Lexicon::new(Gazetteer::from_phrases(&[names.iter().map(|n| n.to_string()).collect()]), Vec::new(), Default::default())
    }

    #[test]
    fn a_name_takes_its_particles_and_the_first_name_before_them() {
        let lexicon = with_first_names(&["Erik", "Ludwig", "In", "Jan"]);
        let table: [Row; 19] = [
            // Nothing marked: a listed first name, particles and a surname are a person; not a first name not listed,
            // nor without a particle.
            (&["Erik", "ten", "Hag", ",", "54"], vec![], vec![crate::tagger::rule_table::scored(5, 8, "PER", RULE_SCORE)]),
            (&["Robin", "van", "Persie", "scored"], vec![], vec![]),
            (&["Erik", "Hag", "said"], vec![], vec![]),
            // A person's mark followed by particles and a surname that nothing marks takes them.
            (&["Robin", "van", "Persie", "scored"], vec![span(5, 6, "PER")], vec![span(5, 8, "PER")]),
            // A listed first name before the particles; one particle inside the mark; two particles.
            (&["Erik", "ten", "Hag", "said"], vec![span(7, 8, "PER")], vec![span(5, 8, "PER")]),
            (&["Ludwig", "van", "Beethoven", "wrote"], vec![span(6, 8, "PER")], vec![span(5, 8, "PER")]),
            (&["Jan", "van", "der", "Berg", "said"], vec![span(8, 9, "PER")], vec![span(5, 9, "PER")]),
            // A person's mark ending in a particle takes the surname after it, marked or not.
            (&["Alexandre", "de", "Moraes", "ruled"], vec![span(5, 7, "PER"), span(7, 8, "MISC")], vec![span(5, 8, "PER")]),
            (&["Alexandre", "de", "Moraes", "ruled"], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            (
                &["Musk", "called", "de", "Moraes", "a"],
                vec![span(5, 6, "PER"), span(8, 9, "PER")],
                vec![span(5, 6, "PER"), span(7, 9, "PER")],
            ),
            // Two marks of one person with the particle between them.
            (&["Erik", "ten", "Hag", "said"], vec![span(5, 6, "PER"), span(7, 8, "PER")], vec![span(5, 8, "PER")]),
            // A plain capitalised word before the particles is a first name the lists lack; not a title or a
            // clause's opening.
            (&["Robin", "van", "Persie", "scored"], vec![span(7, 8, "PER")], vec![span(5, 8, "PER")]),
            (&["Coach", "van", "Gaal", "said"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["When", "van", "Gaal", "came"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["Under", "van", "Gaal", ","], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            // A short word that is also a listed name, a word another mark has: left alone.
            (&["In", "van", "Persie", "'s", "absence"], vec![span(7, 8, "PER")], vec![span(7, 8, "PER")]),
            (&["Erik", "de", "Gaulle", "airport"], vec![span(5, 6, "ORG"), span(7, 8, "PER")], vec![span(5, 6, "ORG"), span(7, 8, "PER")]),
            // A listed first name the tagger took for MISC joins the person after the particle.
            (&["Erik", "bin", "Hamad", "said"], vec![span(5, 6, "MISC"), span(7, 8, "PER")], vec![span(5, 8, "PER")]),
            // Not a person: a place keeps its mark as it is.
            (&["Erik", "de", "Paris", "rose"], vec![span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
        ];
        check(take_name_particles, &lexicon, &table);
    }

    #[test]
    fn a_place_cut_at_a_particle_is_one_place() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 3] = [
            (&["in", "Rio", "Grande", "do", "Sul", "."], vec![span(6, 8, "LOC"), span(8, 10, "LOC")], vec![span(6, 10, "LOC")]),
            // A person's name with a particle, a mark not opening with one: as they are.
            (&["Lula", "da", "Silva", "said"], vec![span(5, 6, "PER"), span(6, 8, "LOC")], vec![span(5, 6, "PER"), span(6, 8, "LOC")]),
            (&["Paris", "Rome", "and"], vec![span(5, 6, "LOC"), span(6, 7, "LOC")], vec![span(5, 6, "LOC"), span(6, 7, "LOC")]),
        ];
        check(places_cut_at_a_particle, &lexicon, &table);
    }

    #[test]
    fn a_name_with_a_patronymic_is_one_person() {
        let lexicon = with_first_names(&["Hamad"]);
        let table: [Row; 10] = [
            // Its halves marked as anything, or left unmarked.
            (&["killed", "Osama", "bin", "Laden", "in"], vec![span(6, 7, "MISC"), span(8, 9, "LOC")], vec![span(6, 9, "PER")]),
            (&["Sheikh", "Hamad", "bin", "Jassim", "said"], vec![span(5, 7, "PER")], vec![span(5, 9, "PER")]),
            (&["met", "Tamim", "bin", "Hamad", "Al", "Thani"], vec![span(8, 11, "PER")], vec![span(6, 11, "PER")]),
            // A foundation's longer mark, a particle inside a mark, a bin in lower case: left as they are.
            (
                &["the", "Mohammed", "bin", "Rashid", "Al", "Maktoum", "Knowledge", "Foundation"],
                vec![span(8, 13, "ORG")],
                vec![span(8, 13, "ORG")],
            ),
            (&["Mohammed", "bin", "Salman", "visited"], vec![span(5, 8, "PER")], vec![span(5, 8, "PER")]),
            (&["the", "Recycling", "bin", "was", "full"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            // An unmarked word opening the sentence: only a listed first name; else, as after a lowercase word,
            // the marked surname takes its particle.
            (&["Later", "bin", "Laden", "fled"], vec![span(7, 8, "LOC")], vec![span(6, 8, "PER")]),
            (&["how", "bin", "Laden", "fled"], vec![span(7, 8, "LOC")], vec![span(6, 8, "PER")]),
            (&["in", "the", "bin", "Monday"], vec![], vec![]),
            (&["Hamad", "bin", "Jassim", "said"], vec![span(7, 8, "PER")], vec![span(5, 8, "PER")]),
        ];
        check(join_patronymic_names, &lexicon, &table);
    }

    #[test]
    fn a_person_takes_the_surname_with_its_article_and_the_first_names_before_it() {
        let lexicon = with_first_names(&["Ayman", "Abu", "Bakr", "In"]);
        let table: [Row; 16] = [
            // A MISC mark of one word before the surname unmarked: a first name; not before a body's mark.
            (&["cleric", "Moqtada", "al-Sadr", "said"], vec![span(6, 7, "MISC")], vec![span(6, 8, "PER")]),
            (&["Iraqi", "al-Qaida", "fighters"], vec![span(5, 6, "MISC"), span(6, 7, "ORG")], vec![span(5, 6, "MISC"), span(6, 7, "ORG")]),
            // The surname after a person's mark: unmarked, or marked alone.
            (&["Abdel", "Fattah", "el-Sissi", "said"], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            (&["Abdel", "Fattah", "al-Burhan", "said"], vec![span(5, 7, "PER"), span(7, 8, "MISC")], vec![span(5, 8, "PER")]),
            (&["Hamad", "al-Thani", "al-Sabah", "said"], vec![span(5, 6, "PER")], vec![span(5, 8, "PER")]),
            // An article cut to its letter and an apostrophe; not a word of one letter and an apostrophe alone.
            (&["Pascal", "Affi", "N'Guessan", ","], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            (&["Pascal", "Affi", "N’Guessan", ","], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            (&["Pascal", "Affi", "N'", ","], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
            // Listed first names before a mark that starts with one: unmarked, or one marked MISC; two at most.
            (&["Ayman", "al-Zawahiri", "said"], vec![span(5, 6, "MISC"), span(6, 7, "PER")], vec![span(5, 7, "PER")]),
            (&["Abu", "Bakr", "al-Baghdadi", "said"], vec![span(7, 8, "PER")], vec![span(5, 8, "PER")]),
            // Not a word that is not a listed first name, a short listed word, nor another mark's word.
            (&["The", "al-Assad", "family", "ruled"], vec![span(6, 7, "PER")], vec![span(6, 7, "PER")]),
            (&["In", "al-Assad", "'s", "view"], vec![span(6, 7, "PER")], vec![span(6, 7, "PER")]),
            (&["Ayman", "Ali", "al-Sadr", "said"], vec![span(5, 6, "LOC"), span(6, 8, "PER")], vec![span(5, 6, "LOC"), span(6, 8, "PER")]),
            // A body's name too; a place's stays as it is; a longer mark after is not taken.
            (&["Hayat", "Tahrir", "al-Sham", "captured"], vec![span(5, 7, "ORG"), span(7, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["Ras", "al-Khaimah", "rose"], vec![span(5, 6, "LOC"), span(6, 7, "LOC")], vec![span(5, 6, "LOC"), span(6, 7, "LOC")]),
            (
                &["Bob", "al-Nusra", "Front", "fought"],
                vec![span(5, 6, "PER"), span(6, 8, "ORG")],
                vec![span(5, 6, "PER"), span(6, 8, "ORG")],
            ),
        ];
        check(take_article_surnames, &lexicon, &table);
    }

    #[test]
    fn a_generation_after_a_name_is_in_it() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 6] = [
            (&["Ferdinand", "Marcos", "Jr.", "summoned"], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            // A generation marked on its own is taken in, not overlapped.
            (&["Al", "Unser", "Jr", "won"], vec![span(5, 7, "PER"), span(7, 8, "PER")], vec![span(5, 8, "PER")]),
            (&["John", "Smith", "III", "said"], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            // `Jr.` after one word too (`Vinicius Jr.`); a numeral after one word, or not a person: as it is.
            (&["Vinicius", "Jr.", "scored"], vec![span(5, 6, "PER")], vec![span(5, 7, "PER")]),
            (&["Smith", "III", "said"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Acme", "Jr.", "rose"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
        ];
        check(take_generations, &lexicon, &table);
    }

    #[test]
    fn a_first_name_and_its_regnal_number_are_one_person() {
        let lexicon = with_first_names(&["Louis", "Benedict", "Willem", "Leo"]);
        let table: [Row; 5] = [
            (&["by", "Louis", "XIV", "."], vec![span(6, 8, "ORG")], vec![span(6, 8, "PER")]),
            (&["Pope", "Benedict", "XVI", "resigned"], vec![span(5, 7, "LOC"), span(7, 8, "ORG")], vec![span(5, 8, "PER")]),
            (&["Pope", "Leo", "XIV", "said"], vec![span(5, 7, "PER")], vec![span(5, 8, "PER")]),
            // Inside a longer name; `I` the pronoun: as they are.
            (&["Willem", "II", "Tilburg", "won"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["Leo", "I", "said"], vec![], vec![]),
        ];
        check(regnal_names, &lexicon, &table);
    }
}
