//! The newsmark web app: a thin Yew layer over `newsmark-engine`.

mod components;
mod download;
mod effects;
mod hooks;
mod keys;
mod state;
mod storage;

fn main() {
    // Saved work is read from the browser's database before the app starts.
    wasm_bindgen_futures::spawn_local(async {
        storage::open().await;
        yew::Renderer::<components::app::App>::new().render();
    });
}
