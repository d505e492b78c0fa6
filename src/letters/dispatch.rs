//! Hands confirmed letters to targets with an email address to the outbox, inside each campaign's sending window and under its
//! per-target hourly cap. The letter's state change and its outbox rows commit together, so a
//! letter is queued at most once; on PostgreSQL one instance dispatches at a time.

use std::collections::HashMap;

use super::campaign::LetterCampaign;
use super::store::LetterView;
use crate::db::{now_ms, Db};
use crate::email::Email;
use crate::i18n::{ta, ta2};
use crate::on_db;

/// Letters considered per round; the rest wait for the next round.
const ROUND: i64 = 500;

/// The letter to the target (From our address with the supporter's name, Reply-To the supporter)
/// and the supporter's copy.
pub fn emails_for(l: &LetterView, campaign_title: &str) -> (Email, Email) {
    let text = l.full_text();
    let to_target = Email {
        kind: crate::email::EmailKind::Letter,
        to: l.target_email.clone().unwrap_or_default(),
        from_name: Some(l.supporter_name.clone()),
        reply_to: Some(l.supporter_email.clone()),
        subject: l.subject.clone(),
        text: text.clone(),
        html: None,
        payload: None,
    };
    // The copy's own words are in the supporter's language; it quotes the letter exactly as the
    // target got it.
    let lang = crate::i18n::Lang::stored(&l.supporter_locale);
    let receipt = lang.scope_sync(|| Email {
        kind: crate::email::EmailKind::LetterReceipt,
        to: l.supporter_email.clone(),
        from_name: None,
        reply_to: None,
        subject: ta("email-receipt-subject", "target", l.target_label()),
        text: format!(
            "{}\n\n{}\n\n{}",
            ta2(
                "email-receipt",
                "title",
                campaign_title,
                "target",
                l.target_label()
            ),
            ta("letter-subject-line", "subject", l.subject.as_str()),
            text
        ),
        html: None,
        payload: None,
    });
    (to_target, receipt)
}

/// One round; returns how many letters it queued.
pub async fn run(db: &Db) -> Result<usize, sqlx::Error> {
    on_db!(db, sql, dispatch(now_ms()))
}

/// Records `letter.sent` for the letters whose email has left since the last call (not when they
/// were queued: an email the outbox gives up on was never sent); returns how many.
pub async fn announce_sent(db: &Db) -> Result<usize, sqlx::Error> {
    on_db!(db, sql, announce_sent(now_ms()))
}

/// What the sending windows and hourly caps allow: the campaigns of the letters read so far and
/// how much of each target's cap the last hour used. Filled per round, as letters are read.
#[derive(Default)]
pub struct Allowance {
    campaigns: HashMap<i64, LetterCampaign>,
    sent_last_hour: HashMap<(i64, i64), i64>,
}

impl Allowance {
    pub fn campaign(&self, id: i64) -> Option<&LetterCampaign> {
        self.campaigns.get(&id)
    }

    /// Picks, from letters waiting in id order, those allowed now, counting them against the caps.
    pub fn select<'a>(&mut self, waiting: &'a [LetterView], now: i64) -> Vec<&'a LetterView> {
        let mut out = Vec::new();
        for l in waiting {
            let Some(c) = self.campaigns.get(&l.campaign_id) else {
                continue;
            };
            if !c.in_window(now) {
                continue;
            }
            let used = self.sent_last_hour.entry((c.id, l.target_id)).or_insert(0);
            if *used < c.hourly_cap {
                *used += 1;
                out.push(l);
            }
        }
        out
    }
}

/// Reads, inside the claiming transaction, what an [`Allowance`] needs for letters not seen yet:
/// one implementation per engine, so the dispatch of letters by email and the deliveries to
/// Congress share it.
pub trait LoadAllowance: sqlx::Database {
    fn load_allowance<'a>(
        tx: &'a mut sqlx::Transaction<'_, Self>,
        allowance: &'a mut Allowance,
        waiting: &'a [LetterView],
        now: i64,
    ) -> impl std::future::Future<Output = Result<(), sqlx::Error>> + Send + 'a;
}

