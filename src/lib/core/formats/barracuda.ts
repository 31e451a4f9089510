/**
 * Barracuda Email Security Gateway (Spam Firewall) notices, subject "**Message you sent
 * blocked by our bulk email filter**":
 *
 *   Your message to: someone@example.org
 *   was blocked by our Spam Firewall. The email you sent with the following subject has
 *   NOT BEEN DELIVERED:
 *
 *   Subject: ...
 *
 * ("our Spam & Virus Firewall" on later models). The addresses follow "Your message to:";
 * the next sentence is the verdict. An RFC 3464 part with the filter's reply ("550 5.7.1
 * Message content rejected, UBE, id=...") usually comes with it and then decides; pasted
 * alone, the notice's own words say a spam filter stopped the message (the subject
 * names it a bulk email filter), so the reason is spam. Learnt from these notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas, subject } from './common.ts';
import { noticeLines, foundAddress, hintOn } from './notice.ts';
import { findAddresses } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_TO = /^\s*your message to:\s*\S+@/i;
const RE_VERDICT = /^\s*was blocked by our spam(?: & virus)? firewall\b/i;

export const barracuda: Format = {
  id: 'barracuda',
  label: 'Barracuda Email Security Gateway',
  reference: 'Barracuda Spam Firewall notices ("was blocked by our Spam Firewall"); learnt from these notices',
  needs: ['was blocked by our spam'],
  needsSubject: ['our bulk email filter'],
  detect: (scan) => subject(scan).includes('our bulk email filter') || headHas(scan, 'was blocked by our spam'),
  parse({ scan, dsn }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 60);
    const recipients: RawRecipient[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      if (!RE_TO.test(lines[i].text) || !RE_VERDICT.test(lines[i + 1].text)) continue;
      const verdict = lines[i + 1];
      const diagnostic = viewOfLines(doc, [verdict]);
      for (const a of findAddresses(doc, lines[i].start, lines[i].end)) {
        const rcpt: RawRecipient = { address: foundAddress(a), diagnostic };
        // With the DSN beside it, the filter's own reply decides; alone, the notice does.
        if (dsn.recipients.length === 0) rcpt.hint = hintOn(verdict, RE_VERDICT, 'spamdetected', "Barracuda's spam filter blocked the message");
        recipients.push(rcpt);
      }
    }
    if (recipients.length === 0) return null;
    return { recipients };
  },
};
