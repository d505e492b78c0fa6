# Chorus : français.
date-format = %-d %B %Y
date-short-format = %-d %b
date-time-format = %-d %B %Y à %H:%M UTC

## Every page
site-footer = Propulsé par Chorus, un service de pétitions auto-hébergé.
site-language = Langue
progress-label = { $pct } % de l’objectif
see-petition = Voir la pétition
see-all = Voir toutes les pétitions
back-to-petition = Retour à la pétition

## The list of petitions
index-title = Pétitions
index-empty = Il n’y a pas encore de pétition ouverte.
index-to = Destinataire : { $target }
index-signatures = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
index-letters = Écrivez à vos représentants
index-write = Écrire votre lettre
state-open = ouverte
state-closed = close
state-delivered = remise
state-victory = victoire

## A petition
petition-to = Destinataire : { $target }
petition-victory = Victoire !
petition-count-of-goal = { $count ->
    [one] { $count } signature sur un objectif de { $goal }
   *[other] { $count } signatures sur un objectif de { $goal }
}
petition-closes = Clôture le { $date }
petition-sign-this = Signez cette pétition
petition-coalition = { $count ->
    [one] { $count } organisation soutient cette pétition
   *[other] { $count } organisations soutiennent cette pétition
}
petition-coalition-link = Tout voir et signer au nom d’une organisation
petition-where = D’où viennent les signataires
petition-countries = { $count ->
    [one] Des signataires dans { $count } pays.
   *[other] Des signataires dans { $count } pays.
}
petition-countries-more = { $more ->
    [one] ({ $more } autre non affiché)
   *[other] ({ $more } autres non affichés)
}
petition-per-day = Signatures par jour
petition-recent = Derniers signataires
petition-share = Partager
petition-share-text = Signez la pétition : { $title }
petition-share-email = E-mail
petition-not-yet-open = Cette pétition n’est pas encore ouverte aux signatures.
petition-closed = Cette pétition est close et n’accepte plus de signatures.

## The sign form
form-check = Veuillez vérifier le formulaire :
form-pow = Vérification de votre navigateur…
form-honeypot = Laissez ce champ vide
field-name = Nom complet
field-email = Adresse e-mail
field-email-hint = Nous vous envoyons un lien pour confirmer votre signature.
field-country = Pays
field-country-choose = Choisissez votre pays…
field-postcode = Code postal
field-postcode-optional = Code postal (facultatif)
field-comment = Commentaire (facultatif)
field-show-name = Afficher publiquement mon prénom et mon pays sur cette page
field-newsletter = M’envoyer des nouvelles de cette campagne (facultatif)
form-sign = Signer la pétition
widget-sign = Signer
widget-signatures = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
widget-thanks = Merci ! Consultez vos e-mails pour confirmer votre signature.
widget-closed = Cette pétition est close.

## Errors in the form
err-name-empty = Veuillez saisir votre nom.
err-name-long = Votre nom doit comporter au plus 255 caractères.
err-name-chars = Votre nom contient des caractères non autorisés.
err-name-formula = Votre nom ne peut pas commencer par =, +, - ou @.
err-name-link = Votre nom ne peut pas contenir de lien.
err-email-empty = Veuillez saisir votre adresse e-mail.
err-email-invalid = Veuillez saisir une adresse e-mail valide.
err-country = Veuillez choisir votre pays.
err-postcode-empty = Veuillez saisir votre code postal.
err-postcode-format = Ce code postal ne semble pas correspondre au pays choisi.
err-residents-only = Cette pétition est réservée aux résidents des pays suivants : { $countries }.
err-consent = Veuillez cocher la case pour donner votre accord, sinon vous ne pouvez pas signer.
err-comment-long = { $max ->
    [one] Votre commentaire doit comporter au plus { $max } caractère.
   *[other] Votre commentaire doit comporter au plus { $max } caractères.
}
err-comment-chars = Votre commentaire contient des caractères non autorisés.

## After signing
signed-heading = Consultez vos e-mails
signed-thanks = Merci. Nous vous avons envoyé un e-mail : ouvrez le lien qu’il contient pour confirmer votre signature de « { $title } ».
signed-hint = Votre signature compte une fois confirmée. Si l’e-mail n’arrive pas d’ici quelques minutes, regardez dans vos indésirables.

