# Chorus, pages et e-mails de l’équipe : français.

## Every staff page
admin-title = Administration Chorus
admin-dashboard = Tableau de bord
admin-new-petition = Nouvelle pétition
admin-letters = Lettres
admin-audit = Journal d’audit
admin-accounts = Comptes
admin-tokens = Jetons d’API
admin-sign-out = Se déconnecter
admin-role = Rôle
admin-role-owner = propriétaire
admin-role-campaigner = responsable de campagne
admin-role-viewer = lecture seule
admin-role-hint-owner = gère aussi les comptes
admin-role-hint-campaigner = mène les campagnes et les exports
admin-role-hint-viewer = tableaux de bord et compteurs seulement
admin-state-draft = brouillon
admin-state-open = ouverte
admin-state-closed = close
admin-state-delivered = remise
admin-state-archived = archivée
admin-state-victory = victoire
admin-state-scheduled = programmée
admin-save = Enregistrer
admin-save-named = Enregistrer : { $name }
admin-saved = Enregistré.
admin-saved-named = Texte en { $name } enregistré.
admin-preview = Aperçu
admin-preview-again = Nouvel aperçu
admin-edit = Modifier
admin-edit-named = Modifier « { $title } »
admin-public-page = page publique
admin-to = Destinataire : { $target }
admin-created = créée le { $date }
admin-created-by = { $date } par { $who }
admin-correct-fields = Veuillez corriger les champs signalés ci-dessous.
admin-none = Aucun.
admin-required = obligatoire
admin-columns = Colonnes :
admin-email = E-mail
admin-password = Mot de passe
admin-country-code = Code pays
admin-exports = Exports

## Sign in
admin-sign-in = Se connecter
admin-staff-sign-in = Connexion de l’équipe
admin-err-login = L’e-mail ou le mot de passe n’est pas correct.
admin-err-throttled = Trop de tentatives échouées. Patientez quelques minutes puis réessayez.
admin-err-role = Votre rôle ne permet pas cette action.
admin-err-csrf = Ce formulaire a expiré ou ne vient pas de ce site. Revenez en arrière, rechargez la page et réessayez.

## Dashboard
admin-campaigns = Campagnes
admin-refresh-hint = Les compteurs se mettent à jour toutes les 30 secondes.
admin-col-petition = Pétition
admin-col-state = État
admin-col-confirmed = Confirmées
admin-col-pending = En attente
admin-col-today = Aujourd’hui
admin-col-goal = Objectif
admin-no-petitions = Pas encore de pétition.
admin-create-first = Créer la première.

## A petition
admin-count-detail = { $count ->
    [one] { $count } confirmée
   *[other] { $count } confirmées
}, { $pending } en attente de confirmation, { $held } retenues, objectif { $goal }
admin-paper = Signatures papier
admin-updates = Nouvelles aux signataires
admin-translations = Traductions
admin-partners = Sites partenaires
admin-action-open = Ouvrir aux signatures
admin-action-close = Clore
admin-action-reopen = Rouvrir
admin-action-deliver = Marquer comme remise
admin-action-archive = Archiver
admin-err-transition = Une pétition à l’état « { $from } » ne peut pas passer à « { $to } ».
admin-counts-csv = Compteurs (CSV)
admin-counts-json = Compteurs (JSON)
admin-delivery-pack = Dossier de remise
admin-fraud-review = Contrôle des fraudes
admin-sig-confirmed = confirmées
admin-sig-pending = en attente
admin-sig-withdrawn = retirées
admin-sig-all = toutes
admin-signed-from = Signées à partir du
admin-signed-to = Signées jusqu’au
admin-newsletter-only = Seulement ceux qui veulent des nouvelles
admin-export-signatures = Exporter les signatures (CSV)
admin-confirmed-per-day = Confirmations par jour
admin-by-country = Par pays
admin-by-area = Par zone postale
admin-no-postcodes = Aucun code postal pour l’instant.
admin-by-source = Par provenance
admin-by-day = Par jour

## Petition form
admin-edit-petition = Modifier la pétition
admin-slug = Adresse (slug)
admin-slug-hint = Lettres minuscules, chiffres et traits d’union. L’adresse sera : { $url }
admin-field-title = Titre
admin-field-target = Adressée à (destinataire)
admin-field-summary = Résumé
admin-field-text = Texte (Markdown)
admin-field-goal = Objectif (signatures)
admin-field-locale = Langue principale
admin-field-opens = Ouverture (UTC, facultatif)
admin-field-closes = Clôture (UTC, facultatif)
admin-field-who-signs = Qui peut signer (codes pays ISO, p. ex. « US » ; vide pour tout le monde)
admin-field-postcode-required = Le code postal est obligatoire
admin-field-consent-versioned = Texte de consentement (les signataires doivent l’accepter ; le modifier crée une nouvelle version)
admin-field-consent = Texte de consentement
admin-err-goal-number = L’objectif doit être un nombre entier.
admin-err-petition-slug = Une autre pétition utilise déjà cette adresse.
admin-err-date-time = « { $value } » n’est pas une date et une heure (AAAA-MM-JJTHH:MM).
spec-err-title = Le titre doit faire de 1 à 300 caractères.
spec-err-target = Indiquez à qui la pétition est adressée.
spec-err-goal = L’objectif doit être un nombre positif.
spec-err-state = L’état doit être l’un de : { $states }.
spec-err-consent = Le texte de consentement ne peut pas être vide.
spec-err-country = « { $code } » n’est pas un code pays ISO.

