/**
 * Bounces found inside other mail:
 *
 * - a forwarded bounce, with the forwarder's words above it ("Can you tell me why this
 *   bounced?"), under a forward marker ("---------- Forwarded message ---------", "Begin
 *   forwarded message:", "-------- Original Message --------", Thunderbird's German
 *   "-------- Original-Nachricht --------", Outlook's line of
 *   underscores) or right above the bounce's own header fields, its lines perhaps quoted
 *   with ">". The bounce is explained, and marked as quoted: it was not delivered to the
 *   reader as a bounce. A paste quoted with ">" throughout (copied out of a reply) is read
 *   unquoted the same way.
 * - a mailing-list digest: it may quote a bounce someone posted, but it is not one to the
 *   reader, and nothing in it is explained.
 *
 * Layouts learnt from what Gmail, Outlook, Apple Mail and Thunderbird write when they
 * forward a message, and from Mailman and Google Groups digests.
 */
import { header, type Scan } from '../scan.ts';
import { splitLines, toLf, type Line } from '../text/lines.ts';
import { hasReplyShape } from './cues.ts';
import { textEnd } from './text-blocks.ts';
import { holds } from '../text/grams.ts';
import { hasLocalizedQuotaWarningWords, hasLocalizedOwnerFullWords, hasLocalizedOwnerCannotSendWords, hasLocalizedListRemovedWords } from '../../knowledge/languages/index.ts';
import { AUTO_REPLY_SUBJECT_ALTERNATION } from '../../knowledge/auto-replies.ts';

/** A bounce quoted in a forward: where it starts in the document, and its text unquoted. */
export interface QuotedBounce {
  /** Document offset of the quoted bounce's first line. */
  start: number;
  /** The quoted text with one level of ">" quoting removed. */
  text: string;
}

/**
 * Lines that announce a forwarded or quoted message. Outlook's and Thunderbird's separators in
 * the reader's language (round lang30, the forms these clients write above a message forwarded
 * or replied to: Polish "-----Wiadomość oryginalna-----", "-------- Przekazana wiadomość --------",
 * Swedish "Ursprungligt meddelande", "Vidarebefordrat meddelande", Russian "Исходное сообщение",
 * "Пересылаемое сообщение", Japanese "転送メッセージ", "元のメッセージ", Chinese "原始邮件", "转发邮件",
 * Korean "원본 메시지", "전달된 메시지", Turkish "Özgün İleti", "İletilen İleti").
 */
const RE_FORWARD_MARKER =
  /^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|original message|forwarded message follows|weitergeleitete nachricht|ursprüngliche nachricht|original-nachricht|message transféré|message d'origine|message original|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|doorgestuurd bericht|oorspronkelijk bericht|mensagem encaminhada|mensagem original|wiadomość oryginalna|oryginalna wiadomość|przekazana wiadomość|ursprungligt meddelande|vidarebefordrat meddelande|исходное сообщение|пересылаемое сообщение|пересланное сообщение|転送メッセージ|元のメッセージ|原始邮件|原始郵件|转发邮件|轉寄郵件|원본 메시지|전달된 메시지|özgün [iİ]leti|[iİ]letilen [iİ]leti)[ \t]*-{2,}|begin forwarded message:?|anfang der weitergeleiteten nachricht:?|début du message réexpédié :?|_{20,})[ \t]*$/i;

/** The line a reply writes above the message it quotes. */
const RE_WROTE = /\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*:\s*$/i;

/**
 * The header fields a mail client writes above a forwarded message, in several languages
 * (Outlook's and Thunderbird's labels in the language; round lang30 added Spanish "Enviado el",
 * Thunderbird's French "Sujet"/"Pour" and Italian "Mittente", and Polish, Swedish, Russian,
 * Japanese, Chinese, Korean and Turkish: "Od/Wysłano/Do/Temat/Nadawca/Adresat",
 * "Från/Skickat/Till/Ämne", "От/Отправлено/Кому/Тема", "差出人/送信日時/宛先/件名/日付",
 * "发件人/发送时间/收件人/主题/日期" (Traditional "寄件者/寄件日期/收件者/主旨"), "보낸 사람/보낸 날짜/
 * 받는 사람/제목/날짜", "Kimden/Gönderildi/Kime/Konu/Tarih").
 */
const RE_QUOTED_FIELD =
  /^[ \t]*\**(from|sent|date|to|cc|subject|reply-to|von|gesendet|datum|an|betreff|de|envoyé|date|à|objet|sujet|pour|asunto|enviado el|enviado|fecha|para|oggetto|inviato|mittente|da|a|onderwerp|verzonden|aan|van|assunto|od|wysłano|wysłane|do|temat|nadawca|adresat|data|dw|från|skickat|till|ämne|kopia|от|отправлено|кому|тема|дата|копия|差出人|送信日時|宛先|件名|日付|发件人|发送时间|收件人|主题|日期|抄送|寄件者|寄件日期|收件者|主旨|보낸 사람|보낸 날짜|받는 사람|제목|날짜|참조|kimden|gönderildi|kime|konu|tarih|bilgi)\**[ \t]*[:\uff1a](.*)$/i;

const FROM_NAMES = new Set(['from', 'von', 'de', 'da', 'van', 'mittente', 'od', 'nadawca', 'från', 'от', '差出人', '发件人', '寄件者', '보낸 사람', 'kimden']);
const SUBJECT_NAMES = new Set(['subject', 'betreff', 'objet', 'sujet', 'asunto', 'oggetto', 'onderwerp', 'assunto', 'temat', 'ämne', 'тема', '件名', '主题', '主旨', '제목', 'konu']);

/** A bounce's sender, as a forwarded header block shows it. */
const RE_BOUNCE_SENDER = /mailer-daemon|postmaster|mail delivery|delivery subsystem|mail system|mail administrator|microsoft outlook|microsoftexchange|mail delivery system/i;
/** A bounce's subject. */
const RE_BOUNCE_SUBJECT =
  /undeliver|undelivered|returned mail|delivery status notification|mail delivery failed|delivery (?:failure|has failed|failed|incomplete|delayed|notification)|failure notice|non.?delivery|could not be delivered|not delivered|delayed mail|warning: could not send|unzustellbar|nicht zustellbar|non remis|non distribuable|no entregado|onbestelbaar|non recapitato|não entregue/i;

/** How far into the text a forward is looked for: the forwarder's words above it are few. */
const SEARCH_LIMIT = 16384;

/** A forward marker line, or a reply's "… wrote:" line (group 1). */
const RE_CANDIDATE = new RegExp(
  `${RE_FORWARD_MARKER.source}|(${RE_WROTE.source.replace(/\\s\*:\\s\*\$$/, '')})\\s*:[ \\t]*$`,
  'gim',
);
/** The first word of a marker written in words ("Begin forwarded message:", "Anfang der …", "Début du …"). */
const RE_MARKER_WORD = /(?:begin|anfang|début)/iy;

/** Does a line of the text open as a forward marker can (see RE_FORWARD_MARKER)? */
function hasMarkerOpening(text: string): boolean {
  for (let i = 0; i !== -1 && i < text.length; ) {
    let j = i;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 62) j++;
    const c = text.charCodeAt(j);
    const opens =
      ((c === 45 || c === 95) && text.charCodeAt(j + 1) === c) || // "--", "__"
      ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x64 && ((RE_MARKER_WORD.lastIndex = j), RE_MARKER_WORD.test(text)));
    if (opens && RE_FORWARD_MARKER.test(text.slice(j, Math.min(text.length, j + 200)).split(/\r\n|\r|\n/, 1)[0])) return true;
    const n = text.indexOf('\n', j);
    i = n === -1 ? -1 : n + 1;
  }
  return false;
}

/** The same, for forward markers only (a reply's "wrote:" line is looked for only near the top). */
const RE_MARKER_ONLY = new RegExp(RE_FORWARD_MARKER.source, 'gim');
/** The words of a reply's "… wrote:" line, right before the colon that ends it. */
const RE_WROTE_END = /\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\s*$/i;

/** Is there a reply's "… wrote:" line in document[start, end)? Only colons that end a line are looked at. */
function wroteNearTop(doc: string, start: number, end: number): boolean {
  for (let c = doc.indexOf(':', start); c !== -1 && c < end; c = doc.indexOf(':', c + 1)) {
    let k = c + 1;
    while (doc.charCodeAt(k) === 32 || doc.charCodeAt(k) === 9) k++;
    if (k < doc.length && doc.charCodeAt(k) !== 10 && doc.charCodeAt(k) !== 13) continue;
    if (RE_WROTE_END.test(doc.slice(Math.max(start, c - 24), c))) return true;
  }
  return false;
}

/** A line without its ">" quote marks (each with the one space after it). */
function stripQuote(text: string): string {
  let i = 0;
  for (;;) {
    let j = i;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
    if (text.charCodeAt(j) !== 62 /* > */) return text.slice(i);
    i = j + 1;
    if (text.charCodeAt(i) === 32) i++;
  }
}

