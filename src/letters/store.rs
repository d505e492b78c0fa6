//! Letters in the database: a submission (supporter, letters, token, confirmation email) in one
//! transaction; confirmation; and what staff and supporters read back.

use serde::Serialize;

use crate::domain::{Country, PersonName, Postcode, SignerEmail};
use crate::email::Email;

/// Whether an address asked for no more email from a campaign ($1 campaign, $2 canonical address):
/// submissions and repeats then queue none.
pub const UNSUBSCRIBED: &str =
    "SELECT COUNT(*) FROM letter_supporters WHERE campaign_id = $1 AND canonical_email = $2 AND unsubscribed_at IS NOT NULL";

pub struct NewSubmission {
    pub campaign_id: i64,
    pub name: PersonName,
    /// Also gives the canonical form supporters are told apart by.
    pub email: SignerEmail,
    pub address: String,
    pub city: String,
    pub region: String,
    pub postcode: Option<Postcode>,
    pub country: Country,
    pub personal_message: String,
    /// How the supporter is addressed, and their phone: optional.
    pub prefix: String,
    pub phone: String,
    /// The consent text carried the sharing notice (webhooks then get the personal fields).
    pub sharing_notice: bool,
    pub locale: String,
    pub letters: Vec<NewLetter>,
    pub token_hash: String,
    pub confirm_email: Email,
    /// Why the anti-abuse guard held the submission back (None: clean).
    pub flag: Option<&'static str>,
    pub ip_hash: String,
    pub ip_prefix: String,
    /// Confirmation emails one address may cause in one campaign within `email_window_ms`.
    pub max_emails: i64,
    pub email_window_ms: i64,
    /// The my-data link carried by the confirmation email.
    pub data_token_hash: String,
    /// The global per-address cap on emails the public can cause, and its window: an email the
    /// worker would drop is not promised.
    pub max_public: i64,
    pub public_window_ms: i64,
}

impl NewSubmission {
    /// The postcode as stored: empty when the country has none.
    fn postcode_text(&self) -> &str {
        self.postcode.as_ref().map_or("", |p| p.as_str())
    }
}

pub struct NewLetter {
    pub target_id: i64,
    pub subject: String,
    pub body: String,
    pub edited: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Submitted {
    /// Letters waiting for confirmation: new, or replacing the address's earlier unconfirmed ones.
    /// `emailed`: a confirmation email went out (not for bots, nor past the cap).
    Pending { replaced: bool, emailed: bool },
    /// Nothing changed: every letter was written before, or pending letters were kept because
    /// this submission may not cause an email.
    Unchanged,
}

crate::domain::keyword! {
    /// Where a letter is: waiting for its writer's link, confirmed, handed to the outbox, or
    /// made ready for the writer to deliver themselves.
    pub enum LetterState ("letter state") {
        Pending = "pending",
        Confirmed = "confirmed",
        Queued = "queued",
        Manual = "manual",
    }
}

crate::domain::keyword! {
    /// Where a supporter (the writer of a campaign's letters) is: waiting for their email link,
    /// or confirmed.
    pub enum SupporterState ("supporter state") {
        Pending = "pending",
        Confirmed = "confirmed",
    }
}

/// A letter with its target, for the supporter's page and for staff.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct LetterView {
    pub id: i64,
    pub campaign_id: i64,
    pub subject: String,
    pub body: String,
    pub state: LetterState,
    pub edited: bool,
    pub target_id: i64,
    /// The directory the target is in (e.g. the US Senate).
    pub target_body: String,
    pub target_name: String,
    pub honorific: String,
    pub region: String,
    pub district: String,
    pub target_email: Option<String>,
    pub contact_url: Option<String>,
    pub phone: String,
    pub postal_address: String,
    /// The language the target reads (from the directory); the letter's address block uses it.
    pub target_language: String,
    pub supporter_name: String,
    pub supporter_email: String,
    pub supporter_prefix: String,
    pub supporter_phone: String,
    /// The language the supporter wrote in.
    pub supporter_locale: String,
    pub address: String,
    pub city: String,
    pub supporter_region: String,
    pub postcode: String,
    pub country: String,
    pub confirmed_at: Option<i64>,
    pub outbox_state: Option<String>,
}

