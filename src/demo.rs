//! Demo content so a newcomer sees a working site: petitions with signatures and an admin account.

use crate::db::{now_ms, Db};
use crate::on_db;
use crate::petitions::{self, PetitionSpec};
use crate::signatures::bulk::{self, BulkSignature};
use crate::users;

const SPECS: [&str; 2] = [
    include_str!("../data/demo/un-petition.toml"),
    include_str!("../data/demo/county-petition.toml"),
];

const FIRST: [&str; 12] = [
    "Amina", "Lucas", "Mei", "Sofia", "Kwame", "Elena", "Ravi", "Chloé", "Mateo", "Yuki", "Fatima",
    "Jonas",
];
const LAST: [&str; 8] = [
    "Okafor", "Silva", "Chen", "Rossi", "Mensah", "Novak", "Sharma", "Martin",
];
const COUNTRIES: [&str; 9] = ["GB", "FR", "DE", "US", "BR", "IN", "KE", "JP", "ES"];

pub struct DemoInfo {
    pub admin_email: String,
    pub admin_password: String,
    pub slugs: Vec<String>,
    pub letter_slugs: Vec<String>,
    pub event_slugs: Vec<String>,
}

const LETTER_SPECS: [&str; 2] = [
    include_str!("../data/demo/senate-letter.toml"),
    include_str!("../data/demo/county-letter.toml"),
];

/// The US Congress directory, a small county board with email addresses, and two letter campaigns.
async fn seed_letters(db: &Db) -> anyhow::Result<Vec<String>> {
    use crate::letters::targets;
    targets::import_us_congress(db, None).await?;
    let board = targets::read_csv(include_str!("../data/demo/county-board.csv").as_bytes())
        .map_err(anyhow::Error::msg)?;
    on_db!(
        db,
        targets::sql,
        import("Essex County Board", &board, true, now_ms())
    )?;
    let mut slugs = Vec::new();
    for text in LETTER_SPECS {
        let spec: crate::letters::CampaignSpec = toml::from_str(text)?;
        if on_db!(db, crate::letters::campaign::sql, by_slug(&spec.slug))?.is_none() {
            crate::letters::save_campaign(db, &spec).await?;
        }
        slugs.push(spec.slug);
    }
    Ok(slugs)
}

/// Creates what is missing; safe to run again. The admin password is new on every run.
pub async fn seed(db: &Db) -> anyhow::Result<DemoInfo> {
    let mut slugs = Vec::new();
    for (n, text) in SPECS.iter().enumerate() {
        let spec = PetitionSpec::from_toml(text)?;
        if on_db!(db, petitions::sql, by_slug(&spec.slug))?.is_none() {
            on_db!(db, petitions::sql, insert(&spec, now_ms()))?;
            let petition = on_db!(db, petitions::sql, by_slug(&spec.slug))?.expect("just inserted");
            let count = if n == 0 { 340 } else { 60 };
            bulk::insert_confirmed(
                db,
                petition.id,
                petition.consent_version,
                &demo_signatures(n, count, &petition.allowed()),
            )
            .await?;
            let alt = crate::images::art::DEMO_ALT[n.min(1)];
            let image = crate::images::process_file(crate::images::art::demo_png(n)).await?;
            crate::images::attach(db, petition.id, &image, Some(alt)).await?;
        }
        slugs.push(spec.slug);
    }
    let letter_slugs = seed_letters(db).await?;
    // A virtual side event to a Human Rights Council session, linked to the first petition.
    let event = crate::events::EventSpec::from_toml(include_str!("../data/demo/side-event.toml"))
        .map_err(anyhow::Error::msg)?;
    if on_db!(db, crate::events::model::sql, by_slug(&event.slug))?.is_none() {
        crate::events::create(db, &event).await?;
    }
    let event_slugs = vec![event.slug];
    let admin_email = "admin@example.org".to_owned();
    let admin_password = users::generate_password();
    users::upsert_admin(db, &admin_email, &admin_password, "owner").await?;
    Ok(DemoInfo {
        admin_email,
        admin_password,
        slugs,
        letter_slugs,
        event_slugs,
    })
}

fn demo_signatures(petition: usize, count: usize, allowed: &[&str]) -> Vec<BulkSignature> {
    let now = now_ms();
    (0..count)
        .map(|i| {
            let country = if allowed.is_empty() {
                COUNTRIES[(i * 7 + i / 3) % COUNTRIES.len()]
            } else {
                allowed[0]
            };
            // Spread over the last three weeks, more recent days busier.
            let age_days = ((i * i) % 441) as f64 / 21.0;
            BulkSignature {
                name: format!(
                    "{} {}",
                    FIRST[i % FIRST.len()],
                    LAST[(i / FIRST.len()) % LAST.len()]
                ),
                email: format!("demo-signer-{petition}-{i}@example.org"),
                country: country.to_owned(),
                postcode: (country == "US").then(|| format!("{:05}", 10001 + i % 50)),
                show_name: i % 3 == 0,
                confirmed_at: now - (age_days * 86_400_000.0) as i64 - (i as i64 * 60_000),
            }
        })
        .collect()
}
