# Chorus, Seiten und E-Mails für das Team: Deutsch.

## Every staff page
admin-title = Chorus-Verwaltung
admin-dashboard = Übersicht
admin-new-petition = Neue Petition
admin-letters = Briefe
admin-audit = Prüfprotokoll
admin-accounts = Konten
admin-tokens = API-Tokens
admin-sign-out = Abmelden
admin-role = Rolle
admin-role-owner = Inhaber
admin-role-campaigner = Kampagnenleitung
admin-role-viewer = Lesezugriff
admin-role-hint-owner = verwaltet auch die Konten
admin-role-hint-campaigner = führt Kampagnen und Exporte
admin-role-hint-viewer = nur Übersichten und Zahlen
admin-state-draft = Entwurf
admin-state-open = offen
admin-state-closed = geschlossen
admin-state-delivered = übergeben
admin-state-archived = archiviert
admin-state-victory = Erfolg
admin-state-scheduled = geplant
admin-save = Speichern
admin-save-named = Speichern: { $name }
admin-saved = Gespeichert.
admin-saved-named = Der Text auf { $name } wurde gespeichert.
admin-preview = Vorschau
admin-preview-again = Erneut prüfen
admin-edit = Bearbeiten
admin-edit-named = „{ $title }“ bearbeiten
admin-public-page = öffentliche Seite
admin-to = Adressat: { $target }
admin-created = erstellt am { $date }
admin-created-by = { $date } von { $who }
admin-correct-fields = Bitte korrigieren Sie die unten markierten Felder.
admin-none = Keine.
admin-required = Pflicht
admin-columns = Spalten:
admin-email = E-Mail
admin-password = Passwort
admin-country-code = Ländercode
admin-exports = Exporte

## Sign in
admin-sign-in = Anmelden
admin-staff-sign-in = Anmeldung für das Team
admin-err-login = E-Mail oder Passwort stimmen nicht.
admin-err-throttled = Zu viele fehlgeschlagene Versuche. Bitte warten Sie einige Minuten und versuchen Sie es erneut.
admin-err-role = Ihre Rolle erlaubt das nicht.
admin-err-csrf = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.

## Dashboard
admin-campaigns = Kampagnen
admin-refresh-hint = Die Zahlen werden alle 30 Sekunden aktualisiert.
admin-col-petition = Petition
admin-col-state = Status
admin-col-confirmed = Bestätigt
admin-col-pending = Offen
admin-col-today = Heute
admin-col-goal = Ziel
admin-no-petitions = Noch keine Petitionen.
admin-create-first = Die erste anlegen.

## A petition
admin-count-detail = { $count ->
    [one] { $count } bestätigt
   *[other] { $count } bestätigt
}, { $pending } unbestätigt, { $held } zurückgehalten, Ziel { $goal }
admin-paper = Papierunterschriften
admin-updates = Neuigkeiten an Unterzeichnende
admin-translations = Übersetzungen
admin-partners = Partnerseiten
admin-action-open = Für Unterschriften öffnen
admin-action-close = Schließen
admin-action-reopen = Wieder öffnen
admin-action-deliver = Als übergeben markieren
admin-action-archive = Archivieren
admin-err-transition = Eine Petition im Status „{ $from }“ kann nicht zu „{ $to }“ wechseln.
admin-counts-csv = Zahlen (CSV)
admin-counts-json = Zahlen (JSON)
admin-delivery-pack = Übergabemappe
admin-fraud-review = Betrugsprüfung
admin-sig-confirmed = bestätigt
admin-sig-pending = unbestätigt
admin-sig-withdrawn = zurückgezogen
admin-sig-all = alle
admin-signed-from = Unterschrieben ab
admin-signed-to = Unterschrieben bis
admin-newsletter-only = Nur wer Neuigkeiten möchte
admin-export-signatures = Unterschriften exportieren (CSV)
admin-confirmed-per-day = Bestätigungen pro Tag
admin-by-country = Nach Land
admin-by-area = Nach Postleitzahlgebiet
admin-no-postcodes = Noch keine Postleitzahlen angegeben.
admin-by-source = Nach Herkunft
admin-by-day = Nach Tag

## Petition form
admin-edit-petition = Petition bearbeiten
admin-slug = Adresse (Slug)
admin-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche. Die Adresse lautet dann: { $url }
admin-field-title = Titel
admin-field-target = Gerichtet an (Adressat)
admin-field-summary = Zusammenfassung
admin-field-text = Text (Markdown)
admin-field-goal = Ziel (Unterschriften)
admin-field-locale = Hauptsprache
admin-field-opens = Beginn (UTC, optional)
admin-field-closes = Ende (UTC, optional)
admin-field-who-signs = Wer unterschreiben darf (ISO-Ländercodes, z. B. „US“; leer für alle)
admin-field-postcode-required = Eine Postleitzahl ist Pflicht
admin-field-consent-versioned = Einwilligungstext (muss bestätigt werden; eine Änderung beginnt eine neue Fassung)
admin-field-consent = Einwilligungstext
admin-err-goal-number = Das Ziel muss eine ganze Zahl sein.
admin-err-petition-slug = Eine andere Petition verwendet diese Adresse bereits.
admin-err-date-time = „{ $value }“ ist kein Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM).
spec-err-title = Der Titel muss 1–300 Zeichen lang sein.
spec-err-target = Geben Sie an, an wen die Petition gerichtet ist.
spec-err-goal = Das Ziel muss eine positive Zahl sein.
spec-err-state = Der Status muss einer der folgenden sein: { $states }.
spec-err-consent = Der Einwilligungstext darf nicht leer sein.
spec-err-country = „{ $code }“ ist kein ISO-Ländercode.

