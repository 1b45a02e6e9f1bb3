//! The newsmark web app: a thin Yew layer over `newsmark-engine`.

mod components;
mod download;
mod effects;
mod hooks;
mod keys;
mod model;
mod page;
mod state;
mod storage;
mod wording;
mod worker;

fn main() {
    // The same wasm runs the annotation worker, where there is no window.
    if web_sys::window().is_none() {
        return worker::run();
    }
    // Saved work is read from the browser's database before the app starts.
    wasm_bindgen_futures::spawn_local(async {
        storage::open().await;
        yew::Renderer::<components::app::App>::new().render();
    });
}

// Talc instead of the standard library's dlmalloc: some 3 KB gzipped fewer in the first visit, and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
