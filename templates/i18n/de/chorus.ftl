# Chorus: Deutsch.
date-format = %-d. %B %Y
date-short-format = %-d. %b
date-time-format = %-d. %B %Y, %H:%M UTC

## Every page
site-footer = Betrieben mit Chorus, einem selbst gehosteten Petitionsdienst.
site-language = Sprache
progress-label = { $pct } % des Ziels
see-petition = Zur Petition
see-all = Alle Petitionen ansehen
back-to-petition = Zurück zur Petition

## The list of petitions
index-title = Petitionen
index-empty = Es gibt noch keine offenen Petitionen.
index-to = An: { $target }
index-signatures = { $count ->
    [one] { $count } Unterschrift
   *[other] { $count } Unterschriften
}
index-letters = Schreiben Sie Ihren Abgeordneten
index-write = Brief schreiben
state-open = offen
state-closed = geschlossen
state-delivered = übergeben
state-victory = Erfolg

## A petition
petition-to = Adressat: { $target }
petition-victory = Erfolg!
petition-count-of-goal = { $count ->
    [one] { $count } Unterschrift von { $goal } als Ziel
   *[other] { $count } Unterschriften von { $goal } als Ziel
}
petition-closes = Endet am { $date }
petition-sign-this = Diese Petition unterschreiben
petition-coalition = { $count ->
    [one] { $count } Organisation unterstützt diese Petition
   *[other] { $count } Organisationen unterstützen diese Petition
}
petition-coalition-link = Alle ansehen und als Organisation unterzeichnen
petition-where = Woher die Unterzeichnenden kommen
petition-countries = { $count ->
    [one] Unterzeichnende in { $count } Land.
   *[other] Unterzeichnende in { $count } Ländern.
}
petition-countries-more = { $more ->
    [one] ({ $more } weiteres nicht angezeigt)
   *[other] ({ $more } weitere nicht angezeigt)
}
petition-per-day = Unterschriften pro Tag
petition-recent = Zuletzt unterschrieben
petition-share = Teilen
petition-share-text = Unterschreiben Sie die Petition: { $title }
petition-share-email = E-Mail
petition-not-yet-open = Diese Petition kann noch nicht unterschrieben werden.
petition-closed = Diese Petition ist geschlossen und nimmt keine Unterschriften mehr an.

## The sign form
form-check = Bitte prüfen Sie das Formular:
form-pow = Ihr Browser wird geprüft …
form-honeypot = Dieses Feld leer lassen
field-name = Vollständiger Name
field-email = E-Mail-Adresse
field-email-hint = Wir senden Ihnen einen Link, mit dem Sie Ihre Unterschrift bestätigen.
field-country = Land
field-country-choose = Wählen Sie Ihr Land …
field-postcode = Postleitzahl
field-postcode-optional = Postleitzahl (optional)
field-comment = Kommentar (optional)
field-show-name = Meinen Vornamen und mein Land auf dieser Seite öffentlich zeigen
field-newsletter = Schicken Sie mir Neuigkeiten zu dieser Kampagne (optional)
form-sign = Petition unterschreiben
widget-sign = Unterschreiben
widget-signatures = { $count ->
    [one] { $count } Unterschrift
   *[other] { $count } Unterschriften
}
widget-thanks = Danke! Bitte bestätigen Sie Ihre Unterschrift über den Link in Ihrer E-Mail.
widget-closed = Diese Petition ist geschlossen.

## Errors in the form
err-name-empty = Bitte geben Sie Ihren Namen ein.
err-name-long = Ihr Name darf höchstens 255 Zeichen lang sein.
err-name-chars = Ihr Name enthält nicht erlaubte Zeichen.
err-name-formula = Ihr Name darf nicht mit =, +, - oder @ beginnen.
err-name-link = Ihr Name darf keinen Link enthalten.
err-email-empty = Bitte geben Sie Ihre E-Mail-Adresse ein.
err-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein.
err-country = Bitte wählen Sie Ihr Land.
err-postcode-empty = Bitte geben Sie Ihre Postleitzahl ein.
err-postcode-format = Diese Postleitzahl passt nicht zum gewählten Land.
err-residents-only = Diese Petition steht nur Menschen offen, die hier wohnen: { $countries }.
err-consent = Bitte setzen Sie das Häkchen, um zuzustimmen, sonst können Sie nicht unterschreiben.
err-comment-long = { $max ->
    [one] Ihr Kommentar darf höchstens { $max } Zeichen lang sein.
   *[other] Ihr Kommentar darf höchstens { $max } Zeichen lang sein.
}
err-comment-chars = Ihr Kommentar enthält nicht erlaubte Zeichen.

## After signing
signed-heading = Bitte prüfen Sie Ihre E-Mails
signed-thanks = Danke. Wir haben Ihnen eine E-Mail geschickt: Öffnen Sie den Link darin, um Ihre Unterschrift für „{ $title }“ zu bestätigen.
signed-hint = Ihre Unterschrift zählt, sobald sie bestätigt ist. Kommt die E-Mail nicht innerhalb weniger Minuten an, sehen Sie im Spam-Ordner nach.

