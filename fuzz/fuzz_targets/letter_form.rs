//! The supporter's letter form as a browser (urlencoded) or an API client (JSON) sends it.
#![no_main]

use chorus::letters::input::LetterInput;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) {
        let _ = LetterInput::from_pairs(pairs);
    }
    let _ = serde_json::from_slice::<LetterInput>(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = chorus::letters::input::clean_text(text, 5000);
    }
});
