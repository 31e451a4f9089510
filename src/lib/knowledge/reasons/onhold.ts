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
  actions: [
    "Look at the status code and any server text in the bounce; even without a clear reason they may hint at the cause.",
    "If you run the sending server, check its logs for the full reply from the receiving server.",
    "Contact the recipient another way to confirm the address and tell them mail to it is failing.",
    "Resend once; if it bounces the same way, stop and find the cause before sending more.",
  ],
  adminNote:
    "The code class still tells temporary (4.x.x) from permanent (5.x.x). The full SMTP reply in your MTA log (Postfix 'said:', Exim 'SMTP error from remote mail server') is usually more specific than the bounce.",
};
