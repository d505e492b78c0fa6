# Chorus 团队页面和团队邮件：简体中文。

## Every staff page
admin-title = Chorus 管理
admin-dashboard = 总览
admin-new-petition = 新建请愿
admin-letters = 信件
admin-audit = 审计日志
admin-accounts = 账户
admin-tokens = API 令牌
admin-sign-out = 退出
admin-role = 角色
admin-role-owner = 所有者
admin-role-campaigner = 活动负责人
admin-role-viewer = 只读
admin-role-hint-owner = 还可管理账户
admin-role-hint-campaigner = 运营活动并导出数据
admin-role-hint-viewer = 仅可查看总览和计数
admin-state-draft = 草稿
admin-state-open = 开放
admin-state-closed = 已关闭
admin-state-delivered = 已递交
admin-state-archived = 已归档
admin-state-victory = 胜利
admin-state-scheduled = 已排期
admin-save = 保存
admin-save-named = 保存{ $name }
admin-saved = 已保存。
admin-saved-named = 已保存{ $name }文本。
admin-preview = 预览
admin-preview-again = 重新预览
admin-edit = 编辑
admin-edit-named = 编辑“{ $title }”
admin-public-page = 公开页面
admin-to = 致：{ $target }
admin-created = 创建于 { $date }
admin-created-by = { $date }，由 { $who } 创建
admin-correct-fields = 请更正下面标出的字段。
admin-none = 无。
admin-required = 必填
admin-columns = 列：
admin-email = 电子邮箱
admin-password = 密码
admin-country-code = 国家代码
admin-exports = 导出

## Sign in
admin-sign-in = 登录
admin-staff-sign-in = 团队登录
admin-err-login = 邮箱或密码不正确。
admin-err-throttled = 失败次数过多。请等几分钟后再试。
admin-err-role = 您的角色无权执行此操作。
admin-err-csrf = 此表单已过期或并非来自本站。请返回、刷新页面后重试。

## Dashboard
admin-campaigns = 活动
admin-refresh-hint = 计数每 30 秒刷新一次。
admin-col-petition = 请愿
admin-col-state = 状态
admin-col-confirmed = 已确认
admin-col-pending = 待确认
admin-col-today = 今天
admin-col-goal = 目标
admin-no-petitions = 还没有请愿。
admin-create-first = 创建第一个。

## A petition
admin-count-detail = 已确认，{ $pending } 待确认，{ $held } 暂扣，目标 { $goal }
admin-paper = 纸质签名
admin-updates = 给签名者的动态
admin-translations = 翻译
admin-partners = 合作网站
admin-action-open = 开放签名
admin-action-close = 关闭
admin-action-reopen = 重新开放
admin-action-deliver = 标记为已递交
admin-action-archive = 归档
admin-err-transition = 处于“{ $from }”状态的请愿不能变为“{ $to }”。
admin-counts-csv = 计数（CSV）
admin-counts-json = 计数（JSON）
admin-delivery-pack = 递交材料
admin-fraud-review = 欺诈审查
admin-sig-confirmed = 已确认
admin-sig-pending = 待确认
admin-sig-withdrawn = 已撤回
admin-sig-all = 全部
admin-signed-from = 签名起始日期
admin-signed-to = 签名截止日期
admin-newsletter-only = 仅限愿意接收动态的人
admin-export-signatures = 导出签名（CSV）
admin-confirmed-per-day = 每日确认数
admin-by-country = 按国家
admin-by-area = 按邮编区域
admin-no-postcodes = 还没有人填写邮编。
admin-by-source = 按来源
admin-by-day = 按日期

## Petition form
admin-edit-petition = 编辑请愿
admin-slug = 地址（slug）
admin-slug-hint = 小写字母、数字和连字符。地址将是
admin-field-title = 标题
admin-field-target = 致（对象）
admin-field-summary = 摘要
admin-field-text = 正文（Markdown）
admin-field-goal = 目标（签名数）
admin-field-locale = 主要语言
admin-field-opens = 开始时间（UTC，可选）
admin-field-closes = 截止时间（UTC，可选）
admin-field-who-signs = 谁可以签名（ISO 国家代码，例如“US”；留空表示所有人）
admin-field-postcode-required = 必须填写邮编
admin-field-consent-versioned = 同意声明（签名者必须同意；修改后将生成新版本）
admin-field-consent = 同意声明
admin-err-goal-number = 目标必须是整数。
admin-err-petition-slug = 另一个请愿已在使用这个地址。
admin-err-date-time = “{ $value }”不是日期和时间（YYYY-MM-DDTHH:MM）。
spec-err-title = 标题须为 1–300 个字符。
spec-err-target = 请说明请愿的对象。
spec-err-goal = 目标必须是正数。
spec-err-state = 状态必须是以下之一：{ $states }。
spec-err-consent = 同意声明不能为空。
spec-err-country = “{ $code }”不是 ISO 国家代码。

