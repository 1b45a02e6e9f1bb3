//! The shipped model holds its recorded quality, and raw text scores like
//! pre-tokenised text (so the tokenizer matches CoNLL's).

use newsmark_engine::{tagger::Model, Annotator};
use newsmark_train::{conll, eval::evaluate_raw, perceptron::evaluate_conll};

fn data(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../../../shared/data/{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("../shared/data beside the repository")
}

#[test]
fn shipped_model_reaches_its_recorded_development_f1() {
    let record: serde_json::Value = serde_json::from_str(include_str!("../../engine/model/ner.json")).unwrap();
    let recorded = record["development_f1"].as_f64().unwrap();
    let docs = conll::parse(&data("conll2003/eng.testa"));
    let f1 = evaluate_conll(&Model::shipped().unwrap(), &docs).overall().f1();
    assert!((f1 - recorded).abs() <= 0.005, "development F1 {f1:.4}, recorded {recorded:.4}");
}

#[test]
fn shipped_model_reaches_its_recorded_test_f1() {
    let record: serde_json::Value = serde_json::from_str(include_str!("../../engine/model/ner.json")).unwrap();
    let recorded = record["test_f1"].as_f64().unwrap();
    let f1 = evaluate_conll(&Model::shipped().unwrap(), &conll::parse(&data("conll2003/eng.testb"))).overall().f1();
    assert!((f1 - recorded).abs() < 0.0001, "test F1 {f1:.4}, recorded {recorded:.4}");
}

#[test]
fn the_perceptron_alone_reaches_its_recorded_test_f1() {
    let record: serde_json::Value = serde_json::from_str(include_str!("../../engine/model/ner.json")).unwrap();
    let recorded = record["members"]["perceptron"]["test_f1"].as_f64().unwrap();
    let mut model = Model::shipped().unwrap();
    model.set_fast(true);
    let f1 = evaluate_conll(&model, &conll::parse(&data("conll2003/eng.testb"))).overall().f1();
    assert!((f1 - recorded).abs() < 0.0001, "perceptron test F1 {f1:.4}, recorded {recorded:.4}");
}

#[test]
fn raw_text_path_scores_like_the_pre_tokenised_path() {
    let docs = conll::parse(&data("conll2003/eng.testb"));
    let tokenised = evaluate_conll(&Model::shipped().unwrap(), &docs).overall().f1();
    let raw = evaluate_raw(&Annotator::shipped().unwrap(), &docs).overall().f1();
    assert!((tokenised - raw).abs() <= 0.005, "pre-tokenised {tokenised:.4}, raw {raw:.4}");
}
