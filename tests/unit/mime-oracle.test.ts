/**
 * Differential test: our MIME reader against postal-mime (used here only as an oracle) on
 * every message of the shared corpus. For each file both must give the same text/plain
 * content of the top-level message and the same delivery-status parts.
 *
 * Where the two readers differ by design, a general rule below makes them comparable;
 * no rule names a file. The rules, and why:
 *
 *  1. Returned messages. We read the header block of a message/rfc822 part but never
 *     decode its body into the top-level text; postal-mime inlines such parts unless told
 *     not to. It runs with `forceRfc822Attachments: true`.
 *  2. Oracle input. postal-mime splits lines on LF only, ends a field at any line without
 *     leading blanks and takes the whole Content-Type value up to ';' as the type. Our
 *     reader accepts a lone CR as a line end, joins a `name=value` line that follows a
 *     field ending in ';' (a fold that lost its indent) and reads `text/plain charset=x`
 *     (a missing ';'). The oracle gets a copy of the bytes with those three shapes written
 *     the strict way: lone CR → LF, the lost indent restored, the ';' inserted.
 *  3. Text assembly. postal-mime groups inline text parts (text/plain, text/html, not
 *     Content-Disposition: attachment) by their nearest multipart/alternative, takes the
 *     text/plain parts of each group, renders HTML-only groups with its own converter and
 *     joins everything with newlines. We assemble our parts the same way; an HTML-only
 *     group matches anything (the two HTML converters differ on purpose).
 *  4. Whitespace. Texts are compared with line ends and runs of ASCII blanks collapsed to
 *     one space, trimmed: postal-mime re-joins lines with LF and undoes format=flowed.
 *  5. Undecodable charsets. When the oracle's output holds U+FFFD its declared charset did
 *     not fit the bytes (mislabelled or broken). We fall back differently on purpose:
 *     Unicode input stays as it is, 8-bit bytes under ISO-2022-JP are tried as UTF-8,
 *     EUC-JP and Shift_JIS, invalid UTF-8 reads as latin1. Such texts are compared with
 *     every run of non-ASCII characters replaced by one placeholder on both sides, so the
 *     ASCII text (addresses, codes, diagnostics) must still agree exactly.
 *  7. Blanks after a soft line break. RFC 2045 §6.7 (3) deletes trailing blanks of an encoded
 *     line, so "=  " at a line end is a soft break; postal-mime keeps the '=' and the break.
 *     The oracle's copy has those blanks removed (with rule 2's rewrites).
 *  8. Bytes the label does not describe. Under us-ascii or ISO-2022-JP, 8-bit bytes are read
 *     by us as UTF-8 (and Shift_JIS / EUC-JP), under unknown-8bit as UTF-8, and UTF-7 labels
 *     as UTF-7, and ISO-2022-JP escapes under no label or us-ascii as ISO-2022-JP; postal-mime
 *     reads latin1 or leaves UTF-7 and the escapes as they are. ISO-2022-KR and HZ-GB-2312
 *     (RFC 1557, RFC 1843; WHATWG maps them to its "replacement" encoding) are decoded by us.
 *     Bytes a Japanese, Chinese or Korean label does not fit (postal-mime's text holds
 *     U+FFFD) are read by us as UTF-8 or the other Japanese encoding they are valid in; EUC-CN
 *     (no WHATWG label) as GB2312; KOI8-R under windows-1251 and ISO-8859-2 under windows-1250
 *     and the reverse, where the label's reading shows the sibling's signs, in the sibling. A
 *     message with such a part whose readings differ is not compared (the trust cases check
 *     what we read there).
 *  9. UTF-16 files. A message saved as UTF-16 (Notepad's "Unicode") is read by the engine as
 *     its text (scan.ts); postal-mime reads bytes as 8-bit. Both readers get the text as UTF-8.
 * 10. uuencode. A body with Content-Transfer-Encoding x-uuencode (not in RFC 2045, written by
 *     old gateways) is decoded by us; postal-mime gives its encoded lines. The oracle's text of
 *     such a message is decoded with the same uuencode reader before comparing (so the parts,
 *     their boundaries and headers must still agree).
 *  6. windows-1252 in Node. Node's TextDecoder('windows-1252') decodes bytes 0x80-0x9F as
 *     C1 control characters (plain ISO-8859-1); we use the WHATWG table as browsers do
 *     (0x92 is a right single quote). C1 controls in the oracle's output are mapped
 *     through that table before comparing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBody, parseMime, type MimePart } from '../../src/lib/core/parse/mime.ts';
import { splitMbox } from '../../src/lib/core/parse/mbox.ts';
import { decodeUuencode, WINDOWS_1252_HIGH } from '../../src/lib/core/parse/transfer-decoding.ts';
import { CORPUS_EMAILS, HAVE_CORPUS, NO_CORPUS_MESSAGE, ROOT } from '../helpers/shared.ts';

if (!HAVE_CORPUS) console.warn(NO_CORPUS_MESSAGE);

const FILES = HAVE_CORPUS ? readdirSync(CORPUS_EMAILS).filter((f) => f.endsWith('.eml')).sort() : [];

/** Stands for the text of an HTML-only group in our assembly (rule 3). */
const ANY = Symbol('html-only group');
type Segment = string | typeof ANY;

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const EMBEDDED_TYPES = new Set(['message/rfc822', 'message/global']);

