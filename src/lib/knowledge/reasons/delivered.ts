import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'delivered',
  title: "Delivered successfully",
  meaning: "This is a success report saying the message was delivered to the recipient's server, or passed on to the next one.",
  causes: [
    "The sender or the mail program asked for a delivery notification.",
    "The receiving server confirms delivery, or that it forwarded the message to a system that sends no further reports.",
  ],
  owner: 'nobody',
  failure: false,
  hardBounce: false,
  retry: 'not-applicable',
  verdict: "Delivered: this is a delivery report, not a bounce",
  likely: "Probably delivered: this looks like a delivery report, not a bounce",
  todo: "nothing to do",
  actions: [
    "Nothing needs to be done: the message was delivered.",
    "If the recipient cannot find it, ask them to look in their spam or junk folder.",
  ],
  adminActions: [],
  adminNote:
    "A DSN with Action delivered, relayed or expanded and a 2.x.x status. Delivery to the server does not prove the message reached the inbox rather than the spam folder.",
};
