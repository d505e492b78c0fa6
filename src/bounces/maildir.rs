//! The bounce mailbox as a local maildir: each message in `new/` is read, recorded under the
//! digest of its bytes, then moved to `cur/`. A crash between the two leaves it in `new/`, and
//! reading it again changes nothing (its digest is already recorded): each message counts once.
//! Handled messages stay in `cur/` for `keep_handled_days`, for staff to look at, then go.

use std::ffi::OsString;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::{handle_message, ignored, MAX_MESSAGE_BYTES};
use crate::config::Settings;
use crate::db::Db;
use crate::email::verp::Verp;
use crate::email::worker::VERP_KEY;

/// Messages read per run; the rest wait for the next.
const PER_RUN: usize = 500;

pub fn job(settings: &Settings) -> crate::jobs::Job {
    let every = Duration::from_millis(settings.bounces.poll_ms.max(50));
    crate::jobs::Job::new("bounces.maildir", every, |ctx| async move {
        let handled = read(&ctx.db, &ctx.settings).await?;
        if handled > 0 {
            tracing::info!(handled, "bounce mailbox read");
        }
        let pruned = prune(&ctx.settings.bounces.maildir.join("cur"), &ctx.settings).await?;
        if pruned > 0 {
            tracing::info!(pruned, "handled bounce messages deleted");
        }
        Ok(())
    })
}

/// Handles what is in `new/` now; returns how many messages it moved to `cur/`. A file that
/// cannot be read is logged and left for the next run; the others are handled all the same.
pub async fn read(db: &Db, settings: &Settings) -> anyhow::Result<usize> {
    let dir = settings.bounces.maildir.clone();
    let (new, cur) = (dir.join("new"), dir.join("cur"));
    tokio::fs::create_dir_all(&cur).await?;
    tokio::fs::create_dir_all(&new).await?;
    let mut names = Vec::new();
    let mut entries = tokio::fs::read_dir(&new).await?;
    while let Some(e) = entries.next_entry().await? {
        // Dot files are half-written deliveries (maildir's tmp/ is not ours; some tools use dots).
        // Directories are not messages; anything else is tried, and skipped if unreadable.
        let is_dir = e.file_type().await.map(|t| t.is_dir()).unwrap_or(false);
        if !is_dir && !e.file_name().to_string_lossy().starts_with('.') {
            names.push(e.file_name());
        }
    }
    names.sort();
    names.truncate(PER_RUN);
    let verp = Verp::new(&crate::secret::shared_key(db, VERP_KEY).await?);
    let mut moved = 0;
    for name in names {
        let path = new.join(&name);
        match read_message(&path).await {
            Ok(Some(raw)) => handle_message(db, settings, &verp, &raw).await?,
            Ok(None) => ignored("unreadable"),
            Err(e) => {
                tracing::warn!(error = %e, "a file in the bounce maildir could not be read; skipped");
                metrics::counter!("bounce_mailbox_read_errors_total", "source" => "maildir")
                    .increment(1);
                continue;
            }
        }
        tokio::fs::rename(&path, cur.join(handled_name(&name))).await?;
        moved += 1;
    }
    Ok(moved)
}

/// The message's bytes; `None` if it is too big to be a bounce.
async fn read_message(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    if tokio::fs::metadata(path).await?.len() > MAX_MESSAGE_BYTES {
        return Ok(None);
    }
    tokio::fs::read(path).await.map(Some)
}

/// The maildir name of a message once seen: its info flags say so (`:2,S`).
fn handled_name(name: &OsString) -> String {
    let mut done = name.to_string_lossy().into_owned();
    if !done.contains(":2,") {
        done.push_str(":2,S");
    }
    done
}

/// Deletes messages in `cur` last changed (delivered: a rename keeps the time) more than
/// `keep_handled_days` ago, so the mailbox does not grow forever. Their digests outlive them in
/// the database, so a copy delivered again still counts once.
pub async fn prune(cur: &Path, settings: &Settings) -> std::io::Result<usize> {
    let keep = Duration::from_secs(settings.bounces.keep_handled_days.max(1) as u64 * 86_400);
    let Some(before) = SystemTime::now().checked_sub(keep) else {
        return Ok(0);
    };
    let mut pruned = 0;
    let mut entries = match tokio::fs::read_dir(cur).await {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    while let Some(e) = entries.next_entry().await? {
        let old = match e.metadata().await.and_then(|m| m.modified()) {
            Ok(at) => at < before,
            Err(_) => false,
        };
        if old && tokio::fs::remove_file(e.path()).await.is_ok() {
            pruned += 1;
        }
        if pruned >= PER_RUN {
            break;
        }
    }
    Ok(pruned)
}
