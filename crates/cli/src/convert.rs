//! `newsmark convert`: between annotation formats, annotating plain text first.

use crate::{not_an_article, read_text_file, shown, usage_error, write_stdout};
use newsmark_engine::formats::{brat_text, export, import, recognise, Format};
use newsmark_engine::Annotator;
use std::path::{Path, PathBuf};

/// Convert between annotation formats (a plain .txt is annotated first)
#[derive(clap::Args)]
#[command(after_help = format_list())]
pub(crate) struct Args {
    /// The file to convert (- reads standard input); its format is recognised from its name and content unless --from names it
    #[arg(value_name = "IN")]
    input: String,
    /// The format to write
    #[arg(long, value_name = "FORMAT", value_parser = format_named)]
    to: Format,
    /// The format of IN
    #[arg(long, value_name = "FORMAT", value_parser = format_named)]
    from: Option<Format>,
    /// Write here instead of stdout (brat: NAME.ann, with the .txt beside it)
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn format_list() -> String {
    let names: Vec<&str> = Format::ALL.iter().map(|(n, _)| *n).collect();
    format!(
        "Formats: {}.\ndoccano counts UTF-16 units (doccano-codepoint counts code points); brat reads and writes the .ann with its .txt.",
        names.join(", ")
    )
}

fn format_named(name: &str) -> Result<Format, String> {
    Format::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|(n, _)| *n).collect();
        format!("unknown format {name:?}; formats: {}", names.join(", "))
    })
}

/// Reads IN in its format (named, or recognised from its name and content;
/// plain text is annotated) and writes it in another.
pub(crate) fn run(args: Args) -> Result<bool, String> {
    let input = args.input.as_str();
    let content = read_text_file(input)?;
    let format = match args.from {
        Some(format) => Some(format),
        None => recognise(input, &content).map_err(|refusal| not_an_article(input, refusal, "nothing was converted"))?,
    };
    let docs = match format {
        Some(Format::Brat) => {
            if input == "-" {
                usage_error("brat's .ann is read beside its .txt: give the .ann file's path, not standard input");
            }
            let txt = Path::new(input).with_extension("txt");
            let text = read_text_file(&txt.to_string_lossy())?;
            import(&content, Format::Brat, Some(&text)).map_err(|e| format!("{input}: {e}; nothing was converted"))?
        }
        Some(format) => import(&content, format, None).map_err(|e| format!("{}: {e}; nothing was converted", shown(input)))?,
        None => {
            newsmark_engine::check_text(&content).map_err(|e| format!("{}: {e}", shown(input)))?;
            vec![Annotator::shipped().and_then(|a| a.annotate(&content)).map_err(|e| e.to_string())?]
        }
    };
    let written = export(&docs, args.to).map_err(|e| e.to_string())?;
    if args.to == Format::Brat {
        let [doc] = &docs[..] else { return Err("brat holds one document; convert a single document".into()) };
        let Some(out) = &args.out else { usage_error("brat writes two files: give --out NAME.ann (the .txt goes beside it)") };
        let ann = out.with_extension("ann");
        std::fs::write(&ann, written).map_err(|e| format!("{}: {e}", ann.display()))?;
        let txt = ann.with_extension("txt");
        std::fs::write(&txt, brat_text(doc)).map_err(|e| format!("{}: {e}", txt.display()))?;
        eprintln!("wrote {} and {}", ann.display(), txt.display());
        return Ok(true);
    }
    match &args.out {
        Some(path) => std::fs::write(path, written).map_err(|e| format!("{}: {e}", path.display()))?,
        None => write_stdout(&written),
    }
    Ok(true)
}
