# Chorus, páginas y correos del equipo: español.

## Every staff page
admin-title = Administración de Chorus
admin-dashboard = Panel
admin-new-petition = Nueva petición
admin-letters = Cartas
admin-audit = Registro de auditoría
admin-accounts = Cuentas
admin-tokens = Tokens de API
admin-sign-out = Cerrar sesión
admin-role = Rol
admin-role-owner = propietario
admin-role-campaigner = responsable de campañas
admin-role-viewer = solo lectura
admin-role-hint-owner = también gestiona las cuentas
admin-role-hint-campaigner = lleva campañas y exportaciones
admin-role-hint-viewer = solo paneles y recuentos
admin-state-draft = borrador
admin-state-open = abierta
admin-state-closed = cerrada
admin-state-delivered = entregada
admin-state-archived = archivada
admin-state-victory = victoria
admin-state-scheduled = programada
admin-save = Guardar
admin-save-named = Guardar: { $name }
admin-saved = Guardado.
admin-saved-named = Se guardó el texto en { $name }.
admin-preview = Vista previa
admin-preview-again = Nueva vista previa
admin-edit = Editar
admin-edit-named = Editar «{ $title }»
admin-public-page = página pública
admin-to = Destinatario: { $target }
admin-created = creada el { $date }
admin-created-by = { $date } por { $who }
admin-correct-fields = Corrija los campos señalados abajo.
admin-none = Ninguna.
admin-required = obligatorio
admin-columns = Columnas:
admin-email = Correo electrónico
admin-password = Contraseña
admin-country-code = Código de país
admin-exports = Exportaciones

## Sign in
admin-sign-in = Iniciar sesión
admin-staff-sign-in = Acceso del equipo
admin-err-login = El correo o la contraseña no son correctos.
admin-err-throttled = Demasiados intentos fallidos. Espere unos minutos y vuelva a intentarlo.
admin-err-role = Su rol no permite esta acción.
admin-err-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.

## Dashboard
admin-campaigns = Campañas
admin-refresh-hint = Los recuentos se actualizan cada 30 segundos.
admin-col-petition = Petición
admin-col-state = Estado
admin-col-confirmed = Confirmadas
admin-col-pending = Pendientes
admin-col-today = Hoy
admin-col-goal = Objetivo
admin-no-petitions = Aún no hay peticiones.
admin-create-first = Crear la primera.

## A petition
admin-count-detail = { $count ->
    [one] { $count } confirmada
   *[other] { $count } confirmadas
}, { $pending } pendientes de confirmación, { $held } retenidas, objetivo { $goal }
admin-paper = Firmas en papel
admin-updates = Novedades a los firmantes
admin-translations = Traducciones
admin-partners = Sitios aliados
admin-action-open = Abrir a las firmas
admin-action-close = Cerrar
admin-action-reopen = Reabrir
admin-action-deliver = Marcar como entregada
admin-action-archive = Archivar
admin-err-transition = Una petición en estado «{ $from }» no puede pasar a «{ $to }».
admin-counts-csv = Recuentos (CSV)
admin-counts-json = Recuentos (JSON)
admin-delivery-pack = Dosier de entrega
admin-fraud-review = Revisión de fraude
admin-sig-confirmed = confirmadas
admin-sig-pending = pendientes
admin-sig-withdrawn = retiradas
admin-sig-all = todas
admin-signed-from = Firmadas desde
admin-signed-to = Firmadas hasta
admin-newsletter-only = Solo quienes quieren novedades
admin-export-signatures = Exportar firmas (CSV)
admin-confirmed-per-day = Confirmaciones por día
admin-by-country = Por país
admin-by-area = Por zona postal
admin-no-postcodes = Aún no hay códigos postales.
admin-by-source = Por origen
admin-by-day = Por día

## Petition form
admin-edit-petition = Editar la petición
admin-slug = Dirección (slug)
admin-slug-hint = Minúsculas, cifras y guiones. La dirección será: { $url }
admin-field-title = Título
admin-field-target = Dirigida a (destinatario)
admin-field-summary = Resumen
admin-field-text = Texto (Markdown)
admin-field-goal = Objetivo (firmas)
admin-field-locale = Idioma principal
admin-field-opens = Apertura (UTC, opcional)
admin-field-closes = Cierre (UTC, opcional)
admin-field-who-signs = Quién puede firmar (códigos de país ISO, p. ej. «US»; vacío para todos)
admin-field-postcode-required = El código postal es obligatorio
admin-field-consent-versioned = Texto de consentimiento (los firmantes deben aceptarlo; cambiarlo crea una nueva versión)
admin-field-consent = Texto de consentimiento
admin-err-goal-number = El objetivo debe ser un número entero.
admin-err-petition-slug = Otra petición ya usa esta dirección.
admin-err-date-time = «{ $value }» no es una fecha y hora (AAAA-MM-DDTHH:MM).
spec-err-title = El título debe tener de 1 a 300 caracteres.
spec-err-target = Indique a quién va dirigida la petición.
spec-err-goal = El objetivo debe ser un número positivo.
spec-err-state = El estado debe ser uno de: { $states }.
spec-err-consent = El texto de consentimiento no puede estar vacío.
spec-err-country = «{ $code }» no es un código de país ISO.

