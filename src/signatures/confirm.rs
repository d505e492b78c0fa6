//! Confirming and withdrawing through emailed links. Each is one guarded UPDATE plus the
//! counter changes in the same transaction, so concurrent clicks move a count exactly once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use crate::cache::TtlCache;
use crate::config::Settings;
use crate::db::batcher::{BatchFn, Batcher};
use crate::db::{now_ms, Db};
use crate::http::AppError;
use crate::on_db;
use crate::secret::links::Purpose;

use super::links::{self, Link};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done now.
    Done { slug: String, title: String },
    /// Confirmed by its signer but held back for a person to check before it counts (many
    /// signatures from one address or email domain at once): the signer is told so.
    Held { slug: String, title: String },
    /// Done before: nothing changed.
    AlreadyDone { slug: String, title: String },
    /// The petition no longer accepts confirmations.
    Closed { slug: String, title: String },
    /// Unknown or wrong-purpose token.
    Invalid,
}

/// What a link points at, for the page shown before the POST.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LinkTarget {
    pub slug: String,
    pub title: String,
    /// A held-back signature whose link was clicked reads as confirmed (see `lookup`).
    pub state: super::SignatureState,
    /// Why it is held back, if it is.
    pub flag: Option<String>,
    /// What a confirmation would confirm, shown before the button.
    pub name: String,
    pub show_name: bool,
    pub newsletter: bool,
    pub comment: Option<String>,
}

impl LinkTarget {
    /// Confirmed by its signer, but held back for review by a rate limit. Bot flags are not
    /// named: their page reads like everyone else's.
    pub fn held_for_review(&self) -> bool {
        self.state == super::SignatureState::Confirmed
            && self.flag.is_some()
            && !crate::abuse::flags::is_bot(self.flag.as_deref())
    }
}

/// A confirmation this batch recorded: the petition, and whether the signature is held back for
/// review (by a rate limit) rather than counted.
#[derive(Debug, Clone, Copy)]
pub struct Confirmed {
    pub petition: i64,
    pub held: bool,
}

/// Confirmations go through their own group-commit writer: one transaction (and one set of
/// counter updates) for all the links clicked while the previous batch was being written.
#[derive(Clone)]
pub struct ConfirmWriter {
    /// Keyed by (signature id, link generation): only live links' keys reach the batch.
    batcher: Batcher<(i64, i64), Option<Confirmed>>,
    /// (slug, title) by petition id, for the "thank you" page after a confirmation: a busy
    /// petition's confirmations then cost no read besides the batch itself.
    names: TtlCache<i64, (String, String)>,
}

impl ConfirmWriter {
    pub fn spawn(db: Db, settings: Arc<Settings>) -> Self {
        let grace = settings.signing.confirm_grace_hours * 3_600_000;
        let write: BatchFn<(i64, i64), Option<Confirmed>> =
            Arc::new(move |db: Db, keys: Arc<Vec<(i64, i64)>>| {
                Box::pin(async move {
                    let now = now_ms();
                    on_db!(&db, sql, confirm_batch(&keys, now, now - grace))
                })
            });
        ConfirmWriter {
            batcher: Batcher::spawn("confirm", db, settings.signing.max_batch, write),
            names: TtlCache::new(std::time::Duration::from_secs(5)),
        }
    }
}

pub async fn confirm(db: &Db, writer: &ConfirmWriter, link: Link) -> Result<Outcome, AppError> {
    // A link sent before links were derived is looked up first, on a reader: made-up tokens of
    // that shape then cost one indexed read, not a place in the write transaction.
    let (id, gen) = match link {
        Link::Derived { id, gen } => (id, gen),
        Link::Stored(_) => match links::resolve(db, &link, Purpose::Confirm).await? {
            Some(key) => key,
            None => return Ok(Outcome::Invalid),
        },
    };
    if let Some(Confirmed { petition, held }) = writer.batcher.submit((id, gen)).await? {
        let names = writer
            .names
            .get_or_load(&petition, || async { on_db!(db, sql, names(petition)) })
            .await?;
        let (slug, title) = Arc::unwrap_or_clone(names);
        return Ok(if held {
            Outcome::Held { slug, title }
        } else {
            Outcome::Done { slug, title }
        });
    }
    let target = lookup(db, &Link::Derived { id, gen }, Purpose::Confirm).await?;
    Ok(match target {
        None => Outcome::Invalid,
        Some(t) if t.held_for_review() => Outcome::Held {
            slug: t.slug,
            title: t.title,
        },
        Some(t) if t.state == super::SignatureState::Confirmed => Outcome::AlreadyDone {
            slug: t.slug,
            title: t.title,
        },
        Some(t) if t.state == super::SignatureState::Withdrawn => Outcome::Invalid,
        Some(t) => Outcome::Closed {
            slug: t.slug,
            title: t.title,
        },
    })
}

