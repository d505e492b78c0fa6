# Chorus, páginas e e-mails da equipe: português.

## Every staff page
admin-title = Administração do Chorus
admin-dashboard = Painel
admin-new-petition = Nova petição
admin-letters = Cartas
admin-audit = Registro de auditoria
admin-accounts = Contas
admin-tokens = Tokens de API
admin-sign-out = Sair
admin-role = Papel
admin-role-owner = proprietário
admin-role-campaigner = responsável por campanhas
admin-role-viewer = somente leitura
admin-role-hint-owner = também gerencia as contas
admin-role-hint-campaigner = conduz campanhas e exportações
admin-role-hint-viewer = apenas painéis e contagens
admin-state-draft = rascunho
admin-state-open = aberta
admin-state-closed = encerrada
admin-state-delivered = entregue
admin-state-archived = arquivada
admin-state-victory = vitória
admin-state-scheduled = agendada
admin-save = Salvar
admin-save-named = Salvar: { $name }
admin-saved = Salvo.
admin-saved-named = O texto em { $name } foi salvo.
admin-preview = Pré-visualizar
admin-preview-again = Pré-visualizar de novo
admin-edit = Editar
admin-edit-named = Editar “{ $title }”
admin-public-page = página pública
admin-to = Destinatário: { $target }
admin-created = criada em { $date }
admin-created-by = { $date } por { $who }
admin-correct-fields = Corrija os campos indicados abaixo.
admin-none = Nenhuma.
admin-required = obrigatório
admin-columns = Colunas:
admin-email = E-mail
admin-password = Senha
admin-country-code = Código do país
admin-exports = Exportações

## Sign in
admin-sign-in = Entrar
admin-staff-sign-in = Acesso da equipe
admin-err-login = O e-mail ou a senha não estão corretos.
admin-err-throttled = Tentativas demais sem sucesso. Aguarde alguns minutos e tente de novo.
admin-err-role = Seu papel não permite esta ação.
admin-err-csrf = Este formulário expirou ou não veio deste site. Volte, recarregue a página e tente de novo.

## Dashboard
admin-campaigns = Campanhas
admin-refresh-hint = As contagens são atualizadas a cada 30 segundos.
admin-col-petition = Petição
admin-col-state = Estado
admin-col-confirmed = Confirmadas
admin-col-pending = Pendentes
admin-col-today = Hoje
admin-col-goal = Meta
admin-no-petitions = Ainda não há petições.
admin-create-first = Criar a primeira.

## A petition
admin-count-detail = { $count ->
    [one] { $count } confirmada
   *[other] { $count } confirmadas
}, { $pending } aguardando confirmação, { $held } retidas, meta { $goal }
admin-paper = Assinaturas em papel
admin-updates = Novidades para os signatários
admin-translations = Traduções
admin-partners = Sites parceiros
admin-action-open = Abrir para assinaturas
admin-action-close = Encerrar
admin-action-reopen = Reabrir
admin-action-deliver = Marcar como entregue
admin-action-archive = Arquivar
admin-err-transition = Uma petição no estado “{ $from }” não pode passar a “{ $to }”.
admin-counts-csv = Contagens (CSV)
admin-counts-json = Contagens (JSON)
admin-delivery-pack = Dossiê de entrega
admin-fraud-review = Revisão de fraude
admin-sig-confirmed = confirmadas
admin-sig-pending = pendentes
admin-sig-withdrawn = retiradas
admin-sig-all = todas
admin-signed-from = Assinadas a partir de
admin-signed-to = Assinadas até
admin-newsletter-only = Só quem quer novidades
admin-export-signatures = Exportar assinaturas (CSV)
admin-confirmed-per-day = Confirmações por dia
admin-by-country = Por país
admin-by-area = Por região postal
admin-no-postcodes = Ainda não há códigos postais.
admin-by-source = Por origem
admin-by-day = Por dia

## Petition form
admin-edit-petition = Editar a petição
admin-slug = Endereço (slug)
admin-slug-hint = Letras minúsculas, algarismos e hifens. O endereço será: { $url }
admin-field-title = Título
admin-field-target = Dirigida a (destinatário)
admin-field-summary = Resumo
admin-field-text = Texto (Markdown)
admin-field-goal = Meta (assinaturas)
admin-field-locale = Idioma principal
admin-field-opens = Abertura (UTC, opcional)
admin-field-closes = Encerramento (UTC, opcional)
admin-field-who-signs = Quem pode assinar (códigos de país ISO, p. ex. “US”; vazio para todos)
admin-field-postcode-required = O código postal é obrigatório
admin-field-consent-versioned = Texto de consentimento (os signatários devem aceitá-lo; alterá-lo cria uma nova versão)
admin-field-consent = Texto de consentimento
admin-err-goal-number = A meta deve ser um número inteiro.
admin-err-petition-slug = Outra petição já usa este endereço.
admin-err-date-time = “{ $value }” não é uma data e hora (AAAA-MM-DDTHH:MM).
spec-err-title = O título deve ter de 1 a 300 caracteres.
spec-err-target = Diga a quem a petição se dirige.
spec-err-goal = A meta deve ser um número positivo.
spec-err-state = O estado deve ser um de: { $states }.
spec-err-consent = O texto de consentimento não pode ficar vazio.
spec-err-country = “{ $code }” não é um código de país ISO.

