/**
 * The registry: the one place that fixes the order in which formats are tried. The
 * first format whose `detect` fits and whose `parse` reads something wins.
 *
 *   1. reports that are not bounces (ARF complaints, read receipts), by their MIME type;
 *   2. MTA and provider layouts we know by name;
 *   3. generic RFC 3464 DSNs, automatic replies, then any bounce text;
 *   4. a bare SMTP reply.
 */
import type { Format } from './types.ts';
import { arf } from './arf.ts';
import { mdn } from './mdn.ts';
import { postfix } from './postfix.ts';
import { exim } from './exim.ts';
import { sendmail } from './sendmail.ts';
import { qmail } from './qmail.ts';
import { exchange } from './exchange.ts';
import { gmail } from './gmail.ts';
import { rfc3464 } from './rfc3464.ts';
import { autoReply } from './auto-reply.ts';
import { text } from './text.ts';
import { smtpReply } from './smtp-reply.ts';

export const FORMATS: readonly Format[] = [
  arf,
  mdn,
  postfix,
  exim,
  sendmail,
  qmail,
  exchange,
  gmail,
  rfc3464,
  autoReply,
  smtpReply,
  text,
];
