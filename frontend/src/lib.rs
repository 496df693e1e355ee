//! The browser entry: hydrates the islands of the server-rendered page (the rest of the page is
//! plain HTML and needs nothing). Everything else lives in `app`.
#![recursion_limit = "512"]
// The islands are exported from `app`; nothing here names them, so the crate is linked in
// explicitly, or its exports would be left out of the wasm.
extern crate app;
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Lets tests (and curious readers) know the page has become interactive. Leptos's loader
    // calls this first and then hydrates each island in a chain of promises, which all settle
    // before the next task: a zero timeout marks the page once every island is live.
    leptos::prelude::set_timeout(
        || {
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-hydrated", "true");
            }
        },
        std::time::Duration::ZERO,
    );
}
