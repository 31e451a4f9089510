/**
 * Round words31: an audit of what the explanations tell people to do, each claim checked
 * against the provider's or list operator's own page (sources beside the data).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { BLOCKLIST_BY_ID } from '../../src/lib/knowledge/blocklists.ts';
import { PROVIDERS } from '../../src/lib/knowledge/providers/index.ts';
import { REASONS } from '../../src/lib/knowledge/reasons/index.ts';

const S3150 =
  "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BL6PEPF0001AB4E.namprd04.prod.outlook.com]";

describe('provider docs links are the provider\'s own pages', () => {
  // Third parties' summaries (code aggregators, vendors' blogs, a hosting company's FAQ) are
  // sources to read, not the provider's word: they stay in the comments, not in `docs`.
  const THIRD_PARTY = ['smtp.codes', 'suped.com', 'tigertech.net'];
  it('no rule links a third party\'s page', () => {
    for (const p of PROVIDERS) {
      for (const r of p.rules) {
        const host = new URL(r.docs!).hostname;
        expect(THIRD_PARTY.some((t) => host === t || host.endsWith(`.${t}`)), `${r.id}: ${r.docs}`).toBe(false);
      }
    }
  });
  it('Rackspace codes link its postmaster site, Italiaonline its error help, EarthLink\'s Vade code its list', () => {
    const rule = (id: string) => PROVIDERS.flatMap((p) => p.rules).find((r) => r.id === id)!;
    expect(new URL(rule('provider.rackspace.no-ptr').docs!).hostname).toBe('postmaster.emailsrvr.com');
    expect(new URL(rule('provider.italiaonline.invalid-domain').docs!).hostname).toBe('aiuto.libero.it');
    expect(new URL(rule('provider.vade.own-domain-from-outside').docs!).hostname).toBe('postmaster-earthlink.vadesecure.com');
  });
});

describe('reputation advice follows the 2024-2025 sender requirements', () => {
  const admin = REASONS.badreputation.adminActions.join(' ');
  it('does not send people to a reputation score Google Postmaster Tools no longer shows', () => {
    expect(admin).not.toMatch(/reputation in .*Postmaster Tools/);
    expect(admin).toMatch(/Postmaster Tools \(spam rate and compliance status/);
  });
  it('names one-click unsubscribe and the 0.3% spam-rate limit', () => {
    expect(admin).toContain('one-click unsubscribe, RFC 8058');
    expect(admin).toContain('0.3%');
  });
  it('links SNDS at its own address', () => {
    expect(admin).toContain('https://sendersupport.olc.protection.outlook.com/snds/');
  });
  it('authentication causes say who requires what, and since when', () => {
    const cause = REASONS.authfailure.causes.find((c) => c.includes('5,000'));
    expect(cause).toMatch(/Outlook\.com \(since May 2025\)/);
    expect(cause).toMatch(/SPF or DKIM from every sender/);
  });
});

describe('Microsoft\'s own block list', () => {
  it('gives the delisting step once, with the SNDS address', () => {
    const x = explain(S3150).recipients[0];
    expect(x.reason).toBe('blocked');
    expect(x.owner).toBe('sender-admin');
    const delist = x.actions.filter((a) => /delist/i.test(a.text) && a.text.includes('https://sender.office.com'));
    expect(delist).toHaveLength(1);
    expect(delist[0].text).toContain('https://sendersupport.olc.protection.outlook.com/snds/');
  });
  it('is named by an S3xxx code after "block list" alone', () => {
    const x = explain("550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Part of their network is on a block list (S3160). [BL6PEPF0001AB4E.namprd04.prod.outlook.com]").recipients[0];
    expect(x.blocklist?.id).toBe('microsoft');
  });
});

describe('SORBS', () => {
  it('stays the recipient admin\'s to fix: the list is closed, nobody is on it', () => {
    const bl = BLOCKLIST_BY_ID.get('sorbs')!;
    expect(bl.owner).toBe('recipient-admin');
    expect(bl.advice).toMatch(/shut down/);
  });
});

describe('reverse DNS', () => {
  it('says Gmail wants a matching PTR for every sending IP, not only for IPv6', () => {
    const note = REASONS.requireptr.adminNote;
    expect(note).toMatch(/Gmail requires this for every sending IP/);
    expect(note).not.toMatch(/strict about PTR records for IPv6 senders/);
  });
});

describe('a list only the recipient\'s side can change', () => {
  const SORBS = '554 5.7.1 Service unavailable; Client host [192.0.2.48] blocked using dnsbl.sorbs.net';
  it('SORBS (closed June 2024): no "listed, check it" claim, no spam hunt, no delisting for the sender', () => {
    const x = explain(SORBS).recipients[0];
    expect(x.reason).toBe('blocked');
    expect(x.owner).toBe('recipient-admin');
    const all = x.actions.map((a) => a.text).join('\n');
    expect(all).not.toMatch(/is listed on SORBS/);
    expect(all).not.toMatch(/Find and stop whatever may have sent spam/);
    expect(all).not.toMatch(/Forward this bounce to your email admin/);
    expect(all).toMatch(/remove SORBS from their server's settings/);
    expect(x.blocklist?.note).toMatch(/has shut down and lists nobody/);
    expect(x.headline.text).toMatch(/because of SORBS, a blocklist that has shut down/);
  });
  it('Exchange Online\'s Customer Block list is the recipient organisation\'s, even when Microsoft\'s delist address is quoted', () => {
    const x = explain('550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607). To request removal from this list, please forward this message to delist@messaging.microsoft.com. [AM2PEPF0001C70B.eurprd05.prod.outlook.com]').recipients[0];
    expect(x.blocklist?.id).toBe('recipient-block-list');
    expect(x.owner).toBe('recipient-admin');
    expect(x.actions.map((a) => a.text).join('\n')).not.toMatch(/Find and stop whatever may have sent spam/);
  });
});

describe('Microsoft\'s two delisting channels', () => {
  it('5.7.511 (banned sender): the advice names the delist address, and the step is not given twice', () => {
    const x = explain('550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list please forward this message to delist@messaging.microsoft.com. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653. AS(1410) [DM3NAM03FT035.eop-NAM03.prod.protection.outlook.com]').recipients[0];
    const withAddress = x.actions.filter((a) => a.text.includes('delist@messaging.microsoft.com'));
    expect(withAddress).toHaveLength(1);
    expect(withAddress[0].text).toMatch(/forwarding the whole bounce there/);
  });
});

describe('Gmail\'s size limit', () => {
  it('is 50 MB for mail Gmail receives, 25 MB for mail sent from it', () => {
    const x = explain("552-5.3.4 Your message exceeded Google's message size limits. For more information, visit\n552 5.3.4  https://support.google.com/mail/?p=MaxSizeError 2adb3069b0e04-5.20 - gsmtp").recipients[0];
    expect(x.reason).toBe('mesgtoobig');
    expect(x.providerMeaning?.text).toMatch(/50 MB for mail Gmail receives, 25 MB for mail sent from Gmail/);
  });
});

describe('a sender that looks forged', () => {
  it('is fixed by the sender domain\'s authentication, not by asking the recipient\'s admin for an exception', () => {
    const admin = REASONS.securityerror.adminActions.join(' ');
    expect(admin).not.toMatch(/ask the recipient's admin to allow/);
    expect(admin).toMatch(/add it to SPF and turn on its DKIM signing/);
  });
});

describe('a listed domain or link', () => {
  it('Spamhaus DBL: no steps about the sending IP, which would not help', () => {
    const x = explain('554 5.7.1 Service unavailable; Sender address [bob@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com').recipients[0];
    expect(x.reason).toBe('blocked');
    const all = x.actions.map((a) => a.text).join('\n');
    expect(all).toMatch(/changing the sending IP will not help/);
    expect(all).not.toMatch(/relay through your provider's mail server/);
    expect(all).not.toMatch(/may have sent spam from the sending IP/);
  });
  it('SURBL: one "forward this bounce" step, not two', () => {
    const x = explain('554 5.7.1 Message rejected because it contains a link to a domain listed on multi.surbl.org').recipients[0];
    expect(x.actions.filter((a) => a.text.startsWith('Forward this bounce'))).toHaveLength(1);
  });
});
