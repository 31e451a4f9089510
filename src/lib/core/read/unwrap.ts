/**
 * Text as a narrow mail app shows it, its sentences broken over short lines:
 *
 *   Your message wasn't delivered to
 *   cleo@example.com because the address
 *   couldn't be found, or is unable to
 *   receive mail.
 *
 * `unwrapped` gives the same text with each such break made a space, one character for one
 * (a CRLF becomes two spaces), so every offset into it is an offset into the original. A
 * break stays where either line is a structure of its own rather than a piece of a
 * sentence: a blank line, an address alone on its line, a recipient line (`<a@example.org>:`),
 * a field (`Subject: ...`), a quoted, transcript or listed line (`>`, `<<<`, `-`, `*`);
 * nothing joins onto a line that ends with a colon (a list or a reply follows), and a line
 * that opens with a reply code joins nothing before it (its reply may go on below it).
 *
 * The engine reads a paste this way only when, as it stands, nothing in it could be read.
 */
import { splitLines } from '../text/lines.ts';
import { findAddresses } from './address.ts';

/** Line lengths (without indentation) that a narrow view breaks at. */
export const NARROW = 78;
/** How many lines a text needs before it can be a wrapped one. */
const MIN_LINES = 3;
/** Largest text unwrapped (pastes of a notice are small). */
const MAX_LENGTH = 16384;

/** A line that stands on its own: see the module comment. */
const RE_OWN_LINE =
  /^[ \t]*(?:$|[>*\u2022-]|<<<|<?[^\s<>@]+@[^\s<>@]+>?:?[ \t]*$|<[^\s<>@]+@[^\s<>@]+>:|[^\s<>@:]+@[^\s<>@:]+:|[A-Za-z][\w-]{0,30}:[ \t])/;
/** A line that starts something new (a reply), though it may go on to the next line. */
const RE_OPENS = /^[ \t]*(?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}\b)/;

export function unwrapped(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lines = splitLines(text);
  let short = 0;
  let words = 0;
  for (const l of lines) {
    const len = text.slice(l.start, l.end).trim().length;
    if (len === 0) continue;
    words++;
    if (len <= NARROW) short++;
  }
  // Most lines short: a narrow view's breaks.
  if (words < MIN_LINES || short < words * 0.8) return null;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = text.slice(lines[i].start, lines[i].end);
    const b = text.slice(lines[i + 1].start, lines[i + 1].end);
    if (RE_OWN_LINE.test(a) || RE_OWN_LINE.test(b) || RE_OPENS.test(b) || /:[ \t]*$/.test(a)) continue;
    // The break (LF, CR or CRLF) becomes as many spaces.
    out += text.slice(from, lines[i].end) + ' '.repeat(lines[i].next - lines[i].end);
    from = lines[i].next;
  }
  if (from === 0) return null;
  return out + text.slice(from);
}

/** How many lines with words a text needs before it can be a double-spaced copy. */
const MIN_SPACED_LINES = 3;

/**
 * Text copied out of a view that puts a blank line between all its lines (each line a
 * paragraph of its own, as some web mail views copy them):
 *
 *   nobody@example.org
 *
 *      Error Type: SMTP
 *
 *      Remote server replied: 550 5.1.1 User unknown
 *
 * `singleSpaced` gives the same text with each such blank line joined onto the line above
 * it (the break before it made spaces, one character for one, so every offset into it is
 * an offset into the original): the lines stand together again as the notice wrote them.
 * Where more blank lines than that stand in a row (a paragraph break in such a copy), the
 * rest stay. Only a text in which no two lines with words stand next to each other, with at
 * least three of them, is such a copy; null otherwise.
 *
 * A copy of a notice whose own paragraphs are one line each (Outlook's, a blank line between
 * them) made by such a view has three blank lines between them: the view's blank lines are
 * then as many as the fewest between any two lines with words, and that many are taken out
 * everywhere (one in the common case).
 *
 * The engine reads a paste this way only when, as it stands, nothing in it could be read.
 */
