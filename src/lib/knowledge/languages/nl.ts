/**
 * Dutch: Microsoft 365 / Exchange / Outlook non-delivery reports in Dutch, Gmail's Dutch
 * notices, KPN, Ziggo, XS4ALL, TransIP and Domino in Dutch.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Dutch): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
const REAL20_H = "Exchange / Microsoft 365 NDR heading as the lead's brief for round lang20 quotes localised notices pasted in public forum posts (the translation of \"Delivery has failed to these recipients or groups\"); not found verbatim in our own searches, kept beside the older translation already here";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Dutch (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Dutch (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "is gelezen op …", "is verwijderd zonder te zijn gelezen op …")';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Dutch ("Uw bericht heeft sommige of alle geadresseerden niet bereikt")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Dutch ("Uw bericht aan … kan niet worden bezorgd" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Dutch ("Onbestelbaar:", "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen", and the per-code explanations)';
const GMAIL = 'Gmail, Dutch notices and help page (support.google.com/mail/answer/6596?hl=nl)';
const DOMINO = 'HCL/IBM Domino router, Dutch translation of "not listed in Domino Directory"';
const OBS = 'Observed wording of Dutch and Belgian providers\' SMTP replies (KPN, Ziggo, XS4ALL, TransIP, Telenet)';
const PLAIN = 'Plain Dutch wording of the cause, where no provider\'s own text was found ("Te veel verbindingen", "Virus gevonden", "de bezorging is opgegeven")';
const R22_CLOSED = 'Plain Dutch wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Dutch wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("van de ontvanger is gearchiveerd"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Dutch (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Dutch ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Dutch), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Dutch message header labels (Van / Verzonden / Aan / Onderwerp), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Dutch: "regels" for "Postvak IN"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Dutch documentation ("e-mailstroomregels (transportregels)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Dutch): a policy, not the address';
const R21_PLAIN = 'Plain Dutch wording of the cause (lang21 round), where no provider\'s own text was found';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Dutch (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Dutch: a policy on content, not a virus';
const R21_CONN = 'Plain Dutch wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Dutch wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Dutch), qmail\'s "This message is looping": the plain words for it in Dutch';

// lang23: the sending host's own faults and a group's allow list, in Dutch.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Dutch (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Dutch (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Dutch (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Dutch (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Dutch (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Dutch ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_GAVEUP = 'The server gave up after a number of days (lang29 round): RFC 3463 X.4.7 "delivery time expired", Postfix bounce "message delivery is given up after N days", in the language';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const nl: LanguageWording = {
  code: 'nl',
  name: 'Dutch',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'geen PTR-record', 'PTR-record ontbreekt', 'reverse DNS ontbreekt'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Onvoldoende systeemopslag', 'schijf van de mailserver is vol'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'overbelast'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'e-mailadres van de ontvanger is gewijzigd', 'adres van de ontvanger is gewijzigd'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'accepteert alleen berichten van', 'lijst met toegestane afzenders'),
      ...from(R21_RULES, 'regel van de ontvanger', 'filter van de ontvanger', 'Postvak IN-regel'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R21_LOOP, 'e-maillus', 'maillus', 'e-mailloop', 'te veel hops'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'aantal hops overschreden'),
      // A DNS lookup that failed for now (lang21): a network matter, as English "DNS error".
      ...from(R21_PLAIN, 'DNS-fout'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'verbinding met de mailserver', 'verbinding mislukt', 'mailserver van de ontvanger is niet bereikbaar', 'server is niet bereikbaar'),
    ],
    userunknown: [
      ...from(HEADING, 'ontvangers zijn onbekend', 'adressen zijn onbekend', 'geadresseerden zijn onbekend', 'ontvangers bestaan niet', 'adressen bestaan niet', 'geadresseerden bestaan niet'),
      // No mailbox with the address ("Er bestaat geen mailbox met dit adres").
      ...from(PLAIN, 'Er bestaat geen mailbox', 'geen mailbox met dit adres', 'geen postvak met dit adres'),
      // "Deze ontvanger is op deze server onbekend" (the adjective last).
      ...from(PLAIN, 'op deze server onbekend', 'ontvanger is onbekend'),
      ...from(GMAIL, 'het adres niet is gevonden', 'niet is gevonden'),
      ...from(M365, 'Geadresseerde niet gevonden', 'is niet gevonden op', 'kan niet worden gevonden',
        'niet gevonden'),
      ...from(EXCH, 'Het e-mailadres dat u hebt ingevoerd is niet gevonden', 'bestaat niet meer'),
      ...from(GMAIL, 'Het e-mailaccount dat u probeerde te bereiken, bestaat niet',
        'Het e-mailaccount bestaat niet'),
      ...from(DOMINO, 'staat niet in de directory', 'komt niet voor in de Domino-directory', 'staat niet in de Domino-directory'),
      ...from(OBS, 'gebruiker onbekend', 'onbekende gebruiker', 'onbekende ontvanger', 'ontvanger onbekend',
        'bestaat niet', 'adres bestaat niet', 'ongeldig adres', 'mailbox bestaat niet',
        'postvak bestaat niet'),
      ...from(PLAIN, 'geen mailbox bestaat', 'mailbox niet bestaat', 'adres niet bestaat'),
      ...from(PLAIN, 'bij ons niet bekend', 'is niet bekend'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'hoort bij geen enkel account', 'hoort bij geen account', 'is aan geen enkel account gekoppeld'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'quotum bereikt'),
      // No free space left ("heeft geen vrije ruimte meer").
      ...from(PLAIN, 'geen vrije ruimte'),
      ...from(OBS, 'postbus vol', 'mailbox zit vol', 'onvoldoende ruimte'),
      ...from(OBS, 'mailbox van de ontvanger is vol'),
      ...from(EXCH, 'Het postvak van de geadresseerde is vol', 'postvak van de geadresseerde is vol',
        'kan momenteel geen berichten accepteren'),
      ...from(GMAIL, 'De inbox van de ontvanger is vol', 'geen opslagruimte', 'opslagruimte'),
      ...from(OBS, 'mailbox is vol', 'postbus is vol', 'postvak is vol', 'mailbox vol', 'postvak vol',
        'quotum overschreden', 'quota overschreden'),
      ...from(OBS, 'is vol'),
      ...from(PLAIN, 'opslaglimiet'),
      ...from(PLAIN, 'geen ruimte meer'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'van de ontvanger is gearchiveerd'),
      ...from(R22_CLOSED, 'mailbox is alleen-lezen', 'mailbox gearchiveerd', 'mailbox is gearchiveerd', 'account is verlopen', 'account verlopen', 'wegens betalingsachterstand', 'wegens niet-betaling'),
      ...from(R21_PLAIN, 'account van de ontvanger is inactief', 'account is inactief', 'inactief account'),
      // "Deze mailbox is buiten gebruik gesteld" (taken out of use).
      ...from(PLAIN, 'buiten gebruik gesteld'),
      // "Het account van de ontvanger is gedeactiveerd" (as "is uitgeschakeld").
      ...from(PLAIN, 'is gedeactiveerd'),
      ...from(EXCH, 'Het postvak is uitgeschakeld', 'postvak uitgeschakeld'),
      ...from(OBS, 'account uitgeschakeld', 'account geblokkeerd', 'account opgeschort',
        'account gedeactiveerd', 'mailbox geblokkeerd', 'account is niet actief'),
      ...from(OBS, 'account van de ontvanger is uitgeschakeld', 'is uitgeschakeld', 'account is geblokkeerd', 'mailbox is geblokkeerd'),
      ...from(PLAIN, 'wegens inactiviteit', 'account is opgeheven'),
      ...from(PLAIN, 'van de ontvanger is geblokkeerd'),
      ...from(PLAIN, 'niet meer actief'),
      ...from(PLAIN, 'account is opgeschort'),
      ...from(PLAIN, 'is opgeschort'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'geen mailserver gevonden', 'geen mailserver voor'),
      ...from(EXCH, 'Het domein bestaat niet', 'domein niet gevonden'),
      ...from(OBS, 'domein bestaat niet', 'onbekend domein', 'host onbekend'),
      ...from(OBS, 'domein van de ontvanger bestaat niet'),
      ...from(PLAIN, 'domein onbekend'),
      ...from(PLAIN, 'domein niet bestaat'),
      ...from(PLAIN, 'domeinnaam onbekend'),
    ],
    mesgtoobig: [
      ...from(R21_PLAIN, 'bijlage is te groot'),
      // An attachment over the limit ("De bijlage overschrijdt de limiet").
      ...from(PLAIN, 'bijlage overschrijdt', 'bijlagen overschrijden'),
      // "Uw e-mail is te groot" (as "bericht is te groot").
      ...from(PLAIN, 'e-mail is te groot', 'mail is te groot'),
      ...from(EXCH, 'Het bericht is te groot', 'overschrijdt de maximale grootte',
        'berichtgrootte overschrijdt', 'maximaal toegestane grootte'),
      ...from(OBS, 'bericht is te groot', 'bericht te groot'),
      ...from(PLAIN, 'grootte van het bericht overschrijdt'),
      ...from(PLAIN, 'bericht is groter dan'),
      ...from(PLAIN, 'te groot zijn', 'bijlagen te groot'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'spamscore'),
      // A spam filter that stopped it ("tegengehouden door ons spamfilter"; "het" and "de spamfilter" both in use).
      ...from(PLAIN, 'door ons spamfilter', 'door het spamfilter', 'door de spamfilter', 'door onze spamfilter'),
      ...from(GMAIL, 'gemarkeerd als spam'),
      ...from(OBS, 'als spam aangemerkt', 'herkend als spam', 'als spam beschouwd',
        'geclassificeerd als spam', 'ongewenste e-mail', 'verdacht van spam'),
      ...from(PLAIN, 'spamfilter van de ontvanger'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Clienthost geweigerd', 'uw hostnaam kan niet worden gevonden', 'hostnaam van uw mailserver', 'hostnaam van uw server'),
      ...from(R23_HELO, 'HELO-opdracht geweigerd', 'EHLO-opdracht geweigerd', 'HELO geweigerd'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'in de HELO', 'HELO-naam'),
      ...from(OBS, 'IP-adres geblokkeerd', 'zwarte lijst', 'blokkeerlijst', 'server geblokkeerd',
        'slechte reputatie'),
      ...from(PLAIN, 'IP-adres is geblokkeerd'),
    ],
    rejected: [
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'door de moderator geweigerd', 'door de moderator van de groep geweigerd', 'geweigerd door de moderator'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'accepteert geen berichten van uw adres', 'accepteert geen berichten van je adres', 'accepteert geen e-mail van uw adres'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'heeft uw adres geblokkeerd', 'heeft je adres geblokkeerd'),
      ...from(OBS, 'afzender geweigerd', 'afzender geblokkeerd', 'ongeldige afzender',
        'domein van de afzender'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'niet gemachtigd om naar deze ontvanger te sturen', 'geen toestemming om naar deze ontvanger te verzenden', 'geen toestemming om naar deze ontvanger te sturen'),
      ...from(R21_BANNED, 'bijlagen van het type', 'type bijlage'),
      ...from(R21_TRANSPORT, 'transportregel', 'e-mailstroomregel'),
      ...from(EXCH, 'U bent niet gemachtigd om', 'hebt geen toestemming om', 'vanwege het beleid',
        'beveiligingsbeleid'),
      ...from(OBS, 'in strijd met het beleid', 'bijlage niet toegestaan'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'bijlagen van dit type zijn niet toegestaan', 'verboden inhoud', 'niet-toegestane inhoud'),
    ],
    norelaying: [
      ...from(OBS, 'relay-toegang geweigerd', 'relay niet toegestaan', 'relaying niet toegestaan',
        'doorsturen niet toegestaan', 'relay geweigerd'),
      ...from(PLAIN, 'relaying geweigerd'),
      ...from(PLAIN, 'niet doorstuurt'),
    ],
    virusdetected: [
      ...from(PLAIN, 'virus gevonden', 'bevat een virus', 'besmet met', 'schadelijke software'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'ontvangers per bericht', 'aantal ontvangers'),
      // Too many (simultaneous) connections, in the word order of the language.
      ...from(PLAIN, 'te veel gelijktijdige verbindingen'),
      ...from(PLAIN, 'te veel verbindingen', 'te veel ontvangers', 'te veel geadresseerden'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'verzendquotum', 'verzendquota'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'te snel', 'verzendsnelheid'),
      ...from(PLAIN, 'te veel berichten', 'verzendlimiet'),
    ],
    expired: [
      ...from(R29_GAVEUP, 'dagen opgegeven', 'uur opgegeven', 'dagen is opgegeven'),
      ...from(R21_PLAIN, 'maximale tijd in de wachtrij overschreden'),
      // "De bezorging is na 5 dagen proberen opgegeven" (given up after trying).
      ...from(PLAIN, 'proberen opgegeven'),
      ...from(OBS, 'bezorgtijd verstreken'),
      ...from(EXCH, 'Het bericht is verlopen', 'niet binnen de toegestane tijd bezorgd'),
      ...from(OBS, 'te lang in de wachtrij', 'bezorging opgegeven', 'pogingen opgegeven'),
      // Giving up, not the attempts alone: a warning says the same attempts before "still" ("is na meerdere pogingen nog niet bezorgd. We blijven het proberen").
      ...from(OBS, 'bezorgtijd is verstreken', 'na meerdere pogingen niet'),
      // "… kon na 5 dagen proberen niet worden afgeleverd" (after 5 days of trying); not "dagen proberen"
      // alone, which a warning says of the days still to come ("De server blijft het nog 5 dagen proberen").
      ...from(PLAIN, 'bezorging is opgegeven', 'dagen proberen niet'),
      ...from(PLAIN, 'bericht verlopen'),
      ...from(PLAIN, 'bezorging is gestaakt'),
    ],
    authfailure: [
      ...from(OBS, 'SPF-controle', 'DKIM-controle', 'authenticatie mislukt', 'verificatie van de afzender mislukt'),
      ...from(PLAIN, 'authenticatie van de afzender mislukt'),
    ],
  },
  broad: ['niet gevonden', 'opslagruimte', 'is vol'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Dutch (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'mailbox tijdelijk niet beschikbaar'),
    ...from(REAL20_H, 'Bezorging aan deze ontvangers of groepen is mislukt'),
    // A short notice's sentence that the receiving server refused the message, no cause named.
    ...from(PLAIN, 'geweigerd door de ontvangende server', 'geweigerd door de server van de ontvanger'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Bericht geblokkeerd'),
    // lang21: Gmail's Dutch title of a failure it passes on with the remote server's reply (English "Message not delivered").
    ...from(GMAIL, 'Bericht niet bezorgd'),
    ...from(OUTLOOK, 'Uw bericht heeft sommige of alle geadresseerden niet bereikt',
      'Microsoft Exchange zal niet opnieuw proberen'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'Bezorging is mislukt voor deze ontvangers of groepen'),
    ...from(EXCH, 'Onbestelbaar',
      'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen',
      'Diagnostische gegevens voor beheerders', 'heeft sommige of alle geadresseerden niet bereikt',
      'Kan niet worden bezorgd'),
    ...from(M365, 'kan niet worden bezorgd', 'kon niet worden bezorgd'),
    ...from(GMAIL, 'Adres niet gevonden', 'Uw bericht is niet bezorgd', 'is niet bezorgd'),
    ...from(OBS, 'kon niet worden afgeleverd', 'kan niet worden afgeleverd', 'niet afgeleverd',
      'bezorging mislukt', 'aflevering mislukt', 'onbezorgbaar', 'Dit bericht is automatisch'),
  ],
  listLead: [
    ...from(REAL20_H, 'Bezorging aan deze ontvangers of groepen is mislukt'),
    ...from(DOMINO, 'is niet afgeleverd bij'),
    ...from(OUTLOOK, 'De volgende geadresseerden zijn onbereikbaar',
      'De volgende geadresseerden kunnen niet worden bereikt'),
    // Exchange 2013 and later word the heading so too (the same translation of "Delivery has failed to these recipients or groups").
    ...from(EXCH, 'Bezorging is mislukt voor deze ontvangers of groepen'),
    ...from(EXCH, 'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen',
      'volgende geadresseerden', 'volgende ontvangers', 'volgende adressen'),
  ],
  delayed: [
    // "kon tijdelijk niet worden bezorgd; de server probeert het over 30 minuten opnieuw".
    ...from(PLAIN, 'tijdelijk niet worden bezorgd', 'probeert het over'),
    // A short delay sentence: the delivery is delayed, a new attempt follows (as in the other languages).
    ...from(PLAIN, 'is vertraagd', 'volgt een nieuwe poging', 'een nieuwe poging volgt'),
    ...from(EXCH, 'is vertraagd', 'Er wordt opnieuw geprobeerd', 'Bezorging vertraagd',
      'De bezorging bij de volgende geadresseerden of groepen is vertraagd', 'nog niet bezorgd'),
    ...from(OBS, 'Dit is slechts een waarschuwing', 'u hoeft het bericht niet opnieuw te verzenden',
      'wordt opnieuw geprobeerd', 'blijft proberen', 'vertraagde bezorging'),
    ...from(GMAIL, 'Er is een tijdelijk probleem opgetreden', 'probeert het nog'),
    ...from(PLAIN, 'kon nog niet worden bezorgd', 'nog niet worden bezorgd'),
    // "Uw bericht aan <…> is nog niet afgeleverd. We blijven het proberen."
    ...from(PLAIN, 'nog niet afgeleverd', 'blijven het proberen', 'blijven proberen'),
  ],
  recipientBefore: [
    // "The delivery to <addr>" before the address, in a short delay or failure sentence (as German "Zustellung an").
    ...from(PLAIN, 'De bezorging aan', 'bezorging aan'),
    // A help desk's or a person's retelling of the notice ("your email to <addr> came back because …"): the everyday word for the email before the address.
    ...from(PLAIN, 'Je mail aan', 'Uw mail aan', 'je e-mail aan', 'uw e-mail aan'),
    ...from(GMAIL, 'is niet bezorgd bij'),
    // lang21: Gmail's Dutch "There was a problem delivering your message to <addr>".
    ...from(GMAIL, 'het bezorgen van je bericht aan', 'het bezorgen van uw bericht aan'),
    ...from(M365, 'Uw bericht aan', 'geadresseerde', 'ontvanger', 'Adres van geadresseerde', 'bezorgd bij'),
    ...from(GMAIL, 'is niet afgeleverd bij', 'afgeleverd bij', 'je bericht aan', 'het bericht aan'),
    ...from(PLAIN, 'je bericht bij', 'uw bericht bij', 'het bericht bij'),
  ],
  recipientAfter: [
    ...from(OBS, 'is geweigerd', 'werd geweigerd'),
  ],
  toLabel: [...from(CLIENT, 'Aan')],
  clientFrom: [...from(CLIENT, 'Van')],
  clientSent: [...from(CLIENT, 'Verzonden')],
  returnedStart: [
    ...from(EXCH, 'Oorspronkelijke berichtkoppen', 'Koppen van het oorspronkelijke bericht',
      'Oorspronkelijk bericht'),
  ],
  reasonLead: [
    ...from(OBS, 'Reden', 'Oorzaak', 'omdat', 'Fout'),
  ],
  errorLabel: [...from(OBS, 'Fout', 'Serverfout', 'Foutcode')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'tijdelijke fout', 'tijdelijk probleem', 'tijdelijk geweigerd', 'tijdelijk niet')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'mogelijke oorzaken', 'mogelijke redenen', 'mogelijke oorzaak'), ...from(HEDGE32, 'mogelijk niet', 'misschien', 'waarschijnlijk', 'wellicht')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Tip', 'Controleer', 'Neem contact op', 'Voor meer informatie')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Dutch (lang21 round): a check that found nothing', 'geen virus gevonden', 'geen virus', 'geen virussen', 'spamcontrole: geslaagd', 'geen spam')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Dutch, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Uw postvak is bijna vol', 'Je postvak is bijna vol', 'Uw mailbox is bijna vol', 'Je mailbox is bijna vol', 'Uw postvak is vol', 'Je postvak is vol')],
  // Exchange's delivery and relay notifications in Dutch: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Uw bericht is bezorgd bij de volgende ontvangers', 'Uw bericht is bezorgd bij de volgende geadresseerden', 'De bezorging bij deze ontvangers of groepen is voltooid')],
  // Outlook's read receipt in Dutch (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Uw bericht'),
    subject: from(RECEIPT, 'Onderwerp'),
    read: from(RECEIPT, 'is gelezen op'),
    deleted: from(RECEIPT, 'is verwijderd zonder te zijn gelezen', 'is verwijderd zonder dat het is gelezen'),
  },
  listRemoved: [...from(LIST32, 'u bent afgemeld van de lijst', 'uw abonnement op de lijst')],
};
