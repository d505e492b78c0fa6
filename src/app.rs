//! Builds the application (state, router, background tasks), binds, and serves until stopped.

use std::future::Future;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::abuse::Guard;
use crate::admin::AdminCtx;
use crate::cache::TtlCache;
use crate::config::Settings;
use crate::db::Db;
use crate::email::worker::Worker;
use crate::email::{outbox, Transport};
use crate::http::client_ip::Proxies;
use crate::http::serve::serve;
use crate::http::{middleware, ApiError, AppError};
use crate::letters::LettersCtx;
use crate::on_db;
use crate::petitions::{CountsCache, PetitionCache, PetitionsCtx};
use crate::signatures::{ConfirmWriter, SignWriter, SigningCtx};

/// Everything the handlers may ask for; each takes only its capability's context (`FromRef`).
/// One `Arc`: axum clones the state for every request.
#[derive(Clone)]
pub struct AppState(Arc<Parts>);

impl std::ops::Deref for AppState {
    type Target = Parts;

    fn deref(&self) -> &Parts {
        &self.0
    }
}

/// Each context a handler may take from the state.
macro_rules! from_state {
    ($($field:ident: $ty:ty),* $(,)?) => {
        $(impl axum::extract::FromRef<AppState> for $ty {
            fn from_ref(state: &AppState) -> Self {
                state.0.$field.clone()
            }
        })*
    };
}

from_state!(
    settings: Arc<Settings>,
    db: Db,
    petitions: PetitionsCtx,
    signing: SigningCtx,
    letters: LettersCtx,
    admin: AdminCtx,
    metrics: PrometheusHandle,
    guard: Guard,
    proxies: Proxies,
    deliveries: crate::deliveries::DeliveriesCtx,
    bounces: crate::bounces::BouncesCtx,
    events: crate::events::EventsCtx,
);

pub struct Parts {
    pub settings: Arc<Settings>,
    pub db: Db,
    pub petitions: PetitionsCtx,
    pub signing: SigningCtx,
    pub letters: LettersCtx,
    pub admin: AdminCtx,
    pub metrics: PrometheusHandle,
    pub guard: Guard,
    pub proxies: Proxies,
    pub deliveries: crate::deliveries::DeliveriesCtx,
    pub bounces: crate::bounces::BouncesCtx,
    pub events: crate::events::EventsCtx,
}

/// What this process runs: the web server, the outbox worker, or both.
#[derive(Debug, Clone, Copy)]
pub struct Roles {
    pub web: bool,
    pub worker: bool,
}

pub struct Application {
    listener: Option<TcpListener>,
    /// The private metrics listener, apart from the public one (metrics reveal who signed what).
    metrics_listener: Option<TcpListener>,
    state: AppState,
    worker: Option<Worker>,
}

/// Renders, at send time, the emails the capabilities store as parameters (for the outbox worker).
pub fn render_email(
    row: &mut crate::email::outbox::OutboxRow,
    ctx: &crate::email::worker::RenderCtx<'_>,
) -> Result<(), String> {
    let base = ctx.base;
    // A kind this version does not know is given up on, alone, with the word it found.
    let kind = row.kind().map_err(|e| e.to_string())?;
    // A message to registrants: its words are final; the one-click unsubscribe header is added.
    if let Some(done) = crate::events::messages::finish(row, base) {
        return done;
    }
    // An event's email: its words are final; a calendar file may be attached.
    if let Some(done) = crate::events::emails::finish(row) {
        return done;
    }
    // A letter writer's email: its words are final; the my-data link and header are added.
    if crate::letters::selfservice::finish(row, base).is_some() {
        return Ok(());
    }
    let Some(payload) = row.payload.as_deref() else {
        return Ok(());
    };
    if kind == crate::email::EmailKind::PetitionUpdate {
        // Rendered when enqueued; the payload only carries the recipient's unsubscribe token.
        let p: crate::petitions::updates::UpdatePayload =
            serde_json::from_str(payload).map_err(|e| format!("bad payload: {e}"))?;
        row.list_unsubscribe = Some(format!("{base}/unsubscribe/{}", p.withdraw));
        return Ok(());
    }
    match crate::signatures::emails::render(kind, payload, base, ctx.links) {
        Some(Ok(r)) => {
            row.subject = r.subject;
            row.text_body = r.text;
            row.html_body = Some(r.html);
            row.list_unsubscribe = Some(r.unsubscribe);
            Ok(())
        }
        Some(Err(e)) => Err(format!("could not render: {e}")),
        None => Err(format!("no template for email kind '{}'", row.kind)),
    }
}

