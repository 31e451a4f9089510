import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'exceedlimit',
  title: "Message exceeds the recipient's size limit",
  meaning: "The message is larger than the size limit set for this particular recipient or mailbox.",
  causes: [
    "The recipient's mailbox has a lower per-message limit than the server as a whole.",
    "Large attachments, which grow by about a third when encoded for email.",
    "An administrator set a size limit for this user or group.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The message is larger than this recipient may receive",
  likely: "The message is probably larger than this recipient may receive",
  todo: "send the files as a link instead",
  actions: [
    "Share large files as a download link instead of attachments.",
    "Make attachments smaller or split them over several messages, then resend.",
    "Ask the recipient what size they can receive; their admin can raise the limit.",
  ],
  adminActions: [
    "5.2.3 is this mailbox's own limit (5.3.4 would be the server's): only the recipient's admin can raise it.",
  ],
  adminNote:
    "5.2.3 is a per-mailbox limit, as opposed to 5.3.4 for the whole server. Microsoft reports it as RESOLVER.RST.RecipSizeLimit.",
};
