import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'onhold',
  title: "Bounce with too little detail",
  meaning: "The message bounced, but the report contains too little detail to tell why.",
  causes: [
    "The bounce has a status code but no words explaining it.",
    "The reporting server gave only a generic error.",
    "The bounce was shortened or rewritten on its way back, losing the detail.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The message bounced, but the bounce does not say why",
  likely: "The message bounced, but the bounce does not say why",
  unsure: "The message bounced, but the bounce does not say why",
  todo: "check the address and resend once",
  actions: [
    "Check {address} for typos and resend once; if it bounces the same way, stop and find the cause before sending more.",
    "Contact the recipient another way to confirm the address and tell them mail to it is failing.",
  ],
  adminActions: [
    "Find the full reply in the sending server's log (Postfix said:, Exim SMTP error from remote mail server): it is usually more specific than the bounce.",
  ],
  adminNote:
    "The code class still tells temporary (4.x.x) from permanent (5.x.x). The full SMTP reply in your MTA log (Postfix 'said:', Exim 'SMTP error from remote mail server') is usually more specific than the bounce.",
};
