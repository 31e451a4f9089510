/**
 * The titles of the wordings that replace a reason's own for one kind of bounce (greylisting, knowledge/greylisting.ts; a mail
 * loop, knowledge/mail-loops.ts; a row's own words, knowledge/row-wordings.ts). The reason stays,
 * so the page, which does not bundle the knowledge, tells these apart by the title they give:
 * its badges then agree with their steps. Kept apart so that the page imports only these.
 */
export const MAIL_LOOP_TITLE = 'Mail loop between servers';
export const MAIL_HOSTS_MISSING_TITLE = "Recipient domain's mail servers cannot be found";
export const GREYLISTED_TITLE = 'Greylisted, delayed on purpose until a retry';

/** Every such title: a reason's own words (the roll-up's) do not fit them. */
export const VARIANT_TITLES: ReadonlySet<string> = new Set([MAIL_LOOP_TITLE, MAIL_HOSTS_MISSING_TITLE, GREYLISTED_TITLE]);

/** Wordings of a reason that clears with time whose cause, here, lasts until someone fixes it. */
export const FIXED_NOT_WAITED: ReadonlySet<string> = new Set([MAIL_LOOP_TITLE]);
/** Wordings of a bad-address reason that do not judge the address. */
export const ADDRESS_NOT_JUDGED: ReadonlySet<string> = new Set([MAIL_HOSTS_MISSING_TITLE]);
