//! What Leptos writes into every page's `<head>` before the page's own tags: the stylesheet,
//! the bundle's preloads and the islands' loader script, under the bundle's hashed names.
//! Written by Leptos once, at start-up, around a placeholder nonce; each page then only puts
//! its own nonce in.
use leptos::prelude::*;

const PLACEHOLDER: &str = "NONCE-PLACEHOLDER";

pub struct Head {
    /// The head's tags, cut where the nonce goes.
    pieces: Vec<String>,
}

impl Head {
    pub fn new(options: LeptosOptions) -> Head {
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(leptos::nonce::Nonce::from_value(PLACEHOLDER));
            view! {
                <leptos_meta::HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
            }
            .to_html()
        });
        Head { pieces: html.split(PLACEHOLDER).map(str::to_string).collect() }
    }

    pub fn write(&self, out: &mut String, nonce: &str) {
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                out.push_str(nonce);
            }
            out.push_str(piece);
        }
    }
}
