/**
 * Automatic replies (RFC 3834): out-of-office and other auto-responders. Not a bounce:
 * the message was delivered and a program answered. Bounces carry `Auto-Submitted:
 * auto-replied` too, so the headers alone do not decide: the message must not read like
 * a delivery failure.
 */
import type { Format } from './types.ts';
import { header, type Scan } from '../scan.ts';
import { firstAddress } from '../read/address.ts';
import { bodyHead, subject, from } from './common.ts';
import { hasReplyShape, hasReportWords, looksLikeBounce } from '../read/cues.ts';
import { AUTO_REPLY_SUBJECT_ALTERNATION, AUTO_REPLY_SUBJECTS, AUTO_REPLY_WORDING, RETIRED_ADDRESS_WORDING } from '../../knowledge/auto-replies.ts';

// The subject of an automatic reply: English words of its own, Sieve vacation's "Auto:" (RFC 5230
// §5.2), and each language's Outlook / Exchange prefix (knowledge/auto-replies AUTO_REPLY_SUBJECTS).
const RE_AUTO_SUBJECT = new RegExp(
  `^(?:auto(?:matic)?[ -]?(?:reply|response|answer)|auto:|out of (?:the )?office|vacation|away from|abwesenheit|r[ée]ponse automatique|absence|${AUTO_REPLY_SUBJECT_ALTERNATION})`,
  'i',
);
// (And a provider's own notice that the message was refused: "email bounce notification",
// "an email you sent was rejected", which some send as an automatic reply; or that it could
// not deliver it, from an address that is no mailer-daemon: Mailgun's route notice "We were
// unable to deliver your message to the following address", a service's "Your message to …
// could not be sent", each with the server's refusal.)
const RE_BOUNCE_WORDS = /undeliver|not (?:be )?delivered|delivery (?:status|failure|has failed)|failure notice|returned mail|mail delivery|could not be delivered|unable to deliver|failed to deliver|could(?: not|n't) be sent|unzustellbar|non remis|delivery notification|\bbounce (?:notification|message|notice)|(?:was|has been) (?:rejected|refused|bounced)/i;

/** A signature delimiter: "--" or "-- " alone on its line (RFC 3676 §4.3 writes "-- "). */
const RE_SIGNATURE = /^--[ \t]?$/m;

/** A pasted text longer than this is not read as an automatic reply by its words alone. */
const PASTED_REPLY_MAX = 4000;
// (With each language's subject prefix, also as written without its accents: "reponse automatique".)
const AUTO_REPLY_PHRASES = [...new Set([...AUTO_REPLY_WORDING, ...AUTO_REPLY_SUBJECTS].flatMap((w) => w.phrases))];

/**
 * A pasted text with no headers: an automatic reply by its own words (knowledge/auto-replies),
 * short, and with nothing in it that reads like a delivery report or an SMTP reply. Gives
 * the span of the words that say so.
 */
function pastedAutoReply(scan: Scan): { start: number; end: number } | null {
  const doc = scan.document;
  if (doc.length > PASTED_REPLY_MAX) return null;
  const lower = doc.toLowerCase();
  for (const phrase of AUTO_REPLY_PHRASES) {
    const at = lower.indexOf(phrase);
    if (at === -1) continue;
    // A signature or company footer ("-- " alone on its line, after the reply's words) is
    // boilerplate: "if your mail bounces with 'mailbox full' …" there says nothing of this
    // message. Only the text above it must not read like a report.
    const sig = RE_SIGNATURE.exec(doc);
    if (sig && sig.index > at) {
      const head = doc.slice(0, sig.index);
      if (hasReplyShape(head) || hasReportWords(head)) return null;
    } else if (hasReplyShape(doc) || looksLikeBounce(scan)) return null;
    // Lower-casing keeps the length of nearly every text; where it does not, the span is the text's start.
    return lower.length === doc.length ? { start: at, end: at + phrase.length } : { start: 0, end: 0 };
  }
  return null;
}

export const autoReply: Format = {
  id: 'auto-reply',
  label: 'Automatic reply (RFC 3834)',
  reference: 'https://www.rfc-editor.org/rfc/rfc3834',
  detect(scan) {
    // Pasted text: its words are read once, by parse (null when they do not say so).
    if (!scan.isMessage) return scan.document.length <= PASTED_REPLY_MAX;
    if (scan.dsn.length || scan.reportType) return false;
    const subj = subject(scan);
    const sender = from(scan);
    if (/mailer-daemon|postmaster/.test(sender) || RE_BOUNCE_WORDS.test(subj)) return false;
    const auto = (header(scan.headers, 'auto-submitted')?.value ?? '').toLowerCase();
    const flagged =
      auto.startsWith('auto-replied') ||
      header(scan.headers, 'x-autoreply') !== undefined ||
      header(scan.headers, 'x-autorespond') !== undefined ||
      /auto_reply|autoreply/.test((header(scan.headers, 'precedence')?.value ?? '').toLowerCase()) ||
      (header(scan.headers, 'x-auto-response-suppress') !== undefined && RE_AUTO_SUBJECT.test(subj));
    if (flagged) return !RE_BOUNCE_WORDS.test(bodyHead(scan).slice(0, 1500));
    return RE_AUTO_SUBJECT.test(subj.replace(/^(?:re|aw|fw|fwd):\s*/i, '')) && !RE_BOUNCE_WORDS.test(bodyHead(scan).slice(0, 1500));
  },
  parse({ scan }) {
    if (!scan.isMessage) {
      const words = pastedAutoReply(scan);
      if (!words) return null;
      return { kind: 'auto-reply', recipients: [{ address: null, hint: { reason: 'vacation', ...words, note: 'an automatic reply, by its own words' } }] };
    }
    const sender = header(scan.headers, 'from');
    const a = sender ? firstAddress(scan.document, sender.start, sender.end) : null;
    const subj = header(scan.headers, 'subject');
    const auto = header(scan.headers, 'auto-submitted');
    const cue = auto ?? subj ?? sender;
    const hint = cue
      ? { reason: 'vacation' as const, start: cue.start, end: cue.end, note: 'an automatic reply' }
      : { reason: 'vacation' as const, start: 0, end: 0, note: 'an automatic reply' };
    return { kind: 'auto-reply', recipients: [{ address: a ? { value: a.address, start: a.start, end: a.end } : null, hint }] };
  },
};

/**
 * The retired-address phrases as patterns whose words may be broken over lines or spaced
 * twice ("this mailbox is no longer\nmonitored", a reply wrapped by the mail app).
 */
const RETIRED_ADDRESS_RES: readonly { first: string; re: RegExp }[] = RETIRED_ADDRESS_WORDING.map((phrase) => {
  const words = phrase.split(' ');
  return { first: words[0], re: new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')) };
});

/**
 * The words of an automatic reply that say the address itself is retired ("This address is
 * no longer in use", knowledge/auto-replies), in the text up to 8 KB: their span, or null.
 */
export function retiredAddressWords(scan: Scan): { start: number; end: number } | null {
  for (const r of scan.bodies) {
    const end = Math.min(r.end, r.start + 8192);
    const lower = scan.document.slice(r.start, end).toLowerCase();
    if (lower.length !== end - r.start) continue;
    for (const re of RETIRED_ADDRESS_RES) {
      // (A cheap search for the first word before the pattern.)
      if (lower.indexOf(re.first) === -1) continue;
      const m = re.re.exec(lower);
      if (m) return { start: r.start + m.index, end: r.start + m.index + m[0].length };
    }
  }
  return null;
}
