//! Generated signatures in bulk, for benchmarks and trials (`chorus seed`).

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use crate::db::{now_ms, Db};
use crate::on_db;
use crate::petitions::{self, PetitionSpec};
use crate::signatures::bulk::{self, BulkSignature};

const COUNTRIES: [&str; 50] = [
    "US", "GB", "FR", "DE", "ES", "IT", "BR", "IN", "JP", "CA", "AU", "MX", "AR", "CO", "CL", "PE",
    "NG", "KE", "ZA", "EG", "MA", "GH", "ET", "TZ", "UG", "SN", "PK", "BD", "ID", "PH", "VN", "TH",
    "MY", "KR", "TW", "NZ", "IE", "NL", "BE", "SE", "NO", "DK", "FI", "PL", "PT", "GR", "TR", "UA",
    "RO", "CH",
];

fn rows(start: usize, n: usize, prefix: &str) -> Vec<BulkSignature> {
    let now = now_ms();
    (start..start + n)
        .map(|i| BulkSignature {
            name: format!("Signer {i}"),
            email: format!("{prefix}{i}@seed.example.org"),
            // Skewed like real campaigns: the first countries get most signatures.
            country: COUNTRIES[(i * i) % 997 % 50].to_owned(),
            postcode: None,
            show_name: i % 5 == 0,
            confirmed_at: now - ((i as i64 * 7_919) % (120 * 86_400_000)),
        })
        .collect()
}

pub async fn run(
    db: &Db,
    slug: &str,
    confirmed: usize,
    pending: usize,
    tokens_out: Option<&Path>,
) -> anyhow::Result<()> {
    let petition = match on_db!(db, petitions::sql, by_slug(slug))? {
        Some(p) => p,
        None => {
            let spec = PetitionSpec::from_toml(&format!(
                "slug = \"{slug}\"\ntitle = \"Seeded petition {slug}\"\ntarget = \"UN High Commissioner for Human Rights\"\nstate = \"open\"\ngoal = 2000000\n"
            ))?;
            on_db!(db, petitions::sql, insert(&spec, now_ms()))?;
            on_db!(db, petitions::sql, by_slug(slug))?.expect("just created")
        }
    };
    let started = Instant::now();
    let mut done = 0;
    while done < confirmed {
        let n = (confirmed - done).min(100_000);
        let batch = rows(done, n, &format!("c{}-", petition.id));
        for chunk in batch.chunks(2000) {
            on_db!(db, sql, insert(petition.id, chunk))?;
        }
        done += n;
        eprintln!(
            "{done} confirmed signatures ({:.0}/s)",
            done as f64 / started.elapsed().as_secs_f64()
        );
    }
    if pending > 0 {
        let tokens = bulk::insert_pending_with_tokens(
            db,
            petition.id,
            &rows(0, pending, &format!("p{}-", petition.id)),
        )
        .await?;
        if let Some(path) = tokens_out {
            let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
            for t in tokens {
                writeln!(f, "{t}")?;
            }
        }
        eprintln!("{pending} pending signatures with tokens");
    }
    bulk::recount(db, petition.id).await?;
    bulk::refresh_statistics(db).await;
    eprintln!("seeded {slug} in {:.1}s", started.elapsed().as_secs_f64());
    Ok(())
}

crate::per_engine! {
    mod sql {
        use crate::signatures::bulk::BulkSignature;

        pub async fn insert(pool: &Pool, petition: i64, rows: &[BulkSignature]) -> Result<(), sqlx::Error> {
            // Links start at the time of insertion (`crate::secret::links`).
            let now = crate::db::now_ms();
            let mut qb = sqlx::QueryBuilder::<DB>::new(
                "INSERT INTO signatures (petition_id, name, email, canonical_email, country, show_name, newsletter, \
                 consent_version, state, emails_sent, source, created_at, confirmed_at, link_gen) ",
            );
            qb.push_values(rows, |mut b, r| {
                b.push_bind(petition).push_bind(&r.name).push_bind(&r.email).push_bind(&r.email)
                    .push_bind(&r.country).push_bind(r.show_name).push_bind(r.show_name).push_bind(1_i64)
                    .push_bind("confirmed").push_bind(1_i64).push_bind("seed").push_bind(r.confirmed_at)
                    .push_bind(r.confirmed_at).push_bind(now);
            });
            qb.push(" ON CONFLICT (petition_id, canonical_email) DO NOTHING");
            qb.build().execute(pool).await?;
            Ok(())
        }
    }
}
