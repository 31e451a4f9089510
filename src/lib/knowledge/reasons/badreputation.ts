import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'badreputation',
  title: "Sender reputation too low",
  meaning: "The receiver judged the sending IP address or domain to have a poor reputation, so it refused or delayed the mail.",
  causes: [
    "Many recipients marked earlier mail as spam.",
    "Many messages went to addresses that do not exist.",
    "A sudden rise in volume from a new IP address or domain.",
    "Missing or failing SPF, DKIM or DMARC authentication.",
    "A shared IP address whose other users send spam.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused the mail because your sending reputation is poor",
  likely: "{server} probably refused the mail because your sending reputation is poor",
  todo: "your mail admin must improve it",
  actions: [
    "Forward this bounce to your email admin or email provider: the receiver distrusts the server or domain your mail comes from.",
    "Send only to people who asked for your mail, and remove addresses that bounce.",
    "If you use a mail service provider, send them the bounce.",
  ],
  adminActions: [
    // Google Postmaster Tools v2 (all users moved to it on 30 September 2025) no longer shows
    // an IP or domain reputation score; it shows the spam rate, authentication and a
    // Compliance status against Google's sender guidelines (support.google.com/a/answer/81126).
    // SNDS is Microsoft's per-IP data for Outlook.com (sendersupport.olc.protection.outlook.com/snds).
    "Look at the receiver's own sender tools where they exist: Google Postmaster Tools (spam rate and compliance status; it no longer shows a reputation score) and Microsoft SNDS (https://sendersupport.olc.protection.outlook.com/snds/ , the sending IP's status and complaint rate).",
    "Authenticate all mail with SPF, DKIM and DMARC.",
    "Lower the volume to this receiver and raise it gradually: new IP addresses and domains need a warm-up.",
    // Gmail's and Yahoo's sender requirements (February 2024; support.google.com/a/answer/81126,
    // senders.yahooinc.com/best-practices): one-click unsubscribe (RFC 8058) honoured within two
    // days, and a user-reported spam rate below 0.3%.
    "Remove bounced and inactive addresses and make unsubscribing easy (bulk mail to Gmail and Yahoo needs one-click unsubscribe, RFC 8058, honoured within two days): complaints and unknown users drive reputation down.",
    "Keep the share of recipients who mark your mail as spam well under 0.3% (Gmail's and Yahoo's limit for bulk senders); a complaint feedback loop tells you who they are.",
  ],
  adminNote:
    "Examples: Gmail 421 4.7.0 or 550 5.7.1 'very low reputation', Yahoo 421 4.7.0 [TSS04], Cisco 'poor reputation'. Unlike a blocklist there is usually no removal form: reputation recovers as good sending history builds up.",
};
