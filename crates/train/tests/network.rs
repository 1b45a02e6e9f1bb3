//! Networks that vote with the perceptron (`newsmark train --networks N`),
//! trained briefly on 100 CoNLL articles with made-up word vectors: they
//! travel inside the model file, read back as they were, and change what the
//! model marks; a re-tag around a sentence (after a correction) gives it the
//! marks the whole article's vote gave it; what corrections teach the
//! perceptron is not outvoted; with `set_fast` the perceptron tags alone again.

use newsmark_engine::tagger::{Model, TaggedSpan};
use newsmark_train::conll::{self, ConllDocument};
use newsmark_train::network::{train_members, MembersConfig};

fn data(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../../../shared/data/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("../shared/data beside the repository")
}

/// Each distinct lower-cased word with a vector made from its letters.
fn made_up_vectors(docs: &[ConllDocument]) -> (Vec<String>, Vec<Vec<f32>>) {
    let mut words: Vec<String> = docs.iter().flatten().flat_map(|s| s.words.iter().map(|w| w.to_lowercase())).collect();
    words.sort();
    words.dedup();
    let vectors = words
        .iter()
        .map(|w| {
            (0..20)
                .map(|k| w.bytes().enumerate().map(|(i, b)| ((b as usize * 31 + i * 7 + k * 13) % 17) as f32 / 17.0 - 0.5).sum())
                .collect()
        })
        .collect();
    (words, vectors)
}

/// A re-tag around the words of one sentence (what follows a correction)
/// gives that sentence the marks the whole article's vote gave it; gives
/// how many sentences were checked.
fn retagging_a_sentence_keeps_its_vote(model: &Model, doc: &[conll::ConllSentence]) -> usize {
    let words: Vec<&str> = doc.iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
    let mut ranges = Vec::new();
    for s in doc {
        let start = ranges.last().map_or(0, |r: &std::ops::Range<usize>| r.end);
        ranges.push(start..start + s.words.len());
    }
    let all = model.tag(&words, &ranges);
    let mut checked = 0;
    for range in ranges.iter().filter(|r| all.iter().any(|s| r.contains(&s.start))) {
        let (inside, outside): (Vec<TaggedSpan>, Vec<TaggedSpan>) = all.iter().cloned().partition(|s| range.contains(&s.start));
        assert_eq!(model.tag_around(&words, &ranges, &|i| range.contains(&i), &outside), inside, "sentence {range:?}");
        checked += 1;
    }
    checked
}

/// Teaching the perceptron another type for a span the model marked changes
/// what the model marks, though the networks learn nothing; gives how many
/// lessons were checked.
fn lessons_outweigh_the_networks(model: &Model, docs: &[ConllDocument]) -> usize {
    let key = |s: &TaggedSpan| (s.start, s.end, s.label);
    let mut checked = 0;
    for sentence in docs.iter().flatten() {
        let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
        let all_words = 0..words.len();
        let whole = std::slice::from_ref(&all_words);
        let alone: Vec<_> = model.tag_alone(&words, whole).iter().map(key).collect();
        let Some(span) = model.tag(&words, whole).into_iter().find(|v| alone.contains(&key(v))) else { continue };
        let taught_span = (span.start, span.end, if span.label == "ORG" { "LOC" } else { "ORG" });
        let mut taught = model.clone();
        for _ in 0..10 {
            taught.learn_sentence(&words, &[taught_span], whole);
            if taught.tag_alone(&words, whole).iter().any(|s| key(s) == taught_span) {
                break;
            }
        }
        // The lessons are bounded steps: a span the perceptron is sure of may hold.
        if !taught.tag_alone(&words, whole).iter().any(|s| key(s) == taught_span) {
            continue;
        }
        let marked: Vec<_> = taught.tag(&words, whole).iter().map(key).collect();
        assert!(marked.contains(&taught_span), "{taught_span:?} in {marked:?}: {words:?}");
        checked += 1;
    }
    checked
}

fn tag_all(model: &Model, docs: &[ConllDocument]) -> Vec<Vec<TaggedSpan>> {
    docs.iter()
        .map(|doc| {
            let words: Vec<&str> = doc.iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
            let mut ranges = Vec::new();
            for s in doc {
                let start = ranges.last().map_or(0, |r: &std::ops::Range<usize>| r.end);
                ranges.push(start..start + s.words.len());
            }
            model.tag(&words, &ranges)
        })
        .collect()
}

#[test]
fn a_model_with_networks_reads_back_and_votes() {
    let train = conll::parse(&data("conll2003/eng.train"));
    let development = conll::parse(&data("conll2003/eng.testa"));
    let (train, development) = (&train[..100], &development[..5]);
    let (words, vectors) = made_up_vectors(train);
    let perceptron = Model::shipped().unwrap().without_members();
    let clustered = words.iter().filter(|w| perceptron.lexicon().word_cluster(w).is_some()).count();
    let config = MembersConfig { networks: 2, parts: 4, seed: 3, epochs: 4 };
    let mut epochs = 0;
    let members = train_members(&config, train, development, words, vectors, perceptron.lexicon(), &mut |_, _, _, _| epochs += 1);
    assert_eq!(epochs, 3 * config.epochs, "a projecting network and two voting ones");
    assert_eq!(members.networks().len(), 2);
    assert!(clustered > 500 && members.codes().kept() * 100 >= clustered * 98, "the words with a word cluster have codes");

    let with_networks = perceptron.clone().with_members(members.clone());
    let read = Model::from_bytes(&with_networks.to_bytes()).unwrap();
    assert_eq!(read.members(), Some(&members), "the networks and their word vectors read back as written");

    let alone = tag_all(&perceptron, development);
    let voted = tag_all(&read, development);
    assert_ne!(voted, alone, "two networks outvote the perceptron somewhere");
    let checked: usize = development.iter().map(|doc| retagging_a_sentence_keeps_its_vote(&read, doc)).sum();
    assert!(checked > 10, "the articles have marks in {checked} sentences");
    let lessons = lessons_outweigh_the_networks(&read, development);
    assert!(lessons > 5, "{lessons} lessons checked");
    let mut fast = read;
    fast.set_fast(true);
    assert_eq!(tag_all(&fast, development), alone, "set_fast: the perceptron alone");
}