## The emailed links
link-invalid-heading = Ce lien ne fonctionne pas
link-invalid = Le lien n’est pas valide ou a expiré. Si vous avez renvoyé le formulaire, seul le lien du dernier e-mail fonctionne ; sinon, vérifiez que vous avez copié le lien entier depuis l’e-mail.
link-already-heading = Déjà confirmée
link-already = Votre signature de « { $title } » est déjà confirmée. Merci !
link-withdrawn-heading = Signature retirée
link-withdrawn = Votre signature de « { $title } » a été retirée.
link-confirm-heading = Confirmez votre signature
link-confirm = Appuyez sur le bouton pour confirmer votre signature de « { $title } ».
link-confirm-button = Confirmer ma signature
link-withdraw-heading = Retirer votre signature
link-withdraw = Appuyez sur le bouton pour retirer votre signature de « { $title } ». Elle ne sera plus comptée.
link-withdraw-button = Retirer ma signature
link-confirmed-heading = Merci : votre signature est confirmée
link-confirmed = Votre signature de « { $title } » compte désormais.
link-held-heading = Merci : votre confirmation est enregistrée
link-held = Votre confirmation de signature de « { $title } » est enregistrée. Beaucoup de signatures sont arrivées au même moment depuis la même connexion ou le même fournisseur de messagerie (un foyer, un bureau…) : une personne de l’équipe les vérifie avant qu’elles ne comptent. Vous n’avez rien d’autre à faire.
link-closed-heading = Cette pétition est close
link-closed = « { $title } » a été close avant la confirmation de votre signature, qui n’a donc pas pu être comptée.
link-detail-name = Nom
# The name as given, and whether the petition page shows it.
link-detail-name-value = { $name } ({ $shown })
link-detail-shown = affiché sur la page de la pétition comme « { $first } »
link-detail-hidden = non affiché sur la page de la pétition
link-detail-newsletter = Nouvelles des organisateurs par e-mail
link-detail-yes = oui
link-detail-no = non
link-detail-comment = Commentaire
link-detail-not-you = Si ce n’est pas ce que vous avez envoyé, ne confirmez pas : remplissez à nouveau le formulaire et utilisez le lien du dernier e-mail.

## Your data
data-gone = Le lien n’est pas valide, ou les données auxquelles il renvoyait ont été effacées.
data-heading = Vos données
data-intro = Voici ce que nous conservons de votre signature de « { $title } ».
data-name = Nom
data-email = Adresse e-mail
data-country = Pays
data-postcode = Code postal
data-comment = Commentaire
data-show-name = Nom affiché publiquement
data-newsletter = Nouvelles par e-mail
data-state = Statut
data-yes = oui
data-no = non
data-stop-updates = Ne plus recevoir de nouvelles
data-copy = M’envoyer une copie
data-erase = Effacer mes données
data-erase-hint = L’effacement retire votre signature et supprime définitivement votre nom, votre e-mail, votre code postal et votre commentaire.
data-copy-heading = Une copie est en route
data-copy-sent = Nous vous envoyons par e-mail une copie de vos données.
data-erased-heading = Vos données sont effacées
data-erased = Votre signature de « { $title } » est retirée et vos données personnelles sont effacées.
unsub-heading = Se désabonner des nouvelles
unsub-intro = Appuyez sur le bouton pour ne plus recevoir de nouvelles de « { $title } ». Votre signature reste.
unsub-button = Se désabonner
unsub-done-heading = Vous êtes désabonné·e
unsub-done = Vous ne recevrez plus de nouvelles de « { $title } ». Votre signature reste.

## Error pages
error-title = Erreur { $status }
error-not-found-heading = Page introuvable
error-retry-heading = Veuillez réessayer
error-sorry-heading = Désolé
error-problem-heading = Il y a un problème
error-back = Retour aux pétitions
error-not-found = Nous n’avons pas trouvé cette page.
error-too-large = Cette requête est trop volumineuse.
error-media = Ce type de contenu n’est pas accepté ici.
error-busy = Nous sommes très sollicités ou brièvement indisponibles. Veuillez réessayer dans un instant.
error-internal = Une erreur s’est produite de notre côté. Veuillez réessayer.

## Emails to signers
email-hello = Bonjour { $name },
email-confirm-subject = Veuillez confirmer votre signature : { $title }
email-reminder-subject = Rappel : veuillez confirmer votre signature : { $title }
email-reminder-intro = Nous n’avons pas encore reçu votre confirmation : votre signature n’est donc pas comptée. Un clic suffit.
email-confirm-thanks = Merci d’avoir signé la pétition « { $title } » (destinataire : { $target }).
email-confirm-counts = Votre signature ne compte qu’une fois confirmée.
email-confirm-open = Ouvrez ce lien et appuyez sur « Confirmer ma signature » :
email-confirm-button = Confirmer ma signature
email-ignore = Si vous n’avez pas signé, ignorez cet e-mail : rien ne sera compté.
email-withdraw-line = Pour retirer votre signature à tout moment :
email-withdraw = Retirer ma signature
email-data-line = Vos données, une copie ou leur effacement :
email-data = Vos données
email-already-subject = Vous avez déjà signé : { $title }
email-already = Quelqu’un (sans doute vous) a de nouveau tenté de signer la pétition « { $title } » avec cette adresse e-mail.
email-already-done = Votre signature est déjà confirmée et comptée une fois ; vous n’avez rien d’autre à faire.
email-petition-line = La pétition :

