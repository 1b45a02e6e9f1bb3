//! The shipped model holds its recorded quality, and raw text scores like
//! pre-tokenised text (so the tokenizer matches CoNLL's).

use newsmark_engine::{tagger::Model, Annotator};
use newsmark_train::network::{ShippedVectors, Trained};
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

#[test]
fn each_network_alone_reaches_its_recorded_test_f1() {
    let record: serde_json::Value = serde_json::from_str(include_str!("../../engine/model/ner.json")).unwrap();
    let model = Model::shipped().unwrap();
    let networks = model.members().map_or(&[][..], |m| m.networks());
    assert_eq!(networks.len() as u64, record["networks"].as_u64().unwrap());
    let docs = conll::parse(&data("conll2003/eng.testb"));
    for (n, network) in networks.iter().enumerate() {
        let vectors = ShippedVectors { codes: model.members().unwrap().codes(), lexicon: model.lexicon() };
        let f1 = Trained::fixed(network.clone()).evaluate(&docs, &vectors, model.lexicon()).overall().f1();
        let recorded = record["members"][format!("network {}", n + 1)]["test_f1"].as_f64().unwrap();
        assert!((f1 - recorded).abs() < 0.0001, "network {} test F1 {f1:.4}, recorded {recorded:.4}", n + 1);
    }
}

#[test]
fn the_model_file_is_its_recorded_size_and_under_one_and_a_half_megabytes() {
    let record: serde_json::Value = serde_json::from_str(include_str!("../../engine/model/ner.json")).unwrap();
    let size = include_bytes!("../../engine/model/ner.bin").len();
    assert_eq!(size as u64, record["bytes"].as_u64().unwrap());
    let parts: u64 = record["bytes_by_part"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert!(parts <= size as u64, "the parts ({parts} bytes) fit in the file");
    assert!(size <= 1_500_000, "{size} bytes");
}
