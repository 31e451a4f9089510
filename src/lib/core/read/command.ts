/**
 * Which SMTP stage failed, from the ways MTAs say it: Postfix "(in reply to RCPT TO
 * command)", Exim "SMTP error from remote mail server after RCPT TO:<...>", Sendmail's
 * transcript ">>> RCPT To:<...>", and plain "after end of data". Connect- and MAIL-stage
 * refusals are about the sender; RCPT about the address; DATA about the content.
 */
import type { SmtpCommand } from '../types.ts';
import type { Found } from '../formats/types.ts';

/**
 * The wordings in the order they are tried (the first that matches anywhere wins), each
 * with the words it cannot match without (any of them, lower case): a wording whose words
 * are absent is passed over without its search.
 */
const RE_COMMAND: { need: string[]; re: RegExp; group: number }[] = [
  // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
  { need: ['reply'], re: /in\s+reply\s+to\s+(?:the\s+)?(rcpt\s+to|mail\s+from|end\s+of\s+data|data|helo|ehlo|starttls|auth|bdat|xforward|lhlo)\b/i, group: 1 },
  // Exim: "SMTP error from remote mail server after RCPT TO:<...>", "after end of data"
  { need: ['after'], re: /\bafter\s+(rcpt\s+to|mail\s+from|end\s+of\s+data|data|helo|ehlo|starttls|auth|bdat|initial\s+connection|pipelined\s+rcpt\s+to|pipelined\s+mail\s+from|sending\s+data\s+block)\b/i, group: 1 },
  // Sendmail and many others print the transcript: ">>> RCPT To:<...>"
  { need: ['>>>'], re: /(?:^|\s)>>>\s*(rcpt|mail|data|helo|ehlo|starttls|auth|bdat|quit|\.)(?=[\s:])/im, group: 1 },
  // "while talking to ...: >>> DATA <<< 554"; a session typed by hand or echoed by a tool
  // without arrows ("MAIL FROM:<…>" / "250 OK" / "RCPT TO:<…>" / "550 …"): see `lastBeforeRefusal`.
  { need: ['rcpt', 'mail'], re: /\b(rcpt\s+to|mail\s+from)\s*:\s*</gi, group: 1 },
  // Exim-like "after RCPT command", DragonFly "did not like our RCPT TO", Yahoo "[RCPT_TO]"
  { need: ['after', 'our'], re: /\b(?:after|our)\s+(rcpt|mail|data)\b/i, group: 1 },
  { need: ['['], re: /\[(rcpt_to|mail_from|data)\]/i, group: 1 },
  // qmail: "Connected to ... but my name was rejected" (HELO), "... but sender was rejected" (MAIL FROM)
  { need: ['rejected'], re: /but\s+(my\s+name|sender)\s+was\s+rejected/i, group: 1 },
  // qmail: "does not like recipient" (RCPT TO) / "does not like sender" (MAIL FROM)
  { need: ['like'], re: /does\s+not\s+like\s+(recipient|sender)\b/i, group: 1 },
  // "... command RCPT" / "in response to the MAIL FROM command"
  { need: ['response'], re: /\bresponse\s+to\s+(?:the\s+)?(rcpt\s+to|mail\s+from|data|end\s+of\s+data|helo|ehlo|connection)\b/i, group: 1 },
  // PHPMailer (SMTP.php sendCommand): "SMTP ERROR: RCPT TO command failed: 550 …", "SMTP server
  // error: AUTH command failed Detail: …", "Password command failed" (the AUTH LOGIN steps
  // "Username", "Password", "User & Password"), "DATA END command failed" (after the data).
  { need: ['command failed'], re: /\b(rcpt\s+to|mail\s+from|data\s+end|data|auth|username|password|user\s+&\s+password|helo|ehlo|starttls)\s+command\s+failed\b/i, group: 1 },
];

function toCommand(word: string): SmtpCommand | null {
  // Wrapped lines put any white space between the words ("in reply to\n    RCPT TO").
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('rcpt') || w === 'pipelined rcpt to' || w === 'recipient') return 'RCPT';
  if (w.startsWith('mail') || w === 'pipelined mail from' || w === 'sender') return 'MAIL';
  if (w === 'data' || w === 'end of data' || w === '.' || w === 'sending data block' || w === 'data end') return 'DATA';
  if (w === 'helo' || w === 'my name') return 'HELO';
  if (w === 'ehlo' || w === 'lhlo') return 'EHLO';
  if (w === 'starttls') return 'STARTTLS';
  if (w === 'auth' || w === 'username' || w === 'password' || w === 'user & password') return 'AUTH';
  if (w === 'bdat') return 'BDAT';
  if (w === 'initial connection' || w === 'connection') return 'CONN';
  return null;
}

function holdsAny(text: string, words: string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** A reply code of refusal standing as a word of its own ("550 5.1.1 …", "550-…", "421"), not inside an address or "SIZE=450". */
const RE_REFUSAL_REPLY = /(?:^|\s)[45]\d\d(?=[\s-]|$)/;

/**
 * Of the commands a session echoes without arrows, the one the refusal answered: the last
 * command before the first refusal reply. An SMTP client sends a command and reads its reply
 * before the next (RFC 5321 §4.1, §4.3), so "MAIL FROM:<…>" / "250 OK" / "RCPT TO:<…>" / "550
 * 5.1.1 …" refused the recipient, not the sender. When no command is followed by a refusal
 * (the reply came first and quotes the commands), the first command, as before.
 */
function lastBeforeRefusal(text: string, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let prev: RegExpExecArray | null = null;
  for (let m = re.exec(text), n = 0; m && n < 64; m = re.exec(text), n++) {
    if (prev && RE_REFUSAL_REPLY.test(text.slice(prev.index + prev[0].length, m.index))) break;
    first ??= m;
    prev = m;
  }
  re.lastIndex = 0;
  if (!prev || prev === first) return first;
  // The last command read is the one answered only when a refusal follows it.
  const after = text.slice(prev.index + prev[0].length);
  return RE_REFUSAL_REPLY.test(after) ? prev : first;
}

/** Find the failed stage in document[start, end). */
export function findCommand(document: string, start: number, end: number): Found<SmtpCommand> | null {
  const text = document.slice(start, end);
  // (Lower-cased only to rule wordings out: an ASCII word the patterns match case-blind
  // is in the lower-cased text too. The patterns read the text as it stands. A line break
  // joined on first, which no word asked for holds: V8 lower-cases that new flat string
  // about twice as fast as a slice of the document.)
  const lower = (text + '\n').toLowerCase();
  for (const { need, re, group } of RE_COMMAND) {
    if (!holdsAny(lower, need)) continue;
    const m = re.global ? lastBeforeRefusal(text, re) : re.exec(text);
    if (!m) continue;
    const value = toCommand(m[group]);
    if (!value) continue;
    const s = start + m.index + m[0].indexOf(m[group]);
    return { value, start: s, end: s + m[group].length };
  }
  return null;
}