## Lettres aux représentants
letter-closed = Cette campagne est close et n’envoie plus de lettres.
letter-write-heading = Écrivez votre lettre
letter-district = Votre code ZIP couvre plusieurs circonscriptions. Dans laquelle habitez-vous ?
letter-district-hint = Vous hésitez ? Votre carte d’électeur ou le site électoral de votre État indique votre circonscription.
letter-email-hint = Nous vous envoyons un lien par e-mail : vos lettres restent en attente tant que vous ne l’avez pas confirmé.
field-address = Adresse
field-city = Ville ou commune
field-zip = Code ZIP
letter-story = Votre histoire (facultatif)
letter-story-hint = Quelques mots sur ce que cela représente pour vous donnent bien plus de poids à une lettre.
letter-find = Trouver mes représentants
letter-find-congress = Trouver mes membres du Congrès
letter-yours = Vos lettres
letter-writing-to = { $count ->
    [one] « { $title } » : vous écrivez à { $count } représentant. Vos lettres restent en attente jusqu’à votre confirmation par e-mail.
   *[other] « { $title } » : vous écrivez à { $count } représentants. Vos lettres restent en attente jusqu’à votre confirmation par e-mail.
}
letter-writing-to-congress = { $count ->
    [one] « { $title } » : vous écrivez à { $count } membre du Congrès. Vos lettres restent en attente jusqu’à votre confirmation par e-mail.
   *[other] « { $title } » : vous écrivez à { $count } membres du Congrès. Vos lettres restent en attente jusqu’à votre confirmation par e-mail.
}
letter-subject = Objet
letter-subject-line = Objet : { $subject }
letter-to = Destinataire : { $target }
letter-by-email = Envoyée par e-mail dès votre confirmation.
letter-by-hand = Nous ne pouvons pas remettre celle-ci pour vous : c’est vous qui l’envoyez. Après votre confirmation, nous vous montrons comment faire, avec ce texte prêt à copier.
letter-by-cwc = Remise pour vous à ce bureau par Communicating with Congress, le système officiel des messages au Congrès, dès votre confirmation.
letter-by-form-service = Remise pour vous par le formulaire de contact de ce bureau dès votre confirmation ; si le formulaire ne peut pas la recevoir, nous vous l’envoyons par e-mail pour que vous l’envoyiez vous-même.
letter-signed-below = Votre nom et votre adresse postale sont ajoutés sous chaque lettre, car les élus ne répondent qu’aux habitants de leur circonscription.
letter-send = Envoyer mes lettres
letter-confirm-heading = Confirmez vos lettres
letter-confirm = Appuyez sur le bouton pour confirmer et envoyer vos lettres de la campagne « { $title } ».
letter-confirm-button = Confirmer et envoyer mes lettres
letter-confirmed-heading = Vos lettres sont confirmées
letter-confirmed = Merci d’avoir écrit dans le cadre de « { $title } ».
letter-manual = Ce bureau ne reçoit pas de lettres par e-mail. Envoyez-la vous-même, cela prend une minute :
letter-open-form = Ouvrir le formulaire de contact
letter-paste = Collez la lettre ci-dessous dans le formulaire de contact du bureau :
letter-call = Ou appelez ce numéro et lisez-la :
letter-post = Ou envoyez-la par la poste à { $address }.
letter-kept = Nous conservons aussi votre lettre pour la remise imprimée de la campagne.
letter-sent-now = Nous avons envoyé cette lettre par e-mail. Vous en recevrez une copie.
letter-sent-soon = Nous enverrons cette lettre par e-mail sous peu, pendant les heures d’ouverture du bureau. Vous en recevrez une copie.
letter-back = Retour à la campagne
letter-check = Merci. Nous vous avons envoyé un e-mail : ouvrez le lien qu’il contient pour confirmer vos lettres de la campagne « { $title } ».
letter-check-hint = Rien n’est envoyé à vos représentants avant votre confirmation. Si l’e-mail n’arrive pas d’ici quelques minutes, regardez dans vos indésirables.
err-address-empty = Veuillez saisir votre adresse.
err-city-empty = Veuillez saisir votre ville ou commune.
err-too-long = { $max ->
    [one] Ce texte ne doit pas dépasser { $max } caractère.
   *[other] Ce texte ne doit pas dépasser { $max } caractères.
}
err-chars = Ce texte contient des caractères non autorisés.
err-campaign-residents = Cette campagne est réservée aux résidents des pays suivants : { $countries }.
err-zip-empty = Veuillez saisir votre code ZIP.
err-zip-us = Pour trouver vos membres du Congrès américain, saisissez un code ZIP des États-Unis.
err-zip-unknown = Nous ne trouvons pas ce code ZIP. Veuillez le vérifier.
err-zip-nobody = Nous ne trouvons pas vos membres du Congrès pour ce code ZIP.
err-district = Veuillez choisir l’un des lieux proposés.
err-nobody = Personne n’est encore destinataire de cette campagne.
err-subject = Veuillez choisir un objet.
err-letter-empty = Une lettre ne peut pas être vide.
err-letter-to = Destinataire : { $target }. { $problem }
err-letter-consent = Veuillez cocher la case pour donner votre accord : sans lui, nous ne pouvons pas accepter vos lettres.
letter-consent-default = J’accepte que mon nom, mon adresse et ma lettre soient envoyés aux représentants indiqués, et que cette organisation les conserve pour mener cette campagne.
err-campaign-closed = Cette campagne est close.
email-letters-subject = Confirmez vos lettres : { $title }
email-letters-intro = Veuillez confirmer que vous voulez envoyer vos lettres de la campagne « { $title } » à :
email-letters-open = Rien n’est envoyé avant votre confirmation. Ouvrez ce lien et appuyez sur le bouton :
email-letters-ignore = Si vous n’avez rien demandé, ignorez cet e-mail : rien ne sera envoyé.
email-receipt-subject = Votre lettre a été envoyée (destinataire : { $target })
email-receipt = Merci d’avoir participé à « { $title } ». Voici une copie de la lettre que nous avons envoyée en votre nom. Destinataire : { $target }.

