/**
 * SFR (sfr.fr, neuf.fr, club-internet.fr, numericable.fr and the other mail domains of SFR Grand
 * Public, all behind one set of MX hosts, smtp-in.sfr.fr). When a sending IP misbehaves SFR
 * refuses it for about two hours with a code of its own, "SFR_IN_" and three digits, in a
 * reply such as "450 4.7.1 Service refused due to bad behavior - Too many unknown users
 * SFR_IN_104". The first digit is SFR's internal information, the last two say why (as
 * deliverability consultants who work with SFR list them: postmastery.com's page on SFR's
 * SFR_IN_xxx codes, bentonow.com's SFR error pages): 01 too many spam messages (or complaints),
 * 02 viruses, 03 SMTP protocol errors, 04 unknown users, 05 too much volume. Each is a refusal
 * of the sending IP for a while, not a verdict on the address the reply came back for: "too
 * many unknown users" counts the sender's earlier mail, it does not say this address is unknown.
 */
import type { Provider } from './types.ts';

const CODES = 'https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/';

export const sfr: Provider = {
  id: 'sfr',
  label: 'SFR',
  hosts: ['sfr.fr', 'neuf.fr', 'club-internet.fr', 'cegetel.net', 'numericable.fr', 'numericable.com', 'noos.fr', '9online.fr', '9business.fr', 'sfr.net'],
  markers: ['sfr_in_'],
  // "SFR_IN_104" (lower-cased): the first digit is SFR's own, the last two the cause.
  code: /\bsfr_in_\d(\d\d)\b/,
  reference: CODES,
  rules: [
    // SFR_IN_x01 too many messages from the IP judged spam (or reported as spam by SFR's users).
    { id: 'provider.sfr.spam', code: '01', contains: [], reason: 'blocked', note: 'SFR refuses your sending IP for about two hours: too many of its messages were spam or reported as spam by SFR users', action: 'Find out what your IP sent to SFR users (unwanted or bought lists, a compromised account), stop it, and retry after the block ends.', docs: CODES },
    // SFR_IN_x02 too many messages with viruses.
    { id: 'provider.sfr.virus', code: '02', contains: [], reason: 'blocked', note: 'SFR refuses your sending IP for about two hours: too many of its messages carried viruses', action: 'Check the sending server and its users for malware, then retry after the block ends.', docs: CODES },
    // SFR_IN_x03 too many SMTP errors (bad commands, dropped connections).
    { id: 'provider.sfr.smtp-errors', code: '03', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'SFR refuses your sending IP for about two hours: its SMTP sessions made too many protocol errors', action: 'Check the sending server\'s SMTP dialogue (HELO name, command order, TLS, time-outs), then retry after the block ends.', docs: CODES },
    // SFR_IN_x04 too many messages to addresses that do not exist at SFR.
    { id: 'provider.sfr.unknown-users', code: '04', contains: [], reason: 'blocked', note: 'SFR refuses your sending IP for about two hours: it sent to too many SFR addresses that do not exist (this reply does not say that this address is one of them)', action: 'Remove the SFR addresses that bounced as unknown from your lists, then retry after the block ends.', docs: CODES },
    // SFR_IN_x05 too much mail from the IP in the period SFR watches.
    { id: 'provider.sfr.volume', code: '05', contains: [], reason: 'speeding', note: 'SFR refuses your sending IP for about two hours: it sent more mail than SFR accepts in that time', action: 'Send to SFR more slowly (fewer connections and messages per hour), then retry after the block ends.', docs: CODES },
  ],
};
