# Chorus：简体中文。
date-format = %Y年%-m月%-d日
date-short-format = %-m月%-d日
date-time-format = %Y年%-m月%-d日 %H:%M UTC

## Every page
site-footer = 本站由 Chorus（自托管的请愿服务）提供支持。
site-language = 语言
progress-label = 已达目标的 { $pct }%
see-petition = 查看请愿
see-all = 查看所有请愿
back-to-petition = 返回请愿

## The list of petitions
index-title = 请愿
index-empty = 目前还没有开放的请愿。
index-to = 递交对象：{ $target }
index-signatures = { $count } 个签名
index-letters = 写信给您的代表
index-write = 写信
state-open = 开放
state-closed = 已结束
state-delivered = 已递交
state-victory = 已成功

## A petition
petition-to = 递交对象：{ $target }
petition-victory = 成功了！
petition-count-of-goal = { $count } 个签名，目标 { $goal } 个
petition-closes = 截止时间：{ $date }
petition-sign-this = 签署这份请愿
petition-coalition = { $count } 个组织支持这份请愿
petition-coalition-link = 查看全部并以组织名义签署
petition-where = 签名者来自
petition-countries = 签名者来自 { $count } 个国家和地区。
petition-countries-more = （另有 { $more } 个未显示）
petition-per-day = 每日签名数
petition-recent = 最新签名者
petition-share = 分享
petition-share-text = 签署请愿：{ $title }
petition-share-email = 电子邮件
petition-not-yet-open = 这份请愿尚未开放签署。
petition-closed = 这份请愿已结束，不再接受签名。

## The sign form
form-check = 请检查表单：
form-pow = 正在检查您的浏览器…
form-honeypot = 请将此栏留空
field-name = 姓名
field-email = 电子邮件
field-email-hint = 我们会发送一个链接，请用它确认您的签名。
field-country = 国家或地区
field-country-choose = 选择您的国家或地区…
field-postcode = 邮政编码
field-postcode-optional = 邮政编码（选填）
field-comment = 留言（选填）
field-show-name = 在本页面公开显示我的名字和国家或地区
field-newsletter = 向我发送这项活动的动态（选填）
form-sign = 签署请愿
widget-sign = 签署
widget-signatures = { $count } 个签名
widget-thanks = 谢谢！请查收电子邮件以确认您的签名。
widget-closed = 这份请愿已结束。

## Errors in the form
err-name-empty = 请输入您的姓名。
err-name-long = 姓名最多 255 个字符。
err-name-chars = 姓名中含有不允许的字符。
err-name-formula = 姓名不能以 =、+、- 或 @ 开头。
err-name-link = 姓名中不能包含链接。
err-email-empty = 请输入您的电子邮件地址。
err-email-invalid = 请输入有效的电子邮件地址。
err-country = 请选择您的国家或地区。
err-postcode-empty = 请输入您的邮政编码。
err-postcode-format = 该邮政编码与所选国家或地区不符。
err-residents-only = 这份请愿仅向以下国家/地区的居民开放：{ $countries }。
err-consent = 请勾选同意，否则无法签署。
err-comment-long = 留言最多 { $max } 个字符。
err-comment-chars = 留言中含有不允许的字符。

## After signing
signed-heading = 请查收电子邮件
signed-thanks = 谢谢。我们已向您发送一封电子邮件：请打开其中的链接，确认您对“{ $title }”的签名。
signed-hint = 签名确认后才会计入。如果几分钟内没有收到邮件，请查看垃圾邮件文件夹。

## The emailed links
link-invalid-heading = 此链接无效
link-invalid = 链接无效或已过期。如果您再次提交了表单，只有最新邮件中的链接有效；否则，请检查是否完整复制了邮件中的链接。
link-already-heading = 已确认
link-already = 您对“{ $title }”的签名已确认。谢谢！
link-withdrawn-heading = 签名已撤回
link-withdrawn = 您对“{ $title }”的签名已撤回。
link-confirm-heading = 确认您的签名
link-confirm = 请点击按钮，确认您对“{ $title }”的签名。
link-confirm-button = 确认我的签名
link-withdraw-heading = 撤回您的签名
link-withdraw = 请点击按钮，撤回您对“{ $title }”的签名。撤回后将不再计入。
link-withdraw-button = 撤回我的签名
link-confirmed-heading = 谢谢：您的签名已确认
link-confirmed = 您对“{ $title }”的签名现已计入。
link-closed-heading = 这份请愿已结束
link-closed = “{ $title }”在您确认签名之前已结束，因此您的签名未能计入。
link-detail-name = 姓名
# The name as given, and whether the petition page shows it.
link-detail-name-value = { $name }（{ $shown }）
link-detail-shown = 在请愿页面上显示为“{ $first }”
link-detail-hidden = 不在请愿页面上显示
link-detail-newsletter = 通过电子邮件接收组织者的动态
link-detail-yes = 是
link-detail-no = 否
link-detail-comment = 留言
link-detail-not-you = 如果这不是您提交的内容，请不要确认：请重新填写表单，并使用最新邮件中的链接。

