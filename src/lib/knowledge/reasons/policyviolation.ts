import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'policyviolation',
  title: "Message breaks the receiver's rules",
  meaning: "The message breaks a local rule of the receiving organisation, for example about attachments, content or who may send to this address.",
  causes: [
    "A forbidden attachment type, such as a program file or a password-protected archive.",
    "Content the organisation does not allow, such as certain words, links or languages.",
    "The recipient is a group or list that accepts mail only from its members or from inside the organisation.",
    "A header the receiver does not allow, such as several addresses in From.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The message breaks a rule of the receiving organisation",
  likely: "The message probably breaks a rule of the receiving organisation",
  todo: "change it or ask the recipient which rule applies",
  actions: [
    "Read the server's own words in the bounce to see which rule the message broke.",
    "Remove or change the offending part: for example, share a blocked attachment as a link instead.",
    "If the recipient is a group or list that accepts only certain senders, ask its owner to allow you.",
    "If you think the rule is wrong, ask the recipient to pass the bounce to their mail admin.",
  ],
  adminActions: [
    "Only the receiving side can change the rule: if it is wrong, the recipient's mail admin must change it.",
  ],
  adminNote:
    "Usually 5.7.1 or 5.7.0 with site-specific wording; Microsoft group restrictions use 5.7.1 and 5.7.133 to 5.7.136. Only the receiving side can change the rule.",
};