/// The `letter.sent` webhook event: sent by the outbox to the target's address (`email`), or
/// delivered to Congress (`cwc`, `forms`).
pub fn sent_event(
    l: &crate::letters::store::LetterView,
    campaign: &str,
    channel: &str,
    now: i64,
) -> crate::webhooks::Event {
    use crate::webhooks::{obj, Event, EventType};
    let data = obj([
        ("campaign", campaign.into()),
        ("letter_id", l.id.into()),
        ("channel", channel.into()),
        ("target", l.target_name.as_str().into()),
        ("target_body", l.target_body.as_str().into()),
        ("locale", l.supporter_locale.as_str().into()),
    ]);
    let personal = obj([
        ("name", l.supporter_name.as_str().into()),
        ("email", l.supporter_email.as_str().into()),
    ]);
    Event::new(EventType::LetterSent, now, data, personal)
}

crate::per_engine! {
    mod sql {
        use std::collections::hash_map::Entry;
        use std::collections::HashMap;

        use crate::email::outbox::INSERT;
        use crate::letters::campaign::{LetterCampaign, CAMPAIGN_COLUMNS};
        use crate::letters::dispatch::{emails_for, Allowance, LoadAllowance, ROUND};
        use crate::letters::store::{LetterView, VIEW_SELECT};

        impl LoadAllowance for DB {
            async fn load_allowance<'a>(
                tx: &'a mut sqlx::Transaction<'_, DB>, allowance: &'a mut Allowance, waiting: &'a [LetterView], now: i64,
            ) -> Result<(), sqlx::Error> {
                for l in waiting {
                    if let Entry::Vacant(e) = allowance.campaigns.entry(l.campaign_id) {
                        let c: Option<LetterCampaign> = sqlx::query_as::<DB, LetterCampaign>(&format!(
                            "SELECT {CAMPAIGN_COLUMNS} FROM letter_campaigns WHERE id = $1"
                        ))
                        .bind(l.campaign_id).fetch_optional(&mut **tx).await?;
                        if let Some(c) = c {
                            e.insert(c);
                        }
                    }
                    if let Entry::Vacant(e) = allowance.sent_last_hour.entry((l.campaign_id, l.target_id)) {
                        let n: i64 = sqlx::query_scalar(
                            "SELECT COUNT(*) FROM letters WHERE campaign_id = $1 AND target_id = $2 AND queued_at > $3",
                        )
                        .bind(l.campaign_id).bind(l.target_id).bind(now - 3_600_000).fetch_one(&mut **tx).await?;
                        e.insert(n);
                    }
                }
                Ok(())
            }
        }

        pub async fn dispatch(pool: &Pool, now: i64) -> Result<usize, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            if PG {
                // One dispatcher across instances, so the cap is counted once; another waits for
                // it (as on SQLite), so a dispatch that returns has seen every letter before it.
                sqlx::query("SELECT pg_advisory_xact_lock(7302001)").execute(&mut *tx).await?;
            }
            // Flagged supporters' letters and closed campaigns' are left out here, in the query: skipped
            // after reading, they would fill every round and starve the letters behind them.
            let waiting: Vec<LetterView> = sqlx::query_as::<DB, LetterView>(&format!(
                "{VIEW_SELECT} WHERE l.state = 'confirmed' AND s.flag IS NULL AND t.email IS NOT NULL AND t.email <> '' \
                 AND l.campaign_id IN (SELECT id FROM letter_campaigns WHERE state = 'open') ORDER BY l.id LIMIT $1"
            ))
            .bind(ROUND).fetch_all(&mut *tx).await?;
            if waiting.is_empty() {
                return Ok(0);
            }
            let mut allowance = Allowance::default();
            DB::load_allowance(&mut tx, &mut allowance, &waiting, now).await?;
            let chosen = allowance.select(&waiting, now);
            let mut queued = 0;
            let mut titles: HashMap<(i64, &str), String> = HashMap::new();
            for l in &chosen {
                let claimed = sqlx::query("UPDATE letters SET state = 'queued', queued_at = $2 WHERE id = $1 AND state = 'confirmed'")
                    .bind(l.id).bind(now).execute(&mut *tx).await?;
                if claimed.rows_affected() != 1 {
                    continue;
                }
                // The receipt names the campaign in the supporter's language when it has a translation.
                let lang = crate::i18n::Lang::stored(&l.supporter_locale).code();
                if let Entry::Vacant(e) = titles.entry((l.campaign_id, lang)) {
                    let translated: Option<String> = sqlx::query_scalar(
                        "SELECT title FROM letter_campaign_translations WHERE campaign_id = $1 AND lang = $2",
                    )
                    .bind(l.campaign_id).bind(lang).fetch_optional(&mut *tx).await?;
                    let main = allowance.campaign(l.campaign_id).map(|c| c.title.clone());
                    e.insert(translated.or(main).unwrap_or_default());
                }
                let (letter, receipt) = emails_for(l, &titles[&(l.campaign_id, lang)]);
                // The writer's copy carries their own my-data link.
                let data = crate::secret::tokens::Token::generate();
                sqlx::query(
                    "INSERT INTO letter_data_tokens (token_hash, supporter_id, created_at) SELECT $1, supporter_id, $3 FROM letters WHERE id = $2",
                )
                .bind(&data.hash).bind(l.id).bind(now).execute(&mut *tx).await?;
                let receipt = crate::letters::selfservice::attach(receipt, &data, &l.supporter_locale);
                let outbox_id: i64 = sqlx::query_scalar(&format!("{INSERT} RETURNING id"))
                    .bind(letter.kind).bind(letter.to.as_str()).bind(letter.from_name.as_deref())
                    .bind(letter.reply_to.as_deref()).bind(letter.subject.as_str()).bind(letter.text.as_str())
                    .bind(letter.html.as_deref()).bind(now).bind(letter.payload.as_deref())
                    .fetch_one(&mut *tx).await?;
                receipt.insert_query::<DB>(now).execute(&mut *tx).await?;
                sqlx::query("UPDATE letters SET outbox_id = $2 WHERE id = $1")
                    .bind(l.id).bind(outbox_id).execute(&mut *tx).await?;
                queued += 1;
            }
            tx.commit().await?;
            Ok(queued)
        }

        /// Records `letter.sent` (channel `email`) for queued letters whose email the outbox has
        /// sent, once each: the mark and the event commit together, and a letter already marked
        /// (by another instance meanwhile) is skipped.
        pub async fn announce_sent(pool: &Pool, now: i64) -> Result<usize, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let sent: Vec<(i64, Option<i64>)> = sqlx::query_as(
                "SELECT l.id, o.sent_at FROM letters l JOIN outbox o ON o.id = l.outbox_id \
                 WHERE l.state = 'queued' AND l.sent_at IS NULL AND o.state = 'sent' ORDER BY l.id LIMIT $1",
            )
            .bind(ROUND).fetch_all(&mut *tx).await?;
            if sent.is_empty() {
                return Ok(0);
            }
            let kind = crate::webhooks::EventType::LetterSent;
            let hooked: i64 = sqlx::query_scalar(crate::webhooks::WANTED)
                .bind(kind.as_str()).fetch_one(&mut *tx).await?;
            let mut announced = 0;
            for (id, at) in sent {
                let at = at.unwrap_or(now);
                let marked = sqlx::query("UPDATE letters SET sent_at = $2 WHERE id = $1 AND sent_at IS NULL")
                    .bind(id).bind(at).execute(&mut *tx).await?;
                if marked.rows_affected() != 1 {
                    continue;
                }
                announced += 1;
                if hooked == 0 {
                    continue;
                }
                let view = sqlx::query_as::<DB, LetterView>(&format!("{VIEW_SELECT} WHERE l.id = $1"))
                    .bind(id).fetch_one(&mut *tx).await?;
                // A writer who erased their details meanwhile has none left to pass on.
                let (slug, shown): (String, bool) = sqlx::query_as(
                    "SELECT c.slug, s.sharing_notice AND s.email <> '' FROM letters l JOIN letter_campaigns c ON c.id = l.campaign_id \
                     JOIN letter_supporters s ON s.id = l.supporter_id WHERE l.id = $1",
                )
                .bind(id).fetch_one(&mut *tx).await?;
                let event = crate::letters::dispatch::sent_event(&view, &slug, "email", at).told(shown);
                event.fan_out_query::<DB>(now).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(announced)
        }
    }
}
