/**
 * HTML to plain text by string scanning alone (the engine has no DOM). Good enough for
 * the HTML parts of bounces: tables of recipients, paragraphs, line breaks, entities.
 * Never throws; unbalanced or broken markup degrades to text.
 */
import { WINDOWS_1252_HIGH } from './transfer-decoding.ts';

/** Elements whose content is never text. */
const SKIP_CONTENT = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'object', 'svg', 'xml']);

/** Elements that start and end on a line of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Elements that end with a blank line (paragraph-like). */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'hr']);

/** Common named character references; anything else is left as written. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', bull: '\u2022', middot: '\u00b7',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', curren: '\u00a4', sect: '\u00a7', para: '\u00b6',
  deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7', micro: '\u00b5', shy: '\u00ad',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa',
  ordm: '\u00ba', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', dagger: '\u2020', Dagger: '\u2021',
  permil: '\u2030', prime: '\u2032', Prime: '\u2033', oline: '\u203e', frasl: '\u2044', minus: '\u2212',
  Agrave: '\u00c0', Aacute: '\u00c1', Acirc: '\u00c2', Atilde: '\u00c3', Auml: '\u00c4', Aring: '\u00c5',
  AElig: '\u00c6', Ccedil: '\u00c7', Egrave: '\u00c8', Eacute: '\u00c9', Ecirc: '\u00ca', Euml: '\u00cb',
  Igrave: '\u00cc', Iacute: '\u00cd', Icirc: '\u00ce', Iuml: '\u00cf', ETH: '\u00d0', Ntilde: '\u00d1',
  Ograve: '\u00d2', Oacute: '\u00d3', Ocirc: '\u00d4', Otilde: '\u00d5', Ouml: '\u00d6', Oslash: '\u00d8',
  Ugrave: '\u00d9', Uacute: '\u00da', Ucirc: '\u00db', Uuml: '\u00dc', Yacute: '\u00dd', THORN: '\u00de',
  szlig: '\u00df', agrave: '\u00e0', aacute: '\u00e1', acirc: '\u00e2', atilde: '\u00e3', auml: '\u00e4',
  aring: '\u00e5', aelig: '\u00e6', ccedil: '\u00e7', egrave: '\u00e8', eacute: '\u00e9', ecirc: '\u00ea',
  euml: '\u00eb', igrave: '\u00ec', iacute: '\u00ed', icirc: '\u00ee', iuml: '\u00ef', eth: '\u00f0',
  ntilde: '\u00f1', ograve: '\u00f2', oacute: '\u00f3', ocirc: '\u00f4', otilde: '\u00f5', ouml: '\u00f6',
  oslash: '\u00f8', ugrave: '\u00f9', uacute: '\u00fa', ucirc: '\u00fb', uuml: '\u00fc', yacute: '\u00fd',
  thorn: '\u00fe', yuml: '\u00ff', OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161',
  Yuml: '\u0178', fnof: '\u0192', circ: '\u02c6', tilde: '\u02dc',
};

function codePointText(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  if (cp >= 0x80 && cp <= 0x9f) return WINDOWS_1252_HIGH[cp - 0x80]; // as browsers read &#128; and friends
  return String.fromCodePoint(cp);
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Decodes numeric references and the common named ones; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return codePointText(parseInt(dec, 10));
    if (hex !== undefined) return codePointText(parseInt(hex, 16));
    const named = ENTITIES[name as string] ?? ENTITIES[(name as string).toLowerCase()];
    if (named !== undefined && (whole.endsWith(';') || name!.length <= 4)) return named;
    return whole;
  });
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

// Breaks that tags produce are written as marker chars and become real line breaks only
// after the text's own whitespace is collapsed, so they survive the collapse. Inside <pre>
// blanks and line breaks are marked too, to be kept as written. (Should the input itself
// hold one of these control chars, it only turns into a line break or a blank.)
const M_LINE = '\u0001';
const M_PARA = '\u0002';
const M_TAB = '\u0003';
const M_SPACE = '\u0004'; // a blank inside <pre>
const M_BREAK = '\u0005'; // a line break inside <pre>, or a <br>
const WHITESPACE_RUN = /[ \t\r\n\f]+/g;
/** The rest of a tag after its name, quoted attribute values included, through the '>'. */
const TAG_REST = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/**
 * Turns HTML into plain text: drops comments, scripts, styles and other non-text
 * elements, puts block elements on their own lines, turns <br> into a line break and
 * table cells into tab-separated text, decodes character references, collapses
 * whitespace (except inside <pre>) and runs of blank lines.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html.length === 0) return '';
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  let pre = 0;
  // out[last] is a block break (M_LINE or M_PARA): further breaks and blank text merge into it
  let atBreak = true;

  const block = (marker: string): void => {
    if (atBreak && out.length) {
      if (marker === M_PARA) out[out.length - 1] = M_PARA;
    } else {
      out.push(marker);
    }
    atBreak = true;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i) {
      if (pre) {
        out.push(html.slice(i, stop).replace(/\r\n|\r|\n/g, M_BREAK).replace(/[ \t]/g, M_SPACE));
        atBreak = false;
      } else {
        let k = i;
        if (atBreak) while (k < stop && isBlankCode(html.charCodeAt(k))) k++;
        if (k < stop) {
          out.push(html.slice(k, stop));
          atBreak = false;
        }
      }
    }
    if (lt < 0) break;
    // comment, doctype, CDATA, processing instruction
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const c1 = lt + 1 < n ? html.charCodeAt(lt + 1) : 0;
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      const e = html.indexOf('>', lt + 2);
      i = e < 0 ? n : e + 1;
      continue;
    }
    const closing = c1 === 47; /* / */
    let j = lt + (closing ? 2 : 1);
    const nameStart = j;
    const f = j < n ? html.charCodeAt(j) : 0;
    if (!((f >= 97 && f <= 122) || (f >= 65 && f <= 90))) {
      // a lone '<' (e.g. "a < b" or "<user@example.com>" written raw) is text
      out.push('<');
      atBreak = false;
      i = lt + 1;
      continue;
    }
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    TAG_REST.lastIndex = j;
    if (!TAG_REST.test(html)) break; // unterminated tag: the rest is not text
    const gt = TAG_REST.lastIndex - 1;
    i = gt + 1;
    if (!closing && SKIP_CONTENT.has(name)) {
      if (html.charCodeAt(gt - 1) === 47) continue; // self-closed
      const close = indexOfCloseTag(html, name, i);
      i = close < 0 ? n : close;
      continue;
    }
    if (name === 'br') {
      out.push(M_BREAK);
      atBreak = false;
    } else if (name === 'td' || name === 'th') {
      if (!closing) {
        out.push(M_TAB);
        atBreak = false;
      }
    } else if (name === 'img') {
      // An image shows a picture, never its alt text: a notice's alt texts label icons ("Error
      // Icon", "Warning": Gmail's and AOL's notices, as observed), and words only an image's alt
      // holds are no sentence of the notice to read a cause from (a mail client shows the picture).
      out.push(' ');
    } else if (BLOCK.has(name)) {
      if (name === 'pre') pre = closing ? Math.max(0, pre - 1) : pre + 1;
      block(PARAGRAPH.has(name) ? M_PARA : M_LINE);
    }
  }
  const joined = out
    .join('')
    .replace(WHITESPACE_RUN, ' ')
    .replaceAll(M_LINE, '\n')
    .replaceAll(M_PARA, '\n\n')
    .replaceAll(M_TAB, '\t')
    .replaceAll(M_SPACE, ' ')
    .replaceAll(M_BREAK, '\n');
  return tidy(decodeEntities(joined));
}

/** The closing tag of each element in SKIP_CONTENT, any case: made once, not at each use. */
const CLOSE_TAGS = new Map([...SKIP_CONTENT].map((name) => [name, new RegExp(`</${name}\\s*>`, 'ig')]));

/** Index of `</name` (any case) from `from`, skipping to after its '>'; -1 when missing. `name` is one of SKIP_CONTENT. */
function indexOfCloseTag(html: string, name: string, from: number): number {
  const re = CLOSE_TAGS.get(name)!;
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : -1;
}

/** Trims each line, turns no-break spaces into spaces, and keeps at most one blank line in a row. */
function tidy(s: string): string {
  const lines = (s.indexOf('\u00a0') >= 0 ? s.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ') : s).split('\n');
  const kept: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    const line = trimBlank(raw);
    if (line === '') {
      blank++;
      continue;
    }
    if (kept.length && blank) kept.push('');
    blank = 0;
    kept.push(line);
  }
  return kept.join('\n');
}

function trimBlank(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlankCode(s.charCodeAt(a))) a++;
  while (b > a && isBlankCode(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