## Delivery pack
admin-delivery-title = Dossiê de entrega: { $title }
admin-delivery-to = Destinatário:
admin-delivery-summary = { $count ->
    [one] { $count } assinatura confirmada
   *[other] { $count } assinaturas confirmadas
}, { $countries ->
    [one] de { $countries } país
   *[other] de { $countries } países
}
admin-delivery-summary-dates = { $count ->
    [one] { $count } assinatura confirmada, coletada
   *[other] { $count } assinaturas confirmadas, coletadas
} de { $first } a { $last }, { $countries ->
    [one] de { $countries } país
   *[other] de { $countries } países
}
admin-signatures-per-day = Assinaturas por dia
admin-signatures-by-country = Assinaturas por país
admin-col-country = País
admin-col-signatures = Assinaturas
admin-col-share = Parcela
admin-signature-list = A lista de assinaturas
admin-digest-intro = { $rows ->
    [one] O arquivo anexo contém a { $rows } assinatura confirmada contada acima
   *[other] O arquivo anexo contém as { $rows } assinaturas confirmadas contadas acima
} (em { $generated }). Sua impressão digital SHA-256 é:
admin-digest-check = Confira com
admin-download-list = Baixar a lista de assinaturas (CSV)
admin-print-hint = imprima esta página em PDF para o resumo.

## Paper signatures
admin-paper-nothing-added = Nada foi adicionado. Corrija estas linhas:
admin-batch = Lote
admin-batch-placeholder = Marcha de Genebra, 20 de novembro
admin-paper-csv = Uma pessoa por linha (CSV com esta linha de cabeçalho)
admin-paper-hint = Colunas: name, email (opcional; serve para pular quem já assinou), country (código), postcode (opcional), signed_on (AAAA-MM-DD, opcional). As assinaturas em papel contam na hora e são exportadas com o lote como origem.
admin-paper-add = Adicionar estas assinaturas
admin-batches = Lotes
admin-err-batch-name = Dê um nome ao lote (1 a 100 caracteres), p. ex. “Marcha de Genebra, 20 de novembro”.
admin-paper-added = Lote “{ $batch }”: { $rows ->
    [one] { $added } de { $rows } assinatura adicionada
   *[other] { $added } de { $rows } assinaturas adicionadas
}; { $duplicates ->
    [one] { $duplicates } já tinha assinado
   *[other] { $duplicates } já tinham assinado
}.
paper-line = linha { $line }: { $problem }
paper-err-signed-on = signed_on deve ser uma data como 2026-11-20
paper-err-empty = A lista não tem linhas.

## Partner sites
admin-widget = Widget
admin-widget-hint = Os parceiros colam isto na página deles para mostrar a contagem ao vivo e o formulário; as assinaturas são registradas com “widget:” e o código deles como origem.
admin-cors = Sites que podem chamar a API a partir de um navegador (CORS)
admin-origins = Um site por linha, p. ex. https://partner.example.org
admin-organisations = Organizações podem assinar como coalizão (listadas na página, contadas à parte)

## Fraud review
admin-last-hour = { $count ->
    [one] { $count } assinatura na última hora
   *[other] { $count } assinaturas na última hora
}
admin-usual-rate = o habitual: { $rate } por hora
admin-spike = { $ratio } × o ritmo habitual
admin-spike-new = nenhuma assinatura nas 24 horas anteriores
admin-pow = Desafio de prova de trabalho
admin-pow-on = Ativado
admin-pow-on-hint = o formulário faz cada navegador resolver um pequeno enigma antes de enviar; assinaturas sem solução ficam retidas.
admin-pow-off-hint = Desativado. Ative durante um ataque: o navegador de cada signatário resolve então um pequeno enigma (um instante no celular, sem terceiros).
admin-turn-on = Ativar
admin-turn-off = Desativar
admin-ranges-hour = Faixas de endereços, última hora
admin-domains-hour = Domínios de e-mail, última hora
admin-held-back = Retidas (não contam até serem liberadas)
admin-invalidate = Invalidar assinaturas
admin-ip-range = Faixa de endereços
admin-email-domain = Domínio de e-mail
admin-signed-from-utc = Assinadas a partir de (UTC)
admin-signed-to-utc = Assinadas até (UTC)
admin-invalidate-removes = { $count ->
    [one] Isto remove { $count } assinatura (pendente ou confirmada) da petição.
   *[other] Isto remove { $count } assinaturas (pendentes e confirmadas) da petição.
}
admin-invalidate-n = { $count ->
    [one] Invalidar { $count } assinatura
   *[other] Invalidar { $count } assinaturas
}
admin-err-preview-changed = O número de assinaturas correspondentes mudou desde a pré-visualização: confira e confirme de novo.
admin-invalidated = { $count ->
    [one] { $count } assinatura invalidada
   *[other] { $count } assinaturas invalidadas
}; { $counted ->
    [one] { $counted } estava contada
   *[other] { $counted } estavam contadas
} e as contagens foram corrigidas.
review-err-chars = O filtro contém caracteres não permitidos ou é longo demais.
review-err-empty = Informe pelo menos um filtro: uma faixa de endereços, um domínio, um período ou um país.