## Organisations signataires
org-title = Organisations
org-heading = Signer au nom d’une organisation
org-sent = Merci. Nous avons envoyé à la personne de contact un lien pour confirmer la signature de l’organisation.
org-name = Organisation
org-website = Site web (facultatif)
org-contact = Personne de contact
org-email = E-mail de contact
org-consent = Je peux signer au nom de cette organisation et j’accepte que son nom, son pays et son site web soient affichés ici.
org-consent-webhooks = Ses informations ainsi que votre nom et votre adresse e-mail de contact peuvent aussi être transmis aux systèmes des organisateurs de la campagne.
org-sign = Signer pour mon organisation
field-choose = Choisir…
err-org-name = Veuillez saisir le nom de l’organisation (200 caractères au plus).
err-org-website = Le site web doit être une adresse complète commençant par https://.
err-org-consent = Veuillez confirmer que vous pouvez signer au nom de cette organisation.
org-closed = Cette pétition n’accepte pas de signatures d’organisations pour le moment.
org-confirm-heading = Confirmez la signature de votre organisation
org-confirm = Appuyez sur le bouton pour confirmer que { $org } signe « { $title } ».
org-confirm-button = Confirmer
org-thanks-heading = Merci
org-listed = { $org } figure parmi les signataires de « { $title } ».
email-org-subject = Veuillez confirmer : { $org } signe « { $title } »
email-org = Veuillez confirmer que { $org } signe la pétition « { $title } ». Ouvrez ce lien et appuyez sur le bouton :
email-org-ignore = Si vous n’avez rien demandé, ignorez cet e-mail.

## Copie des données, nouvelles
email-copy-subject = Une copie de vos données
email-copy-intro = Bonjour, comme vous l’avez demandé, voici tout ce que nous conservons de votre signature :
data-petition = Pétition
data-signed = Signée
data-consent-version = version { $version } du texte de consentement
data-confirmed = Confirmée
data-source = Provenance
email-update-why = Vous recevez ce message parce que vous avez signé « { $title } » et demandé des nouvelles.
email-update-unsubscribe = Se désabonner :
email-update-data = Vos données :

## Errors shared by several pages
err-form-unreadable = Le formulaire n’a pas pu être lu. Revenez en arrière et réessayez.
err-cross-site = Ce formulaire a été envoyé depuis un autre site, il n’a donc pas été accepté. Ouvrez la page sur ce site et envoyez le formulaire depuis celle-ci.
err-slug = « { $slug } » n’est pas une adresse valide (lettres minuscules, chiffres et traits d’union).
err-language = « { $code } » ne fait pas partie des langues de Chorus : { $known }.
letter-confirm-review = Voici les lettres que vous confirmez, chacune avec son destinataire. Rien n’est envoyé avant que vous n’appuyiez sur le bouton.
letter-closed-confirm = Cette campagne a été close avant la confirmation de vos lettres : elles ne seront pas envoyées.
err-letter-render = Vos lettres n’ont pas pu être préparées, car la lettre de la campagne est trop longue. Merci de prévenir l’équipe de la campagne.
err-org-link = Le nom de l’organisation ne peut pas contenir de lien.
org-review = Merci : { $org } a confirmé signer « { $title } ». Elle sera affichée dès que l’équipe de la campagne l’aura vérifiée.
email-org-approved-subject = { $org } figure désormais sur « { $title } »
email-org-approved = L’équipe de la campagne a vérifié la signature de { $org } : elle figure désormais parmi les organisations qui soutiennent « { $title } ». Merci !
letter-erase-hint = Vous avez changé d’avis ? Vous pouvez supprimer vos coordonnées et toutes les lettres pas encore envoyées.
letter-erase-button = Supprimer mes coordonnées
letter-erased-heading = Vos coordonnées sont supprimées
letter-erased = Nous avons supprimé vos coordonnées et les lettres pas encore envoyées de « { $title } ». Les lettres déjà remises ne peuvent pas être rappelées.

