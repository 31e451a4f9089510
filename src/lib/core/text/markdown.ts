/**
 * Addresses a paste wrapped in Markdown: a bounce copied into a GitHub issue, a forum or a
 * chat comes back with its addresses turned into links or bold by the page it was copied
 * from or the editor it was pasted into:
 *
 * - `[a@example.org](mailto:a@example.org)`, `<[a@example.org](mailto:a@example.org)>`,
 *   `[Name (a@example.org)](mailto:a@example.org)` (a mail link, as GitHub and Outlook on the
 *   web turn every address into one when the text is copied out of them);
 * - `**a@example.org**`, `<**a@example.org**>` (bold, as people mark the address they ask about);
 * - a code fence, a line of three backticks (and perhaps a language name) above and below the
 *   pasted block, or around one of its lines: it becomes a blank line of the same length.
 *
 * Each is rewritten in place to what the bounce said, `a@example.org`, `<a@example.org>`,
 * `Name (a@example.org)`, padded with spaces to the same length: every offset of the text
 * stays, so every span still points at the same words. The address keeps its characters; the
 * padding goes where it harms no reader (before an angle-bracketed address, which readers take
 * after indentation; else after the text).
 */

/** A mail link: its text (group 1) and its target (group 2). Bounded, negated classes: linear. */
const RE_MAILTO = /(<?)\[([^[\]\n]{1,300})\]\(mailto:([^()\s]{1,300})\)(>?)/gi;
/** An address in bold: `**a@b**`, perhaps in angle brackets. */
const RE_BOLD = /(<?)\*\*([^*\s<>@]{1,64}@[^*\s<>]{1,254})\*\*(>?)/g;

/** A code fence line: three backticks, perhaps a language name (perhaps quoted with ">"). */
const RE_FENCE = /^([ \t>]*)```[\w+-]{0,20}[ \t]*$/gm;

/** Is there anything to rewrite? (A cheap test before the patterns.) */
export function hasMarkdownAddresses(text: string): boolean {
  return text.indexOf('](mailto:') !== -1 || text.indexOf('](MAILTO:') !== -1 || (text.indexOf('**') !== -1 && text.indexOf('@') !== -1) || text.indexOf('```') !== -1;
}

function padded(whole: string, open: string, inner: string, close: string): string {
  const body = open && close ? `<${inner}>` : `${open}${inner}${close}`;
  const pad = ' '.repeat(Math.max(0, whole.length - body.length));
  return open && close ? pad + body : body + pad;
}

/** The text with Markdown mail links and bold addresses written plain, at the same length. */
export function plainMarkdownAddresses(text: string): string {
  if (!hasMarkdownAddresses(text)) return text;
  let out = text.replace(RE_MAILTO, (whole: string, open: string, label: string, target: string, close: string) => {
    // Only a link whose text holds the address it points at (else it is someone's link).
    const address = target.split('?')[0];
    if (!address.includes('@') || !label.toLowerCase().includes(address.toLowerCase())) return whole;
    return padded(whole, open, label, close);
  });
  if (out.indexOf('**') !== -1) out = out.replace(RE_BOLD, (whole: string, open: string, address: string, close: string) => padded(whole, open, address, close));
  if (out.indexOf('```') !== -1) out = out.replace(RE_FENCE, (whole: string, lead: string) => lead + ' '.repeat(whole.length - lead.length));
  return out;
}