## Delivery pack
admin-delivery-title = Dosier de entrega: { $title }
admin-delivery-to = Destinatario:
admin-delivery-summary = { $count ->
    [one] { $count } firma confirmada
   *[other] { $count } firmas confirmadas
}, { $countries ->
    [one] de { $countries } país
   *[other] de { $countries } países
}
admin-delivery-summary-dates = { $count ->
    [one] { $count } firma confirmada, reunida
   *[other] { $count } firmas confirmadas, reunidas
} del { $first } al { $last }, { $countries ->
    [one] de { $countries } país
   *[other] de { $countries } países
}
admin-signatures-per-day = Firmas por día
admin-signatures-by-country = Firmas por país
admin-col-country = País
admin-col-signatures = Firmas
admin-col-share = Proporción
admin-signature-list = La lista de firmas
admin-digest-intro = { $rows ->
    [one] El archivo adjunto contiene la { $rows } firma confirmada contada arriba
   *[other] El archivo adjunto contiene las { $rows } firmas confirmadas contadas arriba
} (a fecha de { $generated }). Su huella SHA-256 es:
admin-digest-check = Compruébela con
admin-download-list = Descargar la lista de firmas (CSV)
admin-print-hint = imprima esta página en PDF para el resumen.

## Paper signatures
admin-paper-nothing-added = No se añadió nada. Corrija estas líneas:
admin-batch = Lote
admin-batch-placeholder = Marcha de Ginebra, 20 de noviembre
admin-paper-csv = Una persona por línea (CSV con esta fila de encabezado)
admin-paper-hint = Columnas: name, email (opcional; sirve para omitir a quien ya firmó), country (código), postcode (opcional), signed_on (AAAA-MM-DD, opcional). Las firmas en papel cuentan enseguida y se exportan con su lote como origen.
admin-paper-add = Añadir estas firmas
admin-batches = Lotes
admin-err-batch-name = Dé un nombre al lote (1 a 100 caracteres), p. ej. «Marcha de Ginebra, 20 de noviembre».
admin-paper-added = Lote «{ $batch }»: { $rows ->
    [one] se añadieron { $added } de { $rows } firma
   *[other] se añadieron { $added } de { $rows } firmas
}; { $duplicates ->
    [one] { $duplicates } ya había firmado
   *[other] { $duplicates } ya habían firmado
}.
paper-line = línea { $line }: { $problem }
paper-err-signed-on = signed_on debe ser una fecha como 2026-11-20
paper-err-empty = La lista no tiene filas.

## Partner sites
admin-widget = Widget
admin-widget-hint = Los aliados pegan esto en su página para mostrar el recuento en directo y el formulario; las firmas se registran con «widget:» y su código como origen.
admin-cors = Sitios que pueden llamar a la API desde un navegador (CORS)
admin-origins = Un sitio por línea, p. ej. https://partner.example.org
admin-organisations = Las organizaciones pueden firmar como coalición (listadas en la página, contadas aparte)

## Fraud review
admin-last-hour = { $count ->
    [one] { $count } firma en la última hora
   *[other] { $count } firmas en la última hora
}
admin-usual-rate = lo habitual: { $rate } por hora
admin-spike = { $ratio } × el ritmo habitual
admin-spike-new = ninguna firma en las 24 horas anteriores
admin-pow = Desafío de prueba de trabajo
admin-pow-on = Activado
admin-pow-on-hint = el formulario hace que cada navegador resuelva un pequeño acertijo antes de enviar; las firmas sin solución quedan retenidas.
admin-pow-off-hint = Desactivado. Actívelo durante un ataque: el navegador de cada firmante resolverá un pequeño acertijo (un instante en un teléfono, sin terceros).
admin-turn-on = Activar
admin-turn-off = Desactivar
admin-ranges-hour = Rangos de direcciones, última hora
admin-domains-hour = Dominios de correo, última hora
admin-held-back = Retenidas (no cuentan hasta liberarlas)
admin-invalidate = Invalidar firmas
admin-ip-range = Rango de direcciones
admin-email-domain = Dominio de correo
admin-signed-from-utc = Firmadas desde (UTC)
admin-signed-to-utc = Firmadas hasta (UTC)
admin-invalidate-removes = { $count ->
    [one] Esto retira { $count } firma (pendiente o confirmada) de la petición.
   *[other] Esto retira { $count } firmas (pendientes y confirmadas) de la petición.
}
admin-invalidate-n = { $count ->
    [one] Invalidar { $count } firma
   *[other] Invalidar { $count } firmas
}
admin-err-preview-changed = El número de firmas afectadas cambió desde la vista previa: revíselo y confirme de nuevo.
admin-invalidated = { $count ->
    [one] Se invalidó { $count } firma
   *[other] Se invalidaron { $count } firmas
}; { $counted ->
    [one] { $counted } estaba contada
   *[other] { $counted } estaban contadas
} y los recuentos se han corregido.
review-err-chars = El filtro contiene caracteres no permitidos o es demasiado largo.
review-err-empty = Indique al menos un filtro: un rango de direcciones, un dominio, un periodo o un país.