## Your data
data-gone = 链接无效，或其指向的数据已被删除。
data-heading = 您的数据
data-intro = 以下是我们为您对“{ $title }”的签名保存的内容。
data-name = 姓名
data-email = 电子邮件
data-country = 国家或地区
data-postcode = 邮政编码
data-comment = 留言
data-show-name = 公开显示姓名
data-newsletter = 通过电子邮件接收动态
data-state = 状态
data-yes = 是
data-no = 否
data-stop-updates = 停止接收动态
data-copy = 通过邮件发送副本给我
data-erase = 删除我的数据
data-erase-hint = 删除将撤回您的签名，并永久删除您的姓名、电子邮件、邮政编码和留言。
data-copy-heading = 副本已在路上
data-copy-sent = 我们正在通过电子邮件向您发送一份数据副本。
data-erased-heading = 您的数据已删除
data-erased = 您对“{ $title }”的签名已撤回，个人数据已删除。
unsub-heading = 退订动态
unsub-intro = 请点击按钮，停止接收关于“{ $title }”的动态。您的签名仍然有效。
unsub-button = 退订
unsub-done-heading = 您已退订
unsub-done = 您将不再收到关于“{ $title }”的动态。您的签名仍然有效。

## Error pages
error-title = 错误 { $status }
error-not-found-heading = 未找到
error-retry-heading = 请重试
error-sorry-heading = 抱歉
error-problem-heading = 出现问题
error-back = 返回请愿列表
error-not-found = 我们找不到该页面。
error-too-large = 请求过大。
error-media = 此处不支持该内容类型。
error-busy = 我们目前繁忙或暂时不可用。请稍后再试。
error-internal = 我们这边出了问题。请重试。

## Emails to signers
email-hello = { $name }，您好：
email-confirm-subject = 请确认您的签名：{ $title }
email-reminder-subject = 提醒：请确认您的签名：{ $title }
email-reminder-intro = 我们尚未收到您的确认，因此您的签名还未计入。只需点击一下即可。
email-confirm-thanks = 感谢您签署请愿“{ $title }”（递交对象：{ $target }）。
email-confirm-counts = 您的签名需要确认后才会计入。
email-confirm-open = 请打开此链接并点击“确认我的签名”：
email-confirm-button = 确认我的签名
email-ignore = 如果您没有签署，请忽略此邮件，不会计入任何签名。
email-withdraw-line = 随时撤回您的签名：
email-withdraw = 撤回我的签名
email-data-line = 您的数据、数据副本或删除数据：
email-data = 您的数据
email-already-subject = 您已经签署过：{ $title }
email-already = 有人（很可能是您）再次尝试用此电子邮件地址签署请愿“{ $title }”。
email-already-done = 您的签名已确认并且只计入一次；无需再做任何操作。
email-petition-line = 请愿：

