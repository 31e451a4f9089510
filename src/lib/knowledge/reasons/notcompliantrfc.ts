import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'notcompliantrfc',
  title: "Message format breaks email standards",
  meaning: "The message breaks the email format standard (RFC 5322), for example with a duplicated or missing header.",
  causes: [
    "A header appears twice, such as two Subject or two From lines.",
    "A required header is missing or invalid, such as Date, From or Message-ID.",
    "The From header holds several addresses or is not a valid address.",
    "A program or template builds the message by hand and gets the format wrong.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused the message because it breaks the email format rules",
  likely: "{server} probably refused the message because it breaks the email format rules",
  todo: "your mail admin must fix how it is built",
  actions: [
    "Forward this bounce to your email admin or the developer of the program that sent it: the message itself is malformed.",
    "Resend once they have fixed it.",
  ],
  adminActions: [
    "Send the message to yourself and look at its full headers for duplicated, missing or malformed lines (From, To, Subject, Date, Message-ID).",
    "Fix the program or template that builds the message so each header appears once and From holds one valid address.",
    "Use a maintained mail library instead of writing headers by hand.",
  ],
  adminNote:
    "Examples: Gmail 550 5.7.1 '... is not RFC 5322 compliant' or 'missing a valid Message-ID', Yahoo 554 'Headers are not RFC compliant', Microsoft 5.7.512.",
};
