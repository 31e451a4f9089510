/**
 * Sendmail's returned mail: "----- The following addresses had permanent fatal errors
 * -----", each address with "(reason: ...)", then "----- Transcript of session follows
 * -----" with the SMTP dialogue (">>> RCPT To:<...>", "<<< 550 ..."). Layout: sendmail
 * savemail.c and its DSN output.
 *
 * Sendmail 5's transcript-only layout is read by `v5sendmail.ts`, tried just before this one.
 *
 * A recipient that sendmail delivered to a program (an alias or .forward entry "|cmd")
 * shows as `X-Actual-Recipient: X-Unix; |cmd` in the DSN, or as `"|cmd"` with
 * "(expanded from: <address>)" in the list of failed addresses: when such a delivery
 * fails, the local program failed (a mailer error), whatever it printed.
 *
 * A bounce forwarded by a person often keeps sendmail's text behind "> " quote marks;
 * the list of failed addresses is then read with the quote marks set aside.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { copyRecipient, headHas, subject, fromText, paragraphAfter, withDiagnostic } from './common.ts';
import { splitLines, type Line } from '../text/lines.ts';
import { readFieldBlocks } from '../parse/dsn.ts';
import { findCommand } from '../read/command.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

/** An SMTP reply code or an enhanced status code (RFC 5321 §4.2, RFC 3463) of a failure. */
const RE_REPLY = /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/;
const RE_TRANSCRIPT = /----- transcript of session follows -----/i;
const RE_FATAL = /^((?:[ \t]*>)*)[ \t]*-{3,} ?the following addresses had (?:permanent )?fatal errors ?-{3,}/im;

/** Recipients of "The following addresses had ... fatal errors", quote marks set aside. */
function fatalList(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const text = doc.slice(range.start, range.end);
    const m = RE_FATAL.exec(text);
    if (!m) continue;
    const quote = m[1].trimEnd();
    const out: { rcpt: RawRecipient; lines: Line[] }[] = [];
    for (const line of splitLines(doc, range.start + m.index + m[0].length, range.end).slice(1)) {
      let start = line.start;
      const raw = doc.slice(line.start, line.end);
      if (quote) {
        const q = /^[ \t]*(?:>[ \t]?)+/.exec(raw);
        if (!q) break;
        start += q[0].length;
      }
      const body = doc.slice(start, line.end);
      if (!body.trim() || /^\s*-{3,}/.test(body)) break;
      // An entry opens at the line's start; its notes are indented, or at least in
      // parentheses ("(reason: …)", "(expanded from: …)") where a copy lost the indentation.
      if (!/^\s/.test(body) && body[0] !== '(') {
        const a = firstAddress(doc, start, line.end);
        out.push({ rcpt: { address: a ? { value: a.address, start: a.start, end: a.end } : null }, lines: [] });
        continue;
      }
      if (out.length === 0) break;
      const reason = /^\s*\(reason:\s*/i.exec(body);
      if (reason) {
        const s = start + reason[0].length;
        const e = doc.lastIndexOf(')', line.end - 1) >= s ? doc.lastIndexOf(')', line.end - 1) : line.end;
        out[out.length - 1].lines.push({ start: s, end: e, next: line.next });
      }
    }
    const rcpts: RawRecipient[] = [];
    for (const o of out) {
      if (!o.rcpt.address) continue;
      if (o.lines.length) {
        o.rcpt.diagnostic = viewOfLines(doc, o.lines);
        const cmd = findCommand(doc, o.lines[0].start, o.lines[o.lines.length - 1].end);
        if (cmd) o.rcpt.command = cmd;
      }
      rcpts.push(o.rcpt);
    }
    if (rcpts.length) return rcpts;
  }
  return [];
}

const RE_HEADING = /(?<!-)-{3,} ?transcript of session follows ?-{3,}/gi;

/**
 * The server's words in a recipient's block: an address alone on its line takes the next
 * paragraph, whose transcript heading is not part of them; and of "(reason: 550 ...)"
 * (with "(expanded from: ...)" under it) only the reply counts, so that the transcript's
 * full copy of that reply can take its place (sendmail cuts it to one line).
 */
