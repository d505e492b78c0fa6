# Chorus: español.
date-format = %-d de %B de %Y
date-short-format = %-d %b
date-time-format = %-d de %B de %Y, %H:%M UTC

## Every page
site-footer = Funciona con Chorus, un servicio de peticiones autoalojado.
site-language = Idioma
progress-label = { $pct } % del objetivo
see-petition = Ver la petición
see-all = Ver todas las peticiones
back-to-petition = Volver a la petición

## The list of petitions
index-title = Peticiones
index-empty = Todavía no hay peticiones abiertas.
index-to = Destinatario: { $target }
index-signatures = { $count ->
    [one] { $count } firma
   *[other] { $count } firmas
}
index-letters = Escribe a tus representantes
index-write = Escribe tu carta
state-open = abierta
state-closed = cerrada
state-delivered = entregada
state-victory = victoria

## A petition
petition-to = Destinatario: { $target }
petition-victory = ¡Victoria!
petition-count-of-goal = { $count ->
    [one] { $count } firma de un objetivo de { $goal }
   *[other] { $count } firmas de un objetivo de { $goal }
}
petition-closes = Se cierra el { $date }
petition-sign-this = Firma esta petición
petition-coalition = { $count ->
    [one] { $count } organización apoya esta petición
   *[other] { $count } organizaciones apoyan esta petición
}
petition-coalition-link = Ver todas y firmar como organización
petition-where = De dónde son los firmantes
petition-countries = { $count ->
    [one] Firmantes en { $count } país.
   *[other] Firmantes en { $count } países.
}
petition-countries-more = { $more ->
    [one] ({ $more } más sin mostrar)
   *[other] ({ $more } más sin mostrar)
}
petition-per-day = Firmas por día
petition-recent = Firmantes recientes
petition-share = Compartir
petition-share-text = Firma la petición: { $title }
petition-share-email = Correo electrónico
petition-not-yet-open = Esta petición todavía no admite firmas.
petition-closed = Esta petición está cerrada y ya no admite firmas.

## The sign form
form-check = Revisa el formulario:
form-pow = Comprobando tu navegador…
form-honeypot = Deja este campo vacío
field-name = Nombre completo
field-email = Correo electrónico
field-email-hint = Te enviamos un enlace para confirmar tu firma.
field-country = País
field-country-choose = Elige tu país…
field-postcode = Código postal
field-postcode-optional = Código postal (opcional)
field-comment = Comentario (opcional)
field-show-name = Mostrar públicamente mi nombre de pila y mi país en esta página
field-newsletter = Envíame novedades sobre esta campaña (opcional)
form-sign = Firmar la petición
widget-sign = Firmar
widget-signatures = { $count ->
    [one] { $count } firma
   *[other] { $count } firmas
}
widget-thanks = ¡Gracias! Revisa tu correo para confirmar tu firma.
widget-closed = Esta petición está cerrada.

## Errors in the form
err-name-empty = Escribe tu nombre.
err-name-long = Tu nombre puede tener como máximo 255 caracteres.
err-name-chars = Tu nombre contiene caracteres no permitidos.
err-name-formula = Tu nombre no puede empezar por =, +, - o @.
err-name-link = Tu nombre no puede contener un enlace.
err-email-empty = Escribe tu dirección de correo electrónico.
err-email-invalid = Escribe una dirección de correo electrónico válida.
err-country = Elige tu país.
err-postcode-empty = Escribe tu código postal.
err-postcode-format = Este código postal no parece corresponder al país elegido.
err-residents-only = Esta petición solo está abierta a residentes de estos países: { $countries }.
err-consent = Marca la casilla para dar tu consentimiento; si no, no puedes firmar.
err-comment-long = { $max ->
    [one] Tu comentario puede tener como máximo { $max } carácter.
   *[other] Tu comentario puede tener como máximo { $max } caracteres.
}
err-comment-chars = Tu comentario contiene caracteres no permitidos.

## After signing
signed-heading = Revisa tu correo
signed-thanks = Gracias. Te hemos enviado un correo: abre el enlace que contiene para confirmar tu firma de «{ $title }».
signed-hint = Tu firma cuenta en cuanto esté confirmada. Si el correo no llega en unos minutos, mira en la carpeta de spam.

