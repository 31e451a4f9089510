/**
 * The page's side of the explain worker. The worker handles one request at a time; while
 * it is busy only the newest request of each lane waits, so a burst of edits never queues
 * stale work. A superseded request rejects with SupersededError, which callers simply
 * ignore. Lanes keep callers apart: the share dialog's checks ('share') never supersede the
 * page's own explanation ('main'), which goes first.
 */
import type { Report } from '../core/types.ts';
import type { Explainer } from '../state/session.svelte.ts';
import type { ExplainRequest, ExplainResponse } from './protocol.ts';

/** A request that was replaced by a newer one before the worker got to it. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'SupersededError';
  }
}

/**
 * How long one explanation may take before the worker is stopped and restarted. The engine
 * reads a few MB in well under a second; this only guards against a hang.
 */
const TIMEOUT_MS = 30_000;

const MAIN = 'main';

interface Pending {
  request: ExplainRequest;
  resolve: (report: Report) => void;
  reject: (error: Error) => void;
}

export function createWorkerExplainer(): Explainer {
  let worker: Worker | null = null;
  let nextId = 0;
  let inFlight: Pending | null = null;
  /** The newest waiting request of each lane, in the order lanes are served. */
  const waiting = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function start(): Worker {
    const created = new Worker(new URL('./explain.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<ExplainResponse>) => settle(event.data));
    created.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new Error(event.message || 'The explanation engine failed to load.'));
    });
    return created;
  }

  function settle(response: ExplainResponse): void {
    const current = inFlight;
    if (!current || response.id !== current.request.id) return; // a stale answer
    clearTimeout(timer);
    inFlight = null;
    if (response.ok) current.resolve(response.report);
    else current.reject(new Error(response.error));
    next();
  }

  /** The worker died or hung: reject what it was doing and start afresh for the next request. */
  function fail(error: Error): void {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    const current = inFlight;
    inFlight = null;
    current?.reject(error);
    next();
  }

  function next(): void {
    if (inFlight || waiting.size === 0) return;
    const lane = waiting.has(MAIN) ? MAIN : waiting.keys().next().value!;
    inFlight = waiting.get(lane)!;
    waiting.delete(lane);
    worker ??= start();
    const { input } = inFlight.request;
    // A file's bytes are not used again on this side, so hand them over instead of copying.
    const transfer = input instanceof Uint8Array ? [input.buffer] : [];
    worker.postMessage(inFlight.request, transfer);
    timer = setTimeout(() => fail(new Error('The explanation took too long and was stopped.')), TIMEOUT_MS);
  }

  return {
    warm() {
      worker ??= start();
    },
    explain(input, lane = MAIN) {
      return new Promise<Report>((resolve, reject) => {
        waiting.get(lane)?.reject(new SupersededError());
        waiting.set(lane, { request: { id: ++nextId, input }, resolve, reject });
        next();
      });
    },
  };
}