/** Counts of how often each rule changed something, printed at the end. */
const applied = { utf16: 0, uuencode: 0, crToLf: 0, lostIndent: 0, missingSemicolon: 0, qpBlanksAfterSoftBreak: 0, unlabelledBytes: 0, htmlOnlyGroup: 0, undecodableCharset: 0, c1AsWindows1252: 0 };

/** Bytes → string the way the engine does: strict UTF-8, else one char per byte. */
function readInput(bytes: Uint8Array): { raw: string; binary: boolean } {
  try {
    return { raw: new TextDecoder('utf-8', { fatal: true }).decode(bytes), binary: false };
  } catch {
    let raw = '';
    for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { raw, binary: true };
  }
}

function disposition(part: MimePart): string {
  const h = part.headers.find((f) => f.name === 'content-disposition');
  return h ? h.value.split(';')[0].trim().toLowerCase() : '';
}

/** Our side: the text segments (rule 3) and the delivery-status texts, top-level message only. */
function readOurs(raw: string, binary: boolean): { segments: Segment[]; dsn: string[] } {
  const groups = new Map<MimePart, { plain: string[]; html: number }>();
  const dsn: string[] = [];
  const visit = (part: MimePart, alternative: MimePart | null): void => {
    const type = part.contentType.type;
    if (EMBEDDED_TYPES.has(type)) return; // a returned message: not part of the top-level text
    if ((type === 'text/plain' || type === 'text/html') && part.children.length === 0 && disposition(part) !== 'attachment') {
      const key = alternative ?? part;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { plain: [], html: 0 }));
      if (type === 'text/plain') group.plain.push(decodeBody(raw, part, { binary }).text);
      else group.html++;
    }
    if (DSN_TYPES.has(type)) dsn.push(decodeBody(raw, part, { binary }).text);
    const next = type === 'multipart/alternative' ? part : alternative;
    for (const child of part.children) visit(child, next);
  };
  visit(parseMime(raw, { binary }).root, null);
  const segments: Segment[] = [];
  if ([...groups.values()].some((g) => g.plain.length > 0)) {
    for (const g of groups.values()) {
      if (g.plain.length) segments.push(...g.plain);
      else for (let i = 0; i < g.html; i++) segments.push(ANY);
    }
  }
  return { segments, dsn };
}

/** The oracle's copy of the input (rule 2). */
function oracleInput(bytes: Uint8Array): Uint8Array {
  let original = '';
  for (let i = 0; i < bytes.length; i += 0x8000) original += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  let s = original;
  const step = (re: RegExp, to: string, key: 'crToLf' | 'lostIndent' | 'missingSemicolon' | 'qpBlanksAfterSoftBreak'): void => {
    const next = s.replace(re, to);
    if (next !== s) applied[key]++;
    s = next;
  };
  step(/\r(?!\n)/g, '\n', 'crToLf');
  step(/=[ \t]+(\r?\n)/g, '=$1', 'qpBlanksAfterSoftBreak');
  step(/(;[ \t]*)(\r?\n)(?=[A-Za-z0-9_.*-]+[ \t]*=[^:\r\n]*(?:\r?\n|$))/g, '$1$2 ', 'lostIndent');
  step(/^(Content-Type:[ \t]*[A-Za-z0-9.+-]+\/[A-Za-z0-9.+-]+)(?=[ \t]*(?:\r?\n[ \t]+)?[A-Za-z0-9_.*-]+[ \t]*=)/gim, '$1;', 'missingSemicolon');
  if (s === original) return bytes;
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** Rule 6: C1 controls as their windows-1252 meaning. */
const C1 = /[\u0080-\u009f]/;
const fixC1 = (s: string): string => s.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);

