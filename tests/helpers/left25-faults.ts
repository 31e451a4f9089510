/**
 * What a reading gets wrong against a case of round left25 (tests/fixtures/left25.ts): the
 * visible round's faults (kind, recipients, verdict) and what else the case names (permanence,
 * who acts, the provider, no high confidence on a tool's claim, the forward's target named and
 * the written address kept, words that must not be said). A hard bounce of the address to keep
 * or a high confidence the case forbids is firmly wrong.
 */
import type { Report } from '../../src/lib/core/types.ts';
import type { Left25Case } from '../fixtures/left25.ts';
import { visibleFaults } from './visible-faults.ts';

/** The answer's words a person reads: each recipient's headline, summary and steps. */
export function answerWords(r: Report): string {
  return r.recipients.flatMap((x) => [x.headline.text, x.summary, ...x.actions.map((a) => a.text)]).join('\n');
}

export function left25Faults(c: Left25Case, r: Report): { faults: string[]; firm: boolean } {
  const v = visibleFaults(c, r, []);
  const out = [...v.faults];
  let firm = v.firm;
  for (const x of r.recipients) {
    if (c.permanent !== undefined && x.permanent !== c.permanent) out.push(`${x.address}: permanent ${x.permanent}, expected ${c.permanent}`);
    if (c.owner && !c.owner.includes(x.owner)) out.push(`${x.address}: owner ${x.owner}`);
    if (c.notHigh && x.confidence === 'high') {
      out.push(`${x.address}: high confidence on a tool's claim`);
      firm = true;
    }
    if (c.keep && x.address === c.keep && x.hardBounce) {
      out.push(`${x.address}: hard bounce of the address written (the forward's target failed)`);
      firm = true;
    }
  }
  if (c.provider !== undefined && r.provider !== c.provider) out.push(`provider ${r.provider}, expected ${c.provider}`);
  const words = answerWords(r);
  if (c.names && !words.includes(c.names)) out.push(`the answer does not name ${c.names}`);
  if (c.keep) {
    const esc = c.keep.replace(/[.+]/g, '\\$&');
    const remove = new RegExp(`(?:remove|delete|take)[^.\\n]*${esc}|${esc}[^.\\n]*(?:remove|delete)`, 'i');
    if (remove.test(words)) {
      out.push(`a step tells to remove ${c.keep}`);
      firm = true;
    }
    if (r.recipients.some((x) => x.address === c.keep && x.hardBounce === false) || !r.recipients.some((x) => x.address === c.keep)) {
      // the written address kept: fine
    }
    if (/\b(?:remove|delete) (?:this|the) address\b/i.test(words) && r.recipients.some((x) => x.address === c.keep)) {
      out.push(`a step tells to remove the address, and the address is ${c.keep}`);
      firm = true;
    }
  }
  if (c.wordsNot && c.wordsNot.test(words)) out.push(`the answer says ${words.match(c.wordsNot)?.[0]}`);
  return { faults: out, firm };
}
