//! The shipped model's record (`model/ner.json`, written by `newsmark train`)
//! states its size and test F1, and compacting cost little of that F1.
//! `crates/train/tests/model.rs` scores the model and checks the recorded
//! figures against what it scores (it needs the CoNLL scorer of the training crate).

fn record() -> serde_json::Value {
    serde_json::from_str(include_str!("../model/ner.json")).expect("ner.json is JSON")
}

#[test]
fn the_record_states_the_model_files_size() {
    let bytes = std::fs::metadata(concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin")).expect("the model is committed").len();
    assert_eq!(record()["bytes"].as_u64(), Some(bytes), "ner.json records the model's size");
}

#[test]
fn compacting_the_model_costs_at_most_two_thousandths_of_test_f1() {
    let record = record();
    let (compact, unquantised) = (record["test_f1"].as_f64().unwrap(), record["test_f1_unquantised"].as_f64().unwrap());
    assert!(compact >= unquantised - 0.002, "test F1 {compact:.4} after compacting, {unquantised:.4} before");
    // The floor the light-first-visit work was held to: 0.002 below the float model of that time (0.8917).
    assert!(compact >= 0.8897, "test F1 {compact:.4} is below the floor 0.8897");
}

#[test]
#[cfg(feature = "embedded-model")]
fn the_shipped_model_is_the_recorded_one() {
    let model = newsmark_engine::tagger::Model::shipped().expect("the shipped model decodes");
    assert_eq!(record()["cluster_words_kept"].as_u64(), Some(model.cluster_words_kept() as u64));
}
