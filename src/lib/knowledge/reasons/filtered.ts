import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'filtered',
  title: "Refused by the recipient's own filter",
  meaning: "The address was accepted, but a filter set up for this recipient then refused the message.",
  causes: [
    "The recipient accepts mail only from chosen senders or domains, which is common on mobile phone carrier addresses.",
    "The recipient blocked your address or domain.",
    "A personal rule refuses messages with links, attachments or certain words.",
    "A rule set by the recipient's administrator for this mailbox.",
  ],
  owner: 'recipient',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The recipient's own filter refused the message",
  likely: "The recipient's own filter probably refused the message",
  todo: "ask the recipient to allow your address",
  actions: [
    "Ask the recipient another way to allow your address or domain in their mail filter or safe-sender list.",
    "Resend once they confirm the change.",
    "If they do not want your mail, stop sending to this address.",
  ],
  adminActions: [
    "This is a filter for this one recipient (common on mobile carrier mailboxes): it says nothing about your reputation, and other recipients are not affected.",
  ],
  adminNote:
    "Typical of mobile carrier mailboxes (notably Japanese carriers) that accept RCPT TO and refuse later based on the user's settings. It says nothing about your reputation: other recipients are not affected.",
};