## API tokens
admin-tokens-intro = Para scripts que leen recuentos o exportan firmas:
admin-tokens-audit = Las exportaciones figuran en el registro de auditoría con el nombre del token.
admin-token-copy = Copie el token ahora; no se volverá a mostrar:
admin-col-name = Nombre
admin-col-scope = Alcance
admin-col-created = Creado
admin-col-last-used = Último uso
admin-token-placeholder = Script de entrega
admin-scope-counts = Solo recuentos
admin-scope-signatures = Recuentos y firmas (datos personales)
admin-token-create = Crear token
admin-revoked = revocado
admin-revoke = Revocar
admin-err-token-name = Dé un nombre al token (1 a 100 caracteres) y elija su alcance.
admin-err-token-scope = Este token no puede leer { $scope }.

## Translations
admin-translations-hint = Los visitantes ven el texto en su idioma cuando aquí hay uno; un campo vacío muestra el texto principal ({ $main }). Deje un formulario entero vacío para quitar ese idioma. Las páginas, botones y correos de alrededor ya están traducidos.
admin-err-field-long = { $max ->
    [one] { $field }: como máximo { $max } carácter.
   *[other] { $field }: como máximo { $max } caracteres.
}
admin-err-field-line = { $field }: una sola línea de texto simple.
admin-err-main-language = Es el idioma principal: edite directamente el texto principal.

## Updates to signers
admin-updates-recipients = { $count ->
    [one] { $count } firmante confirmado pidió novedades.
   *[other] { $count } firmantes confirmados pidieron novedades.
} Cada correo lleva un enlace para darse de baja con un clic.
admin-update-kind = Tipo
admin-kind-progress = Avance
admin-kind-victory = Victoria
admin-kind-delivery = Entrega
admin-update-victory-hint = Una novedad de victoria muestra también su texto en la página de la petición.
admin-update-subject = Asunto
admin-update-test = Enviarme una prueba
admin-update-send = { $count ->
    [one] Enviar a { $count } firmante
   *[other] Enviar a { $count } firmantes
}
admin-update-sent = Enviadas
admin-update-test-sent = Una prueba va de camino a { $email }.
admin-update-queued = { $count ->
    [one] Enviada a { $count } firmante
   *[other] Enviada a { $count } firmantes
} (como máximo { $rate } por minuto).
admin-err-kind = Elija el tipo de novedad.
admin-err-subject = El asunto es una línea de 1 a 200 caracteres.
admin-err-text = El texto tiene de 1 a 20 000 caracteres.

## Accounts
admin-staff-accounts = Cuentas del equipo
admin-add-account = Añadir una cuenta
admin-create-account = Crear la cuenta
admin-account-ready = La cuenta { $email } ({ $role }) está lista. Su contraseña, que solo se muestra ahora: { $password }
users-err-role = El rol debe ser uno de: { $roles }.
users-err-password = La contraseña debe tener al menos 12 caracteres.
users-err-email = «{ $email }» no es una dirección de correo.

## Audit log
admin-col-when = Cuándo
admin-col-who = Quién
admin-col-action = Acción
admin-col-subject = Objeto
admin-col-detail = Detalle
admin-col-rows = Filas

