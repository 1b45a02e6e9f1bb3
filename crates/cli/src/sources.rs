//! `newsmark sources`: who is quoted across annotated documents, as the app's Sources view shows it.

use crate::{files_in, read_text_file, shown, write_stdout};
use newsmark_engine::document::Document;
use newsmark_engine::Annotator;
use std::path::Path;

/// Count who is quoted across documents (newsmark JSON, JSON lines, gold files or directories of them)
#[derive(clap::Args)]
#[command(after_help = "Rows are the app's Sources view: name, kind (person, organisation, unnamed), gender (female, male, unknown) with \
                        where it comes from (user, honorific, pronoun, first-name, none), quotes and documents. JSON adds totals and where \
                        each source is quoted; docs/format.md describes it.")]
pub(crate) struct Args {
    /// Annotated documents: .json files (one document), .jsonl files (one per line) or directories of them (- reads standard input)
    #[arg(value_name = "FILES", required = true)]
    files: Vec<String>,
    /// The table as CSV or as JSON
    #[arg(long, value_enum, default_value = "csv")]
    format: Output,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Output {
    Csv,
    Json,
}

/// Reads every document (naming each file that cannot be read) and writes the table of the rest.
pub(crate) fn run(args: Args) -> Result<bool, String> {
    let mut docs: Vec<(String, Document)> = Vec::new();
    let mut all_read = true;
    for path in expand(&args.files)? {
        match read_documents(&path) {
            Ok(read) => docs.extend(read),
            Err(message) => {
                eprintln!("newsmark: {message}; left out");
                all_read = false;
            }
        }
    }
    let named: Vec<(String, &Document)> = docs.iter().map(|(name, doc)| (name.clone(), doc)).collect();
    let tally = Annotator::shipped().map_err(|e| e.to_string())?.sources(&named);
    match args.format {
        Output::Csv => write_stdout(&newsmark_engine::sources::to_csv(&tally.sources)),
        Output::Json => write_stdout(&format!("{}\n", serde_json::to_string_pretty(&tally).expect("tallies always serialise"))),
    }
    Ok(all_read)
}

/// Files as given, and the .json and .jsonl files of directories (sorted, not recursing).
fn expand(paths: &[String]) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    for path in paths {
        if Path::new(path).is_dir() {
            files.extend(files_in(Path::new(path), &["json", "jsonl"])?.into_iter().map(|p| p.to_string_lossy().into_owned()));
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// A file's documents: one JSON document, or one per line (`FILE:LINE` names each).
fn read_documents(path: &str) -> Result<Vec<(String, Document)>, String> {
    let content = read_text_file(path)?;
    let path = shown(path);
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(&content) {
        return Ok(vec![(path.to_string(), newsmark_engine::format::from_value(value).map_err(|e| format!("{path}: {e}"))?)]);
    }
    let mut docs = Vec::new();
    for (n, line) in content.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let name = format!("{path}:{}", n + 1);
        let doc = newsmark_engine::format::from_json(line).map_err(|e| format!("{name}: {e}"))?;
        docs.push((name, doc));
    }
    if docs.is_empty() {
        return Err(format!("{path}: no documents (expected newsmark JSON or JSON lines)"));
    }
    Ok(docs)
}