const collapse = (s: string): string => s.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
const maskNonAscii = (s: string): string => s.replace(/[^\x00-\x7f]+/g, '\u2026');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the oracle's text match our segments under rules 3-5? */
function agrees(segments: Segment[], oracle: string, masked: boolean): boolean {
  const norm = (s: string): string => collapse(masked ? maskNonAscii(s) : s);
  const target = norm(oracle);
  if (!segments.includes(ANY)) return target === norm((segments as string[]).join('\n'));
  const pattern = segments.map((s) => (s === ANY ? '[\\s\\S]*?' : escapeRegExp(norm(s)))).join('\\s*');
  return new RegExp(`^${pattern}$`).test(target);
}

/** Where two texts first differ, for failure messages. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `at ${i}:\n  oracle: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 80))}\n  ours:   ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 80))}`;
}

/**
 * Rule 8: a part labelled UTF-7, unknown-8bit, ISO-2022-KR, HZ-GB-2312 or EUC-CN, ISO-2022-JP escapes,
 * 8-bit bytes in a message with a us-ascii or ISO-2022-JP label, or bytes under an East
 * Asian label that the oracle could not read (`undecodable`: its text holds U+FFFD), or a
 * windows-1251 / KOI8-R / windows-1250 / ISO-8859-2 label whose reading (`oracleText`) shows the sibling's bytes.
 */
function unlabelledBytes(bytes: Uint8Array, undecodable: boolean, oracleText: string): boolean {
  const head = new TextDecoder('latin1').decode(bytes);
  if (/charset\s*=\s*"?(?:unicode-1-1-utf-7|utf-7|unknown-8bit|iso-2022-kr|csiso2022kr|hz-gb-?2312|hz|euc-?cn)(?![\w-])/i.test(head)) return true;
  // A sibling's bytes under the label: the oracle's reading shows Cyrillic words whose case runs backwards, or Polish letters as symbols.
  if (/charset\s*=\s*"?(?:windows-125[01]|koi8-r|iso-8859-2)(?![\w-])/i.test(head) && (/(?:[\u0430-\u044f\u0451][\u0410-\u042f\u0401]{2}[\s\S]*){2}/.test(oracleText) || /\p{L}[\u00b1\u00b6\u00a6\u02c7\u00ac]|[\u00b1\u00b6\u00a6\u02c7\u00ac]\p{L}/u.test(oracleText))) return true;
  if (undecodable && /charset\s*=\s*"?(?:shift_jis|sjis|x-sjis|cp932|windows-31j|euc-jp|x-euc-jp|gb2312|gbk|cp936|big5|euc-kr|ks_c_5601-1987)(?![\w-])/i.test(head)) return true;
  // ISO-2022-JP escapes (ESC $ B, ESC $ @) in a part with no label or a us-ascii one: we read them as ISO-2022-JP.
  if (/\x1b\$[B@]/.test(head)) return true;
  return /charset\s*=\s*"?(?:us-ascii|iso-2022-jp)\b/i.test(head) && bytes.some((b) => b >= 0x80);
}

/** Our text and delivery-status parts of these bytes agree with postal-mime's under rules 1-6. */
async function agreesWithOracle(bytes: Uint8Array): Promise<void> {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    // Rule 9.
    applied.utf16++;
    bytes = new TextEncoder().encode(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)));
  }
  const { raw, binary } = readInput(bytes);
  const ours = readOurs(raw, binary);
  const email = await PostalMime.parse(oracleInput(bytes), { attachmentEncoding: 'utf8', forceRfc822Attachments: true });

  let oracleText = email.text ?? '';
  if (/^content-transfer-encoding:[ \t]*x-(?:uuencode|uue)\b/im.test(raw)) {
    // Rule 10.
    applied.uuencode++;
    oracleText = new TextDecoder().decode(decodeUuencode(oracleText));
  }
  let oracleDsn = email.attachments.filter((a) => DSN_TYPES.has(a.mimeType)).map((a) => String(a.content));
  if (C1.test(oracleText) || oracleDsn.some((d) => C1.test(d))) {
    applied.c1AsWindows1252++;
    oracleText = fixC1(oracleText);
    oracleDsn = oracleDsn.map(fixC1);
  }
  const masked = oracleText.includes('\ufffd') || oracleDsn.some((d) => d.includes('\ufffd'));
  if (masked) applied.undecodableCharset++;
  if (ours.segments.includes(ANY)) applied.htmlOnlyGroup++;

  const ourJoined = collapse(ours.segments.map((s) => (s === ANY ? '<html>' : s)).join('\n'));
  const dsnAgrees = ours.dsn.length === oracleDsn.length && oracleDsn.every((d, i) => agrees([ours.dsn[i]], d, masked));
  if (!(agrees(ours.segments, oracleText, masked) && dsnAgrees) && unlabelledBytes(bytes, masked, oracleText)) {
    // Rule 8: the two read such bytes differently on purpose; the message is not compared.
    applied.unlabelledBytes++;
    expect(unlabelledBytes(bytes, masked, oracleText)).toBe(true);
    return;
  }
  expect(agrees(ours.segments, oracleText, masked), `text/plain content differs ${firstDifference(collapse(oracleText), ourJoined)}`).toBe(true);

  expect(ours.dsn.length, 'number of delivery-status parts').toBe(oracleDsn.length);
  oracleDsn.forEach((d, i) => {
    expect(agrees([ours.dsn[i]], d, masked), `delivery-status part ${i} differs ${firstDifference(collapse(d), collapse(ours.dsn[i]))}`).toBe(true);
  });
}

