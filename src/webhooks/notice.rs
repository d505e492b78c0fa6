//! The email owners get when an endpoint is paused, in the language each last used.

use crate::email::{Email, EmailKind};
use crate::i18n::{ta, Lang};

pub fn paused(to: &str, lang: &str, url: &str, base: &str) -> Email {
    Lang::stored(lang).scope_sync(|| Email {
        kind: EmailKind::WebhookPaused,
        to: to.to_owned(),
        from_name: None,
        reply_to: None,
        subject: crate::i18n::t("webhook-paused-subject"),
        text: ta("webhook-paused-text", "url", url) + "\n\n" + base + "/admin/webhooks\n",
        html: None,
        payload: None,
    })
}
