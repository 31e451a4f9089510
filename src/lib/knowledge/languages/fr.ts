/**
 * French: Microsoft 365 / Exchange / Outlook non-delivery reports in French, Gmail's French
 * notices, Orange, Free, SFR, La Poste and Domino's French directory wording.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in French): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
// lang20: the exact wording of real localised notices and help pages.
const REAL20_G20 = "Gmail \"Limites d'envoi et de réception des messages\" (answer 22839, hl=fr) and Workspace \"Limites d'envoi Gmail\" (answer 166852, hl=fr): the error texts";
const REAL20_D20 = "Sisimai Lhost/Domino: the French Domino router's \"non répertorié dans l'annuaire Domino\"";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in French (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in French (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "a été lu le …", "a été supprimé sans avoir été lu le …")';
const TB_RECEIPT = 'Thunderbird\'s return receipt in French (the text part of its MDN, Thunderbird\'s msgmdn strings: "This is a Return Receipt for the mail that you sent to …", translated)';

const OUTLOOK = 'Outlook / Exchange 2003 notice in French ("Certains destinataires n\'ont pas reçu votre message")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in French ("Votre message à … n\'a pas pu être remis" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in French ("Non remis :", "La remise aux destinataires ou groupes suivants a échoué", and the per-code explanations)';
const GMAIL = 'Gmail, French notices and help page (support.google.com/mail/answer/6596?hl=fr)';
const ORANGE = 'Orange / Wanadoo / La Poste SMTP replies, bilingual, without accents (Sisimai Rhost/FrancePTT.pm) ("Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416", "Boite du destinataire pleine. Recipient mailbox full. OFR_417")';
const DOMINO = 'HCL/IBM Domino router, French translation of "not listed in Domino Directory"';
const OBS = 'Observed wording of French providers\' SMTP replies and notices (Free, SFR, La Poste, OVH)';
const PLAIN = 'Plain French wording of the cause, where no provider\'s own text was found ("Trop de destinataires", "Virus détecté", "le compte du destinataire a été suspendu")';
const R22_SENDER_UNKNOWN = 'Postfix "Sender address rejected: Domain not found" / RFC 3463 5.1.7-5.1.8 (a bad sender address) in plain French (lang22 round): the sender\'s address or its domain unknown, the adjective before the noun ("expéditeur inconnu"): the sender refused, not the recipient\'s address';
const R22_CLOSED = 'Plain French wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain French wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("du destinataire a été archivée"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in French (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in French ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in French), and the same warning of providers\' webmail';

const CLIENT = "Outlook's French message header labels (De / Envoyé / À / Objet), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in French: "règles de boîte de réception"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s French documentation ("règles de flux de messagerie (règles de transport)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in French): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in French (Exchange\'s own string table, uitranslation.com fr-fr): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in French: a policy on content, not a virus';
const R21_CONN = 'Plain French wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain French wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in French), qmail\'s "This message is looping": the plain words for it in French';
const R21_PLAIN = 'Plain French wording of the cause (lang21 round), where no provider\'s own text was found';

// lang23: the sending host's own faults and a group's allow list, in French.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain French (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in French (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in French (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain French (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in French (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in French ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const fr: LanguageWording = {
  code: 'fr',
  name: 'French',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'pas d\'enregistrement PTR', 'DNS inverse', 'résolution inverse'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Espace de stockage insuffisant sur le serveur', 'stockage système insuffisant', 'disque du serveur est plein'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'surchargé'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'adresse électronique du destinataire a changé', 'adresse du destinataire a changé'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'accepte uniquement les messages', 'liste d\'expéditeurs autorisés'),
      ...from(R21_RULES, 'règle de filtrage', 'règle de boîte de réception', 'filtre du destinataire', 'règle définie par le destinataire', 'règle du destinataire'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R29_TLS, 'impossible d\'établir une connexion sécurisée', 'impossible d\'établir une connexion', 'échec de la négociation TLS'),
      ...from(R21_LOOP, 'boucle de messagerie', 'boucle de courrier', 'boucle de routage', 'trop de sauts'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'nombre de sauts dépassé'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'échec de la connexion', 'serveur de messagerie du destinataire est injoignable', 'serveur injoignable', 'délai de connexion dépassé'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'adresse électronique introuvable', 'adresse e-mail introuvable'),
      ...from(HEADING, 'destinataires suivants sont inconnus', 'destinataires sont inconnus', 'adresses suivantes sont inconnues', 'adresses sont inconnues', 'destinataires suivants n\'existent pas', 'adresses suivantes n\'existent pas', 'destinataires n\'existent pas'),
      ...from(REAL20_D20, 'non répertorié dans l\'annuaire Domino'),
      // No mailbox matches the address ("Aucune boîte aux lettres ne correspond à cette adresse").
      ...from(PLAIN, 'Aucune boîte aux lettres ne correspond'),
      // "Ce destinataire est inconnu sur ce serveur" (the adjective after "est").
      ...from(PLAIN, 'destinataire est inconnu', 'est inconnu sur ce serveur'),
      ...from(OBS, 'boîte inconnue', 'adresse e-mail invalide'),
      ...from(OBS, 'Adresse invalide', 'adresse non valide', 'destinataire inexistant'),
      ...from(GMAIL, 'Adresse introuvable'),
      ...from(ORANGE, "Adresse d'au moins un destinataire invalide"),
      ...from(M365, 'Destinataire introuvable', 'est introuvable', 'Le destinataire est introuvable'),
      ...from(EXCH, "L'adresse de messagerie que vous avez entrée est introuvable",
        "L'adresse e-mail que vous avez entrée est introuvable", "n'existe plus",
        "La boîte aux lettres n'existe pas"),
      ...from(ORANGE, 'Adresse d au moins un destinataire invalide', 'destinataire invalide'),
      ...from(GMAIL, "Le compte de messagerie que vous avez tenté de joindre n'existe pas", "n'existe pas"),
      ...from(DOMINO, "n'est pas répertorié dans l'annuaire", "ne figure pas dans l'annuaire"),
      ...from(OBS, 'utilisateur inconnu', 'destinataire inconnu', 'adresse inconnue',
        'adresse destinataire invalide', 'boîte aux lettres inexistante', 'boite aux lettres inexistante',
        'compte inexistant', 'adresse inexistante', "cette adresse n'existe pas", 'utilisateur inexistant'),
      ...from(OBS, 'email inexistant', 'e-mail inexistant', 'adresse email inexistante', 'adresse e-mail inexistante', 'destinataire est invalide'),
      ...from(PLAIN, "aucune boîte aux lettres n'existe"),
      ...from(ORANGE, 'adresse n existe pas', 'destinataire n existe pas'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'ne correspond à aucun compte', 'ne correspond à aucune boîte aux lettres'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'a atteint son quota', 'atteint son quota'),
      // A saturated mailbox ("Boîte aux lettres du destinataire saturée").
      ...from(PLAIN, 'lettres du destinataire saturée', 'messagerie saturée'),
      ...from(OBS, 'boîte de réception saturée', 'boîte saturée', 'boite saturee', 'espace insuffisant'),
      ...from(EXCH, 'La boîte aux lettres du destinataire est pleine',
        'boîte aux lettres du destinataire est pleine', 'ne peut pas accepter de messages pour le moment'),
      ...from(ORANGE, 'Boite du destinataire pleine', 'Boîte du destinataire pleine'),
      ...from(GMAIL, 'La boîte de réception du destinataire est pleine', "n'a plus d'espace de stockage",
        'espace de stockage'),
      ...from(OBS, 'boîte pleine', 'boite pleine', 'boîte aux lettres pleine', 'boite aux lettres pleine',
        'quota dépassé', 'quota depasse', 'quota atteint', 'dépassement de quota', 'boîte mail pleine',
        'boîte de réception pleine'),
      ...from(OBS, 'boîte mail de votre destinataire est pleine', 'est pleine'),
      ...from(PLAIN, 'quota de stockage', 'dépassé son quota', 'dépassé le quota'),
      ...from(PLAIN, "n'a plus de place"),
      ...from(PLAIN, 'boîte aux lettres saturée'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'du destinataire a été archivée', 'du destinataire est archivée'),
      ...from(R22_CLOSED, 'boîte aux lettres est en lecture seule', 'boîte aux lettres en lecture seule', 'boîte aux lettres archivée', 'boîte aux lettres a été archivée', 'le compte a expiré', 'compte expiré', 'pour défaut de paiement', 'pour non-paiement'),
      ...from(R21_PLAIN, 'fermé pour cause d\'inactivité', 'pour cause d\'inactivité'),
      ...from(R21_PLAIN, 'compte du destinataire est inactif', 'compte est inactif'),
      ...from(ORANGE, 'Boite du destinataire archivee', 'Boîte du destinataire archivée',
        'Le compte du destinataire est bloque', 'Le compte du destinataire est bloqué'),
      ...from(EXCH, 'La boîte aux lettres est désactivée', 'boîte aux lettres désactivée'),
      ...from(OBS, 'compte désactivé', 'compte desactive', 'compte suspendu', 'boîte désactivée',
        'compte bloqué', 'compte inactif', 'compte fermé'),
      ...from(ORANGE, 'compte du destinataire est désactivé', 'est désactivé', 'a été désactivé'),
      ...from(PLAIN, 'a été suspendu', 'est suspendu'),
      ...from(PLAIN, 'pour inactivité'),
      ...from(PLAIN, "n'est plus actif"),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'aucun serveur de messagerie trouvé', 'aucun serveur de messagerie pour'),
      ...from(EXCH, "Le domaine n'existe pas", 'domaine introuvable', 'nom de domaine introuvable'),
      ...from(OBS, 'domaine inconnu', 'domaine inexistant', "domaine n'existe pas", 'hôte inconnu',
        'hôte introuvable'),
      ...from(ORANGE, "domaine du destinataire n'existe pas", 'domaine du destinataire est introuvable'),
      // The apostrophe dropped, as Orange's and other servers' ASCII replies write it ("Adresse d au moins un destinataire invalide").
      ...from(ORANGE, 'domaine n existe pas'),
    ],
    mesgtoobig: [
      ...from(R21_PLAIN, 'pièce jointe est trop volumineuse', 'pièce jointe trop volumineuse'),
      ...from(ORANGE, 'Taille limite du message atteinte'),
      ...from(EXCH, 'Le message est trop volumineux', 'dépasse la taille maximale',
        'taille du message dépasse', 'taille maximale autorisée'),
      ...from(OBS, 'message trop volumineux', 'trop volumineux', 'message trop gros',
        'taille trop importante'),
      ...from(PLAIN, 'taille autorisée'),
      ...from(PLAIN, 'trop volumineuses'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'score de spam', 'score spam'),
      ...from(GMAIL, 'marqué comme spam', 'signalé comme spam'),
      ...from(OBS, 'considéré comme spam', 'détecté comme spam', 'identifié comme spam',
        'courrier indésirable', 'pourriel', 'suspicion de spam'),
      ...from(PLAIN, 'filtre antispam du destinataire'),
      ...from(PLAIN, 'comme indésirable'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Hôte client refusé', 'trouver votre nom d\'hôte', 'nom d\'hôte de votre serveur'),
      ...from(R23_HELO, 'Commande HELO refusée', 'Commande EHLO refusée', 'HELO refusé'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'dans le HELO', 'nom HELO'),
      ...from(ORANGE, 'Adresse IP source bloquee', 'Adresse IP source bloquée',
        'bloquee pour incident de spam'),
      ...from(OBS, 'adresse IP bloquée', 'liste noire', 'serveur bloqué', 'IP bloquée',
        'mauvaise réputation'),
      ...from(PLAIN, 'liste de blocage'),
    ],
    rejected: [
      ...from(R22_SENDER_UNKNOWN, 'expéditeur inconnu'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'rejeté par le modérateur', 'refusé par le modérateur'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, "n'accepte pas les messages de votre adresse", "n'accepte aucun message de votre adresse"),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'a bloqué votre adresse', 'a bloqué ton adresse'),
      ...from(ORANGE, 'Emetteur invalide', 'Émetteur invalide'),
      ...from(OBS, 'expéditeur refusé', 'expéditeur rejeté', 'expéditeur bloqué', 'expéditeur invalide',
        'adresse expéditeur invalide', "domaine de l'expéditeur"),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'n\'êtes pas autorisé à envoyer un message à ce destinataire', 'autorisée à écrire à ce destinataire', 'autorisé à écrire à ce destinataire', 'autorisé à envoyer à ce destinataire', 'autorisée à envoyer à ce destinataire'),
      ...from(R21_BANNED, 'pièces jointes de type', 'type de pièce jointe'),
      ...from(R21_TRANSPORT, 'règle de transport', 'règle de flux de messagerie'),
      ...from(EXCH, "Vous n'avez pas l'autorisation d'envoyer", "n'êtes pas autorisé à envoyer",
        'en raison de la stratégie', 'stratégie de sécurité'),
      ...from(OBS, 'politique de sécurité', 'pièce jointe interdite', 'contraire à la politique',
        'règles de sécurité'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'pièces jointes de ce type ne sont pas autorisées', 'pièce jointe non autorisée', 'contenu interdit', 'contenu non autorisé'),
    ],
    norelaying: [
      ...from(R21_PLAIN, 'utiliser ce serveur comme relais', 'pas autorisé à relayer'),
      ...from(OBS, 'accès relais refusé', "n'est pas autorisé à relayer", 'relais refusé', 'relais interdit',
        'relais non autorisé', 'relayage refusé'),
      ...from(PLAIN, "n'accepte pas de relayer"),
    ],
    virusdetected: [
      ...from(PLAIN, 'virus détecté', 'contient un virus', 'logiciel malveillant', 'infecté'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'destinataires par message'),
      ...from(REAL20_G20, 'nombre maximal de destinataires'),
      ...from(PLAIN, 'trop de destinataires', 'trop de connexions simultanées'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'quota d\'envoi'),
      ...from(REAL20_G20, 'limite d\'envoi d\'e-mails', 'limites d\'envoi Gmail', 'limites relatives à l\'envoi', 'à un rythme qui empêche'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'trop rapidement', 'cadence d\'envoi'),
      ...from(PLAIN, 'trop de messages', 'trop de mails', "trop d'envois", "limite d'envoi"),
    ],
    expired: [
      ...from(R21_PLAIN, 'abandon après', 'abandonnée après'),
      ...from(R21_PLAIN, 'séjour en file d\'attente dépassée', 'durée maximale en file d\'attente dépassée'),
      // "n'a toujours pas pu être remis après 5 jours et a été supprimé" (given up, the message deleted).
      ...from(PLAIN, 'et a été supprimé'),
      // "La distribution a été abandonnée après 5 jours de tentatives" (as "remise abandonnée"; es "días de intentos").
      ...from(PLAIN, 'distribution a été abandonnée', 'distribution abandonnée', 'jours de tentatives'),
      ...from(OBS, 'délai de remise expiré', 'durée de vie du message dépassée'),
      ...from(EXCH, "n'a pas pu être remis dans le délai", 'délai de remise dépassé', 'Le message a expiré'),
      ...from(OBS, 'délai expiré', 'abandon de la remise', "trop longtemps dans la file d'attente"),
      ...from(OBS, 'délai de remise a expiré', 'délai de distribution expiré', 'délai de distribution a expiré'),
      ...from(PLAIN, 'remise a été abandonnée', 'remise abandonnée'),
    ],
    authfailure: [
      // The sender's server not allowed by the domain's SPF record, in a notice's plain words ("l'expéditeur n'est pas autorisé par l'enregistrement SPF du domaine …").
      ...from(PLAIN, "n'est pas autorisé par l'enregistrement SPF", 'enregistrement SPF'),
      ...from(OBS, 'échec SPF', 'vérification SPF', "échec de l'authentification", 'authentification SPF', 'signature DKIM invalide'),
    ],
  },
  broad: ['espace de stockage', 'est pleine', 'Adresse invalide', 'adresse non valide'],
  failed: [
    // lang27: the heading of a one-line failure ("Échec de la remise pour <addr> : …"), as Postfix's and Exim's one-line log forms put it before the address.
    ...from(PLAIN, 'Échec de la remise', 'Échec de remise'),
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in French (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'boîte aux lettres temporairement indisponible'),
    // lang21: a mailbox "not available" states no cause (Outlook.com fr-fr help ("Boîte aux lettres indisponible": often the same cause as a mailbox not found, at other times a passing problem with the account)): a failure whose cause the words do not settle, never a removal.
    ...from('Outlook.com fr-fr help ("Boîte aux lettres indisponible": often the same cause as a mailbox not found, at other times a passing problem with the account)', 'boîte aux lettres indisponible', 'boîte aux lettres non disponible'),
    ...from(REAL20_G20, 'Impossible de distribuer les messages que vous avez envoyés'),
    // A short notice's sentence that the recipient's server refused the message, no cause named (as in the other languages).
    ...from(PLAIN, 'refusé par le serveur du destinataire', 'rejeté par le serveur du destinataire', 'refusé par le serveur distant'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Message bloqué'),
    ...from(OUTLOOK, "Certains destinataires n'ont pas reçu votre message",
      "Votre message n'a pas atteint certains ou tous les destinataires",
      'Échec de la remise pour ces destinataires ou groupes',
      "Microsoft Exchange n'essaiera pas de remettre ce message"),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'La remise à ces destinataires ou groupes a échoué'),
    ...from(EXCH, 'Non remis', 'La remise aux destinataires ou groupes suivants a échoué',
      "Votre message n'a pas pu être remis", "n'a pas pu être remis",
      'Informations de diagnostic pour les administrateurs', "n'ont pas reçu votre message"),
    ...from(M365, "n'a pas pu être distribué", 'échec de remise', 'non distribuable'),
    ...from(GMAIL, 'Adresse introuvable', "Votre message n'a pas été distribué", "n'a pas été remis"),
    ...from(OBS, 'non distribué', 'échec de la distribution', 'échec de livraison', 'impossible de remettre',
      'impossible de délivrer', 'message non délivré', "n'a pas pu être délivré", "retour à l'expéditeur",
      'Ce message a été créé automatiquement'),
    ...from(PLAIN, "n'a pas été distribué"),
  ],
  listLead: [
    ...from(DOMINO, "n'a pas été remis à"),
    ...from(OUTLOOK, "Impossible d'atteindre les destinataires suivants",
      'Échec de la remise pour ces destinataires ou groupes'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'La remise à ces destinataires ou groupes a échoué'),
    ...from(EXCH, 'La remise aux destinataires ou groupes suivants a échoué', 'destinataires suivants',
      'aux destinataires suivants'),
    ...from(OBS, 'adresses suivantes', 'destinataire(s) suivant(s)'),
  ],
  delayed: [
    // "le message … est toujours en file d'attente et sera renvoyé" (still queued, to be sent again).
    ...from(PLAIN, "toujours en file d'attente", 'sera renvoyé'),
    // A short delay sentence: the delivery "est retardée", "une nouvelle tentative aura lieu" (a new attempt will take place).
    ...from(PLAIN, 'est retardée', 'nouvelle tentative aura lieu', 'nouvelles tentatives auront lieu'),
    ...from(EXCH, 'sera tentée de nouveau', "continuera d'essayer", 'Remise retardée',
      'La remise aux destinataires ou groupes suivants est retardée', "n'a pas encore été remis",
      'pas encore été remis'),
    ...from(OBS, 'Ceci est un simple avertissement', "Il s'agit d'un avertissement",
      "vous n'avez pas besoin de renvoyer", 'sera réessayé', 'continuera à essayer', 'remise différée'),
    ...from(GMAIL, 'Un problème temporaire est survenu', 'effectuera de nouvelles tentatives'),
    ...from(PLAIN, 'réessaiera', 'pas encore pu être remis'),
    ...from(PLAIN, 'pas encore été distribué', 'nouvelle tentative plus tard'),
    // "Votre message n'a pas encore pu être distribué à <…>. Une nouvelle tentative sera effectuée."
    ...from(PLAIN, 'pas encore pu être distribué', 'nouvelle tentative sera effectuée'),
    ...from(EXCH, 'La remise à ces destinataires ou groupes est différée'),
    ...from(PLAIN, 'remise de votre message est différée', "Nous continuons d'essayer", 'pas besoin de le renvoyer'),
  ],
  recipientBefore: [
    // "le message pour <addr> …" (the message for).
    ...from(PLAIN, 'le message pour'),
    // "The delivery to <addr>" before the address, in a short delay or failure sentence (as German "Zustellung an").
    ...from(PLAIN, 'remise à', 'remise de votre message à'),
    // "Votre message n'a pas pu être délivré à <addr> : …" (Free's and Orange's notices say "délivré" where Microsoft says "remis").
    ...from(OBS, 'délivré à'),
    // A help desk's or a person's retelling of the notice ("your email to <addr> came back because …"): the everyday word for the email before the address.
    ...from(PLAIN, 'Votre courriel à', 'Votre e-mail à', 'Votre mail à', 'Ton message à', 'Ton courriel à'),
    ...from(GMAIL, "n'a pas été distribué à", 'distribué à'),
    ...from(M365, 'Votre message à', 'Votre message pour', 'destinataire', 'Adresse du destinataire',
      'remis à'),
    ...from(PLAIN, 'destiné à', 'destinée à'),
  ],
  recipientAfter: [
    ...from(OBS, 'a été refusé', 'a été rejeté'),
  ],
  toLabel: [...from(CLIENT, 'À')],
  clientFrom: [...from(CLIENT, 'De')],
  clientSent: [...from(CLIENT, 'Envoyé')],
  returnedStart: [
    ...from(EXCH, "En-têtes de message d'origine", "En-têtes du message d'origine", "Message d'origine",
      'Message original'),
  ],
  reasonLead: [
    ...from(OBS, 'Raison', 'Motif', 'parce que', 'Erreur'),
  ],
  errorLabel: [...from(OBS, 'Erreur', 'Erreur du serveur', "Code d'erreur")],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'erreur temporaire', 'échec temporaire', 'problème temporaire', 'temporairement', 'refus temporaire')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'causes possibles', 'raisons possibles', 'cause possible'), ...from(HEDGE32, 'peut-être', 'probablement', 'il est possible que', 'éventuellement')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Conseil', 'Astuce', 'Vérifiez', 'Veuillez vérifier', 'Pour plus d\'informations', 'Contactez')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in French (lang21 round): a check that found nothing', 'aucun virus détecté', 'aucun virus trouvé', 'aucun virus', 'contrôle antispam : réussi', 'contrôle antispam: réussi', 'pas un spam')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in French, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Votre boîte aux lettres est presque pleine', 'Votre boîte de réception est presque pleine', 'Votre boîte mail est presque pleine', 'Votre messagerie est presque pleine', 'Votre boîte aux lettres est pleine')],
  // Exchange's delivery and relay notifications in French: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Votre message a été remis aux destinataires suivants', 'La remise à ces destinataires ou groupes est terminée')],
  // Outlook's read receipt in French (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Votre message'),
    subject: from(RECEIPT, 'Objet'),
    read: from(RECEIPT, 'a été lu le'),
    deleted: from(RECEIPT, 'a été supprimé sans avoir été lu'),
    statement: from(TB_RECEIPT, 'Ceci est un accusé de réception … envoyé à'),
  },
  listRemoved: [...from(LIST32, 'désabonnée de la liste', 'désabonné de la liste', 'avez été désabonné', 'votre abonnement à la liste')],
};