## Expérience des signataires : états, effacement, aperçus de liens, fautes de frappe, partage
data-state-pending = en attente de votre confirmation par e-mail
data-state-confirmed = confirmée et comptée
data-state-withdrawn = retirée
data-erase-sure-heading = En êtes-vous sûr ?
data-erase-sure = Votre signature de « { $title } » sera retirée, et votre nom, votre e-mail, votre code postal et votre commentaire seront effacés définitivement. C’est irréversible.
data-erase-confirm = Oui, effacer mes données
data-erase-cancel = Non, garder ma signature
index-description = Signez et partagez des pétitions, et écrivez à vos représentants.
email-did-you-mean = Vouliez-vous dire { $email } ? Si oui, corrigez votre adresse ci-dessus. Si elle est juste telle quelle, appuyez de nouveau sur « Signer la pétition ».
share-ask = Demandez à vos proches de signer aussi
share-more = Autres façons de partager…
error-conflict = Quelqu’un a modifié ceci au même moment. Veuillez réessayer.
error-invalid = Nous n’avons pas pu enregistrer cela tel quel. Vérifiez ce que vous avez saisi et réessayez.
map-world-label = Carte des signatures par pays
map-us-label = Carte des signatures par État américain
map-shape-title = { $name } : { $count }
map-legend-fewer = Moins
map-legend-more = Plus
map-world-table = Signatures par pays (tableau)
map-us-table = Signatures par État (tableau)
map-col-state = État
chart-label = Signatures par jour du { $first } au { $last }
chart-table = Signatures par jour (tableau)
chart-col-day = Jour
map-us-unplaced = Code postal sans État correspondant
map-us-few = { $count ->
    [one] États comptant moins de { $count } signataire chacun
   *[other] États comptant moins de { $count } signataires chacun
}

index-sign = Signer

# Page de données des auteurs de lettres, rappels et désabonnement.
letter-data-footer = Voir, copier ou supprimer ce que nous gardons sur vous et vos lettres, ou arrêter les rappels :
data-campaign = Campagne
data-address = Adresse
data-message = Message personnel
data-submitted = Envoyé le
letter-writer-state-pending = en attente de votre confirmation par e-mail
letter-writer-state-confirmed = confirmé
letter-state-pending = non envoyée : en attente de votre confirmation
letter-state-confirmed = confirmée, en attente d’envoi
letter-state-queued = en cours d’envoi
letter-state-sent = envoyée
letter-state-failed = n’a pas pu être remise
letter-state-manual = à remettre vous-même (pas d’adresse e-mail)
letter-data-intro = Voici ce que nous gardons sur vous et vos lettres dans « { $title } ».
letter-unsub-intro = Appuyez sur le bouton pour ne plus recevoir de rappels ni de nouvelles sur « { $title } ». Vos lettres restent telles quelles.
letter-unsub-done = Vous ne recevrez plus de rappels ni de nouvelles sur « { $title } ». Vos lettres restent telles quelles.
letter-erase-sure = Cela supprimera définitivement votre nom, votre e-mail, votre adresse, votre message et toutes les lettres pas encore envoyées dans « { $title } ». Les lettres déjà remises ne peuvent pas être rappelées ; elles restent comptées, sans votre nom ni vos mots. C’est irréversible.
letter-erase-confirm = Oui, supprimer mes coordonnées
letter-erase-cancel = Non, les garder
letter-stop-emails = Arrêter les rappels et les nouvelles
letter-data-erase-hint = La suppression efface vos coordonnées et toutes les lettres pas encore envoyées. Les lettres déjà remises restent comptées, sans votre nom ni vos mots.
email-letters-reminder-subject = Rappel : veuillez confirmer vos lettres : { $title }
email-letters-reminder-intro = Nous n’avons pas encore reçu votre confirmation : vos lettres dans « { $title } » ne sont donc pas parties. Elles sont adressées à :

