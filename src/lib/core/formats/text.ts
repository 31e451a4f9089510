/**
 * Any other human-readable bounce: the generic reader (address-led blocks, else the
 * paragraph with the SMTP reply, else recipients listed under a line that introduces
 * them). Tried after every layout we know by name.
 *
 * Ordinary mail is not a bounce: a newsletter that mentions "550" next to "failed" has
 * no SMTP reply in it and says nothing of a delivery. So what this reader finds counts
 * only when the message says it is a delivery report (its sender, subject, headers or
 * words), or when the words it read for a recipient hold an SMTP reply as servers write
 * one, the words of a delivery failure, or a cause stated plainly right after the address
 * (`<someone@example.org>: mailbox full`: a specific phrase of the table, in the sentence
 * that states the cause, not in advice or a link), or a warning that delivery is delayed
 * whose sentence names the recipient.
 */
import type { Format } from './types.ts';
import { fromText } from './common.ts';
import { complaintWords, deliveredWords, hasReplyShape, hasReportWords, isDelayWarning, looksLikeBounce, onlyInConditions, sentByPerson } from '../read/cues.ts';
import { saysDelayed, saysMessageDelayed } from '../read/text-blocks.ts';
import type { FormatInput, FormatResult, Found, RawRecipient } from './types.ts';
import { findAddresses } from '../read/address.ts';
import { isBlankText, noticeLines, paragraphAt, viewOf } from './notice.ts';
import { isReturnedStart, returnedTo, statesCause } from '../read/text-blocks.ts';


/**
 * The recipient's words hold an SMTP reply that refuses its address the way a RCPT TO
 * refusal does (`<a@example.org>: User unknown`, `<a@example.org>... User unknown`), or
 * the address was read from the SMTP dialogue itself (`RCPT TO:<a@example.org>`).
 */
function refusedInReply(r: RawRecipient): boolean {
  const address = r.address?.value;
  if (!address || !r.diagnostic || !hasReplyShape(r.diagnostic.text)) return false;
  if (r.addressSource === 'transcript') return true;
  const lower = r.diagnostic.lower;
  const a = address.toLowerCase();
  return lower.includes(`<${a}>:`) || lower.includes(`<${a}>...`) || lower.includes(`rcpt to:<${a}>`);
}

/**
 * A notice's own statement that the message was not delivered, with no address and no code:
 * "This message could not be delivered due to a recipient error", "Your message could not
 * be delivered because the recipient's mailbox is full", "Your email to … was undeliverable",
 * "Delivery has failed" (observed wording of providers' and help desks' short notices).
 * Written in the third person of a notice ("your / this / the message"), never "my message".
 * Also a mail client's own box when its server refused the message: Thunderbird's "An error
 * occurred sending mail: The mail server sent an incorrect greeting: …" and an older client's
 * "An (smtp) error occured while sending mail. The server responded: …" (Telstra CrowdSupport,
 * "Why is my email being blacklisted?"; Thunderbird users' forum posts quote the first with a
 * server's refusal after it), whose server's words follow without a reply code.
 */
const RE_STATED_FAILURE =
  /\b(?:your|this|the) (?:e-?mail |mail )?(?:message|e-?mail|mail)\b[^\n]{0,80}?\b(?:could ?(?:not|n't) be|can ?not be|can't be|was ?(?:not|n't)|has ?(?:not|n't) been) (?:delivered|deliverable)\b|\b(?:your|this|the) (?:e-?mail |mail )?(?:message|e-?mail|mail)\b[^\n]{0,80}? (?:was|has) ?(?:not|n't) (?:been )?sent\b(?! yet)|^[ \t]*(?:an? )?(?:e-?mail|message) (?:can ?not|could ?not|can't|couldn't) be sent to\b|\ban attempt to deliver (?:a|an|the|your) (?:outbound )?(?:message|e-?mail)\b[^\n]{0,120}?\bhas failed\b|^[ \t]*an? (?:e-?mail|message) sent to your alias\b[^\n]{0,160}?\bwas bounced by\b|\b(?:your|this|the) (?:e-?mail |mail )?(?:message|e-?mail|mail)\b[^\n]{0,80}?\b(?:is|was|has been returned as) undeliverable\b|\b(?:we|i) (?:could ?(?:not|n't)|were unable to|was unable to|are unable to) deliver (?:your|the|this) (?:e-?mail |mail )?(?:message|e-?mail|mail)\b|^[ \t]*(?:delivery (?:has )?failed|message (?:was )?not delivered|undeliverable(?: message| mail)?)\b|^[ \t]*an (?:\(smtp\) )?error occurr?ed (?:while )?sending (?:e-?)?mail\b/im;
