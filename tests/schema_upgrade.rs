//! A database made by the schema before derived signature links: after the upgrade, the links
//! already emailed (stored random tokens) still confirm, withdraw and open the signer's data, and
//! an email queued before the upgrade still goes out with them.

mod common;

use chorus::app::Roles;
use chorus::db::Db;
use common::*;

/// The first migration of the derived-links layout.
const DERIVED_LINKS: i64 = 20261129000042;

both_engines!(links_sent_before_the_upgrade_still_work);

/// Applies every migration before `DERIVED_LINKS`, as the previous release did.
async fn migrate_to_previous(db: &Db) {
    macro_rules! upto {
        ($path:literal, $pool:expr) => {{
            let mut m = sqlx::migrate!($path);
            let before: Vec<_> = m
                .migrations
                .iter()
                .filter(|x| x.version < DERIVED_LINKS)
                .cloned()
                .collect();
            assert!(
                before.len() < m.migrations.len(),
                "the upgrade is a migration"
            );
            m.migrations = before.into();
            m.run($pool).await.unwrap();
        }};
    }
    match db {
        Db::Sqlite(p) => upto!("migrations/sqlite", p),
        Db::Postgres(p) => upto!("migrations/postgres", p),
    }
}

async fn exec(db: &Db, sql: &str) {
    match db {
        Db::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        Db::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
    }
    .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn id_of(db: &Db, sql: &str) -> i64 {
    match db {
        Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await,
        Db::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await,
    }
    .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// A signature as the previous release wrote it: the row and the hashes of its two link tokens.
async fn old_signature(db: &Db, petition: i64, email: &str, state: &str) -> (String, String) {
    let now = chorus::db::now_ms();
    let confirmed_at = if state == "confirmed" {
        now.to_string()
    } else {
        "NULL".into()
    };
    let id = id_of(
        db,
        &format!(
            "INSERT INTO signatures (petition_id, name, email, canonical_email, country, consent_version, state, \
             emails_sent, locale, created_at, confirmed_at) VALUES ({petition}, 'Old Signer', '{email}', '{email}', \
             'GB', 1, '{state}', 1, 'en', {now}, {confirmed_at}) RETURNING id"
        ),
    )
    .await;
    let confirm = chorus::secret::tokens::Token::generate();
    let withdraw = chorus::secret::tokens::Token::generate();
    for (t, purpose) in [(&confirm, "confirm"), (&withdraw, "withdraw")] {
        exec(
            db,
            &format!(
                "INSERT INTO signature_tokens (token_hash, signature_id, purpose, created_at) \
                 VALUES ('{}', {id}, '{purpose}', 1)",
                t.hash
            ),
        )
        .await;
    }
    (confirm.secret, withdraw.secret)
}

async fn links_sent_before_the_upgrade_still_work(engine: Engine) {
    let test_db = TestDb::new(engine).await;
    let settings = test_settings(&test_db.url);
    let db = Db::connect(&settings).await.unwrap();
    migrate_to_previous(&db).await;
    let petition = id_of(
        &db,
        "INSERT INTO petitions (slug, title, target, consent_text, state, created_at, updated_at) \
         VALUES ('old', 'Old petition', 'The Council', 'I agree.', 'open', 1, 1) RETURNING id",
    )
    .await;
    let pending_to = unique_email("pending");
    let confirmed_to = unique_email("confirmed");
    let (confirm, pending_withdraw) = old_signature(&db, petition, &pending_to, "pending").await;
    let (_, withdraw) = old_signature(&db, petition, &confirmed_to, "confirmed").await;
    exec(
        &db,
        &format!(
            "INSERT INTO petition_counts (petition_id, confirmed, pending) VALUES ({petition}, 1, 1)"
        ),
    )
    .await;
    exec(
        &db,
        &format!(
            "INSERT INTO petition_country_counts (petition_id, country, confirmed) VALUES ({petition}, 'GB', 1)"
        ),
    )
    .await;
    // A reminder the previous release queued, carrying the raw tokens, not yet sent.
    let payload = serde_json::json!({
        "name": "Old Signer", "title": "Old petition", "target": "The Council", "slug": "old",
        "confirm": confirm, "withdraw": pending_withdraw, "lang": "en",
    });
    exec(
        &db,
        &format!(
            "INSERT INTO outbox (kind, recipient, subject, text_body, payload, state, attempts, next_attempt_at, created_at) \
             VALUES ('reminder_signature', '{pending_to}', '', '', '{payload}', 'pending', 0, 1, 1)"
        ),
    )
    .await;
    db.close().await;

    // The new release starts on that database: the upgrade runs, nothing is lost.
    let app = TestApp::start(
        engine,
        test_db,
        settings,
        Roles {
            web: true,
            worker: true,
        },
    )
    .await;
    assert_eq!(
        app.scalar_i64("SELECT COUNT(*) FROM signature_tokens")
            .await,
        4,
        "the links already sent are kept"
    );
    let mail = &wait_for_mails(&pending_to, 1).await[0];
    assert_eq!(
        mail.link("/confirm/"),
        format!("{BASE_URL}/confirm/{confirm}"),
        "the queued email keeps the link it was written with"
    );

    // The old confirmation link confirms (GET only shows the button).
    assert_eq!(app.get(&format!("/confirm/{confirm}")).await.status(), 200);
    assert_eq!(app.api_count("old").await, 1);
    let page = app.post_form(&format!("/confirm/{confirm}"), &[]).await;
    assert_eq!(page.status(), 200);
    assert!(page
        .text()
        .await
        .unwrap()
        .contains("your signature is confirmed"));
    assert_eq!(app.api_count("old").await, 2);

    // The confirmed signer's old link opens their data and withdraws.
    let data = app.get(&format!("/my-data/{withdraw}")).await;
    assert_eq!(data.status(), 200);
    assert!(data.text().await.unwrap().contains("Old Signer"));
    let page = app.post_form(&format!("/withdraw/{withdraw}"), &[]).await;
    assert_eq!(page.status(), 200);
    assert_eq!(app.api_count("old").await, 1);

    // Signing again after the upgrade gets a derived link, which works alongside the old ones.
    let to = unique_email("new");
    let res = app
        .post_json(
            "/api/v1/petitions/old/signatures",
            &serde_json::json!({"name": "New Signer", "email": to, "country": "GB", "consent": true}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let link = wait_for_mails(&to, 1).await[0].link("/confirm/");
    assert_eq!(
        link.rsplit('/').next().unwrap().len(),
        chorus::secret::links::TOKEN_LEN
    );
    app.client.post(app.link(&link)).send().await.unwrap();
    assert_eq!(app.api_count("old").await, 2);
    app.stop().await;
}
