/**
 * Enhanced mail system status codes (RFC 3463, registry maintained under RFC 5248):
 * `class.subject.detail`, e.g. `5.1.1`. Every enumerated entry of the IANA registry
 * (X.0.0 to X.7.30) is explained here in our own words; any other well-formed code is
 * explained from its class and subject. Where a big provider gives a registered number a
 * different meaning, the explanation says so, because users meet those codes often.
 */
import type { StatusDetail, StatusExplanation, StatusPart } from './types.ts';

export type { StatusDetail, StatusExplanation, StatusPart } from './types.ts';

/** The first number: what kind of outcome it is. */
export const STATUS_CLASSES: Readonly<Record<string, StatusPart>> = Object.freeze({
  '2': {
    title: 'Success',
    explanation: 'A positive report: the message was delivered or passed on.',
    about: 'success report',
    reference: 'RFC 3463',
  },
  '4': {
    title: 'Temporary failure',
    explanation:
      'The message itself is fine, but a temporary problem stopped it; the sending server normally retries, and a later attempt may succeed.',
    about: 'temporary failure',
    reference: 'RFC 3463',
  },
  '5': {
    title: 'Permanent failure',
    explanation: 'Sending the same message again will fail the same way until something is changed.',
    about: 'permanent failure',
    reference: 'RFC 3463',
  },
});

/** The second number: which area the problem is in, and so roughly who can fix it. */
export const STATUS_SUBJECTS: Readonly<Record<string, StatusPart>> = Object.freeze({
  '0': {
    title: 'Unspecified',
    explanation: 'The server did not say which area the problem is in.',
    about: 'no stated subject',
    reference: 'RFC 3463',
  },
  '1': {
    title: 'Addressing',
    explanation: "A problem with the sender's or the recipient's address, which the sender can usually correct.",
    about: 'addressing',
    reference: 'RFC 3463',
  },
  '2': {
    title: 'Mailbox',
    explanation: "The state of the recipient's mailbox, which is usually up to the recipient.",
    about: "the recipient's mailbox",
    reference: 'RFC 3463',
  },
  '3': {
    title: 'Mail system',
    explanation: 'The receiving mail system as a whole, which its administrator controls.',
    about: 'the receiving mail system',
    reference: 'RFC 3463',
  },
  '4': {
    title: 'Network and routing',
    explanation:
      'The route between mail servers, such as DNS lookups and connections, which the administrators of the servers on the way control.',
    about: 'network or routing',
    reference: 'RFC 3463',
  },
  '5': {
    title: 'Mail protocol',
    explanation: 'The SMTP conversation between the sending and the receiving server.',
    about: 'the mail protocol (SMTP)',
    reference: 'RFC 3463',
  },
  '6': {
    title: 'Content and format',
    explanation: 'The message content, its format or its conversion, which sender and receiver share control over.',
    about: 'message content or format',
    reference: 'RFC 3463',
  },
  '7': {
    title: 'Security and policy',
    explanation:
      'Security or policy: filtering, sender authentication, encryption and permissions, on either side.',
    about: 'security or policy',
    reference: 'RFC 3463',
  },
});

