/**
 * The notice's own words beside a recipient's: a notice about one recipient that states, in
 * a sentence of its own outside the words read for that recipient, a cause under which the
 * mailbox exists ("… the recipient's mailbox is full"), contradicts a verdict that the
 * address does not exist. Observed in notices that say the cause twice, in two languages
 * (a Japanese carrier's "宛先のメールアドレスが見つかりません" above an English "the
 * recipient's mailbox is full"), or by two systems (a relay's summary and the receiving
 * server's reply): when the two disagree, the bounce does not settle the cause.
 */
import type { Scan } from '../scan.ts';
import type { ReasonId } from '../types.ts';
import { TextView } from '../text/view.ts';
import { textEnd } from './text-blocks.ts';
import { mayHoldReason, readWords } from '../classify/words.ts';
import { ownNotice } from './cues.ts';

/** How much of each text part is read: notices state their cause near the top. */
const NOTICE_LIMIT = 4096;

/** Causes under which the mailbox exists. */
const MAILBOX_EXISTS: ReadonlySet<ReasonId> = new Set<ReasonId>(['mailboxfull', 'exceedlimit']);

/**
 * Words of the notice, outside document[from, to) (the recipient's own words), that state a
 * cause under which the mailbox exists, in a sentence of its own (not in advice, a condition
 * or a list of possible causes): their document span, or null.
 */
export function mailboxExistsElsewhere(scan: Scan, from: number, to: number): { start: number; end: number; phrase: string } | null {
  for (const r of scan.bodies) {
    let end = Math.min(textEnd(scan.document, r), r.start + NOTICE_LIMIT);
    if (end <= r.start) continue;
    // Notices pasted one after the other: only the recipient's own notice speaks of it.
    let start = r.start;
    if (from >= r.start && from < end) [start, end] = ownNotice(scan.document, r.start, end, from);
    // The text before and after the recipient's words, each read on its own.
    const pieces: [number, number][] = from >= start && from < end ? [[start, from], [Math.min(to, end), end]] : to <= start || from >= end ? [[start, end]] : [];
    for (const [s, e] of pieces) {
      if (e - s < 8) continue;
      const view = new TextView().append(scan.document, s, e);
      // (Most notices name no such cause: one search for those causes' words says so, where
      // reading every phrase of the table cost many times more.)
      if (!mayHoldReason(view.lower, MAILBOX_EXISTS)) continue;
      const { hits } = readWords(view);
      for (const h of hits) {
        if (h.tier !== 0 || !MAILBOX_EXISTS.has(h.reason)) continue;
        const [ds, de] = view.span(h.start, h.end);
        return { start: ds, end: de, phrase: h.phrase };
      }
    }
  }
  return null;
}

/**
 * The words of the recipient's own notice (the one holding document[from, to)) that say the address written to is an
 * alias or forwarder and that the mailbox it forwards to refused the message ("hello@ is an
 * alias that forwards mail to another mailbox. We forwarded your message, but the destination
 * mail server refused it", "the owner … has been told that their forwarding destination no
 * longer works"): forwarding services' and alias providers' notices, as observed (RFC 3464
 * §2.3.1: the refused address is the one the refusing server received, here the destination).
 * The refusal is the destination's, not the alias's. Their document span, or null.
 */
const RE_FORWARDS_ONWARD =
  /\b(?:is an? (?:e-?mail )?(?:alias|forwarding address|forwarder|redirect(?:ion)?)(?: address)? (?:that|which) (?:forwards|redirects|sends)|(?:forwards|redirects) (?:all )?(?:your |its )?(?:mail|messages|e-?mails?) to (?:another|a different|an external|a private|a personal|its|their|the owner's)|(?:its|their|the|this alias's|this address's) (?:forwarding|redirect(?:ion)?) (?:destination|target|address|mailbox) (?:no longer works|refused|rejected|failed|does not exist|is (?:invalid|not valid|unreachable))|(?:the )?(?:forwarding )?destination (?:mail )?server (?:refused|rejected)|could not be forwarded to (?:its|their|the) (?:destination|target)|(?:was|is|has been) set (?:up )?to (?:automatically )?forward (?:all |its |incoming )?(?:mail |messages |e-?mails? )?to|(?:was|has been) (?:redirected|forwarded|auto-?forwarded) to <?[^\s@<>]{1,64}@|\b(?:alias|address|mailbox) <?[^\s@<>]{1,64}@[^\s<>]{1,255}>? (?:forwards|redirects) to)\b/;

/** The addresses in the words after a forwarding statement: the first that is not the alias's own is the forward's target. */
const RE_TARGET = /<?([a-z0-9._%+=-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,63})\b/gi;

export function forwardsOnwardInNotice(scan: Scan, from: number, to: number, written: string | null = null): { start: number; end: number; target: string | null } | null {
  for (const r of scan.bodies) {
    let end = Math.min(textEnd(scan.document, r), r.start + NOTICE_LIMIT);
    if (end <= r.start) continue;
    let start = r.start;
    if (from >= r.start && from < end) [start, end] = ownNotice(scan.document, r.start, end, from);
    // The whole of the recipient's own notice: the statement may open the recipient's words
    // ("<addr> is an alias that forwards mail to …") as well as stand apart from them.
    if (end - start < 8 || to <= start) continue;
    const view = new TextView().append(scan.document, start, end);
    const m = RE_FORWARDS_ONWARD.exec(view.lower);
    if (!m) continue;
    const [ds, de] = view.span(m.index, m.index + m[0].length);
    // The target the statement names ("… set to forward to b@y", "redirected to <b@y>", "The
    // alias a@x forwards to b@y"): the first address after the alias's own, within the sentence.
    let target: string | null = null;
    for (const t of view.lower.slice(m.index, m.index + m[0].length + 200).matchAll(RE_TARGET)) {
      if (t[1] !== written?.toLowerCase()) {
        target = t[1];
        break;
      }
    }
    return { start: ds, end: de, target };
  }
  return null;
}