## Delivery pack
admin-delivery-title = Dossier de remise : { $title }
admin-delivery-to = Destinataire :
admin-delivery-summary = { $count ->
    [one] { $count } signature confirmée
   *[other] { $count } signatures confirmées
}, venues de { $countries } pays
admin-delivery-summary-dates = { $count ->
    [one] { $count } signature confirmée, recueillie
   *[other] { $count } signatures confirmées, recueillies
} du { $first } au { $last }, venues de { $countries } pays
admin-signatures-per-day = Signatures par jour
admin-signatures-by-country = Signatures par pays
admin-col-country = Pays
admin-col-signatures = Signatures
admin-col-share = Part
admin-signature-list = La liste des signatures
admin-digest-intro = { $rows ->
    [one] Le fichier joint contient la { $rows } signature confirmée comptée ci-dessus
   *[other] Le fichier joint contient les { $rows } signatures confirmées comptées ci-dessus
} (au { $generated }). Son empreinte SHA-256 est :
admin-digest-check = Pour la vérifier :
admin-download-list = Télécharger la liste des signatures (CSV)
admin-print-hint = imprimez cette page en PDF pour le résumé.

## Paper signatures
admin-paper-nothing-added = Rien n’a été ajouté. Veuillez corriger ces lignes :
admin-batch = Lot
admin-batch-placeholder = Marche de Genève, 20 novembre
admin-paper-csv = Une personne par ligne (CSV avec cette ligne d’en-tête)
admin-paper-hint = Colonnes : name, email (facultatif ; sert à écarter les personnes ayant déjà signé), country (code), postcode (facultatif), signed_on (AAAA-MM-JJ, facultatif). Les signatures papier comptent tout de suite et sont exportées avec leur lot comme provenance.
admin-paper-add = Ajouter ces signatures
admin-batches = Lots
admin-err-batch-name = Nommez le lot (1 à 100 caractères), p. ex. « Marche de Genève, 20 novembre ».
admin-paper-added = Lot « { $batch } » : { $added ->
    [one] { $added } signature ajoutée sur { $rows }
   *[other] { $added } signatures ajoutées sur { $rows }
} ; { $duplicates ->
    [one] { $duplicates } avait déjà signé
   *[other] { $duplicates } avaient déjà signé
}.
paper-line = ligne { $line } : { $problem }
paper-err-signed-on = signed_on doit être une date comme 2026-11-20
paper-err-empty = La liste ne contient aucune ligne.

## Partner sites
admin-widget = Widget
admin-widget-hint = Les partenaires collent ceci dans leur page pour afficher le compteur en direct et le formulaire ; les signatures sont enregistrées avec « widget: » et leur code comme provenance.
admin-cors = Sites autorisés à appeler l’API depuis un navigateur (CORS)
admin-origins = Un site par ligne, p. ex. https://partner.example.org
admin-organisations = Les organisations peuvent signer en coalition (listées sur la page, comptées à part)

## Fraud review
admin-last-hour = { $count ->
    [one] { $count } signature dans la dernière heure
   *[other] { $count } signatures dans la dernière heure
}
admin-usual-rate = habituellement : { $rate } par heure
admin-spike = { $ratio } × le rythme habituel
admin-spike-new = aucune signature dans les 24 heures précédentes
admin-pow = Défi de preuve de travail
admin-pow-on = Activé
admin-pow-on-hint = le formulaire fait résoudre une petite énigme à chaque navigateur avant l’envoi ; les signatures sans solution sont retenues.
admin-pow-off-hint = Désactivé. Activez-le en cas d’attaque : le navigateur de chaque signataire résout alors une petite énigme (un instant sur un téléphone, sans tiers).
admin-turn-on = Activer
admin-turn-off = Désactiver
admin-ranges-hour = Plages d’adresses, dernière heure
admin-domains-hour = Domaines e-mail, dernière heure
admin-held-back = Retenues (non comptées avant libération)
admin-invalidate = Invalider des signatures
admin-ip-range = Plage d’adresses
admin-email-domain = Domaine e-mail
admin-signed-from-utc = Signées à partir du (UTC)
admin-signed-to-utc = Signées jusqu’au (UTC)
admin-invalidate-removes = { $count ->
    [one] Ceci retire { $count } signature (en attente ou confirmée) de la pétition.
   *[other] Ceci retire { $count } signatures (en attente et confirmées) de la pétition.
}
admin-invalidate-n = { $count ->
    [one] Invalider { $count } signature
   *[other] Invalider { $count } signatures
}
admin-err-preview-changed = Le nombre de signatures concernées a changé depuis l’aperçu : vérifiez-le et confirmez à nouveau.
admin-invalidated = { $count ->
    [one] { $count } signature invalidée
   *[other] { $count } signatures invalidées
} ; { $counted ->
    [one] { $counted } était comptée
   *[other] { $counted } étaient comptées
} et les compteurs sont corrigés.
review-err-chars = Le filtre contient des caractères non autorisés ou est trop long.
review-err-empty = Donnez au moins un filtre : une plage d’adresses, un domaine, une période ou un pays.

