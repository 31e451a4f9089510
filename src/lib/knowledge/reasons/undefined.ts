import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'undefined',
  title: "Reason could not be determined",
  meaning: "The message bounced, but no usable reason could be found in the report.",
  causes: [
    "The bounce uses an unusual format or language.",
    "The server's words match no known reason.",
    "The bounce carries no status code and no explanation.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The message bounced for a reason we could not tell",
  likely: "The message bounced for a reason we could not tell",
  unsure: "The message bounced for a reason we could not tell",
  todo: "read the server's words and resend once",
  actions: [
    "Read the server's own words in the bounce for clues, such as an error code or a reason.",
    "Contact the recipient another way to confirm the address and tell them mail to it is failing.",
    "Resend once; if it bounces again, stop and find the cause before sending more.",
  ],
  adminActions: [
    "Check the sending server's logs for the receiving server's full reply.",
  ],
  adminNote:
    "If the bounce is a real delivery failure with clear wording that we missed, an anonymised sample helps improve recognition.",
};
