/**
 * AT&T (att.net, sbcglobal.net, bellsouth.net and the other AT&T mail domains; inbound
 * through ff-ip4-mx-vip1.prodigy.net ...). Its refusals of a sending IP name its own list,
 * "DNSBL:ATTRBL", and BellSouth's older ones its directory, "blocked by
 * ldap:ou=rblmx,dc=bellsouth,dc=net"; mailbox refusals ("[suspend]", "[permfail]") are read by the general phrases. Meanings from AT&T's mail-block pages (worldnet.att.net/general-info/
 * bls_info/block_enduser.html) and the replies MailChannels recorded
 * (blog.mailchannels.com/top-smtp-error-messages-june-2016); replies use reserved names.
 */
import type { Provider } from './types.ts';

const BLOCKS = 'https://www.att.com/esupport/blockedemail';

export const att: Provider = {
  id: 'att',
  label: 'AT&T',
  hosts: ['att.net', 'sbcglobal.net', 'bellsouth.net', 'prodigy.net', 'flash.net', 'swbell.net', 'pacbell.net', 'ameritech.net', 'snet.net', 'nvbell.net', 'wans.net'],
  // Also the address of its block pages, "521 <192.0.2.1> is blocked. Please see
  // http://www.att.net/general-info/bls_info/521.html".
  // "550 5.7.1 Connections not accepted from servers without a valid sender domain.flpd… Fix
  // reverse DNS for 192.0.2.1": AT&T's refusal of a sending IP without working reverse DNS, as
  // smtp.codes/550 lists it under AT&T; the sentence is AT&T's own.
  markers: ['dnsbl:attrbl', 'dc=bellsouth', 'att.net/blocks', 'abuse-att.net', 'att.net/general-info/bls_info', 'connections not accepted from servers without a valid sender domain'],
  reference: BLOCKS,
  rules: [
    // 553 5.3.0 alph135 DNSBL:ATTRBL 521< 192.0.2.1 >_is_blocked.__For_information_see_http://att.net/blocks
    // 550 <192.0.2.1> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net
    { id: 'provider.att.rbl', contains: ['attrbl', 'ou=rblmx'], reason: 'blocked', note: "AT&T blocked your sending IP on its own list; once the cause is fixed, ask AT&T to remove it", docs: BLOCKS },
  ],
};
