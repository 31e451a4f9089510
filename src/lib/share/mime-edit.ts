/**
 * Rewriting a raw message part by part, for sharing: the parts of a message as ranges of
 * the text, and a way to splice replacements into it. Pure TypeScript (no DOM), so it runs
 * in the page, in workers and in Node tests.
 */
import { looksLikeMessage, parseMime, type MimePart } from '../core/parse/mime.ts';
import { splitMbox } from '../core/parse/mbox.ts';

/** A part whose body is a leaf (not multipart, not an embedded message), with its message's offset. */
export interface Leaf {
  part: MimePart;
  /** Offsets of the body in the whole text. */
  bodyStart: number;
  bodyEnd: number;
  /** Offsets of the part's header fields in the whole text (start of its first field .. end of its last). */
  headerFields: { name: string; start: number; end: number }[];
  /** The leaf sits inside an embedded message (the returned original). */
  inReturned: boolean;
  /** The leaf is text/html beside a text/plain alternative (readers take the plain one). */
  htmlAlternative: boolean;
}

export interface MessageLayout {
  /** Each message of the text (one, or several for an mbox) with its parts. */
  messages: { start: number; end: number; root: MimePart; leaves: Leaf[]; returnedBodies: { start: number; end: number }[] }[];
}

/** Types whose body is an embedded message. */
const EMBEDDED = new Set(['message/rfc822', 'message/global', 'message/partial']);

/**
 * The MIME layout of a text, or null when it is not a raw message (pasted text is read
 * as it is). `binary`: the chars are bytes of a file that was not UTF-8.
 */
export function messageLayout(text: string, binary = false): MessageLayout | null {
  const split = splitMbox(text);
  const out: MessageLayout = { messages: [] };
  for (const range of split.messages) {
    const raw = text.slice(range.start, range.end);
    const offset = /^(?:[ \t]*\r?\n|[ \t]*\r)*/.exec(raw)?.[0].length ?? 0;
    const body = offset ? raw.slice(offset) : raw;
    if (!looksLikeMessage(body)) continue;
    const base = range.start + offset;
    const parsed = parseMime(body, { binary, parseEmbedded: true });
    const leaves: Leaf[] = [];
    const returnedBodies: { start: number; end: number }[] = [];
    const visit = (part: MimePart, inReturned: boolean, parent: MimePart | null): void => {
      const type = part.contentType.type;
      // An embedded message sent with a transfer encoding (which RFC 2046 forbids, yet some
      // servers do) is one encoded body: a leaf.
      if (EMBEDDED.has(type) && (part.encoding === 'base64' || part.encoding === 'quoted-printable')) {
        leaves.push({
          part,
          bodyStart: base + part.bodyStart,
          bodyEnd: base + part.bodyEnd,
          headerFields: part.headers.map((h) => ({ name: h.name, start: base + h.start, end: base + h.end })),
          inReturned,
          htmlAlternative: false,
        });
        return;
      }
      if (EMBEDDED.has(type)) {
        const embedded = part.children[0];
        if (embedded) {
          returnedBodies.push({ start: base + embedded.bodyStart, end: base + embedded.bodyEnd });
          visit(embedded, true, part);
        }
        return;
      }
      if (part.children.length) {
        for (const child of part.children) visit(child, inReturned, part);
        return;
      }
      leaves.push({
        part,
        bodyStart: base + part.bodyStart,
        bodyEnd: base + part.bodyEnd,
        headerFields: part.headers.map((h) => ({ name: h.name, start: base + h.start, end: base + h.end })),
        inReturned,
        htmlAlternative:
          type === 'text/html' &&
          parent?.contentType.type === 'multipart/alternative' &&
          parent.children.some((c) => c.contentType.type === 'text/plain'),
      });
    };
    visit(parsed.root, false, null);
    out.messages.push({ start: base, end: range.end, root: parsed.root, leaves, returnedBodies });
  }
  return out.messages.length ? out : null;
}


/** A replacement of text[start, end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping edits (any order); `between` transforms the untouched stretches
 * (the identity by default). Overlapping edits: the one that starts first wins.
 */
export function applyEdits(
  text: string,
  edits: readonly Edit[],
  between: (stretch: string, start: number) => string = (s) => s,
): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += between(text.slice(at, e.start), at) + e.text;
    at = e.end;
  }
  return out + between(text.slice(at), at);
}

/** The line break a stretch of text uses ("\r\n" when it has any CRLF). */
export function lineBreakOf(text: string): string {
  const i = text.indexOf('\n');
  if (i > 0 && text.charCodeAt(i - 1) === 13) return '\r\n';
  if (i < 0 && text.indexOf('\r') >= 0) return '\r';
  return '\n';
}
