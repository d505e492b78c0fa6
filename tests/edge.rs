//! The HTTP edge: slow clients, cross-site form posts and client addresses.

mod common;

use std::time::{Duration, Instant};

use common::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A client that sends half a request line and then nothing is disconnected once the header read
/// timeout passes, instead of holding the connection for ever.
async fn slow_headers_are_cut_off(engine: Engine) {
    let app = TestApp::spawn_with(engine, |s| s.header_read_timeout_secs = 1).await;
    let addr = app.addr.trim_start_matches("http://").to_owned();
    let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
    stream.write_all(b"GET /healthz HT").await.unwrap();
    let start = Instant::now();
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut rest)).await;
    assert!(
        closed.is_ok(),
        "the server still held the connection after 10 s"
    );
    assert!(
        start.elapsed() >= Duration::from_millis(800),
        "closed after {:?}, before the timeout",
        start.elapsed()
    );
    // A client that sends its request in time is served as usual.
    assert_eq!(app.get("/healthz").await.status(), 200);
    app.stop().await;
}

both_engines!(slow_headers_are_cut_off);
