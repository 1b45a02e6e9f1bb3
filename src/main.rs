//! The newsmark web app: a thin Yew layer over `newsmark-engine`.

mod components;
mod download;
mod state;

fn main() {
    yew::Renderer::<components::app::App>::new().render();
}
