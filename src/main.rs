use clap::Parser;

/// mimalloc: the request path allocates small, short-lived values on every request, and glibc's
/// allocator took a fifth of the signing profile (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    chorus::telemetry::init();
    chorus::cli::run(chorus::cli::Cli::parse()).await
}
