/**
 * Chinese (simplified and traditional): Microsoft 365 / Exchange / Outlook non-delivery
 * reports in Chinese, Tencent QQ Mail / Exmail, NetEase 163 / 126, Sina, Sohu, Aliyun
 * Mail, 21cn, and Taiwanese and Hong Kong providers.
 * Chinese has no spaces between words: wordings are matched as plain substrings.
 */
import { first, from, type LanguageWording } from './types.ts';
const REAL20_H = "Exchange / Microsoft 365 NDR heading as the lead's brief for round lang20 quotes localised notices pasted in public forum posts (the translation of \"Delivery has failed to these recipients or groups\"); not found verbatim in our own searches, kept beside the older translation already here";
// lang20: the exact wording of real localised notices and help pages.
const REAL20_Q20 = "QQ邮箱 \"退信\" help (qqmailbox.com: \"该用户未开通QQ邮箱\") and Chinese hosts' bounce tables (emailhost.com.cn \"发信数超限制\", wz.0733.com.cn \"没有找到收件人的地址\", \"接收方邮箱已经没有足够的空间来接收新邮件\", \"超过了对方邮件服务商规定的一封邮件大小的限制\")";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Chinese (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Chinese (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "已于 … 被阅读", "已于 … 在未被阅读的情况下被删除")';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Chinese ("邮件未能送达部分或全部收件人")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Chinese ("无法将你的邮件传递给 …" / "無法將您的郵件傳遞給 …" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Chinese ("无法传递:", "无法传递到这些收件人或组", "無法傳遞給這些收件者或群組", and the per-code explanations)';
const GMAIL = 'Gmail, Chinese notices and help page (support.google.com/mail/answer/6596?hl=zh-Hans)';
const OBS = 'Observed wording of Chinese providers\' notices and SMTP replies (QQ Mail / Exmail, NetEase 163/126, Sina, Sohu, Aliyun, 21cn, HiNet)';
const PLAIN = 'Plain Chinese wording of the cause, where no provider\'s own text was found ("连接数过多", "邮件中含有病毒")';
const R22_CLOSED = 'Plain Chinese wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Chinese wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("邮箱已被归档"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Chinese (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Chinese ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Chinese), and the same warning of providers\' webmail';
const HOSTS = 'Chinese hosting providers\' bounce help pages (emailhost.com.cn "[退信] 发信数超限制: sending quota exceeded", "收件容量满: Quota exceeded"; tnet.hk "郵件群發包含過多用戶")';

const CLIENT = "Outlook's Chinese message header labels (发件人 / 发送时间 / 收件人 / 主题; 寄件者 / 寄件日期 / 收件者 in Traditional Chinese), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Chinese: "收件规则"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Chinese documentation ("邮件流规则（传输规则）"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Chinese): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Chinese (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Chinese: a policy on content, not a virus';
const R21_CONN = 'Plain Chinese wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Chinese wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Chinese), qmail\'s "This message is looping": the plain words for it in Chinese';
const R21_PLAIN = 'Plain Chinese wording of the cause (lang21 round), where no provider\'s own text was found';

// lang23: the sending host's own faults and a group's allow list, in Chinese.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Chinese (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Chinese (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R24_ADVICE = 'lang24 round: more openers of Chinese help text ("请您核实…", "请核对…", "请通知你的邮箱管理员…"), and Tencent Exmail\'s notice label "解决方案：" before its steps (observed wording, public post: "解决方案：请通知你的邮箱管理员为邮箱域名设置正确的DNS(SPF、DKIM、DMARC)记录")';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Chinese (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Chinese (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Chinese (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Chinese ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients (read already).
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';

// lang29: the cause families the earlier rounds covered least.
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';

export const zh: LanguageWording = {
  code: 'zh',
  name: 'Chinese',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'PTR记录', '反向解析'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, '磁盘空间不足', '服务器存储空间不足', '系统存储空间不足'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, '负载过高'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, '电子邮件地址已更改', '邮件地址已更改', '電子郵件地址已變更'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, '仅接受来自', '允许的发件人列表'),
      ...from(R21_RULES, '对方设置的过滤规则', '收件人设置的过滤规则', '拒收规则', '收件规则', '對方設置的過濾規則'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R29_TLS, '无法建立TLS', 'TLS握手失败', '无法建立加密连接', '无法与对方服务器建立'),
      ...from(R21_LOOP, '邮件循环', '邮件环路', '投递循环', '郵件循環'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, '超出跃点计数'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, '连接超时', '服务器超时', '无法连接到'),
    ],
    userunknown: [
      ...from(R21_PLAIN, '没有这个用户', '没有该用户'),
      ...from(R21_PLAIN, '用户未知', '未知用户'),
      ...from(REAL20_Q20, '该用户未开通QQ邮箱', '没有找到收件人的地址'),
      // No mailbox matches the address ("没有与该地址对应的邮箱").
      ...from(PLAIN, '没有与该地址对应的邮箱', '没有对应的邮箱'),
      ...from(GMAIL, '找不到该地址', '找不到該地址'),
      ...from(OBS, '对方邮箱不存在', '收件人帐号不存在', '收件人账号不存在'),
      ...from(M365, '找不到收件人', '找不到收件者', '找不到'),
      ...from(EXCH, '找不到你输入的电子邮件地址', '找不到您輸入的電子郵件地址'),
      ...from(OBS, '用户不存在', '收件人不存在', '邮箱不存在', '地址不存在', '帐号不存在', '账号不存在', '用戶不存在', '收件人地址不存在', '邮箱地址不存在',
        '无此用户', '用户名不存在', '收件者不存在', '使用者不存在', '帳號不存在', '查无此人', '信箱不存在'),
      ...from(OBS, '此用户不存在', '邮箱地址有误'),
      // A mailbox "注销" (deregistered, closed for good) no longer exists.
      ...from(PLAIN, '收件人地址错误', '已被注销', '已注销', '已被註銷', '已註銷'),
      ...from(OBS, '不存在'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, '邮箱容量超出', '容量超出限制'),
      ...from(REAL20_Q20, '没有足够的空间来接收新邮件'),
      // No space left ("收件人邮箱已无可用空间").
      ...from(PLAIN, '已无可用空间', '无可用空间', '没有可用空间'),
      ...from(OBS, '对方邮箱已满', '收件人邮箱已满', '存储空间已满', '邮箱容量超限', '超出容量'),
      ...from(EXCH, '收件人的邮箱已满', '收件者的信箱已滿'),
      ...from(OBS, '邮箱已满', '邮箱满', '空间不足', '容量已满', '信箱已滿', '信箱已满', '邮箱空间已满', '超出配额', '邮箱容量不足', '郵箱已滿', '超過配額',
        '信箱空間已滿'),
      ...from(OBS, '收件箱已满'),
      ...from(PLAIN, '容量已超出', '超出限额'),
      ...from(HOSTS, '收件容量满'),
      ...from(PLAIN, '存储配额', '超出存储'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, '邮箱已被归档'),
      ...from(R22_CLOSED, '邮箱为只读', '邮箱已归档', '账号已过期', '帐号已过期', '账户已过期', '因欠费'),
      ...from(OBS, '账户已停用', '帐户已停用', '已被冻结', '已冻结', '账户已禁用', '邮箱已被禁用', '邮箱已停用', '帳戶已停用', '帳號已停用', '已被停用',
        '已被凍結'),
      ...from(PLAIN, '已被暂停'),
    ],
    hostunknown: [
      // Gmail's "找不到网域 example.com，因此您的邮件无法传送给 <addr>" (the domain could not be found).
      ...from(GMAIL, '找不到网域', '找不到網域'),
      ...from(OBS, '域名不存在', '域名无法解析', '找不到域名', '網域不存在', '域名解析失败', '網域名稱不存在'),
      ...from(PLAIN, '未知域名'),
      ...from(PLAIN, '域名未知'),
    ],
    mesgtoobig: [
      ...from(REAL20_Q20, '一封邮件大小的限制'),
      ...from(OBS, '邮件过大', '邮件太大', '郵件過大', '邮件大小超过', '郵件大小超過', '超过最大限制', '附件过大', '邮件大小超出'),
      ...from(PLAIN, '超过大小限制', '超過大小限制', '超出大小限制'),
    ],
    spamdetected: [
      ...from(R26_SCORE, '垃圾邮件评分', '垃圾邮件分数'),
      ...from(OBS, '垃圾邮件', '垃圾郵件', '被判定为垃圾', '疑似垃圾'),
      ...from(PLAIN, '广告邮件', '廣告郵件'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, '客户端主机被拒绝', '找不到您的主机名'),
      ...from(R23_HELO, 'HELO命令被拒绝', 'EHLO命令被拒绝', 'HELO被拒绝'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'HELO中', 'HELO名'),
      // Greylisting in the language's own word (read as English "greylisted": a deliberate temporary refusal, knowledge/greylisting.ts).
      ...from(PLAIN, '灰名单', '灰名單'),
      ...from(OBS, '黑名单', '黑名單', 'IP被封', '被封禁', '信誉度低', '发信IP被'),
    ],
    rejected: [
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, '审核人拒绝', '被审核人拒绝', '审核者拒绝'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, '拒收来自您地址的邮件', '拒收您的邮件', '不接收来自您的邮件'),
      ...from(OBS, '发件人被拒绝', '发件人被拒', '寄件人被拒', '拒绝发件人', '发信人被拒'),
      ...from(PLAIN, '被收件人拒收', '被收件者拒收'),
    ],
    policyviolation: [
      ...from(R22_SENDER, '无权向该收件人发信', '无权向该收件人发送'),
      ...from(R21_BANNED, '类型的附件', '附件类型', '不允许的附件'),
      ...from(R21_TRANSPORT, '传输规则', '邮件流规则', '傳輸規則'),
      ...from(EXCH, '你没有权限发送', '您沒有權限傳送', '没有发送权限'),
      ...from(OBS, '安全策略', '违反策略', '违反了', '策略限制', '政策限制'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, '不允许此类型的附件', '附件类型不允许', '不允許此類型的附件', '违禁内容', '違禁內容'),
    ],
    norelaying: [
      ...from(OBS, '拒绝转发', '禁止中继', '不允许转发', '拒绝中继', '不允许中继', '不允許轉發'),
    ],
    virusdetected: [
      ...from(PLAIN, '含有病毒', '包含病毒', '中检测到病毒', '中发现病毒', '病毒邮件', '感染病毒'),
      ...from(PLAIN, '发现了病毒'),
    ],
    toomanyconn: [
      ...from(R21_PLAIN, '收件人太多'),
      ...from(R21_PLAIN, '收件人数量过多'),
      ...from(PLAIN, '连接数过多', '连接过多', '收件人数量超过', '收件人过多', '收件人数超过'),
      ...from(HOSTS, '包含过多用户', '包含過多用戶'),
    ],
    speeding: [
      ...first(R26_QUOTA, '发信配额', '每日发信'),
      ...from(R21_PLAIN, '发信频率过快', '发送频率过快'),
      
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, '发送速度过快', '发信速度过快'),
    // The sender's own sending limit, per day or in all (Gmail's "You have reached a limit for sending mail", Microsoft's 5.2.121 / 5.1.90 daily limit), the adjective before or after the noun.
      ...from(PLAIN, '每日发信数量上限', '发信数量上限', '发送数量上限', '每日发信上限'),
      ...from(HOSTS, '发信数超限制'),
      ...from(PLAIN, '发信频率过高', '发送频率过高', '频率过高', '发信过于频繁', '发送数量超过'),
      ...from(PLAIN, '发信数量过多', '发送数量过多'),
      ...from(PLAIN, '邮件过多'),
    ],
    expired: [
      ...from(R21_PLAIN, '次后已放弃'),
      ...from(R21_PLAIN, '超过队列中的最长保留时间'),
      ...from(R21_PLAIN, '超过最长投递时间', '超過最長投遞時間'),
      ...from(OBS, '发送超时'),
      ...from(EXCH, '邮件已过期', '郵件已過期'),
      ...from(OBS, '投递超时', '超时未能', '超过重试', '重试次数已', '超過重試'),
      // Giving up after the retries, not the retries alone: a warning says them too ("多次重试后仍未送达，系统将继续尝试投递").
      ...from(OBS, '放弃投递', '多次重试后仍无法', '多次重试后失败', '多次重试后仍未能'),
    ],
    authfailure: [
      ...from(OBS, 'SPF验证', 'SPF 验证', 'SPF校验', 'DKIM验证', '身份验证失败', '發件人驗證失敗'),
      ...from(PLAIN, 'DMARC验证', 'DMARC 验证', 'DMARC校验'),
    ],
  },
  broad: ['找不到', '违反了', '不存在'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Chinese (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', '邮箱暂时不可用'),
    ...from(REAL20_H, '传递到这些收件人或组失败'),
    // "邮件被收件方服务器拒绝" (refused by the receiving side's server), no cause named.
    ...from(PLAIN, '被收件方服务器拒绝', '收件方服务器拒绝', '被对方服务器拒绝', '被收件人服务器拒绝'),
    // A short notice's sentence that the other side's server refused the mail, no cause named ("对方服务器拒绝接收您的邮件").
    ...from(PLAIN, '服务器拒绝接收', '伺服器拒絕接收'),
    // Gmail's Chinese title of a refusal it passes on (English "Message blocked": "邮件被拦截", "您发送给 … 的邮件已被拦截").
    ...from(GMAIL, '邮件被拦截', '郵件遭到封鎖', '已被拦截'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, '邮件被屏蔽', '郵件遭到封鎖'),
    ...from(OBS, '很抱歉您发送的邮件被退回', '邮件被退回', '被退回'),
    ...from(OUTLOOK, '邮件未能送达部分或全部收件人', '您的邮件未能送达', '無法送達部分或全部收件者'),
    ...from(GMAIL, '找不到地址', '未送达'),
    ...from(EXCH, '无法传递到这些收件人或组', '無法傳遞給這些收件者或群組', '管理员的诊断信息', '系統管理員的診斷資訊', '无法传递', '無法傳遞'),
    ...from(M365, '无法将你的邮件传递给', '無法將您的郵件傳遞給'),
    // lang21: the same title without "你的" (your), and with "传递到" (delivered to) for "传递给", as the current layout and its copies word it;
    // and Outlook's translated "Remote Server returned '…'" line ("远程服务器返回“…”"), a failure's own line.
    ...from(M365, '无法将你的邮件传递到', '无法将邮件传递到', '无法将邮件传递给', '無法將郵件傳遞到', '远程服务器返回', '遠端伺服器傳回'),
    ...from(OBS, '未能送达', '无法投递', '无法送达', '退信', '投递失败', '发送失败', '邮件被退回', '系统退信', '無法送達', '傳遞失敗', '未能成功送达',
      '邮件无法发送', '郵件無法寄送', '退回的邮件'),
  ],
  listLead: [
    ...from(REAL20_H, '传递到这些收件人或组失败'),
    ...from(OUTLOOK, '无法访问下列收件人', '无法到达以下收件人', '無法連絡下列收件者'),
    ...from(EXCH, '无法传递到这些收件人或组', '無法傳遞給這些收件者或群組'),
    ...from(OBS, '以下收件人', '下列收件人', '以下收件者', '下列收件者'),
  ],
  delayed: [
    ...from(EXCH, '将继续尝试传递', '尚未传递', '邮件延迟', '传递延迟', '傳遞延遲', '尚未送达', '尚未傳遞'),
    ...from(OBS, '投递延迟', '将继续尝试', '将稍后重试', '稍后将重试', '稍后会重试', '继续尝试投递', '延迟投递'),
    ...from(OBS, '暂时未能投递', '系统将继续尝试'),
    ...from(PLAIN, '暂未送达'),
    // "… 的邮件尚未投递成功。系统将在30分钟后重试" (not delivered yet; retried in 30 minutes).
    // Not "小时后重试" alone: "请在 24 小时后重试" (please try again in 24 hours) is the advice
    // of a refusal, a sending limit's above all, and the system's retry says "尚未投递" too.
    ...from(PLAIN, '尚未投递', '分钟后重试'),
  ],
  recipientBefore: [
    ...from(GMAIL, '邮件未送达', '未送达'),
    ...from(EXCH, '收件人', '收件人地址', '收件者', '收件者地址', '传递给', '傳遞給'),
    // "无法将你的邮件传递到 <addr>。" (the title of the current layout).
    ...from(M365, '传递到', '傳遞到'),
    ...from(GMAIL, '未能送达', '無法傳送到', '传送到', '傳送到', '传送给', '傳送給'),
    ...from(OBS, '发送给', '寄給', '发往', '發往', '投递到', '投遞到', '发送到', '寄送到'),
    // "您发给 <addr> 的邮件…" (the mail you sent to <addr>).
    ...from(PLAIN, '发给', '發給'),
    // lang21: the failure's own words right before the address ("您发送的邮件无法送达 <addr>。", the mail you sent could not reach <addr>), as they stand after it too.
    ...from(R21_PLAIN, '无法送达', '無法送達'),
  ],
  recipientAfter: [
    ...from(OBS, '无法送达', '無法送達', '的邮件无法'),
    // A delay notice: "向 <addr> 传送邮件时出现临时问题".
    ...from(GMAIL, '传送邮件时', '傳送郵件時', '发送邮件时', '發送郵件時'),
  ],
  toLabel: [...from(CLIENT, '收件人', '收件者')],
  clientFrom: [...from(CLIENT, '发件人', '寄件者', '寄件人')],
  clientSent: [...from(CLIENT, '发送时间', '寄件日期', '发送日期')],
  returnedStart: [
    ...from(EXCH, '原始邮件头', '原始邮件标头', '原始郵件標頭', '原始邮件'),
  ],
  reasonLead: [
    ...from(OBS, '原因', '退信原因', '错误原因'),
  ],
  errorLabel: [...from(OBS, '错误', '錯誤', '错误代码', '服务器错误', '错误信息')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from('A mailbox unavailable "for now" in Chinese (lang21 round): the word that makes it a passing state, as English "temporarily"', '暂时不可用'), ...from(PLAIN, '临时错误', '臨時錯誤', '暂时性错误', '临时性错误', '暂时拒收', '暂时无法')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, '可能的原因', '可能原因', '可能是因为'), ...from(HEDGE32, '可能', '也许', '或许')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, '提示', '建议', '请检查', '请联系', '请确认'), ...from(R24_ADVICE, '请您检查', '请您确认', '请您联系', '请核实', '请您核实', '请核对', '请通知', '解决方案', '解決方案')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Chinese (lang21 round): a check that found nothing', '未发现病毒', '未检测到病毒', '没有发现病毒', '垃圾邮件检测：通过', '垃圾邮件检测: 通过')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Chinese, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, '你的邮箱快满了', '您的邮箱快满了', '您的邮箱空间即将用完', '你的邮箱空间即将用完', '您的信箱快滿了', '你的信箱快滿了', '您的邮箱已满', '你的邮箱已满')],
  // Exchange's delivery and relay notifications in Chinese: a success report, nothing failed.
  delivered: [...from(DELIVERED, '您的邮件已送达以下收件人', '你的邮件已送达以下收件人', '已完成到这些收件人或组的传递')],
  // Outlook's read receipt in Chinese (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, '您的邮件', '你的邮件'),
    subject: from(RECEIPT, '主题'),
    read: from(RECEIPT, '被阅读', '已读取'),
    deleted: from(RECEIPT, '在未被阅读的情况下被删除', '未经阅读即被删除', '未读即被删除'),
  },
};
