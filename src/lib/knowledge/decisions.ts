/**
 * The classifier's special cases, as a table. The words of the bounce (provider rules,
 * the phrase table, a format's own reading, a vendor's category field) decide first;
 * then the rows are walked, phase by phase:
 *
 * 1. `before-status` rows decide when no words did, ahead of the status code;
 * 2. (the status code, `knowledge/status-reasons.ts`);
 * 3. `fallback` rows decide when neither words nor the status code did: the SMTP stage
 *    and the bare reply code. They are broad guesses and say so (`confidence: low`);
 * 4. `adjust` rows change whatever was decided, because the SMTP stage or the code says
 *    what the words cannot (a "user unknown" at MAIL FROM is about the sender).
 *
 * A row applies when any one of its conditions holds (every field of a condition must
 * hold); within a phase the first row that applies decides. Each row has a stable id
 * (`stage.*`, `reply.*`, `dsn.*`, `decision.*`), which the decision trail and the golden
 * samples record, and the source it follows.
 */
import type { Confidence, ReasonId, SmtpCommand } from '../core/types.ts';

/** A certificate or the sending server, and the words of not finding it, in one clause, in the eleven languages. */
const SENDING_SIDE_THING =
  '(?:certificate|zertifikat|certificat|certificado|certificato|certificaat|certifikat|certyfikat|сертификат|証明書|证书|證書|sending server|sender\'?s server|sending host|sendenden servers?|absenderservers?|serveur (?:expéditeur|d\'envoi|de l\'expéditeur)|servidor (?:remitente|de envío|del remitente)|server (?:mittente|di invio|del mittente)|verzendende server|server van de afzender|sändande server|avsändarens server|serwer(?:a)? (?:nadawcy|wysyłając(?:y|ego))|сервер(?:а)? отправителя|отправляющего сервера|送信(?:元)?サーバ|发送服务器|發送伺服器|发件服务器)';
const NOT_FOUND_WORDS =
  '(?:not (?:be )?found|nicht gefunden|introuvable|pas été trouvé|no se encontró|no encontrado|não (?:foi )?encontrad[oa]|non (?:è stato )?trovato|niet (?:worden )?gevonden|hittades inte|inte hittades|nie znaleziono|nie (?:został )?znalezion[ya]|не найден|見つかりません|見つからな|未找到|找不到)';
/**
 * The words of not existing and of not being known, in the eleven languages (lang24): said of
 * a thing of the sending side they are no more the recipient's than "not found" is ("Die
 * Transportregel existiert nicht", "La pièce jointe n'existe pas", "添付ファイルが存在しません").
 */
const NOT_EXIST_WORDS =
  "(?:does ?n[o']t exist|no longer exists|unknown|existiert nicht|unbekannt[a-z]*|n'existe pas|inconnue?s?|no existe|desconocid[oa]s?|non esiste|sconosciut[oa]|não existe|desconhecid[oa]|bestaat niet|onbekende?|nie istnieje|nieznan[a-ząęy]*|finns inte|okänd|не существует|неизвестн[а-я]*|存在しません|存在しない|不明|不存在|未知)";
const NOT_FOUND_OR_NONE = `(?:${NOT_FOUND_WORDS}|${NOT_EXIST_WORDS})`;
/** One clause: up to 80 characters with no sentence end between the thing and its words. */
const CLAUSE_GAP = '[^.;!?\\n。]{0,80}';
/** A thing and the words that it is missing, in one clause, either order ("the X was not found", "nie znaleziono X"). */
function missing(thing: string, words = NOT_FOUND_OR_NONE, gap = CLAUSE_GAP): string {
  return `${thing}${gap}${words}|${words}${gap}${thing}`;
}
const NOT_FOUND_SENDING_SIDE = new RegExp(missing(SENDING_SIDE_THING));

/**
 * A thing of the message or of its routing, in the eleven languages (lang24): the attachment
 * ("Anhang", "pièce jointe", "adjunto", "allegato", "anexo", "bijlage", "załącznik", "bifogad
 * fil", "вложение", "添付", "附件") or a routing / transport rule. Not English "file" or "Datei":
 * a mailbox file is the recipient's.
 */
const MESSAGE_THING =
  '(?:attachment|attached file|referenced file|anhang|dateianhang|pièce jointe|pièces jointes|adjunto|allegat[oi]|anexo|bijlage|załącznik|bifogade? fil|bilaga|вложени[а-я]*|添付|附件|附加ファイル|routing rule|transport rule|routing-regel|routingregel|transportregel|règle de routage|regla de enrutamiento|regola di instradamento|regra de roteamento|routeringsregel|reguł[a-ząęy]* routingu|routningsregel|правил[а-я]* маршрутизации|ルーティングルール|路由规则)';
/** The recipient, its address or mailbox, named in the eleven languages. */
const RECIPIENT_WORDS =
  /\b(?:user|mailbox|recipient|addressee|account)\b|empfänger|postfach|benutzer|destinataire|boîte|utilisateur|destinatario|buzón|usuario|casella|utente|destinatário|caixa postal|usuário|utilizador|ontvanger|mailbox|postvak|gebruiker|odbiorc|adresat|skrzynk|użytkownik|mottagare|brevlåda|postlåda|användare|получател|ящик|пользовател|宛先|メールボックス|ユーザ|收件人|邮箱|用户|信箱/;
const NOT_FOUND_MESSAGE_THING = new RegExp(missing(MESSAGE_THING));

/**
 * The words of a bad address, of the kinds the phrase table reads as an unknown user or host, a
 * moved address or a destination that takes no mail: not existing, not found or not known, no MX,
 * not resolved, invalid, moved (audit30 round).
 */
const BAD_ADDRESS_WORDS = `(?:${NOT_FOUND_OR_NONE}|no mx|null mx|no mail exchanger|could not be resolved|cannot be resolved|can't be resolved|unable to resolve|does not resolve|not resolvable|not known|not listed in|no longer valid|invalid domain|invalid address|is invalid|has moved|accepts no mail|no account)`;
/** One clause whose names may hold dots ("example.com", "198.51.100.7"): no sentence end between. */
const NAME_GAP = '(?:[^.;!?\\n。]|\\.(?=[a-z0-9])){0,80}?';
/** The sender, its address or domain, or the message's From header: the sending side, in the eleven languages. */
const SENDER_THING =
  "(?:\\bsender(?:'s)?\\b|\\benvelope sender|\\breturn-path|\\bfrom:? header|\\bmail from\\b|absender|expéditeur|remitente|mittente|remetente|afzender|nadawc|avsändar|отправител|送信者|差出人|发件人|寄件人)";
/** The sending host: its HELO name, its IP, the connecting client. */
const SENDING_HOST_THING = '(?:\\b(?:helo|ehlo)\\b|\\bconnecting (?:host|client|ip)|\\bclient host|\\bsending (?:host|ip)|\\byour (?:ip|host|hostname|network)\\b)';
/** The sender's own account at its server: "your account", "your login session", "your password". */
const SENDING_ACCOUNT_THING = '(?:\\byour (?:account|login|session|password|user ?name|username|credentials)\\b)';
/** The sender's own relay or smart host. */
const SENDING_RELAY_THING = '(?:\\b(?:this|the|our|your) (?:relay|smarthost|smart host|submission server|outgoing server)\\b)';
/**
 * The words of a bad address that stand BEFORE what they are said of ("Unable to resolve the domain
 * of your envelope sender", "Invalid domain in From: header", "找不到发件人域名"): only these read
 * backwards, since "not found (checked for the connecting host …)" says the finding of something
 * named before it.
 */
const BAD_BEFORE_WORDS = "(?:unable to resolve|could not resolve|cannot resolve|can't resolve|invalid (?:domain|address|host ?name)|no account|no mx for|找不到|未找到|无法找到|無法找到|nie znaleziono|no se encontró|no se ha encontrado)";
/** The thing, then (in one clause) the words of a bad address; or those of them that come first, then the thing. */
function saidBad(thing: string): RegExp {
  return new RegExp(`${thing}${NAME_GAP}${BAD_ADDRESS_WORDS}|${BAD_BEFORE_WORDS}(?:[^.;!?\\n。]|\\.(?=[a-z0-9])){0,40}?${thing}`);
}
const SENDER_BAD = saidBad(SENDER_THING);
const SENDING_HOST_BAD = saidBad(SENDING_HOST_THING);
const SENDING_ACCOUNT_BAD = saidBad(SENDING_ACCOUNT_THING);
const SENDING_RELAY_BAD = saidBad(SENDING_RELAY_THING);
/** The recipient said to be missing in the same words: then the bad-address reading stands. */
const RECIPIENT_SAID_MISSING = /\brecipient address rejected: (?:user unknown|unknown user|undeliverable address|no such)|\b(?:user|recipient|mailbox|addressee) (?:unknown|not found|does not exist)\b|\bno such (?:user|mailbox|recipient)\b/;
/** Reasons that call the recipient's address itself bad. */
const BAD_ADDRESS_REASONS: readonly ReasonId[] = ['userunknown', 'hostunknown', 'hasmoved', 'notaccept'];

/**
 * Not finding a DNS record: the words of not finding on either side of it, or a negation
 * before it and the verb of finding after it ("kein SPF-Eintrag gefunden", "aucun
 * enregistrement SPF n'a été trouvé", "nessun record SPF trovato", "ingen SPF-post hittades"),
 * in one clause (no comma in between either: "user not found, SPF pass" is two findings).
 */
const NEGATOR = '(?:^|[\\s(:"\'])(?:no|kein(?:e|en)?|aucune?|ningún|ninguna|nessun[ao]?|nenhum[a]?|geen|ingen|brak|нет|没有|沒有)\\s';
const FOUND_WORDS = '(?:found|gefunden|trouvée?|encontr(?:ó|ado|ada)|trovat[oa]|gevonden|hittades|znalezion[oya]|найден[аоы]?)';
const NOT_FOUND_ANY = `(?:${NOT_FOUND_OR_NONE}|could not find|cannot find|did not find)`;
const GAP = '[^.;!?\\n。,，]{0,80}';
function recordNotFound(record: string): RegExp {
  return new RegExp(`${missing(record, NOT_FOUND_ANY, GAP)}|${NEGATOR}[^.;!?\\n。,，]{0,30}${record}${GAP}${FOUND_WORDS}`);
}
/** The sender's SPF record or DKIM key (its selector) not found, one clause. */
const AUTH_RECORD_NOT_FOUND = recordNotFound('(?:spf|dkim|domainkey)');
/** The PTR record (reverse DNS) not found, one clause. */
const PTR_NOT_FOUND = recordNotFound('(?:ptr|reverse dns|rdns)');

/** What decided the reason before the rows were walked. */
export type DecidedBy =
  | 'none' // nothing yet
  | 'words' // a phrase of the table, in the sentence that states the cause
  | 'weak-words' // a broad phrase, or one only in advice or a link
  | 'status' // a specific status code
  | 'broad-status' // a status code too broad to name a cause (X.7.0, X.7.1)
  | 'provider' // a provider's documented rule
  | 'format' // a format's own reading of its layout
  | 'vendor' // a vendor's own category field
  | 'row'; // an earlier row of this table

export interface DecisionCondition {
  /** The reason decided so far is one of these (`none`: nothing decided yet). */
  reason?: readonly (ReasonId | 'none')[];
  /** What decided it. */
  decidedBy?: readonly DecidedBy[];
  /** The SMTP stage that failed is one of these. */
  stage?: readonly SmtpCommand[];
  /** The status code matches / does not match. */
  status?: RegExp;
  notStatus?: RegExp;
  /** The basic reply code matches. */
  reply?: RegExp;
  /** The DSN Diagnostic-Code type (lower case), e.g. `x-unix`. */
  diagnosticType?: string;
  /** The DSN Action. */
  action?: string;
  /** The DSN Action is none of these (no Action at all counts as none of them). */
  notAction?: readonly string[];
  /** The server's words (lower case, white space collapsed) match / do not match. */
  words?: RegExp;
  notWords?: RegExp;
  /** The words that decided (lower case) match. */
  matched?: RegExp;
  /** The bounce has a status code, a reply code or words from the server. */
  said?: boolean;
  /** The words refuse an address (`<a@example.org>:`), and not this recipient's. */
  otherAddress?: boolean;
}

