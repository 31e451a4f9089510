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
 * - a Markdown table that sums up several bounces, one row each (`| a@example.org | 550 5.1.1 … |`
 *   under `| Recipient | Error |` and its `|---|---|` line, as people list the bounces of a run in
 *   a question): its pipes become spaces and its dashed line a blank one, so each row reads as
 *   an address and its reply side by side, as a table copied from a spreadsheet does.
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
 * A Markdown table's delimiter row: `|---|---|`, `| :--- | ---: |`, `---|---` (two columns at
 * least, perhaps quoted with ">"). Bounded classes, one line: linear.
 */
const RE_TABLE_RULE = /^[ \t>]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;

/** Is there anything to rewrite? (A cheap test before the patterns.) */
export function hasMarkdownAddresses(text: string): boolean {
  if (text.indexOf('--') !== -1 && text.indexOf('|') !== -1 && RE_TABLE_RULE.test(text)) return true;
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
  if (out.indexOf('|') !== -1 && out.indexOf('--') !== -1 && RE_TABLE_RULE.test(out)) out = plainTables(out);
  return out;
}

/**
 * Markdown tables written plain: the delimiter row becomes blank, and the pipes of the rows
 * around it (the header line above it, the lines that go on holding a pipe below it) become
 * spaces. Each line is looked at a bounded number of times: linear.
 */
function plainTables(text: string): string {
  const lines = text.split('\n');
  const rule = new RegExp(RE_TABLE_RULE.source);
  const isRow = (l: string): boolean => l.includes('|') && /^[ \t>]*\S/.test(l);
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('|') || !rule.test(lines[i])) continue;
    const lead = /^[ \t>]*/.exec(lines[i])![0];
    lines[i] = lead + ' '.repeat(lines[i].length - lead.length);
    if (i > 0 && isRow(lines[i - 1])) lines[i - 1] = lines[i - 1].replace(/\|/g, ' ');
    let j = i + 1;
    for (; j < lines.length && isRow(lines[j]) && !rule.test(lines[j]); j++) lines[j] = lines[j].replace(/\|/g, ' ');
    i = j - 1;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