## Letter campaigns
admin-letter-campaigns = Campañas de cartas
admin-new-letter-campaign = Nueva campaña de cartas
admin-edit-letter-campaign = Editar la campaña de cartas
admin-col-campaign = Campaña
admin-col-supporters = Apoyos confirmados
admin-no-letter-campaigns = Aún no hay campañas de cartas.
admin-directory = Directorio de representantes
admin-col-body = Institución
admin-col-active = Activos
admin-col-in-all = En total
admin-import-directory = Importar un directorio (CSV)
admin-body-placeholder = Diputación provincial
admin-csv-header = CSV con fila de encabezado
admin-import-hint = Importar de nuevo actualiza a los miembros por external_id; los miembros con cartas nunca se borran.
admin-deactivate-missing = Desactivar a los miembros de esta institución que no estén en el archivo
admin-import = Importar
admin-err-body-name = Dé un nombre a la institución (1 a 200 caracteres).
admin-err-csv = No se pudo importar el CSV: { $error }
admin-err-csv-empty = El CSV no tiene filas.
targets-err-id = external_id está vacío
targets-err-name = hace falta un nombre (o first_name/last_name)
targets-err-control = no se permiten caracteres de control
targets-err-email = el correo no es una dirección válida
targets-err-url = contact_url debe empezar por https://
admin-rule-us_senators = Los dos senadores de EE. UU. de la persona (según el estado)
admin-rule-us_house = El miembro de la Cámara de Representantes de la persona (según el código ZIP / distrito)
admin-rule-us_congress = Los senadores y el representante de la persona
admin-rule-body = Cada miembro activo de una institución del directorio
admin-rule-fixed = Una lista fija de destinatarios
admin-confirmed-supporters = { $count ->
    [one] { $count } apoyo confirmado
   *[other] { $count } apoyos confirmados
}
admin-sending-window = envío de { $from }:00 a { $until }:00 ({ $zone })
admin-hourly-cap = { $cap ->
    [one] como máximo { $cap } carta por destinatario y hora
   *[other] como máximo { $cap } cartas por destinatario y hora
}
admin-col-target = Destinatario
admin-col-awaiting = Esperando confirmación
admin-col-waiting = Confirmadas, en espera
admin-col-queued = En cola
admin-col-sent = Enviadas
admin-col-failed = Fallidas
admin-col-manual = Entrega en mano
admin-col-edited = Editadas
admin-col-unedited = Sin editar
admin-printable = Para imprimir
admin-all-targets = Todos los destinatarios
admin-no-letters = Aún no hay cartas.
admin-field-intro = Introducción (Markdown)
admin-field-who-writes = Quién puede escribir (códigos de país ISO; vacío para todos)
admin-field-rule = Los apoyos escriben a
admin-field-body = Institución (para «cada miembro de una institución»)
admin-field-fixed = Lista fija (una «institución/id externo» por línea)
admin-field-subjects = Asuntos (uno por línea; la persona elige uno)
admin-field-template = Plantilla de la carta
admin-placeholders = Variables:
admin-template-hint = El nombre y la dirección postal de la persona se añaden debajo de la carta.
admin-preview-to = Vista previa (destinatario: { $target })
admin-field-allow-edit = Los apoyos pueden editar la carta
admin-field-max-length = Longitud máxima (caracteres)
admin-field-hourly-cap = Cartas por destinatario y hora
admin-field-window-start = Enviar desde (hora)
admin-field-window-end = Enviar hasta (hora)
admin-field-time-zone = Zona horaria del periodo de envío
admin-err-whole-number = Introduzca un número entero.
admin-err-campaign-slug = Otra campaña ya usa esta dirección.
campaign-err-title = Hace falta un título de 1 a 200 caracteres.
campaign-err-state = El estado debe ser draft, open o closed.
campaign-err-rule = Elija a quién escriben los apoyos.
campaign-err-us-only = Las campañas al Congreso de EE. UU. son solo para residentes en EE. UU.: permita solo US.
campaign-err-body = Indique la institución cuyos miembros reciben las cartas.
campaign-err-fixed = Indique al menos un destinatario.
campaign-err-subjects = Hace falta al menos un asunto.
campaign-err-subject-lines = Los asuntos son líneas únicas de como máximo 200 caracteres.
campaign-err-max-length = La longitud máxima debe estar entre 100 y 20 000 caracteres.
campaign-err-window = El periodo de envío son dos horas distintas, de 0–23 a 1–24.
campaign-err-time-zone = «{ $zone }» no es un nombre de zona horaria (p. ej. Europe/Madrid).
campaign-err-cap = El límite por hora y destinatario debe ser al menos 1.
campaign-err-congress = Los ajustes para el Congreso admiten como máximo 10 temas, cada uno de una línea de 100 caracteres como máximo y sin comas, y un identificador de campaña CWC de 100 caracteres como máximo.
campaign-err-translation-title = Un título tiene como máximo 200 caracteres.
admin-err-campaign-translation-consent = Escribe también el texto de consentimiento en este idioma: quienes escriben deben poder leer lo que aceptan. O deja todo el formulario vacío para ofrecer la campaña solo en su idioma principal.
spec-err-campaign-translation-consent = La traducción { $lang } necesita su propio texto de consentimiento: quienes escriben deben poder leer lo que aceptan.
template-err-empty = La plantilla de la carta está vacía.
template-err-long = La plantilla de la carta debe tener como máximo 20 000 caracteres.
template-err-syntax = La plantilla tiene un error: { $detail }
template-err-unknown = Variable desconocida { $unknown }. Use una de: { $known }.

## Printable letters
admin-letters-to = Cartas (destinatario: { $target })
admin-letter-count = { $count ->
    [one] { $count } carta
   *[other] { $count } cartas
}
admin-generated = generado el { $date }
admin-deliver-to = entregar en { $address }
admin-pack-hint = Imprima esta página (o guárdela como PDF): cada carta empieza en una página nueva.
admin-letter-subject = Asunto: { $subject }

