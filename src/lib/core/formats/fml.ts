/**
 * fml, the Japanese mailing-list manager (X-MLServer: fml [fml 4.0 ...] / fml8): when it
 * will not distribute a post it answers the poster from <list>-admin, e.g.
 *
 *   Subject: You nobody@example.org are not member (example ML)
 *
 *   You are not a member of this mailing list <example@lists.example.org>.
 *
 * The list only takes posts from its members, so the sender was refused; the list
 * address is the recipient that failed. Other refusals from the list's -admin address
 * are read the same way, their reason left to the words. Pasted without headers, the
 * refusal is known by its sentence and the "-ctl" address it points to for the guide.
 * Learnt from fml's replies
 * (fml 4 "deny" mode for posts from non-members).
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import { bodyHead, headHas, subject, from } from './common.ts';
import { header } from '../scan.ts';
import { noticeLines, paragraphAt, viewOf, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';

/** fml's words for "only members may post". */
const RE_NOT_MEMBER = /(?:you are|you're|is) not (?:a )?member|not a member of this mailing list|members only|only members (?:can|may) post/i;
const RE_PASTED = /you are not a member of this mailing list[\s\S]{0,400}-ctl@/;
/** fml's sentences for the posts it refuses, before "Original mail as follows:" (Sisimai
 * Lhost/FML.pm: loop alerts, a duplicated Message-ID, spammers, non-members, security alerts). */
const RE_FML_REFUSAL = /has detected a loop condition so that|duplicated message-id\b|loop back warning:|not member article from |reject mail from |reject spammers:|security alert:/;
/** Other refusals fml words for a post it will not distribute (reason left to the words). */
const RE_REFUSED = /\breject|\bdenied\b|not allowed|forbidden|\berror\b/i;

export const fml: Format = {
  id: 'fml',
  label: 'fml mailing-list manager',
  reference: 'https://www.fml.org/',
  detect: (scan) => {
    const server = (header(scan.headers, 'x-mlserver')?.value ?? '').toLowerCase();
    // Pasted without headers: fml 4's refusal names the list and points to its -ctl
    // address for the guide.
    if (!server.startsWith('fml')) {
      if (headHas(scan, 'not a member of this mailing list') && RE_PASTED.test(bodyHead(scan))) return true;
      // fml's other refusals (a loop, a spammer, a post from a non-member) end with its own
      // line before the returned post, "Original mail as follows:" (Sisimai Lhost/FML.pm).
      return headHas(scan, 'original mail as follows:') && RE_FML_REFUSAL.test(bodyHead(scan));
    }
    // fml's own answers come from the list's -admin (or -ctl) address; posts it
    // distributes come from their authors.
    const head = bodyHead(scan).slice(0, 2000);
    return RE_NOT_MEMBER.test(subject(scan)) || RE_NOT_MEMBER.test(head) || (/-(?:admin|ctl)@/.test(from(scan)) && RE_REFUSED.test(subject(scan) + '\n' + head));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 60);
    // The paragraph of fml's sentence (a client's header lines may stand above it), else the first.
    let at = lines.findIndex((l) => RE_NOT_MEMBER.test(l.text) || RE_FML_REFUSAL.test(l.text.toLowerCase()));
    if (at === -1) at = 0;
    const [s, e] = paragraphAt(lines, at);
    const diagnostic = viewOf(doc, lines, s, e);
    if (!diagnostic) return null;
    const [ds, de] = diagnostic.whole();
    // The list the post was for: the address in the notice, else the list's own headers.
    let address = null;
    const inText = firstAddress(doc, ds, de);
    if (inText) address = foundAddress(inText);
    else {
      const post = header(scan.headers, 'list-post') ?? header(scan.headers, 'x-ml-address');
      const a = post ? firstAddress(doc, post.start, post.end) : null;
      if (a) address = foundAddress(a);
    }
    const rcpt: RawRecipient = { address, diagnostic };
    const m = RE_NOT_MEMBER.exec(diagnostic.text);
    if (m) {
      const [hs, he] = diagnostic.span(m.index, m.index + m[0].length);
      rcpt.hint = { reason: 'rejected', start: hs, end: he, note: 'the list takes posts only from its members, and the sender is not one' } as ReasonHint;
    }
    return { recipients: [rcpt] };
  },
};