## Delivery pack
admin-delivery-title = 递交材料：{ $title }
admin-delivery-to = 请愿对象：
admin-delivery-summary = 个已确认签名，来自 { $countries } 个国家
admin-delivery-summary-dates = 个已确认签名，收集于 { $first } 至 { $last }，来自 { $countries } 个国家
admin-signatures-per-day = 每日签名数
admin-signatures-by-country = 各国签名数
admin-col-country = 国家
admin-col-signatures = 签名
admin-col-share = 占比
admin-signature-list = 签名名单
admin-digest-intro = 随附文件列出了上面统计的 { $rows } 个已确认签名（截至 { $generated }）。其 SHA-256 摘要为：
admin-digest-check = 核对方法：
admin-download-list = 下载签名名单（CSV）
admin-print-hint = 将本页打印为 PDF 作为摘要。

## Paper signatures
admin-paper-nothing-added = 未添加任何签名。请更正以下各行：
admin-batch = 批次
admin-batch-placeholder = 日内瓦游行，11 月 20 日
admin-paper-csv = 每行一人（带此标题行的 CSV）
admin-paper-hint = 列：name、email（可选；用于跳过已签名的人）、country（代码）、postcode（可选）、signed_on（YYYY-MM-DD，可选）。纸质签名立即计入，导出时以其批次为来源。
admin-paper-add = 添加这些签名
admin-batches = 批次
admin-err-batch-name = 请为批次命名（1 到 100 个字符），例如“日内瓦游行，11 月 20 日”。
admin-paper-added = 批次“{ $batch }”：{ $rows } 个签名中添加了 { $added } 个；{ $duplicates } 人已签过名。
paper-line = 第 { $line } 行：{ $problem }
paper-err-signed-on = signed_on 必须是类似 2026-11-20 的日期
paper-err-empty = 名单中没有任何行。

## Partner sites
admin-widget = 小组件
admin-widget-hint = 合作伙伴将这段代码粘贴到自己的页面中，即可显示实时计数和签名表单；签名以“widget:”加其代码作为来源记录。
admin-cors = 允许从浏览器调用 API 的网站（CORS）
admin-origins = 每行一个网站，例如 https://partner.example.org
admin-organisations = 允许组织以联盟形式签名（在页面上列出，单独计数）

## Fraud review
admin-last-hour = 个签名来自过去一小时
admin-usual-rate = 通常：每小时 { $rate } 个
admin-spike = 是通常速度的 { $ratio } 倍
admin-spike-new = 此前 24 小时内没有签名
admin-pow = 工作量证明挑战
admin-pow-on = 已开启
admin-pow-on-hint = 签名表单要求每个浏览器在提交前解一道小题；没有答案的签名会被暂扣。
admin-pow-off-hint = 已关闭。遭受攻击时请开启：每位签名者的浏览器将解一道小题（手机上只需片刻，不涉及第三方）。
admin-turn-on = 开启
admin-turn-off = 关闭
admin-ranges-hour = 地址段，过去一小时
admin-domains-hour = 邮箱域名，过去一小时
admin-held-back = 暂扣（放行前不计入）
admin-invalidate = 作废签名
admin-ip-range = 地址段
admin-email-domain = 邮箱域名
admin-signed-from-utc = 签名起始时间（UTC）
admin-signed-to-utc = 签名截止时间（UTC）
admin-invalidate-removes = 这将从请愿中移除
admin-invalidate-removes-end = 个签名（包括待确认和已确认的）。
admin-invalidate-n = 作废 { $count } 个签名
admin-err-preview-changed = 自预览以来，匹配的签名数已变化：请核对后再次确认。
admin-invalidated = 已作废 { $count } 个签名；其中 { $counted } 个曾被计入，计数已更正。
review-err-chars = 筛选条件含有不允许的字符，或过长。
review-err-empty = 请至少给出一个筛选条件：地址段、域名、时间段或国家。

## API tokens
admin-tokens-intro = 供读取计数或导出签名的脚本使用：
admin-tokens-audit = 导出记录以令牌名称出现在审计日志中。
admin-token-copy = 请立即复制令牌；它不会再次显示：
admin-col-name = 名称
admin-col-scope = 权限范围
admin-col-created = 创建时间
admin-col-last-used = 最近使用
admin-token-placeholder = 递交脚本
admin-scope-counts = 仅计数
admin-scope-signatures = 计数和签名（个人数据）
admin-token-create = 创建令牌
admin-revoked = 已撤销
admin-revoke = 撤销
admin-err-token-name = 请为令牌命名（1 到 100 个字符）并选择权限范围。
admin-err-token-scope = 此令牌无权读取 { $scope }。