/** Every enumerated detail code of the IANA registry, keyed `X.subject.detail`. */
export const STATUS_DETAILS: Readonly<Record<string, StatusDetail>> = Object.freeze({
  // X.0: other
  'X.0.0': {
    title: 'No detail given',
    explanation:
      'The server said only whether this is a success, a temporary or a permanent failure. Its own words in the bounce are the best clue to the real reason.',
    reference: 'RFC 3463',
  },

  // X.1: addressing
  'X.1.0': {
    title: 'Address problem',
    explanation: 'Something is wrong with the sender or recipient address, but the server did not say what.',
    reference: 'RFC 3463',
  },
  'X.1.1': {
    title: 'Mailbox does not exist',
    explanation:
      'The recipient domain exists, but it has no mailbox with this name (the part before the @). Check for a typo; otherwise remove the address.',
    reference: 'RFC 3463',
  },
  'X.1.2': {
    title: 'Recipient domain not found',
    explanation:
      'The domain after the @ does not exist or cannot receive mail, usually because of a typo or an expired domain.',
    reference: 'RFC 3463',
  },
  'X.1.3': {
    title: 'Recipient address is malformed',
    explanation:
      'The recipient address is not a valid email address, for example it contains spaces or two @ signs, or lacks a domain.',
    reference: 'RFC 3463',
  },
  'X.1.4': {
    title: 'Recipient address is ambiguous',
    explanation: 'The address fits several mailboxes at the destination, so the server could not tell which one is meant.',
    reference: 'RFC 3463',
  },
  'X.1.5': {
    title: 'Recipient address is valid',
    explanation: 'A positive note that the recipient address checked out as valid; it appears in success reports.',
    reference: 'RFC 3463',
  },
  'X.1.6': {
    title: 'Mailbox has moved, no forwarding',
    explanation: 'There was a mailbox with this address, but it has moved or closed, and the server knows no forwarding address.',
    reference: 'RFC 3463',
  },
  'X.1.7': {
    title: 'Sender address is malformed',
    explanation: "The sender's address (the envelope return address, MAIL FROM) is not a valid email address.",
    reference: 'RFC 3463',
  },
  'X.1.8': {
    title: 'Sender domain not found',
    explanation:
      "The domain of the sender's address does not exist or cannot receive mail, so replies and bounces could not reach it and the receiver refuses the mail.",
    reference: 'RFC 3463',
  },
  'X.1.9': {
    title: 'Passed to a system without status reports',
    explanation:
      'The message was handed to a mail system that cannot send further delivery reports, so this is the last status you will get.',
    reference: 'RFC 3886',
  },
  'X.1.10': {
    title: 'Recipient domain accepts no mail (null MX)',
    explanation:
      "The recipient's domain publishes a 'null MX' record, which says it never accepts email. Microsoft 365 also uses 5.1.10 to say the recipient address was not found.",
    reference: 'RFC 7505; RFC 7504',
  },

  // X.2: mailbox
  'X.2.0': {
    title: 'Mailbox problem',
    explanation: 'The mailbox exists, but something about its state stopped delivery and the server did not say what.',
    reference: 'RFC 3463',
  },
  'X.2.1': {
    title: 'Mailbox disabled',
    explanation:
      'The mailbox is there but switched off for incoming mail, for a while or for good, often because the account is disabled or inactive. Gmail also sends 4.2.1 when one recipient is getting mail at too high a rate.',
    reference: 'RFC 3463',
  },
  'X.2.2': {
    title: 'Mailbox full',
    explanation:
      "The recipient's mailbox is over its storage limit. It clears once the recipient frees space, so it is meant as a temporary condition even when reported as 5.2.2.",
    reference: 'RFC 3463',
  },
  'X.2.3': {
    title: 'Message larger than the mailbox allows',
    explanation: "The message is bigger than the size limit set for this recipient's mailbox.",
    reference: 'RFC 3463',
  },
  'X.2.4': {
    title: 'Mailing list could not be expanded',
    explanation: 'The address belongs to a mailing list, and the server failed to turn it into the addresses of its members.',
    reference: 'RFC 3463',
  },

  // X.3: mail system
  'X.3.0': {
    title: 'Receiving mail system problem',
    explanation: 'Something is wrong with the receiving mail system, and the server did not say what.',
    reference: 'RFC 3463',
  },
  'X.3.1': {
    title: 'Mail system out of space',
    explanation: 'The receiving server has run out of storage for incoming mail.',
    reference: 'RFC 3463',
  },
  'X.3.2': {
    title: 'Server not accepting mail',
    explanation:
      'The receiving server is not taking messages, either for now (shutting down, overloaded, in maintenance) or at all.',
    reference: 'RFC 3463; RFC 7504',
  },
  'X.3.3': {
    title: 'Feature not supported by the receiving system',
    explanation: 'The message needs a feature that the receiving system lacks, so it cannot be delivered there as it is.',
    reference: 'RFC 3463',
  },
  'X.3.4': {
    title: 'Message too big for the server',
    explanation: 'The message is larger than the receiving server accepts for any message.',
    reference: 'RFC 3463',
  },
  'X.3.5': {
    title: 'Receiving system misconfigured',
    explanation: 'The receiving mail system is set up wrongly, which stopped delivery; its administrator has to fix it.',
    reference: 'RFC 3463',
  },
  'X.3.6': {
    title: 'Requested priority was changed',
    explanation: 'The message was accepted, but the server changed the priority the sender asked for.',
    reference: 'RFC 6710',
  },

  // X.4: network and routing
  'X.4.0': {
    title: 'Network or routing problem',
    explanation: 'A network or routing problem stopped delivery, and the server did not say what.',
    reference: 'RFC 3463',
  },
  'X.4.1': {
    title: 'No answer from the receiving server',
    explanation:
      "The next server on the way did not answer when contacted. Microsoft 365 also uses 5.4.1 with 'Access denied', which usually means the recipient does not exist.",
    reference: 'RFC 3463',
  },
  'X.4.2': {
    title: 'Connection broke',
    explanation: 'The connection to the receiving server was lost or timed out in the middle of the exchange.',
    reference: 'RFC 3463',
  },
  'X.4.3': {
    title: 'Directory or DNS lookup failed',
    explanation: 'A directory lookup, such as a DNS query, failed while the message was being routed; this is usually temporary.',
    reference: 'RFC 3463',
  },
  'X.4.4': {
    title: 'Unable to route',
    explanation:
      'The server could not work out where to send the message next, typically because the domain has no usable mail server records (MX or address records).',
    reference: 'RFC 3463',
  },
  'X.4.5': {
    title: 'Mail system congested',
    explanation: 'The mail system is overloaded at the moment and cannot take the message; a later attempt should work.',
    reference: 'RFC 3463',
  },
  'X.4.6': {
    title: 'Routing loop detected',
    explanation:
      'The message went round in a loop, often between forwarding rules that send it back and forth, until it passed the limit on hops.',
    reference: 'RFC 3463',
  },
  'X.4.7': {
    title: 'Delivery time expired',
    explanation:
      'The sending server kept trying but gave up because the message had waited in its queue too long, often a few days.',
    reference: 'RFC 3463',
  },

  // X.5: mail protocol
  'X.5.0': {
    title: 'Protocol problem',
    explanation: 'Something went wrong in the SMTP conversation between the servers, without further detail.',
    reference: 'RFC 3463',
  },
  'X.5.1': {
    title: 'Invalid command',
    explanation: 'The server received a command it does not support, or did not expect at that point of the conversation.',
    reference: 'RFC 3463',
  },
  'X.5.2': {
    title: 'Syntax error',
    explanation: 'The server could not make sense of a command it received.',
    reference: 'RFC 3463',
  },
  'X.5.3': {
    title: 'Too many recipients',
    explanation:
      'The message was addressed to more recipients than the server accepts at once; sending in smaller batches works.',
    reference: 'RFC 3463',
  },
  'X.5.4': {
    title: 'Invalid command arguments',
    explanation: 'The command itself was valid, but its parameters, such as an address or an option, were not.',
    reference: 'RFC 3463',
  },
  'X.5.5': {
    title: 'Wrong protocol version',
    explanation: 'The two servers disagree about which version of the protocol to use.',
    reference: 'RFC 3463',
  },
  'X.5.6': {
    title: 'Login data line too long',
    explanation: 'A line sent while logging in (SMTP AUTH) was longer than the server accepts.',
    reference: 'RFC 4954',
  },

  // X.6: content and format
  'X.6.0': {
    title: 'Content problem',
    explanation: 'Something about the message content or its encoding caused a problem, without further detail.',
    reference: 'RFC 3463',
  },
  'X.6.1': {
    title: 'Content type not supported',
    explanation: 'Part of the message is of a type (for example a kind of attachment) that a system on the way cannot handle.',
    reference: 'RFC 3463',
  },
  'X.6.2': {
    title: 'Conversion needed but not allowed',
    explanation: 'The content would have to be converted for the destination, but the sender asked for no conversion.',
    reference: 'RFC 3463',
  },
  'X.6.3': {
    title: 'Conversion needed but not possible',
    explanation:
      'The content would have to be converted for the destination, for example from 8-bit to 7-bit text, and the server cannot do it.',
    reference: 'RFC 3463',
  },
  'X.6.4': {
    title: 'Converted with loss',
    explanation:
      'The message was delivered, but a conversion on the way lost part of its content. As a failure, it means a conversion that would lose content was not allowed.',
    reference: 'RFC 3463',
  },
  'X.6.5': {
    title: 'Conversion failed',
    explanation: 'A conversion the message needed was attempted but did not succeed.',
    reference: 'RFC 3463',
  },
  'X.6.6': {
    title: 'Message content not available',
    explanation: 'The server was meant to fetch the message content from another system (BURL) and could not.',
    reference: 'RFC 4468',
  },
  'X.6.7': {
    title: 'Non-ASCII address not accepted',
    explanation:
      'An address contains characters beyond plain ASCII (an internationalised address), and it cannot be used for this sender or recipient.',
    reference: 'RFC 6531',
  },
  'X.6.8': {
    title: 'UTF-8 reply not allowed',
    explanation: 'The server needed to answer in UTF-8, but the sending client had not said it can handle that (SMTPUTF8).',
    reference: 'RFC 6531',
  },
  'X.6.9': {
    title: 'Internationalised message cannot be delivered',
    explanation:
      "The message has UTF-8 (internationalised) headers, and at least one recipient's system cannot receive such messages, so it was refused.",
    reference: 'RFC 6531',
  },
  'X.6.10': {
    title: 'Withdrawn code (same as X.6.8)',
    explanation:
      'A deprecated duplicate of X.6.8 that should no longer be used; where it appears, it means a UTF-8 reply was needed but not allowed.',
    reference: 'RFC 6531',
  },

  // X.7: security and policy
  'X.7.0': {
    title: 'Security or policy refusal',
    explanation:
      'The message was refused or held for a security or policy reason that the server did not spell out, often on purpose so as not to reveal how its filters work.',
    reference: 'RFC 3463',
  },
  'X.7.1': {
    title: 'Delivery not authorised',
    explanation:
      "The receiver refused the message because of a policy: the sender may not send to this recipient, or a filter stopped it. It is the usual code for spam, blocklist and relay refusals, so the server's own words matter.",
    reference: 'RFC 3463',
  },
  'X.7.2': {
    title: 'Not allowed to post to this list',
    explanation: 'The sender is not permitted to send to this mailing list.',
    reference: 'RFC 3463',
  },
  'X.7.3': {
    title: 'Security conversion not possible',
    explanation: 'The message would need converting to a secure format the destination requires, and that cannot be done.',
    reference: 'RFC 3463',
  },
  'X.7.4': {
    title: 'Security features not supported',
    explanation: 'A security feature the message or connection relies on, such as authentication, is not supported along the route.',
    reference: 'RFC 3463',
  },
  'X.7.5': {
    title: 'Cryptographic failure',
    explanation: 'A cryptographic step failed, for example a needed key is missing or invalid.',
    reference: 'RFC 3463',
  },
  'X.7.6': {
    title: 'Encryption method not supported',
    explanation: 'The message uses a cryptographic algorithm that the receiving system does not support.',
    reference: 'RFC 3463',
  },
  'X.7.7': {
    title: 'Message integrity check failed',
    explanation: 'A check showed that the message was changed or damaged on the way.',
    reference: 'RFC 3463',
  },
  'X.7.8': {
    title: 'Login failed',
    explanation:
      "The username or password (SMTP AUTH) was not accepted. It usually comes from your own provider's server when the mail program's login settings are wrong.",
    reference: 'RFC 4954',
  },
  'X.7.9': {
    title: 'Login method too weak',
    explanation:
      'The server refused the login method because its policy needs a stronger one; Gmail uses this to ask for an app password. Yahoo reuses 5.7.9 for policy refusals, including mail not authenticated with SPF or DKIM.',
    reference: 'RFC 4954',
  },
  'X.7.10': {
    title: 'Encryption needed',
    explanation: 'The server requires an encrypted connection (TLS) before this step, usually before logging in.',
    reference: 'RFC 5248',
  },
  'X.7.11': {
    title: 'Encryption required for this login method',
    explanation: 'The login method chosen is only allowed over an encrypted connection.',
    reference: 'RFC 4954',
  },
  'X.7.12': {
    title: 'Password change needed',
    explanation: "The account's password must be changed or converted before this login can work.",
    reference: 'RFC 4954',
  },
  'X.7.13': {
    title: 'User account disabled',
    explanation: 'The account used to log in to the mail server has been disabled.',
    reference: 'RFC 5248',
  },
  'X.7.14': {
    title: 'Trust relationship required',
    explanation:
      'The server needs an agreed trust relationship with another server before it can fetch content from it or act for it (BURL).',
    reference: 'RFC 5248',
  },
  'X.7.15': {
    title: 'Priority too low',
    explanation: "The message's priority is too low for the server to accept it right now; it may be accepted later.",
    reference: 'RFC 6710',
  },
  'X.7.16': {
    title: 'Message too big for its priority',
    explanation: 'The message is larger than the server accepts at its priority level.',
    reference: 'RFC 6710',
  },
  'X.7.17': {
    title: 'Mailbox owner has changed',
    explanation:
      'The sender asked the receiver to confirm the mailbox still belongs to the same person (RRVS), and it does not: the address has had a new owner since the given date.',
    reference: 'RFC 7293',
  },
  'X.7.18': {
    title: 'Domain owner has changed',
    explanation:
      "The sender asked for an ownership check (RRVS), and the recipient's domain has changed hands since the given date.",
    reference: 'RFC 7293',
  },
  'X.7.19': {
    title: 'Ownership check not possible',
    explanation: 'The sender asked for an ownership check (RRVS), but the receiver could not complete it.',
    reference: 'RFC 7293',
  },
  'X.7.20': {
    title: 'No passing DKIM signature',
    explanation:
      "The receiver requires a valid DKIM signature (a cryptographic seal added by the sender's domain), and none passed.",
    reference: 'RFC 7372; RFC 6376',
  },
  'X.7.21': {
    title: 'No acceptable DKIM signature',
    explanation: 'A DKIM signature passed, but none came from a domain the receiver accepts for this message.',
    reference: 'RFC 7372; RFC 6376',
  },
  'X.7.22': {
    title: 'No DKIM signature matching the From domain',
    explanation: 'No passing DKIM signature belongs to the domain in the From address, which the receiver requires.',
    reference: 'RFC 7372; RFC 6376',
  },
  'X.7.23': {
    title: 'SPF check failed',
    explanation:
      "The sending server is not allowed by the sender domain's SPF record, the DNS record that lists which servers may send for the domain. Gmail uses 4.7.23 for a sending IP without a matching reverse DNS (PTR) record.",
    reference: 'RFC 7372; RFC 7208',
  },
  'X.7.24': {
    title: 'SPF check error',
    explanation:
      "The receiver could not evaluate the sender domain's SPF record, because of a DNS error or a broken record. Gmail also uses 4.7.24 and 5.7.24 for SPF records with suspicious entries.",
    reference: 'RFC 7372; RFC 7208',
  },
  'X.7.25': {
    title: 'Reverse DNS check failed',
    explanation:
      "The sending server's IP address has no reverse DNS (PTR) name, or that name does not lead back to the same address.",
    reference: 'RFC 7372',
  },
  'X.7.26': {
    title: 'Several authentication checks failed',
    explanation:
      'More than one sender authentication check failed: SPF (which servers may send for the domain), DKIM (the domain\'s signature) or DMARC (whether they match the From domain). Gmail uses it for mail that is not authenticated well enough or fails the sender\'s DMARC policy.',
    reference: 'RFC 7372',
  },
  'X.7.27': {
    title: 'Sender domain accepts no mail (null MX)',
    explanation:
      "The sender's domain publishes a null MX record, so it could never receive replies or bounces, and the receiver refuses its mail. Gmail reuses 4.7.27 and 5.7.27 for bulk mail that did not pass SPF.",
    reference: 'RFC 7505',
  },
  'X.7.28': {
    title: 'Mail flood detected',
    explanation:
      "The message looks like part of a flood, such as a sudden burst of mail to one recipient. Gmail uses 4.7.28 and 5.7.28 for an unusual rate of mail, often unsolicited, from the sender's IP address or domain.",
    reference: 'draft-levine-mailbomb-header',
  },
  'X.7.29': {
    title: 'ARC check failed',
    explanation:
      'The receiver could not validate the ARC headers that forwarders and mailing lists add to vouch for earlier authentication results. Gmail reuses 4.7.29 and 5.7.29 to say bulk senders must use an encrypted connection (TLS).',
    reference: 'RFC 8617',
  },
  'X.7.30': {
    title: 'REQUIRETLS could not be honoured',
    explanation:
      'The sender asked that the message travel only over verified encrypted connections (REQUIRETLS), and no next server supports that. Gmail reuses 4.7.30 and 5.7.30 for bulk mail that did not pass DKIM.',
    reference: 'RFC 8689',
  },
});

