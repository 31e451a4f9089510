/**
 * Free (Iliad; free.fr, aliceadsl.fr, libertysurf.fr; MX hosts mx1.free.fr, mx2.free.fr on the
 * Proxad network). Free's postmaster page, https://postmaster.free.fr , lists the refusals its MX
 * servers send and what each means: an IP is blocked from Free's own real-time statistics of spam
 * and errors for up to 24 hours (then released on its own), and a message its filter scores as
 * spam is refused at the end of DATA. Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://postmaster.free.fr';

export const free: Provider = {
  id: 'free',
  label: 'Free (free.fr)',
  hosts: ['free.fr', 'aliceadsl.fr', 'libertysurf.fr'],
  markers: ['postmaster.free.fr'],
  reference: POSTMASTER,
  rules: [
    // 421 Too many spams from your IP (192.0.2.10), please visit http://postmaster.free.fr/
    // — Free blocks the IP for up to 24 hours from its statistics of spam sent from it.
    { id: 'provider.free.ip-blocked', contains: ['too many spams from your ip'], reason: 'blocked', note: 'Free has blocked your sending IP for up to 24 hours after too much spam from it; it is released on its own once the cause stops', docs: POSTMASTER },
    // 550 spam detected — Free's filter scored the message as spam (postmaster.free.fr).
    { id: 'provider.free.spam', contains: ['spam detected'], reason: 'spamdetected', note: "Free's filter scored the message as spam and refused it", docs: POSTMASTER },
  ],
};
