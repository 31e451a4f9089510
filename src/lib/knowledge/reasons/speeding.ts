import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'speeding',
  title: "Sending too fast (rate limited)",
  meaning: "The receiver slowed down or refused the mail because the sender sent too many messages, or sent them too fast, within a period of time.",
  causes: [
    "A bulk send to one provider went out too quickly.",
    "Many messages to the same recipient in a short time.",
    "The sending account reached its daily sending limit.",
    "A new IP address or domain sending a lot without a warm-up period.",
    "A hacked account or script sending spam.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'later',
  verdict: "{server} is refusing mail sent too fast",
  likely: "{server} is probably refusing mail sent too fast",
  todo: "your mail admin must slow sending down",
  actions: [
    "Forward this bounce to your email admin or provider: the receiver limits how fast it accepts mail from your server.",
    "If you sent a lot of mail at once, send the rest more slowly, spread over hours.",
    "If it is your own account's daily limit, wait until it resets (usually within 24 hours) or use a sending service made for bulk mail.",
    "If you did not send that much, change your password: your account may be misused.",
  ],
  adminActions: [
    "Set per-destination rate and concurrency limits for this receiver in the mail server.",
    "Temporary (4xx) rate limits clear on their own: let the queue retry rather than resending.",
  ],
  adminNote:
    "Examples: Gmail 450 4.2.1 'receiving mail too quickly' (one recipient) and 550 5.4.5 'Daily user sending limit exceeded', Microsoft 5.2.121 and 5.2.122, Yahoo 421 4.7.0 [TSS04]. Set per-destination rate and concurrency limits in your MTA.",
};