/** The header block of a forwarded message starting at line i: its end (line index) and whether it names a bounce. */
function quotedHeaderBlock(doc: string, lines: Line[], i: number): { end: number; bounce: boolean; wrapped: number[] } | null {
  let j = i;
  let fields = 0;
  let bounce = false;
  const wrapped: number[] = [];
  const fieldAt = (k: number) => RE_QUOTED_FIELD.exec(stripQuote(doc.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 400))));
  for (; j < lines.length && j < i + 12; j++) {
    const text = stripQuote(doc.slice(lines[j].start, Math.min(lines[j].end, lines[j].start + 400)));
    const m = RE_QUOTED_FIELD.exec(text);
    if (!m) {
      // A folded value goes on; so does a value a narrow view wrapped to the margin: a line
      // with no label between two fields ("From: MAILER-DAEMON@host" / "<MAILER-DAEMON@host>"
      // / "Sent: …"), read joined to its field. Anything else ends the block.
      if (fields > 0 && /^[ \t]+\S/.test(text)) continue;
      if (fields > 0 && /\S/.test(text) && j + 1 < lines.length && fieldAt(j + 1)) {
        wrapped.push(j);
        continue;
      }
      break;
    }
    fields++;
    const name = m[1].toLowerCase();
    if (FROM_NAMES.has(name) && RE_BOUNCE_SENDER.test(m[2])) bounce = true;
    if (SUBJECT_NAMES.has(name) && RE_BOUNCE_SUBJECT.test(m[2])) bounce = true;
  }
  return fields >= 2 ? { end: j, bounce, wrapped } : null;
}

/** The text from `start` to `end`, each wrapped header line of the block joined to the line above it by a space. */
function withWrappedJoined(doc: string, lines: Line[], wrapped: number[], start: number, end: number): string {
  if (!wrapped.length) return doc.slice(start, end);
  let out = '';
  let at = start;
  for (const k of wrapped) {
    const prevEnd = lines[k - 1].end;
    out += doc.slice(at, prevEnd) + ' ';
    at = lines[k].start;
  }
  return out + doc.slice(at, end);
}

/** At most this much prose above a quoted block that is read as a forward without a marker. */
const PROSE_ABOVE_QUOTE = 600;
/** A blank line, then the first quoted line (the prose above it must hold no quoted line). */
const RE_BLANK_THEN_QUOTE = /\n[ \t]*\r?\n(?=[ \t]*>)/;
/** A line quoted with ">". */
const RE_QUOTED_LINE = /^[ \t]*>/m;

/** A line with words that is not quoted with ">". */
const RE_UNQUOTED_LINE = /^[ \t]*[^\s>]/m;

/** Remove one level of ">" quoting when most lines carry it. */
function unquote(text: string): string {
  // No quote mark at all: nothing to remove (and no lines to split).
  if (text.indexOf('>') === -1) return text;
  const lines = text.split(/\r\n|\r|\n/);
  let quoted = 0;
  let nonBlank = 0;
  for (const l of lines) {
    if (!/\S/.test(l)) continue;
    nonBlank++;
    if (/^[ \t]*>/.test(l)) quoted++;
  }
  if (nonBlank === 0 || quoted < nonBlank * 0.8) return text;
  return lines.map((l) => l.replace(/^[ \t]*> ?/, '')).join('\n');
}

/** Remove every level of ">" quoting (four at most). */
function unquoteAll(text: string): string {
  let plain = text;
  for (let level = 0, next = unquote(plain); next !== plain && level < 4; level++, next = unquote(plain)) plain = next;
  return plain;
}

/**
 * A bounce forwarded inside this message or paste, or null. The forward must come before
 * any SMTP reply of the outer text (else the outer text is itself the bounce, and what
 * follows is its returned original), and the forwarded header block must name a bounce
 * (a mailer-daemon sender or a bounce subject).
 */
export function findQuotedBounce(scan: Scan): QuotedBounce | null {
  if (scan.dsn.length || scan.reportType || scan.feedback || scan.disposition) return null;
  const doc = scan.document;
  const range = scan.bodies[0];
  if (!range) return null;
  const end = Math.min(range.end, range.start + SEARCH_LIMIT);
  const text = doc.slice(range.start, end);
  // A paste that is all quoted (copied out of a reply, ">" before every line): read it
  // as it was before it was quoted, at every level.
  if (!scan.isMessage && text.length < SEARCH_LIMIT && /^[ \t]*>/.test(text) && !RE_UNQUOTED_LINE.test(text)) {
    const plain = unquoteAll(text);
    if (plain !== text) return { start: range.start, text: plain };
  }
  // A paste whose few lines of prose (a question) stand above a block quoted with ">" to
  // the end, with no "wrote:" line (a mail app's quote copied without its attribution):
  // the quoted block is read on its own, as a forward is.
  if (!scan.isMessage && text.length < SEARCH_LIMIT) {
    const gap = RE_BLANK_THEN_QUOTE.exec(text.slice(0, PROSE_ABOVE_QUOTE + 4));
    if (gap && /\S/.test(text.slice(0, gap.index)) && !RE_QUOTED_LINE.test(text.slice(0, gap.index))) {
      const at = gap.index + gap[0].length;
      const rest = text.slice(at);
      if (!RE_UNQUOTED_LINE.test(rest) && !hasReplyShape(text.slice(0, at))) {
        const plain = unquoteAll(rest);
        if (plain !== rest) return { start: range.start + at, text: plain };
      }
    }
  }
  if (!scan.isMessage) {
    // The same, when the quote is followed by more of the person's words, or comes right under
    // them with no blank line: only a quoted notice (see quotedRunAfterWords).
    const run = quotedRunAfterWords(doc, range.start, end);
    if (run) return run;
  }
  const wrote = wroteNearTop(doc, range.start, Math.min(end, range.start + 1500));
  // Without a "wrote:" line near the top, only a line that opens like a marker can be one
  // (dashes, underscores, a quote mark, "Begin", "Anfang", "Début"): found line by line
  // with a look at its first character, before the pattern.
  if (!wrote && !hasMarkerOpening(text)) return null;
  const re = wrote ? RE_CANDIDATE : RE_MARKER_ONLY;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The line the match is on ("… wrote:" matches at its last words).
    let at = range.start + m.index;
    while (at > range.start && doc.charCodeAt(at - 1) !== 10 && doc.charCodeAt(at - 1) !== 13) at--;
    // The outer text must not itself be a bounce (whose returned original this would be).
    if (hasReplyShape(doc.slice(range.start, at))) return null;
    const lines = splitLines(doc, at, Math.min(range.end, at + 8192));
    if (lines.length < 2) return null;
    if (m[1] !== undefined) {
      // "On Mon, 3 Jun 2024, Mail Delivery System <MAILER-DAEMON@…> wrote:" and the bounce
      // quoted with ">" below it: no header block to read.
      if (!RE_BOUNCE_SENDER.test(doc.slice(lines[0].start, lines[0].end))) continue;
      const start = lines[1].start;
      return { start, text: unquote(doc.slice(start, range.end)) };
    }
    let i = 1;
    while (i < lines.length && !/\S/.test(doc.slice(lines[i].start, lines[i].end).replace(/>/g, ''))) i++;
    const block = i < lines.length ? quotedHeaderBlock(doc, lines, i) : null;
    if (!block && i < lines.length) {
      // No header block: what follows the marker is read when it is all quoted (the
      // engine then explains it only if it is a bounce in its own right).
      const rest = doc.slice(lines[i].start, range.end);
      if (/^[ \t]*>/.test(rest) && !RE_UNQUOTED_LINE.test(rest)) return { start: lines[i].start, text: unquoteAll(rest) };
    }
    // A forward of something else: what follows it is not ours to read.
    if (!block || !block.bounce) return null;
    const start = lines[i].start;
    return { start, text: unquote(withWrappedJoined(doc, lines, block.wrapped, start, range.end)) };
  }
  return null;
}

/** DSN fields, as a quoted delivery report shows them. */
const RE_DSN_FIELD_LINE = /^[ \t]*(?:final-recipient|original-recipient|diagnostic-code|reporting-mta|remote-mta)[ \t]*:/im;

/**
 * A paste of a few lines of someone's words ("I get this twice a day:", "Here the log:") and
 * then the bounce quoted with ">" (as a forum or an issue tracker quotes what is pasted into
 * it), with no forward marker or "wrote:" line between: the quoted lines, unquoted, when they
 * open as a notice does or hold a delivery report's fields. What follows the quote (more of
 * the person's words) is not read.
 */
