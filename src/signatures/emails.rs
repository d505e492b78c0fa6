//! The emails a signature causes. The outbox stores only their parameters (a small JSON payload);
//! the worker renders subject, text and HTML when it sends, off the signing path.

use askama::Template;
use serde::{Deserialize, Serialize};

use super::tokens::Token;
use crate::email::{Email, EmailKind};
use crate::petitions::Petition;

/// What the confirmation and "already signed" emails need.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignatureMail {
    pub name: String,
    pub title: String,
    pub target: String,
    pub slug: String,
    /// The raw confirmation token (only for the confirmation email).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm: Option<String>,
    pub withdraw: String,
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
    pub fn new(petition: &Petition, name: &str, confirm: &Token, withdraw: &Token) -> Self {
        SignatureMail {
            name: name.to_owned(),
            title: petition.title.clone(),
            target: petition.target.clone(),
            slug: petition.slug.clone(),
            confirm: Some(confirm.secret.clone()),
            withdraw: withdraw.secret.clone(),
            lang: crate::i18n::Lang::current().code().to_owned(),
        }
    }

    /// The email with the confirmation link.
    pub fn confirmation(&self, to: &str) -> Email {
        deferred(EmailKind::ConfirmSignature, to, self)
    }

    /// A reminder to confirm, with fresh links.
    pub fn reminder(&self, to: &str) -> Email {
        deferred(EmailKind::ReminderSignature, to, self)
    }

    /// The email for an address that has already confirmed (it carries no confirmation link).
    pub fn already_signed(&self, to: &str) -> Email {
        let mail = SignatureMail {
            confirm: None,
            ..self.clone()
        };
        deferred(EmailKind::AlreadySigned, to, &mail)
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
pub fn render(kind: EmailKind, payload: &str, base: &str) -> Option<anyhow::Result<Rendered>> {
    let m: SignatureMail = match serde_json::from_str(payload) {
        Ok(m) => m,
        Err(e) => return Some(Err(e.into())),
    };
    let lang = crate::i18n::Lang::stored(&m.lang);
    lang.scope_sync(|| render_in_lang(kind, &m, base))
}

fn render_in_lang(
    kind: EmailKind,
    m: &SignatureMail,
    base: &str,
) -> Option<anyhow::Result<Rendered>> {
    use crate::i18n::ta;
    let withdraw_url = format!("{base}/withdraw/{}", m.withdraw);
    let unsubscribe = format!("{base}/unsubscribe/{}", m.withdraw);
    let my_data_url = format!("{base}/my-data/{}", m.withdraw);
    let rendered = match kind {
        EmailKind::ConfirmSignature | EmailKind::ReminderSignature => {
            let reminder = kind == EmailKind::ReminderSignature;
            let confirm_url = format!(
                "{base}/confirm/{}",
                m.confirm.as_deref().unwrap_or_default()
            );
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
