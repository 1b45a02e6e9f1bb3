//! The text box, Open, Annotate and Download.

use super::article_box::ArticleBox;
use crate::download;
use crate::hooks::ByAddress;
use crate::state::Action;
use newsmark_engine::document::Document;
use newsmark_engine::format::{slug, to_json};
use newsmark_engine::formats::{brat_text, export, Format};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text box contents.
    pub input: ByAddress<str>,
    /// The current document (for Download).
    pub doc: Option<ByAddress<Document>>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Paste or open an article, annotate it, download the JSON.
#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let annotate = props.dispatch.reform(|_| Action::Annotate);
    let open = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let files: Vec<web_sys::File> =
                input.files().map_or_else(Vec::new, |list| (0..list.length()).filter_map(|i| list.get(i)).collect());
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut read = Vec::new();
                for file in files {
                    let name = file.name();
                    match download::read_bytes(file).await {
                        Ok(bytes) => read.push((name, bytes)),
                        Err(e) => return dispatch.emit(Action::Fail(format!("Could not read {name}: {e}"))),
                    }
                }
                // A brat .ann comes with its .txt; anything else is one file.
                let ann = read.iter().position(|(n, _)| n.to_lowercase().ends_with(".ann"));
                let txt = read.iter().position(|(n, _)| n.to_lowercase().ends_with(".txt"));
                match (ann, txt, read.len()) {
                    (Some(a), Some(t), 2) => {
                        let txt = std::mem::take(&mut read[t].1);
                        let ann = std::mem::take(&mut read[a].1);
                        dispatch.emit(Action::OpenBrat { ann, txt });
                    }
                    (_, _, 1) => {
                        let (name, bytes) = read.remove(0);
                        dispatch.emit(Action::OpenFile { name, bytes });
                    }
                    (_, _, 0) => {}
                    _ => dispatch.emit(Action::Fail("Open one file at a time (or a brat .ann with its .txt).".into())),
                }
            });
        })
    };
    // Choosing a format and exporting are two steps, so that browsing the list with the keyboard downloads nothing.
    let chosen = use_state(String::new);
    let choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
    };
    let export_as = {
        let doc = props.doc.clone();
        let dispatch = props.dispatch.clone();
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some(doc), Some(format)) = (&doc, Format::from_name(&chosen)) else { return };
            let stem = slug(&doc.text);
            let result = export(std::slice::from_ref(doc), format).map_err(|e| e.to_string()).and_then(|content| {
                let saved = download::save(&format!("{stem}.{}", format.extension()), &content, "application/octet-stream");
                if format == Format::Brat { download::save(&format!("{stem}.txt"), brat_text(doc), "text/plain").and(saved) } else { saved }
                    .map_err(|e| format!("{e:?}"))
            });
            if let Err(e) = result {
                dispatch.emit(Action::Fail(format!("Export failed: {e}")));
            }
        })
    };
    let save = {
        let doc = props.doc.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            if let Some(doc) = &doc {
                let name = format!("{}.newsmark.json", slug(&doc.text));
                if let Err(e) = download::save(&name, &to_json(doc), "application/json") {
                    dispatch.emit(Action::Fail(format!("Download failed: {e:?}")));
                }
            }
        })
    };
    html! {
        <section class="input-panel">
            <ArticleBox input={props.input.clone()} dispatch={props.dispatch.clone()} />
            <div class="toolbar">
                <button class="primary" data-testid="annotate" onclick={annotate} title="Annotate (Ctrl+Enter)">{"Annotate"}</button>
                <label class="button">
                    {"Open file…"}
                    <input type="file" multiple=true accept=".txt,.json,.jsonl,.ann,text/plain,application/json" data-testid="open-file" onchange={open} />
                </label>
                <button data-testid="download-json" onclick={save} disabled={props.doc.is_none()}>{"Download JSON"}</button>
                <span class="export">
                    <select data-testid="export-format" onchange={choose} disabled={props.doc.is_none()} aria-label="Export format">
                        <option value="" selected={chosen.is_empty()}>{"Export as…"}</option>
                        { for Format::ALL.iter().filter(|(_, f)| *f != Format::Newsmark).map(|(name, _)| html! {
                            <option value={*name} selected={*chosen == *name}>{*name}</option>
                        }) }
                    </select>
                    <button data-testid="export" onclick={export_as} disabled={props.doc.is_none() || chosen.is_empty()}>{"Export"}</button>
                </span>
            </div>
        </section>
    }
}
