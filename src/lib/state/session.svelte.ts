/**
 * The page's state: what the user pasted, the Report for it, and which recipient card is
 * highlighted. Holds no DOM objects: the engine (a Worker) and storage (IndexedDB, see
 * input-store.ts) come in through the two small interfaces below, so the class can run anywhere.
 */
import type { Report } from '../core/types.ts';
import { splitMbox } from '../core/parse/mbox.ts';

/** Something that explains input, asynchronously (the page uses a Web Worker). */
export interface Explainer {
  /** `lane`: requests of one lane replace each other while they wait; other lanes are left alone. */
  explain(input: string | Uint8Array, lane?: string): Promise<Report>;
  /** Start the engine now (it loads in the background), so that explaining later fetches nothing. */
  warm?(): void;
}

/** What is kept across a reload: the text in the box, and a dropped file's bytes. */
export interface StoredInput {
  text: string;
  file: { name: string; bytes: Uint8Array } | null;
  /** The address (`#v1.…`) this tab last wrote for its input, when the store knows it. */
  link?: string | null;
}

/** Whether the input is kept, and a plain sentence when the user should know something. */
export interface KeepResult {
  kept: boolean;
  note: string | null;
}

/** Where the pasted text is kept so that a reload never loses it. */
export interface TextStore {
  load(): Promise<StoredInput | null>;
  /** Keeps the input (null or an empty text: the box was cleared). */
  save(input: StoredInput | null): Promise<KeepResult>;
  /** Notes the address written for the input, so that a reload can tell its own link from a shared one. */
  noteLink?(hash: string): Promise<void>;
  /**
   * Keeps a copy at once, synchronously, for when the page is hidden or closed while a write
   * has not finished: an asynchronous write may never complete once the page is gone.
   */
  keepNow?(input: StoredInput | null): void;
}

/** A file the user dropped or chose; its bytes went to the engine as they are. */
export interface LoadedFile {
  name: string;
  size: number;
}

/** One message of an mbox file, for the list to pick from. */
export interface MboxMessage {
  start: number;
  end: number;
  subject: string | null;
  from: string | null;
}

/** An mbox file that holds several messages: one is explained, the others can be picked. */
export interface LoadedMbox {
  name: string;
  messages: MboxMessage[];
  /** The message being explained. */
  picked: number;
}

/** How text arrived: typing waits for a pause; a paste, a drop or an example is explained at once. */
export type InputWay = 'typed' | 'pasted';

/** Wait this long after the last keystroke before explaining (typing only). */
export const DEBOUNCE_MS = 150;

/** Messages of one mbox listed to pick from; the rest are counted. */
export const MBOX_LISTED = 500;

/**
 * Texts up to this length are stored on every change (IndexedDB writes are asynchronous and
 * cheap). Copying many megabytes on every keystroke is not, so longer texts are stored once
 * typing pauses, and when the page is hidden or closed (see flush()). Writes never overlap:
 * while one is under way only the newest text waits.
 */
const SAVE_AT_ONCE_LENGTH = 1024 * 1024;
const SAVE_DELAY_MS = 300;

export class Session {
  /** The text in the paste box. */
  input = $state('');
  /** Set while the explanation comes from a file's bytes rather than from the text typed. */
  file = $state<LoadedFile | null>(null);
  /** The Report for the current input; raw because it is large and replaced whole. */
  report = $state.raw<Report | null>(null);
  /** An explanation has been asked for and has not arrived yet. */
  pending = $state(false);
  /** Why the last explanation failed, if it did. */
  error = $state<string | null>(null);
  /** False when the input cannot be kept across a reload. */
  kept = $state(true);
  /** What the user should know about where the input is kept (null when all is well). */
  keepNote = $state<string | null>(null);
  /** The recipient card under the pointer or focus. */
  hovered = $state<number | null>(null);
  /** The recipient card whose evidence the user asked to show. */
  pinned = $state<number | null>(null);
  /** Set when a link's view asked for a recipient's evidence (the page opens it). */
  linkedView = $state<{ pinned: number; serial: number } | null>(null);
  /** The recipient whose evidence is highlighted in the document view. */
  highlighted = $derived(this.hovered ?? this.pinned);
  /** Set while the input is an mbox file with several messages. */
  mbox = $state<LoadedMbox | null>(null);
  /**
   * Counts explanations that arrived for a paste, a file or an example (not for typing):
   * the page brings each such verdict into view.
   */
  arrivals = $state(0);

