//! Reads bounce and complaint reports: RFC 3464 delivery status notifications and RFC 5965 abuse
//! feedback reports, parsed with `mail-parser` (which never panics on malformed MIME). What it
//! returns is only a claim; the bounce address it names is checked by the caller.

use mail_parser::{MessageParser, MimeHeaders};

use super::Event;

/// What one report says: what happened, the status code, and every address in it that may be
/// one of our bounce addresses (the envelope recipient of the report, the original message's
/// Return-Path, our `X-Chorus-Bounce` header, an ARF report's Original-Mail-From).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub event: Event,
    pub status: String,
    pub addresses: Vec<String>,
}

/// Why a message is not a report we act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReport {
    /// No headers at all, or neither a delivery status nor a feedback report inside.
    Unreadable,
    /// A report of something we do not act on: a delay, a success, a non-abuse feedback type.
    Ignored,
}

/// Header fields of the report itself that may carry the bounce address it was sent to.
const ENVELOPE_FIELDS: [&str; 5] = [
    "to",
    "delivered-to",
    "x-original-to",
    "envelope-to",
    "x-envelope-to",
];
/// Header fields of the original message (quoted in the report) that carry it.
const ORIGINAL_FIELDS: [&str; 2] = ["return-path", "x-chorus-bounce"];

pub fn parse(raw: &[u8]) -> Result<Report, NotReport> {
    let message = MessageParser::default()
        .parse(raw)
        .ok_or(NotReport::Unreadable)?;
    let mut addresses = Vec::new();
    for (name, value) in message.headers_raw() {
        if ENVELOPE_FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f)) {
            addresses.extend(addresses_in(value));
        }
    }
    let mut found: Option<(Event, String)> = None;
    let mut ignored = false;
    for part in &message.parts {
        let Some(ct) = part.content_type() else {
            continue;
        };
        let (ctype, subtype) = (
            ct.ctype().to_ascii_lowercase(),
            ct.subtype().unwrap_or("").to_ascii_lowercase(),
        );
        match (ctype.as_str(), subtype.as_str()) {
            ("message", "delivery-status" | "global-delivery-status") => {
                let text = String::from_utf8_lossy(part.contents());
                match delivery_status(&text) {
                    Some(hit) => found = worst(found, hit),
                    None => ignored = true,
                }
            }
            ("message", "feedback-report") => {
                let text = String::from_utf8_lossy(part.contents());
                let fields = fields(&text);
                for (name, value) in &fields {
                    if name == "original-mail-from" {
                        addresses.extend(addresses_in(value));
                    }
                }
                let kind = fields
                    .iter()
                    .find(|(n, _)| n == "feedback-type")
                    .map(|(_, v)| v.trim().to_ascii_lowercase());
                match kind.as_deref() {
                    // "fraud" and "virus" are reports about the message too, never the reader
                    // asking for more; only "abuse" (this is spam) is a complaint.
                    Some("abuse") => found = worst(found, (Event::Complaint, "abuse".into())),
                    _ => ignored = true,
                }
            }
            ("message", "rfc822" | "global") => {
                if let Some(original) = part.message() {
                    for (name, value) in original.headers_raw() {
                        if ORIGINAL_FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f)) {
                            addresses.extend(addresses_in(value));
                        }
                    }
                }
            }
            ("text", "rfc822-headers") => {
                let text = String::from_utf8_lossy(part.contents());
                for (name, value) in fields(&text) {
                    if ORIGINAL_FIELDS.contains(&name.as_str()) {
                        addresses.extend(addresses_in(&value));
                    }
                }
            }
            _ => {}
        }
    }
    match found {
        Some((event, status)) => Ok(Report {
            event,
            status,
            addresses,
        }),
        None if ignored => Err(NotReport::Ignored),
        None => Err(NotReport::Unreadable),
    }
}

/// The most serious of two findings: a complaint, then a hard bounce, then a soft one.
fn worst(a: Option<(Event, String)>, b: (Event, String)) -> Option<(Event, String)> {
    let rank = |e: Event| match e {
        Event::Complaint => 3,
        Event::Hard => 2,
        Event::Soft => 1,
    };
    match a {
        Some(a) if rank(a.0) >= rank(b.0) => Some(a),
        _ => Some(b),
    }
}

/// A delivery-status part: for each recipient whose Action is "failed", a 5.x.x Status is a hard
/// bounce and a 4.x.x one soft. "delayed", "delivered", "relayed" and "expanded" are not bounces.
fn delivery_status(text: &str) -> Option<(Event, String)> {
    let mut out = None;
    // Per-message fields, then one group per recipient, separated by blank lines.
    for group in text.replace("\r\n", "\n").split("\n\n") {
        let f = fields(group);
        let get = |n: &str| {
            f.iter()
                .find(|(name, _)| name == n)
                .map(|(_, v)| v.trim().to_owned())
        };
        let action = get("action").unwrap_or_default().to_ascii_lowercase();
        if !action.starts_with("failed") {
            continue;
        }
        let status = get("status").unwrap_or_default();
        let code: String = status
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .take(12)
            .collect();
        let event = match code.split('.').collect::<Vec<_>>()[..] {
            // The address itself is wrong or gone (5.1.x) or its mailbox disabled (5.2.1): hard.
            ["5", "1", _] | ["5", "2", "1"] => Event::Hard,
            // Other permanent failures (a full mailbox, a policy or content refusal: 5.7.x can be
            // caused by what a supporter wrote) say nothing sure about the address: they count
            // as soft, so only a run of them suppresses it.
            ["5", ..] | ["4", ..] => Event::Soft,
            // A failure without a usable status: treated as permanent, as RFC 3464 says of failed.
            _ => Event::Hard,
        };
        out = worst(out, (event, code));
    }
    out
}

/// Header-style fields (`Name: value`, folded lines joined), names lowercased.
fn fields(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines().take(2000) {
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = out.last_mut() {
                if v.len() < 4096 {
                    v.push(' ');
                    v.push_str(line.trim());
                }
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    out
}

/// Addresses in a header value: `<a@b>` forms, else bare words with an `@`; a DSN's
/// `rfc822;` type prefix is dropped.
fn addresses_in(value: &str) -> Vec<String> {
    let value = value.trim();
    let value = value
        .split_once(';')
        .filter(|(t, _)| t.trim().eq_ignore_ascii_case("rfc822"))
        .map(|(_, v)| v)
        .unwrap_or(value);
    value
        .split(|c: char| c == ',' || c.is_whitespace() || c == '<' || c == '>')
        .filter(|w| w.contains('@') && w.len() <= 600)
        .map(|w| w.trim_matches(|c| c == '"' || c == '\'').to_owned())
        .take(20)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_the_fields_of_a_report() {
        let got = delivery_status(
            "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1 (bad mailbox)\n",
        );
        assert_eq!(got, Some((Event::Hard, "5.1.1".into())));
        let got =
            delivery_status("Final-Recipient: rfc822; a@b\r\nAction: delayed\r\nStatus: 4.4.7\r\n");
        assert_eq!(got, None);
        assert_eq!(
            addresses_in("rfc822; <Bounces+abc@mail.example.org>"),
            ["Bounces+abc@mail.example.org"]
        );
    }

    proptest! {
        #[test]
        fn any_bytes_give_an_answer_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn any_report_body_gives_an_answer(body in "\\PC{0,800}") {
            let raw = format!(
                "From: a@b\r\nTo: c@d\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\n{body}\r\n--x--\r\n"
            );
            let _ = parse(raw.as_bytes());
        }
    }
}
