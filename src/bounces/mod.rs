//! Bounces and complaints: reports come in through a mailbox (a local `maildir`, or one read over
//! `imap`: RFC 3464 delivery status notifications and RFC 5965 feedback reports sent to our
//! per-message bounce addresses) or a provider's webhook (`postmark`), and put addresses on the
//! suppression list
//! (`crate::email::suppress`), which the outbox drainer obeys. A letter that bounces from a
//! target's office marks that target for staff.
//!
//! Each report is recorded by an id (the message's digest, the provider's event id) in the same
//! transaction as what it changes, so a report read twice counts once.

pub mod imap;
pub mod maildir;
pub mod postmark;
pub mod report;

use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::email::suppress::Source;
use crate::email::verp::{day_of, tag_in, TagError, Verp};
use crate::email::EmailKind;
use crate::on_db;
use report::NotReport;

/// What a report says happened to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Permanent failure (5.x.x): the address does not work.
    Hard,
    /// Temporary failure the receiving server gave up on (4.x.x): counted, suppresses in a row.
    Soft,
    /// The reader marked the message as spam.
    Complaint,
}

impl Event {
    fn as_str(self) -> &'static str {
        match self {
            Event::Hard => "hard",
            Event::Soft => "soft",
            Event::Complaint => "complaint",
        }
    }
}

/// A checked report about one address.
#[derive(Debug, Clone)]
pub struct Bounce {
    /// Canonical address.
    pub address: String,
    pub kind: Option<EmailKind>,
    pub event: Event,
    /// The status code or the provider's type, for staff.
    pub detail: String,
    pub source: Source,
}

/// What recording a report did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// This report was handled before.
    Duplicate,
    /// Counted, the address not (yet) suppressed.
    Counted,
    /// The address is now on the suppression list (or already was).
    Suppressed,
}

/// The capability's context: the database and settings (for the webhook route).
#[derive(Clone)]
pub struct BouncesCtx {
    pub db: Db,
    pub settings: Arc<Settings>,
}

/// Records report `id` about `b`, once: the suppression, the soft-bounce count and the mark on a
/// target's office are written with the report's id in one transaction.
pub async fn record(
    db: &Db,
    settings: &Settings,
    id: &str,
    b: &Bounce,
) -> Result<Outcome, sqlx::Error> {
    let s = &settings.bounces;
    let window = s.soft_bounce_window_days.max(1) * 86_400_000;
    let outcome = on_db!(
        db,
        sql,
        record(id, b, now_ms(), s.soft_bounce_limit.max(1), window)
    )?;
    if outcome != Outcome::Duplicate {
        let kind = b.kind.map(EmailKind::as_str).unwrap_or("unknown");
        let source = b.source.as_str();
        match b.event {
            Event::Complaint => {
                metrics::counter!("email_complaints_total", "kind" => kind, "source" => source)
                    .increment(1)
            }
            event => metrics::counter!(
                "email_bounces_total", "kind" => kind, "type" => event.as_str(), "source" => source
            )
            .increment(1),
        }
        if outcome == Outcome::Suppressed {
            tracing::info!(kind, event = b.event.as_str(), "address suppressed");
        }
    } else {
        ignored("duplicate");
    }
    Ok(outcome)
}

/// Counts a report left aside, by why (`forged`, `expired`, `unmatched`, `unreadable`,
/// `not_a_bounce`, `duplicate`).
pub fn ignored(why: &'static str) {
    metrics::counter!("bounce_reports_ignored_total", "reason" => why).increment(1);
}

/// The first of `addresses` that is one of our bounce addresses with a valid tag: the recipient
/// and kind it names. Tags that fail their check are counted (a forged or altered one, an old
/// one replayed) and never acted on.
pub fn checked_tag(
    verp: &Verp,
    settings: &Settings,
    addresses: &[String],
) -> Result<(String, EmailKind), &'static str> {
    let s = &settings.bounces;
    let mut why = "unmatched";
    for address in addresses {
        let Some(tag) = tag_in(address, &s.verp_local) else {
            continue;
        };
        match verp.check(tag, day_of(now_ms()), s.tag_max_age_days.max(1)) {
            Ok(t) => return Ok((t.address, t.kind)),
            Err(TagError::Expired) => why = "expired",
            Err(TagError::BadSignature | TagError::Malformed) => why = "forged",
        }
    }
    Err(why)
}

/// A bounce quotes at most the original message; anything bigger in the mailbox is not read.
pub const MAX_MESSAGE_BYTES: u64 = 4 * 1024 * 1024;

