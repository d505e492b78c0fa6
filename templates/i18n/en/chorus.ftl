# Chorus: English (the reference; every other language has the same ids).
# Formats use chrono's strftime codes.
date-format = %B %-d, %Y
date-short-format = %b %-d
date-time-format = %B %-d, %Y, %-I:%M %p UTC

## Every page
site-footer = Powered by Chorus, a self-hosted petition service.
site-language = Language
progress-label = { $pct }% of the goal
see-petition = See the petition
see-all = See all petitions
back-to-petition = Back to the petition

## The list of petitions
index-title = Petitions
index-empty = There are no open petitions yet.
index-to = To: { $target }
index-signatures = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
index-letters = Write to your representatives
index-write = Write your letter
state-open = open
state-closed = closed
state-delivered = delivered
state-victory = victory

## A petition
petition-to = Addressed to: { $target }
petition-victory = Victory!
petition-count-of-goal = { $count ->
    [one] { $count } signature of a { $goal } goal
   *[other] { $count } signatures of a { $goal } goal
}
petition-closes = Closes { $date }
petition-sign-this = Sign this petition
petition-coalition = { $count ->
    [one] { $count } organisation supports this petition
   *[other] { $count } organisations support this petition
}
petition-coalition-link = See all and sign as an organisation
petition-where = Where signers are
petition-countries = { $count ->
    [one] Signers in { $count } country.
   *[other] Signers in { $count } countries.
}
petition-countries-more = { $more ->
    [one] ({ $more } more not shown)
   *[other] ({ $more } more not shown)
}
petition-per-day = Signatures per day
petition-recent = Recent signers
petition-share = Share
petition-share-text = Sign the petition: { $title }
petition-share-email = Email
petition-not-yet-open = This petition is not open for signatures yet.
petition-closed = This petition is closed and no longer accepts signatures.

## The sign form
form-check = Please check the form:
form-pow = Checking your browser…
form-honeypot = Leave this field empty
field-name = Full name
field-email = Email
field-email-hint = We send you a link to confirm your signature.
field-country = Country
field-country-choose = Choose your country…
field-postcode = Postal code
field-postcode-optional = Postal code (optional)
field-comment = Comment (optional)
field-show-name = Show my first name and country publicly on this page
field-newsletter = Send me updates about this campaign (optional)
form-sign = Sign the petition
widget-sign = Sign
widget-signatures = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
widget-thanks = Thank you! Check your email to confirm your signature.
widget-closed = This petition is closed.

## Errors in the form
err-name-empty = Please enter your name.
err-name-long = Your name must be at most 255 characters.
err-name-chars = Your name contains characters that are not allowed.
err-name-formula = Your name cannot start with =, +, - or @.
err-name-link = Your name cannot contain a link.
err-email-empty = Please enter your email address.
err-email-invalid = Please enter a valid email address.
err-country = Please choose your country.
err-postcode-empty = Please enter your postal code.
err-postcode-format = This postal code does not look right for the country you chose.
err-residents-only = This petition is open to residents of { $countries } only.
err-consent = Please tick the box to agree, or you cannot sign.
err-comment-long = { $max ->
    [one] Your comment must be at most { $max } character.
   *[other] Your comment must be at most { $max } characters.
}
err-comment-chars = Your comment contains characters that are not allowed.

## After signing
signed-heading = Check your email
signed-thanks = Thank you. We have sent you an email: open the link in it to confirm your signature on “{ $title }”.
signed-hint = Your signature counts once it is confirmed. If the email does not arrive within a few minutes, look in your spam folder.