export function singleSpaced(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lines = splitLines(text);
  const blank = lines.map((l) => text.slice(l.start, l.end).trim().length === 0);
  let words = 0;
  // The fewest blank lines between two lines with words (-1: before the first line with words).
  let fewest = Infinity;
  let run = -1;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) {
      if (run >= 0) run++;
      continue;
    }
    words++;
    if (run === 0) return null;
    if (run > 0 && run < fewest) fewest = run;
    run = 0;
  }
  if (words < MIN_SPACED_LINES || fewest === Infinity) return null;
  let out = '';
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    let n = 0;
    while (n < fewest && i + 1 + n < lines.length && blank[i + 1 + n]) n++;
    // Only blank lines with a line after them are taken out.
    if (n === 0 || i + 1 + n >= lines.length) continue;
    // The breaks after the line with words and after each blank line taken out become as many spaces.
    out += text.slice(from, lines[i].end) + ' '.repeat(lines[i].next - lines[i].end);
    for (let j = i + 1; j < i + n; j++) out += text.slice(lines[j].start, lines[j].end) + ' '.repeat(lines[j].next - lines[j].end);
    from = lines[i + n - 1].next;
    i += n - 1;
  }
  if (from === 0) return null;
  return out + text.slice(from);
}

/** Longer than this, a line is a paragraph a mail view joined, not a line a notice wrapped. */
const JOINED = 2 * NARROW;

/**
 * Are the lines with words (four in five) no longer than a notice writes them (a reply may
 * run past the wrap width, not past twice it)? A copy with a blank line between all its
 * lines keeps the notice's lines; text whose mail view joined each paragraph into one line
 * has blank lines between long ones, and is no such copy (its blank lines are the
 * paragraphs' own).
 */
export function mostlyShortLines(text: string): boolean {
  let words = 0;
  let short = 0;
  for (const l of splitLines(text)) {
    const len = text.slice(l.start, l.end).trim().length;
    if (len === 0) continue;
    words++;
    if (len <= JOINED) short++;
  }
  return short >= words * 0.8;
}

/**
 * Text whose mail view joined the lines of a notice (each paragraph made one line, or a
 * narrow list run together), a list layout's entries then one after another on a line:
 *
 *   bob@example.org: Envelope expired carol@example.net: Envelope expired
 *   Recipient(s): bob@example.org carol@example.net
 *   ... Tue 2026-03-03 09:14:20.601: --> RCPT To:<bob@example.org> Tue 2026-03-03 09:14:20.700: <-- 550 ...
 *
 * `relined` gives the same text with a line break again (one character for the space it
 * takes, so every offset into it is an offset into the original) before each thing that
 * opens a line of its own in such notices: a recipient line (`<addr>:`, `"addr":`, `addr:`,
 * not the address a reply names after its code, "550 5.1.1 <addr>: Recipient address
 * rejected"), an address listed after another or after the colon of the line that
 * introduces a list ("the following recipients:"), a time-stamped transcript entry
 * (MDaemon's "Tue 2026-03-03 09:14:20.700: <-- 550 …"), and a banner ("--- Session
 * Transcript ---", "----- Transcript of session follows -----"), opening and closing.
 * Only lines longer than `minLength` are broken (a paste read as nothing at all is broken
 * only where a view joined a paragraph: a notice's own line is no longer than it wraps at).
 * Null when nothing is to be broken.
 *
 * The engine reads a paste this way too, and keeps that reading when it reads its
 * recipients better.
 */
