import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'systemerror',
  title: "Error on the receiving server",
  meaning: "The receiving side had an internal fault, such as a failed lookup, a configuration error or a mail loop.",
  causes: [
    "The receiving server is misconfigured.",
    "A lookup in the receiver's user directory failed.",
    "A mail loop, for example two addresses that forward to each other.",
    "A temporary fault or overload on the receiving server.",
  ],
  owner: 'recipient-admin',
  failure: true,
  hardBounce: false,
  retry: 'later',
  verdict: "The receiving server had an internal error",
  likely: "The receiving server probably had an internal error",
  todo: "resend later; if it persists, tell the recipient",
  actions: [
    "Resend later; many of these errors are temporary.",
    "If it keeps failing, tell the recipient another way so their mail admin can look at the error in the bounce.",
    "If the bounce mentions a loop or too many hops, ask the recipient to check their forwarding rules.",
  ],
  adminActions: [
    "A mail loop (5.4.6, too many hops) needs a configuration fix on the receiving side, not a retry.",
  ],
  adminNote:
    "Codes include 4.3.0 or 5.3.0, 5.3.5 (misconfiguration), 4.4.3 (directory failure) and 5.4.6 (loop, for example Gmail 554 5.4.6 after too many hops). A loop needs a configuration fix, not a retry.",
};
