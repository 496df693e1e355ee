//! What Tadamun's shell writes into every page's `<head>` before the page's own tags: the
//! stylesheet, under the bundle's hashed name. (No script: only a page with an island loads
//! one, after the island, written by the page.)
use app::ui::Bundle;
use std::fmt::Write;

pub struct Head {
    stylesheet: String,
    /// The islands' loader, as Tadamun writes it for this bundle, without its `<script>` tag.
    loader: String,
}

impl Head {
    pub fn new(bundle: &Bundle) -> Head {
        let mut stylesheet = String::new();
        let _ = write!(stylesheet, "<link rel=\"stylesheet\" id=\"leptos\" href=\"{}\">", bundle.css);
        Head { stylesheet, loader: app::ui::island_loader(bundle) }
    }

    pub fn write(&self, out: &mut String) {
        out.push_str(&self.stylesheet);
    }

    /// The script that loads the wasm, after a page's island.
    pub fn write_loader(&self, out: &mut String, nonce: &str) {
        let _ = write!(out, "<script type=\"module\" nonce=\"{nonce}\">{}</script>", self.loader);
    }
}