/// Every capability's periodic jobs, each run on its own by `crate::jobs`.
fn background_jobs(settings: &Settings) -> Vec<crate::jobs::Job> {
    [
        crate::letters::jobs(settings),
        crate::deliveries::jobs(settings),
        crate::signatures::jobs(),
        crate::petitions::jobs(),
        crate::admin::jobs(),
        crate::abuse::jobs(),
        crate::email::jobs(),
        crate::webhooks::jobs(settings),
        crate::bounces::jobs(settings),
        crate::events::jobs(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            // Several apps may share one process (tests); the first recorder serves them all.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}

impl Application {
    /// Connects, migrates, and binds (if serving web). Port 0 picks a free port.
    pub async fn build(settings: Settings, roles: Roles) -> anyhow::Result<Self> {
        // Settings built in code (not by `Settings::load`) are checked too.
        settings.check()?;
        let settings = Arc::new(settings);
        let db = Db::connect(&settings).await?;
        db.migrate().await?;
        crate::admin::session::prepare(&db).await?;
        let worker = if roles.worker {
            Some(Worker::new(
                db.clone(),
                Transport::from_settings(&settings)?,
                settings.clone(),
                render_email,
            )?)
        } else {
            None
        };
        let listener = if roles.web {
            Some(TcpListener::bind(&settings.listen).await?)
        } else {
            None
        };
        let metrics_listener = match settings.metrics_listen.trim() {
            "" => None,
            addr => Some(
                TcpListener::bind(addr)
                    .await
                    .map_err(|e| anyhow::anyhow!("metrics_listen: cannot bind {addr}: {e}"))?,
            ),
        };
        let guard = crate::abuse::Guard::new(
            &settings.abuse,
            crate::abuse::Guard::load_secret(&db).await?,
        );
        guard.spawn_sync(
            db.clone(),
            Duration::from_millis(settings.abuse.share_every_ms.max(100)),
        );
        // One connection for each group-commit writer (signatures, confirmations).
        let writers = Db::connect_writers(&settings).await?;
        // The writers never checkpoint in their commits; this does, off their path.
        db.spawn_checkpointer(Duration::from_secs(1));
        let cache = Duration::from_millis(settings.counts.cache_ms);
        let proxies = Proxies::new(&settings.abuse.trusted_proxies);
        let petitions = PetitionsCtx::new(crate::petitions::PetitionsParts {
            db: db.clone(),
            settings: settings.clone(),
            counts: CountsCache::new(cache),
            petitions: PetitionCache::new(cache),
            pages: TtlCache::new(cache),
            lists: crate::petitions::counts::PageLists::new(cache),
            guard: guard.clone(),
        });
        let state = AppState(Arc::new(Parts {
            signing: SigningCtx {
                db: db.clone(),
                settings: settings.clone(),
                writer: SignWriter::spawn(writers.clone(), settings.clone()),
                confirmer: ConfirmWriter::spawn(writers, settings.clone()),
                guard: guard.clone(),
                links: crate::secret::links::LinkKey::signatures(&db).await?,
            },
            letters: LettersCtx {
                db: db.clone(),
                settings: settings.clone(),
                guard: guard.clone(),
            },
            admin: AdminCtx {
                db: db.clone(),
                settings: settings.clone(),
                proxies: proxies.clone(),
                public: petitions.clone(),
            },
            deliveries: crate::deliveries::DeliveriesCtx {
                db: db.clone(),
                settings: settings.clone(),
            },
            bounces: crate::bounces::BouncesCtx {
                db: db.clone(),
                settings: settings.clone(),
            },
            events: crate::events::EventsCtx {
                db: db.clone(),
                settings: settings.clone(),
                guard: guard.clone(),
            },
            petitions,
            guard,
            proxies,
            metrics: metrics_handle(),
            db,
            settings,
        }));
        Ok(Application {
            listener,
            metrics_listener,
            state,
            worker,
        })
    }

    pub fn port(&self) -> Option<u16> {
        self.listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
            .map(|a| a.port())
    }

    /// The port metrics are served on, when `metrics_listen` is set.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
            .map(|a| a.port())
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` resolves, then lets in-flight requests and emails finish.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = watch::channel(false);
        let worker = self.worker.map(|w| {
            let ctx = crate::jobs::JobCtx {
                db: self.state.db.clone(),
                settings: self.state.settings.clone(),
            };
            let jobs = background_jobs(&self.state.settings);
            let jobs = tokio::spawn(crate::jobs::run(ctx, jobs, stop_rx.clone()));
            (tokio::spawn(w.run(stop_rx.clone())), jobs)
        });
        let mut stop_wait = stop_rx.clone();
        let header_timeout = Duration::from_secs(self.state.settings.header_read_timeout_secs);
        let metrics = self.metrics_listener.map(|listener| {
            let mut stop = stop_rx.clone();
            let app = metrics_router(self.state.clone());
            tokio::spawn(serve(listener, app, header_timeout, async move {
                let _ = stop.wait_for(|stopped| *stopped).await;
            }))
        });
        let shutdown = async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        };
        match self.listener {
            Some(listener) => {
                tracing::info!(addr = %listener.local_addr()?, "listening");
                serve(
                    listener,
                    router(self.state.clone()),
                    header_timeout,
                    shutdown,
                )
                .await;
            }
            None => {
                tokio::spawn(shutdown);
                let _ = stop_wait.wait_for(|stopped| *stopped).await;
            }
        }
        if let Some((w, jobs)) = worker {
            let _ = w.await;
            let _ = jobs.await;
        }
        if let Some(m) = metrics {
            let _ = m.await;
        }
        self.state.db.close().await;
        Ok(())
    }
}

pub fn router(state: AppState) -> Router {
    let s = &state.settings;
    let (api, doc) = crate::api_doc::api();
    let doc =
        axum::body::Bytes::from(crate::api_doc::served(&doc).expect("the API document serialises"));
    let app = Router::new()
        .merge(api)
        .route(
            "/api/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move {
                    (
                        [(axum::http::header::CONTENT_TYPE, "application/json")],
                        doc,
                    )
                }
            }),
        )
        .merge(crate::home::router())
        .merge(crate::petitions::router())
        .merge(crate::signatures::router())
        .merge(crate::letters::router())
        // Provider webhooks: posted from the provider's servers, checked by their own credentials.
        .merge(crate::bounces::router())
        .merge(crate::events::router())
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/static/chorus.css", get(crate::http::assets::stylesheet))
        .route("/static/pow.js", get(crate::http::assets::pow_script))
        .route(
            "/static/local-time.js",
            get(crate::http::assets::local_time_script),
        )
        .route("/static/share.js", get(crate::http::assets::share_script))
        .merge(public_forms(&state))
        .merge(crate::admin::router(&state.admin))
        .route("/images/{file}", get(crate::images::pages::serve))
        .fallback(not_found)
        // Every route but the image upload (merged next, with its own limit) keeps this one.
        .layer(DefaultBodyLimit::max(s.body_limit_bytes))
        .layer(RequestBodyLimitLayer::new(s.body_limit_bytes))
        .merge(crate::admin::upload_router(&state.admin))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(s.request_timeout_secs),
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(middleware::make_span))
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()
        }))
        // Outermost: the language, metrics and security headers cover every answer above.
        .layer(axum::middleware::from_fn(middleware::envelope));
    app.with_state(state)
}

/// The public HTML forms, which refuse posts from other sites. Not here: one-click unsubscribe
/// (RFC 8058, posted by mail providers from anywhere) and the JSON API (CORS, no cookies).
fn public_forms(state: &AppState) -> Router<AppState> {
    Router::new()
        .merge(crate::signatures::forms())
        .merge(crate::petitions::forms())
        .merge(crate::letters::forms())
        .merge(crate::events::forms())
        .route_layer(axum::middleware::from_fn_with_state(
            crate::http::cross_site::SiteUrl(state.settings.base_url.as_str().into()),
            crate::http::cross_site::refuse,
        ))
}

async fn not_found(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        ApiError(AppError::NotFound).into_response()
    } else {
        AppError::NotFound.into_response()
    }
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<AppState>) -> Response {
    match tokio::time::timeout(Duration::from_secs(2), state.db.ping()).await {
        Ok(true) => (StatusCode::OK, "ready").into_response(),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response(),
    }
}

/// Metrics only: served on `metrics_listen`, never on the public listener.
pub fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .with_state(state)
}

async fn metrics(State(state): State<AppState>) -> Response {
    if let Ok(depth) = on_db!(&state.db, outbox::sql, depth()) {
        metrics::gauge!("outbox_depth").set(depth as f64);
    }
    state.metrics.render().into_response()
}
