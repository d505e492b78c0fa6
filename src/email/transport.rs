//! SMTP (pooled) when a URL is configured, otherwise `.eml` files in the outbox folder.

use lettre::address::{Address, Envelope};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::outbox::OutboxRow;
use crate::config::Settings;

/// How messages leave, and the DKIM key they are signed with (if any).
#[derive(Clone)]
pub struct Transport {
    channel: Channel,
    dkim: Option<std::sync::Arc<lettre::message::dkim::DkimConfig>>,
    /// With Postmark's webhook on: each message names its kind of email in Postmark's metadata
    /// header, which Postmark hands back with a bounce or complaint.
    postmark_metadata: bool,
}

#[derive(Clone)]
enum Channel {
    /// `smtp://` URLs: our pool of kept connections (see `smtp.rs`).
    Pooled(std::sync::Arc<super::smtp::SmtpPool>),
    /// Other URLs (`smtps://`): lettre's pooled transport.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>),
}

/// Why a send failed, and whether trying again could help.
#[derive(Debug)]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

impl Transport {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        Ok(Transport {
            channel: Channel::from_settings(settings)?,
            dkim: super::dkim::from_settings(&settings.dkim)?.map(std::sync::Arc::new),
            postmark_metadata: settings.bounces.postmark_on(),
        })
    }

    /// Sends `row` from `from`; with `bounce`, that address is the envelope sender (VERP), which
    /// the receiving server records as Return-Path (never in a header of our own: one would
    /// travel with a forwarded copy and name the wrong recipient in a complaint about it).
    pub async fn send(
        &self,
        row: &OutboxRow,
        from: &Mailbox,
        bounce: Option<&Address>,
    ) -> Result<(), SendError> {
        let mut message =
            build_message(row, from, bounce, self.postmark_metadata).map_err(|message| {
                SendError {
                    permanent: true,
                    message,
                }
            })?;
        if let Some(dkim) = &self.dkim {
            message.sign(dkim);
        }
        self.channel.send(message).await
    }
}

impl Channel {
    fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        match settings.smtp_url() {
            Some(url) => {
                // lettre reads the URL first, so both kinds refuse a bad one with its message.
                let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("invalid CHORUS_SMTP_URL: {e}"))?;
                let size = settings.worker.smtp_pool_size as usize;
                if let Some(pool) = super::smtp::SmtpPool::from_url(url, size) {
                    return Ok(Channel::Pooled(std::sync::Arc::new(pool)));
                }
                let transport = builder
                    .pool_config(PoolConfig::new().max_size(settings.worker.smtp_pool_size))
                    .build();
                Ok(Channel::Smtp(transport))
            }
            None => {
                std::fs::create_dir_all(&settings.outbox_dir)?;
                Ok(Channel::File(AsyncFileTransport::new(&settings.outbox_dir)))
            }
        }
    }

    async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Channel::Pooled(pool) => pool.send(message.envelope(), &message.formatted()).await,
            Channel::Smtp(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(super::smtp::from_lettre),
            Channel::File(t) => t.send(message).await.map(|_| ()).map_err(|e| SendError {
                permanent: false,
                message: e.to_string(),
            }),
        }
    }
}

fn build_message(
    row: &OutboxRow,
    from: &Mailbox,
    bounce: Option<&Address>,
    postmark_metadata: bool,
) -> Result<Message, String> {
    let from = match &row.from_name {
        Some(name) => Mailbox::new(Some(name.clone()), from.email.clone()),
        None => from.clone(),
    };
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("bad recipient: {e}"))?;
    let mut builder = Message::builder().message_id(Some(message_id(&from)));
    if let Some(bounce) = bounce {
        let envelope = Envelope::new(Some(bounce.clone()), vec![to.email.clone()])
            .map_err(|e| e.to_string())?;
        builder = builder.envelope(envelope);
    }
    if postmark_metadata {
        if let Ok(kind) = row.kind() {
            let name = HeaderName::new_from_ascii_str("X-PM-Metadata-kind");
            builder = builder.raw_header(HeaderValue::new(name, kind.as_str().to_owned()));
        }
    }
    let mut builder = builder.from(from).to(to).subject(row.subject.as_str());
    if let Some(url) = &row.list_unsubscribe {
        // RFC 8058 one-click unsubscribe: mail providers POST to the URL.
        let name = |n: &str| HeaderName::new_from_ascii(n.to_owned()).map_err(|e| e.to_string());
        builder = builder
            .raw_header(HeaderValue::new(
                name("List-Unsubscribe")?,
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                name("List-Unsubscribe-Post")?,
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    if let Some(reply_to) = &row.reply_to {
        builder = builder.reply_to(reply_to.parse().map_err(|e| format!("bad reply-to: {e}"))?);
    }
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(row.text_body.clone());
    let body = match &row.html_body {
        Some(html) => Body::Multi(
            MultiPart::alternative().singlepart(text).singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_HTML)
                    .body(html.clone()),
            ),
        ),
        None => Body::Single(text),
    };
    let message = match (&row.attachment, body) {
        (Some(a), body) => {
            let kind = ContentType::parse(&a.content_type)
                .map_err(|e| format!("bad attachment type: {e}"))?;
            // Base64 whatever the text: a calendar file's CRLF line ends and folding must arrive
            // as written.
            let encoded = lettre::message::Body::new_with_encoding(
                a.body.clone(),
                lettre::message::header::ContentTransferEncoding::Base64,
            )
            .map_err(|_| "attachment could not be encoded".to_owned())?;
            let file = lettre::message::Attachment::new(a.filename.clone()).body(encoded, kind);
            let mixed = match body {
                Body::Multi(m) => MultiPart::mixed().multipart(m),
                Body::Single(s) => MultiPart::mixed().singlepart(s),
            };
            builder.multipart(mixed.singlepart(file))
        }
        (None, Body::Multi(m)) => builder.multipart(m),
        (None, Body::Single(s)) => builder.singlepart(s),
    };
    message.map_err(|e| e.to_string())
}

/// The message's text, alone or with its HTML version.
enum Body {
    Single(SinglePart),
    Multi(MultiPart),
}

/// A unique Message-ID on the sender's domain (not the machine's name, which receivers
/// cannot tie to the sender).
fn message_id(from: &Mailbox) -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS random source is unavailable");
    format!("<{}@{}>", hex::encode(bytes), from.email.domain())
}
