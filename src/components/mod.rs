//! One component per file.

pub mod app;
pub mod article_box;
pub mod ask;
pub mod dashboard;
pub mod doc_view;
pub mod documents;
pub mod entity_list;
pub mod find_bar;
pub mod help;
pub mod input_panel;
pub mod label_editor;
pub mod legend;
pub mod mark_toolbar;
pub mod paragraph;
pub mod picker;
pub mod pointer;
pub mod quote_inspector;
pub mod source_chart;
pub mod sources;
pub mod welcome;