## Emails to staff
milestone-subject = { $title }: { $pct } % del objetivo
milestone-text = «{ $title }» tiene { $count ->
    [one] { $count } firma confirmada
   *[other] { $count } firmas confirmadas
}: el { $pct } % de su objetivo de { $goal }.

## Firmas retenidas
admin-held-explain = Quienes firmaron y quedaron retenidos ven las mismas páginas que todos («tu firma está confirmada»), para que un bot no averigüe nada. Solo tu revisión hace verdad esa promesa: libera a las personas e invalida el resto. Una firma liberada que ya había sido confirmada cuenta de inmediato; la que nunca recibió correo (marca de bot) recibe ahora su correo de confirmación.
admin-held-list = Últimas firmas retenidas
admin-held-none = No hay nada retenido.
admin-col-reason = Motivo
admin-col-clicked = Confirmada por la persona
admin-col-source = Origen
admin-col-held = Retenidas
admin-source = Código de origen
admin-reason = Motivo de la retención
admin-release = Liberar
admin-release-heading = Liberar o invalidar
admin-release-n = { $count ->
    [one] Liberar { $count } firma retenida
   *[other] Liberar { $count } firmas retenidas
}
admin-release-matches = { $count ->
    [one] De ellas, { $count } está retenida y se puede liberar.
   *[other] De ellas, { $count } están retenidas y se pueden liberar.
}
admin-released = { $count ->
    [one] Se liberó { $count } firma
   *[other] Se liberaron { $count } firmas
}: { $counted ->
    [one] { $counted } cuenta ahora
   *[other] { $counted } cuentan ahora
}, { $emailed ->
    [one] { $emailed } recibió su correo de confirmación
   *[other] { $emailed } recibieron su correo de confirmación
}.
admin-yes = sí
admin-no = no
admin-flag-ip_rate = muchas desde una misma dirección
admin-flag-domain_rate = muchas desde un mismo dominio de correo
admin-flag-honeypot = campo oculto rellenado
admin-flag-too_fast = formulario enviado demasiado rápido
admin-flag-stale_form = formulario de hace más de un día
admin-flag-no_pow = falta la prueba de trabajo
admin-flag-blocked_ip = rango de direcciones bloqueado
admin-flag-blocked_domain = dominio de correo bloqueado
admin-flag-blocked_email = dirección de correo bloqueada
admin-sig-held = retenida ({ $reason })
admin-sig-held_back = retenida
admin-field-delivery-fields = Se entrega al destinatario en el archivo de entrega (solo lo que nombra el texto de consentimiento)
admin-field-delivery-fields-hint = Nombres de campos separados por comas, entre: { $fields }. La lista completa con correos sigue siendo una exportación para el equipo.
spec-err-delivery-fields = El archivo de entrega solo puede contener estos campos: { $fields }.
delivery-col-name = Nombre
delivery-col-country = País
delivery-col-postcode = Código postal
delivery-col-comment = Comentario
delivery-col-signed_at = Firmado el
## Seguridad de las cuentas
admin-err-disabled = Esta cuenta está desactivada. Pida a un propietario que la active.
admin-err-disable-self = No puede desactivar su propia cuenta.
users-err-unknown = No existe la cuenta { $email }.
admin-account-disabled = La cuenta { $email } está desactivada y todas sus sesiones han terminado.
admin-account-enabled = La cuenta { $email } vuelve a estar activa.
admin-account-status = Estado
admin-account-is-active = activa
admin-account-is-disabled = desactivada
admin-disable-account = Desactivar
admin-enable-account = Activar
admin-existing-account-hint = Para un correo existente, esto establece una nueva contraseña y un nuevo rol, y termina todas sus sesiones.
admin-two-factor = Inicio de sesión en dos pasos
admin-two-factor-on = activado
admin-two-factor-off = desactivado
admin-2fa-intro = Añada esta cuenta a una aplicación de autenticación (cualquiera que admita códigos TOTP) y escriba el código de 6 dígitos que muestra para terminar.
admin-2fa-required = En este sitio el inicio de sesión en dos pasos es obligatorio. Configúrelo para continuar.
admin-2fa-secret = Clave secreta
admin-2fa-uri = Enlace de configuración para aplicaciones de autenticación
admin-2fa-code = Código de la aplicación
admin-2fa-confirm = Activar el inicio de sesión en dos pasos
admin-2fa-is-on = El inicio de sesión en dos pasos está activado para esta cuenta.
admin-2fa-recovery-intro = Sus códigos de recuperación. Cada uno le permite iniciar sesión una vez si pierde su dispositivo. Guárdelos en un lugar seguro: solo se muestran ahora.
admin-2fa-recovery-left = { $count ->
    [one] Queda { $count } código de recuperación.
   *[other] Quedan { $count } códigos de recuperación.
}
admin-2fa-step = Escriba el código de 6 dígitos de su aplicación de autenticación o uno de sus códigos de recuperación.
admin-2fa-code-or-recovery = Código o código de recuperación
admin-2fa-verify = Verificar
admin-err-code = Ese código no es correcto.
admin-err-2fa-expired = El inicio de sesión tardó demasiado. Vuelva a empezar.
template-err-size = Una vez rellenada, la carta supera los { $max } KB. Acorta la plantilla.
admin-org-queue = Organizaciones pendientes de revisión
admin-org-none = Ninguna organización espera revisión.
admin-org-approve = Aprobar
admin-org-reject = Rechazar
admin-org-flag = Marcada: { $flag }
admin-letters-held = Cartas retenidas por los controles contra abusos
admin-letters-release = Liberar
admin-letters-none-held = No hay cartas retenidas.
template-err-construct = Las plantillas de carta no pueden usar { $what }. Usa solo marcadores, condiciones y bucles.
admin-err-decision = Elige Aprobar o Rechazar.
admin-col-rate = Tasa de confirmación
admin-source-direct = (directo)

