import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'userunknown',
  title: "Mailbox does not exist",
  meaning: "The recipient's domain is real, but it has no mailbox with this name (the part before the @).",
  causes: [
    "A typo in the name part of the address, such as jhon@ instead of john@.",
    "The person left the organisation and their account was deleted.",
    "An old or outdated address on a mailing list or in an address book.",
    "An address that was made up, guessed or collected without the person's consent.",
  ],
  owner: 'sender',
  failure: true,
  hardBounce: true,
  retry: 'no',
  verdict: "The address does not exist",
  likely: "The address probably does not exist",
  todo: "remove it from your list",
  actions: [
    "Remove {address} from your list or address book: mail sent there will never arrive.",
    "If it may be a typo (such as jhon@ for john@), correct it and resend.",
    "Ask the person for their current address another way, such as by phone or on their website.",
  ],
  adminActions: [
    "Suppress the address in your sending system after this first hard bounce: repeated sends to unknown users hurt your sending reputation.",
  ],
  adminNote:
    "Usually 550 5.1.1 in reply to RCPT TO; Microsoft 365 also says 5.1.10, or 550 5.4.1 'Recipient address rejected: Access denied', for the same thing. Suppress the address after the first such bounce: repeated sends to unknown users hurt your sending reputation.",
};
