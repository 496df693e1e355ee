//! The browser entry: hydrates the islands of the server-rendered page (the rest of the page is
//! plain HTML and needs nothing). Everything else lives in `app`.
#![recursion_limit = "512"]
// The islands are exported from `app`; nothing here names them, so the crate is linked in
// explicitly, or its exports would be left out of the wasm.
extern crate app;

/// Called by the page's loader (`app::ui::IslandLoader`) before it hydrates each island, with
/// how the server's views were compiled. A page from a server built otherwise would not hydrate
/// (the wasm stops at `unreachable` on the first node it did not expect), so that is refused
/// with an error that says why, and the page stays plain, working HTML.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate(server_views: &str) -> bool {
    console_error_panic_hook::set_once();
    if let Some(problem) = app::ui::views_disagree(server_views) {
        web_sys::console::error_1(&problem.into());
        return false;
    }
    leptos::mount::hydrate_islands();
    true
}
