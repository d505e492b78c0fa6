//! Bounce and complaint reports shaped as real mail systems send them (Postfix, Gmail, Exchange
//! Online, Yahoo-style ARF, Microsoft JMRP), for the tests to deliver into the bounce mailbox.

use super::Mail;

pub fn postfix_dsn(
    verp: &str,
    rcpt: &str,
    action: &str,
    status: &str,
    id: &str,
    original: &str,
) -> String {
    format!(
        "Return-Path: <>\n\
Delivered-To: {verp}\n\
X-Original-To: {verp}\n\
Received: by mx.chorus.test (Postfix) id {id}; Mon, 30 Nov 2026 03:00:05 +0000 (UTC)\n\
Date: Mon, 30 Nov 2026 03:00:05 +0000 (UTC)\n\
From: MAILER-DAEMON@mx.chorus.test (Mail Delivery System)\n\
Subject: Undelivered Mail Returned to Sender\n\
To: {verp}\n\
Auto-Submitted: auto-replied\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status;\n\
\tboundary=\"{id}.1764471605/mx.chorus.test\"\n\
Content-Transfer-Encoding: 8bit\n\
Message-Id: <20261130030005.{id}@mx.chorus.test>\n\
\n\
This is a MIME-encapsulated message.\n\
\n\
--{id}.1764471605/mx.chorus.test\n\
Content-Description: Notification\n\
Content-Type: text/plain; charset=us-ascii\n\
\n\
This is the mail system at host mx.chorus.test.\n\
\n\
I'm sorry to have to inform you that your message could not\n\
be delivered to one or more recipients. It's attached below.\n\
\n\
<{rcpt}>: host mx.example.org[192.0.2.10] said: 550 {status}\n\
    <{rcpt}>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\
\n\
--{id}.1764471605/mx.chorus.test\n\
Content-Description: Delivery report\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; mx.chorus.test\n\
X-Postfix-Queue-ID: {id}\n\
X-Postfix-Sender: rfc822; {verp}\n\
Arrival-Date: Mon, 30 Nov 2026 03:00:04 +0000 (UTC)\n\
\n\
Final-Recipient: rfc822; {rcpt}\n\
Original-Recipient: rfc822;{rcpt}\n\
Action: {action}\n\
Status: {status}\n\
Remote-MTA: dns; mx.example.org\n\
Diagnostic-Code: smtp; 550 {status} <{rcpt}>: Recipient address rejected\n\
\n\
--{id}.1764471605/mx.chorus.test\n\
Content-Description: Undelivered Message\n\
Content-Type: message/rfc822\n\
Content-Transfer-Encoding: 8bit\n\
\n\
Return-Path: <{verp}>\n\
{original}\n\
--{id}.1764471605/mx.chorus.test--\n"
    )
}

/// Google's shape, through a forwarding mailbox: each hop recorded its envelope recipient, ours
/// among them; the original's headers come back as text/rfc822-headers.
pub fn gmail_dsn(verp: &str, rcpt: &str, original_headers: &str) -> String {
    format!(
        "Delivered-To: bounce-mailbox@chorus.test\n\
Delivered-To: {verp}\n\
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
To: Bounce mailbox <bounce-mailbox@chorus.test>\n\
Subject: Delivery Status Notification (Failure)\n\
Message-ID: <5f2c7e1a.1c69fb81.abc.def@mx.google.com>\n\
Date: Sun, 29 Nov 2026 19:00:06 -0800 (PST)\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; boundary=\"000000000000e1a2b3c4d5e6f708\"; report-type=delivery-status\n\
\n\
--000000000000e1a2b3c4d5e6f708\n\
Content-Type: multipart/related; boundary=\"000000000000e1a2b3c4d5e6f709\"\n\
\n\
--000000000000e1a2b3c4d5e6f709\n\
Content-Type: multipart/alternative; boundary=\"000000000000e1a2b3c4d5e6f70a\"\n\
\n\
--000000000000e1a2b3c4d5e6f70a\n\
Content-Type: text/plain; charset=\"UTF-8\"\n\
\n\
** Address not found **\n\
\n\
Your message wasn't delivered to {rcpt} because the address couldn't be found.\n\
\n\
--000000000000e1a2b3c4d5e6f70a\n\
Content-Type: text/html; charset=\"UTF-8\"\n\
\n\
<html><body><p>Address not found</p></body></html>\n\
--000000000000e1a2b3c4d5e6f70a--\n\
--000000000000e1a2b3c4d5e6f709--\n\
--000000000000e1a2b3c4d5e6f708\n\
Content-Type: message/delivery-status\n\
\n\
Reporting-MTA: dns; googlemail.com\n\
Arrival-Date: Sun, 29 Nov 2026 19:00:05 -0800 (PST)\n\
X-Original-Message-ID: <x@chorus.test>\n\
\n\
Final-Recipient: rfc822; {rcpt}\n\
Action: failed\n\
Status: 5.1.1\n\
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. 550 5.1.1 gsmtp\n\
Last-Attempt-Date: Sun, 29 Nov 2026 19:00:06 -0800 (PST)\n\
\n\
--000000000000e1a2b3c4d5e6f708\n\
Content-Type: text/rfc822-headers\n\
\n\
{original_headers}\n\
--000000000000e1a2b3c4d5e6f708--\n"
    )
}

