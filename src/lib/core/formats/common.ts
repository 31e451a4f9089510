/**
 * Small pieces the format modules share.
 */
import type { Scan } from '../scan.ts';
import { header } from '../scan.ts';
import type { FormatInput, FormatResult, RawRecipient } from './types.ts';
import { readTextBlocks, errorParagraph, headerRecipients } from '../read/text-blocks.ts';
import { findCommand } from '../read/command.ts';
import { firstAddress, findAddresses } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { eachLine, splitLines, isBlank, type Line } from '../text/lines.ts';
import type { TextView } from '../text/view.ts';

const headCache = new WeakMap<Scan, string>();

/** The first few KB of the human-readable text, lower-cased (for cheap detection). */
export function bodyHead(scan: Scan): string {
  let head = headCache.get(scan);
  if (head === undefined) {
    head = '';
    for (const r of scan.bodies) {
      head += scan.document.slice(r.start, Math.min(r.end, r.start + 1500)).toLowerCase() + '\n';
      if (head.length > 1500) break;
    }
    headCache.set(scan, head);
  }
  return head;
}

/** The Subject, lower-cased (read once by the scan: every format's detect asks). */
export function subject(scan: Scan): string {
  return scan.subjectLower;
}

/** The From, lower-cased. */
export function from(scan: Scan): string {
  return scan.fromLower;
}

export function hasHeader(scan: Scan, name: string): boolean {
  return header(scan.headers, name) !== undefined;
}

/**
 * The usual way to read a human-readable bounce: address-led blocks; failing that, the
 * paragraph holding the SMTP reply, for the recipients the headers name.
 */
export function textRecipients({ scan }: FormatInput): RawRecipient[] {
  const blocks = readTextBlocks(scan);
  if (blocks.length) return blocks;
  const para = errorParagraph(scan);
  if (!para) return [];
  const [s, e] = para.whole();
  const command = findCommand(scan.document, s, e) ?? undefined;
  const named = headerRecipients(scan);
  if (named.length === 0) return [{ address: null, diagnostic: para, command }];
  return named.map((r) => ({ ...r, diagnostic: para, command }));
}

/** A result from text recipients, or null when there are none. */
export function fromText(input: FormatInput, extra: Partial<FormatResult> = {}): FormatResult | null {
  const recipients = textRecipients(input);
  if (recipients.length === 0 && input.dsn.recipients.length === 0) return null;
  return { recipients, ...extra };
}

/**
 * The words after a marker line such as "The response from the remote server was:":
 * the rest of that line, then the next paragraph (skipping blank lines right after it).
 */
export function paragraphAfter(scan: Scan, marker: RegExp): TextView | null {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const text = doc.slice(range.start, range.end);
    const m = marker.exec(text);
    if (!m) continue;
    const from = range.start + m.index + m[0].length;
    const lines: Line[] = [];
    let started = false;
    for (const line of eachLine(doc, from, range.end)) {
      if (isBlank(doc, line)) {
        if (started) break;
        continue;
      }
      started = true;
      lines.push(line);
    }
    if (lines.length) return viewOfLines(doc, lines);
  }
  return null;
}

/** Recipients named by headers or by the first address after a marker, all with one diagnostic. */
export function withDiagnostic(scan: Scan, diagnostic: TextView, addressMarker?: RegExp): RawRecipient[] {
  const [s, e] = diagnostic.whole();
  const command = findCommand(scan.document, s, e) ?? undefined;
  let named = headerRecipients(scan);
  if (named.length === 0 && addressMarker) {
    for (const range of scan.bodies) {
      const text = scan.document.slice(range.start, range.end);
      const m = addressMarker.exec(text);
      if (!m) continue;
      const a = firstAddress(scan.document, range.start + m.index, range.end);
      if (a) named = [{ address: { value: a.address, start: a.start, end: a.end } }];
      break;
    }
  }
  if (named.length === 0) {
    // Last resort: the first address in the text before the server's words that is not the
    // bounce's own sender ("Your message to nobody@example.org couldn't be delivered").
    const own = (header(scan.headers, 'to')?.value ?? '').toLowerCase();
    for (const range of scan.bodies) {
      if (range.start > s) break;
      for (const a of findAddresses(scan.document, range.start, Math.min(range.end, s))) {
        if (own.includes(a.address.toLowerCase())) continue;
        named = [{ address: { value: a.address, start: a.start, end: a.end } }];
        break;
      }
      if (named.length) break;
    }
  }
  if (named.length === 0) return [{ address: null, diagnostic, command }];
  return named.map((r) => ({ ...r, diagnostic, command }));
}

/**
 * For each human-readable part where `marker` occurs, the lines from the end of the match
 * to the end of that part: the shared opening of "find the heading, read what follows".
 */
export function* linesAfter(scan: Scan, marker: RegExp): Generator<Line[]> {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const m = marker.exec(doc.slice(range.start, range.end));
    if (m) yield splitLines(doc, range.start + m.index + m[0].length, range.end);
  }
}