## 致代表的信
letter-closed = 此活动已结束，不再发送信件。
letter-write-heading = 写信
letter-district = 您的 ZIP 邮编跨越多个选区。您住在哪一个？
letter-district-hint = 不确定？您的选民登记卡或所在州的选举网站会显示您的选区。
letter-email-hint = 我们会通过邮件发送一个链接：在您确认之前，信件不会寄出。
field-address = 街道地址
field-city = 城市或城镇
field-zip = ZIP 邮编
letter-story = 您的故事（选填）
letter-story-hint = 简单说说这件事为何对您重要，信件的分量会大得多。
letter-find = 查找我的代表
letter-find-congress = 查找我的国会议员
letter-yours = 您的信件
letter-writing-to = “{ $title }”：您正在写信给 { $count } 位代表。在您通过邮件确认之前，信件不会寄出。
letter-writing-to-congress = “{ $title }”：您正在写信给 { $count } 位国会议员。在您通过邮件确认之前，信件不会寄出。
letter-subject = 主题
letter-subject-line = 主题：{ $subject }
letter-to = 收信人：{ $target }
letter-by-email = 您确认后通过电子邮件发送。
letter-by-hand = 这封信我们无法替您递交：请您自己寄出。您确认后，我们会告诉您如何操作，并附上可直接复制的文本。
letter-by-cwc = 您确认后，我们会通过国会官方留言系统 Communicating with Congress 替您将信送达该办公室。
letter-by-form-service = 您确认后，我们会通过该办公室的联系表单替您递交；如果表单无法接收，我们会将信通过电子邮件发给您，由您自行递交。
letter-signed-below = 每封信下方都会附上您的姓名和邮寄地址，因为办公室只回复本选区的选民。
letter-send = 发送我的信件
letter-confirm-heading = 确认您的信件
letter-confirm = 请点击按钮，确认并发送您在“{ $title }”中的信件。
letter-confirm-button = 确认并发送我的信件
letter-confirmed-heading = 您的信件已确认
letter-confirmed = 感谢您参与“{ $title }”写信。
letter-manual = 该办公室不接收电子邮件信件。请您亲自发送，只需一分钟：
letter-open-form = 打开联系表单
letter-paste = 请将下面的信粘贴到该办公室的联系表单中：
letter-call = 或拨打此号码并朗读信件：
letter-post = 或邮寄至 { $address }。
letter-kept = 我们也会保存您的信件，用于活动的纸质递交。
letter-sent-now = 我们已通过电子邮件发送此信。您会收到一份副本。
letter-sent-soon = 我们将在办公时间内尽快通过电子邮件发送此信。您会收到一份副本。
letter-back = 返回活动
letter-check = 谢谢。我们已给您发送电子邮件：请打开其中的链接，确认您在“{ $title }”中的信件。
letter-check-hint = 在您确认之前，不会向您的代表发送任何内容。如果几分钟内没有收到邮件，请查看垃圾邮件文件夹。
err-address-empty = 请输入您的街道地址。
err-city-empty = 请输入您的城市或城镇。
err-too-long = 最多 { $max } 个字符。
err-chars = 内容包含不允许的字符。
err-campaign-residents = 此活动仅向以下国家/地区的居民开放：{ $countries }。
err-zip-empty = 请输入您的 ZIP 邮编。
err-zip-us = 美国国会议员需通过美国 ZIP 邮编查找。
err-zip-unknown = 找不到此 ZIP 邮编，请检查。
err-zip-nobody = 找不到此 ZIP 邮编对应的国会议员。
err-district = 请选择列出的地点之一。
err-nobody = 此活动目前还没有收信人。
err-subject = 请选择一个主题。
err-letter-empty = 信件不能为空。
err-letter-to = 收信人：{ $target }。{ $problem }
err-letter-consent = 请勾选此框表示同意：否则我们无法接收您的信件。
letter-consent-default = 我同意将我的姓名、地址和信件发送给所列的代表，并同意本组织为开展此活动而保存这些信息。
err-campaign-closed = 此活动已结束。
email-letters-subject = 请确认您的信件：{ $title }
email-letters-intro = 请确认您要将“{ $title }”中的信件发送给：
email-letters-open = 在您确认之前不会发送任何内容。请打开此链接并点击按钮：
email-letters-ignore = 如果您没有提出此请求，请忽略此邮件，不会发送任何内容。
email-receipt-subject = 您的信已发送（收信人：{ $target }）
email-receipt = 感谢您参与“{ $title }”。这是我们代表您寄出的信件副本。收信人：{ $target }。

## 组织联署
org-title = 组织
org-heading = 以组织名义签署
org-sent = 谢谢。我们已向联系人发送链接，以确认该组织的签名。
org-name = 组织
org-website = 网站（选填）
org-contact = 联系人
org-email = 联系邮箱
org-consent = 我有权代表该组织签署，并同意在此显示其名称、国家/地区和网站。
org-sign = 代表我的组织签署
field-choose = 请选择…
err-org-name = 请输入组织名称（最多 200 个字符）。
err-org-website = 网站必须是以 https:// 开头的完整地址。
err-org-consent = 请确认您有权代表该组织签署。
org-closed = 此请愿目前不接受组织签署。
org-confirm-heading = 确认您所在组织的签名
org-confirm = 请点击按钮，确认 { $org } 签署“{ $title }”。
org-confirm-button = 确认
org-thanks-heading = 谢谢
org-listed = { $org } 已列为“{ $title }”的签署方。
email-org-subject = 请确认：{ $org } 签署“{ $title }”
email-org = 请确认 { $org } 签署请愿“{ $title }”。请打开此链接并点击按钮：
email-org-ignore = 如果您没有提出此请求，请忽略此邮件。