const STATUS_RE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Explain an enhanced status code such as `5.7.26`. Leading and trailing white space is
 * ignored and leading zeros are dropped (`5.01.001` is `5.1.1`). Returns null only when
 * the input is not `class.subject.detail` with class 2, 4 or 5 and one to three digits
 * for subject and detail.
 */
export function explainStatus(code: string): StatusExplanation | null {
  const m = STATUS_RE.exec(code.trim());
  if (!m) return null;
  const cls = m[1];
  const subject = String(Number(m[2]));
  const detail = String(Number(m[3]));
  const normal = `${cls}.${subject}.${detail}`;
  const klass = STATUS_CLASSES[cls];
  const subj: StatusPart | undefined = Object.hasOwn(STATUS_SUBJECTS, subject) ? STATUS_SUBJECTS[subject] : undefined;
  const key = `X.${subject}.${detail}`;
  const entry: StatusDetail | undefined = Object.hasOwn(STATUS_DETAILS, key) ? STATUS_DETAILS[key] : undefined;
  const permanent = cls === '5' ? true : cls === '4' ? false : null;
  const subjectMeaning = subj
    ? subj.explanation
    : `Subject ${subject} is not defined by the standard, so this number says nothing about the area of the problem.`;

  if (entry) {
    return {
      code: normal,
      known: true,
      title: entry.title,
      explanation: entry.explanation,
      classMeaning: klass.explanation,
      subjectMeaning,
      permanent,
      success: cls === '2',
      reference: entry.reference,
    };
  }

  const kind = capitalise(klass.about);
  const area = !subj
    ? ` with unregistered subject ${subject} and provider-specific detail ${detail}, neither of which is in the IANA registry`
    : subject === '0'
      ? ` with no stated subject and provider-specific detail ${detail}, which is not in the IANA registry`
      : ` related to ${subj.about}, with provider-specific detail ${detail}, which is not in the IANA registry`;
  const explanation = `${kind}${area}; the server's own words in the bounce say what it means.`;
  return {
    code: normal,
    known: false,
    title: subj ? `Provider-specific ${subj.title.toLowerCase()} code` : 'Provider-specific code',
    explanation,
    classMeaning: klass.explanation,
    subjectMeaning,
    permanent,
    success: cls === '2',
    reference: 'RFC 3463',
  };
}

/** The registry's title of a status code (explainStatus(code)?.title, without building the rest). */
export function statusTitle(code: string): string | null {
  const m = STATUS_RE.exec(code.trim());
  if (!m) return null;
  const subject = String(Number(m[2]));
  const key = `X.${subject}.${String(Number(m[3]))}`;
  if (Object.hasOwn(STATUS_DETAILS, key)) return STATUS_DETAILS[key].title;
  return Object.hasOwn(STATUS_SUBJECTS, subject) ? `Provider-specific ${STATUS_SUBJECTS[subject].title.toLowerCase()} code` : 'Provider-specific code';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
