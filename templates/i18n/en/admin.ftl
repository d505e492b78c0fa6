# Chorus staff pages and staff emails: English.

## Every staff page
admin-title = Chorus admin
admin-dashboard = Dashboard
admin-new-petition = New petition
admin-letters = Letters
admin-audit = Audit log
admin-accounts = Accounts
admin-tokens = API tokens
admin-sign-out = Sign out
admin-role = Role
admin-role-owner = owner
admin-role-campaigner = campaigner
admin-role-viewer = viewer
admin-role-hint-owner = also manages accounts
admin-role-hint-campaigner = runs campaigns and exports
admin-role-hint-viewer = dashboards and counts only
admin-state-draft = draft
admin-state-open = open
admin-state-closed = closed
admin-state-delivered = delivered
admin-state-archived = archived
admin-state-victory = victory
admin-state-scheduled = scheduled
admin-save = Save
admin-save-named = Save { $name }
admin-saved = Saved.
admin-saved-named = Saved the { $name } text.
admin-preview = Preview
admin-preview-again = Preview again
admin-edit = Edit
admin-edit-named = Edit { $title }
admin-public-page = public page
admin-to = Addressed to: { $target }
admin-created = created { $date }
admin-created-by = { $date } by { $who }
admin-correct-fields = Please correct the fields marked below.
admin-none = None.
admin-required = required
admin-columns = Columns:
admin-email = Email
admin-password = Password
admin-country-code = Country code
admin-exports = Exports

## Sign in
admin-sign-in = Sign in
admin-staff-sign-in = Staff sign in
admin-err-login = The email or password is not right.
admin-err-throttled = Too many failed attempts. Please wait a few minutes and try again.
admin-err-role = Your role does not allow this.
admin-err-csrf = This form has expired or did not come from this site. Please go back, reload the page and try again.

## Dashboard
admin-campaigns = Campaigns
admin-refresh-hint = Counts refresh every 30 seconds.
admin-col-petition = Petition
admin-col-state = State
admin-col-confirmed = Confirmed
admin-col-pending = Pending
admin-col-today = Today
admin-col-goal = Goal
admin-no-petitions = No petitions yet.
admin-create-first = Create the first one.

## A petition
admin-count-detail = { $count ->
    [one] { $count } confirmed
   *[other] { $count } confirmed
}, { $pending } awaiting confirmation, { $held } held back, goal { $goal }
admin-paper = Paper signatures
admin-updates = Updates to signers
admin-translations = Translations
admin-partners = Partner sites
admin-action-open = Open for signatures
admin-action-close = Close
admin-action-reopen = Reopen
admin-action-deliver = Mark delivered
admin-action-archive = Archive
admin-err-transition = A { $from } petition cannot become { $to }.
admin-counts-csv = Counts (CSV)
admin-counts-json = Counts (JSON)
admin-delivery-pack = Delivery pack
admin-fraud-review = Fraud review
admin-sig-confirmed = confirmed
admin-sig-pending = pending
admin-sig-withdrawn = withdrawn
admin-sig-all = all
admin-signed-from = Signed from
admin-signed-to = Signed to
admin-newsletter-only = Newsletter opt-in only
admin-export-signatures = Export signatures (CSV)
admin-confirmed-per-day = Confirmed per day
admin-by-country = By country
admin-by-area = By postcode area
admin-no-postcodes = No postcodes given yet.
admin-by-source = By source
admin-by-day = By day

## Petition form
admin-edit-petition = Edit petition
admin-slug = Address (slug)
admin-slug-hint = Lowercase letters, digits and hyphens. The address will be: { $url }
admin-field-title = Title
admin-field-target = Addressed to (target)
admin-field-summary = Summary
admin-field-text = Text (Markdown)
admin-field-goal = Goal (signatures)
admin-field-locale = Main language
admin-field-opens = Opens (UTC, optional)
admin-field-closes = Closes (UTC, optional)
admin-field-who-signs = Who may sign (ISO country codes, e.g. "US"; empty for everyone)
admin-field-postcode-required = A postal code is required
admin-field-consent-versioned = Consent text (signers must agree; changing it starts a new version)
admin-field-consent = Consent text
admin-err-goal-number = The goal must be a whole number.
admin-err-petition-slug = Another petition already uses this address.
admin-err-date-time = '{ $value }' is not a date and time (YYYY-MM-DDTHH:MM).
spec-err-title = The title must be 1–300 characters.
spec-err-target = Say who receives the petition.
spec-err-goal = The goal must be a positive number.
spec-err-state = The state must be one of: { $states }.
spec-err-consent = The consent text must not be empty.
spec-err-country = '{ $code }' is not an ISO country code.

