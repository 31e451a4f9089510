/**
 * Deutsche Telekom (t-online.de; MX hosts mx00.t-online.de ...). Its refusals of a sending
 * IP end with a tag in brackets that says why, and give an address at rx.t-online.de to
 * write to: "(NOWL)" the IP has no or a bad reputation (T-Online accepts mail only from
 * servers it knows, and an IP unknown or silent for a long time counts as unknown), "(BL)"
 * the IP is blocked, "(DIAL)" the IP looks like a dial-up or dynamic line (or its host has no
 * imprint page). Meanings from postmaster.t-online.de (sections 4.1, 4.6, 4.7) and the
 * replies as hosting companies and Sisimai's Reason/BadReputation ("none/bad reputation")
 * record them; replies below use reserved names.
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://postmaster.t-online.de/index.en.html';

export const telekom: Provider = {
  id: 'telekom',
  label: 'Telekom (T-Online)',
  hosts: ['t-online.de', 'magenta.de'],
  markers: ['rx.t-online.de', 'postmaster.t-online.de'],
  // The tag at the end of the reply: "(NOWL)", "(BL)", "(DIAL)".
  code: /\((nowl|bl|dial)\)/,
  reference: POSTMASTER,
  rules: [
    // 554 IP=192.0.2.1 - None/bad reputation. Ask your postmaster for help or to contact
    // <postmaster@rx.t-online.de> for reset. (NOWL)
    { id: 'provider.telekom.no-reputation', code: 'nowl', contains: [], reason: 'badreputation', note: 'T-Online accepts mail only from servers with a known good reputation; your IP has none (new, or unused for a long time) or a bad one. Ask T-Online (postmaster@rx.t-online.de) to reset it, after checking its requirements (an imprint page for the server\'s host name)', docs: POSTMASTER },
    // 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact
    // tosa@rx.t-online.de to clarify.) (BL)
    { id: 'provider.telekom.blocked', code: 'bl', contains: [], reason: 'blocked', note: 'T-Online blocked your sending IP; it does not lift by itself: write to the address in the reply (tosa@rx.t-online.de) to clarify', docs: POSTMASTER },
    // 554 Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)
    { id: 'provider.telekom.dialup', code: 'dial', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'T-Online takes your IP for a dial-up or dynamic line: send through your provider\'s mail server, or, for a real mail server, make its host name lead to an imprint page and write to toda@rx.t-online.de', docs: POSTMASTER },
  ],
};
