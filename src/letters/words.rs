//! Saying what really happens: whether a campaign's letters can be delivered by us (targets with an
//! email address) or are made ready for the supporter to deliver (contact form, phone, post); the
//! email with the supporter's letters and each office's contact details after confirming; and the
//! "you already wrote" email for a supporter who submits again.

use super::campaign::{LetterCampaign, TargetRule};
use super::store::LetterView;
use super::targets::{US_HOUSE, US_SENATE};
use crate::db::Db;
use crate::email::Email;
use crate::i18n::{t, ta, ta2};
use crate::on_db;

/// Whether every target the campaign can write to has an email address or is reached by a delivery
/// service (its `delivery_channel`), so "send" is true.
/// Otherwise the supporter's letters are made ready for them to deliver.
pub async fn delivers_by_email(db: &Db, c: &LetterCampaign) -> Result<bool, sqlx::Error> {
    let without = match c.target_rule {
        TargetRule::Body => on_db!(db, sql, body_without_email(&c.target_body))?,
        TargetRule::Fixed => on_db!(db, sql, fixed_without_email(c.id))?,
        TargetRule::UsSenators => on_db!(db, sql, body_without_email(US_SENATE))?,
        TargetRule::UsHouse => on_db!(db, sql, body_without_email(US_HOUSE))?,
        TargetRule::UsCongress => {
            on_db!(db, sql, body_without_email(US_SENATE))?
                + on_db!(db, sql, body_without_email(US_HOUSE))?
        }
    };
    Ok(without == 0)
}

/// The message id for this campaign's delivery: `{id}` when letters are sent by email,
/// `{id}-ready` when the supporter delivers them. (By reference: templates pass their fields so.)
pub fn word(id: &str, by_email: &bool) -> String {
    if *by_email {
        id.to_owned()
    } else {
        format!("{id}-ready")
    }
}

/// How one office takes a letter, as lines of text (the page shows the same in HTML).
fn how_to_deliver(l: &LetterView) -> Vec<String> {
    if l.target_email.as_deref().is_some_and(|e| !e.is_empty()) {
        return vec![t("letter-by-email")];
    }
    let mut lines = Vec::new();
    if let Some(url) = l.contact_url.as_deref().filter(|u| !u.is_empty()) {
        let id = if super::places::is_contact_form(url) {
            "email-pack-form"
        } else {
            "email-pack-site"
        };
        lines.push(ta(id, "url", url));
    }
    if !l.phone.is_empty() {
        let id = if lines.is_empty() {
            "email-pack-phone"
        } else {
            "email-pack-phone-or"
        };
        lines.push(ta(id, "phone", l.phone.as_str()));
    }
    if !l.postal_address.is_empty() {
        let id = if lines.is_empty() {
            "email-pack-post"
        } else {
            "email-pack-post-or"
        };
        lines.push(ta(id, "address", l.postal_address.as_str()));
    }
    lines
}