## API tokens
admin-tokens-intro = Pour les scripts qui lisent les compteurs ou exportent les signatures :
admin-tokens-audit = Les exports figurent dans le journal d’audit sous le nom du jeton.
admin-token-copy = Copiez le jeton maintenant ; il ne sera plus affiché :
admin-col-name = Nom
admin-col-scope = Portée
admin-col-created = Créé
admin-col-last-used = Dernière utilisation
admin-token-placeholder = Script de remise
admin-scope-counts = Compteurs seulement
admin-scope-signatures = Compteurs et signatures (données personnelles)
admin-token-create = Créer un jeton
admin-revoked = révoqué
admin-revoke = Révoquer
admin-err-token-name = Nommez le jeton (1 à 100 caractères) et choisissez sa portée.
admin-err-token-scope = Ce jeton ne peut pas lire { $scope }.

## Translations
admin-translations-hint = Les visiteurs voient le texte dans leur langue quand il en existe un ici ; un champ vide affiche le texte principal ({ $main }). Laissez un formulaire entièrement vide pour retirer cette langue. Les pages, boutons et e-mails autour sont déjà traduits.
admin-err-field-long = { $max ->
    [one] { $field } : au plus { $max } caractère.
   *[other] { $field } : au plus { $max } caractères.
}
admin-err-field-line = { $field } : une seule ligne de texte simple.
admin-err-main-language = C’est la langue principale : modifiez directement le texte principal.

## Updates to signers
admin-updates-recipients = { $count ->
    [one] { $count } signataire confirmé a demandé des nouvelles.
   *[other] { $count } signataires confirmés ont demandé des nouvelles.
} Chaque e-mail contient un lien de désabonnement en un clic.
admin-update-kind = Type
admin-kind-progress = Avancée
admin-kind-victory = Victoire
admin-kind-delivery = Remise
admin-update-victory-hint = Une nouvelle de victoire affiche aussi son texte sur la page de la pétition.
admin-update-subject = Objet
admin-update-test = M’envoyer un test
admin-update-send = { $count ->
    [one] Envoyer à { $count } signataire
   *[other] Envoyer à { $count } signataires
}
admin-update-sent = Envoyées
admin-update-test-sent = Un test part vers { $email }.
admin-update-queued = { $count ->
    [one] Envoyée à { $count } signataire
   *[other] Envoyée à { $count } signataires
} (au plus { $rate } par minute).
admin-err-kind = Choisissez le type de nouvelle.
admin-err-subject = L’objet tient sur une ligne de 1 à 200 caractères.
admin-err-text = Le texte fait de 1 à 20 000 caractères.

## Accounts
admin-staff-accounts = Comptes de l’équipe
admin-add-account = Ajouter un compte
admin-create-account = Créer le compte
admin-account-ready = Le compte { $email } ({ $role }) est prêt. Son mot de passe, affiché seulement maintenant : { $password }
users-err-role = Le rôle doit être l’un de : { $roles }.
users-err-password = Le mot de passe doit faire au moins 12 caractères.
users-err-email = « { $email } » n’est pas une adresse e-mail.

## Audit log
admin-col-when = Quand
admin-col-who = Qui
admin-col-action = Action
admin-col-subject = Objet
admin-col-detail = Détail
admin-col-rows = Lignes