## Translations
admin-translations-hint = 如果这里有对应语言的文本，访客将以其语言看到它；空字段显示主要文本（{ $main }）。整个表单留空即删除该语言。周围的页面、按钮和邮件都已翻译。
admin-err-field-long = { $field }：最多 { $max } 个字符。
admin-err-field-line = { $field }：只能是一行纯文本。
admin-err-main-language = 这是主要语言：请直接编辑主要文本。

## Updates to signers
admin-updates-recipients = 位已确认的签名者希望接收动态。每封邮件都带有一键退订链接。
admin-update-kind = 类型
admin-kind-progress = 进展
admin-kind-victory = 胜利
admin-kind-delivery = 递交
admin-update-victory-hint = 胜利动态的正文也会显示在请愿页面上。
admin-update-subject = 主题
admin-update-test = 给我发一封测试邮件
admin-update-send = 发送给 { $count } 位签名者
admin-update-sent = 已发送
admin-update-test-sent = 测试邮件正发往 { $email }。
admin-update-queued = 已发送给 { $count } 位签名者（每分钟最多 { $rate } 封）。
admin-err-kind = 请选择动态的类型。
admin-err-subject = 主题为一行，1 到 200 个字符。
admin-err-text = 正文为 1 到 20,000 个字符。

## Accounts
admin-staff-accounts = 团队账户
admin-add-account = 添加账户
admin-create-account = 创建账户
admin-account-ready = 账户 { $email }（{ $role }）已就绪。其密码仅此时显示：{ $password }
users-err-role = 角色必须是以下之一：{ $roles }。
users-err-password = 密码至少需要 12 个字符。
users-err-email = “{ $email }”不是电子邮箱地址。

## Audit log
admin-col-when = 时间
admin-col-who = 人员
admin-col-action = 操作
admin-col-subject = 对象
admin-col-detail = 详情
admin-col-rows = 行数

## Letter campaigns
admin-letter-campaigns = 写信活动
admin-new-letter-campaign = 新建写信活动
admin-edit-letter-campaign = 编辑写信活动
admin-col-campaign = 活动
admin-col-supporters = 已确认的支持者
admin-no-letter-campaigns = 还没有写信活动。
admin-directory = 代表名录
admin-col-body = 机构
admin-col-active = 在任
admin-col-in-all = 总数
admin-import-directory = 导入名录（CSV）
admin-body-placeholder = 县议会
admin-csv-header = 带标题行的 CSV
admin-import-hint = 再次导入会按 external_id 更新成员；收到过信件的成员永远不会被删除。
admin-deactivate-missing = 停用该机构中不在文件里的成员
admin-import = 导入
admin-err-body-name = 请为机构命名（1 到 200 个字符）。
admin-err-csv = 无法导入 CSV：{ $error }
admin-err-csv-empty = CSV 中没有任何行。
targets-err-id = external_id 为空
targets-err-name = 需要姓名（或 first_name/last_name）
targets-err-control = 不允许使用控制字符
targets-err-email = 邮箱不是有效地址
targets-err-url = contact_url 必须以 https:// 开头
admin-rule-us_senators = 支持者所在州的两位美国参议员
admin-rule-us_house = 支持者的美国众议员（按邮编 / 选区）
admin-rule-us_congress = 支持者的参议员和众议员
admin-rule-body = 名录中某一机构的每位在任成员
admin-rule-fixed = 固定的收信人名单
admin-confirmed-supporters = 位已确认的支持者
admin-sending-window = 发送时段 { $from }:00–{ $until }:00（{ $zone }）
admin-hourly-cap = 每位收信人每小时最多 { $cap } 封
admin-col-target = 收信人
admin-col-awaiting = 等待确认
admin-col-waiting = 已确认，等待中
admin-col-queued = 排队中
admin-col-sent = 已发送
admin-col-failed = 失败
admin-col-manual = 亲手递交
admin-col-edited = 已修改
admin-col-unedited = 未修改
admin-printable = 打印版
admin-all-targets = 全部收信人
admin-no-letters = 还没有信件。
admin-field-intro = 简介（Markdown）
admin-field-who-writes = 谁可以写信（ISO 国家代码；留空表示所有人）
admin-field-rule = 支持者写信给
admin-field-body = 机构（用于“某一机构的每位成员”）
admin-field-fixed = 固定名单（每行一个“机构/外部 ID”）
admin-field-subjects = 主题（每行一个；由支持者选择）
admin-field-template = 信件模板
admin-placeholders = 占位符：
admin-template-hint = 支持者的姓名和邮寄地址会附在信件下方。
admin-preview-to = 致 { $target } 的预览
admin-field-allow-edit = 支持者可以修改信件
admin-field-max-length = 长度上限（字符）
admin-field-hourly-cap = 每位收信人每小时的信件数
admin-field-window-start = 发送开始（小时）
admin-field-window-end = 发送结束（小时）
admin-field-time-zone = 发送时段的时区
admin-err-whole-number = 请输入整数。
admin-err-campaign-slug = 另一个活动已在使用这个地址。
campaign-err-title = 需要 1 到 200 个字符的标题。
campaign-err-state = 状态必须是 draft、open 或 closed。
campaign-err-rule = 请选择支持者写信的对象。
campaign-err-us-only = 致美国国会的活动仅限美国居民：请只允许 US。
campaign-err-body = 请指明由哪个机构的成员收信。
campaign-err-fixed = 请至少列出一位收信人。
campaign-err-subjects = 至少需要一个主题。
campaign-err-subject-lines = 每个主题为一行，最多 200 个字符。
campaign-err-max-length = 长度上限须在 100 到 20,000 个字符之间。
campaign-err-window = 发送时段由两个不同的小时组成，从 0–23 到 1–24。
campaign-err-time-zone = “{ $zone }”不是时区名称（例如 Asia/Shanghai）。
campaign-err-cap = 每位收信人每小时的上限至少为 1。
campaign-err-translation-title = 标题最多 200 个字符。
template-err-empty = 信件模板为空。
template-err-long = 信件模板最多 20,000 个字符。
template-err-syntax = 模板有错误：{ $detail }
template-err-unknown = 未知占位符 { $unknown }。请使用以下之一：{ $known }。