## API tokens
admin-tokens-intro = Para scripts que leem contagens ou exportam assinaturas:
admin-tokens-audit = As exportações aparecem no registro de auditoria com o nome do token.
admin-token-copy = Copie o token agora; ele não será mostrado de novo:
admin-col-name = Nome
admin-col-scope = Escopo
admin-col-created = Criado
admin-col-last-used = Último uso
admin-token-placeholder = Script de entrega
admin-scope-counts = Só contagens
admin-scope-signatures = Contagens e assinaturas (dados pessoais)
admin-token-create = Criar token
admin-revoked = revogado
admin-revoke = Revogar
admin-err-token-name = Dê um nome ao token (1 a 100 caracteres) e escolha o escopo.
admin-err-token-scope = Este token não pode ler { $scope }.

## Translations
admin-translations-hint = Os visitantes veem o texto no idioma deles quando há um aqui; um campo vazio mostra o texto principal ({ $main }). Deixe um formulário inteiro vazio para remover esse idioma. As páginas, botões e e-mails ao redor já estão traduzidos.
admin-err-field-long = { $max ->
    [one] { $field }: no máximo { $max } caractere.
   *[other] { $field }: no máximo { $max } caracteres.
}
admin-err-field-line = { $field }: uma única linha de texto simples.
admin-err-main-language = Este é o idioma principal: edite diretamente o texto principal.

## Updates to signers
admin-updates-recipients = { $count ->
    [one] { $count } signatário confirmado pediu novidades.
   *[other] { $count } signatários confirmados pediram novidades.
} Cada e-mail tem um link para cancelar a inscrição com um clique.
admin-update-kind = Tipo
admin-kind-progress = Avanço
admin-kind-victory = Vitória
admin-kind-delivery = Entrega
admin-update-victory-hint = Uma novidade de vitória também mostra o texto na página da petição.
admin-update-subject = Assunto
admin-update-test = Enviar um teste para mim
admin-update-send = { $count ->
    [one] Enviar para { $count } signatário
   *[other] Enviar para { $count } signatários
}
admin-update-sent = Enviadas
admin-update-test-sent = Um teste está a caminho de { $email }.
admin-update-queued = { $count ->
    [one] Enviada para { $count } signatário
   *[other] Enviada para { $count } signatários
} (no máximo { $rate } por minuto).
admin-err-kind = Escolha o tipo de novidade.
admin-err-subject = O assunto é uma linha de 1 a 200 caracteres.
admin-err-text = O texto tem de 1 a 20.000 caracteres.

## Accounts
admin-staff-accounts = Contas da equipe
admin-add-account = Adicionar uma conta
admin-create-account = Criar a conta
admin-account-ready = A conta { $email } ({ $role }) está pronta. A senha, mostrada só agora: { $password }
users-err-role = O papel deve ser um de: { $roles }.
users-err-password = A senha deve ter pelo menos 12 caracteres.
users-err-email = “{ $email }” não é um endereço de e-mail.

## Audit log
admin-col-when = Quando
admin-col-who = Quem
admin-col-action = Ação
admin-col-subject = Objeto
admin-col-detail = Detalhe
admin-col-rows = Linhas

