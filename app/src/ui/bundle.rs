//! The compiled bundle's addresses (`/pkg/tadamun.<hash>.css`, `.js`, `.wasm`), read once when
//! the server starts, and the script that loads the wasm on the pages that have islands.
//!
//! Leptos's own `HashedStylesheet` and `HydrationScripts` read the hash file on every render and
//! preload the wasm on every page (`<link rel="preload" as="fetch">`), which browsers fetch even
//! with JavaScript off: a reader on a metered link paid about 150 KB for code that could never
//! run. Here the stylesheet is linked by its known name, and only a page with an island carries
//! the loader: an inline module script, which a browser neither runs nor fetches from when
//! scripts are off.
use leptos::prelude::*;
use std::sync::Arc;

/// Addresses of the bundle's files, from the site's root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub css: Arc<str>,
    pub js: Arc<str>,
    pub wasm: Arc<str>,
}

impl Bundle {
    /// The names cargo-leptos gives without `hash-files`.
    pub fn unhashed(pkg_dir: &str, output_name: &str) -> Self {
        let at = |name: String| Arc::from(format!("/{pkg_dir}/{name}"));
        Bundle {
            css: at(format!("{output_name}.css")),
            js: at(format!("{output_name}.js")),
            wasm: at(format!("{output_name}.wasm")),
        }
    }

    /// From the hash file cargo-leptos writes beside the binary (`css: abc` lines). Every one of
    /// the three must be there: a page linking a file that does not exist would be unstyled.
    pub fn from_hash_file(pkg_dir: &str, output_name: &str, text: &str) -> Result<Self, String> {
        let hash_of = |kind: &str| {
            text.lines()
                .filter_map(|line| line.split_once(':'))
                .find(|(k, _)| k.trim() == kind)
                .map(|(_, hash)| hash.trim())
                .filter(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .map(|hash| Arc::from(format!("/{pkg_dir}/{output_name}.{hash}.{kind}")))
                .ok_or_else(|| format!("the hash file names no {kind} file"))
        };
        Ok(Bundle { css: hash_of("css")?, js: hash_of("js")?, wasm: hash_of("wasm")? })
    }

    /// The three file names, without the folder (what `/pkg` serves as immutable).
    pub fn file_names(&self) -> [&str; 3] {
        [&self.css, &self.js, &self.wasm].map(|path| path.rsplit('/').next().unwrap_or(path))
    }
}

/// How the views were compiled: with Leptos's `erase_components` or not. Server and browser
/// must agree, or hydration meets markup it did not expect and the wasm stops at
/// `unreachable` (it happened: issue 21). The server names its own in the loader, and the
/// browser's `hydrate` refuses, loudly, to hydrate a page from the other kind of build.
pub const VIEWS: &str = if cfg!(erase_components) { "erased" } else { "typed" };

/// What the browser says when the server's views (`server`) are not its own.
pub fn views_disagree(server: &str) -> Option<String> {
    (server != VIEWS).then(|| {
        format!(
            "Tadamun: the server's views are {server} and this bundle's are {VIEWS}: build both halves with the \
             same settings (scripts/build-release.sh). The page works, without its live parts."
        )
    })
}

/// The bundle's stylesheet, in every page's `<head>`.
#[component]
pub fn BundleStylesheet() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let bundle = use_context::<crate::state::AppState>().map(|state| state.bundle);
        bundle.map(|bundle| view! { <link rel="stylesheet" id="leptos" href=bundle.css.to_string()/> })
    }
}

/// Loads the wasm and hydrates the page's islands. Rendered by each page that has one, after
/// it; a page without islands loads no script and no wasm at all.
#[component]
pub fn IslandLoader() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let bundle = use_context::<crate::state::AppState>().map(|state| state.bundle);
        bundle.map(|bundle| {
            let nonce = leptos::nonce::use_nonce();
            view! { <script type="module" nonce=nonce inner_html=island_loader(&bundle)></script> }
        })
    }
}

/// The loader's text, for this build's views.
pub fn island_loader(bundle: &Bundle) -> String {
    loader(bundle, VIEWS)
}

/// The loader's text. The `import` starts fetching the bundle as soon as the page is parsed
/// (a module script is deferred), so no preload link is needed when scripts run. Islands are
/// hydrated in document order; none of ours is nested in another's children (Leptos's own
/// loader also handles that). `data-hydrated` tells tests (and curious readers) the page is
/// live, once the islands' first effects have run (they are queued as tasks).
fn loader(bundle: &Bundle, views: &str) -> String {
    format!(
        "import init, * as bundle from {js:?};\
         await init({{ module_or_path: {wasm:?} }});\
         if (bundle.hydrate({views:?})) {{\
         for (const island of document.querySelectorAll(\"leptos-island\")) {{\
         const hydrate = bundle[island.dataset.component];\
         if (hydrate) await hydrate(island); else console.error(\"no island\", island.dataset.component, \"in the bundle\");\
         }}\
         setTimeout(() => document.documentElement.dataset.hydrated = \"true\");\
         }}",
        js = &*bundle.js,
        wasm = &*bundle.wasm,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_file_names_the_three_files() {
        let bundle = Bundle::from_hash_file("pkg", "tadamun", "js: AbC\nwasm: d_e-f\ncss: 99\nmanifest: zz\n").unwrap();
        assert_eq!(&*bundle.css, "/pkg/tadamun.99.css");
        assert_eq!(&*bundle.js, "/pkg/tadamun.AbC.js");
        assert_eq!(&*bundle.wasm, "/pkg/tadamun.d_e-f.wasm");
        assert_eq!(bundle.file_names(), ["tadamun.99.css", "tadamun.AbC.js", "tadamun.d_e-f.wasm"]);
    }

    #[test]
    fn a_hash_file_missing_a_file_or_with_an_odd_hash_is_refused() {
        assert!(Bundle::from_hash_file("pkg", "tadamun", "js: a\ncss: b\n").unwrap_err().contains("wasm"));
        assert!(Bundle::from_hash_file("pkg", "tadamun", "js: ../x\nwasm: a\ncss: b\n").unwrap_err().contains("js"));
    }

    #[test]
    fn a_bundle_built_otherwise_than_the_server_says_so() {
        assert_eq!(views_disagree(VIEWS), None);
        let other = if VIEWS == "typed" { "erased" } else { "typed" };
        let said = views_disagree(other).unwrap();
        assert!(said.contains(&format!("server's views are {other}")) && said.contains("build-release.sh"), "{said}");
    }

    #[test]
    fn the_loader_imports_the_bundle_and_names_the_servers_views() {
        let text = loader(&Bundle::unhashed("pkg", "tadamun"), "typed");
        assert!(text.starts_with("import init, * as bundle from \"/pkg/tadamun.js\";"), "{text}");
        assert!(text.contains("module_or_path: \"/pkg/tadamun.wasm\""), "{text}");
        assert!(text.contains("bundle.hydrate(\"typed\")"), "{text}");
    }
}
