import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'networkerror',
  title: "Network or DNS problem",
  meaning: "A network fault, such as a failed DNS lookup, an unreachable server or a dropped connection, stopped delivery.",
  causes: [
    "The recipient domain's DNS servers did not answer or gave an error.",
    "The receiving server was down or unreachable.",
    "The connection timed out or broke during delivery.",
    "The sending network blocks outgoing mail connections (port 25).",
  ],
  owner: 'recipient-admin',
  failure: true,
  hardBounce: false,
  retry: 'later',
  actions: [
    "Wait and resend later; most network problems are temporary and mail servers retry on their own.",
    "If it persists, tell the recipient through another channel that their mail server or DNS seems unreachable.",
    "If mail to many unrelated domains fails the same way, check your own server's DNS and outgoing port 25.",
  ],
  adminNote:
    "Look for DNS errors (SERVFAIL, timeouts), 'Connection refused', 'Connection timed out' or 'No route to host'; 4.4.1, 4.4.2 and 4.4.3 are typical. Many cloud providers block outgoing port 25 by default.",
};
