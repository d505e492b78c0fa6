# Chorus: português.
date-format = %-d de %B de %Y
date-short-format = %-d %b
date-time-format = %-d de %B de %Y, %H:%M UTC

## Every page
site-footer = Funciona com Chorus, um serviço de petições auto-hospedado.
site-language = Idioma
progress-label = { $pct }% da meta
see-petition = Ver a petição
see-all = Ver todas as petições
back-to-petition = Voltar à petição

## The list of petitions
index-title = Petições
index-empty = Ainda não há petições abertas.
index-to = Destinatário: { $target }
index-signatures = { $count ->
    [one] { $count } assinatura
   *[other] { $count } assinaturas
}
index-letters = Escreva aos seus representantes
index-write = Escrever sua carta
state-open = aberta
state-closed = encerrada
state-delivered = entregue
state-victory = vitória

## A petition
petition-to = Destinatário: { $target }
petition-victory = Vitória!
petition-count-of-goal = { $count ->
    [one] { $count } assinatura de uma meta de { $goal }
   *[other] { $count } assinaturas de uma meta de { $goal }
}
petition-closes = Encerra em { $date }
petition-sign-this = Assine esta petição
petition-coalition = { $count ->
    [one] { $count } organização apoia esta petição
   *[other] { $count } organizações apoiam esta petição
}
petition-coalition-link = Ver todas e assinar como organização
petition-where = De onde são os signatários
petition-countries = { $count ->
    [one] Signatários em { $count } país.
   *[other] Signatários em { $count } países.
}
petition-countries-more = { $more ->
    [one] ({ $more } outro não mostrado)
   *[other] ({ $more } outros não mostrados)
}
petition-per-day = Assinaturas por dia
petition-recent = Signatários recentes
petition-share = Compartilhar
petition-share-text = Assine a petição: { $title }
petition-share-email = E-mail
petition-not-yet-open = Esta petição ainda não está aberta para assinaturas.
petition-closed = Esta petição está encerrada e não aceita mais assinaturas.

## The sign form
form-check = Verifique o formulário:
form-pow = Verificando seu navegador…
form-honeypot = Deixe este campo vazio
field-name = Nome completo
field-email = E-mail
field-email-hint = Enviamos um link para você confirmar sua assinatura.
field-country = País
field-country-choose = Escolha seu país…
field-postcode = Código postal
field-postcode-optional = Código postal (opcional)
field-comment = Comentário (opcional)
field-show-name = Mostrar publicamente meu primeiro nome e meu país nesta página
field-newsletter = Quero receber novidades desta campanha (opcional)
form-sign = Assinar a petição
widget-sign = Assinar
widget-signatures = { $count ->
    [one] { $count } assinatura
   *[other] { $count } assinaturas
}
widget-thanks = Obrigado! Verifique seu e-mail para confirmar sua assinatura.
widget-closed = Esta petição está encerrada.

## Errors in the form
err-name-empty = Digite seu nome.
err-name-long = Seu nome pode ter no máximo 255 caracteres.
err-name-chars = Seu nome contém caracteres não permitidos.
err-name-formula = Seu nome não pode começar com =, +, - ou @.
err-name-link = Seu nome não pode conter um link.
err-email-empty = Digite seu endereço de e-mail.
err-email-invalid = Digite um endereço de e-mail válido.
err-country = Escolha seu país.
err-postcode-empty = Digite seu código postal.
err-postcode-format = Este código postal não parece corresponder ao país escolhido.
err-residents-only = Esta petição está aberta apenas a residentes destes países: { $countries }.
err-consent = Marque a caixa para concordar; caso contrário, não é possível assinar.
err-comment-long = { $max ->
    [one] Seu comentário pode ter no máximo { $max } caractere.
   *[other] Seu comentário pode ter no máximo { $max } caracteres.
}
err-comment-chars = Seu comentário contém caracteres não permitidos.

## After signing
signed-heading = Verifique seu e-mail
signed-thanks = Obrigado. Enviamos um e-mail para você: abra o link nele para confirmar sua assinatura em “{ $title }”.
signed-hint = Sua assinatura conta assim que for confirmada. Se o e-mail não chegar em alguns minutos, procure na pasta de spam.

