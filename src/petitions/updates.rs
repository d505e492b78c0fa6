//! Updates from staff to confirmed signers who asked for them (each email with its own one-click
//! unsubscribe link), the victory story, and goal milestones reported to staff.

use serde::{Deserialize, Serialize};

use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::email::Email;
use crate::i18n::{ta2, tn, Lang};
use crate::on_db;

crate::domain::keyword! {
    /// What an update to signers announces; a victory also puts its story on the petition's page.
    pub enum UpdateKind ("update kind") {
        Progress = "progress",
        Victory = "victory",
        Delivery = "delivery",
    }
}

/// What the worker needs to add the RFC 8058 headers: the recipient's own link token (and the
/// signature it belongs to, so erasing the signature finds its emails).
#[derive(Serialize, Deserialize)]
pub struct UpdatePayload {
    pub withdraw: String,
    #[serde(default)]
    pub id: i64,
}

pub struct Update<'a> {
    pub kind: UpdateKind,
    pub subject: &'a str,
    pub body_md: &'a str,
}

/// The email for one recipient; `link` (the signer's withdrawal token and signature id) is None
/// for a test sent to staff.
pub fn email(
    settings: &Settings,
    title: &str,
    u: &Update<'_>,
    to: &str,
    name: &str,
    link: Option<(&str, i64)>,
) -> Email {
    let token = link.map(|(t, _)| t);
    let base = settings.base();
    let footer = match token {
        Some(t) => format!(
            "{}\n{} {base}/unsubscribe/{t}\n{} {base}/my-data/{t}\n",
            crate::i18n::ta("email-update-why", "title", title),
            crate::i18n::t("email-update-unsubscribe"),
            crate::i18n::t("email-update-data"),
        ),
        None => "(A test: signers see their own unsubscribe link here.)\n".to_owned(),
    };
    let body_html = crate::text::markdown(u.body_md);
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    Email {
        kind: crate::email::EmailKind::PetitionUpdate,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: u
            .subject
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
        text: format!("Hello {name},\n\n{}\n\n--\n{footer}", u.body_md.trim()),
        html: Some(format!(
            "<p>Hello {},</p>{body_html}<hr><p style=\"font-size:.9em;color:#555\">{}</p>",
            esc(name),
            esc(&footer).replace('\n', "<br>")
        )),
        payload: link.map(|(t, id)| {
            serde_json::to_string(&UpdatePayload {
                withdraw: t.to_owned(),
                id,
            })
            .expect("plain strings serialise")
        }),
    }
}

/// Sends an update to every confirmed, opted-in, unflagged signer, spread at the configured rate.
pub async fn send(
    db: &Db,
    settings: &Settings,
    petition: &super::Petition,
    u: &Update<'_>,
    sent_by: &str,
) -> Result<i64, sqlx::Error> {
    let now = now_ms();
    let gap = 60_000 / settings.updates.per_minute.max(1);
    let mut sent = 0_i64;
    let mut after = 0_i64;
    let links = crate::secret::links::LinkKey::signatures(db).await?;
    loop {
        let batch = on_db!(db, sql, recipients(petition.id, after, 2000))?;
        let Some(last) = batch.last() else { break };
        after = last.0;
        let mut rows = Vec::with_capacity(batch.len());
        for (id, name, email_addr, locale, gen) in &batch {
            let token = links.token(crate::secret::links::Purpose::Withdraw, *id, *gen);
            // The staff's text as written; the lines around it in the signer's language.
            let lang = crate::i18n::Lang::stored(locale);
            let mail = lang.scope_sync(|| {
                email(
                    settings,
                    &petition.title,
                    u,
                    email_addr,
                    name,
                    Some((&token, *id)),
                )
            });
            rows.push((mail, now + sent * gap));
            sent += 1;
        }
        on_db!(db, sql, enqueue(&rows, now))?;
    }
    on_db!(db, sql, record(petition.id, u, sent_by, sent, now))?;
    if u.kind == UpdateKind::Victory {
        on_db!(db, sql, set_victory(petition.id, u.body_md))?;
    }
    Ok(sent)
}

/// Tells staff when a petition passes 25, 50, 75 and 100% of its goal (once each).
pub async fn milestones(db: &Db) -> Result<usize, sqlx::Error> {
    let now = now_ms();
    let mut told = 0;
    for (id, title, goal, confirmed) in on_db!(db, sql, progress())? {
        for pct in [25_i64, 50, 75, 100] {
            if goal <= 0 || confirmed * 100 < goal * pct {
                continue;
            }
            let mails: Vec<Email> = on_db!(db, sql, staff())?
                .into_iter()
                .map(|(to, lang)| {
                    let lang = Lang::stored(&lang);
                    lang.scope_sync(|| Email {
                        kind: crate::email::EmailKind::Milestone,
                        to,
                        from_name: None,
                        reply_to: None,
                        subject: ta2("milestone-subject", "title", title.as_str(), "pct", pct),
                        text: tn(
                            "milestone-text",
                            &[
                                ("title", &title),
                                ("count", &confirmed),
                                ("pct", &pct),
                                ("goal", &goal),
                            ],
                        ) + "\n",
                        html: None,
                        payload: None,
                    })
                })
                .collect();
            if on_db!(db, sql, milestone(id, pct, &mails, now))? {
                told += 1;
            }
        }
    }
    Ok(told)
}

