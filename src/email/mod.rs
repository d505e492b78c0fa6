//! Email: the outbox table (written in the same transaction as the change that causes the email),
//! the worker that drains it, and the SMTP or file transport.

pub mod caps;
pub mod outbox;
mod smtp;
pub mod transport;
pub mod worker;

pub use outbox::Email;
pub use transport::Transport;
