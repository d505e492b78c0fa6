//! Each letter campaign's figures for the dashboard, read for all campaigns in two grouped
//! statements (not a query per campaign), next to the petitions.

use std::collections::HashMap;

use crate::db::Db;
use crate::i18n::format::fmt_num;
use crate::on_db;

/// One campaign's line on the dashboard.
pub struct LetterRow {
    pub slug: String,
    pub title: String,
    pub state: String,
    /// Confirmed supporters, held-back ones aside.
    pub supporters: String,
    /// Letters awaiting their writer's confirmation.
    pub pending: String,
    /// Letters confirmed and not yet sent (waiting for the sending window, or in the outbox).
    pub waiting: String,
    /// Letters sent by email or delivered by a service (CWC, a contact-form service).
    pub sent: String,
    /// Letters handed to their writers to deliver themselves (no channel reaches the office, or
    /// a service refused them).
    pub handed: String,
    /// Supporters held back by the anti-abuse guard, waiting for staff.
    pub held: i64,
}

#[derive(Default, Clone, Copy)]
struct Figures {
    supporters: i64,
    held: i64,
    pending: i64,
    waiting: i64,
    sent: i64,
    handed: i64,
}

pub async fn rows(db: &Db) -> Result<Vec<LetterRow>, sqlx::Error> {
    let mut figures: HashMap<i64, Figures> = HashMap::new();
    for (id, supporters, held) in on_db!(db, sql, supporters())? {
        let f = figures.entry(id).or_default();
        (f.supporters, f.held) = (supporters, held);
    }
    for (id, pending, waiting, sent, handed) in on_db!(db, sql, letters())? {
        let f = figures.entry(id).or_default();
        (f.pending, f.waiting, f.sent, f.handed) = (pending, waiting, sent, handed);
    }
    let campaigns = on_db!(db, crate::letters::campaign::sql, all())?;
    Ok(campaigns
        .into_iter()
        .map(|c| {
            let f = figures.get(&c.id).copied().unwrap_or_default();
            LetterRow {
                slug: c.slug,
                title: c.title,
                state: c.state.as_str().to_owned(),
                supporters: fmt_num(f.supporters),
                pending: fmt_num(f.pending),
                waiting: fmt_num(f.waiting),
                sent: fmt_num(f.sent),
                handed: fmt_num(f.handed),
                held: f.held,
            }
        })
        .collect())
}

crate::per_engine! {
    mod sql {
        /// (campaign, confirmed supporters not held back, supporters held back).
        pub async fn supporters(pool: &Pool) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT campaign_id, \
                 COALESCE(SUM(CASE WHEN state = 'confirmed' AND flag IS NULL THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN flag IS NOT NULL THEN 1 ELSE 0 END), 0) \
                 FROM letter_supporters GROUP BY campaign_id",
            )
            .fetch_all(pool).await
        }

        /// (campaign, pending, confirmed and unsent, sent or delivered by a service, handed to
        /// the writer), letters of held-back supporters aside.
        pub async fn letters(pool: &Pool) -> Result<Vec<(i64, i64, i64, i64, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT l.campaign_id, \
                 COALESCE(SUM(CASE WHEN l.state = 'pending' THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN l.state = 'confirmed' OR (l.state = 'queued' AND (o.state = 'pending' OR d.state = 'waiting')) THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN l.state = 'queued' AND (o.state = 'sent' OR d.state = 'sent') THEN 1 ELSE 0 END), 0), \
                 COALESCE(SUM(CASE WHEN l.state = 'manual' OR d.state IN ('hand', 'failed') THEN 1 ELSE 0 END), 0) \
                 FROM letters l JOIN letter_supporters s ON s.id = l.supporter_id \
                 LEFT JOIN outbox o ON o.id = l.outbox_id \
                 LEFT JOIN congress_deliveries d ON d.letter_id = l.id \
                 WHERE s.flag IS NULL GROUP BY l.campaign_id",
            )
            .fetch_all(pool).await
        }
    }
}
