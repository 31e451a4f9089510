import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'requireptr',
  title: "Sending server has no reverse DNS",
  meaning: "The receiver refused the mail because the sending IP address has no valid reverse DNS (PTR) name, or that name does not lead back to the same address.",
  causes: [
    "No PTR record was ever set for the sending IP address.",
    "The PTR is a generic name from the network provider, which looks like a home connection.",
    "The PTR name does not resolve back to the same IP address.",
    "Mail is sent over IPv6 from an address without a PTR record.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused the mail because your sending server has no valid reverse DNS",
  likely: "{server} probably refused the mail because your sending server has no valid reverse DNS",
  todo: "your mail admin must set it up",
  actions: [
    "Forward this bounce to your email admin or hosting provider: the server your mail goes out through lacks a DNS setting.",
    "Resend once they confirm it is fixed.",
  ],
  adminActions: [
    "Ask whoever controls the sending IP (the hosting or network provider) to set a PTR record with a real hostname such as mail.example.com.",
    "Make sure that hostname resolves back to the same IP with an A or AAAA record, and use it as the HELO/EHLO name.",
    "Check with dig -x on the IP, then look up the name it returns.",
  ],
  // Gmail's sender guidelines (support.google.com/a/answer/81126, "IP addresses"): every
  // sending IP must have a PTR record whose hostname resolves back to that IP; for IPv6 it
  // refuses mail without one (5.7.25 / 4.7.23). It was not only an IPv6 rule.
  adminNote:
    "Check with dig -x on the IP, then look up the returned name. Gmail requires this for every sending IP (a PTR whose name leads back to the same IP) and refuses IPv6 mail without it; Comcast and others refuse any IP without one.",
};
