//! How long browsers may keep the files the server sends as they are.
//!
//! With `hash-files` (set in Cargo.toml), cargo-leptos names the bundle after its content
//! (`tadamun.<hash>.js`, `.wasm`, `.css`) and writes the hashes to a file beside the binary,
//! which the server reads once at start to link them. A hashed name never changes content, so those files may be
//! kept for a year without asking again; anything else under `/pkg` is revalidated each time.
use app::ui::Bundle;
use leptos::config::LeptosOptions;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";
/// Files of `public/` (icons, robots.txt) keep their names across releases.
pub const PUBLIC: &str = "public, max-age=86400";

/// The hash file is beside the binary, not in the site root (where cargo-leptos writes it).
fn hash_file(options: &LeptosOptions, exe: &Path) -> PathBuf {
    exe.parent().unwrap_or(Path::new(".")).join(options.hash_file.as_ref())
}

/// The bundle's addresses, read once: with hashed names (`hash-files` in Cargo.toml) from the
/// hash file beside `exe`. Without that file, or without the files it names in the site
/// folder, no page could link its stylesheet or script, so `serve` refuses to start and says
/// which file is missing.
pub fn bundle(options: &LeptosOptions, exe: &Path) -> Result<Bundle, String> {
    let (pkg_dir, output_name) = (options.site_pkg_dir.as_ref(), options.output_name.as_ref());
    if !options.hash_files {
        return Ok(Bundle::unhashed(pkg_dir, output_name));
    }
    let path = hash_file(options, exe);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!("cannot read {} ({e}): copy hash.txt from beside the built binary (target/release/) next to it", path.display())
    })?;
    let bundle = Bundle::from_hash_file(pkg_dir, output_name, &text).map_err(|e| format!("{}: {e}", path.display()))?;
    // A build of the other kind (`cargo leptos build` or `watch` after a release build) empties
    // the site folder and writes its own bundle: the pages would link files that are gone.
    let folder = Path::new(options.site_root.as_ref()).join(pkg_dir);
    for name in bundle.file_names() {
        if !folder.join(name).is_file() {
            return Err(format!(
                "{} names {name}, which is not in {}: the site folder is from another build; \
                 build again (scripts/build-release.sh) or point LEPTOS_SITE_ROOT at this build's site folder",
                path.display(),
                folder.display()
            ));
        }
    }
    Ok(bundle)
}

/// The names under `/pkg` that carry a content hash: none without `hash-files`.
pub fn hashed_names(options: &LeptosOptions, bundle: &Bundle) -> HashSet<String> {
    match options.hash_files {
        true => bundle.file_names().into_iter().map(str::to_string).collect(),
        false => HashSet::new(),
    }
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
        let refused = bundle(&options, &exe).unwrap_err();
        assert!(refused.contains(&dir.join("hash.txt").display().to_string()), "{refused}");
        std::fs::write(dir.join("hash.txt"), "js: abc\n").unwrap();
        let incomplete = bundle(&options, &exe).unwrap_err();
        assert!(incomplete.contains("no css file"), "{incomplete}");
        std::fs::write(dir.join("hash.txt"), "js: abc\nwasm: def\ncss: ghi\n").unwrap();
        options.site_root = dir.join("site").display().to_string().into();
        let elsewhere = bundle(&options, &exe).unwrap_err();
        assert!(elsewhere.contains("tadamun.ghi.css, which is not in") && elsewhere.contains("another build"), "{elsewhere}");
        std::fs::create_dir_all(dir.join("site/pkg")).unwrap();
        for name in ["tadamun.abc.js", "tadamun.def.wasm", "tadamun.ghi.css"] {
            std::fs::write(dir.join("site/pkg").join(name), "").unwrap();
        }
        assert_eq!(&*bundle(&options, &exe).unwrap().wasm, "/pkg/tadamun.def.wasm");
        std::fs::remove_file(dir.join("hash.txt")).unwrap();
        options.hash_files = false;
        assert_eq!(&*bundle(&options, &exe).unwrap().css, "/pkg/tadamun.css");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn only_the_hashed_bundle_is_immutable() {
        let mut options = LeptosOptions::builder().output_name("tadamun").build();
        options.hash_files = true;
        let bundle = Bundle::from_hash_file("pkg", "tadamun", "js: AbC123\nwasm: d_e-f\ncss: 99\nmanifest: zz\n").unwrap();
        let hashed = hashed_names(&options, &bundle);
        assert_eq!(hashed.len(), 3);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.AbC123.js"), IMMUTABLE);
        assert_eq!(bundle_cache_control(&hashed, "tadamun.d_e-f.wasm"), IMMUTABLE);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.99.css"), IMMUTABLE);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.js"), REVALIDATE);
        assert_eq!(bundle_cache_control(&hashed, "/tadamun.zz.manifest"), REVALIDATE);
        options.hash_files = false;
        assert!(hashed_names(&options, &bundle).is_empty());
    }
}
