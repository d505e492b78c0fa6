//! The bounce mailbox as a local maildir: each message in `new/` is read, recorded under the
//! digest of its bytes, then moved to `cur/`. A crash between the two leaves it in `new/`, and
//! reading it again changes nothing (its digest is already recorded): each message counts once.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::report::{self, NotReport};
use super::{checked_tag, ignored, record, Bounce};
use crate::config::Settings;
use crate::db::Db;
use crate::email::suppress::Source;
use crate::email::verp::Verp;
use crate::email::worker::VERP_KEY;

/// Messages read per run; the rest wait for the next.
const PER_RUN: usize = 500;
/// A bounce quotes at most the original message; anything bigger is not read.
const MAX_BYTES: u64 = 4 * 1024 * 1024;

pub fn job(settings: &Settings) -> crate::jobs::Job {
    let every = Duration::from_millis(settings.bounces.poll_ms.max(50));
    crate::jobs::Job::new("bounces.maildir", every, |ctx| async move {
        let handled = read(&ctx.db, &ctx.settings).await?;
        if handled > 0 {
            tracing::info!(handled, "bounce mailbox read");
        }
        Ok(())
    })
}

/// Handles what is in `new/` now; returns how many messages it moved to `cur/`.
pub async fn read(db: &Db, settings: &Settings) -> anyhow::Result<usize> {
    let dir = settings.bounces.maildir.clone();
    let (new, cur) = (dir.join("new"), dir.join("cur"));
    tokio::fs::create_dir_all(&cur).await?;
    tokio::fs::create_dir_all(&new).await?;
    let mut names = Vec::new();
    let mut entries = tokio::fs::read_dir(&new).await?;
    while let Some(e) = entries.next_entry().await? {
        // Dot files are half-written deliveries (maildir's tmp/ is not ours; some tools use dots).
        if e.file_type().await?.is_file() && !e.file_name().to_string_lossy().starts_with('.') {
            names.push(e.file_name());
        }
    }
    names.sort();
    names.truncate(PER_RUN);
    let verp = Verp::new(&crate::secret::shared_key(db, VERP_KEY).await?);
    let mut moved = 0;
    for name in names {
        let path = new.join(&name);
        handle(db, settings, &verp, &path).await?;
        let mut done = name.to_string_lossy().into_owned();
        if !done.contains(":2,") {
            done.push_str(":2,S");
        }
        tokio::fs::rename(&path, cur.join(done)).await?;
        moved += 1;
    }
    Ok(moved)
}

/// Reads one message and records what it reports. Only a database error is an error: a message
/// we cannot use is counted and moved on, never read again.
async fn handle(db: &Db, settings: &Settings, verp: &Verp, path: &PathBuf) -> anyhow::Result<()> {
    if too_big(path).await? {
        ignored("unreadable");
        return Ok(());
    }
    let raw = tokio::fs::read(path).await?;
    let id = format!("mailbox:{}", hex::encode(Sha256::digest(&raw)));
    let report = match report::parse(&raw) {
        Ok(r) => r,
        Err(not) => {
            ignored(match not {
                NotReport::Ignored => "not_a_bounce",
                NotReport::Unreadable => "unreadable",
            });
            return Ok(());
        }
    };
    let (address, kind) = match checked_tag(verp, settings, &report.addresses) {
        Ok(found) => found,
        Err(why) => {
            tracing::info!(why, "bounce report without a valid bounce address, ignored");
            ignored(why);
            return Ok(());
        }
    };
    let bounce = Bounce {
        address: crate::email::suppress::mailbox(&address, &settings.canonical_email),
        kind: Some(kind),
        event: report.event,
        detail: report.status,
        source: Source::Mailbox,
    };
    record(db, settings, &id, &bounce).await?;
    Ok(())
}

async fn too_big(path: &Path) -> std::io::Result<bool> {
    Ok(tokio::fs::metadata(path).await?.len() > MAX_BYTES)
}