## The emailed links
link-invalid-heading = Este enlace no funciona
link-invalid = El enlace no es válido o ha caducado. Si volviste a enviar el formulario, solo funciona el enlace del correo más reciente; si no, comprueba que copiaste el enlace completo del correo.
link-already-heading = Ya confirmada
link-already = Tu firma de «{ $title }» ya está confirmada. ¡Gracias!
link-withdrawn-heading = Firma retirada
link-withdrawn = Tu firma de «{ $title }» se ha retirado.
link-confirm-heading = Confirma tu firma
link-confirm = Pulsa el botón para confirmar tu firma de «{ $title }».
link-confirm-button = Confirmar mi firma
link-withdraw-heading = Retirar tu firma
link-withdraw = Pulsa el botón para retirar tu firma de «{ $title }». Dejará de contarse.
link-withdraw-button = Retirar mi firma
link-confirmed-heading = Gracias: tu firma está confirmada
link-confirmed = Tu firma de «{ $title }» ya cuenta.
link-held-heading = Gracias: tu confirmación está registrada
link-held = Tu confirmación de la firma de «{ $title }» está registrada. Llegaron muchas firmas a la vez desde la misma conexión o el mismo proveedor de correo (un hogar o una oficina, por ejemplo), así que una persona del equipo las revisa antes de que cuenten. No tienes que hacer nada más.
link-closed-heading = Esta petición está cerrada
link-closed = «{ $title }» se cerró antes de que confirmaras tu firma, así que no se ha podido contar.
link-detail-name = Nombre
# The name as given, and whether the petition page shows it.
link-detail-name-value = { $name } ({ $shown })
link-detail-shown = se muestra en la página de la petición como «{ $first }»
link-detail-hidden = no se muestra en la página de la petición
link-detail-newsletter = Novedades de los organizadores por correo
link-detail-yes = sí
link-detail-no = no
link-detail-comment = Comentario
link-detail-not-you = Si no es lo que enviaste, no confirmes: vuelve a rellenar el formulario y usa el enlace del correo más reciente.

## Your data
data-gone = El enlace no es válido, o los datos a los que apuntaba se han borrado.
data-heading = Tus datos
data-intro = Esto es lo que guardamos de tu firma de «{ $title }».
data-name = Nombre
data-email = Correo electrónico
data-country = País
data-postcode = Código postal
data-comment = Comentario
data-show-name = Nombre visible públicamente
data-newsletter = Novedades por correo
data-state = Situación
data-yes = sí
data-no = no
data-stop-updates = Dejar de recibir novedades
data-copy = Enviarme una copia
data-erase = Borrar mis datos
data-erase-hint = Al borrar se retira tu firma y se eliminan para siempre tu nombre, correo, código postal y comentario.
data-copy-heading = Una copia va de camino
data-copy-sent = Te enviamos por correo una copia de tus datos.
data-erased-heading = Tus datos están borrados
data-erased = Tu firma de «{ $title }» está retirada y tus datos personales, borrados.
unsub-heading = Darse de baja de las novedades
unsub-intro = Pulsa el botón para dejar de recibir novedades sobre «{ $title }». Tu firma se mantiene.
unsub-button = Darme de baja
unsub-done-heading = Te has dado de baja
unsub-done = No recibirás más novedades sobre «{ $title }». Tu firma se mantiene.

## Error pages
error-title = Error { $status }
error-not-found-heading = No encontrado
error-retry-heading = Inténtalo de nuevo
error-sorry-heading = Lo sentimos
error-problem-heading = Hay un problema
error-back = Volver a las peticiones
error-not-found = No hemos encontrado esa página.
error-too-large = La solicitud es demasiado grande.
error-media = Ese tipo de contenido no se admite aquí.
error-busy = Estamos muy ocupados o no disponibles un momento. Inténtalo de nuevo enseguida.
error-internal = Algo ha fallado por nuestra parte. Inténtalo de nuevo.

## Emails to signers
email-hello = Hola, { $name }:
email-confirm-subject = Confirma tu firma: { $title }
email-reminder-subject = Recordatorio: confirma tu firma: { $title }
email-reminder-intro = Todavía no hemos recibido tu confirmación, así que tu firma no cuenta. Basta con un clic.
email-confirm-thanks = Gracias por firmar la petición «{ $title }» (destinatario: { $target }).
email-confirm-counts = Tu firma solo cuenta cuando la confirmas.
email-confirm-open = Abre este enlace y pulsa «Confirmar mi firma»:
email-confirm-button = Confirmar mi firma
email-ignore = Si no has firmado, ignora este correo y no se contará nada.
email-withdraw-line = Para retirar tu firma en cualquier momento:
email-withdraw = Retirar mi firma
email-data-line = Tus datos, una copia o su borrado:
email-data = Tus datos
email-already-subject = Ya has firmado: { $title }
email-already = Alguien (probablemente tú) ha intentado firmar de nuevo la petición «{ $title }» con esta dirección de correo.
email-already-done = Tu firma ya está confirmada y se cuenta una vez; no tienes que hacer nada más.
email-petition-line = La petición:

