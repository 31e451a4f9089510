import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'mailboxfull',
  title: "Recipient's mailbox is full",
  meaning: "The recipient's mailbox has reached its storage limit, so it cannot take new messages until space is freed.",
  causes: [
    "The recipient has not deleted old mail for a long time.",
    "Large attachments used up the storage.",
    "The account is abandoned and keeps filling up with mail nobody reads.",
  ],
  owner: 'recipient',
  failure: true,
  hardBounce: false,
  retry: 'later',
  verdict: "The recipient's mailbox is full",
  likely: "The recipient's mailbox is probably full",
  todo: "tell them another way and resend later",
  actions: [
    "Tell the recipient another way (phone, chat) that their mailbox is full and they need to make room.",
    "Resend later, for example tomorrow.",
    "Send large files as a download link instead of attachments.",
    "If the mailbox stays full for weeks, treat the address as abandoned and stop sending to it.",
  ],
  adminActions: [
    "Full-mailbox bounces that go on for weeks mark an abandoned account: suppress the address then.",
  ],
  adminNote:
    "Usually 452 4.2.2 or 552 5.2.2; providers differ on whether they call it temporary or permanent. Full-mailbox bounces that last for weeks are a strong sign of an abandoned account.",
};
