import type { Report } from './types.ts';

/** Explain a bounce. Never throws. (Placeholder until the pipeline lands.) */
export function explain(input: string | Uint8Array): Report {
  const document = typeof input === 'string' ? input : new TextDecoder().decode(input);
  return {
    kind: 'unknown',
    format: null,
    provider: null,
    message: { reportingMta: null, arrivalDate: null, originalMessageId: null, subject: null, from: null, to: null, date: null },
    messageEvidence: [],
    warnings: [],
    recipients: [],
    document,
    sections: [{ label: 'Input', start: 0, end: document.length }],
    truncated: false,
  };
}
