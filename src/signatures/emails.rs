//! The emails a signature causes. The outbox stores only their parameters (a small JSON payload);
//! the worker renders subject, text and HTML when it sends, off the signing path.

use askama::Template;
use serde::{Deserialize, Serialize};

use crate::email::{Email, EmailKind};
use crate::petitions::Petition;
use crate::secret::links::{LinkKey, Purpose};

/// What the confirmation and "already signed" emails need.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignatureMail {
    pub name: String,
    pub title: String,
    pub target: String,
    pub slug: String,
    /// The signature and the link generation its links are derived from, when it is sent.
    #[serde(default)]
    pub id: i64,
    #[serde(default)]
    pub gen: i64,
    /// Raw tokens of emails queued before links were derived (kept so they still render).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdraw: Option<String>,
    /// The language the person signed in: their emails are written in it.
    #[serde(default)]
    pub lang: String,
}

#[derive(Template)]
#[template(path = "emails/confirm.txt")]
struct ConfirmText<'a> {
    m: &'a SignatureMail,
    /// A reminder: the same email with a line saying so.
    reminder: bool,
    confirm_url: &'a str,
    withdraw_url: &'a str,
    my_data_url: &'a str,
}

#[derive(Template)]
#[template(path = "emails/confirm.html")]
struct ConfirmHtml<'a> {
    m: &'a SignatureMail,
    /// A reminder: the same email with a line saying so.
    reminder: bool,
    confirm_url: &'a str,
    withdraw_url: &'a str,
    my_data_url: &'a str,
}

#[derive(Template)]
#[template(path = "emails/already_signed.txt")]
struct AlreadyText<'a> {
    m: &'a SignatureMail,
    petition_url: &'a str,
    withdraw_url: &'a str,
    my_data_url: &'a str,
}

#[derive(Template)]
#[template(path = "emails/already_signed.html")]
struct AlreadyHtml<'a> {
    m: &'a SignatureMail,
    petition_url: &'a str,
    withdraw_url: &'a str,
    my_data_url: &'a str,
}

/// Subjects carry the petition title: never let a line break reach a header.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn deferred(kind: EmailKind, to: &str, mail: &SignatureMail) -> Email {
    Email {
        kind,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: String::new(),
        text: String::new(),
        html: None,
        payload: Some(serde_json::to_string(mail).expect("plain strings serialise")),
    }
}

impl SignatureMail {
    /// Links are derived when the email is sent, from the id and generation given then.
    pub fn new(petition: &Petition, name: &str) -> Self {
        SignatureMail {
            name: name.to_owned(),
            title: petition.title.clone(),
            target: petition.target.clone(),
            slug: petition.slug.clone(),
            id: 0,
            gen: 0,
            confirm: None,
            withdraw: None,
            lang: crate::i18n::Lang::current().code().to_owned(),
        }
    }

    fn to(&self, kind: EmailKind, to: &str, id: i64, gen: i64) -> Email {
        deferred(
            kind,
            to,
            &SignatureMail {
                id,
                gen,
                ..self.clone()
            },
        )
    }

    /// The email with the confirmation link for signature `id` at link generation `gen`.
    pub fn confirmation(&self, to: &str, id: i64, gen: i64) -> Email {
        self.to(EmailKind::ConfirmSignature, to, id, gen)
    }

    /// A reminder to confirm.
    pub fn reminder(&self, to: &str, id: i64, gen: i64) -> Email {
        self.to(EmailKind::ReminderSignature, to, id, gen)
    }

    /// The email for an address that has already confirmed (it carries no confirmation link).
    pub fn already_signed(&self, to: &str, id: i64, gen: i64) -> Email {
        self.to(EmailKind::AlreadySigned, to, id, gen)
    }

    /// The signer's withdrawal token (also their unsubscribe and my-data key).
    fn withdraw_token(&self, links: &LinkKey) -> String {
        self.withdraw
            .clone()
            .unwrap_or_else(|| links.token(Purpose::Withdraw, self.id, self.gen))
    }

    fn confirm_token(&self, links: &LinkKey) -> String {
        self.confirm
            .clone()
            .unwrap_or_else(|| links.token(Purpose::Confirm, self.id, self.gen))
    }
}

/// A rendered email and its one-click unsubscribe link (RFC 8058).
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub unsubscribe: String,
}

/// Subject, text and HTML of a stored email of one of these kinds; `None` for other kinds.
pub fn render(
    kind: EmailKind,
    payload: &str,
    base: &str,
    links: &LinkKey,
) -> Option<anyhow::Result<Rendered>> {
    let m: SignatureMail = match serde_json::from_str(payload) {
        Ok(m) => m,
        Err(e) => return Some(Err(e.into())),
    };
    let lang = crate::i18n::Lang::stored(&m.lang);
    lang.scope_sync(|| render_in_lang(kind, &m, base, links))
}

fn render_in_lang(
    kind: EmailKind,
    m: &SignatureMail,
    base: &str,
    links: &LinkKey,
) -> Option<anyhow::Result<Rendered>> {
    use crate::i18n::ta;
    let withdraw = m.withdraw_token(links);
    let withdraw_url = format!("{base}/withdraw/{withdraw}");
    let unsubscribe = format!("{base}/unsubscribe/{withdraw}");
    let my_data_url = format!("{base}/my-data/{withdraw}");
    let rendered = match kind {
        EmailKind::ConfirmSignature | EmailKind::ReminderSignature => {
            let reminder = kind == EmailKind::ReminderSignature;
            let confirm_url = format!("{base}/confirm/{}", m.confirm_token(links));
            let subject_id = if reminder {
                "email-reminder-subject"
            } else {
                "email-confirm-subject"
            };
            let subject = one_line(&ta(subject_id, "title", &m.title));
            let text = ConfirmText {
                m,
                reminder,
                confirm_url: &confirm_url,
                withdraw_url: &withdraw_url,
                my_data_url: &my_data_url,
            }
            .render();
            let html = ConfirmHtml {
                m,
                reminder,
                confirm_url: &confirm_url,
                withdraw_url: &withdraw_url,
                my_data_url: &my_data_url,
            }
            .render();
            text.and_then(|t| html.map(|h| (subject, t, h)))
        }
        EmailKind::AlreadySigned => {
            let petition_url = format!("{base}/p/{}", m.slug);
            let subject = one_line(&ta("email-already-subject", "title", &m.title));
            let text = AlreadyText {
                m,
                petition_url: &petition_url,
                withdraw_url: &withdraw_url,
                my_data_url: &my_data_url,
            }
            .render();
            let html = AlreadyHtml {
                m,
                petition_url: &petition_url,
                withdraw_url: &withdraw_url,
                my_data_url: &my_data_url,
            }
            .render();
            text.and_then(|t| html.map(|h| (subject, t, h)))
        }
        _ => return None,
    };
    Some(
        rendered
            .map(|(subject, text, html)| Rendered {
                subject,
                text,
                html,
                unsubscribe,
            })
            .map_err(Into::into),
    )
}
