/**
 * Basic SMTP reply codes: the three digits at the start of a server's answer, e.g. `550`.
 * Known: the codes of RFC 5321 plus the login (RFC 4954), STARTTLS (RFC 3207) and
 * RFC 7504 codes, and 523/525, which appear only as pairings in the enhanced status code
 * registry (RFC 5248). Any other code from 200 to 599 is explained from its first two
 * digits (RFC 5321 section 4.2.1) and flagged as non-standard.
 */
import type { ReplyExplanation, ReplyInfo } from './types.ts';

export type { ReplyExplanation, ReplyInfo } from './types.ts';

export const REPLY_CODES: Readonly<Record<string, ReplyInfo>> = Object.freeze({
  '211': {
    title: 'System status',
    explanation: 'A status or help reply from the server; for information only.',
    reference: 'RFC 5321',
  },
  '214': {
    title: 'Help message',
    explanation: 'Help text meant for a person talking to the server directly; for information only.',
    reference: 'RFC 5321',
  },
  '220': {
    title: 'Service ready',
    explanation: "The server's greeting: it is ready to receive mail.",
    reference: 'RFC 5321',
  },
  '221': {
    title: 'Closing the connection',
    explanation: 'The server is ending the session normally.',
    reference: 'RFC 5321',
  },
  '235': {
    title: 'Login succeeded',
    explanation: 'The client logged in to the server (SMTP AUTH) successfully.',
    reference: 'RFC 4954',
  },
  '250': {
    title: 'OK',
    explanation:
      'The requested step was completed. After the message content, it means the server has accepted the message.',
    reference: 'RFC 5321',
  },
  '251': {
    title: 'Not hosted here, will forward',
    explanation: 'The recipient is not hosted on this server, but the server will pass the message on to the right place.',
    reference: 'RFC 5321',
  },
  '252': {
    title: 'Cannot verify, will try anyway',
    explanation: 'The server will not confirm whether the address exists, but it accepts the message and will try to deliver it.',
    reference: 'RFC 5321',
  },
  '334': {
    title: 'Login challenge',
    explanation: 'The server is waiting for the next piece of login data (SMTP AUTH).',
    reference: 'RFC 4954',
  },
  '354': {
    title: 'Ready for the message',
    explanation: 'The server is ready for the message content, which the client ends with a line holding only a dot.',
    reference: 'RFC 5321',
  },
  '421': {
    title: 'Service not available',
    explanation:
      'The server is closing the connection, for example because it is shutting down, overloaded or limiting this sender. It is temporary: the sending server retries later.',
    reference: 'RFC 5321',
  },
  '432': {
    title: 'Password change needed',
    explanation: "The account's password must be changed or converted before logging in can work.",
    reference: 'RFC 4954',
  },
  '450': {
    title: 'Mailbox unavailable for now',
    explanation:
      'The mailbox cannot be used at the moment, for example because it is busy or a policy is holding mail back for a while (greylisting, rate limits). The sending server retries later.',
    reference: 'RFC 5321',
  },
  '451': {
    title: 'Local error, try again later',
    explanation:
      'The server hit an error of its own while handling the request and stopped; a later attempt may work. Greylisting servers also use 451 to delay first-time senders.',
    reference: 'RFC 5321',
  },
  '452': {
    title: 'Not enough storage',
    explanation:
      'The server does not have enough storage to take the message now. Servers also use 452 for too many recipients at once, and Gmail for a full mailbox (452 4.2.2).',
    reference: 'RFC 5321',
  },
  '454': {
    title: 'Temporary login or encryption failure',
    explanation: 'Logging in or starting encryption (TLS) failed for a temporary reason; a later attempt may work.',
    reference: 'RFC 4954; RFC 3207',
  },
  '455': {
    title: 'Cannot handle the parameters now',
    explanation: 'The server cannot accept the parameters given with MAIL FROM or RCPT TO at the moment.',
    reference: 'RFC 5321',
  },
  '500': {
    title: 'Command not recognised',
    explanation: 'The server did not understand the command, or the command line was too long.',
    reference: 'RFC 5321',
  },
  '501': {
    title: 'Invalid parameters',
    explanation:
      'The command was understood, but its parameters were malformed, for example an invalid address or HELO name.',
    reference: 'RFC 5321',
  },
  '502': {
    title: 'Command not implemented',
    explanation: 'The server does not support this command.',
    reference: 'RFC 5321',
  },
  '503': {
    title: 'Commands in the wrong order',
    explanation:
      'The command came at the wrong point of the conversation, for example a recipient before the sender, or mail before logging in where login is required.',
    reference: 'RFC 5321',
  },
  '504': {
    title: 'Parameter not implemented',
    explanation: 'The server does not support a parameter given with the command.',
    reference: 'RFC 5321',
  },
  '521': {
    title: 'Server never accepts mail',
    explanation: 'This server does not accept email at all and says so as soon as the connection opens.',
    reference: 'RFC 7504',
  },
  '523': {
    title: 'Encryption needed',
    explanation:
      'The server requires an encrypted connection before this step. The code is listed only as the pairing for X.7.10 in the status code registry and is rarely seen.',
    reference: 'RFC 5248',
  },
  '525': {
    title: 'Account disabled',
    explanation:
      'The account used to log in has been disabled. The code is listed only as the pairing for X.7.13 in the status code registry and is rarely seen.',
    reference: 'RFC 5248',
  },
  '530': {
    title: 'Login or encryption required',
    explanation: 'The server requires the client to log in (SMTP AUTH) or to start encryption (STARTTLS) before going on.',
    reference: 'RFC 4954; RFC 3207',
  },
  '534': {
    title: 'Login method too weak',
    explanation: 'The server refuses the login method used because its policy requires a stronger one.',
    reference: 'RFC 4954',
  },
  '535': {
    title: 'Login failed',
    explanation: 'The username or password was not accepted.',
    reference: 'RFC 4954',
  },
  '538': {
    title: 'Encryption required for this login method',
    explanation: 'The login method chosen is only allowed on an encrypted connection.',
    reference: 'RFC 4954',
  },
  '550': {
    title: 'Mailbox unavailable',
    explanation:
      "The request was refused for good: the mailbox does not exist, access is denied, or a policy such as a spam filter or blocklist refused it. The enhanced code and the server's words tell which.",
    reference: 'RFC 5321',
  },
  '551': {
    title: 'Recipient not local',
    explanation: 'The recipient is not hosted on this server; the reply may suggest another address to try.',
    reference: 'RFC 5321',
  },
  '552': {
    title: 'Storage limit exceeded',
    explanation: 'The action was stopped because a storage limit was exceeded, most often a full mailbox or a message that is too large.',
    reference: 'RFC 5321',
  },
  '553': {
    title: 'Address not allowed',
    explanation: 'The address was refused as not allowed, for example because its format is invalid or the sender address is not permitted.',
    reference: 'RFC 5321',
  },
  '554': {
    title: 'Transaction failed',
    explanation:
      'The transaction failed for good, often because of a policy or spam refusal. As the first reply on connecting, it means the server offers no mail service to this sender.',
    reference: 'RFC 5321',
  },
  '555': {
    title: 'Parameters not recognised',
    explanation: 'The server does not recognise or support parameters given with MAIL FROM or RCPT TO.',
    reference: 'RFC 5321',
  },
  '556': {
    title: 'Domain accepts no mail',
    explanation: "The recipient's domain does not accept email, for example because it publishes a null MX record.",
    reference: 'RFC 7504',
  },
});