## Delivery pack
admin-delivery-title = Übergabemappe: { $title }
admin-delivery-to = Adressat:
admin-delivery-summary = { $count ->
    [one] { $count } bestätigte Unterschrift
   *[other] { $count } bestätigte Unterschriften
} { $countries ->
    [one] aus { $countries } Land
   *[other] aus { $countries } Ländern
}
admin-delivery-summary-dates = { $count ->
    [one] { $count } bestätigte Unterschrift
   *[other] { $count } bestätigte Unterschriften
}, gesammelt vom { $first } bis { $last }, { $countries ->
    [one] aus { $countries } Land
   *[other] aus { $countries } Ländern
}
admin-signatures-per-day = Unterschriften pro Tag
admin-signatures-by-country = Unterschriften nach Land
admin-col-country = Land
admin-col-signatures = Unterschriften
admin-col-share = Anteil
admin-signature-list = Die Liste der Unterschriften
admin-digest-intro = { $rows ->
    [one] Die beiliegende Datei enthält die { $rows } oben gezählte bestätigte Unterschrift
   *[other] Die beiliegende Datei enthält die { $rows } oben gezählten bestätigten Unterschriften
} (Stand { $generated }). Ihr SHA-256-Prüfwert lautet:
admin-digest-check = So prüfen Sie ihn:
admin-download-list = Unterschriftenliste herunterladen (CSV)
admin-print-hint = drucken Sie diese Seite als PDF für die Zusammenfassung.

## Paper signatures
admin-paper-nothing-added = Nichts wurde hinzugefügt. Bitte korrigieren Sie diese Zeilen:
admin-batch = Stapel
admin-batch-placeholder = Demo in Genf, 20. November
admin-paper-csv = Eine Person pro Zeile (CSV mit dieser Kopfzeile)
admin-paper-hint = Spalten: name, email (optional; damit werden Personen übersprungen, die schon unterschrieben haben), country (Code), postcode (optional), signed_on (JJJJ-MM-TT, optional). Papierunterschriften zählen sofort und werden mit ihrem Stapel als Herkunft exportiert.
admin-paper-add = Diese Unterschriften hinzufügen
admin-batches = Stapel
admin-err-batch-name = Benennen Sie den Stapel (1 bis 100 Zeichen), z. B. „Demo in Genf, 20. November“.
admin-paper-added = Stapel „{ $batch }“: { $rows ->
    [one] { $added } von { $rows } Unterschrift hinzugefügt
   *[other] { $added } von { $rows } Unterschriften hinzugefügt
}; { $duplicates ->
    [one] { $duplicates } hatte schon unterschrieben
   *[other] { $duplicates } hatten schon unterschrieben
}.
paper-line = Zeile { $line }: { $problem }
paper-err-signed-on = signed_on muss ein Datum wie 2026-11-20 sein
paper-err-empty = Die Liste hat keine Zeilen.

## Partner sites
admin-widget = Widget
admin-widget-hint = Partner fügen dies in ihre Seite ein, um den Live-Zähler und das Formular zu zeigen; Unterschriften werden mit „widget:“ und ihrem Code als Herkunft erfasst.
admin-cors = Websites, die die API aus einem Browser aufrufen dürfen (CORS)
admin-origins = Eine Website pro Zeile, z. B. https://partner.example.org
admin-organisations = Organisationen dürfen als Bündnis unterzeichnen (auf der Seite gelistet, getrennt gezählt)

## Fraud review
admin-last-hour = { $count ->
    [one] { $count } Unterschrift in der letzten Stunde
   *[other] { $count } Unterschriften in der letzten Stunde
}
admin-usual-rate = üblich: { $rate } pro Stunde
admin-spike = { $ratio }-fache der üblichen Rate
admin-spike-new = keine Unterschriften in den 24 Stunden davor
admin-pow = Proof-of-Work-Aufgabe
admin-pow-on = An
admin-pow-on-hint = das Formular lässt jeden Browser vor dem Absenden ein kleines Rätsel lösen; Unterschriften ohne Lösung werden zurückgehalten.
admin-pow-off-hint = Aus. Schalten Sie sie bei einem Angriff ein: Der Browser jeder unterzeichnenden Person löst dann ein kleines Rätsel (einen Moment auf dem Handy, ohne Dritte).
admin-turn-on = Einschalten
admin-turn-off = Ausschalten
admin-ranges-hour = Adressbereiche, letzte Stunde
admin-domains-hour = E-Mail-Domains, letzte Stunde
admin-held-back = Zurückgehalten (zählen erst nach Freigabe)
admin-invalidate = Unterschriften für ungültig erklären
admin-ip-range = Adressbereich
admin-email-domain = E-Mail-Domain
admin-signed-from-utc = Unterschrieben ab (UTC)
admin-signed-to-utc = Unterschrieben bis (UTC)
admin-invalidate-removes = { $count ->
    [one] Dies entfernt { $count } Unterschrift (unbestätigt oder bestätigt) aus der Petition.
   *[other] Dies entfernt { $count } Unterschriften (unbestätigte und bestätigte) aus der Petition.
}
admin-invalidate-n = { $count ->
    [one] { $count } Unterschrift für ungültig erklären
   *[other] { $count } Unterschriften für ungültig erklären
}
admin-err-preview-changed = Die Zahl der passenden Unterschriften hat sich seit der Vorschau geändert: Prüfen Sie sie und bestätigen Sie erneut.
admin-invalidated = { $count ->
    [one] { $count } Unterschrift für ungültig erklärt
   *[other] { $count } Unterschriften für ungültig erklärt
}; { $counted ->
    [one] { $counted } davon war gezählt
   *[other] { $counted } davon waren gezählt
}, die Zahlen sind korrigiert.
review-err-chars = Der Filter enthält unzulässige Zeichen oder ist zu lang.
review-err-empty = Geben Sie mindestens einen Filter an: einen Adressbereich, eine Domain, einen Zeitraum oder ein Land.

