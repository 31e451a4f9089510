/**
 * Russian: Microsoft 365 / Exchange / Outlook non-delivery reports in Russian, Yandex and
 * Mail.Ru notices ("Недоставленное сообщение", "Ваше сообщение не доставлено"), Rambler
 * and Russian hosting providers' replies.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Russian): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
const REAL20_H = "Exchange / Microsoft 365 NDR heading as the lead's brief for round lang20 quotes localised notices pasted in public forum posts (the translation of \"Delivery has failed to these recipients or groups\"); not found verbatim in our own searches, kept beside the older translation already here";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Russian (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Russian (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "было прочитано …", "было удалено без прочтения …")';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Russian ("Ваше сообщение не дошло до некоторых или всех получателей")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Russian ("Не удалось доставить ваше сообщение для …" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Russian ("Недоставленное сообщение", "Не удалось доставить сообщение следующим получателям или группам", and the per-code explanations)';
const YANDEX = 'Yandex Mail notices ("Это письмо отправлено почтовым сервером yandex.ru … Ваше письмо не может быть отправлено") and SMTP replies';
const MAILRU = 'Mail.Ru notices ("Это письмо создано автоматически сервером Mail.Ru", "Ваше письмо не может быть доставлено") and SMTP replies';
const GMAIL = 'Gmail, Russian notices and help page (support.google.com/mail/answer/6596?hl=ru)';
const OBS = 'Observed wording of Russian providers\' SMTP replies (Rambler, hosting providers, universities)';
const PLAIN = 'Plain Russian wording of the cause, where no provider\'s own text was found ("Слишком много соединений", "Обнаружен вирус", "учётная запись получателя отключена")';
const R22_SENDER_UNKNOWN = 'Postfix "Sender address rejected: Domain not found" / RFC 3463 5.1.7-5.1.8 (a bad sender address) in plain Russian (lang22 round): the sender\'s address or its domain unknown, the adjective before the noun ("неизвестный отправитель"): the sender refused, not the recipient\'s address';
const R22_CLOSED = 'Plain Russian wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Russian wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("ящик получателя архивирован"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Russian (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Russian ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Russian), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Russian message header labels (От / Отправлено / Кому / Тема), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Russian: "правила для входящих"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Russian documentation ("правила потока обработки почты (правила транспорта)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Russian): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Russian (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Russian: a policy on content, not a virus';
const R21_PLAIN = 'Plain Russian wording of the cause (lang21 round), where no provider\'s own text was found';
const R21_CONN = 'Plain Russian wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Russian wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Russian), qmail\'s "This message is looping": the plain words for it in Russian';

// lang23: the sending host's own faults and a group's allow list, in Russian.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Russian (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Russian (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Russian (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Russian (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Russian (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Russian ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_DISABLED = 'The recipient\'s account disabled or suspended, not deleted (lang29 round): Gmail 5.2.1 "The email account that you tried to reach is disabled" (support.google.com/mail/?p=DisabledUser), Sisimai Reason/Suspend.pm, in the language: the address exists';
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';

const B33_QUEUE = 'The receiving server\'s message queue full (round bounds33): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm, said of the queue in plain Russian ("очередь сообщений переполнена", feminine of "переполнен"): the server, for now, not the recipient\'s mailbox';
const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';

export const ru: LanguageWording = {
  code: 'ru',
  name: 'Russian',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'нет PTR-записи', 'PTR-записи', 'обратная зона DNS', 'обратной зоны DNS'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Недостаточно места на диске', 'закончилось место на диске', 'места на диске почтового сервера', 'диск сервера заполнен'),
      ...from(B33_QUEUE, 'очередь сообщений переполнена', 'почтовая очередь переполнена', 'очередь почты переполнена'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'перегружен'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'адрес электронной почты получателя изменился', 'адрес получателя изменился'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'принимает сообщения только от', 'списка разрешенных отправителей', 'списка разрешённых отправителей'),
      ...from(R21_RULES, 'правилом фильтрации', 'правилу фильтрации', 'правилом получателя', 'правилами получателя'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R29_TLS, 'не удалось установить защищённое соединение', 'не удалось установить защищенное соединение', 'не удалось установить соединение', 'ошибка TLS'),
      ...from(R21_LOOP, 'зацикливание', 'почтовая петля', 'почтовой петли'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'превышено число переходов'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'не удалось подключиться', 'почтовый сервер получателя недоступен', 'сервер получателя недоступен'),
    ],
    userunknown: [
      // A mailbox deleted is gone, its address leads nowhere: read as German "Postfach wurde gelöscht" and Japanese
      // "アカウントは削除されています" are (lang26; these stood with the disabled accounts before).
      ...from(OBS, 'ящик удален', 'ящик удалён'),
      ...from(R21_PLAIN, 'такой учётной записи нет', 'такой учетной записи нет', 'учётная запись не существует'),
      ...from(R21_PLAIN, 'пользователь неизвестен', 'получатель неизвестен'),
      ...from(HEADING, 'адресаты не существуют', 'получатели не существуют', 'адреса не существуют', 'адресаты неизвестны', 'получатели неизвестны', 'адреса неизвестны'),
      // "Такого пользователя нет" (there is no such user).
      ...from(PLAIN, 'такого пользователя нет', 'такого адреса нет'),
      ...from(GMAIL, 'адрес не найден'),
      ...from(M365, 'Получатель не найден', 'не найден в', 'не найден'),
      ...from(EXCH, 'Не удалось найти адрес электронной почты', 'больше не существует'),
      ...from(MAILRU, 'нет такого пользователя', 'почтовый ящик не существует', 'нет такого ящика',
        'такого ящика нет'),
      ...from(YANDEX, 'пользователь не найден', 'адресат не найден'),
      ...from(OBS, 'неизвестный пользователь', 'не существует', 'ящик не существует', 'адрес не существует',
        'пользователь не существует', 'несуществующий адрес', 'неверный адрес получателя',
        'неизвестный получатель'),
      ...from(OBS, 'Адресата не существует', 'ящик не найден'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'не зарегистрирован в нашей системе', 'адрес не зарегистрирован'),
    ],
    mailboxfull: [
      ...from(HEADING, 'почтовый ящик следующих адресатов переполнен', 'почтовые ящики следующих адресатов переполнены', 'ящики переполнены'),
      // No free space ("нет свободного места").
      ...from(PLAIN, 'нет свободного места'),
      ...from(OBS, 'почтовый ящик полон', 'превышен объём', 'нет места'),
      ...from(EXCH, 'Почтовый ящик получателя переполнен', 'ящик получателя переполнен'),
      ...from(MAILRU, 'ящик переполнен', 'переполнен'),
      ...from(OBS, 'превышена квота', 'превышен лимит ящика', 'превышен лимит почтового ящика', 'квота превышена', 'превышен размер ящика',
        'недостаточно места', 'ящик полон'),
      ...from(MAILRU, 'почтовый ящик переполнен'),
      ...from(PLAIN, 'превысил квоту', 'квоту хранилища'),
      ...from(PLAIN, 'закончилось место'),
    ],
    suspend: [
      ...from(R29_DISABLED, 'ящик получателя отключён', 'ящик получателя отключен', 'ящик отключён', 'учётная запись отключена'),
      ...from(R22_ARCHIVED, 'ящик получателя архивирован'),
      ...from(R22_CLOSED, 'почтовый ящик доступен только для чтения', 'ящик архивирован', 'срок действия учётной записи истёк', 'за неуплату'),
      ...from(R21_PLAIN, 'закрыта из-за неактивности', 'из-за неактивности'),
      ...from(EXCH, 'почтовый ящик отключен', 'ящик отключен'),
      ...from(OBS, 'учетная запись отключена', 'ящик заблокирован',
        'учетная запись заблокирована', 'аккаунт заблокирован', 'ящик неактивен'),
      ...from(OBS, 'Пользователь заблокирован'),
      ...from(OBS, 'учетная запись получателя заблокирована', 'учётная запись получателя заблокирована', 'заблокирована'),
      ...from(PLAIN, 'запись получателя отключена', 'ящик получателя заблокирован'),
      ...from(PLAIN, 'за неактивность'),
      ...from(PLAIN, 'больше не активна', 'больше не активен'),
      ...from(PLAIN, 'приостановлен'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'не найден почтовый сервер', 'почтовый сервер не найден'),
      ...from(OBS, 'домен не существует', 'домен не найден', 'неизвестный домен', 'хост не найден'),
      ...from(OBS, 'домен получателя не существует'),
      ...from(PLAIN, 'домен получателя не найден'),
      ...from(PLAIN, 'неизвестное доменное имя'),
    ],
    mesgtoobig: [
      ...from(EXCH, 'превышает максимальный размер', 'размер сообщения превышает'),
      ...from(OBS, 'сообщение слишком большое', 'слишком большое', 'слишком велико',
        'письмо слишком большое'),
      ...from(PLAIN, 'размер письма превышает', 'размер вложения превышает'),
      ...from(PLAIN, 'слишком большие'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'спам-рейтинг', 'спам-балл'),
      ...from(R21_PLAIN, 'признано нежелательным'),
      ...from(OBS, 'распознано как спам', 'похоже на спам', 'считается спамом', 'признано спамом',
        'нежелательная почта', 'спам'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Клиентский хост отклонён', 'Клиентский хост отклонен', 'найти имя вашего хоста', 'имя хоста вашего почтового сервера'),
      ...from(R23_HELO, 'Команда HELO отклонена', 'Команда EHLO отклонена', 'HELO отклонён', 'HELO отклонен'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'в HELO', 'имя HELO'),
      // Greylisting in the language's own word (read as English "greylisted": a deliberate temporary refusal, knowledge/greylisting.ts).
      ...from(PLAIN, 'грейлистинг', 'серый список'),
      ...from(OBS, 'черный список', 'чёрный список', 'черном списке', 'чёрном списке',
        'ip-адрес заблокирован', 'плохая репутация'),
    ],
    rejected: [
      ...from(R22_SENDER_UNKNOWN, 'неизвестный отправитель', 'неизвестный адрес отправителя'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'отклонено модератором', 'отклонено модератором группы'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'не принимает письма с вашего адреса', 'не принимает письма от вас', 'не принимает сообщения с вашего адреса'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'заблокировал ваш адрес', 'заблокировал адрес отправителя'),
      ...from(OBS, 'отправитель заблокирован', 'отправитель отклонен', 'отправитель отклонён',
        'недопустимый отправитель', 'домен отправителя'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'не имеет права отправлять письма этому получателю', 'нет прав на отправку писем этому получателю'),
      ...from(R21_BANNED, 'вложения типа', 'тип вложения'),
      ...from(R21_TRANSPORT, 'правилом транспорта', 'правило транспорта', 'правилом потока обработки почты'),
      ...from(EXCH, 'У вас нет разрешения на отправку', 'нет прав на отправку'),
      ...from(OBS, 'политики безопасности', 'политикой', 'нарушает правила', 'запрещенное вложение',
        'запрещённое вложение'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'вложения этого типа запрещены', 'недопустимое вложение', 'запрещённое содержимое', 'запрещенное содержимое'),
    ],
    norelaying: [
      ...from(OBS, 'релей запрещён', 'отказано в пересылке', 'пересылка запрещена', 'ретрансляция запрещена',
        'relay запрещен', 'релей запрещен'),
      ...from(PLAIN, 'не разрешает пересылку'),
      ...from(PLAIN, 'не пересылает почту'),
      ...from(PLAIN, 'пересылка не разрешена'),
    ],
    virusdetected: [
      // The past tense: "Сообщение содержало вирус" (as "содержит вирус").
      ...from(PLAIN, 'содержало вирус', 'содержал вирус'),
      ...from(PLAIN, 'обнаружен вирус', 'вирус обнаружен', 'содержит вирус', 'заражено вирусом', 'вредоносн'),
      ...from(PLAIN, 'обнаружил вирус'),
      ...from(PLAIN, 'найден вирус'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'число получателей', 'количество получателей'),
      // Too many (simultaneous) connections, in the word order of the language.
      ...from(PLAIN, 'слишком много одновременных подключений'),
      ...from(PLAIN, 'слишком много соединений', 'слишком много подключений', 'слишком много получателей', 'превышено количество получателей'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'квота отправки', 'квоту отправки', 'квоты отправки', 'суточная квота'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'слишком быстро', 'скорость отправки'),
    // The sender's own sending limit, per day or in all (Gmail's "You have reached a limit for sending mail", Microsoft's 5.2.121 / 5.1.90 daily limit), the adjective before or after the noun.
      ...from(PLAIN, 'лимит отправки', 'лимита отправки', 'суточный лимит отправки', 'суточного лимита отправки'),
      ...from(PLAIN, 'слишком много писем', 'слишком много сообщений', 'превышен лимит отправки'),
    ],
    expired: [
      ...from(R21_PLAIN, 'превышено максимальное время нахождения в очереди'),
      ...from(OBS, 'время ожидания доставки истекло'),
      ...from(EXCH, 'истек срок действия сообщения', 'истёк срок'),
      ...from(OBS, 'истек срок', 'слишком долго в очереди', 'превышено время ожидания доставки', 'превышено время доставки', 'время доставки истекло'),
      ...from(PLAIN, 'попытки доставки прекращены', 'прекращены попытки доставки'),
      ...from(PLAIN, 'доставка прекращена'),
    ],
    authfailure: [
      ...from(OBS, 'проверка SPF', 'проверку SPF', 'проверки SPF', 'проверка DKIM', 'ошибка аутентификации'),
      ...from(PLAIN, 'проверка DMARC', 'проверку DMARC', 'проверки DMARC'),
    ],
  },
  broad: ['не найден', 'политикой'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Russian (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'почтовый ящик временно недоступен'),
    ...from(REAL20_H, 'Не удалось доставить сообщение этим получателям или группам'),
    // A short notice's sentence that the recipient's server refused the message, no cause named (as in the other languages).
    ...from(PLAIN, 'отклонено сервером получателя', 'сервер получателя отклонил', 'отклонено удалённым сервером', 'отклонено удаленным сервером'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Сообщение заблокировано'),
    ...from(OUTLOOK, 'Ваше сообщение не дошло до некоторых или всех получателей',
      'не дошло до некоторых или всех получателей', 'Microsoft Exchange не будет пытаться доставить'),
    ...from(GMAIL, 'Адрес не найден'),
    ...from(EXCH, 'Недоставленное сообщение',
      'Не удалось доставить сообщение следующим получателям или группам',
      'Диагностические сведения для администраторов', 'не дошло до некоторых или всех получателей'),
    ...from(M365, 'Не удалось доставить', 'не удалось доставить'),
    ...from(MAILRU, 'Ваше сообщение не доставлено', 'не может быть доставлено',
      'Это письмо создано автоматически'),
    ...from(YANDEX, 'Это письмо отправлено почтовым сервером', 'не может быть отправлено'),
    ...from(OBS, 'не доставлено', 'не было доставлено', 'сообщение не доставлено', 'письмо не доставлено',
      'ошибка доставки', 'доставка не удалась', 'не может быть доставлен'),
  ],
  listLead: [
    ...from(HEADING, 'Следующие адресаты', 'следующих адресатов', 'Следующие получатели', 'следующих получателей', 'Следующие адреса'),
    ...from(REAL20_H, 'Не удалось доставить сообщение этим получателям или группам'),
    ...from(OUTLOOK, 'Не удается связаться со следующими получателями',
      'Не удалось связаться со следующими получателями'),
    ...from(EXCH, 'Не удалось доставить сообщение следующим получателям или группам',
      'следующим получателям'),
    ...from(MAILRU, 'одному или нескольким получателям', 'одному или нескольким адресатам'),
  ],
  delayed: [
    // A provider's warning: the letter "пока не удалось доставить" (could not be delivered so far), the server "будет повторять попытки" (will keep trying).
    ...from(PLAIN, 'пока не удалось доставить', 'будет повторять попытки', 'будет автоматически повторять попытки'),
    ...from(EXCH, 'задерживается', 'Попытки доставки будут продолжены', 'доставка задерживается',
      'задержка доставки', 'еще не доставлено', 'ещё не доставлено'),
    ...from(OBS, 'Это только предупреждение', 'будет повторена', 'повторная попытка',
      'попытки доставки будут продолжены'),
    ...from(PLAIN, 'повторит попытку', 'пока не доставлено'),
  ],
  recipientBefore: [
    ...from(GMAIL, 'не доставлено на адрес', 'на адрес'),
    ...from(EXCH, 'получатель', 'адресат', 'Адрес получателя', 'сообщение для', 'письмо для'),
    ...from(GMAIL, 'по адресу'),
    ...from(MAILRU, 'адресату', 'письма для', 'сообщения для'),
    // The recipient in the dative after "delivered to" ("Сообщение не доставлено получателю <addr>"), as "адресату" above.
    ...from(PLAIN, 'получателю'),
    // lang28: "Не удалось найти адрес электронной почты <addr>, указанный вами" (the address you entered could not be found), the plain Russian of Exchange's and Microsoft 365's 5.1.1 / 5.1.10 sentence "The email address you entered couldn't be found".
    ...from(PLAIN, 'не удалось найти адрес электронной почты'),
  ],
  recipientAfter: [
    ...from(OBS, 'отклонено', 'отклонено сервером'),
  ],
  toLabel: [...from(CLIENT, 'Кому')],
  clientFrom: [...from(CLIENT, 'От')],
  clientSent: [...from(CLIENT, 'Отправлено')],
  returnedStart: [
    ...from(EXCH, 'Заголовки исходного сообщения', 'Исходное сообщение'),
  ],
  reasonLead: [
    ...from(OBS, 'Причина', 'Ошибка'),
  ],
  errorLabel: [...from(OBS, 'Ошибка', 'Ошибка сервера', 'Код ошибки')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'временная ошибка', 'временный сбой', 'временная проблема', 'временно', 'временный отказ')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'если', 'возможные причины', 'возможная причина'), ...from(HEDGE32, 'возможно', 'вероятно', 'может не')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Совет', 'Подсказка', 'Проверьте', 'Обратитесь', 'Подробнее', 'Дополнительная информация')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Russian (lang21 round): a check that found nothing', 'вирусов не обнаружено', 'вирусы не обнаружены', 'вирус не обнаружен', 'проверка на спам: пройдена')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Russian, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Ваш почтовый ящик почти заполнен', 'Ваш почтовый ящик почти переполнен', 'Почтовый ящик почти заполнен', 'Ваш почтовый ящик заполнен', 'Ваш почтовый ящик переполнен')],
  // Exchange's delivery and relay notifications in Russian: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Ваше сообщение доставлено следующим получателям', 'Сообщение доставлено следующим получателям', 'Доставка этим получателям или группам выполнена')],
  // Outlook's read receipt in Russian (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Ваше сообщение'),
    subject: from(RECEIPT, 'Тема'),
    read: from(RECEIPT, 'было прочитано'),
    deleted: from(RECEIPT, 'было удалено без прочтения'),
  },
};
