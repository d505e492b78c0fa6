//! HTTP plumbing shared by every capability: errors, extractors, middleware, static assets.

pub mod assets;
pub mod client_ip;
pub mod cross_site;
pub mod error;
pub mod extract;
pub mod field_errors;
pub mod ip;
pub mod middleware;
pub mod page;
pub mod schema;
pub mod serve;
pub mod share;

pub use error::{ApiError, AppError, Message};
pub use field_errors::FieldErrors;
