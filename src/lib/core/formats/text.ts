/**
 * Any other human-readable bounce: the generic reader (address-led blocks, else the
 * paragraph with the SMTP reply). Tried after every layout we know by name.
 */
import type { Format } from './types.ts';
import { fromText } from './common.ts';

export const text: Format = {
  id: 'text',
  label: 'Bounce text',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: () => true,
  parse: (input) => fromText(input),
};