## Delivery pack
admin-delivery-title = Delivery pack: { $title }
admin-delivery-to = Addressed to:
admin-delivery-summary = { $count ->
    [one] { $count } confirmed signature
   *[other] { $count } confirmed signatures
}, { $countries ->
    [one] from { $countries } country
   *[other] from { $countries } countries
}
admin-delivery-summary-dates = { $count ->
    [one] { $count } confirmed signature
   *[other] { $count } confirmed signatures
}, collected { $first } to { $last }, { $countries ->
    [one] from { $countries } country
   *[other] from { $countries } countries
}
admin-signatures-per-day = Signatures per day
admin-signatures-by-country = Signatures by country
admin-col-country = Country
admin-col-signatures = Signatures
admin-col-share = Share
admin-signature-list = The list of signatures
admin-digest-intro = { $rows ->
    [one] The accompanying file lists the { $rows } confirmed signature counted above
   *[other] The accompanying file lists the { $rows } confirmed signatures counted above
} (as of { $generated }). Its SHA-256 digest is:
admin-digest-check = Check it with
admin-download-list = Download the signature list (CSV)
admin-print-hint = print this page to PDF for the summary.

## Paper signatures
admin-paper-nothing-added = Nothing was added. Please correct these lines:
admin-batch = Batch
admin-batch-placeholder = Geneva march, 20 November
admin-paper-csv = One person per line (CSV with this header row)
admin-paper-hint = Columns: name, email (optional; used to skip people who already signed), country (code), postcode (optional), signed_on (YYYY-MM-DD, optional). Paper signatures count at once and are exported with their batch as source.
admin-paper-add = Add these signatures
admin-batches = Batches
admin-err-batch-name = Name the batch (1 to 100 characters), e.g. "Geneva march, 20 November".
admin-paper-added = Batch "{ $batch }": { $rows ->
    [one] { $added } of { $rows } signature added
   *[other] { $added } of { $rows } signatures added
}; { $duplicates ->
    [one] { $duplicates } had already signed
   *[other] { $duplicates } had already signed
}.
paper-line = line { $line }: { $problem }
paper-err-signed-on = signed_on must be a date like 2026-11-20
paper-err-empty = The list has no rows.

## Partner sites
admin-widget = Widget
admin-widget-hint = Partners paste this into their page to show the live count and the sign form; signatures are recorded with "widget:" and their code as source.
admin-cors = Sites that may call the API from a browser (CORS)
admin-origins = One site per line, e.g. https://partner.example.org
admin-organisations = Organisations may sign as a coalition (listed on the page, counted apart)

