//! Export and import of a long article (the seed article 200 times, about
//! 1 MB, one document) in every format: each should take time in proportion
//! to the article, so a size four times larger is timed too.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsmark_engine::formats::{brat_text, export, import, Format};
use newsmark_engine::Annotator;

fn formats(c: &mut Criterion) {
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt"))
        .expect("../shared/data is beside the repository");
    let annotator = Annotator::shipped().expect("model");
    let mut group = c.benchmark_group("formats");
    group.sample_size(10);
    for copies in [200, 800] {
        let doc = annotator.annotate(&format!("{}\n\n", seed.trim()).repeat(copies)).expect("annotates");
        let docs = std::slice::from_ref(&doc);
        group.throughput(Throughput::Bytes(doc.text.len() as u64));
        for (name, format) in Format::ALL {
            let written = export(docs, format).expect("exports");
            group.bench_function(format!("export {name}, {copies} copies"), |b| b.iter(|| export(docs, format).map(|s| s.len())));
            if format.imports() {
                let text = (format == Format::Brat).then(|| brat_text(&doc));
                group.bench_function(format!("import {name}, {copies} copies"), |b| {
                    b.iter(|| import(&written, format, text).map(|d| d.len()))
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