## The emailed links
link-invalid-heading = Este link não funciona
link-invalid = O link não é válido ou expirou. Se você enviou o formulário de novo, só o link do e-mail mais recente funciona; caso contrário, verifique se copiou o link completo do e-mail.
link-already-heading = Já confirmada
link-already = Sua assinatura em “{ $title }” já está confirmada. Obrigado!
link-withdrawn-heading = Assinatura retirada
link-withdrawn = Sua assinatura em “{ $title }” foi retirada.
link-confirm-heading = Confirme sua assinatura
link-confirm = Clique no botão para confirmar sua assinatura em “{ $title }”.
link-confirm-button = Confirmar minha assinatura
link-withdraw-heading = Retirar sua assinatura
link-withdraw = Clique no botão para retirar sua assinatura de “{ $title }”. Ela deixará de ser contada.
link-withdraw-button = Retirar minha assinatura
link-confirmed-heading = Obrigado: sua assinatura está confirmada
link-confirmed = Sua assinatura em “{ $title }” agora conta.
link-held-heading = Obrigado: sua confirmação foi registrada
link-held = Sua confirmação da assinatura em “{ $title }” foi registrada. Muitas assinaturas chegaram ao mesmo tempo pela mesma conexão ou pelo mesmo provedor de e-mail (uma casa ou um escritório, por exemplo), então uma pessoa da equipe as verifica antes que contem. Você não precisa fazer mais nada.
link-closed-heading = Esta petição está encerrada
link-closed = “{ $title }” foi encerrada antes da confirmação da sua assinatura, por isso ela não pôde ser contada.
link-detail-name = Nome
# The name as given, and whether the petition page shows it.
link-detail-name-value = { $name } ({ $shown })
link-detail-shown = exibido na página da petição como “{ $first }”
link-detail-hidden = não exibido na página da petição
link-detail-newsletter = Novidades dos organizadores por e-mail
link-detail-yes = sim
link-detail-no = não
link-detail-comment = Comentário
link-detail-not-you = Se não foi isso que você enviou, não confirme: preencha o formulário de novo e use o link do e-mail mais recente.

## Your data
data-gone = O link não é válido, ou os dados a que se referia foram apagados.
data-heading = Seus dados
data-intro = Isto é o que guardamos sobre sua assinatura em “{ $title }”.
data-name = Nome
data-email = E-mail
data-country = País
data-postcode = Código postal
data-comment = Comentário
data-show-name = Nome mostrado publicamente
data-newsletter = Novidades por e-mail
data-state = Situação
data-yes = sim
data-no = não
data-stop-updates = Parar as novidades
data-copy = Enviar-me uma cópia
data-erase = Apagar meus dados
data-erase-hint = Apagar retira sua assinatura e remove definitivamente seu nome, e-mail, código postal e comentário.
data-copy-heading = Uma cópia está a caminho
data-copy-sent = Estamos enviando por e-mail uma cópia dos seus dados.
data-erased-heading = Seus dados foram apagados
data-erased = Sua assinatura em “{ $title }” foi retirada e seus dados pessoais foram apagados.
unsub-heading = Cancelar as novidades
unsub-intro = Clique no botão para deixar de receber novidades sobre “{ $title }”. Sua assinatura continua válida.
unsub-button = Cancelar inscrição
unsub-done-heading = Sua inscrição foi cancelada
unsub-done = Você não receberá mais novidades sobre “{ $title }”. Sua assinatura continua válida.

## Error pages
error-title = Erro { $status }
error-not-found-heading = Não encontrado
error-retry-heading = Tente novamente
error-sorry-heading = Desculpe
error-problem-heading = Há um problema
error-back = Voltar às petições
error-not-found = Não encontramos essa página.
error-too-large = O pedido é grande demais.
error-media = Esse tipo de conteúdo não é aceito aqui.
error-busy = Estamos ocupados ou indisponíveis por um instante. Tente novamente daqui a pouco.
error-internal = Algo deu errado do nosso lado. Tente novamente.

## Emails to signers
email-hello = Olá, { $name },
email-confirm-subject = Confirme sua assinatura: { $title }
email-reminder-subject = Lembrete: confirme sua assinatura: { $title }
email-reminder-intro = Ainda não recebemos sua confirmação, por isso sua assinatura não está sendo contada. Basta um clique.
email-confirm-thanks = Obrigado por assinar a petição “{ $title }” (destinatário: { $target }).
email-confirm-counts = Sua assinatura só conta depois de confirmada.
email-confirm-open = Abra este link e clique em “Confirmar minha assinatura”:
email-confirm-button = Confirmar minha assinatura
email-ignore = Se você não assinou, ignore este e-mail e nada será contado.
email-withdraw-line = Para retirar sua assinatura a qualquer momento:
email-withdraw = Retirar minha assinatura
email-data-line = Seus dados, uma cópia ou seu apagamento:
email-data = Seus dados
email-already-subject = Você já assinou: { $title }
email-already = Alguém (provavelmente você) tentou assinar de novo a petição “{ $title }” com este endereço de e-mail.
email-already-done = Sua assinatura já está confirmada e é contada uma vez; não é preciso fazer mais nada.
email-petition-line = A petição:

## Cartas a representantes
letter-closed = Esta campanha está encerrada e já não envia cartas.
letter-write-heading = Escreva sua carta
letter-district = Seu código ZIP abrange mais de um distrito. Em qual você mora?
letter-district-hint = Não tem certeza? Seu cartão de registro eleitoral ou o site eleitoral do seu estado indica seu distrito.
letter-email-hint = Enviamos um link por e-mail: suas cartas não seguem adiante até você confirmar.
field-address = Endereço
field-city = Cidade ou localidade
field-zip = Código ZIP
letter-story = Sua história (opcional)
letter-story-hint = Algumas palavras sobre por que isso é importante para você dão muito mais peso a uma carta.
letter-find = Encontrar meus representantes
letter-find-congress = Encontrar meus membros do Congresso
letter-yours = Suas cartas
letter-writing-to = { $count ->
    [one] “{ $title }”: você está escrevendo para { $count } representante. Suas cartas não seguem adiante até você confirmar por e-mail.
   *[other] “{ $title }”: você está escrevendo para { $count } representantes. Suas cartas não seguem adiante até você confirmar por e-mail.
}
letter-writing-to-congress = { $count ->
    [one] “{ $title }”: você está escrevendo para { $count } membro do Congresso. Suas cartas não seguem adiante até você confirmar por e-mail.
   *[other] “{ $title }”: você está escrevendo para { $count } membros do Congresso. Suas cartas não seguem adiante até você confirmar por e-mail.
}
letter-subject = Assunto
letter-subject-line = Assunto: { $subject }
letter-to = Para: { $target }
letter-by-email = Enviada por e-mail assim que você confirmar.
letter-by-hand = Não podemos entregar esta por você: é você quem a envia. Depois que você confirmar, mostramos como, com este texto pronto para copiar.
letter-signed-below = Seu nome e endereço são acrescentados no fim de cada carta, porque os gabinetes só respondem aos seus eleitores.
letter-send = Enviar minhas cartas
letter-confirm-heading = Confirme suas cartas
letter-confirm = Clique no botão para confirmar e enviar suas cartas em “{ $title }”.
letter-confirm-button = Confirmar e enviar minhas cartas
letter-confirmed-heading = Suas cartas estão confirmadas
letter-confirmed = Obrigado por escrever em “{ $title }”.
letter-manual = Este gabinete não recebe cartas por e-mail. Envie você mesmo, leva só um minuto:
letter-open-form = Abrir o formulário de contato
letter-paste = Cole a carta abaixo no formulário de contato do gabinete:
letter-call = Ou ligue para este número e leia a carta:
letter-post = Ou envie pelo correio para { $address }.
letter-kept = Também guardamos sua carta para a entrega impressa da campanha.
letter-sent-now = Enviamos esta carta por e-mail. Você receberá uma cópia.
letter-sent-soon = Vamos enviar esta carta por e-mail em breve, dentro do horário do gabinete. Você receberá uma cópia.
letter-by-cwc = Nós a entregamos a este gabinete por você pelo Communicating with Congress, o sistema oficial de mensagens ao Congresso, assim que confirmar.
letter-by-form-service = Nós a entregamos por você pelo formulário de contato deste gabinete assim que confirmar; se o formulário não a aceitar, enviamos por e-mail para você mesmo enviar.
letter-back = Voltar à campanha
letter-check = Obrigado. Enviamos um e-mail para você: abra o link para confirmar suas cartas em “{ $title }”.
letter-check-hint = Nada é enviado aos seus representantes antes de você confirmar. Se o e-mail não chegar em alguns minutos, veja na pasta de spam.
err-address-empty = Digite seu endereço.
err-city-empty = Digite sua cidade.
err-too-long = { $max ->
    [one] No máximo { $max } caractere.
   *[other] No máximo { $max } caracteres.
}
err-chars = O texto contém caracteres não permitidos.
err-campaign-residents = Esta campanha está aberta apenas a residentes destes países: { $countries }.
err-zip-empty = Digite seu código ZIP.
err-zip-us = Os membros do Congresso dos EUA são encontrados a partir de um código ZIP dos EUA.
err-zip-unknown = Não encontramos este código ZIP. Verifique-o.
err-zip-nobody = Não encontramos seus membros do Congresso para este código ZIP.
err-district = Escolha um dos locais da lista.
err-nobody = Ainda não há destinatários nesta campanha.
err-subject = Escolha um assunto.
err-letter-empty = Uma carta não pode estar vazia.
err-letter-to = Destinatário: { $target }. { $problem }
err-letter-consent = Marque a caixa para concordar: sem isso não podemos receber suas cartas.
letter-consent-default = Concordo que meu nome, meu endereço e minha carta sejam enviados aos representantes indicados, e que esta organização os guarde para conduzir esta campanha.
err-campaign-closed = Esta campanha está encerrada.
email-letters-subject = Confirme suas cartas: { $title }
email-letters-intro = Confirme que você quer enviar suas cartas de “{ $title }” para:
email-letters-open = Nada é enviado antes de você confirmar. Abra este link e clique no botão:
email-letters-ignore = Se você não pediu isso, ignore este e-mail e nada será enviado.
email-receipt-subject = Sua carta foi enviada (destinatário: { $target })
email-receipt = Obrigado por participar de “{ $title }”. Esta é uma cópia da carta que enviamos em seu nome. Destinatário: { $target }.