export interface DecisionRow {
  id: string;
  phase: 'adjust' | 'before-status' | 'fallback';
  /** Any one of these. */
  when: readonly DecisionCondition[];
  reason: ReasonId;
  /** How sure the result is; `keep`: as sure as what it adjusts. */
  confidence: Confidence | 'keep';
  /** The field whose span is the evidence for this row. */
  evidence: 'command' | 'status' | 'reply' | 'diagnostic-type' | 'action' | 'words' | 'none';
  /** One plain sentence: what the row concludes and why. */
  note: string;
  /** The RFC, vendor documentation or observed wording it follows. */
  source: string;
}

/** Reasons a reply that names two causes at once ("user unknown or blocked sender") may have been read as. */
const EITHER_OR_REASONS: readonly ReasonId[] = ['userunknown', 'blocked', 'spamdetected', 'policyviolation', 'rejected', 'filtered', 'norelaying'];

/**
 * Reasons that, at the MAIL FROM stage, really mean the sender was refused (no recipient is
 * known yet: "535 5.7.8 Your account has been disabled" is the sending account's).
 */
const SENDER_STAGE: readonly ReasonId[] = ['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered', 'suspend', 'hasmoved', 'notaccept'];
/** Reasons that, in reply to AUTH, really mean the sending account's login was refused. */
const AUTH_STAGE: readonly ReasonId[] = ['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered', 'suspend', 'hasmoved', 'mailboxfull', 'rejected', 'blocked', 'systemerror', 'mailererror', 'syntaxerror', 'norelaying', 'policyviolation'];
/** Reasons that, before any address was sent (connection, HELO), mean the client was refused. */
const CLIENT_STAGE: readonly ReasonId[] = ['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered', 'mailboxfull', 'rejected', 'systemerror', 'suspend', 'syntaxerror'];

/**
 * A reply that names the refused address the way a RCPT TO refusal does:
 * `<a@example.org>: User unknown` (Postfix), `<a@example.org>... User unknown` (Sendmail).
 */
export const RCPT_STYLE_ADDRESS = /<[^\s<>@]+@[^\s<>]+>(?::|\.\.\.)/;