## Fraud review
admin-last-hour = { $count ->
    [one] { $count } signature in the last hour
   *[other] { $count } signatures in the last hour
}
admin-usual-rate = usual: { $rate } per hour
admin-spike = { $ratio }× the usual rate
admin-spike-new = no signatures in the 24 hours before
admin-pow = Proof-of-work challenge
admin-pow-on = On
admin-pow-on-hint = the sign form makes each browser solve a small puzzle before it can send; signatures without a solution are held back.
admin-pow-off-hint = Off. Turn it on during an attack: each signer's browser then solves a small puzzle (a moment on a phone, no third party).
admin-turn-on = Turn on
admin-turn-off = Turn off
admin-ranges-hour = Address ranges, last hour
admin-domains-hour = Email domains, last hour
admin-held-back = Held back (not counted until released)
admin-invalidate = Invalidate signatures
admin-ip-range = Address range
admin-email-domain = Email domain
admin-signed-from-utc = Signed from (UTC)
admin-signed-to-utc = Signed to (UTC)
admin-invalidate-removes = { $count ->
    [one] This removes { $count } signature (pending or confirmed) from the petition.
   *[other] This removes { $count } signatures (pending and confirmed) from the petition.
}
admin-invalidate-n = { $count ->
    [one] Invalidate { $count } signature
   *[other] Invalidate { $count } signatures
}
admin-err-preview-changed = The number of matching signatures changed since the preview: check it and confirm again.
admin-invalidated = { $count ->
    [one] Invalidated { $count } signature
   *[other] Invalidated { $count } signatures
}; { $counted ->
    [one] { $counted } of them had been counted
   *[other] { $counted } of them had been counted
} and the counts are corrected.
review-err-chars = The filter contains characters that are not allowed, or is too long.
review-err-empty = Give at least one filter: an address range, a domain, a time window or a country.

## API tokens
admin-tokens-intro = For scripts that read counts or export signatures:
admin-tokens-audit = Exports are in the audit log under the token's name.
admin-token-copy = Copy the token now; it is not shown again:
admin-col-name = Name
admin-col-scope = Scope
admin-col-created = Created
admin-col-last-used = Last used
admin-token-placeholder = Delivery script
admin-scope-counts = Counts only
admin-scope-signatures = Counts and signatures (personal data)
admin-token-create = Create token
admin-revoked = revoked
admin-revoke = Revoke
admin-err-token-name = Name the token (1 to 100 characters) and choose its scope.
admin-err-token-scope = This token may not read { $scope }.

## Translations
admin-translations-hint = Visitors see the text in their language when it has one here; an empty field shows the main text ({ $main }). Leave a whole form empty to remove that language. The pages, buttons and emails around it are already translated.
admin-err-field-long = { $max ->
    [one] { $field }: at most { $max } character.
   *[other] { $field }: at most { $max } characters.
}
admin-err-field-line = { $field }: a single line of plain text.
admin-err-main-language = This is the main language: edit the main text itself.

## Updates to signers
admin-updates-recipients = { $count ->
    [one] { $count } confirmed signer asked for updates.
   *[other] { $count } confirmed signers asked for updates.
} Each email has a one-click unsubscribe link.
admin-update-kind = Kind
admin-kind-progress = Progress
admin-kind-victory = Victory
admin-kind-delivery = Delivery
admin-update-victory-hint = A victory update also shows its text on the petition page.
admin-update-subject = Subject
admin-update-test = Send a test to me
admin-update-send = { $count ->
    [one] Send to { $count } signer
   *[other] Send to { $count } signers
}
admin-update-sent = Sent
admin-update-test-sent = A test is on its way to { $email }.
admin-update-queued = { $count ->
    [one] Sent to { $count } signer
   *[other] Sent to { $count } signers
} (at most { $rate } per minute).
admin-err-kind = Choose what kind of update this is.
admin-err-subject = The subject is one line of 1 to 200 characters.
admin-err-text = The text is 1 to 20,000 characters.

## Accounts
admin-staff-accounts = Staff accounts
admin-add-account = Add an account
admin-create-account = Create account
admin-account-ready = Account { $email } ({ $role }) is ready. Its password, shown only now: { $password }
users-err-role = The role must be one of: { $roles }.
users-err-password = The password must be at least 12 characters.
users-err-email = '{ $email }' is not an email address.

## Audit log
admin-col-when = When
admin-col-who = Who
admin-col-action = Action
admin-col-subject = Subject
admin-col-detail = Detail
admin-col-rows = Rows