impl LetterView {
    /// The letter as delivered: the text, then the supporter's name and full postal address.
    /// The letter as the target gets it: the body, then the supporter's name and postal address,
    /// the country named in the target's language.
    pub fn full_text(&self) -> String {
        let lang = crate::i18n::Lang::stored(&self.target_language);
        lang.scope_sync(|| {
            signed_letter(
                &self.body,
                &self.supporter_name,
                &self.address,
                &self.city,
                &self.supporter_region,
                &self.postcode,
                &self.country,
            )
        })
    }

    pub fn target_label(&self) -> String {
        let hon = if self.honorific.is_empty() {
            String::new()
        } else {
            format!("{} ", self.honorific)
        };
        format!("{hon}{}", self.target_name)
    }

    /// queued / sent / failed for emailed letters; otherwise the letter's own state.
    pub fn delivery(&self) -> &str {
        match (self.state, self.outbox_state.as_deref()) {
            (LetterState::Queued, Some("sent")) => "sent",
            (LetterState::Queued, Some("failed")) => "failed",
            (s, _) => s.as_str(),
        }
    }
}

pub fn signed_letter(
    body: &str,
    name: &str,
    address: &str,
    city: &str,
    region: &str,
    postcode: &str,
    country: &str,
) -> String {
    let place = if country == "US" && !city.is_empty() && !region.is_empty() {
        // A US postal address: "Burlington, VT 05401".
        format!("{city}, {region} {postcode}").trim_end().to_owned()
    } else {
        [city, region, postcode]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let country = crate::domain::country_name(country);
    format!("{body}\n\n{name}\n{address}\n{place}\n{country}\n")
}

/// Per-target (or per-campaign when `target_id` is 0) figures for staff.
#[derive(Debug, Clone, Default, sqlx::FromRow, Serialize)]
pub struct LetterCounts {
    pub target_id: i64,
    pub target_name: String,
    pub pending: i64,
    pub confirmed: i64,
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    pub manual: i64,
    pub edited: i64,
    pub unedited: i64,
}

pub const VIEW_SELECT: &str = "SELECT l.id, l.campaign_id, l.subject, l.body, l.state, l.edited, t.id AS target_id, t.body AS target_body, \
    t.name AS target_name, t.honorific, t.region, t.district, t.email AS target_email, t.contact_url, t.phone, \
    t.postal_address, t.language AS target_language, s.name AS supporter_name, s.email AS supporter_email, s.prefix AS supporter_prefix, s.phone AS supporter_phone, s.locale AS supporter_locale, s.address, s.city, \
    s.region AS supporter_region, s.postcode, s.country, l.confirmed_at, o.state AS outbox_state \
    FROM letters l JOIN targets t ON t.id = l.target_id JOIN letter_supporters s ON s.id = l.supporter_id \
    LEFT JOIN outbox o ON o.id = l.outbox_id";

crate::per_engine! {
    pub mod sql {
        use crate::email::Email;
        use crate::letters::store::{LetterCounts, LetterView, NewSubmission, Submitted, VIEW_SELECT};

        /// One transaction. An address with letters still awaiting confirmation has them REPLACED
        /// by this submission (name, address, letters, flag), and only the newest link works: a
        /// click confirms exactly what its owner last submitted. A submission that may not cause
        /// an email (a bot's, or past the cap per address and campaign) leaves pending letters as
        /// they are, so it cannot kill a working link. Without pending letters: a new supporter row.
        /// Letters already written to a target before are skipped (one per address per target); if
        /// none is left, nothing changes.
        pub async fn submit(pool: &Pool, s: &NewSubmission, now: i64) -> Result<Submitted, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            if PG {
                // One submission per address and campaign at a time, so the email cap is exact
                // (SQLite's immediate transactions already run one at a time).
                sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
                    .bind(format!("letters:{}:{}", s.campaign_id, s.email.canonical()))
                    .execute(&mut *tx).await?;
            }
            let lock = if PG { " FOR UPDATE" } else { "" };
            let pending: Option<i64> = sqlx::query_scalar(&format!(
                "SELECT id FROM letter_supporters WHERE campaign_id = $1 AND canonical_email = $2 AND state = 'pending' \
                 ORDER BY id DESC LIMIT 1{lock}"
            ))
            .bind(s.campaign_id).bind(s.email.canonical()).fetch_optional(&mut *tx).await?;
            // The address's emails from this campaign in the rolling window count towards the cap:
            // a stranger repeating someone's address holds it off for the window, never for good.
            let sent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM letter_email_log WHERE campaign_id = $1 AND canonical_email = $2 AND sent_at > $3",
            )
            .bind(s.campaign_id).bind(s.email.canonical()).bind(now - s.email_window_ms).fetch_one(&mut *tx).await?;
            let key = crate::email::caps::key_of_canonical(s.email.canonical());
            let used: Option<i64> = sqlx::query_scalar("SELECT sent FROM mail_caps WHERE recipient_key = $1 AND window_start > $2")
                .bind(&key).bind(now - s.public_window_ms).fetch_optional(&mut *tx).await?;
            // An address that asked for no more email from this campaign gets none.
            let unsubscribed: i64 = sqlx::query_scalar(crate::letters::store::UNSUBSCRIBED)
            .bind(s.campaign_id).bind(s.email.canonical()).fetch_one(&mut *tx).await?;
            let emailed = sent < s.max_emails && !crate::abuse::flags::is_bot(s.flag)
                && used.is_none_or(|n| n < s.max_public) && unsubscribed == 0;
            let supporter_id = match pending {
                Some(_) if !emailed => {
                    tx.rollback().await?;
                    return Ok(Submitted::Unchanged);
                }
                Some(id) => {
                    sqlx::query(
                        "UPDATE letter_supporters SET name = $2, email = $3, address = $4, city = $5, region = $6, postcode = $7, \
                         country = $8, personal_message = $9, locale = $10, created_at = $11, flag = $12, \
                         ip_hash = $13, ip_prefix = $14, prefix = $15, phone = $16, sharing_notice = $17 WHERE id = $1",
                    )
                    .bind(id).bind(s.name.as_str()).bind(s.email.as_str()).bind(&s.address).bind(&s.city).bind(&s.region).bind(s.postcode_text())
                    .bind(s.country.code()).bind(&s.personal_message).bind(&s.locale).bind(now).bind(s.flag).bind(&s.ip_hash)
                    .bind(&s.ip_prefix).bind(&s.prefix).bind(&s.phone).bind(s.sharing_notice).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM letters WHERE supporter_id = $1 AND state = 'pending'")
                        .bind(id).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM letter_tokens WHERE supporter_id = $1").bind(id).execute(&mut *tx).await?;
                    id
                }
                None => sqlx::query_scalar(
                    "INSERT INTO letter_supporters (campaign_id, name, email, canonical_email, address, city, region, postcode, \
                     country, personal_message, state, locale, created_at, emails_sent, flag, ip_hash, ip_prefix, prefix, phone, \
                     sharing_notice) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $12, 0, $13, $14, $15, $16, $17, $18) RETURNING id",
                )
                .bind(s.campaign_id).bind(s.name.as_str()).bind(s.email.as_str()).bind(s.email.canonical()).bind(&s.address).bind(&s.city)
                .bind(&s.region).bind(s.postcode_text()).bind(s.country.code()).bind(&s.personal_message).bind(&s.locale).bind(now)
                .bind(s.flag).bind(&s.ip_hash).bind(&s.ip_prefix).bind(&s.prefix).bind(&s.phone).bind(s.sharing_notice)
                .fetch_one(&mut *tx).await?,
            };
            let mut written = 0;
            for l in &s.letters {
                let res = sqlx::query(
                    "INSERT INTO letters (campaign_id, supporter_id, target_id, canonical_email, subject, body, edited, state, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8) ON CONFLICT DO NOTHING",
                )
                .bind(s.campaign_id).bind(supporter_id).bind(l.target_id).bind(s.email.canonical()).bind(&l.subject)
                .bind(&l.body).bind(l.edited).bind(now)
                .execute(&mut *tx).await?;
                written += res.rows_affected();
            }
            if written == 0 {
                tx.rollback().await?;
                return Ok(Submitted::Unchanged);
            }
            sqlx::query("INSERT INTO letter_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                .bind(&s.token_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
            if emailed {
                s.confirm_email.insert_query::<DB>(now).execute(&mut *tx).await?;
                sqlx::query("UPDATE letter_supporters SET emails_sent = emails_sent + 1 WHERE id = $1")
                    .bind(supporter_id).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO letter_email_log (campaign_id, canonical_email, sent_at) VALUES ($1, $2, $3)")
                    .bind(s.campaign_id).bind(s.email.canonical()).bind(now).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                    .bind(&s.data_token_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Submitted::Pending { replaced: pending.is_some(), emailed })
        }

        /// (supporter id, campaign id, state) for a token hash.
        pub async fn by_token(pool: &Pool, token_hash: &str) -> Result<Option<(i64, i64, SupporterState)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT s.id, s.campaign_id, s.state FROM letter_tokens k JOIN letter_supporters s ON s.id = k.supporter_id \
                 WHERE k.token_hash = $1",
            )
            .bind(token_hash).fetch_optional(pool).await
        }

        /// Confirms a supporter's letters: those to targets with an email address wait for delivery,
        /// and so do those to members of Congress when `congress` (a delivery service is set up);
        /// the others are kept for hand delivery, and `pack` (the supporter's copy of those, with
        /// each office's contact details) goes out with the change. Idempotent.
        /// `pack` comes with the hash of the my-data link it carries.
        pub async fn confirm(
            pool: &Pool, supporter_id: i64, now: i64, pack: Option<(&Email, &str)>, congress: bool,
        ) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            // Only while the campaign is open: closing it stops letters awaiting confirmation too.
            let res = sqlx::query(
                "UPDATE letter_supporters SET state = 'confirmed', confirmed_at = $2 WHERE id = $1 AND state = 'pending' \
                 AND campaign_id IN (SELECT id FROM letter_campaigns WHERE state = 'open')",
            )
            .bind(supporter_id).bind(now).execute(&mut *tx).await?;
            if res.rows_affected() == 1 {
                sqlx::query(
                    "UPDATE letters SET confirmed_at = $2, state = CASE WHEN EXISTS \
                     (SELECT 1 FROM targets t WHERE t.id = letters.target_id AND ((t.email IS NOT NULL AND t.email <> '') \
                     OR ($3 AND t.body IN ($4, $5)))) \
                     THEN 'confirmed' ELSE 'manual' END WHERE supporter_id = $1 AND state = 'pending'",
                )
                .bind(supporter_id).bind(now).bind(congress).bind(crate::letters::targets::US_HOUSE)
                .bind(crate::letters::targets::US_SENATE).execute(&mut *tx).await?;
                if let Some((mail, data_hash)) = pack {
                    mail.insert_query::<DB>(now).execute(&mut *tx).await?;
                    sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                        .bind(data_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(res.rows_affected() == 1)
        }

        pub async fn letters_of(pool: &Pool, supporter_id: i64) -> Result<Vec<LetterView>, sqlx::Error> {
            sqlx::query_as::<DB, LetterView>(&format!("{VIEW_SELECT} WHERE l.supporter_id = $1 ORDER BY t.last_name, t.name, l.id"))
                .bind(supporter_id).fetch_all(pool).await
        }

        /// Confirmed letters to one target (for exports and the printable pack), oldest first; letters
        /// held back by the anti-abuse guard are left out until staff release them.
        pub async fn letters_to(pool: &Pool, campaign_id: i64, target_id: i64) -> Result<Vec<LetterView>, sqlx::Error> {
            sqlx::query_as::<DB, LetterView>(&format!(
                "{VIEW_SELECT} WHERE l.campaign_id = $1 AND l.target_id = $2 AND l.state <> 'pending' AND s.flag IS NULL ORDER BY l.id"
            ))
            .bind(campaign_id).bind(target_id).fetch_all(pool).await
        }

        /// Figures per target of a campaign.
        pub async fn counts(pool: &Pool, campaign_id: i64) -> Result<Vec<LetterCounts>, sqlx::Error> {
            sqlx::query_as::<DB, LetterCounts>(
                "SELECT t.id AS target_id, t.name AS target_name, \
                 SUM(CASE WHEN l.state = 'pending' THEN 1 ELSE 0 END) AS pending, \
                 SUM(CASE WHEN l.state = 'confirmed' THEN 1 ELSE 0 END) AS confirmed, \
                 SUM(CASE WHEN l.state = 'queued' AND o.state = 'pending' THEN 1 ELSE 0 END) AS queued, \
                 SUM(CASE WHEN l.state = 'queued' AND o.state = 'sent' THEN 1 ELSE 0 END) AS sent, \
                 SUM(CASE WHEN l.state = 'queued' AND o.state = 'failed' THEN 1 ELSE 0 END) AS failed, \
                 SUM(CASE WHEN l.state = 'manual' THEN 1 ELSE 0 END) AS manual, \
                 SUM(CASE WHEN l.state <> 'pending' AND l.edited THEN 1 ELSE 0 END) AS edited, \
                 SUM(CASE WHEN l.state <> 'pending' AND NOT l.edited THEN 1 ELSE 0 END) AS unedited \
                 FROM letters l JOIN targets t ON t.id = l.target_id LEFT JOIN outbox o ON o.id = l.outbox_id \
                 WHERE l.campaign_id = $1 GROUP BY t.id, t.name, t.last_name ORDER BY t.last_name, t.name",
            )
            .bind(campaign_id).fetch_all(pool).await
        }

        /// Supporters held back by the anti-abuse guard: (id, flag, state, created_at, letters).
        pub async fn held(pool: &Pool, campaign_id: i64) -> Result<Vec<(i64, String, SupporterState, i64, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT s.id, s.flag, s.state, s.created_at, (SELECT COUNT(*) FROM letters l WHERE l.supporter_id = s.id) \
                 FROM letter_supporters s WHERE s.campaign_id = $1 AND s.flag IS NOT NULL ORDER BY s.id LIMIT 200",
            )
            .bind(campaign_id).fetch_all(pool).await
        }

        /// Clears a supporter's flag, so their confirmed letters go out; with `link`, a pending
        /// supporter gets a fresh confirmation link (replacing any earlier one) by email. Returns
        /// whether this call released them.
        pub async fn release(
            pool: &Pool, campaign_id: i64, supporter_id: i64, link: Option<(&str, &Email)>, now: i64,
        ) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query("UPDATE letter_supporters SET flag = NULL WHERE id = $1 AND campaign_id = $2 AND flag IS NOT NULL")
                .bind(supporter_id).bind(campaign_id).execute(&mut *tx).await?;
            if res.rows_affected() != 1 {
                return Ok(false);
            }
            if let Some((token_hash, email)) = link {
                sqlx::query("DELETE FROM letter_tokens WHERE supporter_id = $1").bind(supporter_id).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO letter_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                    .bind(token_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
                email.insert_query::<DB>(now).execute(&mut *tx).await?;
                sqlx::query("UPDATE letter_supporters SET emails_sent = emails_sent + 1 WHERE id = $1")
                    .bind(supporter_id).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        }

        /// Supporters who confirmed, held-back ones aside (the campaign's headline figure).
        pub async fn confirmed_supporters(pool: &Pool, campaign_id: i64) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar("SELECT COUNT(*) FROM letter_supporters WHERE campaign_id = $1 AND state = 'confirmed' AND flag IS NULL")
                .bind(campaign_id).fetch_one(pool).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LetterState;

    #[test]
    fn letter_states_round_trip_through_their_stored_words() {
        assert_eq!(
            LetterState::WORDS,
            ["pending", "confirmed", "queued", "manual"]
        );
        for s in LetterState::ALL {
            assert_eq!(s.as_str().parse::<LetterState>(), Ok(*s));
        }
        let err = "sent".parse::<LetterState>().unwrap_err();
        assert!(err.to_string().contains(r#"unknown letter state "sent""#));
    }
}
