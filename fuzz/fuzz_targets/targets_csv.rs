//! Directory CSV imports: any bytes are imported or refused with a message naming the line.
#![no_main]

use chorus::letters::targets;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match targets::read_csv(data) {
        Ok(rows) => {
            for r in rows {
                assert!(!r.external_id.is_empty() && !r.name.is_empty());
            }
        }
        Err(message) => assert!(message.contains("line")),
    }
});