## The emailed links
link-invalid-heading = Dieser Link funktioniert nicht
link-invalid = Der Link ist ungültig oder abgelaufen. Wenn Sie das Formular erneut gesendet haben, gilt nur der Link in der neuesten E-Mail; prüfen Sie sonst, ob Sie den ganzen Link aus der E-Mail kopiert haben.
link-already-heading = Bereits bestätigt
link-already = Ihre Unterschrift für „{ $title }“ ist bereits bestätigt. Danke!
link-withdrawn-heading = Unterschrift zurückgezogen
link-withdrawn = Ihre Unterschrift für „{ $title }“ wurde zurückgezogen.
link-confirm-heading = Unterschrift bestätigen
link-confirm = Drücken Sie den Knopf, um Ihre Unterschrift für „{ $title }“ zu bestätigen.
link-confirm-button = Unterschrift bestätigen
link-withdraw-heading = Unterschrift zurückziehen
link-withdraw = Drücken Sie den Knopf, um Ihre Unterschrift für „{ $title }“ zurückzuziehen. Sie wird dann nicht mehr gezählt.
link-withdraw-button = Unterschrift zurückziehen
link-confirmed-heading = Danke: Ihre Unterschrift ist bestätigt
link-confirmed = Ihre Unterschrift für „{ $title }“ zählt jetzt.
link-held-heading = Danke: Ihre Bestätigung ist gespeichert
link-held = Ihre Bestätigung der Unterschrift für „{ $title }“ ist gespeichert. Zur gleichen Zeit kamen viele Unterschriften über denselben Anschluss oder denselben E-Mail-Anbieter (etwa aus einem Haushalt oder Büro). Deshalb prüft eine Person aus dem Team sie, bevor sie zählen. Sie müssen nichts weiter tun.
link-closed-heading = Diese Petition ist geschlossen
link-closed = „{ $title }“ wurde geschlossen, bevor Ihre Unterschrift bestätigt war; sie konnte daher nicht gezählt werden.
link-detail-name = Name
# The name as given, and whether the petition page shows it.
link-detail-name-value = { $name } ({ $shown })
link-detail-shown = auf der Petitionsseite angezeigt als „{ $first }“
link-detail-hidden = nicht auf der Petitionsseite angezeigt
link-detail-newsletter = Neuigkeiten der Organisatoren per E-Mail
link-detail-yes = ja
link-detail-no = nein
link-detail-comment = Kommentar
link-detail-not-you = Wenn das nicht Ihre Angaben sind, bestätigen Sie nicht: Füllen Sie das Formular erneut aus und verwenden Sie den Link aus der neuesten E-Mail.

## Your data
data-gone = Der Link ist ungültig, oder die Daten, auf die er zeigte, wurden gelöscht.
data-heading = Ihre Daten
data-intro = Das speichern wir zu Ihrer Unterschrift für „{ $title }“.
data-name = Name
data-email = E-Mail-Adresse
data-country = Land
data-postcode = Postleitzahl
data-comment = Kommentar
data-show-name = Name öffentlich gezeigt
data-newsletter = Neuigkeiten per E-Mail
data-state = Status
data-yes = ja
data-no = nein
data-stop-updates = Keine Neuigkeiten mehr
data-copy = Kopie per E-Mail
data-erase = Meine Daten löschen
data-erase-hint = Das Löschen zieht Ihre Unterschrift zurück und entfernt Ihren Namen, Ihre E-Mail-Adresse, Postleitzahl und Ihren Kommentar endgültig.
data-copy-heading = Eine Kopie ist unterwegs
data-copy-sent = Wir schicken Ihnen eine Kopie Ihrer Daten per E-Mail.
data-erased-heading = Ihre Daten sind gelöscht
data-erased = Ihre Unterschrift für „{ $title }“ ist zurückgezogen und Ihre persönlichen Daten sind gelöscht.
unsub-heading = Neuigkeiten abbestellen
unsub-intro = Drücken Sie den Knopf, um keine Neuigkeiten zu „{ $title }“ mehr zu erhalten. Ihre Unterschrift bleibt.
unsub-button = Abbestellen
unsub-done-heading = Sie haben abbestellt
unsub-done = Sie erhalten keine Neuigkeiten zu „{ $title }“ mehr. Ihre Unterschrift bleibt.

## Error pages
error-title = Fehler { $status }
error-not-found-heading = Nicht gefunden
error-retry-heading = Bitte versuchen Sie es erneut
error-sorry-heading = Entschuldigung
error-problem-heading = Es gibt ein Problem
error-back = Zurück zu den Petitionen
error-not-found = Diese Seite haben wir nicht gefunden.
error-too-large = Diese Anfrage ist zu groß.
error-media = Dieser Inhaltstyp wird hier nicht unterstützt.
error-busy = Wir sind gerade ausgelastet oder kurz nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-internal = Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut.

## Emails to signers
email-hello = Hallo { $name },
email-confirm-subject = Bitte bestätigen Sie Ihre Unterschrift: { $title }
email-reminder-subject = Erinnerung: Bitte bestätigen Sie Ihre Unterschrift: { $title }
email-reminder-intro = Ihre Bestätigung fehlt noch, deshalb wird Ihre Unterschrift nicht gezählt. Ein Klick genügt.
email-confirm-thanks = Danke, dass Sie die Petition „{ $title }“ unterschrieben haben (Adressat: { $target }).
email-confirm-counts = Ihre Unterschrift zählt erst, wenn Sie sie bestätigen.
email-confirm-open = Öffnen Sie diesen Link und drücken Sie „Unterschrift bestätigen“:
email-confirm-button = Unterschrift bestätigen
email-ignore = Wenn Sie nicht unterschrieben haben, ignorieren Sie diese E-Mail; dann wird nichts gezählt.
email-withdraw-line = So ziehen Sie Ihre Unterschrift jederzeit zurück:
email-withdraw = Unterschrift zurückziehen
email-data-line = Ihre Daten, eine Kopie davon oder ihre Löschung:
email-data = Ihre Daten
email-already-subject = Sie haben bereits unterschrieben: { $title }
email-already = Jemand (wahrscheinlich Sie) hat erneut versucht, die Petition „{ $title }“ mit dieser E-Mail-Adresse zu unterschreiben.
email-already-done = Ihre Unterschrift ist bereits bestätigt und wird einmal gezählt; Sie müssen nichts weiter tun.
email-petition-line = Die Petition:

## Briefe an Abgeordnete
letter-closed = Diese Kampagne ist beendet und verschickt keine Briefe mehr.
letter-write-heading = Schreiben Sie Ihren Brief
letter-district = Ihre ZIP-Postleitzahl liegt in mehreren Wahlbezirken. In welchem wohnen Sie?
letter-district-hint = Unsicher? Ihre Wählerregistrierung oder die Wahlseite Ihres Bundesstaats nennt Ihren Bezirk.
letter-email-hint = Wir schicken Ihnen einen Link per E-Mail: Ihre Briefe gehen erst weiter, wenn Sie bestätigen.
field-address = Straße und Hausnummer
field-city = Ort
field-zip = ZIP-Postleitzahl
letter-story = Ihre Geschichte (optional)
letter-story-hint = Ein paar Worte dazu, warum Ihnen das wichtig ist, geben einem Brief viel mehr Gewicht.
letter-find = Meine Abgeordneten finden
letter-find-congress = Meine Kongressmitglieder finden
letter-yours = Ihre Briefe
letter-writing-to = { $count ->
    [one] „{ $title }“: Sie schreiben an { $count } Abgeordnete(n). Ihre Briefe gehen erst weiter, wenn Sie per E-Mail bestätigen.
   *[other] „{ $title }“: Sie schreiben an { $count } Abgeordnete. Ihre Briefe gehen erst weiter, wenn Sie per E-Mail bestätigen.
}
letter-writing-to-congress = { $count ->
    [one] „{ $title }“: Sie schreiben an { $count } Kongressmitglied. Ihre Briefe gehen erst weiter, wenn Sie per E-Mail bestätigen.
   *[other] „{ $title }“: Sie schreiben an { $count } Kongressmitglieder. Ihre Briefe gehen erst weiter, wenn Sie per E-Mail bestätigen.
}
letter-subject = Betreff
letter-subject-line = Betreff: { $subject }
letter-to = An: { $target }
letter-by-email = Wird nach Ihrer Bestätigung per E-Mail verschickt.
letter-by-hand = Diesen Brief können wir nicht für Sie zustellen: Sie senden ihn selbst. Nach Ihrer Bestätigung zeigen wir Ihnen, wie, mit diesem Text zum Kopieren.
letter-by-cwc = Wird nach Ihrer Bestätigung für Sie über Communicating with Congress, das offizielle System für Nachrichten an den Kongress, an dieses Büro zugestellt.
letter-by-form-service = Wird nach Ihrer Bestätigung für Sie über das Kontaktformular dieses Büros zugestellt; nimmt das Formular ihn nicht an, schicken wir ihn Ihnen per E-Mail, damit Sie ihn selbst senden.
letter-signed-below = Ihr Name und Ihre Postanschrift stehen unter jedem Brief, denn Abgeordnete antworten nur Menschen aus ihrem Wahlkreis.
letter-send = Meine Briefe senden
letter-confirm-heading = Bestätigen Sie Ihre Briefe
letter-confirm = Drücken Sie die Schaltfläche, um Ihre Briefe in „{ $title }“ zu bestätigen und zu senden.
letter-confirm-button = Bestätigen und Briefe senden
letter-confirmed-heading = Ihre Briefe sind bestätigt
letter-confirmed = Danke, dass Sie bei „{ $title }“ geschrieben haben.
letter-manual = Dieses Büro nimmt keine Briefe per E-Mail an. Bitte senden Sie ihn selbst, das dauert eine Minute:
letter-open-form = Kontaktformular öffnen
letter-paste = Fügen Sie den Brief unten in das Kontaktformular des Büros ein:
letter-call = Oder rufen Sie diese Nummer an und lesen Sie ihn vor:
letter-post = Oder schicken Sie ihn per Post an { $address }.
letter-kept = Wir bewahren Ihren Brief auch für die gedruckte Übergabe der Kampagne auf.
letter-sent-now = Wir haben diesen Brief per E-Mail verschickt. Sie erhalten eine Kopie.
letter-sent-soon = Wir verschicken diesen Brief in Kürze per E-Mail, zu den Bürozeiten. Sie erhalten eine Kopie.
letter-back = Zurück zur Kampagne
letter-check = Danke. Wir haben Ihnen eine E-Mail geschickt: Öffnen Sie den Link darin, um Ihre Briefe in „{ $title }“ zu bestätigen.
letter-check-hint = Nichts geht an Ihre Abgeordneten, bevor Sie bestätigen. Kommt die E-Mail nicht innerhalb weniger Minuten an, sehen Sie im Spam-Ordner nach.
err-address-empty = Bitte geben Sie Ihre Straße und Hausnummer ein.
err-city-empty = Bitte geben Sie Ihren Ort ein.
err-too-long = { $max ->
    [one] Höchstens { $max } Zeichen.
   *[other] Höchstens { $max } Zeichen.
}
err-chars = Der Text enthält nicht erlaubte Zeichen.
err-campaign-residents = Diese Kampagne steht nur Menschen offen, die hier wohnen: { $countries }.
err-zip-empty = Bitte geben Sie Ihre ZIP-Postleitzahl ein.
err-zip-us = Mitglieder des US-Kongresses werden über eine US-ZIP-Postleitzahl gefunden.
err-zip-unknown = Diese ZIP-Postleitzahl haben wir nicht gefunden. Bitte prüfen Sie sie.
err-zip-nobody = Für diese ZIP-Postleitzahl haben wir Ihre Kongressmitglieder nicht gefunden.
err-district = Bitte wählen Sie einen der aufgeführten Orte.
err-nobody = In dieser Kampagne gibt es noch niemanden, an den man schreiben kann.
err-subject = Bitte wählen Sie einen Betreff.
err-letter-empty = Ein Brief darf nicht leer sein.
err-letter-to = Adressat: { $target }. { $problem }
err-letter-consent = Bitte kreuzen Sie das Kästchen an: Ohne Ihre Einwilligung können wir Ihre Briefe nicht annehmen.
letter-consent-default = Ich bin einverstanden, dass mein Name, meine Adresse und mein Brief an die genannten Abgeordneten gesendet werden und dass diese Organisation sie aufbewahrt, um diese Kampagne durchzuführen.
err-campaign-closed = Diese Kampagne ist beendet.
email-letters-subject = Bestätigen Sie Ihre Briefe: { $title }
email-letters-intro = Bitte bestätigen Sie, dass Sie Ihre Briefe in „{ $title }“ senden möchten an:
email-letters-open = Nichts wird verschickt, bevor Sie bestätigen. Öffnen Sie diesen Link und drücken Sie die Schaltfläche:
email-letters-ignore = Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; es wird nichts verschickt.
email-receipt-subject = Ihr Brief wurde verschickt (Adressat: { $target })
email-receipt = Danke für Ihre Teilnahme an „{ $title }“. Dies ist eine Kopie des Briefes, den wir in Ihrem Namen verschickt haben. Adressat: { $target }.

