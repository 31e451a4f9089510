/**
 * How receiving servers word each reason, as lower-case phrases matched against the
 * server's own words (white space collapsed). The first reason in this list with a
 * matching phrase wins, so more specific reasons stand before broader ones; a phrase in
 * the sentence that states the cause beats one in advice, a footer or a link (see
 * `classify/words.ts`).
 *
 * Each group names where its wording comes from: an RFC, an MTA's documented or
 * observed replies, or a provider's published error list. Phrases are short fragments
 * real servers send, written down by us; a `pattern` is used only where a phrase cannot
 * say it (numbers, alternations inside a sentence).
 *
 * Every phrase and pattern has a stable rule id, `phrase.<reason>.<slug>`: the slug is the
 * phrase itself in lower case, apostrophes dropped and each run of characters other than
 * letters and digits (of any script) turned into one hyphen (`no such user` →
 * `phrase.userunknown.no-such-user`, `не существует` → `phrase.userunknown.не-существует`). Where two phrases would give the
 * same slug (`rate limit`, `rate-limit`), the second is written `{ text, slug }`. Ids are
 * checked to be unique (tests/unit/rules.test.ts), and the golden samples record the id
 * that decided, so a changed phrase shows in review.
 */
import type { ReasonId } from '../core/types.ts';
import { broadWordings, withLanguageGroups } from './languages/index.ts';

/** A phrase whose derived slug would clash with another's: it carries its own. */
export interface NamedPhrase {
  text: string;
  slug: string;
}

export type Phrase = string | NamedPhrase;

/** A pattern with the slug of its rule id. */
export interface PhrasePattern {
  slug: string;
  re: RegExp;
  /** Words every match holds: the pattern is tried only on words that hold them (a cheap search first). */
  cue?: string;
  /**
   * Words of which every match holds one (each taken from one alternation the pattern cannot
   * match without): the pattern is tried only on words that hold one of them.
   */
  cues?: readonly string[];
}

export interface PhraseGroup {
  reason: ReasonId;
  /** Lower-case fragments; any one matching decides. */
  phrases: readonly Phrase[];
  /** Optional patterns (lower-case input, no flags needed). */
  patterns?: readonly PhrasePattern[];
  /** Where the wording comes from. */
  source: string;
}

/** The words of a phrase entry. */
export function phraseText(p: Phrase): string {
  return typeof p === 'string' ? p : p.text;
}

/** `No such user` → `no-such-user`. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
}

/** The stable rule id of a phrase entry of a group of this reason. */
export function phraseId(reason: ReasonId, p: Phrase): string {
  return `phrase.${reason}.${typeof p === 'string' ? slugOf(p) : p.slug}`;
}

/**
 * Phrases too broad to overrule a specific status code: when one of these is all the
 * words say, a code such as 5.7.13 or 5.2.2 decides instead.
 */
export const WEAK_PHRASES: ReadonlySet<string> = new Set([
  'policy',
  'not allowed',
  'dns',
  'recipient address rejected',
  'address rejected',
  'recipient rejected',
  'invalid address',
  'address invalid',
  'is unavailable',
  'currently unavailable',
  'mailbox unavailable',
  'mailbox is unavailable',
  'mailbox unavaiable',
  'not found in',
  'resources',
  'security',
  'not authorized',
  'restricted',
  'larger than',
  'quota',
  'message content rejected',
  'in the queue too long',
  'queue too long',
  'temporarily unavailable',
  // Who is refused, not why: "Too many messages from your IP, rate limited" is a rate limit,
  // "Your IP 192.0.2.1 is listed" a blocklist; alone they still read as a block of the host.
  'your ip',
  'your host',
  // Sendmail's delay warning names the wait, not its cause: the reply quoted above it
  // ("451 4.0.0 Operating system error") says why.
  'still undelivered after',
  // "Malformed" alone names no object: the message ("Message is malformed", X.6.x), an address
  // (X.1.3), a DNS reply, or Exchange's "550 5.2.4 Dynamic distribution group query is
  // malformed" (a group's set-up, Exchange Online NDR table); a specific status code says which.
  'malformed',
  // The broad wordings of other languages ("existiert nicht", "no existe"): knowledge/languages.
  ...broadWordings(),
]);

