import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'syntaxerror',
  title: "Mail servers misunderstood each other",
  meaning: "The receiving server did not understand a command from the sending side, or received the commands in the wrong order.",
  causes: [
    "A faulty or badly configured sending program.",
    "An invalid HELO/EHLO name or an address with invalid syntax.",
    "A step skipped, such as sending before logging in when the server requires it.",
    "A firewall or antivirus program that intercepts and alters the mail session.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The mail servers misunderstood each other",
  likely: "The mail servers probably misunderstood each other",
  todo: "your mail admin must fix the sending program",
  actions: [
    "Forward this bounce to your email admin or the developer of the program that sent it: the receiving server did not understand it.",
    "Resend once they have fixed it.",
  ],
  adminActions: [
    "Find which command was refused; the bounce often names it, such as in reply to RCPT TO.",
    "Check the sending program's SMTP settings and update it; a maintained mail library avoids most of these errors.",
    "Make sure the HELO/EHLO name is a valid, fully qualified hostname.",
    "Check that no firewall or antivirus inspects and changes the SMTP session.",
  ],
  adminNote:
    "Reply codes 500 to 504 and 5.5.x. A 503 'bad sequence of commands' often means the client skipped AUTH or sent RCPT TO before MAIL FROM.",
};
