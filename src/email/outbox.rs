//! Outbox rows: enqueue inside the caller's transaction; claim, finish and retry for the worker.

use sqlx::{Database, Encode, Type};

/// An email ready to send, rendered when the state change that causes it is committed.
#[derive(Debug, Clone)]
pub struct Email {
    pub kind: super::EmailKind,
    pub to: String,
    /// Display name for the sender (e.g. a supporter writing a letter); the address is always ours.
    pub from_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// Parameters for emails rendered at send time (subject and text are then empty).
    pub payload: Option<String>,
}

pub const INSERT: &str = "INSERT INTO outbox (kind, recipient, from_name, reply_to, subject, text_body, html_body, \
     payload, state, attempts, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $9, 'pending', 0, $8, $8)";

impl Email {
    /// The INSERT for this email, to run on the caller's transaction so it commits with the change.
    pub fn insert_query<'q, DB: Database>(
        &'q self,
        now: i64,
    ) -> sqlx::query::Query<'q, DB, DB::Arguments<'q>>
    where
        &'q str: Encode<'q, DB> + Type<DB>,
        Option<&'q str>: Encode<'q, DB> + Type<DB>,
        i64: Encode<'q, DB> + Type<DB>,
    {
        sqlx::query(INSERT)
            .bind(self.kind.as_str())
            .bind(self.to.as_str())
            .bind(self.from_name.as_deref())
            .bind(self.reply_to.as_deref())
            .bind(self.subject.as_str())
            .bind(self.text.as_str())
            .bind(self.html.as_deref())
            .bind(now)
            .bind(self.payload.as_deref())
    }
}

/// Appends one multi-row INSERT of `emails` to `qb` (which must be empty), for batched writers:
/// padded to one of a few statement shapes (see [`crate::db::padded`]).
pub fn push_insert_many<'a, DB: Database>(
    qb: &mut sqlx::QueryBuilder<'a, DB>,
    emails: &[&'a Email],
    now: i64,
) where
    &'a str: Encode<'a, DB> + Type<DB>,
    Option<&'a str>: Encode<'a, DB> + Type<DB>,
    Option<i64>: Encode<'a, DB> + Type<DB>,
    DB::Arguments<'a>: sqlx::IntoArguments<'a, DB>,
{
    qb.push(
        "INSERT INTO outbox (kind, recipient, from_name, reply_to, subject, text_body, html_body, \
         payload, state, attempts, next_attempt_at, created_at) SELECT * FROM (",
    );
    qb.push_values(crate::db::padded(emails), |mut b, e| {
        let now = e.map(|_| now);
        b.push_bind(e.map(|e| e.kind.as_str()))
            .push_bind(e.map(|e| e.to.as_str()))
            .push_bind(e.and_then(|e| e.from_name.as_deref()))
            .push_bind(e.and_then(|e| e.reply_to.as_deref()))
            .push_bind(e.map(|e| e.subject.as_str()))
            .push_bind(e.map(|e| e.text.as_str()))
            .push_bind(e.and_then(|e| e.html.as_deref()))
            .push_bind(e.and_then(|e| e.payload.as_deref()))
            .push("'pending'")
            .push_bind(e.map(|_| 0_i64))
            .push_bind(now)
            .push_bind(now);
    });
    qb.push(") AS v WHERE column1 IS NOT NULL");
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    /// As stored: read through [`OutboxRow::kind`], so one row of a kind this version does not
    /// know fails alone instead of failing the claim of every row with it.
    pub kind: String,
    pub recipient: String,
    pub from_name: Option<String>,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text_body: String,
    pub html_body: Option<String>,
    pub payload: Option<String>,
    pub attempts: i64,
    /// Already counted against the recipient's cap (a retry is not counted again).
    pub cap_counted: bool,
    /// One-click unsubscribe URL, set when the email is rendered.
    #[sqlx(skip)]
    pub list_unsubscribe: Option<String>,
    /// A file sent with the message (a calendar invitation), set when the email is rendered.
    #[sqlx(skip)]
    pub attachment: Option<Attachment>,
}

