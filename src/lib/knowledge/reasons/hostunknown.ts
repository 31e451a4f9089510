import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'hostunknown',
  title: "Recipient domain does not exist",
  meaning: "The domain after the @ does not exist or has no mail server, so there is nowhere to deliver the message.",
  causes: [
    "A typo in the domain, such as gmial.com for gmail.com or .con for .com.",
    "The domain has expired or was given up.",
    "The organisation moved to a new domain.",
    "The domain exists but has no DNS records for mail (no MX and no address record).",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: true,
  retry: 'no',
  verdict: "The recipient's domain does not exist",
  likely: "The recipient's domain probably does not exist",
  todo: "check its spelling or remove the address",
  actions: [
    "Check the part after the @ in {address} for a typo (such as gmial.com for gmail.com) and resend if you find one.",
    "If it is spelled right, remove the address from your list: the domain no longer receives mail.",
    "Ask the person for a current address another way.",
  ],
  adminActions: [
    "Check the domain with dig MX and dig A: no such domain (NXDOMAIN) confirms it is gone, while a DNS error or timeout is a network problem instead.",
    "Suppress the address once the domain is confirmed gone.",
  ],
  adminNote:
    "Typically 550 5.1.2, or the sending server's own 'Host or domain name not found' after an NXDOMAIN answer. A temporary DNS failure (SERVFAIL or a timeout) is a network error instead; check with dig MX and dig A for the domain.",
};
