//! Reads bounce and complaint reports: RFC 3464 delivery status notifications and RFC 5965 abuse
//! feedback reports, parsed with `mail-parser` (which never panics on malformed MIME). What it
//! returns is only a claim; the bounce address it names is checked by the caller, and a delivery
//! status notification counts only for the recipient that address names.

use mail_parser::{MessageParser, MimeHeaders};

use super::Event;
use crate::config::CanonicalEmailRules;

/// What one report says, and where it says it was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub finding: Finding,
    /// Every address that may be one of our bounce addresses: only where the envelope is recorded
    /// (the report's envelope recipient as the receiving server wrote it; for a feedback report,
    /// its Original-Mail-From and the quoted original's Return-Path). Never To, nor a header that
    /// travels with a forwarded copy: those can name another message's bounce address.
    pub addresses: Vec<String>,
}

/// What a report found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// An abuse feedback report: the reader marked the message as spam.
    Complaint,
    /// Failed deliveries, one per recipient group of the delivery status.
    Failures(Vec<Failure>),
}

/// One recipient that a delivery status says failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Its Final-Recipient and Original-Recipient.
    pub recipients: Vec<String>,
    pub event: Event,
    pub status: String,
}

impl Report {
    /// What the report says about `recipient` (the address a bounce tag names): a complaint, or
    /// the worst failure whose Final-Recipient or Original-Recipient is that mailbox. `None`: a
    /// delivery status about somebody else, which no tag of `recipient` may suppress.
    pub fn about(&self, recipient: &str, rules: &CanonicalEmailRules) -> Option<(Event, String)> {
        match &self.finding {
            Finding::Complaint => Some((Event::Complaint, "abuse".into())),
            Finding::Failures(failures) => {
                let wanted = crate::email::suppress::mailbox(recipient, rules);
                failures
                    .iter()
                    .filter(|f| {
                        f.recipients
                            .iter()
                            .any(|r| crate::email::suppress::mailbox(r, rules) == wanted)
                    })
                    .fold(None, |found, f| worst(found, (f.event, f.status.clone())))
            }
        }
    }
}

/// Why a message is not a report we act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReport {
    /// No headers at all, or neither a delivery status nor a feedback report inside.
    Unreadable,
    /// A report of something we do not act on: a delay, a success, a non-abuse feedback type.
    Ignored,
}

/// Header fields of the report itself in which the receiving server records the envelope
/// recipient (Postfix, Exim, qmail and others each write one of them).
const ENVELOPE_FIELDS: [&str; 4] = [
    "delivered-to",
    "x-original-to",
    "envelope-to",
    "x-envelope-to",
];

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
    let mut failures = Vec::new();
    let mut complaint = false;
    let mut ignored = false;
    // The quoted original's envelope sender, used only if the report is a feedback report.
    let mut return_paths = Vec::new();
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
                let found = delivery_status(&text);
                ignored |= found.is_empty();
                failures.extend(found);
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
                    Some("abuse") => complaint = true,
                    _ => ignored = true,
                }
            }
            ("message", "rfc822" | "global") => {
                // Only the quoted message's own header block: the provider that received it
                // wrote its Return-Path; a copy forwarded on would carry another one.
                if let Some(original) = part.message() {
                    for (name, value) in original.headers_raw() {
                        if name.eq_ignore_ascii_case("return-path") {
                            return_paths.extend(addresses_in(value));
                        }
                    }
                }
            }
            ("text", "rfc822-headers") => {
                let text = String::from_utf8_lossy(part.contents());
                for (name, value) in fields(&text) {
                    if name == "return-path" {
                        return_paths.extend(addresses_in(&value));
                    }
                }
            }
            _ => {}
        }
    }
    let finding = if complaint {
        // A feedback report goes to the feedback-loop address, not to a bounce address: the
        // original's envelope sender is where it names one.
        addresses.extend(return_paths);
        Finding::Complaint
    } else if !failures.is_empty() {
        Finding::Failures(failures)
    } else if ignored {
        return Err(NotReport::Ignored);
    } else {
        return Err(NotReport::Unreadable);
    };
    Ok(Report { finding, addresses })
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
fn delivery_status(text: &str) -> Vec<Failure> {
    let mut out = Vec::new();
    // Per-message fields, then one group per recipient, separated by blank lines.
    for group in text.replace("\r\n", "\n").split("\n\n").take(100) {
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
        let recipients = f
            .iter()
            .filter(|(name, _)| name == "final-recipient" || name == "original-recipient")
            .flat_map(|(_, v)| addresses_in(v))
            .collect();
        out.push(Failure {
            recipients,
            event,
            status: code,
        });
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
        assert_eq!(
            got,
            [Failure {
                recipients: vec!["a@b.example".into()],
                event: Event::Hard,
                status: "5.1.1".into()
            }]
        );
        let got =
            delivery_status("Final-Recipient: rfc822; a@b\r\nAction: delayed\r\nStatus: 4.4.7\r\n");
        assert_eq!(got, []);
        assert_eq!(
            addresses_in("rfc822; <Bounces+abc@mail.example.org>"),
            ["Bounces+abc@mail.example.org"]
        );
    }

    #[test]
    fn a_failure_counts_only_for_the_recipient_it_names() {
        let raw = "Delivered-To: bounces+t@b.example\r\nTo: bounces+other@b.example\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=\"x\"\r\n\r\n\
--x\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n\
Final-Recipient: rfc822; Jane@Example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n\
Final-Recipient: rfc822; joe@example.org\r\nAction: failed\r\nStatus: 4.2.2\r\n\
--x\r\nContent-Type: text/rfc822-headers\r\n\r\nReturn-Path: <bounces+q@b.example>\r\n\
X-Chorus-Bounce: bounces+q@b.example\r\n--x--\r\n";
        let report = parse(raw.as_bytes()).unwrap();
        // The envelope recipient only: not To, not the quoted original of a delivery status.
        assert_eq!(report.addresses, ["bounces+t@b.example"]);
        let rules = CanonicalEmailRules::default();
        assert_eq!(
            report.about("jane@example.org", &rules),
            Some((Event::Hard, "5.1.1".into()))
        );
        assert_eq!(
            report.about("joe@example.org", &rules),
            Some((Event::Soft, "4.2.2".into()))
        );
        assert_eq!(report.about("victim@example.org", &rules), None);
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
