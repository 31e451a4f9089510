/**
 * MailChannels, the relay that filters the outgoing mail of many hosting companies (and an
 * inbound filter and a sending API). Its refusals read "550 5.7.1 [TAG] reason": the tag in
 * brackets says which of its controls refused (docs.mailchannels.com: "Outbound SMTP errors",
 * the Email API's "Sending policies", "Inbound SMTP errors"). The words after the tag may be as
 * short as "Message rejected", so the tag decides. Recognised by its name or host, or by one
 * of its tags where it stands as MailChannels writes it, right after the status code.
 */
import type { Provider } from './types.ts';

const OUTBOUND = 'https://docs.mailchannels.com/outbound/smtp-errors';
const API = 'https://docs.mailchannels.com/email-api/sending-policies';
const INBOUND = 'https://docs.mailchannels.com/inbound/smtp-errors';

export const mailchannels: Provider = {
  id: 'mailchannels',
  label: 'MailChannels',
  hosts: ['mailchannels.net', 'mailchannels.com'],
  markers: ['mailchannels', '5.7.1 [ss]', '5.7.1 [rbl]', '5.7.1 [esa]', '5.7.1 [bfd]', '5.7.1 [br]', '5.7.1 [uns]', '5.7.1 [ib_feb]', ' [s09] ', ' [s10] '],
  // The tag in brackets (lower-cased): "[ss]", "[rbl]", "[ib_feb]", "[s10]".
  code: /\[(ss|rbl|esa|bfd|br|uns|ib_feb|s09|s10)\]/,
  reference: OUTBOUND,
  rules: [
    // [SS] the message matches a known spam signature (subject or body words, links).
    { id: 'provider.mailchannels.spam-signature', code: 'ss', contains: [], reason: 'spamdetected', note: 'MailChannels: the message matches a known spam signature (words in the subject or body, or its links)', action: 'Change the content that looks like spam; if the account did not send it, change its password and scan the sending machine for malware.', docs: OUTBOUND },
    // [RBL] the sending IP or domain is on a global block list.
    { id: 'provider.mailchannels.rbl', code: 'rbl', contains: [], reason: 'blocked', note: 'MailChannels: the IP address or domain that sent the message is on a global block list', docs: OUTBOUND },
    // [BFD] the sender is not allowed by the domain's SPF; [ESA] the sender is blocked.
    { id: 'provider.mailchannels.spf', code: 'bfd', contains: [], reason: 'authfailure', note: "MailChannels: the sender is not allowed by its domain's SPF record", docs: API },
    { id: 'provider.mailchannels.sender-blocked', code: 'esa', contains: [], reason: 'rejected', note: 'MailChannels: this sender is blocked from sending through it', docs: API },
    // [BR] too many invalid recipients from the account (its list hygiene).
    { id: 'provider.mailchannels.invalid-recipients', code: 'br', contains: [], reason: 'blocked', owner: 'sender', note: 'MailChannels: your account sent to too many addresses that do not exist, so it is held back (this reply does not say that this address is one of them)', action: 'Remove the addresses that bounced as unknown from your lists, and send only to people who asked for your mail.', docs: API },
    // [UNS] the recipient unsubscribed from the sender's list.
    { id: 'provider.mailchannels.unsubscribed', code: 'uns', contains: [], reason: 'suppressed', note: 'MailChannels: the recipient has unsubscribed from your list, so it sends them nothing more', docs: API },
    // Inbound: [IB_FEB] an attachment type that is not allowed; [S10] blocked.
    { id: 'provider.mailchannels.attachment', code: 'ib_feb', contains: [], reason: 'policyviolation', note: 'MailChannels: the message has an attachment of a type the recipient does not allow', docs: INBOUND },
    { id: 'provider.mailchannels.inbound-blocked', code: 's10', contains: [], reason: 'blocked', note: "MailChannels' inbound filter blocked the message or its sender", docs: INBOUND },
  ],
};
