/**
 * Gmail's sender-side notices ("Delivery Status Notification (Failure)"): "Address not
 * found", "Your message wasn't delivered to <addr> because ...", then "The response from
 * the remote server was:". Gmail sets X-Failed-Recipients.
 *
 * The older layout (until about 2016) lists the recipients, indented, under "Delivery to
 * the following recipient failed permanently:" (or "... has been delayed:" in a
 * "(Delay)" warning, which adds "Message will be retried for N more day(s)"), then gives
 * "Technical details of permanent|temporary failure:" and the reason, up to "-----
 * Original message -----". Learnt from Gmail notices as users received them.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, headHas, subject, fromText, paragraphAfter, withDiagnostic, from, linesAfter } from './common.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { isReturnedStart } from '../read/text-blocks.ts';
import type { TextView } from '../text/view.ts';
import { deliveredWords } from '../read/cues.ts';

/**
 * Gmail's line that introduces the other server's reply in its translations ("Die Antwort
 * (vom Remote-Server) lautete:", "La réponse (du serveur distant) était :", "La respuesta (del
 * servidor remoto) fue:", "La risposta (del server remoto) è stata:", "Het antwoord (van de
 * externe server) was:", "A resposta (do servidor remoto) foi:", "Odpowiedź serwera zdalnego:",
 * "リモート サーバーからの応答:", "远程服务器返回的响应："; observed wording, Gmail's localised
 * notices). What follows is the other server's own reply; the notice's title and sentence above
 * it ("Adresse nicht gefunden … nicht gefunden wurde oder keine E-Mails empfangen kann") are
 * Gmail's template, which says "or", and must not outvote the reply's own cause.
 */
const LOCAL_LEADS =
  'die\\s+antwort(?:\\s+vom\\s+remote-server)?\\s+lautete|la\\s+r[ée]ponse(?:\\s+du\\s+serveur\\s+distant)?\\s+[ée]tait|la\\s+respuesta(?:\\s+del\\s+servidor\\s+remoto)?\\s+fue|la\\s+risposta(?:\\s+del\\s+server\\s+remoto)?\\s+[èe]\\s+stata|het\\s+antwoord(?:\\s+van\\s+de\\s+externe\\s+server)?\\s+was|a\\s+resposta(?:\\s+do\\s+servidor\\s+remoto)?\\s+foi|odpowied[źz]\\s+serwera\\s+zdalnego|リモート\\s*サーバーからの応答|远程服务器返回的响应';
// A mail client may wrap the sentence anywhere ("The response from the remote server\nwas:").
const RE_RESPONSE = new RegExp(`(?:the\\s+response\\s+from\\s+the\\s+remote\\s+server\\s+was|the\\s+error\\s+that\\s+the\\s+other\\s+server\\s+returned\\s+was|the\\s+response\\s+was|technical\\s+details\\s+of\\s+(?:permanent|temporary)\\s+failure|${LOCAL_LEADS})\\s*[:：]\\s*`, 'i');
/** The line that introduces the other server's reply (wrapped or not). */
const RE_RESPONSE_LEAD = new RegExp(`(?:the\\s+response\\s+from\\s+the\\s+remote\\s+server\\s+was|the\\s+error\\s+that\\s+the\\s+other\\s+server\\s+returned\\s+was|the\\s+response\\s+was|${LOCAL_LEADS})\\s*[:：]\\s*`, 'i');
/** Only a translated lead (no English one): the notice's sentence is not Gmail's English one. */
const RE_ENGLISH_LEAD = /(?:the\s+response\s+from\s+the\s+remote\s+server\s+was|the\s+error\s+that\s+the\s+other\s+server\s+returned\s+was|the\s+response\s+was|technical\s+details\s+of\s+(?:permanent|temporary)\s+failure)\s*:/i;
/** The marker line of the older layout's recipient list (a narrow view may break it anywhere). */
const RE_LIST = /delivery\s+to\s+the\s+following\s+recipients?\s+(?:failed\s+permanently|has\s+been\s+delayed|was\s+aborted[^:\n]*)\s*:[ \t]*/i;
const RE_DETAILS = /technical\s+details\s+of\s+(?:permanent|temporary)\s+failure\s*:[ \t]*/i;

