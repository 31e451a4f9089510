/**
 * Many plain phrases as a few alternations. V8's irregexp stops optimising a pattern past
 * about 20 KB of source (`kRegExpTooLargeToOptimize`): one 30 KB alternation scans some
 * fifteen times slower than two of 15 KB. So the phrases are packed into patterns of at
 * most `maxSource` characters, all phrases that start with the same character in the same
 * pattern: at any place in a text only one of the patterns can match, and it matches the
 * longest phrase there (each pattern lists its phrases longest first), exactly as one
 * alternation of them all would.
 */

/** Escape a phrase for use inside a pattern. */
export function escapePhrase(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Patterns over `phrases` (plain text), each an alternation of at most `maxSource`
 * characters. `toSource` turns a phrase into its piece of pattern (escaped; it may let
 * spaces stand for any white space); `wrap` anchors an alternation (`^(?:…)`). With `byKey`,
 * each phrase's first character (lower-cased) is mapped to the one pattern that holds every
 * phrase starting with it: a search anchored at a text's start needs only that pattern.
 */
export function alternations(
  phrases: Iterable<string>,
  flags: string,
  toSource: (phrase: string) => string = escapePhrase,
  wrap: (body: string) => string = (body) => body,
  maxSource = 12_000,
  byKey?: Map<string, RegExp>,
): RegExp[] {
  const byFirst = new Map<string, string[]>();
  for (const p of new Set(phrases)) {
    if (!p) continue;
    const key = p[0].toLowerCase();
    const list = byFirst.get(key);
    if (list) list.push(p);
    else byFirst.set(key, [p]);
  }
  const out: RegExp[] = [];
  let chunk: string[] = [];
  let keys: string[] = [];
  let size = 0;
  const flush = () => {
    if (!chunk.length) return;
    const body = chunk.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(toSource).join('|');
    const re = new RegExp(wrap(body), flags);
    out.push(re);
    if (byKey) for (const k of keys) byKey.set(k, re);
    chunk = [];
    keys = [];
    size = 0;
  };
  for (const key of [...byFirst.keys()].sort()) {
    const group = byFirst.get(key)!;
    const groupSize = group.reduce((n, p) => n + p.length + 8, 0);
    if (size && size + groupSize > maxSource) flush();
    chunk.push(...group);
    keys.push(key);
    size += groupSize;
  }
  flush();
  return out;
}