## Lettres : dire ce qui se passe vraiment (envoyées par nous, ou préparées pour que la personne les remette)
letter-send-ready = Préparer mes lettres
letter-confirm-ready = Appuyez sur le bouton pour confirmer vos lettres dans « { $title } ». Nous vous montrons ensuite comment remettre chacune d’elles, et nous vous les envoyons par e-mail.
letter-confirm-review-ready = Voici les lettres que vous confirmez, chacune avec son destinataire. Les bureaux qui ne reçoivent pas de lettres par e-mail les reçoivent de vous : après confirmation, vous l’envoyez par le formulaire de contact du bureau, par téléphone ou par la poste.
letter-confirm-button-ready = Confirmer mes lettres
letter-confirmed-heading-ready = Vos lettres sont prêtes à être remises
letter-pack-sent = Nous vous avons aussi envoyé ces lettres par e-mail avec les coordonnées de chaque bureau, pour que vous puissiez finir plus tard.
letter-emailed = Merci. Nous vous avons envoyé un e-mail au sujet de vos lettres dans « { $title } ». Ouvrez-le : il contient le lien pour les confirmer ou, si vous avez déjà écrit, vos lettres à nouveau.
letter-check-hint-ready = Vos lettres sont prêtes à être remises dès que vous confirmez. Si l’e-mail n’arrive pas d’ici quelques minutes, regardez dans vos spams.
letter-not-emailed = Merci. Nous n’avons pas envoyé de nouvel e-mail : cette adresse a reçu autant d’e-mails au sujet de « { $title } » que nous en envoyons. Utilisez un e-mail que nous vous avons envoyé plus tôt.
email-letters-intro-ready = Merci de confirmer vos lettres dans « { $title } », adressées à :
email-letters-open-ready = Une fois la confirmation faite, nous vous montrons comment remettre chaque lettre et nous vous les envoyons par e-mail. Ouvrez ce lien et appuyez sur le bouton :
letter-choose-state = Votre code ZIP couvre plusieurs États. Dans quel État habitez-vous ?
letter-choose-district = Votre code ZIP couvre plusieurs circonscriptions du Congrès. Dans laquelle habitez-vous ?
letter-choose-state_district = Votre code ZIP est à cheval sur plusieurs États. Dans quel État et quelle circonscription habitez-vous ?
place-at-large = { $state }, circonscription unique
place-district = { $state }, circonscription { $district }
letter-no-senators = { $place } n’a pas de sénateurs. Sa voix au Congrès est son délégué à la Chambre, { $delegate }.
letter-no-senators-nobody = { $place } n’a pas de sénateurs, et son siège à la Chambre est vacant.
err-zip-state = Ce code ZIP n’est pas en { $state }. Vérifiez l’État et le code ZIP.
err-state = Choisissez un État dans la liste.
field-state = État
field-state-us = État (adresses aux États-Unis)
field-state-choose = Choisir…
letter-your-details = Chaque lettre est signée de votre nom et de votre adresse :
letter-change-details = Modifier mes coordonnées
letter-copy = Copier
letter-copied = Copié
letter-call-first = Appelez ce numéro et lisez-la :
letter-post-first = Envoyez-la par la poste à { $address }.
letter-no-form = Ce bureau n’a pas de formulaire de contact vers lequel nous pouvons renvoyer.
letter-open-site = Ouvrir le site de l’élu
letter-site-paste = Envoyez la lettre ci-dessous par la page de contact du site de l’élu :
email-pack-subject = Vos lettres, prêtes à être remises : { $title }
email-pack-intro = { $count ->
    [one] Merci d’avoir confirmé votre lettre dans « { $title } ». Ce bureau ne reçoit pas de lettres par e-mail : la voici avec les moyens de la remettre.
   *[other] Merci d’avoir confirmé vos lettres dans « { $title } ». Ces bureaux ne reçoivent pas de lettres par e-mail : voici vos { $count } lettres avec les moyens de remettre chacune.
}
email-pack-form = Formulaire de contact : { $url }
email-pack-site = Pas de formulaire de contact vers lequel renvoyer. Le site de l’élu : { $url }
email-pack-phone = Téléphone : { $phone }
email-pack-phone-or = Ou par téléphone : { $phone }
email-pack-post = Par la poste : { $address }
email-pack-post-or = Ou par la poste : { $address }
email-pack-page = Vos lettres, avec des boutons pour les copier, sont aussi sur cette page :
email-again-subject = Vos lettres dans « { $title } »
email-again-intro = { $count ->
    [one] Vous avez déjà écrit dans « { $title } » : rien de nouveau n’a été enregistré ni envoyé. Voici de nouveau votre lettre.
   *[other] Vous avez déjà écrit dans « { $title } » : rien de nouveau n’a été enregistré ni envoyé. Voici de nouveau vos { $count } lettres.
}
email-again-ignore = Si vous n’avez rien demandé, ignorez cet e-mail : quelqu’un a saisi votre adresse dans le formulaire de la campagne.
honorific-us-senator = Sén.
honorific-us-representative = Repr.
honorific-us-delegate = Dél.
honorific-us-resident-commissioner = Comm. rés.
letter-not-emailed-heading = Pas de nouvel e-mail
letter-choice = { $place } : { $members }
letter-did-you-mean = Vouliez-vous dire { $email } ? Si oui, corrigez votre adresse ci-dessus. Si elle est juste telle quelle, appuyez de nouveau sur « Trouver mes représentants ».
letter-share-text = Écrivez vous aussi à vos représentants : { $title }
letter-share-ask = Demandez à vos proches d’écrire aussi
data-copy-capped-heading = Pas de copie cette fois
data-copy-capped = Cette adresse a déjà reçu autant d’e-mails de cette campagne que nous en envoyons en une semaine : nous n’avons donc pas envoyé de copie. Votre page de données montre tout ce que nous conservons.

