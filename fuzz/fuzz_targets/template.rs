//! Letter templates written by staff: checking and rendering never panic or run away, and a
//! filled-in letter never passes the size limit (plus the appended story).
#![no_main]

use chorus::letters::template;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    if template::check(source).is_ok() {
        let story = "A story";
        if let Ok(out) = template::render(
            source,
            "Campaign",
            &template::sample_target(),
            &template::sample_supporter(),
            story,
        ) {
            assert!(out.len() <= template::MAX_LETTER_BYTES + story.len() + 8);
        }
    }
});
