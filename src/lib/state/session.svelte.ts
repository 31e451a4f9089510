/**
 * The page's state: what the user pasted, the Report for it, and which recipient card is
 * highlighted. Holds no DOM objects: the engine (a Worker) and storage (IndexedDB, see
 * input-store.ts) come in through the two small interfaces below, so the class can run anywhere.
 */
import type { Report } from '../core/types.ts';

/** Something that explains input, asynchronously (the page uses a Web Worker). */
export interface Explainer {
  /** `lane`: requests of one lane replace each other while they wait; other lanes are left alone. */
  explain(input: string | Uint8Array, lane?: string): Promise<Report>;
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
}

/** A file the user dropped or chose; its bytes went to the engine as they are. */
export interface LoadedFile {
  name: string;
  size: number;
}

/** Wait this long after the last keystroke before explaining. */
export const DEBOUNCE_MS = 150;

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
  /** The recipient whose evidence is highlighted in the document view. */
  highlighted = $derived(this.hovered ?? this.pinned);

  #explainer: Explainer;
  #store: TextStore;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The bytes of the file being explained (the worker gets a copy). */
  #fileBytes: Uint8Array | null = null;
  /** The write under way, and the newest input waiting for it to finish. */
  #writing: Promise<void> | null = null;
  #waiting: { input: StoredInput | null } | null = null;
  /** Applied to the next Report (a permalink's view). */
  #nextView: { pinned?: number } | null = null;
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
  open(text: string, file: { name: string; bytes: Uint8Array } | null = null, view: { pinned?: number } | null = null): void {
    this.#nextView = view;
    if (file) {
      this.loadFile(file.name, file.bytes);
      return;
    }
    clearTimeout(this.#timer);
    this.input = text;
    this.file = null;
    this.#fileBytes = null;
    this.#save(text);
    if (text.trim() === '') {
      this.#sequence++;
      this.#reset();
      return;
    }
    void this.#run(text);
  }

  /** The file's bytes while a file is being explained (for sharing it exactly). */
  get fileBytes(): Uint8Array | null {
    return this.file ? this.#fileBytes : null;
  }

  /** The user typed or pasted: keep the text, explain it shortly. */
  setInput(text: string): void {
    this.input = text;
    this.file = null;
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
    this.#timer = setTimeout(() => void this.#run(text), DEBOUNCE_MS);
  }

  /** The user dropped or chose a file: show its text, explain its bytes. */
  loadFile(name: string, bytes: Uint8Array): void {
    clearTimeout(this.#timer);
    const text = decodeForDisplay(bytes);
    this.input = text;
    this.file = { name, size: bytes.byteLength };
    // The worker is handed its own copy: the page keeps these for storage and sharing.
    this.#fileBytes = bytes;
    this.#save(text, { name, bytes });
    void this.#run(bytes.slice());
  }

  clear(): void {
    this.setInput('');
  }

  /** Store the input now if a save is waiting (call when the page is hidden or closed). Resolves once written. */
  flush(): Promise<void> {
    if (this.#saveTimer !== undefined) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = undefined;
      this.#write(this.#stored(this.input));
    }
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
    this.error = null;
    this.pending = false;
    this.hovered = null;
    this.pinned = null;
  }

  async #run(input: string | Uint8Array): Promise<void> {
    const sequence = ++this.#sequence;
    this.pending = true;
    try {
      const report = await this.#explainer.explain(input);
      if (sequence !== this.#sequence) return;
      this.report = report;
      this.error = null;
      this.hovered = null;
      const pinned = this.#nextView?.pinned;
      this.#nextView = null;
      this.pinned = pinned !== undefined && pinned < report.recipients.length ? pinned : null;
    } catch (error) {
      if (sequence !== this.#sequence) return;
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
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
