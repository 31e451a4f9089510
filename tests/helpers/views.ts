/** How mail views show a pasted notice: the forms the copy-form tests read it in. */

/** Every line of each paragraph joined into one, as a mail view that removes "extra" line breaks shows it. */
export const joinParagraphs = (t: string): string =>
  t
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .join('\n\n') + '\n';

/** Each line broken before 40 characters, as a phone's mail view shows it. */
export const narrow = (t: string): string =>
  t
    .split('\n')
    .flatMap((l) => {
      const out: string[] = [];
      let cur = '';
      for (const w of l.split(' ')) {
        if (cur && (cur + ' ' + w).length > 40) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out;
    })
    .join('\n');

/** A way a copy changes a visible text, by name: each case must read the same in each. */
export type CopyForm = [how: string, copy: (t: string) => string];

/** The copies every visible-text round reads its cases in. */
export const COPIES: CopyForm[] = [
  ['quoted with ">"', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['no indentation', (t) => t.split('\n').map((l) => l.trim()).join('\n')],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['paragraphs joined', joinParagraphs],
  ['a 40-column view', narrow],
];

/** COPIES and two changes of spacing: a blank line after every line, no-break spaces. */
export const COPIES_AND_SPACING: CopyForm[] = [
  COPIES[0],
  COPIES[1],
  ['a blank line between all lines', (t) => t.replace(/\n/g, '\n\n')],
  ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
  COPIES[2],
  COPIES[3],
  COPIES[4],
];
