/** What a permalink carries (see permalink.ts for the encoding). */

export interface SharedView {
  /** Index of the recipient whose evidence is shown. */
  pinned?: number;
  /** In an mbox file, the index of the message explained. */
  message?: number;
}

export interface SharedInput {
  /** The text in the box. With `file.binary`, each char is one byte (U+0000–U+00FF) of a file that was not UTF-8. */
  input: string;
  /** The input came from a file: its name ("" when withheld); `binary` as above. */
  file?: { name: string; binary?: boolean };
  view?: SharedView;
}
