import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'failedstarttls',
  title: "Encrypted connection (TLS) failed",
  meaning: "The receiver requires an encrypted connection (TLS), but encryption was not offered or could not be set up, so the mail was not sent.",
  causes: [
    "The sending server does not have STARTTLS turned on for outgoing mail.",
    "The two sides share no TLS version or cipher, for example the receiver requires TLS 1.2 or newer.",
    "A certificate problem (expired, or for the wrong name) when the certificate must be checked, as with MTA-STS or DANE.",
    "A firewall or other device removes STARTTLS from the session.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The encrypted connection (TLS) to the receiving server failed",
  likely: "The encrypted connection (TLS) to the receiving server probably failed",
  todo: "your mail admin must fix TLS",
  actions: [
    "Forward this bounce to your email admin: the servers could not set up encryption, which the receiver requires.",
    "Resend once a test shows that encryption works to this destination.",
  ],
  adminActions: [
    "Turn on STARTTLS for outgoing mail and update the server so it supports TLS 1.2 or newer.",
    "Look in the bounce for a certificate error; if the receiver's certificate is expired or has the wrong name, tell the recipient's admin.",
    "Check that no firewall or security device strips STARTTLS from the SMTP session.",
  ],
  adminNote:
    "Look for 530 5.7.0 'Must issue a STARTTLS command first', 454 4.7.0 'TLS not available', Gmail 4.7.29 or 5.7.29 (TLS required for bulk senders) and Microsoft 5.7.321 to 5.7.324 (TLS or DANE failures towards the destination). With MTA-STS or DANE, the sending server itself refuses to deliver when the receiver's certificate does not check out.",
};
