import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'blocked',
  title: "Sending server is blocked",
  meaning: "The receiving server refused the sending server itself, because of its IP address, hostname or HELO name, often because it is on a blocklist.",
  causes: [
    "The sending IP address is listed on a DNS blocklist such as Spamhaus, Barracuda or SpamCop.",
    "A hacked account, infected computer or abused web form sent spam from that IP.",
    "The IP belongs to a home or dynamic range that should not send mail directly.",
    "The server introduces itself with an invalid HELO/EHLO name.",
    "The receiving organisation blocked your IP or network on its own list.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused your sending server",
  likely: "{server} probably refused your sending server",
  todo: "your mail admin must find out why and fix it",
  actions: [
    "Forward this bounce to your email admin or email provider: the receiver refuses the server your mail goes out through, not your message.",
    "If you use a mail service provider, send them the bounce: the block is on their servers.",
    "Resend once they confirm the block is lifted.",
  ],
  adminActions: [
    "Find and stop whatever may have sent spam from the sending IP (a hacked account, an infected machine, an abused web form) before asking for removal, or it will be blocked again.",
    "Check that the server greets with a real hostname (HELO/EHLO) that resolves to its IP address, with matching reverse DNS.",
    "If you send from a home or dynamic IP, relay through your provider's mail server instead of sending directly.",
  ],
  adminNote:
    "Typical forms: '554 5.7.1 Service unavailable; Client host [IP] blocked using zen.spamhaus.org', Outlook.com S3140/S3150, Comcast BL000001. If the list is a domain list (Spamhaus DBL, URIBL), the listed item is a domain in the message or envelope, not your IP.",
};