## Organisationen
org-title = Organisationen
org-heading = Als Organisation unterzeichnen
org-sent = Danke. Wir haben der Kontaktperson einen Link zur Bestätigung der Unterschrift der Organisation geschickt.
org-name = Organisation
org-website = Website (optional)
org-contact = Kontaktperson
org-email = Kontakt-E-Mail
org-consent = Ich darf für diese Organisation unterzeichnen und bin einverstanden, dass Name, Land und Website hier angezeigt werden.
org-consent-webhooks = Ihre Angaben sowie Ihr Name und Ihre E-Mail-Adresse als Ansprechperson können auch an die Systeme der Kampagnenveranstalter weitergegeben werden.
org-sign = Für meine Organisation unterzeichnen
field-choose = Auswählen…
err-org-name = Bitte geben Sie den Namen der Organisation ein (höchstens 200 Zeichen).
err-org-website = Die Website muss eine vollständige Adresse sein, die mit https:// beginnt.
err-org-consent = Bitte bestätigen Sie, dass Sie für diese Organisation unterzeichnen dürfen.
org-closed = Diese Petition nimmt derzeit keine Unterschriften von Organisationen an.
org-confirm-heading = Bestätigen Sie die Unterschrift Ihrer Organisation
org-confirm = Drücken Sie die Schaltfläche, um zu bestätigen, dass { $org } „{ $title }“ unterzeichnet.
org-confirm-button = Bestätigen
org-thanks-heading = Danke
org-listed = { $org } steht nun auf der Liste der Unterzeichnenden von „{ $title }“.
email-org-subject = Bitte bestätigen: { $org } unterzeichnet „{ $title }“
email-org = Bitte bestätigen Sie, dass { $org } die Petition „{ $title }“ unterzeichnet. Öffnen Sie diesen Link und drücken Sie die Schaltfläche:
email-org-ignore = Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.

## Datenkopie, Neuigkeiten
email-copy-subject = Eine Kopie Ihrer Daten
email-copy-intro = Hallo, wie gewünscht ist dies alles, was wir zu Ihrer Unterschrift speichern:
data-petition = Petition
data-signed = Unterschrieben
data-consent-version = Version { $version } des Einwilligungstexts
data-confirmed = Bestätigt
data-source = Herkunft
email-update-why = Sie erhalten dies, weil Sie „{ $title }“ unterschrieben und Neuigkeiten gewünscht haben.
email-update-unsubscribe = Abbestellen:
email-update-data = Ihre Daten:

## Errors shared by several pages
err-form-unreadable = Das Formular konnte nicht gelesen werden. Bitte gehen Sie zurück und versuchen Sie es erneut.
err-cross-site = Dieses Formular wurde von einer anderen Website gesendet und daher nicht angenommen. Bitte öffnen Sie die Seite auf dieser Website und senden Sie das Formular von dort.
err-slug = „{ $slug }“ ist keine gültige Adresse (Kleinbuchstaben, Ziffern und Bindestriche).
err-language = „{ $code }“ ist keine der Sprachen von Chorus: { $known }.
letter-confirm-review = Dies sind die Briefe, die Sie bestätigen, jeweils mit Adressat. Nichts wird verschickt, bevor Sie die Schaltfläche drücken.
letter-closed-confirm = Diese Kampagne wurde beendet, bevor Ihre Briefe bestätigt wurden. Sie werden daher nicht verschickt.
err-letter-render = Ihre Briefe konnten nicht vorbereitet werden, weil der Brief der Kampagne zu lang ist. Bitte geben Sie dem Kampagnenteam Bescheid.
err-org-link = Der Name der Organisation darf keinen Link enthalten.
org-review = Danke: { $org } hat bestätigt, „{ $title }“ zu unterzeichnen. Die Organisation wird aufgeführt, sobald das Kampagnenteam sie geprüft hat.
email-org-approved-subject = { $org } steht nun bei „{ $title }“
email-org-approved = Das Kampagnenteam hat die Unterschrift von { $org } geprüft: Die Organisation steht nun unter den Unterstützern von „{ $title }“. Vielen Dank!
letter-erase-hint = Anders entschieden? Sie können Ihre Angaben und alle noch nicht verschickten Briefe löschen.
letter-erase-button = Meine Angaben löschen
letter-erased-heading = Ihre Angaben sind gelöscht
letter-erased = Wir haben Ihre Angaben und die noch nicht verschickten Briefe bei „{ $title }“ gelöscht. Bereits zugestellte Briefe lassen sich nicht zurückholen.