const ENGLISH_GROUPS: readonly PhraseGroup[] = [
  {
    reason: 'spamdetected',
    source:
      'A content filter\'s verdict that names spam and virus together, "552 Message rejected for spam or virus content" (GoDaddy: "caught by our filters as spam", godaddy.com/help/what-does-my-email-bounceback-mean-3568), "550 Message considered as spam or virus" (Sisimai Reason/SpamDetected): the filter\'s spam verdict, not a virus it found; it stands before the virus group, whose "virus" it holds.',
    // (Not "spam or virus" alone: "spam or virus scanner temporarily unavailable" is a scanner's outage.)
    // The same verdict with the words the other way round: "550 5.7.1 The message was rejected
    // because it contains prohibited virus or spam content" (Sisimai Reason/VirusDetected).
    // Network Solutions writes the pair with a slash: "553 5.3.0 192.0.2.1 Your message was rejected
    // for possible spam/virus content." (a bounce of its hosted mail, pastebin.com/index/ZJWKdGLU).
    phrases: ['spam or virus content', 'as spam or virus', 'virus or spam content', 'spam/virus content', 'virus/spam content'],
  },
  {
    reason: 'systemerror',
    source:
      'The receiving server\'s own virus scanner out of service, so it cannot accept mail for now: "451 4.4.1 Unable to connect to the virus scanning daemon" (Sisimai Reason/SystemError: "unable to connect" with "daemon"), and "spam or virus scanner temporarily unavailable" (the outage the spam-or-virus group above leaves out). The scanner failed; it found nothing in the message.',
    phrases: ['virus scanning daemon', 'virus scanner temporarily unavailable'],
  },
  {
    reason: 'policyviolation',
    source:
      'A kind of attachment refused for the harm such files have done, not a virus found in this one: Gmail "552-5.7.0 This message was blocked because this form of attachment has been used by recent viruses or other malware" (its older wording of "its content presents a potential security issue", support.google.com/mail/answer/6590; Sisimai Reason/VirusDetected).',
    phrases: ['form of attachment has been used by', 'type of attachment has been used by'],
  },
  {
    reason: 'blocked',
    source:
      'A block of the sending machine that may be infected, not a virus in the message: Gandi "blocked you maybe infected" ("Your computer may be infected by a trojan or virus. You should clean and secure your system.", postmaster.gandi.net); Outlook.com DY-002 "The likely cause is a compromised or virus infected server/personal computer" (sendersupport.olc.protection.outlook.com).',
    phrases: ['blocked you maybe infected'],
    patterns: [
      { slug: 'your-machine-may-be-infected', cue: 'infected', re: /\b(?:you|your (?:computer|pc|server|machine|system|host|network))(?: (?:may|might|could|maybe)(?: be)?| maybe| are| is probably| are probably) infected\b/ },
      { slug: 'virus-infected-server-or-computer', cue: 'infected', re: /\bvirus[- ]infected (?:server|computer|personal computer|pc|machine|host)s?\b/ },
    ],
  },
  {
    reason: 'blocked',
    source:
      'A gateway\'s own rule that matched the sending IP, named in the reply: "553 User defined policy matched for 192.0.2.1" (a listing of gateway refusals that mean the IP of the sending server is listed as a source of spam, hardwaresecrets.com "Understanding Email Bounce Messages"). The policy is about the connecting address, so it is a block of the host, not of the message; it stands before the policy group, whose "policy" it holds. (Near the top: the wordings of other languages for a reason follow its last English group.)',
    phrases: [],
    patterns: [{ slug: 'policy-matched-for-ip', cue: 'matched for ', re: /\b(?:policy|rule) matched for \[?\d{1,3}(?:\.\d{1,3}){3}\b/ }],
  },
  {
    reason: 'suspend',
    source:
      'A mailbox its provider has locked, named in the reply to the sending host: Fastmail "554 5.7.1 <host[ip]>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html" (its FAQ: what a sender gets writing to someone whose account the postmaster has locked, fastmail.fm/docs/faqparts/Email.htm). Postfix\'s "Client host rejected:" only names the check that answered; the words after it say it is the recipient\'s address that is locked, so this stands before the blocks of the sending host.',
    phrases: ['address locked or deactivated', 'account locked or deactivated'],
  },
  {
    reason: 'systemerror',
    source: 'The receiving server\'s own service switched off: Exchange Server "421 4.3.2 Service not active" (inactive server components or transport agents; Sisimai Rhost/Microsoft, systemerror). Not an inactive account: the service is the server\'s.',
    // Also a relay's own queue not ready: "451 Relay Server Not Ready." (Korean admins' lists of
    // return-mail replies, blog.jinbo.net/007/archive/20051107: the receiving relay cannot take mail now).
    // Barracuda "422 License Expired" (the SMTP Field Manual's Barracuda replies: the recipient
    // domain's filter has no valid licence, so it takes no mail until its owner renews it): the
    // filter's own state, not a message that ran out of time.
    phrases: ['service not active', 'relay server not ready', 'license expired', 'licence expired'],
  },
  {
    reason: 'systemerror',
    source: 'A mailbox file held by another process for the moment (a local delivery agent waiting for a lock: "The mailbox is locked by another process", "mailbox locked by another session", observed wording of Windows mail servers and mbox delivery agents): a passing state of the server, not an account locked by its owner; it stands before the disabled accounts\' "mailbox is locked".',
    phrases: ['locked by another process', 'locked by another session'],
  },
  {
    reason: 'securityerror',
    source:
      'A host stopping the outgoing mail of one of its own accounts that has sent spam, most often because its password was stolen: "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address" (the mailbox has been used to send spam in the last 24 hours; change its password; thiswebhost.com knowledge base), as Zoho\'s "Unusual sending activity detected" is read. The sender\'s account, not this message\'s content (the word "unsolicited" alone reads as spam).',
    phrases: [],
    patterns: [
      { slug: 'unsolicited-mail-from-your-address', cue: 'originating from your', re: /\bunsolicited (?:e-?mail|mail|messages?) originating from your (?:e-?mail )?(?:address|account|mailbox)\b/ },
    ],
  },
  {
    reason: 'securityerror',
    source:
      'The sending account barred from SENDING, in the notices\' own languages, as Mail.ru\'s "550 message sending for this account is disabled" (mailout.ru: change the password, confirm the mailbox is yours) says it in English: "Der Versand von Nachrichten ist für dieses Konto gesperrt", "L\'envoi de messages est désactivé pour ce compte", "Отправка писем с этого ящика заблокирована", "该账户的发信功能已被禁用", "このアカウントからのメール送信は停止されています" (lang21 round). The word for sending first (not a sending server\'s, IP\'s or domain\'s: "la dirección IP del servidor de envío está bloqueada" is a block of the sending machine), then barred, no recipient, mailbox, IP or host named between: the sender\'s own account, never a suspended recipient (the localised "mailbox then blocked" words read that, and stand later in the table).',
    phrases: [],
    patterns: [
      {
        slug: 'sending-then-barred-localized',
        cues: ['versand', 'versenden', 'envoi', 'envío', 'envio', 'invio', 'verzenden', 'wysyłani', 'wysyłk', 'skicka', 'sändning'],
        re: /(?<!(?:\bip|server|servidor|serveur|serwer|host|domain|domaine|dominio|domínio|domein|domena|domän)[^.;:!?\n]{0,6})\b(?:versand|versenden|envoi|envío|envio|invio|verzenden|wysyłanie|wysyłka|skicka|sändning)\b(?:(?!empfänger|destinat|odbiorc|mottagar|ontvanger|postfach|boîte|boite|buzón|casella|caixa|postvak|mailbox|skrzynk|brevlåd|\bip\b|host|server)[^.;:!?\n]){0,50}?\b(?:gesperrt|deaktiviert|désactivé|bloqué|suspendu|deshabilitad[oa]|desactivad[oa]|bloquead[oa]|suspendid[oa]|disabilitat[oa]|bloccat[oa]|sospes[oa]|disattivat[oa]|desativad[oa]|suspens[oa]|uitgeschakeld|geblokkeerd|zablokowan[eya]|wyłączon[eya]|inaktiverat|spärrat|blockerat)/,
      },
      { slug: 'sending-then-barred-ru', cues: ['отправк', 'отправлен'], re: /(?:отправк[аиу]|отправлени[ея])(?:(?!получател|\bip\b)[^.;:!?\n]){0,40}?(?:заблокирован|отключен|запрещен)/ },
      { slug: 'sending-then-barred-zh', cues: ['发信', '發信', '发送邮件', '發送郵件'], re: /(?:发信|發信|发送邮件|發送郵件)(?:功能|权限|權限)?[^。，,\n]{0,8}?(?:禁用|停用|冻结|凍結|封禁)/ },
      { slug: 'sending-then-barred-ja', cues: ['メール送信', '送信機能'], re: /(?:メール送信|送信機能)[^。\n]{0,8}?(?:停止され|無効|禁止され)/ },
      // And in English, as Mail.ru words it and as it is said of an account: "Sending of messages is
      // disabled for this account", "message sending for this account is disabled", "your account
      // has been suspended from sending"; and as a submission server words it of the sender's own
      // account: "553 5.7.1 Sender account disabled for sending", "outgoing mail from this account
      // has been suspended" (observed wording of hosting providers' outgoing relays).
      {
        slug: 'sending-then-barred-en',
        cues: ['sending', 'outgoing'],
        re: /\bsending of (?:messages|mail|e-?mails?) (?:is|has been) (?:disabled|blocked|suspended|locked) (?:for|on) (?:this|your) account\b|\b(?:message |mail |e-?mail )?sending (?:for|from) (?:this|your) account (?:is|has been) (?:disabled|blocked|suspended|locked)\b|\b(?:this|your|sender(?:'s)?|sending) account (?:is |has been )?(?:disabled|blocked|suspended|locked|restricted) (?:for|from) sending\b|\boutgoing (?:mail|e-?mails?|messages?) (?:from|for) (?:this|your) account (?:is|has been) (?:disabled|blocked|suspended|locked|restricted)\b/,
      },
    ],
  },
  {
    reason: 'securityerror',
    source:
      'The SENDER\'s own account blocked or suspended, in the notices\' own languages, as English "your account has been suspended for sending spam" and Microsoft 365\'s 5.1.8 "Access denied, bad outbound sender" (its account blocked for sending spam, learn.microsoft.com "Fix NDR error 5.1.8") say it (lang26 round): "Ihr Konto wurde wegen des Versands von Spam gesperrt", "Votre compte a été suspendu pour envoi de spam", "Twoje konto zostało zablokowane za wysyłanie spamu", "お客様のアカウントは利用停止", "您的账号因发送垃圾邮件已被冻结". A bounce is written to the sender, so "your account" is the sender\'s: its account is barred, never a suspended recipient, and the spam named after it is why the account was barred, not a verdict on this message. The possessives that also mean "his" or "her" (Spanish "su", Italian "suo", Portuguese "sua") count only with the sending or spam named after the block.',
    phrases: [],
    patterns: [
      {
        slug: 'your-account-then-barred-localized',
        cues: ['ihr', 'dein', 'votre', 'ton', 'tu cuenta', 'account', 'tua conta', 'twoje konto', 'ditt konto'],
        re: /\b(?:(?:ihr|ihre|dein|deine) (?:e-mail-|benutzer)?(?:konto|account)|(?:votre|ton) compte|tu cuenta|(?:il )?tuo account|tua conta|(?:uw|je|jouw) account|twoje konto|ditt konto)\b(?:(?!\b(?:wird|werden|nicht|kein|sera|pas|jamais|será|no|nunca|verrà|sarà|non|mai|vai|não|wordt|zal|niet|zostanie|będzie|nie|kommer|ska|inte|aldrig)(?![a-zà-ÿąęłńśźż]))[^.;:!?\n]){0,50}?\b(?:gesperrt|deaktiviert|blockiert|suspendiert|bloqué|suspendu|désactivé|bloquead[oa]|suspendid[oa]|desactivad[oa]|deshabilitad[oa]|bloccat[oa]|sospes[oa]|disattivat[oa]|disabilitat[oa]|suspens[oa]|desativad[oa]|geblokkeerd|opgeschort|uitgeschakeld|zablokowan[eay]|zawieszon[eay]|wyłączon[eay]|spärrat|spärrats|spärrad|blockerat|blockerats|avstängt|inaktiverat|inaktiverats)(?![a-z])/,
      },
      {
        slug: 'his-or-your-account-barred-for-sending',
        cues: ['su cuenta', 'suo account', 'sua conta'],
        re: /\b(?:su cuenta|(?:il )?suo account|sua conta)\b[^.;:!?\n]{0,40}?\b(?:bloquead[oa]|suspendid[oa]|desactivad[oa]|deshabilitad[oa]|bloccat[oa]|sospes[oa]|disattivat[oa]|disabilitat[oa]|suspens[oa]|desativad[oa])\b[^.;:!?\n]{0,12}?\b(?:por|per|pelo|para) [^.;:!?\n]{0,20}?(?:env[ií]o|enviar|invio|inviare|spam|correo no deseado|posta indesiderata|lixo eletr[oô]nico)/,
      },
      { slug: 'your-account-then-barred-ru', cues: ['ваш'], re: /(?<![а-яё])ваш[аеи]? (?:учетн|учётн|аккаунт|почтов)(?:(?!будет|(?<![а-яё])не )[^.;:!?\n]){0,50}?(?:заблокирован|приостановлен|отключен)/ },
      { slug: 'your-account-then-barred-zh', cues: ['账号', '账户', '帐号', '帐户', '帳號', '帳戶'], re: /(?:您|你)的(?:邮箱)?(?:账号|账户|帐号|帐户|帳號|帳戶)[^。将將会會未没沒不\n]{0,15}?(?:冻结|凍結|封禁|封停|停用|禁用|锁定|鎖定)/ },
      { slug: 'your-account-then-barred-ja', cues: ['アカウント'], re: /(?:お客様|あなた)の(?:メール)?アカウント[^。\n]{0,20}?(?:利用停止|停止され|凍結|無効化|ロックされ)/ },
    ],
  },
  {
    reason: 'virusdetected',
    source: 'Content scanners (amavis, ClamAV milters, gateway AV) name the malware they found.',
    // Also a scanner's heuristic finding named as harm: "550 Message contained unsafe content
    // (Heuristics.Phishing.Email.SpoofedDomain)" (ClamAV's signature; knowledge.broadcom.com 169925).
    phrases: ['virus', 'malware', 'infected', 'trojan', 'malicious content', 'worm.', 'contains a virus', 'contained unsafe content', 'contains unsafe content'],
  },
  // Gmail's replies as its SMTP error list words them (https://support.google.com/a/answer/3726730),
  // read here from their words alone, for when the reply comes without its "- gsmtp" tag.
  // Each sentence names its cause before the generic words it also holds ("has been
  // blocked", "recipient domain", "violation", "EHLO"), so these groups stand first.
  {
    reason: 'syntaxerror',
    source: 'SMTP command order and protocol errors: Gmail "503 5.5.1 EHLO/HELO first.", "451 4.5.0 SMTP protocol violation, see RFC 2821.", "454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS" (support.google.com/a/answer/3726730).',
    // Also "454 5.5.1 STARTTLS may not be repeated" (a command out of order, not a failed TLS).
    // Exim "554 SMTP synchronization error" (a client that sends ahead of the server's replies
    // without PIPELINING; Exim spec, "SMTP processing": smtp_enforce_sync).
    phrases: ['helo first', 'ehlo first', 'smtp protocol violation', 'may not be repeated', 'smtp synchronization error', 'smtp synchronisation error'],
  },
  {
    reason: 'spamdetected',
    source: 'Content verdicts: Gmail "550 5.7.1 ... this message is likely unsolicited mail ... this message has been blocked", "421 4.7.0 This message is suspicious due to the nature of the content or the links within" (support.google.com/mail/answer/188131).',
    phrases: ['likely unsolicited', 'nature of the content'],
  },
  {
    reason: 'spamdetected',
    source:
      'A content filter\'s spam pattern, worded like a block list: "553 Blocked Using Spam Pattern, Your Message May Contain The Spam Contents" (quoted in a list moderator\'s notes on the bounces of an Ecelerity-sent list, the SIGCSE musing "Handling bounced messages", and in app logs of Korean hosted mail): the message\'s content matched, not a listed IP; it stands before the block lists\' "blocked using".',
    phrases: ['blocked using spam pattern', 'may contain the spam contents'],
  },
  {
    reason: 'spamdetected',
    source: 'A refusal by the recipient\'s own spam filter, "554 5.7.1 Rejected by recipient\'s spam filter", "… rejected by the recipient\'s spam filter" (observed wording): a spam verdict on the content, not a filter against this sender; it stands before the per-recipient filters\' "rejected by recipient".',
    phrases: ["recipient's spam filter"],
  },
  {
    reason: 'failedstarttls',
    source: 'Microsoft 421 4.7.66 "TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2." (learn.microsoft.com, Exchange Online NDR reference); Gmail 421 4.7.29 / 550 5.7.29 "... this message was not sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections." (support.google.com/mail/answer/81126); Broadcom Email Security.cloud "451 TLS/SSLv3 Connection required. (#4.7.1)" (knowledge.broadcom.com/external/article/162152).',
    phrases: ['over a tls connection', 'use tls/ssl', 'tls/sslv3 connection required', 'tls 1.0 and 1.1 are not supported'],
  },
  {
    reason: 'mailboxfull',
    source:
      'The system\'s error text after a local delivery error names the user\'s disk quota: strerror(EDQUOT) "Disk quota exceeded" (Linux, glibc) and "Disc quota exceeded" (BSD errno(2)), as Postfix local(8) and virtual(8) write it after "cannot update mailbox … for user …. error writing message:", "cannot append message to file …:" and "maildir delivery failed: create maildir file …:"; qmail error_str.c writes EDQUOT "disk quota exceeded", filed as mailboxfull in Sisimai Lhost/qmail.pm, and Sisimai Reason/MailboxFull.pm lists "disc quota exceeded". The quota of the user whose mailbox is written is a full mailbox, so these stand before the host\'s own file-system faults below (a lock or a permission stays the host\'s).',
    phrases: ['disk quota exceeded', 'disc quota exceeded'],
  },
  {
    reason: 'systemerror',
    source:
      'Postfix local(8) delivery errors, the receiving host\'s own file system (src/local/include.c, file.c, mailbox.c): "cannot open include file /etc/…/list: Permission denied" (a list\'s :include: file), "cannot append message to file …", "cannot update mailbox … for user …"; Sendmail "Can\'t create output" (Sisimai Reason/SystemError "can\'t create user output file"). The system\'s error text that follows ("Permission denied", "No such file or directory") is about that file, not the sender\'s permission or the address.',
    phrases: ['cannot open include file', 'cannot append message to file', 'cannot update mailbox', "can't create output"],
  },
  {
    reason: 'systemerror',
    source: 'Gmail "421 4.3.0 Temporary System Problem. Try again later.", "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction." (the recipient domain\'s policies are too large for one transaction, not a missing domain; support.google.com/a/answer/3726730); Yandex "451 4.7.1 Sorry, the service is currently unavailable. Please come back later." (the service, not the mailbox; yandex.com/support/mail/bounces).',
    // Also Gmail "451 4.3.0 Multiple destination domains per transaction is unsupported"
    // (support.google.com/a/answer/3221692); its "Mail server temporarily rejected message" states
    // no cause and stays unsure.
    // MailChannels "452 4.5.3 Recipient policy mismatch" (recipients whose filtering policies differ
    // are deferred, to be sent in a transaction of their own; docs.mailchannels.com, inbound SMTP
    // errors): the same per-transaction limit as Gmail's, not too many recipients.
    phrases: ['temporary system problem', 'policy size per transaction', 'service is currently unavailable', 'multiple destination domains per transaction', 'recipient policy mismatch'],
  },
  {
    reason: 'systemerror',
    source:
      'The receiving host short of its own resources or tables for now: Postfix smtpd "451 4.3.0 <addr>: Temporary lookup failure" (a lookup table of its own failed, smtpd(8)), postscreen(8) "421 4.3.2 All server ports are busy" and "421 4.3.2 No system resources" (no smtpd process free), Sina Mail\'s list of its replies "450 out of memory." (内部错误), "450 queue unavailable." (队列忙), "450 database temporary error." (临时数据访问失败) (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html). A fault of the receiving side that passes: no word about the sender or the address.',
    // Dovecot LMTP "451 4.3.0 Temporary user lookup failure" (its user database did not answer;
    // src/lmtp, dovecot/core) is the same passing fault of the receiving side.
    phrases: ['temporary lookup failure', 'temporary user lookup failure', 'all server ports are busy', 'no system resources', 'out of memory', 'queue unavailable', 'database temporary error'],
  },
  {
    reason: 'speeding',
    source: 'Sending limits of the sender\'s own account: Gmail "550 5.4.5 Daily user sending limit exceeded.", "550 5.4.5 Daily SMTP relay limit exceeded for user.", "450 4.2.1 Peak SMTP relay limit exceeded for customer." (support.google.com/a/answer/166852); SendGrid "451 Authentication failed: Maximum credits exceeded" (the account\'s plan has no sends left; twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting), worded under a login failure it is not.',
    // Also a relay's or hosting provider's limits on what one account or IP sends: iridis mailRelay
    // "HST-RTE: Hourly send rate exceeded, retry later." (portal.iridis.uk); StartMail "550 5.7.1
    // Your mail limit has been reached." (support.startmail.com, "Gesendet/empfangen-Limit");
    // Policyd quotas "message count quota exceeded" (kunden.aditsystems.de wiki, its hourly limit:
    // the messages sent, not the messages in a mailbox); postfwd's default rate limits "Number
    // messages per hour exceeded", "Number recipients per hour exceeded", "only 5 recipients per 5
    // minutes allowed" (git.oopen.de, README.default-rate-limits).
    // Polaris Mail "462 Daily send limit reached. Please try again tomorrow." (wiki.polarismail.com, Common Problems).
    // The account's daily limit as mail services word it to their users: Gmail "You have reached
    // a limit for sending mail. Your message was not sent." (support.google.com/mail/answer/22839),
    // Outlook.com "… you've reached the daily limit for sending email" / "daily sending limit",
    // Microsoft 365 "554 5.2.2 … STOREDRV.Submission.Exception:SubmissionQuotaExceededException"
    // (learn.microsoft.com, NDR 5.2.2 "submission quota exceeded": the sender exceeded its
    // recipient or message rate limit, worded under a full mailbox's status it is not).
    // Cox "452 4.5.3 message threshold exceeded" (over 100 messages in one connection; Sisimai
    // Rhost/Cox toomanyconn, cox.com email error codes): a rate of the sender's, not too many recipients.
    phrases: ['message threshold exceeded', 'send limit reached', 'sending limit reached', 'relay limit exceeded', 'sending limit exceeded', 'maximum credits exceeded', 'send rate exceeded', 'mail limit has been reached', 'message count quota exceeded', 'messages per hour exceeded', 'recipients per hour exceeded', 'reached a limit for sending', 'reached your daily sending limit', 'reached the daily sending limit', 'daily limit for sending', 'submissionquotaexceeded'],
    patterns: [
      { slug: 'recipients-per-minutes-allowed', cue: 'recipients per ', re: /\brecipients per \d{1,4} (?:minutes?|hours?|seconds?) allowed\b/ },
      // A relay's message-rate and daily limits named plainly, under whatever status code it chose:
      // Emailit "452 4.4.5 Messages per second limit exceeded", "452 4.5.3 Daily message limit
      // exceeded" (emailit.com/docs/smtp/troubleshooting: rate limit errors, slow down or wait for
      // the daily reset); Zoho "550 5.4.6 mail rate exceeded limit" (help.zoho.com community: the
      // account's sending rate). The sender's rate, not a full system (4.4.5), too many recipients
      // (4.5.3) or a routing loop (5.4.6).
      { slug: 'messages-per-period-limit-exceeded', cue: ' per ', re: /\b(?:messages?|e-?mails?|mails?) per (?:second|minute|hour|day) (?:rate )?limit (?:exceeded|reached)\b/ },
      { slug: 'daily-or-hourly-message-limit-exceeded', cues: ['daily', 'hourly'], re: /\b(?:daily|hourly) (?:message|e-?mail|mail|sending|send) (?:limit|quota) (?:exceeded|reached)\b/ },
      { slug: 'mail-rate-exceeded', cue: 'rate exceeded', re: /\b(?:mail|e-?mail|message) rate exceeded\b/ },
    ],
  },
  {
    reason: 'blocked',
    source: 'Refusals of a sender that tried too many addresses that do not exist: the sender is blocked, the address in hand is not the one refused. GoDaddy "554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112" (godaddy.com/help/what-does-my-email-bounceback-mean-3568), Yahoo "451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)" (help.yahoo.com/kb/SLN3444.html), Cox "too many invalid recipients".',
    // Also MailChannels "550 5.7.1 [BR] Our system has detected an excessively high number of invalid
    // recipients originating from your account." (docs.mailchannels.com, Email API sending
    // policies): the sending account's record, not this address.
    phrases: ['too many invalid recipients', 'excessive unknown recipients', 'too many unknown recipients', 'number of invalid recipients', 'number of unknown recipients'],
  },
  {
    reason: 'userunknown',
    source: 'Broadcom Email Security.cloud "553 Recipient mailbox is not allowed": an invalid address in the recipient\'s domain (knowledge.broadcom.com/external/article/175710), before the generic "not allowed" of policy refusals.',
    phrases: ['recipient mailbox is not allowed'],
  },
  {
    reason: 'userunknown',
    source: 'Exim\'s default configuration (src/src/configure.default, github.com/Exim/exim), as cPanel, DirectAdmin and filtering appliances such as Baruwa ship it: "550 Restricted characters in address" for a recipient whose local part begins with a dot or holds @ % ! / or | — the address as written cannot be delivered (Baruwa\'s reply list, bastion.umanix.net/info: "check the email address"). Before the generic "restricted" of policy refusals.',
    phrases: ['restricted characters in address'],
  },
  {
    reason: 'speeding',
    source: 'The sender\'s own sending quota, which reads like a full mailbox: Exchange "550 5.2.2 Submission quota exceeded" (learn.microsoft.com NDR reference); observed "552 5.2.2 Quota exceeded for sending account <addr>", "sending quota exceeded" of hosting providers\' outgoing relays (the account that sends, not the mailbox that receives).',
    // Bluehost "550 <sender> max messages per session" (bluehost.com help, "What does my email
    // bounce mean?": several messages sent at once, over the email limits; send later), as
    // GoDaddy's IB510 "max number of messages per session" is read.
    phrases: ['submission quota exceeded', 'quota exceeded for sending', 'max messages per session', 'messages per session'],
    // A quota said to be the reader's own: a bounce is written to the sender, so "You have exceeded
    // your Outmail quota" (an outgoing relay at RCPT, support.prolateral.com "What does SMTP 554
    // 5.7.1 mean?") is the sending account's limit; a full mailbox of the recipient is worded as
    // the recipient's ("user is over quota", "the recipient's mailbox is full").
    patterns: [
      { slug: 'exceeded-your-quota', re: /\b(?:you have |you've )?exceeded your (?:[a-z]+ ){0,2}quota\b/, cue: 'exceeded your' },
      // Neo (the Titan family) refusing a submission over the sending account's or its domain's
      // limits, worded after Postfix's "Recipient address rejected:": "550 5.4.6 <addr>: Recipient
      // address rejected: Sender Hourly Quota Exceeded", "… Sender Domain Daily Limit Exceeded",
      // "… Sender Domain Hourly Bounce Limit Exceeded" (support.neo.space, "Understanding Outgoing
      // Email Reject Codes": rate limits of the sender). The sender's hourly or daily quota, never
      // the recipient's mailbox or address.
      { slug: 'sender-hourly-or-daily-limit-exceeded', cue: 'sender', re: /\bsender(?:'s)?(?: domain)? (?:hourly|daily|weekly|monthly|per[- ]hour|per[- ]day) (?:bounce |sending |send )?(?:quota|limit)s? (?:exceeded|reached)\b/ },
    ],
  },
  {
    reason: 'toomanyconn',
    source: 'Exchange "421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel" (learn.microsoft.com NDR reference); Exchange Online "451 4.7.652 The mail server [192.0.2.1] has exceeded the maximum number of connections." (learn.microsoft.com, fix-error-code-451-4-7-500-699-asxxx-in-exchange-online).',
    // Also "450 too frequent connects from 192.0.2.1, please try again later." (SendGrid's SMTP
    // errors table, twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting:
    // the receiving server refuses connections that come too often): the sender's connection rate.
    phrases: ['maximum number of concurrent', 'maximum number of connections', 'too frequent connects', 'too frequent connections'],
  },
  {
    reason: 'blocked',
    source: 'Allowlist-only receivers: Gmail "421 4.7.0 IP not in whitelist for RCPT domain, closing connection." (the recipient domain accepts mail only from listed IPs; support.google.com/a/answer/60752).',
    phrases: ['not in whitelist', 'not in allowlist', 'not in the whitelist', 'not in the allowlist'],
  },
  {
    reason: 'notcompliantrfc',
    source: 'Messages that break RFC 5322: Gmail "550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted.", "Multiple addresses in From: header are not accepted.", "The message contains a unicode character in a disallowed header.", "Encoded-word syntax is not permitted in message header ..." (support.google.com/mail/?p=RfcMessageNonCompliant).',
    phrases: ['valid address in the from: header', 'multiple addresses in from: header', 'multiple addresses in the from: header', 'unicode character in a disallowed header', 'encoded-word syntax is not permitted', 'not rfc 5322 compliant'],
  },
  {
    reason: 'norelaying',
    source: 'Google Workspace SMTP relay: "550 5.7.1 Invalid credentials for relay [192.0.2.1]." (the IP or domain is not registered in the relay settings; support.google.com/a/answer/6140680).',
    phrases: ['credentials for relay'],
  },
  {
    reason: 'policyviolation',
    source: 'Attachment bans worded with "banned" or "blocked": Rackspace "550 5.7.0 [blocked file] - Your message has been rejected because it contains a banned file attachment (G1A)", "... File attachment is not allowed because they can be used to exploit Winzip (G1C)" (docs.rackspace.com/docs/common-email-bounces); the file, not the sender, is refused, so these stand before the words of blocked senders.',
    // Also a relay's ban of file types worded with "blacklisted": iridis mailRelay "MSG-EXT:
    // Blacklisted high risk file extension detected" (portal.iridis.uk, its response codes), and
    // Strato's "Refused by local policy. Message contains a dangerous attachment!" (strato.de FAQ
    // 2304): the file type is refused, not a listed sender.
    // Ghent University's relay names the file it refuses by its kind: "550 5.6.0 *** A suspicious file
    // (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/" (its
    // e-mail FAQ: executables are among the attachment types it does not take), a file type
    // refused, not spam; it stands before the content filters' "suspicious".
    phrases: ['banned file', 'blocked file', 'file attachment is not allowed', 'banned attachment', 'file extension detected', 'high risk file extension', 'contains a dangerous attachment', 'suspicious file', 'executable code'],
    // amavisd-new's refusal of banned content, "554 5.7.0 Reject, id=12345-06 - BANNED:
    // P=p003,…,N=setup.exe" (amavisd.conf: the reply of $final_banned_destiny, the parts it
    // banned after the colon): a part of the message, never the sending server.
    patterns: [{ slug: 'amavis-reject-banned', cue: ' - banned', re: /\bid=[\w.\/-]{1,40} - banned\b/ }],
  },
  {
    reason: 'policyviolation',
    source: 'Data-loss-prevention refusals: the sender\'s own organisation (or its outbound gateway) stops a message for what it carries, card numbers or personal data, by a DLP rule: Microsoft Purview DLP ("Block" action: an NDR with "the message was rejected by organization policy" and the policy\'s own text, such as "contains sensitive information"; learn.microsoft.com, "Data loss prevention policy reference"), Google Workspace DLP for Gmail and its content compliance rules (support.google.com/a/answer/9646351, "Use DLP for Gmail"), gateways\' "DLP policy" rejections. The content is refused, not the sender\'s IP, so these stand before the words of blocks ("Message blocked").',
    phrases: ['data loss prevention', 'dlp policy', 'dlp rule', 'contains sensitive information', 'data protection rule', 'content compliance rule'],
  },
  {
    reason: 'speeding',
    source: 'A mailbox receiving too fast: Rackspace "450 4.2.1 <user@example.com>: Mailbox received too much email in a short period of time (G30)" (smtp.codes/rackspace, Rackspace postmaster); the rate, not a disabled mailbox, whatever 4.2.1 says in the registry.',
    phrases: ['too much email in a short', 'too much mail in a short', 'too many messages in a short'],
  },
  {
    reason: 'blocked',
    source: 'BellSouth (AT&T) "550 <192.0.2.1> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net": the sending IP is on the provider\'s own block list, kept in its directory (worldnet.att.net/general-info/bls_info/block_enduser.html); it stands before the directory faults that "ldap" names.',
    phrases: ['blocked by ldap', 'ou=rblmx'],
  },
  {
    reason: 'securityerror',
    source: 'Submission logins refused: Gmail "534 5.7.14 Please log in via your web browser and then try again.", "534 5.7.9 Application-specific password required.", "535 5.7.8 Username and Password not accepted." (support.google.com/mail/answer/7126229); Microsoft 365 "535 5.7.3 Authentication unsuccessful" (MS-SMTPNTLM 2.2.1.4: the user name or password is incorrect) and "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant" (aka.ms/smtp_auth_disabled); Postfix\'s own "SASL authentication failed; server … said: …" (Sisimai Reason/SecurityError); PHPMailer\'s "SMTP Error: Could not authenticate." (its language file, key "authenticate"). The sending account\'s login: the words after it ("… is disabled for the Tenant", "the user is locked") are about that login, never a disabled or unknown mailbox of the recipient, so this stands before those groups.',
    phrases: ['log in via your web browser', 'log in with your web browser', 'log in through your web browser', 'application-specific password required', 'username and password not accepted', 'authentication unsuccessful', 'sasl authentication failed', 'could not authenticate'],
  },
  {
    reason: 'requireptr',
    source:
      'Sendmail\'s relay check of the connecting host\'s name (cf/m4/proto.m4, FEATURE(require_rdns) and the client_resolve test): "450 4.7.1 … Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1", "550 5.7.1 … Relaying denied. IP name possibly forged [192.0.2.1]" (the PTR name does not resolve back to the IP), "550 5.7.1 … Relaying denied. IP name lookup failed [192.0.2.1]" (no PTR at all): the sending IP\'s reverse DNS failed, not a relay the sender asked for, so this stands before the relaying refusals.',
    phrases: ['ip name possibly forged', 'ip name lookup failed', 'cannot resolve ptr record'],
  },
  {
    reason: 'norelaying',
    source:
      'Relaying refused in the notices\' own languages, the word for relaying first and its refusal a few words later in the same sentence ("Relay verso domini esterni non permesso", "Relay naar externe domeinen niet toegestaan", "Przekazywanie do domen zewnętrznych niedozwolone", "Ретрансляция на внешние домены запрещена"): the plain wording of each language beside the phrases of knowledge/languages.',
    phrases: [],
    patterns: [
      {
        slug: 'relay-then-refused-localized',
        // (lang21: "Le relais n'est pas autorisé", "Il relay non è consentito", "Relayen via deze server is niet toegestaan",
        // "Relä via den här servern är inte tillåtet", "Пересылка (relay) … не разрешена"; "relä" ends in a letter \b does not know.)
        re: /\b(?:(?:relay|relaying|relayen|relais)\b|relä(?![a-zåäö]))[^.;:!?\n]{0,40}?(?:non (?:è )?(?:permesso|consentito|autorizzato)|n['’]est pas autorisé|non autorisé|interdit|refusé|no (?:está )?permitido|no se permite|denegad[oa]|não (?:é )?permitido|negad[oa]|negato|niet toegestaan|geweigerd|niedozwolon|zabronion|inte tillåt|nekas|nekad|nicht erlaubt|nicht gestattet|verweigert|verboten|запрещ|не разрешен)/,
        cue: 'rel',
      },
      { slug: 'forwarding-then-refused-pl', re: /\bprzekazywani[ae]\b[^.;:!?\n]{0,40}?(?:niedozwolon|zabronion)/, cue: 'przekazywani' },
      { slug: 'relaying-then-refused-ru', re: /ретрансляци[яи][^.;:!?\n]{0,40}?запрещен/, cue: 'ретрансляци' },
      // The server refusing it, before the word: "Der Server erlaubt kein Relaying", "n'autorise pas le relais", "staat geen relay toe".
      { slug: 'refuses-relay-localized', cues: ['erlaubt kein', 'autorise pas le', 'no permite el', 'non consente il', 'não permite', 'staat geen', 'tillåter inte', 'nie zezwala na'], re: /(?:erlaubt kein|n['’]autorise pas le|no permite el|non consente il|não permite|staat geen|tillåter inte|nie zezwala na)[^.;:!?\n]{0,12}?(?:relay|relais|przekazywanie)/ },
      // lang21: German "Weiterleitung über diesen Server ist nicht gestattet" (forwarding through this server, the relaying), and the
      // refusal before the word in Portuguese ("Não é permitido o relay através deste servidor").
      { slug: 'forwarding-via-server-then-refused-de', cue: 'weiterleitung über', re: /\bweiterleitung über (?:diesen|unseren|den|unseren) (?:mail)?server\b[^.;:!?\n]{0,30}?(?:nicht (?:erlaubt|gestattet)|verweigert|verboten)/ },
      { slug: 'refused-then-relay-pt', cue: 'não é permitido o', re: /não é permitido o relay\b/ },
      { slug: 'refuses-relay-zh', cues: ['不允许', '不允許', '禁止'], re: /(?:不允许|不允許|禁止)[^。，,\n]{0,10}?(?:中继|中繼|转发|轉發)/ },
    ],
  },
  {
    reason: 'blocked',
    source: 'Mail refused for where the sending server is: Postal Systems\' bounce labels, "geo_blocked" ("550 5.7.1 Mail from your region is not allowed.", bounces.postalsys.com/labels), and the country lists of DNSBLs ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using ee.countries.nerd.dk; Your IP is in ee, rejected based on geographical location", as zmailer and Postfix sites quote it). The sending IP\'s location, not a policy on the message, so this stands before the policy group\'s weak "not allowed".',
    phrases: ['mail from your region', 'mail from your country', 'connections from your region', 'connections from your country', 'geographical location', 'geographic location'],
  },
  {
    reason: 'blocked',
    source: 'The sending IP address refused by the receiving server, in the notices\' own languages (lang21 round: "Ihre IP-Adresse wird von unserem Server abgewiesen", "Votre adresse IP est refusée par notre serveur", "Su dirección IP ha sido rechazada", "Il tuo indirizzo IP è stato rifiutato", "Seu endereço IP foi recusado", "Uw IP-adres wordt … geweigerd", "Twój adres IP został odrzucony", "Din IP-adress nekas", "Ваш IP-адрес отклонён", "お使いのIPアドレスは…拒否されています", "您的IP地址被…拒绝"): the IP address the subject, its refusal a few words later in the same sentence; as English "Client host rejected", a block of the sending machine.',
    phrases: [],
    patterns: [
      {
        slug: 'ip-then-refused-localized',
        cues: ['ip'],
        re: /(?:(?:\bip-adresse|\badresse ip|\bdirección ip|\bindirizzo ip|\bendereço ip|\bip-adres|\badres ip|\bip-adress)\b|ip-адрес)(?:(?!empfänger|destinataire|destinatario|destinatário|ontvanger|odbiorc|mottagar|получател)[^.;:!?\n]){0,40}?(?:abgewiesen|abgelehnt|refusée|rejetée|rechazada|rifiutato|recusado|rejeitado|geweigerd|odrzucony|nekas|nekad|отклон[её]н)/,
      },
      { slug: 'ip-then-refused-cjk', cues: ['ip'], re: /ip(?:アドレス|地址)[^。，,\n]{0,20}?(?:拒否され|拒绝|拒絕)/ },
    ],
  },
  {
    reason: 'blocked',
    source: 'The sending IP named as a spammer inside a relay refusal: "553 5.7.1 <host[192.0.2.1]>: Client host rejected: Relaying denied - Your IP identified as spammer. Please contact …" (ZoneMTA\'s bounce rules, zone-eu/zone-mta config/bounces.txt, a blocked sender IP). The relay words only name the check; the cause is the IP\'s standing, so this stands before the relay group.',
    phrases: [],
    patterns: [{ slug: 'ip-identified-as-spammer', cue: 'identified as', re: /\bip(?: address)?(?: has been| was| is)? identified as (?:a )?spammer\b/ }],
  },
  {
    reason: 'norelaying',
    source: 'Postfix smtpd "Relay access denied", Sendmail "Relaying denied", Exchange "Unable to relay", Exim "relay not permitted".',
    phrases: [
      // Coremail "553 Requested action not taken: Local user only" (its list of return replies,
      // icoremail.vip support, cate_id=84): the server takes mail only for, or from, its own users.
      'local user only',
      // hMailServer "550 Delivery is not allowed to this address." (its SMTP connection when the
      // relay rules do not let this sender deliver there; hmailserver/hmailserver, SMTPConnection).
      'delivery is not allowed to this address',
      // BT Email "550 Recipient Not Authorised [recipient rejected due to no authorised destination
      // groups]" (bt.com help, error 550: the sending address set in the mail program is not one of
      // the account's, so BT's server will not carry the message on; "recipient rejected" there is
      // the relay's refusal, not a missing mailbox).
      'no authorised destination',
      'no authorized destination',
      'not configured to relay',
      'insecure mail relay',
      'relay access denied',
      'relaying denied',
      // Kerio Connect passes back "550 5.7.1 Relaying is denied" (its Outbound Email Delivery
      // Troubleshooting article); the same sentence with "is" in other servers' words.
      'relaying is denied',
      'relaying is not allowed',
      'relaying is not permitted',
      // Sina Mail's list of its SMTP replies: "553 host denies relay." (拒绝中继, relay refused).
      'denies relay',
      'relaying not permitted',
      'relaying not allowed',
      'relay not permitted',
      'relay denied',
      // Korean admins' lists of return-mail replies: "554 Relay operation rejected" (메일발송권한이 없거나
      // 상대방 메일서버 설정 문제: no right to send through that server; puffinknight.tistory.com/102).
      'relay operation rejected',
      // Libero's list of its delivery errors: "RELAYING NOT ALLOWED (550 Relay Disabled)"
      // (aiuto.libero.it, "Messaggi di errore più frequenti dopo invio email").
      'relay disabled',
      'relaying disabled',
      'not permitted to relay',
      'not allowed to relay',
      'unable to relay',
      'we do not relay',
      'no relaying',
      'relaying mail to',
      'is not a gateway',
      'relay prohibited',
      'relaying prohibited',
      'you are trying to use me',
      // qmail-smtpd: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)".
      'list of allowed rcpthosts',
      // MailEnable: "This mail server requires authentication when attempting to send to a
      // non-local e-mail address".
      'requires authentication when attempting to send to a non-local',
      'not an open relay',
      // Sendmail "550 Not local host example.org, not a gateway", "We do not accept mail as a
      // relay", "We don't handle mail for example.org" (Sisimai Reason/NoRelaying).
      'not a gateway',
      'not local host',
      'as a relay',
      "don't handle mail for",
      'do not handle mail for',
      // Mimecast "451 Open relay not allowed" (both domains outside the service), not a block of
      // an open relay (community.mimecast.com, Mimecast SMTP error codes).
      'open relay not allowed',
      'open relay is not allowed',
      // "500 Unauthorized relay msg rejected" (MailWizz's bounce rules, twisted1919/bounce-handler
      // BounceHandler/rules.php, filed under its relay rule): a relay the server does not allow,
      // before the securityerror group's bare "unauthorized".
      'unauthorized relay',
    ],
    patterns: [
      // Exim 3's own refusal "553 relaying to <user@example.org> prohibited by administrator"
      // (its smtp_in.c, logged as "refused relay"; quoted by MailWizz's and PHPMailer-BMH's rules
      // as "550 relaying to <…> prohibited by administrator"), and the same sentence with
      // "denied" or "not permitted": the address between the words, so no phrase above holds it,
      // and the policy group's bare "prohibited" would read it as a policy refusal.
      { slug: 'relaying-to-address-refused', cue: 'relaying to ', re: /\brelaying to <?[^\s<>]{1,254}>? (?:is )?(?:prohibited|denied|refused|not (?:permitted|allowed))\b/ },
    ],
  },
  {
    reason: 'contenterror',
    source: 'Header refusals that name a broken header outright (e.g. a duplicated DKIM-Signature), before the words about what that header is for.',
    // Header size and structure refusals: "552 Header size exceeds maximum permitted", "Message
    // header size, or recipient list, exceeds policy limit", "Message MIME complexity exceeds the
    // policy maximum", "This message contain improperly-formatted binary content" (Sisimai
    // Reason/ContentError): the header or the encoding, not the message's size.
    // Also Exchange's "550 5.3.0 Too many related errors": the message was found malformed and put
    // in the poison message queue (Exchange Server NDR reference, learn.microsoft.com).
    // A relay that requires a Subject: ZeptoMail "5.2.1 Subject is Mandatory." (zoho.com/zeptomail/help/api/
    // smtp-error-codes.html, "Subject field missing"): the message's header, never the mailbox its
    // 5.2.1 code would name.
    phrases: ['duplicate header', 'header size exceeds', 'message header size', 'mime complexity', 'improperly-formatted', { text: 'improperly formatted', slug: 'improperly-formatted-spaced' }, 'too many related errors', 'subject is mandatory', 'subject is required', 'subject field is required'],
  },
  {
    reason: 'authfailure',
    source: 'RFC 7372 (X.7.20-X.7.26); Gmail, Yahoo and Microsoft bulk-sender authentication errors (SPF, DKIM, DMARC).',
    phrases: [
      'does not have authentication information',
      'fails to pass authentication',
      // "550 5.7.0 [SPF] 192.0.2.1 is not allowed to send mail from example.com" (Interia,
      // pomoc.poczta.interia.pl; C4 "[SPF] 1.2.3.4 is not allowed to send mail from ...",
      // faq.c4.cz): the check's tag, and its words, before the policy group's "not allowed".
      { text: '[spf]', slug: 'spf-tag' },
      'is not allowed to send mail from',
      // Exchange's Sender ID agent: "550 5.7.1 Sender ID (PRA) Not Permitted" (the purported
      // responsible address failed the Sender ID check, RFC 4406; learn.microsoft.com, "Sender ID").
      'sender id (pra)',
      'dmarc',
      'spf check',
      // Forpsi (konto.pl) "550 5.1.0 <id> blocked by SPF" (its inbound filter's list of replies):
      // the check named after the refusal.
      'blocked by spf',
      // Cleanmail (Switzerland) "Forged sender domain from this server" (its note on Bluewin's SPF:
      // the mail did not come from the servers the sender's domain names).
      'forged sender domain',
      // MailChannels "550 5.7.1 [BFD] Sender prohibited by SPF" (docs.mailchannels.com, Email API
      // sending policies), before the policy group's "prohibited".
      'prohibited by spf',
      'spf validation',
      'spf fail',
      'spf policy',
      'spf record',
      'fails to pass spf',
      // "Sender domain does not pass SPF", "did not pass SPF": the check named after the words.
      'not pass spf',
      'failed spf',
      'sender policy framework',
      'dkim',
      'not authenticated with spf',
      'authenticate with spf',
      'authentication checks did not pass',
      'unauthenticated email',
      'sender is unauthenticated',
      'domain authentication',
      'sender authentication',
      'hard fail policy',
      'is not designated',
      'not designated by',
      // policyd-spf / Mail::SPF: "Rejected by SPF: 192.0.2.1 is not a designated mailserver for …"
      'rejected by spf',
      'not a designated mailserver',
      'not a designated mail server',
      'not permitted by domain',
      'not allowed to send mail for',
      // "Please see http://spf.pobox.com/why.html", "Please inspect your SPF settings", "Bad SPF
      // records for example.com" (Sisimai Reason/AuthFailure): SPF named as the thing to fix.
      // Gmail 4.7.27 "Your email has been rate limited because SPF authentication didn't pass for
      // this message. Gmail requires all bulk email senders to authenticate their email with SPF"
      // (support.google.com/mail/answer/81126): not a bulk-mail verdict.
      "spf authentication didn't pass",
      'spf authentication did not pass',
      'authenticate their email with spf',
      'spf.pobox.com',
      'spf settings',
      'bad spf record',
      // GoDaddy's (secureserver.net) inbound servers: "550 5.7.1 SPF unauthorized mail is
      // prohibited." (observed wording; Google's old Postini relay quoted it as "(state 15)").
      'spf unauthorized',
    ],
    patterns: [
      { slug: 'spf-then-fail', re: /\bspf\b.{0,300}\b(?:fail|reject|not pass|did not)/, cue: 'spf' },
      // The check named, then its failure in the notice's own language: "SPF-verificatie mislukt",
      // "Autenticazione SPF non riuscita", "DMARC 验证未通过", "проверка DKIM не пройдена".
      {
        slug: 'check-then-failed-localized', cues: ['fehlgeschlagen', 'nicht bestanden', 'échec', 'échoué', 'non riuscit', 'fallit', 'falló', 'fallid', 'falh', 'mislukt', 'niet geslaagd', 'nie powiodł', 'niepowodzen', 'misslyck', '失敗', '失败', '未通过', '未通過', 'не пройден', 'не прошл'],
        re: /\b(?:spf|dkim|dmarc)\b[^.;\n]{0,60}?(?:fehlgeschlagen|nicht bestanden|échec|échoué|non riuscit|fallit|falló|fallid|falh|mislukt|niet geslaagd|nie powiodł|niepowodzen|misslyck|失敗|失败|未通过|未通過|не пройден|не прошл)/,
      },
    ],
  },
  {
    reason: 'requireptr',
    source: 'Reverse DNS checks: Postfix reject_unknown_client_hostname, Gmail 4.7.23/5.7.25, Comcast and others requiring a PTR; sending-IP verification ("service permits N unverifiable sending IPs").',
    phrases: [
      'mismatches client ip',
      // "Cannot resolve your address 192.0.2.1" (Sisimai Reason/Blocked): the sending IP has no name.
      'cannot resolve your address',
      // AT&T's list of its refusals: "421-failure in DNS look-up." (the sending IP's reverse DNS
      // lookup failed) and "550 Error. Blocked for status: <unknown sender>" (the sending system has
      // no identifying DNS records) (worldnet.att.net/general-info/bls_info/block_enduser.html,
      // .../mail_info/block_enduser.html): the sending host, not the sender's address.
      'failure in dns look-up',
      'blocked for status',
      'reverse dns',
      'reverse lookup',
      { text: 'reverse-dns', slug: 'reverse-dns-hyphenated' },
      'ptr record',
      'ptr resource record',
      'no ptr',
      'dns ptr',
      'rdns',
      'cannot find your hostname',
      'cannot find your reverse hostname',
      'client host rejected: cannot find',
      'no reverse',
      'reverse name',
      'invalid reverse',
      'does not have a ptr',
      'not have a valid reverse',
      'hostname does not resolve',
      'unresolvable client',
      'unknown client',
      // "service permits 2 unverifiable sending IPs - example.com is not 192.0.2.1": the
      // sending IP could not be tied to the sender's name.
      'unverifiable sending ip',
      'unverifyable sending ip',
      // Gmail "... or the corresponding forward DNS entry does not point to the sending IP";
      // "450 Unresolvable relay host name" (Sisimai Reason/RequirePTR).
      'forward dns',
      // Gmail 5.7.25 "... the hostname specified in the pointer (PTR) record".
      { text: '(ptr) record', slug: 'ptr-record-parenthesised' },
      'unresolvable relay host',
    ],
    patterns: [
      // "451 DNS lookup failure: 192.0.2.1 try again later" (Sisimai Reason/RequirePTR): a lookup of
      // the connecting IP itself, its reverse name; a domain there is a forward lookup (networkerror).
      { slug: 'dns-lookup-failure-for-ip', cue: 'dns lookup failure', re: /dns lookup failure:? (?:for )?\[?(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\]?(?![\w.:-])/ },
      // The host name of "your (mail) server" not found, in Japanese and Chinese, the server's IP
      // or name standing between (Postfix reject_unknown_client_hostname "cannot find your
      // hostname, [ip]" in words, lang23): "お使いのメールサーバー [192.0.2.1] のホスト名が見つかりません",
      // "找不到您的邮件服务器 [192.0.2.1] 的主机名": the sender's host, never the recipient unknown.
      { slug: 'your-server-host-name-not-found-ja', cue: 'お使いの', re: /お使いの(?:メール)?サーバー[^。\n]{0,60}?のホスト名が(?:見つかりません|見つかりませんでした|不明)/ },
      { slug: 'your-server-host-name-not-found-zh', cue: '您的', re: /(?:找不到|无法找到)您的(?:邮件)?服务器[^。\n]{0,60}?的主机名|您的(?:邮件)?服务器[^。\n]{0,60}?的主机名(?:无法找到|找不到|不存在)/ },
    ],
  },
  {
    reason: 'badreputation',
    source: 'Reputation refusals: Gmail "very low reputation", Cisco/IronPort "poor reputation", Microsoft 4.7.650.',
    phrases: [
      'poor reputation',
      'bad reputation',
      'low reputation',
      'reputation of the sending',
      'ip reputation',
      'sender reputation',
      'reputation score',
      'senderscore',
      'sender score',
      'temporarily rate limited due to ip reputation',
      // "554 IP/domain reputation problems" (Sisimai Reason/BadReputation).
      'domain reputation',
      // Interia (Poland): "IP address (192.0.2.1) of the server handling your email has been labeled
      // as a source of spam" — its users move most mail from the IP to their spam folder
      // (pomoc.poczta.interia.pl/antispam,ip,ip_serwera): the IP's standing, not this message's content.
      'labeled as a source of spam',
      'labelled as a source of spam',
      // "550 5.7.1 Too many spam complaints" (Sisimai Reason/Rejected lists it for the sender): the
      // receiver's users reported the sender's mail, its standing, as Yahoo's "[TSS04] ... deferred
      // due to ... user complaints" says; not a verdict on this message's content.
      'too many spam complaints',
    ],
  },
  {
    reason: 'speeding',
    source: 'Rate limits worded with the sender\'s IP or host, which would otherwise read as a block of that IP: "421 Mail sent from your IP address has been temporarily rate limited", Postfix policy daemons "451 4.7.1 Client host rejected: Please try again slower" (Sisimai Reason/Speeding), Apple iCloud "421 4.7.1 Messages to <addr> deferred due to excessive volume" (support.apple.com/en-us/102322). After the authentication, reverse DNS and reputation groups: Gmail adds the same rate-limit sentence to replies whose first sentence names the cause (4.7.0 low reputation, 4.7.24 SPF, 4.7.0 PTR).',
    // The Postfix wording in full, because "Please ..." alone reads as advice.
    // Postfix smtpd(8)'s own client rate limits (smtpd_client_message_rate_limit, anvil(8)):
    // "421 4.7.0 mx.example.org Error: too much mail from 192.0.2.1" (smtpd.c), also as a policy
    // server's "450 4.7.1 <…>: Recipient address rejected: Error: too much mail from …": the
    // sending client's rate, not a full mailbox ("too much mail" alone, docomo's, is one). Its
    // recipient rate, "450 4.7.1 Error: too many recipients from 192.0.2.1"
    // (smtpd_client_recipient_rate_limit), is a rate too, not too many recipients in one message,
    // and its "421 4.4.2 Message submission rate for this client has exceeded the configured
    // limit" (smtpd_client_message_rate_limit, as Mailprotector lists it) as well.
    phrases: ['address has been temporarily rate limited', 'client host rejected: please try again slower', 'try again slower', 'due to excessive volume', 'too much mail from', 'too many recipients from', 'message submission rate for this client', 'submission rate for this client'],
  },
  {
    reason: 'spamdetected',
    source: 'URL blocklists (URIBL, SURBL, Spamhaus DBL in content checks): a link in the message is listed, so the content is judged spam.',
    // SpamExperts (N-able Mail Assure): "550 A URL in this email (example.com) is listed on
    // https://spamrl.com/. Please resolve and retry" (observed wording), a link on a URL block list.
    // Also "554 5.7.1 Message rejected: the message contains a URL listed on a URI blocklist".
    phrases: ['blacklisted url', 'blocklisted url', 'url in message', 'uribl', 'surbl', 'spam url', 'a url in this email', 'uri blocklist', 'uri blacklist'],
  },
  {
    reason: 'rejected',
    source: 'Refusals that name the envelope sender or its From domain outright, before words about lists and blocks (GoDaddy "From: Domain is invalid. Please provide a valid From:", cPanel "sending to/from an address that has been blacklisted").',
    // The newer word for the same list: Forpsi "550 5.1.1 <sender> sender is blocklisted" (its help
    // on incoming mail, support.forpsi.com kb a3302: the recipient put the sender on a blocklist).
    phrases: ['provide a valid from', 'from: domain is invalid', 'to/from an address', 'sender address is blacklisted', 'sender is blacklisted', 'sender address is blocklisted', 'sender is blocklisted'],
    patterns: [
      // The sender's address, then its listing: smtpf (Barricade MX) "550 5.7.1 sender
      // <s@example.com> black listed #127" (an access-map entry for the sender or its domain,
      // milter.info/smtp/smtpf/reply.html), "sender <s@example.com> is blacklisted".
      // The sender on a list of the receiving domain: "551 Sender is on domain's blacklist"
      // (knowledge.broadcom.com article 169925, replies Email Security.cloud passes back).
      { slug: 'sender-is-on-blacklist', cue: 'sender is on', re: /\bsender is on (?:the |this |our |a |[a-z0-9.-]+'s )?(?:domain'?s? |recipient'?s? |user'?s? )?(?:black ?list|block ?list|deny ?list)\b/ },
      { slug: 'sender-address-black-listed', cue: 'sender <', re: /\bsender <[^<>\s]{1,254}> (?:is |was |has been )?(?:black ?listed|block ?listed)\b/ },
      // smtpf (Barricade MX) "550 5.7.1 sender <s@example.com> from unknown TLD #129", "... from
      // RFC2606 reserved domain #128" (snertsoft.com/smtp/smtpf/reply.html): the sender's domain
      // cannot be real.
      { slug: 'sender-address-from-unknown-or-reserved-domain', cue: 'sender <', re: /\bsender <[^<>\s]{1,254}> from (?:unknown tld|rfc ?2606 reserved domain)\b/ },
      // Baruwa "550 The domain example.com is banned" (the sender's domain on the banned senders
      // list; bastion.umanix.net/info, beside "The sender 192.0.2.1 is banned" for an IP).
      { slug: 'the-domain-is-banned', cue: 'the domain ', re: /\bthe domain [a-z0-9.-]{1,253} is banned\b/ },
    ],
  },
  {
    reason: 'rejected',
    source:
      'The sender\'s own domain refused because it has no mail host or does not resolve, worded with the words of a destination that takes no mail ("null MX", "no MX", "does not resolve"): RFC 7505 §4.2 "550 5.7.27 Sender address has null MX"; qmail "553 sorry, your envelope sender domain must exist (#5.7.1)"; observed "501 5.1.8 Sender domain must resolve", "550 Your domain example.com has no MX record", "550 5.7.1 Your sending domain does not resolve", "550 Return-path domain has no MX record", "550 5.1.8 Cannot resolve your domain". They stand before the null-MX and unknown-domain groups, whose words they hold: the domain is the sender\'s, the recipient\'s may be fine.',
    // Also Mimecast "550 Sender has no A, AAAA, or MX DNS records." (the envelope sender's domain
    // cannot take replies; community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754).
    // GMX / WEB.DE / IONOS (United Internet's Nemesis servers) "550 invalid DNS MX or A/AAAA
    // resource record", under a first line "Requested action not taken: mailbox unavailable": the
    // sender's domain, not the mailbox (postmaster.gmx.com/en/error-messages; IONOS's help on
    // undeliverable mail).
    phrases: ['sender address has null mx', 'sender domain has null mx', 'sender has null mx', 'sender has no a, aaaa, or mx', 'sender has no mx', 'invalid dns mx or a/aaaa resource record'],
    patterns: [
      // Postfix's null-MX refusal of the sender (reject_unknown_sender_domain on a domain whose MX
      // is "."): "550 5.7.27 <s@example.org>: Sender address rejected: Domain example.org does not
      // accept mail (nullMX)" (Titan's list of its inbound refusals; postfix.org postconf.5,
      // nullmx_reject_code): the words of a destination that takes no mail, said of the sender.
      { slug: 'sender-address-rejected-domain-takes-no-mail', cue: 'sender address rejected: domain', re: /sender address rejected: domain \S+ does not accept mail/ },
      {
        // "your domain …", "sender's domain …", "sending domain …", "return-path domain …", "envelope-from domain …", "MAIL FROM domain …", within one clause.
        slug: 'sender-domain-no-mail-host',
        re: /\b(?:your|sender'?s?|sending|return[- ]path|reverse[- ]path|envelope[- ]from|envelope|mail[- ]from)(?: e-?mail| mail)? domain\b(?:[^.;!?\n]|\.(?=\S)){0,80}?\b(?:has no (?:mx|dns|a record|mail|valid)|no mx|null mx|does ?n[o']t resolve|must resolve|not resolv|cannot be resolved|could not be resolved|does ?n[o']t exist|must exist|not found|is unknown)/,
        cue: 'domain',
      },
      {
        slug: 'cannot-resolve-sender-domain',
        re: /\b(?:cannot|can't|could not|couldn't|unable to) (?:resolve|find|verify) (?:your|the sender'?s?|the sending|the envelope)(?: e-?mail| mail)? domain\b/,
        cue: 'domain',
      },
    ],
  },
  {
    reason: 'rejected',
    source:
      'The envelope sender refused by name, list or check (Sisimai Reason/Rejected): "Access denied (sender blacklisted)", "Sender address has been blacklisted", MessageLabs "Your email address has been blacklisted", "Sender is in my black list", "Sender email address rejected", Amazon SES "Message rejected: Email address is not verified" (the sending identity), BATV and backscatter checks of a bounce\'s return path ("BATV failed to verify", MDaemon "Backscatter protection detected an invalid or expired email address"), refusals of empty senders ("Bogus mail from", McAfee "Denied [BOUNCEDENY]", "Error: no third-party DSNs", "Returned mail not accepted here"), Exchange "SenderFilterConfig", "is not a registered gateway user", "Mail from not owned by user", McAfee "Fully qualified email address required". These stand before the words of lists, blocks and expiry they also hold.',
    phrases: [
      // Sina Mail "554 Black mail address." (黑邮件地址, the sender's address is on its block list;
      // blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html).
      'black mail address',
      // Google Workspace SMTP relay "550 5.7.0 Mail Sending denied. This error occurs if the sender
      // account is disabled or not registered within your Google Workspace domain"
      // (support.google.com/a/answer/6140680): the sender's account, not the recipient's.
      'mail sending denied',
      // SparkPost's relay "550 5.7.1 Unconfigured Sending Domain <example.com>": the From domain
      // is not set up as a sending domain of the account (developers.sparkpost.com/api/sending-domains/).
      'unconfigured sending domain',
      'sender blacklisted',
      'sender address has been blacklisted',
      'your email address has been blacklisted',
      'sender is in my black list',
      'sender is spammer',
      'sender email address',
      'sender e-mail address',
      'email address is not verified',
      // The sending service refuses its own customer's mail: Amazon SES "554 Transaction failed:
      // Sending paused for this account" (docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html),
      // SendGrid "550 5.7.1 The from address does not match a verified Sender Identity"
      // (www.twilio.com/docs/sendgrid/ui/sending-email/sender-verification), Mailgun's sandbox
      // "Free accounts are for test purposes only. Please upgrade or add the address to authorized
      // recipients" (help.mailgun.com, "Authorized Recipients"): the sender's account, no bad address.
      'sending paused for this account',
      // Amazon SES "554 Configuration set does not exist: Configuration set <name> does not
      // exist." when a send names a configuration set the account lacks (SES SMTP response
      // codes, docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html): the sender's set-up.
      'configuration set does not exist',
      // The same as the SES API and its SDKs word it: "An error occurred
      // (ConfigurationSetDoesNotExist) when calling the SendEmail operation: Configuration set
      // <name> does not exist." (docs.aws.amazon.com/ses/latest/APIReference/API_SendEmail.html#API_SendEmail_Errors).
      'configurationsetdoesnotexist',
      'does not match a verified sender identity',
      'free accounts are for test purposes only',
      // Its sandbox domain likewise: "421 Domain example.com is not allowed to send: Sandbox
      // subdomains are for test purposes only." (help.mailgun.com, Authorized Recipients).
      'sandbox subdomains are for test purposes only',
      'batv',
      'backscatter protection',
      'bogus mail from',
      'bouncedeny',
      'third-party dsn',
      'returned mail not accepted',
      'senderfilterconfig',
      'not a registered gateway user',
      'not owned by user',
      // Fastmail "551 5.7.1 Not authorised to send from this header address" (a From address
      // the account may not use; fastmail.help "Why messages bounce back").
      'send from this header address',
      // Sender checks named by their tags ("BadSenderMX": the sender domain's MX is bad;
      // "SenderNoA": it has no address record) and a sending account barred from sending
      // ("... has an outgoing mail suspension"), as Sisimai's Reason/Rejected lists them.
      'badsendermx',
      'sendernoa',
      'outgoing mail suspension',
      // ZeptoMail "553 Relaying disallowed as <s@example.com>": the From address's domain is not
      // one the account may send from (zoho.com/zeptomail/help/api/smtp-error-codes.html).
      'relaying disallowed as',
      // Interia "550 5.7.1 Recipient doesn't want your mail": the recipient blocked the sender
      // (pomoc.poczta.interia.pl "Dlaczego wiadomość nie została dostarczona?").
      "doesn't want your mail",
      'does not want your mail',
      // Emailit "550 Sending from this domain is paused" (emailit.com/docs/kb/smtp-530-from-domain-not-verified:
      // the relay refuses mail whose From domain it has stopped sending for); the sending domain
      // is refused, not the recipient.
      'sending from this domain is paused',
      'sending from this domain has been paused',
      // Bluehost tags the same refusal "GL/BL": "550 <addr> recipient rejected GL/BL" (bluehost.com
      // help, "What does my email bounce mean?": the recipient has blacklisted the sender, a
      // permanent failure; reach the recipient another way). The address exists.
      'recipient rejected gl/bl',
      'valid-address-filter',
      'fully qualified email address required',
      // Mimecast Blocked Senders policies: "Envelope rejected - Block policy for envelope from
      // address", "Rejected by header-based Blocked Senders - Block policy for Header From".
      // Exchange "550 5.1.8 Access denied, bad outbound sender" (the sending account, blocked for
      // sending spam; learn.microsoft.com NDR reference).
      'bad outbound sender',
      'block policy for envelope from',
      'block policy for header from',
      'header-based blocked senders',
    ],
  },
  {
    reason: 'suppressed',
    source: 'A sending service\'s own suppression list: Amazon SES "... did not send the message to this address because it is on the suppression list for your account" (docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html); the address bounced or complained before, nothing was sent now.',
    // Also the services' own words for it, as their logs and APIs give them: Mailgun "Not
    // delivering to previously bounced address" / "... to a user who marked your messages as
    // spam" / "... to an address that has unsubscribed" (its suppress-bounce, -complaint and
    // -unsubscribe events, documentation.mailgun.com), Amazon SES "550 5.1.1 ... Amazon SES has
    // suppressed sending to this address because it has a recent history of bouncing as an
    // invalid address", Postmark "You tried to send to a recipient that has been marked as
    // inactive" (API error 406, postmarkapp.com/developer/api/overview#error-codes; several at
    // once: "recipient(s) that have been marked as inactive. Found inactive addresses: …"),
    // SparkPost "554 5.7.1 recipient address was suppressed due to customer policy" (its bounce
    // class 10 for an address on the account's suppression list,
    // support.sparkpost.com/docs/deliverability/bounce-classification-codes).
    // MailChannels "550 5.7.1 [UNS] Recipient has unsubscribed from your list." (its Email API's
    // sending policies): the service sends no more to an address that asked to stop.
    phrases: ['suppression list', 'suppressed address', 'not delivering to previously bounced', 'not delivering to a user who marked', 'not delivering to an address that has unsubscribed', 'recipient has unsubscribed', 'has suppressed sending to this address', 'recipient that has been marked as inactive', 'that have been marked as inactive', 'found inactive addresses', 'inactive recipients are ones', 'address was suppressed', 'address suppressed due to'],
  },
  {
    reason: 'filtered',
    source: 'Per-recipient filters that refuse a message the address itself would take (recipient block lists, preference filters).',
    phrases: [
      'message filtered',
      'recipient preferences',
      // Facebook: "Based on the email preferences of the person you're trying to email, this
      // message could not be delivered."
      'email preferences of the person',
      // "550 5.7.1 RDENY 192.0.2.1: The receiver denied your mail. Please contact the receiver with
      // another way." (observed wording): the recipient's own refusal of this sender.
      'the receiver denied your mail',
      // "553 User refused to receive this mail." (MailWizz's bounce rules, twisted1919/bounce-handler
      // BounceHandler/rules.php, its "refused" rule): the recipient's own refusal, the address is fine.
      'user refused to receive',
      'recipient refused to receive',
      // "Your message was rejected by this user and was not delivered."
      'rejected by this user',
      'blocked by recipient',
      'recipient has blocked',
      'has been filtered',
      // AOL: "the recipient is only accepting mail from specific email addresses"; other
      // personal filters ("user refuses to receive this mail", "message rejected due to user
      // rules", "you have been blocked by the recipient").
      'only accepting mail from specific',
      // AOL's sender block: "Your mail to the following recipients could not be delivered
      // because they are not accepting mail from <sender>:" (Mail::DeliveryStatus::BounceParser,
      // t/corpus aol-senderblock, the same sentence with "with attachments"): the recipients'
      // own mail controls refuse this sender; their addresses are good.
      'they are not accepting mail from',
      // Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized: "The group <addr> only
      // accepts messages from people in its organization or on its allowed senders list, and
      // your email address isn't on the list" (learn.microsoft.com, Exchange Online NDRs): the
      // group's allow list refuses the sender; the group's address is good.
      'only accepts messages from people',
      'on its allowed senders list',
      // "... because the sender isn't on the recipient's list of senders to accept mail from"
      // (Sisimai Reason/Rejected): the recipient's own allow list, as AOL's wording above.
      "on the recipient's list of senders",
      'refuses to receive this mail',
      'refuse to receive mail',
      'rejected due to user rules',
      // "550 You are registered as spammer (by user's reject list)" (Korean portals): the
      // recipient's own list of refused senders.
      "user's reject list",
      'blocked by the recipient',
      // "This account is protected by ...", carriers "550 5.1.2 User reject", AT&T "has
      // restricted SMS e-mail", "Recipient refuses to accept your mail", "Sender not pre-approved"
      // (the recipient's allow list) (Sisimai Reason/Filtered). The words decide over the code:
      // "User reject" comes with 5.1.2, which would read as a domain that does not exist.
      'this account is protected by',
      // Also with the address before it, "550 5.2.1 <addr> account is protected by a sender filter"
      // (Sisimai Reason/Filtered: "account is protected by"): the filter, not a disabled mailbox as
      // 5.2.1 alone would read.
      { text: 'account is protected by', slug: 'account-is-protected-by-any' },
      'user reject',
      'restricted sms',
      'refuses to accept your mail',
      'not pre-approved',
    ],
    // "Rejected by recipient", "refused by recipient", "rejected by the recipient": the person's
    // own filter; not where "recipient" only names the receiving side's machine, "Rejected by
    // recipient server" / "the recipient's mail server" / "recipient domain" (the words of
    // console and help-desk rows, e.g. Proofpoint Essentials' message log "Reason: Rejected by
    // recipient server" (help.proofpoint.com, Message logs), and of mail clients): those say
    // only that the far end refused, not why.
    patterns: [
      { slug: 'refused-by-recipient', cue: 'refused by recipient', re: /\brefused by recipient(?!'?s? (?:mail )?(?:server|system|domain|host|mta|smtp|side|provider|isp|gateway)\b)/ },
      { slug: 'rejected-by-recipient', cue: 'rejected by recipient', re: /\brejected by recipient(?!'?s? (?:mail )?(?:server|system|domain|host|mta|smtp|side|provider|isp|gateway)\b)/ },
      { slug: 'rejected-by-the-recipient', cue: 'rejected by the recipient', re: /\brejected by the recipient(?!'?s? (?:e-?mail |mail )?(?:server|system|domain|host|mta|smtp|side|provider|isp|gateway)\b)/ },
    ],
  },
  {
    reason: 'suspend',
    source:
      'A recipient mailbox closed for lack of use, in words that also say "blocked": Free / Alice (France) "550 5.2.1 This mailbox has been blocked due to inactivity (UserSearch)" (observed wording; 5.2.1 is "mailbox disabled", RFC 3463), "550 Mailbox … is locked due to inactivity for more than 12 months", and a refusal that names only the state, "540 5.7.1 <…>: recipient address rejected: Inactive" (observed wordings). The mailbox is what is blocked, not the sending server, so this stands before the block groups, whose "has been blocked" it holds.',
    phrases: ['blocked due to inactivity', 'locked due to inactivity', 'address rejected: inactive'],
    // "This mailbox has been blocked", "The recipient's mailbox has been blocked"; not "Your mailbox
    // has been blocked", the sender's own account.
    patterns: [{ slug: 'mailbox-has-been-blocked', re: /(?<!your )\bmailbox has been blocked\b/, cue: 'mailbox has been blocked' }],
  },
  {
    reason: 'blocked',
    source:
      'Greylisting, a deliberate first refusal of an unknown sender that the sending server gets past by retrying: Postgrey "Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html", milter-greylist "Greylisting in action, please come back later", Zoho "Greylisted, try again after some time". It is temporary by its code (4xx), so the words say deferred, not blocked for good.',
    // Bluehost tags its greylisting deferral "GL/GL": "452 <addr> requested action aborted: try again
    // later - GL/GL" (bluehost.com help, "What does my email bounce mean?": the account uses
    // greylisting; it is accepted when the delivery is retried).
    phrases: ['greylist', 'graylist', 'grey-list', 'gray-list', 'grey listed', 'gray listed', 'again later - gl/gl'],
  },
  {
    reason: 'blocked',
    source: 'DNS blocklist refusals (Postfix "blocked using", Exim "is in a black list at", Spamhaus, SpamCop, Barracuda, UCEPROTECT) and connection-level IP blocks.',
    phrases: [
      'server of your isp',
      'smtp server of your',
      'your isp\'s',
      'use your provider',
      'not accepting connections',
      'is an open relay',
      'invalid ip',
      // Sina Mail's list of its SMTP replies: "550 black ip." (发信IP被禁止, the sending IP is banned).
      'black ip',
      // The same list: "555 helohost error." (the HELO host check failed), "554 openrelay check."
      // (the sending server is refused as an open relay).
      'helohost error',
      'openrelay check',
      // Free (France): "421 Too many spams from your IP (192.0.2.1), please visit
      // http://postmaster.free.fr/" (Sisimai Reason/Blocked): the sending IP is held back for its spam.
      'too many spams',
      // Proximus (Belgium): "554 Access denied - Under investigation for spam abuse. Contact your
      // email provider for more info" (its help: the sending IP is on its blacklist, proximus.be
      // "Your IP address is in our blacklist"): the sender under investigation, not this message's spam.
      'under investigation for spam',
      // Free's other hold on a sending IP, "421 Too many errors from your IP (192.0.2.1), please
      // visit http://postmaster.free.fr/": the IP is blocked for up to 24 hours for the spam or
      // errors it sent (postmaster.free.fr, "Comment débloquer mon IP ?"), not a connection limit.
      'too many errors from your ip',
      // Baruwa gateways: "550 Dictionary attack detected" (the sending host probed many addresses to
      // harvest them; umanix bastion's list of Baruwa replies): the host is refused, not this address.
      'dictionary attack',
      'my name was rejected',
      'blocked using',
      'black list',
      'blacklist',
      'blocklist',
      'block list',
      'listed at',
      'spamhaus',
      'spamcop',
      'sorbs',
      'barracuda',
      'uceprotect',
      'dnsbl',
      'rbl',
      'cbl.abuseat',
      'client host rejected',
      'client host blocked',
      // Korean portals' filters (Naver, Hanafos): "421 4.3.2 Your IP(192.0.2.1) is filtered and this
      // connection will be closed. You must register your IP to http://realip.naver.com" (admins'
      // lists of their replies): the sending IP held back until it is registered.
      'you must register your ip',
      'is filtered and this connection will be closed',
      'your ip',
      'your host',
      'ip address is',
      'ip address has been',
      'ip blocked',
      'ip is blocked',
      'host blocked',
      'has been blocked',
      'connection refused by',
      'refused to talk to me',
      'not allowed to connect',
      'dynamic ip',
      'dynamic address',
      'dialup',
      'dial-up',
      'residential',
      'helo command rejected',
      'helo name',
      'bad helo',
      'invalid helo',
      // MagicSpam, a spam filter for hosting panels (cPanel, Plesk): "Your message was rejected by
      // this system and was not delivered. Reason: Messages from your location are rejected, bad
      // or missing identifier (HELO)." (its support forum, forums.wizard.ca, on the replies
      // blocked senders receive): the sending host's HELO name.
      'identifier (helo)',
      // The EHLO name refused ("EHLO rejected", "Invalid EHLO", "HELO/EHLO argument is invalid"),
      // not the word alone: a session transcript shows the sender's own "--> EHLO host".
      'ehlo rejected',
      'ehlo command rejected',
      'invalid ehlo',
      'bad ehlo',
      'ehlo name',
      'ehlo hostname',
      'helo/ehlo argument',
      'ehlo/helo argument',
      'banned',
      'connection rejected',
      'mail from ip',
      'sending mta',
      'part of their network is on our block list',
      'rejected due to ip',
      'ip not allowed',
      'host not allowed',
      // T-Online (Deutsche Telekom) refuses a sending IP it lists with "554 IP=192.0.2.1 - A
      // problem occurred. (Ask your postmaster for help or to contact <address> to clarify.)
      // (BL)": the code in the last parentheses says why, BL for its blocklist.
      'to clarify.) (bl)',
      // The sending host refused for what it is or did, not for the message (Sisimai
      // Reason/Blocked): "554 Sender IP address rejected", "Bad sender IP address", "Dynamic/
      // zombied/spam IPs blocked", "Sorry, your remotehost looks suspiciously like spammer", "You
      // are sending spam", "Currently Sending Spam See: ...", "Extreme bad IP profile", "No access
      // from mail server", "Rejecting open proxy" (Sendmail), "Server access forbidden by your IP",
      // "Too many unwanted messages have been sent from the following IP address", AT&T "Blocked
      // for abuse", Microsoft "Not currently accepting mail from your IP".
      'sender ip address rejected',
      'bad sender ip',
      'spam ips',
      'zombie',
      'remotehost looks',
      'you are sending spam',
      'currently sending spam',
      'bad ip profile',
      'no access from mail server',
      'open proxy',
      'access forbidden by your ip',
      'unwanted messages have been sent from',
      'blocked for abuse',
      // AT&T "550 unauthorized interface for <192.0.2.1>": the sending system is not a known
      // source of mail; send through an ISP's or host's mail servers (worldnet.att.net/general-info/
      // bls_info/block_enduser.html). Before the login words of "unauthorized".
      'unauthorized interface',
      'accepting mail from your ip',
      'accept mail from your ip',
    ],
    patterns: [
      { slug: 'ip-is-listed', cues: ['blocked', 'listed', 'banned'], re: /\b(?:\d{1,3}\.){3}\d{1,3}[\]>]?\)? (?:is |has been |was )?(?:blocked|blacklisted|blocklisted|listed|banned)\b/ },
      // The sending IP address named, then blocked a few words later, in the notices' own
      // languages ("la dirección IP del servidor de envío está bloqueada", "o seu endereço IP
      // está bloqueado", "adres IP nadawcy jest zablokowany", "Ihre IP-Adresse ist bei uns
      // gesperrt"): the noun-phrase forms ("IP bloqueada", "IP-Adresse gesperrt") are each
      // language's wording; this is the sentence that puts words between. Not "unblocked"
      // ("desbloqueada", "débloquée", "sbloccato", "avblockerad").
      {
        slug: 'ip-then-blocked-localized', cues: ['bloquead', 'bloqué', 'bloccat', 'zablokowan', 'gesperrt', 'blockiert', 'geblokkeerd', 'blockerad', 'spärrad', 'заблокирован'],
        re: /\bip\b[^.;:!?\n]{0,40}?(?:(?<!des)bloquead|(?<!dé)bloqué|(?<!s)bloccat|zablokowan|gesperrt|blockiert|geblokkeerd|(?<!av)blockerad|spärrad|заблокирован)/,
      },
      // "550 Mail from 192.0.2.1 refused": the sending IP named and refused.
      { slug: 'mail-from-ip-refused', re: /\bmail from \[?(?:\d{1,3}\.){3}\d{1,3}\]? (?:refused|rejected)\b/, cue: 'mail from ' },
      // "550 5.7.1 Connection refused" (Vade Secure's filters and others): a server that answers with a
      // security or policy status (RFC 3463 X.7.z) refuses the sender; the connection itself was made,
      // so this is no network failure (a refused TCP connection has no reply at all).
      { slug: 'policy-status-connection-refused', re: /\b[45]\.7\.\d{1,3}[ \t]+connection refused\b/, cue: 'connection refused' },
    ],
  },
  {
    reason: 'blocked',
    source:
      'The opening of the DNS blocklist reply before its list is named: Postfix\'s default_rbl_reply "$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain" (postconf(5), $rbl_class "Client host" for reject_rbl_client) and Microsoft\'s "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus" / "5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list" (Exchange Online NDR page). A paste cut after "Client host [ip]" (a table cell, a preview) still holds the template\'s opening, which no other refusal uses. After the blocklist group, so that the list\'s own words ("blocked using …") are the ones shown when the paste holds them.',
    phrases: [],
    patterns: [{ slug: 'service-unavailable-client-host', re: /\bservice unavailable[;,] client host \[/, cue: 'client host [' }],
  },
  {
    reason: 'spamdetected',
    source: 'Content filters (SpamAssassin, rspamd, Gmail "likely unsolicited mail", Mail.ru, Yandex).',
    phrases: [
      'spam',
      // The filters by name ("Blocked by SpamAssassin", "rejected by rspamd"): a word of
      // their own, which the whole-word "spam" does not match.
      'spamassassin',
      'rspamd',
      'junk mail',
      'unsolicited',
      'bulk mail',
      'message content rejected',
      // "Content filter rejection" (Sisimai Reason/SpamDetected). A content filter's refusal in
      // other words names the filter, not a spam verdict: the policy group below reads it.
      'content filter rejection',
      // Exchange's Content Filter agent is its anti-spam agent ("550 5.2.1 Content Filter agent
      // quarantined this message", Exchange Online NDR table; Sisimai Rhost/Microsoft).
      'content filter agent',
      'suspicious',
      // (Not "looks like" on its own: the filters' words are "message looks like spam" and
      // "looked like spam" (Sisimai Reason/SpamDetected), which "spam" reads; "looks like" alone
      // is a person's aside pasted with a bounce, "Looks like he left the company".)
      'classified as',
      'rejected by filter',
      'filtered as',
      'score too high',
      'scored too high',
      'rejected for content',
      'phish',
      'bulk email',
      'mass mailer',
      'antispam',
      'unacceptable content',
      // MailMarshal / Trustwave "Message refused by ... SpamProfiler", "REJECT bulk.advertising",
      // "Spamming not allowed", Cyren "rejected by Recurrent Pattern Detection System", "Your
      // message has been temporarily blocked by our filter", QQ "Mail content denied" (Sisimai
      // Reason/SpamDetected).
      'spamprofiler',
      'bulk.advertising',
      'spamming',
      'recurrent pattern detection',
      'blocked by our filter',
      'mail content denied',
    ],
  },
  {
    reason: 'speeding',
    source: 'Sending quotas of a sending service (Amazon SES "Throttling failure: Daily message quota exceeded", "Maximum sending rate exceeded"): a limit on the sender, not a full mailbox, so these stand before the quota words of a mailbox.',
    phrases: ['daily message quota', 'daily sending quota', 'sending quota', 'maximum sending rate'],
  },
  {
    reason: 'systemfull',
    source: 'RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1. The receiving system\'s own storage, not a mailbox\'s: it stands before the mailbox words, so that the languages\' wordings of a server\'s disk (placed after this group) are read before a mailbox\'s "not enough space" (lang23: "磁盘空间不足", "Недостаточно места на диске").',
    phrases: ['insufficient system storage', 'system storage', 'disk full', 'disk is full', 'mail system full', 'out of disk', 'queue full', 'file system full', 'no space on device'],
  },
  {
    reason: 'mailboxfull',
    source: 'A mailbox\'s own size limit ("552 5.2.2 Mailbox size limit exceeded"): the mailbox is full, not the message too big, so this stands before the message size words.',
    // Also "552 Mail file size exceeds the maximum size allowed for mail delivery" (the mailbox
    // file, not the message), "Quota violation for <addr>", "Account disabled temporarly for
    // exceeding receiving limits" (Sisimai Reason/MailboxFull). The storage of the recipient's
    // whole domain used up is the same for the sender: SmarterMail's "Reason: The domain size
    // limit has been exceeded" (hosting help desks' copies of its notices), maildrop's
    // "Domaindisk quota exceeded" (Sisimai Reason/MailboxFull).
    phrases: ['mailbox size limit', 'mail file size exceeds', 'quota violation', 'exceeding receiving limits', 'domain size limit has been exceeded', 'domain size limit exceeded', 'domaindisk quota'],
  },
  {
    reason: 'mailboxfull',
    source:
      'A mailbox that has reached its maximum, in the notices\' own languages ("Die Mailbox hat ihre maximale Größe erreicht", "la casella ha raggiunto la dimensione massima", "el buzón ha alcanzado su capacidad máxima", "почтовый ящик достиг максимального размера", "容量が上限に達しています"): a mailbox reaches its limit, a message exceeds one, so this stands before the message-size words.',
    phrases: [],
    patterns: [
      // The verb last (German, Dutch): "… maximale Größe erreicht", "… maximale grootte bereikt".
      // Not any limit: "Sie haben Ihr Sendelimit erreicht" is the sender's own sending limit.
      { slug: 'maximum-then-reached-localized', cues: ['erreicht', 'bereikt'], re: /(?:maxima|maximum|kapazit)[^.;:!?\n]{0,30}?(?:erreicht|bereikt)/ },
      {
        slug: 'reached-then-maximum-localized', cues: ['atteint', 'alcanzado', 'alcanzó', 'raggiunto', 'atingiu', 'atingido', 'bereikt', 'erreicht', 'osiągnęł', 'osiągnął', 'nått', 'достиг'],
        re: /(?:atteint|alcanzado|alcanzó|raggiunto|atingiu|atingido|bereikt|erreicht|osiągnęł[aoy]|osiągnął|nått|достиг(?:ла|ло|нут)?)[^.;:!?\n]{0,40}?(?:maxim|máxim|massim|maksymaln|максимальн|capacit|kapazit)/,
      },
      // Not the limit of a count of sending: "送信数の上限に達した" (the sender's sending count, as
      // "Sendelimit erreicht" above), "宛先数の上限に達", "发信数量已达上限", "连接数达到上限" are no
      // full mailbox (a count of stored mail, "保存件数の上限に達", still is).
      {
        slug: 'reached-limit-cjk', cues: ['上限に達', '容量に達', '达到上限', '已达上限', '達到上限', '已達上限'],
        re: /容量に達|(?<!(?:送信数|送信件数|送信回数|宛先数|接続数|发信数量|发送数量|发信数|发送数|连接数|收件人数|發信數量|發送數量|連接數)(?:の|が|は|)[ \t]?)(?:上限に達|达到上限|已达上限|達到上限|已達上限)/,
      },
    ],
  },
  {
    reason: 'exceedlimit',
    source: 'A size limit of the one recipient, not of the server (RFC 3463 X.2.3): "552 5.2.3 Message exceeds the recipient\'s size limit", Exchange "RESOLVER.RST.RecipSizeLimit; message too large for this recipient" (learn.microsoft.com NDR reference), so it stands before the message-size words it also holds.',
    phrases: ["recipient's size limit", 'size limit for this recipient', 'too large for this recipient'],
  },
  {
    reason: 'mesgtoobig',
    source: 'RFC 1870 SIZE refusals (552 5.3.4) as Postfix, Exim, Exchange and Gmail word them.',
    phrases: [
      'line limit exceeded',
      // Alibaba Mail: "510 The length of DATA content is achieved the maximum threshold", "510 The
      // length of Attach is achieved the maximum threshold" (its MTA reply list): the body or the
      // attachments are over its size.
      'length of data content is achieved',
      'length of attach is achieved',
      // Sina Mail's list of its SMTP replies: "554 attachment is too long." (单个附件大小超出限制,
      // one attachment is over the size limit; blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): the
      // size, before the attachment words of policy refusals.
      'attachment is too long',
      'attachment is too large',
      'attachment too large',
      'message too big',
      'message too large',
      'message is too big',
      'message is too large',
      // Resend's and Amazon SES's wording of the MessageTooLarge subtype: "… sent a bounce
      // message because message you sent was too large" (resend.com/docs/dashboard/emails/email-bounces).
      'message you sent was too large',
      'message was too large',
      'message size exceeds',
      'message size limit',
      'exceeds size limit',
      'exceeds the size limit',
      'size limit exceeded',
      'exceeded the size limit',
      'message length exceeds',
      'message file too big',
      'mail size',
      // NetEase "552 Requested mail action aborted: exceeded mailsize limit" (mail.163.com/help/help_spam_16.htm);
      // Sina Mail "552 message is too long." (邮件大小超过限制, the message is over the size limit).
      'mailsize limit',
      'message is too long',
      'message exceeds',
      'too large for',
      'email is too large',
      'exceeded google\'s message size',
      'exceeds maximum message size',
      'exceeds the maximum size',
      'maximum message size',
      'larger than',
      'recipsizelimit',
      'size exceeds',
      // "552 Exceeded maximum inbound message size", "552 Max message size exceeded" (Sisimai
      // Reason/MesgTooBig).
      'inbound message size',
      'max message size',
      // Mimecast "554 Maximum email size exceeded" (its Email Size Limit policy).
      'email size exceeded',
      // "550 5.7.0 Message Size Violation" (an Australian firm's list of the replies its
      // clients' ISPs gave: "an attachment exceeding the recipient's size limit";
      // help-atosmartdocs.theaccessgroup.com, "Reasons for client emails not being delivered"):
      // a size limit, before the policy group's "violat".
      'message size violation',
    ],
  },
  {
    reason: 'mailboxfull',
    source: 'Quota refusals: RFC 3463 X.2.2, Postfix/Dovecot "quota exceeded", Gmail "out of storage space", Yahoo "over quota".',
    phrases: [
      'mailbox full',
      'mailbox is full',
      // A list's heading: "The mailboxes of the following recipients are full:", "The following
      // recipients' mailboxes are full:" (observed wording, as for the unknown ones).
      'mailboxes are full',
      'mail box full',
      'mailbox is over',
      'mailbox quota',
      'mailbox exceeded',
      'mailbox has exceeded',
      'mailfolder is full',
      'maildir over quota',
      'over quota',
      'over the quota',
      'overquota',
      'quota exceeded',
      'quota exceed',
      'exceeded quota',
      'exceeds quota',
      'exceed quota',
      'would exceed',
      'quota full',
      'disk quota',
      'out of storage',
      'storage space',
      'storage allocation',
      'exceeded storage',
      'inbox is full',
      'account is full',
      'user is over',
      'is over its',
      'too much mail',
      'full mailbox',
      'mailbox exceeds',
      'not enough space',
      'not enough free space',
      // "452 4.2.2 Insufficient storage for this mailbox" (the system's own is "insufficient
      // system storage", systemfull).
      'insufficient storage',
      'over storage limit',
      'insufficient space',
      'no space left',
      'exceeded his/her',
      'does not have enough space',
      'space has been used up',
      'too many messages on the server',
      'disk space limit',
      'quota',
    ],
    patterns: [
      // A list's heading that names the mailboxes of the recipients under it: "The mailboxes of
      // the following recipients are full:" (observed wording, as 'mailboxes are full' above).
      { slug: 'mailboxes-of-listed-full', cues: ['mailboxes of'], re: /\bmailboxes of (?:the )?(?:following |these |the listed )?(?:recipients|addresses|users|accounts) (?:are|were) (?:full|over quota)\b/ },
      // The address between "mailbox" and "is full": "551 bounce as<the destination mailbox
      // <user@example.com> is full> queue as …" (X-HERMES, quoted by MailWizz's bounce rules,
      // twisted1919/bounce-handler BounceHandler/rules.php), and the same sentence with a bare
      // address: the phrase "mailbox is full" with the address inside it.
      { slug: 'mailbox-address-is-full', cue: 'is full', re: /\bmailbox <?[^\s<>@]{1,64}@[^\s<>]{1,254}>? is full\b/ },
    ],
  },
  {
    reason: 'exceedlimit',
    source: 'RFC 3463 X.2.3: a per-mailbox size limit.',
    phrases: ['exceeds administrative limit', 'message length exceeds administrative limit', 'exceeded the user\'s'],
  },
  {
    reason: 'userunknown',
    source:
      'An account or mailbox named, then deleted a few words later, in the notices\' own languages (lang26 round): "Das Konto des Empfängers wurde endgültig gelöscht", "Ce compte a été définitivement supprimé", "la cuenta del destinatario fue eliminada", "konto odbiorcy zostało trwale usunięte", "учётная запись получателя удалена", "宛先のアカウントは完全に削除されています", as English "the account has been deleted" and Sisimai Reason/UserUnknown.pm\'s "this address no longer accepts mail": the account is gone, the address leads nowhere. Not the reader\'s own account ("Ihr Konto"), not a message deleted (a read receipt\'s "ungelesen gelöscht"), not an address taken off a list, and done: not an account that WILL be deleted ("wird gelöscht", "sera supprimé", "zostanie usunięte", "будет удалена", "将被删除", "削除される予定") nor one NOT deleted (the words of the future or of "not" between them).',
    phrases: [],
    patterns: [
      {
        slug: 'account-then-deleted-localized',
        cues: ['gelöscht', 'supprim', 'eliminad', 'borrad', 'eliminat', 'cancellat', 'excluíd', 'apagad', 'removid', 'verwijderd', 'usunięt', 'raderat', 'borttag', 'tagits bort'],
        re: /(?<!\b(?:ihr|ihre|ihres|dein|deine|votre|ton|su|tu|tuo|tua|sua|seu|uw|je|twoje|twoja|ditt|din) )\b(?:konto|benutzerkonto|postfach|compte|boîte aux lettres|boite aux lettres|cuenta|buzón|buzon|account|casella|conta|caixa postal|caixa de correio|postvak|mailbox|konto|skrzynk[aię]|kontot|brevlåda|brevlådan|postlåda|postlådan)(?![a-zåäö])(?:(?!nachricht|message|mensaje|messaggio|mensagem|bericht|wiadomoś|meddelande|ungelesen|sans avoir|liste|lista|list|\b(?:wird|werden|nicht|nie|kein|sera|seront|va|vont|pas|jamais|será|serán|no|nunca|verrà|verranno|sarà|saranno|non|mai|serão|vai|vão|não|wordt|worden|zal|zullen|niet|zostanie|zostaną|będzie|kommer|ska|skall|inte|aldrig)(?![a-zà-ÿąęłńśźż]))[^.;:!?\n]){0,50}?\b(?:gelöscht|supprimée?|eliminad[oa]|borrad[oa]|eliminat[oa]|cancellat[oa]|excluíd[oa]|apagad[oa]|removid[oa]|verwijderd|usunięt[eay]|raderats|raderad|borttagen|borttaget|tagits bort)(?![a-z])/,
      },
      { slug: 'account-then-deleted-ru', cues: ['удал'], re: /(?<!ваш[аеи]? )(?:ящик|учетн|учётн|аккаунт)(?:(?!письм|сообщени|будет|(?<![а-яё])не )[^.;:!?\n]){0,50}?удал[её]н/ },
      { slug: 'account-then-deleted-zh', cues: ['删除', '刪除'], re: /(?<!您的|你的)(?:邮箱|信箱|账号|账户|帐号|帐户|帳號|帳戶)[^。，,将將会會未没沒不\n]{0,10}?(?:删除|刪除)/ },
      { slug: 'account-then-deleted-ja', cues: ['削除'], re: /(?<!お客様の|あなたの)(?:アカウント|メールボックス)[^。\n]{0,20}?削除(?:され(?:まし|てい(?!ません|ない)|た)|済)/ },
    ],
  },
  {
    reason: 'suspend',
    source:
      'A mailbox or account named, then blocked, disabled or suspended a few words later (the match runs to the end of that word), in the notices\' own languages ("Das Postfach des Empfängers wurde vom Anbieter gesperrt", "La boîte aux lettres du destinataire a été bloquée", "De mailbox van de ontvanger is door de provider geblokkeerd", "收件人的邮箱已被服务商停用"); not the sender\'s ("Ihr Konto wurde gesperrt": your own account) or an IP address (that is a block of the sender).',
    phrases: [],
    patterns: [
      {
        slug: 'mailbox-then-blocked-localized', cues: ['gesperrt', 'deaktiviert', 'stillgelegt', 'bloqué', 'désactivé', 'suspendu', 'bloquead', 'desactivad', 'deshabilitad', 'suspendid', 'bloccat', 'disattivat', 'disabilitat', 'sospes', 'desativad', 'suspens', 'geblokkeerd', 'uitgeschakeld', 'opgeschort', 'zablokowan', 'wyłączon', 'zawieszon', 'spärrad', 'spärrat', 'avstängd', 'inaktiverad'],
        re: /(?<!\b(?:ihr|ihre|ihres|dein|deine|votre|ton|su|tu|tuo|tua|sua|seu|uw|je|twoje|twoja|ditt|din) )\b(?:postfach|konto|mailbox|boîte|boite|compte|buzón|cuenta|casella|caixa|conta|postvak|skrzynk|brevlåd|postlåd|kontot)(?:(?!ip|absender|expéditeur|remitente|mittente|remetente|afzender|nadaw|avsändar)[^.;:!?\n]){0,50}?(?:gesperrt|deaktiviert|stillgelegt|bloqué|désactivé|suspendu|bloquead|desactivad|deshabilitad|suspendid|bloccat|disattivat|disabilitat|sospes|desativad|suspens|geblokkeerd|uitgeschakeld|opgeschort|zablokowan|wyłączon|zawieszon|spärrad|spärrat|avstängd|inaktiverad)[^\s.;:!?,)]*/,
      },
      { slug: 'mailbox-then-blocked-ru', cues: ['заблокирован', 'отключен'], re: /(?<!ваш[аеи]? )(?:ящик|учетн|учётн|аккаунт)(?:(?!отправит|ip)[^.;:!?\n]){0,50}?(?:заблокирован|отключен)[^\s.;:!?,)]*/ },
      { slug: 'mailbox-then-stopped-zh', cues: ['停用', '冻结', '凍結', '禁用'], re: /(?<!您的|你的)(?:邮箱|信箱|账户|帐户|账号|帐号|帳戶|帳號)[^。，,\n]{0,10}?(?:停用|冻结|凍結|禁用)/ },
      { slug: 'mailbox-then-stopped-ja', cues: ['停止され', '無効に', '無効化'], re: /(?:アカウント|メールボックス)[^。\n]{0,20}?(?:停止され|無効に|無効化)/ },
    ],
  },
  {
    reason: 'suspend',
    source: 'Disabled accounts: RFC 3463 X.2.1, Gmail "account ... is disabled/inactive", Yahoo "mailbox is disabled", carriers "not active".',
    phrases: [
      'account disabled',
      // Infomaniak's own example of a recipient suspended by its provider: "550 5.1.1 <addr>
      // recipient rejected, account administratively disabled" (infomaniak.com support FAQ 858);
      // qmail-ldap "Mailaddress is administratively disabled. (#5.2.1)". Disabled by an
      // administrator: the account exists, so not an unknown address whatever 5.1.1 says.
      'account administratively disabled',
      'administratively disabled',
      // 21CN "550 <addr> is now disabled with SMTP service" (help.szhot.com's list of Chinese
      // providers' returns: the account frozen or removed, disabled by its provider).
      'disabled with smtp service',
      // Hot.ee "550 5.2.1 <user@hot.ee> is expired account" (ZoneMTA's bounce rules, zone-eu/zone-mta
      // config/bounces.txt: an expired e-mail account): the account's state, not a message whose
      // queue time ran out, so it stands before the expired group's bare "expired".
      'is expired account',
      'expired account',
      // Coremail "550 User hangup" (its list of return replies, icoremail.vip support, cate_id=84:
      // the recipient's account is hung up, 挂起, by its administrator) — a suspended account.
      'user hangup',
      // Alibaba Mail "542 This account isn't allowed to receive email" (its MTA reply list): the
      // recipient's account is barred from receiving, the address itself is not said to be wrong.
      "account isn't allowed to receive",
      'account is not allowed to receive',
      'account is disabled',
      'account has been disabled',
      // A list's heading ("The following accounts have been disabled:", "The accounts of the
      // following recipients are disabled:"; observed wording, as the unknown users' headings).
      'accounts are disabled',
      'accounts have been disabled',
      'accounts are suspended',
      'accounts have been suspended',
      'accounts are inactive',
      'mailboxes are disabled',
      'account has been suspended',
      'account is suspended',
      'account suspended',
      'account is inactive',
      'account inactive',
      'inactive account',
      'inactive user',
      'is inactive',
      'mailbox disabled',
      'mailbox is disabled',
      // UPC / chello "550 5.1.1 <addr> inactive recipient rejected" (a bounce quoted at
      // pastebin.com/Mssd7NsK): the account is inactive, not said to be unknown.
      'inactive recipient',
      'recipient is inactive',
      'mailbox is inactive',
      'mailbox inactive',
      // "550 5.1.1 Inactive mbox" (Korean portals, as admins' lists of their replies record it under
      // a suspended recipient): the words over the code, which reads as an unknown address.
      'inactive mbox',
      'inactive mailbox',
      'mailbox has been disabled',
      'mailbox suspended',
      'mailbox is suspended',
      'mailbox currently suspended',
      'user suspended',
      // "550 5.1.1 Suspended user" (Korean portals, as admins' lists of their replies record it
      // under a suspended recipient, beside "Inactive mbox"): the words over the code.
      'suspended user',
      'account expired',
      'account has expired',
      'account is expired',
      'mailbox has expired',
      'is disabled',
      'been disabled',
      'deactivated',
      'has been frozen',
      'account is locked',
      'mailbox is locked',
      'temporarily disabled',
      'no longer active',
      'is frozen',
      'temporary locked',
      'temporarily locked',
      'disabled recipient',
      'account is blocked',
      'recipient account is blocked',
      'suspend the service',
      'not active',
      'currently unavailable',
      'is unavailable',
      // "Recipient rejected: temporarily inactive", "This account has been temporarily suspended",
      // "<addr> is currently suspended", "is unavailable: user is terminated", "Due to extended
      // inactivity new mail is not currently being accepted for this mailbox" (Sisimai
      // Reason/Suspend, Reason/Filtered).
      'temporarily inactive',
      'account has been temporarily suspended',
      'is currently suspended',
      'user is terminated',
      'due to extended inactivity',
      // Accounts created and never switched on, or switched off, in the replies MailWizz's bounce
      // rules quote (twisted1919/bounce-handler BounceHandler/rules.php): "550 <…>... User account
      // not activated", "550 <…> is now disabled with MTA service.", "550 <…>: User status is
      // locked." (its "not activated", "disabled" and "locked" rules), and the same words of a
      // mailbox. The mailbox exists and is off, which its owner or provider can undo: no removal
      // of the address.
      'account not activated',
      'account is not activated',
      'mailbox not activated',
      'mailbox is not activated',
      'is now disabled',
      'status is locked',
    ],
    patterns: [
      // A list's heading that names the recipients' accounts ("The accounts of the following
      // recipients are disabled:"; observed wording, as the unknown users' headings).
      { slug: 'accounts-of-listed-disabled', re: /\b(?:accounts|mailboxes) of (?:the )?(?:following |these |listed )?(?:recipients|addresses|users) (?:are|were|have been) (?:disabled|suspended|inactive|deactivated)\b/, cue: ' of ' },
      // Sina Mail's list of its SMTP replies: "550 user is locked." (邮箱被锁, the mailbox is locked),
      // said as the whole cause right after the reply code; not after a login's 530/535, where
      // "authentication failed: user is locked" is the sender's own account.
      {
        slug: 'user-is-locked',
        re: /\b(?:4\d\d|5(?!3[05])\d\d)[ -](?:[45]\.\d{1,3}\.\d{1,3} )?user is locked\b/,
        cue: 'user is locked',
      },
    ],
  },
  {
    reason: 'securityerror',
    source: 'The sending client\'s session: "554 5.7.1 Your IP address has changed since you authenticated; log in again" (a submission server binding a login to the address it came from; audit30 round): the sender\'s connection, never an address of the recipient that changed (the moved-address words "address has changed" stand later in the table).',
    phrases: ['ip address has changed'],
  },
  {
    reason: 'hasmoved',
    source: 'RFC 3463 X.1.6 and RFC 5321 551 "user not local; please try".',
    // Also "550 5.1.6 Address <a> has been replaced by <b>", iCloud "550 5.1.6 recipient no longer on
    // server" (Sisimai Reason/HasMoved, Rhost/Apple).
    phrases: ['has moved', 'mailbox moved', 'address has changed', 'no longer at this address', 'user not local; please try', 'has been replaced by', 'no longer on server'],
    // "moved to" names a move only with the new address after it ("moved to b@example.net"):
    // a message "moved to quarantine" or "to the junk folder" is no new address.
    // Nor a copy or a message moved to a mailbox ("a copy was moved to quarantine@example.org for
    // review"): a message moved, not a person (audit30 round).
    patterns: [{ slug: 'moved-to-address', re: /(?<!\b(?:copy|copies|message|messages|mail|e-?mail|it|they) (?:was |were |has been |have been |is |are |got )?)\bmoved to:? <?[^\s<>@]+@[^\s<>@]+\.[a-z]{2,}/, cue: 'moved to' }],
  },
  {
    reason: 'policyviolation',
    source:
      'Local rules of the receiver, worded with words that would otherwise read as another cause (Sisimai Reason/PolicyViolation): AOL "... because the recipient is not accepting mail with attachments / embedded images" (not a destination that takes no mail), mailing lists "Posting by non-member to a members-only list", "closed mailing list", Google Groups "The email address used to send your message is not subscribed to this group", "You have exceeded the allowable number of posts without solving a captcha", Microsoft "Message bounced due to organizational settings", Mimecast "Email rejected due to security policies", "Message given low priority".',
    phrases: [
      'not accepting mail with',
      'members-only list',
      'closed mailing list',
      'not subscribed to this group',
      'allowable number of posts',
      'organizational settings',
      'security policies',
      'given low priority',
      // "550 Denied by policy" (Sisimai Reason/PolicyViolation; Alstom's gateway answers a message
      // with it after DATA, as gadz.org's list of refusals records): the receiver's policy refused
      // the message, which names neither the sending IP nor a block list.
      'denied by policy',
      // Gmail "421 4.7.28 Gmail has detected this message exceeded its quota for sending messages
      // with the same Message-ID:" (support.google.com/mail/answer/188131): not a full mailbox.
      'with the same message-id',
    ],
  },
  {
    reason: 'rejected',
    source: 'A refusal of the sender\'s domain or address by name: "550 This server does not accept mail from example.com" (Sisimai Reason/Rejected), not a destination that takes no mail at all; a sending IP so named is a block (the blocklist group above). The same refusal worded "is not accepting mail from your network", "doesn\'t accept mail from …" (audit30 round): "from" names whom the refusal is for, so the destination does take mail.',
    phrases: ['does not accept mail from', 'not accepting mail from', "doesn't accept mail from", 'accepts no mail from'],
  },
  {
    reason: 'mesgtoobig',
    source: 'A size limit worded as the mail a domain does not accept: "552 5.3.4 example.org does not accept mail larger than 10 MB" (RFC 1870 SIZE, RFC 3463 X.3.4; audit30 round): the destination takes mail, only not this large; it stands before the destinations that accept no mail.',
    // (With their negation: a phrase after "not" is read as denied.)
    phrases: ['not accept mail larger than', 'not accept messages larger than', "doesn't accept mail larger than", "doesn't accept messages larger than", 'not accept mail bigger than', 'not accept messages bigger than', 'not accept mail over', 'not accept messages over', 'accepts no mail larger than'],
  },
  {
    reason: 'systemerror',
    source: 'A destination closed for a time: "554 5.3.2 Not accepting mail during scheduled maintenance" (RFC 3463 §3.4 X.3.2 "System not accepting network messages": imminent shutdown, excessive load, system maintenance; audit30 round): a state of the receiving server for a while, not a destination that never takes mail (RFC 7504).',
    phrases: ['not accepting mail during', 'not accepting mail at the moment', 'not accepting mail at this time', 'not accepting mail right now', 'not accepting mail until', 'temporarily not accepting mail'],
  },
  {
    reason: 'norelaying',
    source: 'The sending side\'s own relay or submission server refusing an unauthenticated client: "it relays only for authenticated clients", "only local users may send here" (RFC 5321 §3.6.2: a relay chooses whom it relays for; RFC 6409 submission requires authentication; audit30 round): the sender must log in; the recipient is not judged.',
    phrases: ['relays only for authenticated', 'only relays for authenticated', 'relay only for authenticated', 'only local users may send', 'only authenticated users may send', 'only authenticated users may relay'],
  },
  {
    reason: 'notaccept',
    source: 'Destinations that accept no mail at all: RFC 7505 null MX, RFC 7504 521/556, qmail "couldn\'t find a mail exchanger or IP address", Exim "an MX or SRV record indicated no SMTP service" (Exim routers/dnslookup.c, its message for a null MX or a "." SRV target; Sisimai Lhost/Exim notaccept).',
    phrases: [
      'indicated no smtp service',
      'doesn\'t receive email',
      'does not receive email',
      'receives no email',
      'null mx',
      'does not accept mail',
      'accepts no mail',
      'not accepting mail',
      'couldn\'t find a mail exchanger',
      'could not find a mail exchanger',
      'no mail exchanger',
    ],
  },
  {
    reason: 'networkerror',
    source: 'Temporary DNS failures (SERVFAIL, time-outs, broken replies) as Postfix ("Name service error ... try again"), Gmail ("DNS Error: ... lookup") and Exchange ("DNS query failed") report them; the domain may well exist.',
    phrases: [
      'dns error',
      'dns query failed',
      // Momentum's (SparkPost's) "421 4.4.0 [internal] no MXs for this domain could be reached at
      // this time": its hosts could not be connected to, not a domain unknown (SparkPost release
      // notes, June 2017, MO-6645, renamed it "no mail servers for this domain could be reached"
      // because readers took it for a DNS failure). Before the unknown host's "no mx".
      'mxs for this domain could be reached',
      'mail servers for this domain could be reached',
      'malformed or unexpected name server reply',
      'name server reply',
      'host not found, try again',
      'temporary failure in name resolution',
      'host name lookup failure',
      'dns lookup failure',
      'name server timeout',
      'network error',
      'wasn\'t able to establish an smtp connection',
      'unable to establish an smtp connection',
      // Routing and loops (Sisimai Reason/NetworkError): "Unable to resolve route <domain>", "Mail
      // forwarding loop for <addr>", "Maximum forwarding loop count exceeded", "Message looping",
      // "Loop was found in the Mail eXchanger", "Host unreachable".
      'unable to resolve route',
      'forwarding loop',
      'message looping',
      // Sina Mail's list of its SMTP replies: "552 looping message." (环回信件).
      'looping message',
      'loop was found',
      'host unreachable',
    ],
  },
  {
    reason: 'rejected',
    source: 'Refusals of the envelope sender: RFC 3463 X.1.7/X.1.8, Postfix "Sender address rejected", "Domain of sender address does not exist", "unknown sender", sender verification callouts ("the sender <addr> does not exist").',
    phrases: [
      'purported responsible address',
      // Microsoft 365 NDR 5.7.60 "SMTP; Client does not have permissions to send as this sender":
      // the signed-in account may not send as the From address (learn.microsoft.com, NDR reference).
      'permissions to send as this sender',
      'sender address rejected',
      'sender rejected',
      'sender denied',
      'sender refused',
      'sender blocked',
      'sender verify failed',
      // "550 Verify mailfrom failed,blocked" (MailWizz's bounce rules, twisted1919/bounce-handler
      // BounceHandler/rules.php): the receiver's check of the envelope sender failed.
      'verify mailfrom failed',
      'mailfrom verify failed',
      'sender verification',
      'domain of sender address',
      'sender domain',
      'bad sender',
      'invalid sender',
      'sender address',
      'envelope sender',
      'envelope blocked',
      'sender is not',
      // The plural of it, as recipients' filters word their refusals ("Messages from this
      // sender are not accepted", a Sieve reject's or an access map's text; observed wording).
      'sender are not',
      // ("unverified address" alone is not here: Postfix writes it after "Sender address
      // rejected:" and after "Recipient address rejected:" alike, for either probe.)
      'address verification',
      'sender was rejected',
      'sender is rejected',
      // Sina Mail's list of its SMTP replies: "552 mail from invalid." (发件人地址不合法), "553 host
      // denies the sender." (拒绝发件人地址), "554 sender is unvalidated."; Coremail's bounce list
      // (icoremail.vip support): "Requested mail action not taken: Fake sender".
      'mail from invalid',
      'denies the sender',
      'sender is unvalidated',
      'fake sender',
      // The sender does not exist, worded like an unknown user ("Sender unknown", "the sender
      // <addr> does not exist" of a verification callout): the address that does not exist
      // is the sender's, so these stand before the words of an unknown recipient.
      'unknown sender',
      'sender unknown',
      'sender does not exist',
      'sender address does not exist',
      'sender domain does not exist',
    ],
    patterns: [
      {
        slug: 'sender-named-does-not-exist',
        re: /\bsender(?: address| domain| e-?mail(?: address)?)?:? (?:<?[^\s<>@]+@[^\s<>]+?>?|[a-z0-9.-]+\.[a-z]{2,}) (?:does not exist|doesn't exist|(?:is )?unknown|is not known|not found|is invalid)\b/,
        cue: 'sender',
      },
      // The sender under its envelope names: the return path (RFC 5321 "reverse-path"), the
      // MAIL FROM address ("550 5.1.1 Return-path address does not exist", "Mail from
      // <addr> refused: no such user").
      {
        slug: 'return-path-unknown',
        re: /\b(?:return|reverse)[- ]path(?: address| domain)?:? (?:<?[^\s<>@]+@[^\s<>]+?>? )?(?:does not exist|doesn't exist|(?:is )?unknown|is not known|not found|is invalid)\b/,
        cue: 'path',
      },
      // Mail from a named sender or domain refused because that domain has no mail host or
      // does not exist ("550 Mail from example.com refused: domain has no MX record"): the
      // domain is the sender's. (Refused "for policy reasons" names no such cause.)
      {
        slug: 'mail-from-named-refused',
        re: /\bmail from:? <?(?:[^\s<>@]+@)?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}>? (?:is )?(?:refused|rejected|denied|not accepted):? (?:[^.;!?\n]){0,40}?\b(?:no mx|null mx|has no (?:mx|dns|a record)|does ?n[o']t (?:exist|resolve)|not resolv|domain (?:not found|unknown|is unknown|is invalid))/,
        cue: 'mail from',
      },
      // "Your address <a@example.com> is not known here", "your e-mail address is invalid": the
      // reader's own address is the sender's.
      {
        slug: 'your-address-unknown',
        re: /\byour (?:e-?mail |sender |return |from )?address\b(?:[^.;!?\n]|\.(?=\S)){0,80}?\b(?:is not known|not known|is unknown|does ?n[o']t exist|not found|is invalid|is not valid|not verified|could not be verified|has no (?:valid )?mx)/,
        cue: 'your',
      },
      {
        slug: 'mail-from-unknown',
        re: /\b(?:mail |envelope[- ])from(?: address| domain)?:? (?:<?[^\s<>@]+@[^\s<>]+?>? )?(?:does not exist|doesn't exist|(?:is )?unknown|is not known|not found|is invalid|(?:refused|rejected):? (?:no such user|user unknown|unknown user|not found))\b/,
        cue: 'from',
      },
      // The same in the notices' own languages: the sender's address or domain does not
      // exist ("Die Absender-Domain example.com existiert nicht", "le domaine de
      // l'expéditeur n'existe pas"); within one clause, so a "not found" about the
      // recipient further on is not taken for the sender's.
      // German "Ihre Absenderadresse wurde vom Server des Empfängers abgelehnt" (lang22 round): the
      // sender's address refused, other words between (Postfix "Sender address rejected").
      { slug: 'sender-address-refused-de', re: /\babsenderadresse(?:[^.;:!?\n]){0,60}?\b(?:abgelehnt|abgewiesen|zurückgewiesen)/, cue: 'absenderadresse' },
      { slug: 'sender-does-not-exist-de', re: /\babsender(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:existiert nicht|unbekannt|nicht bekannt|nicht gefunden)/, cue: 'absender' },
      { slug: 'sender-does-not-exist-fr', re: /\b(?:expéditeur|adresse d['’]expédition)(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:n['’]existe pas|(?:est )?inconnue?|introuvable|inexistant)/, cue: 'expédi' },
      { slug: 'sender-does-not-exist-es', re: /\bremitente(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:no existe|desconocid[oa]|no encontrad[oa]|inexistente)/, cue: 'remitente' },
      { slug: 'sender-does-not-exist-it', re: /\bmittente(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:non esiste|sconosciut[oa]|non (?:è stat[oa] )?trovat[oa]|inesistente)/, cue: 'mittente' },
      { slug: 'sender-does-not-exist-pt', re: /\bremetente(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:não existe|desconhecid[oa]|não (?:foi )?encontrad[oa]|inexistente)/, cue: 'remetente' },
      { slug: 'sender-does-not-exist-nl', re: /\bafzender(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:bestaat niet|onbekend|niet bekend|niet gevonden)/, cue: 'afzender' },
      { slug: 'sender-does-not-exist-pl', re: /\bnadawc(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:nie istnieje|nieznan[ya])/, cue: 'nadawc' },
      { slug: 'sender-does-not-exist-sv', re: /\bavsändar(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:finns inte|okänd)/, cue: 'avsändar' },
      { slug: 'sender-does-not-exist-ru', re: /отправител(?:[^.;:!?\n]|[.:](?=\S)){0,60}?(?:не существует|неизвест|не найден)/, cue: 'отправител' },
      { slug: 'sender-does-not-exist-ja', cues: ['送信者', '差出人', '送信元'], re: /(?:送信者|差出人|送信元)[^。\n]{0,20}?(?:存在しません|登録されていません|見つかりません|不明)/ },
      // Chinese: "发件人地址不存在", "发件人不存在", "寄件者地址無效" (the sender's address, not the recipient's).
      { slug: 'sender-does-not-exist-zh', cues: ['发件人', '發件人', '寄件人', '寄件者', '发信人'], re: /(?:发件人|發件人|寄件人|寄件者|发信人)[^。，,\n]{0,20}?(?:不存在|未知|无效|無效|找不到)/ },
    ],
  },
  {
    reason: 'rejected',
    source:
      'The sender refused, in the notices\' own languages: the word for the sender, then its refusal a few words later ("Absenderadresse abgelehnt", "Dirección del remitente rechazada", "Adres nadawcy odrzucony", "Адрес отправителя отклонён", "发件人地址被拒绝"), or a recipient that accepts no mail from this sender ("El destinatario no acepta correo de este remitente", "Получатель не принимает письма от этого отправителя").',
    phrases: [],
    patterns: [
      {
        slug: 'sender-then-refused-localized', cues: ['absender', 'expéditeur', 'expediteur', 'remitente', 'mittente', 'remetente', 'afzender', 'nadawc', 'avsändar'],
        re: /(?:absender|expéditeur|expediteur|remitente|mittente|remetente|afzender|nadawc|avsändar)[^.;:!?\n]{0,30}?(?:abgelehnt|abgewiesen|nicht erlaubt|refusé|rejeté|non autorisé|rechazad|rifiutat|non autorizzat|rejeitad|recusad|geweigerd|niet toegestaan|odrzucon|avvisa|nekad)/,
      },
      {
        slug: 'accepts-nothing-from-sender-localized', cues: ['nimmt keine', 'akzeptiert keine', 'accepte pas', 'no acepta', 'non accetta', 'não aceita', 'accepteert geen', 'nie przyjmuje', 'tar inte emot'],
        re: /(?:nimmt keine|akzeptiert keine|n['’]accepte pas|no acepta|non accetta|não aceita|accepteert geen|nie przyjmuje|tar inte emot)[^.;:!?\n]{0,40}?(?:absender|expéditeur|remitente|mittente|remetente|afzender|nadawc|avsändar)/,
      },
      { slug: 'sender-then-refused-ru', cues: ['отправител'], re: /(?:отправител[^.;:!?\n]{0,30}?(?:отклон|запрещ)|не принимает[^.;:!?\n]{0,40}?отправител)/ },
      { slug: 'sender-then-refused-cjk', cues: ['送信者', '发件人', '拒收', '寄件人'], re: /(?:送信者[^。\n]{0,15}?拒否|发件人[^。，,\n]{0,10}?(?:被拒|拒绝)|拒收[^。，,\n]{0,6}?发件人|寄件人[^。，,\n]{0,10}?(?:被拒|拒絕))/ },
    ],
  },
  {
    reason: 'hostunknown',
    source: 'DNS failures for the recipient domain: Postfix "Host or domain name not found", Exim "unrouteable mail domain", Gmail "couldn\'t find the recipient domain", Exchange SMTPSEND.DNS.NonExistentDomain, Oracle Messaging Server "Illegal host/domain name found".',
    // "553 mx.example.org does not exist": a bare domain (no @ before it) that does not exist.
    patterns: [
      { slug: 'host-name-does-not-exist', re: /(?:^|[\s<(])[a-z0-9][a-z0-9.-]*\.[a-z]{2,}>? does not exist/, cue: ' does not exist' },
      // A list's heading that names the recipients' domains as what was not found ("The domains
      // of the following recipients do not exist:"; observed wording, as the list headings of
      // the unknown users): the domain, not the mailbox.
      { slug: 'domains-of-listed-not-found', re: /\bdomains? of (?:the )?(?:following |these |listed )?(?:recipients?|addresses?|users?)(?:['’]s?)? (?:do(?:es)? not exist|(?:is|are) unknown|(?:was|were)? ?not found|could not be found|cannot be found)/, cue: 'domain' },
      // The same in the notices' own languages, with the word "domain" before the name (a
      // name alone before "existiert nicht" may be a mailbox's): "Die Domain example.org
      // existiert nicht", "le domaine example.org n'existe pas", "el dominio … no existe".
      { slug: 'domain-named-does-not-exist-de', re: /(?<!-)\b(?:domain|domäne|domainname)\s+[«"„']?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}[»"“']?\s+existiert nicht/, cue: 'existiert nicht' },
      { slug: 'domain-named-does-not-exist-fr', re: /\bdomaine\s+[«"']?\s?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}\s?[»"']?\s+n['’]existe pas/, cue: 'existe pas' },
      { slug: 'domain-named-does-not-exist-es', re: /\bdominio\s+["'«]?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["'»]?\s+no existe/, cue: 'no existe' },
      { slug: 'domain-named-does-not-exist-it', re: /\bdominio\s+["'«]?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["'»]?\s+non esiste/, cue: 'non esiste' },
      { slug: 'domain-named-does-not-exist-pt', re: /\bdomínio\s+["'«]?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["'»]?\s+não existe/, cue: 'não existe' },
      { slug: 'domain-named-does-not-exist-nl', re: /\bdomein(?:naam)?\s+["']?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["']?\s+bestaat niet/, cue: 'bestaat niet' },
      { slug: 'domain-named-does-not-exist-pl', re: /\bdomena\s+["„']?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["”']?\s+nie istnieje/, cue: 'nie istnieje' },
      { slug: 'domain-named-does-not-exist-sv', re: /\bdomänen\s+["']?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["']?\s+finns inte/, cue: 'finns inte' },
      { slug: 'domain-named-does-not-exist-ru', re: /домен\s+["«']?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["»']?\s+не существует/, cue: 'не существует' },
      // "Domaine example.org inconnu", "Dominio example.org desconocido": the adjective after the name.
      { slug: 'domain-named-unknown-romance', re: /\b(?:domaine|dominio|domínio)\s+["'«]?[a-z0-9][a-z0-9.-]*\.[a-z]{2,}["'»]?\s+(?:inconnu|inexistant|desconocido|inexistente|sconosciuto|inesistente|desconhecido)\b/, cue: 'dom' },
    ],
    phrases: [
      'domain is not reachable',
      'host unknown',
      'unknown host',
      'host not found',
      // Netscape Messaging Server: "Your message was not delivered because the destination
      // computer was not found."
      'destination computer was not found',
      // qmail: "Sorry, I couldn't find any host named example.org. (#5.1.2)".
      "couldn't find any host",
      'could not find any host',
      'domain not found',
      'domain name not found',
      'host or domain name not found',
      'no such domain',
      'unknown domain',
      'domain does not exist',
      'domain doesn\'t exist',
      // au by KDDI writes it without the apostrophe: "As the remote domain doesnt exist."
      // (Sisimai Lhost/KDDI.pm).
      'remote domain doesnt exist',
      'domain is not valid',
      'unrouteable mail domain',
      'unrouteable address',
      'unroutable address',
      'unroutable mail domain',
      // Exim's own routing verdicts when the domain's mail hosts are not in DNS: "all relevant MX
      // records point to non-existent hosts" (routers/dnslookup.c) and "all host address lookups
      // failed permanently" (transports/smtp.c); Sisimai Lhost/Exim.pm files both as hostunknown.
      // (Its "… failed temporarily" is a passing DNS fault, not matched here.)
      'mx records point to non-existent hosts',
      'host address lookups failed permanently',
      'nonexistentdomain',
      'nxdomain',
      'name or service not known',
      // Gmail's "couldn't find the recipient domain"; the words "recipient domain" alone also
      // frame other refusals ("rejected by the server for the recipient domain example.org").
      "couldn't find the recipient domain",
      'could not find the recipient domain',
      'no mx',
      'invalid domain',
      'domain could not be found',
      'could not be resolved',
      'unable to resolve',
      'domain lookup failed',
      'not a valid domain',
      'bad destination system address',
      'illegal host/domain name',
      // "550 Mail domain mentioned in email address is unknown", "553 Domain must exist" (Sisimai
      // Reason/HostUnknown).
      'domain mentioned in email address',
      'domain must exist',
      // MDaemon's session transcript when the recipient's domain does not resolve: "*  Name
      // server reports domain name unknown" (its delivery status notifications).
      'domain name unknown',
      // hMailServer's notice when neither an MX nor an A record is found for the recipient's
      // domain: "Error Description: No mail servers appear to exists for the recipients
      // address." (its documented error text, with its own spelling; a phrase of the start).
      'no mail servers appear to exist',
    ],
  },
  {
    reason: 'hostunknown',
    source: 'Gmail\'s "Address not found" notice when the domain does not exist ("… because the domain example.org couldn\'t be found"), and its translations, which name the domain between the word for domain and the words of not finding it ("le domaine … est introuvable", "o domínio … não foi encontrado", "het domein … niet is gevonden", "domänen … inte hittades", "домен … не найден", "ドメイン … が見つからなかった"; support.google.com/mail/answer/6596 in those languages).',
    phrases: [],
    patterns: [
      {
        slug: 'domain-named-not-found', cues: ['be found', 'nicht gefunden', 'introuvable', 'non è stato trovato', 'non trovato', 'encontrado', 'gevonden', 'inte hittades', 'hittades inte', 'не найден', 'が見つから'],
        // Also a host named so ("Host mx.example.org nicht gefunden", "Hôte … introuvable", "Värden …
        // hittades inte", "Хост … не найден"), and the main clause's word order ("is niet gevonden",
        // "hittades inte"); not the domain a user was looked for in ("… in der Domäne example.org
        // nicht gefunden", "in het domein …", "в домене …": an unknown user).
        re: /(?<!(?:\bin|\bim|\bdans|\ben|\bnel|\bno|\bna|\bw|\bi|в)\s{1,3}(?:der\s|dem\s|the\s|le\s|la\s|el\s|het\s|o\s)?)(?:domain|domäne|domaine|dominio|domínio|domein|domänen|домен|ドメイン|\bhost|hôte|\bvärden|хост)[ \t]{0,3}[^\s]{1,253}?\.[a-z]{2,63}[ \t]{0,3}(?:couldn['\u2019]t be found|could not be found|(?:wurde |ist )?nicht gefunden|(?:est )?introuvable|non è stato trovato|non trovato|não foi encontrado|não encontrado|(?:is )?niet (?:is )?gevonden|inte hittades|hittades inte|не найден|が見つから|が見つかりません)/,
      },
    ],
  },
  {
    reason: 'hostunknown',
    source:
      'The domain or the host as what was not found, in the notices\' own languages ("Die Zieldomäne konnte im DNS nicht gefunden werden", "Le domaine de destination est introuvable", "Het doeldomein is niet gevonden", "Host mx.example.org nicht gefunden", "Nie znaleziono hosta …", "宛先ドメインが見つかりませんでした", "找不到目标域名", "找不到主机 …"): the domain or host the subject of the finding, its name between (dots and all), with no word for a mailbox or a user between (that is an unknown user "in the domain"), nor for the sender ("le domaine de votre adresse d\'expédition est introuvable", "the domain of your sender address": the sender\'s domain, Postfix "Sender address rejected: Domain not found", a refusal of the sender, not the recipient\'s host); the language\'s "not found" alone is a mailbox\'s.',
    phrases: [],
    patterns: [
      {
        slug: 'domain-then-not-found-localized', cues: ['nicht gefunden', 'introuvable', 'trovato', 'no se encontró', 'no se ha encontrado', 'no encontrado', 'não foi encontrado', 'não encontrado', 'gevonden', 'hittades inte', 'не найден'],
        re: /(?:domain|domäne|domaine|dominio|domínio|domein|domänen|домен)(?:(?!empfänger|benutzer|postfach|destinataire|utilisateur|destinatario|usuario|utente|destinatário|usuário|ontvanger|gebruiker|mottagare|användare|получател|пользовател|ящик|absender|expéditeur|expédition|remitente|mittente|remetente|afzender|nadawc|avsändar|отправител)[^.;:!?\n]){0,40}?(?:nicht gefunden|introuvable|non è stato trovato|non trovato|no se encontró|no se ha encontrado|no encontrado|não foi encontrado|não encontrado|niet (?:is )?gevonden|hittades inte|не найден)/,
      },
      // The domain as what does not exist (lang21 round: "Die Zieldomain existiert nicht", "El dominio de destino no existe",
      // "Il dominio di destinazione non esiste", "O domínio de destino não existe"): the language's "does not exist" alone
      // is a mailbox's (a broad user-unknown wording), with the domain its subject it is the domain's. Not the sender's
      // domain ("Die Domain des Absenders existiert nicht", "Absenderdomain …": a refusal of the sender).
      {
        slug: 'domain-then-not-exist-localized', cues: ['existiert nicht', "n'existe pas", 'no existe', 'non esiste', 'não existe', 'bestaat niet', 'nie istnieje', 'finns inte', 'не существует'],
        re: /(?<!absender|absender-|sender|sender-|afzender|afzender-|avsändar)(?:domain|domäne|domaine|dominio|domínio|domein|domena|domänen|домен)(?:(?!empfänger|benutzer|postfach|konto|destinataire|utilisateur|boîte|compte|destinatario|usuario|utente|casella|buzón|cuenta|destinatário|usuário|caixa|conta|ontvanger|gebruiker|mailbox|account|odbiorc|użytkownik|skrzynk|konta|mottagare|användare|brevlåd|kontot|получател|пользовател|ящик|absender|expéditeur|remitente|mittente|remetente|afzender|nadawc|avsändar|отправител)[^.;:!?\n]){0,40}?(?:existiert nicht|n'existe pas|no existe|non esiste|não existe|bestaat niet|nie istnieje|finns inte|не существует)/,
      },
      // The words of not finding first: "No se encontró el host …", "Nie znaleziono hosta / domeny …".
      { slug: 'not-found-then-host-localized', cues: ['no se encontró', 'no se ha encontrado', 'nie znaleziono'], re: /(?:no se encontró|no se ha encontrado) (?:el |ningún )?(?:host|dominio|servidor)\b|nie znaleziono (?:hosta|domeny|serwera)\b/ },
      { slug: 'domain-not-found-ja', cues: ['ドメイン', 'ホスト'], re: /(?:ドメイン|ホスト)[^。\n]{0,30}?(?:見つかりません|見つからな|存在しません)/ },
      { slug: 'domain-not-found-zh', cues: ['找不到', '未找到', '无法找到', '無法找到'], re: /(?:找不到|未找到|无法找到|無法找到)[^。，,\n]{0,8}?(?:域名|網域|主机|主機)/ },
    ],
  },
  {
    reason: 'userunknown',
    source: 'Unknown mailboxes: RFC 3463 X.1.1, Postfix "User unknown in ... table", Exim "Unrouteable address", qmail "no mailbox here by that name", Gmail "account ... does not exist", Exchange RESOLVER.ADR.RecipNotFound and the sentence of its notice "The e-mail address you entered couldn\'t be found", Microsoft 365 notices "<name> wasn\'t found at <domain>" (learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online).',
    phrases: [
      'user unknown',
      // Cyrus lmtpd's "Mailbox unknown. Either there is no mailbox associated with this name …"
      // and the Yale / uci.edu notice's "<addr>    Mailbox unknown" (flufl.bounce yale.py,
      // simplematch): the words alone, with no code.
      'mailbox unknown',
      // A notice's heading over its list of addresses, the cause said once of them all ("The
      // following recipients are unknown:", then the addresses; observed wording of plain
      // notices and gateways' lists): the plural of the wordings below, with the list's noun.
      'recipients are unknown',
      'addresses are unknown',
      'users are unknown',
      'recipients do not exist',
      'addresses do not exist',
      'users do not exist',
      // A gateway's list of the recipients it takes: ZeroSpam "554 5.7.1 <addr>: Recipient address
      // rejected: Not in recipient list" (the SMTP Field Manual's ZeroSpam replies).
      'not in recipient list',
      // AT&T (prodigy.net) "550 5.2.1 <addr>... blank mailhost - invalid address, relay=[192.0.2.1]"
      // (the SMTP Field Manual's AT&T replies): the address has no usable mail host part, an
      // invalid address, not a disabled mailbox as its X.2.1 would read.
      'blank mailhost',
      // Novell GroupWise: "The message that you sent was undeliverable to the following:",
      // then "<user> (User not on post office)" (as list managers' bounce parsers quote it).
      'user not on post office',
      // Exchange 5.5's own sentence for an unknown recipient, under "<name> on <date>" (its IMS
      // adds "(000C05A6) Unknown Recipient"; its MTA does not), as Microsoft KB Q246881 and
      // KB Q251152's neighbours quote the reports; Sisimai Lhost::Exchange2003 reads it so.
      'the recipient name is not recognized',
      'unknown user',
      'user is unknown',
      'unknown recipient',
      'recipient unknown',
      'unknown address',
      'address unknown',
      // Strato's list of refusals: "550 recipient e-mail adress unknown" (strato.de FAQ 2420,
      // "Empfängeradresse ist nicht bekannt"), the misspelling as its server writes it.
      'recipient e-mail adress unknown',
      'recipient email adress unknown',
      'recipient adress unknown',
      'addressee unknown',
      'unknown local part',
      // BT Email "550 unknown local user" (bt.com help, error 550: an address at btinternet.com or
      // btopenworld.com that does not exist).
      'unknown local user',
      // Coremail's list of the returns its users meet from other servers (icoremail.vip support,
      // cate_id=84): "local server don't exists that user", "not user of this server".
      "don't exists that user",
      'not user of this server',
      // Lycos "550 <addr>: Recipient address rejected: Account Closed", listed with the addresses
      // that do not exist (any longer) in sitepackage.de's table of German providers' replies; Lotus
      // Domino "User <addr> not listed in Domino Directory" in the same table (the directory
      // holds no such person).
      'address rejected: account closed',
      'not listed in domino directory',
      'unknown or illegal alias',
      'unknown or illegal user',
      'no such user',
      'no such recipient',
      'no such mailbox',
      'no such account',
      'no such address',
      'no such person',
      'no mailbox',
      'user not found',
      'recipient not found',
      'mailbox not found',
      'address not found',
      // Gmail "… because the address couldn't be found, or is unable to receive mail",
      // Outlook "The email address you entered couldn't be found".
      "address couldn't be found",
      'address could not be found',
      'account not found',
      'not found in',
      'does not exist',
      'doesn\'t exist',
      // Alibaba Mail (Alimail), misspelt as it sends it: "554 RCPT (nobody@example.com) dosn't
      // exist" (its MTA reply list, help.aliyun.com document 36612 and copies of it).
      'dosn\'t exist',
      // A gateway's list of the addresses it found invalid (Spambrella's SMTP Discovery: "550
      // 5.7.1 <a>: Recipient address rejected: User email address is marked as invalid").
      'address is marked as invalid',
      'does not have an account',
      'doesn\'t have a',
      'not a valid mailbox',
      'not a valid user',
      'not a valid recipient',
      'invalid recipient',
      'invalid mailbox',
      'invalid user',
      'invalid address',
      'invalid e-mail address',
      'recipnotfound',
      'recipientnotfound',
      'user doesn\'t',
      'no account',
      'not our customer',
      'not known',
      'not listed in',
      'no longer valid',
      // An admin's text for a retired address, as Exim's redirect ":fail:" or a Postfix access
      // REJECT shows it under the address: "This address is no longer in use." (observed
      // wording). The address itself is gone; an auto-reply that says so is read as one first.
      'address is no longer in use',
      'is not a known user',
      'bad destination mailbox',
      'mailbox unavailable',
      'mailbox is unavailable',
      'recipient rejected',
      'recipient address rejected',
      'address rejected',
      'undeliverable address',
      'archived recipient',
      'bad recipient',
      { text: 'bad-recipient', slug: 'bad-recipient-hyphenated' },
      { text: 'bad_recipient', slug: 'bad-recipient-underscored' },
      'badrcptto',
      "can't accept user",
      'addresses were unknown',
      'is not an active address',
      'mailbox not present',
      'mailbox invalid',
      'no account by that name',
      'non-existent user',
      'nonexistent user',
      { text: 'non existent user', slug: 'non-existent-user-spaced' },
      { text: 'unknown local-part', slug: 'unknown-local-part-hyphenated' },
      'no one at this address',
      'no longer accepts mail',
      'email name is not found',
      // (Postfix's "554 5.5.1 Error: no valid recipients", its answer to DATA once every RCPT TO
      // was refused, is no unknown user: see decision.no-valid-recipients-protocol-status.)
      'no valid recipients',
      // The CCSO/ph directory lookup of old Sendmail sites (Sisimai Reason/UserUnknown "no matches
      // to nameserver query"): no person of that name in the directory, not a DNS fault, so it
      // stands before the network words of "nameserver".
      'no matches to nameserver query',
      // Microsoft 365 / Outlook.com notices: "bob wasn't found at example.com.", "Unknown To address".
      'wasn\'t found at',
      'was not found at',
      // Exchange's and Microsoft 365's sentence for RESOLVER.ADR.RecipNotFound (5.1.1, 5.1.10)
      // in the notice's text: "The e-mail address you entered couldn't be found."
      'address you entered couldn\'t be found',
      'address you entered could not be found',
      'unknown to address',
      'no mail box',
      // Sisimai Reason/UserUnknown: "550 Address invalid", "Address not present in directory",
      // "Recipient address rejected: invalid-recipient", "Recipient address rejected: userunknown"
      // (the words after "rejected:", not an address that holds them), "Recipient not exist",
      // "User not exist", qmail patches "This recipient is in my badrecipientto list",
      // "This recipient is not in my validrcptto list", "No <name> in name directory", and a typo
      // servers really send ("Mailbox unavaiable").
      'address invalid',
      'not present in directory',
      { text: 'invalid-recipient', slug: 'invalid-recipient-hyphenated' },
      'rejected: userunknown',
      'recipient not exist',
      'user not exist',
      'badrecipientto',
      'validrcptto',
      'in name directory',
      'mailbox unavaiable',
      // vpopmail's vdeliver: "Invalid or unknown virtual user 'nobody'" (Sisimai Reason/UserUnknown).
      'unknown virtual user',
      // Exchange Server / Microsoft 365 "501 5.1.6 Recipient addresses in single label domains not
      // accepted" (an address such as nobody@contoso, without a top-level domain; Exchange Server NDR
      // reference, RejectSingleLabelRecipientDomains): the address itself cannot be delivered to.
      'single label domains not accepted',
      // Yandex lists these with "the email was sent to a non-existing address"
      // (yandex.com/support/mail/bounces/yandex.html): "554 5.5.1 No correct recipients" (every
      // recipient refused), Postfix reject_non_fqdn_recipient "Recipient address rejected: need
      // fully-qualified address" (an address without a domain; the sender's own is the rejected group).
      'no correct recipients',
      'recipient address rejected: need fully-qualified address',
    ],
    patterns: [
      // "<nobody@example.org>... unknown", "nobody@example.org: unknown": the word alone after
      // the address. Alone anywhere else it names nothing ("550 Unknown error", "Rejected for
      // unknown reasons", "Unknown command").
      {
        slug: 'address-unknown-after',
        re: /@[^\s<>@]+>?(?:\.{3}|:)?\s+(?:is\s+)?unknown\b/,
        cue: 'unknown',
      },
      // "User nobody was not found", "Recipient nobody was not found in LDAP",
      // "<nobody@example.org> not found": the named user or address is not found.
      {
        slug: 'named-not-found',
        re: /(?:\b(?:user|recipient|mailbox|account) [^\s<>]{1,64}|<[^\s<>@]+@[^\s<>]+>) (?:was |is )?not found\b/,
        cue: 'not found',
      },
      // "550 Unknown email address", "Unknown e-mail address <nobody@example.org>" (Sisimai
      // Reason/UserUnknown "unknown e…mail address"); not "mail from unknown email addresses",
      // a policy on senders.
      {
        slug: 'unknown-email-address',
        re: /(?<!from )(?<!from an )\bunknown e-?mail address(?!es)\b/,
        cue: 'unknown e',
      },
      // "Recipient <nobody@example.org> unknown", "User nobody@example.org is unknown".
      {
        slug: 'named-unknown',
        re: /\b(?:user|recipient|mailbox|account) <?[^\s<>@]+@[^\s<>@]+>? (?:is )?unknown\b/,
        cue: 'unknown',
      },
    ],
  },
  {
    reason: 'notcompliantrfc',
    source: 'Message-format refusals: Gmail "is not RFC 5322 compliant", duplicate or missing required headers.',
    phrases: ['rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'not rfc compliant', 'rfc compliant', 'multiple addresses in from', 'missing a valid message-id', 'headers are not'],
  },
  {
    reason: 'contenterror',
    source: 'RFC 3463 X.6.x content and encoding refusals: bare LF, 8-bit headers, broken MIME.',
    // Also Exchange's older "554 5.5.6 Invalid message content" (Sisimai Rhost/Microsoft, contenterror).
    phrases: ['invalid message content', 'bare lf', 'bare linefeed', '8-bit', '8bit', 'illegal character', 'invalid character', 'malformed', 'encoding', 'line too long', 'content error', 'corrupt'],
    // MIME, but not S/MIME (RFC 8551: signing and encryption, a security matter, not the
    // message's structure): "send it again with encryption (S/MIME) turned on" names no broken MIME.
    patterns: [{ slug: 'mime', cue: 'mime', re: /(?<!s\/)\bmime\b/ }],
  },
  {
    reason: 'mailererror',
    source: 'A local delivery program\'s own output, before the words it prints ("Command output: permission denied", "/usr/bin/maildrop: ...", "/usr/bin/procmail: ..."; Sisimai Reason/MailerError).',
    phrases: ['command output:', 'bin/maildrop', 'bin/procmail'],
  },
  {
    reason: 'policyviolation',
    source: 'Local policy refusals that are not about the sender\'s IP: attachment bans, content policy, Yahoo "not accepted for policy reasons".',
    phrases: [
      'host network not allowed',
      // Baruwa (MailScanner) gateways: "550 Legitimate bounces are never sent to more than one
      // recipient." (a bounce addressed to many is refused as backscatter; umanix bastion's list).
      'bounces are never sent to more than one recipient',
      // Postfix's reject_multi_recipient_bounce: "550 5.5.0 <addr>: Data command rejected:
      // Multi-recipient bounce" (postconf(5)): the same rule, a bounce with many recipients.
      'multi-recipient bounce',
      // Sina Mail "553 private list access denied." (列表访问拒绝, a closed list refuses a sender who
      // is not a member; blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html).
      'private list access denied',
      // Gmail: "... blocked because its content presents a potential security issue" (often cut
      // at the line end in a summary).
      'content presents a potential',
      // A content filter's refusal that names no verdict ("550 5.7.1 Message refused by the
      // recipient's content filter", "554 5.7.1 Rejected by content filter"; observed wordings):
      // the receiver's rules about content refused it, spam or not (a spam verdict beside it,
      // "… content filter: spam detected", is read by the spam group above).
      'content filter',
      // "Message not accepted for policy reasons" (Yahoo, with 5.7.9, whose registry meaning
      // is a weak SMTP AUTH mechanism): the words say why, so they decide, not the code.
      'for policy reasons',
      'policy',
      'prohibited',
      'not allowed',
      'attachment',
      'forbidden',
      'violat',
      'restricted',
      'executable',
      'file type',
      // "Message rejected due to content restrictions": a content rule of the receiver.
      'content restriction',
      // A content rule's ban (amavisd-new's BANNED: a file name or type the receiver refuses;
      // Symantec's list of the replies it passes back: "554 Rejected due to banned content";
      // Barracuda "550 rejecting banned content"): a rule, not a spam verdict.
      'banned content',
      // Office files with macros refused by type: "552 MS-Office file containing VBA macros found
      // inside of the email" (knowledge.broadcom.com article 162445).
      'vba macro',
      // Header checks that refuse the message by its headers without naming a broken one
      // ("554 5.7.9 Header error", "Headers are not accepted", "Message header rejected"): a
      // local rule, not a format error.
      'header error',
      'headers are not accepted',
      'header are not accepted',
      'header rejected',
    ],
  },
  {
    reason: 'securityerror',
    source: 'Security refusals without a more specific reason: authentication required, forged sender.',
    phrases: [
      // Zoho Mail stops an account's outgoing mail: "550 5.4.6 Unusual sending activity detected."
      // (help.zoho.com community; Zoho's blocked-accounts page: "suspicious login activity") — the
      // sender's account, not a routing loop as X.4.6 would read.
      'unusual sending activity',
      // NetEase's submission "451 Requested mail action not taken: too much fail authentication"
      // (its bounce-code list: too many failed logins, logins barred for a while); the same said
      // plainly by other servers ("too many failed authentication attempts", "too many
      // authentication failures"). The sender's login, never the recipient.
      'too much fail authentication',
      'too many failed authentication',
      'too many authentication failures',
      'too many failed login',
      // Alibaba Mail "541 This account isn't allowed to send email" (its MTA reply list): the
      // sending account may not send, like mail.ru's "Message sending for this account is disabled".
      "account isn't allowed to send",
      'account is not allowed to send',
      'turn on smtp authentication',
      // Sina Mail's list of its replies: "553 relay check local fail." (本域用户必须通过验证, a sender
      // of its own domain must log in first; blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html).
      'relay check local fail',
      'without authentication',
      'unauthenticated senders',
      'authentication required',
      'authentication is required',
      'must authenticate',
      // IONOS (its German help on undeliverable mail): "550 must be authenticated", the relay
      // takes mail only from a logged-in sender.
      'must be authenticated',
      'not authenticated',
      'auth required',
      'forged',
      'spoof',
      'impersonat',
      'security',
      'unauthorized',
      'not authorized',
      'permission denied',
      'delivery not authorized',
      'insecure',
      'authentication failure',
      'authentication failed',
      // IceWarp "501 5.0.0 Authentication canceled" (its table of 5xx replies: the client broke
      // off its AUTH exchange), also spelt "cancelled".
      'authentication canceled',
      'authentication cancelled',
      'authentication credentials invalid',
      'authentification requise',
      'authentification invalide',
      'account not subscribed to ses',
      // Exim's own "535 Incorrect authentication data", Mimecast "550 Submitter failed to
      // authenticate" (a submission login refused).
      // Gmail submission "454 4.7.0 Too many login attempts", "503 5.7.0 No identity changes
      // permitted" (support.google.com/a/answer/3726730).
      'too many login attempts',
      'no identity changes permitted',
      'incorrect authentication data',
      'submitter failed to authenticate',
      // The sending account or address not yet verified with the service that sends it: Amazon
      // SES "554 Message rejected: Email address is not verified. The following identities failed
      // the check in region …" (docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html;
      // its first sentence stands with the sender's refusals, `rejected`);
      // the same said of "your account" ("… because your account has not been verified"). The
      // sender's own standing, never the recipient's mailbox, whatever the status code says.
      'identities failed the check',
      'your account is unverified',
      'your email account is unverified',
    ],
    patterns: [
      // "your account has not been verified", also with the account's address between
      // ("your account zack@example.com has not been verified").
      { slug: 'your-account-not-verified', cue: 'account', re: /\byour (?:e-?mail )?account(?: <?[^\s<>@]{1,64}@[^\s<>]{1,255}>?)? (?:has not been|hasn't been|is not|isn't|was not) (?:yet )?verified\b/ },
    ],
  },
  {
    reason: 'failedstarttls',
    source: 'STARTTLS required by the receiver but not completed (RFC 3207; Gmail "TLS required"; MTA-STS/DANE failures).',
    // Mimecast "553 This route requires encryption (TLS)", "... requires high-strength ciphers" (its
    // Secure Receipt policy; community.mimecast.com, Mimecast SMTP error codes).
    // The sending server's own TLS failures, with DANE and MTA-STS (Sisimai Reason/FailedSTARTTLS:
    // "the error related to STARTTLS, DANE, MTA-STS"): Postfix smtp(8) "TLS is required, but was
    // not offered by host …", "Server certificate not verified", "Server certificate not trusted",
    // "Cannot start TLS: handshake failure"; Exim "a TLS session is required, but the server did
    // not offer TLS support"; Stalwart (crates/smtp/src/outbound/dsn.rs) "TLS error from '<host>':
    // …", "DANE failed to authenticate '<host>': …". Certificate checks that fail are also
    // worded "certificate verification failed" (Postfix's TLS log and notices).
    // Exchange Online's queue "450 4.7.320 Certificate validation failed" (Mail flow intelligence in
    // EOP: the destination server's certificate expired, its subject does not match, or it is no
    // longer valid) — a failed TLS set-up, not an expired message.
    phrases: [
      'starttls',
      'tls required',
      'certificate validation failed',
      'requires tls',
      'must issue a starttls',
      'encryption required',
      'tls handshake',
      'tls negotiation',
      'route requires encryption',
      'high-strength ciphers',
      'tls is required, but',
      'a tls session is required',
      'server certificate not verified',
      'server certificate not trusted',
      'certificate verification failed',
      // Exchange Online's DANE and DNSSEC checks of the receiving server (Sisimai Rhost/Microsoft,
      // Microsoft's NDR list): "5.7.322 certificate-expired: Destination mail server's certificate
      // is expired", "5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
      // "5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject
      // alternative name matching the hostname (DANE)": the receiving server's TLS setup, never a
      // message that expired in a queue.
      'certificate-expired',
      "certificate is expired",
      'certificate has expired',
      'dnssec-invalid',
      'certificate-host-mismatch',
      'cannot start tls',
      'tls error from',
      'dane failed to authenticate',
    ],
  },
  {
    reason: 'speeding',
    source: 'Hourly recipient limits (GoDaddy "has sent to too many recipients this hour" and similar), which read like a connection limit but are a sending-rate limit.',
    // cPanel's Exim: "Domain example.com has exceeded the max defers and failures per hour (5/5
    // (100%)) allowed. Message discarded." (the sender's own server stops its mail for the hour).
    // Cisco Secure Email (AsyncOS) throttling a sender group by its default reply "452 Too many
    // recipients received this hour" (ESA admin guide, mail flow policies: rate limiting).
    phrases: ['recipients this hour', 'recipients received this hour', 'messages this hour', 'recipients per hour', 'messages per hour', 'emails per hour', 'defers and failures per hour'],
  },
  {
    reason: 'toomanyconn',
    source: 'Connection limits: "too many connections", "too many concurrent SMTP connections", "too many sessions".',
    phrases: [
      'ip frequency limited',
      'connection frequency limited',
      'connection rate limit',
      // Ghent University's relay: "421 4.5.1. Connection Rate - See https://helpdesk.ugent.be/email/"
      // (its FAQ: too many connections in the last 10 minutes; try later, and clicking send again
      // makes it worse). The words name the connections, not a syntax fault as 4.5.1 would read.
      'connection rate',
      'too many recipients',
      // Alibaba Mail / DirectMail: "505 the total of RCPTs is achieved the maximum threshold",
      // "556 The number of RCPTs is over size" (their reply lists): too many recipients at once.
      'total of rcpts is achieved',
      'number of rcpts is over',
      // Sina Mail's list of its replies: "451 out of allow RCPT numbers." (超出 RCPT 允许上限, more
      // recipients than it allows in one message; blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html).
      'out of allow rcpt numbers',
      'too many clients',
'too many connections', 'too many concurrent', 'too many simultaneous', 'too many sessions', 'too many new tls sessions', 'concurrent sessions', 'connection limit', 'connections from your', 'max connections', 'too many smtp sessions', 'trop de connexions'],
  },
  {
    reason: 'speeding',
    source: 'Rate limits: Gmail 4.2.1 "receiving mail at a rate", Yahoo "receiving mail too quickly", throttling.',
    phrases: ['rate limit', 'ratelimit', { text: 'rate-limit', slug: 'rate-limit-hyphenated' }, 'too many messages', 'too many mails', 'too many e-mails', 'too many emails', 'receiving mail at a rate', 'receiving mail too quickly', 'too fast', 'too quickly', 'throttl', 'sending rate', 'exceeded the rate', 'slow down', 'message rate',
      // Cloudmark's hosted MX (cloudfilter.net: Shaw, Cox, carriers' mail-to-SMS gateways): "452 4.1.0
      // server temporarily unavailable AUP#MXRT", the rate limit on the sending MX (Shaw's support
      // forum: "MXRT means they are rate limiting connections"; Cox's own tag is AUP#CXMXRT).
      'aup#mxrt'],
  },
  {
    reason: 'mesgtoobig',
    source:
      'A retelling of a size refusal in the notices\' own languages: the word for the message, then "was too large" later in the sentence ("Ihre E-Mail an <a> war zu groß", "Je mail aan <a> was te groot", "Twój e-mail do <a> był za duży", "Ваше письмо для <a> было слишком большим"); the words alone may be said of any file or photo.',
    phrases: [],
    patterns: [
      {
        slug: 'message-was-too-large-localized',
        cues: ['war zu gro', 'was te groot', 'za duż', 'слишком большим'],
        re: /(?:e-?mail|\bmail|nachricht|bericht|wiadomość|письмо|сообщение)(?:[^.;!?\n]|\.(?=\S)){0,60}?(?:war zu groß|was te groot|był za duży|była za duża|было слишком большим)/,
      },
    ],
  },
  {
    reason: 'expired',
    source:
      'Notices in their own languages that a message could not be delivered within a number of days or hours ("konnte innerhalb von 5 Tagen nicht zugestellt werden", "n\'a pas pu être remis en 5 jours", "kon binnen 5 dagen niet worden bezorgd", "5日間配信できなかった", "在5天内未能送达"): the sending server gave up after that long, as English "could not be delivered for 5 days" (RFC 3463 X.4.7).',
    phrases: [],
    patterns: [
      { slug: 'days-not-delivered-de', re: /\b\d{1,3} (?:tage|tagen|stunden)(?: lang)? nicht (?:zugestellt|zustellbar|ausgeliefert)/, cue: ' nicht ' },
      { slug: 'not-delivered-days-fr', cues: ['jours', 'heures'], re: /(?:pas pu être|pas été|impossible de) (?:remis|distribué|délivré|livré|remettre|distribuer|délivrer)[^.;:!?\n\d]{0,30}\d{1,3} (?:jours|heures)\b/ },
      { slug: 'not-delivered-days-es', cues: ['días', 'dias', 'horas'], re: /(?:no (?:pudo|se pudo|ha podido|se ha podido) (?:ser )?entrega(?:rse|r|do|da)|no (?:fue|ha sido|se ha) entregad[oa])[^.;:!?\n\d]{0,30}\d{1,3} (?:días|dias|horas)\b/ },
      { slug: 'not-delivered-days-it', cues: ['è stat', 'può essere', 'ha potuto essere', 'impossibile'], re: /(?:non (?:è stato|è stata|può essere|ha potuto essere|è stato possibile)|impossibile) (?:consegnat[oa]|recapitat[oa]|consegnare|recapitare)[^.;:!?\n\d]{0,30}\d{1,3} (?:giorni|ore)\b/ },
      { slug: 'not-delivered-days-pt', cues: ['dias', 'horas'], re: /(?:não (?:pôde|pode|foi possível) (?:ser )?entreg(?:ue|ar)|não foi entregue)[^.;:!?\n\d]{0,30}\d{1,3} (?:dias|horas)\b/ },
      { slug: 'days-not-delivered-nl', re: /\b\d{1,3} (?:dagen|uur)\b[^.;:!?\n\d]{0,30}niet (?:worden )?(?:bezorgd|afgeleverd)/, cue: 'niet ' },
      { slug: 'not-delivered-days-pl', re: /(?:nie udało się (?:jej )?dostarczyć|nie (?:została|zostało|mogła zostać|może zostać) dostarczon[aey]|nie dostarczono)[^.;:!?\n\d]{0,30}\d{1,3} (?:dni|godzin)/, cue: 'nie ' },
      { slug: 'not-delivered-days-sv', re: /(?:kunde inte levereras|levererades inte|gick inte att leverera)[^.;:!?\n\d]{0,30}\d{1,3} (?:dagar|dygn|timmar)\b/, cue: 'leverera' },
      { slug: 'days-not-delivered-ja', cues: ['配信', '送信', '配送'], re: /\d{1,3} ?(?:日間|日|時間)(?:経過)?[^。\n\d]{0,20}?(?:配信|送信|配送)(?:でき|に失敗|されませんでした)/ },
      { slug: 'days-not-delivered-zh', cues: ['送达', '送達', '投递', '投遞', '发送', '發送', '传递', '傳遞'], re: /\d{1,3} ?(?:天|小时|小時)(?:之内|内|內)?[^。\n\d]{0,6}?(?:未能|无法|無法|仍未|没有|沒有)(?:送达|送達|投递|投遞|发送|發送|传递|傳遞)/ },
      // A retelling of such a notice: the verb of delivering, then the words for giving up later in the sentence ("Der Server hat fünf Tage lang versucht, Ihre E-Mail an <a> zuzustellen, und hat dann aufgegeben", "… de remettre votre courriel à <a>, puis a abandonné", "服务器尝试投递…5天后放弃了"); the giving up alone may be anyone's about anything.
      {
        slug: 'tried-to-deliver-then-gave-up',
        cues: ['aufgegeben', 'abandonné', 'desistió', 'rinunciato', 'desistiu', 'opgegeven', 'zrezygnował', 'gav sedan upp', 'прекратил'],
        re: /(?:zuzustellen|zustellen|remettre|délivrer|entregar|consegnare|recapitare|bezorgen|afleveren|dostarczyć|leverera|доставить)(?:[^.;!?\n]|\.(?=\S)){0,120}?(?:dann aufgegeben|puis (?:a )?abandonné|luego desistió|poi ha rinunciato|depois desistiu|daarna opgegeven|po czym zrezygnował|gav sedan upp|прекратил попытки)/,
      },
      { slug: 'tried-to-deliver-then-gave-up-zh', cues: ['放弃'], re: /(?:投递|投遞|发送|發送)[^。\n]{0,60}?后放弃/ },
      { slug: 'not-delivered-days-ru', re: /(?:не удалось доставить|не (?:было )?доставлен[оа]?|не может быть доставлен[оа]?)[^.;:!?\n\d]{0,30}\d{1,3} (?:дней|дня|день|часов|часа)(?![а-яё])/, cue: 'достав' },
    ],
  },
  {
    reason: 'expired',
    source: 'Queue lifetime reached (RFC 3463 X.4.7): Postfix "delivery temporarily suspended ... expired", Exim "retry timeout exceeded", qmail "giving up", Exchange QUEUE.Expired.',
    phrases: [
      'retry timeout exceeded',
      'retry time not reached',
      'queue too long',
      'in the queue too long',
      'delivery time expired',
      'message expired',
      'queue.expired',
      'gave up',
      'expired',
      'could not be delivered for',
      // Sendmail's queue timeout in older releases and in V5 transcripts: "550 <addr>...
      // Cannot send message for 5 days" (its queue return interval; Sisimai Lhost/V5sendmail.pm).
      'cannot send message for',
      'undeliverable for',
      'delivery attempts will continue',
      'timeout exceeded',
      'was not delivered within',
      'could not be delivered within',
      // A final bounce after connection time-outs: the sender retried until its queue
      // lifetime ran out.
      'connection timed out',
      'timed out',
      'did not accept our requests to connect',
      // Sendmail's delay warning: "Warning: message still undelivered after 4 hours".
      'still undelivered after',
      'could not find a gateway for',
      'has not been collected after',
      'allowed queue period',
      'server did not respond',
      // "Deliveries to this address have been failing for a long time", "Unable to deliver message
      // after multiple retries" (Sisimai Reason/Expired).
      'failing for a long time',
      'after multiple retries',
      // Haraka's outbound, once its temporary failures outlast temp_fail_intervals: "Too many
      // failures (Tried all MXs)", the last temporary error in brackets (outbound/hmail.js,
      // convert_temp_failed_to_bounce): it retried until it gave up.
      'too many failures (',
    ],
    patterns: [
      // "giving up" (qmail-send's queue lifetime, others' last try), but not qmail-remote's
      // "Giving up on 192.0.2.1." under a refusal of every recipient: that host refused, nothing
      // expired (qmail-remote.c writes it after "does not like recipient" / "Remote host said:").
      { slug: 'giving-up', cue: 'giving up', re: /giving up(?! on (?:\[?[0-9a-f.:]{3,45}\]?|[a-z0-9.-]{1,253})\.?(?:\s|$))/ },
    ],
  },
  {
    reason: 'networkerror',
    source: 'Connection and DNS problems on the way (RFC 3463 X.4.x): refused connections, loops. Windows mail servers (hMailServer, MDaemon, SmarterMail) quote the socket error of a refused connection, "No connection could be made because the target machine actively refused it" (WSAECONNREFUSED), under its own heading about the connection to the receiving server (its SMTPClientConnection source).',
    phrases: [
      'connection refused',
      'no connection could be made',
      'actively refused it',
      'connection to recipients server failed',
      'connect to',
      'could not connect',
      'couldn\'t connect',
      'unable to connect',
      'no route to host',
      'network is unreachable',
      'host is unreachable',
      'lost connection',
      'connection reset',
      'connection closed',
      'dns',
      'name server',
      'nameserver',
      'mail loop',
      'loops back',
      'loop detected',
      'routing loop',
      'too many hops',
      'hop count',
      'unable to route',
      'no answer',
    ],
  },
  {
    reason: 'mailererror',
    source: 'Local delivery programs failing (Postfix pipe/local "Command died", Sendmail "unknown mailer error", X-Unix diagnostics).',
    phrases: [
      'mailer error',
      'unknown mailer',
      'command died',
      'command failed',
      'exit status',
      'exit code',
      'pipe to',
      'procmail',
      'x-unix',
      'mail delivery agent',
      'delivery program',
      // Sendmail words a delivery program's exit status by sysexits(3): EX_OSERR (71) is
      // "451 4.0.0 Operating system error", EX_SOFTWARE (70) "Internal software error".
      'operating system error',
      'internal software error',
    ],
  },
  {
    reason: 'syntaxerror',
    source: 'RFC 5321 500-504 command and sequence errors.',
    phrases: ['syntax error', 'command unrecognized', 'unrecognized command', 'command not recognized', 'bad sequence', 'command not implemented', 'out of sequence', 'invalid command', ],
  },
  {
    reason: 'systemerror',
    source: 'Faults on the receiving side: RFC 5321 451 "local error in processing", directory failures, misconfiguration.',
    phrases: [
      'service currently unavailable',
      // "450 4.7.1 <addr>: Recipient address rejected: Service is unavailable (try later)"
      // (Proxmox Mail Gateway's greylisting reply, pmgpolicy): the receiving service is what is
      // unavailable, not the recipient's account ('is unavailable', suspend, is the weak
      // reading of a mailbox that "is unavailable").
      'service is unavailable',
      // "550 <addr>: user missing home directory" (Sisimai lists it under UserUnknown): the user is
      // known to the server, whose mailbox directory is missing, a fault of the receiving host;
      // nothing says the address is bad.
      'missing home directory',
      // RFC 3463 X.1.4 "Destination mailbox address ambiguous": the address fits more than one
      // mailbox in the receiver's directory (Exchange "550 5.1.4 Destination mailbox address
      // ambiguous", Sisimai Rhost/Microsoft): the receiver's directory to fix, not a bad address.
      'address ambiguous',
      'ambiguous address',
      'ldap',
      'directory server',
      'could not load',
'system error', 'internal error', 'local error', 'temporary local problem', 'local problem', 'processing error', 'misconfigured', 'configuration error', 'temporarily unavailable', 'service unavailable', 'resources', 'system failure', "can't create user output file", 'interrupted system call', 'encountered an error while being processed', 'queue file write error', 'there is no mdb', 'system config error', 'timeout waiting for input',
      // do.de's list of common replies: "421 mx??.de: Too much load; please try again later", the
      // receiving server overloaded for the moment.
      'too much load'],
    // "server error", but not the label of a mail app's sending-error template: Outlook Express and
    // Windows (Live) Mail end theirs with "Server Response: '…', Port: 25, Secure(SSL): No, Server
    // Error: 554, Error Number: 0x800CCC79" (observed wording; Microsoft KB 813514 lists the
    // 0x800CCCxx numbers): that label names the reply code, never the cause the response states.
    patterns: [{ slug: 'server-error', re: /\bserver error\b(?!: ?[245]\d\d\b)/, cue: 'server error' }],
  },
];

/**
 * The table: the English groups above, each followed by the groups of the same reason in
 * other languages (`knowledge/languages/`, one file per language, each wording with its
 * source).
 */
export const PHRASE_GROUPS: readonly PhraseGroup[] = withLanguageGroups(ENGLISH_GROUPS, (reason, phrase) => phraseId(reason, phrase), slugOf);
