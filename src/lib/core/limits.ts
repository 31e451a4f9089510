/**
 * Every cap on what the engine reads, with the reason for it. Pasted input is untrusted:
 * each cap stops one way a hostile or broken message could make the page hang or run out
 * of memory. When a cap cuts something, the Report says so in a warning.
 */
export const LIMITS = {
  /**
   * Bytes (or UTF-16 units for strings) of input read at all. Real bounces are a few KB;
   * the largest with a returned attachment run to a few MB. Past 8 MB the rest is almost
   * always the returned original's attachments, which say nothing about the failure.
   */
  maxInputLength: 8 * 1024 * 1024,
  /**
   * Depth of nested MIME parts. Reports nest three or four deep (a forwarded bounce
   * inside a report inside a multipart/mixed); deep nesting is a known denial-of-service
   * shape for recursive parsers.
   */
  maxMimeDepth: 12,
  /** MIME parts visited in one message: a bounce has a handful; a zip bomb of parts has thousands. */
  maxMimeParts: 200,
  /** Header fields read per header block; real headers have well under a hundred. */
  maxHeaderFields: 500,
  /** Characters of decoded text taken from one part; the failure is always in the first few KB. */
  maxPartText: 256 * 1024,
  /** Recipients reported per message; a DSN for a huge list still shows the first thousand. */
  maxRecipients: 1000,
  /** Characters of one diagnostic kept; longer ones are cut (with a warning). */
  maxDiagnosticLength: 4096,
  /** Messages read from one mbox file by the CLI. */
  maxMboxMessages: 100_000,
} as const;

export type LimitName = keyof typeof LIMITS;
