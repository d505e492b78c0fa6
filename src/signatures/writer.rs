//! The signing write path: one writer task per database commits signatures in batches
//! (group commit), so many requests share one durable transaction. A batch that fails is
//! retried one signature at a time, so one bad row never loses its neighbours.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::config::Settings;
use crate::db::batcher::{BatchFn, Batcher};
use crate::db::{now_ms, Db};
use crate::domain::{Country, PersonName, Postcode, SignerEmail};
use crate::http::AppError;
use crate::on_db;
use crate::signatures::emails::SignatureMail;

/// Everything the writer needs: the row and what both emails it may send need.
#[derive(Debug)]
pub struct NewSignature {
    pub petition_id: i64,
    pub name: PersonName,
    /// Also gives the canonical form the unique index is on.
    pub email: SignerEmail,
    pub country: Country,
    pub postcode: Option<Postcode>,
    pub comment: Option<String>,
    pub show_name: bool,
    pub newsletter: bool,
    pub consent_version: i64,
    /// The consent text carried the sharing notice (webhooks then get the personal fields).
    pub sharing_notice: bool,
    pub source: Option<String>,
    pub locale: String,
    /// Why the signature is held back from the counts (None: it counts once confirmed).
    pub flag: Option<&'static str>,
    pub ip_hash: String,
    pub ip_prefix: String,
    /// "page" or "api": where the signer gave consent.
    pub signed_via: &'static str,
    /// The proof-of-work challenge this signature solved (and its expiry), to be recorded as used.
    pub pow: Option<(String, i64)>,
    /// What the confirmation or "already signed" email needs; the writer picks which to send.
    pub mail: SignatureMail,
}

/// The signing writer: group commit of new signatures, one per database.
#[derive(Clone)]
pub struct SignWriter(Batcher<Arc<NewSignature>, ()>);

impl SignWriter {
    pub fn spawn(db: Db, settings: Arc<Settings>) -> Self {
        let max_emails = settings.signing.max_emails_per_signature;
        let cap = (
            settings.worker.max_public_emails_per_address,
            settings.worker.public_email_window_hours.max(1) * 3_600_000,
        );
        let write: BatchFn<Arc<NewSignature>, ()> =
            Arc::new(move |db: Db, batch: Arc<Vec<Arc<NewSignature>>>| {
                Box::pin(async move {
                    let sigs: Vec<&NewSignature> = batch.iter().map(|s| s.as_ref()).collect();
                    on_db!(&db, sql, write_batch(&sigs, now_ms(), max_emails, cap))?;
                    Ok(vec![(); sigs.len()])
                })
            });
        SignWriter(Batcher::spawn(
            "sign",
            db,
            settings.signing.max_batch,
            write,
        ))
    }

    /// Resolves once the signature (and its email) is durably committed.
    pub async fn submit(&self, sig: NewSignature) -> Result<(), AppError> {
        Ok(self.0.submit(Arc::new(sig)).await?)
    }
}