## Confirmación antes de acciones difíciles de deshacer
admin-sure-heading = ¿Estás seguro?
admin-sure-cancel = Cancelar
admin-sure-close = «{ $title }» se cerrará ahora: deja de aceptar firmas de inmediato, y las firmas aún sin confirmar ya no podrán contar.
admin-sure-archive = «{ $title }» se archivará: desaparecen su página pública y su lugar en la lista y en la API.
admin-sure-revoke = Los scripts que usan este token de API dejan de funcionar de inmediato. Un token revocado no se puede volver a usar.
admin-sure-send = «{ $subject }» se enviará ahora por correo a { $count ->
    [one] { $count } firmante que pidió
   *[other] { $count } firmantes que pidieron
} novedades. Un correo enviado no se puede recuperar.
admin-2fa-email-code = Código del correo
admin-2fa-email-sent = Hemos enviado un código de 6 cifras a la dirección de esta cuenta. Es válido durante 30 minutos.
admin-err-email-code = El código del correo no es correcto o ha caducado. Vuelve a cargar esta página para recibir otro.
email-enrol-code-subject = Tu código para activar el inicio de sesión en dos pasos
email-enrol-code = Alguien ha iniciado sesión en tu cuenta del equipo con su contraseña y está activando el inicio de sesión en dos pasos. Si eres tú, introduce este código: { $code }
    Si no eres tú, no compartas el código y pide ahora a una persona propietaria que cambie tu contraseña.
admin-petitions-heading = Peticiones

## Imagen de la petición
image-heading = Imagen
image-none = Todavía no hay imagen. Las peticiones con imagen destacan en la lista y en las vistas previas de enlaces.
image-file-label = Archivo de imagen
image-file-hint = JPEG, PNG o WebP, como máximo 5 MB y 40 megapíxeles. Se redimensiona y se guarda de nuevo sin sus metadatos (cámara, lugar).
image-alt-label = Descripción de la imagen (texto alternativo)
image-alt-hint = Di en una frase qué muestra la imagen, para quienes no pueden verla.
image-upload = Subir imagen
image-replace = Sustituir imagen
image-remove = Quitar imagen
image-alt-save = Guardar descripción
image-card-preview = Ver la imagen de las vistas previas de enlaces (1200 × 630)
image-err-type = Este archivo no es una imagen JPEG, PNG o WebP. No se aceptan otros tipos (SVG, GIF, documentos).
image-err-pixels = Esta imagen tiene { $width } × { $height } píxeles; se aceptan { $max } megapíxeles como máximo. Redúcela, por favor.
image-err-unreadable = No se pudo leer este archivo como imagen. Puede estar dañado o incompleto.
image-err-missing = Elige un archivo de imagen para subir.
image-err-alt = { $max ->
    [one] La descripción de la imagen debe ser una línea de { $max } carácter como máximo.
   *[other] La descripción de la imagen debe ser una línea de { $max } caracteres como máximo.
}
admin-err-translation-consent = Escribe también el texto de consentimiento en este idioma: quienes firman deben poder leer lo que aceptan. O deja todo el formulario vacío para ofrecer la petición solo en su idioma principal.
spec-err-translation-consent = La traducción { $lang } necesita su propio texto de consentimiento: quienes firman deben poder leer lo que aceptan.
admin-err-not-in-directory = No están en el directorio: { $targets }
admin-err-origins = Una línea por sitio, como https://partner.example.org (sin ruta), 100 líneas como máximo. No válidas: { $invalid }
# Letters to Congress
admin-deliveries = Entregas al Congreso
admin-congress-none = No hay ningún servicio de entrega configurado (CWC o un servidor congress-forms, en [congress]): las cartas a miembros del Congreso se devuelven a quienes las escriben para que las envíen.
admin-col-delivery = Entrega
admin-col-attempts = Intentos
admin-delivery-waiting = En cola
admin-delivery-sent-cwc = Enviada por CWC
admin-delivery-sent-form = Enviada por el formulario de la oficina
admin-delivery-tested = Probada (modo de prueba): ninguna oficina la recibió
admin-delivery-failed = Falló, entregada a quien la escribió
admin-delivery-hand = Entrega en mano: ningún servicio llega a esta oficina
admin-delivery-outside = Entrega en mano: este miembro no representa a quien escribe (CWC y los formularios de las oficinas solo aceptan cartas de sus electores)
admin-delivery-retired = No enviada: el miembro ya no ocupa el cargo (devuelta a quien la escribió)
admin-congress-settings = Cartas al Congreso
admin-congress-settings-hint = Se usa cuando las cartas se entregan a través de Communicating with Congress (CWC).
admin-field-cwc-topics = Temas CWC (áreas de la Biblioteca del Congreso, uno por línea; ninguno: Government Operations and Politics)
admin-field-cwc-campaign-id = Identificador de campaña CWC (vacío: la dirección de la campaña)
admin-field-cwc-test-mode = Modo de prueba: enviar solo a los servicios de validación y prueba de CWC

