//! How long browsers may keep the files the server sends as they are.
//!
//! With `hash-files` (set in Cargo.toml), cargo-leptos names the bundle after its content
//! (`tadamun.<hash>.js`, `.wasm`, `.css`) and writes the hashes to a file beside the binary,
//! which Leptos reads to link them. A hashed name never changes content, so those files may be
//! kept for a year without asking again; anything else under `/pkg` is revalidated each time.
use leptos::config::LeptosOptions;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";
/// Files of `public/` (icons, robots.txt) keep their names across releases.
pub const PUBLIC: &str = "public, max-age=86400";

/// Where Leptos reads the bundle's hashed names: beside the binary, not in the site root.
fn hash_file(options: &LeptosOptions, exe: &Path) -> PathBuf {
    exe.parent().unwrap_or(Path::new(".")).join(options.hash_file.as_ref())
}

/// With hashed names, Leptos reads the hash file while rendering every page and panics when it
/// is missing, so each request would end in a closed connection. `serve` asks this first and
/// refuses to start instead, saying which file to copy.
pub fn check_hash_file(options: &LeptosOptions, exe: &Path) -> Result<(), String> {
    if !options.hash_files {
        return Ok(());
    }
    let path = hash_file(options, exe);
    std::fs::read_to_string(&path).map(drop).map_err(|e| {
        format!(
            "cannot read {} ({e}): copy hash.txt from beside the built binary (target/release/) next to it",
            path.display()
        )
    })
}

/// The names under `/pkg` that carry a content hash, from the hash file beside `exe`.
pub fn hashed_bundle(options: &LeptosOptions, exe: &Path) -> HashSet<String> {
    if !options.hash_files {
        return HashSet::new();
    }
    let hash_file = hash_file(options, exe);
    match std::fs::read_to_string(&hash_file) {
        Ok(text) => parse_hash_file(&options.output_name, &text),
        Err(e) => {
            tracing::warn!("bundle names are hashed but {} cannot be read ({e}); /pkg will be revalidated", hash_file.display());
            HashSet::new()
        }
    }
}

/// `js: abc` lines → `{output}.abc.js`; kinds other than the bundle's three are ignored.
fn parse_hash_file(output_name: &str, text: &str) -> HashSet<String> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .filter_map(|(kind, hash)| {
            let (kind, hash) = (kind.trim(), hash.trim());
            let is_hash = !hash.is_empty() && hash.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            (matches!(kind, "js" | "wasm" | "css") && is_hash).then(|| format!("{output_name}.{hash}.{kind}"))
        })
        .collect()
}

/// Writes `name.br` (brotli at its highest quality) beside each hashed bundle file that lacks
/// one. `/pkg` serves it as is to browsers that accept brotli, instead of compressing the wasm
/// on every request at the fast, weaker level used for pages (1.1 MB → 310 KB rather than 390 KB).
/// Runs once at start; a folder that cannot be written only means on-the-fly compression.
pub fn precompress(pkg_dir: &Path, hashed: &HashSet<String>) {
    for name in hashed {
        let target = pkg_dir.join(format!("{name}.br"));
        if target.exists() {
            continue;
        }
        let written = std::fs::read(pkg_dir.join(name)).and_then(|data| {
            // Named per process: two instances starting together never share a partial file.
            let partial = pkg_dir.join(format!("{name}.br.{}.partial", std::process::id()));
            std::fs::write(&partial, brotli_max(&data)?)?;
            // Renamed into place only when complete: a half-written file is never served.
            std::fs::rename(&partial, &target)
        });
        if let Err(e) = written {
            tracing::warn!("cannot precompress {name}: {e}");
        }
    }
}

fn brotli_max(data: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write;
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 1 << 16, 11, 22);
        writer.write_all(data)?;
        writer.flush()?;
    }
    Ok(out)
}

/// The `Cache-Control` for a path under `/pkg` (without the prefix).
pub fn bundle_cache_control(hashed: &HashSet<String>, path: &str) -> &'static str {
    if hashed.contains(path.trim_start_matches('/')) {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn the_hashed_bundle_is_precompressed_once() {
        let dir = std::env::temp_dir().join(format!("tadamun-precompress-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let wasm: Vec<u8> = (0..50_000u32).flat_map(|i| (i % 251).to_le_bytes()).collect();
        std::fs::write(dir.join("tadamun.abc.wasm"), &wasm).unwrap();
        std::fs::write(dir.join("other.js"), "not hashed").unwrap();
        let hashed = HashSet::from(["tadamun.abc.wasm".to_string()]);
        precompress(&dir, &hashed);
        let compressed = std::fs::read(dir.join("tadamun.abc.wasm.br")).unwrap();
        assert!(compressed.len() < wasm.len() / 4);
        let mut back = Vec::new();
        brotli::Decompressor::new(&compressed[..], 4096).read_to_end(&mut back).unwrap();
        assert_eq!(back, wasm);
        assert!(!dir.join("other.js.br").exists());
        // A second start leaves the existing file alone.
        std::fs::write(dir.join("tadamun.abc.wasm.br"), b"kept").unwrap();
        precompress(&dir, &hashed);
        assert_eq!(std::fs::read(dir.join("tadamun.abc.wasm.br")).unwrap(), b"kept");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn serving_hashed_names_needs_the_hash_file_beside_the_binary() {
        let dir = std::env::temp_dir().join(format!("tadamun-hash-file-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let exe = dir.join("tadamun");
        let mut options = LeptosOptions::builder().output_name("tadamun").build();
        options.hash_files = true;
        let refused = check_hash_file(&options, &exe).unwrap_err();
        assert!(refused.contains(&dir.join("hash.txt").display().to_string()), "{refused}");
        std::fs::write(dir.join("hash.txt"), "js: abc\n").unwrap();
        assert_eq!(check_hash_file(&options, &exe), Ok(()));
        std::fs::remove_file(dir.join("hash.txt")).unwrap();
        options.hash_files = false;
        assert_eq!(check_hash_file(&options, &exe), Ok(()));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn only_the_hashed_bundle_is_immutable() {
        let hashed = parse_hash_file("tadamun", "js: AbC123\nwasm: d_e-f\ncss: 99\nmanifest: zz\nbroken\njs: ../x\n");
        assert_eq!(hashed.len(), 3);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.AbC123.js"), IMMUTABLE);
        assert_eq!(bundle_cache_control(&hashed, "tadamun.d_e-f.wasm"), IMMUTABLE);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.99.css"), IMMUTABLE);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.js"), REVALIDATE);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.zz.manifest"), REVALIDATE);
    }
}
