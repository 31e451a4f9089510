import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'expired',
  title: "Delivery attempts timed out",
  meaning: "The sending server kept trying to deliver the message but gave up when its time limit for retries, often a few days, ran out.",
  causes: [
    "The receiving server was down or unreachable for a long time.",
    "The receiver kept delaying the mail, for example because of rate limits or a poor reputation.",
    "DNS problems with the recipient's domain.",
    "Network or DNS problems on the sending side.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'later',
  verdict: "The sending server gave up: the message could not be delivered in time",
  likely: "The sending server probably gave up: the message could not be delivered in time",
  todo: "resend later; if it fails again, tell your mail admin",
  actions: [
    "Resend the message: if the destination was only down for a while, it may work now.",
    "If it fails again, forward this bounce to your email admin and contact the recipient another way.",
  ],
  adminActions: [
    "Look in the bounce for the last error before the server gave up: it shows the real cause.",
    "If messages to many destinations expire, check your own server's network, DNS and outgoing port 25.",
  ],
  adminNote:
    "4.4.7 or 5.4.7 (Microsoft QUEUE.Expired, 5.4.300 and 5.4.316). Postfix gives up after maximal_queue_lifetime, 5 days by default.",
};
