import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'vacation',
  title: "Automatic reply (such as out of office)",
  meaning: "This is not a bounce but an automatic reply, such as an out-of-office message, and your message normally reached the mailbox.",
  causes: [
    "The recipient is away and has turned on an out-of-office reply.",
    "A help desk or ticket system confirms it received the message.",
    "The mailbox sends an automatic notice, such as 'this address is no longer monitored'.",
  ],
  owner: 'nobody',
  failure: false,
  hardBounce: false,
  retry: 'not-applicable',
  verdict: "This is an out-of-office or other automatic reply, not a bounce",
  likely: "This is probably an out-of-office or other automatic reply, not a bounce",
  todo: "nothing to do",
  actions: [
    "Nothing needs to be done for delivery: the message reached the mailbox.",
    "Read the reply for useful details, such as a return date or another person to contact.",
    "If the reply says the address is no longer in use, update your records and stop sending to it.",
  ],
  adminActions: [],
  adminNote:
    "Recognised by headers such as Auto-Submitted: auto-replied, X-Autoreply or Precedence: auto_reply (RFC 3834). Do not count these as bounces when measuring bounce rates.",
};