## Letter campaigns
admin-letter-campaigns = Campagnes de lettres
admin-new-letter-campaign = Nouvelle campagne de lettres
admin-edit-letter-campaign = Modifier la campagne de lettres
admin-col-campaign = Campagne
admin-col-supporters = Soutiens confirmés
admin-no-letter-campaigns = Pas encore de campagne de lettres.
admin-directory = Annuaire des représentants
admin-col-body = Institution
admin-col-active = Actifs
admin-col-in-all = Au total
admin-import-directory = Importer un annuaire (CSV)
admin-body-placeholder = Conseil départemental
admin-csv-header = CSV avec une ligne d’en-tête
admin-import-hint = Une nouvelle importation met à jour les membres par external_id ; les membres qui ont reçu des lettres ne sont jamais supprimés.
admin-deactivate-missing = Désactiver les membres de cette institution absents du fichier
admin-import = Importer
admin-err-body-name = Nommez l’institution (1 à 200 caractères).
admin-err-csv = Le CSV n’a pas pu être importé : { $error }
admin-err-csv-empty = Le CSV ne contient aucune ligne.
targets-err-id = external_id est vide
targets-err-name = un nom (ou first_name/last_name) est nécessaire
targets-err-control = les caractères de contrôle ne sont pas autorisés
targets-err-email = l’e-mail n’est pas une adresse valide
targets-err-url = contact_url doit commencer par https://
admin-rule-us_senators = Les deux sénateurs américains du soutien (selon l’État)
admin-rule-us_house = Le membre de la Chambre des représentants du soutien (selon le code ZIP / la circonscription)
admin-rule-us_congress = Les sénateurs et le représentant du soutien
admin-rule-body = Chaque membre actif d’une institution de l’annuaire
admin-rule-fixed = Une liste fixe de destinataires
admin-confirmed-supporters = { $count ->
    [one] { $count } soutien confirmé
   *[other] { $count } soutiens confirmés
}
admin-sending-window = envoi de { $from } h à { $until } h ({ $zone })
admin-hourly-cap = { $cap ->
    [one] au plus { $cap } lettre par destinataire et par heure
   *[other] au plus { $cap } lettres par destinataire et par heure
}
admin-col-target = Destinataire
admin-col-awaiting = En attente de confirmation
admin-col-waiting = Confirmées, en attente
admin-col-queued = En file
admin-col-sent = Envoyées
admin-col-failed = Échecs
admin-col-manual = Remise en main propre
admin-col-edited = Modifiées
admin-col-unedited = Non modifiées
admin-printable = Imprimable
admin-all-targets = Tous les destinataires
admin-no-letters = Pas encore de lettre.
admin-field-intro = Introduction (Markdown)
admin-field-who-writes = Qui peut écrire (codes pays ISO ; vide pour tout le monde)
admin-field-rule = Les soutiens écrivent à
admin-field-body = Institution (pour « chaque membre d’une institution »)
admin-field-fixed = Liste fixe (une « institution/identifiant externe » par ligne)
admin-field-subjects = Objets (un par ligne ; le soutien en choisit un)
admin-field-template = Modèle de lettre
admin-placeholders = Variables :
admin-template-hint = Le nom et l’adresse postale du soutien sont ajoutés sous la lettre.
admin-preview-to = Aperçu (destinataire : { $target })
admin-field-allow-edit = Les soutiens peuvent modifier la lettre
admin-field-max-length = Longueur maximale (caractères)
admin-field-hourly-cap = Lettres par destinataire et par heure
admin-field-window-start = Envoi à partir de (heure)
admin-field-window-end = Envoi jusqu’à (heure)
admin-field-time-zone = Fuseau horaire de la plage d’envoi
admin-err-whole-number = Veuillez saisir un nombre entier.
admin-err-campaign-slug = Une autre campagne utilise déjà cette adresse.
campaign-err-title = Un titre de 1 à 200 caractères est nécessaire.
campaign-err-state = L’état doit être brouillon (draft), ouverte (open) ou close (closed).
campaign-err-rule = Choisissez à qui les soutiens écrivent.
campaign-err-us-only = Les campagnes vers le Congrès américain sont réservées aux résidents des États-Unis : n’autorisez que US.
campaign-err-body = Nommez l’institution dont les membres reçoivent les lettres.
campaign-err-fixed = Indiquez au moins un destinataire.
campaign-err-subjects = Au moins un objet est nécessaire.
campaign-err-subject-lines = Chaque objet tient sur une ligne d’au plus 200 caractères.
campaign-err-max-length = La longueur maximale doit être comprise entre 100 et 20 000 caractères.
campaign-err-window = La plage d’envoi est faite de deux heures différentes, de 0–23 à 1–24.
campaign-err-time-zone = « { $zone } » n’est pas un nom de fuseau horaire (p. ex. Europe/Paris).
campaign-err-cap = Le plafond horaire par destinataire doit être d’au moins 1.
campaign-err-congress = Les réglages pour le Congrès admettent au plus 10 thèmes, chacun d’une ligne de 100 caractères au plus sans virgule, et un identifiant de campagne CWC de 100 caractères au plus.
campaign-err-translation-title = Un titre fait au plus 200 caractères.
admin-err-campaign-translation-consent = Indiquez aussi le texte de consentement dans cette langue : les personnes qui écrivent doivent pouvoir lire ce qu’elles acceptent. Ou laissez tout le formulaire vide pour ne proposer la campagne que dans sa langue principale.
spec-err-campaign-translation-consent = La traduction { $lang } doit avoir son propre texte de consentement : les personnes qui écrivent doivent pouvoir lire ce qu’elles acceptent.
template-err-empty = Le modèle de lettre est vide.
template-err-long = Le modèle de lettre doit faire au plus 20 000 caractères.
template-err-syntax = Le modèle contient une erreur : { $detail }
template-err-unknown = Variable inconnue { $unknown }. Utilisez l’une de : { $known }.

## Printable letters
admin-letters-to = Lettres (destinataire : { $target })
admin-letter-count = { $count ->
    [one] { $count } lettre
   *[other] { $count } lettres
}
admin-generated = produit le { $date }
admin-deliver-to = à remettre à { $address }
admin-pack-hint = Imprimez cette page (ou enregistrez-la en PDF) : chaque lettre commence sur une nouvelle page.
admin-letter-subject = Objet : { $subject }