err-token-needed = Un jeton d’API valide est nécessaire (Authorization: Bearer …).
err-json-invalid = Le corps de la requête n’est pas du JSON valide : { $detail }
err-request-invalid = La requête n’a pas pu être lue : { $detail }
err-filter-state = État inconnu « { $state } » (valeurs possibles : { $allowed }).
err-filter-date = « { $date } » n’est pas une date au format AAAA-MM-JJ.
percent = { $pct } %
label-value = { $label } : { $value }
# Lettres remises au Congrès des États-Unis
congress-receipt-subject = Votre lettre à { $target } a été remise
congress-receipt-cwc = Merci de participer à « { $title } ». Votre lettre a été remise au bureau de { $target } par Communicating with Congress, le système officiel des messages au Congrès. Voici la lettre telle que le bureau l’a reçue.
congress-receipt-form = Merci de participer à « { $title } ». Votre lettre a été remise à { $target } par le formulaire de contact du bureau. Voici la lettre telle que le bureau l’a reçue.
congress-hand-subject = Votre lettre à { $target } est prête à être envoyée par vous
congress-hand-none = Merci de participer à « { $title } ». Le bureau de { $target } n’est joignable par aucun des services que nous utilisons : votre lettre est prête à être envoyée par vous. Collez-la dans le formulaire de contact du bureau, ou téléphonez ou écrivez au bureau.
congress-hand-outside = Merci de participer à « { $title } ». { $target } ne représente pas l’adresse que vous avez donnée, et les services que nous utilisons ne portent les lettres qu’aux propres membres du Congrès de chacun. Nous ne pouvons pas remettre celle-ci pour vous : c’est vous qui l’envoyez. Collez-la dans le formulaire de contact du bureau, ou téléphonez ou écrivez au bureau.
congress-hand-retired = Merci de participer à « { $title } ». { $target } n’est plus en fonction : nous n’avons pas envoyé votre lettre. Elle figure ci-dessous si vous voulez l’envoyer vous-même.
congress-hand-failed = Merci de participer à « { $title } ». Nous n’avons pas pu remettre nous-mêmes votre lettre à { $target } : elle est prête à être envoyée par vous. Collez-la dans le formulaire de contact du bureau, ou téléphonez ou écrivez au bureau.
congress-hand-thanks = Merci de faire entendre votre voix.
letter-prefix = Comment le bureau doit-il s’adresser à vous ?
letter-prefix-optional = Comment le bureau doit-il s’adresser à vous ? (facultatif)
letter-name-split = Les bureaux du Congrès liront votre prénom comme « { $first } » et votre nom comme « { $last } ». Si ce n’est pas juste, changez votre nom dans vos coordonnées.
letter-prefix-none = Choisir…
letter-prefix-hint = Communicating with Congress, le système officiel qui remet votre lettre, l’exige.
letter-phone = Numéro de téléphone (facultatif)
letter-phone-hint = Le formulaire de contact de certains bureaux en demande un ; sans lui, la lettre à un tel bureau vous est envoyée par e-mail pour que vous l’envoyiez vous-même.
err-prefix = Choisissez une formule d’appel dans la liste.
err-prefix-needed = Choisissez comment le bureau doit s’adresser à vous : Communicating with Congress l’exige.
err-phone = Saisissez un numéro de téléphone de 7 à 15 chiffres (espaces et + - ( ) . acceptés).
letter-phone-required = Numéro de téléphone
err-phone-needed = Saisissez un numéro de téléphone : le formulaire de contact de ce bureau l’exige.
err-prefix-form = Choisissez comment le bureau doit s’adresser à vous : le formulaire de contact de ce bureau l’exige.
letter-by-service-soon = Nous remettons cette lettre au bureau pour vous, aux heures de la campagne, et vous disons par e-mail comment cela s’est passé.