## 数据副本、动态
email-copy-subject = 您的数据副本
email-copy-intro = 您好，按您的要求，以下是我们保存的与您签名有关的全部信息：
data-petition = 请愿
data-signed = 签署时间
data-consent-version = 同意文本第 { $version } 版
data-confirmed = 确认时间
data-source = 来源
email-update-why = 您收到此邮件，是因为您签署了“{ $title }”并希望接收动态。
email-update-unsubscribe = 退订：
email-update-data = 您的数据：

## Errors shared by several pages
err-form-unreadable = 无法读取表单。请返回后重试。
err-cross-site = 此表单是从其他网站提交的，因此未被接受。请在本站打开该页面，再从那里提交表单。
err-slug = “{ $slug }”不是有效的地址（仅限小写字母、数字和连字符）。
err-language = “{ $code }”不是 Chorus 支持的语言：{ $known }。
letter-confirm-review = 以下是您要确认的信件及其收件人。在您点击按钮之前，不会发送任何内容。
letter-closed-confirm = 此活动在您确认信件之前已结束，因此您的信件不会被发送。
err-letter-render = 无法准备您的信件，因为活动的信件模板过长。请告知活动团队。
err-org-link = 组织名称不能包含链接。
org-review = 谢谢：{ $org } 已确认签署“{ $title }”。活动团队审核后即会将其列出。
email-org-approved-subject = { $org } 现已列入“{ $title }”
email-org-approved = 活动团队已审核 { $org } 的签署：该组织现已列入支持“{ $title }”的组织名单。谢谢！
letter-erase-hint = 改变主意了？您可以删除您的资料以及所有尚未发送的信件。
letter-erase-button = 删除我的资料
letter-erased-heading = 您的资料已删除
letter-erased = 我们已删除您在“{ $title }”中的资料以及尚未发送的信件。已送达的信件无法撤回。

## 签名者体验：状态、删除、链接预览、邮箱拼写、分享
data-state-pending = 等待您通过电子邮件确认
data-state-confirmed = 已确认并计入
data-state-withdrawn = 已撤回
data-erase-sure-heading = 确定吗？
data-erase-sure = 这将撤回您对“{ $title }”的签名，并永久删除您的姓名、电子邮件、邮政编码和留言。此操作无法撤销。
data-erase-confirm = 是，删除我的数据
data-erase-cancel = 不，保留我的签名
index-description = 签署并分享请愿，给您的代表写信。
email-did-you-mean = 您是想输入 { $email } 吗？如果是，请在上方更正。如果您输入的地址无误，请再次点击“签署请愿”。
share-ask = 请您的朋友也来签名
share-more = 更多分享方式…
error-conflict = 有人在同一时间更改了此内容。请重试。
error-invalid = 无法按原样保存。请检查您填写的内容后重试。
map-world-label = 按国家/地区划分的签名地图
map-us-label = 按美国州划分的签名地图
map-shape-title = { $name }：{ $count }
map-legend-fewer = 较少
map-legend-more = 较多
map-world-table = 按国家/地区划分的签名（表格）
map-us-table = 按州划分的签名（表格）
map-col-state = 州
chart-label = 从 { $first } 到 { $last } 的每日签名数
chart-table = 每日签名数（表格）
chart-col-day = 日期
map-us-few = 签名者少于 { $count } 人的州

index-sign = 签名