## Cartas a representantes
letter-closed = Esta campaña está cerrada y ya no envía cartas.
letter-write-heading = Escribe tu carta
letter-district = Tu código ZIP está en más de un distrito. ¿En cuál vives?
letter-district-hint = ¿No lo sabes? Tu tarjeta de registro de votante o la web electoral de tu estado indica tu distrito.
letter-email-hint = Te enviamos un enlace por correo: no enviaremos tus cartas hasta que confirmes.
field-address = Dirección
field-city = Ciudad o localidad
field-zip = Código ZIP
letter-story = Tu historia (opcional)
letter-story-hint = Unas palabras sobre por qué te importa dan mucho más peso a una carta.
letter-find = Buscar a mis representantes
letter-find-congress = Buscar a mis miembros del Congreso
letter-yours = Tus cartas
letter-writing-to = { $count ->
    [one] «{ $title }»: vas a escribir a { $count } representante. No enviaremos tus cartas hasta que lo confirmes por correo.
   *[other] «{ $title }»: vas a escribir a { $count } representantes. No enviaremos tus cartas hasta que lo confirmes por correo.
}
letter-writing-to-congress = { $count ->
    [one] «{ $title }»: vas a escribir a { $count } miembro del Congreso. No enviaremos tus cartas hasta que lo confirmes por correo.
   *[other] «{ $title }»: vas a escribir a { $count } miembros del Congreso. No enviaremos tus cartas hasta que lo confirmes por correo.
}
letter-subject = Asunto
letter-subject-line = Asunto: { $subject }
letter-to = Para: { $target }
letter-by-email = Se envía por correo en cuanto confirmes.
letter-by-hand = No podemos entregar esta por ti: la envías tú. Cuando confirmes te mostramos cómo, con este texto listo para copiar.
letter-by-cwc = La entregamos por ti a esta oficina a través de Communicating with Congress, el sistema oficial de mensajes al Congreso, en cuanto confirmes.
letter-by-form-service = La entregamos por ti mediante el formulario de contacto de esta oficina en cuanto confirmes; si el formulario no la acepta, te la enviamos por correo para que la envíes tú.
letter-signed-below = Tu nombre y tu dirección postal se añaden al pie de cada carta, porque las oficinas solo responden a sus electores.
letter-send = Enviar mis cartas
letter-confirm-heading = Confirma tus cartas
letter-confirm = Pulsa el botón para confirmar y enviar tus cartas de «{ $title }».
letter-confirm-button = Confirmar y enviar mis cartas
letter-confirmed-heading = Tus cartas están confirmadas
letter-confirmed = Gracias por escribir en «{ $title }».
letter-manual = Esta oficina no recibe cartas por correo. Envíala tú, lleva un minuto:
letter-open-form = Abrir el formulario de contacto
letter-paste = Pega la carta de abajo en el formulario de contacto de la oficina:
letter-call = O llama a este número y léela:
letter-post = O envíala por correo postal a { $address }.
letter-kept = También guardamos tu carta para la entrega impresa de la campaña.
letter-sent-now = Hemos enviado esta carta por correo. Recibirás una copia.
letter-sent-soon = Enviaremos esta carta por correo en breve, en el horario de la oficina. Recibirás una copia.
letter-back = Volver a la campaña
letter-check = Gracias. Te hemos enviado un correo: abre el enlace para confirmar tus cartas de «{ $title }».
letter-check-hint = No se envía nada a tus representantes hasta que confirmes. Si el correo no llega en unos minutos, mira en la carpeta de spam.
err-address-empty = Escribe tu dirección.
err-city-empty = Escribe tu ciudad o localidad.
err-too-long = { $max ->
    [one] Como máximo { $max } carácter.
   *[other] Como máximo { $max } caracteres.
}
err-chars = El texto contiene caracteres no permitidos.
err-campaign-residents = Esta campaña solo está abierta a residentes de estos países: { $countries }.
err-zip-empty = Escribe tu código ZIP.
err-zip-us = Los miembros del Congreso de EE. UU. se buscan con un código ZIP de EE. UU.
err-zip-unknown = No encontramos este código ZIP. Compruébalo.
err-zip-nobody = No encontramos a tus miembros del Congreso para este código ZIP.
err-district = Elige uno de los lugares de la lista.
err-nobody = Todavía no hay a quién escribir en esta campaña.
err-subject = Elige un asunto.
err-letter-empty = Una carta no puede estar vacía.
err-letter-to = Destinatario: { $target }. { $problem }
err-letter-consent = Marca la casilla para aceptar: sin tu acuerdo no podemos recoger tus cartas.
letter-consent-default = Acepto que mi nombre, mi dirección y mi carta se envíen a los representantes indicados, y que esta organización los conserve para llevar a cabo esta campaña.
err-campaign-closed = Esta campaña está cerrada.
email-letters-subject = Confirma tus cartas: { $title }
email-letters-intro = Confirma que quieres enviar tus cartas de «{ $title }» a:
email-letters-open = No se envía nada hasta que confirmes. Abre este enlace y pulsa el botón:
email-letters-ignore = Si no lo pediste, ignora este correo y no se enviará nada.
email-receipt-subject = Tu carta se ha enviado (destinatario: { $target })
email-receipt = Gracias por participar en «{ $title }». Esta es una copia de la carta que enviamos en tu nombre. Destinatario: { $target }.

