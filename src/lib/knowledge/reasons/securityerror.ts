import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'securityerror',
  title: "Refused for a security reason",
  meaning: "The receiver refused the mail for a security reason that fits no narrower category, such as a sender that looks forged or a missing login or encryption.",
  causes: [
    "The message looks spoofed, for example it claims to come from the recipient's own domain but arrived from outside.",
    "The server requires the sender to log in (SMTP authentication) and the mail program did not.",
    "The username or password given to the sending server was wrong.",
    "The receiver requires encryption that the sender did not use.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused the message for a security reason",
  likely: "{server} probably refused the message for a security reason",
  todo: "your mail admin must check the sending setup",
  actions: [
    "Forward this bounce to your email admin: the receiver refused it for a security reason (a login, encryption, or a sender that looks forged).",
    "If you send from your own mail program, check that it logs in to the outgoing server with the right username and password (or app password).",
    "Resend once the cause is fixed.",
  ],
  adminActions: [
    "Read the server's words to see which check failed: login (535 5.7.8), encryption (530 Must issue a STARTTLS command first) or sender identity.",
    // The fix for "looks forged" is the sender domain's own authorisation of its sending service
    // (SPF, RFC 7208 section 2.1 and 3; DKIM, RFC 6376; DMARC alignment, RFC 7489 section 3.1),
    // which every receiver checks; an allow entry at one receiver hides the fault there only.
    "If the sender looks forged to the receiver, send through your own domain's servers, or authorise the sending service for your domain (add it to SPF and turn on its DKIM signing) so every receiver can verify it; an exception at one recipient's server would hide the problem only there.",
    "Turn on TLS for outgoing mail if the receiver requires it.",
  ],
  adminNote:
    "Often 5.7.0 or 5.7.1 ('Client was not authenticated'), 535 5.7.8 for bad credentials, or 530 5.7.0 'Must issue a STARTTLS command first'.",
};
