//! Chooses each request's language and keeps the visitor's explicit choice in a cookie.

use axum::extract::Request;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE, VARY};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use super::Lang;

/// `?lang=` (remembered), then the `lang` cookie, then `Accept-Language`, then English.
pub async fn layer(req: Request, next: Next) -> Response {
    let picked = req.uri().query().and_then(from_query);
    let lang = picked
        .or_else(|| from_cookie(req.headers()))
        .or_else(|| {
            req.headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default();
    let mut res = lang.scope(next.run(req)).await;
    let headers = res.headers_mut();
    if let Some(lang) = picked {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            headers.append(SET_COOKIE, v);
        }
    }
    headers.append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res
}

fn from_query(query: &str) -> Option<Lang> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| Lang::parse(v))
}

fn from_cookie(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| Lang::parse(v))
}