/// Handles one message of the bounce mailbox (a maildir file or an IMAP message): records what it
/// reports under the digest of its bytes, so the same message read twice (through either way in,
/// or again after a crash before it was marked handled) counts once. Only a database error is an
/// error: a message we cannot use is counted and left aside, never a reason to stop the others.
pub async fn handle_message(
    db: &Db,
    settings: &Settings,
    verp: &Verp,
    raw: &[u8],
) -> Result<(), sqlx::Error> {
    let id = format!("mailbox:{}", hex::encode(Sha256::digest(raw)));
    let report = match report::parse(raw) {
        Ok(r) => r,
        Err(not) => {
            ignored(match not {
                NotReport::Ignored => "not_a_bounce",
                NotReport::Unreadable => "unreadable",
            });
            return Ok(());
        }
    };
    let (address, kind) = match checked_tag(verp, settings, &report.addresses) {
        Ok(found) => found,
        Err(why) => {
            tracing::info!(why, "bounce report without a valid bounce address, ignored");
            ignored(why);
            return Ok(());
        }
    };
    // A delivery status must be about the recipient the tag names: a genuine bounce address
    // on a report of another recipient's failure is a replay or a forgery.
    let Some((event, status)) = report.about(&address, &settings.canonical_email) else {
        tracing::info!("delivery status about another recipient than its bounce address, ignored");
        ignored("forged");
        return Ok(());
    };
    let bounce = Bounce {
        address: crate::email::suppress::mailbox(&address, &settings.canonical_email),
        kind: Some(kind),
        event,
        detail: status,
        source: Source::Mailbox,
    };
    record(db, settings, &id, &bounce).await?;
    Ok(())
}

/// Bounce background jobs: the mailbox readers, and forgetting old report ids.
pub fn jobs(settings: &Settings) -> Vec<crate::jobs::Job> {
    let mut jobs = vec![crate::jobs::Job::new(
        "bounces.reports_purge",
        crate::jobs::EVERY_MINUTE,
        |ctx| async move {
            // A report re-read after this long is long out of its mailbox.
            let before = now_ms() - 90 * 86_400_000;
            on_db!(&ctx.db, sql, purge(before))?;
            Ok(())
        },
    )];
    if !settings.bounces.maildir.as_os_str().is_empty() {
        jobs.push(maildir::job(settings));
    }
    if settings.bounces.imap_on() {
        jobs.push(imap::job(settings));
    }
    jobs
}

/// Targets whose office address bounced a letter (the directory may be stale), for staff.
pub async fn bounced_targets(db: &Db) -> Result<Vec<(String, String, String, i64)>, sqlx::Error> {
    on_db!(db, sql, bounced_targets())
}

pub fn router<S>() -> axum::Router<S>
where
    S: Clone + Send + Sync + 'static,
    BouncesCtx: axum::extract::FromRef<S>,
{
    axum::Router::new().route("/hooks/postmark", axum::routing::post(postmark::hook))
}

crate::per_engine! {
    mod sql {
        use crate::bounces::{Bounce, Event, Outcome};
        use crate::email::suppress::Reason;

        pub async fn record(pool: &Pool, id: &str, b: &Bounce, now: i64, limit: i64, window: i64) -> Result<Outcome, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let new = sqlx::query("INSERT INTO bounce_reports (id, created_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING")
                .bind(id).bind(now).execute(&mut *tx).await?.rows_affected() == 1;
            if !new {
                return Ok(Outcome::Duplicate);
            }
            let reason = match b.event {
                Event::Hard => Some(Reason::HardBounce),
                // An office that marks one supporter's letter as spam must not silence every
                // other supporter's: counted, not suppressed.
                Event::Complaint if b.kind == Some(crate::email::EmailKind::Letter) => None,
                Event::Complaint => Some(Reason::Complaint),
                Event::Soft => {
                    // In a row: a soft bounce long after the previous one starts again at 1.
                    let n: i64 = sqlx::query_scalar(
                        "INSERT INTO soft_bounces (address, bounces, last_at) VALUES ($1, 1, $2) \
                         ON CONFLICT (address) DO UPDATE SET bounces = CASE WHEN soft_bounces.last_at < $3 \
                         THEN 1 ELSE soft_bounces.bounces + 1 END, last_at = excluded.last_at RETURNING bounces",
                    )
                    .bind(&b.address).bind(now).bind(now - window).fetch_one(&mut *tx).await?;
                    (n >= limit).then_some(Reason::SoftBounces)
                }
            };
            let Some(reason) = reason else {
                tx.commit().await?;
                return Ok(Outcome::Counted);
            };
            sqlx::query(
                "INSERT INTO suppressions (address, reason, kind, source, detail, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (address) DO NOTHING",
            )
            .bind(&b.address).bind(reason.as_str()).bind(b.kind.map(|k| k.as_str()).unwrap_or(""))
            .bind(b.source.as_str()).bind(b.detail.chars().take(200).collect::<String>()).bind(now)
            .execute(&mut *tx).await?;
            if b.kind == Some(crate::email::EmailKind::Letter) && b.event != Event::Complaint {
                // The office's address no longer takes mail: the directory may be stale.
                sqlx::query("UPDATE targets SET email_bounced_at = $2 WHERE LOWER(TRIM(email)) = $1")
                    .bind(&b.address).bind(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Outcome::Suppressed)
        }

        /// Targets a letter to whom bounced and whose address is still suppressed: (name, body,
        /// address, when), newest first.
        pub async fn bounced_targets(pool: &Pool) -> Result<Vec<(String, String, String, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT t.name, t.body, t.email, t.email_bounced_at FROM targets t \
                 JOIN suppressions s ON s.address = LOWER(TRIM(t.email)) \
                 WHERE t.email_bounced_at IS NOT NULL ORDER BY t.email_bounced_at DESC LIMIT 500",
            )
            .fetch_all(pool).await
        }

        pub async fn purge(pool: &Pool, before: i64) -> Result<u64, sqlx::Error> {
            Ok(sqlx::query("DELETE FROM bounce_reports WHERE created_at < $1").bind(before).execute(pool).await?.rows_affected())
        }
    }
}