## API tokens
admin-tokens-intro = Für Skripte, die Zahlen lesen oder Unterschriften exportieren:
admin-tokens-audit = Exporte stehen im Prüfprotokoll unter dem Namen des Tokens.
admin-token-copy = Kopieren Sie das Token jetzt; es wird nicht noch einmal angezeigt:
admin-col-name = Name
admin-col-scope = Umfang
admin-col-created = Erstellt
admin-col-last-used = Zuletzt benutzt
admin-token-placeholder = Übergabeskript
admin-scope-counts = Nur Zahlen
admin-scope-signatures = Zahlen und Unterschriften (personenbezogene Daten)
admin-token-create = Token erstellen
admin-revoked = widerrufen
admin-revoke = Widerrufen
admin-err-token-name = Benennen Sie das Token (1 bis 100 Zeichen) und wählen Sie seinen Umfang.
admin-err-token-scope = Dieses Token darf { $scope } nicht lesen.

## Translations
admin-translations-hint = Besucher sehen den Text in ihrer Sprache, wenn es hier einen gibt; ein leeres Feld zeigt den Haupttext ({ $main }). Lassen Sie ein ganzes Formular leer, um die Sprache zu entfernen. Seiten, Schaltflächen und E-Mails drumherum sind bereits übersetzt.
admin-err-field-long = { $max ->
    [one] { $field }: höchstens { $max } Zeichen.
   *[other] { $field }: höchstens { $max } Zeichen.
}
admin-err-field-line = { $field }: eine einzige Zeile reiner Text.
admin-err-main-language = Das ist die Hauptsprache: Bearbeiten Sie direkt den Haupttext.

## Updates to signers
admin-updates-recipients = { $count ->
    [one] { $count } bestätigte unterzeichnende Person möchte Neuigkeiten.
   *[other] { $count } bestätigte Unterzeichnende möchten Neuigkeiten.
} Jede E-Mail hat einen Abmeldelink, der mit einem Klick wirkt.
admin-update-kind = Art
admin-kind-progress = Fortschritt
admin-kind-victory = Erfolg
admin-kind-delivery = Übergabe
admin-update-victory-hint = Eine Erfolgsmeldung zeigt ihren Text auch auf der Petitionsseite.
admin-update-subject = Betreff
admin-update-test = Test an mich senden
admin-update-send = { $count ->
    [one] An { $count } unterzeichnende Person senden
   *[other] An { $count } Unterzeichnende senden
}
admin-update-sent = Gesendet
admin-update-test-sent = Ein Test ist unterwegs an { $email }.
admin-update-queued = { $count ->
    [one] An { $count } unterzeichnende Person gesendet
   *[other] An { $count } Unterzeichnende gesendet
} (höchstens { $rate } pro Minute).
admin-err-kind = Wählen Sie die Art der Neuigkeit.
admin-err-subject = Der Betreff ist eine Zeile mit 1 bis 200 Zeichen.
admin-err-text = Der Text hat 1 bis 20.000 Zeichen.

## Accounts
admin-staff-accounts = Konten des Teams
admin-add-account = Konto hinzufügen
admin-create-account = Konto anlegen
admin-account-ready = Das Konto { $email } ({ $role }) ist bereit. Sein Passwort, nur jetzt angezeigt: { $password }
users-err-role = Die Rolle muss eine der folgenden sein: { $roles }.
users-err-password = Das Passwort muss mindestens 12 Zeichen lang sein.
users-err-email = „{ $email }“ ist keine E-Mail-Adresse.

## Audit log
admin-col-when = Wann
admin-col-who = Wer
admin-col-action = Aktion
admin-col-subject = Gegenstand
admin-col-detail = Einzelheiten
admin-col-rows = Zeilen