/// Each letter with its recipient, how to deliver it, its subject and its full text.
pub fn letter_blocks(letters: &[LetterView]) -> String {
    let rule = "-".repeat(60);
    letters
        .iter()
        .map(|l| {
            let how: Vec<String> = how_to_deliver(l).iter().map(|h| format!("  {h}")).collect();
            format!(
                "{rule}\n{to}\n{how}\n\n{subject}\n\n{text}",
                to = ta("letter-to", "target", l.target_label()),
                how = how.join("\n"),
                subject = ta("letter-subject-line", "subject", l.subject.as_str()),
                text = l.full_text(),
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// After confirming: the letters the supporter delivers themselves, with each office's contact form,
/// phone and postal address, so nothing is lost when the page is closed. None when every letter
/// goes by email (receipts follow each one). With `congress` (a delivery service is set up),
/// letters to members of Congress are left out: they are delivered for the supporter.
pub fn pack_email(
    title: &str,
    letters: &[LetterView],
    page: &str,
    congress: bool,
) -> Option<Email> {
    let by_hand: Vec<LetterView> = letters
        .iter()
        .filter(|l| l.target_email.as_deref().is_none_or(str::is_empty))
        .filter(|l| !(congress && [US_SENATE, US_HOUSE].contains(&l.target_body.as_str())))
        .cloned()
        .collect();
    let first = by_hand.first()?;
    Some(Email {
        kind: crate::email::EmailKind::LetterPack,
        to: first.supporter_email.clone(),
        from_name: None,
        reply_to: None,
        subject: ta("email-pack-subject", "title", title),
        text: format!(
            "{hello}\n\n{intro}\n\n{blocks}\n\n{page}\n{link}\n",
            hello = ta("email-hello", "name", first.supporter_name.as_str()),
            intro = ta2("email-pack-intro", "title", title, "count", by_hand.len()),
            blocks = letter_blocks(&by_hand),
            page = t("email-pack-page"),
            link = page,
        ),
        html: None,
        payload: None,
    })
}

/// For a supporter who already wrote and submits again: their letters, as they were confirmed.
pub fn again_email(title: &str, letters: &[LetterView]) -> Option<Email> {
    let first = letters.first()?;
    Some(Email {
        kind: crate::email::EmailKind::LetterAgain,
        to: first.supporter_email.clone(),
        from_name: None,
        reply_to: None,
        subject: ta("email-again-subject", "title", title),
        text: format!(
            "{hello}\n\n{intro}\n\n{blocks}\n\n{ignore}\n",
            hello = ta("email-hello", "name", first.supporter_name.as_str()),
            intro = ta2("email-again-intro", "title", title, "count", letters.len()),
            blocks = letter_blocks(letters),
            ignore = t("email-again-ignore"),
        ),
        html: None,
        payload: None,
    })
}

/// What happened to a repeat submission whose letters were all written before.
#[derive(Debug, PartialEq, Eq)]
pub enum Again {
    /// The "already wrote" email is on its way.
    Emailed,
    /// The address has had as many emails as it may get: none is sent.
    Capped,
    /// The address has no confirmed letters in the campaign (its pending ones were kept).
    NotWritten,
}

/// Caps for the "already wrote" email: the campaign's own per-address count and the global
/// per-address window.
pub struct AgainCaps {
    /// The campaign's emails per address within `campaign_window_ms` (the letters' email log).
    pub max_per_campaign: i64,
    pub campaign_window_ms: i64,
    pub max_public: i64,
    pub window_ms: i64,
    /// The my-data link the email carries.
    pub data_token_hash: String,
}

crate::per_engine! {
    pub mod sql {
        use crate::email::Email;
        use crate::letters::store::{LetterView, VIEW_SELECT};
        use crate::letters::words::{Again, AgainCaps};

        /// Active members of `body` without an email address.
        pub async fn body_without_email(pool: &Pool, body: &str) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar("SELECT COUNT(*) FROM targets WHERE body = $1 AND active AND (email IS NULL OR email = '') AND delivery_channel = ''")
                .bind(body).fetch_one(pool).await
        }

        /// Targets on a campaign's fixed list without an email address.
        pub async fn fixed_without_email(pool: &Pool, campaign_id: i64) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM targets t JOIN letter_campaign_targets ct ON ct.target_id = t.id \
                 WHERE ct.campaign_id = $1 AND t.active AND (t.email IS NULL OR t.email = '') AND t.delivery_channel = ''",
            )
            .bind(campaign_id).fetch_one(pool).await
        }

        /// Sends the address its confirmed letters again, if both caps allow: the campaign's count
        /// of emails per address and the global per-address window (an email dropped there would
        /// make the page's "we have sent you an email" untrue). One transaction.
        pub async fn again(
            pool: &Pool, campaign_id: i64, canonical: &str, caps: &AgainCaps, now: i64,
            email: impl Fn(&[LetterView]) -> Option<Email>,
        ) -> Result<Again, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            if PG {
                // The same lock as a submission's, so the campaign's count stays exact.
                sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
                    .bind(format!("letters:{campaign_id}:{canonical}"))
                    .execute(&mut *tx).await?;
            }
            let supporter: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM letter_supporters WHERE campaign_id = $1 AND canonical_email = $2 AND state = 'confirmed' \
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(campaign_id).bind(canonical).fetch_optional(&mut *tx).await?;
            let Some(supporter) = supporter else {
                return Ok(Again::NotWritten);
            };
            let letters: Vec<LetterView> = sqlx::query_as::<DB, LetterView>(&format!(
                "{VIEW_SELECT} WHERE l.campaign_id = $1 AND l.canonical_email = $2 AND l.state <> 'pending' \
                 ORDER BY t.last_name, t.name, l.id"
            ))
            .bind(campaign_id).bind(canonical).fetch_all(&mut *tx).await?;
            let Some(mail) = email(&letters) else {
                return Ok(Again::NotWritten);
            };
            let sent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM letter_email_log WHERE campaign_id = $1 AND canonical_email = $2 AND sent_at > $3",
            )
            .bind(campaign_id).bind(canonical).bind(now - caps.campaign_window_ms).fetch_one(&mut *tx).await?;
            let key = crate::email::caps::key_of_canonical(canonical);
            let used: Option<i64> = sqlx::query_scalar("SELECT sent FROM mail_caps WHERE recipient_key = $1 AND window_start > $2")
                .bind(&key).bind(now - caps.window_ms).fetch_optional(&mut *tx).await?;
            let unsubscribed: i64 = sqlx::query_scalar(crate::letters::store::UNSUBSCRIBED)
            .bind(campaign_id).bind(canonical).fetch_one(&mut *tx).await?;
            if sent >= caps.max_per_campaign || used.is_some_and(|n| n >= caps.max_public) || unsubscribed > 0 {
                return Ok(Again::Capped);
            }
            mail.insert_query::<DB>(now).execute(&mut *tx).await?;
            sqlx::query("UPDATE letter_supporters SET emails_sent = emails_sent + 1 WHERE id = $1")
                .bind(supporter).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO letter_email_log (campaign_id, canonical_email, sent_at) VALUES ($1, $2, $3)")
                .bind(campaign_id).bind(canonical).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                .bind(&caps.data_token_hash).bind(supporter).bind(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Again::Emailed)
        }
    }
}