## Letter campaigns
admin-letter-campaigns = Letter campaigns
admin-new-letter-campaign = New letter campaign
admin-edit-letter-campaign = Edit letter campaign
admin-col-campaign = Campaign
admin-col-supporters = Confirmed supporters
admin-no-letter-campaigns = No letter campaigns yet.
admin-directory = Directory of representatives
admin-col-body = Body
admin-col-active = Active
admin-col-in-all = In all
admin-import-directory = Import a directory (CSV)
admin-body-placeholder = County Board
admin-csv-header = CSV with a header row
admin-import-hint = Importing again updates members by external_id; members with letters are never deleted.
admin-deactivate-missing = Deactivate members of this body that are not in the file
admin-import = Import
admin-err-body-name = Name the body (1 to 200 characters).
admin-err-csv = The CSV could not be imported: { $error }
admin-err-csv-empty = The CSV has no rows.
targets-err-id = external_id is empty
targets-err-name = a name (or first_name/last_name) is needed
targets-err-control = control characters are not allowed
targets-err-email = the email is not an email address
targets-err-url = contact_url must start with https://
admin-rule-us_senators = The supporter's two US senators (by state)
admin-rule-us_house = The supporter's US House member (by ZIP code / district)
admin-rule-us_congress = The supporter's senators and House member
admin-rule-body = Every active member of one body in the directory
admin-rule-fixed = A fixed list of targets
admin-confirmed-supporters = { $count ->
    [one] { $count } confirmed supporter
   *[other] { $count } confirmed supporters
}
admin-sending-window = sending { $from }:00–{ $until }:00 { $zone }
admin-hourly-cap = { $cap ->
    [one] at most { $cap } letter per target per hour
   *[other] at most { $cap } letters per target per hour
}
admin-col-target = Target
admin-col-awaiting = Awaiting confirmation
admin-col-waiting = Confirmed, waiting
admin-col-queued = Queued
admin-col-sent = Sent
admin-col-failed = Failed
admin-col-manual = Hand delivery
admin-col-edited = Edited
admin-col-unedited = Unedited
admin-printable = Printable
admin-all-targets = All targets
admin-no-letters = No letters yet.
admin-field-intro = Introduction (Markdown)
admin-field-who-writes = Who may write (ISO country codes; empty for everyone)
admin-field-rule = Supporters write to
admin-field-body = Body (for "every member of one body")
admin-field-fixed = Fixed list (one "body/external id" per line)
admin-field-subjects = Subject lines (one per line; the supporter picks one)
admin-field-template = Letter template
admin-placeholders = Placeholders:
admin-template-hint = The supporter's name and postal address are added below the letter.
admin-preview-to = Preview (recipient: { $target })
admin-field-allow-edit = Supporters may edit the letter
admin-field-max-length = Length limit (characters)
admin-field-hourly-cap = Letters per target per hour
admin-field-window-start = Send from (hour)
admin-field-window-end = Send until (hour)
admin-field-time-zone = Time zone of the sending window
admin-err-whole-number = Please enter a whole number.
admin-err-campaign-slug = Another campaign already uses this address.
campaign-err-title = A title of 1 to 200 characters is needed.
campaign-err-state = The state must be draft, open or closed.
campaign-err-rule = Choose who supporters write to.
campaign-err-us-only = US Congress campaigns are open to US residents only: allow US only.
campaign-err-body = Name the body whose members get the letters.
campaign-err-fixed = List at least one target.
campaign-err-subjects = At least one subject line is needed.
campaign-err-subject-lines = Subject lines are single lines of at most 200 characters.
campaign-err-max-length = The length limit must be 100 to 20,000 characters.
campaign-err-window = The sending window is two different hours, from 0–23 to 1–24.
campaign-err-time-zone = '{ $zone }' is not a time zone name (e.g. America/New_York).
campaign-err-cap = The hourly cap per target must be at least 1.
campaign-err-congress = The Congress settings need at most 10 topics, each one line of at most 100 characters without commas, and a CWC campaign id of at most 100 characters.
campaign-err-translation-title = A title has at most 200 characters.
admin-err-campaign-translation-consent = Give the consent text in this language too: supporters must be able to read what they agree to. Or leave the whole form empty to offer the campaign only in its main language.
spec-err-campaign-translation-consent = The { $lang } translation needs its own consent text: supporters must be able to read what they agree to.
template-err-empty = The letter template is empty.
template-err-long = The letter template must be at most 20,000 characters.
template-err-syntax = The template has an error: { $detail }
template-err-unknown = Unknown placeholder { $unknown }. Use one of: { $known }.