describe.skipIf(!HAVE_CORPUS)('MIME reader agrees with postal-mime on the corpus', () => {
  afterAll(() => {
    console.log(`mime-oracle: ${FILES.length} files; normalisation rules applied: ${JSON.stringify(applied)}`);
  });

  it('has the corpus', () => {
    expect(FILES.length).toBeGreaterThan(400);
  });

  it.each(FILES)('%s', async (file) => {
    await agreesWithOracle(new Uint8Array(readFileSync(join(CORPUS_EMAILS, file))));
  });
});

/** The raw messages of the trust cases (written as real servers send them: legacy charsets, odd MIME), read by both. */
const TRUST_DIR = join(ROOT, 'tests/fixtures/trust');
const TRUST_EMLS = readdirSync(TRUST_DIR).filter((f) => f.endsWith('.eml')).sort();

describe('MIME reader agrees with postal-mime on the raw trust messages', () => {
  it.each(TRUST_EMLS)('%s', async (file) => {
    await agreesWithOracle(new Uint8Array(readFileSync(join(TRUST_DIR, file))));
  });
});

/** Each message of the trust folder's mbox files, as the page and the CLI hand it to the engine. */
const TRUST_MBOX_MESSAGES = readdirSync(TRUST_DIR)
  .filter((f) => f.endsWith('.mbox'))
  .sort()
  .flatMap((file) => {
    const bytes = new Uint8Array(readFileSync(join(TRUST_DIR, file)));
    return splitMbox(new TextDecoder('latin1').decode(bytes)).messages.map((m, i) => [`${file}#${i + 1}`, bytes.slice(m.start, m.end)] as const);
  });

describe('MIME reader agrees with postal-mime on each message of the trust mbox files', () => {
  it('splits them into several messages each', () => {
    expect(TRUST_MBOX_MESSAGES.length).toBeGreaterThanOrEqual(2 * readdirSync(TRUST_DIR).filter((f) => f.endsWith('.mbox')).length);
  });

  it.each(TRUST_MBOX_MESSAGES)('%s', async (_name, bytes) => {
    await agreesWithOracle(bytes);
  });
});