## Organizaciones firmantes
org-title = Organizaciones
org-heading = Firmar como organización
org-sent = Gracias. Hemos enviado a la persona de contacto un enlace para confirmar la firma de la organización.
org-name = Organización
org-website = Sitio web (opcional)
org-contact = Persona de contacto
org-email = Correo de contacto
org-consent = Puedo firmar en nombre de esta organización y acepto que su nombre, país y sitio web se muestren aquí.
org-consent-webhooks = Sus datos y tu nombre y correo electrónico como contacto también pueden transmitirse a los sistemas de los organizadores de la campaña.
org-sign = Firmar por mi organización
field-choose = Elegir…
err-org-name = Escribe el nombre de la organización (hasta 200 caracteres).
err-org-website = El sitio web debe ser una dirección completa que empiece por https://.
err-org-consent = Confirma que puedes firmar en nombre de esta organización.
org-closed = Esta petición no admite firmas de organizaciones ahora.
org-confirm-heading = Confirma la firma de tu organización
org-confirm = Pulsa el botón para confirmar que { $org } firma «{ $title }».
org-confirm-button = Confirmar
org-thanks-heading = Gracias
org-listed = { $org } figura entre los firmantes de «{ $title }».
email-org-subject = Confirma: { $org } firma «{ $title }»
email-org = Confirma que { $org } firma la petición «{ $title }». Abre este enlace y pulsa el botón:
email-org-ignore = Si no lo pediste, ignora este correo.

## Copia de datos, novedades
email-copy-subject = Una copia de tus datos
email-copy-intro = Hola: como pediste, esto es todo lo que guardamos de tu firma:
data-petition = Petición
data-signed = Firmada
data-consent-version = versión { $version } del texto de consentimiento
data-confirmed = Confirmada
data-source = Origen
email-update-why = Recibes esto porque firmaste «{ $title }» y pediste novedades.
email-update-unsubscribe = Darse de baja:
email-update-data = Tus datos:

## Errors shared by several pages
err-form-unreadable = No se pudo leer el formulario. Vuelve atrás e inténtalo de nuevo.
err-cross-site = Este formulario se envió desde otro sitio web, por lo que no se aceptó. Abre la página en este sitio y envía el formulario desde allí.
err-slug = «{ $slug }» no es una dirección válida (minúsculas, cifras y guiones).
err-language = «{ $code }» no es uno de los idiomas de Chorus: { $known }.
letter-confirm-review = Estas son las cartas que confirmas, cada una con su destinatario. No se envía nada hasta que pulses el botón.
letter-closed-confirm = Esta campaña se cerró antes de que confirmaras tus cartas, así que no se enviarán.
err-letter-render = No se pudieron preparar tus cartas porque la carta de la campaña es demasiado larga. Avisa al equipo de la campaña, por favor.
err-org-link = El nombre de la organización no puede contener un enlace.
org-review = Gracias: { $org } ha confirmado que firma «{ $title }». Aparecerá en la lista en cuanto el equipo de la campaña la haya revisado.
email-org-approved-subject = { $org } ya figura en «{ $title }»
email-org-approved = El equipo de la campaña ha revisado la firma de { $org }: ya figura entre las organizaciones que apoyan «{ $title }». ¡Gracias!
letter-erase-hint = ¿Has cambiado de opinión? Puedes borrar tus datos y todas las cartas que aún no se han enviado.
letter-erase-button = Borrar mis datos
letter-erased-heading = Tus datos se han borrado
letter-erased = Hemos borrado tus datos y las cartas aún no enviadas de «{ $title }». Las cartas ya entregadas no se pueden recuperar.