## Printable letters
admin-letters-to = Letters (recipient: { $target })
admin-letter-count = { $count ->
    [one] { $count } letter
   *[other] { $count } letters
}
admin-generated = generated { $date }
admin-deliver-to = deliver to { $address }
admin-pack-hint = Print this page (or save it as PDF): each letter starts on a new page.
admin-letter-subject = Subject: { $subject }

## Held-back signatures
admin-held-explain = Signers of held-back signatures see the same pages as everyone else ("your signature is confirmed"), so that a bot learns nothing. Only your review makes that true: release the people, invalidate the rest. A released signature that its signer had confirmed counts at once; one that was never emailed (a bot flag) gets its confirmation email now.
admin-held-list = Latest held-back signatures
admin-held-none = Nothing is held back.
admin-col-reason = Reason
admin-col-clicked = Confirmed by the signer
admin-col-source = Source
admin-col-held = Held back
admin-source = Source code
admin-reason = Reason for holding back
admin-release = Release
admin-release-heading = Release or invalidate
admin-release-n = { $count ->
    [one] Release { $count } held-back signature
   *[other] Release { $count } held-back signatures
}
admin-release-matches = { $count ->
    [one] Of these, { $count } is held back and can be released.
   *[other] Of these, { $count } are held back and can be released.
}
admin-released = { $count ->
    [one] Released { $count } signature
   *[other] Released { $count } signatures
}: { $counted } now counted, { $emailed } sent their confirmation email.
admin-yes = yes
admin-no = no
admin-flag-ip_rate = many from one address
admin-flag-domain_rate = many from one email domain
admin-flag-honeypot = hidden field filled in
admin-flag-too_fast = form sent too fast
admin-flag-stale_form = form older than a day
admin-flag-no_pow = proof of work missing
admin-flag-blocked_ip = blocked address range
admin-flag-blocked_domain = blocked email domain
admin-flag-blocked_email = blocked email address
admin-sig-held = held back ({ $reason })
admin-sig-held_back = held back

## Emails to staff
milestone-subject = { $title }: { $pct }% of the goal
milestone-text = "{ $title }" has { $count ->
    [one] { $count } confirmed signature
   *[other] { $count } confirmed signatures
}: { $pct }% of its goal of { $goal }.
admin-field-delivery-fields = Given to the target in the delivery file (only what the consent text names)
admin-field-delivery-fields-hint = Field names, separated by commas, from: { $fields }. The full list with emails stays a staff export.
spec-err-delivery-fields = The delivery file can hold only these fields: { $fields }.
delivery-col-name = Name
delivery-col-country = Country
delivery-col-postcode = Postcode
delivery-col-comment = Comment
delivery-col-signed_at = Signed on