## Organizações signatárias
org-title = Organizações
org-heading = Assinar como organização
org-sent = Obrigado. Enviamos à pessoa de contato um link para confirmar a assinatura da organização.
org-name = Organização
org-website = Site (opcional)
org-contact = Pessoa de contato
org-email = E-mail de contato
org-consent = Posso assinar em nome desta organização e aceito que seu nome, país e site sejam mostrados aqui.
org-consent-webhooks = Os dados da organização e o seu nome e e-mail como contato também podem ser repassados aos sistemas dos organizadores da campanha.
org-sign = Assinar pela minha organização
field-choose = Escolher…
err-org-name = Informe o nome da organização (até 200 caracteres).
err-org-website = O site deve ser um endereço completo que comece por https://.
err-org-consent = Confirme que pode assinar em nome desta organização.
org-closed = Esta petição não aceita assinaturas de organizações neste momento.
org-confirm-heading = Confirme a assinatura da sua organização
org-confirm = Clique no botão para confirmar que { $org } assina “{ $title }”.
org-confirm-button = Confirmar
org-thanks-heading = Obrigado
org-listed = { $org } aparece na lista de signatários de “{ $title }”.
email-org-subject = Confirme: { $org } assina “{ $title }”
email-org = Confirme que { $org } assina a petição “{ $title }”. Abra este link e clique no botão:
email-org-ignore = Se você não pediu isso, ignore este e-mail.

## Cópia dos dados, novidades
email-copy-subject = Uma cópia dos seus dados
email-copy-intro = Olá, como você pediu, isto é tudo o que guardamos sobre sua assinatura:
data-petition = Petição
data-signed = Assinada
data-consent-version = versão { $version } do texto de consentimento
data-confirmed = Confirmada
data-source = Origem
email-update-why = Você está recebendo isto porque assinou “{ $title }” e pediu novidades.
email-update-unsubscribe = Cancelar inscrição:
email-update-data = Seus dados:

## Errors shared by several pages
err-form-unreadable = Não foi possível ler o formulário. Volte e tente novamente.
err-cross-site = Este formulário foi enviado de outro site e por isso não foi aceito. Abra a página neste site e envie o formulário por ela.
err-slug = “{ $slug }” não é um endereço válido (letras minúsculas, algarismos e hifens).
err-language = “{ $code }” não é um dos idiomas do Chorus: { $known }.
letter-confirm-review = Estas são as cartas que você confirma, cada uma com seu destinatário. Nada é enviado antes de você clicar no botão.
letter-closed-confirm = Esta campanha foi encerrada antes de suas cartas serem confirmadas, por isso não serão enviadas.
err-letter-render = Não foi possível preparar suas cartas porque a carta da campanha é longa demais. Por favor, avise a equipe da campanha.
err-org-link = O nome da organização não pode conter um link.
org-review = Obrigado: { $org } confirmou que assina “{ $title }”. Aparecerá na lista assim que a equipe da campanha a tiver verificado.
email-org-approved-subject = { $org } já aparece em “{ $title }”
email-org-approved = A equipe da campanha verificou a assinatura de { $org }: agora aparece entre as organizações que apoiam “{ $title }”. Obrigado!
letter-erase-hint = Mudou de ideia? Você pode apagar seus dados e todas as cartas ainda não enviadas.
letter-erase-button = Apagar meus dados
letter-erased-heading = Seus dados foram apagados
letter-erased = Apagamos seus dados e as cartas ainda não enviadas de “{ $title }”. As cartas já entregues não podem ser recuperadas.

