/**
 * Trellix Email Security - Cloud (formerly FireEye Email Threat Prevention, ETP), a filtering
 * gateway in front of its customers' mail. Its refusals carry a code "ETP" and three digits,
 * which its documentation lists with their type (reject or defer) and meaning
 * (docs.trellix.com, Email Security - Cloud, "Error codes"): each rule below gives the code and
 * that meaning in our words. Codes 100-106 are its "client and segregation" codes: who the
 * message is for could not be settled. ETP102 passes on the refusal of the customer's own
 * server ("550 ETP102 recipient rejected by downstream MTA. Reason: [ 5.4.1 Recipient address
 * rejected: Access denied. … ]", as a sender reported it): it has no rule, the quoted reply
 * decides. Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://docs.trellix.com/data-and-email/docs/error-codes';

export const trellix: Provider = {
  id: 'trellix',
  label: 'Trellix Email Security (FireEye ETP)',
  hosts: ['fireeyecloud.com'],
  markers: ['etp100', 'etp101', 'etp102', 'etp103', 'etp104', 'etp105', 'etp106'],
  // "ETP102" (lower-cased).
  code: /\betp(\d{3})\b/,
  reference: CODES,
  rules: [
    // 550 ETP100 Invalid recipient — "Invalid domain specified. The specified domain doesn't match a
    // known inline or OOB domain": the recipient's domain is not set up at Trellix (its MX points
    // there in error), not an unknown mailbox.
    { id: 'provider.trellix.domain-not-known', code: '100', contains: [], reason: 'norelaying', owner: 'recipient-admin', note: "Trellix Email Security: the recipient's domain is not one it protects, so it takes no mail for it (the domain's MX records point at Trellix in error)", docs: CODES },
    // 451 ETP103 Invalid recipient (defer) — "Unable to validate recipient via SMTP. The upstream MTA
    // did not respond in time": the customer's own server did not answer the check, nothing is
    // known about the address yet.
    { id: 'provider.trellix.recipient-check-timed-out', code: '103', contains: [], reason: 'networkerror', owner: 'recipient-admin', note: "Trellix Email Security could not check the recipient with the recipient organisation's own server, which did not answer in time", docs: CODES },
    // 550 ETP104 Routing loop detected.
    { id: 'provider.trellix.routing-loop', code: '104', contains: [], reason: 'networkerror', owner: 'recipient-admin', note: 'Trellix Email Security found a routing loop between it and the sending server', docs: CODES },
    // 550 ETP105 Invalid domain mode — "The specified domain has an invalid mode": a setting of the
    // recipient's domain at Trellix; its page does not say more.
    { id: 'provider.trellix.domain-mode', code: '105', contains: [], reason: 'onhold', confidence: 'low', note: "Trellix Email Security: the recipient's domain has an invalid mode in its setup; its page does not say more", docs: CODES },
    // 451 ETP106 Requested action aborted: Try again later — its MTA could not reach its own API.
    { id: 'provider.trellix.internal', code: '106', contains: [], reason: 'systemerror', note: 'Trellix Email Security had an internal fault (its mail server could not reach its own service); it passes', docs: CODES },
  ],
};
