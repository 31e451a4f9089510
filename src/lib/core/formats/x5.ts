/**
 * A wrapper notice (Sisimai calls this layout "X5", seen from Japanese mail gateways): the
 * gateway does not describe the failure itself but attaches the MTA's own delivery report
 * as a message/rfc822 part. The wrapper comes from "Mail Delivery Subsystem" (the name
 * often MIME-encoded in ISO-2022-JP) and is addressed to "NotificationRecipients"; the
 * attached message is a multipart/report with the usual text, message/delivery-status and
 * returned original.
 *
 * The scan reads such an attached report as part of the message when the wrapper has no
 * delivery status of its own (scan.ts); this format names the wrapper and reads the
 * attached report's text the generic way, the DSN giving the list of recipients. There is
 * nothing to recognise in pasted text: what a mail client shows is the attached report,
 * which the MTA's own format reads. Learnt from the layout Sisimai's X5 module describes.
 */
import type { Format } from './types.ts';
import { fromText } from './common.ts';
import { header } from '../scan.ts';

/** The wrapper's To (searched case-blind rather than lower-cased first). */
const RE_WRAPPER_TO = /notificationrecipients/i;

export const x5: Format = {
  id: 'x5',
  label: 'Gateway notice with the delivery report attached',
  reference: 'Wrapper notices as Sisimai describes them (lib/Sisimai/Lhost/X5.pm)',
  detect: (scan) => scan.dsn.length > 0 && RE_WRAPPER_TO.test(header(scan.headers, 'to')?.value ?? ''),
  parse: (input) => fromText(input),
};
