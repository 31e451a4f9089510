/**
 * HCL (formerly IBM/Lotus) Domino delivery failure reports, subject "DELIVERY FAILURE:
 * ...":
 *
 *   Your message
 *
 *     Subject: Hello
 *
 *   was not delivered to:
 *
 *     nobody@example.org
 *
 *   because:
 *
 *     User nobody (nobody@example.org) not listed in Domino Directory
 *
 * The addresses follow "was not delivered to:", the router's reason follows "because:".
 * "not listed in Domino Directory" is the router's fixed way to say there is no such
 * user, so it decides (the bare words "listed in" would otherwise read as a blocklist).
 * Learnt from Domino router notices.
 *
 * The Notes client shows the same report as a form, each value beside its label, under
 * "Delivery Failure Report" and above its advice ("What should you do?"):
 *
 *   Your document:          Hello
 *   was not delivered to:   nobody@example.org
 *   because:                User nobody (nobody@example.org) not listed in Domino Directory
 *
 * and a view that removes line breaks (Outlook's "extra line breaks") makes one line of it;
 * both are read: the addresses up to "because:", the reason up to the advice.
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import { headHas, subject } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress, isBlankText, type TextLine } from './notice.ts';
import { findAddresses } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_NOT_DELIVERED = /^\s*was not delivered to:\s*$/i;
const RE_BECAUSE = /^\s*because:\s*$/i;
/** The router found no such user in the directory: Domino's fixed wording. */
const RE_NOT_LISTED = /not listed in (?:the )?(?:domino directory|public name (?:&|and) address book)/i;
/** The form's labels with their values beside them (the line may hold the whole report). */
const RE_NOT_DELIVERED_INLINE = /\bwas not delivered to:[ \t]*/i;
const RE_BECAUSE_INLINE = /\bbecause:[ \t]*/i;
const RE_BECAUSE_LEAD = /^[ \t>]*because:[ \t]*/i;
/** The advice under the reason ("What should you do?"), which is no part of it. */
const RE_ADVICE = /\bwhat should you do\?/i;

/** A hint where the reason holds Domino's fixed "not listed in Domino Directory". */
function notListedHint(doc: string, start: number, end: number): ReasonHint | undefined {
  const m = RE_NOT_LISTED.exec(doc.slice(start, Math.min(end, start + 2000)));
  if (!m) return undefined;
  const s = start + m.index;
  return { reason: 'userunknown', start: s, end: s + m[0].length, note: 'Domino found no such user in its directory' };
}

/**
 * The client's form: "was not delivered to: <addresses>" with the reason after "because:"
 * on the same line or at the start of the next; the reason ends at the advice.
 */
function formRecipients(doc: string, lines: TextLine[]): RawRecipient[] {
  for (let i = 0; i < lines.length; i++) {
    const m = RE_NOT_DELIVERED_INLINE.exec(lines[i].text);
    if (!m) continue;
    const line = lines[i];
    const from = line.start + m.index + m[0].length;
    let to = line.end;
    let rs = -1;
    let re = -1;
    const b = RE_BECAUSE_INLINE.exec(doc.slice(from, line.end));
    if (b) {
      to = from + b.index;
      rs = to + b[0].length;
      re = line.end;
    } else {
      let j = i + 1;
      while (j < lines.length && isBlankText(lines[j].text)) j++;
      const lead = j < lines.length ? RE_BECAUSE_LEAD.exec(lines[j].text) : null;
      if (lead) {
        rs = lines[j].start + lead[0].length;
        re = lines[j].end;
      }
    }
    if (rs !== -1) {
      const advice = RE_ADVICE.exec(doc.slice(rs, re));
      if (advice) re = rs + advice.index;
    }
    const diagnostic = rs !== -1 && rs < re ? viewOfLines(doc, [{ start: rs, end: re, next: re }]) : undefined;
    const hint = rs !== -1 ? notListedHint(doc, rs, re) : undefined;
    const out: RawRecipient[] = [];
    const seen = new Set<string>();
    for (const a of findAddresses(doc, from, to)) {
      if (seen.has(a.address.toLowerCase())) continue;
      seen.add(a.address.toLowerCase());
      out.push({ address: foundAddress(a), ...(diagnostic && diagnostic.length ? { diagnostic } : {}), ...(hint ? { hint } : {}) });
    }
    if (out.length) return out;
  }
  return [];
}

export const domino: Format = {
  id: 'domino',
  label: 'HCL Domino',
  reference: 'https://help.hcl-software.com/domino/',
  needs: ['was not delivered to:'],
  detect: (scan) => {
    return headHas(scan, 'was not delivered to:') && headHas(scan, 'because:') && (headHas(scan, 'your message') || headHas(scan, 'your document') || subject(scan).startsWith('delivery failure'));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const n = findLine(lines, RE_NOT_DELIVERED);
    if (n === -1) {
      const form = formRecipients(doc, lines);
      return form.length ? { recipients: form } : null;
    }
    // Each recipient block ("was not delivered to:" / "because:"): a report for several
    // recipients with their own reasons repeats the block, "Your message" above each.
    const out: RawRecipient[] = [];
    const seen = new Set<string>();
    for (let at = n; at !== -1; at = findLine(lines, RE_NOT_DELIVERED, at + 1)) {
      const b = findLine(lines, RE_BECAUSE, at + 1);
      const [as, ae] = paragraphAt(lines, at + 1, RE_BECAUSE);
      let diagnostic;
      let hint: ReasonHint | undefined;
      let named = new Set<string>();
      if (b !== -1) {
        const [ds, de] = paragraphAt(lines, b + 1);
        if (ds < de) named = new Set(findAddresses(doc, lines[ds].start, lines[de - 1].end).map((a) => a.address.toLowerCase()));
        diagnostic = viewOf(doc, lines, ds, de);
        // (Read on the joined words: a narrow view breaks "not listed in / Domino Directory".)
        const m = diagnostic ? RE_NOT_LISTED.exec(diagnostic.text) : null;
        if (diagnostic && m) {
          const [s, e] = diagnostic.span(m.index, m.index + m[0].length);
          hint = { reason: 'userunknown', start: s, end: e, note: 'Domino found no such user in its directory' };
        }
      }
      // The reason may name the user it is about ("User carol (carol@example.org) not listed in
      // Domino Directory"): with several addresses listed above it, it is that one's reason
      // only; another listed address gets no words of its own (not sure, never removed).
      const listed = [];
      for (let i = as; i < ae; i++) listed.push(...findAddresses(doc, lines[i].start, lines[i].end));
      const onlyNamed = listed.some((a) => named.has(a.address.toLowerCase()));
      for (const a of listed) {
        if (seen.has(a.address.toLowerCase())) continue;
        seen.add(a.address.toLowerCase());
        if (onlyNamed && !named.has(a.address.toLowerCase())) out.push({ address: foundAddress(a) });
        else out.push({ address: foundAddress(a), diagnostic, ...(hint ? { hint } : {}) });
      }
    }
    return out.length ? { recipients: out } : null;
  },
};