function withoutHeading(r: RawRecipient): RawRecipient {
  if (!r.diagnostic) return r;
  let view = r.diagnostic;
  const cut = view.without(RE_HEADING);
  if (cut !== view && /[a-z]{3}/i.test(cut.text)) view = cut;
  const at = view.text.indexOf('(reason:');
  if (at !== -1) {
    let end = view.text.indexOf('(expanded from:', at);
    if (end === -1) end = view.text.length;
    const close = view.text.lastIndexOf(')', end);
    const inner = view.slice(at + 8, close > at ? close : end).trimmed();
    if (/[a-z0-9]{3}/i.test(inner.text)) view = inner;
  }
  if (view === r.diagnostic) return r;
  // (Copied field by field, not spread: see copyRecipient.)
  const c = copyRecipient(r);
  c.diagnostic = view;
  return c;
}

const RE_ACTUAL = /x-actual-recipient/i;
const RE_LINE_END = /[\r\n]/;

/**
 * One entry whose words hold no reply (a program's exit status, "(reason: 255)"), where the
 * transcript holds one: the transcript's words are the entry's, as they are when the notice's
 * blank lines stand (the address alone on its line takes the paragraph after it) and a copy
 * that lost them reads them too.
 */
function withTranscript(sc: Scan, recipients: RawRecipient[]): RawRecipient[] {
  if (recipients.length !== 1 || RE_REPLY.test(recipients[0].diagnostic?.text ?? '')) return recipients;
  const transcript = paragraphAfter(sc, RE_TRANSCRIPT);
  if (!transcript || !RE_REPLY.test(transcript.text)) return recipients;
  const c = copyRecipient(recipients[0]);
  c.diagnostic = transcript;
  const [s, e] = transcript.whole();
  const command = findCommand(sc.document, s, e);
  if (command) c.command = command;
  return [c];
}

/** A status that names the state of an address or a mailbox (X.1.n, X.2.n, n not 0). */
const RE_MAILBOX_STATE = /^\s*[45]\.[12]\.[1-9]/;

/** A recipient that sendmail delivered to a program: the address it expanded from, and the span naming the program. */
interface ProgramRecipient {
  address: Found | null;
  start: number;
  end: number;
}

/** Recipients that sendmail delivered to a program, each with the span naming it. */
function programRecipients(scan: Scan): ProgramRecipient[] {
  const doc = scan.document;
  const out: ProgramRecipient[] = [];
  for (const range of scan.dsn) {
    // Only a report that names an X-Actual-Recipient is read again as fields.
    if (!RE_ACTUAL.test(doc.slice(range.start, range.end))) continue;
    for (const block of readFieldBlocks(doc, range.start, range.end)) {
      const actual = block.fields.find((f) => f.name === 'x-actual-recipient');
      if (!actual) continue;
      const bar = /^(?:[a-z0-9-]+;\s*)?"?\|/i.exec(actual.value);
      if (!bar) continue;
      // A program that is a local delivery agent (maildrop, procmail, dovecot-lda) reports the
      // mailbox's own state, and the DSN says which: a specific mailbox or address status
      // (X.1.1 user unknown from EX_NOUSER, X.2.2 over quota) is that state, no failure of the
      // program (RFC 3463 §3.2-3.3; sysexits(3) codes as Sendmail maps them to statuses).
      const status = block.fields.find((f) => f.name === 'status');
      if (status && RE_MAILBOX_STATE.test(status.value)) continue;
      const final = block.fields.find((f) => f.name === 'final-recipient');
      const a = final ? firstAddress(doc, final.valueStart, final.valueEnd) : null;
      out.push({ address: a ? { value: a.address, start: a.start, end: a.end } : null, start: actual.valueStart, end: actual.valueEnd });
    }
  }
  if (out.length) return out;
  for (const range of scan.bodies) {
    const text = doc.slice(range.start, range.end);
    // The pattern needs these words (as they stand): without them, no search.
    if (text.indexOf('(expanded from:') === -1) continue;
    // (The notes under the program's line are indented; a copy may have lost that.)
    const re = /^"?\|[^\r\n]*(?:\r\n?|\n)(?:[ \t]*\([^\r\n]*\)[ \t]*(?:\r\n?|\n)){0,20}?[ \t]*\(expanded from:\s*<?([^>\s)]+)>?\)/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = range.start + m.index;
      const from = s + m[0].lastIndexOf(m[1]);
      const a = firstAddress(doc, from, from + m[1].length);
      // The span names the program's line, up to its line end (CR alone in some pastes).
      out.push({ address: a ? { value: a.address, start: a.start, end: a.end } : null, start: s, end: s + m[0].search(RE_LINE_END) });
    }
  }
  return out;
}

