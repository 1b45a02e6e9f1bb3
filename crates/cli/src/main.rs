//! `newsmark`: annotate, convert, train and evaluate from the command line.

use clap::{CommandFactory, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsmark_engine::formats::NotAnArticle;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

mod annotate;
mod convert;
mod model;
mod sources;

const EXIT_CODES: &str = "Exit codes: 0 all fine, 1 some inputs failed (each named on stderr), 2 usage error.";

#[derive(Parser)]
#[command(name = "newsmark", version, about = "Mark entities and quotes in news articles", after_help = EXIT_CODES, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Annotate(annotate::Args),
    Convert(convert::Args),
    Train(model::TrainArgs),
    Eval(model::EvalArgs),
    Simulate(model::SimulateArgs),
    Sources(sources::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Annotate(args) => annotate::run(args),
        Command::Convert(args) => convert::run(args),
        Command::Train(args) => model::train(args),
        Command::Eval(args) => model::eval(args),
        Command::Simulate(args) => model::simulate(args),
        Command::Sources(args) => sources::run(args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("newsmark: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Ends the run as clap does for a bad command line: the message, a hint, exit code 2.
pub(crate) fn usage_error(message: &str) -> ! {
    Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message).exit()
}

/// A closed stdout (`newsmark annotate big.txt | head`) means the reader has
/// what it wants: stop quietly, as Unix tools do.
pub(crate) fn stdout_error(e: std::io::Error) -> String {
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

/// A progress bar on stderr when a person watches it; nothing in a pipe or a log.
pub(crate) fn progress_bar(length: u64, template: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(length), ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template(template).expect("the template is valid"));
    bar
}

/// The files of a folder (not its subfolders) whose names end in one of `extensions`, sorted.
pub(crate) fn files_in(dir: &std::path::Path, extensions: &[&str]) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|x| x.to_str()).is_some_and(|x| extensions.contains(&x)))
        .collect();
    files.sort();
    Ok(files)
}

/// A UTF-8 text's content without its byte-order mark, or a message naming where it came from.
fn utf8_text(bytes: Vec<u8>, name: &str) -> Result<String, String> {
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("{name}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to()))?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// How messages name a file: `stdin` for `-`.
pub(crate) fn shown(path: &str) -> &str {
    if path == "-" {
        "stdin"
    } else {
        path
    }
}

/// A UTF-8 file's text, or standard input's for `-` (a byte-order mark dropped), or a message naming it.
pub(crate) fn read_text_file(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("stdin: {e}"))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    utf8_text(bytes, shown(path))
}

/// Why `file` is read neither as an article nor in a format, and what was left undone.
pub(crate) fn not_an_article(file: &str, refusal: NotAnArticle, undone: &str) -> String {
    let hint = match refusal {
        NotAnArticle::Texts => " (annotate them with `newsmark annotate --jsonl`)",
        _ => "",
    };
    format!("{}: {refusal}; {undone}{hint}", shown(file))
}

/// A file's text, or standard input's for `-`, checked to be annotatable prose.
pub(crate) fn read_input(path: &str) -> Result<String, String> {
    let text = read_text_file(path)?;
    newsmark_engine::check_text(&text).map_err(|e| format!("{}: {e}", shown(path)))?;
    Ok(text)
}
