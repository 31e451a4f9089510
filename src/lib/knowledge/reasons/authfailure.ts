import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'authfailure',
  title: "Sender authentication failed (SPF, DKIM or DMARC)",
  meaning: "The message failed the receiver's checks that the sender's domain really sent or approved it (SPF, DKIM or DMARC).",
  causes: [
    "The service that sent the mail is not listed in the domain's SPF record.",
    "DKIM signing is missing, or the signature broke because the message was changed on the way.",
    "The domain's DMARC policy says to reject mail whose From domain does not match a passing SPF or DKIM domain.",
    "Forwarding or a mailing list changed the message or the sending server, so the checks no longer pass.",
    // Gmail and Yahoo since February 2024 (support.google.com/a/answer/81126,
    // senders.yahooinc.com/best-practices); Outlook.com since 5 May 2025 for domains sending
    // over 5,000 a day, refused with 550 5.7.515 (Microsoft's Outlook.com postmaster page and
    // its Defender for Office 365 blog post of 2 April 2025).
    "Gmail and Yahoo (since February 2024) require SPF or DKIM from every sender; they and Outlook.com (since May 2025) require SPF, DKIM and a DMARC record from domains sending more than 5,000 messages a day to them.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "{server} refused the message because your domain is not authenticated",
  likely: "{server} probably refused the message because your domain is not authenticated",
  todo: "your mail admin must fix SPF/DKIM",
  actions: [
    "Forward this bounce to your email admin or whoever manages your domain's DNS: the receiver could not verify that your domain sent this mail.",
    "If you send through a service (a newsletter tool, a CRM, a web shop), tell your admin its name: it must be allowed to send for your domain.",
    "Resend once they confirm the fix.",
  ],
  adminActions: [
    "Add every service that sends for the domain to its SPF record (one TXT record starting with v=spf1).",
    "Turn on DKIM signing in each sending service and publish its public key in DNS.",
    "Make the From domain match a domain that passes SPF or DKIM, and publish a DMARC record.",
    "Send a test message and read its Authentication-Results header to see which check fails.",
  ],
  adminNote:
    "SPF lists the servers allowed to send for a domain, DKIM is the domain's signature on the message, and DMARC requires one of them to pass for the domain in From. Codes include 5.7.20 to 5.7.26, Gmail 5.7.26, 5.7.27 and 5.7.30, Microsoft 5.7.23, 5.7.509 and 5.7.515, and Yahoo 550 5.7.9.",
};