crate::per_engine! {
    mod sql {
        use crate::signatures::writer::NewSignature;
        use crate::signatures::SignatureState;

        use std::collections::HashMap;

        use crate::email::outbox::push_insert_many;
        use crate::email::Email;

        /// Rows per multi-row statement: well under both engines' bind-parameter limits.
        const CHUNK: usize = 1000;

        /// Locks, on PostgreSQL, the existing rows the batch's repeat submissions meet, until the
        /// batch commits: a confirmation, withdrawal or erasure committed between the read of a
        /// row and its update below would otherwise be undone (counted twice, or an erased row
        /// given its data back). In id order, as the confirmations lock theirs, so none deadlock.
        /// Called on PostgreSQL only: SQLite's write transaction already excludes all that.
        async fn lock_repeats(
            conn: &mut <DB as sqlx::Database>::Connection, repeats: &[&NewSignature],
        ) -> Result<(), sqlx::Error> {
            if repeats.is_empty() {
                return Ok(());
            }
            for chunk in repeats.chunks(CHUNK) {
                let mut qb = sqlx::QueryBuilder::<DB>::new("SELECT id FROM signatures WHERE (petition_id, canonical_email) IN (");
                qb.push_values(chunk, |mut b, s| {
                    b.push_bind(s.petition_id).push_bind(s.email.canonical());
                });
                qb.push(") ORDER BY id FOR UPDATE");
                qb.build().execute(&mut *conn).await?;
            }
            Ok(())
        }

        pub async fn write_batch(
            pool: &Pool, batch: &[&NewSignature], now: i64, max_emails: i64, (cap, window_ms): (i64, i64),
        ) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let flags = pow_flags(&mut tx, batch).await?;
            let rows: Vec<(&NewSignature, Option<&'static str>)> = batch.iter().copied().zip(flags).collect();
            // New signatures, one statement per chunk; the unique index skips repeats, which come back
            // without an id and take the slower path below.
            let mut new_ids: HashMap<(i64, &str), i64> = HashMap::with_capacity(batch.len());
            for chunk in rows.chunks(CHUNK) {
                // Padded to one of a few statement shapes (`crate::db::padded`).
                let mut qb = sqlx::QueryBuilder::<DB>::new(
                    "INSERT INTO signatures (petition_id, name, email, canonical_email, country, postcode, comment, \
                     show_name, newsletter, consent_version, source, locale, state, emails_sent, created_at, \
                     flag, ip_hash, ip_prefix, signed_via, sharing_notice, link_gen) SELECT * FROM (",
                );
                qb.push_values(crate::db::padded(chunk), |mut b, row| {
                    // One bind list for rows and padding: a padding row is NULL in every column.
                    let s = row.map(|(s, _)| s);
                    let flag = row.and_then(|(_, flag)| flag);
                    let now = s.map(|_| now);
                    b.push_bind(s.map(|s| s.petition_id)).push_bind(s.map(|s| s.name.as_str())).push_bind(s.map(|s| s.email.as_str()))
                        .push_bind(s.map(|s| s.email.canonical())).push_bind(s.map(|s| s.country.code()))
                        .push_bind(s.and_then(|s| s.postcode.as_ref().map(|p| p.as_str()))).push_bind(s.and_then(|s| s.comment.as_deref()))
                        .push_bind(s.map(|s| s.show_name)).push_bind(s.map(|s| s.newsletter)).push_bind(s.map(|s| s.consent_version))
                        .push_bind(s.and_then(|s| s.source.as_deref())).push_bind(s.map(|s| s.locale.as_str()))
                        .push("'pending'").push_bind(s.map(|_| i64::from(!crate::abuse::flags::is_bot(flag)))).push_bind(now)
                        .push_bind(flag).push_bind(s.map(|s| s.ip_hash.as_str())).push_bind(s.map(|s| s.ip_prefix.as_str()))
                        .push_bind(s.map(|s| s.signed_via)).push_bind(s.map(|s| s.sharing_notice)).push_bind(now);
                });
                qb.push(") AS v WHERE column1 IS NOT NULL \
                         ON CONFLICT (petition_id, canonical_email) DO NOTHING RETURNING id, petition_id, canonical_email");
                let rows: Vec<(i64, i64, String)> = qb.build_query_as().fetch_all(&mut *tx).await?;
                for (id, petition, canonical) in rows {
                    // Keyed by the batch's own strings so lookups below borrow instead of allocating.
                    if let Some((s, _)) = chunk.iter().find(|(s, _)| s.petition_id == petition && s.email.canonical() == canonical) {
                        new_ids.insert((petition, s.email.canonical()), id);
                    }
                }
            }
            if PG {
                let repeats: Vec<&NewSignature> =
                    rows.iter().map(|(s, _)| *s).filter(|s| !new_ids.contains_key(&(s.petition_id, s.email.canonical()))).collect();
                lock_repeats(&mut tx, &repeats).await?;
            }
            // Keyed by signature id: a later submission in the same batch replaces an earlier one.
            let mut mails: Vec<(i64, Email)> = Vec::with_capacity(batch.len());
            let mut pending: BTreeMap<i64, i64> = BTreeMap::new();
            for &(s, flag) in &rows {
                let bot = crate::abuse::flags::is_bot(flag);
                if let Some(id) = new_ids.remove(&(s.petition_id, s.email.canonical())) {
                    // A new row's links are derived from its id at generation `now` (its creation
                    // time, see `crate::secret::links`): nothing more to write.
                    if !bot {
                        mails.push((id, s.mail.confirmation(s.email.as_str(), id, now)));
                    }
                    *pending.entry(s.petition_id).or_default() += 1;
                    continue;
                }
                // The same address again: same answer to the client, and at most a few emails ever.
                let (id, state, sent, held, gen): (i64, SignatureState, i64, Option<String>, i64) = sqlx::query_as(
                    "SELECT id, state, emails_sent, flag, link_gen FROM signatures WHERE petition_id = $1 AND canonical_email = $2",
                )
                .bind(s.petition_id).bind(s.email.canonical()).fetch_one(&mut *tx).await?;
                // A bot's repeat changes nothing: it must not replace what the owner submitted, nor
                // cost the owner a live link. Over the cap, nothing changes either.
                let replaces_bot = crate::abuse::flags::is_bot(held.as_deref());
                if (bot && !(state == SignatureState::Pending && replaces_bot)) || sent >= max_emails {
                    continue;
                }
                // An address with no room left under the per-address cap: the email would be dropped,
                // and replacing the pending data would kill the owner's working link for nothing.
                let key = crate::email::caps::key_of_canonical(s.email.canonical());
                let used: Option<i64> = sqlx::query_scalar("SELECT sent FROM mail_caps WHERE recipient_key = $1 AND window_start > $2")
                    .bind(&key).bind(now - window_ms).fetch_optional(&mut *tx).await?;
                if used.is_some_and(|n| n >= cap) {
                    continue;
                }
                match state {
                    SignatureState::Withdrawn | SignatureState::Pending => {
                        // The newest submission replaces the pending one and the older links die (a new
                        // generation), so the owner's click confirms only what the owner submitted.
                        let gen: i64 = sqlx::query_scalar(
                            "UPDATE signatures SET state = 'pending', name = $2, email = $3, country = $4, postcode = $5, \
                             comment = $6, show_name = $7, newsletter = $8, consent_version = $9, created_at = $10, \
                             confirmed_at = NULL, withdrawn_at = NULL, emails_sent = emails_sent + $15, flag = $11, \
                             ip_hash = $12, ip_prefix = $13, signed_via = $14, newsletter_withdrawn_at = NULL, \
                             locale = $16, source = COALESCE($17, source), released_at = NULL, released_flag = NULL, \
                             sharing_notice = $18, link_gen = link_gen + 1 WHERE id = $1 RETURNING link_gen",
                        )
                        .bind(id).bind(s.name.as_str()).bind(s.email.as_str()).bind(s.country.code())
                        .bind(s.postcode.as_ref().map(|p| p.as_str())).bind(&s.comment)
                        .bind(s.show_name).bind(s.newsletter).bind(s.consent_version).bind(now)
                        .bind(flag).bind(&s.ip_hash).bind(&s.ip_prefix).bind(s.signed_via)
                        .bind(i64::from(!bot)).bind(&s.locale).bind(&s.source).bind(s.sharing_notice)
                        .fetch_one(&mut *tx).await?;
                        // Links sent before links were derived die too.
                        sqlx::query("DELETE FROM signature_tokens WHERE signature_id = $1")
                            .bind(id).execute(&mut *tx).await?;
                        mails.retain(|m| m.0 != id);
                        if !bot {
                            mails.push((id, s.mail.confirmation(s.email.as_str(), id, gen)));
                        }
                        if state == SignatureState::Withdrawn {
                            *pending.entry(s.petition_id).or_default() += 1;
                        }
                    }
                    SignatureState::Confirmed => {
                        mails.push((id, s.mail.already_signed(s.email.as_str(), id, gen)));
                        bump_sent(&mut tx, id).await?;
                    }
                }
            }
            let mails: Vec<&Email> = mails.iter().map(|(_, m)| m).collect();
            for chunk in mails.chunks(CHUNK) {
                let mut qb = sqlx::QueryBuilder::<DB>::new("");
                push_insert_many(&mut qb, chunk, now);
                qb.build().execute(&mut *tx).await?;
            }
            // One counter update per petition per batch, in id order so concurrent writers never deadlock.
            for (petition, n) in pending {
                sqlx::query("UPDATE petition_counts SET pending = pending + $2 WHERE petition_id = $1")
                    .bind(petition).bind(n).execute(&mut *tx).await?;
            }
            tx.commit().await
        }

        /// Each signature's flag, with "no_pow" for a proof-of-work solution used before: the first
        /// signature (on any instance) to record a solution keeps it; replays are held back.
        async fn pow_flags(
            conn: &mut <DB as sqlx::Database>::Connection, batch: &[&NewSignature],
        ) -> Result<Vec<Option<&'static str>>, sqlx::Error> {
            let mut flags: Vec<Option<&'static str>> = batch.iter().map(|s| s.flag).collect();
            let solved: Vec<(usize, &(String, i64))> =
                batch.iter().enumerate().filter_map(|(i, s)| s.pow.as_ref().map(|p| (i, p))).collect();
            if solved.is_empty() {
                return Ok(flags);
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new("INSERT INTO pow_used (challenge, expires_at) ");
            qb.push_values(&solved, |mut b, (_, (challenge, expires))| {
                b.push_bind(challenge.as_str()).push_bind(*expires);
            });
            qb.push(" ON CONFLICT (challenge) DO NOTHING RETURNING challenge");
            let fresh: std::collections::HashSet<String> = qb.build_query_scalar().fetch_all(&mut *conn).await?.into_iter().collect();
            let mut seen = std::collections::HashSet::new();
            for (i, (challenge, _)) in solved {
                if !fresh.contains(challenge) || !seen.insert(challenge) {
                    flags[i] = Some("no_pow");
                }
            }
            Ok(flags)
        }

        async fn bump_sent(conn: &mut <DB as sqlx::Database>::Connection, id: i64) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE signatures SET emails_sent = emails_sent + 1 WHERE id = $1").bind(id).execute(conn).await?;
            Ok(())
        }
    }
}