## Für Unterzeichnende: Status, Löschen, Link-Vorschauen, Tippfehler, Teilen
data-state-pending = wartet auf Ihre Bestätigung per E-Mail
data-state-confirmed = bestätigt und gezählt
data-state-withdrawn = zurückgezogen
data-erase-sure-heading = Sind Sie sicher?
data-erase-sure = Damit ziehen Sie Ihre Unterschrift für „{ $title }“ zurück, und Ihr Name, Ihre E-Mail-Adresse, Postleitzahl und Ihr Kommentar werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.
data-erase-confirm = Ja, meine Daten löschen
data-erase-cancel = Nein, Unterschrift behalten
index-description = Petitionen unterschreiben und teilen und Ihren Abgeordneten schreiben.
email-did-you-mean = Meinten Sie { $email }? Dann korrigieren Sie die Adresse oben. Wenn Ihre Adresse so richtig ist, klicken Sie noch einmal auf „Petition unterschreiben“.
share-ask = Bitten Sie Ihre Freunde, auch zu unterschreiben
share-more = Weitere Möglichkeiten zum Teilen…
error-conflict = Jemand hat dies im selben Moment geändert. Bitte versuchen Sie es noch einmal.
error-invalid = Das konnten wir so nicht speichern. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es noch einmal.
map-world-label = Karte der Unterschriften nach Land
map-us-label = Karte der Unterschriften nach US-Bundesstaat
map-shape-title = { $name }: { $count }
map-legend-fewer = Weniger
map-legend-more = Mehr
map-world-table = Unterschriften nach Land (Tabelle)
map-us-table = Unterschriften nach Bundesstaat (Tabelle)
map-col-state = Bundesstaat
chart-label = Unterschriften pro Tag vom { $first } bis { $last }
chart-table = Unterschriften pro Tag (Tabelle)
chart-col-day = Tag
map-us-unplaced = Postleitzahl keinem Bundesstaat zugeordnet
map-us-few = { $count ->
    [one] Bundesstaaten mit jeweils weniger als { $count } unterzeichnenden Person
   *[other] Bundesstaaten mit jeweils weniger als { $count } Unterzeichnenden
}

index-sign = Unterschreiben

# Datenseite für Briefschreiber, Erinnerungen und Abmeldung.
letter-data-footer = Sehen, kopieren oder löschen Sie, was wir über Sie und Ihre Briefe speichern, oder beenden Sie Erinnerungen:
data-campaign = Kampagne
data-address = Anschrift
data-message = Persönliche Nachricht
data-submitted = Abgeschickt
letter-writer-state-pending = wartet auf Ihre Bestätigung per E-Mail
letter-writer-state-confirmed = bestätigt
letter-state-pending = nicht verschickt: wartet auf Ihre Bestätigung
letter-state-confirmed = bestätigt, wartet auf den Versand
letter-state-queued = wird verschickt
letter-state-sent = verschickt
letter-state-failed = konnte nicht zugestellt werden
letter-state-manual = von Ihnen zuzustellen (keine E-Mail-Adresse)
letter-data-intro = Das speichern wir über Sie und Ihre Briefe in „{ $title }“.
letter-unsub-intro = Drücken Sie die Schaltfläche, um keine Erinnerungen oder Neuigkeiten zu „{ $title }“ mehr zu erhalten. Ihre Briefe bleiben, wie sie sind.
letter-unsub-done = Sie erhalten keine Erinnerungen oder Neuigkeiten zu „{ $title }“ mehr. Ihre Briefe bleiben, wie sie sind.
letter-erase-sure = Damit werden Ihr Name, Ihre E-Mail-Adresse, Ihre Anschrift, Ihre Nachricht und alle noch nicht verschickten Briefe in „{ $title }“ endgültig gelöscht. Bereits zugestellte Briefe lassen sich nicht zurückholen; sie bleiben gezählt, ohne Ihren Namen und Ihre Worte. Das lässt sich nicht rückgängig machen.
letter-erase-confirm = Ja, meine Angaben löschen
letter-erase-cancel = Nein, behalten
letter-stop-emails = Erinnerungen und Neuigkeiten beenden
letter-data-erase-hint = Das Löschen entfernt Ihre Angaben und alle noch nicht verschickten Briefe. Bereits zugestellte Briefe bleiben gezählt, ohne Ihren Namen und Ihre Worte.
email-letters-reminder-subject = Erinnerung: Bitte bestätigen Sie Ihre Briefe: { $title }
email-letters-reminder-intro = Wir haben Ihre Bestätigung noch nicht erhalten, deshalb wurden Ihre Briefe in „{ $title }“ nicht verschickt. Sie sind gerichtet an:

## Briefe: sagen, was wirklich geschieht (von uns versandt oder für die Person zum Überbringen vorbereitet)
letter-send-ready = Meine Briefe vorbereiten
letter-confirm-ready = Drücken Sie die Schaltfläche, um Ihre Briefe in „{ $title }“ zu bestätigen. Danach zeigen wir Ihnen, wie Sie jeden Brief überbringen, und schicken sie Ihnen per E-Mail.
letter-confirm-review-ready = Das sind die Briefe, die Sie bestätigen, jeweils mit Adressat. Büros, die keine Briefe per E-Mail annehmen, erhalten Ihren Brief von Ihnen: Nach der Bestätigung senden Sie ihn über das Kontaktformular des Büros, per Telefon oder per Post.
letter-confirm-button-ready = Meine Briefe bestätigen
letter-confirmed-heading-ready = Ihre Briefe sind bereit zum Überbringen
letter-pack-sent = Wir haben Ihnen diese Briefe außerdem mit den Kontaktdaten jedes Büros per E-Mail geschickt, damit Sie später weitermachen können.
letter-emailed = Danke. Wir haben Ihnen eine E-Mail zu Ihren Briefen in „{ $title }“ geschickt. Öffnen Sie sie: Sie enthält den Link zum Bestätigen oder, falls Sie schon geschrieben haben, Ihre Briefe noch einmal.
letter-check-hint-ready = Ihre Briefe sind bereit zum Überbringen, sobald Sie bestätigen. Kommt die E-Mail nicht innerhalb weniger Minuten an, sehen Sie im Spam-Ordner nach.
letter-not-emailed = Danke. Wir haben keine weitere E-Mail geschickt: Diese Adresse hat schon so viele E-Mails zu „{ $title }“ erhalten, wie wir versenden. Bitte verwenden Sie eine frühere E-Mail von uns.
email-letters-intro-ready = Bitte bestätigen Sie Ihre Briefe in „{ $title }“ an:
email-letters-open-ready = Nach Ihrer Bestätigung zeigen wir Ihnen, wie Sie jeden Brief überbringen, und schicken sie Ihnen per E-Mail. Öffnen Sie diesen Link und drücken Sie die Schaltfläche:
letter-choose-state = Ihre ZIP-Postleitzahl liegt in mehr als einem Bundesstaat. In welchem Bundesstaat wohnen Sie?
letter-choose-district = Ihre ZIP-Postleitzahl liegt in mehr als einem Kongresswahlbezirk. In welchem wohnen Sie?
letter-choose-state_district = Ihre ZIP-Postleitzahl überschreitet Bundesstaatsgrenzen. In welchem Bundesstaat und Wahlbezirk wohnen Sie?
place-at-large = { $state }, gesamter Bundesstaat
place-district = { $state }, Wahlbezirk { $district }
letter-no-senators = { $place } hat keine Senatoren. Seine Stimme im Kongress ist die Delegierte bzw. der Delegierte im Repräsentantenhaus: { $delegate }.
letter-no-senators-nobody = { $place } hat keine Senatoren, und sein Sitz im Repräsentantenhaus ist unbesetzt.
err-zip-state = Diese ZIP-Postleitzahl liegt nicht in { $state }. Bitte prüfen Sie Bundesstaat und Postleitzahl.
err-state = Bitte wählen Sie einen Bundesstaat aus der Liste.
field-state = Bundesstaat
field-state-us = Bundesstaat (US-Adressen)
field-state-choose = Auswählen…
letter-your-details = Jeder Brief ist mit Ihrem Namen und Ihrer Adresse unterschrieben:
letter-change-details = Meine Angaben ändern
letter-copy = Kopieren
letter-copied = Kopiert
letter-call-first = Rufen Sie diese Nummer an und lesen Sie ihn vor:
letter-post-first = Schicken Sie ihn per Post an { $address }.
letter-no-form = Dieses Büro hat kein Kontaktformular, auf das wir verlinken können.
letter-open-site = Website des Mitglieds öffnen
letter-site-paste = Senden Sie den Brief unten über die Kontaktseite auf der Website des Mitglieds:
email-pack-subject = Ihre Briefe, bereit zum Überbringen: { $title }
email-pack-intro = { $count ->
    [one] Danke, dass Sie Ihren Brief in „{ $title }“ bestätigt haben. Dieses Büro nimmt keine Briefe per E-Mail an; hier ist er mit den Wegen, ihn zu überbringen.
   *[other] Danke, dass Sie Ihre Briefe in „{ $title }“ bestätigt haben. Diese Büros nehmen keine Briefe per E-Mail an; hier sind Ihre { $count } Briefe mit den Wegen, jeden zu überbringen.
}
email-pack-form = Kontaktformular: { $url }
email-pack-site = Kein Kontaktformular, auf das wir verlinken können. Website des Mitglieds: { $url }
email-pack-phone = Telefon: { $phone }
email-pack-phone-or = Oder per Telefon: { $phone }
email-pack-post = Post: { $address }
email-pack-post-or = Oder per Post: { $address }
email-pack-page = Ihre Briefe, mit Schaltflächen zum Kopieren, stehen auch auf dieser Seite:
email-again-subject = Ihre Briefe in „{ $title }“
email-again-intro = { $count ->
    [one] Sie haben in „{ $title }“ bereits geschrieben; es wurde nichts Neues gespeichert oder gesendet. Hier ist Ihr Brief noch einmal.
   *[other] Sie haben in „{ $title }“ bereits geschrieben; es wurde nichts Neues gespeichert oder gesendet. Hier sind Ihre { $count } Briefe noch einmal.
}
email-again-ignore = Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Jemand hat Ihre Adresse in das Formular der Kampagne eingegeben.
honorific-us-senator = Sen.
honorific-us-representative = Abg.
honorific-us-delegate = Del.
honorific-us-resident-commissioner = Res. Komm.
letter-not-emailed-heading = Keine neue E-Mail
letter-choice = { $place }: { $members }
letter-did-you-mean = Meinten Sie { $email }? Dann korrigieren Sie die Adresse oben. Wenn Ihre Adresse so richtig ist, klicken Sie noch einmal auf „Meine Abgeordneten finden“.
letter-share-text = Schreiben auch Sie Ihren Abgeordneten: { $title }
letter-share-ask = Bitten Sie Ihre Freunde, auch zu schreiben
data-copy-capped-heading = Diesmal keine Kopie
data-copy-capped = Diese Adresse hat von dieser Kampagne schon so viele E-Mails erhalten, wie wir in einer Woche senden. Deshalb haben wir keine Kopie geschickt. Ihre Datenseite zeigt alles, was wir gespeichert haben.

