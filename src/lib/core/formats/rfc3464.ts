/**
 * Generic delivery status notifications (RFC 3464 inside an RFC 6522 multipart/report),
 * for any MTA we have no layout of our own for. The DSN fields carry everything; the
 * human-readable part only adds words when the DSN has no Diagnostic-Code.
 */
import type { Format } from './types.ts';
import { textRecipients } from './common.ts';

export const rfc3464: Format = {
  id: 'rfc3464',
  label: 'Delivery status notification (RFC 3464)',
  reference: 'https://www.rfc-editor.org/rfc/rfc3464',
  detect: (scan) => scan.dsn.length > 0 || scan.reportType === 'delivery-status',
  parse(input) {
    if (input.dsn.recipients.length === 0) {
      const recipients = textRecipients(input);
      return recipients.length ? { recipients } : null;
    }
    return { recipients: textRecipients(input) };
  },
};
