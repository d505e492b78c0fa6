//! Chooses each request's language and keeps the visitor's explicit choice in a cookie.

use axum::extract::Request;
use axum::http::header::Entry;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE, VARY};
use axum::http::{HeaderMap, HeaderValue};

use super::Lang;

/// The request's language: `?lang=` (remembered), then the `lang` cookie, then `Accept-Language`,
/// then English; and whether it was picked by `?lang=` (to be remembered).
pub fn choose(req: &Request) -> (Lang, Option<Lang>) {
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
    (lang, picked)
}

/// Keeps a language picked by `?lang=` in a cookie, and says the page varies by language.
pub fn remember(headers: &mut HeaderMap, picked: Option<Lang>) {
    if let Some(lang) = picked {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.code()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            headers.append(SET_COOKIE, v);
        }
    }
    // First among the Vary lines (compression's comes from a layer inside this one).
    let ours = HeaderValue::from_static("Accept-Language, Cookie");
    match headers.entry(VARY) {
        Entry::Vacant(v) => {
            v.insert(ours);
        }
        Entry::Occupied(mut o) => {
            let others: Vec<HeaderValue> = o.insert_mult(ours).collect();
            for other in others {
                o.append(other);
            }
        }
    }
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
