//! A correction on a 10,000-word article: learning from it and re-tagging
//! the article (what the app does after each relabel).
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use newsmark_engine::edit::{apply, Edit};
use newsmark_engine::learn::{Correction, Learned};
use newsmark_engine::Annotator;

fn learning(c: &mut Criterion) {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt"))
        .expect("../shared/data is beside the repository");
    let mut text = String::new();
    for part in 0.. {
        if text.split_whitespace().count() >= 10_000 {
            break;
        }
        text += &format!("{}\n\nPart {part} ends here.\n\n", seed.trim());
    }
    let annotator = Annotator::shipped().expect("model");
    let doc = annotator.annotate(&text).expect("annotates");
    // Relabel a mark in the middle of the article, as a person would.
    let mut mark = doc.entities[doc.entities.len() / 2].clone();
    mark.label = if mark.label == "ORG" { "LOC" } else { "ORG" }.into();
    mark.reviewed = true;
    let correction = Correction::new(mark.start, mark.end, Some(&mark.label));
    let mut corrected = doc.clone();
    apply(&mut corrected, Edit::PutEntity(mark)).expect("applies");
    let mut group = c.benchmark_group("learning");
    group.sample_size(20);
    group.bench_function("correction on a 10,000-word article", |b| {
        b.iter_batched(
            || (annotator.clone(), Learned::default()),
            |(mut annotator, mut learned)| {
                annotator.learn_corrections(&corrected, std::slice::from_ref(&correction), &mut learned);
                annotator.retag(&corrected, &learned, std::slice::from_ref(&correction)).entities.len()
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, learning);
criterion_main!(benches);