## Para quienes firman: estados, borrado, vistas previas de enlaces, erratas, compartir
data-state-pending = a la espera de que la confirmes por correo
data-state-confirmed = confirmada y contada
data-state-withdrawn = retirada
data-erase-sure-heading = ¿Estás seguro?
data-erase-sure = Esto retirará tu firma de «{ $title }» y borrará para siempre tu nombre, correo, código postal y comentario. No se puede deshacer.
data-erase-confirm = Sí, borrar mis datos
data-erase-cancel = No, mantener mi firma
index-description = Firma y comparte peticiones, y escribe a tus representantes.
email-did-you-mean = ¿Quisiste decir { $email }? Si es así, corrígelo arriba. Si tu dirección es correcta tal como está, pulsa de nuevo «Firmar la petición».
share-ask = Pide a tus amigos que también firmen
share-more = Más formas de compartir…
error-conflict = Alguien ha cambiado esto en el mismo momento. Inténtalo de nuevo.
error-invalid = No hemos podido guardarlo tal como está. Revisa lo que has escrito e inténtalo de nuevo.
map-world-label = Mapa de firmas por país
map-us-label = Mapa de firmas por estado de EE. UU.
map-shape-title = { $name }: { $count }
map-legend-fewer = Menos
map-legend-more = Más
map-world-table = Firmas por país (tabla)
map-us-table = Firmas por estado (tabla)
map-col-state = Estado
chart-label = Firmas por día del { $first } al { $last }
chart-table = Firmas por día (tabla)
chart-col-day = Día
map-us-unplaced = Código postal sin estado asociado
map-us-few = { $count ->
    [one] Estados con menos de { $count } firmante cada uno
   *[other] Estados con menos de { $count } firmantes cada uno
}

index-sign = Firmar

# Página de datos de quienes escriben cartas, recordatorios y bajas.
letter-data-footer = Mira, copia o borra lo que guardamos sobre ti y tus cartas, o deja de recibir recordatorios:
data-campaign = Campaña
data-address = Dirección
data-message = Mensaje personal
data-submitted = Enviado
letter-writer-state-pending = esperando tu confirmación por correo
letter-writer-state-confirmed = confirmado
letter-state-pending = no enviada: esperando tu confirmación
letter-state-confirmed = confirmada, esperando su envío
letter-state-queued = enviándose
letter-state-sent = enviada
letter-state-failed = no se pudo entregar
letter-state-manual = para que la entregues tú (sin dirección de correo)
letter-data-intro = Esto es lo que guardamos sobre ti y tus cartas en «{ $title }».
letter-unsub-intro = Pulsa el botón para no recibir más recordatorios ni novedades sobre «{ $title }». Tus cartas se quedan como están.
letter-unsub-done = No recibirás más recordatorios ni novedades sobre «{ $title }». Tus cartas se quedan como están.
letter-erase-sure = Esto borrará para siempre tu nombre, tu correo, tu dirección, tu mensaje y todas las cartas aún no enviadas en «{ $title }». Las cartas ya entregadas no se pueden recuperar; siguen contando, sin tu nombre ni tus palabras. No se puede deshacer.
letter-erase-confirm = Sí, borrar mis datos
letter-erase-cancel = No, conservarlos
letter-stop-emails = Dejar de recibir recordatorios y novedades
letter-data-erase-hint = Al borrar se eliminan tus datos y todas las cartas aún no enviadas. Las cartas ya entregadas siguen contando, sin tu nombre ni tus palabras.
email-letters-reminder-subject = Recordatorio: confirma tus cartas: { $title }
email-letters-reminder-intro = Aún no hemos recibido tu confirmación, así que tus cartas en «{ $title }» no se han enviado. Van dirigidas a:

## Cartas: decir lo que de verdad pasa (las enviamos nosotros, o quedan listas para que la persona las entregue)
letter-send-ready = Preparar mis cartas
letter-confirm-ready = Pulsa el botón para confirmar tus cartas en «{ $title }». Después te mostramos cómo entregar cada una y te las enviamos por correo electrónico.
letter-confirm-review-ready = Estas son las cartas que confirmas, cada una con su destinatario. Las oficinas que no reciben cartas por correo electrónico la reciben de ti: tras confirmar, la envías por el formulario de contacto de la oficina, por teléfono o por correo postal.
letter-confirm-button-ready = Confirmar mis cartas
letter-confirmed-heading-ready = Tus cartas están listas para entregar
letter-pack-sent = También te hemos enviado estas cartas por correo electrónico con los datos de contacto de cada oficina, para que puedas terminar más tarde.
letter-emailed = Gracias. Te hemos enviado un correo sobre tus cartas en «{ $title }». Ábrelo: tiene el enlace para confirmarlas o, si ya habías escrito, tus cartas de nuevo.
letter-check-hint-ready = Tus cartas estarán listas para entregar en cuanto confirmes. Si el correo no llega en unos minutos, mira en la carpeta de spam.
letter-not-emailed = Gracias. No hemos enviado otro correo: esta dirección ya ha recibido tantos correos sobre «{ $title }» como enviamos. Usa un correo nuestro anterior.
email-letters-intro-ready = Confirma tus cartas en «{ $title }», dirigidas a:
email-letters-open-ready = Cuando confirmes, te mostramos cómo entregar cada carta y te las enviamos por correo. Abre este enlace y pulsa el botón:
letter-choose-state = Tu código ZIP abarca más de un estado. ¿En qué estado vives?
letter-choose-district = Tu código ZIP abarca más de un distrito del Congreso. ¿En cuál vives?
letter-choose-state_district = Tu código ZIP cruza límites entre estados. ¿En qué estado y distrito vives?
place-at-large = { $state }, distrito único
place-district = { $state }, distrito { $district }
letter-no-senators = { $place } no tiene senadores. Su voz en el Congreso es su delegado en la Cámara, { $delegate }.
letter-no-senators-nobody = { $place } no tiene senadores, y su escaño en la Cámara está vacante.
err-zip-state = Este código ZIP no está en { $state }. Revisa el estado y el código ZIP.
err-state = Elige un estado de la lista.
field-state = Estado
field-state-us = Estado (direcciones en EE. UU.)
field-state-choose = Elige…
letter-your-details = Cada carta va firmada con tu nombre y tu dirección:
letter-change-details = Cambiar mis datos
letter-copy = Copiar
letter-copied = Copiado
letter-call-first = Llama a este número y léela:
letter-post-first = Envíala por correo postal a { $address }.
letter-no-form = Esta oficina no tiene un formulario de contacto al que podamos enlazar.
letter-open-site = Abrir el sitio web del congresista
letter-site-paste = Envía la carta de abajo desde la página de contacto del sitio web del congresista:
email-pack-subject = Tus cartas, listas para entregar: { $title }
email-pack-intro = { $count ->
    [one] Gracias por confirmar tu carta en «{ $title }». Esta oficina no recibe cartas por correo electrónico; aquí la tienes con las formas de entregarla.
   *[other] Gracias por confirmar tus cartas en «{ $title }». Estas oficinas no reciben cartas por correo electrónico; aquí tienes tus { $count } cartas con las formas de entregar cada una.
}
email-pack-form = Formulario de contacto: { $url }
email-pack-site = No hay un formulario de contacto al que enlazar. Sitio web del congresista: { $url }
email-pack-phone = Teléfono: { $phone }
email-pack-phone-or = O por teléfono: { $phone }
email-pack-post = Correo postal: { $address }
email-pack-post-or = O por correo postal: { $address }
email-pack-page = Tus cartas, con botones para copiarlas, también están en esta página:
email-again-subject = Tus cartas en «{ $title }»
email-again-intro = { $count ->
    [one] Ya escribiste en «{ $title }», así que no se ha guardado ni enviado nada nuevo. Aquí tienes tu carta de nuevo.
   *[other] Ya escribiste en «{ $title }», así que no se ha guardado ni enviado nada nuevo. Aquí tienes tus { $count } cartas de nuevo.
}
email-again-ignore = Si no lo pediste, puedes ignorar este correo: alguien escribió tu dirección en el formulario de la campaña.
honorific-us-senator = Sen.
honorific-us-representative = Rep.
honorific-us-delegate = Del.
honorific-us-resident-commissioner = Com. Res.
letter-not-emailed-heading = Ningún correo nuevo
letter-choice = { $place }: { $members }
letter-did-you-mean = ¿Quisiste decir { $email }? Si es así, corrígelo arriba. Si tu dirección es correcta tal como está, pulsa de nuevo «Buscar a mis representantes».
letter-share-text = Escribe tú también a tus representantes: { $title }
letter-share-ask = Pide a tus amigos que también escriban
data-copy-capped-heading = Esta vez no hay copia
data-copy-capped = Esta dirección ya ha recibido de esta campaña tantos correos como enviamos en una semana, así que no hemos enviado una copia. Tu página de datos muestra todo lo que guardamos.

