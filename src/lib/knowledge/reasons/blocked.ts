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
  actions: [
    "Look the sending IP up on the blocklist named in the bounce and follow its delisting steps.",
    "Before delisting, find and stop what got you listed (a hacked account, an infected machine, an abused form), or you will be listed again.",
    "Check that the server greets with a real hostname (HELO/EHLO) that resolves to its IP address.",
    "If you send from a home or dynamic IP, send through your provider's mail server instead of directly.",
    "If you use a mail service provider, send them the bounce: the block is on their servers, not yours.",
  ],
  adminNote:
    "Typical forms: '554 5.7.1 Service unavailable; Client host [IP] blocked using zen.spamhaus.org', Outlook.com S3140/S3150, Comcast BL000001. If the list is a domain list (Spamhaus DBL, URIBL), the listed item is a domain in the message or envelope, not your IP.",
};