  #explainer: Explainer;
  #store: TextStore;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The mbox file's bytes, to cut the picked message from. */
  #mboxBytes: Uint8Array | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The bytes of the file being explained (the worker gets a copy). */
  #fileBytes: Uint8Array | null = null;
  /** The write under way, and the newest input waiting for it to finish. */
  #writing: Promise<void> | null = null;
  #waiting: { input: StoredInput | null } | null = null;
  /** Applied to the next Report (a permalink's view). */
  #nextView: { pinned?: number; message?: number } | null = null;
  /** Numbers each explanation; an answer for anything but the newest is dropped. */
  #sequence = 0;

  constructor(explainer: Explainer, store: TextStore) {
    this.#explainer = explainer;
    this.#store = store;
  }

  /** What the store holds (null when nothing, or when it cannot be read). */
  async stored(): Promise<StoredInput | null> {
    try {
      return await this.#store.load();
    } catch {
      return null;
    }
  }

  /** The store, for noting the address written for the input. */
  get store(): TextStore {
    return this.#store;
  }

  /**
   * Bring back the text from before a reload (or `saved`, read already), and explain it at
   * once. Resolves to whether there was any.
   */
  async restore(saved?: StoredInput | null): Promise<boolean> {
    if (saved === undefined) saved = await this.stored();
    // Whatever the user did while storage was being read wins.
    if (!saved || this.input !== '' || this.file) return false;
    if (saved.file) this.loadFile(saved.file.name, saved.file.bytes);
    else if (saved.text) {
      this.input = saved.text;
      void this.#run(saved.text);
    }
    return true;
  }

