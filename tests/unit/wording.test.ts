/**
 * English wording families: one short sentence per family, worded as real servers word it,
 * read on its own (a bare reply) and inside a pasted bounce notice (Postfix's, the most
 * common one pasted). Each row asserts the reason, whether it is permanent and whether the
 * address must be removed (hard bounce), so a change in the phrase table that moves a
 * family shows here by name.
 *
 * Also: a reason guessed from the codes or the SMTP stage alone (confidence low) is never a
 * hard bounce, and its summary says the bounce gives no cause in words.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { describe as describeRecipient } from '../../src/lib/core/describe.ts';
import { REASON_IDS } from '../../src/lib/core/types.ts';
import { REASONS } from '../../src/lib/knowledge/reasons/index.ts';

interface Row {
  family: string;
  /** The server's reply as it would be pasted alone. */
  line: string;
  /** The SMTP command it answered, as Postfix writes it ("RCPT TO", "end of DATA"); '' when none. */
  stage: string;
  reason: string;
  permanent: boolean;
  hardBounce: boolean;
}

const row = (family: string, line: string, stage: string, reason: string, permanent: boolean, hardBounce: boolean): Row => ({
  family,
  line,
  stage,
  reason,
  permanent,
  hardBounce,
});

const ROWS: Row[] = [
  // The mailbox does not exist.
  row('user unknown (Postfix table)', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (no such user)', '550 No such user here', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (Gmail)', "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos.", 'RCPT TO', 'userunknown', true, true),
  row('user unknown (mailbox does not exist)', '550 5.1.1 Mailbox does not exist', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (Exchange)', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (qmail)', '511 sorry, no mailbox here by that name. (#5.1.1)', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (invalid recipient)', '550 5.1.1 Invalid recipient', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (named, not found)', '550 User nobody was not found', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (not found in the directory)', '550 Recipient nobody was not found in LDAP', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (address not found)', '550 <a@example.org> not found', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (named, unknown)', '550 5.1.1 Recipient <a@example.org> unknown, sender <s@example.com>', 'RCPT TO', 'userunknown', true, true),
  row('user unknown (no mail box)', '550 No mail box available for this user', 'RCPT TO', 'userunknown', true, true),
  // A temporary "unknown": the receiver itself is not sure, so the address is kept.
  row('user unknown, temporary code', '450 4.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual alias table', 'RCPT TO', 'userunknown', false, false),
  // The mailbox is full.
  row('mailbox full (over quota)', '552 5.2.2 <a@example.org>: user is over quota', 'RCPT TO', 'mailboxfull', true, false),
  row('mailbox full (Gmail, temporary)', '452 4.2.2 The email account that you tried to reach is over quota', 'RCPT TO', 'mailboxfull', false, false),
  row('mailbox full (mailbox full)', '552 5.2.2 Mailbox full', 'end of DATA', 'mailboxfull', true, false),
  row('mailbox full (not enough free space)', '452 4.2.2 Not enough free space in mailbox', 'end of DATA', 'mailboxfull', false, false),
  row('mailbox full (insufficient storage)', '452 4.2.2 Insufficient storage for this mailbox', 'RCPT TO', 'mailboxfull', false, false),
  row('mailbox full (quota exceeded)', '552 5.2.2 Quota exceeded (mailbox for user is full)', 'end of DATA', 'mailboxfull', true, false),
  // The words alone, with no status code to lean on.
  row('mailbox full (not enough free space, words only)', '452 Not enough free space in mailbox', 'end of DATA', 'mailboxfull', false, false),
  row('mailbox full (insufficient storage, words only)', '452 Insufficient storage for this mailbox', 'RCPT TO', 'mailboxfull', false, false),
  row('mailbox full (mailbox size limit)', '552 5.2.2 Mailbox size limit exceeded', 'end of DATA', 'mailboxfull', true, false),
  row('mailbox full (over storage limit)', '550 Account over storage limit', 'RCPT TO', 'mailboxfull', true, false),
  // The receiving system's own storage, not the mailbox's.
  row('system storage', '452 4.3.1 Insufficient system storage', 'MAIL FROM', 'systemfull', false, false),
  // Greylisting: a deliberate first refusal; the sending server retries and gets through.
  row('greylisting (Postgrey)', '450 4.2.0 <a@example.org>: Recipient address rejected: Greylisted, try again later', 'RCPT TO', 'blocked', false, false),
  row('greylisting (milter-greylist)', '451 4.7.1 Greylisting in action, please come back later', 'RCPT TO', 'blocked', false, false),
  // Rate limits.
  row('rate limit (per IP)', '421 4.7.0 Too many messages from your IP, rate limited', 'MAIL FROM', 'speeding', false, false),
  row('rate limit (Gmail per recipient)', '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', 'RCPT TO', 'speeding', false, false),
  // The message is too big.
  row('message too big (SIZE)', '552 5.3.4 Message size exceeds fixed maximum message size', 'MAIL FROM', 'mesgtoobig', true, false),
  row('message too big (file too big)', '552 5.3.4 Error: message file too big', 'end of DATA', 'mesgtoobig', true, false),
  // Relaying denied.
  row('relaying denied (Postfix)', '554 5.7.1 <a@example.org>: Relay access denied', 'RCPT TO', 'norelaying', true, false),
  row('relaying denied (Exchange)', '550 5.7.1 Unable to relay', 'RCPT TO', 'norelaying', true, false),
  row('relaying denied (qmail rcpthosts)', "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'RCPT TO', 'norelaying', true, false),
  // The recipient's own filter.
  row('recipient filter (senders list)', '554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email addresses', 'end of DATA', 'filtered', true, false),
  // Authentication: SPF, DKIM, DMARC.
  row('authentication (Gmail 5.7.26)', '550-5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).', 'end of DATA', 'authfailure', true, false),
  row('authentication (DMARC)', '550 5.7.1 Message rejected due to DMARC policy', 'end of DATA', 'authfailure', true, false),
  row('authentication (SPF)', '550 5.7.23 SPF validation failed', 'end of DATA', 'authfailure', true, false),
  row('authentication (DKIM)', '550 5.7.1 DKIM signature verification failed', 'end of DATA', 'authfailure', true, false),
  row('authentication (policyd-spf)', '550 5.7.1 <a@example.org>: Recipient address rejected: Rejected by SPF: 192.0.2.1 is not a designated mailserver for s%40example.com', 'RCPT TO', 'authfailure', true, false),
  // Postfix's recipient probe: its own result decides, and a temporary code keeps the address.
  row('recipient probe, temporary', '450 4.1.1 <a@example.org>: Recipient address rejected: unverified address: host mx.example.org[192.0.2.7] said: 550 5.1.1 User unknown', 'RCPT TO', 'userunknown', false, false),
  row('authentication (does not pass SPF)', '550 Sender domain does not pass SPF', 'MAIL FROM', 'authfailure', true, false),
  // Blocklists.
  row('blocklist (Spamhaus)', '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'RCPT TO', 'blocked', true, false),
  row('blocklist (listed IP)', '550 5.7.1 Your IP address 192.0.2.1 is listed on a blocklist', 'MAIL FROM', 'blocked', true, false),
  row('blocklist (T-Online BL)', '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact postmaster@example.net to clarify.) (BL)', 'MAIL FROM', 'blocked', true, false),
  // A refusal "for policy reasons": the words decide over X.7.9's registry meaning.
  row('policy (Yahoo, 5.7.9)', '554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com/kb/postmaster', 'end of DATA', 'policyviolation', true, false),
  // The address that does not exist is the sender's: not the recipient's, so nothing to remove.
  row('sender does not exist (named)', '550 5.7.1 Your message was rejected because the sender a@example.com does not exist', 'MAIL FROM', 'rejected', true, false),
  row('sender unknown', '550 5.1.0 Sender unknown', 'MAIL FROM', 'rejected', true, false),
  row('sender unknown (named)', '550 Sender <s@example.com> unknown', 'MAIL FROM', 'rejected', true, false),
  row('return path does not exist', '550 5.1.1 Return-path address does not exist', 'MAIL FROM', 'rejected', true, false),
  row('mail from refused, no such user', '550 5.7.1 Mail from s@example.com refused: no such user', 'MAIL FROM', 'rejected', true, false),
  row('MAIL FROM address not found', '550 5.1.0 MAIL FROM address s@example.com not found', 'MAIL FROM', 'rejected', true, false),
  row('sender domain does not exist', '550 5.1.8 The sender domain example.net does not exist', 'MAIL FROM', 'rejected', true, false),
  row('host unknown (qmail)', "Sorry, I couldn't find any host named example.org. (#5.1.2)", '', 'hostunknown', true, true),
  row('content restrictions', '550 5.7.1 Message rejected due to content restrictions', 'end of DATA', 'policyviolation', true, false),
  // Two possible causes in one breath: the address may exist, so it is kept.
  row('user unknown or blocked sender', '550 User unknown or blocked sender', 'RCPT TO', 'onhold', true, false),
  row('recipient not found, or your server is blocked', '550 Recipient not found, or your server is blocked', 'RCPT TO', 'onhold', true, false),
  row('no such user, or a listed IP (the listing named first)', '550 No such user here, or your IP is on a blocklist', 'RCPT TO', 'onhold', true, false),
  row('mailbox not found, or blocked as spam (next sentence)', '550 Mailbox not found. Please check the address and try again, or your message may have been blocked as spam.', 'RCPT TO', 'onhold', true, false),
  row('mailbox not found, check the address (one cause)', '550 Mailbox not found. Please check the address or contact the recipient by other means.', 'RCPT TO', 'userunknown', true, true),
  row('recipient preferences (Facebook)', "550 5.7.1 Based on the email preferences of the person you're trying to email, this message could not be delivered.", 'end of DATA', 'filtered', true, false),
  // A bad-mailbox code (X.1.1) whose words name another cause: the two disagree, the address is kept.
  row('5.1.1 with words of a block', '550 5.1.1 Blocked', 'RCPT TO', 'onhold', true, false),
  row('5.1.1 with words of content', '554 5.1.1 Message rejected due to content', 'end of DATA', 'onhold', true, false),
  row('5.1.1 with words of a later try', '550 5.1.1 Try again later', 'RCPT TO', 'onhold', true, false),
  row('5.1.2 with words of a block', '550 5.1.2 Blocked', 'RCPT TO', 'onhold', true, false),
  row('5.1.1 with a bare refusal (the code stands)', '550 5.1.1 Message rejected', 'RCPT TO', 'userunknown', true, true),
  row('refused by the recipient', '550 5.7.1 Your message was rejected by this user and was not delivered.', 'end of DATA', 'filtered', true, false),
  row('old TLS versions (Microsoft 4.7.66)', '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.', 'MAIL FROM', 'failedstarttls', false, false),
  // "moved to" is a new address only with one after it.
  row('moved to a new address', '550 5.1.6 User moved to b@example.net', 'RCPT TO', 'hasmoved', true, true),
  row('moved to quarantine (no new address)', '550 5.7.1 Message moved to quarantine', 'end of DATA', 'securityerror', true, false),
  // Content filters named by name.
  row('spam filter (SpamAssassin)', "550 5.7.1 Blocked by SpamAssassin", 'end of DATA', 'spamdetected', true, false),
  row('spam filter (rspamd)', '554 5.7.1 Spam message rejected by rspamd', 'end of DATA', 'spamdetected', true, false),
  // Header refusals.
  row('header refusal (header error)', '554 5.7.9 Header error', 'end of DATA', 'policyviolation', true, false),
  row('header refusal (not accepted)', '550 5.7.1 Headers are not accepted', 'end of DATA', 'policyviolation', true, false),
  row('header refusal (header rejected)', '550 Message header rejected', 'end of DATA', 'policyviolation', true, false),
  // Reverse DNS.
  row('PTR (Postfix, temporary)', '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]', 'RCPT TO', 'requireptr', false, false),
  row('PTR (Gmail 5.7.25)', '550 5.7.25 The IP address sending this message does not have a PTR record setup', 'MAIL FROM', 'requireptr', true, false),
  // Expired in the queue: the sending server gave up; its 4.x.x code says a later attempt can succeed.
  row('expired', '4.4.7 Delivery time expired', '', 'expired', false, false),
  // The account exists but is disabled or suspended: not a bad address.
  row('mailbox disabled (Gmail)', '550 5.2.1 The email account that you tried to reach is disabled.', 'RCPT TO', 'suspend', true, false),
  row('mailbox disabled', '550 5.2.1 Mailbox disabled, not accepting messages', 'RCPT TO', 'suspend', true, false),
  row('account suspended', '550 5.2.1 This account has been suspended', 'RCPT TO', 'suspend', true, false),
  // An expired account is a closed one, not a message that waited too long in a queue.
  row('account expired', '550 User account is expired', 'RCPT TO', 'suspend', true, false),
  // The domain does not exist.
  row('host unknown', '550 5.1.2 Host unknown', '', 'hostunknown', true, true),
  row('host unknown (domain not found)', '550 5.1.2 <a@example.org>: Recipient address rejected: Domain not found', 'RCPT TO', 'hostunknown', true, true),
  // A cause the table does not know, after "Recipient address rejected:": nothing says the
  // address is bad.
  row('recipient rejected, own cause', '550 5.0.0 <a@example.org>: Recipient address rejected: On hold', 'RCPT TO', 'onhold', true, false),
  // The sending host refused for what it is or did: a block, never the recipient's address.
  row('sending IP refused', '554 5.7.1 Sender IP address rejected', 'MAIL FROM', 'blocked', true, false),
  row('spam IPs blocked', '554 Dynamic/zombied/spam IPs blocked', '', 'blocked', true, false),
  row('open proxy', '550 5.7.1 Rejecting open proxy 192.0.2.1', 'MAIL FROM', 'blocked', true, false),
  row('remote host looks like a spammer (qmail)', '553 sorry, your remotehost looks suspiciously like spammer (#5.7.1)', '', 'blocked', true, false),
  row('not accepting mail from your IP (Microsoft)', '550 5.7.1 Not currently accepting mail from your IP', 'MAIL FROM', 'blocked', true, false),
  row('mail from a named IP refused', '550 Mail from 192.0.2.1 refused', 'MAIL FROM', 'blocked', true, false),
  // The envelope sender refused: nothing to remove.
  row('sender email address rejected', '550 5.1.0 Sender email address rejected', 'MAIL FROM', 'rejected', true, false),
  // "Recipient address rejected: Access denied" alone: Postfix's access rule or Microsoft's
  // directory check; only the status code (5.7.1 or 5.4.1) or Microsoft's AS(…) tag tells.
  row('access denied, no status', '550 <a@example.org>: Recipient address rejected: Access denied', 'RCPT TO', 'onhold', true, false),
  row('access denied, Microsoft 5.4.1', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)', 'RCPT TO', 'userunknown', true, true),
  row('sender blacklisted', '550 5.7.1 Access denied (sender blacklisted)', 'MAIL FROM', 'rejected', true, false),
  row('sending identity not verified (SES)', '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@example.com', '', 'rejected', true, false),
  row('BATV', '550 5.7.1 BATV failed to verify', 'RCPT TO', 'rejected', true, false),
  row('sender domain not accepted, not a domain that takes no mail', '550 5.7.1 This server does not accept mail from example.com', 'MAIL FROM', 'rejected', true, false),
  // A suppression list of the sending service: nothing was sent now.
  row('suppression list', '550 Address is on the suppression list', 'RCPT TO', 'suppressed', true, false),
  // The recipient's own filter, whatever the code.
  row('user reject (5.1.2)', '550 5.1.2 User reject', 'RCPT TO', 'filtered', true, false),
  row('recipient refuses', '550 Recipient refuses to accept your mail', 'RCPT TO', 'filtered', true, false),
  // Inactive or suspended accounts.
  row('temporarily inactive', '550 5.2.1 Recipient rejected: temporarily inactive', 'RCPT TO', 'suspend', true, false),
  row('extended inactivity', '550 Due to extended inactivity new mail is not currently being accepted for this mailbox', 'RCPT TO', 'suspend', true, false),
  row('account temporarily suspended', '550 5.2.1 This account has been temporarily suspended', 'RCPT TO', 'suspend', true, false),
  // The mailbox, not the message.
  row('mailbox file size', '552 5.2.2 Mail file size exceeds the maximum size allowed for mail delivery', 'end of DATA', 'mailboxfull', true, false),
  row('quota violation', '552 Quota violation for a@example.org', 'end of DATA', 'mailboxfull', true, false),
  row('inbound message size', '552 Exceeded maximum inbound message size', 'end of DATA', 'mesgtoobig', true, false),
  row('header size', '552 5.6.0 Header size exceeds maximum permitted', 'end of DATA', 'contenterror', true, false),
  row('mail domain unknown', '550 Mail domain mentioned in email address is unknown', 'RCPT TO', 'hostunknown', true, true),
  row('forwarding loop', '554 5.4.6 Mail forwarding loop for a@example.org', '', 'networkerror', true, false),
  row('not a gateway (Sendmail)', '550 5.7.1 Not local host example.org, not a gateway', 'RCPT TO', 'norelaying', true, false),
  row('forward DNS of the sending IP (Gmail)', '550 5.7.25 The corresponding forward DNS entry does not point to the sending IP', 'MAIL FROM', 'requireptr', true, false),
  row('bad SPF records', '550 5.7.1 Bad SPF records for example.com', 'MAIL FROM', 'authfailure', true, false),
  row('IP/domain reputation', '554 IP/domain reputation problems', 'MAIL FROM', 'badreputation', true, false),
  // A rate limit worded with the client host or its IP is not a block.
  row('try again slower (Postfix policy)', '451 4.7.1 Client host rejected: Please try again slower', 'RCPT TO', 'speeding', false, false),
  row('IP temporarily rate limited', '421 4.7.0 Mail sent from your IP address has been temporarily rate limited', 'MAIL FROM', 'speeding', false, false),
  // A local rule, not a destination that takes no mail (which would remove the address).
  row('no attachments accepted (AOL)', '554 5.7.1 Your mail could not be delivered because the recipient is not accepting mail with attachments', 'end of DATA', 'policyviolation', true, false),
  row('members-only list', '550 5.7.1 Posting by non-member to a members-only list', 'RCPT TO', 'policyviolation', true, false),
  row('delivery program output', '550 5.3.0 Command output: permission denied', '', 'mailererror', true, false),
  row('not in validrcptto (qmail)', '553 sorry, this recipient is not in my validrcptto list (#5.7.1)', 'RCPT TO', 'userunknown', true, true),
  row('recipient not exist', '550 Recipient not exist', 'RCPT TO', 'userunknown', true, true),
  row('spam filter (SpamProfiler)', '554 Message refused by MailMarshal SpamProfiler', 'end of DATA', 'spamdetected', true, false),
  row('failing for a long time', '550 5.4.7 Deliveries to this address have been failing for a long time', '', 'expired', true, false),
  // Gmail ends replies of other causes with the same rate-limit sentence: the first sentence decides.
  row('low reputation, then rate limited (Gmail)', '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.', 'end of DATA', 'badreputation', false, false),
  row('SPF entries, then rate limited (Gmail)', '451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.', 'end of DATA', 'authfailure', false, false),
  row('excessive volume (iCloud)', '421 4.7.1 Messages to a@example.org deferred due to excessive volume. Try again later', 'RCPT TO', 'speeding', false, false),
  row('relay sending denied (Google Workspace)', '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.', 'MAIL FROM', 'rejected', true, false),
  row('multiple destination domains (Gmail)', '451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.', 'RCPT TO', 'systemerror', false, false),
  // Mimecast's policy wordings and Exim's own login refusal.
  row('TLS required by policy (Mimecast)', '553 This route requires encryption (TLS)', 'MAIL FROM', 'failedstarttls', true, false),
  row('open relay not allowed (Mimecast)', '451 Open relay not allowed', 'RCPT TO', 'norelaying', false, false),
  row('maximum email size (Mimecast)', '554 Maximum email size exceeded', 'end of DATA', 'mesgtoobig', true, false),
  row('blocked senders policy (Mimecast)', '550 Envelope rejected - Block policy for envelope from address', 'MAIL FROM', 'rejected', true, false),
  row('bad outbound sender (Exchange)', '550 5.1.8 Access denied, bad outbound sender', 'MAIL FROM', 'rejected', true, false),
  row('login refused (Exim)', '535 Incorrect authentication data', '', 'securityerror', true, false),
  // Words alone, without the status code that would otherwise settle them.
  row('recipient size limit, words only', "552 Message exceeds the recipient's size limit", 'end of DATA', 'exceedlimit', true, false),
  row('SPF did not pass (Gmail 4.7.27), words only', "421 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF.", 'end of DATA', 'authfailure', false, false),
  row('same Message-ID quota (Gmail), words only', '421 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:.', 'end of DATA', 'policyviolation', false, false),
  row('no longer on server (iCloud), words only', '550 recipient no longer on server: a@example.org', 'RCPT TO', 'hasmoved', true, true),
  row('address replaced, words only', '550 Address a@example.org has been replaced by b@example.org', 'RCPT TO', 'hasmoved', true, true),
  row('too many login attempts (Gmail)', '454 4.7.0 Too many login attempts, please try again later.', '', 'securityerror', false, false),
];

/** The line as Postfix's bounce notice quotes it (what people paste from their mail client). */
function notice(line: string, stage: string): string {
  const quoted = stage ? `<a@example.org>: host mx.example.org[192.0.2.1] said: ${line} (in reply to ${stage} command)` : `<a@example.org>: ${line}`;
  return [
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    '                   The mail system',
    '',
    quoted,
    '',
  ].join('\n');
}

/** The opening of Exim's bounce notice, down to the failed address. */
const EXIM_OPENING = [
  'This message was created automatically by mail delivery software.',
  '',
  'A message that you sent could not be delivered to one or more of its',
  'recipients. This is a permanent error. The following address(es) failed:',
  '',
  '  a@example.org',
];

/** The line as Exim's bounce notice quotes it. */
function eximNotice(line: string, stage: string): string {
  const after = stage === 'RCPT TO' ? ' after RCPT TO:<a@example.org>' : stage === 'MAIL FROM' ? ' after MAIL FROM:<s@example.com>' : stage === 'end of DATA' ? ' after end of data' : '';
  return [
    ...EXIM_OPENING,
    '    host mx.example.org [192.0.2.1]',
    `    SMTP error from remote mail server${after}:`,
    `    ${line}`,
    '',
  ].join('\n');
}

describe('English wording families', () => {
  for (const r of ROWS) {
    it(`${r.family}: bare reply → ${r.reason}, ${r.permanent ? 'permanent' : 'temporary'}${r.hardBounce ? ', hard bounce' : ''}`, () => {
      const report = explain(r.line);
      expect(report.recipients).toHaveLength(1);
      const [x] = report.recipients;
      expect([x.reason, x.permanent, x.hardBounce]).toEqual([r.reason, r.permanent, r.hardBounce]);
    });
    for (const [where, wrap] of [
      ['inside a pasted notice → the same, for a@example.org', notice],
      ["inside Exim's notice → the same", eximNotice],
    ] as const) {
      it(`${r.family}: ${where}`, () => {
        const report = explain(wrap(r.line, r.stage));
        expect(report.kind).toBe('bounce');
        expect(report.recipients).toHaveLength(1);
        const [x] = report.recipients;
        expect(x.address).toBe('a@example.org');
        expect([x.reason, x.permanent, x.hardBounce]).toEqual([r.reason, r.permanent, r.hardBounce]);
      });
    }
  }
});

describe('a guess from the codes or the stage is never a hard bounce', () => {
  // Refusals with no cause in words: the reason comes from the stage or the reply code only.
  const GUESSES: [string, string][] = [
    ['SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 sorry', 'userunknown'],
    ['551 not here', 'hasmoved'],
    [notice('550 go away', 'RCPT TO'), 'userunknown'],
  ];
  for (const [input, reason] of GUESSES) {
    it(`${JSON.stringify(input.split('\n').find((l) => /\d{3}/.test(l)))} → ${reason}, low confidence, kept`, () => {
      const [x] = explain(input).recipients;
      expect(x.reason).toBe(reason);
      expect(x.confidence).toBe('low');
      expect(x.permanent).toBe(true);
      expect(x.hardBounce).toBe(false);
      expect(x.summary).toContain('The bounce gives no cause in words');
      expect(x.headline.tone).not.toBe('address-bad');
      // The steps say to check the address, not to remove it.
      const sender = x.actions.filter((a) => a.audience === 'sender').map((a) => a.text);
      expect(sender[0]).toMatch(/does not say in words that .* is bad: check it/);
      expect(sender.some((t) => /^Remove /.test(t))).toBe(false);
    });
  }

  it('holds for every reason that would remove an address', () => {
    const bad = REASON_IDS.filter((id) => REASONS[id].hardBounce || id === 'notaccept');
    expect(bad).toContain('userunknown');
    for (const reason of bad) {
      const input = {
        address: 'a@example.org',
        reason,
        status: '5.0.0',
        replyCode: '550',
        action: 'failed',
        command: null,
        remoteMta: null,
        diagnosticLower: '550 sorry',
        provider: null,
        rule: null,
      } as const;
      expect(describeRecipient({ ...input, confidence: 'low' }).hardBounce, reason).toBe(false);
      expect(describeRecipient({ ...input, confidence: 'medium' }).hardBounce, reason).toBe(true);
    }
  });

  it('the same refusal with the cause in words is a hard bounce', () => {
    const [x] = explain('SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 No such user here').recipients;
    expect([x.reason, x.confidence, x.hardBounce]).toEqual(['userunknown', 'high', true]);
  });
});

describe('a notice that leaves the cause to its delivery report', () => {
  // What a mail app shows of Exchange's and Amazon SES's notices: the addresses, no cause and
  // no code; the cause is in the attached message/delivery-status part.
  const SHOWN: [string, string][] = [
    ['Exchange', 'This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       a@example.org\n'],
    ['Amazon SES', 'An error occurred while trying to deliver the mail to the following recipients:\na@example.org\n'],
  ];
  for (const [who, text] of SHOWN) {
    it(`${who}: no reason is claimed, the address is kept, and the summary says where the cause is`, () => {
      const [x] = explain(text).recipients;
      expect(x.address).toBe('a@example.org');
      expect(['undefined', 'onhold']).toContain(x.reason);
      expect(x.confidence).toBe('low');
      expect(x.hardBounce).toBe(false);
      expect(x.summary).toContain('The bounce gives no cause in words and no code: the cause is usually in the delivery report attached to it');
      expect(x.actions[0]).toEqual({ audience: 'sender', text: expect.stringMatching(/^Paste the whole bounce \("Show original"/) });
    });
  }
  it('a whole message with no code says so, without asking for the whole message', () => {
    const raw = 'From: MAILER-DAEMON@example.com\nSubject: Undeliverable\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n       a@example.org\n';
    const [x] = explain(raw).recipients;
    expect(x.hardBounce).toBe(false);
    expect(x.summary).toContain('The bounce gives no cause in words and no code.');
    expect(x.summary).not.toContain('Show original');
    expect(x.actions.some((a) => a.text.startsWith('Paste the whole bounce'))).toBe(false);
  });
});

describe('permanence in words, where no code states it', () => {
  // Final notices whose recipient line has no reply code and no status: what the words say
  // of the failure decides permanent or temporary; with no such words it stays unsaid.
  const postfix = (line: string) => notice(line, '');
  const CASES: { name: string; text: string; reason: string; permanent: boolean | null; hardBounce: boolean; gaveUp?: boolean }[] = [
    {
      name: 'Exim: "This is a permanent error" above a cause in words',
      text: eximNotice('mailbox is full', '').replace(/\n {4}host mx[^\n]*\n {4}SMTP error from remote mail server:/, ''),
      reason: 'mailboxfull',
      permanent: true,
      hardBounce: false,
    },
    {
      name: 'Exim: the same notice after retries ran out on a full mailbox: temporary, the server gave up',
      text: eximNotice('mailbox is full: retry timeout exceeded', '').replace(/\n {4}host mx[^\n]*\n {4}SMTP error from remote mail server:/, ''),
      reason: 'mailboxfull',
      permanent: false,
      hardBounce: false,
      gaveUp: true,
    },
    {
      name: 'qmail: "This is a permanent error; I\'ve given up"',
      text: "Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<a@example.org>:\nvdelivermail: account is locked email bounced a@example.org\n\n--- Below this line is a copy of the message.\n",
      reason: 'suspend',
      permanent: true,
      hardBounce: false,
    },
    {
      name: 'PowerMTA: "delivery failed; will not continue trying", no cause',
      text: 'Hello, this is the mail server on mail.example.com.\n\nI am sending you this message to inform you on the delivery status of a\nmessage you previously sent.  Immediately below you will find a list of\nthe affected recipients;  also attached is a Delivery Status Notification\n(DSN) report in standard format, as well as the headers of the original\nmessage.\n\n  <a@example.org>  delivery failed; will not continue trying\n',
      reason: 'onhold',
      permanent: true,
      hardBounce: false,
    },
    {
      name: 'Sendmail: "permanent fatal errors" heading over a transcript that was only deferred',
      text: 'The original message was received at Mon, 2 Mar 2026 10:00:00 +0000\nfrom mail.example.com [192.0.2.10]\n\n   ----- The following addresses had permanent fatal errors -----\n<a@example.org>\n\n   ----- Transcript of session follows -----\n<a@example.org>... Deferred: Connection refused by mx.example.org.\nMessage could not be delivered for 5 days\nMessage will be deleted from queue\n',
      reason: 'blocked',
      permanent: false,
      hardBounce: false,
      gaveUp: true,
    },
    { name: 'Postfix: "temporary failure", no cause', text: postfix('temporary failure'), reason: 'onhold', permanent: false, hardBounce: false, gaveUp: true },
    {
      name: 'Postfix: the resolver\'s "Host not found, try again" is no missing domain',
      text: postfix('Name service error for name=example.org type=MX: Host not found, try again'),
      reason: 'networkerror',
      permanent: false,
      hardBounce: false,
      gaveUp: true,
    },
    {
      name: 'Courier: "No such domain" says the address is bad, so it fails for good',
      text: 'This is a delivery status notification from mail.example.com,\nrunning the Courier mail server, version 1.1.\n\n                           UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<a@example.org>:\n<<< No such domain.\n',
      reason: 'hostunknown',
      permanent: true,
      hardBounce: true,
    },
    {
      name: 'Exchange: "Delivery to the following recipients failed." says neither',
      text: 'This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       a@example.org\n',
      reason: 'undefined',
      permanent: null,
      hardBounce: false,
    },
  ];
  for (const c of CASES) {
    it(`${c.name} → ${c.reason}, ${c.permanent === null ? 'permanence unsaid' : c.permanent ? 'permanent' : 'temporary'}`, () => {
      const report = explain(c.text);
      expect(report.kind).toBe('bounce');
      const [x] = report.recipients;
      expect(x.address).toBe('a@example.org');
      expect([x.status, x.replyCode]).toEqual([null, null]);
      expect([x.reason, x.permanent, x.hardBounce]).toEqual([c.reason, c.permanent, c.hardBounce]);
      if (c.gaveUp) expect(x.headline.text).toMatch(/^The sending server gave up retrying/);
    });
  }
});

describe('a notice as a mail app may show it: indentation lost, sentences wrapped', () => {
  const dedent = (text: string) => text.replace(/^[ \t]+/gm, '');
  const exim = (reason: string[]) =>
    [
      ...EXIM_OPENING,
      ...reason.map((l) => `    ${l}`),
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      'To: a@example.org',
      'Subject: hello',
      '',
    ].join('\n');
  const cpanel = ['The mail server could not deliver mail to a@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.'];
  const cpanelWrapped = ['The mail server could not deliver mail to a@example.org.  The', 'account or domain may not exist, they may be blacklisted, or missing the', 'proper dns entries.'];
  const amavis = [
    'The message WAS NOT relayed to:',
    '  <a@example.org>: [192.0.2.25] said:',
    '   550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    '',
    'This nondelivery report was generated by the program amavisd-new at host',
    'filter.example.com. Our internal reference code for your message is',
    '12345-06/AbCdEf',
    '',
  ].join('\n');
  const exchange = (sentence: string[]) => ['Delivery has failed to these recipients or groups:', '', 'a@example.org', ...sentence, ''].join('\n');
  const CASES: [string, string, string, boolean][] = [
    ["Exchange's notice with no diagnostic", exchange(["The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message."]), 'userunknown', true],
    ["Exchange's notice with no diagnostic, wrapped", exchange(['The email address you entered', "couldn't be found. Please check the", "recipient's email address and try to", 'resend the message.']), 'userunknown', true],
    [
      "Gmail's older notice that lost its blank lines, its returned original right under the reply",
      [
        'Delivery to the following recipient failed permanently:',
        '     a@example.org',
        'Technical details of permanent failure:',
        'Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.25].',
        'The error that the other server returned was:',
        '550 5.1.1 <a@example.org>... User Unknown',
        '----- Original message -----',
        'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s1;',
        'Content-Type: text/plain; charset=us-ascii',
        'Subject: hello',
        '',
      ].join('\n'),
      'userunknown',
      true,
    ],
    ["Exim (cPanel's routing words)", exim(cpanel), 'hostunknown', true],
    [
      'Exim, an entry whose lines were joined: the sender refused at MAIL FROM is no recipient',
      exim(['host mx.example.org [192.0.2.1] SMTP error from remote mail server after MAIL FROM:<s@example.com>: 550 5.1.7 No such domain example.com.']).replace('  a@example.org\n    host', '  a@example.org host'),
      'rejected',
      false,
    ],
    ["Exim (cPanel's routing words), wrapped", exim(cpanelWrapped), 'hostunknown', true],
    ["Exim (cPanel's routing words), wrapped and at the margin", dedent(exim(cpanelWrapped)), 'hostunknown', true],
    ['Exim, a refusal at the margin', dedent(exim(['host mx.example.org [192.0.2.1]', 'SMTP error from remote mail server after RCPT TO:<a@example.org>:', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown'])), 'userunknown', true],
    ['amavisd-new', amavis, 'userunknown', true],
    ['amavisd-new, at the margin', dedent(amavis), 'userunknown', true],
  ];
  for (const [name, text, reason, hardBounce] of CASES) {
    it(`${name} → ${reason}`, () => {
      const report = explain(text);
      expect(report.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([['a@example.org', reason, hardBounce]]);
    });
  }
});

describe('a line that names the recipient, then the reason under it', () => {
  // What providers' own notices and translated ones look like pasted: the address on a line
  // that only says the delivery failed, and the cause on the lines under it.
  const CASES: [string, string, string, string][] = [
    ['"Reason:" under "could not be delivered to:"', "Your message could not be delivered to: a@example.org\nReason: The recipient's mailbox is full.", 'a@example.org', 'mailboxfull'],
    ['"Reason:" under "Undeliverable:"', 'Undeliverable: a@example.org\nReason: Mailbox does not exist', 'a@example.org', 'userunknown'],
    ['German "Grund:" under the notice', 'Die Nachricht konnte nicht zugestellt werden an: a@example.de\nGrund: Das Postfach des Empfängers ist voll.', 'a@example.de', 'mailboxfull'],
    ['German cause under the notice, no label', 'Die Nachricht konnte nicht zugestellt werden an: a@example.de\nDas Postfach des Empfängers ist voll.', 'a@example.de', 'mailboxfull'],
    ['German "Unzustellbar:" then "Grund:"', 'Unzustellbar: a@example.de\nGrund: Postfach voll', 'a@example.de', 'mailboxfull'],
    ['English sentence, reason under it', 'Your message to a@example.org could not be delivered.\nThe recipient\'s mailbox is full.', 'a@example.org', 'mailboxfull'],
    ['English sentence, "Reason:" under it', 'Message delivery to a@example.org failed.\nReason: user does not exist', 'a@example.org', 'userunknown'],
    ['English sentence that goes on "because …"', "Your message was not delivered to a@example.org because the mailbox is full. Please try again later.", 'a@example.org', 'mailboxfull'],
  ];
  for (const [name, text, address, reason] of CASES) {
    it(name, () => {
      const r = explain(text);
      expect(r.kind).toBe('bounce');
      expect(r.recipients.map((x) => [x.address, x.reason, x.confidence])).toEqual([[address, reason, 'high']]);
      // The evidence for the reason lies in the lines under the address, not in its line.
      const [x] = r.recipients;
      const ev = x.evidence.find((e) => e.field === 'reason');
      expect(ev && ev.start).toBeGreaterThan(text.indexOf(address));
    });
  }
  it("Exchange's plain words, then the server's reply under \"Remote Server returned\"", () => {
    const text = "Delivery has failed to these recipients or groups:\n\na@example.org\nYour message wasn't delivered because the recipient's email provider rejected it.\n\nRemote Server returned '550 5.7.1 Service unavailable; client [192.0.2.3] blocked using zen.spamhaus.org'";
    const [x] = explain(text).recipients;
    expect([x.address, x.reason, x.replyCode, x.status]).toEqual(['a@example.org', 'blocked', '550', '5.7.1']);
    expect(x.evidence.find((e) => e.field === 'reason')!.start).toBeGreaterThan(text.indexOf('Remote Server'));
  });
  it.each([
    ['in round brackets, as Outlook shows it', 'Jane Doe (jane@example.com)'],
    ['in angle brackets, as other mail apps show it', 'Jane Doe <jane@example.com>'],
    ['quoted, in angle brackets', '"Doe, Jane" <jane@example.com>'],
  ])("Exchange's recipient under its heading, named with the address %s", (_, line) => {
    const text = `Delivery has failed to these recipients or groups:\n\n${line}\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n`;
    const [x] = explain(text).recipients;
    expect([x.address, x.reason, x.hardBounce]).toEqual(['jane@example.com', 'userunknown', true]);
    const ev = x.evidence.find((e) => e.field === 'address')!;
    expect(text.slice(ev.start, ev.end)).toBe('jane@example.com');
  });
  it("Microsoft's title over a line that only introduces the reply ('The response was:'): the reply under it is the cause", () => {
    const text = "Your message to kim@example.com couldn't be delivered.\n\nThe response was:\n\n550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown\n";
    const [x] = explain(text).recipients;
    expect([x.address, x.reason, x.status, x.replyCode]).toEqual(['kim@example.com', 'userunknown', '5.1.1', '550']);
  });
  it('a sentence alone, or someone asking about a bounce, claims nothing', () => {
    expect(explain('Hi team, my mail to a@example.org could not be delivered. Any idea why? Thanks, Ann').recipients).toEqual([]);
    expect(explain('Your message to a@example.org could not be delivered.\nThanks for writing, see you soon.').recipients).toEqual([]);
  });
  it("a statement that names its recipient ('Your message to <…> was not sent because …') counts only with a cause the table knows", () => {
    const [x] = explain('Your message to <mara@example.org> was not sent because you have reached your daily sending limit.').recipients;
    expect([x.address, x.reason, x.hardBounce]).toEqual(['mara@example.org', 'speeding', false]);
    // No cause: still nothing claimed, as 'could not be delivered' alone.
    expect(explain('Your message to a@example.org was not sent.\nThanks for writing, see you soon.').recipients).toEqual([]);
  });
  it("'<addr>: words no table knows' under a notice's 'could not be delivered' is an unsure bounce for that address", () => {
    const r = explain('Your message could not be delivered.\n\n<bo@example.org>: handed to fallback route 3, route closed\n');
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce, x.confidence])).toEqual([['bo@example.org', 'onhold', false, 'low']]);
    // Without the statement above, such a line is no report.
    expect(explain('Notes from the call.\n\n<bo@example.org>: handed to fallback route 3, route closed\n').recipients).toEqual([]);
  });
  it('a short notice that states a failure but names no address and no code is an unsure failure', () => {
    // Observed wording of providers' short notices (no address, no code).
    const r = explain('This message could not be delivered due to a recipient error. Please try again later.');
    expect(r.kind).toBe('bounce');
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce, x.confidence])).toEqual([[null, 'onhold', false, 'low']]);
    // A cause stated in the notice decides, and its words are the evidence.
    const [full] = explain("Your message could not be delivered because the recipient's mailbox is full.").recipients;
    expect([full.address, full.reason, full.hardBounce]).toEqual([null, 'mailboxfull', false]);
    const [two] = explain('Delivery has failed\n\nWe were unable to deliver your message.\n\nThe recipient\'s mailbox is full.').recipients;
    expect(two.reason).toBe('mailboxfull');
  });
  it('prose about a message that was not delivered, or was delivered, is no notice', () => {
    expect(explain('Hi team, my message could not be delivered to the client yesterday. Can you check?').recipients).toEqual([]);
    expect(explain('The email was delivered fine on my end.').recipients).toEqual([]);
    // The statement must open the notice, not sit in a letter's fourth paragraph.
    expect(explain('Hello,\n\nthanks for the call.\n\nAbout the invoice: see below.\n\nAlso the report is late.\n\nThe numbers are in.\n\nWe will meet on Monday.\n\nYour message could not be delivered, they told me.').recipients).toEqual([]);
    // A message from a person that says so is prose.
    const eml = 'From: Ann <ann@example.org>\nTo: bob@example.net\nSubject: lunch\n\nYour message could not be delivered because the mailbox is full, the shop said.\n';
    expect(explain(eml).recipients).toEqual([]);
  });
  it('a line that introduces the reason is not taken for it when nothing follows', () => {
    const r = explain('Unable to deliver message to: a@example.org\n\nSee you soon.');
    expect(r.recipients.some((x) => x.confidence === 'high')).toBe(false);
  });
});

describe('words that frame a refusal are no cause', () => {
  it('Gmail\'s "rejected by the server for the recipient domain" names no missing domain', () => {
    const [x] = explain(notice("Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.25].", '')).recipients;
    expect(x.address).toBe('a@example.org');
    expect(x.reason).not.toBe('hostunknown');
    expect(x.hardBounce).toBe(false);
    const [y] = explain(notice("We couldn't find the recipient domain example.org.", '')).recipients;
    expect([y.reason, y.hardBounce]).toEqual(['hostunknown', true]);
  });
});

describe('the new address of a recipient who has moved', () => {
  // Removing the address the server gives as the new one would drop the very address to
  // write to: it is never taken for the recipient.
  it.each([
    ['550 5.1.6 User moved to b@example.net', null],
    ['551 User has moved to <b@example.net>', null],
    ['551 5.1.6 User not local; please try <b@example.net>', null],
    ['<a@example.org>: host mx.example.org[192.0.2.1] said: 551 5.1.6 User has moved to <b@example.net> (in reply to RCPT TO command)', 'a@example.org'],
  ])('%s', (text, address) => {
    const [x] = explain(text).recipients;
    expect([x.address, x.reason, x.hardBounce]).toEqual([address, 'hasmoved', true]);
  });
});

describe('a cause the words name but a rule finds unsure', () => {
  it('says why in the summary, not that the bounce gives no cause', () => {
    const [x] = explain('550 User unknown or blocked sender').recipients;
    expect([x.reason, x.confidence, x.hardBounce]).toEqual(['onhold', 'low', false]);
    expect(x.summary).toContain('The words do not settle it: the server names two possible causes');
    expect(x.summary).not.toContain('gives no cause in words');
  });
});