/** How far into a pasted text the statement may start (in non-blank lines): a notice opens with it. */
const STATED_WITHIN = 6;

/**
 * The last resort of the generic reader: a short notice that states the message was not
 * delivered but names no address and gives no code. Its one recipient has no address
 * (the page says the bounce does not name it); its words are the statement's paragraph
 * and the one after it, so a cause stated there decides, and with none the verdict is
 * unsure. Mail from a person, or a message that does not say it is a report, is no notice;
 * nor is a statement that names an address (the readers above read addresses).
 */
function statedFailure(input: FormatInput): FormatResult | null {
  const { scan } = input;
  if (sentByPerson(scan) || (scan.isMessage && !looksLikeBounce(scan))) return null;
  const lines = noticeLines(scan, 60);
  let seen = 0;
  let at = -1;
  for (let i = 0; i < lines.length && seen < STATED_WITHIN; i++) {
    if (isBlankText(lines[i].text)) continue;
    seen++;
    if (isReturnedStart(lines[i].text)) break;
    if (RE_STATED_FAILURE.test(lines[i].text)) {
      at = i;
      break;
    }
  }
  if (at === -1) return null;
  // The statement's paragraph, from the statement on, and the paragraph after it.
  const [, end] = paragraphAt(lines, at);
  const [s2, e2] = paragraphAt(lines, end);
  const last = s2 < e2 && !isReturnedStart(lines[s2].text) ? e2 : end;
  const diagnostic = viewOf(scan.document, lines, at, last);
  if (!diagnostic) return null;
  // No address in the statement: the returned original's one "To:" address (quoted as text
  // under "------ Original message ------"), the last resort that the report warns about and
  // that never makes an address bad (a usa.net / hotpop-style short notice, flufl.bounce).
  if (!diagnostic.text.includes('@')) {
    const [to] = returnedTo(scan);
    return { recipients: [to ? { ...to, diagnostic } : { address: null, diagnostic }] };
  }
  // A statement that names an address the readers did not take for a recipient ("Your
  // message to a@example.org could not be delivered.") claims nothing: see the trust cases.
  // Unless the notice names the one it failed for where a forwarding service or a route puts
  // it: the statement's own "sent to <…>", "deliver a message to your recipient <…>",
  // "bounced by your mailbox <…>", the service's "delivering mail to <…>" above it, or a
  // "Rcpt To: <…>" line of its details; then that address, unsure unless a cause is stated.
  const named = namedInNotice(scan.document, lines, at) ?? (statesCause(diagnostic) ? messageTo(scan.document, lines[at]) : null);
  return named ? { recipients: [{ address: named, diagnostic }] } : null;
}

/**
 * A cause pasted on its own, one or two short lines with no address, no code and no notice
 * around it: "Mailbox full", "Bounce reason: mailbox is full", "Error: User unknown" (what a
 * sending tool's log or a support ticket shows of a bounce). Bounce Explainer is asked about
 * a bounce, and these are the words servers give as the cause (the phrase table's specific
 * phrases). Only a server's impersonal words count: a sentence with a pronoun ("my mailbox is
 * full", "your mailbox is full", "we could not…") is a person's or a quota warning's.
 */