err-token-needed = Se necesita un token de API válido (Authorization: Bearer …).
err-json-invalid = El cuerpo de la solicitud no es JSON válido: { $detail }
err-request-invalid = No se pudo leer la solicitud: { $detail }
err-filter-state = Estado desconocido «{ $state }» (valores posibles: { $allowed }).
err-filter-date = «{ $date }» no es una fecha con el formato AAAA-MM-DD.
percent = { $pct } %
label-value = { $label }: { $value }
# Cartas entregadas al Congreso de EE. UU.
congress-receipt-subject = Tu carta a { $target } ha sido entregada
congress-receipt-cwc = Gracias por participar en «{ $title }». Tu carta fue entregada a la oficina de { $target } a través de Communicating with Congress, el sistema oficial de mensajes al Congreso. Esta es la carta tal como la recibió la oficina.
congress-receipt-form = Gracias por participar en «{ $title }». Tu carta fue entregada a { $target } a través del formulario de contacto de la oficina. Esta es la carta tal como la recibió la oficina.
congress-hand-subject = Tu carta a { $target } está lista para que la entregues
congress-hand-none = Gracias por participar en «{ $title }». La oficina de { $target } no se puede contactar con los servicios que usamos, así que tu carta está lista para que la entregues: pégala en el formulario de contacto de la oficina, o llama o escribe a la oficina.
congress-hand-outside = Gracias por participar en «{ $title }». { $target } no representa la dirección que diste, y los servicios que usamos solo llevan cartas a los propios miembros del Congreso de cada persona. No podemos entregar esta por ti: la envías tú. Pégala en el formulario de contacto de la oficina, o llama o escribe a la oficina.
congress-hand-retired = Gracias por participar en «{ $title }». { $target } ya no ocupa el cargo, así que no enviamos tu carta. Está abajo por si quieres enviarla tú.
congress-hand-failed = Gracias por participar en «{ $title }». No pudimos entregar nosotros mismos tu carta a { $target }, así que está lista para que la entregues: pégala en el formulario de contacto de la oficina, o llama o escribe a la oficina.
congress-hand-thanks = Gracias por hacer oír tu voz.
letter-prefix = ¿Cómo debe dirigirse a ti la oficina?
letter-prefix-optional = ¿Cómo debe dirigirse a ti la oficina? (opcional)
letter-name-split = Las oficinas del Congreso leerán tu nombre como «{ $first }» y tu apellido como «{ $last }». Si no es correcto, cambia tu nombre en tus datos.
letter-prefix-none = Elige…
letter-prefix-hint = Communicating with Congress, el sistema oficial que entrega tu carta, lo exige.
letter-phone = Teléfono (opcional)
letter-phone-hint = El formulario de contacto de algunas oficinas lo pide; sin él, la carta a esa oficina te llega por correo para que la envíes tú.
err-prefix = Elige un tratamiento de la lista.
err-prefix-needed = Elige cómo debe dirigirse a ti la oficina: Communicating with Congress lo exige.
err-phone = Escribe un teléfono de 7 a 15 dígitos (se admiten espacios y + - ( ) .).
letter-phone-required = Teléfono
err-phone-needed = Escribe un teléfono: el formulario de contacto de esta oficina lo exige.
err-prefix-form = Elige cómo debe dirigirse a ti la oficina: el formulario de contacto de esta oficina lo exige.
letter-by-service-soon = Entregamos esta carta a la oficina por ti, dentro del horario de la campaña, y te contamos por correo cómo fue.

