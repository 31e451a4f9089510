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
  /**
   * Characters of one diagnostic kept and read; longer ones are cut (with a warning) before
   * any rule reads them. Servers' words run to a few hundred characters; what runs longer is
   * a whole pasted paragraph, which many recipients may share.
   */
  maxDiagnosticLength: 4096,
  /**
   * Work units one run may spend (budget.ts: roughly a nanosecond each on a laptop core, so
   * a third of a second; a run that needs more starts again on the start of its input, so
   * that the whole stays under a second). A real bounce spends well under a million (the
   * most of any public corpus message is about 90,000), and an 8 MB paste of ordinary text
   * fits. What needs more is a pathological paste (millions of tiny lines, a hundred
   * thousand recipient blocks, a multi-megabyte paragraph of words): it gets a Report of
   * its start with a `work-budget` warning rather than keeping the page busy.
   */
  workBudget: 300_000_000,
  /**
   * Characters gathered into one view of the server's words (a reply, a block, a paragraph).
   * Replies run to a few hundred characters; a longer view is a pasted paragraph, of which
   * rules read only the first maxDiagnosticLength characters anyway, so gathering more of
   * it is work for nothing.
   */
  maxViewLength: 64 * 1024,
  /** Messages read from one mbox file by the CLI. */
  maxMboxMessages: 100_000,
} as const;

export type LimitName = keyof typeof LIMITS;
