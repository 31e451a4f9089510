/**
 * Tencent: QQ Mail, Foxmail and Tencent Exmail (MX hosts mx1.qq.com, mxbiz1.qq.com ...).
 * Refusals name the rule in English and link to Tencent's help page for it,
 * https://service.mail.qq.com/detail/122/NN . Wording and page numbers below follow those
 * pages as collected in Sisimai's lib/Sisimai/Rhost/Tencent.pm (BSD-2); replies use
 * reserved names.
 */
import type { Provider } from './types.ts';

const HELP = 'https://service.mail.qq.com/detail/122';

export const tencent: Provider = {
  id: 'tencent',
  label: 'QQ Mail / Tencent',
  hosts: ['qq.com', 'foxmail.com', 'exmail.qq.com', 'vip.qq.com'],
  // (Not the words "Mailbox unavailable or access denied": Tencent's reply for detail/122/166,
  // but also RFC 5321's "mailbox unavailable" that many servers join to "access denied"; the
  // provider is named by its hosts and its help links, and the rule below reads those words
  // once one of them has named it.)
  markers: ['service.mail.qq.com', 'mail.qq.com/cgi-bin/help', 'mail.qq.com/detail'],
  reference: HELP,
  rules: [
    // 550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728 (detail/122/169)
    { id: 'provider.tencent.no-mailbox', contains: ['mailbox not found'], reason: 'userunknown', note: 'QQ Mail: no such mailbox', docs: 'https://service.mail.qq.com/detail/122/169' },
    // 550 user@qq.com is a deactivated mailbox
    { id: 'provider.tencent.deactivated', contains: ['is a deactivated mailbox'], reason: 'suspend', note: 'QQ Mail: the mailbox has been deactivated', docs: HELP },
    // 550 Bad address syntax (detail/122/167)
    { id: 'provider.tencent.syntax', contains: ['bad address syntax'], reason: 'syntaxerror', note: 'QQ Mail: the address is not written correctly', docs: 'https://service.mail.qq.com/detail/122/167' },
    // 550 SPF check failed (detail/122/72) / 550 DMARC check failed
    { id: 'provider.tencent.authentication', contains: ['spf check failed', 'dmarc check failed'], reason: 'authfailure', note: 'QQ Mail: the message failed SPF or DMARC', docs: 'https://service.mail.qq.com/detail/122/72' },
    // 550 Ip frequency limited [... Blocked IP 192.0.2.1]. (detail/122/172) / Domain frequency
    // limited (173) / Sender frequency limited (174) / Connection frequency limited (175)
    { id: 'provider.tencent.frequency', contains: ['ip frequency limited', 'domain frequency limited', 'sender frequency limited', 'connection frequency limited'], reason: 'toomanyconn', note: 'QQ Mail limits how often your IP, domain or sender may connect and send; slow down', docs: 'https://service.mail.qq.com/detail/122/172' },
    // 550 Suspected bounce attacks (detail/122/57) / Suspected spam ip (66) / Connection denied (170)
    { id: 'provider.tencent.blocked', contains: ['suspected bounce attacks', 'suspected spam ip', 'connection denied'], reason: 'blocked', note: 'QQ Mail refuses mail from your IP', docs: 'https://service.mail.qq.com/detail/122/66' },
    // 550 Mail content denied (detail/122/171) / Spam is embedded in the email (59)
    { id: 'provider.tencent.content', contains: ['mail content denied', 'spam is embedded in the email'], reason: 'spamdetected', note: "QQ Mail's filter refused the content", docs: 'https://service.mail.qq.com/detail/122/171' },
    // 550 Mail is rejected by recipients (detail/122/92): the recipient blocks your address
    { id: 'provider.tencent.by-recipient', contains: ['mail is rejected by recipients'], reason: 'filtered', owner: 'recipient', note: 'QQ Mail: the recipient has blocked mail from you', docs: 'https://service.mail.qq.com/detail/122/92' },
    // 550 Suspected spam (detail/122/71)
    { id: 'provider.tencent.suspected-spam', contains: ['suspected spam'], reason: 'spamdetected', note: 'QQ Mail judged the message to be spam', docs: 'https://service.mail.qq.com/detail/122/71' },
    // 552 Message too large (detail/122/168)
    { id: 'provider.tencent.too-large', contains: ['message too large'], reason: 'mesgtoobig', note: 'QQ Mail: the message is over the size limit', docs: 'https://service.mail.qq.com/detail/122/168' },
    // 550 Mailbox unavailable or access denied (detail/122/166). Not sure: Sisimai's
    // Rhost/Tencent files the page under a rate limit (speeding), its Reason/Suspend files the
    // same words under a suspended mailbox; either way not a missing one, and the two sources
    // disagree: low.
    { id: 'provider.tencent.unavailable', contains: ['mailbox unavailable or access deni'], reason: 'speeding', confidence: 'low', note: 'QQ Mail is holding back mail to this mailbox for now', docs: 'https://service.mail.qq.com/detail/122/166' },
  ],
};
