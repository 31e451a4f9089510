import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'hasmoved',
  title: "Mailbox has moved, no forwarding",
  meaning: "The mailbox used to exist, but its owner has moved on and the server does not forward mail to a new address.",
  causes: [
    "The person changed jobs, school or email provider.",
    "The organisation moved to a new domain and kept no forwarding.",
    "The account was closed and the server now only reports that it has moved.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: true,
  retry: 'no',
  verdict: "The recipient has moved and the old address no longer works",
  likely: "The recipient has probably moved and the old address no longer works",
  todo: "update or remove it in your list",
  // A move is not a typo: "check the address; if it is right, remove it" reads oddly when the
  // address was right and its owner left it. Ask the person instead.
  likelyTodo: "ask the person whether they have moved; if so, update or remove the old address in your list",
  likelyFirstStep:
    "Ask the person another way whether {address} is still theirs; if they have moved, replace it with their new address or remove it from your list: the bounce points to a move but does not settle it.",
  actions: [
    "Remove {address} from your list or address book, or replace it with the person's new address.",
    "If the bounce gives a new address, confirm it with the person before you use it.",
    "Ask the person for their new address another way.",
  ],
  adminActions: [
    "Do not switch to an address quoted in a bounce automatically: bounce text can be forged.",
  ],
  adminNote:
    "Usually 550 5.1.6 or 551 'User not local; please try ...'. Do not switch to an address quoted in a bounce automatically, since bounce text can be forged.",
};
