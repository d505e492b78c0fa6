use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    chorus::telemetry::init();
    chorus::cli::run(chorus::cli::Cli::parse()).await
}
