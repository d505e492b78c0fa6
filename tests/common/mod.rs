//! Black-box test helpers: start the real app on port 0 with a fresh database (SQLite file or a new
//! PostgreSQL database), talk HTTP to it, and read the emails the real SMTP server received.
#![allow(dead_code)]

pub mod bounce_reports;
pub mod browser;
pub mod imap;
pub mod staff;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chorus::app::{AppState, Application, Roles};
use chorus::config::Settings;
use chorus::db::{now_ms, Db};
use secrecy::SecretString;
use serde::Deserialize;
use tokio::sync::oneshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// Runs an async test body once per engine: `both_engines!(name_of_async_fn, …);`
#[macro_export]
macro_rules! both_engines {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::common::Engine::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::common::Engine::Postgres).await
            }
        }
    )*};
}

/// Sends this test binary's logs (the production filter) to a file in `CHORUS_TEST_LOG_DIR`, which
/// scripts/test searches for personal data after the run.
fn init_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(dir) = std::env::var("CHORUS_TEST_LOG_DIR") else {
            return;
        };
        let exe = std::env::current_exe().unwrap_or_default();
        let name = exe
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let path = PathBuf::from(dir).join(format!("{name}-{}.log", std::process::id()));
        let Ok(file) = std::fs::File::create(path) else {
            return;
        };
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                chorus::telemetry::DEFAULT_FILTER,
            ))
            .with_ansi(false)
            .with_writer(std::sync::Mutex::new(file))
            .try_init();
    });
}

pub const BASE_URL: &str = "http://127.0.0.1:9";

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: run the tests with scripts/test, which starts PostgreSQL and SMTP"
        )
    })
}

pub fn random_hex(bytes: usize) -> String {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b).unwrap();
    hex::encode(b)
}

/// An address no other test uses; the local part's prefix selects SMTP behaviour (see smtp_sink.py).
pub fn unique_email(prefix: &str) -> String {
    format!("{prefix}-{}@example.com", random_hex(6))
}

/// A fresh database for one test, removed when dropped.
pub struct TestDb {
    pub url: String,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn new(engine: Engine) -> Self {
        match engine {
            Engine::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite://{}", dir.path().join("chorus.db").display());
                TestDb {
                    url,
                    pg_name: None,
                    _dir: Some(dir),
                }
            }
            Engine::Postgres => {
                let admin = env("CHORUS_TEST_PG_URL");
                let name = format!("chorus_test_{}", random_hex(8));
                let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
                    .await
                    .unwrap();
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut conn)
                    .await
                    .unwrap();
                let url = admin.rsplit_once('/').unwrap().0.to_owned() + "/" + &name;
                TestDb {
                    url,
                    pg_name: Some(name),
                    _dir: None,
                }
            }
        }
    }
}

impl TestDb {
    /// The same database, not owned: dropping it leaves the database in place (for a second app).
    pub fn shared(&self) -> TestDb {
        TestDb {
            url: self.url.clone(),
            pg_name: None,
            _dir: None,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = self.pg_name.take() {
            let admin = std::env::var("CHORUS_TEST_PG_URL").unwrap_or_default();
            // Drop runs outside async: use a small runtime on its own thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    if let Ok(mut conn) =
                        <sqlx::PgConnection as sqlx::Connection>::connect(&admin).await
                    {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&mut conn)
                                .await;
                    }
                });
            })
            .join();
        }
    }
}

/// Settings for a test app: port 0, the test SMTP server, fast worker polling.
pub fn test_settings(db_url: &str) -> Settings {
    let mut s = Settings::load(None).expect("default settings load");
    s.database_url = SecretString::from(db_url.to_owned());
    s.listen = "127.0.0.1:0".into();
    s.base_url = BASE_URL.into();
    s.smtp_url = SecretString::from(format!("smtp://{}", env("CHORUS_TEST_SMTP")));
    s.email_from = "Chorus Test <noreply@chorus.test>".into();
    s.worker.poll_ms = 25;
    s.worker.backoff_base_secs = 0;
    s.counts.cache_ms = 0;
    s.database.max_connections = 8;
    // Tests sign many times from one address, and post forms directly: the anti-abuse tests turn
    // these checks back on.
    s.abuse.allow_ips = vec!["127.0.0.0/8".into()];
    s.abuse.domain_max = 1_000_000;
    s.abuse.min_fill_secs = 0;
    s
}

pub struct TestApp {
    pub addr: String,
    /// Where metrics are served, when the test set `metrics_listen`.
    pub metrics_addr: Option<String>,
    pub client: reqwest::Client,
    pub state: AppState,
    pub engine: Engine,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    pub db: TestDb,
    /// Whether this app sends email (then `stop` checks that nothing due is left unsent).
    worker: bool,
}

impl TestApp {
    pub async fn spawn(engine: Engine) -> TestApp {
        Self::spawn_with(engine, |_| {}).await
    }

    pub async fn spawn_with(engine: Engine, tweak: impl FnOnce(&mut Settings)) -> TestApp {
        let db = TestDb::new(engine).await;
        let mut settings = test_settings(&db.url);
        tweak(&mut settings);
        Self::start(
            engine,
            db,
            settings,
            Roles {
                web: true,
                worker: true,
            },
        )
        .await
    }