const BARE_CAUSE_MAX = 160;
const RE_BARE_LABEL = /^[ \t]*(?:[A-Za-z][A-Za-z .()-]{0,30}?:[ \t]*)?/;
const RE_PRONOUN =
  /(?<!\p{L})(?:i|me|my|we|us|our|you|your|he|she|they|their|please|thanks?|hi|hello|dear|ich|mein\p{L}*|ihr\p{L}*|dein\p{L}*|wir|unser\p{L}*|sie|je|mon|ma|mes|votre|vos|nous|notre|tu|ton|ta|vous|yo|mi|mis|su|sus|tus|usted|nuestr\p{L}*|io|mio|mia|miei|tuo|tua|tuoi|suo|sua|vostr\p{L}*|nostr\p{L}*|eu|meu|minha|seu|teu|você|noss\p{L}*|ik|mijn|uw|jouw|wij|ons|onze|mój|moja|moje|twój|twoja|twoje|pan|pana|pani|wasz\p{L}*|nasz\p{L}*|jag|min|mitt|mina|din|ditt|dina|ert|era|vi|vår\p{L}*|я|мой|моя|моё|мои|ваш\p{L}*|твой|твоя|мы|наш\p{L}*)(?!\p{L})|あなた|私|お客様|ください|お願い|您|你|我|请|귀하|당신|십시오|세요/iu;

function statedCauseOnly(input: FormatInput): FormatResult | null {
  const { scan } = input;
  if (scan.isMessage || scan.document.length > BARE_CAUSE_MAX * 2) return null;
  const all = noticeLines(scan, 64);
  const lines = all.filter((l) => !isBlankText(l.text));
  if (lines.length === 0 || lines.length > 2) return null;
  let chars = 0;
  for (const l of lines) {
    chars += l.text.trim().length;
    if (l.text.indexOf('@') !== -1 || /\d{3}|[?!]/.test(l.text) || RE_PRONOUN.test(l.text)) return null;
    // Two words to sixteen after a label: a cause, not a word ("Spam") nor prose (Exim's own
    // "all hosts for '…' have been failing for a long time (and retry time not reached)" is
    // sixteen; geekzone.co.nz, an Xtra bounce).
    const words = l.text.slice(RE_BARE_LABEL.exec(l.text)![0].length).trim().split(/\s+/).length;
    // (Japanese, Chinese and Korean write no spaces: three to thirty of their characters.)
    const cjk = /[\u3040-\u9fff\uac00-\ud7af]{3}/.test(l.text);
    if (cjk ? l.text.trim().length > 30 : words < 2 || words > 16) return null;
  }
  if (chars > BARE_CAUSE_MAX) return null;
  const diagnostic = viewOf(scan.document, all, all.indexOf(lines[0]), all.indexOf(lines[lines.length - 1]) + 1);
  return diagnostic && statesCause(diagnostic) ? { recipients: [{ address: null, diagnostic, causeOnly: true }] } : null;
}

/** "Your message to <…>" right before an address: the statement's own recipient. */
const RE_MESSAGE_TO = /\b(?:your|this|the) (?:e-?mail |mail )?(?:message|e-?mail|mail) to[ \t]*<?$/i;

/**
 * The one address of the statement's own "Your message to <…> was not sent because you have
 * reached your daily sending limit": the recipient, when the statement also states a cause the
 * phrase table knows (a statement with no cause still claims nothing, see above).
 */
function messageTo(doc: string, line: { start: number; end: number }): Found | null {
  const found = findAddresses(doc, line.start, line.end);
  if (found.length !== 1) return null;
  const a = found[0];
  return RE_MESSAGE_TO.test(doc.slice(Math.max(line.start, a.start - 60), a.start)) ? { value: a.address, start: a.start, end: a.end } : null;
}

/**
 * Where forwarding services and routing MTAs name the address they failed for: SimpleLogin
 * ("Email cannot be sent to <…> from your alias …", "An email sent to your alias … was
 * bounced by your mailbox <…>"), addy.io ("An attempt to deliver a message to your recipient
 * <…> has failed"), Postal ("This is the mail delivery service responsible for delivering
 * mail to <…>", "Rcpt To: <…>"): their templates' own words, never a sentence a person
 * writes ("Email cannot be sent to <…> since this morning"). One address, named once or the
 * same each time; else none.
 */
