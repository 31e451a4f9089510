/**
 * The `blocklist` field: which list a refusal names, what it lists (with the value when the
 * bounce gives it), the lookup page, who must act, and the words that name the list. One
 * row per list family, in the shapes real servers write.
 */
import { describe, it } from 'vitest';
import { explain, type BlocklistHit } from '../../src/lib/core/index.ts';
import { BLOCKLISTS } from '../../src/lib/knowledge/blocklists.ts';

function hit(text: string): { bl: BlocklistHit | null; words: string; reason: string } {
  const r = explain(text);
  const x = r.recipients[0];
  const bl = x?.blocklist ?? null;
  return { bl, words: bl ? r.document.slice(bl.start, bl.end) : '', reason: x?.reason ?? 'none' };
}

// [text, list id, listed type, listed value, words that name the list]
const ROWS: [string, string, string, string | null, string][] = [
  ['554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25', 'spamhaus-zen', 'ip', '192.0.2.25', 'zen.spamhaus.org'],
  ['550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.1', 'spamhaus-sbl', 'ip', '192.0.2.1', 'Spamhaus SBL'],
  ['553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]', 'spamhaus-xbl', 'ip', null, 'Spamhaus XBL'],
  ['SMTP error from remote mail server after initial connection: 554 rejected because 2001:db8::25 is in a black list at xbl.spamhaus.org', 'spamhaus-xbl', 'ip', '2001:db8::25', 'xbl.spamhaus.org'],
  ['550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7', 'spamhaus-pbl', 'ip', '198.51.100.7', 'pbl.spamhaus.org'],
  ['554 5.7.1 Service unavailable; Sender address [bounce@example.org] blocked using zrd.spamhaus.org', 'spamhaus-zrd', 'domain', 'example.org', 'zrd.spamhaus.org'],
  ['554 5.7.1 Service unavailable; Client host [198.51.100.8] blocked using css.spamhaus.org', 'spamhaus-css', 'ip', '198.51.100.8', 'css.spamhaus.org'],
  ['554 5.7.1 Service unavailable; Sender address [bounce@example.net] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.net', 'spamhaus-dbl', 'domain', 'example.net', 'dbl.spamhaus.org'],
  ['550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/', 'spamhaus-dbl', 'domain', null, 'Spamhaus DBL'],
  ['554 5.7.1 Message rejected: a URL in the body is listed in dbl.spamhaus.org', 'spamhaus-dbl', 'url', null, 'dbl.spamhaus.org'],
  ['554 5.7.1 Service unavailable; Helo command [mail.example.net] blocked using dbl.spamhaus.org', 'spamhaus-dbl', 'helo', 'mail.example.net', 'dbl.spamhaus.org'],
  ['554 Service unavailable; Client host [192.0.2.77] blocked using b.barracudacentral.org; https://www.barracudacentral.org/reputation?ip=192.0.2.77', 'barracuda', 'ip', '192.0.2.77', 'b.barracudacentral.org'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.5', 'spamcop', 'ip', '192.0.2.5', 'bl.spamcop.net'],
  ['550 5.7.1 Service unavailable; Client host [192.0.2.6] blocked using dnsbl-1.uceprotect.net; IP 192.0.2.6 is UCEPROTECT-Level1 listed.', 'uceprotect-1', 'ip', '192.0.2.6', 'dnsbl-1.uceprotect.net'],
  ['550 5.7.1 Service unavailable; Client host [192.0.2.6] blocked using dnsbl-2.uceprotect.net; Net 192.0.2.0/24 is UCEPROTECT-Level2 listed', 'uceprotect-2', 'ip', '192.0.2.6', 'dnsbl-2.uceprotect.net'],
  ['550 5.7.1 Service unavailable; Client host [192.0.2.6] blocked using dnsbl-3.uceprotect.net; Your ISP AS64500 is UCEPROTECT-Level3 listed', 'uceprotect-3', 'ip', '192.0.2.6', 'dnsbl-3.uceprotect.net'],
  ['550 5.7.1 JunkMail rejected - host.example.net [192.0.2.44]:25 is in an RBL on csi.cloudmark.com, see Poor Reputation Sender', 'cloudmark', 'ip', '192.0.2.44', 'csi.cloudmark.com'],
  ['550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.45', 'proofpoint', 'ip', '192.0.2.45', 'ipcheck.proofpoint.com'],
  ['550 Service unavailable; Client host [192.0.2.46] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.46', 'trendmicro', 'ip', '192.0.2.46', 'Trend Micro RBL'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.47] blocked using bl.mailspike.net', 'mailspike', 'ip', '192.0.2.47', 'bl.mailspike.net'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.48] blocked using dnsbl.sorbs.net', 'sorbs', 'ip', '192.0.2.48', 'dnsbl.sorbs.net'],
  ['550 5.7.1 Unfortunately, messages from [192.0.2.49] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.', 'microsoft', 'ip', '192.0.2.49', 'on our block list'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.50] blocked using psbl.surriel.com; https://psbl.org/listing?ip=192.0.2.50', 'psbl', 'ip', '192.0.2.50', 'psbl.surriel.com'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.51] blocked using combined.mail.abusix.zone; https://lookup.abusix.com/search?q=192.0.2.51', 'abusix', 'ip', '192.0.2.51', 'mail.abusix.zone'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.52] blocked using ivmSIP', 'invaluement', 'ip', '192.0.2.52', 'ivmSIP'],
  ['550 Black listed at hostkarma. Host [192.0.2.53] rejected', 'hostkarma', 'ip', '192.0.2.53', 'hostkarma'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.54] blocked using bl.score.senderscore.com', 'senderscore', 'ip', '192.0.2.54', 'bl.score.senderscore.com'],
  ['550-REJECTED - Blacklisted URL in message. (example.com) in [black]. See http://lookup.uribl.com.', 'uribl', 'url', 'example.com', 'uribl'],
  ['554 5.7.1 Message contains a URL listed on multi.surbl.org', 'surbl', 'url', null, 'multi.surbl.org'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.55] blocked using ips.backscatterer.org', 'backscatterer', 'ip', '192.0.2.55', 'ips.backscatterer.org'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.56] blocked using ix.dnsbl.manitu.net; Your e-mail service was detected by mx.example.com (NiX Spam) as spamming at Thu, 01 Jan 2026.', 'nixspam', 'ip', '192.0.2.56', 'ix.dnsbl.manitu.net'],
  ['550 5.7.513 Service unavailable, Client host [192.0.2.57] blocked by example.com using Customer Block list (AS16012607)', 'recipient-block-list', 'ip', '192.0.2.57', 'Customer Block list'],
  ['553 http://www.spamhaus.org/query/bl?ip=192.0.2.59', 'spamhaus', 'ip', '192.0.2.59', 'spamhaus'],
  ['554 192.0.2.58 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001', 'spamhaus-zen', 'ip', '192.0.2.58', 'BL000001'],
  ['553 5.3.0 alph135 DNSBL:ATTRBL 521< 192.0.2.61 >_is_blocked.__For_information_see_http://att.net/blocks', 'att', 'ip', '192.0.2.61', 'DNSBL:ATTRBL'],
  ['550 5.7.1 Your IP address 192.0.2.62 is listed. See https://mxtoolbox.com/blacklists.aspx', 'unnamed-blocklist', 'ip', '192.0.2.62', 'mxtoolbox.com/blacklists'],
];