err-token-needed = Ein gültiges API-Token ist erforderlich (Authorization: Bearer …).
err-json-invalid = Der Inhalt der Anfrage ist kein gültiges JSON: { $detail }
err-request-invalid = Die Anfrage konnte nicht gelesen werden: { $detail }
err-filter-state = Unbekannter Status „{ $state }“ (möglich: { $allowed }).
err-filter-date = „{ $date }“ ist kein Datum im Format JJJJ-MM-TT.
percent = { $pct } %
label-value = { $label }: { $value }
# Briefe an den US-Kongress
congress-receipt-subject = Ihr Brief an { $target } wurde zugestellt
congress-receipt-cwc = Danke, dass Sie bei „{ $title }“ mitmachen. Ihr Brief wurde dem Büro von { $target } über Communicating with Congress zugestellt, das offizielle System für Nachrichten an den Kongress. Hier ist der Brief, wie das Büro ihn erhalten hat.
congress-receipt-form = Danke, dass Sie bei „{ $title }“ mitmachen. Ihr Brief wurde { $target } über das Kontaktformular des Büros zugestellt. Hier ist der Brief, wie das Büro ihn erhalten hat.
congress-hand-subject = Ihr Brief an { $target } ist bereit, von Ihnen zugestellt zu werden
congress-hand-none = Danke, dass Sie bei „{ $title }“ mitmachen. Das Büro von { $target } ist über die von uns genutzten Dienste nicht erreichbar, daher ist Ihr Brief bereit, von Ihnen zugestellt zu werden: Fügen Sie ihn in das Kontaktformular des Büros ein, oder rufen Sie an oder schreiben Sie dem Büro.
congress-hand-outside = Danke, dass Sie bei „{ $title }“ mitmachen. { $target } vertritt die von Ihnen angegebene Adresse nicht, und die von uns genutzten Dienste stellen Briefe nur an die eigenen Kongressmitglieder zu. Diesen Brief können wir nicht für Sie zustellen: Sie senden ihn selbst. Fügen Sie ihn in das Kontaktformular des Büros ein, oder rufen Sie an oder schreiben Sie dem Büro.
congress-hand-retired = Danke, dass Sie bei „{ $title }“ mitmachen. { $target } ist nicht mehr im Amt, daher haben wir Ihren Brief nicht gesendet. Er steht unten, falls Sie ihn selbst senden möchten.
congress-hand-failed = Danke, dass Sie bei „{ $title }“ mitmachen. Wir konnten Ihren Brief an { $target } nicht selbst zustellen, daher ist er bereit, von Ihnen zugestellt zu werden: Fügen Sie ihn in das Kontaktformular des Büros ein, oder rufen Sie an oder schreiben Sie dem Büro.
congress-hand-thanks = Danke, dass Sie Ihre Stimme erheben.
letter-prefix = Wie soll das Büro Sie ansprechen?
letter-prefix-optional = Wie soll das Büro Sie ansprechen? (optional)
letter-name-split = Die Kongressbüros lesen Ihren Vornamen als „{ $first }“ und Ihren Nachnamen als „{ $last }“. Falls das nicht stimmt, ändern Sie Ihren Namen in Ihren Angaben.
letter-prefix-none = Bitte wählen…
letter-prefix-hint = Communicating with Congress, das offizielle System, das Ihren Brief zustellt, verlangt es.
letter-phone = Telefonnummer (optional)
letter-phone-hint = Manche Kontaktformulare verlangen eine; ohne sie wird Ihnen der Brief an ein solches Büro per E-Mail geschickt, damit Sie ihn selbst senden.
err-prefix = Wählen Sie eine Anrede aus der Liste.
err-prefix-needed = Wählen Sie, wie das Büro Sie ansprechen soll: Communicating with Congress verlangt es.
err-phone = Geben Sie eine Telefonnummer mit 7 bis 15 Ziffern ein (Leerzeichen und + - ( ) . erlaubt).
letter-phone-required = Telefonnummer
err-phone-needed = Geben Sie eine Telefonnummer ein: Das Kontaktformular dieses Büros verlangt eine.
err-prefix-form = Wählen Sie, wie das Büro Sie ansprechen soll: Das Kontaktformular dieses Büros verlangt es.
letter-by-service-soon = Wir stellen diesen Brief für Sie innerhalb der Zeiten der Kampagne dem Büro zu und teilen Ihnen per E-Mail mit, wie es gelaufen ist.