# Webhooks out
consent-webhooks = Tus datos también pueden transmitirse a los sistemas de la organización.
# Eventos
date-zoned-format = %A, %-d de %B de %Y, %H:%M %Z
events-title = Eventos
events-empty = No hay eventos previstos por ahora.
event-when = Cuándo
event-your-time = En tu zona horaria
event-zones = En el mundo
event-duration = Duración
event-minutes = { $minutes } min
event-where = Dónde
event-online = En línea
event-map = Mapa
event-language = Idioma
event-price = Precio
event-audience = Quién puede asistir
event-organisers = Organizado por
event-seats = Plazas
event-seats-left = { $count ->
    [one] Queda { $count } plaza
   *[other] Quedan { $count } plazas
}
event-full = Todas las plazas están ocupadas: inscríbete para entrar en la lista de espera. Cuando alguien cancela, la primera persona en espera recibe su plaza y un correo.
event-add-calendar = Añadir a tu calendario
event-petition = Firma la petición
event-letters = Escribe a tus representantes
event-invite = Para invitar a más gente, comparte esta página.
event-share = Comparte este evento
event-share-text = Ven conmigo a este evento: { $title }
event-register = Inscribirse
event-register-button = Inscribirme
event-field-organisation = Organización (opcional)
event-consent = Acepto que mi nombre, correo, país y organización se guarden para gestionar mi inscripción hasta después del evento.
event-err-consent = Marca la casilla para aceptar; si no, no puedes inscribirte.
event-err-organisation = El nombre de la organización puede tener como máximo 200 caracteres, en una línea.
event-cancelled = Este evento está cancelado.
event-registration-closed = La inscripción a este evento está cerrada.
event-registration-not-yet = La inscripción a este evento aún no está abierta.
event-check-email = ¡Gracias! Te hemos enviado un correo: abre el enlace que contiene para confirmar tu inscripción. Tu plaza solo se guarda cuando confirmas.
event-confirm-ask = Pulsa el botón para confirmar tu inscripción.
event-confirm-button = Confirmar mi inscripción
event-confirmed = Tu inscripción está confirmada: tienes una plaza. Te hemos enviado un correo con los detalles.
event-waiting = Tu inscripción está confirmada, pero todas las plazas están ocupadas: estás en la lista de espera. Si se libera una plaza, será para la primera persona en espera, y te escribiremos.
event-own-pending = Tu inscripción aún no está confirmada: abre el enlace del correo que te enviamos.
event-cancel-ask = Pulsa el botón para cancelar tu inscripción. Tu plaza pasa a la primera persona en espera.
event-cancel-button = Cancelar mi inscripción
event-cancel-link = Cancelar mi inscripción
event-cancelled-registration = Tu inscripción está cancelada.
event-link-invalid = Este enlace no funciona. Solo sirve el enlace del correo más reciente; comprueba que copiaste el enlace completo.
event-join = Enlace para participar:
event-page-link = Ver la página del evento
event-mail-hello = Hola, { $name }:
event-mail-confirm-subject = Confirma tu inscripción: { $title }
event-mail-confirm-intro = Gracias por inscribirte en «{ $title }». Abre este enlace y pulsa el botón para confirmar tu inscripción:
event-mail-registered-subject = Estás inscrito: { $title }
event-mail-registered-intro = Tu inscripción en «{ $title }» está confirmada: tienes una plaza.
event-mail-waiting-subject = Estás en la lista de espera: { $title }
event-mail-waiting-intro = Todas las plazas de «{ $title }» están ocupadas, así que estás en la lista de espera. Si se libera una plaza, será para la primera persona en espera, y te escribiremos.
event-mail-promoted-subject = Tienes una plaza: { $title }
event-mail-promoted-intro = Se ha liberado una plaza y es tuya: estás inscrito en «{ $title }».
event-mail-reminder-subject = Recordatorio: { $title }, { $time }
event-mail-reminder-intro = Un recordatorio: «{ $title }» empieza pronto.
event-mail-when = Cuándo: { $time }
event-mail-address = Dónde: { $address }
event-mail-join = Participa en línea con este enlace (no lo compartas):
event-mail-calendar = El archivo adjunto añade el evento a tu calendario.
event-mail-own-page = Tu inscripción:
event-mail-cancel = ¿No puedes venir? Cancela tu inscripción y tu plaza pasará a alguien en espera:
event-mail-ignore = Si no te inscribiste, ignora este correo: no pasa nada si no confirmas.
event-your-data = Lo que guardamos sobre ti
event-time-zone = Zona horaria
event-erase-link = Borrar mis datos
event-erase-ask = Pulsa el botón para borrar tu nombre, tu correo y tu organización. Tu inscripción se cancela, y tu plaza pasa a la primera persona en espera.
event-erase-button = Borrar mis datos
event-erased = Tus datos están borrados y tu inscripción, cancelada.
event-mail-updated-subject = Cambios: { $title }
event-mail-updated-intro = «{ $title }» ha cambiado. Así es el evento ahora; el archivo adjunto actualiza su calendario.
event-mail-cancelled-subject = Cancelado: { $title }
event-mail-cancelled-intro = Lo sentimos: «{ $title }» se ha cancelado. Su inscripción termina con él y no tiene que hacer nada; el archivo adjunto lo quita de su calendario.

# Eventos: escribir a las personas inscritas
language-en = inglés
language-fr = francés
language-de = alemán
language-es = español
language-zh-Hans = chino (simplificado)
language-pt = portugués
event-mail-why = Recibes este correo porque te inscribiste en «{ $title }».
event-mail-unsubscribe = No recibir más mensajes sobre este evento:
event-mail-test-footer = (Una prueba: cada persona inscrita ve aquí sus propios enlaces.)
event-follow-up-subject = Gracias por participar: { $title }
event-follow-up-thanks = Gracias por participar en «{ $title }».
event-follow-up-recording = Ver la grabación:
event-follow-up-petition = Firma la petición y compártela:
event-follow-up-letters = Escribe a tus representantes:
event-copy-button = Enviarme una copia de mis datos
event-copy-sent = Te enviamos una copia de tus datos por correo.
event-copy-intro = Hola, como pediste, esto es todo lo que guardamos sobre tu inscripción:
event-copy-event = Evento
event-copy-state = Inscripción
event-copy-registered = Inscripción el
event-state-pending = aún sin confirmar
event-state-confirmed = confirmada, con plaza
event-state-waiting = confirmada, en la lista de espera
event-state-cancelled = cancelada
event-unsubscribe-ask = Pulsa el botón para dejar de recibir mensajes sobre este evento. Tu inscripción se mantiene.
event-unsubscribe-button = Dejar de recibir mensajes sobre este evento
event-unsubscribed = No recibirás más mensajes sobre este evento. Tu inscripción se mantiene.