/** The addresses listed, one a line, after the list marker. */
function listedRecipients(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const after of linesAfter(scan, RE_LIST)) {
    const out: RawRecipient[] = [];
    for (const line of after) {
      if (isBlank(doc, line)) {
        if (out.length) break;
        continue;
      }
      const a = firstAddress(doc, line.start, line.end);
      if (!a || /\S/.test(doc.slice(line.start, a.start).replace(/[<*\s-]/g, ''))) break;
      out.push({ address: { value: a.address, start: a.start, end: a.end } });
    }
    if (out.length) return out;
  }
  return [];
}

/** "Technical details of ... failure:" and the lines after it, up to the returned message. */
function technicalDetails(scan: Scan): TextView | null {
  const doc = scan.document;
  for (const after of linesAfter(scan, RE_DETAILS)) {
    const lines: Line[] = [];
    for (const line of after) {
      if (isReturnedStart(doc.slice(line.start, Math.min(line.end, line.start + 160)))) break;
      if (!isBlank(doc, line)) lines.push(line);
    }
    if (lines.length) return viewOfLines(doc, lines);
  }
  return null;
}

/**
 * The newer notice with no reply quoted: its title ("** Address not found **") and the
 * sentence "Your message wasn't delivered to <addr> because the address couldn't be
 * found." are Gmail's own verdict, so they are the diagnostic.
 */
function ownVerdict(scan: Scan): TextView | null {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const text = doc.slice(range.start, range.end);
    const m = /your message wasn't delivered to\b/i.exec(text);
    if (!m) continue;
    const lines: Line[] = [];
    const title = /^[ \t]*\*\*[^*\n]+\*\*[ \t]*$/m.exec(text.slice(0, m.index));
    if (title) {
      const s = range.start + title.index;
      lines.push({ start: s, end: s + title[0].length, next: s + title[0].length });
    }
    const lineStart = range.start + text.lastIndexOf('\n', m.index) + 1;
    for (const line of splitLines(doc, lineStart, range.end)) {
      if (isBlank(doc, line)) break;
      lines.push(line);
    }
    return viewOfLines(doc, lines);
  }
  return null;
}

/** Gmail's sentence that names the recipient of one notice (a narrow view may break it anywhere). */
const RE_NOTICE_SENTENCE = /(?:wasn't\s+delivered\s+to|couldn't\s+be\s+delivered\s+to|problem\s+delivering\s+your\s+message\s+to|your\s+message\s+to)\s+/gi;

/** The lines from `from` to the first blank line after some text (blank lines before it skipped). */
function paragraphFrom(doc: string, from: number, end: number): TextView | null {
  const lines: Line[] = [];
  for (const line of splitLines(doc, from, end)) {
    if (isBlank(doc, line)) {
      if (lines.length) break;
      continue;
    }
    if (lines.length && isReturnedStart(doc.slice(line.start, Math.min(line.end, line.start + 200)))) break;
    lines.push(line);
  }
  return lines.length ? viewOfLines(doc, lines) : null;
}

/**
 * Several of Gmail's notices in one text, as Gmail's conversation view shows them when copied
 * whole (one notice per failed recipient, "Address not found" for one, "Recipient inbox full"
 * for another): each "The response … was:" read with the address its own notice's sentence
 * names, between the reply before it and it. Null unless there are two or more, each naming
 * a different address (one notice is read as before).
 */
function eachNotice(scan: Scan): RawRecipient[] | null {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  for (const range of scan.bodies) {
    const lead = new RegExp(RE_RESPONSE_LEAD.source, 'gi');
    const text = doc.slice(range.start, range.end);
    let from = 0;
    for (let m = lead.exec(text); m && out.length < 20; m = lead.exec(text)) {
      // The last sentence of a notice before this reply, and the address right after it.
      let named: { start: number; end: number; address: string } | null = null;
      RE_NOTICE_SENTENCE.lastIndex = from;
      for (let n = RE_NOTICE_SENTENCE.exec(text); n && n.index < m.index; n = RE_NOTICE_SENTENCE.exec(text)) {
        const at = range.start + n.index + n[0].length;
        const a = firstAddress(doc, at, Math.min(at + 320, range.start + m.index));
        if (a && a.start === at) named = a;
      }
      const reply = paragraphFrom(doc, range.start + m.index + m[0].length, range.end);
      if (!named || !reply) return null;
      const address = named.address.toLowerCase();
      if (out.some((r) => r.address?.value.toLowerCase() === address)) return null;
      const [s, e] = reply.whole();
      const command = findCommand(doc, s, e) ?? undefined;
      out.push({ address: { value: named.address, start: named.start, end: named.end }, diagnostic: reply, ...(command ? { command } : {}) });
      from = e - range.start;
      lead.lastIndex = Math.max(lead.lastIndex, from);
    }
  }
  return out.length >= 2 ? out : null;
}

