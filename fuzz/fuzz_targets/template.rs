//! Letter templates written by staff: checking and rendering never panic or run away.
#![no_main]

use chorus::letters::template;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    if template::check(source).is_ok() {
        let _ = template::render(
            source,
            "Campaign",
            &template::sample_target(),
            &template::sample_supporter(),
            "A story",
        );
    }
});
