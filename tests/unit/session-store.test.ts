/**
 * The Session's storage seam: writes are asynchronous and never overlap (only the newest
 * input waits), a file's bytes are kept with its text, what the store says about keeping
 * reaches the page, and restoring never overwrites what the user did meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { Session, type Explainer, type KeepResult, type StoredInput, type TextStore } from '../../src/lib/state/session.svelte.ts';
import { explain } from '../../src/lib/core/index.ts';

const explainer: Explainer = { explain: async (input) => explain(input) };

/** A store whose writes finish only when the test lets them. */
function slowStore(saved: StoredInput | null = null) {
  const writes: (StoredInput | null)[] = [];
  const pending: (() => void)[] = [];
  let result: KeepResult = { kept: true, note: null };
  let loaded: () => void = () => {};
  const loading = new Promise<void>((resolve) => (loaded = resolve));
  const store: TextStore = {
    async load() {
      await loading;
      return saved;
    },
    save(input) {
      writes.push(input);
      return new Promise((resolve) => pending.push(() => resolve(result)));
    },
  };
  return {
    store,
    writes,
    finishLoad: () => loaded(),
    setResult: (r: KeepResult) => (result = r),
    async finishWrites() {
      while (pending.length) {
        pending.shift()!();
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

describe('Session storage', () => {
  it('writes one input at a time, and only the newest of those that waited', async () => {
    const s = slowStore();
    const session = new Session(explainer, s.store);
    session.setInput('550 one');
    session.setInput('550 two');
    session.setInput('550 three');
    expect(s.writes.map((w) => w?.text)).toEqual(['550 one']);
    await s.finishWrites();
    expect(s.writes.map((w) => w?.text)).toEqual(['550 one', '550 three']);
    await session.flush();
  });

  it('keeps a file with its bytes, and clearing stores nothing', async () => {
    const s = slowStore();
    const session = new Session(explainer, s.store);
    const bytes = new TextEncoder().encode('550 5.1.1 <a@example.org>: User unknown');
    session.loadFile('bounce.eml', bytes);
    await s.finishWrites();
    expect(s.writes[0]?.file?.name).toBe('bounce.eml');
    expect(Array.from(s.writes[0]!.file!.bytes)).toEqual(Array.from(bytes));
    expect(session.fileBytes).toEqual(bytes);
    session.clear();
    await s.finishWrites();
    expect(s.writes.at(-1)).toBeNull();
  });

  it('tells the page when the input cannot be kept', async () => {
    const s = slowStore();
    s.setResult({ kept: false, note: 'storage is full' });
    const session = new Session(explainer, s.store);
    session.setInput('550 5.1.1 User unknown');
    await s.finishWrites();
    expect(session.kept).toBe(false);
    expect(session.keepNote).toBe('storage is full');
  });

  it('restoring never overwrites what the user typed while storage was read', async () => {
    const s = slowStore({ text: 'old text', file: null });
    const session = new Session(explainer, s.store);
    const restoring = session.restore();
    session.setInput('new text');
    s.finishLoad();
    expect(await restoring).toBe(false);
    expect(session.input).toBe('new text');
  });

  it('restores a file as a file', async () => {
    const bytes = new TextEncoder().encode('452 4.2.2 Mailbox full');
    const s = slowStore({ text: '452 4.2.2 Mailbox full', file: { name: 'kept.eml', bytes } });
    s.finishLoad();
    const session = new Session(explainer, s.store);
    expect(await session.restore()).toBe(true);
    expect(session.file).toEqual({ name: 'kept.eml', size: bytes.byteLength });
    expect(session.input).toBe('452 4.2.2 Mailbox full');
  });

  it('keeps a copy at once when the page goes away while a write is unfinished, and only then', async () => {
    const s = slowStore();
    const copies: (StoredInput | null)[] = [];
    s.store.keepNow = (input) => copies.push(input);
    const session = new Session(explainer, s.store);
    session.setInput('550 one');
    session.setInput('550 two');
    void session.flush();
    expect(copies.map((c) => c?.text)).toEqual(['550 two']);
    await s.finishWrites();
    await session.flush();
    expect(copies).toHaveLength(1); // everything written: no copy needed
  });
});
