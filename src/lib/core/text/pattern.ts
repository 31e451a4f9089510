/**
 * Patterns written as the words stand in a notice, read as a mail app may show them.
 */

/**
 * A pattern written with single spaces and straight apostrophes, read so that words may
 * wrap (any run of white space between them) and apostrophes may be curly: the text is
 * matched as it stands, with no copy of it made.
 */
export function words(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/ /g, '\\s+').replace(/'/g, "['\u2019]"), re.flags);
}
