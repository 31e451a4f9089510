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
  verdict: "The recipient's domain accepts no email",
  likely: "The recipient's domain probably accepts no email",
  todo: "ask the person for another address",
  actions: [
    "Ask the person for an address where they actually receive email.",
    "Check that {address} is the address they gave: many domains, such as no-reply ones, receive no mail at all.",
    "Remove the address from your list once you have a working one: this domain does not take mail.",
  ],
  adminActions: [
    "Confirm with dig MX: a null MX (MX 0 . as in RFC 7505) means the domain never receives mail, and a 521 greeting means the host never does (RFC 7504).",
  ],
  adminNote:
    "A null MX is the record 'MX 0 .' (RFC 7505) and shows up as 556 or 550 with 5.1.10; a host that never takes mail answers 521 when the connection opens (RFC 7504). The engine marks notaccept as a hard bounce only when the code is permanent.",
};
