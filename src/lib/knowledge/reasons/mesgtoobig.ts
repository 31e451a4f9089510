import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'mesgtoobig',
  title: "Message too large",
  meaning: "The message is bigger than the largest message the receiving server accepts.",
  causes: [
    "Large attachments, such as videos, scans or many photos.",
    "Attachments grow by about a third when they are encoded for email.",
    "The receiving server has a lower size limit than the sending side, often 10 to 25 MB.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The message is too large for the receiving server",
  likely: "The message is probably too large for the receiving server",
  todo: "send the files as a link instead",
  actions: [
    "Share large files as a download link (cloud storage or a file transfer service) instead of attachments.",
    "Make attachments smaller, for example by resizing photos or compressing files, and resend.",
    "If a link is not possible, split the attachments over several messages.",
  ],
  adminActions: [
    "Base64 adds about a third: a 20 MB file needs a limit of about 27 MB, and the receiver announces its limit with SIZE in its EHLO reply.",
  ],
  adminNote:
    "Usually 552 5.3.4 for a server-wide limit. Base64 encoding adds about 33%, so a 20 MB file needs a limit of roughly 27 MB; receivers announce their limit with the SIZE keyword in the EHLO reply.",
};
