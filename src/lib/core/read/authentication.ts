/**
 * Reads the authentication results a bounce states: SPF, DKIM, DMARC, ARC and reverse DNS,
 * each with its result, the domain (or IP) it is about when stated, and its span.
 *
 * Two sources, kept apart by `from`:
 * - `reply`: the receiving server's own words ("Spf=Fail Dkim=None DMARC=Fail",
 *   "dmarc=fail (p=reject)", "SPF [example.com] with ip: [192.0.2.1] = did not pass",
 *   "DKIM signature was not valid", "sending domain example.com does not pass DMARC",
 *   "cannot find your reverse hostname, [192.0.2.1]"). These are the checks that refused.
 * - `returned-message`: Authentication-Results / Received-SPF fields of the returned
 *   original. They were written by a server on the way out (often the sender's own), not by
 *   the server that refused, so they describe an earlier hop. They are read only when the
 *   refusal is about authentication (the caller decides) and are marked so the page can say
 *   "as your side saw it" rather than present them as the receiver's verdict.
 */
import type { AuthCheck } from '../types.ts';
import type { TextView } from '../text/view.ts';
import type { DocHeader } from '../scan.ts';

type Method = AuthCheck['method'];

/** A cheap gate: text without any of these words states no result. */
const RE_GATE = /spf|dkim|dmarc|arc|ptr|reverse|rdns|sender policy|hostname/;

/** "spf=fail", "Dkim=None", "dmarc = fail", "arc=pass" (Authentication-Results and Microsoft's 5.7.515 list). */
const RE_KEY_VALUE = /\b(spf|dkim|dmarc|arc)\s?=\s?(pass|fail|softfail|hardfail|neutral|none|temperror|permerror|policy|bestguesspass|invalid)\b/g;