# 写信人的个人数据页面、提醒和退订。
letter-data-footer = 查看、复制或删除我们保存的关于您和您信件的资料，或停止提醒：
data-campaign = 活动
data-address = 地址
data-message = 个人留言
data-submitted = 提交时间
letter-writer-state-pending = 等待您通过电子邮件确认
letter-writer-state-confirmed = 已确认
letter-state-pending = 未发送：等待您的确认
letter-state-confirmed = 已确认，等待发送
letter-state-queued = 正在发送
letter-state-sent = 已发送
letter-state-failed = 无法送达
letter-state-manual = 由您自行递交（没有电子邮件地址）
letter-data-intro = 这是我们在“{ $title }”中保存的关于您和您信件的资料。
letter-unsub-intro = 点击按钮，即不再收到关于“{ $title }”的提醒或动态。您的信件保持不变。
letter-unsub-done = 您将不再收到关于“{ $title }”的提醒或动态。您的信件保持不变。
letter-erase-sure = 这将永久删除您在“{ $title }”中的姓名、电子邮件、地址、留言以及所有尚未发送的信件。已送达的信件无法撤回；它们仍会计入统计，但不含您的姓名和文字。此操作无法撤销。
letter-erase-confirm = 是的，删除我的资料
letter-erase-cancel = 不，保留
letter-stop-emails = 停止提醒和动态
letter-data-erase-hint = 删除会移除您的资料和所有尚未发送的信件。已送达的信件仍计入统计，但不含您的姓名和文字。
email-letters-reminder-subject = 提醒：请确认您的信件：{ $title }
email-letters-reminder-intro = 我们尚未收到您的确认，因此您在“{ $title }”中的信件尚未发送。收信人为：

## 信件：如实说明会发生什么（由我们发送，或准备好由支持者自己递交）
letter-send-ready = 准备好我的信
letter-confirm-ready = 点击按钮确认您在“{ $title }”中的信。随后我们会告诉您如何递交每一封信，并把它们发到您的邮箱。
letter-confirm-review-ready = 以下是您要确认的信及各自的收信人。不通过电子邮件接收信件的办公室，需要由您亲自递交：确认后，请通过办公室的联系表单、电话或邮寄送出。
letter-confirm-button-ready = 确认我的信
letter-confirmed-heading-ready = 您的信已准备好递交
letter-pack-sent = 我们还把这些信连同每个办公室的联系方式发到了您的邮箱，方便您稍后完成。
letter-emailed = 谢谢。我们已就您在“{ $title }”中的信给您发送了一封电子邮件。请打开它：其中有确认链接；如果您之前已写过信，则是您的信件副本。
letter-check-hint-ready = 您确认后，信就准备好递交了。如果几分钟内没有收到邮件，请查看垃圾邮件文件夹。
letter-not-emailed = 谢谢。我们没有再发送邮件：这个地址收到的关于“{ $title }”的邮件已达到我们的发送上限。请使用我们之前发给您的邮件。
email-letters-intro-ready = 请确认您在“{ $title }”中写给以下收信人的信：
email-letters-open-ready = 确认后，我们会告诉您如何递交每一封信，并把信发到您的邮箱。请打开此链接并点击按钮：
letter-choose-state = 您的邮政编码跨越多个州。您住在哪个州？
letter-choose-district = 您的邮政编码跨越多个国会选区。您住在哪个选区？
letter-choose-state_district = 您的邮政编码跨越州界。您住在哪个州、哪个选区？
place-at-large = { $state }，全州选区
place-district = { $state }，第 { $district } 选区
letter-no-senators = { $place } 没有参议员。它在国会的代表是众议院代表 { $delegate }。
letter-no-senators-nobody = { $place } 没有参议员，其众议院席位目前空缺。
err-zip-state = 此邮政编码不在 { $state }。请检查州和邮政编码。
err-state = 请从列表中选择一个州。
field-state = 州
field-state-us = 州（美国地址）
field-state-choose = 请选择…
letter-your-details = 每封信都会署上您的姓名和地址：
letter-change-details = 修改我的信息
letter-copy = 复制
letter-copied = 已复制
letter-call-first = 拨打此号码并读出信件：
letter-post-first = 邮寄至 { $address }。
letter-no-form = 该办公室没有我们可以链接的联系表单。
letter-open-site = 打开议员网站
letter-site-paste = 请通过议员网站的联系页面发送下面的信：
email-pack-subject = 您的信已准备好递交：{ $title }
email-pack-intro = { $count ->
    [one] 感谢您确认在“{ $title }”中的信。该办公室不通过电子邮件接收信件，以下是信件及递交方式。
   *[other] 感谢您确认在“{ $title }”中的信。这些办公室不通过电子邮件接收信件，以下是您的 { $count } 封信及每封信的递交方式。
}
email-pack-form = 联系表单：{ $url }
email-pack-site = 没有可链接的联系表单。议员网站：{ $url }
email-pack-phone = 电话：{ $phone }
email-pack-phone-or = 或致电：{ $phone }
email-pack-post = 邮寄：{ $address }
email-pack-post-or = 或邮寄：{ $address }
email-pack-page = 您的信（附复制按钮）也在此页面上：
email-again-subject = 您在“{ $title }”中的信
email-again-intro = { $count ->
    [one] 您已经在“{ $title }”中写过信，因此没有保存或发送任何新内容。以下是您的信。
   *[other] 您已经在“{ $title }”中写过信，因此没有保存或发送任何新内容。以下是您的 { $count } 封信。
}
email-again-ignore = 如果这不是您的请求，可以忽略此邮件：有人在活动表单中输入了您的地址。
honorific-us-senator = 参议员
honorific-us-representative = 众议员
honorific-us-delegate = 代表
honorific-us-resident-commissioner = 常驻专员
letter-not-emailed-heading = 没有新邮件
letter-choice = { $place }：{ $members }
letter-did-you-mean = 您是想输入 { $email } 吗？如果是，请在上方更正。如果您输入的地址无误，请再次点击“查找我的代表”。
letter-share-text = 您也来给您的代表写信吧：{ $title }
letter-share-ask = 请您的朋友也来写信
data-copy-capped-heading = 这次没有发送副本
data-copy-capped = 此邮箱本周收到的本活动邮件已达上限，因此我们没有发送副本。您的数据页面显示了我们保存的全部信息。