## Emails to staff
milestone-subject = { $title } : { $pct } % de l’objectif
milestone-text = « { $title } » a { $count ->
    [one] { $count } signature confirmée
   *[other] { $count } signatures confirmées
} : { $pct } % de son objectif de { $goal }.

## Signatures retenues
admin-held-explain = Les auteurs de signatures retenues voient les mêmes pages que tout le monde (« votre signature est confirmée »), afin qu’un robot n’apprenne rien. Seul votre examen rend cette promesse vraie : libérez les personnes, invalidez le reste. Une signature libérée que son auteur avait confirmée compte aussitôt ; celle qui n’a jamais reçu d’e-mail (signalement de robot) reçoit maintenant son e-mail de confirmation.
admin-held-list = Dernières signatures retenues
admin-held-none = Aucune signature n’est retenue.
admin-col-reason = Motif
admin-col-clicked = Confirmée par la personne
admin-col-source = Source
admin-col-held = Retenues
admin-source = Code source
admin-reason = Motif de la retenue
admin-release = Libérer
admin-release-heading = Libérer ou invalider
admin-release-n = { $count ->
    [one] Libérer { $count } signature retenue
   *[other] Libérer { $count } signatures retenues
}
admin-release-matches = { $count ->
    [one] Parmi elles, { $count } est retenue et peut être libérée.
   *[other] Parmi elles, { $count } sont retenues et peuvent être libérées.
}
admin-released = { $count ->
    [one] { $count } signature libérée
   *[other] { $count } signatures libérées
} : { $counted ->
    [one] { $counted } comptée désormais
   *[other] { $counted } comptées désormais
}, { $emailed ->
    [one] { $emailed } a reçu son e-mail de confirmation
   *[other] { $emailed } ont reçu leur e-mail de confirmation
}.
admin-yes = oui
admin-no = non
admin-flag-ip_rate = nombreuses depuis une même adresse
admin-flag-domain_rate = nombreuses depuis un même domaine de messagerie
admin-flag-honeypot = champ caché rempli
admin-flag-too_fast = formulaire envoyé trop vite
admin-flag-stale_form = formulaire de plus d’un jour
admin-flag-no_pow = preuve de travail absente
admin-flag-blocked_ip = plage d’adresses bloquée
admin-flag-blocked_domain = domaine de messagerie bloqué
admin-flag-blocked_email = adresse e-mail bloquée
admin-sig-held = retenue ({ $reason })
admin-sig-held_back = retenue
admin-field-delivery-fields = Transmis à la cible dans le fichier de remise (uniquement ce que nomme le texte de consentement)
admin-field-delivery-fields-hint = Noms de champs séparés par des virgules, parmi : { $fields }. La liste complète avec les e-mails reste un export réservé à l’équipe.
spec-err-delivery-fields = Le fichier de remise ne peut contenir que ces champs : { $fields }.
delivery-col-name = Nom
delivery-col-country = Pays
delivery-col-postcode = Code postal
delivery-col-comment = Commentaire
delivery-col-signed_at = Signé le
## Sécurité des comptes
admin-err-disabled = Ce compte est désactivé. Demandez à un propriétaire de le réactiver.
admin-err-disable-self = Vous ne pouvez pas désactiver votre propre compte.
users-err-unknown = Il n’existe pas de compte { $email }.
admin-account-disabled = Le compte { $email } est désactivé et toutes ses sessions sont terminées.
admin-account-enabled = Le compte { $email } est de nouveau actif.
admin-account-status = Statut
admin-account-is-active = actif
admin-account-is-disabled = désactivé
admin-disable-account = Désactiver
admin-enable-account = Réactiver
admin-existing-account-hint = Pour un e-mail existant, cela définit un nouveau mot de passe et un nouveau rôle, et termine toutes ses sessions.
admin-two-factor = Connexion en deux étapes
admin-two-factor-on = activée
admin-two-factor-off = désactivée
admin-2fa-intro = Ajoutez ce compte à une application d’authentification (toute application compatible avec les codes TOTP), puis saisissez le code à 6 chiffres qu’elle affiche pour terminer.
admin-2fa-required = La connexion en deux étapes est obligatoire sur ce site. Configurez-la pour continuer.
admin-2fa-secret = Clé secrète
admin-2fa-uri = Lien de configuration pour les applications d’authentification
admin-2fa-code = Code de l’application
admin-2fa-confirm = Activer la connexion en deux étapes
admin-2fa-is-on = La connexion en deux étapes est activée pour ce compte.
admin-2fa-recovery-intro = Vos codes de secours. Chacun vous permet de vous connecter une fois si vous perdez votre appareil. Conservez-les en lieu sûr : ils ne sont affichés que maintenant.
admin-2fa-recovery-left = { $count ->
    [one] Il reste { $count } code de secours.
   *[other] Il reste { $count } codes de secours.
}
admin-2fa-step = Saisissez le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours.
admin-2fa-code-or-recovery = Code ou code de secours
admin-2fa-verify = Vérifier
admin-err-code = Ce code n’est pas correct.
admin-err-2fa-expired = La connexion a pris trop de temps. Veuillez recommencer.
template-err-size = Une fois remplie, la lettre dépasse { $max } Ko. Raccourcissez le modèle.
admin-org-queue = Organisations en attente de vérification
admin-org-none = Aucune organisation n’attend de vérification.
admin-org-approve = Approuver
admin-org-reject = Refuser
admin-org-flag = Signalée : { $flag }
admin-letters-held = Lettres retenues par les contrôles anti-abus
admin-letters-release = Libérer
admin-letters-none-held = Aucune lettre n’est retenue.
template-err-construct = Les modèles de lettre ne peuvent pas utiliser { $what }. Utilisez seulement des champs, des conditions et des boucles.
admin-err-decision = Choisissez Approuver ou Refuser.
admin-col-rate = Taux de confirmation
admin-source-direct = (direct)