/** A failed delivery to a program is the program's failure: set that as the hint. */
function markPrograms(scan: Scan, recipients: RawRecipient[]): RawRecipient[] {
  const programs = programRecipients(scan);
  if (programs.length === 0) return recipients;
  const out = [...recipients];
  for (const p of programs) {
    const hint = { reason: 'mailererror' as const, start: p.start, end: p.end, note: 'the message was handed to a local program, and the program failed' };
    const address = p.address;
    let target = address ? out.find((r) => r.address?.value.toLowerCase() === address.value.toLowerCase()) : undefined;
    if (!target && programs.length === 1 && out.length === 1) target = out[0];
    if (target) {
      target.hint ??= hint;
      // The failed "address" was the program ("|/home/…/catch.pl"), no address: the one it
      // was expanded from is the recipient the sender wrote to.
      if (!target.address && address) target.address = address;
    } else if (address) out.push({ address, hint });
  }
  return out;
}

/** Sendmail's own line for a recipient it keeps trying, in its transcript: "<addr>... Deferred: …" (deliver.c). */
const RE_DEFERRED = /<([^\s<>@]+@[^\s<>@]+)>\.\.\.[ \t]+Deferred\b/i;

/**
 * Recipients read without an address get the one Sendmail names in its "<addr>... Deferred:"
 * line, when it names one address so: a copy that joined the transcript's lines (a mail view
 * that removes line breaks) puts that line mid-line, where the generic reader does not take
 * an address.
 */
function withDeferred(scan: Scan, recipients: RawRecipient[]): RawRecipient[] {
  if (recipients.length !== 1 || recipients[0].address) return recipients;
  const doc = scan.document;
  for (const range of scan.bodies) {
    const text = doc.slice(range.start, Math.min(range.end, range.start + 65536));
    if (text.indexOf('... ') === -1) continue;
    const m = RE_DEFERRED.exec(text);
    if (!m) continue;
    const at = range.start + m.index + 1;
    const out = copyRecipient(recipients[0]);
    out.address = { value: m[1], start: at, end: at + m[1].length };
    return [out];
  }
  return recipients;
}

/** "... while talking to mx.example.org.:" (deliver.c), the host the dialogue under it was with. */
const RE_TALKING = /^[ \t>]*\.\.\. while talking to ((?:[a-z0-9-]+\.)+[a-z]{2,})\.?:/gim;

/**
 * The server that answered each recipient, from the transcript: the "... while talking to
 * HOST.:" paragraph whose ">>> RCPT To:<address>" names the recipient (sendmail writes one such
 * paragraph per host it talked to). A recipient the transcript does not name keeps none.
 */
function withTalkingTo(sc: Scan, recipients: RawRecipient[]): RawRecipient[] {
  if (!recipients.some((r) => r.address && !r.remoteMta)) return recipients;
  const doc = sc.document;
  if (doc.search(/while talking to/i) === -1) return recipients;
  const blocks: { host: Found; text: string }[] = [];
  for (const range of sc.bodies) {
    const text = doc.slice(range.start, range.end);
    RE_TALKING.lastIndex = 0;
    const found: { host: Found; at: number }[] = [];
    for (let m = RE_TALKING.exec(text); m; m = RE_TALKING.exec(text)) {
      const s = range.start + m.index + m[0].indexOf(m[1]);
      found.push({ host: { value: m[1].toLowerCase(), start: s, end: s + m[1].length }, at: m.index });
    }
    for (let i = 0; i < found.length; i++) {
      const end = i + 1 < found.length ? found[i + 1].at : text.length;
      blocks.push({ host: found[i].host, text: text.slice(found[i].at, end).toLowerCase() });
    }
  }
  if (!blocks.length) return recipients;
  return recipients.map((r) => {
    if (r.remoteMta || !r.address) return r;
    const wanted = `<${r.address.value.toLowerCase()}>`;
    const block = blocks.find((b) => b.text.includes(`rcpt to:${wanted}`));
    if (!block) return r;
    const c = copyRecipient(r);
    c.remoteMta = block.host;
    return c;
  });
}

/** The next command of the dialogue, or the next host's: where one RCPT's answer ends. */
const RE_NEXT_TURN = /\s(?:>>> |\.\.\. while talking to )/i;

/**
 * Several recipients whose words are the one transcript (their entries give no "(reason: …)":
 * each takes the paragraph under the list), which holds a ">>> RCPT To:<address>" for each: each
 * recipient's words are its own turn of the dialogue, from its RCPT to the next command, so that
 * one address is never read by another's reply (sendmail deliver.c writes ">>> " before each
 * command it sent and "<<< " before each reply line).
 */