crate::per_engine! {
    pub mod sql {
        use crate::email::Email;
        use crate::petitions::updates::Update;

        pub async fn recipients(pool: &Pool, petition: i64, after: i64, limit: i64) -> Result<Vec<(i64, String, String, String, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT id, name, email, locale, link_gen FROM signatures WHERE petition_id = $1 AND state = 'confirmed' AND newsletter \
                 AND flag IS NULL AND anonymised_at IS NULL AND email <> '' AND id > $2 ORDER BY id LIMIT $3",
            )
            .bind(petition).bind(after).bind(limit).fetch_all(pool).await
        }

        pub async fn count_recipients(pool: &Pool, petition: i64) -> Result<i64, sqlx::Error> {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM signatures WHERE petition_id = $1 AND state = 'confirmed' AND newsletter \
                 AND flag IS NULL AND anonymised_at IS NULL AND email <> ''",
            )
            .bind(petition).fetch_one(pool).await
        }

        /// Outbox rows for one batch of recipients, each email due at its own time.
        pub async fn enqueue(pool: &Pool, rows: &[(Email, i64)], now: i64) -> Result<(), sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            for chunk in rows.chunks(500) {
                let mut qb = sqlx::QueryBuilder::<DB>::new(
                    "INSERT INTO outbox (kind, recipient, subject, text_body, html_body, payload, state, attempts, \
                     next_attempt_at, created_at) ",
                );
                qb.push_values(chunk, |mut b, (e, due)| {
                    b.push_bind(e.kind.as_str()).push_bind(e.to.as_str()).push_bind(e.subject.as_str()).push_bind(e.text.as_str())
                        .push_bind(e.html.as_deref()).push_bind(e.payload.as_deref()).push("'pending'").push_bind(0_i64)
                        .push_bind(*due).push_bind(now);
                });
                qb.build().execute(&mut *tx).await?;
            }
            tx.commit().await
        }

        pub async fn record(pool: &Pool, petition: i64, u: &Update<'_>, by: &str, recipients: i64, now: i64) -> Result<(), sqlx::Error> {
            sqlx::query(
                "INSERT INTO petition_updates (petition_id, kind, subject, body_md, sent_by, recipients, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(petition).bind(u.kind).bind(u.subject).bind(u.body_md).bind(by).bind(recipients).bind(now)
            .execute(pool).await?;
            Ok(())
        }

        pub async fn set_victory(pool: &Pool, petition: i64, story: &str) -> Result<(), sqlx::Error> {
            sqlx::query("UPDATE petitions SET victory_story = $2 WHERE id = $1").bind(petition).bind(story).execute(pool).await?;
            Ok(())
        }

        /// (kind, subject, recipients, created_at), newest first.
        pub async fn history(pool: &Pool, petition: i64) -> Result<Vec<(crate::petitions::updates::UpdateKind, String, i64, i64)>, sqlx::Error> {
            sqlx::query_as("SELECT kind, subject, recipients, created_at FROM petition_updates WHERE petition_id = $1 ORDER BY id DESC")
                .bind(petition).fetch_all(pool).await
        }

        pub async fn progress(pool: &Pool) -> Result<Vec<(i64, String, i64, i64)>, sqlx::Error> {
            sqlx::query_as(
                "SELECT p.id, p.title, p.goal, c.confirmed FROM petitions p JOIN petition_counts c ON c.petition_id = p.id \
                 WHERE p.state IN ('open', 'closed', 'delivered') AND p.goal > 0 AND c.confirmed * 4 >= p.goal",
            )
            .fetch_all(pool).await
        }

        /// Staff who run campaigns, with the language each last used.
        pub async fn staff(pool: &Pool) -> Result<Vec<(String, String)>, sqlx::Error> {
            sqlx::query_as("SELECT email, lang FROM admins WHERE role IN ('owner', 'campaigner') ORDER BY id").fetch_all(pool).await
        }

        /// Records a milestone and its emails together; false when it was recorded before.
        pub async fn milestone(pool: &Pool, petition: i64, pct: i64, mails: &[Email], now: i64) -> Result<bool, sqlx::Error> {
            let mut tx = pool.begin_with(BEGIN).await?;
            let res = sqlx::query(
                "INSERT INTO petition_milestones (petition_id, percent, reached_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(petition).bind(pct).bind(now).execute(&mut *tx).await?;
            if res.rows_affected() == 0 {
                return Ok(false);
            }
            for m in mails {
                m.insert_query::<DB>(now).execute(&mut *tx).await?;
            }
            let (slug, goal, confirmed): (String, i64, i64) = sqlx::query_as(
                "SELECT p.slug, p.goal, c.confirmed FROM petitions p JOIN petition_counts c ON c.petition_id = p.id WHERE p.id = $1",
            )
            .bind(petition).fetch_one(&mut *tx).await?;
            let data = crate::webhooks::obj([
                ("petition", slug.into()),
                ("percent", pct.into()),
                ("goal", goal.into()),
                ("confirmed", confirmed.into()),
            ]);
            crate::webhooks::Event::new(crate::webhooks::EventType::PetitionMilestone, now, data, Default::default())
                .fan_out_query::<DB>(now).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UpdateKind;

    #[test]
    fn update_kinds_round_trip_through_their_stored_words() {
        assert_eq!(UpdateKind::WORDS, ["progress", "victory", "delivery"]);
        for k in UpdateKind::ALL {
            assert_eq!(k.as_str().parse::<UpdateKind>(), Ok(*k));
        }
        let err = "milestone".parse::<UpdateKind>().unwrap_err();
        assert!(err
            .to_string()
            .contains(r#"unknown update kind "milestone""#));
    }
}
