/**
 * AOL Mail's bounce (Postmaster@AOL.com, Subject "Undeliverable: ...", headers X-AOL-IP):
 * an HTML letter ("Email Returned", "Something went wrong.") that names one recipient
 * and AOL's short summary of the remote server's answer, with the status code in a
 * closing sentence, before the message/delivery-status part with the server's reply:
 *
 *   We were unable to deliver your message to the following address
 *   nobody@example.org
 *   because: Mailbox is full
 *   ... More information about type 5.2.2 delivery errors are available ...
 *
 * The summary ("User name of email address not valid", "Mailbox is full", "Email
 * routing issue due to network") is AOL's wording for the status code; it is the
 * diagnostic when the reply itself is not at hand. AOL's plain-text bounces come from
 * Postfix and are read as such. Learnt from AOL's notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, listedAddresses, viewOfRest } from './notice.ts';

const OPENING = 'we were unable to deliver your message to the following address';
const RE_INTRO = /^\s*we were unable to deliver your message to the following address(?:es|\(es\))?\.?\s*$/i;
const RE_BECAUSE = /^\s*because:\s*/i;
const RE_TYPE = /\btype ([245]\.\d{1,3}\.\d{1,3}) delivery errors?\b/i;

export const aol: Format = {
  id: 'aol',
  label: 'AOL Mail',
  reference: 'https://help.aol.com/',
  needs: [OPENING],
  detect: (scan) => {
    return headHas(scan, OPENING) && headHas(scan, 'because:');
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const intro = findLine(lines, RE_INTRO);
    if (intro === -1) return null;
    const { found, end } = listedAddresses(doc, lines, intro + 1);
    if (found.length === 0) return null;
    const because = findLine(lines, RE_BECAUSE, end);
    const diagnostic = because === -1 || because > end + 2 ? undefined : viewOfRest(doc, lines[because], lines[because].start + RE_BECAUSE.exec(lines[because].text)![0].length);
    const typeAt = findLine(lines, RE_TYPE, end);
    const m = typeAt === -1 ? null : RE_TYPE.exec(lines[typeAt].text);
    const status = m ? { value: m[1], start: lines[typeAt].start + m.index + m[0].indexOf(m[1]), end: lines[typeAt].start + m.index + m[0].indexOf(m[1]) + m[1].length } : undefined;
    const recipients: RawRecipient[] = found.map((address) => ({ address, ...(diagnostic ? { diagnostic } : {}), ...(status ? { status } : {}) }));
    return { recipients };
  },
};
