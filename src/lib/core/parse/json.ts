/**
 * A small JSON reader that keeps the offsets of every value in the text it reads, so that
 * what a JSON document says (an event's address, its reply) can be shown highlighted in
 * place. Depth is capped at 32; on any syntax error it gives null rather than throwing.
 */
export type Json =
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'other'; start: number; end: number }
  | { kind: 'array'; items: Json[]; start: number; end: number; cut?: true }
  | { kind: 'object'; fields: Map<string, Json>; start: number; end: number };

const RE_SPACE = /\s/;

/**
 * A small JSON reader that keeps the offsets of every value (into `text`). Null on error;
 * with `partial`, a top-level array that breaks off gives the items before the break
 * (marked `cut`).
 */
export function readJson(text: string, at: number, partial = false): { node: Json; end: number } | null {
  let i = at;
  // White space as JavaScript's \s has it (a paste may hold no-break spaces).
  const ws = (): void => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9 || ((c === 11 || c === 12 || c > 127) && RE_SPACE.test(text[i])); c = text.charCodeAt(++i));
  };
  // The next backslash at or after `i`: searched again only once passed (a text with none
  // costs one search, not one per string).
  let backslash = text.indexOf('\\', i);
  // A string is copied in runs between its escapes (one slice per run, not a character at a
  // time); the next quote and backslash are searched again only once passed, so a string
  // with many escapes still costs one pass.
  const str = (): { value: string; start: number; end: number } | null => {
    if (text.charCodeAt(i) !== 34 /* " */) return null;
    const start = ++i;
    let value = '';
    let q = text.indexOf('"', i);
    if (backslash !== -1 && backslash < i) backslash = text.indexOf('\\', i);
    let b = backslash;
    for (;;) {
      if (q === -1) return null;
      if (b === -1 || b > q) {
        value += text.slice(i, q);
        i = q;
        break;
      }
      value += text.slice(i, b);
      if (b + 1 >= text.length) return null;
      const c = text[b + 1];
      value += c === 'n' ? '\n' : c === 't' ? '\t' : c === 'u' ? String.fromCharCode(parseInt(text.slice(b + 2, b + 6), 16) || 32) : c;
      i = b + (c === 'u' ? 6 : 2);
      if (q < i) q = text.indexOf('"', i);
      b = backslash = text.indexOf('\\', i);
    }
    return { value, start, end: i++ };
  };
  const value = (depth: number): Json | null => {
    if (depth > 32) return null;
    ws();
    const start = i;
    const c = text[i];
    if (c === '"') {
      const s = str();
      return s ? { kind: 'string', ...s } : null;
    }
    if (c === '{') {
      i++;
      const fields = new Map<string, Json>();
      ws();
      if (text[i] === '}') return { kind: 'object', fields, start, end: ++i };
      for (;;) {
        ws();
        const k = str();
        if (!k) return null;
        ws();
        if (text[i++] !== ':') return null;
        const v = value(depth + 1);
        if (!v) return null;
        if (!fields.has(k.value)) fields.set(k.value, v);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') return { kind: 'object', fields, start, end: ++i };
        return null;
      }
    }
    if (c === '[') {
      i++;
      const items: Json[] = [];
      ws();
      if (text[i] === ']') return { kind: 'array', items, start, end: ++i };
      for (;;) {
        const itemStart = i;
        const v = value(depth + 1);
        // A top-level array cut short (`partial`): the items before the cut.
        if (!v) return partial && depth === 0 ? { kind: 'array', items, start, end: itemStart, cut: true } : null;
        items.push(v);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return { kind: 'array', items, start, end: ++i };
        return partial && depth === 0 ? { kind: 'array', items, start, end: i, cut: true } : null;
      }
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) return null;
    i += m[0].length;
    return { kind: 'other', start, end: i };
  };
  const node = value(0);
  return node ? { node, end: i } : null;
}

/** The value of an object's field; undefined when the node is no object or has no such field. */
export function jsonField(node: Json | undefined, name: string): Json | undefined {
  return node && node.kind === 'object' ? node.fields.get(name) : undefined;
}
