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
  actions: [
    "Read the bounce text yourself for clues, such as a quoted server reply or an error code.",
    "If you run the sending server, check its logs for the receiving server's full reply.",
    "Contact the recipient another way to confirm the address and tell them mail to it is failing.",
    "Resend once; if it bounces again, stop and find the cause before sending more.",
  ],
  adminNote:
    "If the bounce is a real delivery failure with clear wording that we missed, an anonymised sample helps improve recognition.",
};
