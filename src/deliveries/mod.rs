//! Letters that reach Congress: confirmed letters to members of Congress are delivered through
//! Communicating with Congress (CWC) when the member's office is on it, else through a
//! congress-forms server, else handed back to the supporter by email. Each letter's delivery and
//! its outcome are recorded; the supporter is emailed how each one went.
//!
//! This capability reads the letters' store; letters never import it.

pub mod cwc;
pub mod dispatch;
pub mod emails;
pub mod forms;
pub mod offices;
pub mod store;

use std::sync::Arc;
use std::time::Duration;

use crate::config::Settings;
use crate::db::Db;
use crate::on_db;

/// What deliveries use.
#[derive(Clone)]
pub struct DeliveriesCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
}

/// How one call to a delivery service went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// A network failure, a timeout or a 5xx: worth another try, with the same DeliveryId.
    Retry(String),
    /// Refused (4xx, an error answer, a captcha): sending again would not help.
    GiveUp(String),
}

/// A failed call: a timeout or connection failure. The URL is left out: it carries the API key.
pub(crate) fn network(e: reqwest::Error) -> Outcome {
    if e.is_timeout() {
        return Outcome::Retry("timed out".into());
    }
    Outcome::Retry(format!("network error: {}", e.without_url()))
}

/// The most of a service's answer that is read: its answers are a status or a list of offices,
/// and a larger one would only fill memory.
const MAX_ANSWER: usize = 1 << 20;