function quotedRunAfterWords(doc: string, start: number, end: number): QuotedBounce | null {
  const lines = splitLines(doc, start, end);
  let i = 0;
  // The person's words: a few unquoted lines at most.
  while (i < lines.length && i < 8 && !/^[ \t]*>/.test(doc.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 200)))) i++;
  if (i === 0 || i >= lines.length || i === 8 || lines[i].start - start > 1200) return null;
  if (hasReplyShape(doc.slice(start, lines[i].start))) return null;
  // The quoted run: quoted lines, and blank lines between them.
  let j = i;
  let last = i;
  for (; j < lines.length; j++) {
    const text = doc.slice(lines[j].start, Math.min(lines[j].end, lines[j].start + 200));
    if (/^[ \t]*>/.test(text)) last = j;
    else if (/\S/.test(text)) break;
  }
  if (last - i < 2) return null;
  const plain = unquoteAll(doc.slice(lines[i].start, lines[last].end));
  if (!RE_NOTICE_OPENING.test(plain) && !RE_DSN_FIELD_LINE.test(plain)) return null;
  return { start: lines[i].start, text: plain };
}

/** Subjects and openings of mailing-list digests. */
const RE_DIGEST_SUBJECT = /\bdigest\b[^\n]{0,40}?(?:\bvol(?:ume)?\b|\bissue\b|#\s*\d|,\s*\d)|\bdigest\s+(?:number|no\.?)\s*\d/i;
const RE_DIGEST_BODY = /^today'?s topics:?[ \t]*$|^topics \(\d+ messages?\)[ \t]*$|^[ \t]*(?:(?:\d+\.|-)[ \t]*)?digest for [^\n]{1,80}$/im;

/** Is this a mailing-list digest? */
export function isDigest(scan: Scan): boolean {
  if (scan.contentTypes.includes('multipart/digest')) return true;
  if (scan.subjectLower.indexOf('digest') !== -1 && RE_DIGEST_SUBJECT.test(scan.subjectLower)) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  // Digests open with their table of contents ("Today's Topics:"): the first 1,500
  // characters, as written (a cheap test on the words' stems first).
  const head = scan.document.slice(range.start, Math.min(range.end, range.start + 1500));
  if (head.indexOf('opics') === -1 && head.indexOf('OPICS') === -1 && head.indexOf('igest') === -1) return false;
  return RE_DIGEST_BODY.test(head);
}

/**
 * A spam filter's quarantine summary: it lists the messages held for the reader (their
 * senders and subjects, "Undeliverable: 550 5.1.1 User unknown" among them) and is no
 * bounce of any of them. Observed wording: Proofpoint's "Spam Quarantine Summary" / "End
 * User Digest", Cisco's "Spam Quarantine Notification", Barracuda's and Microsoft 365's
 * "quarantine notification", Mimecast's "Held messages" digest ("The following messages
 * were held in quarantine"), Sophos's and others' "The following messages … were quarantined"
 * / "have been quarantined since your last summary".
 */
const RE_QUARANTINE_SUBJECT = /\b(?:spam |junk |email |mail )?quarantine (?:summary|digest|report|notification)\b|\bend user digest\b/;
const RE_QUARANTINE_BODY = /\b(?:the following|these|\d+(?: new)?) (?:messages|emails)\b[^\n]{0,60}?\b(?:held|placed|kept|stored|are) in (?:your |the )?(?:spam |junk )?quarantine\b|\b(?:the following|these|\d+(?: new)?) (?:messages|emails)\b[^\n]{0,80}?\b(?:were|have been) quarantined\b|^[ \t]*(?:spam )?quarantine summary for\b/im;

/** Is this a quarantine summary (a digest of held messages)? */
export function isQuarantineDigest(scan: Scan): boolean {
  if (scan.subjectLower.indexOf('quarantine') !== -1 && RE_QUARANTINE_SUBJECT.test(scan.subjectLower)) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  const head = scan.document.slice(range.start, Math.min(range.end, range.start + 1500));
  if (head.indexOf('uarantine') === -1 && head.indexOf('UARANTINE') === -1) return false;
  return RE_QUARANTINE_BODY.test(head);
}

/**
 * Outlook's and Exchange's report on a message recall: the sender asked to take a delivered
 * message back, and the report tells, per recipient, whether the recall worked ("Recall
 * Success", "Recall Failure": the message had already been read). The first message was
 * delivered either way; nothing failed to arrive and no address is bad. Wording of
 * Microsoft's recall report ("Message Recall Report for message: <subject>", "Message
 * Recall Success", "Your recall of the message was successful"; support.microsoft.com,
 * "Recall or replace an email message that you sent"); a bounce of the recall request itself
 * ("Undeliverable: Recall: …") carries none of these and is read as usual.
 */
const RE_RECALL_REPORT = /^[ \t]*(?:subject: ?)?message recall (?:report|success|failure)\b|\brecall (?:success|failure)\b|\byour recall (?:request )?(?:of (?:the|this|your) message )?(?:was|has been) (?:successful|unsuccessful|completed)\b/im;

/** Is this a report on a message recall (Outlook, Exchange)? */
export function isRecallReport(scan: Scan): boolean {
  if (scan.subjectLower.startsWith('message recall report')) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  const head = scan.document.slice(range.start, Math.min(range.end, range.start + 1500));
  if (head.indexOf('ecall') === -1 && head.indexOf('ECALL') === -1) return false;
  return RE_RECALL_REPORT.test(head);
}

/**
 * An aggregate report about many messages, not a report on one: an SMTP TLS report (RFC 8460
 * §4.3: a JSON object with "organization-name", "date-range" and "policies", whose
 * "failure-details" may quote a "failure-reason-code" such as "550 5.7.1"; sent as
 * multipart/report; report-type="tlsrpt") or a DMARC aggregate report (RFC 7489 appendix C:
 * XML "<feedback>" with "<report_metadata>" and "<policy_evaluated>"), pasted or attached.
 */
const RE_TLSRPT_JSON = /"organization-name"\s*:/;
const RE_TLSRPT_POLICIES = /"policies"\s*:\s*\[/;
const RE_DMARC_XML = /<feedback(?:\s[^<>]{0,200})?>[\s\S]{0,400}?<report_metadata>/;

/**
 * Is this an aggregate TLS report by its type, or a TLS or DMARC report pasted on its own
 * (the paste opens with the JSON or the XML)? A bounce that returns such a report is none.
 */
export function isAggregateReport(scan: Scan): boolean {
  if (scan.reportType === 'tlsrpt') return true;
  if (scan.isMessage) return false;
  const doc = scan.document;
  const head = doc.slice(0, Math.min(doc.length, 65536));
  const first = /\S/.exec(head.slice(0, 200));
  if (!first || (first[0] !== '{' && first[0] !== '<')) return false;
  if (head.indexOf('organization-name') !== -1 && RE_TLSRPT_JSON.test(head) && RE_TLSRPT_POLICIES.test(head)) return true;
  return head.indexOf('<report_metadata>') !== -1 && head.indexOf('<policy_evaluated>') !== -1 && RE_DMARC_XML.test(head);
}

/**
 * A log analyser's summary of a mail server's traffic, as mail admins get it by cron and paste
 * it: pflogsumm ("Postfix log summaries for Dec  6", then "Grand Totals" over a line of
 * dashes, "message bounce detail (by relay)", "message reject detail") and eximstats ("Exim
 * statistics from … to …", "Grand total summary" over dashes, "List of errors"). Its lines
 * count replies of many messages, cut short ("550 5.1.1 <a@…>: … User unknown..."), and name
 * no message of the reader's that bounced. Asked of the first lines with words of the text.
 */
// (Also quoted with "> ", copied out of a reply that quotes the summary.)
const RE_LOG_SUMMARY = /^[ \t>]*(?:postfix log summaries for\b|exim statistics from\b|grand total(?:s| summary)[ \t]*$)/;
const RE_DASHES = /^[ \t>]*-{5,}[ \t]*$/;
/**
 * What every heading above needs, looked for case-blind in the lines before they are split and
 * lower-cased: most texts hold none. (None of its letters has a lower case that a non-ASCII
 * character also has, as Kelvin's "K" has "k": /i finds them where toLowerCase would.)
 */
const RE_LOG_SUMMARY_WORDS = /postfix log summaries for|exim statistics from|grand total/i;

/** Is this a log analyser's summary (pflogsumm, eximstats), not a report on one message? */
export function isLogSummary(scan: Scan): boolean {
  if (scan.dsn.length > 0 || scan.reportType) return false;
  const range = scan.bodies[0];
  if (!range) return false;
  const end = Math.min(textEnd(scan.document, range), range.start + 3000);
  const head = scan.document.slice(range.start, end);
  if (!RE_LOG_SUMMARY_WORDS.test(head)) return false;
  const lines = head.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i].toLowerCase();
    if (!line.trim()) continue;
    seen++;
    const m = RE_LOG_SUMMARY.exec(line);
    // "Grand Totals" counts only as a heading, over its line of dashes.
    if (m && (!m[0].includes('grand') || RE_DASHES.test(lines[i + 1] ?? ''))) return true;
  }
  return false;
}