/** Every line that introduces another server's reply (String.match with the g flag starts afresh each time). */
const RE_RESPONSE_LEADS = new RegExp(RE_RESPONSE_LEAD.source, 'gi');

/** How many lines introduce another server's reply, in all the human-readable parts. */
function countLeads(scan: Scan): number {
  let n = 0;
  for (const range of scan.bodies) n += (scan.document.slice(range.start, range.end).match(RE_RESPONSE_LEADS) ?? []).length;
  return n;
}

export const gmail: Format = {
  id: 'gmail',
  label: 'Gmail',
  reference: 'https://support.google.com/mail/answer/6596',
  // Cheap From/Subject tests first: the order of the tests does not change the answer.
  detect: (scan) =>
    (from(scan).includes('googlemail.com') && subject(scan).startsWith('delivery status notification')) ||
    RE_RESPONSE.test(bodyHead(scan)) ||
    headHas(scan, "your message wasn't delivered to") ||
    headHas(scan, 'delivery to the following recipient'),
  parse(input) {
    const sc = input.scan;
    // Exchange's "Delivery to the following recipients succeeded." shares the opening of
    // Gmail's old "Delivery to the following recipient failed permanently": a delivery
    // report (no failure code, no returned message) is the generic reader's to call delivered.
    if (deliveredWords(sc)) return null;
    const head = bodyHead(sc);
    const delayed =
      subject(sc).includes('(delay)') || headHas(sc, 'delivery incomplete') || headHas(sc, 'will retry') || /delivery to the following recipients? has been delayed/.test(head);
    const response = paragraphAfter(sc, RE_RESPONSE_LEAD);
    const listed = listedRecipients(sc);
    if (listed.length) {
      const diagnostic = response ?? technicalDetails(sc);
      // No words of Gmail's under the list (another server's notice in the same words, its
      // details under another heading): the generic reader's, when it reads a cause.
      if (!diagnostic) {
        const generic = fromText(input, { delayed });
        if (generic?.recipients.some((r) => r.diagnostic)) return generic;
      }
      if (diagnostic) {
        const [s, e] = diagnostic.whole();
        const command = findCommand(sc.document, s, e) ?? undefined;
        for (const r of listed) {
          r.diagnostic = diagnostic;
          if (command) r.command = command;
        }
      }
      return { recipients: listed, delayed };
    }
    if (response) {
      // Several notices in one text (a conversation copied whole), none a delay: each its own reply.
      const several = delayed ? null : eachNotice(sc);
      if (several) return { recipients: several, delayed };
      // A translated notice: its sentence names the recipient in its own words; several
      // translated notices in one paste are the generic reader's (each block its own reply).
      if (!RE_ENGLISH_LEAD.test(head)) {
        if (countLeads(sc) > 1) return fromText(input, { delayed });
        return { recipients: withDiagnostic(sc, response), delayed };
      }
      // (The words may be broken over lines, as a narrow view breaks them.)
      return { recipients: withDiagnostic(sc, response, /(?:wasn't\s+delivered\s+to|delivery to the following recipients? (?:failed|has been delayed)[^:]*:|problem\s+delivering\s+your\s+message\s+to)/i), delayed };
    }
    // No reply quoted: Gmail's own title and sentence say the cause.
    const verdict = ownVerdict(sc);
    if (verdict) return { recipients: withDiagnostic(sc, verdict, /wasn't delivered to/i), delayed };
    // The older notice whose listed address is no address (a paste that blanked it out,
    // "nobody@**********.***"): its technical details still say the cause.
    const details = headHas(sc, 'delivery to the following recipient') ? technicalDetails(sc) : null;
    if (details) return { recipients: withDiagnostic(sc, details, RE_LIST), delayed };
    return fromText(input, { delayed });
  },
};