pub async fn withdraw(db: &Db, link: &Link) -> Result<Outcome, sqlx::Error> {
    let Some((id, gen)) = links::resolve(db, link, Purpose::Withdraw).await? else {
        return Ok(Outcome::Invalid);
    };
    on_db!(db, sql, withdraw(id, gen, now_ms()))
}

pub async fn lookup(
    db: &Db,
    link: &Link,
    purpose: Purpose,
) -> Result<Option<LinkTarget>, sqlx::Error> {
    let Some((id, gen)) = links::resolve(db, link, purpose).await? else {
        return Ok(None);
    };
    on_db!(db, sql, lookup(id, gen))
}

/// The UTC day ("YYYY-MM-DD") a timestamp falls on: the key of the per-day counters.
pub fn day_of(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .date_naive()
        .to_string()
}

/// What a signature's webhook events say: (id, petition slug, country, locale, source, name,
/// email, postcode, whether the signer was shown the sharing notice), in that order.
pub(crate) type SignatureFacts = (
    i64,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    bool,
);

/// The webhook event of a signature confirmed or withdrawn; name, email and postcode only for
/// endpoints allowed personal fields, and only if the signer's consent text said so.
pub(crate) fn signature_event(
    kind: crate::webhooks::EventType,
    facts: &SignatureFacts,
    now: i64,
) -> crate::webhooks::Event {
    use crate::webhooks::{obj, Event};
    let (id, slug, country, locale, source, name, email, postcode, shown) = facts.clone();
    let data = obj([
        ("petition", slug.into()),
        ("signature_id", id.into()),
        ("country", country.into()),
        ("locale", locale.into()),
        ("source", source.into()),
    ]);
    let personal = obj([
        ("name", name.into()),
        ("email", email.into()),
        ("postcode", postcode.into()),
    ]);
    Event::new(kind, now, data, personal).told(shown)
}