/**
 * Postfix's notice to its own postmaster about an incoming SMTP session it refused or that
 * went wrong (notify_classes protocol, policy, ...; smtpd_chat.c): "Subject: Postfix SMTP server:
 * errors from client.example.net[192.0.2.1]", "Transcript of session follows.", then the
 * session as " Out: 220 …" / " In:  MAIL FROM:<…>" lines. Another client's mail was refused
 * by the reader's server: no message of the reader's bounced, and the addresses in it are the
 * client's sender and recipients.
 */
const RE_SERVER_ERRORS_SUBJECT = /^[^\n]{0,40}\bsmtp server: errors from /;
const RE_SESSION_TRANSCRIPT = /^[ \t>]*transcript of session follows\.[ \t]*\n(?:[ \t>]*\n)*[ \t>]*(?:out|in): /im;

/** Is this a mail server's notice to its postmaster about an incoming session (Postfix's "SMTP server: errors from …")? */
export function isServerSessionNotice(scan: Scan): boolean {
  if (scan.dsn.length > 0 || scan.reportType) return false;
  if (RE_SERVER_ERRORS_SUBJECT.test(scan.subjectLower)) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  const head = scan.document.slice(range.start, Math.min(range.end, range.start + 1500));
  return head.indexOf('ranscript of session follows.') !== -1 && RE_SESSION_TRANSCRIPT.test(head);
}

/**
 * A warning to a mailbox's owner about its storage, as mail servers send them: Dovecot's
 * quota-warning ("Your mailbox is now 90% full."), Exchange's "Your mailbox is almost full",
 * a host's "Your mailbox … is 95% full", a "Quota warning" subject, "You're running out of
 * storage". Read in the subject or the notice's first lines only: a bounce opens with its
 * own words, and one that returns such a warning has it below them.
 */