    pub async fn start(engine: Engine, db: TestDb, settings: Settings, roles: Roles) -> TestApp {
        init_logs();
        let app = Application::build(settings, roles)
            .await
            .expect("app builds");
        let addr = format!("http://127.0.0.1:{}", app.port().expect("web role binds"));
        let metrics_addr = app
            .metrics_port()
            .map(|port| format!("http://127.0.0.1:{port}"));
        let state = app.state().clone();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(app.run_until_stopped(async {
            let _ = stopped.await;
        }));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            // Below the server's idle close (`header_read_timeout_secs`, 10 s): a pooled connection
            // reused just as the server closes it fails the request with an incomplete message.
            .pool_idle_timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        TestApp {
            addr,
            metrics_addr,
            client,
            state,
            engine,
            stop: Some(stop),
            task: Some(task),
            db,
            worker: roles.worker,
        }
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.addr, path)
    }

    /// Turns an absolute link from an email into one on this app (links use BASE_URL).
    pub fn link(&self, absolute: &str) -> String {
        let path = absolute
            .strip_prefix(BASE_URL)
            .expect("links use the configured base URL");
        self.url(path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// Checks that every email due has been sent (nothing acknowledged is lost), then stops the
    /// app gracefully and waits for it.
    pub async fn stop(self) {
        if self.worker {
            self.due_emails_sent().await;
        }
        self.stop_as_is().await;
    }

    /// Waits until no email is due and unsent; fails the test if one stays.
    async fn due_emails_sent(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            // Emails retried later (after an outage a test staged) are that test's business.
            let soon = now_ms() + 2_000;
            let due = self
                .scalar_i64(&format!(
                    "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND next_attempt_at <= {soon}"
                ))
                .await;
            if due == 0 {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{due} emails were due and unsent when the app stopped"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Stops the app gracefully and waits for it, whatever the outbox holds.
    pub async fn stop_as_is(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.unwrap().unwrap();
        }
    }

    /// Creates a petition from TOML with fields merged over a valid default.
    pub async fn create_petition(
        &self,
        slug: &str,
        extra_toml: &str,
    ) -> chorus::petitions::Petition {
        let mut table: toml::Table = extra_toml.parse().expect("valid TOML");
        let title = format!("Test petition {slug}");
        for (key, value) in [
            ("slug", slug),
            ("title", title.as_str()),
            ("target", "The Target"),
            ("state", "open"),
        ] {
            table
                .entry(key)
                .or_insert_with(|| toml::Value::String(value.to_owned()));
        }
        table.entry("goal").or_insert(toml::Value::Integer(100));
        let text = toml::to_string(&table).unwrap();
        let spec = chorus::petitions::PetitionSpec::from_toml(&text).unwrap();
        let db = self.db();
        match db {
            Db::Sqlite(p) => chorus::petitions::sql::sqlite::insert(p, &spec, chorus::db::now_ms())
                .await
                .unwrap(),
            Db::Postgres(p) => {
                chorus::petitions::sql::postgres::insert(p, &spec, chorus::db::now_ms())
                    .await
                    .unwrap()
            }
        };
        self.petition(slug).await
    }

    pub async fn petition(&self, slug: &str) -> chorus::petitions::Petition {
        match self.db() {
            Db::Sqlite(p) => chorus::petitions::sql::sqlite::by_slug(p, slug)
                .await
                .unwrap()
                .unwrap(),
            Db::Postgres(p) => chorus::petitions::sql::postgres::by_slug(p, slug)
                .await
                .unwrap()
                .unwrap(),
        }
    }

    /// Runs a scalar query on whichever engine (tests inspect state directly).
    pub async fn scalar_i64(&self, sql: &str) -> i64 {
        match self.db() {
            Db::Sqlite(p) => sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(p)
                .await
                .unwrap(),
            Db::Postgres(p) => sqlx::query_scalar::<_, i64>(sql)
                .fetch_one(p)
                .await
                .unwrap(),
        }
    }

    pub async fn execute(&self, sql: &str) {
        match self.db() {
            Db::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()).unwrap(),
            Db::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()).unwrap(),
        }
    }

    /// The confirmed count the API reports.
    pub async fn api_count(&self, slug: &str) -> i64 {
        let v: serde_json::Value = self
            .get(&format!("/api/v1/petitions/{slug}"))
            .await
            .json()
            .await
            .unwrap();
        v["signature_count"].as_i64().unwrap()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Mail {
    pub mail_from: String,
    pub rcpt_tos: Vec<String>,
    pub headers: Vec<(String, String)>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub raw: String,
    #[serde(skip)]
    pub file: PathBuf,
}

impl Mail {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every link to this app in the text part that starts with BASE_URL + `path_prefix`.
    pub fn links(&self, path_prefix: &str) -> Vec<String> {
        let prefix = format!("{BASE_URL}{path_prefix}");
        self.text
            .split_whitespace()
            .filter(|w| w.starts_with(&prefix))
            .map(|w| w.trim_end_matches(['.', ',', ')']).to_owned())
            .collect()
    }

    pub fn link(&self, path_prefix: &str) -> String {
        self.links(path_prefix)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {path_prefix} link in:\n{}", self.text))
    }
}

/// Every message the SMTP server received for `to`.
pub fn mails_to(to: &str) -> Vec<Mail> {
    let dir = PathBuf::from(env("CHORUS_TEST_MAILDIR"));
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(mut mail) = serde_json::from_str::<Mail>(&text) else {
                continue;
            };
            if mail.rcpt_tos.iter().any(|r| r.eq_ignore_ascii_case(to)) {
                mail.file = path;
                out.push(mail);
            }
        }
    }
    // The server numbers its files with zero padding, so name order is arrival order.
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// Waits until at least `n` messages reached `to`, then returns them all.
pub async fn wait_for_mails(to: &str, n: usize) -> Vec<Mail> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mails = mails_to(to);
        if mails.len() >= n {
            return mails;
        }
        assert!(
            Instant::now() < deadline,
            "expected {n} email(s) to {to}, got {}",
            mails.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits for the email to `to` that `is` picks, whatever else arrives first.
pub async fn wait_for_mail(to: &str, is: impl Fn(&Mail) -> bool) -> Mail {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(mail) = mails_to(to).into_iter().find(|m| is(m)) {
            return mail;
        }
        assert!(
            Instant::now() < deadline,
            "the expected email to {to} never came"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the outbox has nothing left to send: the fact after which every email queued so far
/// has arrived (or was given up), so "no more email" can be asserted.
pub async fn outbox_drained(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while app
        .scalar_i64("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
        .await
        > 0
    {
        assert!(Instant::now() < deadline, "the outbox never drained");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Asserts that exactly `n` messages reached `to`, once everything already caused for them has
/// left: confirmed letters are dispatched (as the app's job would), and no outbox row for `to` is
/// still pending (a sent row's message is on disk: the SMTP server writes it before it answers).
pub async fn assert_mail_count(app: &TestApp, to: &str, n: usize) -> Vec<Mail> {
    chorus::letters::dispatch::run(app.db()).await.unwrap();
    let pending = format!(
        "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND lower(recipient) = lower('{}')",
        to.replace('\'', "''")
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.scalar_i64(&pending).await > 0 {
        assert!(Instant::now() < deadline, "emails to {to} never left");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mails = mails_to(to);
    assert_eq!(
        mails.len(),
        n,
        "emails to {to}: {:#?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    mails
}

/// A signature body for the JSON API.
pub fn signer(email: &str) -> serde_json::Value {
    serde_json::json!({"name": "Ada Lovelace", "email": email, "country": "GB", "postcode": "SW1A 1AA", "consent": true})
}

/// Opens a database by URL (for tests that run the binary and then inspect what it wrote).
pub async fn open_db(url: &str) -> Db {
    Db::connect(&test_settings(url)).await.unwrap()
}

/// One value from a query on the database at `url`, on either engine.
async fn fetch_scalar<T>(url: &str, sql: &str) -> T
where
    T: Send + Unpin,
    T: for<'r> sqlx::Decode<'r, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite>,
    T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres>,
{
    let db = open_db(url).await;
    let v = match &db {
        Db::Sqlite(p) => sqlx::query_scalar::<_, T>(sql).fetch_one(p).await.unwrap(),
        Db::Postgres(p) => sqlx::query_scalar::<_, T>(sql).fetch_one(p).await.unwrap(),
    };
    db.close().await;
    v
}

pub async fn scalar_on(url: &str, sql: &str) -> i64 {
    fetch_scalar(url, sql).await
}

pub async fn text_on(url: &str, sql: &str) -> String {
    fetch_scalar(url, sql).await
}

/// Solves a proof-of-work challenge from `/api/v1/pow?{query}` (`petition=…` or `campaign=…`)
/// the way the page's script does.
pub async fn solved_pow(app: &TestApp, query: &str) -> String {
    use base64::Engine as _;
    use sha2::Digest;
    let c: serde_json::Value = app
        .get(&format!("/api/v1/pow?{query}"))
        .await
        .json()
        .await
        .unwrap();
    let salt = c["salt"].as_str().unwrap();
    let number = (0..=c["maxnumber"].as_u64().unwrap())
        .find(|n| {
            hex::encode(sha2::Sha256::digest(format!("{salt}{n}")))
                == c["challenge"].as_str().unwrap()
        })
        .unwrap();
    let solution = serde_json::json!({
        "algorithm": c["algorithm"], "challenge": c["challenge"], "salt": salt,
        "number": number, "signature": c["signature"],
    });
    base64::engine::general_purpose::STANDARD.encode(solution.to_string())
}

/// Waits until a session of the app's PostgreSQL database waits on a lock (a row another
/// transaction holds): the fact a race test arranges before it lets that transaction go.
pub async fn until_a_session_waits_on_a_lock(pool: &sqlx::PgPool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    )
    .fetch_one(pool)
    .await
    .unwrap()
        == 0
    {
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
