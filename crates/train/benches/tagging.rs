//! Tagging throughput (tokens per second) on CoNLL-2003 test, pre-tokenised,
//! and annotation of the seed article from raw text. `NEWSMARK_MODEL=FILE`
//! measures another model (one with networks: also its perceptron alone).
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsmark_engine::{tagger::Model, Annotator};
use newsmark_train::conll;

fn data(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/");
    std::fs::read_to_string(format!("{root}{path}")).expect("../shared/data is beside the repository")
}

fn tagging(c: &mut Criterion) {
    let model = match std::env::var("NEWSMARK_MODEL") {
        Ok(path) => Model::from_bytes(&std::fs::read(&path).expect("NEWSMARK_MODEL names a model file")).expect("a newsmark model"),
        Err(_) => Model::shipped().expect("model"),
    };
    let docs = conll::parse(&data("conll2003/eng.testb"));
    let prepared: Vec<(Vec<&str>, Vec<std::ops::Range<usize>>)> = docs
        .iter()
        .map(|doc| {
            let words: Vec<&str> = doc.iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
            let mut ranges = Vec::new();
            let mut at = 0;
            for s in doc {
                ranges.push(at..at + s.words.len());
                at += s.words.len();
            }
            (words, ranges)
        })
        .collect();
    let tokens: usize = prepared.iter().map(|(w, _)| w.len()).sum();
    let mut group = c.benchmark_group("tagger");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("conll-testb", |b| b.iter(|| prepared.iter().map(|(w, r)| model.tag(w, r).len()).sum::<usize>()));
    if model.members().is_some() {
        let mut alone = model.clone();
        alone.set_fast(true);
        group.bench_function("conll-testb perceptron alone", |b| {
            b.iter(|| prepared.iter().map(|(w, r)| alone.tag(w, r).len()).sum::<usize>())
        });
    }
    group.finish();
    let annotator = Annotator::shipped().expect("model");
    let seed = data("seed-article.txt");
    c.bench_function("annotate seed article", |b| b.iter(|| annotator.annotate(&seed).map(|d| d.entities.len())));
    // Text with no sentence ends is one long sentence (pasted transcripts, lists): its
    // time should grow with its length, not with its square, so both sizes are timed, for
    // quotes and pronouns, and for names that rules mend (particles, legal forms, awards).
    let mut unpunctuated = c.benchmark_group("one sentence");
    unpunctuated.sample_size(10);
    let units = [
        ("quotes", "Smith, a spokesman, said \"yes\" according to Jones and \"no,\" he said, "),
        ("names", "Erik ten Hag met Ruud van Nistelrooy of Acme Holdings Ltd, an Oscar winner, and "),
    ];
    for (kind, unit) in units {
        for repeats in [10_000, 40_000] {
            let text = unit.repeat(repeats);
            unpunctuated.throughput(Throughput::Bytes(text.len() as u64));
            unpunctuated.bench_function(format!("{kind}, {} words", repeats * unit.split_whitespace().count()), |b| {
                b.iter(|| annotator.annotate(&text).map(|d| d.entities.len() + d.quotes.len()))
            });
        }
    }
    unpunctuated.finish();
    c.bench_function("decode shipped model", |b| b.iter(|| Model::shipped().map(|m| m.feature_count())));
}

criterion_group!(benches, tagging);
criterion_main!(benches);