## Letter campaigns
admin-letter-campaigns = Campanhas de cartas
admin-new-letter-campaign = Nova campanha de cartas
admin-edit-letter-campaign = Editar a campanha de cartas
admin-col-campaign = Campanha
admin-col-supporters = Apoiadores confirmados
admin-no-letter-campaigns = Ainda não há campanhas de cartas.
admin-directory = Diretório de representantes
admin-col-body = Órgão
admin-col-active = Ativos
admin-col-in-all = No total
admin-import-directory = Importar um diretório (CSV)
admin-body-placeholder = Câmara Municipal
admin-csv-header = CSV com linha de cabeçalho
admin-import-hint = Importar de novo atualiza os membros pelo external_id; membros com cartas nunca são apagados.
admin-deactivate-missing = Desativar membros deste órgão que não estão no arquivo
admin-import = Importar
admin-err-body-name = Dê um nome ao órgão (1 a 200 caracteres).
admin-err-csv = Não foi possível importar o CSV: { $error }
admin-err-csv-empty = O CSV não tem linhas.
targets-err-id = external_id está vazio
targets-err-name = é preciso um nome (ou first_name/last_name)
targets-err-control = caracteres de controle não são permitidos
targets-err-email = o e-mail não é um endereço válido
targets-err-url = contact_url deve começar com https://
admin-rule-us_senators = Os dois senadores dos EUA da pessoa (pelo estado)
admin-rule-us_house = O membro da Câmara dos Representantes da pessoa (pelo código ZIP / distrito)
admin-rule-us_congress = Os senadores e o representante da pessoa
admin-rule-body = Cada membro ativo de um órgão do diretório
admin-rule-fixed = Uma lista fixa de destinatários
admin-confirmed-supporters = { $count ->
    [one] { $count } apoiador confirmado
   *[other] { $count } apoiadores confirmados
}
admin-sending-window = envio das { $from }:00 às { $until }:00 ({ $zone })
admin-hourly-cap = { $cap ->
    [one] no máximo { $cap } carta por destinatário por hora
   *[other] no máximo { $cap } cartas por destinatário por hora
}
admin-col-target = Destinatário
admin-col-awaiting = Aguardando confirmação
admin-col-waiting = Confirmadas, aguardando
admin-col-queued = Na fila
admin-col-sent = Enviadas
admin-col-failed = Com falha
admin-col-manual = Entrega em mãos
admin-col-edited = Editadas
admin-col-unedited = Sem edição
admin-printable = Para imprimir
admin-all-targets = Todos os destinatários
admin-no-letters = Ainda não há cartas.
admin-field-intro = Introdução (Markdown)
admin-field-who-writes = Quem pode escrever (códigos de país ISO; vazio para todos)
admin-field-rule = Os apoiadores escrevem para
admin-field-body = Órgão (para “cada membro de um órgão”)
admin-field-fixed = Lista fixa (um “órgão/id externo” por linha)
admin-field-subjects = Assuntos (um por linha; a pessoa escolhe um)
admin-field-template = Modelo de carta
admin-placeholders = Variáveis:
admin-template-hint = O nome e o endereço postal da pessoa são acrescentados abaixo da carta.
admin-preview-to = Pré-visualização (destinatário: { $target })
admin-field-allow-edit = Os apoiadores podem editar a carta
admin-field-max-length = Tamanho máximo (caracteres)
admin-field-hourly-cap = Cartas por destinatário por hora
admin-field-window-start = Enviar a partir de (hora)
admin-field-window-end = Enviar até (hora)
admin-field-time-zone = Fuso horário da janela de envio
admin-err-whole-number = Digite um número inteiro.
admin-err-campaign-slug = Outra campanha já usa este endereço.
campaign-err-title = É preciso um título de 1 a 200 caracteres.
campaign-err-state = O estado deve ser draft, open ou closed.
campaign-err-rule = Escolha para quem os apoiadores escrevem.
campaign-err-us-only = Campanhas para o Congresso dos EUA são só para residentes nos EUA: permita apenas US.
campaign-err-body = Informe o órgão cujos membros recebem as cartas.
campaign-err-fixed = Informe pelo menos um destinatário.
campaign-err-subjects = É preciso pelo menos um assunto.
campaign-err-subject-lines = Os assuntos são linhas únicas de no máximo 200 caracteres.
campaign-err-max-length = O tamanho máximo deve ficar entre 100 e 20.000 caracteres.
campaign-err-window = A janela de envio são duas horas diferentes, de 0–23 a 1–24.
campaign-err-time-zone = “{ $zone }” não é um nome de fuso horário (p. ex. America/Sao_Paulo).
campaign-err-cap = O limite por hora e por destinatário deve ser pelo menos 1.
campaign-err-congress = As configurações para o Congresso aceitam no máximo 10 temas, cada um com uma linha de até 100 caracteres e sem vírgulas, e um identificador de campanha CWC de até 100 caracteres.
campaign-err-translation-title = Um título tem no máximo 200 caracteres.
admin-err-campaign-translation-consent = Informe também o texto de consentimento neste idioma: quem escreve precisa poder ler o que está aceitando. Ou deixe o formulário inteiro vazio para oferecer a campanha só no idioma principal.
spec-err-campaign-translation-consent = A tradução { $lang } precisa de um texto de consentimento próprio: quem escreve precisa poder ler o que está aceitando.
template-err-empty = O modelo de carta está vazio.
template-err-long = O modelo de carta deve ter no máximo 20.000 caracteres.
template-err-syntax = O modelo tem um erro: { $detail }
template-err-unknown = Variável desconhecida { $unknown }. Use uma destas: { $known }.

## Printable letters
admin-letters-to = Cartas (destinatário: { $target })
admin-letter-count = { $count ->
    [one] { $count } carta
   *[other] { $count } cartas
}
admin-generated = gerado em { $date }
admin-deliver-to = entregar em { $address }
admin-pack-hint = Imprima esta página (ou salve como PDF): cada carta começa numa página nova.
admin-letter-subject = Assunto: { $subject }

