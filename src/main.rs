use clap::Parser;

/// mimalloc: the request path allocates small, short-lived values on every request, and glibc's
/// allocator took a fifth of the signing profile (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    without_huge_pages();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(async {
            chorus::telemetry::init();
            chorus::cli::run(chorus::cli::Cli::parse()).await
        })
}

/// Transparent huge pages (`always` on many distributions) made the allocator's per-thread memory
/// count in 2 MiB pieces: peak RSS under the sign load was 133 MB with them, 114 MB without, at
/// the same speed. Set before the runtime's threads start; only this process is affected.
fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
