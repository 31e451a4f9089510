/** Above this many characters, a link is offered as the diagnostic parts only (and the address bar holds none). */
export const LONG_LINK = 32 * 1024;