/// A small text file attached to a message.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: String,
    /// The full Content-Type, parameters included (e.g. `text/calendar; method=REQUEST`).
    pub content_type: String,
    pub body: String,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct FailedEmail {
    pub id: i64,
    pub kind: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

impl OutboxRow {
    pub fn kind(&self) -> Result<super::EmailKind, crate::domain::UnknownKeyword> {
        self.kind.parse()
    }
}

/// What an email that has left (or never will) no longer needs: its links, text and names.
const FORGET: &str =
    "payload = NULL, text_body = '', html_body = NULL, from_name = NULL, reply_to = NULL";

/// Erasure's cleanup of one address's history: the emails to `$1` that have left the queue (sent
/// or given up on) hold only the address, so they go; a letter's row stays (it is the letter's
/// record, addressed to its target). Both parts are found by index (`outbox_recipient_done`,
/// `letters_outbox`), not by reading the whole outbox while the write lock is held.
pub const FORGET_SENT_TO: &str =
    "DELETE FROM outbox WHERE state <> 'pending' AND lower(recipient) = lower($1) \
     AND NOT EXISTS (SELECT 1 FROM letters WHERE letters.outbox_id = outbox.id)";

/// The queued emails to one address, for an erasure to pick out its own: (id, kind, payload,
/// text body).
pub type Queued = Vec<(i64, crate::email::EmailKind, Option<String>, String)>;

/// What an erasure read of the queue to one address before its transaction: the rows, and the
/// newest outbox row then (id, created_at), by which the transaction knows whether an id was
/// handed out again since.
#[derive(Debug, Clone, Default)]
pub struct EarlyRead {
    rows: Queued,
    newest: Option<(i64, i64)>,
}

/// The queued emails to `$1` with an id above `$2`. On SQLite through the primary key's range
/// alone (`NOT INDEXED`: the queue's own index would read every queued row, and this runs under
/// the write lock).
pub const QUEUED_SINCE_SQLITE: &str =
    "SELECT id, kind, payload, text_body FROM outbox NOT INDEXED \
     WHERE id > $2 AND state = 'pending' AND lower(recipient) = lower($1)";
const QUEUED_SINCE_PG: &str =
    "SELECT id, kind, payload, text_body FROM outbox WHERE id > $2 AND state = 'pending' AND lower(recipient) = lower($1)";

crate::per_engine! {
    pub mod sql {
        use crate::email::outbox::{FailedEmail, OutboxRow};

        /// Claims due rows for `lease_ms`: a row is handed to one worker at a time.
        pub async fn claim(pool: &Pool, now: i64, lease_ms: i64, limit: i64) -> Result<Vec<OutboxRow>, sqlx::Error> {
            let lock = if PG { "FOR UPDATE SKIP LOCKED" } else { "" };
            let q = format!(
                "UPDATE outbox SET locked_until = $1, attempts = attempts + 1 WHERE id IN \
                 (SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= $2 \
                  AND (locked_until IS NULL OR locked_until < $2) ORDER BY id LIMIT $3 {lock}) \
                 RETURNING id, kind, recipient, from_name, reply_to, subject, text_body, html_body, payload, attempts, cap_counted"
            );
            sqlx::query_as::<DB, OutboxRow>(&q).bind(now + lease_ms).bind(now).bind(limit).fetch_all(pool).await
        }

        /// Marks a round's delivered emails in one statement (one commit, not one per email), and
        /// drops what they carried: the payload and bodies hold live confirmation, withdrawal and
        /// my-data links and names, which a copy of the database must not give away.
        pub async fn mark_sent(pool: &Pool, ids: &[i64], now: i64) -> Result<(), sqlx::Error> {
            if ids.is_empty() {
                return Ok(());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                &format!("UPDATE outbox SET state = 'sent', locked_until = NULL, last_error = NULL, {FORGET}, sent_at = "),
            );
            qb.push_bind(now).push(" WHERE id IN (");
            push_ids(&mut qb, ids);
            qb.build().execute(pool).await?;
            Ok(())
        }

        /// Appends `ids` as a bound list, `(…)` closed (the opening parenthesis is the caller's).
        fn push_ids(qb: &mut sqlx::QueryBuilder<'_, DB>, ids: &[i64]) {
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(")");
        }

        /// Extends the lease of emails still being sent (only those still pending and leased).
        /// On PostgreSQL it passes over rows another statement holds (the round settling its cap
        /// or marking them sent) rather than wait for them: waiting, in another order than that
        /// transaction's, could deadlock it; a row passed over is renewed a third of a lease later.
        pub async fn renew(pool: &Pool, ids: &[i64], until: i64) -> Result<(), sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new("UPDATE outbox SET locked_until = ");
            qb.push_bind(until).push(" WHERE state = 'pending' AND locked_until IS NOT NULL AND id IN (");
            if PG {
                qb.push("SELECT id FROM outbox WHERE id IN (");
            }
            push_ids(&mut qb, ids);
            if PG {
                qb.push(" FOR UPDATE SKIP LOCKED)");
            }
            qb.build().execute(pool).await?;
            Ok(())
        }

        pub async fn mark_retry(pool: &Pool, id: i64, next_at: i64, error: &str) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE outbox SET next_attempt_at = $2, locked_until = NULL, last_error = $3 WHERE id = $1")
                .bind(id).bind(next_at).bind(error).execute(pool).await?;
            Ok(())
        }

        pub async fn mark_failed(pool: &Pool, id: i64, error: &str) -> Result<(), sqlx::Error> {
            // Given up: what it carried (a letter's words, names, live links) is not kept either.
            sqlx::query(&format!("UPDATE outbox SET state = 'failed', locked_until = NULL, last_error = $2, {FORGET} WHERE id = $1"))
                .bind(id).bind(error).execute(pool).await?;
            Ok(())
        }

        /// Counts a round's new public emails against their addresses' caps in one transaction:
        /// adds them to each address's window (`keys`: address key and how many), lets `over`
        /// pick from the totals the ids over the cap, gives those up (links and text forgotten,
        /// as a sent one's) and marks the rest counted, so a failed send's retry is not counted
        /// again, and their lease runs `lease_ms` from `now` (the renewal passes over rows this
        /// transaction holds). Should any of it fail, none of it happened. Returns the ids given up.
        pub async fn charge_cap(
            pool: &Pool, keys: &[(&str, i64)], now: i64, window_ms: i64, lease_ms: i64,
            over: impl FnOnce(Vec<(String, i64)>) -> (Vec<i64>, Vec<i64>),
        ) -> Result<Vec<i64>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let totals = same_engine!(crate::email::caps::sql, add)(&mut tx, keys, now, window_ms).await?;
            let (counted, dropped) = over(totals);
            if !dropped.is_empty() {
                let mut qb = sqlx::QueryBuilder::<DB>::new("UPDATE outbox SET state = 'failed', locked_until = NULL, last_error = ");
                qb.push_bind(crate::email::caps::OVER_CAP).push(format!(", {FORGET} WHERE id IN ("));
                push_ids(&mut qb, &dropped);
                qb.build().execute(&mut *tx).await?;
            }
            if !counted.is_empty() {
                let mut qb = sqlx::QueryBuilder::<DB>::new("UPDATE outbox SET cap_counted = TRUE, locked_until = ");
                qb.push_bind(now + lease_ms).push(" WHERE id IN (");
                push_ids(&mut qb, &counted);
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(dropped)
        }

        /// Records an email that will never be sent (to a suppressed address) and forgets its
        /// links and text, as a sent one does.
        pub async fn mark_dropped(pool: &Pool, id: i64, error: &str) -> Result<(), sqlx::Error> {
            sqlx::query(&format!("UPDATE outbox SET state = 'failed', locked_until = NULL, last_error = $2, {FORGET} WHERE id = $1"))
            .bind(id).bind(error).execute(pool).await?;
            Ok(())
        }

        /// Enqueues one email on its own (for emails that change no other state, e.g. tests to staff).
        pub async fn enqueue(pool: &Pool, email: &crate::email::Email, now: i64) -> Result<(), sqlx::Error> {
            email.insert_query::<DB>(now).execute(pool).await?;
            Ok(())
        }

        /// [`crate::email::outbox::FORGET_SENT_TO`] inside an erasure's transaction; `letters_only` keeps the
        /// emails that are not about letters (a letter writer's erasure leaves their signatures').
        pub async fn forget_sent(
            conn: &mut <DB as sqlx::Database>::Connection, address: &str, letters_only: bool,
        ) -> Result<(), sqlx::Error> {
            let letters = " AND (kind LIKE 'letter\\_%' ESCAPE '\\' OR kind = 'reminder_letter')";
            let sql = if letters_only { format!("{}{letters}", crate::email::outbox::FORGET_SENT_TO) } else { crate::email::outbox::FORGET_SENT_TO.to_owned() };
            sqlx::query(&sql).bind(address).execute(conn).await?;
            Ok(())
        }

        /// The queued emails to `address`, read before an erasure's transaction begins: the queue
        /// can hold a whole update mailing, and reading it through under SQLite's write lock would
        /// hold up every signature for as long. [`queued_since`] adds, inside the transaction,
        /// what was queued after. On PostgreSQL (no such lock, and ids are not handed out in
        /// commit order) nothing is read here and the transaction reads it all.
        pub async fn queued_before(pool: &Pool, address: &str) -> Result<crate::email::outbox::EarlyRead, sqlx::Error> {
            if PG {
                return Ok(Default::default());
            }
            let mut conn = pool.acquire().await?;
            let newest: Option<(i64, i64)> =
                sqlx::query_as("SELECT id, created_at FROM outbox ORDER BY id DESC LIMIT 1").fetch_optional(&mut *conn).await?;
            let Some((high, _)) = newest else { return Ok(Default::default()) };
            let rows = sqlx::query_as(
                "SELECT id, kind, payload, text_body FROM outbox WHERE state = 'pending' AND lower(recipient) = lower($1) AND id <= $2",
            )
            .bind(address).bind(high).fetch_all(&mut *conn).await?;
            Ok(crate::email::outbox::EarlyRead { rows, newest })
        }

        /// Inside the erasure's transaction: the queued emails to `address`, as the early read
        /// saw them plus those with a higher id (a range of the primary key). SQLite hands out
        /// the next id above the highest there is, so while the newest row the early read saw is
        /// still there, no id at or below it went to another email since; if it was deleted, the
        /// early read is set aside and the queue read whole. A row read early and sent since has
        /// left the queue; deleting it by id is still right (it was to this address).
        pub async fn queued_since(
            conn: &mut <DB as sqlx::Database>::Connection, address: &str, early: crate::email::outbox::EarlyRead,
        ) -> Result<crate::email::outbox::Queued, sqlx::Error> {
            let (mut rows, after) = match early.newest {
                Some((id, created)) if !PG => {
                    let still: Option<i64> =
                        sqlx::query_scalar("SELECT created_at FROM outbox WHERE id = $1").bind(id).fetch_optional(&mut *conn).await?;
                    if still == Some(created) { (early.rows, id) } else { (Vec::new(), 0) }
                }
                _ => (Vec::new(), 0),
            };
            let sql = if PG { crate::email::outbox::QUEUED_SINCE_PG } else { crate::email::outbox::QUEUED_SINCE_SQLITE };
            let since: crate::email::outbox::Queued = sqlx::query_as(sql).bind(address).bind(after).fetch_all(conn).await?;
            rows.extend(since);
            Ok(rows)
        }

        /// Emails waiting to be sent (the outbox depth metric).
        pub async fn depth(pool: &Pool) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE state = 'pending'").fetch_one(pool).await
        }

        /// Emails given up on, newest first, for staff.
        pub async fn failed(pool: &Pool, limit: i64) -> Result<Vec<FailedEmail>, sqlx::Error> {
            sqlx::query_as::<DB, FailedEmail>(
                "SELECT id, kind, attempts, last_error, created_at FROM outbox WHERE state = 'failed' ORDER BY id DESC LIMIT $1",
            )
            .bind(limit).fetch_all(pool).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::OutboxRow;
    use crate::email::EmailKind;

    fn row(kind: &str) -> OutboxRow {
        OutboxRow {
            id: 1,
            kind: kind.into(),
            recipient: "a@example.org".into(),
            from_name: None,
            reply_to: None,
            subject: String::new(),
            text_body: String::new(),
            html_body: None,
            payload: None,
            attempts: 1,
            cap_counted: false,
            list_unsubscribe: None,
            attachment: None,
        }
    }

    #[test]
    fn a_stored_kind_is_read_as_the_enum_and_an_unknown_one_is_refused_by_name() {
        assert_eq!(row("letter_pack").kind(), Ok(EmailKind::LetterPack));
        let err = row("test").kind().unwrap_err();
        assert_eq!(
            err.to_string().split(" (").next(),
            Some(r#"unknown email kind "test""#)
        );
    }
}
