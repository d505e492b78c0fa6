//! The emails a signature causes, rendered when it is submitted (text and HTML parts).

use askama::Template;

use super::tokens::Token;
use crate::email::Email;
use crate::petitions::Petition;

#[derive(Template)]
#[template(path = "emails/confirm.txt")]
struct ConfirmText<'a> {
    name: &'a str,
    petition: &'a Petition,
    confirm_url: &'a str,
    withdraw_url: &'a str,
}

#[derive(Template)]
#[template(path = "emails/confirm.html")]
struct ConfirmHtml<'a> {
    name: &'a str,
    petition: &'a Petition,
    confirm_url: &'a str,
    withdraw_url: &'a str,
}

#[derive(Template)]
#[template(path = "emails/already_signed.txt")]
struct AlreadyText<'a> {
    name: &'a str,
    petition: &'a Petition,
    petition_url: &'a str,
    withdraw_url: &'a str,
}

#[derive(Template)]
#[template(path = "emails/already_signed.html")]
struct AlreadyHtml<'a> {
    name: &'a str,
    petition: &'a Petition,
    petition_url: &'a str,
    withdraw_url: &'a str,
}

/// Subjects carry the petition title: never let a line break reach a header.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

pub fn confirmation(
    base: &str,
    petition: &Petition,
    to: &str,
    name: &str,
    confirm: &Token,
    withdraw: &Token,
) -> anyhow::Result<Email> {
    let confirm_url = format!("{base}/confirm/{}", confirm.secret);
    let withdraw_url = format!("{base}/withdraw/{}", withdraw.secret);
    Ok(Email {
        kind: "confirm_signature",
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: one_line(&format!(
            "Please confirm your signature: {}",
            petition.title
        )),
        text: ConfirmText {
            name,
            petition,
            confirm_url: &confirm_url,
            withdraw_url: &withdraw_url,
        }
        .render()?,
        html: Some(
            ConfirmHtml {
                name,
                petition,
                confirm_url: &confirm_url,
                withdraw_url: &withdraw_url,
            }
            .render()?,
        ),
    })
}

pub fn already_signed(
    base: &str,
    petition: &Petition,
    to: &str,
    name: &str,
    withdraw: &Token,
) -> anyhow::Result<Email> {
    let petition_url = format!("{base}/p/{}", petition.slug);
    let withdraw_url = format!("{base}/withdraw/{}", withdraw.secret);
    Ok(Email {
        kind: "already_signed",
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: one_line(&format!("You have already signed: {}", petition.title)),
        text: AlreadyText {
            name,
            petition,
            petition_url: &petition_url,
            withdraw_url: &withdraw_url,
        }
        .render()?,
        html: Some(
            AlreadyHtml {
                name,
                petition,
                petition_url: &petition_url,
                withdraw_url: &withdraw_url,
            }
            .render()?,
        ),
    })
}
