/**
 * A mail loop: the message went round between servers (or back to the server that sent it)
 * until one of them refused it. RFC 5321 §6.3 has every server count the trace (Received)
 * lines and refuse a message past a limit, because a loop never ends by itself; RFC 3463
 * X.4.6 is "Routing loop detected" (Microsoft also uses 5.4.14, "Hop count exceeded - possible
 * mail loop"). Nothing clears it while the routing stays as it is, so resending later does
 * not help, unlike the other network faults it is filed with (the reason stays
 * `networkerror`: only the words and steps are the loop's own).
 *
 * Wordings followed, each with where it is documented:
 * - Postfix "mail for <domain> loops back to myself": the domain's MX points at this server,
 *   which does not accept the domain as its own (Postfix FAQ / postconf(5) mydestination,
 *   virtual_mailbox_domains, relay_domains; its queue manager's smtp client writes it);
 * - Postfix "mail forwarding loop for <addr>" (a Delivered-To: line already names the
 *   address: an alias or .forward that forwards back), qmail "This message is looping: it
 *   already has my Delivered-To line" (qmail-local), Exim "Too many "Received" headers -
 *   suspected mail loop" (its received_headers_max), Sendmail "Too many hops" (its MaxHopCount);
 * - Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com
 *   "Fix NDR error 5.4.6 or 5.4.14"), and the languages' words for it (knowledge/languages,
 *   the rounds' R21_LOOP phrases).
 * The words are matched on the server's reply, lower case.
 */
import type { ReasonInfo } from './types.ts';
import { MAIL_LOOP_TITLE } from './variant-titles.ts';

/** A loop in the words: English "loop(s|ing|ed)" and the hop count, and the languages' words for both. */
export const LOOP_WORDS =
  /\bloop(?:s|ing|ed)?\b|mailloop|too many hops|hop count|max(?:imum)? ?hop|too many "?received"?|schleife|zu oft weitergeleitet|anzahl der hops|\bbucle\b|saltos|\bboucles?\b|nombre de sauts|trop de sauts|ciclo di posta|troppi passaggi|numero di hop|maillus|aantal hops|te veel hops|pętl|zapętlen|przeskoków|зацикл|петл|число переходов|slinga|för många hopp|antalet hopp|ループ|ホップ数|邮件循环|投递循环|邮件环路|郵件循環|环回|跃点/;

/** The loop's own status codes: RFC 3463 X.4.6 (routing loop), Microsoft's 5.4.14 (hop count exceeded). */
export const LOOP_STATUS = /^[45]\.4\.(?:6|14)$/;

/** What a mail loop is, in the words of a reason (it replaces the `networkerror` wording). */
export const MAIL_LOOP: Pick<ReasonInfo, 'title' | 'verdict' | 'likely' | 'todo' | 'actions' | 'adminActions' | 'retry'> = {
  title: MAIL_LOOP_TITLE,
  verdict: 'The message went round in a mail loop between mail servers',
  likely: 'The message probably went round in a mail loop between mail servers',
  todo: 'a mail admin must fix the loop before a resend can work',
  // A loop lasts until someone changes the routing (RFC 5321 §6.3): a later resend loops again.
  retry: 'after-fix',
  actions: [
    'Do not just resend: a mail loop does not clear up by itself, and the same message loops again until a mail admin fixes the routing.',
    'Forward this bounce to your email admin, and tell the recipient another way that mail to {address} goes round in a loop: the fix may be on their side (a forwarding rule or their mail server).',
    'Resend once an admin says the loop is fixed.',
  ],
  adminActions: [
    "Find where the message went round: the Received lines of the returned message name the servers it passed again and again (RFC 5321 §6.3: servers count them and refuse a message past a limit).",
    "If your own server says the mail 'loops back to myself', the domain's MX points at your server but it does not accept the domain as its own: add the domain to its local, virtual or relay domains (Postfix: mydestination, virtual_mailbox_domains, relay_domains) or correct the MX record.",
    'If the hop count ran out between servers, look for forwards that point at each other (an alias, a forwarding rule, a transport or smarthost route that leads back) and break the cycle, or ask the recipient\'s mail admin to.',
  ],
};
