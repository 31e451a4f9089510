import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'rejected',
  title: "Sender address refused",
  meaning: "The receiving server refused the envelope sender: the return address given in MAIL FROM, or its domain.",
  causes: [
    "The return address is on a domain that does not exist or has no working DNS, often because of a typo in a setting.",
    "The sender domain publishes a null MX, so it could never receive bounces.",
    "The sender address or domain is on the receiver's block list.",
    "The receiver checked the sender address by contacting its server and the check failed.",
    "The return address is missing or not a valid email address.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused your sender address",
  likely: "{server} probably refused your sender address",
  todo: "your mail admin must fix the return address",
  actions: [
    "Forward this bounce to your email admin: the receiving server refused the address your mail was sent from, and only the sending setup can fix that.",
    "Resend once they confirm the sender address is fixed.",
  ],
  adminActions: [
    "Check the envelope sender (Return-Path, MAIL FROM) actually used: it must be a real address on a domain that exists and receives mail.",
    "Make sure the sender domain has working DNS (an MX or address record) and no null MX.",
    "If the server's words say the sender address or domain is blocked, contact the recipient's postmaster with the bounce.",
  ],
  adminNote:
    "A refusal at MAIL FROM, often 550 5.1.7, 5.1.8 or 5.7.27, or Postfix's 'Sender address rejected: Domain not found'. Applications often set the envelope sender separately from the visible From, so check the one actually sent in MAIL FROM.",
};