# Webhooks out
consent-webhooks = Vos données peuvent aussi être transmises aux systèmes de l’organisation.
# Événements
date-zoned-format = %A %-d %B %Y, %H:%M %Z
events-title = Événements
events-empty = Aucun événement n’est prévu pour le moment.
event-when = Quand
event-your-time = Dans votre fuseau horaire
event-zones = Dans le monde
event-duration = Durée
event-minutes = { $minutes } min
event-where = Où
event-online = En ligne
event-map = Plan
event-language = Langue
event-price = Prix
event-audience = Qui peut venir
event-organisers = Organisé par
event-seats = Places
event-seats-left = { $count ->
    [one] { $count } place restante
   *[other] { $count } places restantes
}
event-full = Toutes les places sont prises : inscrivez-vous pour rejoindre la liste d’attente. Quand quelqu’un se désiste, la première personne en attente reçoit sa place et un e-mail.
event-add-calendar = Ajouter à votre agenda
event-petition = Signer la pétition
event-letters = Écrire à vos élus
event-invite = Pour inviter d’autres personnes, partagez cette page.
event-share = Partager cet événement
event-share-text = Rejoignez-moi à cet événement : { $title }
event-register = S’inscrire
event-register-button = M’inscrire
event-field-organisation = Organisation (facultatif)
event-consent = J’accepte que mon nom, mon e-mail, mon pays et mon organisation soient conservés pour gérer mon inscription jusqu’après l’événement.
event-err-consent = Cochez la case pour donner votre accord, sinon vous ne pouvez pas vous inscrire.
event-err-organisation = Le nom de l’organisation peut compter au plus 200 caractères, sur une ligne.
event-cancelled = Cet événement est annulé.
event-registration-closed = Les inscriptions à cet événement sont closes.
event-registration-not-yet = Les inscriptions à cet événement ne sont pas encore ouvertes.
event-check-email = Merci ! Nous vous avons envoyé un e-mail : ouvrez le lien qu’il contient pour confirmer votre inscription. Une place (ou, si l’événement est complet, une place sur la liste d’attente) vous est réservée une fois votre inscription confirmée.
event-confirm-ask = Appuyez sur le bouton pour confirmer votre inscription.
event-confirm-button = Confirmer mon inscription
event-confirmed = Votre inscription est confirmée : vous avez une place. Nous vous avons envoyé un e-mail avec les détails.
event-waiting = Votre inscription est confirmée, mais toutes les places sont prises : vous êtes sur la liste d’attente. Si une place se libère, elle revient à la première personne en attente, et nous vous écrirons.
event-own-pending = Votre inscription n’est pas encore confirmée : ouvrez le lien de l’e-mail que nous vous avons envoyé.
event-cancel-ask = Appuyez sur le bouton pour annuler votre inscription. Votre place revient à la première personne en attente.
event-cancel-button = Annuler mon inscription
event-cancel-link = Annuler mon inscription
event-cancelled-registration = Votre inscription est annulée.
event-link-invalid = Ce lien ne fonctionne pas. Seul le lien du dernier e-mail fonctionne ; vérifiez que vous avez copié le lien en entier.
event-join = Lien pour participer :
event-page-link = Voir la page de l’événement
event-mail-hello = Bonjour { $name },
event-mail-confirm-subject = Confirmez votre inscription : { $title }
event-mail-confirm-intro = Merci de vous être inscrit à « { $title } ». Ouvrez ce lien et appuyez sur le bouton pour confirmer votre inscription :
event-mail-registered-subject = Vous êtes inscrit : { $title }
event-mail-registered-intro = Votre inscription à « { $title } » est confirmée : vous avez une place.
event-mail-waiting-subject = Vous êtes sur la liste d’attente : { $title }
event-mail-waiting-intro = Toutes les places pour « { $title } » sont prises : vous êtes sur la liste d’attente. Si une place se libère, elle revient à la première personne en attente, et nous vous écrirons.
event-mail-promoted-subject = Une place est à vous : { $title }
event-mail-promoted-intro = Une place s’est libérée et elle est à vous : vous êtes inscrit à « { $title } ».
event-mail-reminder-subject = Rappel : { $title }, { $time }
event-mail-reminder-intro = Un rappel : « { $title } » commence bientôt.
event-mail-when = Quand : { $time }
event-mail-address = Où : { $address }
event-mail-join = Participez en ligne avec ce lien (gardez-le pour vous) :
event-mail-calendar = Le fichier joint ajoute l’événement à votre agenda.
event-mail-own-page = Votre inscription :
event-mail-cancel = Vous ne pouvez pas venir ? Annulez votre inscription ici (une place que vous occupez ira à la première personne en attente) :
event-mail-ignore = Si vous ne vous êtes pas inscrit, ignorez cet e-mail : rien ne se passe sans votre confirmation.
event-your-data = Ce que nous gardons sur vous
event-time-zone = Fuseau horaire
event-erase-link = Effacer mes données
event-erase-ask = Appuyez sur le bouton pour effacer votre nom, votre e-mail et votre organisation. Votre inscription est annulée, et votre place revient à la première personne en attente.
event-erase-button = Effacer mes données
event-erased = Vos données sont effacées et votre inscription est annulée.
event-mail-updated-subject = Modifié : { $title }
event-mail-updated-intro = « { $title } » a changé. Voici l’événement tel qu’il est maintenant ; le fichier joint met votre agenda à jour.
event-mail-cancelled-subject = Annulé : { $title }
event-mail-cancelled-intro = Nous sommes désolés : « { $title } » est annulé. Votre inscription prend fin avec lui, vous n’avez rien à faire ; le fichier joint le retire de votre agenda.

# Événements : écrire aux inscrits
language-en = anglais
language-fr = français
language-de = allemand
language-es = espagnol
language-zh-Hans = chinois (simplifié)
language-pt = portugais
event-mail-why = Vous recevez cet e-mail parce que vous vous êtes inscrit à « { $title } ».
event-mail-unsubscribe = Ne plus recevoir de messages sur cet événement :
event-mail-test-footer = (Un test : chaque inscrit voit ici ses propres liens.)
event-follow-up-subject = Merci de votre participation : { $title }
event-follow-up-thanks = Merci d’avoir participé à « { $title } ».
event-follow-up-recording = Regarder l’enregistrement :
event-follow-up-petition = Signez la pétition et partagez-la :
event-follow-up-letters = Écrivez à vos représentants :
event-copy-button = M’envoyer une copie de mes données
event-copy-sent = Nous vous envoyons une copie de vos données par e-mail.
event-copy-intro = Bonjour, comme vous l’avez demandé, voici tout ce que nous conservons sur votre inscription :
event-copy-event = Événement
event-copy-state = Inscription
event-copy-registered = Inscrit le
event-state-pending = pas encore confirmée
event-state-confirmed = confirmée, avec une place
event-state-waiting = confirmée, sur la liste d’attente
event-state-cancelled = annulée
event-unsubscribe-ask = Appuyez sur le bouton pour ne plus recevoir de messages sur cet événement. Votre inscription reste valable.
event-unsubscribe-button = Ne plus recevoir de messages sur cet événement
event-unsubscribed = Vous ne recevrez plus de messages sur cet événement. Votre inscription reste valable.
