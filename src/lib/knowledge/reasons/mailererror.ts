import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'mailererror',
  title: "Delivery program failed on the receiving server",
  meaning: "On the receiving server, the program that was meant to deliver or process the message, such as a script or pipe, failed.",
  causes: [
    "A delivery script or filter (for example procmail or a ticketing system) ended with an error.",
    "The program is missing or lacks permission to run.",
    "A wrong configuration of local delivery on the receiving server.",
  ],
  owner: 'recipient-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "A delivery program failed on the receiving server",
  likely: "A delivery program probably failed on the receiving server",
  todo: "the recipient's mail admin must fix it",
  actions: [
    "Tell the recipient or their mail admin another way: the error is in their server's setup, not in your message.",
    "Resend once they confirm it is fixed.",
  ],
  adminActions: [
    "On the receiving side, run the delivery command named in the bounce by hand and check its exit code and logs.",
  ],
  adminNote:
    "The text usually names the command and its exit status, for example 'unknown mailer error 1', a pipe that 'returned 127' (command not found) or Exim 'Child process of ... transport returned'.",
};
