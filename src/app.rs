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

use crate::cache::TtlCache;
use crate::config::Settings;
use crate::db::Db;
use crate::email::worker::Worker;
use crate::email::{outbox, Transport};
use crate::http::{middleware, ApiError, AppError};
use crate::petitions::{self, CountsCache, PetitionCache};
use crate::signatures::confirm::ConfirmWriter;
use crate::signatures::{self, SignWriter};
use crate::{letters, on_db, pages};

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub db: Db,
    pub writer: SignWriter,
    pub confirmer: ConfirmWriter,
    pub counts: CountsCache,
    pub petitions: PetitionCache,
    /// Rendered public petition pages by slug.
    pub pages: TtlCache<String, axum::body::Bytes>,
    pub metrics: PrometheusHandle,
    pub guard: crate::abuse::Guard,
}

/// What this process runs: the web server, the outbox worker, or both.
#[derive(Debug, Clone, Copy)]
pub struct Roles {
    pub web: bool,
    pub worker: bool,
}

pub struct Application {
    listener: Option<TcpListener>,
    state: AppState,
    worker: Option<Worker>,
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
        let settings = Arc::new(settings);
        let db = Db::connect(&settings).await?;
        db.migrate().await?;
        crate::admin::session::prepare(&db).await?;
        let worker = if roles.worker {
            Some(Worker::new(
                db.clone(),
                Transport::from_settings(&settings)?,
                settings.clone(),
            )?)
        } else {
            None
        };
        let listener = if roles.web {
            Some(TcpListener::bind(&settings.listen).await?)
        } else {
            None
        };
        let guard = crate::abuse::Guard::new(
            &settings.abuse,
            crate::abuse::Guard::load_secret(&db).await?,
        );
        // One connection for each group-commit writer (signatures, confirmations).
        let writers = Db::connect_writers(&settings).await?;
        let state = AppState {
            guard,
            writer: SignWriter::spawn(writers.clone(), settings.clone()),
            confirmer: ConfirmWriter::spawn(writers, settings.clone()),
            counts: CountsCache::new(Duration::from_millis(settings.counts.cache_ms)),
            petitions: PetitionCache::new(Duration::from_millis(settings.counts.cache_ms)),
            pages: TtlCache::new(Duration::from_millis(settings.counts.cache_ms)),
            metrics: metrics_handle(),
            db,
            settings,
        };
        Ok(Application {
            listener,
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

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` resolves, then lets in-flight requests and emails finish.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = watch::channel(false);
        let worker = self.worker.map(|w| tokio::spawn(w.run(stop_rx.clone())));
        let mut stop_wait = stop_rx.clone();
        let shutdown = async move {
            shutdown.await;
            let _ = stop_tx.send(true);
        };
        match self.listener {
            Some(listener) => {
                tracing::info!(addr = %listener.local_addr()?, "listening");
                let app = router(self.state.clone())
                    .into_make_service_with_connect_info::<std::net::SocketAddr>();
                axum::serve(listener, app)
                    .with_graceful_shutdown(shutdown)
                    .await?;
            }
            None => {
                tokio::spawn(shutdown);
                let _ = stop_wait.wait_for(|stopped| *stopped).await;
            }
        }
        if let Some(w) = worker {
            let _ = w.await;
        }
        self.state.db.close().await;
        Ok(())
    }
}

pub fn router(state: AppState) -> Router {
    let s = &state.settings;
    let (api, doc) = crate::http::openapi::api();
    let doc = axum::body::Bytes::from(doc.to_json().expect("the API document serialises"));
    let mut app = Router::new()
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
        .route("/", get(petitions::pages::index))
        .route("/p/{slug}", get(petitions::pages::show))
        .route(
            "/p/{slug}/sign",
            get(pages::to_form_page).post(petitions::pages::sign),
        )
        .route("/p/{slug}/signed", get(petitions::pages::signed))
        .route("/p/{slug}/widget", get(petitions::widget::page))
        .route(
            "/p/{slug}/organisations",
            get(petitions::organisations::show).post(petitions::organisations::sign),
        )
        .route(
            "/organisations/confirm/{token}",
            get(petitions::organisations::confirm_get).post(petitions::organisations::confirm_post),
        )
        .route("/static/widget.js", get(petitions::widget::script))
        .route(
            "/confirm/{token}",
            get(signatures::pages::confirm_get).post(signatures::pages::confirm_post),
        )
        .route(
            "/withdraw/{token}",
            get(signatures::pages::withdraw_get).post(signatures::pages::withdraw_post),
        )
        .route(
            "/unsubscribe/{token}",
            get(signatures::selfservice::unsubscribe_get)
                .post(signatures::selfservice::unsubscribe_post),
        )
        .route("/my-data/{token}", get(signatures::selfservice::show))
        .route(
            "/my-data/{token}/copy",
            get(pages::to_form_page).post(signatures::selfservice::copy),
        )
        .route(
            "/my-data/{token}/erase",
            get(pages::to_form_page).post(signatures::selfservice::erase),
        )
        .route("/l/{slug}", get(letters::pages::show))
        .route(
            "/l/{slug}/write",
            get(pages::to_form_page).post(letters::pages::write),
        )
        .route(
            "/l/{slug}/send",
            get(pages::to_form_page).post(letters::pages::send),
        )
        .route("/l/{slug}/sent", get(letters::pages::sent))
        .route(
            "/letters/confirm/{token}",
            get(letters::pages::confirm_get).post(letters::pages::confirm_post),
        )
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/static/chorus.css", get(pages::stylesheet))
        .route("/static/pow.js", get(pages::pow_script))
        .route("/static/local-time.js", get(pages::local_time_script))
        .route("/static/share.js", get(pages::share_script))
        .merge(crate::admin::router(&state))
        .fallback(not_found)
        .layer(axum::middleware::from_fn(crate::i18n::layer))
        .layer(axum::middleware::from_fn(middleware::track_metrics))
        .layer(DefaultBodyLimit::max(s.body_limit_bytes))
        .layer(RequestBodyLimitLayer::new(s.body_limit_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(s.request_timeout_secs),
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(middleware::make_span))
        .layer(CatchPanicLayer::custom(|_| {
            AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()
        }));
    for header in middleware::security_headers() {
        app = app.layer(header);
    }
    app.with_state(state)
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

async fn metrics(State(state): State<AppState>) -> Response {
    if let Ok(depth) = on_db!(&state.db, outbox::sql, depth()) {
        metrics::gauge!("outbox_depth").set(depth as f64);
    }
    state.metrics.render().into_response()
}