# Webhooks out
admin-webhooks = Webhooks
admin-webhooks-intro = Chorus envía cada evento que elijas a tus sistemas como JSON firmado (Standard Webhooks). Los destinos deben usar https en una dirección pública.
admin-webhook-secret-once = Copia ahora este secreto de firma: solo se muestra una vez.
admin-webhook-url = URL de destino
admin-webhook-events = Eventos
admin-webhook-reserved = (aún no se envía)
admin-webhook-personal = Puede recibir datos personales (nombre, correo electrónico, código postal)
admin-webhook-personal-col = Datos personales
admin-webhook-create = Añadir destino
admin-webhook-state = Estado
admin-webhook-active = activo
admin-webhook-paused = en pausa
admin-webhook-failures = Intentos fallidos seguidos: { $n }
admin-webhook-resume = Reanudar
admin-webhook-remove = Eliminar destino
admin-webhook-sure-remove = ¿Eliminar este destino con sus envíos y registro? Los eventos aún no recibidos no se enviarán.
admin-webhook-deliveries = Envíos
admin-webhook-log = Registro de intentos
admin-webhook-attempts = Intentos
admin-webhook-code = Respuesta
admin-webhook-duration = Duración (ms)
admin-webhook-replay = Enviar de nuevo
admin-webhook-delivery-pending = en espera
admin-webhook-delivery-delivered = entregado
admin-webhook-delivery-failed = abandonado
admin-webhook-err-url = Escribe una URL https completa, sin usuario ni contraseña.
admin-webhook-err-https = La URL debe empezar por https://.
admin-webhook-err-private = Esta dirección es privada, de bucle local o de enlace local: los webhooks solo van a direcciones públicas.
admin-webhook-err-dns = No se pudo resolver este nombre de host.
admin-webhook-err-events = Elige al menos un evento.
webhook-paused-subject = Se pausó un destino de webhook
webhook-paused-text = Los envíos a { $url } fallaron demasiadas veces seguidas, así que el destino se pausó. No se le envía nada hasta que un propietario lo reanude; sus eventos esperan mientras tanto.
# Rebotes y quejas
admin-suppressions = Direcciones bloqueadas
admin-suppressions-intro = No se envía nada a estas direcciones, sea cual sea el correo: rebotaron de forma permanente, su titular marcó nuestro correo como spam o rebotaron de forma temporal demasiadas veces seguidas. Las páginas que generan correos responden como siempre.
admin-suppressions-search = La dirección contiene
admin-search = Buscar
admin-suppressions-none = Ninguna dirección bloqueada.
admin-col-address = Dirección
admin-col-email-kind = Correo que rebotó
admin-col-bounced = Rebote
admin-suppression-lift = Desbloquear
admin-suppression-reason-hard_bounce = Rebote permanente
admin-suppression-reason-complaint = Queja por spam
admin-suppression-reason-soft_bounces = Rebotes temporales seguidos
admin-suppression-reason-manual = Añadida por el equipo
admin-suppression-source-mailbox = Buzón de rebotes
admin-suppression-source-postmark = Postmark
admin-suppression-source-staff = Equipo
admin-bounced-targets = Oficinas cuya dirección rebotó
admin-bounced-targets-hint = Una carta a estas direcciones rebotó: puede que el directorio esté desactualizado. Comprueba la dirección de la oficina e importa de nuevo el directorio; no se envía nada más a la dirección hasta que se desbloquee.
admin-events = Eventos
admin-events-hint = Cree un evento aquí, o desde su archivo: { $command }.
admin-no-events = Aún no hay eventos.
admin-col-event = Evento
admin-col-starts = Empieza
admin-col-seats-taken = Plazas ocupadas
admin-col-unconfirmed = Sin confirmar
admin-col-registrations = Inscripciones
admin-export-csv = CSV
admin-check-in = Lista de asistencia
admin-seated = { $count ->
    [one] { $count } persona tiene plaza
   *[other] { $count } personas tienen plaza
}
admin-col-here = Presente
admin-col-organisation = Organización
admin-new-event = Nuevo evento
admin-edit-event = Editar evento
admin-event-state = Estado
admin-event-state-draft = borrador (no público)
admin-event-state-open = inscripción abierta
admin-event-state-closed = inscripción cerrada
admin-event-state-cancelled = cancelado
admin-event-starts = Inicio (fecha y hora locales)
admin-event-ends = Fin (fecha y hora locales)
admin-event-zone = Zona horaria de estas horas
admin-event-show-zones = Otras zonas horarias que muestra la página
admin-event-show-zones-hint = Una por línea, con una etiqueta si quiere: { $example }
admin-event-online = Evento en línea
admin-event-join-url = Enlace para unirse (solo lo ven los inscritos confirmados)
admin-event-address = Dirección
admin-event-recording-url = Enlace a la grabación (se envía en el seguimiento)
admin-event-pow-required = Pedir prueba de trabajo en el formulario de inscripción (contra inscripciones automatizadas)
admin-event-map-url = Enlace a un mapa
admin-event-price = Precio
admin-event-audience = Público
admin-event-organisers = Organizadores (uno por línea)
admin-event-capacity = Plazas (vacío: sin límite)
admin-event-registration-opens = Apertura de la inscripción
admin-event-registration-closes = Cierre de la inscripción
admin-event-petition = Petición vinculada (su dirección)
admin-event-letters = Campaña de cartas vinculada (su dirección)
admin-event-translations = Rellene los idiomas en que se ofrece el evento además de su idioma principal; un campo vacío muestra el texto del idioma principal.
admin-event-notify-hint = Los inscritos con plaza reciben un correo cuando cambian la hora, el lugar o el enlace para unirse; todos los inscritos reciben uno cuando el evento se cancela.
event-err-too-long = { $max ->
    [one] Como máximo { $max } carácter.
   *[other] Como máximo { $max } caracteres.
}
event-err-control = Aquí no se admiten caracteres de control.
event-err-link = No es un enlace web: debe empezar por https:// o http://.
event-err-moment = «{ $value }» no es una fecha y hora con su desfase (p. ej. 2036-01-15T15:00:00+01:00).
event-err-local-time = { $value } no existe en { $zone } (los relojes se saltan esa hora).
event-err-required = Obligatorio.
event-err-ends = El fin debe ser posterior al inicio.
event-err-zone = «{ $zone }» no es una zona horaria (p. ej. Europe/Zurich).
event-err-count = { $max ->
    [one] Como máximo { $max } entrada.
   *[other] Como máximo { $max } entradas.
}
event-err-address = Un evento que no es en línea necesita una dirección.
event-err-capacity = Un número entero de 0 a 1 000 000, o vacío para no tener límite.
event-err-closes = La inscripción debe cerrarse después de abrirse.
event-err-state = Uno de: { $states }.
event-err-translation-twice = El idioma { $lang } está traducido dos veces o es el idioma principal.
event-err-no-petition = No hay ninguna petición con la dirección «{ $slug }».
event-err-no-letters = No hay ninguna campaña de cartas con la dirección «{ $slug }».
event-err-slug-taken = Ya existe un evento con esta dirección.
admin-event-translations-legend = Traducciones