## Emails to staff
milestone-subject = { $title }: { $pct }% da meta
milestone-text = “{ $title }” tem { $count ->
    [one] { $count } assinatura confirmada
   *[other] { $count } assinaturas confirmadas
}: { $pct }% da meta de { $goal }.

## Assinaturas retidas
admin-held-explain = Quem teve a assinatura retida vê as mesmas páginas que todo mundo (“sua assinatura está confirmada”), para que um robô não descubra nada. Só sua revisão torna essa promessa verdadeira: libere as pessoas e invalide o resto. Uma assinatura liberada que já tinha sido confirmada passa a contar na hora; a que nunca recebeu e-mail (marcação de robô) recebe agora o e-mail de confirmação.
admin-held-list = Últimas assinaturas retidas
admin-held-none = Nada está retido.
admin-col-reason = Motivo
admin-col-clicked = Confirmada pela pessoa
admin-col-source = Origem
admin-col-held = Retidas
admin-source = Código de origem
admin-reason = Motivo da retenção
admin-release = Liberar
admin-release-heading = Liberar ou invalidar
admin-release-n = { $count ->
    [one] Liberar { $count } assinatura retida
   *[other] Liberar { $count } assinaturas retidas
}
admin-release-matches = { $count ->
    [one] Destas, { $count } está retida e pode ser liberada.
   *[other] Destas, { $count } estão retidas e podem ser liberadas.
}
admin-released = { $count ->
    [one] { $count } assinatura liberada
   *[other] { $count } assinaturas liberadas
}: { $counted ->
    [one] { $counted } passa a contar
   *[other] { $counted } passam a contar
}, { $emailed ->
    [one] { $emailed } recebeu o e-mail de confirmação
   *[other] { $emailed } receberam o e-mail de confirmação
}.
admin-yes = sim
admin-no = não
admin-flag-ip_rate = muitas do mesmo endereço
admin-flag-domain_rate = muitas do mesmo domínio de e-mail
admin-flag-honeypot = campo oculto preenchido
admin-flag-too_fast = formulário enviado rápido demais
admin-flag-stale_form = formulário com mais de um dia
admin-flag-no_pow = prova de trabalho ausente
admin-flag-blocked_ip = faixa de endereços bloqueada
admin-flag-blocked_domain = domínio de e-mail bloqueado
admin-flag-blocked_email = endereço de e-mail bloqueado
admin-sig-held = retida ({ $reason })
admin-sig-held_back = retida
admin-field-delivery-fields = Entregue ao destinatário no arquivo de entrega (somente o que o texto de consentimento cita)
admin-field-delivery-fields-hint = Nomes de campos separados por vírgulas, entre: { $fields }. A lista completa com e-mails continua sendo uma exportação para a equipe.
spec-err-delivery-fields = O arquivo de entrega só pode conter estes campos: { $fields }.
delivery-col-name = Nome
delivery-col-country = País
delivery-col-postcode = CEP
delivery-col-comment = Comentário
delivery-col-signed_at = Assinado em
## Segurança das contas
admin-err-disabled = Esta conta está desativada. Peça a um proprietário que a ative.
admin-err-disable-self = Você não pode desativar sua própria conta.
users-err-unknown = Não existe a conta { $email }.
admin-account-disabled = A conta { $email } está desativada e todas suas sessões foram encerradas.
admin-account-enabled = A conta { $email } está ativa de novo.
admin-account-status = Situação
admin-account-is-active = ativa
admin-account-is-disabled = desativada
admin-disable-account = Desativar
admin-enable-account = Ativar
admin-existing-account-hint = Para um e-mail existente, isto define uma nova senha e uma nova função e encerra todas suas sessões.
admin-two-factor = Login em duas etapas
admin-two-factor-on = ativado
admin-two-factor-off = desativado
admin-2fa-intro = Adicione esta conta a um aplicativo autenticador (qualquer um compatível com códigos TOTP) e digite o código de 6 dígitos que ele mostra para concluir.
admin-2fa-required = Neste site o login em duas etapas é obrigatório. Configure-o para continuar.
admin-2fa-secret = Chave secreta
admin-2fa-uri = Link de configuração para aplicativos autenticadores
admin-2fa-code = Código do aplicativo
admin-2fa-confirm = Ativar o login em duas etapas
admin-2fa-is-on = O login em duas etapas está ativado para esta conta.
admin-2fa-recovery-intro = Seus códigos de recuperação. Cada um permite entrar uma vez se você perder seu dispositivo. Guarde-os em local seguro: eles só são mostrados agora.
admin-2fa-recovery-left = { $count ->
    [one] Resta { $count } código de recuperação.
   *[other] Restam { $count } códigos de recuperação.
}
admin-2fa-step = Digite o código de 6 dígitos do seu aplicativo autenticador ou um dos seus códigos de recuperação.
admin-2fa-code-or-recovery = Código ou código de recuperação
admin-2fa-verify = Verificar
admin-err-code = Esse código não está correto.
admin-err-2fa-expired = O login demorou demais. Comece de novo.
template-err-size = Depois de preenchida, a carta ultrapassa { $max } KB. Encurte o modelo.
admin-org-queue = Organizações a aguardar verificação
admin-org-none = Nenhuma organização aguarda verificação.
admin-org-approve = Aprovar
admin-org-reject = Rejeitar
admin-org-flag = Assinalada: { $flag }
admin-letters-held = Cartas retidas pelos controlos contra abusos
admin-letters-release = Libertar
admin-letters-none-held = Não há cartas retidas.
template-err-construct = Os modelos de carta não podem usar { $what }. Use apenas marcadores, condições e ciclos.
admin-err-decision = Escolha Aprovar ou Rejeitar.
admin-col-rate = Taxa de confirmação
admin-source-direct = (direto)

