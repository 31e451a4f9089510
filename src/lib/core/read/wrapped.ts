/**
 * Hard-wrapped copies of a notice: a bounce forwarded as plain text, or sent by a client with
 * a line-length limit, has its long lines broken again at 60–76 columns, and the pieces after
 * the first start at the margin (their indentation lost):
 *
 *   <nobody@example.org>: host mx.example.org[192.0.2.1] said: 553
 *   5.1.8 <root@example.net>... Domain of sender address
 *   root@example.net does not exist (in reply to MAIL FROM command)
 *
 * The last line opens with an address, yet it opens no entry: the line above it stops in the
 * middle of a sentence, and the line does not open as the notice's entries do (`<addr>:` at
 * the entry's indentation), it goes on with the sentence's words. These helpers tell such a
 * piece from a line that opens an entry of its own, for every reader that walks entries.
 */

/**
 * Does the line end where a sentence or an entry may end: a full stop, a colon or semicolon,
 * a closing bracket or quote, "!" or "?" (or nothing at all)? A line broken in the middle of a
 * sentence ends with a word, a comma or a hyphen.
 */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  if (!t) return true;
  return /[.!?:;)\]>"'*=\u3002\uff1a\uff09-]$/.test(t) && !/[A-Za-z]-$/.test(t);
}

/** A line that opens with a bare address followed by a sentence's words ("root@example.net does not exist"). */
const RE_ADDRESS_IN_SENTENCE = /^[ \t]*[^\s<>"'()@,;:]+@[^\s<>"'(),;:]+[ \t]+[a-z]/;

/**
 * The shape of a line that opens with an address: its indentation, the character before the
 * address and what follows it (a colon, "...", a bracket, words or the end of the line).
 * Entries of one notice share it ("<a@example.org>: …", "<b@example.org>: …").
 */
export function entryShape(text: string): string {
  const m = /^([ \t]*)([<"'(]?)[^\s<>"'()@,;:]+@[^\s<>"'(),;:\uff1a]+?([>"')]?)[ \t]*(:|\uff1a|\.\.\.|\(|,|-{1,2}>?|$|)/.exec(text);
  if (!m) return '';
  return `${m[1].replace(/\t/g, '        ').length}|${m[2]}${m[3]}|${m[4]}`;
}

/**
 * Does `text`, a line that opens with an address, go on with the line above rather than open
 * an entry? Only right under a line that stops mid-sentence (`above`, null after a blank line),
 * and only when it does not open as the entry it would follow does (`entry`, the opening line
 * of the entry read so far, or null): an address that the sentence's words follow, or a line
 * shaped unlike the notice's entries.
 */
export function continuesWrapped(above: string | null, text: string, entry: string | null): boolean {
  if (above === null || endsSentence(above)) return false;
  if (entry !== null && entryShape(entry) === entryShape(text)) return false;
  if (RE_ADDRESS_IN_SENTENCE.test(text)) return true;
  return entry !== null;
}
