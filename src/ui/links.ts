/**
 * Links in the engine's steps. A step is the engine's own words, but it may quote values
 * from the bounce (an address, an IP, a domain). Only https URLs that do not start inside
 * one of those quoted values become links, so that nothing pasted can put a link on the
 * page; the page builds each <a> itself (never from HTML).
 */

export type TextPiece = { text: string; href?: undefined } | { text: string; href: string };

const RE_URL = /https:\/\/[^\s<>"'`]+/g;

/** Split `text` into plain pieces and links; `quoted` are the values from the bounce it may contain. */
export function linkPieces(text: string, quoted: readonly (string | null | undefined)[] = []): TextPiece[] {
  // Where quoted values sit in the text: a URL overlapping one of them is not linked.
  const taken: [number, number][] = [];
  for (const value of quoted) {
    if (!value) continue;
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) taken.push([at, at + value.length]);
  }
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const match of text.matchAll(RE_URL)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index ?? 0;
    const end = start + url.length;
    // A URL that starts inside a quoted value came from the bounce; a value inside an
    // engine-made URL (a list's checker for the listed IP) does not make it the bounce's.
    if (url.includes('@') || taken.some(([s, e]) => s <= start && start < e)) continue;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' || parsed.username || parsed.password) continue;
    } catch {
      continue;
    }
    if (start > cursor) pieces.push({ text: text.slice(cursor, start) });
    pieces.push({ text: url, href: url });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) });
  return pieces;
}