## Para quem assina: estados, apagamento, pré-visualizações de links, erros de digitação, compartilhar
data-state-pending = aguardando sua confirmação por e-mail
data-state-confirmed = confirmada e contada
data-state-withdrawn = retirada
data-erase-sure-heading = Tem certeza?
data-erase-sure = Isto retira sua assinatura em “{ $title }” e apaga definitivamente seu nome, e-mail, código postal e comentário. Não é possível desfazer.
data-erase-confirm = Sim, apagar meus dados
data-erase-cancel = Não, manter minha assinatura
index-description = Assine e compartilhe petições, e escreva aos seus representantes.
email-did-you-mean = Você quis dizer { $email }? Se sim, corrija acima. Se seu endereço está certo como foi digitado, clique de novo em “Assinar a petição”.
share-ask = Peça aos seus amigos que assinem também
share-more = Mais formas de compartilhar…
error-conflict = Alguém alterou isto no mesmo instante. Tente de novo.
error-invalid = Não foi possível salvar isso do jeito que está. Confira o que você digitou e tente de novo.
map-world-label = Mapa de assinaturas por país
map-us-label = Mapa de assinaturas por estado dos EUA
map-shape-title = { $name }: { $count }
map-legend-fewer = Menos
map-legend-more = Mais
map-world-table = Assinaturas por país (tabela)
map-us-table = Assinaturas por estado (tabela)
map-col-state = Estado
chart-label = Assinaturas por dia de { $first } a { $last }
chart-table = Assinaturas por dia (tabela)
chart-col-day = Dia
map-us-unplaced = Código postal sem estado correspondente
map-us-few = { $count ->
    [one] Estados com menos de { $count } signatário cada
   *[other] Estados com menos de { $count } signatários cada
}

index-sign = Assinar

# Página de dados de quem escreve cartas, lembretes e cancelamento.
letter-data-footer = Veja, copie ou apague o que guardamos sobre você e suas cartas, ou pare os lembretes:
data-campaign = Campanha
data-address = Endereço
data-message = Mensagem pessoal
data-submitted = Enviado em
letter-writer-state-pending = aguardando sua confirmação por e-mail
letter-writer-state-confirmed = confirmado
letter-state-pending = não enviada: aguardando sua confirmação
letter-state-confirmed = confirmada, aguardando envio
letter-state-queued = sendo enviada
letter-state-sent = enviada
letter-state-failed = não pôde ser entregue
letter-state-manual = para você entregar (sem endereço de e-mail)
letter-data-intro = Isto é o que guardamos sobre você e suas cartas em “{ $title }”.
letter-unsub-intro = Clique no botão para não receber mais lembretes nem novidades sobre “{ $title }”. Suas cartas ficam como estão.
letter-unsub-done = Você não vai receber mais lembretes nem novidades sobre “{ $title }”. Suas cartas ficam como estão.
letter-erase-sure = Isto apaga para sempre seu nome, e-mail, endereço, mensagem e todas as cartas ainda não enviadas em “{ $title }”. As cartas já entregues não podem ser recuperadas; continuam contadas, sem seu nome nem suas palavras. Não pode ser desfeito.
letter-erase-confirm = Sim, apagar meus dados
letter-erase-cancel = Não, mantê-los
letter-stop-emails = Parar lembretes e novidades
letter-data-erase-hint = Apagar remove seus dados e todas as cartas ainda não enviadas. As cartas já entregues continuam contadas, sem seu nome nem suas palavras.
email-letters-reminder-subject = Lembrete: confirme suas cartas: { $title }
email-letters-reminder-intro = Ainda não recebemos sua confirmação, por isso suas cartas em “{ $title }” não foram enviadas. Elas são dirigidas a:

## Cartas: dizer o que realmente acontece (enviadas por nós, ou preparadas para a pessoa entregar)
letter-send-ready = Preparar minhas cartas
letter-confirm-ready = Clique no botão para confirmar suas cartas em “{ $title }”. Em seguida mostramos como entregar cada uma e as enviamos para seu e-mail.
letter-confirm-review-ready = Estas são as cartas que você confirma, cada uma com seu destinatário. Os gabinetes que não recebem cartas por e-mail a recebem de você: depois de confirmar, você a envia pelo formulário de contato do gabinete, por telefone ou pelo correio.
letter-confirm-button-ready = Confirmar minhas cartas
letter-confirmed-heading-ready = Suas cartas estão prontas para entregar
letter-pack-sent = Também enviamos estas cartas para seu e-mail com os contatos de cada gabinete, para você terminar depois.
letter-emailed = Obrigado. Enviamos um e-mail sobre suas cartas em “{ $title }”. Abra-o: ele tem o link para confirmá-las ou, se você já escreveu antes, suas cartas de novo.
letter-check-hint-ready = Suas cartas ficam prontas para entregar assim que você confirmar. Se o e-mail não chegar em alguns minutos, veja a pasta de spam.
letter-not-emailed = Obrigado. Não enviamos outro e-mail: este endereço já recebeu tantos e-mails sobre “{ $title }” quanto enviamos. Use um e-mail nosso anterior.
email-letters-intro-ready = Confirme suas cartas em “{ $title }”, para:
email-letters-open-ready = Depois que você confirmar, mostramos como entregar cada carta e as enviamos para seu e-mail. Abra este link e clique no botão:
letter-choose-state = Seu código ZIP abrange mais de um estado. Em qual estado você mora?
letter-choose-district = Seu código ZIP abrange mais de um distrito do Congresso. Em qual você mora?
letter-choose-state_district = Seu código ZIP cruza divisas entre estados. Em qual estado e distrito você mora?
place-at-large = { $state }, distrito único
place-district = { $state }, distrito { $district }
letter-no-senators = { $place } não tem senadores. Sua voz no Congresso é seu delegado na Câmara, { $delegate }.
letter-no-senators-nobody = { $place } não tem senadores, e sua cadeira na Câmara está vaga.
err-zip-state = Este código ZIP não fica em { $state }. Confira o estado e o código ZIP.
err-state = Escolha um estado da lista.
field-state = Estado
field-state-us = Estado (endereços nos EUA)
field-state-choose = Escolha…
letter-your-details = Cada carta é assinada com seu nome e endereço:
letter-change-details = Alterar meus dados
letter-copy = Copiar
letter-copied = Copiado
letter-call-first = Ligue para este número e leia a carta:
letter-post-first = Envie-a pelo correio para { $address }.
letter-no-form = Este gabinete não tem um formulário de contato para o qual possamos apontar.
letter-open-site = Abrir o site do parlamentar
letter-site-paste = Envie a carta abaixo pela página de contato do site do parlamentar:
email-pack-subject = Suas cartas, prontas para entregar: { $title }
email-pack-intro = { $count ->
    [one] Obrigado por confirmar sua carta em “{ $title }”. Este gabinete não recebe cartas por e-mail; aqui está ela com as formas de entregá-la.
   *[other] Obrigado por confirmar suas cartas em “{ $title }”. Estes gabinetes não recebem cartas por e-mail; aqui estão suas { $count } cartas com as formas de entregar cada uma.
}
email-pack-form = Formulário de contato: { $url }
email-pack-site = Não há formulário de contato para o qual apontar. Site do parlamentar: { $url }
email-pack-phone = Telefone: { $phone }
email-pack-phone-or = Ou por telefone: { $phone }
email-pack-post = Correio: { $address }
email-pack-post-or = Ou pelo correio: { $address }
email-pack-page = Suas cartas, com botões para copiá-las, também estão nesta página:
email-again-subject = Suas cartas em “{ $title }”
email-again-intro = { $count ->
    [one] Você já escreveu em “{ $title }”, então nada novo foi salvo nem enviado. Aqui está sua carta de novo.
   *[other] Você já escreveu em “{ $title }”, então nada novo foi salvo nem enviado. Aqui estão suas { $count } cartas de novo.
}
email-again-ignore = Se você não pediu isto, pode ignorar este e-mail: alguém digitou seu endereço no formulário da campanha.
honorific-us-senator = Sen.
honorific-us-representative = Dep.
honorific-us-delegate = Del.
honorific-us-resident-commissioner = Com. Res.
letter-not-emailed-heading = Nenhum e-mail novo
letter-choice = { $place }: { $members }
letter-did-you-mean = Você quis dizer { $email }? Se sim, corrija acima. Se seu endereço está certo como foi digitado, clique de novo em “Encontrar meus representantes”.
letter-share-text = Escreva você também aos seus representantes: { $title }
letter-share-ask = Peça aos seus amigos que escrevam também
data-copy-capped-heading = Desta vez, sem cópia
data-copy-capped = Este endereço já recebeu desta campanha tantos e-mails quanto enviamos em uma semana, por isso não enviamos uma cópia. Sua página de dados mostra tudo o que guardamos.