admin-event-messages = Mensajes a las personas inscritas
admin-event-message-send = { $count ->
    [one] Enviar a { $count } persona inscrita
   *[other] Enviar a { $count } personas inscritas
}
admin-event-message-recipients = { $count ->
    [one] { $count } persona inscrita recibe este mensaje.
   *[other] { $count } personas inscritas reciben este mensaje.
} Cada correo lleva su propio enlace y un enlace para darse de baja con un clic.
admin-event-message-hint = Lo reciben quienes tienen plaza (y, si se marca, quienes esperan); no quienes se dieron de baja. Como máximo { $count ->
    [one] { $count } mensaje
   *[other] { $count } mensajes
} por evento en 24 horas.
admin-event-message-waiting = También a quienes están en la lista de espera
admin-event-message-err-key = Este formulario está desactualizado: recarga la página y vuelve a enviar.
admin-event-message-repeated = Este mensaje ya se envió: no se envía dos veces.
admin-event-message-limit = Este evento ya tuvo { $count ->
    [one] su { $count } mensaje
   *[other] sus { $count } mensajes
} en las últimas 24 horas: envía este más tarde.
admin-event-message-queued = { $count ->
    [one] Enviado a { $count } persona inscrita
   *[other] Enviado a { $count } personas inscritas
} (como máximo { $rate } por minuto).
admin-event-message-sure = Se enviará ahora «{ $subject }» a { $count ->
    [one] { $count } persona inscrita
   *[other] { $count } personas inscritas
}. Un correo enviado no se puede recuperar.