/// A service's answer as text, read up to `MAX_ANSWER` bytes; a larger one is refused. The error
/// is a reason for staff, without the URL (it may carry a key).
pub(crate) async fn answer_text(mut res: reqwest::Response) -> Result<String, String> {
    let too_large = || format!("the answer is larger than {} bytes", MAX_ANSWER);
    if res.content_length().is_some_and(|n| n > MAX_ANSWER as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    loop {
        let chunk = match res.chunk().await {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) if e.is_timeout() => return Err("timed out".into()),
            Err(e) => return Err(format!("network error: {}", e.without_url())),
        };
        if body.len() + chunk.len() > MAX_ANSWER {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// The outcome an HTTP status decides on its own: none for 2xx.
pub(crate) fn by_status(status: reqwest::StatusCode, body: &str) -> Option<Outcome> {
    if status.is_success() {
        return None;
    }
    let code = status.as_u16();
    if status.is_server_error() || code == 408 || code == 429 {
        return Some(Outcome::Retry(format!("HTTP {code}")));
    }
    Some(Outcome::GiveUp(format!(
        "HTTP {code}: {}",
        scrub(&cwc::error_reason(body))
    )))
}

/// The most of a reason kept or logged.
const MAX_REASON: usize = 160;

/// A service's own words (an error message), fit to log and keep: at most `MAX_REASON`
/// characters, every word that looks like an email, a phone number, a ZIP code or a street number
/// replaced by `…`.
pub(crate) fn scrub(said: &str) -> String {
    clean(said, &[], true)
}

/// A reason fit to log and keep: at most `MAX_REASON` characters, every word of the supporter's
/// details (`personal`) replaced by `…`. Our own prefix ("HTTP 400") is kept.
pub(crate) fn redact(reason: &str, personal: &[&str]) -> String {
    clean(reason, personal, false)
}

/// What is kept of a reason: our own fixed reasons word for word (they are compared later and
/// hold nothing of the supporter's), a service's words redacted.
pub(crate) fn kept_reason(reason: &str, personal: &[&str]) -> String {
    if [store::NOT_CONSTITUENT, store::NOT_IN_OFFICE].contains(&reason) {
        reason.to_owned()
    } else {
        redact(reason, personal)
    }
}

fn clean(reason: &str, personal: &[&str], numbers: bool) -> String {
    let norm = |w: &str| -> String {
        w.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let theirs: std::collections::HashSet<String> = personal
        .iter()
        .flat_map(|p| p.split(|c: char| c.is_whitespace() || ",;<>()\"'".contains(c)))
        .map(norm)
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let (head, rest) = match reason.strip_prefix("HTTP ") {
        Some(r) => {
            let code: String = r.chars().take_while(char::is_ascii_digit).collect();
            (format!("HTTP {code}"), &r[code.len()..])
        }
        None => (String::new(), reason),
    };
    let words: Vec<String> = rest
        .split_whitespace()
        .map(|w| {
            let n = norm(w);
            let digits = w.chars().filter(char::is_ascii_digit).count();
            let looks_personal = numbers && (w.contains('@') || digits >= 3);
            if looks_personal || (!n.is_empty() && theirs.contains(&n)) {
                "…".to_owned()
            } else {
                w.to_owned()
            }
        })
        .collect();
    let said = words.join(" ");
    let out = match (head.is_empty(), said.is_empty()) {
        (true, _) => said,
        (false, true) => head,
        (false, false) if said.starts_with(':') => format!("{head}{said}"),
        (false, false) => format!("{head} {said}"),
    };
    out.chars().take(MAX_REASON).collect()
}

/// The client for delivery services: bounded in time, no redirects (an API answers directly).
pub fn http_client(settings: &Settings) -> reqwest::Client {
    let timeout = Duration::from_millis(settings.congress.timeout_ms.max(100));
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("chorus/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("a client with rustls and fixed settings builds")
}

/// Sending letters to Congress, and refreshing the CWC office lists (checked often, fetched once a
/// day, and at once on start-up so the first letters do not wait a day).
pub fn jobs(settings: &Settings) -> Vec<crate::jobs::Job> {
    use crate::jobs::Job;
    let every = Duration::from_millis(settings.worker.poll_ms.max(10));
    let http = http_client(settings);
    let lists = http.clone();
    let marks = Arc::new(offices::Marks::default());
    vec![
        Job::new("deliveries.send", every, move |ctx| {
            let http = http.clone();
            async move {
                dispatch::run(&ctx.db, &ctx.settings, &http).await?;
                Ok(())
            }
        }),
        Job::new("deliveries.offices", every, move |ctx| {
            let (http, marks) = (lists.clone(), marks.clone());
            async move { offices::refresh(&ctx.db, &ctx.settings, &http, &marks).await }
        }),
    ]
}

/// Where each letter of a campaign to Congress stands, for staff pages.
pub async fn statuses(db: &Db, campaign_id: i64) -> Result<Vec<store::Status>, sqlx::Error> {
    on_db!(db, store::sql, statuses(campaign_id))
}

#[cfg(test)]
mod tests {
    #[test]
    fn our_own_reasons_are_kept_whatever_the_supporter_is_called() {
        // A supporter on Congress Street in The Villages.
        let personal = ["Grace", "Not", "1 Congress Street", "The Villages", "own"];
        for ours in [super::store::NOT_CONSTITUENT, super::store::NOT_IN_OFFICE] {
            assert_eq!(super::kept_reason(ours, &personal), ours);
        }
        let theirs = super::kept_reason("HTTP 400: Congress Street is not valid", &personal);
        assert!(!theirs.contains("Congress"), "{theirs}");
    }

    #[test]
    fn reasons_keep_the_status_and_lose_the_supporters_details() {
        let personal = [
            "Grace Brewster Hopper",
            "grace@example.com",
            "1 Church Street",
            "Burlington",
            "05401",
            "802-555-0142",
            "Clean air",
        ];
        let said = super::scrub(
            "Invalid ZIP 05401 for Grace Hopper at 1 Church Street, Burlington (grace@example.com) 8025550142",
        );
        let r = super::redact(&format!("HTTP 400: {said}"), &personal);
        assert!(r.starts_with("HTTP 400: Invalid ZIP"), "{r}");
        for gone in [
            "05401",
            "Grace",
            "Hopper",
            "Church",
            "Burlington",
            "@",
            "555",
        ] {
            assert!(!r.contains(gone), "{gone} in {r}");
        }
        assert_eq!(super::redact("captcha needed", &personal), "captcha needed");
        assert_eq!(super::redact("HTTP 503", &personal), "HTTP 503");
        assert_eq!(
            super::redact(&"x ".repeat(500), &personal).chars().count(),
            160
        );
        // Our own numbers stay.
        assert_eq!(
            super::redact("the answer is larger than 1048576 bytes", &personal),
            "the answer is larger than 1048576 bytes"
        );
    }
}
