/**
 * Forpsi (forpsi.com, the Czech and Polish hosting of the INTERNET CZ group, also sold as
 * konto.pl). Its outgoing server stops a sending IP for an hour with "550 5.1.0 <id> policy
 * violation, see https://support.forpsi.com/kb/a4077" and points each stop at a page of its
 * knowledge base that names the cause: a4077 more than 100 messages in the last hour from the
 * IP, over half of them to invalid recipients; a4075 and a4081 more than 100 messages in the
 * hour, over half of them undeliverable (support.forpsi.pl kb a2873 and a2765, the Polish
 * versions). Each is a sending limit of the IP, lifted after 60 minutes, not a policy of the
 * receiver. Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const INVALID_RECIPIENTS = 'https://support.forpsi.pl/kb/a2873/blad-policy-violation-nieprawidlowe-adresy-odbiorcow-z-adresu-ip.aspx';
const QUEUED = 'https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx';

export const forpsi: Provider = {
  id: 'forpsi',
  label: 'Forpsi',
  hosts: ['forpsi.com', 'forpsi.net'],
  markers: ['support.forpsi.com/kb/'],
  reference: INVALID_RECIPIENTS,
  rules: [
    // 550 5.1.0 <id> policy violation, see https://support.forpsi.com/kb/a4077
    { id: 'provider.forpsi.invalid-recipients', contains: ['support.forpsi.com/kb/a4077'], reason: 'speeding', note: 'Forpsi stopped mail from this IP for an hour: over 100 messages in the last hour, more than half to invalid recipients', docs: INVALID_RECIPIENTS },
    // 550 5.1.0 <id> policy violation, see https://support.forpsi.com/kb/a4081 (or a4075)
    { id: 'provider.forpsi.undeliverable', contains: ['support.forpsi.com/kb/a4081', 'support.forpsi.com/kb/a4075'], reason: 'speeding', note: 'Forpsi stopped mail from this IP for an hour: over 100 messages in the last hour, more than half undeliverable', docs: QUEUED },
  ],
};