err-token-needed = 需要有效的 API 令牌（Authorization: Bearer …）。
err-json-invalid = 请求正文不是有效的 JSON：{ $detail }
err-request-invalid = 无法读取该请求：{ $detail }
err-filter-state = 未知状态“{ $state }”（可用值：{ $allowed }）。
err-filter-date = “{ $date }”不是 YYYY-MM-DD 格式的日期。
percent = { $pct }%
label-value = { $label }：{ $value }
# 递交给美国国会的信件
congress-receipt-subject = 您写给 { $target } 的信已送达
congress-receipt-cwc = 感谢您参与“{ $title }”。您的信已通过国会官方留言系统 Communicating with Congress 送达 { $target } 的办公室。以下是该办公室收到的信件。
congress-receipt-form = 感谢您参与“{ $title }”。您的信已通过该办公室的联系表单送达 { $target }。以下是该办公室收到的信件。
congress-hand-subject = 您写给 { $target } 的信已准备好，请您亲自递交
congress-hand-none = 感谢您参与“{ $title }”。我们使用的服务无法联系到 { $target } 的办公室，因此您的信已准备好，请您亲自递交：将信粘贴到该办公室的联系表单中，或致电、写信给该办公室。
congress-hand-outside = 感谢您参与“{ $title }”。{ $target } 并不代表您所填写的地址，而我们使用的服务只会把信件送达每个人自己的国会议员。这封信我们无法替您递交：请您自己寄出。将信粘贴到该办公室的联系表单中，或致电、写信给该办公室。
congress-hand-retired = 感谢您参与“{ $title }”。{ $target } 已不再任职，因此我们没有寄出您的信。信件附在下方，您如有需要可以自己寄出。
congress-hand-failed = 感谢您参与“{ $title }”。我们未能替您将信送达 { $target }，因此信已准备好，请您亲自递交：将信粘贴到该办公室的联系表单中，或致电、写信给该办公室。
congress-hand-thanks = 感谢您发出自己的声音。
letter-prefix = 办公室应如何称呼您？
letter-prefix-optional = 办公室应如何称呼您？（选填）
letter-name-split = 国会办公室会把您的名字读作“{ $first }”，姓氏读作“{ $last }”。如果不对，请在您的资料中修改姓名。
letter-prefix-none = 请选择…
letter-prefix-hint = 为您递交信件的国会官方系统 Communicating with Congress 要求提供此项。
letter-phone = 电话号码（选填）
letter-phone-hint = 部分办公室的联系表单要求填写电话；如未提供，写给该办公室的信将通过电子邮件发给您，由您自行递交。
err-prefix = 请从列表中选择称呼。
err-prefix-needed = 请选择办公室对您的称呼：Communicating with Congress 要求提供此项。
err-phone = 请输入 7 至 15 位数字的电话号码（可包含空格及 + - ( ) .）。
letter-phone-required = 电话号码
err-phone-needed = 请输入电话号码：该办公室的联系表单要求填写。
err-prefix-form = 请选择办公室对您的称呼：该办公室的联系表单要求提供此项。
letter-by-service-soon = 我们会在活动的发送时段内替您将这封信递交给该办公室，并通过电子邮件告诉您结果。