## Confirmation avant les actions difficiles à annuler
admin-sure-heading = En êtes-vous sûr ?
admin-sure-cancel = Annuler
admin-sure-close = « { $title } » sera close dès maintenant : elle n’accepte plus aucune signature, et les signatures pas encore confirmées ne pourront plus compter.
admin-sure-archive = « { $title } » sera archivée : sa page publique, sa place dans la liste et dans l’API disparaissent.
admin-sure-revoke = Les scripts qui utilisent ce jeton d’API cessent aussitôt de fonctionner. Un jeton révoqué ne peut plus servir.
admin-sure-send = « { $subject } » sera envoyé maintenant par e-mail à { $count ->
    [one] { $count } signataire qui a demandé
   *[other] { $count } signataires qui ont demandé
} des nouvelles. Un e-mail envoyé ne peut pas être rappelé.
admin-2fa-email-code = Code reçu par e-mail
admin-2fa-email-sent = Nous avons envoyé un code à 6 chiffres à l’adresse de ce compte. Il est valable 30 minutes.
admin-err-email-code = Le code reçu par e-mail est incorrect ou a expiré. Rechargez cette page pour en recevoir un nouveau.
email-enrol-code-subject = Votre code pour activer la connexion en deux étapes
email-enrol-code = Quelqu’un s’est connecté à votre compte d’équipe avec son mot de passe et active la connexion en deux étapes. Si c’est vous, saisissez ce code : { $code }
    Si ce n’est pas vous, ne communiquez pas ce code et demandez dès maintenant à un propriétaire de changer votre mot de passe.
admin-petitions-heading = Pétitions

## Image de la pétition
image-heading = Image
image-none = Pas encore d’image. Les pétitions illustrées se remarquent dans la liste et dans les aperçus de liens.
image-file-label = Fichier image
image-file-hint = JPEG, PNG ou WebP, 5 Mo et 40 mégapixels au plus. L’image est redimensionnée et enregistrée à nouveau sans ses métadonnées (appareil, lieu).
image-alt-label = Description de l’image (texte alternatif)
image-alt-hint = Dites en une phrase ce que montre l’image, pour les personnes qui ne la voient pas.
image-upload = Envoyer l’image
image-replace = Remplacer l’image
image-remove = Retirer l’image
image-alt-save = Enregistrer la description
image-card-preview = Voir l’image des aperçus de liens (1200 × 630)
image-err-type = Ce fichier n’est pas une image JPEG, PNG ou WebP. Les autres types (SVG, GIF, documents) ne sont pas acceptés.
image-err-pixels = Cette image fait { $width } × { $height } pixels ; { $max } mégapixels au plus sont acceptés. Merci de la réduire.
image-err-unreadable = Ce fichier n’a pas pu être lu comme une image. Il est peut-être abîmé ou incomplet.
image-err-missing = Choisissez un fichier image à envoyer.
image-err-alt = { $max ->
    [one] La description de l’image doit tenir sur une ligne de { $max } caractère au plus.
   *[other] La description de l’image doit tenir sur une ligne de { $max } caractères au plus.
}
admin-err-translation-consent = Indiquez aussi le texte de consentement dans cette langue : les signataires doivent pouvoir lire ce qu’ils acceptent. Ou laissez tout le formulaire vide pour ne proposer la pétition que dans sa langue principale.
spec-err-translation-consent = La traduction { $lang } doit avoir son propre texte de consentement : les signataires doivent pouvoir lire ce qu’ils acceptent.
admin-err-not-in-directory = Absents de l’annuaire : { $targets }
admin-err-origins = Une ligne par site, comme https://partner.example.org (sans chemin), 100 lignes au plus. Non valides : { $invalid }
# Letters to Congress
admin-deliveries = Remises au Congrès
admin-congress-none = Aucun service de remise n’est configuré (CWC ou un serveur congress-forms, dans [congress]) : les lettres aux membres du Congrès sont rendues aux soutiens, qui les envoient eux-mêmes.
admin-col-delivery = Remise
admin-col-attempts = Tentatives
admin-delivery-waiting = En file d’attente
admin-delivery-sent-cwc = Envoyée par CWC
admin-delivery-sent-form = Envoyée par le formulaire du bureau
admin-delivery-tested = Testée (mode test) : aucun bureau ne l’a reçue
admin-delivery-failed = Échec, confiée au signataire
admin-delivery-hand = Remise en main propre : aucun service n’atteint ce bureau
admin-delivery-outside = Remise en main propre : ce membre ne représente pas ce soutien (CWC et les formulaires des bureaux ne prennent que les lettres de leurs électeurs)
admin-delivery-retired = Non envoyée : le membre n’est plus en fonction (rendue au soutien)
admin-congress-settings = Lettres au Congrès
admin-congress-settings-hint = Utilisé quand les lettres sont remises par Communicating with Congress (CWC).
admin-field-cwc-topics = Thèmes CWC (domaines de la Bibliothèque du Congrès, un par ligne ; aucun : Government Operations and Politics)
admin-field-cwc-campaign-id = Identifiant de campagne CWC (vide : l’adresse de la campagne)
admin-field-cwc-test-mode = Mode test : n’envoyer qu’aux services de validation et de test de CWC