## Account security
admin-err-disabled = This account is disabled. Ask an owner to enable it.
admin-err-disable-self = You cannot disable your own account.
users-err-unknown = There is no account { $email }.
admin-account-disabled = Account { $email } is disabled and all its sessions have ended.
admin-account-enabled = Account { $email } is enabled again.
admin-account-status = Status
admin-account-is-active = active
admin-account-is-disabled = disabled
admin-disable-account = Disable
admin-enable-account = Enable
admin-existing-account-hint = For an existing email, this sets a new password and role and ends all its sessions.
admin-two-factor = Two-factor sign-in
admin-two-factor-on = on
admin-two-factor-off = off
admin-2fa-intro = Add this account to an authenticator app (any app that supports TOTP codes), then type the 6-digit code it shows to finish.
admin-2fa-required = Two-factor sign-in is required on this site. Set it up to continue.
admin-2fa-secret = Secret key
admin-2fa-uri = Setup link for authenticator apps
admin-2fa-code = Code from the app
admin-2fa-confirm = Turn on two-factor sign-in
admin-2fa-is-on = Two-factor sign-in is on for this account.
admin-2fa-recovery-intro = Your recovery codes. Each one signs you in once if you lose your device. Keep them somewhere safe: they are shown only now.
admin-2fa-recovery-left = { $count ->
    [one] { $count } recovery code left.
   *[other] { $count } recovery codes left.
}
admin-2fa-step = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
admin-2fa-code-or-recovery = Code or recovery code
admin-2fa-verify = Verify
admin-err-code = That code is not right.
admin-err-2fa-expired = The sign-in took too long. Please start again.
template-err-size = Once filled in, the letter is longer than { $max } KB. Please shorten the template.
admin-org-queue = Organisations awaiting review
admin-org-none = No organisation is waiting for review.
admin-org-approve = Approve
admin-org-reject = Reject
admin-org-flag = Flagged: { $flag }
admin-letters-held = Letters held back by the anti-abuse checks
admin-letters-release = Release
admin-letters-none-held = No letters are held back.
template-err-construct = Letter templates cannot use { $what }. Use placeholders, conditions and loops only.
admin-err-decision = Choose Approve or Reject.
admin-col-rate = Confirmation rate
admin-source-direct = (direct)
## Confirmation before hard-to-undo actions
admin-sure-heading = Are you sure?
admin-sure-cancel = Cancel
admin-sure-close = This will close “{ $title }” now: it stops taking signatures at once, and signatures not yet confirmed can no longer count.
admin-sure-archive = This will archive “{ $title }”: its public page, its place in the list and in the API disappear.
admin-sure-revoke = Scripts using this API token stop working at once. A revoked token cannot be used again.
admin-sure-send = This will email “{ $subject }” now to { $count ->
    [one] { $count } signer who asked
   *[other] { $count } signers who asked
} for updates. A sent email cannot be recalled.
admin-2fa-email-code = Code from the email
admin-2fa-email-sent = We have emailed a 6-digit code to this account's address. It is valid for 30 minutes.
admin-err-email-code = The code from the email is not right, or it has expired. Reload this page to get a new one.
email-enrol-code-subject = Your code to set up two-factor sign-in
email-enrol-code = Someone signed in to your staff account with its password and is setting up two-factor sign-in. If that is you, enter this code: { $code }
    If it is not you, do not share the code, and ask an owner to change your password now.
admin-petitions-heading = Petitions

