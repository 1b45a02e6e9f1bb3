//! The `newsmark._newsmark` extension module: the engine behind the Python
//! package `newsmark`. Documents cross the boundary as newsmark JSON text, so
//! Python sees exactly what the CLI writes; `newsmark/__init__.py` parses it.

use newsmark_engine::format::to_json;
use newsmark_engine::formats::{export, import, Format};
use newsmark_engine::Annotator;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;
use std::sync::OnceLock;

create_exception!(_newsmark, NewsmarkError, PyValueError, "Input newsmark cannot annotate, read or write; the message says why.");

/// The shipped annotator, loaded once per process and shared by every thread.
fn annotator() -> PyResult<&'static Annotator> {
    static ANNOTATOR: OnceLock<Result<Annotator, String>> = OnceLock::new();
    ANNOTATOR
        .get_or_init(|| Annotator::shipped().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|message| NewsmarkError::new_err(message.clone()))
}

fn annotate_one(annotator: &Annotator, text: &str) -> Result<String, String> {
    annotator.annotate(text).map(|doc| to_json(&doc)).map_err(|e| e.to_string())
}

/// A text's annotation as newsmark JSON, byte for byte what `newsmark annotate` writes.
#[pyfunction]
fn annotate_json(py: Python<'_>, text: &str) -> PyResult<String> {
    let annotator = annotator()?;
    py.detach(|| annotate_one(annotator, text)).map_err(NewsmarkError::new_err)
}

/// Many texts annotated in parallel without the GIL, in order; `threads`
/// bounds the worker threads (default: one per core).
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn annotate_many_json(py: Python<'_>, texts: Vec<String>, threads: Option<usize>) -> PyResult<Vec<String>> {
    let annotator = annotator()?;
    in_parallel(py, &texts, threads, "text", |text| annotate_one(annotator, text))
}

/// Many JSON-lines records (`{"id": .., "text": .., ...}`) annotated as
/// `newsmark annotate --jsonl` does each line, in parallel and in order.
#[pyfunction]
#[pyo3(signature = (records, threads=None))]
fn annotate_records_json(py: Python<'_>, records: Vec<String>, threads: Option<usize>) -> PyResult<Vec<String>> {
    let annotator = annotator()?;
    in_parallel(py, &records, threads, "record", |record| {
        annotator.annotate_record(record).map(Option::unwrap_or_default).map_err(|e| e.to_string())
    })
}

/// `each` over `items` on a pool of `threads` (default: one per core) with the
/// GIL released; the first failure names its item (`what` and index).
fn in_parallel(
    py: Python<'_>,
    items: &[String],
    threads: Option<usize>,
    what: &str,
    each: impl Fn(&str) -> Result<String, String> + Sync,
) -> PyResult<Vec<String>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| NewsmarkError::new_err(format!("threads: {e}")))?;
    let results: Vec<Result<String, String>> = py.detach(|| pool.install(|| items.par_iter().map(|item| each(item)).collect()));
    results.into_iter().enumerate().map(|(i, r)| r.map_err(|e| NewsmarkError::new_err(format!("{what} {i}: {e}")))).collect()
}

fn format_named(name: &str) -> PyResult<Format> {
    Format::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Format::ALL.iter().map(|(n, _)| *n).collect();
        NewsmarkError::new_err(format!("unknown format {name:?}; formats: {}", names.join(", ")))
    })
}

/// Reads `content` in format `from_` and writes it in format `to`.
#[pyfunction]
#[pyo3(signature = (content, to, from_))]
fn convert_text(py: Python<'_>, content: &str, to: &str, from_: &str) -> PyResult<String> {
    let (to, from) = (format_named(to)?, format_named(from_)?);
    py.detach(|| import(content, from, None).and_then(|docs| export(&docs, to))).map_err(|e| NewsmarkError::new_err(e.to_string()))
}

/// Who is quoted across documents (each newsmark JSON), as `newsmark sources --format json` writes it;
/// a document that cannot be read names its index.
#[pyfunction]
fn sources_json(py: Python<'_>, documents: Vec<String>) -> PyResult<String> {
    let annotator = annotator()?;
    py.detach(|| {
        let docs = documents
            .iter()
            .enumerate()
            .map(|(i, json)| {
                newsmark_engine::format::from_json(json).map(|doc| (i.to_string(), doc)).map_err(|e| format!("document {i}: {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let named: Vec<(String, &newsmark_engine::document::Document)> = docs.iter().map(|(id, doc)| (id.clone(), doc)).collect();
        serde_json::to_string(&annotator.sources(&named)).map_err(|e| e.to_string())
    })
    .map_err(NewsmarkError::new_err)
}

/// `text` with the lines of each paragraph wrapped by hand joined (as
/// `newsmark annotate --join-lines` and the app's question do), or `None`
/// when no paragraph looks wrapped.
#[pyfunction]
fn join_wrapped_lines(text: &str) -> Option<String> {
    newsmark_engine::wrapped::join_wrapped_lines(text).map(|joined| joined.text)
}

/// The names of the formats, in the CLI's order.
#[pyfunction]
fn formats() -> Vec<&'static str> {
    Format::ALL.iter().map(|(name, _)| *name).collect()
}

#[pymodule]
fn _newsmark(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("NewsmarkError", m.py().get_type::<NewsmarkError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(annotate_json, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_records_json, m)?)?;
    m.add_function(wrap_pyfunction!(convert_text, m)?)?;
    m.add_function(wrap_pyfunction!(sources_json, m)?)?;
    m.add_function(wrap_pyfunction!(formats, m)?)?;
    m.add_function(wrap_pyfunction!(join_wrapped_lines, m)?)?;
    Ok(())
}
