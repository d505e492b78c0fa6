//! Public HTML forms refuse posts from other sites (cross-site request forgery: a page elsewhere
//! that signs, confirms, withdraws or erases on a visitor's behalf). Browsers say where a request
//! comes from in `Sec-Fetch-Site`; older ones only in `Origin`. Requests with neither (scripts,
//! curl) are not a browser forging anything and pass. Not applied to one-click unsubscribe
//! (RFC 8058: mail providers post it from anywhere) nor to the JSON API (CORS, no cookies).

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppError;

/// The site's own address (`base_url`), against which an `Origin` is compared.
#[derive(Clone)]
pub struct SiteUrl(pub std::sync::Arc<str>);

/// Route layer for the public form routes.
pub async fn refuse(State(site): State<SiteUrl>, req: Request, next: Next) -> Response {
    if !req.method().is_safe() && is_cross_site(req.headers(), &site.0) {
        tracing::info!("cross-site form post refused");
        return AppError::Forbidden("err-cross-site".into()).into_response();
    }
    next.run(req).await
}

/// Whether a request comes from another site: `Sec-Fetch-Site: cross-site`, or, when a browser
/// does not send that, an `Origin` that is neither `base_url`'s nor the requested host's.
pub fn is_cross_site(headers: &HeaderMap, base_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        let site = site.as_bytes();
        if site.eq_ignore_ascii_case(b"cross-site") {
            return true;
        }
        // same-origin, or none (typed in the address bar, a bookmark). "same-site" is any sibling
        // subdomain, which may be someone else's: the Origin decides.
        if !site.eq_ignore_ascii_case(b"same-site") {
            return false;
        }
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let origin = origin.to_str().unwrap_or("").trim().to_ascii_lowercase();
    let base = url::Url::parse(base_url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    if origin == base.to_ascii_lowercase() {
        return false;
    }
    // The host the browser sent the form to (base_url may differ behind some set-ups); a page on
    // another site cannot choose the Host header of the request it makes its visitor send.
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let authority = origin.split_once("://").map_or("", |(_, rest)| rest);
    host.is_empty() || authority != host
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    const BASE: &str = "https://petitions.example.org/";

    #[test]
    fn fetch_metadata_decides_when_present() {
        let cross = headers(&[("sec-fetch-site", "cross-site")]);
        assert!(is_cross_site(&cross, BASE));
        for ok in ["same-origin", "same-site", "none"] {
            assert!(!is_cross_site(&headers(&[("sec-fetch-site", ok)]), BASE));
        }
        // A sibling subdomain is "same-site" but may be someone else's: its Origin decides.
        let h = headers(&[
            ("sec-fetch-site", "same-site"),
            ("origin", "https://www.example.org"),
        ]);
        assert!(is_cross_site(&h, BASE));
        let ours = headers(&[
            ("sec-fetch-site", "same-site"),
            ("origin", "https://petitions.example.org"),
        ]);
        assert!(!is_cross_site(&ours, BASE));
    }

    #[test]
    fn origin_must_be_ours_when_fetch_metadata_is_absent() {
        assert!(
            !is_cross_site(&HeaderMap::new(), BASE),
            "no browser, no forgery"
        );
        let ours = headers(&[("origin", "https://petitions.example.org")]);
        assert!(!is_cross_site(&ours, BASE));
        let by_host = headers(&[
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1:8080"),
        ]);
        assert!(!is_cross_site(&by_host, BASE));
        for evil in [
            "https://evil.example",
            "null",
            "https://petitions.example.org.evil.example",
            "https://petitions.example.org:8443",
        ] {
            let h = headers(&[("origin", evil), ("host", "petitions.example.org")]);
            assert!(is_cross_site(&h, BASE), "{evil}");
        }
    }
}
