//! Bounce and complaint reports (RFC 3464 DSNs, RFC 5965 ARF) as they arrive in the bounce
//! mailbox: any bytes parse or are refused, without panicking, and what is found stays bounded.
#![no_main]

use chorus::bounces::report::{parse, Finding};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &[u8]| {
    if let Ok(report) = parse(raw) {
        if let Finding::Failures(failures) = &report.finding {
            assert!(failures.len() <= 100);
            for f in failures {
                assert!(f.status.len() <= 12);
                assert!(f.recipients.iter().all(|a| a.contains('@') && a.len() <= 600));
            }
        }
        assert!(report.addresses.iter().all(|a| a.contains('@') && a.len() <= 600));
    }
});
