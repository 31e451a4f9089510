/**
 * Abuse and feedback reports (ARF, RFC 5965): a complaint about a message, not a bounce.
 * The recipient reported is the one who complained (Original-Rcpt-To), else the
 * returned message's To.
 *
 * Two complaint layouts that are not ARF are read here too, because they mean the same:
 *  - Microsoft's Junk Mail Reporting Program (JMRP, Outlook.com / Hotmail): a
 *    multipart/mixed message ("complaint about message from <ip>") whose only part is the
 *    reported message, with the complaining user in its `X-HmXmrOriginalRecipient` header;
 *  - Apple Mail's unsubscribe request: a message sent to a List-Unsubscribe mailto
 *    address with `X-Apple-Unsubscribe: true` ("Apple Mail sent this email to unsubscribe
 *    from the message ..."): an opt-out by the sender of that message.
 */
import type { Format, RawRecipient } from './types.ts';
import { readFieldBlocks } from '../parse/dsn.ts';
import { firstAddress } from '../read/address.ts';
import { header } from '../scan.ts';
import { copyRecipient, headHas } from './common.ts';

export const arf: Format = {
  id: 'arf',
  label: 'Feedback report (ARF)',
  reference: 'https://www.rfc-editor.org/rfc/rfc5965',
  detect: (scan) =>
    scan.feedback !== null ||
    scan.reportType === 'feedback-report' ||
    headHas(scan, 'feedback-type:') ||
    header(scan.returnedHeaders, 'x-hmxmroriginalrecipient') !== undefined ||
    (header(scan.headers, 'x-apple-unsubscribe')?.value ?? '').trim().toLowerCase() === 'true',
  parse({ scan }) {
    const doc = scan.document;
    const jmrp = header(scan.returnedHeaders, 'x-hmxmroriginalrecipient');
    if (scan.feedback === null && jmrp) {
      const a = firstAddress(doc, jmrp.start, jmrp.end);
      const hint = { reason: 'feedback' as const, start: jmrp.start, end: jmrp.end, note: 'a complaint forwarded by Microsoft\'s Junk Mail Reporting Program' };
      return { kind: 'feedback-report', recipients: [{ address: a ? { value: a.address, start: a.start, end: a.end } : null, hint }] };
    }
    const unsubscribe = header(scan.headers, 'x-apple-unsubscribe');
    if (scan.feedback === null && unsubscribe && unsubscribe.value.trim().toLowerCase() === 'true') {
      const sender = header(scan.headers, 'from');
      const a = sender ? firstAddress(doc, sender.start, sender.end) : null;
      const feedbackType = { value: 'opt-out', start: unsubscribe.start, end: unsubscribe.end };
      const hint = { reason: 'feedback' as const, start: unsubscribe.start, end: unsubscribe.end, note: 'an unsubscribe request sent by Apple Mail' };
      return { kind: 'feedback-report', recipients: [{ address: a ? { value: a.address, start: a.start, end: a.end } : null, feedbackType, hint }] };
    }
    const range = scan.feedback ?? scan.bodies[0];
    if (!range) return null;
    let feedbackType: RawRecipient['feedbackType'];
    const addresses: RawRecipient[] = [];
    for (const block of readFieldBlocks(doc, range.start, range.end)) {
      for (const f of block.fields) {
        if (f.name === 'feedback-type' && !feedbackType) feedbackType = { value: f.value.toLowerCase(), start: f.valueStart, end: f.valueEnd };
        if (f.name === 'original-rcpt-to' || f.name === 'removal-recipient') {
          const a = firstAddress(doc, f.valueStart, f.valueEnd);
          if (a && !addresses.some((r) => r.address?.value === a.address)) addresses.push({ address: { value: a.address, start: a.start, end: a.end } });
        }
      }
    }
    if (addresses.length === 0) {
      const to = header(scan.returnedHeaders, 'to');
      const a = to ? firstAddress(doc, to.start, to.end) : null;
      addresses.push({ address: a ? { value: a.address, start: a.start, end: a.end } : null });
    }
    const hint = feedbackType
      ? { reason: 'feedback' as const, start: feedbackType.start, end: feedbackType.end, note: `feedback report of type ${feedbackType.value}` }
      : { reason: 'feedback' as const, start: range.start, end: Math.min(range.end, range.start + 40), note: 'a feedback report' };
    return { kind: 'feedback-report', recipients: addresses.map((r) => {
        // (Copied field by field, not spread: see copyRecipient.)
        const c = copyRecipient(r);
        c.feedbackType = feedbackType;
        c.hint = hint;
        return c;
      }),
    };
  },
};
