/**
 * Amazon SES's refusal of an API call, as an app's log or a terminal shows it: the AWS SDKs
 * and the AWS CLI print every service error in one shape,
 *
 *   An error occurred (Throttling) when calling the SendEmail operation: Maximum sending rate exceeded.
 *   botocore.errorfactory.MessageRejected: An error occurred (MessageRejected) when calling the
 *   SendRawEmail operation: Email address is not verified. The following identities failed …
 *
 * (botocore's ClientError message; the CLI prints the same line). SES sent nothing: the call
 * itself was refused, for the sending account's rate or quota (Throttling, "Maximum sending
 * rate exceeded", "Daily message quota exceeded"), its sandbox or unverified identities
 * (MessageRejected), or a pause of its sending (AccountSendingPausedException). The error
 * names no recipient that failed (the identities an unverified-address error lists are
 * the sender's as much as the recipients'), so the one recipient read has no address, and
 * the message after "operation:" is read as the words of the refusal.
 * Source: docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html (the errors),
 * docs.aws.amazon.com/ses/latest/APIReference/API_SendEmail.html#API_SendEmail_Errors.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { TextView } from '../text/view.ts';

/** "An error occurred (Code) when calling the Op operation: message" (a code and an operation are one word each). */
const RE_ERROR = /an error occurred \(([A-Za-z][\w.]{0,80})\) when calling the ([A-Za-z]{1,60}) operation(?: \(reached max retries: \d{1,3}\))?: ?/i;

/** SES's sending operations (v1 and v2): an error of another service's call is no refusal of mail. */
const RE_SEND_OPERATION = /^send(?:raw|templated|bulktemplated|bulk)?email$/i;

export const awsSdkError: Format = {
  id: 'aws-sdk-error',
  label: 'Amazon SES API error (AWS SDK / CLI)',
  reference: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html',
  needs: ['when calling the'],
  detect: (scan) => headHas(scan, 'when calling the') && headHas(scan, 'an error occurred ('),
  parse({ scan }) {
    const doc = scan.document;
    const head = doc.slice(0, 65536);
    const m = RE_ERROR.exec(head);
    if (!m || !RE_SEND_OPERATION.test(m[2])) return null;
    const from = m.index + m[0].length;
    let end = doc.indexOf('\n', from);
    if (end === -1) end = doc.length;
    const diagnostic = new TextView().append(doc, m.index, end).trimmed();
    const recipient: RawRecipient = { address: null, diagnostic };
    // A throttled call can be made again: after a pause for the rate, tomorrow for the daily
    // quota ("Throttling" errors, manage-sending-quotas-errors.html: "retry").
    const code = m[1];
    if (/^(?:throttling|toomanyrequestsexception|limitexceededexception)$/i.test(code)) {
      const at = m.index + m[0].indexOf(code);
      recipient.permanent = { value: false, start: at, end: at + code.length };
    }
    return { recipients: [recipient] };
  },
};
