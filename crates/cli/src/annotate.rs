//! `newsmark annotate`: files, standard input, or JSON lines in parallel.

use crate::{not_an_article, progress_bar, read_input, shown, stdout_error, usage_error, write_stdout};
use newsmark_engine::format::to_json;
use newsmark_engine::formats::recognise;
use newsmark_engine::wrapped::{join_wrapped_lines, Joined};
use newsmark_engine::Annotator;
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// Lines annotated together; output is written after each batch, in input order.
const BATCH_LINES: usize = 1024;

/// Annotate UTF-8 text: one file's JSON on stdout, one file per input with --out, or JSON lines
#[derive(clap::Args)]
pub(crate) struct Args {
    /// Text files to annotate (- reads standard input)
    #[arg(value_name = "FILE", required_unless_present = "jsonl", conflicts_with = "jsonl")]
    files: Vec<String>,
    /// Write one DIR/<name>.newsmark.json per file instead of printing (<name>-2, -3… for files of the same name)
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Read JSON lines {"id":..,"text":..} (- for stdin) and print one export per line,
    /// other fields kept, in input order; lines are annotated on all cores
    #[arg(long, value_name = "IN")]
    jsonl: Option<String>,
    /// Join the lines of paragraphs wrapped by hand (broken mid-sentence, as copied from a PDF
    /// or an email) before annotating, as the app offers to; without it such a file is annotated
    /// as it is, with a hint on stderr
    #[arg(long, conflicts_with = "jsonl")]
    join_lines: bool,
}

pub(crate) fn run(args: Args) -> Result<bool, String> {
    let annotator = Annotator::shipped().map_err(|e| e.to_string())?;
    if let Some(input) = &args.jsonl {
        return annotate_jsonl(&annotator, input);
    }
    if args.files.len() > 1 && args.out.is_none() {
        usage_error("several files need --out DIR");
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut all_ok = true;
    let mut written = HashSet::new();
    for file in &args.files {
        let result = read_input(file).and_then(|text| {
            article_in(file, &text)?;
            let text = joined_if_asked(file, text, args.join_lines);
            annotator.annotate(&text).map_err(|e| format!("{}: {e}", shown(file)))
        });
        match (result, &args.out) {
            (Ok(doc), None) => write_stdout(&to_json(&doc)),
            (Ok(doc), Some(dir)) => {
                let stem = Path::new(shown(file)).file_stem().map_or("stdin".into(), |s| s.to_string_lossy().to_string());
                let path = unused_path(dir, &stem, &mut written);
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

/// The text with the lines of its paragraphs wrapped by hand joined, with
/// `join`; without it, the text as it is and a hint on stderr when some are.
fn joined_if_asked(file: &str, text: String, join: bool) -> String {
    match join_wrapped_lines(&text) {
        Some(Joined { text, breaks }) if join => {
            eprintln!("newsmark: {}: joined {breaks} line break(s) inside sentences", shown(file));
            text
        }
        Some(Joined { breaks, .. }) => {
            eprintln!(
                "newsmark: {}: looks wrapped by hand ({breaks} line break(s) inside sentences); --join-lines joins them before annotating",
                shown(file)
            );
            text
        }
        None => text,
    }
}

/// `DIR/STEM.newsmark.json`, or with `-2`, `-3`… after the stem when an
/// earlier input of this run was written there (`a/x.txt` and `b/x.txt`):
/// one file's export never overwrites another's.
fn unused_path(dir: &Path, stem: &str, written: &mut HashSet<PathBuf>) -> PathBuf {
    let path = (1..)
        .map(|n| dir.join(if n == 1 { format!("{stem}.newsmark.json") } else { format!("{stem}-{n}.newsmark.json") }))
        .find(|path| !written.contains(path))
        .expect("some number is free");
    written.insert(path.clone());
    path
}

/// Refuses a file that is not an article: marks in a format (which
/// `convert` reads) or data such as CoNLL or JSON, which would otherwise be
/// annotated as if it were prose.
fn article_in(file: &str, text: &str) -> Result<(), String> {
    match recognise(file, text) {
        Ok(None) => Ok(()),
        Ok(Some(format)) => Err(format!(
            "{}: it is a {} file, not an article: `newsmark convert` reads it; nothing was annotated",
            shown(file),
            format.name()
        )),
        Err(refusal) => Err(not_an_article(file, refusal, "nothing was annotated")),
    }
}

/// One JSON line in, one export line out; each batch of lines is spread over
/// all cores and written in input order.
fn annotate_jsonl(annotator: &Annotator, input: &str) -> Result<bool, String> {
    let (reader, size): (Box<dyn BufRead>, u64) = if input == "-" {
        (Box::new(std::io::stdin().lock()), 0)
    } else {
        let file = std::fs::File::open(input).map_err(|e| format!("{input}: {e}"))?;
        let size = file.metadata().map_or(0, |m| m.len());
        (Box::new(std::io::BufReader::new(file)), size)
    };
    let bar = progress_bar(size, "{spinner} {bytes}/{total_bytes} [{wide_bar}] {binary_bytes_per_sec} {msg}");
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut all_ok = true;
    let mut done = 0usize;
    let mut lines = reader.lines().enumerate().peekable();
    while lines.peek().is_some() {
        let batch: Vec<(usize, std::io::Result<String>)> = lines.by_ref().take(BATCH_LINES).collect();
        let results: Vec<Result<String, String>> = batch.par_iter().map(|(n, line)| annotate_line(annotator, n + 1, line)).collect();
        for (result, (_, line)) in results.into_iter().zip(&batch) {
            bar.inc(line.as_ref().map_or(0, |l| l.len() as u64 + 1));
            match result {
                Ok(line) if line.is_empty() => {}
                Ok(line) => writeln!(out, "{line}").map_err(stdout_error)?,
                Err(message) => {
                    bar.suspend(|| eprintln!("newsmark: {input}: {message}"));
                    all_ok = false;
                }
            }
        }
        done += batch.len();
        bar.set_message(format!("{done} lines"));
    }
    bar.finish_and_clear();
    out.flush().map_err(stdout_error)?;
    Ok(all_ok)
}

fn annotate_line(annotator: &Annotator, number: usize, line: &std::io::Result<String>) -> Result<String, String> {
    let line = line.as_ref().map_err(|e| format!("line {number}: {e}"))?;
    let annotated = annotator.annotate_record(line).map_err(|e| format!("line {number}: {e}"))?;
    Ok(annotated.unwrap_or_default())
}