## The emailed links
link-invalid-heading = This link does not work
link-invalid = The link is not valid or has expired. If you sent the form again, only the link in the newest email works; otherwise, check that you copied the whole link from the email.
link-already-heading = Already confirmed
link-already = Your signature on “{ $title }” is already confirmed. Thank you!
link-withdrawn-heading = Signature withdrawn
link-withdrawn = Your signature on “{ $title }” has been withdrawn.
link-confirm-heading = Confirm your signature
link-confirm = Press the button to confirm your signature on “{ $title }”.
link-confirm-button = Confirm my signature
link-withdraw-heading = Withdraw your signature
link-withdraw = Press the button to withdraw your signature from “{ $title }”. It will no longer be counted.
link-withdraw-button = Withdraw my signature
link-confirmed-heading = Thank you: your signature is confirmed
link-confirmed = Your signature on “{ $title }” now counts.
link-held-heading = Thank you: your confirmation is recorded
link-held = Your confirmation of your signature on “{ $title }” is recorded. Many signatures came from the same connection or email provider at about the same time (a household or an office, say), so a person on the team checks them before they count. You need do nothing more.
link-closed-heading = This petition is closed
link-closed = “{ $title }” closed before your signature was confirmed, so it could not be counted.
link-detail-name = Name
# The name as given, and whether the petition page shows it.
link-detail-name-value = { $name } ({ $shown })
link-detail-shown = shown on the petition page as “{ $first }”
link-detail-hidden = not shown on the petition page
link-detail-newsletter = Updates from the organisers by email
link-detail-yes = yes
link-detail-no = no
link-detail-comment = Comment
link-detail-not-you = If this is not what you submitted, do not confirm: fill in the form again and use the link in the newest email.

## Your data
data-gone = The link is not valid, or the data it pointed to has been erased.
data-heading = Your data
data-intro = This is what we keep about your signature on “{ $title }”.
data-name = Name
data-email = Email
data-country = Country
data-postcode = Postal code
data-comment = Comment
data-show-name = Name shown publicly
data-newsletter = Updates by email
data-state = Status
data-yes = yes
data-no = no
data-stop-updates = Stop updates
data-copy = Email me a copy
data-erase = Erase my data
data-erase-hint = Erasing withdraws your signature and removes your name, email, postal code and comment for good.
data-copy-heading = A copy is on its way
data-copy-sent = We are emailing you a copy of your data.
data-erased-heading = Your data is erased
data-erased = Your signature on “{ $title }” is withdrawn and your personal data erased.
unsub-heading = Unsubscribe from updates
unsub-intro = Press the button to stop updates about “{ $title }”. Your signature stays.
unsub-button = Unsubscribe
unsub-done-heading = You are unsubscribed
unsub-done = You will get no more updates about “{ $title }”. Your signature stays.

## Error pages
error-title = Error { $status }
error-not-found-heading = Not found
error-retry-heading = Please try again
error-sorry-heading = Sorry
error-problem-heading = There is a problem
error-back = Back to the petitions
error-not-found = We could not find that page.
error-too-large = That request is too large.
error-media = That content type is not supported here.
error-busy = We are busy or briefly unavailable. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again.

## Emails to signers
email-hello = Hello { $name },
email-confirm-subject = Please confirm your signature: { $title }
email-reminder-subject = Reminder: please confirm your signature: { $title }
email-reminder-intro = We have not had your confirmation yet, so your signature is not counted. It takes one click.
email-confirm-thanks = Thank you for signing the petition “{ $title }” (addressed to: { $target }).
email-confirm-counts = Your signature counts only once you confirm it.
email-confirm-open = Open this link and press “Confirm my signature”:
email-confirm-button = Confirm my signature
email-ignore = If you did not sign, ignore this email and nothing will be counted.
email-withdraw-line = To withdraw your signature at any time:
email-withdraw = Withdraw my signature
email-data-line = Your data, a copy of it, or its erasure:
email-data = Your data
email-already-subject = You have already signed: { $title }
email-already = Someone (probably you) tried to sign the petition “{ $title }” again with this email address.
email-already-done = Your signature is already confirmed and counted once; there is nothing more to do.
email-petition-line = The petition:

## Letters to representatives
letter-closed = This campaign is closed and no longer sends letters.
letter-write-heading = Write your letter
letter-district = Your ZIP code is in more than one district. Which one do you live in?
letter-district-hint = Not sure? Your voter registration card or your state's election website shows your district.
letter-email-hint = We email you a link: your letters go nowhere until you confirm.
field-address = Street address
field-city = City or town
field-zip = ZIP code
letter-story = Your story (optional)
letter-story-hint = A few words on why this matters to you make a letter count far more.
letter-find = Find my representatives
letter-find-congress = Find my members of Congress
letter-yours = Your letters
letter-writing-to = { $count ->
    [one] “{ $title }”: you are writing to { $count } representative. Your letters go nowhere until you confirm by email.
   *[other] “{ $title }”: you are writing to { $count } representatives. Your letters go nowhere until you confirm by email.
}
letter-writing-to-congress = { $count ->
    [one] “{ $title }”: you are writing to { $count } member of Congress. Your letters go nowhere until you confirm by email.
   *[other] “{ $title }”: you are writing to { $count } members of Congress. Your letters go nowhere until you confirm by email.
}
letter-subject = Subject
letter-subject-line = Subject: { $subject }
letter-to = To: { $target }
letter-by-email = Sent by email once you confirm.
letter-by-hand = We cannot deliver this one for you: you send it. After you confirm we show you how, with this text ready to copy.
letter-by-cwc = Delivered for you to this office through Communicating with Congress, the official system for messages to Congress, once you confirm.
letter-by-form-service = Delivered for you through this office's contact form once you confirm; if the form cannot take it, we email it to you to send yourself.
letter-signed-below = Your name and postal address are added below each letter, as offices answer only their own constituents.
letter-send = Send my letters
letter-confirm-heading = Confirm your letters
letter-confirm = Press the button to confirm and send your letters in “{ $title }”.
letter-confirm-button = Confirm and send my letters
letter-confirmed-heading = Your letters are confirmed
letter-confirmed = Thank you for writing in “{ $title }”.
letter-manual = This office does not take letters by email. Please send it yourself, it takes a minute:
letter-open-form = Open the contact form
letter-paste = Paste the letter below into the office's contact form:
letter-call = Or call this number and read it out:
letter-post = Or post it to { $address }.
letter-kept = We also keep your letter for the campaign's printed delivery.
letter-sent-now = We have sent this letter by email. You will get a copy.
letter-sent-soon = We send this letter by email shortly, within the office's hours. You will get a copy.
letter-back = Back to the campaign
letter-check = Thank you. We have sent you an email: open the link in it to confirm your letters in “{ $title }”.
letter-check-hint = Nothing is sent to your representatives until you confirm. If the email does not arrive within a few minutes, look in your spam folder.
err-address-empty = Please enter your street address.
err-city-empty = Please enter your city or town.
err-too-long = { $max ->
    [one] This must be at most { $max } character.
   *[other] This must be at most { $max } characters.
}
err-chars = This contains characters that are not allowed.
err-campaign-residents = This campaign is open to residents of { $countries } only.
err-zip-empty = Please enter your ZIP code.
err-zip-us = Members of the US Congress are found from a US ZIP code.
err-zip-unknown = We could not find this ZIP code. Please check it.
err-zip-nobody = We could not find your members of Congress for this ZIP code.
err-district = Please choose one of the places listed.
err-nobody = There is nobody to write to in this campaign yet.
err-subject = Please choose a subject line.
err-letter-empty = A letter cannot be empty.
err-letter-to = Recipient: { $target }. { $problem }
err-letter-consent = Please tick the box to agree: without it we cannot take your letters.
letter-consent-default = I agree that my name, address and letter are sent to the representatives listed, and that this organisation keeps them to run this campaign.
err-campaign-closed = This campaign is closed.
email-letters-subject = Confirm your letters: { $title }
email-letters-intro = Please confirm that you want to send your letters in “{ $title }” to:
email-letters-open = Nothing is sent until you confirm. Open this link and press the button:
email-letters-ignore = If you did not ask for this, ignore this email and nothing will be sent.
email-receipt-subject = Your letter has been sent (recipient: { $target })
email-receipt = Thank you for taking part in “{ $title }”. This is a copy of the letter we sent on your behalf. Recipient: { $target }.

## Organisations signing on
org-title = Organisations
org-heading = Sign as an organisation
org-sent = Thank you. We have emailed the contact person a link to confirm the organisation's signature.
org-name = Organisation
org-website = Website (optional)
org-contact = Contact person
org-email = Contact email
org-consent = I may sign for this organisation, and agree that its name, country and website are shown here.
org-consent-webhooks = Its details and your name and email address as its contact may also be passed to the campaign organisers' own systems.
org-sign = Sign for my organisation
field-choose = Choose…
err-org-name = Please enter the organisation's name (up to 200 characters).
err-org-website = The website must be a full address starting with https://.
err-org-consent = Please confirm that you may sign for this organisation.
org-closed = This petition does not take organisation sign-ons now.
org-confirm-heading = Confirm your organisation's signature
org-confirm = Press the button to confirm that { $org } signs “{ $title }”.
org-confirm-button = Confirm
org-thanks-heading = Thank you
org-listed = { $org } is listed as a signatory of “{ $title }”.
email-org-subject = Please confirm: { $org } signs “{ $title }”
email-org = Please confirm that { $org } signs the petition “{ $title }”. Open this link and press the button:
email-org-ignore = If you did not ask for this, ignore this email.