## Letter campaigns
admin-letter-campaigns = Briefkampagnen
admin-new-letter-campaign = Neue Briefkampagne
admin-edit-letter-campaign = Briefkampagne bearbeiten
admin-col-campaign = Kampagne
admin-col-supporters = Bestätigte Unterstützende
admin-no-letter-campaigns = Noch keine Briefkampagnen.
admin-directory = Verzeichnis der Abgeordneten
admin-col-body = Gremium
admin-col-active = Aktiv
admin-col-in-all = Insgesamt
admin-import-directory = Verzeichnis importieren (CSV)
admin-body-placeholder = Kreistag
admin-csv-header = CSV mit Kopfzeile
admin-import-hint = Ein erneuter Import aktualisiert Mitglieder anhand von external_id; Mitglieder mit Briefen werden nie gelöscht.
admin-deactivate-missing = Mitglieder dieses Gremiums deaktivieren, die nicht in der Datei stehen
admin-import = Importieren
admin-err-body-name = Benennen Sie das Gremium (1 bis 200 Zeichen).
admin-err-csv = Die CSV konnte nicht importiert werden: { $error }
admin-err-csv-empty = Die CSV hat keine Zeilen.
targets-err-id = external_id ist leer
targets-err-name = ein Name (oder first_name/last_name) ist nötig
targets-err-control = Steuerzeichen sind nicht erlaubt
targets-err-email = die E-Mail ist keine gültige Adresse
targets-err-url = contact_url muss mit https:// beginnen
admin-rule-us_senators = Die beiden US-Senatoren der Person (nach Bundesstaat)
admin-rule-us_house = Das Mitglied des US-Repräsentantenhauses der Person (nach ZIP-Code / Wahlbezirk)
admin-rule-us_congress = Die Senatoren und das Mitglied des Repräsentantenhauses der Person
admin-rule-body = Jedes aktive Mitglied eines Gremiums im Verzeichnis
admin-rule-fixed = Eine feste Liste von Adressaten
admin-confirmed-supporters = { $count ->
    [one] { $count } bestätigte unterstützende Person
   *[other] { $count } bestätigte Unterstützende
}
admin-sending-window = Versand { $from }:00–{ $until }:00 Uhr ({ $zone })
admin-hourly-cap = { $cap ->
    [one] höchstens { $cap } Brief pro Adressat und Stunde
   *[other] höchstens { $cap } Briefe pro Adressat und Stunde
}
admin-col-target = Adressat
admin-col-awaiting = Warten auf Bestätigung
admin-col-waiting = Bestätigt, wartend
admin-col-queued = In der Warteschlange
admin-col-sent = Gesendet
admin-col-failed = Fehlgeschlagen
admin-col-manual = Persönliche Übergabe
admin-col-edited = Bearbeitet
admin-col-unedited = Unbearbeitet
admin-printable = Druckfassung
admin-all-targets = Alle Adressaten
admin-no-letters = Noch keine Briefe.
admin-field-intro = Einleitung (Markdown)
admin-field-who-writes = Wer schreiben darf (ISO-Ländercodes; leer für alle)
admin-field-rule = Unterstützende schreiben an
admin-field-body = Gremium (für „jedes Mitglied eines Gremiums“)
admin-field-fixed = Feste Liste (eine „Gremium/externe ID“ pro Zeile)
admin-field-subjects = Betreffzeilen (eine pro Zeile; die Person wählt eine)
admin-field-template = Briefvorlage
admin-placeholders = Platzhalter:
admin-template-hint = Name und Postanschrift der Person werden unter dem Brief ergänzt.
admin-preview-to = Vorschau (Adressat: { $target })
admin-field-allow-edit = Unterstützende dürfen den Brief bearbeiten
admin-field-max-length = Höchstlänge (Zeichen)
admin-field-hourly-cap = Briefe pro Adressat und Stunde
admin-field-window-start = Senden ab (Stunde)
admin-field-window-end = Senden bis (Stunde)
admin-field-time-zone = Zeitzone des Versandfensters
admin-err-whole-number = Bitte geben Sie eine ganze Zahl ein.
admin-err-campaign-slug = Eine andere Kampagne verwendet diese Adresse bereits.
campaign-err-title = Ein Titel mit 1 bis 200 Zeichen ist nötig.
campaign-err-state = Der Status muss draft, open oder closed sein.
campaign-err-rule = Wählen Sie, an wen die Unterstützenden schreiben.
campaign-err-us-only = Kampagnen an den US-Kongress sind nur für Einwohner der USA: Erlauben Sie nur US.
campaign-err-body = Benennen Sie das Gremium, dessen Mitglieder die Briefe erhalten.
campaign-err-fixed = Geben Sie mindestens einen Adressaten an.
campaign-err-subjects = Mindestens eine Betreffzeile ist nötig.
campaign-err-subject-lines = Betreffzeilen sind einzelne Zeilen mit höchstens 200 Zeichen.
campaign-err-max-length = Die Höchstlänge muss 100 bis 20.000 Zeichen betragen.
campaign-err-window = Das Versandfenster besteht aus zwei verschiedenen Stunden, von 0–23 bis 1–24.
campaign-err-time-zone = „{ $zone }“ ist kein Zeitzonenname (z. B. Europe/Berlin).
campaign-err-cap = Die stündliche Obergrenze pro Adressat muss mindestens 1 sein.
campaign-err-congress = Die Kongress-Einstellungen erlauben höchstens 10 Themen, jedes eine Zeile mit höchstens 100 Zeichen ohne Kommas, und eine CWC-Kampagnenkennung mit höchstens 100 Zeichen.
campaign-err-translation-title = Ein Titel hat höchstens 200 Zeichen.
admin-err-campaign-translation-consent = Geben Sie auch den Einwilligungstext in dieser Sprache an: Wer schreibt, muss lesen können, wozu er einwilligt. Oder lassen Sie das ganze Formular leer, um die Kampagne nur in ihrer Hauptsprache anzubieten.
spec-err-campaign-translation-consent = Die Übersetzung { $lang } braucht einen eigenen Einwilligungstext: Wer schreibt, muss lesen können, wozu er einwilligt.
template-err-empty = Die Briefvorlage ist leer.
template-err-long = Die Briefvorlage darf höchstens 20.000 Zeichen haben.
template-err-syntax = Die Vorlage enthält einen Fehler: { $detail }
template-err-unknown = Unbekannter Platzhalter { $unknown }. Verwenden Sie einen von: { $known }.

## Printable letters
admin-letters-to = Briefe (Adressat: { $target })
admin-letter-count = { $count ->
    [one] { $count } Brief
   *[other] { $count } Briefe
}
admin-generated = erstellt { $date }
admin-deliver-to = zu übergeben an { $address }
admin-pack-hint = Drucken Sie diese Seite (oder speichern Sie sie als PDF): Jeder Brief beginnt auf einer neuen Seite.
admin-letter-subject = Betreff: { $subject }

## Emails to staff
milestone-subject = { $title }: { $pct } % des Ziels
milestone-text = „{ $title }“ hat { $count ->
    [one] { $count } bestätigte Unterschrift
   *[other] { $count } bestätigte Unterschriften
}: { $pct } % des Ziels von { $goal }.

