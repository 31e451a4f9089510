import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'toomanyconn',
  title: "Too many connections",
  meaning: "The receiver refused because the sending side had too many connections open to it at the same time.",
  causes: [
    "The sending server opens many parallel connections to one provider.",
    "Several servers send from the same IP address.",
    "The receiver allows only a few connections from new or unknown senders.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'later',
  verdict: "{server} refused: too many connections at once",
  likely: "{server} probably refused: too many connections at once",
  todo: "your mail admin must open fewer connections",
  actions: [
    "Forward this bounce to your email admin if it keeps happening: the receiver limits how many connections your server may open.",
    "Resend later: this is usually temporary.",
  ],
  adminActions: [
    "Lower the number of simultaneous connections to this destination (in Postfix, smtp_destination_concurrency_limit).",
    "Spread sending over a longer time if it keeps happening.",
  ],
  adminNote:
    "Usually 421 or 4.7.0 when the connection opens ('Too many concurrent SMTP connections', Comcast 'Too many sessions opened'). In Postfix, see smtp_destination_concurrency_limit and per-transport limits.",
};
