//! Petitions: the model, the CLI spec, live counts, the public pages and the JSON API.

pub mod api;
mod chart;
pub use chart::per_day_svg as chart_svg;
pub mod counts;
pub mod exports_api;
pub mod map;
mod model;
pub mod organisations;
pub mod pages;
pub mod spec;
pub mod updates;
pub mod widget;

pub use counts::{CountsCache, PetitionCache, PetitionCounts};
pub use model::{parse_origin, sql, Petition, PetitionState, PetitionText};
pub use spec::PetitionSpec;

/// The petitions' background jobs: milestone updates to signers.
pub fn jobs() -> Vec<crate::jobs::Job> {
    vec![crate::jobs::Job::new(
        "petitions.milestones",
        crate::jobs::EVERY_MINUTE,
        |ctx| async move {
            updates::milestones(&ctx.db).await?;
            Ok(())
        },
    )]
}