function ownDialogue(recipients: RawRecipient[]): RawRecipient[] {
  if (recipients.length < 2) return recipients;
  const turns = (text: string): number => text.toLowerCase().split('>>> rcpt to:').length - 1;
  return recipients.map((r) => {
    const words = r.diagnostic;
    if (!r.address || !words || turns(words.text) < 2) return r;
    const lower = words.text.toLowerCase();
    const at = lower.indexOf(`>>> rcpt to:<${r.address.value.toLowerCase()}>`);
    if (at === -1) return r;
    const next = RE_NEXT_TURN.exec(words.text.slice(at + 4));
    const end = next ? at + 4 + next.index : words.text.length;
    // (Copied field by field, not spread: see copyRecipient.)
    const c = copyRecipient(r);
    c.diagnostic = words.slice(at, end);
    // With PIPELINING (RFC 2920 §3.1) the client sends its RCPTs and DATA in one go and the
    // replies follow all of them, in the commands' order, each naming its address ("<<< 552 5.2.2
    // <a@…>... Mailbox full", "<<< 550 5.1.1 <b@…>... User unknown"): a turn with no reply takes
    // the reply that names its address, answering its RCPT (audit32 round).
    if (lower.slice(at, end).indexOf('<<< ') === -1) {
      const own = ownPipelinedReply(lower, `<${r.address.value.toLowerCase()}>`);
      if (own) {
        c.diagnostic = words.slice(own[0], own[1]);
        const [s, e] = words.span(at + 4, at + 8);
        c.command = { value: 'RCPT', start: s, end: e };
      }
    }
    return c;
  });
}

/** The reply of a transcript (its "<<< " lines, joined or not) that names `named` ("<addr>"), to the next reply: [start, end), or null. */
function ownPipelinedReply(lower: string, named: string): [number, number] | null {
  for (let at = lower.indexOf('<<< '); at !== -1; ) {
    const next = lower.indexOf('<<< ', at + 4);
    const end = next === -1 ? lower.length : next;
    const reply = lower.slice(at, end);
    if (/^<<< [245]\d\d[ -]/.test(reply) && reply.includes(named)) return [at, end];
    at = next;
  }
  return null;
}

export const sendmail: Format = {
  id: 'sendmail',
  label: 'Sendmail',
  reference: 'https://www.proofpoint.com/us/products/email-protection/open-source-email-solution',
  // Cheap Subject tests first: the order of the tests does not change the answer.
  // (The shorter headings hold the longer ones.)
  needs: ['permanent fatal errors -----', '----- transcript of session follows'],
  needsSubject: ['returned mail:', 'warning: could not send message'],
  detect: (scan) =>
    subject(scan).startsWith('returned mail:') ||
    subject(scan).startsWith('warning: could not send message') ||
    headHas(scan, '----- the following addresses had permanent fatal errors -----') ||
    headHas(scan, '----- transcript of session follows -----') ||
    // (The same headings broken over lines by a narrow view's copy.)
    headHas(scan, 'permanent fatal errors -----') ||
    headHas(scan, '----- transcript of session follows'),
  parse(input) {
    const r = parseSendmail(input);
    return r ? { ...r, recipients: ownDialogue(withTalkingTo(input.scan, r.recipients)) } : r;
  },
};

function parseSendmail(input: Parameters<Format['parse']>[0]): ReturnType<Format['parse']> {
    const sc = input.scan;
    // sendmail's delay warning: the subject, or its banner and "Will keep trying" when pasted.
    const delayed =
      subject(sc).startsWith('warning: could not send message') ||
      headHas(sc, 'this is a warning message only') ||
      headHas(sc, 'will keep trying until message is');
    const r = fromText(input, { delayed });
    if (r) r.recipients = withTranscript(sc, r.recipients.map(withoutHeading));
    if (r && r.recipients.some((x) => x.address)) return { ...r, recipients: markPrograms(sc, r.recipients) };
    const listed = withTranscript(sc, fatalList(sc));
    if (listed.length) return { recipients: markPrograms(sc, listed), ...(delayed ? { delayed } : {}) };
    if (r && r.recipients.length) return { ...r, recipients: markPrograms(sc, withDeferred(sc, r.recipients)) };
    const transcript = paragraphAfter(sc, RE_TRANSCRIPT);
    if (transcript) return { recipients: markPrograms(sc, withDiagnostic(sc, transcript)) };
    if (r) return { ...r, recipients: markPrograms(sc, r.recipients) };
    const programs = markPrograms(sc, []);
    return programs.length ? { recipients: programs } : r;
}