const RE_NAMED_AT = /(?:\bdeliver (?:a|an|the|your) (?:message|e-?mail) to your recipient|\bbounced by your mailbox|\bresponsible for delivering (?:e-?mail|mail|messages) to|^[ \t]*rcpt to:)[ \t]*<?$/i;
/** SimpleLogin's "cannot be sent to <…> from your alias …": the words on both sides of the address. */
const RE_SENT_TO = /\bbe sent to[ \t]*<?$/i;
const RE_FROM_ALIAS = /^>?[ \t]+from your alias\b/i;

function namedInNotice(doc: string, lines: readonly { start: number; end: number; text: string }[], at: number): Found | null {
  let out: Found | null = null;
  for (let i = 0; i < lines.length && i <= at + 12; i++) {
    const line = lines[i];
    if (line.text.indexOf('@') === -1) continue;
    for (const a of findAddresses(doc, line.start, line.end)) {
      const before = doc.slice(Math.max(line.start, a.start - 80), a.start);
      if (!RE_NAMED_AT.test(before) && !(RE_SENT_TO.test(before) && RE_FROM_ALIAS.test(doc.slice(a.end, Math.min(line.end, a.end + 40))))) continue;
      if (out && out.value.toLowerCase() !== a.address.toLowerCase()) return null;
      out ??= { value: a.address, start: a.start, end: a.end };
    }
  }
  return out;
}

export const text: Format = {
  id: 'text',
  label: 'Bounce text',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: () => true,
  parse(input) {
    const result = fromText(input) ?? statedFailure(input) ?? statedCauseOnly(input);
    if (!result) return null;
    // A success notice pasted as text (a delivery receipt, a relay notice): its recipients
    // were delivered, whatever else the generic reader took for a cause.
    const delivered = deliveredWords(input.scan);
    if (delivered) {
      const hint = { reason: 'delivered' as const, start: delivered.start, end: delivered.end, note: 'the notice says the message was delivered' };
      return { kind: 'delivered', recipients: result.recipients.filter((r) => r.address?.value).map((r) => ({ address: r.address, hint })) };
    }
    // A complaint notice ("a recipient marked your message as spam: a@…"): delivered, then
    // complained of; the complainer is no failed recipient.
    const complaint = complaintWords(input.scan);
    if (complaint) {
      const hint = { reason: 'feedback' as const, start: complaint.start, end: complaint.end, note: 'the notice says a recipient marked the message as spam' };
      return { kind: 'feedback-report', recipients: result.recipients.filter((r) => r.address?.value).map((r) => ({ address: r.address, hint })) };
    }
    if (sentByPerson(input.scan)) {
      // Mail from a person or a newsletter: prose about a full mailbox, or a reply quoted
      // near an address ("we logged 550 User unknown ... mail to a@example.org works"), is
      // no report. Only an SMTP reply that refuses the address itself counts.
      const named = result.recipients.filter((r) => refusedInReply(r));
      if (named.length === 0) return null;
      if (named.length < result.recipients.length) result.recipients = named;
    }
    // A pasted letter whose every reply code sits in a condition, with no words of a report:
    // a refusal that may come (an abuse desk's warning), not one that came.
    if (!input.scan.isMessage && !hasReportWords(input.scan.document) && onlyInConditions(input.scan.document)) return null;
    if (looksLikeBounce(input.scan)) return result;
    // The words read for a recipient: an SMTP reply, or the words of a delivery failure.
    if (result.recipients.some((r) => r.diagnostic && (hasReplyShape(r.diagnostic.text) || hasReportWords(r.diagnostic.text) || statesCause(r.diagnostic)))) return result;
    // A warning that delivery is delayed, whose sentence names each recipient ("Your message
    // to <…> has been delayed. We will keep trying to deliver it until …").
    // (With no address, the sentence must say that a message is delayed: "Your message has been delayed.")
    if (isDelayWarning(input.scan) && result.recipients.every((r) => r.diagnostic && saysDelayed(r.diagnostic.text) && (r.address || saysMessageDelayed(r.diagnostic.text)))) return result;
    return null;
  },
};
