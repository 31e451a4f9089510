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
  actions: [
    "Let your server retry later; this is usually temporary.",
    "Lower the number of simultaneous connections to this destination in your mail server's settings.",
    "If it keeps happening, spread your sending over a longer time.",
  ],
  adminNote:
    "Usually 421 or 4.7.0 when the connection opens ('Too many concurrent SMTP connections', Comcast 'Too many sessions opened'). In Postfix, see smtp_destination_concurrency_limit and per-transport limits.",
};