## Copies of one's data, updates
email-copy-subject = A copy of your data
email-copy-intro = Hello, as you asked, this is everything we keep about your signature:
data-petition = Petition
data-signed = Signed
data-consent-version = consent text version { $version }
data-confirmed = Confirmed
data-source = Source
email-update-why = You get this because you signed “{ $title }” and asked for updates.
email-update-unsubscribe = Unsubscribe:
email-update-data = Your data:

## Errors shared by several pages
err-form-unreadable = The form could not be read. Please go back and try again.
err-cross-site = This form was sent from another website, so it was not accepted. Please open the page on this site and send the form from there.
err-slug = '{ $slug }' is not a valid slug (lowercase letters, digits and hyphens).
err-language = '{ $code }' is not one of the languages Chorus speaks: { $known }.
letter-confirm-review = These are the letters you confirm, each with its recipient. Nothing is sent until you press the button.
letter-closed-confirm = This campaign closed before your letters were confirmed, so they will not be sent.
err-letter-render = Your letters could not be prepared because the campaign's letter is too long. Please let the campaign team know.
err-org-link = The organisation's name cannot contain a link.
org-review = Thank you: { $org } has confirmed that it signs “{ $title }”. It will be listed once the campaign team has checked it.
email-org-approved-subject = { $org } is now listed on “{ $title }”
email-org-approved = The campaign team has checked the signature of { $org }: it is now listed among the organisations that support “{ $title }”. Thank you!
letter-erase-hint = Changed your mind? You can delete your details and every letter not yet sent.
letter-erase-button = Delete my details
letter-erased-heading = Your details are deleted
letter-erased = We have deleted your details and the letters not yet sent in “{ $title }”. Letters already delivered cannot be recalled.

## Supporter experience: data page states, erasing, link previews, email typos, sharing
data-state-pending = waiting for you to confirm it by email
data-state-confirmed = confirmed and counted
data-state-withdrawn = withdrawn
data-erase-sure-heading = Are you sure?
data-erase-sure = This will withdraw your signature on “{ $title }” and erase your name, email, postal code and comment for good. It cannot be undone.
data-erase-confirm = Yes, erase my data
data-erase-cancel = No, keep my signature
index-description = Sign and share petitions, and write to your representatives.
email-did-you-mean = Did you mean { $email }? If so, correct it above. If your address is right as typed, press “Sign the petition” again.
share-ask = Ask your friends to sign too
share-more = More ways to share…
error-conflict = Someone changed this at the same moment. Please try again.
error-invalid = We could not save that as it is. Please check what you entered and try again.
map-world-label = Map of signatures by country
map-us-label = Map of signatures by US state
map-shape-title = { $name }: { $count }
map-legend-fewer = Fewer
map-legend-more = More
map-world-table = Signatures by country (table)
map-us-table = Signatures by state (table)
map-col-state = State
chart-label = Signatures per day from { $first } to { $last }
chart-table = Signatures per day (table)
chart-col-day = Day
map-us-unplaced = ZIP code not matched to a state
map-us-few = { $count ->
    [one] States with fewer than { $count } signer each
   *[other] States with fewer than { $count } signers each
}

index-sign = Sign

# Letter writers' own data page, reminders and unsubscribing.
letter-data-footer = See, copy or delete what we hold about you and your letters, or stop reminders:
data-campaign = Campaign
data-address = Address
data-message = Personal message
data-submitted = Submitted
letter-writer-state-pending = waiting for you to confirm by email
letter-writer-state-confirmed = confirmed
letter-state-pending = not sent: waiting for your confirmation
letter-state-confirmed = confirmed, waiting to be sent
letter-state-queued = being sent
letter-state-sent = sent
letter-state-failed = could not be delivered
letter-state-manual = for you to deliver (no email address)
letter-data-intro = This is what we hold about you and your letters in “{ $title }”.
letter-unsub-intro = Press the button to get no more reminders or updates about “{ $title }”. Your letters stay as they are.
letter-unsub-done = You will get no more reminders or updates about “{ $title }”. Your letters stay as they are.
letter-erase-sure = This will delete your name, email, address, message and every letter not yet sent in “{ $title }”, for good. Letters already delivered cannot be recalled; they stay counted without your name or words. It cannot be undone.
letter-erase-confirm = Yes, delete my details
letter-erase-cancel = No, keep them
letter-stop-emails = Stop reminders and updates
letter-data-erase-hint = Deleting removes your details and every letter not yet sent. Letters already delivered stay counted, without your name or words.
email-letters-reminder-subject = Reminder: please confirm your letters: { $title }
email-letters-reminder-intro = We have not had your confirmation yet, so your letters in “{ $title }” have not been sent. They are addressed to:

## Letters: saying what really happens (sent by us, or made ready for the supporter to deliver)
letter-send-ready = Get my letters ready
letter-confirm-ready = Press the button to confirm your letters in “{ $title }”. We then show you how to deliver each one, and email them to you.
letter-confirm-review-ready = These are the letters you confirm, each with its recipient. Offices that do not take letters by email get yours from you: after confirming, you send it through the office's contact form, by phone or by post.
letter-confirm-button-ready = Confirm my letters
letter-confirmed-heading-ready = Your letters are ready to deliver
letter-pack-sent = We have also emailed you these letters with each office's contact details, so you can finish later.
letter-emailed = Thank you. We have sent you an email about your letters in “{ $title }”. Open it: it has the link to confirm them or, if you have written before, your letters again.
letter-check-hint-ready = Your letters are ready to deliver once you confirm. If the email does not arrive within a few minutes, look in your spam folder.
letter-not-emailed = Thank you. We have not sent another email: this address has had as many emails about “{ $title }” as we send. Please use an earlier email from us.
email-letters-intro-ready = Please confirm your letters in “{ $title }”, to:
email-letters-open-ready = Once you confirm, we show you how to deliver each letter and email them to you. Open this link and press the button:
letter-choose-state = Your ZIP code is in more than one state. Which state do you live in?
letter-choose-district = Your ZIP code is in more than one congressional district. Which one do you live in?
letter-choose-state_district = Your ZIP code crosses state lines. Which state and district do you live in?
place-at-large = { $state }, at large
place-district = { $state }, district { $district }
letter-no-senators = { $place } has no senators. Its voice in Congress is its delegate to the House, { $delegate }.
letter-no-senators-nobody = { $place } has no senators, and its seat in the House is vacant.
err-zip-state = This ZIP code is not in { $state }. Please check the state and the ZIP code.
err-state = Please choose a state from the list.
field-state = State
field-state-us = State (US addresses)
field-state-choose = Choose…
letter-your-details = Each letter is signed with your name and address:
letter-change-details = Change my details
letter-copy = Copy
letter-copied = Copied
letter-call-first = Call this number and read it out:
letter-post-first = Post it to { $address }.
letter-no-form = This office has no contact form we can link to.
letter-open-site = Open the member's website
letter-site-paste = Send the letter below through the contact page of the member's website:
email-pack-subject = Your letters, ready to deliver: { $title }
email-pack-intro = { $count ->
    [one] Thank you for confirming your letter in “{ $title }”. This office does not take letters by email, so here it is with the ways to deliver it.
   *[other] Thank you for confirming your letters in “{ $title }”. These offices do not take letters by email, so here are your { $count } letters with the ways to deliver each one.
}
email-pack-form = Contact form: { $url }
email-pack-site = No contact form we can link to. The member's website: { $url }
email-pack-phone = Phone: { $phone }
email-pack-phone-or = Or phone: { $phone }
email-pack-post = Post: { $address }
email-pack-post-or = Or post: { $address }
email-pack-page = Your letters, with buttons to copy them, are also on this page:
email-again-subject = Your letters in “{ $title }”
email-again-intro = { $count ->
    [one] You have already written in “{ $title }”, so nothing new was saved or sent. Here is your letter again.
   *[other] You have already written in “{ $title }”, so nothing new was saved or sent. Here are your { $count } letters again.
}
email-again-ignore = If you did not ask for this, you can ignore this email: someone typed your address into the campaign's form.
honorific-us-senator = Sen.
honorific-us-representative = Rep.
honorific-us-delegate = Del.
honorific-us-resident-commissioner = Res. Comm.
letter-not-emailed-heading = No new email
letter-choice = { $place }: { $members }
letter-did-you-mean = Did you mean { $email }? If so, correct it above. If your address is right as typed, press “Find my representatives” again.
letter-share-text = Write to your representatives too: { $title }
letter-share-ask = Ask your friends to write too
data-copy-capped-heading = No copy this time
data-copy-capped = This address has had as many emails from this campaign as we send in a week, so we have not sent a copy. Your data page shows everything we hold.