## Zurückgehaltene Unterschriften
admin-held-explain = Wer eine zurückgehaltene Unterschrift geleistet hat, sieht dieselben Seiten wie alle anderen („Ihre Unterschrift ist bestätigt“), damit ein Bot nichts erfährt. Erst Ihre Prüfung macht diese Aussage wahr: Geben Sie die Menschen frei und erklären Sie den Rest für ungültig. Eine freigegebene Unterschrift, die bereits bestätigt wurde, zählt sofort; eine, zu der nie eine E-Mail ging (Bot-Markierung), erhält jetzt ihre Bestätigungs-E-Mail.
admin-held-list = Zuletzt zurückgehaltene Unterschriften
admin-held-none = Nichts wird zurückgehalten.
admin-col-reason = Grund
admin-col-clicked = Von der Person bestätigt
admin-col-source = Quelle
admin-col-held = Zurückgehalten
admin-source = Quellcode des Links
admin-reason = Grund der Zurückhaltung
admin-release = Freigeben
admin-release-heading = Freigeben oder für ungültig erklären
admin-release-n = { $count ->
    [one] { $count } zurückgehaltene Unterschrift freigeben
   *[other] { $count } zurückgehaltene Unterschriften freigeben
}
admin-release-matches = { $count ->
    [one] Davon ist { $count } zurückgehalten und kann freigegeben werden.
   *[other] Davon sind { $count } zurückgehalten und können freigegeben werden.
}
admin-released = { $count ->
    [one] { $count } Unterschrift freigegeben
   *[other] { $count } Unterschriften freigegeben
}: { $counted ->
    [one] { $counted } zählt jetzt
   *[other] { $counted } zählen jetzt
}, { $emailed ->
    [one] { $emailed } hat die Bestätigungs-E-Mail erhalten
   *[other] { $emailed } haben ihre Bestätigungs-E-Mail erhalten
}.
admin-yes = ja
admin-no = nein
admin-flag-ip_rate = viele von einer Adresse
admin-flag-domain_rate = viele von einer E-Mail-Domain
admin-flag-honeypot = verstecktes Feld ausgefüllt
admin-flag-too_fast = Formular zu schnell gesendet
admin-flag-stale_form = Formular älter als ein Tag
admin-flag-no_pow = Arbeitsnachweis fehlt
admin-flag-blocked_ip = gesperrter Adressbereich
admin-flag-blocked_domain = gesperrte E-Mail-Domain
admin-flag-blocked_email = gesperrte E-Mail-Adresse
admin-sig-held = zurückgehalten ({ $reason })
admin-sig-held_back = zurückgehalten
admin-field-delivery-fields = An den Adressaten in der Übergabedatei (nur, was der Einwilligungstext nennt)
admin-field-delivery-fields-hint = Feldnamen, durch Kommas getrennt, aus: { $fields }. Die vollständige Liste mit E-Mail-Adressen bleibt ein Export für das Team.
spec-err-delivery-fields = Die Übergabedatei kann nur diese Felder enthalten: { $fields }.
delivery-col-name = Name
delivery-col-country = Land
delivery-col-postcode = Postleitzahl
delivery-col-comment = Kommentar
delivery-col-signed_at = Unterschrieben am
## Kontosicherheit
admin-err-disabled = Dieses Konto ist deaktiviert. Bitten Sie einen Eigentümer, es zu aktivieren.
admin-err-disable-self = Sie können Ihr eigenes Konto nicht deaktivieren.
users-err-unknown = Es gibt kein Konto { $email }.
admin-account-disabled = Das Konto { $email } ist deaktiviert, und alle seine Sitzungen wurden beendet.
admin-account-enabled = Das Konto { $email } ist wieder aktiv.
admin-account-status = Status
admin-account-is-active = aktiv
admin-account-is-disabled = deaktiviert
admin-disable-account = Deaktivieren
admin-enable-account = Aktivieren
admin-existing-account-hint = Bei einer vorhandenen E-Mail-Adresse werden ein neues Passwort und eine neue Rolle gesetzt und alle Sitzungen beendet.
admin-two-factor = Zwei-Faktor-Anmeldung
admin-two-factor-on = an
admin-two-factor-off = aus
admin-2fa-intro = Fügen Sie dieses Konto einer Authenticator-App hinzu (jede App, die TOTP-Codes unterstützt), und geben Sie dann den angezeigten 6-stelligen Code ein.
admin-2fa-required = Auf dieser Website ist die Zwei-Faktor-Anmeldung Pflicht. Richten Sie sie ein, um fortzufahren.
admin-2fa-secret = Geheimer Schlüssel
admin-2fa-uri = Einrichtungslink für Authenticator-Apps
admin-2fa-code = Code aus der App
admin-2fa-confirm = Zwei-Faktor-Anmeldung einschalten
admin-2fa-is-on = Die Zwei-Faktor-Anmeldung ist für dieses Konto eingeschaltet.
admin-2fa-recovery-intro = Ihre Wiederherstellungscodes. Jeder meldet Sie einmal an, falls Sie Ihr Gerät verlieren. Bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt.
admin-2fa-recovery-left = { $count ->
    [one] Noch { $count } Wiederherstellungscode übrig.
   *[other] Noch { $count } Wiederherstellungscodes übrig.
}
admin-2fa-step = Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.
admin-2fa-code-or-recovery = Code oder Wiederherstellungscode
admin-2fa-verify = Prüfen
admin-err-code = Dieser Code stimmt nicht.
admin-err-2fa-expired = Die Anmeldung hat zu lange gedauert. Bitte beginnen Sie von vorn.
template-err-size = Ausgefüllt ist der Brief länger als { $max } KB. Bitte kürzen Sie die Vorlage.
admin-org-queue = Organisationen, die auf Prüfung warten
admin-org-none = Keine Organisation wartet auf Prüfung.
admin-org-approve = Freigeben
admin-org-reject = Ablehnen
admin-org-flag = Markiert: { $flag }
admin-letters-held = Von den Missbrauchsprüfungen zurückgehaltene Briefe
admin-letters-release = Freigeben
admin-letters-none-held = Es werden keine Briefe zurückgehalten.
template-err-construct = Briefvorlagen dürfen { $what } nicht verwenden. Nutzen Sie nur Platzhalter, Bedingungen und Schleifen.
admin-err-decision = Wählen Sie Freigeben oder Ablehnen.
admin-col-rate = Bestätigungsquote
admin-source-direct = (direkt)

