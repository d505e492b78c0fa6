//! Chorus: a self-hosted petition and advocacy campaign manager.

pub mod abuse;
pub mod admin;
pub mod api_doc;
pub mod app;
pub mod cache;
pub mod cli;
pub mod config;
pub mod db;
pub mod deliveries;
pub mod demo;
pub mod domain;
pub mod email;
pub mod exports;
pub mod http;
pub mod i18n;
pub mod images;
pub mod jobs;
pub mod letters;
pub mod petitions;
pub mod secret;
pub mod seed;
pub mod signatures;
pub mod telemetry;
pub mod text;
pub mod users;