/** Gmail: "SPF [example.com] with ip: [192.0.2.1] = did not pass", "DKIM = did not pass". */
const RE_GMAIL_RESULT = /\b(spf|dkim|dmarc)\b(?: \[?([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\]?)?(?: with ip:? ?\[?[0-9a-f.:]{3,45}\]?)? ?= ?(did not pass|passed|pass|failed|fail)\b/g;

/** Where Authentication-Results says which domain a result is about. */
const RE_SUBJECT = /\b(?:smtp\.mailfrom|header\.from|header\.d|header\.i|smtp\.helo|envelope-from)=([^\s;()]+)/;

const DOMAIN = '([a-z0-9][a-z0-9.-]{0,252}\\.[a-z]{2,63})';

interface Phrase {
  method: Method;
  result: string;
  re: RegExp;
  /** Which capture group holds the subject (domain or IP), if any. */
  subject?: number;
  /** Words every match holds one of (a cheap test before the pattern). */
  cues: readonly string[];
}

/** Plain-words results: each says a check failed (or found nothing), some name the domain. */
const PHRASES: readonly Phrase[] = [
  // Gmail 5.7.26: "Unauthenticated email from example.com is not accepted due to domain's DMARC policy"
  { method: 'dmarc', result: 'fail', re: new RegExp(`unauthenticated email from ${DOMAIN} is not accepted due to domain'?s dmarc policy`), subject: 1, cues: ['dmarc'] },
  // Microsoft 5.7.509: "sending domain example.com does not pass DMARC verification"
  { method: 'dmarc', result: 'fail', re: new RegExp(`sending domain \\[?${DOMAIN}\\]? does not pass dmarc`), subject: 1, cues: ['dmarc'] },
  // Apple: "rejected due to example.com's DMARC policy"; Zoho / Proofpoint: "rejected per DMARC policy for example.com"
  { method: 'dmarc', result: 'fail', re: new RegExp(`(?:due to|per) ${DOMAIN}'s dmarc policy`), subject: 1, cues: ['dmarc'] },
  { method: 'dmarc', result: 'fail', re: new RegExp(`dmarc policy for ${DOMAIN}`), subject: 1, cues: ['dmarc'] },
  // Mail.ru: "This message was not accepted due to domain (example.com) owner DMARC policy (RFC 7489)"
  { method: 'dmarc', result: 'fail', re: new RegExp(`due to domain \\(${DOMAIN}\\) owner dmarc policy`), subject: 1, cues: ['dmarc'] },
  { method: 'dmarc', result: 'fail', re: /\bdmarc (?:verification|validation|check|checks|authentication) (?:has )?failed|\bdmarc (?:failure|fail)\b|failed dmarc|dmarc sender invalid|domain owner dmarc policy|(?:due to|per) (?:the )?(?:domain'?s )?dmarc policy|dmarc rejection|does not pass dmarc|dmarc domain authentication fail/, cues: ['dmarc'] },
  // Apple [HME1]: "blocked for failing both SPF and DKIM authentication checks"
  { method: 'spf', result: 'fail', re: /failing both spf and dkim/, cues: ['spf'] },
  { method: 'dkim', result: 'fail', re: /failing both spf and dkim/, cues: ['spf'] },
  // "SPF check failed: 192.0.2.1 is not authorized to send in the name of example.com"
  { method: 'spf', result: 'fail', re: new RegExp(`not (?:authorized|allowed|permitted) to send (?:mail |email )?(?:in the name of|on behalf of|for) ${DOMAIN}`), subject: 1, cues: ['to send'] },
  // Gmail: "The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks"
  { method: 'spf', result: 'fail', re: new RegExp(`mail from domain \\[?${DOMAIN}\\]? has an spf record`), subject: 1, cues: ['spf'] },
  { method: 'spf', result: 'fail', re: /\bspf (?:check|validation|verification|checks) (?:has )?failed|\bspf sender invalid|sender policy framework violation|spf unauthorized|due to spf policy|fails to pass spf|\bspf (?:hard ?fail|failure|failed)\b|spf domain authentication fail|invalid spf record|spf: [0-9a-f.:]{3,45} is not allowed to send/, cues: ['spf', 'sender policy'] },
  { method: 'dkim', result: 'fail', re: /\bdkim signature (?:was |is )?(?:not valid|invalid)|\bdkim (?:verification|validation|check) failed|\binvalid dkim|dkim sender invalid|\bdkim (?:failure|failed)\b|bad dkim signature/, cues: ['dkim'] },
  // Microsoft 4.7.26: "must pass either SPF or DKIM validation, this message is not signed"
  { method: 'dkim', result: 'none', re: /this message is not signed/, cues: ['not signed'] },
  { method: 'arc', result: 'fail', re: /\barc (?:validation )?(?:failure|failed)\b/, cues: ['arc'] },
  // Reverse DNS: "cannot find your reverse hostname, [192.0.2.1]", "does not have a PTR record",
  // "Reverse DNS for this IP failed", "Bad DNS PTR resource record", "no rDNS"
  { method: 'reverse-dns', result: 'fail', re: /cannot find your (?:reverse )?hostname|(?:does not|doesn't) have a ptr record|(?:no|missing|without a?) ?(?:valid )?(?:ptr record|reverse dns|rdns)\b|reverse dns (?:lookup )?(?:failure|failed|for this ip failed)|bad dns ptr|must have a (?:reverse dns|ptr) record|dns check failure|ptr record (?:does not|doesn't) match|reverse (?:dns|lookup) (?:check )?fail|have a ptr record, or the ptr record|fcrdns|forward-confirmed reverse dns/, cues: ['hostname', 'ptr', 'reverse', 'rdns', 'dns check'] },
];

/** An IP the reverse-DNS words are about: bracketed, or after "ip" / "from" / "host". */
const RE_IP_NEAR = /\[((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})\]|\b(?:ip|ip address|from|host|client)[: ]+((?:\d{1,3}\.){3}\d{1,3})\b/;

function normalResult(word: string): string {
  if (word === 'did not pass' || word === 'failed' || word === 'hardfail' || word === 'invalid') return 'fail';
  if (word === 'passed' || word === 'bestguesspass') return 'pass';
  return word;
}

/** A domain out of "user@example.com", "@example.com" or "example.com". */
function domainOf(value: string): string {
  const at = value.lastIndexOf('@');
  return (at === -1 ? value : value.slice(at + 1)).replace(/(?<![.>"'])[.>"']+$/, '');
}

class Results {
  list: AuthCheck[] = [];
  private seen = new Set<string>();
  add(check: AuthCheck): void {
    const key = `${check.from}|${check.method}|${check.result}|${check.subject ?? ''}`;
    if (this.seen.has(key)) return;
    // A result without a subject adds nothing beside the same result with one.
    if (!check.subject && this.list.some((c) => c.from === check.from && c.method === check.method && c.result === check.result)) return;
    this.seen.add(key);
    this.list.push(check);
  }
}

/** Key=value results in `lower`, with offsets mapped by `at` (view or header offsets). */
function readKeyValues(lower: string, from: AuthCheck['from'], at: (s: number, e: number) => [number, number], out: Results): void {
  RE_KEY_VALUE.lastIndex = 0;
  const hits: { method: Method; result: string; start: number; end: number }[] = [];
  for (let m = RE_KEY_VALUE.exec(lower); m; m = RE_KEY_VALUE.exec(lower)) {
    hits.push({ method: m[1] as Method, result: normalResult(m[2]), start: m.index, end: m.index + m[0].length });
  }
  hits.forEach((h, i) => {
    // The clause: up to the next ";" or the next result, where the subject keys live.
    const semi = lower.indexOf(';', h.end);
    const limit = Math.min(semi === -1 ? lower.length : semi, i + 1 < hits.length ? hits[i + 1].start : lower.length);
    const s = RE_SUBJECT.exec(lower.slice(h.end, limit));
    const [start, end] = at(h.start, h.end);
    out.add({ method: h.method, result: h.result, subject: s ? domainOf(s[1]) : null, from, start, end });
  });
}

/** Authentication results stated in the server's words (`from: 'reply'`). */
export function readAuthentication(view: TextView): AuthCheck[] {
  const lower = view.lower;
  if (!RE_GATE.test(lower)) return [];
  const out = new Results();
  const at = (s: number, e: number): [number, number] => view.span(s, e);
  readKeyValues(lower, 'reply', at, out);
  RE_GMAIL_RESULT.lastIndex = 0;
  for (let m = RE_GMAIL_RESULT.exec(lower); m; m = RE_GMAIL_RESULT.exec(lower)) {
    const [start, end] = at(m.index, m.index + m[0].length);
    out.add({ method: m[1] as Method, result: normalResult(m[3]), subject: m[2] ?? null, from: 'reply', start, end });
  }
  for (const p of PHRASES) {
    if (!p.cues.some((c) => lower.includes(c))) continue;
    const m = p.re.exec(lower);
    if (!m) continue;
    let subject = p.subject ? m[p.subject] ?? null : null;
    if (p.method === 'reverse-dns') {
      const ip = RE_IP_NEAR.exec(lower);
      subject = ip ? ip[1] ?? ip[2] : null;
    }
    const [start, end] = at(m.index, m.index + m[0].length);
    out.add({ method: p.method, result: p.result, subject, from: 'reply', start, end });
  }
  return out.list;
}

/**
 * Authentication-Results, ARC-Authentication-Results and Received-SPF fields of the
 * returned original (`from: 'returned-message'`); see the note at the top on what they mean.
 */
export function readReturnedAuthentication(headers: readonly DocHeader[]): AuthCheck[] {
  const out = new Results();
  for (const h of headers) {
    if (h.name !== 'authentication-results' && h.name !== 'arc-authentication-results' && h.name !== 'received-spf') continue;
    const lower = h.value.toLowerCase();
    const at = (s: number, e: number): [number, number] => [h.start + s, Math.min(h.start + e, h.end)];
    if (h.name === 'received-spf') {
      // "Received-SPF: fail (example.com: domain of s@example.com does not designate 192.0.2.1 ...) ... envelope-from=s@example.com;"
      const m = /^\s*(pass|fail|softfail|neutral|none|temperror|permerror)\b/.exec(lower);
      if (!m) continue;
      const s = RE_SUBJECT.exec(lower) ?? /domain of (?:[^\s@]+@)?([a-z0-9.-]+\.[a-z]{2,})/.exec(lower);
      const [start, end] = at(m.index + m[0].length - m[1].length, m.index + m[0].length);
      out.add({ method: 'spf', result: m[1], subject: s ? domainOf(s[1]) : null, from: 'returned-message', start, end });
      continue;
    }
    readKeyValues(lower, 'returned-message', at, out);
  }
  return out.list;
}
