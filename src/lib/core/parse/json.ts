/**
 * A small JSON reader that keeps the offsets of every value in the text it reads, so that
 * what a JSON document says (an event's address, its reply) can be shown highlighted in
 * place. Depth is capped at 32; on any syntax error it gives null rather than throwing.
 */
export type Json =
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'other'; start: number; end: number }
  | { kind: 'array'; items: Json[]; start: number; end: number }
  | { kind: 'object'; fields: Map<string, Json>; start: number; end: number };

/** A small JSON reader that keeps the offsets of every value (into `text`). Null on error. */
export function readJson(text: string, at: number): { node: Json; end: number } | null {
  let i = at;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const str = (): { value: string; start: number; end: number } | null => {
    if (text[i] !== '"') return null;
    const start = ++i;
    let value = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < text.length) {
        const c = text[i + 1];
        value += c === 'n' ? '\n' : c === 't' ? '\t' : c === 'u' ? String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 32) : c;
        i += c === 'u' ? 6 : 2;
        continue;
      }
      value += text[i++];
    }
    if (i >= text.length) return null;
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
        const v = value(depth + 1);
        if (!v) return null;
        items.push(v);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') return { kind: 'array', items, start, end: ++i };
        return null;
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