describe('which list, what is listed, and where to look it up', () => {
  for (const [text, id, type, value, words] of ROWS) {
    it(`${id}: ${text.slice(0, 60)}`, ({ expect }) => {
      const got = hit(text);
      expect(got.bl, 'no blocklist').not.toBeNull();
      expect(got.bl!.id).toBe(id);
      expect(got.bl!.listed).toEqual({ type, value });
      expect(got.words).toBe(words);
      expect(got.bl!.lookup).toMatch(/^https:\/\//);
      expect(got.bl!.note.length).toBeGreaterThan(20);
      const list = BLOCKLISTS.find((b) => b.id === id)!;
      expect(got.bl!.name).toBe(list.name);
      expect(got.bl!.owner).toBe(list.owner);
    });
  }
  it('covers every list family', ({ expect }) => {
    const covered = new Set(ROWS.map((r) => r[1]));
    for (const b of BLOCKLISTS) expect(covered.has(b.id), `${b.id} has no row`).toBe(true);
  });
});

describe('a list we do not know', () => {
  it('is named by its DNS zone, with the listed IP and its own link', ({ expect }) => {
    const got = hit('554 5.7.1 Service unavailable; Client host [192.0.2.60] blocked using bl.example.net; see https://bl.example.net/lookup?ip=192.0.2.60');
    expect(got.bl).toMatchObject({ id: 'dnsbl', name: 'bl.example.net', listed: { type: 'ip', value: '192.0.2.60' }, lookup: 'https://bl.example.net/lookup?ip=192.0.2.60', owner: 'sender-admin' });
    expect(got.words).toBe('bl.example.net');
  });
  it('reads Exim\'s "is in a black list at"', ({ expect }) => {
    const got = hit('SMTP error from remote mail server after initial connection: host mx.example.org [192.0.2.1]: 550 rejected because 192.0.2.61 is in a black list at dnsbl.example.org');
    expect(got.bl).toMatchObject({ id: 'dnsbl', name: 'dnsbl.example.org', listed: { type: 'ip', value: '192.0.2.61' }, lookup: null });
  });
});

describe('lookup pages', () => {
  it('use the list\'s own https link from the bounce when there is one', ({ expect }) => {
    expect(hit('550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.45').bl?.lookup).toBe('https://ipcheck.proofpoint.com/?ip=192.0.2.45');
  });
  it('build the lookup for the listed value when the bounce has no https link', ({ expect }) => {
    expect(hit('554 Client host [192.0.2.5] blocked using bl.spamcop.net; see http://www.spamcop.net/bl.shtml?192.0.2.5').bl?.lookup).toBe('https://www.spamcop.net/bl.shtml?192.0.2.5');
  });
  it('never take a link to another site as the list\'s page', ({ expect }) => {
    const bl = hit('554 5.7.1 Client host [192.0.2.9] blocked using zen.spamhaus.org; see https://evil.example.net/spamhaus.org/lookup').bl;
    expect(bl?.lookup).toBe('https://check.spamhaus.org/listed/?searchterm=192.0.2.9');
  });
});

describe('who must act', () => {
  it('is the sender\'s admin for a real listing', ({ expect }) => {
    expect(hit('554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org').bl?.owner).toBe('sender-admin');
  });
  it('is the recipient\'s admin when Spamhaus refused the receiver\'s query (open resolver)', ({ expect }) => {
    const got = hit('554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/203.0.113.5/');
    expect(got.bl).toMatchObject({ id: 'spamhaus-query-error', owner: 'recipient-admin', listed: { type: 'unknown', value: null }, lookup: 'https://check.spamhaus.org/returnc/pub/203.0.113.5/' });
    expect(got.bl!.note).toMatch(/^Not a listing/);
    expect(got.words).toBe('zen.spamhaus.org');
  });
  it('is the recipient\'s admin for Spamhaus\'s error answers 127.255.255.252/254/255', ({ expect }) => {
    for (const code of ['127.255.255.252', '127.255.255.254', '127.255.255.255']) {
      const got = hit(`550 5.7.1 Client host [192.0.2.25] blocked using zen.spamhaus.org (${code})`);
      expect(got.bl?.id, code).toBe('spamhaus-query-error');
      expect(got.bl?.owner, code).toBe('recipient-admin');
    }
  });
  it('is the recipient\'s admin for a list that no longer exists (SORBS) and for their own list', ({ expect }) => {
    expect(hit('554 Client host [192.0.2.48] blocked using dnsbl.sorbs.net').bl?.owner).toBe('recipient-admin');
    expect(hit('550 5.7.513 Service unavailable, Client host [192.0.2.57] blocked by example.com using Customer Block list (AS16012607)').bl?.owner).toBe('recipient-admin');
  });
});

describe('when there is no listing', () => {
  it('is null for an ordinary refusal', ({ expect }) => {
    expect(hit('550 5.1.1 <user@example.com>: Recipient address rejected: User unknown').bl).toBeNull();
  });
  it('is null when the address itself is the problem, even if a list is mentioned', ({ expect }) => {
    // Microsoft's own code says the mailbox does not exist; the list named in passing did not refuse it.
    const got = hit('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup (sender checked against zen.spamhaus.org)');
    expect(got.reason).toBe('userunknown');
    expect(got.bl).toBeNull();
  });
  it('does not read a list name inside another word', ({ expect }) => {
    expect(hit('554 5.7.1 Message refused: it absorbs too much of the spool').bl).toBeNull();
  });
  it('does not take the answering server\'s own address for the listed IP', ({ expect }) => {
    const got = hit('<user@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Your IP is in the PBL. See http://www.spamhaus.org/pbl (in reply to RCPT TO command)');
    expect(got.bl?.id).toBe('spamhaus-pbl');
    expect(got.bl?.listed.value).toBeNull();
  });
});

describe('a list named only by its lookup link or name decides the reason, never the address', () => {
  // [reply, reason, list id]: the list says why the server refused, over a bare or contrary
  // code and over words that name only a refusal; the address is never made bad by it.
  const cases: [string, string, string][] = [
    // Observed (an Exim log quoted in a hosting forum): the list named by its link alone.
    ['550 Rejected: 192.0.2.70, listed at http://csi.cloudmark.com/reset-request for remediation.', 'blocked', 'cloudmark'],
    // A mailbox code on a refusal that sends the sender to the list's reset page.
    ['550 5.1.1 Access denied. Please visit https://csi.cloudmark.com/reset-request/?ip=192.0.2.71', 'blocked', 'cloudmark'],
    ['550 5.7.1 Rejected for policy reasons. Check https://check.spamhaus.org/listed/?searchterm=192.0.2.72', 'blocked', 'spamhaus'],
    ['554 5.7.1 Service unavailable; https://www.spamcop.net/bl.shtml?192.0.2.73', 'blocked', 'spamcop'],
    ['554 5.7.1 Rejected, see https://www.barracudacentral.org/lookups/lookup-reputation?ip=192.0.2.74', 'blocked', 'barracuda'],
    // Rackspace (docs.rackspace.com/docs/common-email-bounces): a reputation score's list.
    ['554 5.7.1 ACL dns_rbl; Client host [192.0.2.75] blocked using sa-ip4tset.blagr.emailsrvr.com=127.22.0.2 Senderscore. Please visit https://senderscore.org/rtbl/ for more information on why this message could not be delivered', 'badreputation', 'senderscore'],
    ['550 5.7.1 Your IP address 192.0.2.76 is listed. See https://mxtoolbox.com/blacklists.aspx', 'blocked', 'unnamed-blocklist'],
  ];
  for (const [text, reason, id] of cases) {
    it(`${reason} (${id}): ${text.slice(0, 60)}`, ({ expect }) => {
      const x = explain(text).recipients[0];
      expect(x.reason).toBe(reason);
      expect(x.hardBounce).toBe(false);
      expect(x.blocklist?.id).toBe(id);
      expect(x.blocklist?.lookup).toMatch(/^https:\/\//);
    });
  }
  it('leaves words that name the cause to decide', ({ expect }) => {
    // The content verdict stands; the list is only where the sender's IP was also checked.
    const x = explain('554 5.7.1 Message rejected as spam by content filter; see https://www.spamhaus.org/').recipients[0];
    expect(x.reason).toBe('spamdetected');
  });
});
