/**
 * The IIS SMTP service's (smtpsvc) warnings in the Windows System log, as Event Viewer's
 * "Copy details as text" or a forum post gives them:
 *
 *   Source:        smtpsvc
 *   Event ID:      4006
 *   Description:
 *   Message delivery to the host '192.0.2.52' failed while delivering to the remote domain
 *   'example.org' for the following reason: The remote server did not respond to a connection attempt.
 *
 *   Event ID 4000: Message delivery to the remote domain 'example.org' failed for the
 *   following reason: Unable to bind to the destination server in DNS.
 *
 * (Microsoft KB 286673, "Event ID 4000 … when you use IIS SMTP service as relay host": "Message
 * delivery to the remote domain DomainName failed. The connection was dropped by the remote
 * host.") The service logs the event for a domain, not a recipient, on an attempt it retries
 * on its own schedule before it writes a non-delivery report: each event is a delay for that
 * domain, with no address, its reason the service's own words, which the classifier reads.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, viewOfRest } from './notice.ts';

/**
 * "Message delivery to [the host 'h' failed while delivering to] the remote domain 'd' [failed]
 * [for the following reason]: " or ". ". Group 1: the host; group 2: the domain. Bounded, linear.
 */
const RE_EVENT = /message delivery to the (?:host '([^'\s]{1,255})' failed while delivering to the )?remote domain '?([^'\s]{1,253}?)'?(?: failed)?(?: for the following reason)?[:.][ \t]+/i;

export const iisSmtp: Format = {
  id: 'iis-smtp',
  label: 'IIS SMTP service (Windows event log)',
  reference: 'IIS SMTP service (smtpsvc) events 4000 and 4006 in the Windows System log (Microsoft KB 286673: "Message delivery to the remote domain … failed")',
  needs: ['remote domain'],
  detect: (scan) => headHas(scan, 'remote domain') && headHas(scan, 'message delivery to the'),
  parse({ scan }) {
    const doc = scan.document;
    const recipients: RawRecipient[] = [];
    const seen = new Set<string>();
    for (const line of noticeLines(scan)) {
      const m = RE_EVENT.exec(line.text);
      if (!m) continue;
      const domain = m[2].toLowerCase();
      if (seen.has(domain)) continue;
      seen.add(domain);
      const rcpt: RawRecipient = { address: null };
      const at = line.start + m.index;
      if (m[1]) {
        const hs = at + m[0].indexOf(m[1]);
        rcpt.remoteMta = { value: m[1], start: hs, end: hs + m[1].length };
      }
      const diagnostic = viewOfRest(doc, line, at + m[0].length);
      if (diagnostic) rcpt.diagnostic = diagnostic;
      recipients.push(rcpt);
      if (recipients.length >= 50) break;
    }
    return recipients.length ? { recipients, delayed: true } : null;
  },
};
