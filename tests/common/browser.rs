//! Headless Chromium through ChromeDriver (both from Debian), driven with fantoccini.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Browser {
    pub client: fantoccini::Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

fn required(var: &str) -> String {
    std::env::var(var)
        .unwrap_or_else(|_| panic!("{var} is not set: run scripts/test, which installs Chromium"))
}

/// A command cut short by a page load, which ChromeDriver reports outside the W3C error shape.
fn navigating(e: &fantoccini::error::CmdError) -> bool {
    e.to_string().contains("aborted by navigation")
}

impl Browser {
    /// Types into the field with this id.
    pub async fn fill(&self, id: &str, text: &str) {
        let field = self.client.find(fantoccini::Locator::Id(id)).await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Clicks the first element matching `css`.
    pub async fn click(&self, css: &str) {
        let el = self
            .client
            .find(fantoccini::Locator::Css(css))
            .await
            .unwrap();
        el.click().await.unwrap();
    }

    /// Chooses `value` in the select with this id.
    pub async fn select(&self, id: &str, value: &str) {
        let el = self.client.find(fantoccini::Locator::Id(id)).await.unwrap();
        el.select_by_value(value).await.unwrap();
    }

    /// Waits up to 30 s for an element. Unlike fantoccini's own wait, a lookup that a page load
    /// cancels is tried again: Chromium answers a find made while a submitted form navigates with
    /// "aborted by navigation", which is not the element's absence.
    pub async fn wait_for(
        &self,
        locator: fantoccini::Locator<'_>,
    ) -> fantoccini::elements::Element {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match self.client.find(locator).await {
                Ok(el) => return el,
                Err(e)
                    if Instant::now() < deadline && (e.is_no_such_element() || navigating(&e)) =>
                {
                    tokio::time::sleep(Duration::from_millis(100)).await
                }
                Err(e) => panic!("{locator:?}: {e}"),
            }
        }
    }

    pub async fn start() -> Browser {
        Self::start_in_zone("UTC").await
    }

    /// A browser whose clock is in time zone `tz` (e.g. "Asia/Tokyo").
    pub async fn start_in_zone(tz: &str) -> Browser {
        // Two TLS backends are linked (lettre uses ring); pick one for the WebDriver client.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(required("CHORUS_TEST_CHROMEDRIVER"))
            .arg(format!("--port={port}"))
            .env("TZ", tz)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--hide-scrollbars".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({"binary": required("CHORUS_TEST_CHROMIUM"), "args": args}),
        );
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let attempt = fantoccini::ClientBuilder::rustls()
                .unwrap()
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match attempt {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("could not start Chromium: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    /// Saves a PNG of the viewport under target/screenshots/ and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = self.client.screenshot().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"), "screenshot is a PNG");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }

    pub async fn stop(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}
