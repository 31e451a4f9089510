/**
 * Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net), the French operators'
 * mail services. Their replies are bilingual, French first, and end with a code of their
 * own: "OFR_416 [416]" or "OFR005_505 [505]" at Orange, "LPN007_416" at La Poste. The
 * rules below key on the words, not on the codes, because neither operator publishes the
 * full list of codes.
 */
import type { Provider } from './types.ts';

export const orange: Provider = {
  id: 'orange',
  label: 'Orange / La Poste',
  hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'laposte.fr'],
  markers: ['ofr_', 'ofr00', 'lpn00'],
  reference: 'https://postmaster.orange.fr',
  rules: [
    // "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416" (La Poste,
    // sent after the message data, so the stage does not mean a content filter) and
    // "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"
    // (Orange); seen in bounces from both services.
    { id: 'provider.orange.invalid-recipient', contains: ['destinataire invalide', 'invalid recipient'], reason: 'userunknown', note: 'Orange / La Poste: the recipient address does not exist' },
    // "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]": Orange's content filter
    // refused the message (postmasters file it under spam or virus; seen in bounces from
    // smtp-in.orange.fr after end of DATA).
    { id: 'provider.orange.mail-rejected', contains: ['mail rejete. mail rejected', 'ofr_506'], reason: 'spamdetected', note: "Orange's filter refused the content as spam" },
  ],
};