const RE_OWNER_QUOTA =
  /\byour (?:mailbox|mail box|inbox|account)(?: [^\s@]{1,64}@[^\s@]{1,255})? (?:is|has (?:reached|used)) (?:now )?(?:\d{1,3}(?:[.,]\d{1,2})? ?% (?:full|of)|almost full|nearly full|over (?:its |the |your )?(?:size limit|quota|storage limit))|^quota warning\b|\byou(?:'re|’re| are) running out of (?:mail |email )?storage\b/m;

/**
 * What every wording above needs: "your ", "quota warning" or "running out of". Plain
 * searches in the (lower-case) subject; in the notice's first lines, one case-blind search
 * before they are cut and lower-cased (none of these letters has a lower case that a
 * non-ASCII character also has, as Kelvin's "K" has "k": /i finds them where toLowerCase would).
 */
const namesOwnerQuota = (lower: string): boolean => lower.indexOf('your ') !== -1 || lower.indexOf('quota warning') !== -1 || lower.indexOf('running out of') !== -1;
const RE_OWNER_QUOTA_WORDS = /your |quota warning|running out of/i;

/** Is this a storage warning to the mailbox's owner, not a report on a message? */
export function isOwnerQuotaWarning(scan: Scan): boolean {
  if (scan.dsn.length > 0 || scan.reportType) return false;
  if (namesOwnerQuota(scan.subjectLower) && RE_OWNER_QUOTA.test(scan.subjectLower)) return true;
  // The same warning in the user's language ("Ihr Postfach ist fast voll", "Votre boîte aux lettres est presque pleine").
  if (hasLocalizedQuotaWarningWords(scan.subjectLower)) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  const end = Math.min(textEnd(scan.document, range), range.start + 2000);
  if (openingLinesMatch(scan.document, range.start, end, 3, hasLocalizedQuotaWarningWords)) return true;
  // A full mailbox with no "your" opens it and the reader is told they cannot send or receive.
  if (openingLinesMatch(scan.document, range.start, end, 3, hasLocalizedOwnerFullWords) && openingLinesMatch(scan.document, range.start, end, 8, hasLocalizedOwnerCannotSendWords)) return true;
  if (!RE_OWNER_QUOTA_WORDS.test(scan.document.slice(range.start, end))) return false;
  return openingLinesMatch(scan.document, range.start, end, 3, RE_OWNER_QUOTA);
}

/**
 * A mailing list's notice to a subscriber about their own membership, as list managers word it:
 * Mailman 3 "You have been unsubscribed from the Announce mailing list", Mailman 2 "Your
 * membership in the mailing list Announce has been disabled due to excessive bounces" and its
 * removal notice, Sympa "You have been removed from list …" (their templates), often quoting the
 * last bounce that made them act. The notice reached the reader, so it is no bounce of a message;
 * a bounce that returns such a notice opens with its own words, and this is read in the subject or
 * the first lines only (audit32 round).
 */
const RE_LIST_REMOVED =
  /\byou(?: have|'ve| were| have been successfully)? (?:been )?(?:unsubscribed|removed) from (?:the )?(?:[^\n.]{1,80} )?(?:mailing )?list\b|\byour (?:membership|subscription) (?:in|to) (?:the )?(?:mailing list |list )?[^\n.]{1,80} has been (?:disabled|removed|deleted|suspended|cancelled|canceled)\b/;
const namesListRemoval = (lower: string): boolean => lower.indexOf('list') !== -1 && (lower.indexOf('unsubscribed') !== -1 || lower.indexOf('removed') !== -1 || lower.indexOf('membership') !== -1 || lower.indexOf('subscription') !== -1);

/** Is this a mailing list's notice to the reader about their membership (removed, unsubscribed, disabled), not a report on a message? */
export function isListMembershipNotice(scan: Scan): boolean {
  if (scan.dsn.length > 0 || scan.reportType) return false;
  if ((namesListRemoval(scan.subjectLower) && RE_LIST_REMOVED.test(scan.subjectLower)) || hasLocalizedListRemovedWords(scan.subjectLower)) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  const end = Math.min(textEnd(scan.document, range), range.start + 2000);
  const head = scan.document.slice(range.start, end).toLowerCase();
  if (!namesListRemoval(head) && !hasLocalizedListRemovedWords(head)) return false;
  return openingLinesMatch(scan.document, range.start, end, 4, (line) => RE_LIST_REMOVED.test(line) || hasLocalizedListRemovedWords(line));
}

/**
 * Does one of the first `count` lines with words in document[start, end), trimmed and
 * lower-cased, match `re`? How the checks for texts that are no bounce (a quota warning, a
 * held post, a challenge request) read a notice's opening: a bounce opens with its own words.
 */
function openingLinesMatch(doc: string, start: number, end: number, count: number, re: RegExp | ((line: string) => boolean)): boolean {
  const test = typeof re === 'function' ? re : (line: string) => re.test(line);
  let lines = 0;
  let at = start;
  while (at < end && lines < count) {
    let nl = doc.indexOf('\n', at);
    if (nl === -1 || nl > end) nl = end;
    const line = doc.slice(at, nl).trim().toLowerCase();
    if (line) {
      if (test(line)) return true;
      lines++;
    }
    at = nl + 1;
  }
  return false;
}

/**
 * A notice that a mailing list or a moderated address holds a message until a moderator
 * approves it. Mailman 2 and 3 ("Your message to Devs awaits moderator approval", "Is being
 * held until the list moderator can review it for approval", postheld.txt), Sympa ("Your
 * message for list … has been forwarded to the moderator(s)"), LISTSERV ("submitted to the
 * list editor for approval"), Google Groups and groups.io ("Your message is pending
 * approval", "awaiting moderation"). Read in the subject or the notice's first lines only,
 * as the quota warning is: a bounce opens with its own words.
 */
const RE_HELD =
  /\b(?:is being|has been|was|were|is|are) held (?:for|until|pending)\b[^\n]{0,80}\b(?:moderat|approv)|\bawait(?:s|ing) (?:the )?(?:list )?(?:moderator(?:'s|’s|s')? )?(?:approval|moderation)\b|\bheld for (?:moderation|approval)\b|\b(?:message|post|mail|e-?mail|submission)\b[^\n]{0,80}\bis pending (?:the )?(?:moderator(?:'s|’s)? |moderation )?approval\b|\bhas been (?:forwarded|submitted|sent) to the (?:list )?(?:moderator|editor)s?\b|\bin the moderation queue\b/;

/**
 * Does the text name a moderator, an approval or an editor? One alternation of the three
 * words: irregexp skips ahead over places where none can end, where three indexOf each stop
 * at every "e" or "a" of the text (twice as slow over the corpus's openings).
 */
const RE_MODERATION_WORDS = /moderat|approv|editor/;
const namesModeration = (text: string): boolean => RE_MODERATION_WORDS.test(text);
const MODERATION_WORDS = ['moderat', 'approv', 'editor'];
/**
 * The same of the lower-cased head (`scan.headLower`), by the trigram test the formats'
 * detection asks of that head too (text/grams.ts: built once per head, exact): most heads
 * miss a trigram of each word, with no search of its 1,500 characters.
 */
const headNamesModeration = (head: string): boolean => MODERATION_WORDS.some((w) => holds(head, w));

/** Is this a notice that a message waits for a moderator, not a report that it failed? */
export function isHeldForModeration(scan: Scan): boolean {
  if (scan.dsn.length > 0 || scan.reportType) return false;
  // Every wording names a moderator, an approval or an editor: plain searches first.
  if (!namesModeration(scan.subjectLower) && !headNamesModeration(scan.headLower)) return false;
  if (RE_HELD.test(scan.subjectLower)) return true;
  const range = scan.bodies[0];
  if (!range) return false;
  // The first six lines with words (Mailman puts the subject of the post first).
  return openingLinesMatch(scan.document, range.start, Math.min(textEnd(scan.document, range), range.start + 2000), 6, RE_HELD);
}

/**
 * A challenge-response system's request that the sender prove to be a person before the
 * message is let through (SpamArrest's "Please click the link below to complete the
 * verification process", Boxbe's guest list, TMDA's confirmation, "please verify you are
 * human"): the message is held, the address exists. TMDA's request (its confirm_request.txt
 * template) opens "This message was created automatically by mail delivery software (TMDA)."
 * and asks the sender "To release your message for delivery, please send an empty message";
 * the Spanish and Portuguese requests ask "confirme que es una persona", "confirme que você é
 * humano", and the captcha forms "confirme que no es un robot", "que vous n'êtes pas un robot",
 * "dass Sie kein Roboter sind", "che non sei un robot". Read in the subject or the notice's first
 * lines only, as the moderation notice is: a bounce opens with its own words.
 */
const RE_CHALLENGE =
  /\b(?:confirm|verify|prove)(?:ing)? (?:that )?you(?:'re|’re| are) (?:a )?(?:human|(?:real )?person|not a (?:robot|spammer|machine))\b|\bcomplete the (?:sender )?verification process\b|\bchallenge[- ]response\b|\bdass sie ein mensch sind\b|\bque vous (?:ê|e)tes (?:un (?:humain|être humain)|une personne)\b|\bque (?:eres|es|es usted|usted es) (?:un )?(?:humano|ser humano|una persona)\b|\bque (?:voc(?:ê|e) )?(?:é|e) (?:um )?(?:humano|ser humano|uma pessoa)\b|\bque no (?:es|eres) un robot\b|\bque vous n(?:'|’)(?:ê|e)tes pas un robot\b|\bdass sie kein roboter sind\b|\bche non sei un robot\b|\bmail delivery software \(tmda\)|\bto release your message for delivery\b|\bche sei (?:un essere umano|una persona)\b|\badded to (?:my|the|our) (?:guest|approved senders?|allowed senders?|trusted senders?) list\b/;

const namesChallenge = (text: string): boolean => /human|mensch|humain|humano|umano|persona|pessoa|verification|challenge|guest list|senders list|sender list|tmda|release your message|robot/.test(text);
const CHALLENGE_WORDS = ['human', 'mensch', 'humain', 'humano', 'umano', 'persona', 'pessoa', 'verification', 'challenge', 'guest list', 'senders list', 'sender list', 'tmda', 'release your message', 'robot'];
/** The same of the lower-cased head, by its trigrams first (as headNamesModeration). */
const headNamesChallenge = (head: string): boolean => CHALLENGE_WORDS.some((w) => holds(head, w));

/**
 * Where a challenge-response request states itself: -1 when it does not, Infinity when its
 * subject does (before every word of the text), else the offset of the words in its first
 * twelve lines with words. Those lines are read joined, as one text, since a request wraps its
 * sentence where it likes ("… until you prove that you are a real / person"). What a failure
 * notice says after that place (the sender's own message it quotes, an old bounce retold in
 * it) is the held message, not a refusal of it.
 */
export function challengeAt(scan: Scan): number {
  if (scan.dsn.length > 0 || scan.reportType) return -1;
  if (!namesChallenge(scan.subjectLower) && !headNamesChallenge(scan.headLower)) return -1;
  if (RE_CHALLENGE.test(scan.subjectLower)) return Infinity;
  const range = scan.bodies[0];
  if (!range) return -1;
  return openingTextMatchAt(scan.document, range.start, Math.min(textEnd(scan.document, range), range.start + 3000), 12, RE_CHALLENGE);
}

/** The offset in `doc` of the first match of `re` in the first `count` lines with words between `start` and `end`, read lower-cased and joined by a space; -1 when none. */
function openingTextMatchAt(doc: string, start: number, end: number, count: number, re: RegExp): number {
  let text = '';
  /** Each joined line's place in `text` and in `doc`. */
  const at: { text: number; doc: number }[] = [];
  let i = start;
  while (i < end && at.length < count) {
    let nl = doc.indexOf('\n', i);
    if (nl === -1 || nl > end) nl = end;
    const raw = doc.slice(i, nl);
    const line = raw.trim();
    if (line) {
      if (text) text += ' ';
      at.push({ text: text.length, doc: i + raw.indexOf(line) });
      text += line.toLowerCase();
    }
    i = nl + 1;
  }
  const m = re.exec(text);
  if (!m) return -1;
  let k = at.length - 1;
  while (k > 0 && at[k].text > m.index) k--;
  return at[k].doc + Math.max(0, m.index - at[k].text);
}

/** A reply's subject: "Re:", and its forms in other languages ("AW:", "SV:", "Antw:", "RIF:"), perhaps after a ticket tag. */
const RE_REPLY_SUBJECT = /^[ \t]*(?:\[[^\]\n]{1,40}\] ?)?(?:re|aw|sv|vs|antw|rif|r|ynt|odp|res|réf) ?(?:\[\d{1,3}\]|\(\d{1,3}\))? ?:/;
/** Senders that are systems rather than people: a bounce may come from any of these, whatever its subject. */
const RE_SYSTEM_SENDER = /mailer|daemon|post_?master|bounce|mail delivery|delivery subsystem|mail system|microsoftexchange|notif|no-?reply|auto/;
/**
 * How a person opens or closes a letter: a greeting alone on the first line ("Hello Lukas,",
 * "Hi,", "Dear customer,"; not qmail's "Hi. This is the qmail-send program"), or a closing
 * alone on its line ("Best regards", "Thanks,").
 */
const RE_GREETING = /^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten (?:morgen|tag)|liebe|lieber|sehr geehrte[rs]?|bonjour|hola|buenos días|ciao|buongiorno|hej|hallå|god morgon|beste|goedemorgen|goedemiddag|olá|bom dia|dzień dobry|witam|cześć)(?![\p{L}])[^.\n]{0,60}$/imu;
/**
 * A greeting to someone by name or as a group ("Hi Tom,", "Hello Lukas,", "Hi team,"), as a
 * person writes to another: notices greet the reader generically ("Hello,", "Dear customer,",
 * "Sehr geehrte Damen und Herren,") or by address (Google Groups "Hello <address>,").
 */
const RE_NAMED_GREETING =
  /^[ \t]*(?:hi|hello|hey|dear|hallo|liebe|lieber|bonjour|hola|ciao|hej|beste|olá) (?!(?:user|customer|sender|sir|madam|client|member|subscriber|utilisateur|usuario|utente|kunde|nutzer|absender|expéditeur|remitente|mittente|postmaster|there|all users)\b)\p{L}[\p{L}'-]{0,30}(?: \p{L}[\p{L}'-]{0,30})?[ \t]*(?:[,!:][ \t]*)?$/iu;
/**
 * The subject of an automatic answer: a ticket tag and the answer's own prefix, then the
 * subject answered ("[##48220##] Received: Undeliverable: …", "Automatic reply: …",
 * "Out of Office: …"; Exchange, Zendesk, osTicket and OTRS acknowledgements as observed).
 */
const RE_AUTO_ANSWER_SUBJECT = new RegExp(
  `^[ \\t]*(?:\\[[^\\]\\n]{1,40}\\] ?)?(?:received|request received|we(?:'ve| have)? received your (?:message|request)|ticket (?:received|created)|acknowledge?ment|auto(?:matic)?[ -]?(?:reply|response|answer)|auto|automaattinen vastaus|${AUTO_REPLY_SUBJECT_ALTERNATION})[ \\t]*[:\\uff1a]`,
);
/** The out-of-office subset of those prefixes (not "Received:" or "Ticket created:", which a person may also write). */
// (Each language's prefix: knowledge/auto-replies AUTO_REPLY_SUBJECTS.)
const RE_OUT_OF_OFFICE_SUBJECT = new RegExp(`^[ \\t]*(?:${AUTO_REPLY_SUBJECT_ALTERNATION})[ \\t]*[:\\uff1a]`);
/** The signature delimiter a person's mail program writes above the signature: "-- " alone on its line (RFC 3676 §4.3). */
const RE_SIGNATURE = /^-- ?$/m;
/**
 * The closing line of a person's letter, alone on its line: English, and the everyday
 * closings of forum posts and mailing-list mail in the other languages read ("Gruß", "LG",
 * "Merci d'avance", "Un saludo", "Grazie", "Groeten", "Mvh", "Pozdrawiam", "Abraços"), as
 * their writers sign off (observed in public forums and list archives). Notices close as a
 * service does ("Mit freundlichen Grüßen, Ihr GMX-Team") and greet no one by name, so the
 * closing counts only with a greeting by name or a first-person letter (`ordinaryMail`).
 */
const RE_CLOSING =
  /^[ \t]*(?:(?:best |kind |warm |many )?regards|best wishes|thanks(?: again| in advance)?|thank you|cheers|mit freundlichen grüßen|(?:viele |liebe |beste |schöne |herzliche )?grüße|gruß|lg|vg|mfg|danke(?: im voraus)?|cordialement|bien cordialement|bien à vous|merci(?: d'avance| beaucoup| d’avance)?|bonne journée|(?:un )?saludos?(?: cordiales)?|gracias(?: de antemano| por adelantado)?|cordiali saluti|(?:un )?salut[oi]|grazie(?: mille| in anticipo)?|(?:met )?(?:vriendelijke )?groet(?:en)?|mvg|alvast bedankt|med vänliga hälsningar|(?:vänliga )?hälsningar|mvh|tack(?: på förhand)?|pozdrawiam|z poważaniem|dziękuję(?: z góry)?|atenciosamente|obrigad[oa]|abraços?|cumprimentos)[ \t]*(?:[,!.][ \t]*)?$/im;

/**
 * Greetings and closings of letters in Cyrillic (Russian): "Добрый день!", "Здравствуйте,";
 * "С уважением,", "Спасибо!", "Заранее спасибо". (Their own pattern: `\b` reads only Latin
 * letters.)
 */
const RE_GREETING_CYRILLIC = /^[ \t]*(?:добрый (?:день|вечер)|доброе утро|здравствуйте|здравствуй|привет|уважаем(?:ый|ая|ые))(?![\p{L}])[^.\n]{0,60}$/imu;
const RE_CLOSING_CYRILLIC = /^[ \t]*(?:с уважением|спасибо(?: заранее)?|заранее спасибо|всего (?:доброго|хорошего)|с наилучшими пожеланиями)[ \t]*(?:[,!.][ \t]*)?$/imu;
/**
 * A person's own words in the first person singular ("I", "my"; "ich", "mein"; "je", "mon";
 * "yo", "mi"; "io", "mio"; "ik", "mijn"; "eu", "meu"; "jag", "min"; "mój", "mnie"; "я", "мой", "мне"), as
 * letters use them and notices do not (the notices that do, Postfix's "I'm sorry to have to
 * inform you" and qmail's "I'm afraid I wasn't able", open with words of their own, see
 * `RE_NOTICE_OPENING`).
 */
const RE_FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|[Mm]y|[Ii]ch|[Mm]eine?n?|[Mm]ir|[Jj]e|[Mm]on|[Yy]o|[Ii]o|[Mm]io|[Ii]k|[Mm]ijn|[Ee]u|[Mm]eu|[Mm]inha|[Jj]ag|[Mm]itt|[Mm]ój|[Mm]oj(?:a|ego|ej|im|e)|[Mm]nie|[Яя]|[Мм]ой|[Мм]оя|[Мм]ою|[Мм]не|[Мм]еня|[Пп]ытаюсь|[Пп]одскажите)(?![\p{L}])|(?:^|[^\p{L}])[Jj]['’](?=\p{L})/u;
/** A reply code or an enhanced status code, as a server writes one. */
const RE_CODE_IN_TEXT = /(?:^|[\s'"(\[:])[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/m;

/**
 * A pasted letter that greets its reader generically ("Добрый день!", "Hello,"), closes as a
 * person does ("С уважением,", "Best regards,") and speaks in the first person, with no
 * server's reply code and none of the sentences a notice opens with: a person's account of
 * what some system told them ("the site says «address not registered»"), not a bounce. (A
 * notice that greets its reader and signs off, "Dear customer, … Regards, the mail team",
 * speaks for a system, not in the first person, and gives a code or a notice's sentence.)
 */
function personalLetter(text: string): boolean {
  const first = firstLine(text);
  if (!RE_GREETING.test(first) && !RE_GREETING_CYRILLIC.test(first)) return false;
  if (!RE_CLOSING.test(text) && !RE_CLOSING_CYRILLIC.test(text)) return false;
  return RE_FIRST_PERSON.test(text) && !RE_CODE_IN_TEXT.test(text) && !RE_NOTICE_OPENING.test(text);
}

/**
 * Does the text open by greeting someone by name, also when a mail view joined the lines
 * ("Hi team, I tried to reach …")? The first line up to its first comma is the greeting.
 */
export function greetsByName(text: string): boolean {
  const first = firstLine(text.slice(0, 400));
  const comma = first.indexOf(',');
  return RE_NAMED_GREETING.test(comma === -1 ? first : first.slice(0, comma + 1));
}

/**
 * The subject of a paste's own header lines, as a mail app shows them in its language (Subject,
 * Objet, Betreff, Asunto, Oggetto, Onderwerp, Ämne, Assunto, 件名, 主题) among its first four
 * lines with words, lower-cased; null when there is none.
 */
function pastedSubject(text: string): string | null {
  let seen = 0;
  for (const line of text.slice(0, 1200).split('\n')) {
    if (!line.trim()) continue;
    if (++seen > 4) return null;
    const m = /^[ \t]*(?:subject|objet|betreff|asunto|oggetto|onderwerp|\u00e4mne|assunto|\u4ef6\u540d|\u4e3b\u9898)[ \t\u00a0]*[:\uff1a][ \t\u00a0]*(\S[^\n]*)$/i.exec(line);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

/** The first line of the text with anything on it. */
function firstLine(text: string): string {
  const m = /\S[^\n]*/.exec(text);
  return m ? m[0] : '';
}

/** Does the sender's RFC 3834 Auto-Submitted field mark the message automatic? */
function autoSubmitted(scan: Scan): boolean {
  const auto = header(scan.headers, 'auto-submitted');
  return auto !== undefined && !/^\s*no\b/i.test(auto.value);
}

/**
 * The byline of a post or an article under its title, as blogs, help centres and newsletters
 * print it: "Posted by the Example Mail Team, 3 December 2026", "Written by Ana on …",
 * "Published on …", "Last updated: …", "5 min read". Notices print no byline (nor do issue
 * trackers, whose "Updated:" field stands above a person's own bounce, so it is no byline).
 */
const RE_BYLINE = /^[ \t]*(?:(?:posted|written|published) (?:by|on)\b[^\n]{0,100}|last updated(?: on)?:? [^\n]{0,60}|\d{1,2} min(?:ute)?s? read\b[^\n]{0,60})$/i;

/**
 * A reply code, then in the same sentence a word that says what it means: "Error 550 "No such
 * user" means that …", "Fehler 552 „Postfach voll“ bedeutet …", "Ошибка 550 «Нет такого
 * пользователя» означает …", "550「宛先不明」という意味", as help pages, glossaries and blog
 * posts explain codes (and notices never word their own reply).
 */
const RE_CODE_MEANS =
  /(?:^|[\s("'«„“])[45]\d\d\b[^.!?\u3002\n]{0,120}?(?:(?<![\p{L}])(?:means|indicates that|bedeutet|hei(?:ß|ss)t,? dass|signifie|veut dire|significa|quiere decir|vuol dire|quer dizer|betekent|oznacza|betyder|innebär|означает|значит)(?![\p{L}])|という意味|を意味し|意思是)/iu;

/**
 * Does the text explain what reply codes mean, with no line a notice opens with and no address: a help page or
 * a glossary pasted whole ("Ошибка 550 «…» означает, что …"), not a bounce.
 */
function explainsCodes(text: string): boolean {
  // A reply pasted on its own opens with its code, and may say what its refusal means ("554 … This
  // typically means your IP is listed"): the server's own words, no explanation of them. And a
  // notice names its recipient, where a glossary names no address ("… (bedeutet: Adresse
  // existiert nicht)" under a recipient is a helpful notice's gloss).
  return text.indexOf('@') === -1 && RE_CODE_MEANS.test(text) && !/^\s*[245]\d\d\b/.test(text) && !RE_NOTICE_OPENING.test(text);
}

/** Does the text open with a title and a byline, before any line a notice opens with? */
function bylineAtTop(text: string): boolean {
  let seen = 0;
  for (const line of text.slice(0, 2000).split('\n')) {
    if (!line.trim()) continue;
    if (++seen > 6) return false;
    if (seen === 1 && RE_NOTICE_OPENING.test(line)) return false;
    if (seen > 1 && RE_BYLINE.test(line)) return true;
  }
  return false;
}

/**
 * Is this ordinary mail that quotes words of a bounce rather than a bounce, and which kind?
 *
 * - `personal-reply`: a message with a reply's subject ("Re: [Ticket #4411] our mails
 *   bounce"), from a sender that is no mail system, with no delivery-status part, not marked
 *   automatic (RFC 3834 Auto-Submitted), and written as a letter (a greeting on its first
 *   line, or a closing line). Mail systems do not write "Re:" in the subject of their own
 *   notices nor greet the reader by name (observed of Postfix, Exim, Sendmail, Exchange and the
 *   providers: "Undelivered Mail …", "Mail delivery failed …", "Undeliverable: …"; the
 *   carriers that answer "Re: <subject>" open with "Error: …").
 * - `newsletter`: a message with a List-Unsubscribe field (RFC 2369, RFC 8058), from a sender
 *   that is no mail system, with no delivery-status part: a newsletter that shows what a
 *   bounce looks like. (Bounces that return a newsletter carry its List-Unsubscribe in the
 *   returned original, not in their own header.)
 * - `letter`: a pasted text, or a message from a sender that is no mail system (not marked
 *   automatic, no delivery-status part), that opens by greeting someone by name and has a
 *   closing line ("Hi team, … Cheers, Uwe"): someone's mail about a bounce, which quotes its
 *   log or reply; or a message from such a sender signed under a signature delimiter ("-- ",
 *   RFC 3676 §4.3), which mail programs write for people, not for notices. (Notices that
 *   greet do so generically, "Hallo,", "Dear customer,", or by address, and stay notices.)
 *   A bounce forwarded under such words has a forward marker, and is read before this is
 *   asked; a whole notice pasted into it is read by `noticeInLetter`.
 *
 * - `automatic-reply`: a message an auto-responder sent in answer to the reader's mail (RFC
 *   3834 Auto-Submitted, or Precedence: auto_reply), from a sender that is no mail system, whose
 *   subject opens with the answer's prefix ("Received:", "Automatic reply:"): a help desk's
 *   acknowledgement that repeats the reader's words about a bounce.
 *
 * - `article`: a post or an article pasted or mailed whole, its title followed by a byline
 *   ("Posted by …", "Published on …", "5 min read"): it shows what a bounce looks like, as a
 *   newsletter does ("What does 550 5.1.1 mean? … A typical one looks like this: …").
 *
 * What such mail holds of a bounce (a quoted "550 5.1.1 <…>: User unknown") is someone's
 * quotation, perhaps old, perhaps already fixed: nothing in it is explained.
 */
export function ordinaryMail(scan: Scan): 'personal-reply' | 'newsletter' | 'letter' | 'automatic-reply' | 'article' | null {
  const range = scan.bodies[0];
  if (!range) return null;
  // Line ends as one: a paste saved with CRLF ends (a Windows file, the CLI) is read as the same
  // text with LF ends, whose greeting and closing lines the patterns find at their line ends.
  const text = toLf(scan.document.slice(range.start, Math.min(range.end, range.start + 8192)));
  if (!scan.isMessage) {
    if (scan.document.length > 16384) return null;
    if (RE_NAMED_GREETING.test(firstLine(text)) && RE_CLOSING.test(text)) return 'letter';
    if (personalLetter(text)) return 'letter';
    // An out-of-office copied with the header lines a mail app shows above it, in its language
    // ("Objet : Réponse automatique : …", "Betreff: Automatische Antwort: …"): the reply's own
    // subject line, among the first lines, opens with the prefix.
    if (pastedSubject(text) !== null && RE_OUT_OF_OFFICE_SUBJECT.test(pastedSubject(text)!)) return 'automatic-reply';
    return bylineAtTop(text) || explainsCodes(text) ? 'article' : null;
  }
  if (scan.dsn.length > 0 || scan.fromLower === '' || RE_SYSTEM_SENDER.test(scan.fromLower)) return null;
  if (bylineAtTop(text)) return 'article';
  if (autoSubmitted(scan) || /auto_?reply/i.test(header(scan.headers, 'precedence')?.value ?? '')) {
    // An automatic answer to the reader's own mail (RFC 3834): its subject is the answer's prefix
    // and the reader's subject, which may itself be a bounce's ("Received: Undeliverable: …").
    // Outlook and Exchange write the prefix in the mailbox's language ("Automatische Antwort:",
    // Exchange 2003's "Abwesenheitsnotiz:", "Réponse automatique :", "Respuesta automática:",
    // "Risposta automatica:", "Automatisch antwoord:", "Autosvar:", "自動応答:"; observed subjects
    // of their out-of-office replies, as knowledge/auto-replies lists their words).
    return RE_AUTO_ANSWER_SUBJECT.test(scan.subjectLower) ? 'automatic-reply' : null;
  }
  // The out-of-office prefix alone, when the paste kept no Auto-Submitted field (a mail app shows
  // From, To and Subject only): Outlook and Exchange write "Automatic reply:" (and its
  // translations) before the subject of the message answered, and people do not title their
  // own mail so. What the reply quotes below its own words is the reader's earlier message.
  if (RE_OUT_OF_OFFICE_SUBJECT.test(scan.subjectLower)) return 'automatic-reply';
  if (header(scan.headers, 'list-unsubscribe') !== undefined) return 'newsletter';
  const closing = RE_CLOSING.test(text);
  if (RE_REPLY_SUBJECT.test(scan.subjectLower)) return closing || RE_GREETING.test(firstLine(text)) ? 'personal-reply' : null;
  // Any other subject ("[Ticket #48214] Emails to my client bounce"): a whole letter, to someone
  // by name, or signed under a signature delimiter.
  return (closing && RE_NAMED_GREETING.test(firstLine(text))) || RE_SIGNATURE.test(text) ? 'letter' : null;
}

/**
 * The sentences a bounce notice opens with (not the words of a reply or a log line, which
 * someone's mail may quote in passing): Postfix "This is the mail system at host …", Exim
 * "A message that you sent could not be delivered …", qmail "This is the qmail-send program",
 * Exchange "Delivery has failed to these recipients or groups:", Gmail "Address not found" /
 * "Delivery to the following recipient failed permanently:", "Message blocked", "Delivery
 * incomplete", Sendmail "The original message was received at …", Google Groups "We're writing
 * to let you know that the group you tried to contact …", Yahoo "Sorry, we were unable to
 * deliver your message to the following address.", the "Undeliverable:" and "Mail delivery
 * failed" subjects.
 */
const RE_NOTICE_OPENING =
  /^[ \t>]*(?:this is the mail system at host|this message was created automatically by mail delivery software|a message that you sent could not be delivered|hi\. this is the qmail-send program|delivery has failed to these recipients|delivery to the following recipients? failed|address not found|your message (?:to [^\n]{1,80} )?(?:couldn't|could not|wasn't|was not) (?:be )?delivered|the original message was received at|i'm sorry to have to inform you|we're writing to let you know that the group you tried to contact|sorry, we were unable to deliver your message to the following address|(?:message blocked|delivery incomplete|message not delivered)[ \t]*$|----- the following addresses had permanent fatal errors -----|(?:subject: )?(?:undeliverable|undelivered mail returned to sender|mail delivery failed|delivery status notification \(failure\)))/im;

/**
 * In a pasted letter (see `ordinaryMail`), a whole bounce notice pasted into it, from the
 * line it opens with to the closing: someone passing a bounce on without a forward marker
 * ("Hi, I got this back: … Thanks, Anna"). The notice is explained, as quoted.
 */
export function noticeInLetter(scan: Scan): QuotedBounce | null {
  const range = scan.bodies[0];
  if (!range) return null;
  const end = Math.min(range.end, range.start + 16384);
  const text = scan.document.slice(range.start, end);
  const m = RE_NOTICE_OPENING.exec(text);
  if (!m) return null;
  const start = range.start + m.index;
  // Up to the closing line after the notice, when there is one.
  const rest = scan.document.slice(start, end);
  const closing = RE_CLOSING.exec(rest);
  return { start, text: closing ? rest.slice(0, closing.index) : rest };
}

/**
 * A person's words that the problem a bounce reported is fixed since, as people write them
 * above the bounce they quote in a reply or a ticket (observed wording of replies and help
 * desks): "Fixed now", "this was fixed", "we have recreated the mailbox", "everything works
 * again", "you can write to … again"; German "ist wieder eingerichtet", "funktioniert wieder",
 * "ist behoben"; French "c'est corrigé / réglé", "fonctionne à nouveau", "a été recréée";
 * Spanish "ya está solucionado", "vuelve a funcionar"; Italian "è stato risolto", "funziona di
 * nuovo"; Dutch "is opgelost", "werkt weer". Not the request to fix it ("can you fix it?") nor
 * a negated one ("not fixed yet", "noch nicht behoben"): see `saysFixed`.
 */
const RE_FIXED =
  /\b(?:(?:is|was|has been|have been|got|been|are|were|it's|that's|all|now|since|we|they|i|it|had been) (?:now |since |already |just )?(?:fixed|resolved|repaired|restored|recreated|re-created|reactivated|re-enabled|sorted(?: out)?)|fixed (?:now|since|it|this|that|the (?:alias|mailbox|address|forward(?:ing)?|problem|issue|error))|(?:works|working|is back|back up|up and running) (?:again|now)|(?:write|send|mail) to [^\s]{1,80} again|should (?:work|be working) (?:again|now)|false alarm|(?:it|that|mine|this one|the (?:test )?(?:mail|message|e-?mail)|(?:test )?(?:mail|message|e-?mail))(?: to [^\s,.]{1,80})? (?:went|got|has gone|has got|goes) through)\b|\b(?:wieder (?:eingerichtet|da|aktiv|erreichbar|freigeschaltet|hergestellt)|funktioniert (?:jetzt )?wieder|(?:ist|wurde|sind|wurden) (?:jetzt |inzwischen |mittlerweile )?(?:behoben|repariert|korrigiert|gelöst))\b|(?:c'est|c’est|a été|ont été|est) (?:maintenant |désormais )?(?:corrigée?s?|réglée?s?|résolue?s?|recréée?s?|rétablie?s?|réparée?s?)|fonctionne (?:à nouveau|de nouveau)|\b(?:ya )?(?:está|esta|ha sido|se ha) (?:solucionad[oa]|resuelt[oa]|arreglad[oa]|corregid[oa])|vuelve a funcionar|\b(?:è stato|e' stato|è stata|abbiamo) (?:risolt[oa]|ripristinat[oa]|sistemat[oa]|corrett[oa])|funziona di nuovo|\b(?:is|zijn) (?:nu )?opgelost|werkt (?:nu )?weer/iu;
/** Words after the fix that tell of a failure since ("but it bounced again", "still fails", "kommt immer noch zurück"). */
const RE_FAILED_AGAIN =
  /\b(?:bounc\w*|fail\w*|(?:still|again) (?:not|doesn't|does not|won't|cannot|can't)|same (?:error|problem|bounce|message)|immer noch|schon wieder|erneut zurück|toujours (?:pas|le même)|de nouveau (?:rejet|refus)|sigue (?:sin|fallando|rebotando)|todavía no|ancora (?:non|lo stesso)|nog steeds)\b/i;
/** A negation just before the words ("not fixed yet", "still not working again", "noch nicht behoben", "pas encore réglé"). */
const RE_NOT_BEFORE = /\b(?:not|never|n't|nicht|kein|pas|no|non|niet)\b[^.!?\n]{0,20}$/iu;

/** How deep a line is quoted: the number of `>` it opens with (spaces between them allowed). */
const quoteDepth = (line: string): number => (/^[ \t]*(?:>[ \t]?)*/.exec(line)?.[0].replace(/[^>]/g, '').length ?? 0);
/** The line that opens a quoted older message: "On … wrote:", Outlook's "-----Original Message-----", a forward's marker. */
const RE_ATTRIBUTION = /^[ \t>]*(?:On\b.{0,200}\bwrote:?|-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}|Am\b.{0,200}\bschrieb.{0,80}:|Le\b.{0,200}\ba écrit[ \t]*:)[ \t]*$/im;

/**
 * The writer's own words after offset `end` of `text` (a match that starts at `start`): the rest
 * of its line and the lines after it at the same quote depth, up to a deeper quoted line or the
 * attribution line of the message replied to.
 */
function ownWordsAfter(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const depth = quoteDepth(text.slice(lineStart, start));
  const rest = text.slice(end);
  const lines = rest.split('\n');
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (RE_ATTRIBUTION.test(line)) break;
    if (line.trim() !== '' && quoteDepth(line) > depth) break;
    out += '\n' + line;
  }
  return out;
}

/**
 * Do a person's own words (the text above a bounce they quote) say the problem is fixed since?
 * A bounce quoted under "Fixed now, please resend" is no longer the state of the address:
 * the person who quotes it says so, and only a new attempt can tell.
 */
export function saysFixed(words: string): boolean {
  const text = words.slice(-3000);
  const re = new RegExp(RE_FIXED.source, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "I fixed the address and resent it, but it bounced again:" — the quote is the new failure.
    // Only the words of the same writer count, up to the message they reply to: an older message
    // quoted one level deeper ("> one of the addresses bounced, should I delete it?") or opened by
    // its attribution ("On … wrote:") told of the failure before the fix.
    if (RE_FAILED_AGAIN.test(ownWordsAfter(text, m.index, m.index + m[0].length))) return false;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1);
    if (/\?/.test(text.slice(m.index, m.index + m[0].length + 40).split(/[.!\n]/)[0])) continue;
    if (!RE_NOT_BEFORE.test(sentence)) return true;
  }
  return false;
}

/**
 * A link that carries the reader's address as a parameter ("https://…/resend?user=you@example.com",
 * "?email=you%40example.com"): a page that greets you by address, as phishing links do. Real
 * notices link to help pages (aka.ms/…, support.google.com/…?p=…), never with your address.
 */
const RE_LINK_WITH_ADDRESS = /https?:\/\/[^\s"'<>]{1,200}?[?&][a-z_]{1,20}=[^\s"'<>&@%]{1,64}(?:@|%40)[a-z0-9.-]{1,253}/i;
/**
 * A request to act on the reader's own account or mailbox to get mail through, as lures word it
 * ("your mailbox needs to be re-validated", "verify now and resend", "validate your account",
 * "release your messages"; observed in phishing that imitates bounces).
 */
const RE_LURE_ACTION =
  /\b(?:re-?validat\w*|validat(?:e|ion) (?:of )?your (?:account|mailbox|e-?mail)|verify (?:now|your (?:account|mailbox|e-?mail|identity))|(?:account|mailbox) (?:needs|has) to be (?:re-?)?(?:validated|verified)|resend (?:your )?messages now|release (?:your )?(?:pending )?messages|(?:upgrade|restore) your mailbox)\b/i;

/**
 * Is this a lure dressed as a delivery notice: its text asks the reader to act on their own
 * account through a link that carries their address, and quotes no server's reply? No
 * server's refusal asks that; the addresses it lists are no failed recipients.
 */
export function isLureNotice(scan: Scan): boolean {
  const range = scan.bodies[0];
  if (!range || scan.dsn.length > 0 || scan.reportType) return false;
  const text = scan.document.slice(range.start, Math.min(textEnd(scan.document, range), range.start + 6000));
  // (A notice that quotes a server's reply code is read as usual: its reply decides.)
  return RE_LINK_WITH_ADDRESS.test(text) && RE_LURE_ACTION.test(text) && !RE_CODE_IN_TEXT.test(text);
}

/**
 * A virus scanner's notice to the sender of an infected message (MailScanner "Our virus scanner
 * found a virus in a message you sent", amavisd-new "VIRUS ALERT: Our content checker found a
 * virus in your email"; observed wording). Worms forge the sender's address, so such notices
 * often reach someone who sent nothing (backscatter, RFC 3834 §2 asks responders not to answer
 * forged senders; amavisd-new stopped notifying senders by default for this reason).
 */
const RE_VIRUS_TO_SENDER =
  /\b(?:virus|malware|worm|trojan)\w*\b[^.\n]{0,80}?\b(?:in (?:a |the |an )?(?:e-?mail|message|mail) (?:that )?you (?:sent|have sent)|in your (?:e-?mail|message|mail)\b|(?:e-?mail|message|mail) (?:that )?you sent|sent (?:from|by) you(?:r address)?)\b|\b(?:e-?mail|message|mail) (?:that )?you sent\b[^.\n]{0,80}?\b(?:contain(?:s|ed)|had|carried|was infected with) (?:a |the )?(?:virus|malware|worm|trojan)/i;

/**
 * The words every match of RE_VIRUS_TO_SENDER holds (each of its two branches names one):
 * most texts hold none, and this plain alternation finds that faster than the pattern,
 * whose second branch is tried at every "mail".
 */
const RE_VIRUS_WORD = /virus|malware|worm|trojan/i;

/** Does the text (a notice's opening words) tell the sender that a message they sent carried a virus? */
export function isVirusNoticeToSender(scan: Scan): boolean {
  const range = scan.bodies[0];
  if (!range) return false;
  if (RE_VIRUS_WORD.test(scan.subjectLower) && RE_VIRUS_TO_SENDER.test(scan.subjectLower)) return true;
  const text = scan.document.slice(range.start, Math.min(textEnd(scan.document, range), range.start + 3000));
  return RE_VIRUS_WORD.test(text) && RE_VIRUS_TO_SENDER.test(text);
}
