/**
 * Italian: Microsoft 365 / Exchange / Outlook non-delivery reports in Italian, Gmail's
 * Italian notices, Libero, Virgilio / TIM, Aruba, Tiscali, Domino in Italian.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Italian): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
const REAL20_H = "Exchange / Microsoft 365 NDR heading as the lead's brief for round lang20 quotes localised notices pasted in public forum posts (the translation of \"Delivery has failed to these recipients or groups\"); not found verbatim in our own searches, kept beside the older translation already here";
// lang20: the exact wording of real localised notices and help pages.
const REAL20_O20 = "Outlook.com in Italian, \"Recapito non riuscito\" (windows.microsoft.com/it-it/outlook/delivery-failed): the error texts it lists";
const REAL20_G20 = "Gmail help in Italian (support.google.com/mail answer 82454 hl=it): \"Messaggio rifiutato temporaneamente\", \"Il server del destinatario non ha accettato le nostre richieste\"";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Italian (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Italian (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "è stato letto il …", "è stato eliminato senza essere letto il …")';
const TB_RECEIPT = 'Thunderbird\'s return receipt in Italian (the text part of its MDN, Thunderbird\'s msgmdn strings: "This is a Return Receipt for the mail that you sent to …", translated)';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Italian ("Il messaggio non è stato recapitato ad alcuni o a tutti i destinatari")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Italian ("Impossibile recapitare il messaggio a …" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Italian ("Non recapitabile:", "Recapito non riuscito per i seguenti destinatari o gruppi", and the per-code explanations)';
const GMAIL = 'Gmail, Italian notices and help page (support.google.com/mail/answer/6596?hl=it)';
const DOMINO = 'HCL/IBM Domino router, Italian translation of "not listed in Domino Directory"';
const OBS = 'Observed wording of Italian providers\' SMTP replies and notices (Libero, Virgilio/TIM, Aruba, Tiscali, PEC providers)';
const PLAIN = 'Plain Italian wording of the cause, where no provider\'s own text was found ("Troppe connessioni", "Virus rilevato", "la casella è stata sospesa")';
const R22_CLOSED = 'Plain Italian wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Italian wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("del destinatario è stata archiviata"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Italian (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Italian ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Italian), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Italian message header labels (Da / Inviato / A / Oggetto), as Outlook shows them above a forwarded or pasted message, and the Destinatario label of notices' failure blocks";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Italian: "regole posta in arrivo"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Italian documentation ("regole del flusso di posta (regole di trasporto)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Italian): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Italian (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Italian: a policy on content, not a virus';
const R21_CONN = 'Plain Italian wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Italian wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Italian), qmail\'s "This message is looping": the plain words for it in Italian';
const R21_PLAIN = 'Plain Italian wording of the cause (lang21 round), where no provider\'s own text was found';

// lang23: the sending host's own faults and a group's allow list, in Italian.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Italian (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Italian (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Italian (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Italian (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Italian (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Italian ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_BANNED = 'A filter that forbids a kind of attachment, the file type named (lang29 round): amavisd-new\'s BANNED notice, Exchange / Microsoft 365 attachment filtering (learn.microsoft.com "Common attachments filter in EOP"), in the language: a policy on content, not a virus';

const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const it: LanguageWording = {
  code: 'it',
  name: 'Italian',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'record PTR', 'DNS inverso', 'risoluzione inversa'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Spazio di archiviazione del sistema insufficiente', 'spazio su disco del server insufficiente', 'disco del server è pieno'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'sovraccarico'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'indirizzo di posta elettronica del destinatario è cambiato', 'indirizzo del destinatario è cambiato'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'accetta solo messaggi da', 'elenco dei mittenti consentiti'),
      ...from(R21_RULES, 'regola impostata dal destinatario', 'regola del destinatario', 'filtro del destinatario', 'regola della posta in arrivo'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R29_TLS, 'impossibile stabilire una connessione sicura', 'impossibile stabilire una connessione', 'negoziazione TLS non riuscita'),
      ...from(R21_LOOP, 'loop di posta', 'ciclo di posta', 'loop di instradamento', 'troppi passaggi'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'numero di hop superato'),
      // A DNS lookup that failed for now (lang21): a network matter, as English "DNS error".
      ...from(R21_PLAIN, 'errore DNS', 'impossibile risolvere il dominio'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'connessione al server del destinatario non riuscita', 'connessione non riuscita', 'server di posta del destinatario non è raggiungibile', 'server non raggiungibile'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'account di posta inesistente', 'account inesistente'),
      ...from(HEADING, 'destinatari sono sconosciuti', 'indirizzi sono sconosciuti', 'destinatari non esistono', 'indirizzi non esistono', 'utenti sono sconosciuti', 'utenti non esistono'),
      ...from(REAL20_O20, 'Mailbox non trovata', 'Mailbox non valida', 'Cassetta postale non trovata'),
      // No mailbox matches the address ("Nessuna casella corrisponde a questo indirizzo").
      ...from(PLAIN, 'Nessuna casella corrisponde', 'non corrisponde a nessuna casella'),
      ...from(OBS, 'casella non esistente', 'indirizzo non esistente'),
      ...from(OBS, 'Destinatario inesistente'),
      ...from(M365, 'Destinatario non trovato', 'non è stato trovato', 'non trovato in'),
      ...from(EXCH, "Impossibile trovare l'indirizzo di posta elettronica immesso",
        "L'indirizzo di posta elettronica immesso non è stato trovato", 'non esiste più'),
      ...from(GMAIL, "L'account email che hai tentato di raggiungere non esiste",
        "L'account email non esiste"),
      ...from(DOMINO, 'non è elencato nella directory', 'non presente nella directory'),
      ...from(OBS, 'utente sconosciuto', 'destinatario sconosciuto', 'utente inesistente',
        'indirizzo inesistente', 'non esiste', 'casella inesistente', 'casella di posta inesistente',
        'indirizzo non valido', 'destinatario non valido', 'utente non trovato'),
      ...from(PLAIN, 'non esiste alcuna casella'),
      // "550 Nessun utente simile in questo indirizzo" ("no such user at this address"; Sisimai
      // Reason/UserUnknown lists it).
      ...from(OBS, 'nessun utente simile'),
      ...from(PLAIN, 'email inesistente', 'e-mail inesistente'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'non corrisponde ad alcun account', 'non corrisponde a nessun account', 'non corrisponde ad alcuna casella'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'quota di archiviazione superata'),
      ...from(REAL20_O20, 'Spazio disponibile superato'),
      // "Lo spazio della casella del destinatario è esaurito" (the mailbox's space is used up).
      ...from(PLAIN, 'spazio della casella'),
      // Aruba's and other providers' notices: the recipient's mailbox "ha superato lo spazio disponibile" (has gone over the space it has).
      ...from(OBS, 'ha superato lo spazio disponibile', 'superato lo spazio disponibile'),
      ...from(OBS, 'casella satura', 'spazio insufficiente'),
      ...from(EXCH, 'La cassetta postale del destinatario è piena', 'cassetta postale piena',
        'non può accettare messaggi in questo momento'),
      ...from(GMAIL, 'La casella di posta del destinatario è piena', 'spazio di archiviazione esaurito'),
      ...from(OBS, 'casella piena', 'casella di posta piena', 'spazio esaurito', 'quota superata',
        'superato la quota', 'quota esaurita', 'limite di spazio'),
      ...from(OBS, 'è piena'),
      ...from(PLAIN, 'non ha più spazio'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'del destinatario è stata archiviata', 'del destinatario è archiviata'),
      ...from(R22_CLOSED, 'casella è in sola lettura', 'casella archiviata', 'casella è stata archiviata', 'l\'account è scaduto', 'account scaduto', 'per mancato pagamento'),
      ...from(R21_PLAIN, 'account del destinatario è inattivo', 'account inattivo', 'account è inattivo'),
      ...from(EXCH, 'La cassetta postale è disabilitata', 'cassetta postale disabilitata'),
      ...from(OBS, 'account disabilitato', 'account sospeso', 'casella disattivata', 'casella sospesa',
        'account bloccato', 'casella bloccata', 'utente disabilitato', 'account non attivo'),
      ...from(OBS, 'utente non abilitato', 'casella non attiva'),
      ...from(OBS, "account del destinatario è disattivato", 'è disattivato', 'è stato disattivato'),
      ...from(PLAIN, 'è stata sospesa', 'è stato sospeso', 'è stata disattivata'),
      ...from(PLAIN, 'per inattività'),
      ...from(PLAIN, 'non è più attivo'),
      ...from(PLAIN, 'è sospeso', 'è sospesa'),
    ],
    hostunknown: [
      ...from(REAL20_O20, 'Domain Lookup non riuscito'),
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'nessun server di posta', 'server di posta per il dominio'),
      ...from(EXCH, 'Il dominio non esiste', 'dominio non trovato'),
      ...from(OBS, 'dominio sconosciuto', 'dominio non esiste', 'dominio inesistente', 'host sconosciuto'),
      ...from(OBS, 'dominio del destinatario non esiste'),
    ],
    mesgtoobig: [
      ...from(EXCH, 'Il messaggio è troppo grande', 'supera la dimensione massima',
        'dimensione del messaggio supera', 'dimensioni massime consentite'),
      ...from(OBS, 'messaggio troppo grande', 'troppo grande', 'messaggio troppo voluminoso'),
      ...from(OBS, 'messaggio è troppo grande'),
      ...from(PLAIN, 'dimensione consentita'),
      ...from(PLAIN, 'troppo grandi'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'punteggio spam', 'punteggio di spam'),
      ...from(GMAIL, 'contrassegnato come spam', 'segnalato come spam'),
      ...from(OBS, 'rilevato come spam', 'considerato spam', 'identificato come spam',
        'classificato come spam', 'posta indesiderata', 'sospetto spam'),
      ...from(OBS, 'riconosciuto come spam'),
      ...from(PLAIN, 'filtro antispam del destinatario'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Host client rifiutato', 'nome host del tuo server'),
      ...from(R23_HELO, 'Comando HELO rifiutato', 'Comando EHLO rifiutato', 'HELO rifiutato'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'nell\'HELO', 'nome HELO'),
      ...from(OBS, 'indirizzo IP bloccato', 'lista nera', 'IP bloccato', 'server bloccato',
        'cattiva reputazione'),
    ],
    rejected: [
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'rifiutato dal moderatore', 'respinto dal moderatore'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'non accetta messaggi dal tuo indirizzo', 'non accetta messaggi dal suo indirizzo', 'non accetta email dal tuo indirizzo'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'ha bloccato il tuo indirizzo', 'ha bloccato il suo indirizzo'),
      ...from(OBS, 'mittente rifiutato', 'mittente bloccato', 'mittente non valido', 'dominio del mittente'),
    ],
    policyviolation: [
      ...from(R29_BANNED, 'allegato di tipo non consentito', 'tipo di allegato non consentito', 'tipo di file non consentito', 'estensione non consentita', 'allegati di tipo non consentito'),
      ...from(R22_SENDER, 'autorizzato a scrivere a questo destinatario', 'autorizzata a scrivere a questo destinatario', 'autorizzato a inviare a questo destinatario', 'autorizzata a inviare a questo destinatario'),
      ...from(R21_BANNED, 'allegati di tipo', 'tipo di allegato'),
      ...from(R21_TRANSPORT, 'regola di trasporto', 'regola del flusso di posta'),
      ...from(EXCH, "Non si dispone dell'autorizzazione per inviare", 'non è autorizzato a inviare',
        'a causa dei criteri', 'criteri di sicurezza'),
      ...from(OBS, 'politica di sicurezza', 'allegato non consentito', 'viola la policy'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'allegati di questo tipo non sono consentiti', 'contenuti non consentiti', 'contenuto non consentito', 'contenuto vietato'),
    ],
    norelaying: [
      ...from(OBS, 'relay non permesso', 'accesso relay negato', 'relay non consentito',
        'inoltro non consentito', 'relay negato', 'relaying non permesso'),
      ...from(PLAIN, 'non accetta di inoltrare'),
    ],
    virusdetected: [
      ...from(PLAIN, 'virus rilevato', 'contiene un virus', 'software dannoso', 'infetto'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'numero massimo di destinatari', 'destinatari per messaggio'),
      ...from(PLAIN, 'troppe connessioni', 'troppi destinatari'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'quota di invio', 'quota giornaliera di invio'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'troppo velocemente', 'frequenza di invio'),
    // The sender's own sending limit, per day or in all (Gmail's "You have reached a limit for sending mail", Microsoft's 5.2.121 / 5.1.90 daily limit), the adjective before or after the noun.
      ...from(PLAIN, 'limite giornaliero di invio', 'limite di invio giornaliero'),
      ...from(PLAIN, 'troppi messaggi', 'troppe email', 'limite di invio'),
    ],
    expired: [
      ...from(R21_PLAIN, 'consegna abbandonata', 'abbandonata dopo'),
      ...from(R21_PLAIN, 'superato il tempo massimo di permanenza in coda'),
      ...from(R21_PLAIN, 'il tempo di consegna è scaduto'),
      // The server stopped trying ("Il server ha smesso di riprovare"): it gave up.
      ...from(PLAIN, 'ha smesso di riprovare', 'smesso di riprovare'),
      ...from(OBS, 'tempo di recapito scaduto'),
      ...from(EXCH, 'Il messaggio è scaduto', 'non recapitato entro il periodo'),
      ...from(OBS, 'tempo massimo superato', 'troppo tempo in coda', 'tentativi esauriti'),
      ...from(OBS, 'tempo di consegna scaduto', 'tempo massimo di consegna'),
      ...from(PLAIN, 'consegna è stata abbandonata'),
      ...from(PLAIN, 'consegna è stata annullata'),
      // "… entro 5 giorni. Non verranno effettuati altri tentativi." (no more attempts: the server gave up).
      ...from(PLAIN, 'non verranno effettuati altri tentativi', 'non verranno effettuati ulteriori tentativi'),
    ],
    authfailure: [
      ...from(OBS, 'verifica SPF', 'controllo SPF', 'autenticazione non riuscita', 'verifica DKIM'),
    ],
  },
  broad: ['è piena'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Italian (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'casella temporaneamente non disponibile', 'cassetta postale temporaneamente non disponibile'),
    // lang21: a mailbox "not available" states no cause (Outlook.com it-it help "La posta inviata restituisce un messaggio di mancato recapito" ("Cassetta postale non disponibile": "Spesso la causa … è la stessa del messaggio Cassetta postale non trovata. Altre volte invece c'è un problema con l'account … che si risolve da solo")): a failure whose cause the words do not settle, never a removal.
    ...from('Outlook.com it-it help "La posta inviata restituisce un messaggio di mancato recapito" ("Cassetta postale non disponibile": "Spesso la causa … è la stessa del messaggio Cassetta postale non trovata. Altre volte invece c\'è un problema con l\'account … che si risolve da solo")', 'Cassetta postale non disponibile', 'Mailbox non disponibile', 'casella non disponibile'),
    ...from(REAL20_H, 'Recapito non riuscito a questi destinatari o gruppi'),
    ...from(REAL20_O20, 'Recapito non riuscito'),
    // A short notice's sentence that the recipient's server refused the message, no cause named (as in the other languages).
    ...from(PLAIN, 'rifiutato dal server del destinatario', 'respinto dal server del destinatario', 'rifiutato dal server remoto'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Messaggio bloccato'),
    ...from(EXCH, 'Il recapito non è riuscito per i seguenti destinatari o gruppi',
      'recapito non è riuscito'),
    ...from(OUTLOOK, 'Il messaggio non è stato recapitato ad alcuni o a tutti i destinatari',
      'non ha raggiunto alcuni o tutti i destinatari',
      'Microsoft Exchange non tenterà di recapitare di nuovo'),
    ...from(OBS, 'non consegnato', 'non consegnata', 'non recapitata'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'Recapito non riuscito per i destinatari o i gruppi seguenti'),
    ...from(EXCH, 'Non recapitabile', 'Recapito non riuscito per i seguenti destinatari o gruppi',
      'Informazioni di diagnostica per gli amministratori', 'non ha raggiunto alcuni o tutti i destinatari'),
    ...from(M365, 'Impossibile recapitare il messaggio', 'Impossibile recapitare',
      'non è stato possibile recapitare'),
    ...from(GMAIL, 'Indirizzo non trovato', 'Il messaggio non è stato consegnato', 'non è stato consegnato'),
    ...from(OBS, 'non recapitato', 'mancata consegna', 'consegna non riuscita', 'consegna fallita',
      'impossibile consegnare', 'non è stato possibile consegnare',
      'Questo messaggio è stato generato automaticamente'),
    ...from(PLAIN, 'non è stata consegnata'),
    ...from(PLAIN, 'non è stato recapitato', 'non è stata recapitata'),
  ],
  listLead: [
    ...from(REAL20_H, 'Recapito non riuscito a questi destinatari o gruppi'),
    ...from(EXCH, 'Il recapito non è riuscito per i seguenti destinatari o gruppi'),
    ...from(DOMINO, 'non è stato recapitato a'),
    ...from(OUTLOOK, 'Impossibile raggiungere i seguenti destinatari'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'Recapito non riuscito per i destinatari o i gruppi seguenti'),
    ...from(EXCH, 'Recapito non riuscito per i seguenti destinatari o gruppi', 'seguenti destinatari',
      'seguenti indirizzi'),
  ],
  delayed: [
    // lang21: not delivered "yet", as Exim's warning says it translated: a delay, the attempts go on.
    ...from('Exim\'s warning template ("A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue", "The address to which the message has not yet been delivered is:") as an admin translates it into Italian', 'non è ancora stato recapitato', 'non è stato ancora recapitato'),
    // "non è stato ancora consegnato" (the word order of "non è stato ancora recapitato" with "consegnato"), the server "continuerà a provare".
    ...from(PLAIN, 'non è stato ancora consegnato', 'continuerà a provare'),
    // A short delay sentence: the delivery "è in ritardo", the server "effettuerà un nuovo tentativo" (will make a new attempt).
    ...from(PLAIN, 'è in ritardo', 'effettuerà un nuovo tentativo', 'verrà effettuato un nuovo tentativo'),
    ...from(EXCH, 'è stato ritardato', 'altri tentativi di recapito', 'continuerà a tentare',
      'Recapito ritardato', 'Il recapito ai seguenti destinatari o gruppi è in ritardo',
      'non è stato ancora recapitato', 'non ancora recapitato'),
    ...from(OBS, 'Questo è solo un avviso', 'non è necessario inviare di nuovo', 'verrà ritentato',
      'continuerà a tentare', 'consegna ritardata', 'è stata ritardata', 'riproverà automaticamente'),
    ...from(GMAIL, 'problema temporaneo durante la consegna', 'Gmail riproverà'),
    ...from(PLAIN, 'riproverà', 'non è ancora stato consegnato'),
  ],
  recipientBefore: [
    // "La consegna del messaggio a <addr> è in ritardo" (the delivery to <addr>), as German "Zustellung an".
    ...from(PLAIN, 'consegna del messaggio a', 'consegna a', 'recapito a'),
    // A help desk's or a person's retelling of the notice ("your email to <addr> came back because …"): the everyday word for the email before the address.
    ...from(PLAIN, 'La tua email a', 'La tua e-mail a', 'La tua mail a', 'La sua email a'),
    ...from(GMAIL, 'non è stato consegnato a', 'consegnato a'),
    ...from(M365, 'Impossibile recapitare il messaggio a', 'recapitare il messaggio a', 'destinatario',
      'Indirizzo del destinatario', 'recapitato a'),
    ...from(OBS, 'tuo messaggio a', 'Il messaggio a', 'Il messaggio per', 'tuo messaggio per'),
    ...from(PLAIN, 'La mail per', 'mail per', 'messaggio per'),
  ],
  recipientAfter: [
    ...from(OBS, 'è stato rifiutato', 'non è stato recapitato', 'non è stato consegnato'),
  ],
  toLabel: [...from(CLIENT, 'A', 'Destinatario')],
  clientFrom: [...from(CLIENT, 'Da')],
  clientSent: [...from(CLIENT, 'Inviato')],
  returnedStart: [
    ...from(EXCH, 'Intestazioni messaggio originale', 'Intestazioni del messaggio originale',
      'Messaggio originale'),
  ],
  reasonLead: [
    ...from(OBS, 'Motivo', 'Causa', 'perché', 'Errore'),
  ],
  errorLabel: [...from(OBS, 'Errore', 'Errore del server', 'Codice di errore')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(REAL20_G20, 'Messaggio rifiutato temporaneamente', 'non ha accettato le nostre richieste'), ...from(REAL20_O20, 'Nessun server adeguato', 'Risorse temporaneamente non disponibili', 'Memoria esaurita', 'Time out della connessione', 'Timeout della connessione'), ...from(PLAIN, 'errore temporaneo', 'problema temporaneo', 'temporaneamente', 'rifiuto temporaneo')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'possibili cause', 'cause possibili', 'possibili motivi'), ...from(HEDGE32, 'potrebbe', 'potrebbero', 'forse', 'probabilmente', 'è possibile che')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Suggerimento', 'Consiglio', 'Verificare', 'Controllare', 'Per ulteriori informazioni', 'Contattare')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Italian (lang21 round): a check that found nothing', 'nessun virus rilevato', 'nessun virus', 'controllo antispam: superato', 'non è spam')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Italian, and providers' storage warnings): no bounce.
  // The owner notice with no "your" (Microsoft's Italian "La cassetta postale è piena" over
  // "Non è possibile inviare o ricevere elementi finché…"): a quota warning only with the second.
  ownerFull: [...from(QUOTA, 'La cassetta postale è piena', 'La casella di posta è piena', 'La casella di posta ha raggiunto il limite', 'La cassetta postale ha raggiunto il limite')],
  ownerCannotSend: [...from(QUOTA, 'Non è possibile inviare o ricevere', 'Non è possibile inviare né ricevere', 'non sarà più possibile inviare o ricevere', 'non potrai inviare o ricevere', 'Non puoi inviare o ricevere')],
  quotaWarning: [...from(QUOTA, 'La cassetta postale è quasi piena', 'La tua casella di posta è quasi piena', 'La casella di posta è quasi piena', 'La tua cassetta postale è quasi piena', 'La tua cassetta postale è piena', 'La tua casella di posta è piena')],
  // Exchange's delivery and relay notifications in Italian: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Il messaggio è stato recapitato ai destinatari seguenti', 'Il messaggio è stato recapitato ai seguenti destinatari', 'Il recapito a questi destinatari o gruppi è stato completato')],
  // Outlook's read receipt in Italian (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Il messaggio'),
    subject: from(RECEIPT, 'Oggetto'),
    read: from(RECEIPT, 'è stato letto il'),
    deleted: from(RECEIPT, 'è stato eliminato senza essere letto'),
    statement: from(TB_RECEIPT, 'Questa è una ricevuta di ritorno … inviato a', 'Questa è una ricevuta di ritorno … inviata a'),
  },
  listRemoved: [...from(LIST32, 'è stato rimosso dalla lista', 'la sua iscrizione alla lista', 'disiscritto dalla lista')],
};
