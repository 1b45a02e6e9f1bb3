//! The newsmark web app: a thin Yew layer over `newsmark-engine`.

mod components;
mod download;
mod keys;
mod state;
mod storage;

fn main() {
    yew::Renderer::<components::app::App>::new().render();
}