/** First digit: what kind of answer (RFC 5321 section 4.2.1). */
const FIRST_DIGIT: Readonly<Record<string, { title: string; consequence: string }>> = {
  '2': { title: 'success reply', consequence: 'the request went through' },
  '3': { title: 'intermediate reply', consequence: 'the server is waiting for more input' },
  '4': { title: 'temporary failure', consequence: 'the sending server normally retries, and a later attempt may work' },
  '5': { title: 'permanent failure', consequence: "resending unchanged will not work, and the server's own words say why" },
};

/** Second digit: which area the reply is about (RFC 5321 section 4.2.1). */
const SECOND_DIGIT: Readonly<Record<string, string>> = {
  '0': 'command syntax',
  '1': 'information',
  '2': 'the connection',
  '5': 'the mail system or mailbox',
};

const REPLY_RE = /^[2-5]\d\d$/;

/**
 * Explain a basic SMTP reply code such as `550`. Returns null unless the input (trimmed)
 * is three digits from 200 to 599.
 */
/** The title of a reply code (explainReply(code)?.title, without building the rest). */
export function replyTitle(code: string): string | null {
  const c = code.trim();
  if (!REPLY_RE.test(c)) return null;
  if (Object.hasOwn(REPLY_CODES, c)) return REPLY_CODES[c].title;
  const area = SECOND_DIGIT[c[1]];
  return `Non-standard ${FIRST_DIGIT[c[0]].title}${area ? ` (${area})` : ''}`;
}

export function explainReply(code: string): ReplyExplanation | null {
  const c = code.trim();
  if (!REPLY_RE.test(c)) return null;
  const first = c[0];
  const permanent = first === '5' ? true : first === '4' ? false : null;
  if (Object.hasOwn(REPLY_CODES, c)) {
    const info = REPLY_CODES[c];
    return { code: c, known: true, ...info, permanent, nonStandard: false };
  }
  const kind = FIRST_DIGIT[first];
  const area = SECOND_DIGIT[c[1]];
  return {
    code: c,
    known: false,
    title: `Non-standard ${kind.title}${area ? ` (${area})` : ''}`,
    explanation: area
      ? `Reply ${c} is not defined by the SMTP standards. By its digits it is a ${kind.title} about ${area}: ${kind.consequence}.`
      : `Reply ${c} is not defined by the SMTP standards. By its first digit it is a ${kind.title}: ${kind.consequence}.`,
    permanent,
    nonStandard: true,
    reference: 'RFC 5321',
  };
}
