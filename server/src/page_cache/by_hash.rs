//! A kept page allows its scripts by hash, not by the nonce of the response it was rendered for.
use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue};
use base64::Engine;
use sha2::{Digest, Sha256};

/// The page's headers and body for keeping: its policy allows the scripts that carried the
/// response's nonce by their SHA-256 instead, and the nonce is gone from the page. `None` when
/// a script cannot be read whole (the page is then served but not kept).
pub(super) fn by_hash(headers: &HeaderMap, body: &Bytes) -> Option<(HeaderMap, Bytes)> {
    let policy = headers.get(header::CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok());
    let Some((policy, nonce)) = policy.and_then(|p| Some((p, nonce_in(p)?))) else {
        return Some((headers.clone(), body.clone()));
    };
    let page = std::str::from_utf8(body).ok()?;
    let marked = format!("nonce=\"{nonce}\"");
    let mut sources = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let tag_end = start + rest[start..].find('>')?;
        let content_end = tag_end + 1 + rest[tag_end + 1..].find("</script>")?;
        if rest[start..tag_end].contains(&marked) {
            let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&rest[tag_end + 1..content_end]));
            let source = format!("'sha256-{hash}'");
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        rest = &rest[content_end..];
    }
    let mut headers = headers.clone();
    let policy = match sources.is_empty() {
        true => policy.replace(&format!(" 'nonce-{nonce}'"), ""),
        false => policy.replace(&format!("'nonce-{nonce}'"), &sources.join(" ")),
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_str(&policy).ok()?);
    // A nonce left in the page would vouch for nothing now; `crossorigin=""` is what the
    // preload links had in effect already (an unknown value counts as "anonymous").
    Some((headers, Bytes::from(page.replace(nonce.as_str(), ""))))
}

/// `abc` from a policy's `'nonce-abc'`.
fn nonce_in(policy: &str) -> Option<String> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let len = policy[start..].find('\'')?;
    (len > 0).then(|| policy[start..start + len].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_is_read_from_the_policy() {
        assert_eq!(nonce_in("script-src 'self' 'nonce-Ab_9' 'wasm-unsafe-eval'").as_deref(), Some("Ab_9"));
        assert_eq!(nonce_in("default-src 'self'"), None);
    }

    fn rendered(policy: &'static str, body: &'static str) -> (HeaderMap, Bytes) {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy));
        (headers, Bytes::from_static(body.as_bytes()))
    }

    #[test]
    fn a_kept_page_allows_by_hash_exactly_the_scripts_its_nonce_allowed() {
        let (headers, body) = rendered(
            "default-src 'self'; script-src 'self' 'nonce-N0nce' 'wasm-unsafe-eval'",
            "<link crossorigin=\"N0nce\"><script type=\"module\" nonce=\"N0nce\">alert(1)</script>\
             <script nonce=\"N0nce\"></script><script>alert(2)</script><script nonce=\"N0nce\">alert(1)</script>",
        );
        let (headers, page) = by_hash(&headers, &body).unwrap();
        // sha256 in base64 of "alert(1)" and of "", as `openssl dgst -sha256 -binary | base64` gives.
        assert_eq!(
            headers[header::CONTENT_SECURITY_POLICY],
            "default-src 'self'; script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=' \
             'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'wasm-unsafe-eval'"
        );
        let page = std::str::from_utf8(&page).unwrap();
        assert!(!page.contains("N0nce"), "{page}");
        assert!(page.contains("<script>alert(2)</script>"), "a script without the nonce stays unallowed");
    }

    #[test]
    fn a_page_without_a_nonce_or_without_scripts_is_kept_as_it_is_or_tidily() {
        let (headers, body) = rendered("default-src 'self'", "<p>page</p>");
        let (kept_headers, page) = by_hash(&headers, &body).unwrap();
        assert_eq!(kept_headers, headers);
        assert_eq!(page, body);
        let (headers, body) = rendered("script-src 'self' 'nonce-N' 'wasm-unsafe-eval'", "<p>page</p>");
        assert_eq!(by_hash(&headers, &body).unwrap().0[header::CONTENT_SECURITY_POLICY], "script-src 'self' 'wasm-unsafe-eval'");
        let (headers, body) = rendered("script-src 'nonce-N'", "<script nonce=\"N\">cut off");
        assert!(by_hash(&headers, &body).is_none(), "a script not read whole is not kept");
    }
}