## Printable letters
admin-letters-to = 致 { $target } 的信件
admin-letter-count = { $count } 封信
admin-generated = 生成于 { $date }
admin-deliver-to = 递交至 { $address }
admin-pack-hint = 打印本页（或另存为 PDF）：每封信从新的一页开始。
admin-letter-subject = 主题：{ $subject }

## Emails to staff
milestone-subject = { $title }：已达目标的 { $pct }%
milestone-text = “{ $title }”已有 { $count } 个已确认签名：达到目标 { $goal } 的 { $pct }%。

## 暂扣的签名
admin-held-explain = 被暂扣签名的签署人看到的页面与其他人完全相同（“您的签名已确认”），这样机器人无从得知。只有您的审核才能让这句话成真：放行真实的人，作废其余的。签署人已确认的签名一经放行立即计入；从未收到邮件的（机器人标记）会在放行时收到确认邮件。
admin-held-list = 最近暂扣的签名
admin-held-none = 目前没有暂扣的签名。
admin-col-reason = 原因
admin-col-clicked = 签署人已确认
admin-col-source = 来源
admin-col-held = 暂扣
admin-source = 来源代码
admin-reason = 暂扣原因
admin-release = 放行
admin-release-heading = 放行或作废
admin-release-n = 放行 { $count } 个暂扣的签名
admin-release-matches = 其中 { $count } 个处于暂扣状态，可以放行。
admin-released = 已放行 { $count } 个签名：{ $counted } 个现已计入，{ $emailed } 个已发送确认邮件。
admin-yes = 是
admin-no = 否
admin-flag-ip_rate = 同一地址提交过多
admin-flag-domain_rate = 同一邮箱域名提交过多
admin-flag-honeypot = 隐藏字段被填写
admin-flag-too_fast = 表单提交过快
admin-flag-no_pow = 缺少工作量证明
admin-flag-blocked_ip = 已屏蔽的地址段
admin-flag-blocked_domain = 已屏蔽的邮箱域名
admin-flag-blocked_email = 已屏蔽的邮箱地址
admin-sig-held = 暂扣（{ $reason }）
admin-sig-held_back = 暂扣
admin-field-delivery-fields = 交付文件中提供给递交对象的字段（仅限同意声明中列出的内容）
admin-field-delivery-fields-hint = 字段名以逗号分隔，可选：{ $fields }。包含邮箱的完整名单仍仅供工作人员导出。
spec-err-delivery-fields = 交付文件只能包含以下字段：{ $fields }。
delivery-col-name = 姓名
delivery-col-country = 国家/地区
delivery-col-postcode = 邮政编码
delivery-col-comment = 留言
delivery-col-signed_at = 签名日期

## 难以撤销的操作前先确认
admin-sure-heading = 确定吗？
admin-sure-cancel = 取消
admin-sure-close = 这将立即关闭“{ $title }”：它立刻停止接受签名，尚未确认的签名也将无法计入。
admin-sure-archive = 这将归档“{ $title }”：它的公开页面以及在列表和 API 中的条目都会消失。
admin-sure-revoke = 使用此 API 令牌的脚本将立即停止工作。已撤销的令牌无法再次使用。
admin-sure-send = 这将立即把“{ $subject }”通过电子邮件发送给 { $count } 位要求接收进展的签名者。已发送的邮件无法撤回。
