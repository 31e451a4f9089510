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