## Confirmação antes de ações difíceis de desfazer
admin-sure-heading = Tem certeza?
admin-sure-cancel = Cancelar
admin-sure-close = “{ $title }” será encerrada agora: deixa de aceitar assinaturas imediatamente, e as assinaturas ainda não confirmadas não poderão mais contar.
admin-sure-archive = “{ $title }” será arquivada: a página pública e seu lugar na lista e na API desaparecem.
admin-sure-revoke = Os scripts que usam este token de API deixam de funcionar imediatamente. Um token revogado não pode voltar a ser usado.
admin-sure-send = “{ $subject }” será enviado agora por e-mail para { $count ->
    [one] { $count } signatário que pediu
   *[other] { $count } signatários que pediram
} novidades. Um e-mail enviado não pode ser recuperado.
admin-2fa-email-code = Código do e-mail
admin-2fa-email-sent = Enviamos um código de 6 dígitos para o endereço desta conta. Ele vale por 30 minutos.
admin-err-email-code = O código do e-mail não está correto ou expirou. Recarregue esta página para receber um novo.
email-enrol-code-subject = Seu código para ativar o login em duas etapas
email-enrol-code = Alguém entrou na sua conta da equipe com a senha e está ativando o login em duas etapas. Se for você, digite este código: { $code }
    Se não for você, não compartilhe o código e peça agora a uma pessoa proprietária que troque sua senha.
admin-petitions-heading = Petições

## Imagem da petição
image-heading = Imagem
image-none = Ainda não há imagem. Petições com imagem se destacam na lista e nas prévias de links.
image-file-label = Arquivo de imagem
image-file-hint = JPEG, PNG ou WebP, no máximo 5 MB e 40 megapixels. A imagem é redimensionada e salva de novo sem seus metadados (câmera, local).
image-alt-label = Descrição da imagem (texto alternativo)
image-alt-hint = Diga em uma frase o que a imagem mostra, para quem não pode vê-la.
image-upload = Enviar imagem
image-replace = Substituir imagem
image-remove = Remover imagem
image-alt-save = Salvar descrição
image-card-preview = Ver a imagem das prévias de links (1200 × 630)
image-err-type = Este arquivo não é uma imagem JPEG, PNG ou WebP. Outros tipos (SVG, GIF, documentos) não são aceitos.
image-err-pixels = Esta imagem tem { $width } × { $height } pixels; são aceitos no máximo { $max } megapixels. Reduza-a, por favor.
image-err-unreadable = Não foi possível ler este arquivo como imagem. Ele pode estar danificado ou incompleto.
image-err-missing = Escolha um arquivo de imagem para enviar.
image-err-alt = { $max ->
    [one] A descrição da imagem deve ser uma linha de no máximo { $max } caractere.
   *[other] A descrição da imagem deve ser uma linha de no máximo { $max } caracteres.
}
admin-err-translation-consent = Informe também o texto de consentimento neste idioma: os signatários precisam poder ler o que estão aceitando. Ou deixe o formulário inteiro vazio para oferecer a petição só no idioma principal.
spec-err-translation-consent = A tradução { $lang } precisa de um texto de consentimento próprio: os signatários precisam poder ler o que estão aceitando.
admin-err-not-in-directory = Não estão no diretório: { $targets }
admin-err-origins = Uma linha por site, como https://partner.example.org (sem caminho), no máximo 100 linhas. Inválidas: { $invalid }
# Letters to Congress
admin-deliveries = Entregas ao Congresso
admin-congress-none = Nenhum serviço de entrega está configurado (CWC ou um servidor congress-forms, em [congress]): as cartas a membros do Congresso são devolvidas aos apoiadores para que as enviem.
admin-col-delivery = Entrega
admin-col-attempts = Tentativas
admin-delivery-waiting = Na fila
admin-delivery-sent-cwc = Enviada pelo CWC
admin-delivery-sent-form = Enviada pelo formulário do gabinete
admin-delivery-tested = Testada (modo de teste): nenhum gabinete a recebeu
admin-delivery-failed = Falhou, devolvida a quem a escreveu
admin-delivery-hand = Entrega em mãos: nenhum serviço alcança este gabinete
admin-delivery-outside = Entrega em mãos: este membro não representa quem escreveu (o CWC e os formulários dos gabinetes só aceitam cartas de seus eleitores)
admin-delivery-retired = Não enviada: o membro não está mais no cargo (devolvida ao apoiador)
admin-congress-settings = Cartas ao Congresso
admin-congress-settings-hint = Usado quando as cartas são entregues pelo Communicating with Congress (CWC).
admin-field-cwc-topics = Temas CWC (áreas da Biblioteca do Congresso, um por linha; nenhum: Government Operations and Politics)
admin-field-cwc-campaign-id = Identificador de campanha CWC (vazio: o endereço da campanha)
admin-field-cwc-test-mode = Modo de teste: enviar apenas aos serviços de validação e teste do CWC

