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
  verdict: "A network or DNS problem stopped delivery",
  likely: "A network or DNS problem probably stopped delivery",
  todo: "resend later; if it persists, tell the recipient",
  actions: [
    "Resend later; most network problems clear up, and mail servers retry on their own.",
    "If it persists, tell the recipient another way that their mail server seems unreachable.",
  ],
  adminActions: [
    "Look for the DNS or connection error in the server's words (SERVFAIL, timed out, connection refused) and test with dig MX and a connection to port 25.",
    "If mail to many unrelated domains fails the same way, check your own DNS resolver and outgoing port 25 (many cloud providers block it).",
  ],
  adminNote:
    "Look for DNS errors (SERVFAIL, timeouts), 'Connection refused', 'Connection timed out' or 'No route to host'; 4.4.1, 4.4.2 and 4.4.3 are typical. Many cloud providers block outgoing port 25 by default.",
};