err-token-needed = É necessário um token de API válido (Authorization: Bearer …).
err-json-invalid = O corpo da requisição não é um JSON válido: { $detail }
err-request-invalid = Não foi possível ler a requisição: { $detail }
err-filter-state = Estado desconhecido “{ $state }” (valores possíveis: { $allowed }).
err-filter-date = “{ $date }” não é uma data no formato AAAA-MM-DD.
percent = { $pct }%
label-value = { $label }: { $value }
# Cartas entregues ao Congresso dos EUA
congress-receipt-subject = Sua carta para { $target } foi entregue
congress-receipt-cwc = Obrigado por participar de “{ $title }”. Sua carta foi entregue ao gabinete de { $target } pelo Communicating with Congress, o sistema oficial de mensagens ao Congresso. Esta é a carta como o gabinete a recebeu.
congress-receipt-form = Obrigado por participar de “{ $title }”. Sua carta foi entregue a { $target } pelo formulário de contato do gabinete. Esta é a carta como o gabinete a recebeu.
congress-hand-subject = Sua carta para { $target } está pronta para você entregar
congress-hand-none = Obrigado por participar de “{ $title }”. O gabinete de { $target } não pode ser contatado pelos serviços que usamos, então sua carta está pronta para você entregar: cole-a no formulário de contato do gabinete, ou telefone ou escreva para o gabinete.
congress-hand-outside = Obrigado por participar de “{ $title }”. { $target } não representa o endereço que você informou, e os serviços que usamos só levam cartas aos próprios membros do Congresso de cada pessoa. Não podemos entregar esta por você: é você quem a envia. Cole-a no formulário de contato do gabinete, ou telefone ou escreva para o gabinete.
congress-hand-retired = Obrigado por participar de “{ $title }”. { $target } não está mais no cargo, então não enviamos sua carta. Ela está abaixo, caso você queira enviá-la.
congress-hand-failed = Obrigado por participar de “{ $title }”. Não conseguimos entregar sua carta a { $target }, então ela está pronta para você entregar: cole-a no formulário de contato do gabinete, ou telefone ou escreva para o gabinete.
congress-hand-thanks = Obrigado por fazer sua voz ser ouvida.
letter-prefix = Como o gabinete deve se dirigir a você?
letter-prefix-optional = Como o gabinete deve se dirigir a você? (opcional)
letter-name-split = Os gabinetes do Congresso vão ler seu nome como “{ $first }” e seu sobrenome como “{ $last }”. Se não estiver certo, altere seu nome nos seus dados.
letter-prefix-none = Escolha…
letter-prefix-hint = O Communicating with Congress, o sistema oficial que entrega sua carta, exige isso.
letter-phone = Telefone (opcional)
letter-phone-hint = O formulário de contato de alguns gabinetes pede um; sem ele, a carta para esse gabinete é enviada a você por e-mail para você mesmo enviar.
err-prefix = Escolha um tratamento da lista.
err-prefix-needed = Escolha como o gabinete deve se dirigir a você: o Communicating with Congress exige isso.
err-phone = Digite um telefone de 7 a 15 dígitos (espaços e + - ( ) . são aceitos).
letter-phone-required = Telefone
err-phone-needed = Digite um telefone: o formulário de contato deste gabinete exige um.
err-prefix-form = Escolha como o gabinete deve se dirigir a você: o formulário de contato deste gabinete exige isso.
letter-by-service-soon = Entregamos esta carta ao gabinete por você, dentro do horário da campanha, e contamos por e-mail como foi.

