//! Pages are compressed whole, once they are rendered.
//!
//! Every page is unique (its CSP nonce), so it is compressed per response. The general layer
//! (`tower_http::compression`) compresses a stream whose size it does not know: brotli then
//! prepares for a 4 MB window, zeroing and freeing tables far larger than a page on every
//! response (a profile of `/organisations` under load showed 8% of the time in `memset`). Pages
//! are rendered before their first byte is sent (`SsrMode::Async`), so nothing is lost by
//! taking the whole page first and compressing it with a window that fits it. Other responses,
//! and browsers without brotli, still go through the general layer, which leaves a response
//! that already has a `Content-Encoding` alone.
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The same quality as the general layer's default, so sizes do not change: 4 keeps the
/// largest first page (`/ar/organisations`) under 14 KB, where 3 does not.
const QUALITY: i32 = 4;

/// Below this, compression costs more than it saves.
const SMALLEST: usize = 256;

pub async fn pages(request: Request, next: Next) -> Response {
    let accepts_brotli = accepts_brotli(request.headers());
    let response = next.run(request).await;
    if !accepts_brotli || !is_uncompressed_html(response.headers()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(page) = to_bytes(body, usize::MAX).await else {
        // The page failed while rendering; its status line is already decided but its body
        // is not whole, so nothing partial is passed on.
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !worth_compressing(&page) {
        return Response::from_parts(parts, Body::from(page));
    }
    let compressed = brotli_page(&page);
    label_brotli(&mut parts.headers, compressed.len());
    Response::from_parts(parts, Body::from(compressed))
}

/// Whether a page is large enough for compression to save more than it costs.
pub(crate) fn worth_compressing(page: &[u8]) -> bool {
    page.len() >= SMALLEST
}

/// Says that a response's body is a page in brotli, `len` bytes long.
pub(crate) fn label_brotli(headers: &mut HeaderMap, len: usize) {
    headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
}

fn is_uncompressed_html(headers: &HeaderMap) -> bool {
    !headers.contains_key(header::CONTENT_ENCODING)
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
}

/// Whether `Accept-Encoding` lists `br` without `q=0`.
pub fn accepts_brotli(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(|item| {
        let mut fields = item.split(';').map(str::trim);
        let coding = fields.next().unwrap_or("");
        let refused = fields.any(|f| {
            f.strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()).is_some_and(|q| q <= 0.0)
        });
        coding.eq_ignore_ascii_case("br") && !refused
    })
}

/// `page` in brotli, with a window just large enough for it.
pub fn brotli_page(page: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: QUALITY,
        lgwin: window_bits(page.len()),
        size_hint: page.len(),
        ..Default::default()
    };
    let mut out = Vec::with_capacity(page.len() / 4 + 64);
    let mut input = page;
    // Writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut input, &mut out, &params);
    out
}

/// log2 of the window: the page's size rounded up, within brotli's bounds (16..=22 here: a
/// smaller window gains nothing, a larger one is never needed for a page).
fn window_bits(len: usize) -> i32 {
    let bits = usize::BITS - len.saturating_sub(1).leading_zeros();
    (bits as i32).clamp(16, 22)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn with_encoding(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn brotli_is_used_only_when_accepted() {
        assert!(accepts_brotli(&with_encoding("gzip, deflate, br, zstd")));
        assert!(accepts_brotli(&with_encoding("br;q=0.5")));
        assert!(!accepts_brotli(&with_encoding("gzip, deflate")));
        assert!(!accepts_brotli(&with_encoding("br;q=0, gzip")));
        assert!(!accepts_brotli(&with_encoding("brotli")));
        assert!(!accepts_brotli(&HeaderMap::new()));
    }

    #[test]
    fn a_compressed_page_reads_back_the_same() {
        let page = "<p>تضامن solidarity</p>".repeat(500);
        let compressed = brotli_page(page.as_bytes());
        assert!(compressed.len() < page.len() / 10);
        let mut back = String::new();
        brotli::Decompressor::new(compressed.as_slice(), 4096).read_to_string(&mut back).unwrap();
        assert_eq!(back, page);
    }

    #[test]
    fn the_window_fits_the_page() {
        assert_eq!(window_bits(10), 16);
        assert_eq!(window_bits(65_536), 16);
        assert_eq!(window_bits(65_537), 17);
        assert_eq!(window_bits(50_000_000), 22);
    }
}
