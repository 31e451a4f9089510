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
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import { headHas, subject } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress } from './notice.ts';
import { findAddresses } from '../read/address.ts';

const RE_NOT_DELIVERED = /^\s*was not delivered to:\s*$/i;
const RE_BECAUSE = /^\s*because:\s*$/i;
/** The router found no such user in the directory: Domino's fixed wording. */
const RE_NOT_LISTED = /not listed in (?:the )?(?:domino directory|public name (?:&|and) address book)/i;

export const domino: Format = {
  id: 'domino',
  label: 'HCL Domino',
  reference: 'https://help.hcl-software.com/domino/',
  needs: ['was not delivered to:'],
  detect: (scan) => {
    return headHas(scan, 'was not delivered to:') && headHas(scan, 'because:') && (headHas(scan, 'your message') || subject(scan).startsWith('delivery failure'));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const n = findLine(lines, RE_NOT_DELIVERED);
    if (n === -1) return null;
    const b = findLine(lines, RE_BECAUSE, n + 1);
    const [as, ae] = paragraphAt(lines, n + 1, RE_BECAUSE);
    let diagnostic;
    let hint: ReasonHint | undefined;
    if (b !== -1) {
      const [ds, de] = paragraphAt(lines, b + 1);
      diagnostic = viewOf(doc, lines, ds, de);
      for (let k = ds; k < de && !hint; k++) {
        const m = RE_NOT_LISTED.exec(lines[k].text);
        if (m) {
          const s = lines[k].start + m.index;
          hint = { reason: 'userunknown', start: s, end: s + m[0].length, note: 'Domino found no such user in its directory' };
        }
      }
    }
    const out: RawRecipient[] = [];
    const seen = new Set<string>();
    for (let i = as; i < ae; i++) {
      for (const a of findAddresses(doc, lines[i].start, lines[i].end)) {
        if (seen.has(a.address.toLowerCase())) continue;
        seen.add(a.address.toLowerCase());
        out.push({ address: foundAddress(a), diagnostic, ...(hint ? { hint } : {}) });
      }
    }
    return out.length ? { recipients: out } : null;
  },
};