# Webhooks out
consent-webhooks = Ihre Angaben können auch an die Systeme der Organisation weitergegeben werden.
# Veranstaltungen
date-zoned-format = %A, %-d. %B %Y, %H:%M %Z
events-title = Veranstaltungen
events-empty = Zurzeit sind keine Veranstaltungen geplant.
event-when = Wann
event-your-time = In Ihrer Zeitzone
event-zones = Weltweit
event-duration = Dauer
event-minutes = { $minutes } Min.
event-where = Wo
event-online = Online
event-map = Karte
event-language = Sprache
event-price = Preis
event-audience = Wer teilnehmen kann
event-organisers = Veranstaltet von
event-seats = Plätze
event-seats-left = { $count ->
    [one] { $count } Platz frei
   *[other] { $count } Plätze frei
}
event-full = Alle Plätze sind vergeben: Melden Sie sich an, um auf die Warteliste zu kommen. Sagt jemand ab, bekommt die erste wartende Person den Platz und eine E-Mail.
event-add-calendar = Zum Kalender hinzufügen
event-petition = Die Petition unterschreiben
event-letters = An Ihre Abgeordneten schreiben
event-invite = Um Leute einzuladen, teilen Sie diese Seite.
event-share = Diese Veranstaltung teilen
event-share-text = Komm mit zu dieser Veranstaltung: { $title }
event-register = Anmelden
event-register-button = Anmelden
event-field-organisation = Organisation (optional)
event-consent = Ich bin einverstanden, dass mein Name, meine E-Mail-Adresse, mein Land und meine Organisation bis nach der Veranstaltung gespeichert werden, um meine Anmeldung zu verwalten.
event-err-consent = Bitte setzen Sie das Häkchen, um zuzustimmen, sonst können Sie sich nicht anmelden.
event-err-organisation = Der Name der Organisation darf höchstens 200 Zeichen in einer Zeile haben.
event-cancelled = Diese Veranstaltung ist abgesagt.
event-registration-closed = Die Anmeldung zu dieser Veranstaltung ist geschlossen.
event-registration-not-yet = Die Anmeldung zu dieser Veranstaltung ist noch nicht geöffnet.
event-check-email = Danke! Wir haben Ihnen eine E-Mail geschickt: Öffnen Sie den Link darin, um Ihre Anmeldung zu bestätigen. Ihr Platz ist erst nach der Bestätigung reserviert.
event-confirm-ask = Drücken Sie den Knopf, um Ihre Anmeldung zu bestätigen.
event-confirm-button = Anmeldung bestätigen
event-confirmed = Ihre Anmeldung ist bestätigt: Sie haben einen Platz. Wir haben Ihnen eine E-Mail mit allen Angaben geschickt.
event-waiting = Ihre Anmeldung ist bestätigt, aber alle Plätze sind vergeben: Sie stehen auf der Warteliste. Wird ein Platz frei, bekommt ihn die erste wartende Person, und wir schreiben Ihnen.
event-own-pending = Ihre Anmeldung ist noch nicht bestätigt: Öffnen Sie den Link in der E-Mail, die wir Ihnen geschickt haben.
event-cancel-ask = Drücken Sie den Knopf, um Ihre Anmeldung zurückzunehmen. Ihr Platz geht an die erste wartende Person.
event-cancel-button = Anmeldung zurücknehmen
event-cancel-link = Anmeldung zurücknehmen
event-cancelled-registration = Ihre Anmeldung ist zurückgenommen.
event-link-invalid = Dieser Link funktioniert nicht. Nur der Link in der neuesten E-Mail gilt; prüfen Sie, ob Sie den ganzen Link kopiert haben.
event-join = Link zur Teilnahme:
event-page-link = Zur Seite der Veranstaltung
event-mail-hello = Hallo { $name },
event-mail-confirm-subject = Bitte bestätigen Sie Ihre Anmeldung: { $title }
event-mail-confirm-intro = Danke für Ihre Anmeldung zu „{ $title }“. Öffnen Sie diesen Link und drücken Sie den Knopf, um Ihre Anmeldung zu bestätigen:
event-mail-registered-subject = Sie sind angemeldet: { $title }
event-mail-registered-intro = Ihre Anmeldung zu „{ $title }“ ist bestätigt: Sie haben einen Platz.
event-mail-waiting-subject = Sie stehen auf der Warteliste: { $title }
event-mail-waiting-intro = Alle Plätze für „{ $title }“ sind vergeben, daher stehen Sie auf der Warteliste. Wird ein Platz frei, bekommt ihn die erste wartende Person, und wir schreiben Ihnen.
event-mail-promoted-subject = Ein Platz für Sie: { $title }
event-mail-promoted-intro = Ein Platz ist frei geworden und gehört Ihnen: Sie sind für „{ $title }“ angemeldet.
event-mail-reminder-subject = Erinnerung: { $title }, { $time }
event-mail-reminder-intro = Eine Erinnerung: „{ $title }“ beginnt bald.
event-mail-when = Wann: { $time }
event-mail-address = Wo: { $address }
event-mail-join = Nehmen Sie mit diesem Link online teil (geben Sie ihn nicht weiter):
event-mail-calendar = Die angehängte Datei trägt die Veranstaltung in Ihren Kalender ein.
event-mail-own-page = Ihre Anmeldung:
event-mail-cancel = Sie können nicht kommen? Nehmen Sie Ihre Anmeldung zurück, dann geht Ihr Platz an eine wartende Person:
event-mail-ignore = Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail: Ohne Bestätigung geschieht nichts.
event-your-data = Was wir über Sie speichern
event-time-zone = Zeitzone
event-erase-link = Meine Daten löschen
event-erase-ask = Drücken Sie den Knopf, um Ihren Namen, Ihre E-Mail-Adresse und Ihre Organisation zu löschen. Ihre Anmeldung wird zurückgenommen, und Ihr Platz geht an die erste wartende Person.
event-erase-button = Meine Daten löschen
event-erased = Ihre Daten sind gelöscht und Ihre Anmeldung ist zurückgenommen.
event-mail-updated-subject = Geändert: { $title }
event-mail-updated-intro = „{ $title }“ hat sich geändert. Hier die Veranstaltung, wie sie jetzt ist; die angehängte Datei aktualisiert Ihren Kalender.
event-mail-cancelled-subject = Abgesagt: { $title }
event-mail-cancelled-intro = Es tut uns leid: „{ $title }“ ist abgesagt. Ihre Anmeldung endet damit, Sie müssen nichts tun; die angehängte Datei entfernt den Termin aus Ihrem Kalender.

# Veranstaltungen: an Angemeldete schreiben
language-en = Englisch
language-fr = Französisch
language-de = Deutsch
language-es = Spanisch
language-zh-Hans = Chinesisch (vereinfacht)
language-pt = Portugiesisch
event-mail-why = Sie erhalten diese E-Mail, weil Sie sich für „{ $title }“ angemeldet haben.
event-mail-unsubscribe = Keine Nachrichten mehr zu dieser Veranstaltung:
event-mail-test-footer = (Ein Test: Jede angemeldete Person sieht hier ihre eigenen Links.)
event-follow-up-subject = Danke für Ihre Teilnahme: { $title }
event-follow-up-thanks = Danke, dass Sie an „{ $title }“ teilgenommen haben.
event-follow-up-recording = Die Aufzeichnung ansehen:
event-follow-up-petition = Unterschreiben und teilen Sie die Petition:
event-follow-up-letters = Schreiben Sie Ihren Abgeordneten:
event-copy-button = Eine Kopie meiner Daten per E-Mail senden
event-copy-sent = Wir senden Ihnen eine Kopie Ihrer Daten per E-Mail.
event-copy-intro = Guten Tag, wie gewünscht ist dies alles, was wir zu Ihrer Anmeldung speichern:
event-copy-event = Veranstaltung
event-copy-state = Anmeldung
event-copy-registered = Angemeldet am
event-state-pending = noch nicht bestätigt
event-state-confirmed = bestätigt, mit Platz
event-state-waiting = bestätigt, auf der Warteliste
event-state-cancelled = storniert
event-unsubscribe-ask = Drücken Sie den Knopf, um keine Nachrichten mehr zu dieser Veranstaltung zu erhalten. Ihre Anmeldung bleibt bestehen.
event-unsubscribe-button = Keine Nachrichten mehr zu dieser Veranstaltung
event-unsubscribed = Sie erhalten keine Nachrichten mehr zu dieser Veranstaltung. Ihre Anmeldung bleibt bestehen.