err-token-needed = A valid API token is needed (Authorization: Bearer …).
err-json-invalid = The request body is not valid JSON: { $detail }
err-request-invalid = The request could not be read: { $detail }
err-filter-state = Unknown state '{ $state }' (possible: { $allowed }).
err-filter-date = '{ $date }' is not a date in the form YYYY-MM-DD.
percent = { $pct }%
label-value = { $label }: { $value }
# Letters delivered to the US Congress
congress-receipt-subject = Your letter to { $target } has been delivered
congress-receipt-cwc = Thank you for taking part in “{ $title }”. Your letter was delivered to the office of { $target } through Communicating with Congress, the official system for messages to Congress. This is the letter as the office received it.
congress-receipt-form = Thank you for taking part in “{ $title }”. Your letter was delivered to { $target } through the office's own contact form. This is the letter as the office received it.
congress-hand-subject = Your letter to { $target } is ready for you to deliver
congress-hand-none = Thank you for taking part in “{ $title }”. The office of { $target } cannot be reached through the services we use, so your letter is ready for you to deliver: paste it into the office's contact form, or phone or write to the office.
congress-hand-outside = Thank you for taking part in “{ $title }”. { $target } does not represent the address you gave, and the services we use carry letters only to a person's own members of Congress. We cannot deliver this one for you: you send it. Paste it into the office's contact form, or phone or write to the office.
congress-hand-retired = Thank you for taking part in “{ $title }”. { $target } is no longer in office, so we did not send your letter. It is below if you want to send it yourself.
congress-hand-failed = Thank you for taking part in “{ $title }”. We could not deliver your letter to { $target } ourselves, so it is ready for you to deliver: paste it into the office's contact form, or phone or write to the office.
congress-hand-thanks = Thank you for making your voice heard.
letter-prefix = How should the office address you?
letter-prefix-optional = How should the office address you? (optional)
letter-name-split = Offices of Congress will read your first name as “{ $first }” and your last name as “{ $last }”. If that is not right, change your name in your details.
letter-prefix-none = Choose…
letter-prefix-hint = Communicating with Congress, the official system that delivers your letter, requires it.
letter-phone = Phone number (optional)
letter-phone-hint = Some offices' contact forms ask for one; without it, such an office's letter is emailed to you to send yourself.
err-prefix = Choose a form of address from the list.
err-prefix-needed = Choose how the office should address you: Communicating with Congress requires it.
err-phone = Enter a phone number of 7 to 15 digits (spaces and + - ( ) . allowed).
letter-phone-required = Phone number
err-phone-needed = Enter a phone number: this office's contact form requires one.
err-prefix-form = Choose how the office should address you: this office's contact form requires it.
letter-by-service-soon = We deliver this letter to the office for you, within the campaign's hours, and email you how it went.

