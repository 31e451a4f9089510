/**
 * au by KDDI, the Japanese mobile carrier (ezweb.ne.jp, au.com; MX hosts lsean.ezweb.ne.jp,
 * msmx.au.com). au's spam filter (迷惑メールフィルター: the recipient's own receive and reject
 * lists, spoofing checks) refuses a sender with the same words as a missing mailbox, "User
 * unknown", but without echoing the address: "550 : User unknown". A missing mailbox echoes
 * it: "550 <user@ezweb.ne.jp>: User unknown". Facts from real bounces collected in Sisimai's
 * lib/Sisimai/Rhost/KDDI.pm (BSD-2); the filter is described on au's page linked below.
 */
import type { Provider } from './types.ts';

const FILTER = 'https://au.com/online-manual/scg19/scg19_02/m_05_02_01.html';

export const kddi: Provider = {
  id: 'kddi',
  label: 'au (KDDI)',
  // (auone-net.jp: au one net, KDDI's ISP mail, mx.nn.auone-net.jp; Sisimai's Postfix sample 46.)
  hosts: ['ezweb.ne.jp', 'au.com', 'biz.ezweb.ne.jp', 'auone.jp', 'auone-net.jp'],
  reference: FILTER,
  rules: [
    // The response was: 550 : User unknown   (lsean.ezweb.ne.jp; no address before the colon)
    { id: 'provider.kddi.filter', contains: ['550 : user unknown'], reason: 'filtered', owner: 'recipient', note: "au: the recipient's spam filter (receive or reject lists, spoofing checks) refused your sender; \"User unknown\" without an address does not mean the mailbox is missing", docs: FILTER },
    // 550 <user@ezweb.ne.jp>: User unknown   (the address echoed: the mailbox does not exist)
    // 550 <user@ne.auone-net.jp>: Recipient address rejected.   (au one net's MX; the address
    // echoed, no cause: Sisimai's Postfix sample 46 files it as an unknown user. Elsewhere the
    // bare words give no cause, decision.address-rejected-bare; here the address echoed is au's
    // way of saying the mailbox does not exist, as in its "<…>: User unknown".)
    { id: 'provider.kddi.bare-address-rejected', contains: ['>: recipient address rejected.'], reason: 'userunknown', confidence: 'medium', note: 'au: the address is refused with no cause, the form au\'s servers give a mailbox that does not exist', docs: FILTER },
    { id: 'provider.kddi.no-user', contains: ['>: user unknown'], reason: 'userunknown', note: 'au: the mailbox does not exist', docs: FILTER },
  ],
};
