/**
 * Microsoft Exchange Server 2007 and later, on premises: the NDR opens with a part for
 * people ("Delivery has failed to these recipients or distribution lists:" in 2007,
 * "... or groups:" from 2010 on, each recipient with a plain sentence), then "Diagnostic
 * information for administrators:", "Generating server: <host>" (and from 2010 on
 * "Receiving server: <host> (<ip>)"), then per recipient the address alone on a line
 * and the server's reply under it:
 *
 *   someone@example.org
 *   #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##                (2007)
 *   mx.example.org #550 5.1.1 <someone@example.org>... User unknown ##  (2007, remote)
 *   Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
 *   3/9/2016 8:05:56 PM - Remote Server at mx.example.org (192.0.2.3) returned '...'
 *
 * then "Original message headers:". The sentences are translated with the server's
 * language ("Informations de diagnostic pour les administrateurs", "Serveur de
 * génération"), the reply lines are not, so the recipients are read from the address
 * line and the reply under it, whatever the language. A copy from Microsoft 365 /
 * Outlook.com (generating server at outlook.com) is left to the generic Exchange format.
 * Learnt from Microsoft's NDR documentation and these reports.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, headHas, fromText } from './common.ts';
import { noticeLines, isBlankText, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_DETECT =
  /diagnostic information for administrators|informations de diagnostic pour les administrateurs|generating server:|sent by microsoft exchange server 20/;
const RE_CLOUD = /outlook\.com|microsoft 365|office 365|exchange online/;
/** The address alone on its line. */
const RE_ADDRESS_ONLY = /^[ \t]*<?[^\s<>@]+@[^\s<>]+?>?[ \t]*$/;
/** The reply under it: "#550 5.1.1 ...", "Remote Server returned '...'", "... returned '4xx ...'". */
const RE_REPLY = /^[ \t]*(?:[a-z0-9.-]+\.[a-z]{2,}[ \t]+)?#[245]\d\d\b|^[ \t]*[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}|remote server (?:at .{1,200}? )?returned\b|\breturned '[245]\d\d\b/i;
const RE_RECEIVING = /^[ \t]*receiving server:[ \t]*([a-z0-9][a-z0-9.-]*[a-z0-9])/i;

/** Per recipient: the address line and the reply lines under it (up to a blank line). */
function adminBlocks(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  const lines = noticeLines(scan);
  const out: RawRecipient[] = [];
  let remoteMta: Found | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const receiving = RE_RECEIVING.exec(line.text);
    if (receiving) {
      const s = line.start + receiving.index + receiving[0].length - receiving[1].length;
      remoteMta = { value: receiving[1].toLowerCase(), start: s, end: s + receiving[1].length };
      continue;
    }
    if (!RE_ADDRESS_ONLY.test(line.text) || i + 1 >= lines.length || !RE_REPLY.test(lines[i + 1].text)) continue;
    const a = firstAddress(doc, line.start, line.end);
    if (!a) continue;
    let j = i + 1;
    while (j < lines.length && !isBlankText(lines[j].text) && !RE_ADDRESS_ONLY.test(lines[j].text)) j++;
    const rcpt: RawRecipient = { address: foundAddress(a), diagnostic: viewOfLines(doc, lines.slice(i + 1, j)) };
    // "mx.example.org #550 ..." names the server that refused.
    const host = /^[ \t]*([a-z0-9][a-z0-9.-]*\.[a-z]{2,})[ \t]+#[245]\d\d\b/i.exec(lines[i + 1].text);
    if (host) {
      const s = lines[i + 1].start + lines[i + 1].text.indexOf(host[1]);
      rcpt.remoteMta = { value: host[1].toLowerCase(), start: s, end: s + host[1].length };
    } else if (remoteMta) rcpt.remoteMta = remoteMta;
    out.push(rcpt);
    i = j - 1;
  }
  return out;
}

/**
 * The blocks in the order of the notice's own list ("Delivery has failed to these recipients or
 * groups:"), which the reader sees first: Exchange writes the administrators' blocks in an order
 * of its own (by the server that answered), so each recipient keeps its own reply and takes its
 * place in the list above (an address the list does not name stays after those it does).
 */
function inListOrder(doc: string, blocks: RawRecipient[]): RawRecipient[] {
  if (blocks.length < 2) return blocks;
  const first = Math.min(...blocks.map((b) => b.address?.start ?? doc.length));
  const above = doc.slice(0, first).toLowerCase();
  const place = (b: RawRecipient): number => {
    const at = b.address ? above.indexOf(b.address.value.toLowerCase()) : -1;
    return at === -1 ? above.length + (b.address?.start ?? 0) : at;
  };
  return blocks.map((b) => ({ b, at: place(b) })).sort((x, y) => x.at - y.at).map((x) => x.b);
}

export const exchange2007: Format = {
  id: 'exchange2007',
  label: 'Microsoft Exchange Server 2007 and later',
  reference: 'https://learn.microsoft.com/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
  needs: ['administrat', 'generating server:', 'microsoft exchange'],
  detect: (scan) => {
    const head = bodyHead(scan);
    return (headHas(scan, 'administrat') || headHas(scan, 'generating server:') || headHas(scan, 'microsoft exchange')) && RE_DETECT.test(head) && !RE_CLOUD.test(head);
  },
  parse(input) {
    const recipients = inListOrder(input.scan.document, adminBlocks(input.scan));
    if (recipients.length) return { recipients };
    return fromText(input);
  },
};
