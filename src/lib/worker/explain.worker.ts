/**
 * Runs the engine off the main thread, so that explaining a large paste never blocks
 * typing. The engine is imported here only, so the page loads it lazily with the worker.
 */
import { explain } from '../core/index.ts';
import type { ExplainRequest, ExplainResponse } from './protocol.ts';

self.addEventListener('message', (event: MessageEvent<ExplainRequest>) => {
  const { id, input } = event.data;
  let response: ExplainResponse;
  try {
    response = { id, ok: true, report: explain(input) };
  } catch (error) {
    // explain() promises never to throw; if it does anyway, the page says so instead of hanging.
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
});
