import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'feedback',
  title: "Spam complaint or feedback report",
  meaning: "This is not a bounce but a feedback report, usually saying that a recipient marked your message as spam.",
  causes: [
    "A recipient clicked 'Report spam' or 'Junk' on your message.",
    "You are signed up to a provider's feedback loop, which forwards such complaints.",
    "A report of another kind, such as suspected fraud, a virus or an authentication failure.",
  ],
  owner: 'sender',
  failure: false,
  hardBounce: false,
  retry: 'not-applicable',
  verdict: "A recipient reported your message as spam (a feedback report, not a bounce)",
  likely: "A recipient probably reported your message as spam (this looks like a feedback report, not a bounce)",
  todo: "stop sending to them",
  actions: [
    "Stop sending to the person who complained: unsubscribe or suppress the address named in the report.",
    "Check why they complained: whether they signed up, and whether unsubscribing is easy.",
    "If many reports arrive, review where your addresses come from and how often you send before your reputation suffers.",
  ],
  adminActions: [
    "Tag messages (a list or recipient id in a header or the return path) so that reports whose address is hidden can still be matched.",
  ],
  adminNote:
    "An ARF report (RFC 5965) whose Feedback-Type is abuse, fraud, virus, auth-failure, not-spam or other. Many providers hide the complainant's address, so tag your messages (for example with a list or recipient id in a header or the return path) to match reports.",
};