# Webhooks out
admin-webhooks = Webhooks
admin-webhooks-intro = Chorus envoie chaque événement choisi à vos systèmes en JSON signé (Standard Webhooks). Les adresses doivent être en https et publiques.
admin-webhook-secret-once = Copiez ce secret de signature maintenant : il n’est affiché qu’une fois.
admin-webhook-url = URL de destination
admin-webhook-events = Événements
admin-webhook-reserved = (pas encore envoyé)
admin-webhook-personal = Peut recevoir des données personnelles (nom, adresse e-mail, code postal)
admin-webhook-personal-col = Données personnelles
admin-webhook-create = Ajouter la destination
admin-webhook-state = État
admin-webhook-active = actif
admin-webhook-paused = en pause
admin-webhook-failures = Échecs consécutifs : { $n }
admin-webhook-resume = Reprendre
admin-webhook-remove = Supprimer la destination
admin-webhook-sure-remove = Supprimer cette destination, ses envois et son journal ? Les événements pas encore reçus ne seront pas envoyés.
admin-webhook-deliveries = Envois
admin-webhook-log = Journal des tentatives
admin-webhook-attempts = Tentatives
admin-webhook-code = Réponse
admin-webhook-duration = Durée (ms)
admin-webhook-replay = Renvoyer
admin-webhook-delivery-pending = en attente
admin-webhook-delivery-delivered = reçu
admin-webhook-delivery-failed = abandonné
admin-webhook-err-url = Saisissez une URL https complète, sans nom d’utilisateur ni mot de passe.
admin-webhook-err-https = L’URL doit commencer par https://.
admin-webhook-err-private = Cette adresse est privée, locale ou de lien local : les webhooks ne vont qu’à des adresses publiques.
admin-webhook-err-dns = Ce nom d’hôte n’a pas pu être résolu.
admin-webhook-err-events = Choisissez au moins un événement.
webhook-paused-subject = Une destination de webhook a été mise en pause
webhook-paused-text = Les envois vers { $url } ont échoué trop de fois de suite : la destination a été mise en pause. Rien ne lui est plus envoyé avant qu’un propriétaire la reprenne ; ses événements attendent d’ici là.
# Rebonds et plaintes
admin-suppressions = Adresses bloquées
admin-suppressions-intro = Rien n’est envoyé à ces adresses, quel que soit l’e-mail : elles ont rebondi définitivement, leur titulaire a signalé notre e-mail comme indésirable, ou elles ont rebondi temporairement trop de fois de suite. Les pages qui déclenchent des e-mails répondent comme d’habitude.
admin-suppressions-search = L’adresse contient
admin-search = Rechercher
admin-suppressions-none = Aucune adresse bloquée.
admin-col-address = Adresse
admin-col-email-kind = E-mail qui a rebondi
admin-col-bounced = Rebond
admin-suppression-lift = Débloquer
admin-suppression-reason-hard_bounce = Rebond définitif
admin-suppression-reason-complaint = Signalement comme indésirable
admin-suppression-reason-soft_bounces = Rebonds temporaires successifs
admin-suppression-reason-manual = Ajoutée par l’équipe
admin-suppression-source-mailbox = Boîte des rebonds
admin-suppression-source-postmark = Postmark
admin-suppression-source-staff = Équipe
admin-bounced-targets = Bureaux dont l’adresse a rebondi
admin-bounced-targets-hint = Une lettre à ces adresses a rebondi : l’annuaire n’est peut-être plus à jour. Vérifiez l’adresse du bureau et importez l’annuaire à nouveau ; rien n’est plus envoyé à cette adresse tant qu’elle n’est pas débloquée.
admin-events = Événements
admin-events-hint = Créez un événement ici, ou depuis son fichier : { $command }.
admin-no-events = Aucun événement pour l’instant.
admin-col-event = Événement
admin-col-starts = Début
admin-col-seats-taken = Places prises
admin-col-unconfirmed = Non confirmées
admin-col-registrations = Inscriptions
admin-export-csv = CSV
admin-check-in = Liste d’émargement
admin-seated = { $count ->
    [one] { $count } personne a une place
   *[other] { $count } personnes ont une place
}
admin-col-here = Présent
admin-col-organisation = Organisation
admin-new-event = Nouvel événement
admin-edit-event = Modifier l’événement
admin-event-state = État
admin-event-state-draft = brouillon (non public)
admin-event-state-open = inscriptions ouvertes
admin-event-state-closed = inscriptions closes
admin-event-state-cancelled = annulé
admin-event-starts = Début (date et heure locales)
admin-event-ends = Fin (date et heure locales)
admin-event-zone = Fuseau horaire de ces heures
admin-event-show-zones = Autres fuseaux horaires affichés sur la page
admin-event-show-zones-hint = Un par ligne, avec un libellé si vous voulez : { $example }
admin-event-online = Événement en ligne
admin-event-join-url = Lien de connexion (visible des seuls inscrits confirmés)
admin-event-address = Adresse
admin-event-recording-url = Lien vers l’enregistrement (envoyé dans le message de suivi)
admin-event-pow-required = Demander une preuve de travail au formulaire d’inscription (contre les inscriptions automatisées)
admin-event-map-url = Lien vers une carte
admin-event-price = Prix
admin-event-audience = Public
admin-event-organisers = Organisateurs (un par ligne)
admin-event-capacity = Places (vide : sans limite)
admin-event-registration-opens = Ouverture des inscriptions
admin-event-registration-closes = Clôture des inscriptions
admin-event-petition = Pétition liée (son adresse)
admin-event-letters = Campagne de lettres liée (son adresse)
admin-event-translations = Remplissez les langues dans lesquelles l’événement est proposé en plus de sa langue principale ; un champ vide affiche le texte de la langue principale.
admin-event-notify-hint = Les inscrits ayant une place reçoivent un e-mail quand l’heure, le lieu ou le lien de connexion change ; tous les inscrits en reçoivent un quand l’événement est annulé.
event-err-too-long = { $max ->
    [one] { $max } caractère au plus.
   *[other] { $max } caractères au plus.
}
event-err-control = Les caractères de contrôle ne sont pas admis ici.
event-err-link = Ce n’est pas un lien web : il doit commencer par https:// ou http://.
event-err-moment = « { $value } » n’est pas une date et heure avec son décalage (p. ex. 2036-01-15T15:00:00+01:00).
event-err-local-time = { $value } n’existe pas dans le fuseau { $zone } (les horloges sautent cette heure).
event-err-required = Obligatoire.
event-err-ends = La fin doit suivre le début.
event-err-zone = « { $zone } » n’est pas un fuseau horaire (p. ex. Europe/Zurich).
event-err-count = { $max ->
    [one] { $max } entrée au plus.
   *[other] { $max } entrées au plus.
}
event-err-address = Un événement qui n’est pas en ligne a besoin d’une adresse.
event-err-capacity = Un nombre entier de 0 à 1 000 000, ou vide pour aucune limite.
event-err-closes = Les inscriptions doivent se clore après leur ouverture.
event-err-state = L’un de : { $states }.
event-err-translation-twice = La langue { $lang } est traduite deux fois, ou est la langue principale.
event-err-no-petition = Aucune pétition n’a l’adresse « { $slug } ».
event-err-no-letters = Aucune campagne de lettres n’a l’adresse « { $slug } ».
event-err-slug-taken = Un événement a déjà cette adresse.
admin-event-translations-legend = Traductions

