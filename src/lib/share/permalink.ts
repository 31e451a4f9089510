/**
 * Permalinks: what is in the paste box, carried in the URL fragment (the part after `#`,
 * which browsers never send to a server).
 *
 *   #v1.<data>    data = base64url (no padding) of deflate-raw (RFC 1951) of the UTF-8 JSON
 *                 {"v":1,"input":…,"crc":…,"file"?:{"name":…,"binary"?:true},"view"?:{"pinned"?:n,"message"?:n}}
 *
 * - `input`: the text in the box. With `file.binary` each char is one byte (U+0000–U+00FF)
 *   of a file that was not UTF-8, so its bytes are explained exactly as they were.
 * - `crc`: CRC-32 (hex) of the UTF-8 of `input`; deflate has no checksum of its own, so this
 *   is how a damaged link is told from a bounce that merely looks odd.
 * - `file`: the input came from a file (its name; "" when it was withheld).
 * - `view`: what the page showed: the recipient whose evidence was pinned; in an mbox file,
 *   the message explained. (Readers ignore view fields they do not know.)
 *
 * Version 1 links keep decoding forever: tests/fixtures/permalinks holds frozen ones. A
 * change of layout is a new version (`v2.`), and this module keeps reading `v1.`.
 * Works in browsers and in Node 20 (CompressionStream and DecompressionStream are global in both).
 */

import type { SharedInput, SharedView } from './types.ts';

export type { SharedInput, SharedView } from './types.ts';

export const PERMALINK_VERSION = 1;

/** Decoded links never expand beyond this (a tampered link could otherwise inflate without end). */
export const MAX_DECODED_BYTES = 16 * 1024 * 1024;

export type LinkProblem = 'not-a-link' | 'unknown-version' | 'damaged' | 'too-large';

export type DecodeResult = { ok: true; shared: SharedInput } | { ok: false; problem: LinkProblem; message: string };

const MESSAGES: Record<LinkProblem, string> = {
  'not-a-link': 'This address does not hold a shared bounce.',
  'unknown-version':
    'This link was made by a newer version of Bounce Explainer than this one. Reload the page to get the newest version, then open the link again.',
  damaged:
    'This link is damaged: it was probably cut short or changed when it was copied. Ask for the link again, or for the bounce itself.',
  'too-large': 'This link would expand to more than 16 MB, which no bounce needs; it was not opened.',
};

function problem(kind: LinkProblem): DecodeResult {
  return { ok: false, problem: kind, message: MESSAGES[kind] };
}

// ---------------------------------------------------------------------------------------
// Encoding

/** `v1.<data>`: the fragment for this input, without the `#`. */
export async function encodePermalink(shared: SharedInput): Promise<string> {
  const payload: Record<string, unknown> = { v: PERMALINK_VERSION, input: shared.input, crc: crcHex(shared.input) };
  if (shared.file) payload.file = shared.file.binary ? { name: shared.file.name, binary: true } : { name: shared.file.name };
  const view: Record<string, number> = {};
  if (shared.view?.pinned !== undefined) view.pinned = shared.view.pinned;
  if (shared.view?.message !== undefined) view.message = shared.view.message;
  if (Object.keys(view).length) payload.view = view;
  const compressed = await deflateRaw(new TextEncoder().encode(JSON.stringify(payload)));
  return `v${PERMALINK_VERSION}.${toBase64Url(compressed)}`;
}

// ---------------------------------------------------------------------------------------
// Decoding

/**
 * Reads a fragment (with or without the `#`). Never throws: a fragment that is cut short,
 * changed, of an unknown version or too large gives a problem and a message to show.
 */
export async function decodePermalink(fragment: string): Promise<DecodeResult> {
  try {
    return await decode(fragment);
  } catch {
    return problem('damaged');
  }
}

async function decode(fragment: string): Promise<DecodeResult> {
  // Links pasted from mail may be wrapped over lines.
  const text = fragment.replace(/^#/, '').replace(/\s+/g, '');
  const head = /^v(\d+)\./.exec(text);
  if (!head) return problem('not-a-link');
  if (head[1] !== '1') return problem(Number(head[1]) > PERMALINK_VERSION ? 'unknown-version' : 'not-a-link');
  const bytes = fromBase64Url(text.slice(head[0].length));
  if (!bytes || bytes.length === 0) return problem('damaged');
  const inflated = await inflateRaw(bytes, MAX_DECODED_BYTES);
  if (inflated === 'too-large') return problem('too-large');
  if (!inflated) return problem('damaged');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return problem('damaged');
  }
  const shared = readPayloadV1(json);
  return shared ? { ok: true, shared } : problem('damaged');
}

/** The v1 payload, checked field by field; null when anything is off. Unknown fields are ignored. */
function readPayloadV1(json: string): SharedInput | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.v !== 1 || typeof data.input !== 'string' || typeof data.crc !== 'string') return null;
  if (data.crc !== crcHex(data.input)) return null;
  const shared: SharedInput = { input: data.input };
  if (data.file !== undefined) {
    const file = data.file;
    if (!isRecord(file) || typeof file.name !== 'string') return null;
    if (file.binary !== undefined && file.binary !== true) return null;
    if (file.binary && /[^\x00-\xff]/.test(data.input)) return null;
    shared.file = file.binary ? { name: file.name, binary: true } : { name: file.name };
  }
  if (data.view !== undefined) {
    if (!isRecord(data.view)) return null;
    const view: SharedView = {};
    for (const key of ['pinned', 'message'] as const) {
      const value = data.view[key];
      if (value === undefined) continue;
      if (!(Number.isInteger(value) && (value as number) >= 0)) return null;
      view[key] = value as number;
    }
    shared.view = view;
  }
  return shared;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------
// Files: the bytes a shared input stands for

/** The bytes of a shared file: the UTF-8 of the text, or the text's chars as bytes when binary. */
export function sharedFileBytes(shared: SharedInput): Uint8Array {
  if (!shared.file?.binary) return new TextEncoder().encode(shared.input);
  const bytes = new Uint8Array(shared.input.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = shared.input.charCodeAt(i);
  return bytes;
}

/** How a file's bytes travel in a link: as text when they are UTF-8, else one char per byte. */
export function fileInput(name: string, bytes: Uint8Array): SharedInput {
  try {
    return { input: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), file: { name } };
  } catch {
    let input = '';
    for (let i = 0; i < bytes.length; i += 0x8000) input += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { input, file: { name, binary: true } };
  }
}

// ---------------------------------------------------------------------------------------
// Compression

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflated bytes; null when the data is not a whole deflate stream; 'too-large' past the cap. */
async function inflateRaw(bytes: Uint8Array, cap: number): Promise<Uint8Array | null | 'too-large'> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        void reader.cancel().catch(() => {});
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return null; // cut short, or not deflate data at all
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// base64url (RFC 4648 §5), without padding

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    line += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (left > 1) line += ALPHABET[(n >> 6) & 63];
    if (left > 2) line += ALPHABET[n & 63];
    if (line.length >= 4096) {
      out.push(line);
      line = '';
    }
  }
  out.push(line);
  return out.join('');
}

/** The bytes, or null when the text is not base64url (wrong character or impossible length). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c] : -1;
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// CRC-32 (the one zip and PNG use) of the UTF-8 of a string

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function crcHex(text: string): string {
  return crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
}
