//! What the supporter is told about each letter to Congress, in their language: delivered (and
//! how), or handed back to them with the office's contact details when no service delivered it.

use crate::email::{Email, EmailKind};
use crate::i18n::{t, ta, ta2, Lang};
use crate::letters::store::LetterView;

/// How a letter reached its office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Cwc,
    FormService,
}

impl Channel {
    /// The name used in the delivery rows and the API.
    pub fn code(self) -> &'static str {
        match self {
            Channel::Cwc => "cwc",
            Channel::FormService => "form_service",
        }
    }
}

/// The receipt: the office got the letter through `channel`; a copy of what it got.
pub fn receipt(l: &LetterView, title: &str, channel: Channel) -> Email {
    Lang::stored(&l.supporter_locale).scope_sync(|| {
        let intro = match channel {
            Channel::Cwc => "congress-receipt-cwc",
            Channel::FormService => "congress-receipt-form",
        };
        Email {
            kind: EmailKind::LetterCongressReceipt,
            to: l.supporter_email.clone(),
            from_name: None,
            reply_to: None,
            subject: ta("congress-receipt-subject", "target", l.target_label()),
            text: format!(
                "{hello}\n\n{intro}\n\n{subject}\n\n{text}",
                hello = ta("email-hello", "name", l.supporter_name.as_str()),
                intro = ta2(intro, "title", title, "target", l.target_label()),
                subject = ta("letter-subject-line", "subject", l.subject.as_str()),
                text = l.full_text(),
            ),
            html: None,
            payload: None,
        }
    })
}

/// Why a letter is handed back to the supporter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No service reaches the office.
    Unreached,
    /// A service refused it.
    Failed,
    /// The member does not represent the supporter, and the services carry constituents' letters only.
    Outside,
    /// The member has left office.
    Retired,
}

/// The letter handed back, saying why. Carries the office's contact form, phone and postal
/// address, and the letter.
pub fn hand(l: &LetterView, title: &str, why: Why) -> Email {
    Lang::stored(&l.supporter_locale).scope_sync(|| {
        let intro = match why {
            Why::Failed => "congress-hand-failed",
            Why::Unreached => "congress-hand-none",
            Why::Outside => "congress-hand-outside",
            Why::Retired => "congress-hand-retired",
        };
        Email {
            kind: EmailKind::LetterCongressHand,
            to: l.supporter_email.clone(),
            from_name: None,
            reply_to: None,
            subject: ta("congress-hand-subject", "target", l.target_label()),
            text: format!(
                "{hello}\n\n{intro}\n\n{blocks}\n\n{thanks}\n",
                hello = ta("email-hello", "name", l.supporter_name.as_str()),
                intro = ta2(intro, "title", title, "target", l.target_label()),
                blocks = crate::letters::words::letter_blocks(std::slice::from_ref(l)),
                thanks = t("congress-hand-thanks"),
            ),
            html: None,
            payload: None,
        }
    })
}
