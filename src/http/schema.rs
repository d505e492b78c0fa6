//! The JSON shapes every API route shares, for the OpenAPI document.

use std::collections::BTreeMap;

/// `{"error": "…"}`: what went wrong, in plain words.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ErrorJson {
    pub error: String,
}

/// `{"errors": {"field": ["message", …]}}`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ValidationJson {
    pub errors: BTreeMap<String, Vec<String>>,
}

/// `{"status": "pending_confirmation"}`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct StatusJson {
    pub status: String,
}