## Petition image
image-heading = Image
image-none = No image yet. Petitions with a picture stand out in the list and in link previews.
image-file-label = Image file
image-file-hint = JPEG, PNG or WebP, at most 5 MB and 40 megapixels. It is resized and saved again without its metadata (camera, place).
image-alt-label = Image description (alt text)
image-alt-hint = Say in a sentence what the picture shows, for people who cannot see it.
image-upload = Upload image
image-replace = Replace image
image-remove = Remove image
image-alt-save = Save description
image-card-preview = See the link-preview picture (1200 × 630)
image-err-type = This file is not a JPEG, PNG or WebP image. Other types (SVG, GIF, documents) are not accepted.
image-err-pixels = This image has { $width } × { $height } pixels; at most { $max } megapixels are accepted. Please make it smaller.
image-err-unreadable = This file could not be read as an image. It may be damaged or incomplete.
image-err-missing = Choose an image file to upload.
image-err-alt = { $max ->
    [one] The image description must be one line of at most { $max } character.
   *[other] The image description must be one line of at most { $max } characters.
}
admin-err-translation-consent = Give the consent text in this language too: signers must be able to read what they agree to. Or leave the whole form empty to offer the petition only in its main language.
spec-err-translation-consent = The { $lang } translation needs its own consent text: signers must be able to read what they agree to.
admin-err-not-in-directory = Not in the directory: { $targets }
admin-err-origins = Each line is one site like https://partner.example.org (no path), at most 100 lines. Not valid: { $invalid }
# Letters to Congress
admin-deliveries = Deliveries to Congress
admin-congress-none = No delivery service is configured (CWC or a congress-forms server, in [congress]): letters to members of Congress are handed to the supporters to send themselves.
admin-col-delivery = Delivery
admin-col-attempts = Attempts
admin-delivery-waiting = Queued
admin-delivery-sent-cwc = Sent via CWC
admin-delivery-sent-form = Sent via the office's form
admin-delivery-tested = Tested (test mode): no office received it
admin-delivery-failed = Failed, handed to the supporter
admin-delivery-hand = Hand delivery: no service reaches this office
admin-delivery-outside = Hand delivery: this member does not represent the supporter (CWC and office forms take constituents' letters only)
admin-delivery-retired = Not sent: the member is no longer in office (handed to the supporter)
admin-congress-settings = Letters to Congress
admin-congress-settings-hint = Used when letters are delivered through Communicating with Congress (CWC).
admin-field-cwc-topics = CWC topics (Library of Congress policy areas, one per line; none: Government Operations and Politics)
admin-field-cwc-campaign-id = CWC campaign id (empty: the campaign's address)
admin-field-cwc-test-mode = Test mode: send only to CWC's validation and testing services

# Webhooks out
admin-webhooks = Webhooks
admin-webhooks-intro = Chorus sends each event you choose to your systems as signed JSON (Standard Webhooks). Endpoints must use https on a public address.
admin-webhook-secret-once = Copy this signing secret now: it is shown only once.
admin-webhook-url = Endpoint URL
admin-webhook-events = Events
admin-webhook-reserved = (not sent yet)
admin-webhook-personal = May receive personal fields (name, email address, postcode)
admin-webhook-personal-col = Personal fields
admin-webhook-create = Add endpoint
admin-webhook-state = State
admin-webhook-active = active
admin-webhook-paused = paused
admin-webhook-failures = Failed attempts in a row: { $n }
admin-webhook-resume = Resume
admin-webhook-remove = Remove endpoint
admin-webhook-sure-remove = Remove this endpoint with its deliveries and log? Events it has not received yet will not be sent.
admin-webhook-deliveries = Deliveries
admin-webhook-log = Attempts log
admin-webhook-attempts = Attempts
admin-webhook-code = Answer
admin-webhook-duration = Duration (ms)
admin-webhook-replay = Send again
admin-webhook-delivery-pending = waiting
admin-webhook-delivery-delivered = delivered
admin-webhook-delivery-failed = given up
admin-webhook-err-url = Enter an absolute https URL, without a user name or password.
admin-webhook-err-https = The URL must start with https://.
admin-webhook-err-private = This address is private, loopback or link-local: webhooks only go to public addresses.
admin-webhook-err-dns = This host name could not be resolved.
admin-webhook-err-events = Choose at least one event.
webhook-paused-subject = A webhook endpoint was paused
webhook-paused-text = Deliveries to { $url } failed too many times in a row, so the endpoint was paused. Nothing more is sent to it until an owner resumes it; its events wait meanwhile.
# Bounces and complaints
admin-suppressions = Suppressed addresses
admin-suppressions-intro = Nothing is sent to these addresses, whatever the email: they bounced for good, their owner marked our email as spam, or they bounced softly too many times in a row. The pages that cause emails answer as usual.
admin-suppressions-search = Address contains
admin-search = Search
admin-suppressions-none = No suppressed address.
admin-col-address = Address
admin-col-email-kind = Email that bounced
admin-col-bounced = Bounced
admin-suppression-lift = Lift
admin-suppression-reason-hard_bounce = Hard bounce
admin-suppression-reason-complaint = Spam complaint
admin-suppression-reason-soft_bounces = Soft bounces in a row
admin-suppression-reason-manual = Added by staff
admin-suppression-source-mailbox = Bounce mailbox
admin-suppression-source-postmark = Postmark
admin-suppression-source-staff = Staff
admin-bounced-targets = Offices whose address bounced
admin-bounced-targets-hint = A letter to these addresses bounced: the directory may be stale. Check the office's address and import the directory again; nothing more is sent to the address until its suppression is lifted.
admin-events = Events
admin-events-hint = Create an event here, or from its file: { $command }.
admin-no-events = No events yet.
admin-col-event = Event
admin-col-starts = Starts
admin-col-seats-taken = Seats taken
admin-col-unconfirmed = Unconfirmed
admin-col-registrations = Registrations
admin-export-csv = CSV
admin-check-in = Check-in list
admin-seated = { $count ->
    [one] { $count } person holds a seat
   *[other] { $count } people hold a seat
}
admin-col-here = Here
admin-col-organisation = Organisation
admin-new-event = New event
admin-edit-event = Edit event
admin-event-state = State
admin-event-state-draft = draft (not public)
admin-event-state-open = open for registration
admin-event-state-closed = registration closed
admin-event-state-cancelled = cancelled
admin-event-starts = Starts (local date and time)
admin-event-ends = Ends (local date and time)
admin-event-zone = Time zone of these times
admin-event-show-zones = Other time zones shown on the page
admin-event-show-zones-hint = One a line, with a label if you like: { $example }
admin-event-online = Online event
admin-event-join-url = Joining link (only confirmed registrants see it)
admin-event-address = Address
admin-event-recording-url = Recording link (sent in the follow-up)
admin-event-pow-required = Ask the registration form for proof of work (against automated registrations)
admin-event-map-url = Map link
admin-event-price = Price
admin-event-audience = Audience
admin-event-organisers = Organisers (one a line)
admin-event-capacity = Seats (empty for no limit)
admin-event-registration-opens = Registration opens
admin-event-registration-closes = Registration closes
admin-event-petition = Linked petition (its address)
admin-event-letters = Linked letter campaign (its address)
admin-event-translations = Fill in the languages the event is offered in besides its main language; an empty field shows the main language's text.
admin-event-notify-hint = Registrants holding a seat are emailed when the time, place or joining link changes; everyone registered is emailed when the event is cancelled.
event-err-too-long = { $max ->
    [one] At most { $max } character.
   *[other] At most { $max } characters.
}
event-err-control = Control characters are not allowed here.
event-err-link = Not a web link: it must start with https:// or http://.
event-err-moment = "{ $value }" is not a date and time with its offset (e.g. 2036-01-15T15:00:00+01:00).
event-err-local-time = { $value } does not exist in { $zone } (the clocks skip it).
event-err-required = Required.
event-err-ends = The end must be after the start.
event-err-zone = "{ $zone }" is not a time zone (e.g. Europe/Zurich).
event-err-count = { $max ->
    [one] At most { $max } entry.
   *[other] At most { $max } entries.
}
event-err-address = An event that is not online needs an address.
event-err-capacity = A whole number from 0 to 1,000,000, or empty for no limit.
event-err-closes = Registration must close after it opens.
event-err-state = One of: { $states }.
event-err-translation-twice = The language { $lang } is translated twice, or is the main language.
event-err-no-petition = There is no petition with the address "{ $slug }".
event-err-no-letters = There is no letter campaign with the address "{ $slug }".
event-err-slug-taken = An event with this address already exists.
admin-event-translations-legend = Translations

admin-event-messages = Messages to registrants
admin-event-message-send = { $count ->
    [one] Send to { $count } registrant
   *[other] Send to { $count } registrants
}
admin-event-message-recipients = { $count ->
    [one] { $count } registrant gets this message.
   *[other] { $count } registrants get this message.
} Each email has their own link and a one-click unsubscribe link.
admin-event-message-hint = Those holding a seat get it (and, if ticked, those waiting); not those who unsubscribed. At most { $count ->
    [one] { $count } message
   *[other] { $count } messages
} per event in 24 hours.
admin-event-message-waiting = Also to those on the waiting list
admin-event-message-err-key = This form is out of date: reload the page, then send again.
admin-event-message-repeated = This message was sent already: it is not sent twice.
admin-event-message-limit = This event had its { $count ->
    [one] { $count } message
   *[other] { $count } messages
} in the last 24 hours: send this one later.
admin-event-message-queued = { $count ->
    [one] Sent to { $count } registrant
   *[other] Sent to { $count } registrants
} (at most { $rate } per minute).
admin-event-message-sure = This will email “{ $subject }” now to { $count ->
    [one] { $count } registrant
   *[other] { $count } registrants
}. A sent email cannot be recalled.
