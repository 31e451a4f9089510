/**
 * Where the delivery notices of a paste that holds several begin: a support person pasting
 * three bounces from three servers one after the other, a thread of forwarded bounces, a
 * ticket with each notice under "-----" or under the header block a mail app shows, an mbox
 * pasted as text. Each notice is then read on its own (explain.ts), so that each recipient is
 * answered by its own notice, never by the cause of the one pasted before it.
 *
 * A notice begins at its opening line, as the MTAs' and providers' templates word it:
 * Postfix bounce(8) "This is the mail system at host …", Exim "This message was created
 * automatically by mail delivery software", qmail "Hi. This is the qmail-send program at …",
 * Sendmail "The original message was received at …", Exchange and Microsoft 365 "Delivery has
 * failed to these recipients or groups" (and its delay and relay notices: "Delivery is delayed
 * to these recipients or groups", "Delivery to these recipients or groups is complete"),
 * Exchange 2003 "Your message did not reach some or all of the intended recipients", Microsoft
 * 365 "Your message to … couldn't be delivered", Yahoo "Sorry, we were unable to deliver your
 * message to the following address", Gmail's older "Delivery to the following recipient failed
 * permanently", Gmail's
 * headings alone on their line ("Address not found", "Recipient inbox full", "Message
 * blocked", "Message not delivered", "Delivery incomplete", "Delivery Status Notification
 * (Failure)") and its sentences ("Your message wasn't delivered to … because"). The notice's
 * own start is moved up over what a paste puts above it: the header block a mail app shows
 * (From / Sent / Date / To / Subject, in English or the languages of knowledge/languages) and a
 * separator line ("-----", "-----Original Message-----", "---------- Forwarded message
 * ---------", "Begin forwarded message:", "--- Notice 2 ---", an mbox "From " line). A mail
 * app's header block whose From is a mail system's (MAILER-DAEMON, postmaster, "Mail Delivery
 * System") or whose Subject is a bounce's ("Undeliverable:", "Mail delivery failed") begins a
 * notice too, whatever its wording below; so does an mbox "From " line after a blank line.
 *
 * Only a split that holds: every part names an address (an opening with no address after it
 * before the next, a Gmail heading over its sentence, is one notice with what follows; a
 * last part with none, a notice cut off, stays with the one before). Fewer than two parts:
 * null, the text is one notice. One pass over the lines; never throws.
 */
import { eachLine } from '../text/lines.ts';
import { isMboxSeparator } from '../parse/mbox.ts';
import { hasLocalizedNoticeWords, isLocalizedClientHeaderLine } from '../../knowledge/languages/index.ts';

export interface NoticePart {
  start: number;
  end: number;
  /**
   * The part begins at a notice's words in another language only (no template's opening, no
   * header block, no separator): a single notice may say them twice (its heading and its
   * sentence), so such a part counts only where the notices name different recipients.
   */
  weak?: boolean;
}

/** At most this many notices are read one by one; more is a log or an archive, read whole. */
export const MAX_NOTICES = 100;

/**
 * The length of the quote marks and indentation before a line's words (a reply's "> ", a
 * ticket's indent): spaces, tabs and '>' (counted, not matched: noticeParts asks it of every line).
 */
function leadOf(line: string): number {
  let n = 0;
  for (let c = line.charCodeAt(0); c === 32 || c === 9 || c === 62; c = line.charCodeAt(++n));
  return n;
}