# Webhooks out
consent-webhooks = Seus dados também podem ser repassados aos sistemas da organização.
# Eventos
date-zoned-format = %A, %-d de %B de %Y, %H:%M %Z
events-title = Eventos
events-empty = Não há eventos previstos no momento.
event-when = Quando
event-your-time = No seu fuso horário
event-zones = Pelo mundo
event-duration = Duração
event-minutes = { $minutes } min
event-where = Onde
event-online = On-line
event-map = Mapa
event-language = Idioma
event-price = Preço
event-audience = Quem pode participar
event-organisers = Organizado por
event-seats = Vagas
event-seats-left = { $count ->
    [one] Resta { $count } vaga
   *[other] Restam { $count } vagas
}
event-full = Todas as vagas estão preenchidas: inscreva-se para entrar na lista de espera. Quando alguém cancela, a primeira pessoa na espera recebe a vaga e um e-mail.
event-add-calendar = Adicionar à sua agenda
event-petition = Assine a petição
event-letters = Escreva aos seus representantes
event-invite = Para convidar outras pessoas, compartilhe esta página.
event-share = Compartilhe este evento
event-share-text = Venha comigo a este evento: { $title }
event-register = Inscrever-se
event-register-button = Fazer minha inscrição
event-field-organisation = Organização (opcional)
event-consent = Concordo que meu nome, e-mail, país e organização sejam guardados para gerir minha inscrição até depois do evento.
event-err-consent = Marque a caixa para concordar; sem isso, você não pode se inscrever.
event-err-organisation = O nome da organização pode ter no máximo 200 caracteres, em uma linha.
event-cancelled = Este evento foi cancelado.
event-registration-closed = As inscrições para este evento estão encerradas.
event-registration-not-yet = As inscrições para este evento ainda não abriram.
event-check-email = Obrigado! Enviamos um e-mail para você: abra o link dele para confirmar sua inscrição. Sua vaga só fica garantida depois da confirmação.
event-confirm-ask = Clique no botão para confirmar sua inscrição.
event-confirm-button = Confirmar minha inscrição
event-confirmed = Sua inscrição está confirmada: você tem uma vaga. Enviamos um e-mail com os detalhes.
event-waiting = Sua inscrição está confirmada, mas todas as vagas estão preenchidas: você está na lista de espera. Se uma vaga abrir, ela vai para a primeira pessoa na espera, e escreveremos para você.
event-own-pending = Sua inscrição ainda não foi confirmada: abra o link do e-mail que enviamos.
event-cancel-ask = Clique no botão para cancelar sua inscrição. Sua vaga passa para a primeira pessoa na espera.
event-cancel-button = Cancelar minha inscrição
event-cancel-link = Cancelar minha inscrição
event-cancelled-registration = Sua inscrição foi cancelada.
event-link-invalid = Este link não funciona. Só vale o link do e-mail mais recente; confira se você copiou o link inteiro.
event-join = Link para participar:
event-page-link = Ver a página do evento
event-mail-hello = Olá, { $name },
event-mail-confirm-subject = Confirme sua inscrição: { $title }
event-mail-confirm-intro = Obrigado por se inscrever em “{ $title }”. Abra este link e clique no botão para confirmar sua inscrição:
event-mail-registered-subject = Você está inscrito: { $title }
event-mail-registered-intro = Sua inscrição em “{ $title }” está confirmada: você tem uma vaga.
event-mail-waiting-subject = Você está na lista de espera: { $title }
event-mail-waiting-intro = Todas as vagas de “{ $title }” estão preenchidas, então você está na lista de espera. Se uma vaga abrir, ela vai para a primeira pessoa na espera, e escreveremos para você.
event-mail-promoted-subject = Uma vaga é sua: { $title }
event-mail-promoted-intro = Uma vaga abriu e é sua: você está inscrito em “{ $title }”.
event-mail-reminder-subject = Lembrete: { $title }, { $time }
event-mail-reminder-intro = Um lembrete: “{ $title }” começa em breve.
event-mail-when = Quando: { $time }
event-mail-address = Onde: { $address }
event-mail-join = Participe on-line com este link (não o compartilhe):
event-mail-calendar = O arquivo anexo adiciona o evento à sua agenda.
event-mail-own-page = Sua inscrição:
event-mail-cancel = Não pode ir? Cancele sua inscrição, e sua vaga vai para alguém na espera:
event-mail-ignore = Se você não se inscreveu, ignore este e-mail: nada acontece sem a sua confirmação.
event-your-data = O que guardamos sobre você
event-time-zone = Fuso horário
event-erase-link = Apagar meus dados
event-erase-ask = Clique no botão para apagar seu nome, seu e-mail e sua organização. Sua inscrição é cancelada, e sua vaga passa para a primeira pessoa na espera.
event-erase-button = Apagar meus dados
event-erased = Seus dados foram apagados e sua inscrição, cancelada.
event-mail-updated-subject = Alterado: { $title }
event-mail-updated-intro = "{ $title }" mudou. Veja o evento como está agora; o arquivo anexo atualiza sua agenda.
event-mail-cancelled-subject = Cancelado: { $title }
event-mail-cancelled-intro = Sentimos muito: "{ $title }" foi cancelado. Sua inscrição termina com ele e você não precisa fazer nada; o arquivo anexo o remove da sua agenda.

# Eventos: escrever às pessoas inscritas
language-en = inglês
language-fr = francês
language-de = alemão
language-es = espanhol
language-zh-Hans = chinês (simplificado)
language-pt = português
event-mail-why = Você recebe este e-mail porque se inscreveu em “{ $title }”.
event-mail-unsubscribe = Não receber mais mensagens sobre este evento:
event-mail-test-footer = (Um teste: cada pessoa inscrita vê aqui seus próprios links.)
event-follow-up-subject = Obrigado pela participação: { $title }
event-follow-up-thanks = Obrigado por participar de “{ $title }”.
event-follow-up-recording = Assista à gravação:
event-follow-up-petition = Assine a petição e compartilhe:
event-follow-up-letters = Escreva para seus representantes:
event-copy-button = Enviar uma cópia dos meus dados por e-mail
event-copy-sent = Estamos enviando uma cópia dos seus dados por e-mail.
event-copy-intro = Olá, como você pediu, isto é tudo o que guardamos sobre a sua inscrição:
event-copy-event = Evento
event-copy-state = Inscrição
event-copy-registered = Inscrição em
event-state-pending = ainda não confirmada
event-state-confirmed = confirmada, com vaga
event-state-waiting = confirmada, na lista de espera
event-state-cancelled = cancelada
event-unsubscribe-ask = Aperte o botão para não receber mais mensagens sobre este evento. Sua inscrição continua valendo.
event-unsubscribe-button = Não receber mais mensagens sobre este evento
event-unsubscribed = Você não receberá mais mensagens sobre este evento. Sua inscrição continua valendo.
