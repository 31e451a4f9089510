import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'suppressed',
  title: "Not sent: address is on a suppression list",
  meaning: "The sending service did not even try to deliver the message, because the address is on its suppression list after an earlier bounce, complaint or unsubscribe.",
  causes: [
    "An earlier message to this address bounced as permanent.",
    "The recipient marked earlier mail as spam.",
    "The recipient unsubscribed.",
    "Someone added the address to the list by hand, or it is on the service's global list.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'no',
  verdict: "Not sent: the address is on your sending service's suppression list",
  likely: "Probably not sent: the address seems to be on your sending service's suppression list",
  todo: "check why before you take it off that list",
  actions: [
    "Look up in your sending service why the address was suppressed: bounce, complaint or unsubscribe.",
    "If it was an old bounce and the person confirms the address now works, take it off the suppression list and resend.",
    "Never take complaints or unsubscribes off the list; respect the person's choice.",
  ],
  adminActions: [
    "No receiving server was contacted, so the address itself was not tested: the earlier bounce or complaint is the real answer.",
  ],
  adminNote:
    "Amazon SES reports this as a Permanent bounce with subtype Suppressed or OnAccountSuppressionList, and Mailgun uses its own codes 605 to 607. No receiving server was contacted, so the address itself was not tested.",
};