## Bestätigung vor schwer umkehrbaren Aktionen
admin-sure-heading = Sind Sie sicher?
admin-sure-cancel = Abbrechen
admin-sure-close = „{ $title }“ wird jetzt geschlossen: Sie nimmt sofort keine Unterschriften mehr an, und noch nicht bestätigte Unterschriften können nicht mehr zählen.
admin-sure-archive = „{ $title }“ wird archiviert: Ihre öffentliche Seite und ihr Eintrag in der Liste und in der API verschwinden.
admin-sure-revoke = Skripte, die dieses API-Token verwenden, funktionieren sofort nicht mehr. Ein widerrufenes Token lässt sich nicht wieder verwenden.
admin-sure-send = „{ $subject }“ wird jetzt per E-Mail an { $count ->
    [one] { $count } unterzeichnende Person geschickt, die Neuigkeiten wünscht
   *[other] { $count } Unterzeichnende geschickt, die Neuigkeiten wünschen
}. Eine gesendete E-Mail lässt sich nicht zurückholen.
admin-2fa-email-code = Code aus der E-Mail
admin-2fa-email-sent = Wir haben einen 6-stelligen Code an die Adresse dieses Kontos geschickt. Er gilt 30 Minuten.
admin-err-email-code = Der Code aus der E-Mail stimmt nicht oder ist abgelaufen. Laden Sie diese Seite neu, um einen neuen zu erhalten.
email-enrol-code-subject = Ihr Code zum Einrichten der Zwei-Faktor-Anmeldung
email-enrol-code = Jemand hat sich mit dem Passwort bei Ihrem Teamkonto angemeldet und richtet die Zwei-Faktor-Anmeldung ein. Wenn Sie das sind, geben Sie diesen Code ein: { $code }
    Wenn nicht, geben Sie den Code nicht weiter und bitten Sie jetzt eine verantwortliche Person, Ihr Passwort zu ändern.
admin-petitions-heading = Petitionen

## Bild der Petition
image-heading = Bild
image-none = Noch kein Bild. Petitionen mit Bild fallen in der Liste und in Linkvorschauen auf.
image-file-label = Bilddatei
image-file-hint = JPEG, PNG oder WebP, höchstens 5 MB und 40 Megapixel. Das Bild wird verkleinert und ohne seine Metadaten (Kamera, Ort) neu gespeichert.
image-alt-label = Bildbeschreibung (Alternativtext)
image-alt-hint = Sagen Sie in einem Satz, was das Bild zeigt – für Menschen, die es nicht sehen können.
image-upload = Bild hochladen
image-replace = Bild ersetzen
image-remove = Bild entfernen
image-alt-save = Beschreibung speichern
image-card-preview = Bild der Linkvorschau ansehen (1200 × 630)
image-err-type = Diese Datei ist kein JPEG-, PNG- oder WebP-Bild. Andere Typen (SVG, GIF, Dokumente) werden nicht angenommen.
image-err-pixels = Dieses Bild hat { $width } × { $height } Pixel; höchstens { $max } Megapixel werden angenommen. Bitte verkleinern Sie es.
image-err-unreadable = Diese Datei konnte nicht als Bild gelesen werden. Sie ist vielleicht beschädigt oder unvollständig.
image-err-missing = Wählen Sie eine Bilddatei zum Hochladen.
image-err-alt = { $max ->
    [one] Die Bildbeschreibung muss eine Zeile mit höchstens { $max } Zeichen sein.
   *[other] Die Bildbeschreibung muss eine Zeile mit höchstens { $max } Zeichen sein.
}
admin-err-translation-consent = Geben Sie auch den Einwilligungstext in dieser Sprache an: Unterzeichnende müssen lesen können, wozu sie einwilligen. Oder lassen Sie das ganze Formular leer, um die Petition nur in ihrer Hauptsprache anzubieten.
spec-err-translation-consent = Die Übersetzung { $lang } braucht einen eigenen Einwilligungstext: Unterzeichnende müssen lesen können, wozu sie einwilligen.
admin-err-not-in-directory = Nicht im Verzeichnis: { $targets }
admin-err-origins = Eine Zeile pro Website, etwa https://partner.example.org (ohne Pfad), höchstens 100 Zeilen. Ungültig: { $invalid }
# Letters to Congress
admin-deliveries = Zustellungen an den Kongress
admin-congress-none = Kein Zustelldienst ist eingerichtet (CWC oder ein congress-forms-Server, unter [congress]): Briefe an Kongressmitglieder gehen an die Unterstützenden zurück, die sie selbst senden.
admin-col-delivery = Zustellung
admin-col-attempts = Versuche
admin-delivery-waiting = In der Warteschlange
admin-delivery-sent-cwc = Über CWC gesendet
admin-delivery-sent-form = Über das Formular des Büros gesendet
admin-delivery-tested = Getestet (Testmodus): kein Büro hat ihn erhalten
admin-delivery-failed = Fehlgeschlagen, der unterstützenden Person übergeben
admin-delivery-hand = Selbst zuzustellen: kein Dienst erreicht dieses Büro
admin-delivery-outside = Selbst zuzustellen: dieses Mitglied vertritt die unterstützende Person nicht (CWC und die Formulare der Büros nehmen nur Briefe aus dem eigenen Wahlkreis an)
admin-delivery-retired = Nicht gesendet: das Mitglied ist nicht mehr im Amt (an die unterstützende Person zurückgegeben)
admin-congress-settings = Briefe an den Kongress
admin-congress-settings-hint = Gilt, wenn Briefe über Communicating with Congress (CWC) zugestellt werden.
admin-field-cwc-topics = CWC-Themen (Politikbereiche der Library of Congress, eines pro Zeile; keines: Government Operations and Politics)
admin-field-cwc-campaign-id = CWC-Kampagnenkennung (leer: die Adresse der Kampagne)
admin-field-cwc-test-mode = Testmodus: nur an die Prüf- und Testdienste von CWC senden

