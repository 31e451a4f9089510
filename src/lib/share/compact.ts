/**
 * Shorter links: a raw message carries parts that the explanation never reads — the body of
 * the returned original (its headers are read), pictures and other attachments that are not
 * text, and the HTML twin of a plain-text part. Leaving them out of a link changes nothing
 * in the Report (tests/unit/share-corpus.test.ts checks every corpus message; the share
 * dialog checks again before it uses the shorter text), keeps the returned mail's own text
 * private, and often halves the link.
 *
 * Each left-out body is replaced by one line that says what was there. Pure TypeScript.
 */
import { applyEdits, lineBreakOf, messageLayout, type Edit } from './mime-edit.ts';

export interface CompactResult {
  text: string;
  /** What was left out, in plain words ("a picture (image/png, 2.1 KB)"). */
  leftOut: string[];
}

function size(chars: number): string {
  return chars < 1024 ? `${chars} bytes` : `${(chars / 1024).toFixed(1)} KB`;
}

/** The text without the parts the explanation does not read; null when there are none. */
export function compactForLink(text: string, options: { binary?: boolean } = {}): CompactResult | null {
  let layout;
  try {
    layout = messageLayout(text, options.binary === true);
  } catch {
    return null;
  }
  // In an mbox the engine reads the messages after the first as text: leave them whole.
  if (!layout || layout.messages.length !== 1) return null;
  const message = layout.messages[0];
  const edits: Edit[] = [];
  const leftOut: string[] = [];
  const note = (start: number, end: number, what: string) => {
    const eol = lineBreakOf(text.slice(start, end));
    const body = text.slice(start, end);
    if (body.trim() === '') return;
    const description = `${what} (${size(end - start)})`;
    leftOut.push(description);
    edits.push({ start, end, text: `[Left out of this link: ${description}. The explanation does not read it.]${eol}` });
  };
  for (const body of message.returnedBodies) note(body.start, body.end, 'the text of the returned message');
  for (const leaf of message.leaves) {
    const type = leaf.part.contentType.type;
    if (leaf.inReturned) continue; // inside a returned body, already left out
    if (leaf.htmlAlternative) note(leaf.bodyStart, leaf.bodyEnd, 'the HTML version of the message text');
    else if (!type.startsWith('text/') && !type.startsWith('message/') && !type.startsWith('multipart/')) note(leaf.bodyStart, leaf.bodyEnd, `an attachment (${type})`);
  }
  if (!edits.length) return null;
  return { text: applyEdits(text, edits), leftOut };
}
