/**
 * Orange (orange.fr, wanadoo.fr; servers smtp-in.orange.fr, "mwinfNNNN ME") and La Poste
 * (laposte.net; smtpz4.laposte.net), the French operators' mail services. Their replies are
 * bilingual, French first, and end with a code of their own: "OFR_416 [416]" or
 * "OFR005_505 [505]" at Orange, "LPN007_416" at La Poste. The last three digits are the
 * reason; the prefix digits say which check refused. The code table below follows the
 * codes seen in real replies as collected by Sisimai (lib/Sisimai/Rhost/FrancePTT.pm and
 * go-sisimai rhost/for-franceptt.go, BSD-2) and the operators' own wording; replies below
 * use reserved names. Codes whose wording says only "Service refused, please try later"
 * (105, 108, 109, 201, 423, 424, 513) are named but left unsure: the words say nothing more. Orange
 * now publishes its table at https://postmaster.orange.fr .
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://postmaster.orange.fr';

export const orange: Provider = {
  id: 'orange',
  label: 'Orange / La Poste',
  hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'laposte.fr'],
  markers: ['ofr_', 'ofr0', 'lpn0', 'lpn1', 'lpn4', 'lpnaaa', 'ouk_', ' mwinf'],
  code: /\b(?:ofr|lpn|ouk)(?:[0-9a-z]{0,3}[_-])?(\d{3})\b/,
  reference: POSTMASTER,
  rules: [
    // 550 5.7.1 Service unavailable; client [192.0.2.1] blocked using Spamhaus ... https://www.spamhaus.org/lookup/ LPNAAA_101
    { id: 'provider.orange.101', code: '101', contains: [], reason: 'blocked', note: 'La Poste: your IP is on a Spamhaus list', docs: POSTMASTER },
    // 550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for
    // spamming issues. OFR006_102 Ref http://csi.cloudmark.com ... / La Poste LPN007_102 (SenderScore)
    { id: 'provider.orange.102', code: '102', contains: [], reason: 'blocked', note: 'Orange / La Poste blocked your IP for spam (a Cloudmark or SenderScore listing)', docs: POSTMASTER },
    // 550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]
    { id: 'provider.orange.103', code: '103', contains: [], reason: 'blocked', note: 'Orange refuses connections from your IP for now', docs: POSTMASTER },
    // 421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]
    { id: 'provider.orange.104', code: '104', contains: [], reason: 'toomanyconn', note: 'Orange / La Poste: too many connections from your IP; slow down', docs: POSTMASTER },
    // 107: the sending IP's PTR record does not point back to it (forward-confirmed reverse DNS);
    // listed with 535 (a message without a DKIM signature) in the error table of
    // https://postmaster.orange.fr , which requires SPF, DKIM and DMARC to pass.
    { id: 'provider.orange.107', code: '107', contains: [], reason: 'requireptr', note: "Orange: the sending IP's reverse DNS (PTR) does not match its host name", docs: POSTMASTER },
    { id: 'provider.orange.535', code: '535', contains: [], reason: 'authfailure', note: 'Orange: the message has no valid DKIM signature; Orange requires SPF, DKIM and DMARC to pass', docs: POSTMASTER },
    // 550 5.7.0 Code d'authentification invalide OFR_305
    { id: 'provider.orange.305', code: '305', contains: [], reason: 'securityerror', owner: 'sender', note: 'Orange: the login used to send was refused', docs: POSTMASTER },
    // 550 5.5.0 SPF: 192.0.2.1 is not allowed to send mail. LPN004_401
    { id: 'provider.orange.401', code: '401', contains: [], reason: 'authfailure', note: "La Poste / Orange: the sending IP is not allowed by the sender domain's SPF record", docs: POSTMASTER },
    // 550 5.5.0 Authentification requise. Authentication Required. LPN105_402
    { id: 'provider.orange.402', code: '402', contains: [], reason: 'securityerror', owner: 'sender', note: 'La Poste: you must log in to send', docs: POSTMASTER },
    // 501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] / LPN105_405 / OFR_415
    { id: 'provider.orange.invalid-sender', code: ['403', '405', '415'], contains: [], reason: 'rejected', note: 'Orange / La Poste refused the envelope sender as invalid', docs: POSTMASTER },
    // 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]
    // 550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416
    { id: 'provider.orange.invalid-recipient', code: ['416', '418'], contains: [], reason: 'userunknown', note: 'Orange / La Poste: the recipient address does not exist', docs: POSTMASTER },
    // 552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]
    { id: 'provider.orange.417', code: '417', contains: [], reason: 'mailboxfull', note: "Orange / La Poste: the recipient's mailbox is full", docs: POSTMASTER },
    // 550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420
    // 550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426
    { id: 'provider.orange.recipient-closed', code: ['420', '426'], contains: [], reason: 'suspend', note: "La Poste / Orange: the recipient's account is archived or blocked", docs: POSTMASTER },
    // 553 5.5.3 Mail from not owned by user. LPN105_421
    { id: 'provider.orange.421', code: '421', contains: [], reason: 'rejected', owner: 'sender', note: 'La Poste: you may only send from an address your account owns', docs: POSTMASTER },
    // 421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]
    { id: 'provider.orange.505', code: '505', contains: [], reason: 'systemerror', note: 'Orange / La Poste could not take the message now; the sending server retries', docs: POSTMASTER },
    // 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506] (after the content: Orange's filter)
    { id: 'provider.orange.506', code: '506', contains: [], reason: 'spamdetected', note: "Orange's filter refused the content as spam", docs: POSTMASTER },
    // 550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510
    { id: 'provider.orange.510', code: '510', contains: [], reason: 'blocked', note: 'La Poste refuses mail from your IP', docs: POSTMASTER },
    // 552 ... Taille limite du message atteinte ... 514
    { id: 'provider.orange.514', code: '514', contains: [], reason: 'mesgtoobig', note: 'Orange / La Poste: the message is over the size limit', docs: POSTMASTER },
    // 571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517
    { id: 'provider.orange.517', code: '517', contains: [], reason: 'authfailure', note: "La Poste: the message failed the From domain's DMARC policy", docs: POSTMASTER },
    // 554 5.7.1 <host.example.net[192.0.2.1]:49309>: Client host rejected: #216 lpn LPN000_630
    { id: 'provider.orange.630', code: '630', contains: [], reason: 'policyviolation', note: 'La Poste refused your server under its policy', docs: POSTMASTER },
    // 421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]
    { id: 'provider.orange.999', code: '999', contains: [], reason: 'blocked', note: 'Orange refuses connections from your IP for now', docs: POSTMASTER },
    // 421 smtp.orange.fr [192.0.2.1] Emetteur invalide, Veuillez verifier la configuration SPF/DNS
    // de votre nom de domaine. Invalid Sender. SPF check failed, please verify the SPF/DNS
    // configuration for your domain name.
    { id: 'provider.orange.spf-words', contains: ['spf/dns de votre nom de domaine', 'spf check failed'], reason: 'authfailure', note: "Orange: the sending IP is not allowed by the sender domain's SPF record", docs: POSTMASTER },
    // The codes whose meaning neither Orange's wording nor Sisimai's table settles (Sisimai
    // FrancePTT leaves them undefined): "421 4.2.0 Service refuse. Veuillez essayer plus tard.
    // LPN105_423", "550 Mail rejete. Mail rejected. OUK_513" — the service is named, the cause is
    // not, so the bare "Mail rejected" of 506 (its filter) does not decide for them.
    { id: 'provider.orange.unsettled', code: ['105', '108', '109', '201', '423', '424', '513'], contains: [], reason: 'onhold', confidence: 'low', note: 'Orange / La Poste refused with a code whose cause its table does not settle', docs: POSTMASTER },
    // Without a code: "Adresse destinataire invalide. Invalid recipient." / "Mail rejete. Mail rejected."
    { id: 'provider.orange.invalid-recipient-words', contains: ['destinataire invalide', 'invalid recipient'], reason: 'userunknown', note: 'Orange / La Poste: the recipient address does not exist', docs: POSTMASTER },
    { id: 'provider.orange.mail-rejected', contains: ['mail rejete. mail rejected'], reason: 'spamdetected', note: "Orange's filter refused the content as spam", docs: POSTMASTER },
  ],
};