# Webhooks out
admin-webhooks = Webhooks
admin-webhooks-intro = Chorus sendet jedes gewählte Ereignis als signiertes JSON an Ihre Systeme (Standard Webhooks). Endpunkte müssen https auf einer öffentlichen Adresse verwenden.
admin-webhook-secret-once = Kopieren Sie dieses Signaturgeheimnis jetzt: Es wird nur einmal angezeigt.
admin-webhook-url = Endpunkt-URL
admin-webhook-events = Ereignisse
admin-webhook-reserved = (noch nicht gesendet)
admin-webhook-personal = Darf personenbezogene Felder erhalten (Name, E-Mail-Adresse, Postleitzahl)
admin-webhook-personal-col = Personenbezogene Felder
admin-webhook-create = Endpunkt hinzufügen
admin-webhook-state = Status
admin-webhook-active = aktiv
admin-webhook-paused = pausiert
admin-webhook-failures = Fehlversuche in Folge: { $n }
admin-webhook-resume = Fortsetzen
admin-webhook-remove = Endpunkt entfernen
admin-webhook-sure-remove = Diesen Endpunkt mit Zustellungen und Protokoll entfernen? Noch nicht empfangene Ereignisse werden nicht gesendet.
admin-webhook-deliveries = Zustellungen
admin-webhook-log = Protokoll der Versuche
admin-webhook-attempts = Versuche
admin-webhook-code = Antwort
admin-webhook-duration = Dauer (ms)
admin-webhook-replay = Erneut senden
admin-webhook-delivery-pending = wartend
admin-webhook-delivery-delivered = zugestellt
admin-webhook-delivery-failed = aufgegeben
admin-webhook-err-url = Geben Sie eine vollständige https-URL ohne Benutzername und Passwort ein.
admin-webhook-err-https = Die URL muss mit https:// beginnen.
admin-webhook-err-private = Diese Adresse ist privat, Loopback oder link-lokal: Webhooks gehen nur an öffentliche Adressen.
admin-webhook-err-dns = Dieser Hostname konnte nicht aufgelöst werden.
admin-webhook-err-events = Wählen Sie mindestens ein Ereignis.
webhook-paused-subject = Ein Webhook-Endpunkt wurde pausiert
webhook-paused-text = Zustellungen an { $url } sind zu oft in Folge fehlgeschlagen, daher wurde der Endpunkt pausiert. Bis ein Eigentümer ihn fortsetzt, wird nichts mehr gesendet; seine Ereignisse warten so lange.
# Unzustellbarkeit und Beschwerden
admin-suppressions = Gesperrte Adressen
admin-suppressions-intro = An diese Adressen wird keine E-Mail mehr gesendet, gleich welcher Art: Sie sind dauerhaft unzustellbar, ihr Inhaber hat unsere E-Mail als Spam gemeldet, oder sie waren zu oft hintereinander vorübergehend unzustellbar. Die Seiten, die E-Mails auslösen, antworten wie gewohnt.
admin-suppressions-search = Adresse enthält
admin-search = Suchen
admin-suppressions-none = Keine gesperrte Adresse.
admin-col-address = Adresse
admin-col-email-kind = Unzustellbare E-Mail
admin-col-bounced = Unzustellbar seit
admin-suppression-lift = Freigeben
admin-suppression-reason-hard_bounce = Dauerhaft unzustellbar
admin-suppression-reason-complaint = Spam-Beschwerde
admin-suppression-reason-soft_bounces = Wiederholt vorübergehend unzustellbar
admin-suppression-reason-manual = Vom Team hinzugefügt
admin-suppression-source-mailbox = Postfach für Rückläufer
admin-suppression-source-postmark = Postmark
admin-suppression-source-staff = Team
admin-bounced-targets = Büros, deren Adresse unzustellbar war
admin-bounced-targets-hint = Ein Brief an diese Adressen kam zurück: Das Verzeichnis ist vielleicht veraltet. Prüfen Sie die Adresse des Büros und importieren Sie das Verzeichnis erneut; an die Adresse geht nichts mehr, bis ihre Sperre aufgehoben ist.
admin-events = Veranstaltungen
admin-events-hint = Legen Sie eine Veranstaltung hier an oder aus ihrer Datei: { $command }.
admin-no-events = Noch keine Veranstaltungen.
admin-col-event = Veranstaltung
admin-col-starts = Beginn
admin-col-seats-taken = Plätze vergeben
admin-col-unconfirmed = Unbestätigt
admin-col-registrations = Anmeldungen
admin-export-csv = CSV
admin-check-in = Teilnehmerliste zum Abhaken
admin-seated = { $count ->
    [one] { $count } Person hat einen Platz
   *[other] { $count } Personen haben einen Platz
}
admin-col-here = Da
admin-col-organisation = Organisation
admin-new-event = Neue Veranstaltung
admin-edit-event = Veranstaltung bearbeiten
admin-event-state = Status
admin-event-state-draft = Entwurf (nicht öffentlich)
admin-event-state-open = Anmeldung offen
admin-event-state-closed = Anmeldung geschlossen
admin-event-state-cancelled = abgesagt
admin-event-starts = Beginn (lokales Datum und Uhrzeit)
admin-event-ends = Ende (lokales Datum und Uhrzeit)
admin-event-zone = Zeitzone dieser Zeiten
admin-event-show-zones = Weitere Zeitzonen auf der Seite
admin-event-show-zones-hint = Eine pro Zeile, wenn gewünscht mit Bezeichnung: { $example }
admin-event-online = Online-Veranstaltung
admin-event-join-url = Teilnahmelink (nur für bestätigte Angemeldete sichtbar)
admin-event-address = Adresse
admin-event-recording-url = Link zur Aufzeichnung (wird in der Nachbereitung verschickt)
admin-event-pow-required = Im Anmeldeformular einen Arbeitsnachweis verlangen (gegen automatisierte Anmeldungen)
admin-event-map-url = Link zur Karte
admin-event-price = Preis
admin-event-audience = Zielgruppe
admin-event-organisers = Veranstaltende (eine pro Zeile)
admin-event-capacity = Plätze (leer: unbegrenzt)
admin-event-registration-opens = Anmeldung ab
admin-event-registration-closes = Anmeldung bis
admin-event-petition = Verknüpfte Petition (ihre Adresse)
admin-event-letters = Verknüpfte Briefkampagne (ihre Adresse)
admin-event-translations = Füllen Sie die Sprachen aus, in denen die Veranstaltung neben ihrer Hauptsprache angeboten wird; ein leeres Feld zeigt den Text der Hauptsprache.
admin-event-notify-hint = Angemeldete mit Platz erhalten eine E-Mail, wenn sich Zeit, Ort oder Teilnahmelink ändern; alle Angemeldeten erhalten eine, wenn die Veranstaltung abgesagt wird.
event-err-too-long = { $max ->
    [one] Höchstens { $max } Zeichen.
   *[other] Höchstens { $max } Zeichen.
}
event-err-control = Steuerzeichen sind hier nicht erlaubt.
event-err-link = Kein Weblink: Er muss mit https:// oder http:// beginnen.
event-err-moment = „{ $value }“ ist kein Datum mit Uhrzeit und Versatz (z. B. 2036-01-15T15:00:00+01:00).
event-err-local-time = { $value } gibt es in { $zone } nicht (die Uhren überspringen diese Zeit).
event-err-required = Pflichtfeld.
event-err-ends = Das Ende muss nach dem Beginn liegen.
event-err-zone = „{ $zone }“ ist keine Zeitzone (z. B. Europe/Zurich).
event-err-count = { $max ->
    [one] Höchstens { $max } Eintrag.
   *[other] Höchstens { $max } Einträge.
}
event-err-address = Eine Veranstaltung, die nicht online ist, braucht eine Adresse.
event-err-capacity = Eine ganze Zahl von 0 bis 1 000 000, oder leer für unbegrenzt.
event-err-closes = Die Anmeldung muss nach ihrem Beginn enden.
event-err-state = Eines von: { $states }.
event-err-translation-twice = Die Sprache { $lang } ist doppelt übersetzt oder ist die Hauptsprache.
event-err-no-petition = Es gibt keine Petition mit der Adresse „{ $slug }“.
event-err-no-letters = Es gibt keine Briefkampagne mit der Adresse „{ $slug }“.
event-err-slug-taken = Eine Veranstaltung mit dieser Adresse gibt es schon.
admin-event-translations-legend = Übersetzungen

