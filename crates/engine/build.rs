//! Copies the trained model into OUT_DIR so that a checkout without one still
//! builds (and says clearly at run time that `newsmark train` must run).
fn main() {
    let model = std::path::Path::new("model/ner.bin");
    println!("cargo:rerun-if-changed=model/ner.bin");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("ner.bin");
    let bytes = std::fs::read(model).unwrap_or_default();
    std::fs::write(out, bytes).expect("OUT_DIR is writable");
}