/// Exchange Online's shape: a 5.1.10 status (three digits in the detail), the delivery status in
/// base64 as some relays re-encode it, the original quoted whole.
pub fn exchange_dsn(verp: &str, rcpt: &str, original: &str) -> String {
    use base64::Engine as _;
    let status = format!(
        "Reporting-MTA: dns;AM6PR02MB1234.eurprd02.prod.outlook.com\r\n\
Received-From-MTA: dns;mail.chorus.test\r\n\
Arrival-Date: Mon, 30 Nov 2026 03:00:00 +0000\r\n\r\n\
Final-Recipient: rfc822;{rcpt}\r\n\
Action: failed\r\n\
Status: 5.1.10\r\n\
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    );
    let encoded = base64::engine::general_purpose::STANDARD.encode(status);
    format!(
        "Delivered-To: {verp}\n\
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com>\n\
To: <{verp}>\n\
Date: Mon, 30 Nov 2026 03:00:01 +0000\n\
Subject: Undeliverable: Please confirm your signature\n\
Message-ID: <0c2e9a1e-1b5d-4a8e-9f2c-3a7d0f1b2c3d@AM6PR02MB1234.eurprd02.prod.outlook.com>\n\
Auto-Submitted: auto-replied\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=delivery-status;\n\
\tboundary=\"_000_0c2e9a1e1b5d4a8e9f2c3a7d0f1b2c3d_\"\n\
\n\
--_000_0c2e9a1e1b5d4a8e9f2c3a7d0f1b2c3d_\n\
Content-Type: text/plain; charset=\"us-ascii\"\n\
\n\
Your message to {rcpt} couldn't be delivered.\n\
\n\
--_000_0c2e9a1e1b5d4a8e9f2c3a7d0f1b2c3d_\n\
Content-Type: message/delivery-status\n\
Content-Transfer-Encoding: base64\n\
\n\
{encoded}\n\
\n\
--_000_0c2e9a1e1b5d4a8e9f2c3a7d0f1b2c3d_\n\
Content-Type: message/rfc822\n\
\n\
{original}\n\
--_000_0c2e9a1e1b5d4a8e9f2c3a7d0f1b2c3d_--\n"
    )
}

/// A Yahoo/AOL-style ARF report: sent to the feedback-loop address, naming the bounce address
/// in Original-Mail-From and quoting the whole original message.
pub fn yahoo_arf(verp: &str, rcpt: &str, original: &str) -> String {
    format!(
        "From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>\n\
To: fbl@chorus.test\n\
Subject: FW: Please confirm your signature\n\
Date: Mon, 30 Nov 2026 03:10:00 +0000\n\
Message-ID: <arf-1764472200@arf.mail.yahoo.com>\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=feedback-report;\n\
\tboundary=\"----=_Part_112233_445566.1764472200\"\n\
\n\
------=_Part_112233_445566.1764472200\n\
Content-Type: text/plain; charset=\"US-ASCII\"\n\
Content-Transfer-Encoding: 7bit\n\
\n\
This is an email abuse report for an email message received from IP 192.0.2.25 on Mon, 30 Nov 2026 03:00:00 +0000\n\
\n\
------=_Part_112233_445566.1764472200\n\
Content-Type: message/feedback-report\n\
\n\
Feedback-Type: abuse\n\
User-Agent: Yahoo!-Mail-Feedback/2.0\n\
Version: 1\n\
Original-Mail-From: <{verp}>\n\
Original-Rcpt-To: <{rcpt}>\n\
Received-Date: Mon, 30 Nov 2026 03:00:00 +0000\n\
Source-IP: 192.0.2.25\n\
Reported-Domain: chorus.test\n\
Authentication-Results: mta1000.mail.yahoo.com from=chorus.test; domainkeys=neutral; dkim=pass\n\
\n\
------=_Part_112233_445566.1764472200\n\
Content-Type: message/rfc822\n\
Content-Disposition: inline\n\
\n\
{original}\n\
------=_Part_112233_445566.1764472200--\n"
    )
}

/// Microsoft's JMRP: an ARF report with the recipient redacted and no Original-Mail-From; the
/// original keeps its headers, ours among them.
pub fn jmrp_arf(original_with_headers: &str) -> String {
    format!(
        "From: staff@hotmail.com\n\
To: fbl@chorus.test\n\
Subject: complaint about message from 192.0.2.25\n\
Message-ID: <jmrp-1764472300@hotmail.com>\n\
MIME-Version: 1.0\n\
Content-Type: multipart/report; report-type=feedback-report; boundary=\"3bb4c3f2-4e5c-4a61-bd69-1a1e3c\"\n\
\n\
--3bb4c3f2-4e5c-4a61-bd69-1a1e3c\n\
Content-Type: text/plain; charset=\"us-ascii\"\n\
\n\
This is an email abuse report for an email message received from IP 192.0.2.25.\n\
\n\
--3bb4c3f2-4e5c-4a61-bd69-1a1e3c\n\
Content-Type: message/feedback-report\n\
\n\
Feedback-Type: abuse\n\
User-Agent: Microsoft JMRP/1.0\n\
Version: 1.0\n\
Source-IP: 192.0.2.25\n\
Arrival-Date: Mon, 30 Nov 2026 03:00:00 -0800\n\
\n\
--3bb4c3f2-4e5c-4a61-bd69-1a1e3c\n\
Content-Type: message/rfc822\n\
\n\
{original_with_headers}\n\
--3bb4c3f2-4e5c-4a61-bd69-1a1e3c--\n"
    )
}

/// The original as it was sent, with its recipient redacted as Microsoft does.
pub fn redacted(mail: &Mail, to: &str) -> String {
    mail.raw
        .replace("\r\n", "\n")
        .replace(to, "redacted@hotmail.com")
}

pub fn headers_of(mail: &Mail) -> String {
    let raw = mail.raw.replace("\r\n", "\n");
    raw.split("\n\n").next().unwrap().to_owned()
}