/** The opening line of an MTA's or a provider's notice (see the header comment). */
const RE_OPENING = new RegExp(
  '^(?:' +
    [
      'this is the mail system at host\\b',
      'this message was created automatically by mail delivery software',
      '(?:hi\\.\\s+)?this is the qmail-send program\\b',
      'the original message was received at\\b',
      'delivery has failed to these recipients or groups',
      'delivery is delayed to these recipients or groups',
      'delivery to these recipients or groups is complete',
      'your message did not reach some or all of the intended recipients',
      // Gmail's headings, alone on their line.
      '(?:address not found|recipient inbox full|message blocked|message not delivered|delivery incomplete|message rejected|delivery status notification \\((?:failure|delay)\\))[ \\t]*$',
      // Gmail's sentences (a notice whose heading was not copied).
      "your message (?:wasn['\u2019]t|was not) delivered to [^\\s@]+@",
      "your message couldn['\u2019]t be delivered to [^\\s@]+@",
      'there was a (?:temporary )?problem delivering your message to [^\\s@]+@',
      // Microsoft 365's notice ("Your message to a@example.org couldn't be delivered."), Gmail's
      // older one ("Delivery to the following recipient failed permanently:"), Yahoo's ("Sorry,
      // we were unable to deliver your message to the following address.").
      "your message to [^\\s@]+@[^\\s]+ couldn['\u2019]t be delivered",
      'delivery to the following recipients? failed permanently',
      '(?:sorry, )?we were unable to deliver your message to the following address',
      // The other layouts the formats read, by their first line (formats/*.ts: Amazon SES and
      // WorkMail, Facebook, IIS and Outlook's DSN, DragonFly, OpenSMTPD, PowerMTA, Netscape and
      // Messaging Server, X1, MessageLabs and the qmail clones, X6).
      'an error occurred while trying to deliver the mail to the following recipients',
      'this message was created automatically by facebook',
      'this is an automatically generated delivery status notification',
      'this is the dragonfly mail agent',
      'this is the mailer-daemon, please do not reply',
      'hello, this is the mail server on',
      'this message was undeliverable due to the following reason',
      'this report relates to a message you sent with the following header fields',
      'the following addresses had delivery errors',
      'i was unable to deliver your message to the following addresses',
      'we had trouble delivering your message',
    ].join('|') +
    ')',
  'i',
);

/**
 * A notice's title, alone on its line: "Undeliverable message", "Delivery Failure", "Mail
 * delivery failed", "Returned mail", "Delivery failed for the following recipients:" (the
 * headings providers put over their notices; observed wording). A cut only where the same title
 * opens two paragraphs or more: once, it is one notice's.
 */
const RE_TITLE_WORDS =
  /\b(?:undeliverable|undelivered|delivery (?:status notification|failure|failed|problem|report|error)|mail delivery (?:failed|failure|error|problem)|returned mail|failure notice|non-?delivery|message not delivered|not delivered|could not be delivered|delivery has failed)\b/i;

/**
 * A line that opens in lower case goes on with a sentence above it, as Domino's "was not
 * delivered to:" does under "Your message / Subject: …" (each recipient's block repeats it):
 * no title.
 */
const RE_SENTENCE_ON = /^[a-z]/;

/** A field's label at the line's start ("Betreff: Unzustellbar"): a header's line, no opening. */
const RE_FIELD_LABEL = /^[^\s:\uff1a]{1,20}[ \t]?[:\uff1a]/;