admin-event-messages = Nachrichten an Angemeldete
admin-event-message-send = { $count ->
    [one] An { $count } angemeldete Person senden
   *[other] An { $count } angemeldete Personen senden
}
admin-event-message-recipients = { $count ->
    [one] { $count } angemeldete Person erhält diese Nachricht.
   *[other] { $count } angemeldete Personen erhalten diese Nachricht.
} Jede E-Mail enthält einen eigenen Link und einen Abmeldelink mit einem Klick.
admin-event-message-hint = Wer einen Platz hat, erhält sie (und, wenn angekreuzt, wer wartet); nicht, wer sich abgemeldet hat. Höchstens { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
} pro Veranstaltung in 24 Stunden.
admin-event-message-waiting = Auch an Personen auf der Warteliste
admin-event-message-err-key = Dieses Formular ist veraltet: Laden Sie die Seite neu und senden Sie erneut.
admin-event-message-repeated = Diese Nachricht wurde bereits gesendet: Sie wird nicht zweimal gesendet.
admin-event-message-limit = Diese Veranstaltung hatte in den letzten 24 Stunden { $count ->
    [one] ihre { $count } Nachricht
   *[other] ihre { $count } Nachrichten
}: Senden Sie diese später.
admin-event-message-queued = { $count ->
    [one] An { $count } angemeldete Person gesendet
   *[other] An { $count } angemeldete Personen gesendet
} (höchstens { $rate } pro Minute).
admin-event-message-sure = „{ $subject }“ wird jetzt an { $count ->
    [one] { $count } angemeldete Person
   *[other] { $count } angemeldete Personen
} gesendet. Eine gesendete E-Mail kann nicht zurückgeholt werden.