/** The same reply with the address slot left empty: `550 : User unknown`, `550: : User unknown`. */
export const RCPT_STYLE_BLANK_ADDRESS = /(?<![^\s>'"(])[45]\d\d:? : user unknown/;

/** Words of a refusal or a failure: with a success code they contradict it. */
const SUCCESS_CONTRADICTED = /\b(?:reject(?:ed)?|refused|denied|undeliverable|not delivered|could not be delivered|bounced|blocked|failed|failure)\b/;

/**
 * A refusal code followed straight away by words of success ("550 OK", "550 5.1.1 <a@…>: Message
 * accepted for delivery"). The word ends where no letter of any script follows: "550 Okänd
 * användare" (Swedish "unknown user") does not start with "OK".
 */
const REFUSAL_THEN_SUCCESS = /\b[45]\d\d[ -](?:#?[45]\.\d{1,3}\.\d{1,3} )?(?:<[^\s<>]{1,254}> ?:? ?)?(?:ok|okay|(?:message )?accepted|queued|success(?:ful(?:ly)?)?|delivered)(?![\w\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff])(?! to (?:the )?(?:following|recipients?))/;

/** The generic words of reply 552 (RFC 5321, RFC 821), as the phrase table matches them: they name storage, not which storage. */
const STORAGE_ALLOCATION = /^(?:exceeded )?storage allocation$|^exceeded storage$|^too much mail$/;
/** Words that say it is the mailbox that is full (then the reply is not only the generic 552 text). */
const MAILBOX_FULL_WORDS = /\b(?:mailbox|mail box|inbox|quota|over ?quota|user is over|account is full|is full)\b/;

/** The table as written (see DECISIONS). */
/** Words that say the encryption a server requires is the connection's (TLS, RFC 3207; a login's, RFC 4954). */
const CONNECTION_ENCRYPTION_WORDS = '(?:tls|starttls|ssl|connection|channel|transport|session|authentication|auth mechanism)';
/** Words that say it is the message's own (S/MIME, PGP, a message encryption policy). */
const MESSAGE_ENCRYPTION_WORDS = '(?:s/mime|smime|pgp|gpg|message|messages|e-?mails?|content|body|attachments?)';
const ENCRYPTION_SIDE_WORDS = new RegExp(`\\b(?:${CONNECTION_ENCRYPTION_WORDS}|${MESSAGE_ENCRYPTION_WORDS})(?![\\w/])`);
const CONNECTION_ENCRYPTION = new RegExp(`\\b${CONNECTION_ENCRYPTION_WORDS}\\b`);
const MESSAGE_ENCRYPTION = new RegExp(`(?:^|[^\\w/])${MESSAGE_ENCRYPTION_WORDS}(?![\\w/])`);

/**
 * A reply that is only the refusal of the recipient (all the words, or all from its reply code on,
 * after "host … said:" or "Remote Server returned '"): the reply code, a status code, the address
 * in angle brackets, the words "recipient rejected", and at most
 * a full stop, Exchange's closing quote or Postfix's "(in reply to RCPT TO command)" after them
 * (or qmail-remote's "Giving up on <host>.", its closing line under a refused recipient).
 */
const BARE_RECIPIENT_REJECTED =
  /(?:^|(?:^|[\s:'"])[245]\d\d[ -])(?:#?[245]\.\d{1,3}\.\d{1,3} )?(?:<[^\s<>]{1,254}>:? ?)?recipient rejected[.!'"`]? ?(?:\(in reply to [a-z ]{1,20} command\))?(?:\s*giving up on [^\s]{1,254})?$/;

/**
 * A reply that is only the refusal of the recipient's address, as BARE_RECIPIENT_REJECTED: the
 * reply code, a status code (not Cisco's "#5.1.0", whose "Address rejected" is its directory's
 * answer), the address in angle brackets, "(recipient (or) )address rejected", and at most a full
 * stop, Postfix's "(in reply to RCPT TO command)" or qmail's "Giving up on <host>." after them.
 */
const BARE_ADDRESS_REJECTED =
  /(?:^|(?:^|[\s:'"])[245]\d\d[ -])(?:[245]\.\d{1,3}(?:\.\d{1,3})? )?(?:<[^\s<>]{1,254}>:? ?)?(?:recipient (?:or )?)?address rejected[.!'"`]? ?(?:\(in reply to [a-z ]{1,20} command\))?(?:\s*giving up on [^\s]{1,254})?$/;

/** A reply that is only "Invalid recipient" (OpenSMTPD's): the reply code, an optional status, at most a full stop and Postfix's "(in reply to … command)" after. */
const BARE_INVALID_RECIPIENT = /(?:^|(?:^|[\s:'"])[245]\d\d[ -])(?:[245]\.\d{1,3}\.\d{1,3} )?invalid recipient[.!'"`]? ?(?:\(in reply to [a-z ]{1,20} command\))?$/;

const ROWS: readonly DecisionRow[] = [
  // --- before the status code: the DSN's own fields ----------------------------------------
  {
    id: 'dsn.x-unix',
    phase: 'before-status',
    when: [{ reason: ['none'], diagnosticType: 'x-unix' }],
    reason: 'mailererror',
    confidence: 'medium',
    evidence: 'diagnostic-type',
    note: 'reported by a local delivery program (Diagnostic-Code type X-Unix), not by an SMTP server',
    source: 'RFC 3464 §2.3.6: the diagnostic type names where the code comes from; Sendmail and Postfix use X-Unix for a local program (pipe, script, LDA) that failed.',
  },
  // --- fallbacks: no words, no status code that names a cause --------------------------------
  {
    id: 'dsn.action-delayed',
    phase: 'fallback',
    when: [{ reason: ['none'], action: 'delayed' }],
    reason: 'expired',
    confidence: 'low',
    evidence: 'action',
    note: 'delivery is delayed, and nothing says why',
    source: 'RFC 3464 §2.3.3: Action "delayed" means the reporting MTA has not yet delivered and keeps trying.',
  },
  {
    id: 'stage.rcpt',
    phase: 'fallback',
    when: [{ reason: ['none'], stage: ['RCPT'], reply: /^55[03]$/ }],
    reason: 'userunknown',
    confidence: 'low',
    evidence: 'command',
    note: 'a permanent refusal at RCPT TO, the address stage, with no words that say why',
    source: 'RFC 5321 §4.2.2 and §3.3: 550 and 553 in reply to RCPT TO mean the mailbox or its name was not accepted.',
  },
  {
    id: 'stage.mail-from.default',
    phase: 'fallback',
    when: [{ reason: ['none'], stage: ['MAIL'], reply: /^5/ }],
    reason: 'rejected',
    confidence: 'low',
    evidence: 'command',
    note: 'a permanent refusal at MAIL FROM, the sender stage, with no words that say why',
    source: 'RFC 5321 §3.3: a refusal in reply to MAIL FROM is about the sender.',
  },
  {
    id: 'stage.connect.default',
    phase: 'fallback',
    when: [{ reason: ['none'], stage: ['CONN'], reply: /^554$/ }],
    reason: 'blocked',
    confidence: 'low',
    evidence: 'reply',
    note: '554 at connection time: the server takes no mail from this host',
    source: 'RFC 5321 §3.1: a 554 greeting means the server will not take mail from the connecting client.',
  },
  {
    id: 'reply.421',
    phase: 'fallback',
    when: [{ reason: ['none'], reply: /^421$/ }],
    reason: 'blocked',
    confidence: 'low',
    evidence: 'reply',
    note: 'reply 421: the server closed the connection without saying why',
    source: 'RFC 5321 §4.2.2: 421 "Service not available, closing transmission channel"; without words it is most often a refusal of the sending host.',
  },
  {
    id: 'reply.551',
    phase: 'fallback',
    when: [{ reason: ['none'], reply: /^551$/ }],
    reason: 'hasmoved',
    confidence: 'low',
    evidence: 'reply',
    note: 'reply 551: the user is not local here',
    source: 'RFC 5321 §3.4 and §4.2.2: 551 "User not local; please try <forward-path>".',
  },
  {
    id: 'reply.552',
    phase: 'fallback',
    when: [{ reason: ['none'], reply: /^552$/ }],
    reason: 'mailboxfull',
    confidence: 'low',
    evidence: 'reply',
    note: 'reply 552: the storage allocation was exceeded',
    source: 'RFC 5321 §4.2.2: 552 "Requested mail action aborted: exceeded storage allocation".',
  },
  ...['500', '501', '502', '503', '504'].map(
    (code): DecisionRow => ({
      id: `reply.${code}`,
      phase: 'fallback',
      when: [{ reason: ['none'], reply: new RegExp(`^${code}$`) }],
      reason: 'syntaxerror',
      confidence: 'low',
      evidence: 'reply',
      note: `reply ${code}: the server did not accept a command or its arguments`,
      source: 'RFC 5321 §4.2.2 and §4.2.4: 500-504 are syntax, unknown command, bad sequence and unimplemented-parameter errors.',
    }),
  ),
  {
    id: 'decision.no-cause',
    phase: 'fallback',
    when: [{ reason: ['none'], said: true }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'none',
    note: 'the bounce has codes or words, but none of them names a cause',
    source: 'Sisimai\'s "onhold": a failure whose cause cannot be told from the bounce.',
  },
  // --- adjust: the stage or the code says what the words cannot -------------------------
  {
    id: 'decision.fqdn-refusal-of-full-address',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['words', 'weak-words'], words: /<[^\s<>@]+@[^\s<>@.]+\.[^\s<>@]+>:? recipient address rejected: need fully-qualified address/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: '"need fully-qualified address" refuses an address whose domain is not fully qualified, yet the address it names has a full domain: the words do not fit the address, so nothing says it is bad (a rewriting or a policy on the way)',
    source:
      'Postfix postconf(5) reject_non_fqdn_recipient: "Reject the request when the RCPT TO address is not in fully-qualified domain form" (an address without a domain, or with a single-label one, which Yandex files under a non-existing address); an address with a dotted domain does not meet that rule, so the refusal is of something else.',
  },
  {
    id: 'decision.sender-own-mailbox-full',
    phase: 'adjust',
    when: [
      {
        reason: ['mailboxfull', 'exceedlimit', 'systemfull'],
        words: /\bsender(?:'s)? mailbox (?:is )?(?:over (?:its )?(?:storage )?quota|full)\b|\byour own mailbox is (?:full|over (?:its )?(?:storage )?quota)\b|\b(?:not|couldn't|could not|cannot|can't) (?:be )?sen[dt]\b[^.]{0,80}\bbecause your (?:own )?mailbox is (?:full|over (?:its )?(?:storage )?quota)\b|\byour (?:own )?mailbox is (?:full|over (?:its )?(?:storage )?quota)\b[^.]{0,40}\byou (?:cannot|can't|can not|are not able to|won't be able to) send\b/,
      },
      // At MAIL FROM no recipient has been named yet (RFC 5321 §3.3: RCPT TO comes after), so a
      // full mailbox then, worded as the reader's own, is the sender's.
      { reason: ['mailboxfull'], stage: ['MAIL'], words: /\byour (?:own )?(?:mailbox|account|storage)\b/ },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the full mailbox is the sender\'s own: a mail service refuses to send (or to keep the sent copy) while its user is over quota; the recipient\'s mailbox is not said to be full, and the mail goes once space is freed',
    source:
      'Gmail help "If you run out of storage … you can\'t send or receive emails" (support.google.com/mail/answer/6558); Outlook.com help "When your mailbox is full … you won\'t be able to send or receive messages"; Exchange\'s prohibit-send quota ("you can\'t send" until the mailbox is under its ProhibitSendQuota, learn.microsoft.com Set-Mailbox). Observed: "552 5.2.2 Sender mailbox over quota".',
  },
  {
    id: 'decision.mailbox-full-at-mail-from',
    phase: 'adjust',
    // (After the row above: a full mailbox worded as the reader's own at MAIL FROM is the sender's.)
    when: [{ reason: ['mailboxfull'], stage: ['MAIL'] }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'command',
    note: 'a full mailbox or quota in reply to MAIL FROM, before any recipient was named: it cannot be the recipient\'s mailbox; whose it is (the sender\'s own account, the server\'s storage) the reply does not say, so the address is not judged',
    source:
      'RFC 5321 §3.3: MAIL FROM opens the transaction and names only the sender; RCPT TO names each recipient after it, so a reply to MAIL knows no recipient. RFC 5321 §4.3.2 lists 552 and 452 among the replies to MAIL, and RFC 1870 §6.1 has a server answer MAIL FROM with 452 (insufficient system storage) or 552 (the declared SIZE over its fixed maximum): the server\'s storage or the message, not a recipient\'s mailbox. Sisimai Reason/MailboxFull reads the words alone ("mailbox full") and does not look at the stage.',
  },
  {
    id: 'decision.message-encryption-required',
    phase: 'adjust',
    when: [
      {
        reason: ['failedstarttls'],
        decidedBy: ['words', 'weak-words'],
        matched: /^encryption required$/,
        words: /\bs\/mime\b|\b(?:open)?pgp\b|\bunencrypted (?:message|mail|e-?mail|content)s?\b|\b(?:message|mail|e-?mail|content)s? (?:must|needs? to|has to|have to|should) be (?:signed and )?encrypted\b|\b(?:wasn't|was not|weren't|were not|is not|isn't) encrypted\b|\bwithout encryption\b|\bencrypted (?:message|mail|e-?mail)s?\b/,
        notWords: /\b(?:starttls|tls|ssl|connection|channel|session)\b/,
      },
    ],
    reason: 'policyviolation',
    confidence: 'medium',
    evidence: 'words',
    note: '"encryption required" of the message itself (S/MIME or PGP, "unencrypted message", "must be encrypted"), with no word of the connection: the recipient\'s organisation requires encrypted content; the fix is to send the message encrypted, not to change TLS, and the address is not at fault',
    source:
      'RFC 3207 (STARTTLS) encrypts the connection between servers; RFC 8551 (S/MIME) and RFC 4880 (OpenPGP) encrypt the message. Observed wording of organisations\' content-encryption policies ("Unencrypted message refused by policy; encryption required", "send it again with encryption (S/MIME) turned on"): the same "encryption required" names the message, not the connection, when its sentence speaks of the message and not of TLS.',
  },
  {
    id: 'decision.suppressed-after-unknown-user',
    phase: 'adjust',
    when: [
      {
        reason: ['suppressed'],
        words: /\b(?:previously|earlier) bounced as an? (?:invalid|unknown|non-?existent) (?:address|recipient|mailbox)\b|\b(?:earlier|previous|first) (?:message|bounce|attempt|delivery)\b.{0,120}?\b5\d\d[ -]5\.1\.1\b.{0,120}?\b(?:user unknown|unknown user|no such user|does not exist|doesn't exist|mailbox not found|address not found)\b/,
      },
    ],
    reason: 'userunknown',
    confidence: 'medium',
    evidence: 'words',
    note: 'the service did not send because the address is on a suppression list, and its own words say why it is there: an earlier message of this sender to it bounced as an address that does not exist',
    source:
      'Sending tools that quote the refusal that put the address on the sender\'s own list ("550 5.1.1 … User unknown", RFC 3463 X.1.1), or say it "previously bounced as an invalid address". Without such words a suppression says nothing of the first bounce\'s cause (a block, a complaint, a full mailbox), and stays unsure. Amazon SES\'s global list ("a recent history of bouncing as an invalid address", bounceSubType Suppressed) stays unsure too, as the project reads it (tests/fixtures/esp-events-r18.ts): the global list holds addresses that recently hard-bounced for any SES customer (SES Developer Guide, "global suppression list"), not a refusal this sender got.',
  },
  {
    id: 'decision.cut-multiline-reply',
    phase: 'adjust',
    when: [{ decidedBy: ['status', 'broad-status'], words: /\b[45]\d\d-(?:[45]\.\d{1,3}\.\d{1,3})?[ \t]*(?:\(in reply to [^()]{0,40}\)[ \t]*)?$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the reply stops at the first line of a multi-line answer ("550-5.1.1" and nothing after): its words were cut off, and the code alone does not settle the cause',
    source:
      'RFC 5321 §4.2.1: a multi-line reply has "-" after the code on every line but the last, which has a space; a reply that ends on a "-" line was cut (a truncated paste, a log that keeps one line).',
  },
  {
    id: 'decision.refusal-code-success-words',
    phase: 'adjust',
    when: [
      { reply: /^[45]/, words: REFUSAL_THEN_SUCCESS },
      { status: /^[45]\./, words: REFUSAL_THEN_SUCCESS },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'a refusal code whose only words are those of success ("550 OK", "550 5.1.1 Message accepted for delivery"): the code and the words disagree, so nothing says why, nor that the address is bad',
    source:
      'RFC 5321 §4.2: the text after a reply code is for people and should say what the code means; observed replies of broken or misconfigured servers and filters that send their success text after a refusal code ("550 OK", "554 5.0.0 Message accepted").',
  },
  {
    id: 'decision.success-code-refusal-words',
    phase: 'adjust',
    when: [
      { status: /^2\./, notAction: ['delivered', 'relayed', 'expanded'], words: SUCCESS_CONTRADICTED },
      { reply: /^2\d\d$/, notStatus: /^[45]\./, notAction: ['delivered', 'relayed', 'expanded'], words: SUCCESS_CONTRADICTED },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: 'a success code (2xx, 2.X.X) with words of a refusal or failure ("250 2.0.0 Message rejected"): the code and the words disagree, so neither a delivery nor a cause can be told',
    source:
      'RFC 5321 §4.2.1 and RFC 3463 §3.1: a 2yz reply and a 2.X.X status mean success; observed notices that quote a success code under "failed permanently" (a relay that accepted the message and then refused it, or a copy of the wrong line of the session).',
  },
  {
    id: 'decision.bare-broad-refusal',
    phase: 'adjust',
    when: [
      {
        decidedBy: ['words', 'weak-words'],
        matched: /^(?:permission denied|connection refused|address invalid|invalid address)$/,
        // The reply alone, also as a DSN's Diagnostic-Code, Outlook's quote or Postfix's "said:" line gives it.
        words: /^(?:diagnostic-code:\s*)?(?:smtp;\s*)?(?:remote server returned\s*)?(?:host \S+ said:\s*)?['"]?(?:[45]\d\d[ -]+)?(?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?(?:(?:e-?)?mail )?(?:permission denied|connection refused|address invalid|invalid address)\.?['"]?(?:\s*\(in reply to [^()]{0,40}\))?$/,
      },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the reply says nothing but "Permission denied", "Connection refused" or "Address invalid": a refusal word that does not say what was refused or whose address is meant (a reply at all means the connection was made), so the cause is not settled',
    source:
      'Broadcom Email Security.cloud, "Common external Spam Filtering Error Codes" (knowledge.broadcom.com article 169925): "550 Connection refused" and "550 Permission denied" are the recipient\'s own filters refusing by their local policies; IceWarp\'s table of 5xx replies: "501 5.7.1 Permission denied" is a missing reverse DNS or an AUTH user unlike the sender; Sina Mail\'s list: "554 mail address invalid." is the sender\'s address not matching (发件人地址不匹配). The same words stand for different causes.',
  },
  {
    id: 'decision.recipient-temporarily-unavailable',
    phase: 'adjust',
    when: [{ decidedBy: ['weak-words'], matched: /^temporarily unavailable$/, words: /\b(?:recipient|mailbox|user|account)(?: is)? temporarily unavailable\b/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the recipient or their mailbox is "temporarily unavailable": a state of that mailbox for now, without its cause (moved, locked, over a limit, or the server busy)',
    source:
      'Comcast "450 4.2.0 <addr> - Recipient temporarily unavailable" (the SMTP Field Manual: "currently unable to receive email"), "450 4.2.1 Mailbox temporarily unavailable" (RFC 5321 §4.2.3: 450 "mailbox unavailable (e.g., mailbox busy …)"): the mailbox, not the receiving server, is what is unavailable, and nothing says why.',
  },
  {
    id: 'decision.sender-address-mailbox-state',
    phase: 'adjust',
    when: [{ reason: ['suspend', 'mailboxfull', 'userunknown'], decidedBy: ['words', 'weak-words'], words: /\bsender address rejected: (?:[^.;:\n]{0,30}?\b)?(?:mailbox|account|user|address)\b/, notWords: /\brecipient address rejected:/ }],
    reason: 'rejected',
    confidence: 'keep',
    evidence: 'words',
    note: 'Postfix names the address it refuses before the colon: after "Sender address rejected:" a mailbox disabled, full or unknown is the sender\'s own mailbox (its provider\'s check of the return address), never the recipient\'s',
    source:
      'Postfix smtpd(8) prefixes the refusal of MAIL FROM with "Sender address rejected:" and of RCPT TO with "Recipient address rejected:" (smtpd_check.c); WEDOS relay: "550 5.7.1 <someone@example.cz>: Sender address rejected: mailbox disabled - DEBUG: dom example.cz" (a bounce quoted at pastebin.com/6JA7cVwM: the sending school\'s own mailbox was disabled); "Sender address rejected: User unknown in local recipient table" is the same check of the sender.',
  },
  {
    id: 'decision.address-verification-in-progress',
    phase: 'adjust',
    when: [{ words: /\baddress verification in progress\b|\bunverified address: (?:[^.;\n]{0,40}?\b)?(?:(?:recipient |sender )?address lookup failed|lookup failed|connection timed out|timed out|temporary (?:failure|lookup failure))\b/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the receiving server is still checking the address with its own mail server ("Address verification in progress"), or its check could not finish ("unverified address: … lookup failed"): nothing is known about the address yet, and a later attempt is answered from that check',
    source:
      'Postfix ADDRESS_VERIFICATION_README: while a probe is pending the server answers "450 4.1.1 <addr>: Recipient address rejected: unverified address: Address verification in progress" and the client is to try again; the answer is a wait, not a verdict (Proofpoint passes it on as "421 4.1.1 …", as the SMTP Field Manual records). A probe that failed for a temporary reason is answered with unverified_recipient_defer_code (450, postconf(5)) and the failure after "unverified address:", as a relay logged it: "450 4.1.1 <addr>: Recipient address rejected: unverified address: Recipient address lookup failed" (pastebin.com/2dK3Pg4A): the lookup failed, not the address.',
  },
  {
    id: 'decision.mailbox-access-error-not-full',
    phase: 'adjust',
    when: [{ decidedBy: ['status'], status: /^[45]\.2\.2$/, words: /\b(?:mailbox access error|error accessing (?:the )?mailbox)\b/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the status code says the mailbox is full, but the words say the server could not get at the mailbox: the two name different faults, so neither is sure',
    source:
      'FTGate\'s service error messages (docs.ftgate.com): "451 4.2.2 <addr> mailbox access error (#3.15)" (ERR_SMTP_MAILBOX_ACCESS) shares X.2.2 with its "mailbox full (#3.14)"; RFC 3463 X.2.2 is a full mailbox.',
  },
  {
    id: 'decision.access-denied-5.4.1',
    phase: 'adjust',
    when: [{ reason: ['networkerror'], decidedBy: ['status'], status: /^5\.4\.1$/, words: /recipient address rejected: access denied/ }],
    reason: 'userunknown',
    confidence: 'medium',
    evidence: 'words',
    note: 'status 5.4.1 with "Recipient address rejected: Access denied" is Microsoft 365\'s directory check: the address does not exist in the recipient organisation, not an unanswered host',
    source:
      'Microsoft, "Email non-delivery reports and SMTP errors in Exchange Online" (learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online): 5.4.1 "Recipient address rejected: Access denied" (directory-based edge blocking); RFC 3463 X.4.1 "No answer from host" cannot come with words about the recipient.',
  },
  {
    id: 'decision.refused-not-unanswered-5.4.1',
    phase: 'adjust',
    when: [{ reason: ['networkerror'], decidedBy: ['status'], status: /^5\.4\.1$/, words: /\b(?:rejected|denied|refused)\b/, notWords: /recipient address rejected: access denied|relay/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: 'status 5.4.1 ("no answer from host") came with words of a refusal, so the host did answer: the code names no cause, and the words name none the tables know',
    source:
      'RFC 3463 §3.5: X.4.1 "No answer from host" is for a host that could not be reached; Microsoft 365 also answers "550 5.4.1 All recipient addresses rejected : Access denied" at DATA (learn.microsoft.com, NDR 5.4.1), a refusal of the recipients whose cause the words do not give.',
  },
  {
    id: 'decision.access-denied-5.7.504',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^recipient address rejected$/, words: /recipient address rejected: access denied/, status: /^5\.7\.504$/ }],
    reason: 'userunknown',
    confidence: 'medium',
    evidence: 'status',
    note: 'status 5.7.504 with "Recipient address rejected: Access denied" is Microsoft 365\'s directory check: the recipient address is not valid there',
    source:
      'Microsoft, "Email non-delivery reports and SMTP errors in Exchange Online" (learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online): 5.7.504 "[email]: Recipient address rejected: Access denied", "The recipient address that you\'re attempting to contact isn\'t valid."; a status Microsoft alone gives (RFC 3463 has no X.7.504).',
  },
  {
    id: 'decision.access-denied-policy-status',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^recipient address rejected$/, words: /recipient address rejected: access denied/, status: /^[45]\.7\./ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: '"Recipient address rejected: Access denied" with a security or policy status (X.7.x) is an access rule of the receiving server refusing this message or sender, not a mailbox that does not exist',
    source:
      'Postfix access(5): REJECT with no text of its own answers "554 5.7.1 <address>: Recipient address rejected: Access denied" (access_map_reject_code, status 5.7.1) for any matching rule; RFC 3463 §3.8: X.7.x names a policy refusal, not a missing mailbox (X.1.1). Only Microsoft\'s directory check words it with 5.4.1 or 5.7.504 (decision.access-denied-5.4.1, decision.access-denied-5.7.504).',
  },
  {
    id: 'decision.access-denied-no-status',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^recipient address rejected$/, words: /recipient address rejected: access denied/, notStatus: /./, notWords: /\bas\(\d+\)/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: '"Recipient address rejected: Access denied" with no status code to tell them apart is either an access rule of the receiving server (Postfix access(5), a policy refusal) or Microsoft\'s directory check (5.4.1, with its AS(…) tag): nothing here says which, so nothing says the address does not exist',
    source:
      'Postfix access(5): REJECT answers "554 5.7.1 <address>: Recipient address rejected: Access denied"; Microsoft\'s directory-based edge blocking answers "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)" (learn.microsoft.com, NDR reference). The words are the same; only the status code or the AS tag tells them apart.',
  },
  {
    id: 'decision.disabled-or-unknown',
    phase: 'adjust',
    when: [
      {
        reason: ['suspend', 'userunknown'],
        decidedBy: ['words', 'weak-words', 'status'],
        words:
          /\b(?:invalid|unknown|nonexistent|non-existent|(?:does|do) not exist|no such (?:user|mailbox|account|recipient)|not found)(?: (?:user|mailbox|account|recipient|address))? ?(?:\/|\bor\b) ?(?:(?:user|mailbox|account|recipient|address) )?(?:(?:is|has been|was|temporarily) )?(?:inactive|disabled|suspended|deactivated|locked|frozen)\b|\b(?:inactive|disabled|suspended|deactivated|locked|frozen)(?: (?:user|mailbox|account|recipient|address))? ?(?:\/|\bor\b) ?(?:(?:user|mailbox|account|recipient|address) )?(?:(?:does|do) not exist|nonexistent|non-existent|invalid|unknown|not found)\b/,
      },
    ],
    reason: 'suspend',
    confidence: 'medium',
    evidence: 'words',
    note: 'the server names two states in one breath ("Invalid/inactive user", "mailbox disabled or does not exist"): the mailbox is at least not taking mail now, but whether it is gone or only disabled the reply does not say, so the address is not called bad for sure',
    source:
      'Observed wording that joins a missing and a disabled mailbox with "/" or "or": QQ Mail "550 Invalid/inactive user" (service.mail.qq.com help, filed under suspend by Sisimai Reason/Suspend), "550 5.2.1 Recipient address rejected: mailbox disabled or does not exist"; RFC 3463 X.2.1 (mailbox disabled) against X.1.1 (no such mailbox).',
  },
  {
    id: 'decision.userunknown-or-refusal',
    phase: 'adjust',
    when: [
      {
        reason: EITHER_OR_REASONS,
        decidedBy: ['words', 'weak-words', 'status'],
        words:
          /(?:user unknown|unknown user|no such (?:user|recipient|mailbox)|not found|does not exist|invalid recipient|(?:mailbox|recipient|user) (?:is )?unavailable)[^.;]{0,30}\bor\b[^.;]{0,40}\b(?:blocked|blacklisted|blocklisted|sender|spam|policy|denied|not permitted|not allowed|prohibited|restricted|refused|your (?:ip|server|host))|\b(?:blocked|blacklisted|blocklisted|sender|spam|policy|denied|not permitted|not allowed|prohibited|restricted)\b[^.;]{0,40}\bor\b[^.;]{0,30}(?:user unknown|unknown user|no such (?:user|recipient|mailbox)|not found|does not exist|invalid recipient|(?:mailbox|recipient|user) (?:is )?unavailable)/,
      },
      {
        // The alternative in the next sentence: "Mailbox not found. Check the address, or your message may have been blocked as spam."
        reason: EITHER_OR_REASONS,
        decidedBy: ['words', 'weak-words', 'status'],
        words:
          /(?:user unknown|unknown user|no such user|(?:mailbox|recipient|address|user) not found|does not exist|invalid recipient)\b[^;]{0,80}?\bor (?:your|the|this) (?:message|mail|e-?mail|ip|server|host|domain)\b[^.;]{0,40}\b(?:blocked|rejected|refused|spam|blacklisted|blocklisted|listed)\b/,
      },
      {
        // cPanel's Exim callout template: "The mail server could not deliver mail to <a>. The account
        // or domain may not exist, they may be blacklisted, or missing the proper dns entries." A
        // probe of an address failed, for one of three causes it does not tell apart. (When it ends
        // "Sender verify failed" the probed address is the sender: the next row.)
        reason: EITHER_OR_REASONS,
        decidedBy: ['words', 'weak-words'],
        words: /\b(?:account|address|domain|mailbox) (?:or domain )?may not exist, (?:they|it) may be (?:blacklisted|blocklisted|blocked)/,
        notWords: /sender verify failed/,
      },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the server names two possible causes in one breath ("user unknown or blocked sender", "no such user, or your IP is listed"): either the address does not exist or this sender is refused, and the reply does not say which',
    source:
      'Observed wording of servers that answer address probes and refusals alike, so as not to tell a sender which addresses exist ("550 User unknown or blocked sender", "Recipient not found, or your server is blocked", "Recipient address rejected: User unknown or not permitted"), and of cPanel\'s Exim callout failure ("The account or domain may not exist, they may be blacklisted, or missing the proper dns entries"); RFC 5321 §7.3 on not revealing which mailboxes exist.',
  },
  {
    id: 'decision.callout-sender-verify',
    phase: 'adjust',
    when: [
      { reason: EITHER_OR_REASONS, decidedBy: ['words', 'weak-words'], words: /may not exist, (?:they|it) may be (?:blacklisted|blocklisted|blocked), or missing the proper dns entries\.?.{0,40}\bsender verify failed/ },
      // Exim's sender callout, in any of its forms: "550-Verification failed for <sender>" /
      // "550-<what the probe got>" / "550 Sender verify failed". What the probe got ("No Such
      // User Here", "Unrouteable address", "blacklisted", "dns entries") is about the sender.
      { reason: [...EITHER_OR_REASONS, 'networkerror', 'hostunknown'], decidedBy: ['words', 'weak-words'], words: /\bsender verify failed\b/ },
      // Exim's callout when the sender's own servers refuse a bounce (MAIL FROM:<>) during the probe.
      { reason: [...EITHER_OR_REASONS, 'networkerror', 'hostunknown'], decidedBy: ['words', 'weak-words'], words: /refusing mail from:\s?<> does not help fight spam|does not accept mail from domains whose servers refuse bounces/ },
    ],
    reason: 'rejected',
    confidence: 'high',
    evidence: 'words',
    note: 'the receiving server probed the sender\'s address and the probe failed ("Sender verify failed"): it is your sending address that it could not verify, not the recipient',
    source:
      'Exim callout verification as cPanel words it: "550-Verification for <sender>", "550-The mail server could not deliver mail to <sender>. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.", "550 Sender verify failed" (Exim specification, "Callout verification"; Sisimai Reason/Rejected "sender verify failed"). Exim\'s fixed texts of a failed sender callout: "550 Sender verify failed" as the reply\'s last line, and "Callback setup failed while verifying <sender>" / "Refusing MAIL FROM:<> does not help fight spam, disregards RFC requirements, and stops you from receiving standard bounce messages. This host does not accept mail from domains whose servers refuse bounces." (Exim src/verify.c).',
  },
  {
    id: 'decision.unverified-by-network',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], matched: /^undeliverable address$/, words: /undeliverable address: (?:connect to|lost connection|conversation with|host or domain name not found|name service error|connection (?:refused|timed out|reset)|mail for \S{1,255} loops back to myself|mail forwarding loop for)/, notWords: /user unknown|unknown user|no such (?:user|mailbox)|does not exist|not found in|mailbox unavailable/ }],
    reason: 'networkerror',
    confidence: 'low',
    evidence: 'words',
    note: 'the receiving server checked the address by sending a probe, and the probe failed on the way ("connect to ...", "Connection refused", a mail loop): nothing says the mailbox does not exist',
    source:
      'Postfix ADDRESS_VERIFICATION_README: with reject_unverified_recipient the reply is "Recipient address rejected: undeliverable address: <what the probe got>"; the words after the colon are the probe\'s own result, which may be a connection failure to the next hop, or Postfix\'s own loop reports "mail for <domain> loops back to myself" (an MX that points back at the server without the domain being local, Postfix smtp(8)) and "mail forwarding loop for <address>", rather than an unknown mailbox.',
  },
  {
    id: 'decision.probe-sender-refused',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], matched: /^undeliverable address$/, words: /undeliverable address: host \S{1,255} said: (?:[45]\d\d[ -]?)?[45]\.(?:1\.[78]|7\.\d{1,3})(?![\d.])|undeliverable address: host \S{1,255} said: [^\n]{0,120}?sender address rejected/, notWords: /user unknown|unknown user|no such (?:user|mailbox)|does not exist|not found in|mailbox unavailable/ }],
    reason: 'rejected',
    confidence: 'low',
    evidence: 'words',
    note: 'the receiving server checked the address with a probe, and the next server refused the probe\'s own sender (a bad sender\'s address, X.1.7 or X.1.8, or a policy, X.7.x): the check never reached the recipient, so nothing says the mailbox does not exist',
    source:
      'Postfix ADDRESS_VERIFICATION_README and postconf(5) address_verify_sender (default $double_bounce_sender): the probe is sent from the gateway\'s own sender address, and the words after "undeliverable address:" are the next hop\'s answer to the probe; RFC 3463 X.1.7 and X.1.8 are about the sender\'s address, X.7.x a policy; the refusal ends the probe before any RCPT (audit32 round).',
  },
  {
    id: 'decision.probe-result-cut',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], matched: /^undeliverable address$/, words: /undeliverable address:?\s*(?:\(in reply to [a-z ]{2,20} command\)\s*)?$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the receiving server checked the address with a probe and the probe failed, but the words stop at "undeliverable address:": the probe\'s own result, which says why (an unknown mailbox, a connection that failed, a refused sender), is not there',
    source:
      'Postfix ADDRESS_VERIFICATION_README: "Recipient address rejected: undeliverable address: <what the probe got>" names no cause of its own; the words after the colon are the cause (a paste cut there, or a notice whose continuation line was read as another entry, keeps none of it) (audit32 round).',
  },
  {
    id: 'decision.recipient-rejected-other-cause',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^recipient address rejected$/, words: /recipient address rejected: (?!access denied)[a-z\u00c0-\u024f\u0370-\u04ff\u3040-\u30ff\u3400-\u9fff]/, notStatus: /^[45]\.1\.[1-3]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    // (The cause in any script: "Recipient address rejected: доступ запрещён", "…: 拒绝访问", as
    // admins write their access maps' texts in their own language; lang24.)
    note: 'the server refused the recipient and gave its own cause after "Recipient address rejected:", in words that name no known reason: nothing says the address does not exist',
    source:
      'Postfix smtpd writes "Recipient address rejected: <cause>" for every recipient restriction (access(5) maps, policy services, check_recipient_access), so the cause after the colon is the reason, and only the bare form or "Access denied" (Microsoft\'s directory check) stands for an unknown address.',
  },
  {
    id: 'decision.not-found-names-auth-record',
    phase: 'adjust',
    // "Kein SPF-Eintrag für die Domain des Absenders gefunden", "Nie znaleziono rekordu SPF dla
    // domeny nadawcy", "DKIM: the key for selector s1 was not found": what was not found is the
    // sender's own authentication record, not the recipient (nor only the sender's domain).
    when: [{ reason: ['userunknown', 'hostunknown', 'rejected', 'securityerror', 'onhold'], decidedBy: ['words', 'weak-words', 'row', 'broad-status'], words: AUTH_RECORD_NOT_FOUND, notWords: /\b(?:user|mailbox|recipient|addressee)\b[^.;!?\n]{0,40}\b(?:not found|unknown|does ?n[o']t exist)/ }],
    reason: 'authfailure',
    confidence: 'medium',
    evidence: 'words',
    note: "what the server did not find is the sender's SPF record or DKIM key: the sender's authentication failed, the recipient is not in question",
    source:
      'RFC 7208 §4.5/§2.6.1 (no SPF record: "none"; receivers that demand one refuse the mail), RFC 6376 §6.1.2 (no key for the signature: PERMFAIL); Sisimai Reason/AuthFailure.pm ("bad spf records for", "spf check: fail"); Tencent Exmail\'s notice "发件人…域名的DNS记录未设置或设置错误导致对方拒收此邮件…设置正确的DNS(SPF、DKIM、DMARC)记录" (observed wording): the record is the sender\'s.',
  },
  {
    id: 'decision.not-found-names-ptr',
    phase: 'adjust',
    // "Aucun enregistrement PTR trouvé pour l'adresse IP du serveur d'envoi": the sending
    // server's reverse DNS, not the recipient.
    when: [{ reason: ['userunknown', 'hostunknown', 'securityerror', 'onhold'], decidedBy: ['words', 'weak-words', 'row', 'broad-status'], words: PTR_NOT_FOUND }],
    reason: 'requireptr',
    confidence: 'medium',
    evidence: 'words',
    note: "what the server did not find is the PTR record (reverse DNS) of the sending IP: the sender's server is at fault, not the address",
    source: 'Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"); RFC 7372 §3.3 5.7.25 "Reverse DNS validation failed"; Gmail "does not have a PTR record setup".',
  },
  {
    id: 'decision.not-found-names-message-thing',
    phase: 'adjust',
    // "Die Datei im Anhang der Nachricht wurde nicht gefunden", "Nie znaleziono reguły routingu
    // dla tej wiadomości": the attachment or a routing rule not found, not the recipient.
    // (Not when the words name the recipient or its mailbox too: "Unknown user, attachment
    // removed" is two statements.)
    when: [{ reason: ['userunknown', 'hostunknown'], decidedBy: ['words', 'weak-words'], words: NOT_FOUND_MESSAGE_THING, notWords: RECIPIENT_WORDS }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'what the server did not find is an attachment of the message or a routing rule, named in the same clause, not the recipient: nothing says the address does not exist',
    source:
      'RFC 5321 §4.2.2 (550 covers refusals other than a missing mailbox); Exchange transport rules and Postfix transport(5) route by rule: the words of not finding ("nicht gefunden", "introuvable", "no se encontró", "nie znaleziono", "не найден", "見つかりません", "未找到") name the recipient only when nothing else stands as their subject.',
  },
  {
    id: 'decision.not-found-names-sending-side',
    phase: 'adjust',
    // "… not found" where what was not found is a certificate or the sending server, in the
    // clause itself (either order: "Das TLS-Zertifikat des sendenden Servers wurde nicht
    // gefunden", "Nie znaleziono certyfikatu serwera nadawcy"), not the recipient.
    when: [{ reason: ['userunknown'], decidedBy: ['words', 'weak-words'], words: NOT_FOUND_SENDING_SIDE }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'what the server did not find is a certificate or the sending server, named in the same clause, not the recipient: nothing says the address does not exist',
    source:
      'RFC 3207 §4.1 and RFC 8314: a receiving server may demand the client\'s TLS certificate; Postfix "Client host rejected: cannot find your hostname" (postconf(5) reject_unknown_client_hostname) and its translations: the words of not finding ("nicht gefunden", "introuvable", "no se encontró", "nie znaleziono") name the recipient only when nothing else stands as their subject.',
  },
  {
    id: 'decision.sender-side-said-missing',
    phase: 'adjust',
    when: [{ reason: BAD_ADDRESS_REASONS, decidedBy: ['words', 'weak-words', 'status'], words: SENDER_BAD, notWords: RECIPIENT_SAID_MISSING }],
    reason: 'rejected',
    confidence: 'medium',
    evidence: 'words',
    note: 'the words that read as a bad address are said of the sender, its address or domain or the From header ("Sender domain example.com has no MX record", "Unable to resolve the domain of your envelope sender", "Invalid domain in From: header"): the sending side was refused, the recipient\'s address is not judged',
    source:
      'RFC 5321 §3.3 (MAIL FROM names the sender; Postfix answers sender checks at RCPT TO under smtpd_delay_reject, so the stage does not tell) and RFC 3463 X.1.7/X.1.8 (the sender\'s mailbox or system address); Postfix reject_unknown_sender_domain "Sender address rejected: Domain not found", MDaemon and gateways "Sender domain … does not exist", "has no MX record" (observed wordings; audit30 round): the subject of the words is the sender.',
  },
  {
    id: 'decision.sending-host-said-missing',
    phase: 'adjust',
    when: [{ reason: BAD_ADDRESS_REASONS, decidedBy: ['words', 'weak-words', 'status'], words: SENDING_HOST_BAD, notWords: RECIPIENT_SAID_MISSING }],
    reason: 'blocked',
    confidence: 'medium',
    evidence: 'words',
    note: 'the words that read as a bad address are said of the sending host, its HELO name or IP ("Helo name … could not be resolved", "Connecting host … is not listed in …"): the sending server was refused, the recipient\'s address is not judged',
    source:
      'RFC 5321 §4.1.1.1 (HELO/EHLO names the client) and Postfix reject_unknown_helo_hostname / reject_unknown_client_hostname ("Helo command rejected: Host not found", "cannot find your hostname"): a check of the connecting host; observed gateway wordings of partner allow-lists (audit30 round).',
  },
  {
    id: 'decision.sending-account-said-missing',
    phase: 'adjust',
    when: [{ reason: BAD_ADDRESS_REASONS, decidedBy: ['words', 'weak-words', 'status'], words: SENDING_ACCOUNT_BAD, notWords: RECIPIENT_SAID_MISSING }],
    reason: 'securityerror',
    confidence: 'medium',
    evidence: 'words',
    note: 'the words that read as a bad address are said of the reader\'s own account or login ("Your account does not exist on this server", "Your login session is no longer valid"): the sender\'s login at its own server, the recipient\'s address is not judged',
    source:
      'RFC 6409 §4.5 and RFC 4954 (a submission server authenticates its own users); "your" in a notice addresses the person who sent the message (the reader), as the deleted-account words read "Ihr Konto" as the reader\'s (audit30 round).',
  },
  {
    id: 'decision.sending-relay-said-missing',
    phase: 'adjust',
    when: [{ reason: BAD_ADDRESS_REASONS, decidedBy: ['words', 'weak-words', 'status'], words: SENDING_RELAY_BAD, notWords: RECIPIENT_SAID_MISSING }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the words that read as a moved or missing address are said of the sending side\'s own relay ("This relay has moved: submit your mail to …"): the sender\'s set-up must change; nothing is said of the recipient',
    source: 'RFC 5321 §3.6.2 and RFC 6409 (the relay or submission server a sender is configured to use); observed notices of retired smart hosts (audit30 round).',
  },
  {
    id: 'decision.takes-no-mail-from-some',
    phase: 'adjust',
    when: [{ reason: ['notaccept'], decidedBy: ['words', 'weak-words'], words: /\b(?:(?:does not|doesn't|do not|don't|will not|won't) (?:accept|receive)|(?:not )?(?:accepting|receiving)|(?:accepts?|receives?) no)(?: any)? (?:e-?)?(?:mail|messages?)s? from\b/ }],
    reason: 'rejected',
    confidence: 'medium',
    evidence: 'words',
    note: 'the words that read as a destination taking no mail say from whom it takes none ("receives no email from outside the organisation", "does not accept mail from your network"): it takes mail from others, so the address exists and refuses this sender',
    source: 'RFC 7504 §3-4 and RFC 7505: a host or domain that accepts no mail at all (null MX, 521, 556) is one that takes none from anyone; a refusal of some senders is the receiver\'s rule (Sisimai Reason/Rejected: "does not accept mail from"; Exchange\'s internal-only recipients, RESOLVER.RST.AuthRequired; audit30 round).',
  },
  {
    id: 'decision.null-mx-status-alone',
    phase: 'adjust',
    when: [{ reason: ['notaccept'], decidedBy: ['status'], status: /^[45]\.7\.27$/ }],
    reason: 'notaccept',
    confidence: 'low',
    evidence: 'status',
    note: 'status X.7.27 is the SENDER\'s null MX in RFC 7505, though Sendmail also writes it for a recipient domain with a null MX; with no words to say whose, the code alone does not make the recipient\'s address bad',
    source: 'RFC 7505 §4.2 (X.7.27 "Sender address has null MX") and §4.3 (X.1.10 for the recipient); Sendmail 8.16 reports a recipient\'s null MX as "Status: 5.7.27" with "550 Host does not accept mail" (Sisimai\'s sendmail-57 sample), whose words decide.',
  },
  {
    id: 'decision.encryption-required-unsaid-which',
    phase: 'adjust',
    // "550 5.7.1 Encryption required", "554 5.7.0 Encryption required for this recipient": the
    // connection's TLS or the message's own encryption, not said. (With a word of either side the
    // phrase stands or another reads it: "TLS", "STARTTLS", "connection", "authentication
    // mechanism" are the connection's; "message", "S/MIME", "PGP" the message's.)
    when: [{ reason: ['failedstarttls'], decidedBy: ['words'], matched: /^encryption required$/, words: /\bencryption (?:is )?required\b/, notWords: ENCRYPTION_SIDE_WORDS }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the server requires encryption but does not say whose: the connection (the sending server must use TLS, STARTTLS) or the message itself (S/MIME, a message encryption policy); ask the recipient\'s admin which, and check the sending server\'s TLS log',
    source:
      'RFC 3207 §4 (a server may require STARTTLS before mail: "530 5.7.0 Must issue a STARTTLS command first") and RFC 4954 §6 ("538 5.7.11 Encryption required for requested authentication mechanism"): the connection; Microsoft Purview Message Encryption and S/MIME policies refuse unencrypted messages with 5.7.1 in their own words: the message. "Encryption required" alone is said of both.',
  },
  {
    id: 'decision.encryption-required-of-message',
    phase: 'adjust',
    // "550 5.7.1 Encryption required for this message", "554 Encryption required: messages to
    // this recipient must be sent with S/MIME": the message's own encryption, not the connection.
    when: [{ reason: ['failedstarttls'], decidedBy: ['words'], matched: /^encryption required$/, words: MESSAGE_ENCRYPTION, notWords: CONNECTION_ENCRYPTION }],
    reason: 'policyviolation',
    confidence: 'medium',
    evidence: 'words',
    note: 'the server requires the message itself to be encrypted (S/MIME, PGP or a message encryption policy of the receiving organisation), not the connection: the address is fine; send it encrypted or by another way the recipient accepts',
    source:
      'Microsoft Purview Message Encryption and S/MIME policies, and gateways that enforce them, refuse an unencrypted message with 5.7.1 and words about the message ("Encryption required for this message", "must be sent with S/MIME"); RFC 3207 STARTTLS is about the connection and words of it ("TLS", "connection") are read by the TLS phrases instead.',
  },
  {
    id: 'decision.recipient-rejected-bare',
    phase: 'adjust',
    // "550 Recipient rejected", "554 5.0.0 Recipient rejected", "550 <a@x> recipient rejected.":
    // the whole reply names the refused command and nothing else (no X.1.x status, no cause after
    // it). A status of the address class still decides ("550 5.1.1 Recipient rejected" is read by
    // its code, not by this row). (Not the bare "Recipient address rejected.": Postfix never
    // writes it without a cause, and au/KDDI's servers answer an unknown user with exactly that,
    // Sisimai's Postfix sample 46.)
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^recipient rejected$/, words: BARE_RECIPIENT_REJECTED, notStatus: /^[45]\.1\.[1-3]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the server only says it refused the recipient, with no cause and no status code of a bad address: a missing mailbox and a policy refusal are both answered so; nothing says the address does not exist',
    source:
      'RFC 5321 §4.2.2: 550 covers a mailbox not found, no access, or a command "rejected for policy reasons"; "recipient rejected" names only the refused command (RFC 5321 §3.3: RCPT is refused with 550 for either). Observed wording of appliances and small MTAs that answer every refused RCPT TO alike: "550 Recipient rejected". With a cause ("… : User unknown") or X.1.1 the address is read as bad.',
  },
  {
    id: 'decision.address-rejected-bare',
    phase: 'adjust',
    // "550 Recipient address rejected", "550 5.0.0 <a@x>: Recipient address rejected", "550 5.0
    // recipient or address rejected", qmail's "Remote host said: 550 Address rejected": the whole
    // reply names the refused address and nothing else. A status of the address class still
    // decides ("550 5.1.1 Recipient address rejected" is read by its code); au's own bare form is
    // its provider rule's (provider.kddi.bare-address-rejected).
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^(?:recipient )?address rejected$/, words: BARE_ADDRESS_REJECTED, notStatus: /^[45]\.1\.[1-3]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the server only says it refused the address, with no cause and no status code of a bad address: a missing mailbox, an access rule, greylisting, a policy service or a relay restriction are all answered so; nothing says the address does not exist (check it, and ask the recipient\'s admin if it should work)',
    source:
      'Postfix smtpd writes "<addr>: Recipient address rejected: <cause>" for every recipient restriction (smtpd_check.c; access(5) REJECT with no text gives "Access denied", greylisting and policy services give their own text), so a reply with the words and no cause is another server\'s answer for any refusal; RFC 5321 §4.2.2: 550 covers a mailbox not found, no access or a refusal "for policy reasons"; RFC 3463 X.0.0 and X.1.0 ("other address status") do not say the mailbox does not exist (X.1.1 does). Sisimai Reason/UserUnknown files any refusal at RCPT as an unknown user; we do not remove an address on that alone.',
  },
  {
    id: 'decision.unrouteable-in-server-reply',
    phase: 'adjust',
    // "550 Unrouteable address" as a receiving server's answer to RCPT TO (quoted by Postfix's
    // "host … said:" or Exim's "SMTP error from remote mail server after RCPT TO:"): that
    // server's own routers took no route. The sending Exim's own "Unrouteable address" (no reply
    // code: its DNS router found no such domain) is its format's reading and stays.
    when: [{ reason: ['hostunknown'], decidedBy: ['words', 'weak-words'], matched: /^unrout(?:e)?able address$/, reply: /^5/, notStatus: /^[45]\.1\.[12]$/, notWords: /\bsender verify\b|\bverification failed for\b/ }],
    reason: 'hostunknown',
    confidence: 'medium',
    evidence: 'words',
    note: 'the receiving server says its own routing found no way on for the address: on servers with virtual domains that is its answer for a local part it does not know, and a relay answers so for a domain it cannot route; both mean the address does not get delivered there, but a fault of the server\'s own set-up gives the same words, so this is not sure',
    source:
      'Exim specification, "How Exim routes addresses" / route.c: an address that no router accepts fails with "Unrouteable address" unless the router sets cannot_route_message; the default configuration\'s ACL answers "unrouteable address" for a relay domain whose verify = recipient fails, and only its localuser router says "Unknown user". Sisimai Lhost/Exim files "Unrouteable address" as HostUnknown (earlier rounds\' provider lines and a public paste, democracy.io issue 126, read it as a bad address); in another server\'s reply it is that server\'s routing verdict, which its set-up can get wrong: as sure as the words allow, medium.',
  },
  {
    id: 'decision.invalid-recipient-bare',
    phase: 'adjust',
    // "550 Invalid recipient" and nothing else (OpenSMTPD's reply; "550 Invalid recipient:
    // <addr>" and a provider's documented reply are read as they were, and so is a gateway's
    // recipient callout that quotes it: there the domain's own mailbox server refused it).
    when: [{ reason: ['userunknown'], decidedBy: ['words', 'weak-words'], matched: /^invalid recipient$/, words: BARE_INVALID_RECIPIENT, notWords: /\bcallout\b/, notStatus: /^[45]\.1\.[1-3]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the server only says the recipient is invalid, with no address, no cause and no status of a bad address: OpenSMTPD answers so both for an address it does not know and for a recipient none of its rules accepts (a relay it refuses); nothing says the address does not exist',
    source:
      'OpenSMTPD smtpd(8) / smtp_session.c: a RCPT TO that matches no "match … action" rule and one its tables reject both get "550 Invalid recipient" (the usual answer to a forgotten "match from any for domain …" line, as its users\' threads show). RFC 5321 §4.2.2: 550 covers a mailbox not found, no access or a policy refusal.',
  },
  {
    id: 'decision.no-mail-host-at-expiry',
    phase: 'adjust',
    // "exceeded max time without delivery: last failure: 4.4.4 [internal] no MX or A for domain",
    // "could not be delivered within 72 hours. Last error: no MX or A for domain …".
    when: [{ reason: ['hostunknown'], decidedBy: ['words', 'weak-words'], matched: /^no mx\b/, words: /\b(?:exceeded (?:the )?max(?:imum)? (?:time|retry|delivery time)|(?:could not|couldn't|was not|wasn't) (?:be )?delivered within|after repeated attempts|retry (?:timeout|time) exceeded|message (?:has )?expired|queue lifetime)\b/ }],
    reason: 'expired',
    confidence: 'medium',
    evidence: 'words',
    note: 'the sending server gave up when the message\'s time in its queue ran out; its last attempt found no mail host for the domain, which a DNS outage gives as well as a domain with no mail set-up: the address is not judged (check the domain\'s spelling and its MX)',
    source:
      'RFC 5321 §4.5.4.1: a sender retries a temporary failure until its own give-up time; SparkPost\'s bounce reasons join the expiry with the last failure ("exceeded max time without delivery", its last failure 4.4.4 "[internal] no MX or A for domain", a 4xx, so retried); RFC 3463 X.4.4 "Unable to route" is a routing status that may be temporary. Without the expiry words the DNS finding decides (decision.dns-error-no-mail-host).',
  },
  {
    id: 'decision.no-such-user-at-own-server',
    phase: 'adjust',
    // Thunderbird's "An error occurred while sending mail. The mail server responded: 550 No such
    // user here. Please check the message recipient …", Outlook's "… rejected by the server …
    // Server Response: '550 No such user here'": the sender's own outgoing server answered.
    when: [{ reason: ['userunknown'], decidedBy: ['words', 'weak-words'], matched: /^no such user/, words: /\b(?:the (?:mail )?server responded:?|server response:) ?'?[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?no such user here\b/, notStatus: /^[45]\.1\.[1-3]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the sender\'s own outgoing server said it has no such user "here": a server that does not host the recipient\'s domain answers so to a client it will not relay for (no login), and for its own domains to a mailbox it lacks; nothing says the address does not exist (check that the mail app logs in to send, then the address)',
    source:
      'qmail-smtpd, MDaemon and ISP submission servers answer RCPT TO "550 No such user here" both for a local user they lack and for a relay they refuse to an unauthenticated client (Outlook Express error 0x800CCC79, Microsoft KB 813514 "the server rejected the recipient"; ISPs\' help pages tell users to turn on "My outgoing server requires authentication"). Thunderbird\'s "The mail server responded:" and Outlook\'s "Server Response:" quote the sender\'s own server.',
  },
  {
    id: 'decision.no-such-domain-here',
    phase: 'adjust',
    // "550 No such domain at this location", "550 5.1.2 No such domain here": the server that
    // answered (the domain's MX) says it does not host the domain, not that the domain does not
    // exist in the DNS: its MX points at a server that is not (or no longer) set up for it.
    when: [{ reason: ['hostunknown'], decidedBy: ['words', 'weak-words'], matched: /^no such domain$/, words: /\bno such domain (?:here|at this (?:location|site|server|host|system))\b/ }],
    reason: 'norelaying',
    confidence: 'medium',
    evidence: 'words',
    note: 'the server that answered for the domain says it does not host it: the domain\'s MX points at the wrong server, or the domain moved and its DNS was not updated; the mailbox is not judged (tell the recipient another way, so their admin fixes the MX)',
    source:
      'RFC 5321 §5.1: the MX records name the servers that take a domain\'s mail, and a server that does not serve the domain refuses it, as qmail-smtpd does for a domain not in rcpthosts ("553 sorry, that domain isn\'t in my list of allowed rcpthosts") and Postfix for one not in its destinations ("Relay access denied"; Sisimai Reason/NoRelaying); "here" and "at this location" name the server, not the DNS.',
  },
  {
    id: 'decision.mail-hosts-not-in-dns',
    phase: 'adjust',
    // Exim's own words when the domain's MX names hosts that have no address, or no address of
    // its hosts was found: the domain is there, its mail set-up is not (round visible32).
    when: [{ reason: ['hostunknown'], decidedBy: ['words', 'weak-words'], matched: /^(?:mx records point to non-existent hosts|host address lookups failed permanently)$/ }],
    reason: 'hostunknown',
    confidence: 'low',
    evidence: 'words',
    note: 'the sending server found the domain but no address for its mail hosts: the domain\'s DNS set-up is broken (or the sending server was told to ignore those hosts), so no mail gets there now; the mailbox itself is not judged (tell the recipient another way, so their admin fixes the MX)',
    source:
      'Exim routers/dnslookup.c "all relevant MX records point to non-existent hosts" (the MX names resolve to nothing, or only to addresses ignore_target_hosts drops) and transports/smtp.c "all host address lookups failed permanently"; Sisimai Lhost/Exim.pm files both as hostunknown. RFC 5321 §5.1: the MX names the hosts that take the domain\'s mail; their missing addresses are the domain\'s set-up, not a mailbox that does not exist.',
  },
  {
    id: 'decision.recipient-rejected-by-cause',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^recipient rejected$/, words: /\brecipient rejected (?:by|due to|because of|for|per|under|as per) (?!(?:no such|unknown|invalid|non-?existent) (?:user|mailbox|recipient|address))[a-z]/, notStatus: /^[45]\.1\.[1-3]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the server refused the recipient "by" or "due to" a cause of its own (a local policy, a rule) that is not a missing mailbox: nothing says the address does not exist',
    source:
      'RFC 5321 §4.2.2: 550 covers a mailbox not found, no access, or a command "rejected for policy reasons"; "recipient rejected" names only the refused command, and the cause that follows it ("550 recipient rejected by local policy", as an address checker\'s tests file it: not an invalid address) is what the server gives. As Postfix\'s "Recipient address rejected: <cause>" above.',
  },
  {
    id: 'decision.mailbox-disabled-status-other-words',
    phase: 'adjust',
    when: [
      {
        reason: ['suspend'],
        decidedBy: ['status'],
        status: /^[45]\.2\.1$/,
        // Words of another cause (not inside a link or a compound), and none about the mailbox.
        words: /(?<![/.-])\b(?:blocked|block|policy|content|spam|try again|later|not allowed|prohibited|failures|will not accept|mandatory)\b(?![/.-]\w)/,
        notWords: /\b(?:mailbox|inbox|account|disabled|inactive|inactivity|suspended|deactivated|locked|frozen|closed|terminated|discontinued|no longer|cannot be accessed|unavailable)\b/,
      },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the status code says the mailbox is disabled (X.2.1), but the words speak of this message, a block, a policy or a later try, not of the mailbox: they do not agree, so the cause is not known',
    source:
      'RFC 3463 §3.3: X.2.1 "Mailbox disabled, not accepting messages"; servers reuse it for refusals of the message: AOL "521 5.2.1 : AOL will not accept delivery of this message." after DATA, for content or the sending IP (Word to the Wise, "When did the reject happen?", 2015), Zoho "554 5.2.1 Too many failures for the recipient", ZeptoMail "5.2.1 Subject is Mandatory" (Zoho help pages). A code the words contradict does not say the mailbox is disabled.',
  },
  {
    id: 'decision.bad-mailbox-status-other-words',
    phase: 'adjust',
    when: [
      {
        reason: ['userunknown', 'hostunknown', 'hasmoved', 'notaccept'],
        decidedBy: ['status'],
        status: /^5\.1\.(?:[0-36]|10)$/,
        // Words of another cause, not inside a link or a compound ("…/spam-policy").
        words: /(?<![/.-])\b(?:blocked|block|policy|content|spam|try again|later|not allowed|prohibited)\b(?![/.-]\w)/,
        notWords: /\b(?:user|users|mailbox|recipient|address|account|addressee|alias|no such|unknown|does ?n[o']t exist|not found|invalid)\b/,
      },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'the status code says the address is bad (X.1.0 to X.1.3, X.1.6, X.1.10), but the words speak of a block, a policy or a later try, not of the address: they do not agree, so nothing says the address is bad',
    source:
      'RFC 3463 §3.2: X.1.1 "Bad destination mailbox address", X.1.2 "Bad destination system address", X.1.3 "Bad destination mailbox address syntax", X.1.6 "Destination mailbox has moved"; RFC 7505: X.1.10 a domain that accepts no mail (null MX); servers that reuse 5.1.1 for every refusal ("550 5.1.1 Blocked", "554 5.1.1 Message rejected due to content") are observed (a bare "Rejected" names no other cause, and the code stands); a code that the words contradict is not enough to call an address bad.',
  },
  {
    id: 'decision.no-valid-recipients-protocol-status',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], matched: /^no valid recipients$/, status: /^[45]\.5\./ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: '"no valid recipients" under a protocol status (X.5.x) is the server\'s answer to DATA after it refused every recipient: the refusal before it said why, and it is not quoted here',
    source:
      'Postfix smtpd answers DATA with "554 5.5.1 Error: no valid recipients" when no RCPT TO was accepted (RFC 5321 §3.3: DATA with no valid recipient gets 554 or 503); the corpus\'s Sendmail transcripts show it after "450 4.7.1 … Client host rejected: may not be mail exchanger" as well as after "User unknown". RFC 3463 §3.6: X.5.x is a protocol status, which names no bad mailbox.',
  },
  {
    id: 'decision.mailbox-unavailable-policy-status',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^mailbox (?:is )?unavailable$/, status: /^[45]\.7\./ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: 'only the generic "mailbox unavailable" of a 550 speaks of the mailbox, and the status code (X.7.x) is a security or policy refusal: nothing says the address does not exist',
    source:
      'RFC 5321 §4.2.2: 550 "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)"; RFC 3463 §3.8: X.7.x is a security or policy status, which names no missing mailbox (that is X.1.1).',
  },
  {
    id: 'decision.mailbox-not-available-x21',
    phase: 'adjust',
    when: [{ reason: ['suspend'], decidedBy: ['status'], status: /^5\.2\.1$/, words: /(?:^|[\s;:'"\u201c])5\.2\.1 (?:<[^\s<>]{1,254}>:? )?mailbox (?:is )?(?:not available|unavailable)\.?['"\u201d]?(?: \(in reply to [^()]{0,40}\))?$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: 'the only words are the generic "mailbox not available": under X.2.1 a server may mean a disabled mailbox, but also a mistyped address or a full one, and nothing here says which',
    source:
      'Interia\'s help on its replies: "550 5.2.1 Mailbox not available" may mean the recipient\'s address was mistyped, the inbox is full or the account is suspended (pomoc.poczta.interia.pl, "Dlaczego wiadomość nie została dostarczona?"); RFC 5321 §4.2.2 gives "mailbox unavailable" as 550\'s generic text. With words that say more ("disabled", "inactive", "over quota") the other rules decide.',
  },
  {
    id: 'decision.system-not-accepting-reply-521',
    phase: 'adjust',
    // (Not where the words say the closure ends: "521 5.3.2 Closed for the night, back at 06:00 UTC".)
    when: [{ reason: ['systemerror'], decidedBy: ['status'], status: /^5\.3\.2$/, reply: /^(?:521|556)$/, notWords: /\b(?:back (?:at|on|in|by)|until|reopen|re-open|maintenance|for the night|for now|temporar(?:y|ily)|(?:try|retry) (?:again )?later)\b/ }],
    reason: 'notaccept',
    confidence: 'keep',
    evidence: 'reply',
    note: 'status X.3.2 alone says the host is not taking mail for now (maintenance, load), but the reply 521 (or 556) says this host or domain never accepts mail',
    source:
      'RFC 3463 §3.4: X.3.2 "System not accepting network messages" (imminent shutdown, excessive load, system maintenance), no bad address by itself; RFC 7504 §3-4: 521 "Host does not accept mail", 556 "Domain does not accept mail" (Sisimai NotAccept: "521 5.3.2 … System not accepting network messages").',
  },
  {
    id: 'decision.greeting-refused-host-takes-no-mail',
    phase: 'adjust',
    when: [
      { reason: ['blocked'], decidedBy: ['words', 'weak-words'], matched: /^refused to talk to me$/, reply: /^5/, words: /\b(?:does not|doesn't|will not|won't) accept (?:any )?(?:e-?)?mail\b(?! from)|\baccepts no (?:e-?)?mail\b/ },
    ],
    reason: 'notaccept',
    confidence: 'keep',
    evidence: 'reply',
    note: '"refused to talk to me" is only the sending Postfix\'s framing of a refused greeting; the server\'s own answer, "does not accept mail", says this host or domain takes no mail at all, not that the sender is blocked',
    source:
      'Postfix smtp(8): "host <name>[<ip>] refused to talk to me: <reply>" for a refused greeting (the reply follows the colon); RFC 7504 §3: 521 "Host does not accept mail", §4: 556 "Domain does not accept mail" (Sisimai NotAccept). The words must say so: a bare 554 "No SMTP service here" (RFC 5321 §3.1) is sent by gateways for blocks too, and 521 itself carries IP blocks (AOL\'s "521 5.2.1 : (DYN:T1)" for dynamic IPs).',
  },
  {
    id: 'decision.greeting-refused-only-framing',
    phase: 'adjust',
    when: [
      {
        reason: ['blocked'],
        decidedBy: ['words', 'weak-words'],
        matched: /^refused to talk to me$/,
        notWords: /\b(?:block|black ?list|blocklist|deny ?list|listed|spam|reputation|rbl|dnsbl|denied|not (?:allowed|accepted|permitted|authorized)|rejected|banned|policy|dynamic|your ip|your host|your network|client host)/,
      },
    ],
    reason: 'blocked',
    confidence: 'medium',
    evidence: 'reply',
    note: 'a refused greeting whose answer names no block: "refused to talk to me" is the sending Postfix\'s framing, and a 421 or 554 at the greeting may as well be a server shutting down, busy, in maintenance or offering no SMTP service as a block of the sender',
    source:
      'Postfix smtp(8): "host <name>[<ip>] refused to talk to me: <reply>"; RFC 5321 §3.8 and §4.2.2: 421 "Service not available, closing transmission channel", also sent when a server must shut down, and §3.1: 554 at the greeting, "No SMTP service here"; RFC 3463 §3.4 X.3.2 "System not accepting network messages" (shutdown, load, maintenance). Sisimai reads "421 Service not available" after a refused greeting as Blocked, which stays the reason, less sure.',
  },
  {
    id: 'decision.mailbox-unavailable-transient-reply',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['weak-words'], matched: /^mailbox (?:is )?unavailable$/, reply: /^4/, notStatus: /^[45]\.1\.[0-36]$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'status',
    note: 'only the generic "mailbox unavailable" speaks of the mailbox, and the reply is a 4xx, whose text RFC 5321 gives for a mailbox busy or held back for now: nothing says the address does not exist',
    source:
      'RFC 5321 §4.2.2: 450 "Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)"; Sina Mail\'s list of its replies: "450 mailbox unavailable." (邮箱暂时不可用, the mailbox is unavailable for now; blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html).',
  },
  {
    id: 'decision.dns-error-domain-not-found',
    phase: 'adjust',
    when: [{ reason: ['networkerror'], decidedBy: ['words', 'weak-words'], matched: /^dns error$/, notStatus: /^4\./, words: /\bdns error: address resolution of \S{1,255} failed: domain name not found\b/ }],
    reason: 'hostunknown',
    confidence: 'keep',
    evidence: 'words',
    note: 'Gmail\'s older notice names the DNS error it gave up on: the recipient\'s domain does not exist ("Domain name not found"), not a lookup that failed for now',
    source:
      'Gmail\'s older notice, "Delivery to the following recipient failed permanently" / "Technical details of permanent failure:" / "DNS Error: Address resolution of <domain> failed: Domain name not found" (Sisimai Lhost/Gmail: hostunknown for "Domain name not found"; RFC 1035 NXDOMAIN). The newer notice\'s "DNS Error: DNS type \'mx\' lookup of <domain> responded with code NXDOMAIN" comes coded 4.0.0, a retry, and stays a network error.',
  },
  {
    id: 'decision.dns-error-no-mail-host',
    phase: 'adjust',
    when: [
      {
        reason: ['networkerror'],
        decidedBy: ['words', 'weak-words'],
        matched: /^dns error$/,
        notStatus: /^4\./,
        notAction: ['delayed'],
        words: /\bdns error:? [^;\n]{0,80}?\bno (?:mx|mail exchangers?)(?: or a| or a\/aaaa| or address|, a or aaaa)? records? (?:were |was )?(?:found|exists?)\b/,
      },
    ],
    reason: 'hostunknown',
    confidence: 'keep',
    evidence: 'words',
    note: 'the DNS error names what the lookup found: the recipient\'s domain has no mail exchanger and no address to deliver to, not a lookup that failed for now',
    source:
      'A delivery agent\'s final notice that names the DNS finding it gave up on ("DNS error: no MX or A records found for \'example.org\'", "DNS error: no MX records found"; observed wordings of delivery agents such as Stalwart\'s DSN text). RFC 5321 §5.1: with no MX and no address record there is no host to deliver to. A delay (4.x, Action: delayed) stays a network error: the lookup is tried again.',
  },
  {
    id: 'decision.bare-service-unavailable-5xx',
    phase: 'adjust',
    when: [{ reason: ['systemerror'], decidedBy: ['words', 'weak-words'], matched: /^service (?:is )?unavailable$/, reply: /^5/, words: /(?:^|[\s:'"])5\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?service (?:is )?unavailable[.;]?['"]?\)?(?: \(in reply to [a-z ]+ command\))?$/ }],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'a permanent reply whose only words are "Service unavailable" names no cause: Sendmail writes "554 5.0.0 Service unavailable" as its own summary for any refusal it gave up on, and gateways answer so for blocks and policy alike; nothing says what failed',
    source:
      'RFC 5321 §4.2.2/§4.2.3: 421 "Service not available" is the temporary reply, 554 "Transaction failed" / "No SMTP service here" names no cause; Sendmail\'s bounces close the transcript with "554 5.0.0 Service unavailable" after remote refusals of every kind (Sisimai\'s Sendmail samples: labelled userunknown, filtered, blocked, authfailure, policyviolation, contenterror, norelaying, exceedlimit under that same line). With a 4xx code, or with words after it ("Service unavailable; Client host … blocked using …"), the other rules decide. The same reply as it is quoted is the same reply: Outlook\'s "Remote Server returned \'550 5.7.1 Service unavailable\'" and Postfix\'s "said: 550 5.7.1 Service unavailable (in reply to RCPT TO command)" (an Australian firm\'s list of its clients\' ISP replies gives it for a Customer Block List refusal; help-atosmartdocs.theaccessgroup.com).',
  },
  {
    id: 'decision.mailbox-unavailable-try-later',
    phase: 'adjust',
    when: [
      {
        reason: ['userunknown'],
        decidedBy: ['weak-words'],
        matched: /^mailbox (?:is )?unavailable$/,
        words: /\b(?:try (?:again )?later|retry later|try again in \d|failure sending mail)\b/,
        notWords: /\b(?:user unknown|unknown user|no such (?:user|mailbox|recipient)|does ?n[o']t exist|not found|invalid (?:recipient|mailbox|user|address))\b/,
      },
    ],
    reason: 'onhold',
    confidence: 'low',
    evidence: 'words',
    note: 'only the generic "mailbox unavailable" of a 550 speaks of the mailbox, and the same reply says to try again later: a refusal of this sending, for now, rather than of the address; nothing says the address does not exist',
    source:
      'RFC 5321 §4.2.2: 550 "Requested action not taken: mailbox unavailable" is the reply\'s generic text; observed wording of GMX / 1&1 when they refuse a sender for its volume: "550-Requested action not taken: mailbox unavailable" / "550 Failure sending mail. Try again later" (threads of MailKit #968 and Nodemailer #1555: the same recipients are accepted later).',
  },
  {
    id: 'decision.userunknown-without-address',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['words', 'weak-words'], words: RCPT_STYLE_BLANK_ADDRESS, notStatus: /^[45]\.1\.1$/ }],
    reason: 'filtered',
    confidence: 'medium',
    evidence: 'words',
    note: 'the reply has the form of a RCPT TO refusal with the address left out ("550 : User unknown"): the receiver\'s own filter refused the message, the address itself was not refused',
    source:
      'Observed wording of au/KDDI (ezweb.ne.jp, au.com), also when relayed by Gmail, Microsoft 365 or Yahoo: "550 <address>: User unknown" for a mailbox that does not exist, "550 : User unknown" when the recipient\'s reception settings refuse the sender.',
  },
  {
    id: 'decision.userunknown-after-data',
    phase: 'adjust',
    when: [{ reason: ['userunknown'], decidedBy: ['words', 'weak-words'], stage: ['DATA', 'BDAT'], notStatus: /^[45]\.[15]\./, notWords: RCPT_STYLE_ADDRESS }],
    reason: 'filtered',
    confidence: 'medium',
    evidence: 'command',
    note: 'refused after the message content, and the reply does not name the address as a RCPT TO refusal does: the address was accepted, and a per-recipient filter refused the message',
    source:
      'Observed wording: au/KDDI answer "550 : User unknown" and NTT docomo "550 Unknown user <address>" after DATA when the recipient\'s own settings refuse the sender, while an address refused at RCPT TO and reported after a pipelined DATA (RFC 2920) is named in the reply ("550 <address>: User unknown") or coded X.1.1.',
  },
  {
    id: 'decision.size-per-mailbox',
    phase: 'adjust',
    when: [{ reason: ['mesgtoobig'], decidedBy: ['words'], status: /^[45]\.2\.3$/, matched: /exceed|length/ }],
    reason: 'exceedlimit',
    confidence: 'keep',
    evidence: 'status',
    note: 'a size refusal with status X.2.3: the limit is the mailbox\'s own, not the system\'s',
    source: 'RFC 3463 §3.3: X.2.3 "Message length exceeds administrative limit" is a per-mailbox limit (X.3.4 is the system\'s).',
  },
  {
    id: 'decision.storage-allocation-size-status',
    phase: 'adjust',
    when: [{ reason: ['mailboxfull'], decidedBy: ['words', 'weak-words'], matched: STORAGE_ALLOCATION, status: /^[45]\.3\.4$/ }],
    reason: 'mesgtoobig',
    confidence: 'keep',
    evidence: 'status',
    note: 'the words are the generic text of reply 552 ("exceeded storage allocation"), and the status X.3.4 says which storage: the message is too big for the system, not a full mailbox',
    source: 'RFC 5321 §4.2.2: 552 "Requested mail action aborted: exceeded storage allocation" serves for a full mailbox and for a message too big; RFC 3463 §3.4: X.3.4 "Message too big for system" (X.2.2 would be the mailbox full).',
  },
  {
    id: 'decision.storage-allocation-size-mailbox-limit',
    phase: 'adjust',
    when: [{ reason: ['mailboxfull'], decidedBy: ['words', 'weak-words'], matched: STORAGE_ALLOCATION, status: /^[45]\.2\.3$/ }],
    reason: 'exceedlimit',
    confidence: 'keep',
    evidence: 'status',
    note: 'the words are the generic text of reply 552 ("exceeded storage allocation"), and the status X.2.3 says the message is over the mailbox\'s size limit, not that the mailbox is full',
    source: 'RFC 5321 §4.2.2: 552 "exceeded storage allocation"; RFC 3463 §3.3: X.2.3 "Message length exceeds administrative limit".',
  },
  {
    id: 'decision.storage-allocation-system-status',
    phase: 'adjust',
    when: [{ reason: ['mailboxfull'], decidedBy: ['words', 'weak-words'], matched: STORAGE_ALLOCATION, status: /^[45]\.3\.1$/ }],
    reason: 'systemfull',
    confidence: 'keep',
    evidence: 'status',
    note: 'the words are the generic storage text of reply 552 or 452, and the status X.3.1 says it is the mail system\'s storage that is full, not the mailbox',
    source: 'RFC 5321 §4.2.2: 452 "insufficient system storage", 552 "exceeded storage allocation"; RFC 3463 §3.4: X.3.1 "Mail system full".',
  },
  {
    id: 'decision.storage-allocation-either',
    phase: 'adjust',
    when: [{ reason: ['mailboxfull'], decidedBy: ['words', 'weak-words'], matched: STORAGE_ALLOCATION, notStatus: /^[45]\.2\.2$/, notWords: MAILBOX_FULL_WORDS }],
    reason: 'mailboxfull',
    confidence: 'low',
    evidence: 'words',
    note: 'only the generic text of reply 552 speaks ("exceeded storage allocation", "too much mail data"): a full mailbox or a message too big, the reply does not say which',
    source:
      'RFC 5321 §4.2.2: 552 "Requested mail action aborted: exceeded storage allocation" (RFC 821: the same); Microsoft KB Q288240 lists "552 Too much mail data" among a relay\'s refusals of a message too large, Sisimai Rhost/NTTDOCOMO reads docomo\'s "552 too much mail data" as a full mailbox: the same words for both causes.',
  },
  {
    id: 'stage.mail-from',
    phase: 'adjust',
    when: [
      { stage: ['MAIL'], reason: SENDER_STAGE },
      { stage: ['MAIL'], decidedBy: ['broad-status'] },
    ],
    reason: 'rejected',
    confidence: 'keep',
    evidence: 'command',
    note: 'refused at MAIL FROM: the sender address was refused',
    source: 'RFC 5321 §3.3: MAIL FROM names the sender; a refusal in reply to it is about the sender, whatever the words say about "user" or "domain".',
  },
  {
    id: 'stage.auth',
    phase: 'adjust',
    when: [
      { stage: ['AUTH'], reason: AUTH_STAGE },
      { stage: ['AUTH'], decidedBy: ['broad-status'] },
      // The code only a login is answered with, whatever stage the text names or leaves out:
      // "535 5.7.8 Error: authentication failed: user unknown" is the login's unknown user.
      // (Not the status codes: servers reuse X.7.9 and others for policy refusals.)
      { reply: /^535$/, reason: AUTH_STAGE },
    ],
    reason: 'securityerror',
    confidence: 'keep',
    evidence: 'command',
    note: 'refused in reply to AUTH, or with the reply code only a login is answered with (535): the sending account\'s login was refused, whatever the words say of an account that is disabled, unknown or locked; no recipient was named yet',
    source: 'RFC 4954 §4 and §6: AUTH logs the client in before MAIL FROM; "535 5.7.8 Authentication credentials invalid", "534 5.7.9", "538 5.7.11" answer that login, and 535 answers no other command (RFC 5321 §4.2 defines no 535). Postfix with Dovecot SASL words it "535 5.7.8 Error: authentication failed: <why>" (observed: "account disabled", "user unknown").',
  },
  {
    id: 'stage.connect',
    phase: 'adjust',
    when: [{ stage: ['CONN', 'HELO', 'EHLO'], reason: CLIENT_STAGE }],
    reason: 'blocked',
    confidence: 'keep',
    evidence: 'command',
    note: 'refused before any address was sent: the sending host was refused',
    source: 'RFC 5321 §3.1 and §4.1.1.1: at the greeting and HELO/EHLO no sender or recipient is known yet, so a refusal is about the connecting host.',
  },
  ...(['userunknown', 'hostunknown', 'hasmoved'] as const).map(
    (reason): DecisionRow => ({
      id: `decision.${reason}-of-another-address`,
      phase: 'adjust',
      when: [{ reason: [reason], otherAddress: true }],
      reason,
      confidence: 'low',
      evidence: 'words',
      note: 'the reply refuses another address than this recipient\'s: the message was forwarded or the address rewritten on the way, so the refusal is about that other mailbox, and this address may well exist',
      source:
        'RFC 5321 §3.9 and §4.2.2: a receiving server that forwards or aliases a recipient (Postfix virtual_alias_maps, Sendmail aliases) checks the mailbox it expands to and names that one in its reply ("550 5.1.1 <other@example.net>: Recipient address rejected: User unknown").',
    }),
  ),
];

/**
 * Every condition with all its fields, in one order (a field a row does not name is
 * undefined): the table as written, built once at load. The rows name a few fields each, in
 * many combinations; read as written, each combination was a shape (hidden class) of its
 * own, and the tests of every field in `conditionHolds`, run for every recipient, were
 * megamorphic property reads that searched a shared cache. Made alike, they are reads of
 * one shape. What a condition says is unchanged: an undefined field is a field not named.
 */
function fullCondition(c: DecisionCondition): DecisionCondition {
  return {
    reason: c.reason,
    decidedBy: c.decidedBy,
    stage: c.stage,
    status: c.status,
    notStatus: c.notStatus,
    reply: c.reply,
    diagnosticType: c.diagnosticType,
    action: c.action,
    notAction: c.notAction,
    words: c.words,
    notWords: c.notWords,
    matched: c.matched,
    said: c.said,
    otherAddress: c.otherAddress,
  };
}

export const DECISIONS: readonly DecisionRow[] = ROWS.map((r) => ({
  id: r.id,
  phase: r.phase,
  when: r.when.map(fullCondition),
  reason: r.reason,
  confidence: r.confidence,
  evidence: r.evidence,
  note: r.note,
  source: r.source,
}));

/** Does the row apply? */
export function rowApplies(row: DecisionRow, state: DecisionState): boolean {
  for (const c of row.when) if (conditionHolds(c, state)) return true;
  return false;
}

/** What the rows look at. */
export interface DecisionState {
  reason: ReasonId | 'none';
  decidedBy: DecidedBy;
  stage: SmtpCommand | null;
  status: string | null;
  reply: string | null;
  diagnosticType: string | null;
  action: string | null;
  /** The server's words, lower case. */
  words: string;
  /** The words that decided, lower case ('' when none). */
  matched: string;
  /** There is a status code, a reply code or words. */
  said: boolean;
  /** The words refuse an address the way a RCPT TO refusal does, and none is this recipient's. */
  otherAddress: boolean;
}

function conditionHolds(c: DecisionCondition, s: DecisionState): boolean {
  // Every field must hold, and none has a side effect (no pattern here is global), so the
  // order is free: the server's words, the longest text, are read last.
  if (c.reason && !c.reason.includes(s.reason)) return false;
  if (c.decidedBy && !c.decidedBy.includes(s.decidedBy)) return false;
  if (c.stage && (!s.stage || !c.stage.includes(s.stage))) return false;
  if (c.status && (!s.status || !c.status.test(s.status))) return false;
  if (c.notStatus && s.status && c.notStatus.test(s.status)) return false;
  if (c.reply && (!s.reply || !c.reply.test(s.reply))) return false;
  if (c.diagnosticType && s.diagnosticType !== c.diagnosticType) return false;
  if (c.action && s.action !== c.action) return false;
  if (c.notAction && s.action !== null && c.notAction.includes(s.action)) return false;
  if (c.said !== undefined && c.said !== s.said) return false;
  if (c.otherAddress !== undefined && c.otherAddress !== s.otherAddress) return false;
  if (c.matched && !c.matched.test(s.matched)) return false;
  if (c.words && !c.words.test(s.words)) return false;
  if (c.notWords && c.notWords.test(s.words)) return false;
  return true;
}