crate::per_engine! {
    mod sql {
        use crate::signatures::confirm::{day_of, signature_event, Confirmed, LinkTarget, Outcome, SignatureFacts};

        pub async fn names(pool: &Pool, petition: i64) -> Result<(String, String), sqlx::Error> {
            sqlx::query_as("SELECT slug, title FROM petitions WHERE id = $1").bind(petition).fetch_one(pool).await
        }

        pub async fn lookup(pool: &Pool, id: i64, gen: i64) -> Result<Option<LinkTarget>, sqlx::Error> {
            sqlx::query_as::<DB, LinkTarget>(
                // A flagged signature that was confirmed looks confirmed to its signer.
                "SELECT p.slug, p.title, CASE WHEN s.flag IS NOT NULL AND s.state = 'pending' AND s.confirmed_at IS NOT NULL \
                 THEN 'confirmed' ELSE s.state END AS state, s.flag, s.name, s.show_name, s.newsletter, s.comment FROM signatures s \
                 JOIN petitions p ON p.id = s.petition_id WHERE s.id = $1 AND s.link_gen = $2",
            )
            .bind(id).bind(gen).fetch_optional(pool).await
        }

        /// Confirms every pending signature whose (id, link generation) is in `keys` (petition still
        /// accepting confirmations); returns, per key, what this call confirmed. No read: one UPDATE
        /// keyed by (id, generation) does it.
        pub async fn confirm_batch(pool: &Pool, keys: &[(i64, i64)], now: i64, cutoff: i64) -> Result<Vec<Option<Confirmed>>, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let unique: std::collections::BTreeSet<(i64, i64)> = keys.iter().copied().collect();
            let mut confirmed: HashMap<i64, (i64, String)> = HashMap::new();
            let mut flagged: HashMap<(i64, i64), Confirmed> = HashMap::new();
            let mut done: HashMap<(i64, i64), Confirmed> = HashMap::new();
            if !unique.is_empty() {
                for (id, gen, petition, country, flag) in confirm_rows(&mut tx, &unique, now, cutoff).await? {
                    match flag {
                        None => {
                            confirmed.insert(id, (petition, country));
                            done.insert((id, gen), Confirmed { petition, held: false });
                        }
                        // Flagged signatures record the click but stay pending and uncounted. A rate
                        // flag (real people behind one address) is told so; a bot's page reads like everyone's.
                        Some(flag) => {
                            flagged.insert((id, gen), Confirmed { petition, held: !crate::abuse::flags::is_bot(Some(&flag)) });
                        }
                    }
                }
            }
            // Counters: one update per petition, country and day for the whole batch.
            let mut totals: BTreeMap<i64, i64> = BTreeMap::new();
            let mut countries: BTreeMap<(i64, &str), i64> = BTreeMap::new();
            for (petition, country) in confirmed.values() {
                *totals.entry(*petition).or_default() += 1;
                *countries.entry((*petition, country.as_str())).or_default() += 1;
            }
            let day = day_of(now);
            for (petition, n) in &totals {
                sqlx::query("UPDATE petition_counts SET confirmed = confirmed + $2, pending = pending - $2 WHERE petition_id = $1")
                    .bind(*petition).bind(*n).execute(&mut *tx).await?;
                add_day(&mut tx, *petition, &day, *n).await?;
            }
            add_countries(&mut tx, &countries).await?;
            let ids: Vec<i64> = confirmed.keys().copied().collect();
            emit(&mut tx, crate::webhooks::EventType::SignatureConfirmed, &ids, now).await?;
            tx.commit().await?;
            // The first click on a link gets the credit; repeats in the same batch see "already".
            let mut credited = HashSet::new();
            Ok(keys
                .iter()
                .map(|key| {
                    let result = done.get(key).or_else(|| flagged.get(key)).copied()?;
                    credited.insert(*key).then_some(result)
                })
                .collect())
        }

        /// One statement for the batch: clean pending signatures become confirmed; flagged ones only
        /// record the time of their first click. Keyed by (id, link generation), so a replaced
        /// signature's older link confirms nothing. Returns (id, generation, petition, country, flag).
        async fn confirm_rows(
            conn: &mut <DB as sqlx::Database>::Connection, keys: &std::collections::BTreeSet<(i64, i64)>, now: i64, cutoff: i64,
        ) -> Result<Vec<(i64, i64, i64, String, Option<String>)>, sqlx::Error> {
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "UPDATE signatures SET state = CASE WHEN flag IS NULL THEN 'confirmed' ELSE 'pending' END, confirmed_at = ",
            );
            qb.push_bind(now);
            qb.push(" FROM (");
            qb.push_values(keys, |mut b, (id, gen)| {
                b.push_bind(*id).push_bind(*gen);
            });
            qb.push(
                ") AS v WHERE signatures.id = v.column1 AND signatures.link_gen = v.column2 \
                 AND signatures.state = 'pending' AND (signatures.flag IS NULL OR signatures.confirmed_at IS NULL) \
                 AND signatures.petition_id IN (SELECT id FROM petitions WHERE state IN ('open', 'closed', 'delivered') \
                 AND (closes_at IS NULL OR closes_at > ",
            );
            qb.push_bind(cutoff);
            qb.push(")) RETURNING signatures.id, signatures.link_gen, signatures.petition_id, signatures.country, signatures.flag");
            qb.build_query_as().fetch_all(&mut *conn).await
        }

        pub async fn withdraw(pool: &Pool, id: i64, gen: i64, now: i64) -> Result<Outcome, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let row: Option<(i64, String, Option<i64>, Option<String>)> = sqlx::query_as(
                "UPDATE signatures SET state = 'withdrawn', withdrawn_at = $2 WHERE state IN ('pending', 'confirmed') \
                 AND id = $1 AND link_gen = $3 RETURNING petition_id, country, confirmed_at, flag",
            )
            .bind(id).bind(now).bind(gen).fetch_optional(&mut *tx).await?;
            let Some((petition, country, confirmed_at, flag)) = row else {
                drop(tx);
                return Ok(match lookup(pool, id, gen).await? {
                    Some(t) => Outcome::AlreadyDone { slug: t.slug, title: t.title },
                    None => Outcome::Invalid,
                });
            };
            // A flagged signature was never counted: it leaves the pending count only.
            let counted = confirmed_at.filter(|_| flag.is_none());
            match counted {
                Some(at) => {
                    sqlx::query("UPDATE petition_counts SET confirmed = confirmed - 1 WHERE petition_id = $1")
                        .bind(petition).execute(&mut *tx).await?;
                    add_countries(&mut tx, &BTreeMap::from([((petition, country.as_str()), -1)])).await?;
                    add_day(&mut tx, petition, &day_of(at), -1).await?;
                }
                None => {
                    sqlx::query("UPDATE petition_counts SET pending = pending - 1 WHERE petition_id = $1")
                        .bind(petition).execute(&mut *tx).await?;
                }
            }
            let (slug, title): (String, String) = sqlx::query_as("SELECT slug, title FROM petitions WHERE id = $1")
                .bind(petition).fetch_one(&mut *tx).await?;
            // Only a signature the endpoints were told of (confirmed and counted) is taken back: a
            // pending or held-back one was never theirs to know, with whatever name it was typed.
            if counted.is_some() {
                emit(&mut tx, crate::webhooks::EventType::SignatureWithdrawn, &[id], now).await?;
            }
            tx.commit().await?;
            Ok(Outcome::Done { slug, title })
        }

        /// Records a webhook event per signature, in the transaction of the change (nothing is
        /// read when no endpoint takes the type).
        async fn emit(
            conn: &mut <DB as sqlx::Database>::Connection, kind: crate::webhooks::EventType, ids: &[i64], now: i64,
        ) -> Result<(), sqlx::Error> {
            use crate::webhooks::WANTED;
            if ids.is_empty() {
                return Ok(());
            }
            let wanted: i64 = sqlx::query_scalar(WANTED).bind(kind.as_str()).fetch_one(&mut *conn).await?;
            if wanted == 0 {
                return Ok(());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "SELECT s.id, p.slug, s.country, s.locale, s.source, s.name, s.email, s.postcode, s.sharing_notice \
                 FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id IN (",
            );
            let mut list = qb.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
            qb.push(") ORDER BY s.id");
            let rows: Vec<SignatureFacts> = qb.build_query_as().fetch_all(&mut *conn).await?;
            for facts in rows {
                signature_event(kind, &facts, now).fan_out_query::<DB>(now).execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Adds to the per-country counters in one statement, in key order so concurrent
        /// writers lock the rows alike (a batch over 50 countries was 50 round trips).
        async fn add_countries(
            conn: &mut <DB as sqlx::Database>::Connection, deltas: &BTreeMap<(i64, &str), i64>,
        ) -> Result<(), sqlx::Error> {
            if deltas.is_empty() {
                return Ok(());
            }
            let mut qb = sqlx::QueryBuilder::<DB>::new("INSERT INTO petition_country_counts (petition_id, country, confirmed) ");
            qb.push_values(deltas, |mut b, ((petition, country), n)| {
                b.push_bind(*petition).push_bind(*country).push_bind(*n);
            });
            qb.push(" ON CONFLICT (petition_id, country) DO UPDATE SET confirmed = petition_country_counts.confirmed + excluded.confirmed");
            qb.build().execute(&mut *conn).await?;
            Ok(())
        }

        async fn add_day(conn: &mut <DB as sqlx::Database>::Connection, petition: i64, day: &str, delta: i64) -> Result<(), sqlx::Error> {
            sqlx::query(
                "INSERT INTO petition_day_counts (petition_id, day, confirmed) VALUES ($1, $2, $3) \
                 ON CONFLICT (petition_id, day) DO UPDATE SET confirmed = petition_day_counts.confirmed + $3",
            )
            .bind(petition).bind(day).bind(delta).execute(&mut *conn).await?;
            Ok(())
        }
    }
}
