/**
 * Fortinet FortiMail (appliances and FortiMail Cloud, *.fortimailcloud.com), a filtering gateway
 * that answers for its customers' domains and checks links, IPs and content against FortiGuard's
 * AntiSpam service. Fortinet's community article 410082,
 * https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-Email-is-reject-with-the-error-message-This/ta-p/410082 ,
 * shows the refusal FortiMail Cloud sends when FortiGuard rates a link in the message as spam,
 * and how to ask FortiGuard to review the rating. Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const SPAM_URL = 'https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-Email-is-reject-with-the-error-message-This/ta-p/410082';

export const fortinet: Provider = {
  id: 'fortinet',
  label: 'Fortinet FortiMail',
  hosts: ['fortimailcloud.com'],
  markers: ['fortiguard antispam', 'fortiguard.com'],
  reference: SPAM_URL,
  rules: [
    // 550 5.7.1 This email from IP 192.0.2.10 has been rejected. The email message was detected as
    // spam. FortiGuard AntiSpam(SPAM URL:http://example.net/) — FortiGuard rates a link in the
    // message as spam (phishing, malware or spam URLs are refused by default).
    { id: 'provider.fortinet.spam', contains: ['the email message was detected as spam', 'fortiguard antispam(spam url'], reason: 'spamdetected', note: "FortiMail refused the message as spam: FortiGuard's AntiSpam service rates it (or a link in it) as spam; the link's owner can ask FortiGuard to review the rating", docs: SPAM_URL },
  ],
};
