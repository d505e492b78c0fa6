//! What an outbox row is: decides how it is rendered, whether it counts against the per-address
//! cap, and what erasing a person's data removes.

crate::domain::keyword! {
    /// The kind of an email, stored in `outbox.kind`.
    pub enum EmailKind ("email kind") {
        ConfirmSignature = "confirm_signature",
        ReminderSignature = "reminder_signature",
        AlreadySigned = "already_signed",
        /// A signer's copy of their data.
        DataCopy = "data_copy",
        PetitionUpdate = "petition_update",
        Milestone = "milestone",
        ConfirmOrganisation = "confirm_organisation",
        OrganisationApproved = "organisation_approved",
        /// A supporter's letter to its target.
        Letter = "letter",
        LetterReceipt = "letter_receipt",
        LetterConfirm = "letter_confirm",
        LetterAgain = "letter_again",
        LetterPack = "letter_pack",
        LetterDataCopy = "letter_data_copy",
        ReminderLetter = "reminder_letter",
        /// How a letter to Congress went: delivered by a service, or handed back to its writer.
        LetterCongressReceipt = "letter_congress_receipt",
        LetterCongressHand = "letter_congress_hand",
        /// The code that confirms a staff member's second factor.
        StaffEnrolCode = "staff_enrol_code",
        /// To owners: a webhook endpoint was paused after failures in a row.
        WebhookPaused = "webhook_paused",
        /// An event registration's confirmation link.
        EventConfirm = "event_confirm",
        /// A seat at an event: the joining link and the invitation.
        EventRegistered = "event_registered",
        EventWaiting = "event_waiting",
        /// A seat freed by a cancellation, given to the first one waiting.
        EventPromoted = "event_promoted",
        EventReminder = "event_reminder",
        /// The event's moment, place or joining link changed: a calendar update.
        EventUpdated = "event_updated",
        /// The event is cancelled: a calendar cancellation.
        EventCancelled = "event_cancelled",
        /// Staff's message to an event's registrants (with a one-click unsubscribe).
        EventMessage = "event_message",
        /// Thanks after an event: its recording and the campaign's link.
        EventFollowUp = "event_follow_up",
    }
}

impl EmailKind {
    /// A short, fixed code for bounce addresses (`email::verp`): never reuse or change one, since
    /// a bounce may come back weeks after its message left.
    pub fn code(self) -> &'static str {
        use EmailKind::*;
        match self {
            ConfirmSignature => "cs",
            ReminderSignature => "rs",
            AlreadySigned => "as",
            DataCopy => "dc",
            PetitionUpdate => "pu",
            Milestone => "mi",
            ConfirmOrganisation => "co",
            OrganisationApproved => "oa",
            Letter => "le",
            LetterReceipt => "lr",
            LetterConfirm => "lc",
            LetterAgain => "la",
            LetterPack => "lp",
            LetterDataCopy => "ld",
            ReminderLetter => "rl",
            LetterCongressReceipt => "cr",
            LetterCongressHand => "ch",
            StaffEnrolCode => "se",
            WebhookPaused => "wp",
            EventConfirm => "ec",
            EventRegistered => "er",
            EventWaiting => "ew",
            EventPromoted => "ep",
            EventReminder => "em",
            EventUpdated => "eu",
            EventCancelled => "ex",
            EventMessage => "es",
            EventFollowUp => "ef",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.code() == code)
    }

    /// Kinds a member of the public can cause to be sent to any address they type.
    pub fn is_public(self) -> bool {
        use EmailKind::*;
        matches!(
            self,
            ConfirmSignature
                | AlreadySigned
                | LetterConfirm
                | LetterAgain
                | ConfirmOrganisation
                | ReminderSignature
                | ReminderLetter
                | EventConfirm
        )
    }

    /// Emails to a letter writer (they carry the writer's my-data link); not the letter itself.
    pub fn is_to_letter_writer(self) -> bool {
        use EmailKind::*;
        matches!(
            self,
            LetterReceipt
                | LetterConfirm
                | LetterAgain
                | LetterPack
                | LetterDataCopy
                | ReminderLetter
                | LetterCongressReceipt
                | LetterCongressHand
        )
    }
}

#[cfg(test)]
mod tests {
    use super::EmailKind;

    #[test]
    fn email_kinds_round_trip_through_their_stored_words() {
        for k in EmailKind::ALL {
            assert_eq!(k.as_str().parse::<EmailKind>(), Ok(*k));
            // The rules the stored words used to carry hold for the enum too.
            assert_eq!(
                k.is_to_letter_writer(),
                k.as_str().starts_with("letter_") || *k == EmailKind::ReminderLetter,
            );
        }
        assert_eq!(EmailKind::ALL.len(), 28);
        let codes: std::collections::HashSet<&str> =
            EmailKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(codes.len(), EmailKind::ALL.len(), "bounce codes are unique");
        for k in EmailKind::ALL {
            assert_eq!(EmailKind::from_code(k.code()), Some(*k));
        }
        let err = "newsletter".parse::<EmailKind>().unwrap_err();
        assert!(err
            .to_string()
            .contains(r#"unknown email kind "newsletter""#));
    }

    #[test]
    fn public_kinds_are_those_a_stranger_can_cause() {
        let public: Vec<&str> = EmailKind::ALL
            .iter()
            .filter(|k| k.is_public())
            .map(|k| k.as_str())
            .collect();
        assert_eq!(
            public,
            [
                "confirm_signature",
                "reminder_signature",
                "already_signed",
                "confirm_organisation",
                "letter_confirm",
                "letter_again",
                "reminder_letter",
                "event_confirm"
            ]
        );
    }
}
