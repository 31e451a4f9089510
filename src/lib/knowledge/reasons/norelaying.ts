import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'norelaying',
  title: "Server refused to relay",
  meaning: "The server that was asked to pass the message on refused, because it does not handle mail for that destination or for this sender.",
  causes: [
    "The mail program uses an outgoing server without logging in to it.",
    "Mail was handed to the wrong server, one that does not serve the sender or the recipient.",
    "The recipient domain's MX records point to a server that no longer accepts mail for that domain.",
    "The recipient domain was removed from its mail hosting, for example a cancelled Microsoft 365 tenant.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The server refused to pass the message on (relaying denied)",
  likely: "The server probably refused to pass the message on (relaying denied)",
  todo: "your mail admin must fix the outgoing server settings",
  actions: [
    "Check your mail program's outgoing server settings, or ask your email admin to: it must log in (SMTP authentication) to your provider's server, normally on port 587.",
    "Resend after the setting is fixed.",
  ],
  adminActions: [
    "Make sure the client authenticates before sending and uses the submission server meant for its account.",
    "If the refusing server is the recipient's own, their MX records may point to a server that no longer takes mail for the domain: tell the recipient's admin.",
  ],
  adminNote:
    "Typical replies: '554 5.7.1 Relay access denied', '550 5.7.1 Unable to relay', and Microsoft '550 5.4.1 Relay Access Denied' when the domain is not set up in the tenant that its MX points to.",
};
