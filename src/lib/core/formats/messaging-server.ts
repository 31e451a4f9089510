/**
 * Oracle Communications Messaging Server (formerly Sun Java System Messaging Server,
 * iPlanet, and PMDF before them; iCloud's outbound servers run it) notices, subject
 * "Delivery Notification: Delivery has failed" (or "... has been delayed"):
 *
 *   This report relates to a message you sent with the following header fields:
 *     Message-id: <...>   Date: ...   From: ...   To: ...   Subject: ...
 *   Your message cannot be delivered to the following recipients:
 *     Recipient address: nobody@example.org
 *     Original address: alias@example.org          (sometimes)
 *     Reason: Remote SMTP server has rejected address
 *     Diagnostic code: smtp;550 5.1.1 <nobody@example.org>... User Unknown
 *     Remote system: dns;mx.example.org (TCP|192.0.2.1|47323|192.0.2.2|25) (...)
 *
 * then usually an RFC 3464 part. Each "Recipient address:" starts a recipient; the
 * remote server's words are the "Diagnostic code", else the server's own "Reason".
 * Learnt from these notices and the product's documentation of its DSN texts.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, headHas } from './common.ts';
import { splitLines, isBlank } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { TextView } from '../text/view.ts';
import { dropRepeatedPrefixes } from '../read/diagnostic.ts';
import { isReturnedStart } from '../read/text-blocks.ts';

const RE_FIELD = /^[ \t]*(recipient address|original address|reason|diagnostic code|remote system)[ \t]*:[ \t]*/i;

interface Entry {
  address: RawRecipient['address'];
  fields: Map<string, { start: number; end: number }>;
}

function entries(scan: Scan): Entry[] {
  const doc = scan.document;
  const out: Entry[] = [];
  for (const range of scan.bodies) {
    let current: Entry | null = null;
    let last: { start: number; end: number } | null = null;
    for (const line of splitLines(doc, range.start, range.end)) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 400));
      if (isReturnedStart(text)) break;
      if (isBlank(doc, line)) {
        last = null;
        continue;
      }
      const m = RE_FIELD.exec(text);
      if (m) {
        const name = m[1].toLowerCase();
        const value = { start: line.start + m[0].length, end: line.end };
        if (name === 'recipient address') {
          const a = firstAddress(doc, value.start, value.end);
          current = { address: a ? { value: a.address, start: a.start, end: a.end } : null, fields: new Map() };
          out.push(current);
        }
        if (current && !current.fields.has(name)) current.fields.set(name, value);
        last = current ? value : null;
        continue;
      }
      // A wrapped value goes on, indented deeper than the field names, or (a narrow view's copy,
      // which drops that indentation) on the next line of the same block, no field name on it.
      if (last) {
        last.end = line.end;
        // (The address itself broken onto the next line by a narrow view: "Recipient address:" / "<addr>".)
        if (current && current.address === null && current.fields.get('recipient address') === last) {
          const a = firstAddress(doc, line.start, line.end);
          if (a) current.address = { value: a.address, start: a.start, end: a.end };
        }
        continue;
      }
      last = null;
    }
    if (out.length) break;
  }
  return out;
}

function toRecipient(doc: string, e: Entry): RawRecipient {
  const rcpt: RawRecipient = { address: e.address };
  const code = e.fields.get('diagnostic code');
  const reason = e.fields.get('reason');
  const source = code ?? reason;
  if (source) {
    let start = source.start;
    const typed = /^[a-z-]+;\s*/i.exec(doc.slice(start, source.end));
    if (code && typed) start += typed[0].length;
    const view = new TextView().append(doc, start, source.end);
    if (view.length) rcpt.diagnostic = dropRepeatedPrefixes(view);
  }
  const remote = e.fields.get('remote system');
  if (remote) {
    const host = /^(?:dns;\s*)?([^\s(]+)/i.exec(doc.slice(remote.start, remote.end));
    if (host) {
      const s = remote.start + host[0].length - host[1].length;
      rcpt.remoteMta = { value: host[1], start: s, end: s + host[1].length };
    }
  }
  const original = e.fields.get('original address');
  if (original) {
    const a = firstAddress(doc, original.start, original.end);
    if (a) rcpt.originalRecipient = { value: a.address, start: a.start, end: a.end };
  }
  // "Reason: Server rejected MAIL FROM address" names the stage.
  const mailFrom = reason ? /\bmail from\b/i.exec(doc.slice(reason.start, reason.end)) : null;
  if (reason && mailFrom) {
    const s = reason.start + mailFrom.index;
    rcpt.command = { value: 'MAIL', start: s, end: s + mailFrom[0].length };
  } else if (code) {
    const c = findCommand(doc, code.start, code.end);
    if (c) rcpt.command = c;
  }
  return rcpt;
}

export const messagingServer: Format = {
  id: 'messaging-server',
  label: 'Oracle Communications Messaging Server',
  reference: 'https://docs.oracle.com/en/industries/communications/messaging-server/',
  // (The opening's first words only: a narrow view breaks the sentence after them.)
  needs: ['this report relates to a message you'],
  detect: (scan) => headHas(scan, 'this report relates to a message you'),
  parse(input) {
    const doc = input.scan.document;
    const list = entries(input.scan);
    if (list.length === 0) return input.dsn.recipients.length ? { recipients: [] } : null;
    const delayed = /has been delayed|undeliverable for|will continue to try/.test(bodyHead(input.scan));
    return { recipients: list.map((e) => toRecipient(doc, e)), ...(delayed ? { delayed: true } : {}) };
  },
};
