/**
 * Cloudflare Email Routing, which receives mail for a domain and forwards it (hosts
 * route1.mx.cloudflare.net ...). Its refusals link to its postmaster page,
 * https://developers.cloudflare.com/email-routing/postmaster/ ; replies below (reserved
 * names) follow that page and the samples in Sisimai's lib/Sisimai/Rhost/Cloudflare.pm (BSD-2).
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://developers.cloudflare.com/email-routing/postmaster/';

export const cloudflare: Provider = {
  id: 'cloudflare',
  label: 'Cloudflare Email Routing',
  hosts: ['mx.cloudflare.net', 'cloudflare.net'],
  markers: ['developers.cloudflare.com/email-routing'],
  reference: POSTMASTER,
  rules: [
    // 554 <192.0.2.1> found on one or more RBLs (abusixip). Refer to
    // https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic/
    { id: 'provider.cloudflare.rbl', contains: ['found on one or more rbls', 'found on one or more dnsbls'], reason: 'blocked', note: 'Cloudflare Email Routing: your IP is on a block list it uses (named in brackets, e.g. abusixip)', docs: POSTMASTER },
    // 5xx ... Upstream error (the forwarding destination failed)
    { id: 'provider.cloudflare.upstream', contains: ['upstream error'], reason: 'systemerror', note: 'Cloudflare Email Routing could not hand the message to the destination mailbox it forwards to', docs: POSTMASTER },
    // 550 5.7.1 ... DMARC / SPF: Cloudflare enforces the sender domain's DMARC policy
    { id: 'provider.cloudflare.dmarc', contains: ['dmarc'], reason: 'authfailure', note: "Cloudflare Email Routing: the message failed the From domain's DMARC policy", docs: POSTMASTER },
  ],
};
