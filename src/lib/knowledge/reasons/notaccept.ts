import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'notaccept',
  title: "Destination accepts no email",
  meaning: "The receiving domain or server does not accept any email at all, for example because its DNS says it never receives mail (a null MX).",
  causes: [
    "The domain is used only for a website or only for sending, and publishes a null MX record.",
    "The address is a no-reply address on a domain that never receives mail.",
    "The server is set up to refuse every message.",
    "The domain's mail records point to a host that does not run a mail service.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: false,
  retry: 'no',
  actions: [
    "Check that you have the right address: many domains receive no mail at all, such as no-reply addresses.",
    "Ask the person for an address where they actually receive email.",
    "If the bounce is permanent (a 5xx or 5.x.x code), remove the address from your list.",
  ],
  adminNote:
    "A null MX is the record 'MX 0 .' (RFC 7505) and shows up as 556 or 550 with 5.1.10; a host that never takes mail answers 521 when the connection opens (RFC 7504). The engine marks notaccept as a hard bounce only when the code is permanent.",
};
