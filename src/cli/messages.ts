/**
 * Turning a file (or stdin's bytes) into the messages to explain: one for a plain message,
 * one per message for an mbox. Shared by the CLI and the accuracy bench, so both see
 * exactly the same inputs.
 *
 * Files are read in windows, so a multi-gigabyte mbox never has to sit in memory (or in
 * one string, which V8 caps at about 512 MB) as a whole. Bytes are decoded as latin1 for
 * splitting: one character per byte, so the mbox ranges index the bytes directly.
 */
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { LIMITS } from '../lib/core/limits.ts';
import { findNextSeparator, splitMbox } from '../lib/core/parse/mbox.ts';

export interface InputMessage {
  type: 'message';
  /** 1-based position in the mbox; 1 for a plain message. */
  index: number;
  /** True when the input was an mbox (the source is then named `path#index`). */
  isMbox: boolean;
  bytes: Uint8Array;
}

export interface InputNotice {
  type: 'notice';
  /** Something the reader had to leave out, worded for a person. */
  text: string;
}

export type InputItem = InputMessage | InputNotice;

/** Bytes of a file read at once. Anything larger is walked through in windows of this size. */
export const DEFAULT_WINDOW = 64 * 1024 * 1024;
/** Smallest window allowed (it must hold a separator line with room to spare). */
const MIN_WINDOW = 4096;
/** Bytes that consecutive scan windows share, so a separator line cut by a window end is seen whole. */
const OVERLAP = 1100;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Does the first non-blank line start with "From "? (A cheap test before decoding anything.) */
function startsWithFrom(bytes: Uint8Array): boolean {
  // (after a UTF-8 byte order mark, which splitMbox skips too)
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return (
    bytes[i] === 0x46 && bytes[i + 1] === 0x72 && bytes[i + 2] === 0x6f && bytes[i + 3] === 0x6d && bytes[i + 4] === 0x20
  );
}

function capNotice(): InputNotice {
  return {
    type: 'notice',
    text: `stopped after ${LIMITS.maxMboxMessages} messages (the most read from one mbox); the rest were skipped`,
  };
}

/** The messages in bytes already in memory (stdin, tests, benches). */
export function* messagesOfBytes(bytes: Uint8Array): Generator<InputItem> {
  if (!startsWithFrom(bytes)) {
    yield { type: 'message', index: 1, isMbox: false, bytes };
    return;
  }
  const split = splitMbox(latin1(bytes));
  if (!split.isMbox) {
    yield { type: 'message', index: 1, isMbox: false, bytes };
    return;
  }
  let index = 0;
  for (const m of split.messages) yield { type: 'message', index: ++index, isMbox: true, bytes: bytes.subarray(m.start, m.end) };
  if (split.truncated) yield capNotice();
}

/** Explain-ready messages of bytes, as a plain list (for callers that do not stream). */
export function splitMessages(bytes: Uint8Array): InputMessage[] {
  const out: InputMessage[] = [];
  for (const item of messagesOfBytes(bytes)) if (item.type === 'message') out.push(item);
  return out;
}

function readAt(fd: number, position: number, length: number): Uint8Array {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/**
 * The messages of the file at `path`. Throws (when iterated) the file system's error for a
 * file that cannot be read: missing, a directory, no permission.
 */
export function* messagesOfFile(path: string, windowSize = DEFAULT_WINDOW): Generator<InputItem> {
  const window = Math.max(MIN_WINDOW, Math.floor(windowSize));
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      // A pipe, a device or a directory (which fails here with EISDIR): read it whole.
      yield* messagesOfBytes(readFileSync(fd));
      return;
    }
    const size = stat.size;
    if (size <= window) {
      yield* messagesOfBytes(readAt(fd, 0, size));
      return;
    }
    yield* windowedMessages(fd, size, window);
  } finally {
    closeSync(fd);
  }
}

function* windowedMessages(fd: number, size: number, window: number): Generator<InputItem> {
  const first = readAt(fd, 0, window);
  if (!startsWithFrom(first) || !splitMbox(latin1(first)).isMbox) {
    // One huge message. The engine reads only the first LIMITS.maxInputLength bytes (and says
    // so in a warning), so a window's worth, well past that, is all it needs.
    yield { type: 'message', index: 1, isMbox: false, bytes: first };
    return;
  }
  let offset = 0; // file offset of the window, always the start of a separator line (or of the file)
  let index = 0;
  while (offset < size) {
    const win = offset === 0 ? first : readAt(fd, offset, Math.min(window, size - offset));
    if (win.length === 0) return; // the file shrank while we read it
    const atEnd = offset + win.length >= size;
    const { messages } = splitMbox(latin1(win));
    const complete = atEnd ? messages : messages.slice(0, -1);
    for (const m of complete) {
      if (index >= LIMITS.maxMboxMessages) {
        yield capNotice();
        return;
      }
      yield { type: 'message', index: ++index, isMbox: true, bytes: win.subarray(m.start, m.end) };
    }
    if (atEnd) return;
    if (messages.length >= 2) {
      offset += messages[messages.length - 2].end;
      continue;
    }
    // One message fills the whole window. Find where the next one starts, then give the
    // engine this one's bytes as far as the window holds them (far more than it reads).
    if (index >= LIMITS.maxMboxMessages) {
      yield capNotice();
      return;
    }
    const only = messages[0];
    const next = nextSeparatorOffset(fd, size, window, offset + Math.max(only.start, win.length - OVERLAP));
    const end = Math.min(win.length, next - offset);
    yield { type: 'message', index: ++index, isMbox: true, bytes: win.subarray(only.start, end) };
    offset = next;
  }
}

/** File offset of the first separator line (after a blank line) at or after `from`, or `size`. */
function nextSeparatorOffset(fd: number, size: number, window: number, from: number): number {
  // Each scan window starts 3 bytes early: the blank-line test looks at the bytes before "From ".
  let pos = Math.max(0, from - 3);
  while (pos < size) {
    const win = readAt(fd, pos, Math.min(window, size - pos));
    if (win.length === 0) break;
    const p = findNextSeparator(latin1(win), Math.min(3, from - pos));
    if (p !== -1) return pos + p;
    if (pos + win.length >= size) break;
    pos += win.length - OVERLAP;
  }
  return size;
}