admin-event-messages = Messages aux inscrits
admin-event-message-send = { $count ->
    [one] Envoyer à { $count } personne inscrite
   *[other] Envoyer à { $count } personnes inscrites
}
admin-event-message-recipients = { $count ->
    [one] { $count } inscrit reçoit ce message.
   *[other] { $count } inscrits reçoivent ce message.
} Chaque e-mail contient son propre lien et un lien de désabonnement en un clic.
admin-event-message-hint = Les personnes qui ont une place le reçoivent (et, si la case est cochée, celles en attente) ; pas celles qui se sont désabonnées. Au plus { $count ->
    [one] { $count } message
   *[other] { $count } messages
} par événement en 24 heures.
admin-event-message-waiting = Aussi aux personnes sur la liste d’attente
admin-event-message-err-key = Ce formulaire n’est plus à jour : rechargez la page, puis envoyez à nouveau.
admin-event-message-repeated = Ce message a déjà été envoyé : il n’est pas envoyé deux fois.
admin-event-message-limit = Cet événement a eu { $count ->
    [one] son { $count } message
   *[other] ses { $count } messages
} dans les dernières 24 heures : envoyez celui-ci plus tard.
admin-event-message-queued = { $count ->
    [one] Envoyé à { $count } inscrit
   *[other] Envoyé à { $count } inscrits
} (au plus { $rate } par minute).
admin-event-message-sure = « { $subject } » va être envoyé maintenant à { $count ->
    [one] { $count } inscrit
   *[other] { $count } inscrits
}. Un e-mail envoyé ne peut pas être rappelé.
