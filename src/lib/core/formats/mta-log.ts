/**
 * A mail server's log lines, pasted from the server: one delivery attempt a line, the
 * recipient, the outcome and the remote server's reply.
 *
 *   Postfix   … postfix/smtp[4242]: 4F2A31C0042: to=<a@example.org>, relay=…, delay=1.2, dsn=5.1.1,
 *               status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 … (in reply to RCPT TO command))
 *             (status=deferred: a delay; status=expired: given up after the queue lifetime; status=sent)
 *   Sendmail  … sm-mta[1234]: 4ARA01aB001234: to=<a@example.org>, …, dsn=5.1.1, stat=User unknown
 *             (stat=Deferred: …: a delay; stat=Sent (…))
 *   Exim      2026-11-27 10:00:01 1tGabc-000123-AB ** a@example.org R=dnslookup T=remote_smtp H=…: SMTP error …
 *             (** failed, == deferred, => and -> delivered; "rejected RCPT <a@example.org>: …" refused on receipt)
 *   qmail     starting delivery 12: msg 345678 to remote a@example.org
 *             delivery 12: failure: 192.0.2.25_does_not_like_recipient./Remote_host_said:_550_…/
 *             (deferral: a delay; qmail-send writes spaces as "_" and line breaks as "/")
 *
 * Layouts from Postfix's DEBUG_README and the log lines of its delivery agents
 * (https://www.postfix.org/DEBUG_README.html), Exim's "Log files" chapter
 * (https://www.exim.org/exim-html-current/doc/html/spec_html/ch-log_files.html), sendmail's
 * logging section of the operations guide, and qmail-log(5). Postfix's smtpd "NOQUEUE:
 * reject:" lines are bare replies, read by the SMTP reply reader. A "deferred" line is a delay,
 * never a failure; the sender's from= and the queue's other lines name no recipient.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { headHas } from './common.ts';
import { eachLine, indexWithin } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { TextView } from '../text/view.ts';
import { findCommand } from '../read/command.ts';

// "postfix/smtp[4242]: QID: to=" (BSD syslog, journald) or "postfix/smtp 4242 - - QID: to=" (RFC 5424: APP-NAME PROCID MSGID STRUCTURED-DATA).
const RE_POSTFIX = /(?:postfix[\w/.-]*|sendmail|sm-mta)(?:\[\d+\]:| \d{1,10} \S{1,32} (?:-|\[[^\]]{0,400}\])) ([0-9A-Za-z]+): to=/;
/** The queue id of a notification the server wrote about a message (Postfix's bounce daemon, sendmail's DSN line). */
const RE_NOTICE_QUEUE = /(?:\b(?:sender|postmaster) (?:non-delivery|delay|delivery status|success delivery status) notification: ([0-9A-Za-z]+)|: [0-9A-Za-z]+: ([0-9A-Za-z]+): (?:DSN|return to sender|postmaster notify): |\]: ([0-9A-Za-z]+): from=<>,)/;
/** Exim's arrival of a bounce it wrote itself: "1tGabl-… <= <> R=1tGabk-…". */
const RE_EXIM_BOUNCE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [+-]\d{4})? (?:\[\d+\] )?([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) <= <> /;
/**
 * A line of Exim's message log (exim -Mvl, msglog/<id>): no id and no flag before the address
 * (deliver.c writes "**" and "==" to the main log only). A deferral says "defer (n)", a
 * failure does not; a delivery is "<address>: <transport> transport succeeded".
 */
const RE_EXIM_MSGLOG = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [+-]\d{4})? (?:(?:routing|transporting) failed for )?(?=[^\s@<>]{1,200}@)/;
/** OpenSMTPD: "mta delivery evpid=… from=<…> to=<a@example.org> … result="PermFail" stat="550 …"" (smtpd's delivery log line). */
const RE_SMTPD = /\b(?:mta|mda|lmtp) delivery evpid=[0-9a-f]{1,16} from=<[^<>\s]{0,300}> to=</;
const RE_EXIM = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [+-]\d{4})? (?:\[\d+\] )?([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (\*\*|==|=>|->|\*>) /;
const RE_EXIM_REJECT = /\brejected RCPT </;
const RE_QMAIL_START = /\bstarting delivery (\d{1,12}): msg \d{1,20} to (?:remote|local) /;
const RE_QMAIL_END = /\bdelivery (\d{1,12}): (success|failure|deferral): /;

type Outcome = 'failed' | 'delayed' | 'delivered';

/** A recipient read from a line, with the queue (message) id the line belongs to. */
interface Entry {
  r: RawRecipient;
  queue: string | null;
}

function found(value: string, start: number, end: number): Found {
  return { value, start, end };
}

/** `key=value` of a Postfix or Sendmail line: the value's span (to the next ", " or the end). */
function field(doc: string, from: number, end: number, key: string): [number, number] | null {
  const at = indexWithin(doc, `, ${key}=`, from, end);
  if (at === -1) return null;
  const s = at + key.length + 3;
  const comma = indexWithin(doc, ', ', s, end);
  return [s, comma === -1 ? end : comma];
}

/** The text inside the brackets that open at `open`, to its matching close (or the line's end). */
function bracketed(doc: string, open: number, end: number): [number, number] {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = doc.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return [open + 1, i];
  }
  return [open + 1, end];
}

function view(doc: string, s: number, e: number): TextView | undefined {
  const v = new TextView().append(doc, s, e);
  return v.length ? v : undefined;
}

/** A Postfix or Sendmail delivery line. */
function postfixLine(doc: string, start: number, end: number, m: RegExpExecArray): RawRecipient[] {
  const toAt = start + m.index + m[0].length;
  // to=<a@example.org> (Sendmail: to=<a>,<b> or to=a@example.org), up to the next ", ".
  const comma = indexWithin(doc, ', ', toAt, end);
  const toStop = comma === -1 ? end : comma;
  const out: RawRecipient[] = [];
  for (let at = toAt; at < toStop; ) {
    const a = firstAddress(doc, at, toStop);
    if (!a) break;
    out.push({ address: found(a.address, a.start, a.end) });
    at = a.end;
  }
  if (out.length === 0) return [];
  const dsn = field(doc, toAt, end, 'dsn');
  const relay = field(doc, toAt, end, 'relay');
  let outcome: Outcome | null = null;
  let action: Found | undefined;
  let diagnostic: TextView | undefined;
  let expired = false;
  const status = indexWithin(doc, ', status=', toAt, end);
  const stat = status === -1 ? indexWithin(doc, ', stat=', toAt, end) : -1;
  if (status !== -1) {
    const ws = status + 9;
    const word = /^[a-z]+/.exec(doc.slice(ws, Math.min(end, ws + 20)))?.[0] ?? '';
    action = found(word, ws, ws + word.length);
    outcome = word === 'sent' ? 'delivered' : word === 'deferred' ? 'delayed' : word === 'bounced' || word === 'expired' || word === 'undeliverable' ? 'failed' : null;
    expired = word === 'expired';
    const open = indexWithin(doc, '(', ws + word.length, Math.min(end, ws + word.length + 2));
    if (open !== -1) {
      let [s, e] = bracketed(doc, open, end);
      // "host mx.example.org[192.0.2.25] said: 550 …": the reply after "said:".
      const said = indexWithin(doc, ' said: ', s, e);
      if (said !== -1) s = said + 7;
      diagnostic = view(doc, s, e);
    }
  } else if (stat !== -1) {
    const ws = stat + 7;
    const text = doc.slice(ws, end);
    if (/^Deferred\b/.test(text)) {
      outcome = 'delayed';
      action = found('Deferred', ws, ws + 8);
      const colon = text.indexOf(': ');
      if (colon !== -1) diagnostic = view(doc, ws + colon + 2, end);
    } else if (/^Sent\b/.test(text)) {
      outcome = 'delivered';
      action = found('Sent', ws, ws + 4);
    } else {
      outcome = 'failed';
      diagnostic = view(doc, ws, end);
    }
  }
  if (!outcome) return [];
  for (const r of out) {
    if (action) r.action = { ...action, value: outcome };
    if (dsn && /^[245]\.\d{1,3}\.\d{1,3}$/.test(doc.slice(dsn[0], dsn[1]))) r.status = found(doc.slice(dsn[0], dsn[1]), dsn[0], dsn[1]);
    if (relay) {
      const host = /^[A-Za-z0-9][A-Za-z0-9.-]*/.exec(doc.slice(relay[0], relay[1]))?.[0].replace(/\.$/, '');
      if (host && host !== 'none' && host.includes('.')) r.remoteMta = found(host, relay[0], relay[0] + host.length);
    }
    if (expired) r.hint = { reason: 'expired', start: action!.start, end: action!.end, note: 'status=expired: the message stayed in the queue past its lifetime' };
    if (diagnostic) r.diagnostic = diagnostic;
  }
  return out;
}

/** An Exim delivery line (** failed, == deferred, => delivered). */
function eximLine(doc: string, start: number, end: number, m: RegExpExecArray): RawRecipient | null {
  const flag = m[2];
  const as = start + m[0].length;
  const outcome: Outcome = flag === '**' ? 'failed' : flag === '==' ? 'delayed' : 'delivered';
  const flagAt = start + m.index + m[0].length - flag.length - 1;
  return eximRecipient(doc, as, end, outcome, flagAt, flagAt + flag.length);
}

/** The recipient of an Exim line whose address starts at `as`, its outcome said at [os, oe). */
function eximRecipient(doc: string, as: number, end: number, outcome: Outcome, os: number, oe: number): RawRecipient | null {
  const a = firstAddress(doc, as, Math.min(end, as + 400));
  if (!a || a.start !== as) return null;
  const r: RawRecipient = { address: found(a.address, a.start, a.end), action: found(outcome, os, oe) };
  if (outcome !== 'delivered') {
    const colon = indexWithin(doc, ': ', a.end, end);
    if (colon !== -1) {
      const d = view(doc, colon + 2, end);
      if (d) r.diagnostic = d;
    }
  }
  const host = /\bH=([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})/.exec(doc.slice(a.end, end));
  if (host) {
    const hs = indexWithin(doc, `H=${host[1]}`, a.end, end) + 2;
    r.remoteMta = found(host[1], hs, hs + host[1].length);
  }
  return r;
}

/** A line of Exim's message log: the address first, then its router, a deferral or "transport succeeded". */
function eximMsglogLine(doc: string, start: number, end: number, m: RegExpExecArray): RawRecipient | null {
  const as = start + m[0].length;
  const a = firstAddress(doc, as, Math.min(end, as + 400));
  if (!a || a.start !== as) return null;
  // What follows the address (and its parent, "<alias@example.net>"): the router, or a transport's success.
  const rest = doc.slice(a.end, Math.min(end, a.end + 600));
  const after = /^(?: <[^<>\s]{1,300}>)? (?:F=<[^<>\s]{0,300}> )?(?:Q=\S{1,64} )?(?:P=<[^<>\s]{0,300}> )?[RT]=|^(?: <[^<>\s]{1,300}>)?: \S{1,64} transport succeeded/.exec(rest);
  if (!after && !m[0].includes(' failed for ')) return null;
  if (after && /transport succeeded$/.test(after[0])) {
    const ws = a.end + after[0].length - 9;
    return eximRecipient(doc, as, end, 'delivered', ws, ws + 9);
  }
  const defer = / defer \(-?\d{1,4}\)/.exec(rest);
  if (defer) return eximRecipient(doc, as, end, 'delayed', a.end + defer.index + 1, a.end + defer.index + 6);
  const fs = start + m.index + m[0].length;
  return eximRecipient(doc, as, end, 'failed', m[0].includes(' failed for ') ? fs - 11 : a.start, m[0].includes(' failed for ') ? fs - 5 : a.end);
}

/** OpenSMTPD's delivery line: to=<…>, result="Ok|TempFail|PermFail|Loop", stat="…" (the reply or its own words). */
function smtpdLine(doc: string, start: number, end: number, m: RegExpExecArray): RawRecipient | null {
  const as = start + m.index + m[0].length;
  const a = firstAddress(doc, as, Math.min(end, as + 400));
  if (!a || a.start !== as) return null;
  const rest = doc.slice(a.end, Math.min(end, a.end + 2000));
  const result = / result="?(Ok|TempFail|PermFail|Loop)\b/.exec(rest);
  if (!result) return null;
  const word = result[1];
  const outcome: Outcome = word === 'Ok' ? 'delivered' : word === 'TempFail' ? 'delayed' : 'failed';
  const ws = a.end + result.index + result[0].length - word.length;
  const r: RawRecipient = { address: found(a.address, a.start, a.end), action: found(outcome, ws, ws + word.length) };
  const stat = / stat="?/.exec(rest);
  if (stat && outcome !== 'delivered') {
    const ss = a.end + stat.index + stat[0].length;
    let se = end;
    while (se > ss && /[\s"]/.test(doc[se - 1])) se--;
    const d = view(doc, ss, se);
    if (d) r.diagnostic = d;
  }
  // relay="192.0.2.25 (mx.example.org)"
  const relay = / relay="[^"(]{0,100}\(([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})\)"/.exec(rest);
  if (relay) {
    const hs = a.end + relay.index + relay[0].length - relay[1].length - 2;
    r.remoteMta = found(relay[1], hs, hs + relay[1].length);
  }
  return r;
}

/** Exim's refusal of a recipient on receipt: "rejected RCPT <a@example.org>: Unknown user". */
function eximReject(doc: string, start: number, end: number): RawRecipient | null {
  const at = indexWithin(doc, 'rejected RCPT <', start, end);
  if (at === -1) return null;
  const a = firstAddress(doc, at + 15, Math.min(end, at + 400));
  if (!a) return null;
  const r: RawRecipient = { address: found(a.address, a.start, a.end), action: found('failed', at, at + 8), command: { value: 'RCPT', start: at + 9, end: at + 13 } };
  const colon = indexWithin(doc, ': ', a.end, end);
  if (colon !== -1) {
    const d = view(doc, colon + 2, end);
    if (d) r.diagnostic = d;
  }
  return r;
}

/** qmail-send's reply text: "_" is a space and "/" a line break; each piece read in place. */
function qmailView(doc: string, s: number, e: number): TextView | undefined {
  const v = new TextView();
  let piece = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? doc.charCodeAt(i) : 0;
    if (i === e || c === 95 /* _ */ || c === 47 /* / */) {
      if (i > piece) v.append(doc, piece, i);
      piece = i + 1;
    }
  }
  return v.length ? v : undefined;
}

function parseLines(scan: Scan): { recipients: RawRecipient[]; lines: number; logLines: number } {
  const doc = scan.document;
  const entries: Entry[] = [];
  // One recipient of one message: its last line decides (deferred, deferred, then sent or bounced).
  const seen = new Map<string, number>();
  // Messages the server wrote about other messages (its bounces, DSNs, delay warnings).
  const notices = new Set<string>();
  const qmailTo = new Map<string, Found>();
  let lines = 0;
  let logLines = 0;
  const add = (r: RawRecipient | null, queue: string | null): void => {
    if (!r || !r.address) return;
    const key = `${queue ?? ''}\u0000${r.address.value.toLowerCase()}`;
    const at = seen.get(key);
    if (queue !== null && at !== undefined) entries[at] = { r, queue };
    else {
      seen.set(key, entries.length);
      entries.push({ r, queue });
    }
  };
  for (const range of scan.bodies) {
    for (const line of eachLine(doc, range.start, range.end)) {
      const { start, end } = line;
      if (end === start) continue;
      lines++;
      const head = doc.slice(start, Math.min(end, start + 600));
      let m: RegExpExecArray | null;
      if ((m = RE_POSTFIX.exec(head))) {
        const queue = m[1];
        for (const r of postfixLine(doc, start, end, m)) add(r, queue);
        logLines++;
      } else if ((m = RE_EXIM.exec(head))) {
        add(eximLine(doc, start, end, m), m[1]);
        logLines++;
      } else if (RE_EXIM_REJECT.test(head) && /^\d{4}-\d\d-\d\d /.test(head)) {
        add(eximReject(doc, start, end), null);
        logLines++;
      } else if ((m = RE_SMTPD.exec(head))) {
        add(smtpdLine(doc, start, end, m), null);
        logLines++;
      } else if ((m = RE_QMAIL_START.exec(head))) {
        const as = start + m.index + m[0].length;
        const a = firstAddress(doc, as, end);
        if (a) qmailTo.set(m[1], qmailAddress(a, /to local $/.test(m[0])));
        logLines++;
      } else if ((m = RE_QMAIL_END.exec(head))) {
        logLines++;
        const address = qmailTo.get(m[1]);
        if (!address) continue;
        const word = m[2];
        const ws = start + m.index + m[0].length - word.length - 2;
        const outcome: Outcome = word === 'success' ? 'delivered' : word === 'deferral' ? 'delayed' : 'failed';
        const r: RawRecipient = { address, action: found(outcome, ws, ws + word.length) };
        const ds = start + m.index + m[0].length;
        // qmail-send writes at most a few hundred characters of reply.
        const d = qmailView(doc, ds, Math.min(end, ds + 1000));
        if (d && outcome !== 'delivered') r.diagnostic = d;
        add(r, `qmail-${m[1]}`);
      } else if ((m = RE_EXIM_MSGLOG.exec(head)) && /^\d{4}-\d\d-\d\d /.test(head)) {
        add(eximMsglogLine(doc, start, end, m), 'msglog');
        logLines++;
      } else if (/^\S{0,40}\s*(?:<\d{1,3}>\d )?(?:\w{3} +\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[ T]\d\d:\d\d|@[0-9a-f]{24})/.test(head)) {
        // Another line of the same log (a queue's from=, cleanup, removed).
        logLines++;
      }
      // The queue of a notice the server wrote (named on this line): its deliveries go to the sender.
      const notice = RE_NOTICE_QUEUE.exec(head) ?? RE_EXIM_BOUNCE.exec(head);
      if (notice) notices.add(notice[1] ?? notice[2] ?? notice[3]);
      if (entries.length >= 200) break;
      // A paste that opens with a hundred lines of anything else is no log.
      if (lines >= 100 && logLines === 0) break;
    }
  }
  // A notice's own delivery (the bounce sent back to the sender) is no recipient of the failed
  // message; it is left out when the paste holds the message's own lines too.
  const own = entries.filter((e) => e.queue === null || !notices.has(e.queue));
  const recipients = (own.length ? own : entries).map((e) => e.r);
  return { recipients, lines, logLines };
}

/**
 * qmail's address of a local delivery: for a virtual domain qmail-send prefixes the local
 * part with the domain's prefix from control/virtualdomains, conventionally the domain
 * itself ("to local example.org-ann@example.org" is ann@example.org; qmail-send(8)).
 */
function qmailAddress(a: { address: string; start: number; end: number }, local: boolean): Found {
  const at = a.address.lastIndexOf('@');
  const domain = a.address.slice(at + 1).toLowerCase();
  const prefix = `${domain}-`;
  if (local && a.address.slice(0, prefix.length).toLowerCase() === prefix && at > prefix.length) {
    return found(a.address.slice(prefix.length), a.start + prefix.length, a.end);
  }
  return found(a.address, a.start, a.end);
}

/** The SMTP stage the reply answered ("in reply to RCPT TO command", "after RCPT TO:<…>"), read in the reply's own span. */
function withCommand(doc: string, r: RawRecipient): RawRecipient {
  if (!r.command && r.diagnostic && r.diagnostic.length) {
    const [s, e] = r.diagnostic.whole();
    const c = findCommand(doc, s, e);
    if (c) r.command = c;
  }
  return r;
}

/**
 * Words one of the log lines read here holds (Postfix's and Sendmail's ": to=", OpenSMTPD's
 * " delivery evpid=", Exim's " R=", flags " ** ", " == ", " => ", " -> " and message-log
 * lines "transport succeeded", "routing failed for ", qmail's "starting delivery", and
 * "rejected rcpt <"). The detect asks for them, and so does the engine's gate (`needs`).
 */
const LOG_WORDS: readonly string[] = [': to=', ' delivery evpid=', ' r=', 'transport succeeded', 'failed for ', ' ** ', ' == ', ' => ', ' -> ', 'rejected rcpt <', 'starting delivery'];

export const mtaLog: Format = {
  id: 'mta-log',
  label: 'Mail server log lines (Postfix, Exim, Sendmail, qmail, OpenSMTPD)',
  reference: 'https://www.postfix.org/DEBUG_README.html',
  needs: LOG_WORDS,
  detect: (scan) => !scan.isMessage && LOG_WORDS.some((w) => headHas(scan, w)),
  parse({ scan }) {
    const { recipients, lines, logLines } = parseLines(scan);
    // Log lines, not a notice or a letter that quotes one.
    if (recipients.length === 0 || logLines * 2 < lines) return null;
    for (const r of recipients) withCommand(scan.document, r);
    const outcomes = new Set(recipients.map((r) => r.action?.value));
    if (outcomes.size === 1 && outcomes.has('delayed')) return { recipients, delayed: true };
    return { recipients };
  },
};
