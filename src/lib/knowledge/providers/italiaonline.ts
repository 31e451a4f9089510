/**
 * Italiaonline (libero.it, virgilio.it, inwind.it, iol.it, blu.it, giallo.it). Its replies
 * name an internal host and a code in brackets, "[smtp-41.iol.local; LIB_420]" (VIR_ for
 * Virgilio). "550 Invalid Domain" refuses a domain of the sender (the envelope sender, the
 * HELO name, or the From domain failing DMARC alignment): the recipient's domain cannot be
 * the invalid one, Italiaonline's own server answered for it (suped.com, "What causes a 550
 * Invalid Domain error from Virgilio and Libero", with Libero's error help,
 * aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email). Replies
 * below use reserved names.
 */
import type { Provider } from './types.ts';

const HELP = 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email';

export const italiaonline: Provider = {
  id: 'italiaonline',
  label: 'Italiaonline (Libero, Virgilio)',
  hosts: ['libero.it', 'virgilio.it', 'iol.it', 'inwind.it', 'blu.it', 'giallo.it'],
  markers: ['iol.local'],
  code: /\b(?:lib|vir|iol)_(\d{3})\b/,
  reference: HELP,
  rules: [
    // 550 Invalid Domain [smtp-41.iol.local; LIB_420]. Linked to Italiaonline's own error help
    // (suped.com, the source of the reading above, is a third party's page).
    { id: 'provider.italiaonline.invalid-domain', contains: ['invalid domain'], reason: 'rejected', note: 'Italiaonline refused a domain of yours (envelope sender, HELO name, or a From domain that fails DMARC alignment), not the recipient\'s: authenticate the From domain (SPF and DKIM aligned) and check the sending server\'s names', docs: HELP },
    // 550 smtp-13.iol.local smtp-13.iol.local IP blacklisted by CSI. For remediation please use
    // http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 [smtp-13.iol.local; LIB_102]
    { id: 'provider.italiaonline.csi', contains: ['blacklisted by csi'], reason: 'blocked', note: 'Italiaonline: your sending IP is on Cloudmark CSI; request a reset at csi.cloudmark.com', docs: 'https://csi.cloudmark.com/' },
  ],
};
