/**
 * Addresses a paste wrapped in Markdown: a bounce copied into a GitHub issue, a forum or a
 * chat comes back with its addresses turned into links or bold by the page it was copied
 * from or the editor it was pasted into:
 *
 * - `[a@example.org](mailto:a@example.org)`, `<[a@example.org](mailto:a@example.org)>`,
 *   `[Name (a@example.org)](mailto:a@example.org)` (a mail link, as GitHub and Outlook on the
 *   web turn every address into one when the text is copied out of them);
 * - `**a@example.org**`, `<**a@example.org**>` (bold, as people mark the address they ask about);
 * - `first\_last@example.org`, `a\*b@example.org` (a Markdown editor's escapes: Reddit's and
 *   other editors put a backslash before "_" and "*" of the text they copy, so that they are not
 *   read as emphasis);
 * - a line put whole in inline code (`` `<a@example.org>: host … said: 550 5.1.1` ``, as askers
 *   mark each line of a pasted reply): its two backticks become spaces;
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

/**
 * An address with a Markdown escape in it ("first\\_last@example.org"), perhaps in angle
 * brackets: the bracket (group 1) and the address as written (group 2). Bounded: linear.
 */
const RE_ESCAPED_ADDRESS = /(<?)((?:[\w.+-]|\\[_*]){1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})/g;

/** A line wholly in inline code (one backtick each side, none inside), perhaps quoted with ">". */
const RE_INLINE_CODE_LINE = /^([ \t>]*)`([^`\n]{1,2000})`([ \t]*)$/gm;

/** Is there anything to rewrite? (A cheap test before the patterns.) */
export function hasMarkdownAddresses(text: string): boolean {
  if (text.indexOf('`') !== -1 && new RegExp(RE_INLINE_CODE_LINE.source, 'm').test(text)) return true;
  if ((text.indexOf('\\_') !== -1 || text.indexOf('\\*') !== -1) && text.indexOf('@') !== -1) return true;
  // "](mailto:" or "](MAILTO:": one search for what both start with.
  for (let i = text.indexOf(']('); i !== -1; i = text.indexOf('](', i + 2)) if (text.startsWith('mailto:', i + 2) || text.startsWith('MAILTO:', i + 2)) return true;
  return (text.indexOf('**') !== -1 && text.indexOf('@') !== -1) || text.indexOf('```') !== -1;
}

/** Is "mailto:" at `at`, its ASCII letters in any case (as RE_MAILTO, with the i flag and no u flag, reads them)? */
function mailtoAt(text: string, at: number): boolean {
  for (let k = 0; k < MAILTO.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== MAILTO.charCodeAt(k)) return false;
  }
  return true;
}
const MAILTO = 'mailto:';

/** Can RE_MAILTO match: does the text hold "](mailto:" (in any case)? Most texts let through by '**' or a fence hold none. */
function mayHoldMailtoLink(text: string): boolean {
  for (let i = text.indexOf(']('); i !== -1; i = text.indexOf('](', i + 2)) if (mailtoAt(text, i + 2)) return true;
  return false;
}

const RE_SPACE = /\s/;

/**
 * Can RE_BOLD match: is some "**" followed by 1 to 64 characters other than '*', white
 * space, '<', '>' and '@', then an '@'? (Each "**" is looked past by 65 characters at most.)
 */
function mayHoldBoldAddress(text: string): boolean {
  for (let i = text.indexOf('**'); i !== -1; i = text.indexOf('**', i + 1)) {
    const last = Math.min(text.length, i + 2 + 65);
    for (let j = i + 2; j < last; j++) {
      const c = text.charCodeAt(j);
      if (c === 64) {
        if (j > i + 2) return true;
        break;
      }
      if (c === 42 || c === 60 || c === 62 || c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && RE_SPACE.test(text[j]))) break;
    }
  }
  return false;
}

function padded(whole: string, open: string, inner: string, close: string): string {
  const body = open && close ? `<${inner}>` : `${open}${inner}${close}`;
  const pad = ' '.repeat(Math.max(0, whole.length - body.length));
  return open && close ? pad + body : body + pad;
}

/** The text with Markdown mail links and bold addresses written plain, at the same length. */
export function plainMarkdownAddresses(text: string): string {
  if (!hasMarkdownAddresses(text)) return text;
  let out = !mayHoldMailtoLink(text) ? text : text.replace(RE_MAILTO, (whole: string, open: string, label: string, target: string, close: string) => {
    // Only a link whose text holds the address it points at (else it is someone's link).
    const address = target.split('?')[0];
    if (!address.includes('@') || !label.toLowerCase().includes(address.toLowerCase())) return whole;
    return padded(whole, open, label, close);
  });
  if (mayHoldBoldAddress(out)) out = out.replace(RE_BOLD, (whole: string, open: string, address: string, close: string) => padded(whole, open, address, close));
  if (out.indexOf('```') !== -1) out = out.replace(RE_FENCE, (whole: string, lead: string) => lead + ' '.repeat(whole.length - lead.length));
  if (out.indexOf('`') !== -1) out = out.replace(RE_INLINE_CODE_LINE, (_whole: string, lead: string, code: string, tail: string) => `${lead} ${code} ${tail}`);
  if (out.indexOf('\\_') !== -1 || out.indexOf('\\*') !== -1) {
    out = out.replace(RE_ESCAPED_ADDRESS, (whole: string, open: string, address: string) => {
      if (address.indexOf('\\') === -1) return whole;
      const plain = address.replace(/\\([_*])/g, '$1');
      return ' '.repeat(whole.length - open.length - plain.length) + open + plain;
    });
  }
  return out;
}
