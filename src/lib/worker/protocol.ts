/** The messages between the page and the explain worker. */
import type { Report } from '../core/types.ts';

export interface ExplainRequest {
  /** Increases with every request; a response carries the id of the request it answers. */
  id: number;
  input: string | Uint8Array;
}

export type ExplainResponse =
  | { id: number; ok: true; report: Report }
  | { id: number; ok: false; error: string };
