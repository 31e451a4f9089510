/**
 * Hornetsecurity (formerly antispameurope), a filtering gateway in front of many European
 * organisations' mailboxes (MX hosts mx-gate*.antispameurope.com, mx*.hornetsecurity.com). Its
 * reputation refusal links the sender to an unblock form on cloud-security.net:
 * "554 5.5.4 Your IP 192.0.2.10 address has a bad reputation. To unblock visit
 * http://cloud-security.net/unblock?a=…" (observed wording, https://pastebin.com/YvH8wVdW; the
 * status 5.5.4 there is the gateway's own, not a syntax error). Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const HELP = 'https://support.hornetsecurity.com/hc/en-us';

export const hornetsecurity: Provider = {
  id: 'hornetsecurity',
  label: 'Hornetsecurity (antispameurope)',
  hosts: ['hornetsecurity.com', 'antispameurope.com'],
  markers: ['cloud-security.net/unblock'],
  reference: HELP,
  rules: [
    // 554 5.5.4 Your IP 192.0.2.10 address has a bad reputation. To unblock visit http://cloud-security.net/unblock?a=…
    { id: 'provider.hornetsecurity.bad-reputation', contains: ['has a bad reputation', 'cloud-security.net/unblock'], reason: 'badreputation', note: "Hornetsecurity: your sending IP has a bad reputation with its filter; its unblock form (the link in the reply) asks for a review", docs: HELP },
  ],
};