# Webhooks out
admin-webhooks = Webhooks
admin-webhooks-intro = O Chorus envia cada evento escolhido aos seus sistemas como JSON assinado (Standard Webhooks). Os destinos devem usar https em um endereço público.
admin-webhook-secret-once = Copie agora este segredo de assinatura: ele é mostrado só uma vez.
admin-webhook-url = URL de destino
admin-webhook-events = Eventos
admin-webhook-reserved = (ainda não enviado)
admin-webhook-personal = Pode receber dados pessoais (nome, e-mail, CEP)
admin-webhook-personal-col = Dados pessoais
admin-webhook-create = Adicionar destino
admin-webhook-state = Estado
admin-webhook-active = ativo
admin-webhook-paused = pausado
admin-webhook-failures = Tentativas falhas seguidas: { $n }
admin-webhook-resume = Retomar
admin-webhook-remove = Remover destino
admin-webhook-sure-remove = Remover este destino com seus envios e registro? Os eventos ainda não recebidos não serão enviados.
admin-webhook-deliveries = Envios
admin-webhook-log = Registro de tentativas
admin-webhook-attempts = Tentativas
admin-webhook-code = Resposta
admin-webhook-duration = Duração (ms)
admin-webhook-replay = Enviar de novo
admin-webhook-delivery-pending = aguardando
admin-webhook-delivery-delivered = entregue
admin-webhook-delivery-failed = desistido
admin-webhook-err-url = Digite uma URL https completa, sem usuário nem senha.
admin-webhook-err-https = A URL deve começar com https://.
admin-webhook-err-private = Este endereço é privado, de loopback ou link-local: webhooks só vão para endereços públicos.
admin-webhook-err-dns = Não foi possível resolver este nome de host.
admin-webhook-err-events = Escolha pelo menos um evento.
webhook-paused-subject = Um destino de webhook foi pausado
webhook-paused-text = Os envios para { $url } falharam vezes demais seguidas, então o destino foi pausado. Nada mais é enviado até que um proprietário o retome; seus eventos aguardam enquanto isso.
# Devoluções e reclamações
admin-suppressions = Endereços bloqueados
admin-suppressions-intro = Nada é enviado a estes endereços, seja qual for o e-mail: foram devolvidos de forma permanente, o titular marcou nosso e-mail como spam, ou foram devolvidos temporariamente vezes demais seguidas. As páginas que geram e-mails respondem como sempre.
admin-suppressions-search = O endereço contém
admin-search = Pesquisar
admin-suppressions-none = Nenhum endereço bloqueado.
admin-col-address = Endereço
admin-col-email-kind = E-mail devolvido
admin-col-bounced = Devolução
admin-suppression-lift = Desbloquear
admin-suppression-reason-hard_bounce = Devolução permanente
admin-suppression-reason-complaint = Reclamação de spam
admin-suppression-reason-soft_bounces = Devoluções temporárias seguidas
admin-suppression-reason-manual = Adicionado pela equipe
admin-suppression-source-mailbox = Caixa de devoluções
admin-suppression-source-postmark = Postmark
admin-suppression-source-staff = Equipe
admin-bounced-targets = Gabinetes cujo endereço foi devolvido
admin-bounced-targets-hint = Uma carta para estes endereços foi devolvida: o diretório pode estar desatualizado. Verifique o endereço do gabinete e importe o diretório novamente; nada mais é enviado ao endereço até que seja desbloqueado.
admin-events = Eventos
admin-events-hint = Crie um evento aqui, ou a partir do arquivo dele: { $command }.
admin-no-events = Ainda não há eventos.
admin-col-event = Evento
admin-col-starts = Início
admin-col-seats-taken = Vagas ocupadas
admin-col-unconfirmed = Não confirmadas
admin-col-registrations = Inscrições
admin-export-csv = CSV
admin-check-in = Lista de presença
admin-seated = { $count ->
    [one] { $count } pessoa tem vaga
   *[other] { $count } pessoas têm vaga
}
admin-col-here = Presente
admin-col-organisation = Organização
admin-new-event = Novo evento
admin-edit-event = Editar evento
admin-event-state = Estado
admin-event-state-draft = rascunho (não público)
admin-event-state-open = inscrições abertas
admin-event-state-closed = inscrições encerradas
admin-event-state-cancelled = cancelado
admin-event-starts = Início (data e hora locais)
admin-event-ends = Fim (data e hora locais)
admin-event-zone = Fuso horário destes horários
admin-event-show-zones = Outros fusos horários mostrados na página
admin-event-show-zones-hint = Um por linha, com um rótulo se quiser: { $example }
admin-event-online = Evento on-line
admin-event-join-url = Link de acesso (só os inscritos confirmados o veem)
admin-event-address = Endereço
admin-event-recording-url = Link da gravação (enviado no acompanhamento)
admin-event-pow-required = Pedir prova de trabalho no formulário de inscrição (contra inscrições automatizadas)
admin-event-map-url = Link para um mapa
admin-event-price = Preço
admin-event-audience = Público
admin-event-organisers = Organizadores (um por linha)
admin-event-capacity = Vagas (vazio: sem limite)
admin-event-registration-opens = Abertura das inscrições
admin-event-registration-closes = Encerramento das inscrições
admin-event-petition = Petição vinculada (o endereço dela)
admin-event-letters = Campanha de cartas vinculada (o endereço dela)
admin-event-translations = Preencha os idiomas em que o evento é oferecido além do idioma principal; um campo vazio mostra o texto do idioma principal.
admin-event-notify-hint = Os inscritos com vaga recebem um e-mail quando o horário, o local ou o link de acesso muda; todos os inscritos recebem um quando o evento é cancelado.
event-err-too-long = { $max ->
    [one] No máximo { $max } caractere.
   *[other] No máximo { $max } caracteres.
}
event-err-control = Caracteres de controle não são permitidos aqui.
event-err-link = Não é um link da web: deve começar com https:// ou http://.
event-err-moment = "{ $value }" não é uma data e hora com o fuso (ex.: 2036-01-15T15:00:00+01:00).
event-err-local-time = { $value } não existe em { $zone } (os relógios pulam esse horário).
event-err-required = Obrigatório.
event-err-ends = O fim deve ser depois do início.
event-err-zone = "{ $zone }" não é um fuso horário (ex.: Europe/Zurich).
event-err-count = { $max ->
    [one] No máximo { $max } item.
   *[other] No máximo { $max } itens.
}
event-err-address = Um evento que não é on-line precisa de um endereço.
event-err-capacity = Um número inteiro de 0 a 1.000.000, ou vazio para sem limite.
event-err-closes = As inscrições devem encerrar depois de abrir.
event-err-state = Um de: { $states }.
event-err-translation-twice = O idioma { $lang } está traduzido duas vezes ou é o idioma principal.
event-err-no-petition = Não há petição com o endereço "{ $slug }".
event-err-no-letters = Não há campanha de cartas com o endereço "{ $slug }".
event-err-slug-taken = Já existe um evento com este endereço.
admin-event-translations-legend = Traduções

