//! Which of the supporter's details the offices' contact forms require, asked of the
//! congress-forms service (`retrieve-form-elements`) once a day per member, so the letter form
//! asks for exactly those. When the service cannot tell, the form asks what it always asks.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use crate::config::Settings;
use crate::db::now_ms;

const DAY_MS: i64 = 24 * 3_600_000;

/// How long a failed question is not asked again: while the service is down or refusing, every
/// supporter's form would otherwise wait on it in turn.
const FAILURE_MS: i64 = 5 * 60_000;

/// The most of the service's answer that is read.
const MAX_ANSWER: usize = 1 << 20;

/// (forms URL, bioguide id) → (good until, the field names its form requires).
type Cache = Mutex<HashMap<(String, String), (i64, HashSet<String>)>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Cache::default)
}

/// The fields (`$PHONE`, `$NAME_PREFIX`, …) the forms of these members require, all together;
/// members the service does not answer for add nothing.
pub async fn required(settings: &Settings, bio_ids: &[&str]) -> HashSet<String> {
    let base = settings.congress.forms_url.trim().trim_end_matches('/');
    let mut out = HashSet::new();
    if base.is_empty() || bio_ids.is_empty() {
        return out;
    }
    let now = now_ms();
    let mut missing = Vec::new();
    {
        let cached = cache().lock().unwrap_or_else(|e| e.into_inner());
        for id in bio_ids {
            match cached.get(&(base.to_owned(), (*id).to_owned())) {
                Some((until, fields)) if now < *until => out.extend(fields.iter().cloned()),
                _ => missing.push((*id).to_owned()),
            }
        }
    }
    if missing.is_empty() {
        return out;
    }
    match ask(settings, base, &missing).await {
        Ok(forms) => {
            let mut cached = cache().lock().unwrap_or_else(|e| e.into_inner());
            for id in missing {
                let fields = forms.get(&id).cloned().unwrap_or_default();
                out.extend(fields.iter().cloned());
                cached.insert((base.to_owned(), id), (now + DAY_MS, fields));
            }
        }
        // The form keeps its usual fields; the delivery asks again and hands the letter back
        // if the office's form needs what the supporter did not give.
        Err(reason) => {
            tracing::warn!(%reason, "the forms service did not say which fields it requires");
            let mut cached = cache().lock().unwrap_or_else(|e| e.into_inner());
            for id in missing {
                cached.insert((base.to_owned(), id), (now + FAILURE_MS, HashSet::new()));
            }
        }
    }
    out
}

async fn ask(
    settings: &Settings,
    base: &str,
    bio_ids: &[String],
) -> Result<HashMap<String, HashSet<String>>, String> {
    #[derive(serde::Deserialize)]
    struct Field {
        value: String,
    }
    #[derive(serde::Deserialize)]
    struct Form {
        #[serde(default)]
        required_actions: Vec<Field>,
    }
    let timeout = Duration::from_millis(settings.congress.timeout_ms.max(100));
    let http = reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.without_url().to_string())?;
    let mut res = http
        .post(format!("{base}/retrieve-form-elements"))
        .json(&serde_json::json!({ "bio_ids": bio_ids }))
        .send()
        .await
        .map_err(|e| e.without_url().to_string())?;
    if !res.status().is_success() {
        return Err(format!("HTTP {}", res.status().as_u16()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = res.chunk().await.map_err(|e| e.without_url().to_string())? {
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err("the answer is too large".into());
        }
        body.extend_from_slice(&chunk);
    }
    let forms: HashMap<String, Form> =
        serde_json::from_slice(&body).map_err(|_| "the answer was not understood".to_owned())?;
    Ok(forms
        .into_iter()
        .map(|(id, f)| {
            (
                id,
                f.required_actions.into_iter().map(|a| a.value).collect(),
            )
        })
        .collect())
}
