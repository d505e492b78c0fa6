//! Deliveries in the database. A letter is claimed (its state `queued`, its delivery row written
//! with its DeliveryId) in one transaction; each send is leased first, so a send whose answer was
//! lost in a crash is sent again, with the same DeliveryId, once the lease ends; and its outcome,
//! with the supporter's email about it, is recorded in one transaction.

use serde::Serialize;

/// One delivery due for sending.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Due {
    pub letter_id: i64,
    pub delivery_id: String,
    pub attempts: i64,
    pub next_at: i64,
    /// The route taken at the first lease (`cwc` or `form_service`, and the office code or
    /// bioguide id), kept for every retry; empty before it.
    pub channel: String,
    pub office_code: String,
}

/// What the sender needs of a letter's target beyond the letter view.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Office {
    pub bioguide_id: String,
    pub body: String,
    pub region: String,
    pub district: String,
    pub supporter_id: i64,
    pub campaign_slug: String,
    pub campaign_title: String,
    /// How the campaign finds its targets: a member found from the supporter's own ZIP code is
    /// checked differently from one on a fixed list.
    pub target_rule: String,
    /// Still in the directory's current list: a member who left office gets no letter sent.
    pub active: bool,
}

/// Per campaign CWC settings (defaults when the campaign has none).
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct CampaignCwc {
    pub cwc_topics: String,
    pub cwc_campaign_id: String,
    pub test_mode: bool,
}

/// Where one letter to Congress stands, for staff.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Status {
    pub letter_id: i64,
    pub target_name: String,
    pub state: String,
    pub channel: String,
    pub reason: Option<String>,
    pub attempts: i64,
}

impl Status {
    /// The message id that names this status for staff.
    pub fn label_id(&self) -> &'static str {
        if self.state == "hand" && self.reason.as_deref() == Some(NOT_CONSTITUENT) {
            return "admin-delivery-outside";
        }
        if self.state == "hand" && self.reason.as_deref() == Some(NOT_IN_OFFICE) {
            return "admin-delivery-retired";
        }
        match (self.state.as_str(), self.channel.as_str()) {
            ("sent", "cwc") => "admin-delivery-sent-cwc",
            ("sent", _) => "admin-delivery-sent-form",
            ("tested", _) => "admin-delivery-tested",
            ("failed", _) => "admin-delivery-failed",
            ("hand", _) => "admin-delivery-hand",
            _ => "admin-delivery-waiting",
        }
    }
}

/// The reason kept for a letter to a member of Congress who does not represent its writer: CWC and
/// the offices' forms take constituents' letters only, so it is handed to the supporter.
pub const NOT_CONSTITUENT: &str = "not the supporter's own member of Congress";

/// The reason kept for a letter to a member no longer in the directory's current list.
pub const NOT_IN_OFFICE: &str = "no longer in office";

/// How a delivery ended when it did not reach the office.
pub struct Back<'a> {
    /// `failed` (a service refused it) or `hand` (no service reaches the office).
    pub state: &'static str,
    pub channel: &'a str,
    pub office_code: &'a str,
    pub reason: &'a str,
}