admin-event-messages = Mensagens às pessoas inscritas
admin-event-message-send = { $count ->
    [one] Enviar para { $count } pessoa inscrita
   *[other] Enviar para { $count } pessoas inscritas
}
admin-event-message-recipients = { $count ->
    [one] { $count } pessoa inscrita recebe esta mensagem.
   *[other] { $count } pessoas inscritas recebem esta mensagem.
} Cada e-mail tem seu próprio link e um link de cancelamento de inscrição com um clique.
admin-event-message-hint = Recebem-na as pessoas com vaga (e, se marcado, as que esperam); não as que cancelaram a inscrição nas mensagens. No máximo { $count ->
    [one] { $count } mensagem
   *[other] { $count } mensagens
} por evento em 24 horas.
admin-event-message-waiting = Também para quem está na lista de espera
admin-event-message-err-key = Este formulário está desatualizado: recarregue a página e envie de novo.
admin-event-message-repeated = Esta mensagem já foi enviada: não é enviada duas vezes.
admin-event-message-limit = Este evento já teve { $count ->
    [one] sua { $count } mensagem
   *[other] suas { $count } mensagens
} nas últimas 24 horas: envie esta mais tarde.
admin-event-message-queued = { $count ->
    [one] Enviado para { $count } pessoa inscrita
   *[other] Enviado para { $count } pessoas inscritas
} (no máximo { $rate } por minuto).
admin-event-message-sure = “{ $subject }” será enviado agora para { $count ->
    [one] { $count } pessoa inscrita
   *[other] { $count } pessoas inscritas
}. Um e-mail enviado não pode ser recuperado.