# Webhooks out
consent-webhooks = Your details may also be passed to the organisation's own systems.
# Events
date-zoned-format = %A, %B %-d, %Y, %H:%M %Z
events-title = Events
events-empty = No events are planned at the moment.
event-when = When
event-your-time = In your time zone
event-zones = Around the world
event-duration = Duration
event-minutes = { $minutes } min
event-where = Where
event-online = Online
event-map = Map
event-language = Language
event-price = Price
event-audience = Who can attend
event-organisers = Organised by
event-seats = Seats
event-seats-left = { $count ->
    [one] { $count } seat left
   *[other] { $count } seats left
}
event-full = Every seat is taken: register to join the waiting list. When someone cancels, the first person waiting gets their seat and an email.
event-add-calendar = Add to your calendar
event-petition = Sign the petition
event-letters = Write to your representatives
event-invite = To invite people, share this page.
event-share = Share this event
event-share-text = Join me at this event: { $title }
event-register = Register
event-register-button = Register
event-field-organisation = Organisation (optional)
event-consent = I agree that my name, email, country and organisation are kept to manage my registration until after the event.
event-err-consent = Please tick the box to agree, or you cannot register.
event-err-organisation = The organisation's name may have at most 200 characters, on one line.
event-cancelled = This event is cancelled.
event-registration-closed = Registration for this event is closed.
event-registration-not-yet = Registration for this event has not opened yet.
event-check-email = Thank you! We sent you an email: open the link in it to confirm your registration. A seat (or, when the event is full, a place on the waiting list) is yours once you confirm.
event-confirm-ask = Press the button to confirm your registration.
event-confirm-button = Confirm my registration
event-confirmed = Your registration is confirmed: you have a seat. We sent you an email with the details.
event-waiting = Your registration is confirmed, but every seat is taken: you are on the waiting list. If a seat becomes free, it goes to the first person waiting, and we will email you.
event-own-pending = Your registration is not confirmed yet: open the link in the email we sent you.
event-cancel-ask = Press the button to cancel your registration. A seat you hold goes to the first person waiting.
event-cancel-button = Cancel my registration
event-cancel-link = Cancel my registration
event-cancelled-registration = Your registration is cancelled.
event-link-invalid = This link does not work. Only the link in the newest email works; check that you copied the whole link.
event-join = Joining link:
event-page-link = See the event's page
event-mail-hello = Hello { $name },
event-mail-confirm-subject = Please confirm your registration: { $title }
event-mail-confirm-intro = Thank you for registering for "{ $title }". Open this link and press the button to confirm your registration:
event-mail-registered-subject = You are registered: { $title }
event-mail-registered-intro = Your registration for "{ $title }" is confirmed: you have a seat.
event-mail-waiting-subject = You are on the waiting list: { $title }
event-mail-waiting-intro = Every seat for "{ $title }" is taken, so you are on the waiting list. If a seat becomes free, it goes to the first person waiting, and we will email you.
event-mail-promoted-subject = A seat is yours: { $title }
event-mail-promoted-intro = A seat became free and it is yours: you are registered for "{ $title }".
event-mail-reminder-subject = Reminder: { $title }, { $time }
event-mail-reminder-intro = A reminder: "{ $title }" starts soon.
event-mail-when = When: { $time }
event-mail-address = Where: { $address }
event-mail-join = Join online with this link (keep it to yourself):
event-mail-calendar = The attached file adds the event to your calendar.
event-mail-own-page = Your registration:
event-mail-cancel = Can’t make it? Cancel your registration here (a seat you hold goes to the first person waiting):
event-mail-ignore = If you did not register, ignore this email: nothing happens unless you confirm.
event-your-data = What we keep about you
event-time-zone = Time zone
event-erase-link = Erase my data
event-erase-ask = Press the button to erase your name, email and organisation. Your registration is cancelled, and a seat you hold goes to the first person waiting.
event-erase-button = Erase my data
event-erased = Your data is erased and your registration cancelled.
event-mail-updated-subject = Changed: { $title }
event-mail-updated-intro = "{ $title }" has changed. Here is the event as it is now; the attached file updates your calendar.
event-mail-cancelled-subject = Cancelled: { $title }
event-mail-cancelled-intro = We are sorry: "{ $title }" is cancelled. Your registration ends with it and there is nothing you need to do; the attached file removes it from your calendar.

# Events: reaching registrants
language-en = English
language-fr = French
language-de = German
language-es = Spanish
language-zh-Hans = Chinese (Simplified)
language-pt = Portuguese
event-mail-why = You get this email because you registered for "{ $title }".
event-mail-unsubscribe = No more messages about this event:
event-mail-test-footer = (A test: each registrant sees their own links here.)
event-follow-up-subject = Thank you for taking part: { $title }
event-follow-up-thanks = Thank you for taking part in "{ $title }".
event-follow-up-recording = Watch the recording:
event-follow-up-petition = Sign the petition and share it:
event-follow-up-letters = Write to your representatives:
event-copy-button = Email me a copy of my data
event-copy-sent = We are emailing you a copy of your data.
event-copy-intro = Hello, as you asked, this is everything we keep about your registration:
event-copy-event = Event
event-copy-state = Registration
event-copy-registered = Registered on
event-state-pending = not confirmed yet
event-state-confirmed = confirmed, with a seat
event-state-waiting = confirmed, on the waiting list
event-state-cancelled = cancelled
event-unsubscribe-ask = Press the button to stop messages about this event. Your registration stays.
event-unsubscribe-button = Stop messages about this event
event-unsubscribed = You will get no more messages about this event. Your registration stays.
