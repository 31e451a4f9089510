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
    "Check the reputation in the receiver's own tools where they exist, such as Google Postmaster Tools or Microsoft SNDS.",
    "Authenticate all mail with SPF, DKIM and DMARC.",
    "Lower the volume to this receiver and raise it gradually: new IP addresses and domains need a warm-up.",
    "Remove bounced and inactive addresses and make unsubscribing easy: complaints and unknown users drive reputation down.",
  ],
  adminNote:
    "Examples: Gmail 421 4.7.0 or 550 5.7.1 'very low reputation', Yahoo 421 4.7.0 [TSS04], Cisco 'poor reputation'. Unlike a blocklist there is usually no removal form: reputation recovers as good sending history builds up.",
};