export function relined(text: string, minLength = 0): string | null {
  if (text.length > MAX_LENGTH) return null;
  const breaks: number[] = [];
  for (const line of splitLines(text)) {
    if (line.end - line.start <= minLength) continue;
    const l = text.slice(line.start, line.end);
    const lead = l.search(/\S/);
    // The words after the address of the line's first entry (the address that opens the
    // line, or the first a break opened): an entry's shape; and whether an entry of the line
    // opened with "addr:".
    let shape: string | null = null;
    let colonEntry = opensWithEntry(text, line.start + lead);
    for (const a of findAddresses(text, line.start, line.end)) {
      const opening = a.start - line.start <= lead + 1;
      const at = openingOfAddress(text, a.start, a.end, line.start, line.start + lead, colonEntry);
      if (shape === null && (opening || at !== -1)) shape = entryShape(text, a.end, line.end);
      if (at !== -1 && /^[>"]?:[ \t]/.test(text.slice(a.end, a.end + 3))) colonEntry = true;
      if (at !== -1) breaks.push(at);
      // An address followed by the same words as the one that opened the line: the next entry
      // of a list run together ("a@example.org Invalid Address, ERROR_CODE :550 …
      // b@example.org Invalid Address, …", "<a@example.org> (reason: 550 …) <b@example.org> (reason: …").
      else if (shape && !opening && entryShape(text, a.end, line.end) === shape) {
        const sp = text[a.start - 1] === '<' || text[a.start - 1] === '"' ? a.start - 2 : a.start - 1;
        if (sp > line.start + lead && /[ \t]/.test(text[sp])) breaks.push(sp);
      }
    }
    for (const m of l.matchAll(RE_STAMP)) {
      if (m.index > lead + 1 && /[ \t]/.test(l[m.index - 1])) breaks.push(line.start + m.index - 1);
    }
    bannerBreaks(l, line.start, breaks);
    for (const m of l.matchAll(RE_FIELD_LABEL)) {
      // (After a value's end, not after a marker: MDaemon's "*  To: addr" stays one line;
      // nor inside a longer label at the line's start: "Failure Reason:".)
      if (m.index - lead < 40 && RE_LABEL_WORDS.test(l.slice(lead, m.index))) continue;
      if (m.index > lead + 1 && RE_VALUE_END.test(l.slice(Math.max(0, m.index - 8), m.index)) && !/(?:RCPT|MAIL)[ \t]+$/i.test(l.slice(Math.max(0, m.index - 8), m.index))) breaks.push(line.start + m.index - 1);
    }
    for (const m of l.matchAll(RE_OPENER)) {
      if (m.index > lead + 1 && /[ \t]/.test(l[m.index - 1])) breaks.push(line.start + m.index - 1);
    }
    for (const m of l.matchAll(RE_ZONE_END)) {
      const at = m.index + m[0].length;
      if (m.index > lead && at < l.length) breaks.push(line.start + at);
    }
  }
  if (!breaks.length) return null;
  breaks.sort((x, y) => x - y);
  let out = '';
  let from = 0;
  for (const b of breaks) {
    if (b < from) continue;
    out += text.slice(from, b) + '\n';
    from = b + 1;
  }
  return out + text.slice(from);
}

/** A time stamp that opens each entry of a log-style session transcript (MDaemon, SecurityGateway). */
const RE_STAMP = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?: /g;
/**
 * A label that opens a field line of a notice (observed wordings: Sun Messaging Server's
 * "Recipient address:" / "Reason:" / "Diagnostic code:" / "Remote system:", Haraka's
 * "Intended Recipients:" / "Failure Reason:", SmarterMail's "Failed Recipient:",
 * SecurityGateway's "Failed address:", OpenSMTPD's "Recipient:" / "Diagnostic:", Exchange's
 * "Remote Server returned" / "Generating server:", Amazon SES's "The reason for the problem:",
 * Tencent's "Bounce reason:" / "Solution:", Microsoft 365's "Status code:" / "Reported error:" /
 * "Created Date:" / "Sender Address:" / "Recipient Address:" / "Message rejected by:",
 * the returned message's header fields),
 * after a space: a joined line breaks before it.
 */
const RE_FIELD_LABEL =
  /(?<=[ \t])(?:(?:Original|Recipient|Failed|Final) (?:address|Recipient|recipient)|Intended Recipients|Failure Reason|Reason|Diagnostic(?: code)?|Remote system|Remote host said|Remote server replied|Remote Server returned|Generating server|Technical details|Error Type|The reason for the problem|Bounce reason|Solution|Status code|Reported error|Created Date|Sender Address|Recipient Address|Message rejected by|Recipient|To|From|Subject|Sent|Date|Message-[Ii][Dd]):[ \t]/g;
/**
 * Words that open a line of their own in a notice, with no label's colon: CommuniGate Pro's
 * "Failed to deliver to '<…>'", "SMTP module(domain example.org) reports:" / "LOCAL
 * module(account carol) reports:",
 * qmail's "Giving up on 192.0.2.25.", a Sendmail transcript's "... while talking to …:",
 * ">>> DATA" and "<<< 550 …", m-FILTER's "-------server message", and the line that opens
 * the returned original (GroupWise's "Possibly truncated original message follows:",
 * OpenSMTPD's "Below is a copy of the original message:", "Original message follows"), and
 * Microsoft 365's headings ("More Info for Email Admins", "Original Message Details", "Error
 * Details"), before them and after them.
 */
const RE_OPENER =
  /(?<=[ \t])(?:Failed to deliver to '|[A-Z]{3,10} module\(|Giving up on |\.\.\. while talking to |>>> [A-Z]|<<< [245]\d\d\b|-{5,}(?=[A-Za-z])|Possibly truncated original message follows|(?:Error|Original Message) Details |More Info for Email Admins |(?<=(?:Error|Original Message) Details |More Info for Email Admins )(?=\S)|Below is a copy of the original message|(?:The )?[Oo]riginal message follows)/g;
/** One or two words alone before a label: the start of a longer label. */
const RE_LABEL_WORDS = /^[\p{L}-]+(?:[ \t][\p{L}-]+)?[ \t]+$/u;
/** The end of a field's value before the space that precedes the next label. */
const RE_VALUE_END = /[\p{L}\p{N}.:)>\]"'][ \t]+$/u;
/** The time zone that ends a date-time (" 09:14:20 +0100", "... -0000 (UTC)"), text after it: a joined line breaks after it. */
const RE_ZONE_END = /\d\d:\d\d(?::\d\d)? [+-]\d{4}(?: \([A-Z]{2,5}\))?(?=[ \t][A-Za-z])/g;
/** A run of dashes or equal signs, with a space on each side: half of a banner. */
const RE_BANNER_RUN = /(?<!\S)(?:-{3,}|={3,})(?=[ \t])/g;
/** The token before a recipient line's address that says it is a reply's (its code, also "smtp;550", ":5.1.1") or a sentence's, not a line's. */
const RE_IN_REPLY = /^(?:(?:[^;:=]{0,20}[;:=])?(?:[#(]?[245]\d\d[-)]?|[#(]?[245]\.\d{1,3}\.\d{1,3}[)]?)|to|for|of|from|by|at|on|with|and|or|user|address|recipient|mailbox|account)$/i;
/** The word that ends the line introducing a list: "the following:", "recipients:", "Recipient(s):". */
const RE_LIST_INTRO = /(?:following|recipients|addresses|address\(es\)|recipient\(s\)|errors|failed|follow)[ \t]*:$/i;

/**
 * Where a line break would open a line at the address text[start, end) (the offset of the
 * space before it), or -1: a recipient line's address (followed by a colon), or one listed
 * after another address or after a list's introduction.
 */
function openingOfAddress(text: string, start: number, end: number, lineStart: number, lead: number, colonEntry: boolean): number {
  let s = start;
  let e = end;
  if ((text[s - 1] === '<' && text[e] === '>') || (text[s - 1] === '"' && text[e] === '"')) {
    s--;
    e++;
  }
  const sp = s - 1;
  if (sp <= lineStart || !/[ \t]/.test(text[sp])) return -1;
  // (Each walk back is bounded: a line of addresses with no spaces between costs no more.)
  const floor = Math.max(lineStart, sp - 80);
  let t = sp;
  while (t > floor && /[ \t]/.test(text[t - 1])) t--;
  if (t <= lead) return -1;
  let b = t;
  while (b > floor && !/[ \t]/.test(text[b - 1])) b--;
  const before = text.slice(b, t);
  // Listed: after another address, after the list's introduction when more of the line
  // follows it or the introduction is a sentence's ("… to the following recipients:"; a
  // label's own line, "Intended Recipients: <a@example.org>", stays whole, and so does a
  // list with commas between), or after the bracketed
  // cause of the entry before ("a@example.org (User unknown) b@example.org (Mailbox full)").
  // (A list with commas between is read as it stands.)
  const after = text.slice(e, e + 3);
  const intro = text.slice(Math.max(lineStart, t - 40), t);
  const listed =
    (before.includes('@') && !before.endsWith(',')) ||
    (RE_LIST_INTRO.test(intro) && (/^[ \t:]*[^\s,]/.test(text.slice(e, e + 80)) || /following[^:]{0,30}:[ \t]*$/i.test(intro))) ||
    (/[)\]]$/.test(before) && /^[ \t]+[([]/.test(after));
  if (listed) return sp;
  // A recipient line: its address in brackets or quotes as notices write it ("The mail
  // system <a@example.org>: Host or domain name not found", '… User Unknown "b@example.org":
  // SMTP error …'), or bare after the end of a sentence or of a bracketed aside, or after the
  // words of an entry of the line that opened the same way ("a@example.org: Envelope expired
  // b@example.org: Envelope expired"); not after a reply's code, nor a bare one inside a
  // sentence ("I asked a@example.org: she …").
  // (Also an address with the stage of its refusal in brackets before the colon, as Momentum
  // (Ecelerity) writes each entry: "a@example.org (after RCPT TO): 550 …", "b@example.org
  // (reading confirmation): 553 …".)
  const colonAfter = (text[e] === ':' && /[ \t]/.test(text[e + 1] ?? '')) || RE_STAGE_COLON.test(text.slice(e, e + 48));
  if (!colonAfter || before.endsWith(':') || RE_IN_REPLY.test(before)) return -1;
  return s < start || /[.!)\]>"]$/.test(before) || colonEntry ? sp : -1;
}

/**
 * The words right after an address that ends at `end`: its closing bracket or quote, its
 * colon, then the first word (of four characters or more, opening with a letter or a
 * bracket) and the second when it is a plain word ("Invalid Address,", not the host name
 * after "host"): what an entry of a list says after each address. Empty when there is no such word.
 */
function entryShape(text: string, end: number, lineEnd: number): string {
  const m = RE_ENTRY_WORDS.exec(text.slice(end, Math.min(lineEnd, end + 60)));
  return m ? `${m[1]} ${m[2]}${m[3] ? ` ${m[3]}` : ''}`.toLowerCase() : '';
}
const RE_ENTRY_WORDS = /^[>"]?(:?)[ \t]+([A-Za-z(][^\s@]{3,23})(?:[ \t]+([A-Za-z][a-z]{1,23}[,:;]?)(?=\s))?/;

/** A bracketed stage between an entry's address and its colon: " (after RCPT TO): ". */
const RE_STAGE_COLON = /^[ \t]+\([A-Za-z][^()\n@]{2,38}\):[ \t]/;

/** Does the line at `lead` open with a recipient line's address ("a@example.org:", "<a@example.org>:", '"a@example.org":', "a@example.org (after RCPT TO):")? */
function opensWithEntry(text: string, lead: number): boolean {
  return /^[<"]?[^\s<>"@:]{1,64}@[^\s<>"@:]{1,255}[>"]?(?:[ \t]+\([A-Za-z][^()\n@]{2,38}\))?:[ \t]/.test(text.slice(lead, lead + 380));
}

/** The spaces around each banner of a line at `offset` ("--- Session Transcript ---"): before its opening run, after its closing one. */
function bannerBreaks(line: string, offset: number, breaks: number[]): void {
  const lead = line.search(/\S/);
  const last = line.trimEnd().length;
  let open = true;
  for (const m of line.matchAll(RE_BANNER_RUN)) {
    const after = m.index + m[0].length;
    if (open && m.index > lead) breaks.push(offset + m.index - 1);
    else if (!open && after < last) breaks.push(offset + after);
    open = !open;
  }
}

/** A line that ends a list's entry with a comma or semicolon after an address ("…: a@example.org,"). */
const RE_LIST_GOES_ON = /@[^\s<>@,;]+>?[ \t]*[,;][ \t]*$/;
/** A line that opens with an address (the list's next entry). */
const RE_OPENS_ADDRESS = /^[ \t]*<?[^\s<>@,;:]+@/;

/**
 * A list of recipients with commas between that a narrow mail view broke over lines:
 *
 *   Intended Recipients: nobody@example.org,
 *   carol@example.org
 *
 * `listRejoined` gives the same text with each such break made a space (one character for
 * one), the list one line again. Null when no list goes on over a line.
 */
export function listRejoined(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lines = splitLines(text);
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = text.slice(lines[i].start, lines[i].end);
    if (!RE_LIST_GOES_ON.test(a.slice(-120)) || !RE_OPENS_ADDRESS.test(text.slice(lines[i + 1].start, Math.min(lines[i + 1].end, lines[i + 1].start + 120)))) continue;
    out += text.slice(from, lines[i].end) + ' '.repeat(lines[i].next - lines[i].end);
    from = lines[i].next;
  }
  if (from === 0) return null;
  return out + text.slice(from);
}

/**
 * A paste whose every line with words is indented by the same run of spaces or tabs, as a
 * forum's code block, a ticket's quote or a copy out of an indented view shows it: the text
 * without that indentation (the lines keep their own indentation beyond it), or null. A
 * common indentation carries no meaning, but a layout's reader looks for its fields and
 * headings at the start of a line ("Action: failed", "Diagnostic-Code: …").
 *
 * One look at the first line with words settles most texts: it is not indented.
 */
export function dedented(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const first = /\S/.exec(text);
  if (!first) return null;
  let lineStart = first.index;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  if (lineStart === first.index) return null;
  // The common indentation: the first line's, cut to what every other line with words shares.
  let prefix = text.slice(lineStart, first.index);
  const lines = splitLines(text);
  for (const l of lines) {
    let k = 0;
    while (k < prefix.length && l.start + k < l.end && text.charCodeAt(l.start + k) === prefix.charCodeAt(k)) k++;
    if (l.start + k >= l.end || !/\S/.test(text.slice(l.start + k, l.end))) continue; // blank (or all indentation)
    if (k === 0) return null;
    if (k < prefix.length) prefix = prefix.slice(0, k);
  }
  let out = '';
  for (const l of lines) {
    let k = 0;
    while (k < prefix.length && l.start + k < l.end && (text.charCodeAt(l.start + k) === 32 || text.charCodeAt(l.start + k) === 9)) k++;
    out += text.slice(l.start + k, l.next);
  }
  return out;
}

/**
 * The marks a chat, a ticket system or a terminal puts before every line it quotes, other than
 * ">" (read/quoted.ts) and a table's "|" (tableBordersOut): "» " (a forum's or a chat's quote,
 * as German and French mail apps also quote), "› ", and the box-drawing bars "│ ", "┃ ", "▌ " of a
 * terminal's or a chat's block quote (Slack and Teams copy a quote with a bar, a TUI pager draws
 * one). Each followed by at most one space.
 */
const RE_QUOTE_MARK = /^[ \t]*([\u00bb\u203a\u2502\u2503\u258c])[ \u00a0]?/;

/**
 * A paste whose every line with words opens with the same one of those marks (at least three
 * such lines; a blank line may keep its bare mark): the text with the marks taken out, each
 * line's own indentation after its mark kept; or null.
 */
export function quoteMarksOut(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const first = /\S/.exec(text);
  if (!first || !'\u00bb\u203a\u2502\u2503\u258c'.includes(text[first.index])) return null;
  const mark = text[first.index];
  const lines = splitLines(text);
  let rows = 0;
  let out = '';
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    const m = RE_QUOTE_MARK.exec(line);
    if (!m || m[1] !== mark) {
      if (/\S/.test(line)) return null;
      out += text.slice(l.start, l.next);
      continue;
    }
    if (/\S/.test(line.slice(m[0].length))) rows++;
    out += line.slice(m[0].length) + text.slice(l.end, l.next);
  }
  return rows >= 3 ? out : null;
}

/** A Markdown table's delimiter row, "|---|---|" or "| :--- | ---: |" (two columns at least), on a line of its own. Bounded classes: linear. */
const RE_MARKDOWN_TABLE_RULE = /^[ \t>]*\|[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+(?:\|[ \t]*)?$/m;

/**
 * A paste that is a table drawn with cell borders, every line with words opening with "|"
 * (a Markdown table as a ticket, a wiki or a chat shows its source, an ASCII table of a
 * dashboard's or a CLI's report: "| a@example.org | bounced | 550 5.1.1 … |"): the text with
 * each row's opening border taken out and the rule lines ("|---|---|", "+----+") blanked, so
 * that each row opens with its first cell as a list's entry does; or null. The borders between
 * cells stay: the generic reader reads a row as a line. (At least two rows, and the text opens
 * with the table: a caption or a client's "3 rows in set" under it stays as it is. A Markdown
 * table, known by its delimiter row "|---|---|", may also stand under a person's words, as
 * askers sum up the bounces of a run in a question: "Here's a summary: | Recipient | Error |
 * |---|---| | a@example.org | 550 5.1.1 … |", perhaps quoted with ">"; the lines around it stay
 * as they are.)
 */
export function tableBordersOut(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const first = /\S/.exec(text);
  if (!first) return null;
  if (text[first.index] !== '|' && text[first.index] !== '+' && !RE_MARKDOWN_TABLE_RULE.test(text)) return null;
  const lines = splitLines(text);
  let rows = 0;
  let out = '';
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (!/\S/.test(line)) {
      out += text.slice(l.start, l.next);
      continue;
    }
    // (A table quoted with ">", as a reply or a forum quote shows it: its marks go with the border.)
    const m = /^(?:[ \t]*>)*[ \t]*\|[ \t]*/.exec(line);
    if (/^(?:[ \t]*>)*[ \t]*[|+][-=:|+ \t]*$/.test(line)) {
      out += text.slice(l.end, l.next);
      continue;
    }
    // (A line without borders, "3 rows in set", a caption, stays as it is.)
    if (!m) {
      out += text.slice(l.start, l.next);
      continue;
    }
    rows++;
    out += line.slice(m[0].length) + text.slice(l.end, l.next);
  }
  return rows >= 2 ? out : null;
}

/**
 * The prefixes a log puts before every line of a text it records, as they are pasted when a
 * program logged a notice line by line: syslog's "Mar  3 09:14:20 host prog[123]: " (RFC 3164),
 * journald's "Mar 03 09:14:20 host prog[123]: ", an RFC 3339 timestamp
 * ("2026-03-03T09:14:20.101Z ", as kubectl logs --timestamps and CI runners print it), and
 * docker compose's service column ("mailer  | ").
 */
const LOG_PREFIXES: readonly RegExp[] = [
  /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [\w.-]{1,64} [\w./-]{1,64}(?:\[\d{1,10}\])?: ?/,
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)? ?/,
  /^[\w.-]{1,64} {1,32}\| ?/,
];

/**
 * A text whose every line with words opens with the same kind of log prefix (at least three
 * such lines): the text with the prefixes taken out, each line's own indentation kept; or null.
 * (Tried only on a text that reads as nothing as it stands: an MTA's own log lines, whose
 * prefixes its reader knows, are read as they stand.)
 */
export function logPrefixesOut(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lines = splitLines(text);
  let shape: RegExp | null = null;
  let rows = 0;
  let out = '';
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    if (!/\S/.test(line)) {
      out += text.slice(l.start, l.next);
      continue;
    }
    shape ??= LOG_PREFIXES.find((re) => re.test(line)) ?? null;
    const m = shape?.exec(line);
    if (!m) return null;
    rows++;
    out += line.slice(m[0].length) + text.slice(l.end, l.next);
  }
  return rows >= 3 ? out : null;
}
