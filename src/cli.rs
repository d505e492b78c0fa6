//! The `chorus` command line: parse, load settings, run the chosen command.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::app::{Application, Roles};
use crate::config::Settings;
use crate::db::{now_ms, Db};
use crate::on_db;
use crate::petitions::{self, PetitionSpec};

#[derive(Parser, Debug)]
#[command(
    name = "chorus",
    version,
    about = "Self-hosted petition and advocacy campaign manager"
)]
pub struct Cli {
    /// A TOML file overriding config/default.toml (environment variables override both).
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve HTTP and run the outbox worker (migrations are applied first).
    Serve {
        /// Serve web only; run `chorus worker` elsewhere.
        #[arg(long)]
        no_worker: bool,
    },
    /// Run only the outbox worker.
    Worker,
    /// Seed demo content into the configured database (SQLite by default) and serve it.
    Demo,
    /// Apply migrations and exit.
    Migrate,
    /// Manage staff accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Create and update petitions from TOML files.
    Petition {
        #[command(subcommand)]
        command: PetitionCommand,
    },
    /// Fill a petition with generated signatures through the bulk path (benchmarks, trials).
    Seed {
        #[arg(long)]
        petition: String,
        /// Confirmed signatures to add, spread over 50 countries and 120 days.
        #[arg(long, default_value_t = 0)]
        confirmed: usize,
        /// Pending signatures to add; their raw confirmation tokens go to --tokens-out.
        #[arg(long, default_value_t = 0)]
        pending: usize,
        #[arg(long)]
        tokens_out: Option<PathBuf>,
    },
    /// The directory of representatives letters are written to.
    Targets {
        #[command(subcommand)]
        command: TargetsCommand,
    },
    /// Create and update letter campaigns from TOML files.
    Letters {
        #[command(subcommand)]
        command: LettersCommand,
    },
    /// Create and update events from TOML files.
    Events {
        #[command(subcommand)]
        command: EventsCommand,
    },
    /// Anonymise personal data that is past its retention period now (the worker also does this every minute).
    Retention,
    /// Export counts or signatures (recorded in the audit log).
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// DKIM keys, to sign every message.
    Dkim {
        #[command(subcommand)]
        command: DkimCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum DkimCommand {
    /// Write a new private key (readable by its owner only) and print the DNS record to publish.
    Keygen {
        /// Where to write the key (default: dkim.key_file, else `dkim-<selector>.key` here); an
        /// existing file is never overwritten.
        #[arg(long)]
        out: Option<PathBuf>,
        /// rsa-sha256 or ed25519-sha256.
        #[arg(long, default_value = "rsa-sha256")]
        algorithm: String,
        /// RSA key size.
        #[arg(long, default_value_t = 2048)]
        bits: usize,
        /// Default: dkim.selector, else "chorus".
        #[arg(long)]
        selector: Option<String>,
        /// Default: dkim.domain, else the domain of email_from.
        #[arg(long)]
        domain: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ExportCommand {
    /// Counts of a petition: total, by country, by day.
    Counts {
        #[arg(long)]
        petition: String,
        #[arg(long, default_value = "csv", value_parser = ["csv", "json"])]
        format: String,
    },
    /// Signatures of a petition as CSV (to stdout or --output), with the SHA-256 printed to stderr.
    Signatures {
        #[arg(long)]
        petition: String,
        /// confirmed (default), pending, withdrawn or all
        #[arg(long)]
        state: Option<String>,
        #[arg(long)]
        country: Option<String>,
        /// YYYY-MM-DD, inclusive
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Only signers who opted in to updates.
        #[arg(long)]
        newsletter: bool,
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum TargetsCommand {
    /// Import the US Congress (senators by state, House members by ZIP → district).
    ImportUsCongress {
        /// A directory with newer legislators-current.csv and zccd.csv (default: the shipped copy).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Import a directory from CSV (see docs/targets-csv.md); idempotent on external_id.
    Import {
        #[arg(long)]
        file: PathBuf,
        /// The body the members belong to, e.g. "County Board".
        #[arg(long)]
        body: String,
        /// Deactivate members of the body that are not in the file.
        #[arg(long)]
        deactivate_missing: bool,
    },
    /// Bodies in the directory with their member counts.
    List,
}

#[derive(Subcommand, Debug)]
pub enum LettersCommand {
    /// Create or update (by slug) a letter campaign from a TOML file.
    Save {
        #[arg(long)]
        file: PathBuf,
    },
    /// List letter campaigns.
    List,
}

#[derive(Subcommand, Debug)]
pub enum EventsCommand {
    /// Create or update (by slug) an event from a TOML file.
    Save {
        #[arg(long)]
        file: PathBuf,
    },
    /// List events, soonest first.
    List,
}

#[derive(Subcommand, Debug)]
pub enum AdminCommand {
    /// Create an account (or reset its password). The password is read from stdin, or generated and printed once.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "owner")]
        role: String,
    },
    /// Disable an account: it can no longer sign in, and all its sessions end at once.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Enable a disabled account again.
    Enable {
        #[arg(long)]
        email: String,
    },
    /// Turn off two-factor sign-in for an account whose owner lost their device and recovery codes.
    ResetTwoFactor {
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum PetitionCommand {
    /// Create a petition from a TOML file.
    Create {
        #[arg(long)]
        file: PathBuf,
    },
    /// Update the petition with the file's slug.
    Update {
        #[arg(long)]
        file: PathBuf,
    },
    /// List petitions.
    List,
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutdown requested; finishing in-flight work");
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let settings = Settings::load(cli.config.as_deref())?;
    match cli.command {
        Command::Serve { no_worker } => {
            let app = Application::build(
                settings,
                Roles {
                    web: true,
                    worker: !no_worker,
                },
            )
            .await?;
            app.run_until_stopped(shutdown_signal()).await
        }
        Command::Worker => {
            let app = Application::build(
                settings,
                Roles {
                    web: false,
                    worker: true,
                },
            )
            .await?;
            app.run_until_stopped(shutdown_signal()).await
        }
        Command::Demo => demo(settings).await,
        Command::Migrate => {
            let db = Db::connect(&settings).await?;
            db.migrate().await?;
            println!("migrations applied ({})", db.engine());
            Ok(())
        }
        Command::Admin { command } => admin(settings, command).await,
        Command::Petition { command } => petition(settings, command).await,
        Command::Export { command } => export(settings, command).await,
        Command::Retention => {
            let db = Db::connect(&settings).await?;
            db.migrate().await?;
            let (sigs, mails) = crate::abuse::retention::run(&db, &settings).await?;
            println!("anonymised {sigs} signatures and {mails} sent emails");
            let o = crate::abuse::retention::run_others(&db, &settings).await?;
            println!(
                "deleted {} unconfirmed letters and organisation sign-ons, anonymised {} more",
                o.deleted, o.anonymised
            );
            let e = crate::events::retention(&db, &settings, crate::db::now_ms()).await?;
            println!(
                "deleted {} unconfirmed event registrations, anonymised {} registrants",
                e.deleted, e.anonymised
            );
            Ok(())
        }
        Command::Targets { command } => targets(settings, command).await,
        Command::Letters { command } => letters(settings, command).await,
        Command::Events { command } => events(settings, command).await,
        Command::Dkim { command } => dkim(&settings, command),
        Command::Seed {
            petition,
            confirmed,
            pending,
            tokens_out,
        } => {
            let db = Db::connect(&settings).await?;
            db.migrate().await?;
            crate::seed::run(&db, &petition, confirmed, pending, tokens_out.as_deref()).await
        }
    }
}

/// The spec's `image` (a path relative to its TOML file), read and re-encoded before anything is
/// saved, so a bad image leaves the petition as it was.
async fn read_image(
    toml: &std::path::Path,
    spec: &PetitionSpec,
) -> anyhow::Result<Option<crate::images::Processed>> {
    let Some(path) = &spec.image else {
        return Ok(None);
    };
    let path = toml
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join(path);
    let bytes =
        std::fs::read(&path).map_err(|e| anyhow::anyhow!("image {}: {e}", path.display()))?;
    anyhow::ensure!(
        bytes.len() <= crate::images::MAX_UPLOAD_BYTES,
        "image {}: larger than {} bytes",
        path.display(),
        crate::images::MAX_UPLOAD_BYTES
    );
    crate::images::process_file(bytes)
        .await
        .map(Some)
        .map_err(|e| anyhow::anyhow!("image {}: {e}", path.display()))
}

/// Stores the image read by `read_image`, or the spec's `image_alt` alone.
async fn attach_image(
    db: &Db,
    spec: &PetitionSpec,
    image: Option<crate::images::Processed>,
) -> anyhow::Result<()> {
    let id = on_db!(db, petitions::sql, by_slug(&spec.slug))?
        .map(|p| p.id)
        .ok_or_else(|| anyhow::anyhow!("no petition with slug '{}'", spec.slug))?;
    match (image, &spec.image_alt) {
        (Some(img), alt) => crate::images::attach(db, id, &img, alt.as_deref()).await,
        (None, Some(alt)) => {
            on_db!(
                db,
                crate::images::store::sql,
                set_alt(id, alt.trim(), now_ms())
            )?;
            Ok(())
        }
        (None, None) => Ok(()),
    }
}

async fn petition(settings: Settings, command: PetitionCommand) -> anyhow::Result<()> {
    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    match command {
        PetitionCommand::Create { file } => {
            let spec = PetitionSpec::from_toml(&std::fs::read_to_string(&file)?)?;
            let image = read_image(&file, &spec).await?;
            match on_db!(&db, petitions::sql, insert(&spec, now_ms())) {
                Ok(id) => {
                    attach_image(&db, &spec, image).await?;
                    println!(
                        "created petition {} (id {id}): {}/p/{}",
                        spec.slug,
                        settings.base(),
                        spec.slug
                    )
                }
                Err(e) if crate::db::is_unique_violation(&e) => {
                    anyhow::bail!(
                        "a petition with slug '{}' exists; use `chorus petition update`",
                        spec.slug
                    )
                }
                Err(e) => return Err(e.into()),
            }
        }
        PetitionCommand::Update { file } => {
            let spec = PetitionSpec::from_toml(&std::fs::read_to_string(&file)?)?;
            let image = read_image(&file, &spec).await?;
            anyhow::ensure!(
                on_db!(&db, petitions::sql, update(&spec, now_ms()))?,
                "no petition with slug '{}'",
                spec.slug
            );
            attach_image(&db, &spec, image).await?;
            println!("updated petition {}", spec.slug);
        }
        PetitionCommand::List => {
            for p in on_db!(&db, petitions::sql, all())? {
                println!("{}\t{}\t{}", p.slug, p.state, p.title);
            }
        }
    }
    Ok(())
}

async fn targets(settings: Settings, command: TargetsCommand) -> anyhow::Result<()> {
    use crate::letters::targets;
    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    match command {
        TargetsCommand::ImportUsCongress { dir } => {
            let (senate, house, zips) = targets::import_us_congress(&db, dir.as_deref()).await?;
            println!(
                "US Senate: {} new, {} updated, {} deactivated; House: {} new, {} updated, {} deactivated; {zips} ZIP rows",
                senate.inserted, senate.updated, senate.deactivated, house.inserted, house.updated, house.deactivated
            );
        }
        TargetsCommand::Import {
            file,
            body,
            deactivate_missing,
        } => {
            let body = body.trim();
            anyhow::ensure!(!body.is_empty(), "--body cannot be empty");
            let rows =
                targets::read_csv(std::fs::File::open(&file)?).map_err(anyhow::Error::msg)?;
            let r = on_db!(
                &db,
                targets::sql,
                import(body, &rows, deactivate_missing, now_ms())
            )?;
            println!(
                "{body}: {} new, {} updated, {} deactivated",
                r.inserted, r.updated, r.deactivated
            );
        }
        TargetsCommand::List => {
            for (body, active, all) in on_db!(&db, targets::sql, bodies())? {
                println!("{body}\t{active} active\t{all} in all");
            }
        }
    }
    Ok(())
}

async fn letters(settings: Settings, command: LettersCommand) -> anyhow::Result<()> {
    use crate::letters::{campaign, CampaignSpec};
    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    match command {
        LettersCommand::Save { file } => {
            let spec: CampaignSpec = toml::from_str(&std::fs::read_to_string(&file)?)?;
            let id = crate::letters::save_campaign(&db, &spec).await?;
            println!(
                "saved letter campaign {} (id {id}): {}/l/{}",
                spec.slug,
                settings.base(),
                spec.slug
            );
        }
        LettersCommand::List => {
            for c in on_db!(&db, campaign::sql, all())? {
                println!("{}\t{}\t{}", c.slug, c.state, c.title);
            }
        }
    }
    Ok(())
}

async fn events(settings: Settings, command: EventsCommand) -> anyhow::Result<()> {
    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    match command {
        EventsCommand::Save { file } => {
            let spec = crate::events::EventSpec::from_toml(&std::fs::read_to_string(&file)?)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let created = crate::events::save(&db, &settings, &spec).await?;
            let verb = if created { "created" } else { "updated" };
            println!(
                "{verb} event {}: {}/e/{}",
                spec.slug,
                settings.base(),
                spec.slug
            );
        }
        EventsCommand::List => {
            for e in on_db!(&db, crate::events::model::sql, list(true, 10_000))? {
                let starts = crate::i18n::format::fmt_time(e.starts_at);
                let seats = e.capacity.map_or("-".to_owned(), |c| c.to_string());
                println!(
                    "{}\t{}\t{starts}\t{}/{seats} registered, {} waiting\t{}",
                    e.slug, e.state, e.confirmed, e.waiting, e.title
                );
            }
        }
    }
    Ok(())
}

async fn demo(mut settings: Settings) -> anyhow::Result<()> {
    if settings.listen.ends_with(":0") {
        // Pick the port now so the links in demo emails can name it.
        let probe = std::net::TcpListener::bind(&settings.listen)?;
        settings.listen = probe.local_addr()?.to_string();
    }
    if std::env::var_os("CHORUS_BASE_URL").is_none() {
        // Links in demo emails should open the demo itself.
        settings.base_url = format!("http://{}", settings.listen);
    }
    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    let info = crate::demo::seed(&db).await?;
    db.close().await;
    let base = settings.base().to_owned();
    let app = Application::build(
        settings,
        Roles {
            web: true,
            worker: true,
        },
    )
    .await?;
    let port = app.port().unwrap_or_default();
    println!("\nChorus demo is running: http://127.0.0.1:{port}/");
    for slug in &info.slugs {
        println!("  petition: http://127.0.0.1:{port}/p/{slug}");
    }
    for slug in &info.letter_slugs {
        println!("  letters:  http://127.0.0.1:{port}/l/{slug}");
    }
    for slug in &info.event_slugs {
        println!("  event:    http://127.0.0.1:{port}/e/{slug}");
    }
    println!(
        "  admin: {} / password (new each run): {}",
        info.admin_email, info.admin_password
    );
    println!("  emails are written to the outbox folder as .eml files; links in them use {base}");
    println!("Press Ctrl+C to stop.\n");
    app.run_until_stopped(shutdown_signal()).await
}

async fn export(settings: Settings, command: ExportCommand) -> anyhow::Result<()> {
    use crate::exports::{self, SignatureFilter};
    use sha2::Digest;
    use std::io::Write;

    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    let slug = match &command {
        ExportCommand::Counts { petition, .. } | ExportCommand::Signatures { petition, .. } => {
            petition.clone()
        }
    };
    let p = on_db!(&db, petitions::sql, by_slug(&slug))?
        .ok_or_else(|| anyhow::anyhow!("no petition '{slug}'"))?;
    match command {
        ExportCommand::Counts { format, .. } => {
            let counts = crate::petitions::CountsCache::new(std::time::Duration::ZERO)
                .get(&db, p.id)
                .await?;
            let held = crate::signatures::review::held_count(&db, p.id).await?;
            let out = if format == "json" {
                serde_json::to_string_pretty(&exports::counts_json(&p, &counts, Some(held)))?
            } else {
                exports::counts_csv(&p, &counts, held)
            };
            crate::audit::record(&db, "cli", &format!("export.counts.{format}"), &p.slug, "")
                .await?;
            println!("{out}");
        }
        ExportCommand::Signatures {
            state,
            country,
            from,
            to,
            newsletter,
            output,
            ..
        } => {
            let filter = SignatureFilter {
                state,
                country,
                from,
                to,
                newsletter: newsletter.then(|| "on".into()),
                as_of: None,
            };
            let parsed = filter.parse().map_err(|e| anyhow::anyhow!(e.text()))?;
            let audit_id = crate::audit::record(
                &db,
                "cli",
                "export.signatures.csv",
                &p.slug,
                &serde_json::to_string(&filter)?,
            )
            .await?;
            let (tx, mut rx) = tokio::sync::mpsc::channel::<axum::body::Bytes>(4);
            let mut sink: Box<dyn Write + Send> = match &output {
                Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path)?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout())),
            };
            let writer = tokio::task::spawn_blocking(move || -> std::io::Result<String> {
                let mut hasher = sha2::Sha256::new();
                while let Some(chunk) = rx.blocking_recv() {
                    hasher.update(&chunk);
                    sink.write_all(&chunk)?;
                }
                sink.flush()?;
                Ok(hex::encode(hasher.finalize()))
            });
            let rows = exports::signatures_csv(&db, p.id, &parsed, tx).await?;
            let digest = writer.await??;
            crate::audit::set_rows(&db, audit_id, rows).await?;
            eprintln!("{rows} rows, sha256 {digest}");
            if std::env::var_os("CHORUS_REPORT_PEAK_RSS").is_some() {
                eprintln!(
                    "peak RSS: {}",
                    crate::telemetry::peak_rss_kib().unwrap_or(0)
                );
            }
        }
    }
    Ok(())
}

async fn admin(settings: Settings, command: AdminCommand) -> anyhow::Result<()> {
    let db = Db::connect(&settings).await?;
    db.migrate().await?;
    let (email, found, action, said) = match command {
        AdminCommand::Create { email, role } => return create_admin(&db, &email, &role).await,
        AdminCommand::Disable { email } => {
            let found = crate::users::set_disabled(&db, &email, true).await?;
            (
                email,
                found,
                "user.disable",
                "disabled (its sessions ended)",
            )
        }
        AdminCommand::Enable { email } => {
            let found = crate::users::set_disabled(&db, &email, false).await?;
            (email, found, "user.enable", "enabled")
        }
        AdminCommand::ResetTwoFactor { email } => {
            let found = crate::users::reset_two_factor(&db, &email).await?;
            let said = "signs in without a second step now (its sessions ended)";
            (email, found, "user.2fa.reset", said)
        }
    };
    let email = email.trim().to_lowercase();
    anyhow::ensure!(
        found,
        crate::i18n::ta("users-err-unknown", "email", email.as_str())
    );
    crate::audit::record(&db, "cli", action, &email, "").await?;
    println!("account {email} {said}");
    Ok(())
}

/// Creates an account, or resets its password and role (which ends its sessions).
async fn create_admin(db: &Db, email: &str, role: &str) -> anyhow::Result<()> {
    let email = email.trim().to_lowercase();
    let mut password = String::new();
    if !std::io::stdin().is_terminal() {
        std::io::stdin().read_to_string(&mut password)?;
    }
    let password = password.lines().next().unwrap_or("").trim_end().to_owned();
    let generated = password.is_empty();
    let password = if generated {
        crate::users::generate_password()
    } else {
        password
    };
    let created = crate::users::upsert_admin(db, &email, &password, role).await?;
    println!(
        "{} account {email} ({role})",
        if created { "created" } else { "updated" }
    );
    if generated {
        println!("password (shown once): {password}");
    }
    Ok(())
}

fn dkim(settings: &Settings, command: DkimCommand) -> anyhow::Result<()> {
    use crate::email::dkim::{Algorithm, NewKey};
    let DkimCommand::Keygen {
        out,
        algorithm,
        bits,
        selector,
        domain,
    } = command;
    let algorithm: Algorithm = algorithm.parse()?;
    let pick = |given: Option<String>, set: &str, fallback: &str| {
        given.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| {
            if set.trim().is_empty() { fallback } else { set }
                .trim()
                .to_owned()
        })
    };
    let from_domain = settings
        .email_from
        .rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>').to_owned())
        .unwrap_or_default();
    let selector = pick(selector, &settings.dkim.selector, "chorus");
    let domain = pick(domain, &settings.dkim.domain, &from_domain);
    let out = out.unwrap_or_else(|| {
        if settings.dkim.key_file.as_os_str().is_empty() {
            PathBuf::from(format!("dkim-{selector}.key"))
        } else {
            settings.dkim.key_file.clone()
        }
    });
    let key = NewKey::generate(algorithm, bits)?;
    let mut file = {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(&out)
            .map_err(|e| anyhow::anyhow!("{}: {e}", out.display()))?
    };
    std::io::Write::write_all(&mut file, key.private.as_bytes())?;
    // A TXT string holds at most 255 characters: longer records are split into several.
    let record = key.dns_record();
    let chunks: Vec<String> = record
        .as_bytes()
        .chunks(255)
        .map(|c| format!("\"{}\"", String::from_utf8_lossy(c)))
        .collect();
    println!(
        "Key written to {} ({}). Publish this DNS record:\n\n{selector}._domainkey.{domain}. IN TXT {}\n\nThen set:\n\n[dkim]\nkey_file = \"{}\"\nselector = \"{selector}\"\ndomain = \"{domain}\"\nalgorithm = \"{}\"",
        out.display(),
        algorithm.as_str(),
        chunks.join(" "),
        out.display(),
        algorithm.as_str(),
    );
    Ok(())
}
