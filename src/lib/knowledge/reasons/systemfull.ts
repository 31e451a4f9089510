import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'systemfull',
  title: "Receiving server is out of space",
  meaning: "The receiving server has run out of disk or queue space and cannot store new mail for now.",
  causes: [
    "The server's disk is full.",
    "The mail queue has grown too large.",
    "Log files or other data filled the storage.",
  ],
  owner: 'recipient-admin',
  failure: true,
  hardBounce: false,
  retry: 'later',
  verdict: "The receiving server is out of space",
  likely: "The receiving server is probably out of space",
  todo: "resend later; if it persists, tell the recipient",
  actions: [
    "Resend later; your mail server normally retries on its own.",
    "If it goes on for more than a day, tell the recipient another way so their mail admin can free space.",
  ],
  adminActions: [
    "Many servers also answer 452 for too many recipients (4.5.3): read the server's words before blaming its disk.",
  ],
  adminNote:
    "Usually 452 4.3.1 'Insufficient system storage'. Many servers also use 452 for 'too many recipients' (4.5.3), so read the text.",
};
