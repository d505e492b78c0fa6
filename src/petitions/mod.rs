//! Petitions: the model, the CLI spec, live counts, the public pages and the JSON API.

pub mod api;
mod chart;
pub use chart::per_day_svg as chart_svg;
pub mod counts;
mod model;
pub mod pages;
pub mod spec;

pub use counts::{CountsCache, PetitionCache, PetitionCounts};
pub use model::{sql, Petition};
pub use spec::PetitionSpec;
