//! Email: the outbox table (written in the same transaction as the change that causes the email),
//! the worker that drains it, and the SMTP or file transport.

pub mod caps;
pub mod dkim;
mod kind;
pub mod outbox;
mod smtp;
pub mod suppress;
pub mod transport;
pub mod verp;
pub mod worker;

pub use kind::EmailKind;
pub use outbox::Email;
pub use transport::Transport;

/// Email background jobs: per-address counts past their window are forgotten.
pub fn jobs() -> Vec<crate::jobs::Job> {
    vec![crate::jobs::Job::new(
        "email.caps_purge",
        crate::jobs::EVERY_MINUTE,
        |ctx| async move {
            let window = ctx.settings.worker.public_email_window_hours.max(1) * 3_600_000;
            crate::on_db!(&ctx.db, caps::sql, purge(crate::db::now_ms() - window))?;
            Ok(())
        },
    )]
}