  /**
   * Show this input (from a permalink or a share sheet) and explain it at once; `view`
   * is applied to the Report when it arrives.
   */
  open(
    text: string,
    file: { name: string; bytes: Uint8Array } | null = null,
    view: { pinned?: number; message?: number } | null = null,
  ): void {
    this.#nextView = view;
    if (file) {
      this.loadFile(file.name, file.bytes);
      return;
    }
    clearTimeout(this.#timer);
    this.input = text;
    this.file = null;
    this.mbox = null;
    this.#mboxBytes = null;
    this.#fileBytes = null;
    this.#save(text);
    if (text.trim() === '') {
      this.#sequence++;
      this.#reset();
      return;
    }
    void this.#run(text, true);
  }

  /** The file's bytes while a file is being explained (for sharing it exactly). */
  get fileBytes(): Uint8Array | null {
    return this.file ? this.#fileBytes : null;
  }

  /**
   * The user typed or pasted: keep the text and explain it, at once for a paste (or an
   * example, or a drop), after a pause in typing otherwise.
   */
  setInput(text: string, way: InputWay = 'typed'): void {
    this.input = text;
    this.file = null;
    this.mbox = null;
    this.#mboxBytes = null;
    this.#fileBytes = null;
    this.#nextView = null;
    this.#save(text);
    clearTimeout(this.#timer);
    this.#sequence++; // whatever is being explained now is for older text
    if (text.trim() === '') {
      this.#reset();
      return;
    }
    this.pending = true;
    if (way === 'pasted') void this.#run(text, true);
    else this.#timer = setTimeout(() => void this.#run(text), DEBOUNCE_MS);
  }

  /**
   * The user dropped or chose a file: show its text, explain its bytes. An mbox with
   * several messages is listed, and its first message explained.
   */
  loadFile(name: string, bytes: Uint8Array): void {
    clearTimeout(this.#timer);
    const text = decodeForDisplay(bytes);
    this.input = text;
    this.file = { name, size: bytes.byteLength };
    // The page keeps the bytes for storage and sharing: the worker is handed copies.
    this.#fileBytes = bytes;
    this.#save(text, { name, bytes });
    const messages = mboxMessages(bytes);
    if (messages.length > 1) {
      this.#mboxBytes = bytes;
      this.mbox = { name, messages, picked: 0 };
      // A link's view names the message that was explained.
      const wanted = this.#nextView?.message ?? 0;
      this.pickMessage(wanted < messages.length ? wanted : 0);
      return;
    }
    this.mbox = null;
    this.#mboxBytes = null;
    void this.#run(bytes.slice(), true);
  }

  /** Explain another message of the mbox file. */
  pickMessage(index: number): void {
    const mbox = this.mbox;
    const bytes = this.#mboxBytes;
    const message = mbox?.messages[index];
    if (!mbox || !bytes || !message) return;
    this.mbox = { ...mbox, picked: index };
    // A copy: the worker takes the buffer it is given, and the other messages are still needed.
    void this.#run(bytes.slice(message.start, message.end), true);
  }

  clear(): void {
    this.setInput('');
  }

  /** Store the input now if a save is waiting (call when the page is hidden or closed). Resolves once written. */
  flush(): Promise<void> {
    const unwritten = this.#saveTimer !== undefined || this.#writing !== null;
    if (this.#saveTimer !== undefined) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = undefined;
      this.#write(this.#stored(this.input));
    }
    // The page may be gone before the write finishes: the store keeps a copy at once too.
    if (unwritten) this.#store.keepNow?.(this.#stored(this.input));
    return this.#writing ?? Promise.resolve();
  }

  /** Show a recipient's evidence (or stop, when it is already shown). */
  togglePinned(index: number): void {
    this.pinned = this.pinned === index ? null : index;
  }

  #stored(text: string, file: { name: string; bytes: Uint8Array } | null = null): StoredInput | null {
    const f = file ?? (this.file && this.#fileBytes ? { name: this.file.name, bytes: this.#fileBytes } : null);
    return text === '' && !f ? null : { text, file: f };
  }

  #save(text: string, file: { name: string; bytes: Uint8Array } | null = null): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (text.length <= SAVE_AT_ONCE_LENGTH || file) {
      this.#write(this.#stored(text, file));
      return;
    }
    this.#saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** One write at a time; a newer input replaces the one waiting. */
  #write(input: StoredInput | null): void {
    this.#waiting = { input };
    if (this.#writing) return;
    const loop = async () => {
      while (this.#waiting) {
        const next = this.#waiting.input;
        this.#waiting = null;
        let result: KeepResult;
        try {
          result = await this.#store.save(next);
        } catch {
          result = { kept: false, note: 'This text could not be kept: it will be lost if you reload the page.' };
        }
        if (!this.#waiting) {
          this.kept = result.kept;
          this.keepNote = result.note;
        }
      }
      this.#writing = null;
    };
    this.#writing = loop();
  }

  #reset(): void {
    this.report = null;
    this.mbox = null;
    this.#mboxBytes = null;
    this.error = null;
    this.pending = false;
    this.hovered = null;
    this.pinned = null;
  }

  async #run(input: string | Uint8Array, arrive = false): Promise<void> {
    const sequence = ++this.#sequence;
    this.pending = true;
    try {
      const report = await this.#explainer.explain(input);
      if (sequence !== this.#sequence) return;
      this.report = report;
      this.error = null;
      this.hovered = null;
      const pinned = this.#nextView?.pinned;
      const fromLink = this.#nextView !== null;
      this.#nextView = null;
      this.pinned = pinned !== undefined && pinned < report.recipients.length ? pinned : null;
      if (fromLink && this.pinned !== null) this.linkedView = { pinned: this.pinned, serial: (this.linkedView?.serial ?? 0) + 1 };
      if (arrive) this.arrivals++;
    } catch (error) {
      if (sequence !== this.#sequence) return;
      // A verdict for other text must not stay on screen as if it were this one's.
      this.report = null;
      this.hovered = null;
      this.pinned = null;
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (sequence === this.#sequence) this.pending = false;
    }
  }
}

/**
 * The text shown in the paste box for a file. The engine reads the bytes itself (with the
 * charsets the message declares); this is only what the user sees and what survives a reload.
 */
function decodeForDisplay(bytes: Uint8Array): string {
  // A file saved as UTF-16 with its byte order mark (the engine reads it so too, scan.ts).
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The messages of an mbox file, with Subject and From for the list; [] when the bytes are
 * not an mbox. Read as latin1 so that string offsets are byte offsets.
 */
function mboxMessages(bytes: Uint8Array): MboxMessage[] {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // (A UTF-8 byte order mark may come first: splitMbox skips it.)
  if (!start.replace(/^\u00ef\u00bb\u00bf/, '').trimStart().startsWith('From ')) return [];
  const text = new TextDecoder('latin1').decode(bytes);
  const split = splitMbox(text);
  if (!split.isMbox || split.messages.length < 2) return [];
  return split.messages.map((range, index) => {
    if (index >= MBOX_LISTED) return { ...range, subject: null, from: null };
    const head = text.slice(range.start, Math.min(range.end, range.start + 8192));
    const end = head.search(/\r?\n\r?\n|\r\r/);
    const headers = end < 0 ? head : head.slice(0, end);
    return { ...range, subject: field(headers, 'subject'), from: field(headers, 'from') };
  });
}

function field(headers: string, name: string): string | null {
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers);
  const value = m?.[1].trim();
  return value ? value.slice(0, 200) : null;
}