crate::per_engine! {
    pub mod sql {
        use crate::deliveries::store::{Back, CampaignCwc, Due, Office, Status};
        use crate::email::Email;
        use crate::letters::dispatch::{Allowance, LoadAllowance};
        use crate::letters::store::{LetterView, VIEW_SELECT};
        use crate::letters::targets::{US_HOUSE, US_SENATE};

        /// Pages of `limit` letters a claim reads at most, so one round stays bounded.
        const CLAIM_PAGES: usize = 20;

        /// Claims confirmed letters to members of Congress (targets without an email address),
        /// inside each campaign's sending window and per-office hourly cap, writing each one's
        /// delivery row. `ids` gives each a fresh DeliveryId. Returns how many were claimed.
        pub async fn claim(
            pool: &Pool, now: i64, limit: i64, mut ids: impl FnMut() -> String,
        ) -> Result<usize, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            if PG {
                // One claimer across instances, so the hourly cap is counted once.
                sqlx::query("SELECT pg_advisory_xact_lock(7302002)").execute(&mut *tx).await?;
            }
            // Letters outside their window or over their office's cap are paged past, not left
            // at the head of every round where they would starve the letters behind them.
            let mut allowance = Allowance::default();
            let (mut claimed, mut after) = (0usize, 0i64);
            for _ in 0..CLAIM_PAGES {
                let waiting: Vec<LetterView> = sqlx::query_as::<DB, LetterView>(&format!(
                    "{VIEW_SELECT} WHERE l.state = 'confirmed' AND s.flag IS NULL AND (t.email IS NULL OR t.email = '') \
                     AND t.body IN ($2, $3) AND l.campaign_id IN (SELECT id FROM letter_campaigns WHERE state = 'open') \
                     AND l.id > $4 ORDER BY l.id LIMIT $1"
                ))
                .bind(limit).bind(US_HOUSE).bind(US_SENATE).bind(after).fetch_all(&mut *tx).await?;
                let Some(last) = waiting.last() else {
                    break;
                };
                after = last.id;
                DB::load_allowance(&mut tx, &mut allowance, &waiting, now).await?;
                let room = usize::try_from(limit).unwrap_or(0).saturating_sub(claimed);
                for l in allowance.select(&waiting, now).into_iter().take(room) {
                    let res = sqlx::query("UPDATE letters SET state = 'queued', queued_at = $2 WHERE id = $1 AND state = 'confirmed'")
                        .bind(l.id).bind(now).execute(&mut *tx).await?;
                    if res.rows_affected() != 1 {
                        continue;
                    }
                    sqlx::query(
                        "INSERT INTO congress_deliveries (letter_id, delivery_id, next_at, created_at) VALUES ($1, $2, $3, $3)",
                    )
                    .bind(l.id).bind(ids()).bind(now).execute(&mut *tx).await?;
                    claimed += 1;
                }
                if i64::try_from(claimed).unwrap_or(i64::MAX) >= limit {
                    break;
                }
            }
            tx.commit().await?;
            Ok(claimed)
        }

        /// Whether any confirmed letter to a member of Congress waits to be claimed: read first,
        /// so an idle round takes no write lock.
        pub async fn any_to_claim(pool: &Pool) -> Result<bool, sqlx::Error> {
            let found: Option<i64> = sqlx::query_scalar(
                "SELECT l.id FROM letters l JOIN targets t ON t.id = l.target_id JOIN letter_supporters s ON s.id = l.supporter_id \
                 WHERE l.state = 'confirmed' AND s.flag IS NULL AND (t.email IS NULL OR t.email = '') AND t.body IN ($1, $2) \
                 AND l.campaign_id IN (SELECT id FROM letter_campaigns WHERE state = 'open') LIMIT 1",
            )
            .bind(US_HOUSE).bind(US_SENATE).fetch_optional(pool).await?;
            Ok(found.is_some())
        }

        pub async fn due(pool: &Pool, now: i64, limit: i64) -> Result<Vec<Due>, sqlx::Error> {
            sqlx::query_as::<DB, Due>(
                "SELECT letter_id, delivery_id, attempts, next_at, channel, office_code FROM congress_deliveries \
                 WHERE state = 'waiting' AND next_at <= $1 ORDER BY next_at, letter_id LIMIT $2",
            )
            .bind(now).bind(limit).fetch_all(pool).await
        }

        /// Takes a due delivery for sending until `until`, counting the attempt and recording
        /// its route (`channel`, `office_code`) so a retry takes the same one; false when another
        /// sender took it first.
        pub async fn lease(
            pool: &Pool, d: &Due, until: i64, (channel, office_code): (&str, &str),
        ) -> Result<bool, sqlx::Error> {
            let res = sqlx::query(
                "UPDATE congress_deliveries SET next_at = $3, attempts = attempts + 1, channel = $4, office_code = $5 \
                 WHERE letter_id = $1 AND state = 'waiting' AND next_at = $2",
            )
            .bind(d.letter_id).bind(d.next_at).bind(until).bind(channel).bind(office_code).execute(pool).await?;
            Ok(res.rows_affected() == 1)
        }

        /// The letter and its office.
        pub async fn letter(pool: &Pool, letter_id: i64) -> Result<Option<(LetterView, Office)>, sqlx::Error> {
            let view = sqlx::query_as::<DB, LetterView>(&format!("{VIEW_SELECT} WHERE l.id = $1"))
                .bind(letter_id).fetch_optional(pool).await?;
            let office = sqlx::query_as::<DB, Office>(
                "SELECT t.external_id AS bioguide_id, t.body, t.region, t.district, l.supporter_id, \
                 c.slug AS campaign_slug, c.title AS campaign_title, c.target_rule, t.active \
                 FROM letters l JOIN targets t ON t.id = l.target_id JOIN letter_campaigns c ON c.id = l.campaign_id \
                 WHERE l.id = $1",
            )
            .bind(letter_id).fetch_optional(pool).await?;
            Ok(view.zip(office))
        }

        pub async fn campaign_cwc(pool: &Pool, campaign_id: i64) -> Result<CampaignCwc, sqlx::Error> {
            let found = sqlx::query_as::<DB, CampaignCwc>(
                "SELECT cwc_topics, cwc_campaign_id, test_mode FROM letter_campaign_congress WHERE campaign_id = $1",
            )
            .bind(campaign_id).fetch_optional(pool).await?;
            Ok(found.unwrap_or_default())
        }

        /// Delivered: the row says how, and the supporter's receipt goes out with it.
        /// `data_hash`: the my-data link the receipt carries.
        pub async fn sent(
            pool: &Pool, letter_id: i64, channel: &str, office_code: &str, now: i64, receipt: &Email,
            (supporter_id, data_hash): (i64, &str),
        ) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query(
                "UPDATE congress_deliveries SET state = 'sent', channel = $2, office_code = $3, sent_at = $4, reason = NULL \
                 WHERE letter_id = $1 AND state = 'waiting'",
            )
            .bind(letter_id).bind(channel).bind(office_code).bind(now).execute(&mut *tx).await?;
            if res.rows_affected() == 1 {
                emit_sent(&mut tx, letter_id, channel, now).await?;
            }
            if res.rows_affected() == 1 && reachable(&mut tx, supporter_id).await? {
                receipt.insert_query::<DB>(now).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                    .bind(data_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
            }
            tx.commit().await
        }

        /// The `letter.sent` webhook event, with the channel that delivered it.
        async fn emit_sent(tx: &mut sqlx::Transaction<'static, DB>, letter_id: i64, channel: &str, now: i64) -> Result<(), sqlx::Error> {
            let kind = crate::webhooks::EventType::LetterSent;
            let hooked: i64 = sqlx::query_scalar(crate::webhooks::WANTED)
                .bind(kind.as_str()).fetch_one(&mut **tx).await?;
            if hooked == 0 {
                return Ok(());
            }
            let view = sqlx::query_as::<DB, crate::letters::store::LetterView>(&format!("{} WHERE l.id = $1", crate::letters::store::VIEW_SELECT))
                .bind(letter_id).fetch_optional(&mut **tx).await?;
            let Some(view) = view else { return Ok(()) };
            let (slug, shown): (String, bool) = sqlx::query_as(
                "SELECT c.slug, s.sharing_notice FROM letters l JOIN letter_campaigns c ON c.id = l.campaign_id \
                 JOIN letter_supporters s ON s.id = l.supporter_id WHERE l.id = $1",
            )
            .bind(letter_id).fetch_one(&mut **tx).await?;
            let event = crate::letters::dispatch::sent_event(&view, &slug, channel, now).told(shown);
            event.fan_out_query::<DB>(now).execute(&mut **tx).await?;
            Ok(())
        }

        /// Whether the supporter is still there to be written to: one who erased their details
        /// gets no email and no new link, even from a send that was under way.
        async fn reachable(tx: &mut sqlx::Transaction<'static, DB>, supporter_id: i64) -> Result<bool, sqlx::Error> {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM letter_supporters WHERE id = $1 AND email <> ''")
                .bind(supporter_id).fetch_one(&mut **tx).await?;
            Ok(n > 0)
        }

        /// A test-mode campaign's letter went to a testing endpoint (or passed the form check
        /// without the form being filled): no office has it, so the supporter gets no receipt.
        pub async fn tested(
            pool: &Pool, letter_id: i64, channel: &str, office_code: &str, now: i64,
        ) -> Result<(), sqlx::Error> {
            sqlx::query(
                "UPDATE congress_deliveries SET state = 'tested', channel = $2, office_code = $3, sent_at = $4, reason = NULL \
                 WHERE letter_id = $1 AND state = 'waiting'",
            )
            .bind(letter_id).bind(channel).bind(office_code).bind(now).execute(pool).await?;
            Ok(())
        }

        /// A delivery that cannot go yet is looked at again at `next_at`, so it does not fill
        /// every round ahead of the ones that can.
        pub async fn later(pool: &Pool, d: &Due, next_at: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE congress_deliveries SET next_at = $3 WHERE letter_id = $1 AND state = 'waiting' AND next_at = $2")
                .bind(d.letter_id).bind(d.next_at).bind(next_at).execute(pool).await?;
            Ok(())
        }

        /// A failure worth another try at `next_at`; the reason is kept for staff.
        pub async fn retry(pool: &Pool, letter_id: i64, reason: &str, next_at: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE congress_deliveries SET reason = $2, next_at = $3 WHERE letter_id = $1 AND state = 'waiting'")
                .bind(letter_id).bind(reason).bind(next_at).execute(pool).await?;
            Ok(())
        }

        /// Not delivered by a service: the letter goes back to the supporter (hand delivery), with
        /// the email that gives it to them, in one transaction.
        pub async fn back(
            pool: &Pool, letter_id: i64, b: &Back<'_>, now: i64, email: &Email,
            (supporter_id, data_hash): (i64, &str),
        ) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query(
                "UPDATE congress_deliveries SET state = $2, channel = $3, office_code = $4, reason = $5 \
                 WHERE letter_id = $1 AND state = 'waiting'",
            )
            .bind(letter_id).bind(b.state).bind(b.channel).bind(b.office_code).bind(b.reason)
            .execute(&mut *tx).await?;
            if res.rows_affected() == 1 {
                sqlx::query("UPDATE letters SET state = 'manual' WHERE id = $1 AND state = 'queued'")
                    .bind(letter_id).execute(&mut *tx).await?;
                if reachable(&mut tx, supporter_id).await? {
                    email.insert_query::<DB>(now).execute(&mut *tx).await?;
                    sqlx::query("INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) VALUES ($1, $2, $3)")
                        .bind(data_hash).bind(supporter_id).bind(now).execute(&mut *tx).await?;
                }
            }
            tx.commit().await
        }

        /// When `chamber`'s office list was last fetched, if ever.
        pub async fn list_fetched(pool: &Pool, chamber: &str) -> Result<Option<i64>, sqlx::Error> {
            sqlx::query_scalar("SELECT fetched_at FROM congress_office_lists WHERE chamber = $1")
                .bind(chamber).fetch_optional(pool).await
        }

        pub async fn offices(pool: &Pool, chamber: &str) -> Result<Vec<String>, sqlx::Error> {
            sqlx::query_scalar("SELECT office_code FROM congress_offices WHERE chamber = $1")
                .bind(chamber).fetch_all(pool).await
        }

        pub async fn has_office(pool: &Pool, chamber: &str, code: &str) -> Result<bool, sqlx::Error> {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM congress_offices WHERE chamber = $1 AND office_code = $2")
                .bind(chamber).bind(code).fetch_one(pool).await?;
            Ok(n > 0)
        }

        /// Replaces `chamber`'s office list.
        pub async fn replace_offices(pool: &Pool, chamber: &str, codes: &[String], now: i64) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            sqlx::query("DELETE FROM congress_offices WHERE chamber = $1").bind(chamber).execute(&mut *tx).await?;
            for code in codes {
                sqlx::query("INSERT INTO congress_offices (chamber, office_code) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(chamber).bind(code).execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO congress_office_lists (chamber, fetched_at) VALUES ($1, $2) \
                 ON CONFLICT (chamber) DO UPDATE SET fetched_at = excluded.fetched_at",
            )
            .bind(chamber).bind(now).execute(&mut *tx).await?;
            tx.commit().await
        }

        /// Active members of Congress: (id, body, bioguide id, state, district, channel now).
        pub async fn members(pool: &Pool) -> Result<Vec<(i64, String, String, String, String, String)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT id, body, external_id, region, district, delivery_channel FROM targets WHERE body IN ($1, $2) AND active",
            )
            .bind(US_HOUSE).bind(US_SENATE).fetch_all(pool).await
        }

        /// Sets each listed member's channel, in one transaction.
        pub async fn set_channels(pool: &Pool, changes: &[(i64, &str)]) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            for (id, channel) in changes {
                sqlx::query("UPDATE targets SET delivery_channel = $2 WHERE id = $1")
                    .bind(id).bind(channel).execute(&mut *tx).await?;
            }
            tx.commit().await
        }

        /// Every letter of a campaign handed to a delivery service, newest first.
        pub async fn statuses(pool: &Pool, campaign_id: i64) -> Result<Vec<Status>, sqlx::Error> {
            sqlx::query_as::<DB, Status>(
                "SELECT d.letter_id, t.name AS target_name, d.state, d.channel, d.reason, d.attempts \
                 FROM congress_deliveries d JOIN letters l ON l.id = d.letter_id JOIN targets t ON t.id = l.target_id \
                 WHERE l.campaign_id = $1 ORDER BY d.letter_id DESC LIMIT 500",
            )
            .bind(campaign_id).fetch_all(pool).await
        }
    }
}