/** A separator line a paste puts between notices. */
const RE_SEPARATOR =
  /^(?:[-_=*~#]{3,}[ \t]*$|-{2,}[ \t]*[^\s-][^\r\n-]{0,60}-{2,}[ \t]*$|begin forwarded message:?[ \t]*$|(?:notice|bounce|ndr|message)(?:[ \t]?#)?[ \t]?\d{1,3}:?[ \t]*$)/i;

/**
 * A separator a person puts between two pasted notices, as opposed to the labelled rules of a
 * notice's own sections (Sendmail's "----- Transcript of session follows -----", Exim's "------
 * This is a copy of the message … ------"): a bare rule ("-----", "_____", "=====") or one whose
 * label names a notice ("--- second bounce ---", "=== NDR 2 ===", "--- Notice 2 ---").
 */
const RE_PASTE_SEPARATOR =
  /^(?:[-_=*~]{3,}[ \t]*$|[-_=*~]{2,}[ \t]*(?:(?:first|second|third|fourth|fifth|next|another|other|\d{1,3}(?:st|nd|rd|th)?)[ \t]+)?(?:bounce|notice|ndr|dsn|failure notice|error)(?:[ \t]?#?[ \t]?\d{1,3})?[ \t]*[-_=*~]{2,}[ \t]*$)/i;

/**
 * The first line of a notice whose opening is none the templates above word: a failure entry
 * ("<addr>: host … said: 552 …", "550 5.1.1 …") or a sentence of a failed delivery ("The
 * following message to <…> was undeliverable", "Delivery to the following recipient failed:",
 * "Your message could not be delivered"; observed wordings of hosted and older servers). Read
 * only right under a paste's separator, after a notice the text already began (see noticeParts).
 */
const RE_FAILURE_OPENING =
  /^(?:<?[^\s<>@:]{1,64}@[^\s<>:]{1,255}>?:[ \t]|[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\b|.)|.{0,120}?\b(?:undeliverable|undelivered|(?:could not|couldn['\u2019]t|cannot|can['\u2019]t) be delivered|(?:was|were) not delivered|(?:wasn|weren)['\u2019]t delivered|delivery (?:to .{1,120}? )?(?:has )?failed|failed to deliver|unable to deliver|delivery failure|not be delivered)\b)/i;

/** A field of the header block a mail app shows above a message (English; other languages by their data). */
const RE_CLIENT_FIELD = /^(?:from|sent|date|to|cc|bcc|subject|reply-to|importance)[ \t]*:/i;
/** A colon (ASCII or full-width) among a line's first 40 characters: a field's label may end there. */
const RE_COLON_NEAR = /^[^:\uff1a\r\n]{1,40}[:\uff1a]/;
/** Any "Name: value" field line (a header block may hold others a mail app shows). */
const RE_ANY_FIELD = /^[A-Za-z\u00C0-\u024F\u0400-\u04FF][\w\u00C0-\u024F\u0400-\u04FF-]{0,30}[ \t]*[:\uff1a]/;
/** Fields of a raw message's header, never of a mail app's shown block: such a block is a returned original's. */
const RE_RAW_FIELD = /^(?:received|return-path|message-id|mime-version|content-[a-z-]+|dkim-signature|x-[a-z0-9-]+|authentication-results|arc-[a-z-]+|delivered-to|in-reply-to|references)[ \t]*:/i;
/** A From of a mail system, or a Subject of a bounce: a header block over a notice. */
const RE_DAEMON_FROM = /^[^:\uff1a]{1,20}[:\uff1a].{0,120}?(?:mailer-daemon|postmaster|mail delivery|delivery subsystem|mail system|microsoftexchange|microsoft outlook)/i;
const RE_BOUNCE_SUBJECT =
  /^[^:\uff1a]{1,20}[:\uff1a][ \t]*(?:(?:re|fw|fwd|aw|wg|tr)[ \t]*:[ \t]*){0,3}(?:undeliverable|undelivered mail|undeliverable mail|delivery status notification|mail delivery failed|failure notice|returned mail|delivery failure|non-delivery|delivery (?:has )?failed|unzustellbar|non remis|no entregado|non recapitabile|onbestelbaar)/i;

type Kind = 'blank' | 'separator' | 'mbox' | 'field' | 'raw' | 'other';

interface Mark {
  kind: Kind;
  start: number;
  /** A separator a paste puts between notices (RE_PASTE_SEPARATOR), not a notice's own rule. */
  paste?: boolean;
}

/**
 * The notices of the text, each from its start to the next one's (the text before the first
 * is no notice's, unless it opens as a failure entry, or `opensWithNotice`: the text is a
 * message laid out with its header first); null when the text holds fewer than two.
 */
export function noticeParts(text: string, opensWithNotice = false): NoticePart[] | null {
  const cuts: number[] = [];
  const add = (at: number): void => {
    if (cuts.length === 0 || at > cuts[cuts.length - 1]) cuts.push(at);
  };
  // The lines since the last line of words: blanks, separators, header fields (at most 40).
  let tail: Mark[] = [];
  let afterBlank = true;
  // The cut a header block made, while that block goes on (-1: none): a raw header field
  // after it (Received:, Return-Path:) makes it a returned message's header, no notice's.
  let blockCut = -1;
  // Title lines (a short line of notice words after a blank line, "Undeliverable message"), by
  // their words: a title that opens two paragraphs or more opens as many notices.
  const titles = new Map<string, number[]>();
  // The cuts made by another language's notice words alone (see NoticePart.weak).
  const weak = new Set<number>();
  // The first cut is a paste's separator over a notice with no known opening: the text above it is a notice too.
  let pastedAbove = false;
  // Where a notice would begin whose first line under a paste's separator held no failure words (-1: none).
  let pasteAt = -1;
  for (const line of eachLine(text)) {
    const raw = text.slice(line.start, Math.min(line.end, line.start + 300));
    const lead = leadOf(raw);
    const words = raw.slice(lead);
    const last = tail.length > 0 ? tail[tail.length - 1].kind : null;
    if (words.length === 0) {
      // (A header block's cut stays open over a blank line: a copy with a blank line between
      // all lines parts a returned message's header so.)
      tail.push({ kind: 'blank', start: line.start });
      afterBlank = true;
      pasteAt = -1;
      continue;
    }
    // A folded header field's next line (indented, under a field): part of that field.
    if ((last === 'field' || last === 'raw') && /^[ \t]/.test(raw)) continue;
    if (afterBlank && lead === 0 && isMboxSeparator(raw)) {
      tail = [{ kind: 'mbox', start: line.start }];
      add(line.start);
    } else if (RE_OPENING.test(words)) {
      // (Not under a raw message's header: a notice returned inside another, a bounce of a
      // bounce, is the returned message's text.)
      if (!rawAbove(tail)) add(startAbove(tail, line.start + lead));
      tail = [];
      blockCut = -1;
    } else if (afterBlank && lead === 0 && words.length <= 200 && !RE_FIELD_LABEL.test(words) && hasLocalizedNoticeWords(words) && !rawAbove(tail)) {
      // A notice's opening in another language, at a paragraph's start ("Votre message n'a pas
      // été remis à …", "Ihre Nachricht konnte nicht zugestellt werden", a translated Gmail
      // heading): knowledge/languages' words of a failed delivery.
      const at = startAbove(tail, line.start);
      if (cuts.length === 0 || at > cuts[cuts.length - 1]) weak.add(at);
      add(at);
      tail = [];
    } else if (afterBlank && words.length <= 80 && words.indexOf('@') === -1 && !RE_SENTENCE_ON.test(words) && RE_TITLE_WORDS.test(words) && !rawAbove(tail)) {
      const key = words.trim().toLowerCase();
      const at = titles.get(key);
      if (at) {
        if (at.length < MAX_NOTICES) at.push(startAbove(tail, line.start + lead));
      } else if (titles.size < 64) titles.set(key, [startAbove(tail, line.start + lead)]);
      tail = [];
    } else if (RE_SEPARATOR.test(words) || RE_PASTE_SEPARATOR.test(words)) {
      tail.push({ kind: 'separator', start: line.start, paste: RE_PASTE_SEPARATOR.test(words) });
    } else if (RE_RAW_FIELD.test(words) && (afterBlank || last === 'field' || last === 'raw' || last === 'mbox' || last === 'separator')) {
      tail.push({ kind: 'raw', start: line.start });
      if (blockCut !== -1 && cuts[cuts.length - 1] === blockCut) cuts.pop();
      blockCut = -1;
    } else if ((RE_CLIENT_FIELD.test(words) || (RE_COLON_NEAR.test(words) && isLocalizedClientHeaderLine(words))) && !RE_RAW_FIELD.test(words)) {
      tail.push({ kind: 'field', start: line.start });
      // A mail system's From, a bounce's Subject: a notice begins at its header block.
      if ((RE_DAEMON_FROM.test(words) || RE_BOUNCE_SUBJECT.test(words)) && !rawAbove(tail)) {
        const at = startAbove(tail, line.start);
        if (cuts.length === 0 || at > cuts[cuts.length - 1]) blockCut = at;
        add(at);
      }
    } else if (last === 'field' && RE_ANY_FIELD.test(words)) {
      // Another field of a mail app's header block ("Importance:", "Attachments:").
      tail.push({ kind: 'field', start: line.start });
    } else {
      // A second notice with an opening none of the above words, right under a paste's
      // separator after a notice the text began: a failure entry or a sentence of a failed
      // delivery there begins it (weak: it holds only where the notices name different
      // recipients, as a notice's own words repeated do not).
      // (Its first sentence may be broken over two lines by a narrow view: the next line too.)
      const under = tail.some((m) => m.paste) && !rawAbove(tail) ? startAbove(tail, line.start) : pasteAt;
      pasteAt = -1;
      if (under !== -1) {
        if (RE_FAILURE_OPENING.test(words)) {
          if (cuts.length === 0 ? under > 0 : under > cuts[cuts.length - 1]) {
            // (The text above the first such separator was pasted as a notice too.)
            if (cuts.length === 0) pastedAbove = true;
            weak.add(under);
            add(under);
          }
        } else if (under >= line.start - 300 && tail.length > 0) pasteAt = under;
      }
      // (A new list only when the old one holds marks: a text of a million lines of words
      // made a million empty lists.)
      if (tail.length) tail = [];
      blockCut = -1;
    }
    afterBlank = false;
    if (tail.length > 40) tail = tail.slice(-20);
  }
  for (const at of titles.values()) if (at.length >= 2) cuts.push(...at);
  if (cuts.length > 1) {
    cuts.sort((a, b) => a - b);
    let n = 0;
    for (const c of cuts) if (n === 0 || c !== cuts[n - 1]) cuts[n++] = c;
    cuts.length = n;
  }
  // The text above the first notice is a notice's too when it opens as a failure line does:
  // a bare entry pasted first ("<a@example.org>: host … said: 552 …", "550 5.1.1 …").
  // So is the text above the first cut of a message read as one (`opensWithNotice`: its own
  // header first, as an mbox's first message is laid out).
  if (cuts.length > 0 && cuts[0] > 0 && (opensWithNotice || (pastedAbove && weak.has(cuts[0])) || RE_ENTRY_FIRST.test(text.slice(0, Math.min(cuts[0], 2000))))) cuts.unshift(0);
  if (cuts.length < 2) return null;
  const parts = partsOf(text, cuts);
  if (parts) for (const p of parts) if (weak.has(p.start)) p.weak = true;
  return parts;
}

/** A text whose first line of words is a failure entry: an address and a colon, or an SMTP reply's code. */
const RE_ENTRY_FIRST = /^\s*(?:<?[^\s<>@:]{1,64}@[^\s<>:]{1,255}>?:[ \t]|[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b)/;

/** Does the last block of header fields above hold a raw message's field (Received:, Return-Path:)? */
function rawAbove(tail: Mark[]): boolean {
  for (let i = tail.length - 1; i >= 0; i--) {
    const k = tail[i].kind;
    if (k === 'raw') return true;
    if (k === 'separator' || k === 'mbox') return false;
  }
  return false;
}

/**
 * Where a notice whose opening (or header field) is at `at` begins: moved up over the lines
 * right above it that a paste puts there (one header block of a mail app's fields, separator
 * lines, an mbox "From " line, blank lines between them), to the first of them.
 */
function startAbove(tail: Mark[], at: number): number {
  let start = at;
  let fieldsSeen = false;
  let fieldsEnded = false;
  for (let i = tail.length - 1; i >= 0; i--) {
    const m = tail[i];
    if (m.kind === 'blank') {
      if (fieldsSeen) fieldsEnded = true;
      continue;
    }
    if (m.kind === 'field') {
      // One header block only: fields above a blank line under another block are another's.
      if (fieldsEnded) break;
      fieldsSeen = true;
      start = m.start;
      continue;
    }
    if (fieldsSeen) fieldsEnded = true;
    start = m.start;
    if (m.kind === 'mbox') break;
  }
  return start;
}

/**
 * The parts between the cuts, each to the next cut (the last to the text's end), when every
 * part names an address: a part with none is one notice with the part after it (a heading over
 * its sentence), or, last, with the one before (a notice cut off). Null when fewer than two remain.
 */
function partsOf(text: string, cuts: number[]): NoticePart[] | null {
  const parts: NoticePart[] = [];
  let pending = -1;
  for (let i = 0; i < cuts.length; i++) {
    const start = pending === -1 ? cuts[i] : pending;
    const end = i + 1 < cuts.length ? cuts[i + 1] : text.length;
    if (text.slice(cuts[i], end).indexOf('@') === -1) {
      if (i + 1 < cuts.length) {
        pending = start;
        continue;
      }
      if (parts.length > 0) parts[parts.length - 1].end = end;
      else parts.push({ start, end });
      pending = -1;
      continue;
    }
    parts.push({ start, end });
    pending = -1;
  }
  return parts.length >= 2 && parts.length <= MAX_NOTICES ? parts : null;
}
