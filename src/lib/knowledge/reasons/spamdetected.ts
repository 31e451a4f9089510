import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'spamdetected',
  title: "Message judged to be spam",
  meaning: "The receiver's spam filter examined the message and decided it was spam.",
  causes: [
    "Content that looks like spam: a single large image, many links, link shorteners or pushy wording.",
    "A link to a domain that is on a spam blocklist.",
    "Recipients complained about similar mail from you before.",
    "Missing or failing SPF, DKIM or DMARC authentication.",
    "Mail sent to a list of people who did not ask for it.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} judged the message to be spam",
  likely: "{server} probably judged the message to be spam",
  todo: "change the message before resending",
  actions: [
    "Make the message look like normal mail: real text rather than one big image, an honest subject line, few links and no link shorteners.",
    "Send only to people who asked for your mail, with an easy way to unsubscribe.",
    "For a single personal message, ask the recipient to add you to their safe senders, then resend.",
  ],
  adminActions: [
    "Check that SPF, DKIM and DMARC pass for the sending domain.",
    "Remove link shorteners and links to domains you do not control: a link's domain can get the message refused wherever it is sent from.",
  ],
  adminNote:
    "Often 550 or 554 with 5.7.1 and words like 'likely unsolicited mail' or 'spam message rejected'. If a domain list is named (Spamhaus DBL, SURBL, URIBL), the listed item is a domain inside the message, so moving to another server will not help.",
};
