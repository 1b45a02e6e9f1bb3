//! One component per file.

pub mod app;
pub mod doc_view;
pub mod input_panel;
pub mod legend;
pub mod sources;
