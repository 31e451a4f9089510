/**
 * Swedish: Microsoft 365 / Exchange / Outlook non-delivery reports in Swedish, Gmail's
 * Swedish notices, Telia, Bahnhof, Loopia, Swedish universities.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Swedish): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
const REAL20_H = "Exchange / Microsoft 365 NDR heading as the lead's brief for round lang20 quotes localised notices pasted in public forum posts (the translation of \"Delivery has failed to these recipients or groups\"); not found verbatim in our own searches, kept beside the older translation already here";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Swedish (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Swedish (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "lästes …", "togs bort utan att ha lästs …")';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Swedish ("Ditt meddelande nådde inte några eller alla mottagare")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Swedish ("Det gick inte att leverera ditt meddelande till …" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Swedish ("Det gick inte att leverera:", "Leveransen misslyckades till följande mottagare eller grupper", and the per-code explanations)';
const GMAIL = 'Gmail, Swedish notices and help page (support.google.com/mail/answer/6596?hl=sv)';
const OBS = 'Observed wording of Swedish providers\' SMTP replies and notices (Telia, Bahnhof, Loopia, universities)';
const PLAIN = 'Plain Swedish wording of the cause, where no provider\'s own text was found ("För många anslutningar", "Virus hittades", "kontot har spärrats")';
const R22_SENDER_UNKNOWN = 'Postfix "Sender address rejected: Domain not found" / RFC 3463 5.1.7-5.1.8 (a bad sender address) in plain Swedish (lang22 round): the sender\'s address or its domain unknown, the adjective before the noun ("okänd avsändare"): the sender refused, not the recipient\'s address';
const R22_CLOSED = 'Plain Swedish wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Swedish wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("brevlåda har arkiverats"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Swedish (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Swedish ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Swedish), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Swedish message header labels (Från / Skickat / Till / Ämne), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Swedish: "inkorgsregler"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Swedish documentation ("regler för e-postflöde (transportregler)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Swedish): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Swedish (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Swedish: a policy on content, not a virus';
const R21_CONN = 'Plain Swedish wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Swedish wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Swedish), qmail\'s "This message is looping": the plain words for it in Swedish';
const R21_PLAIN = 'Plain Swedish wording of the cause (lang21 round), where no provider\'s own text was found';

// lang23: the sending host's own faults and a group's allow list, in Swedish.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Swedish (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Swedish (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Swedish (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Swedish (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Swedish (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Swedish ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_RELAY = 'Relaying refused (lang29 round): Postfix "Relay access denied", Exchange 5.7.54 "Unable to relay recipient in non-accepted domain" (learn.microsoft.com), in the language: the sending server may not pass mail on for this domain';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';

export const sv: LanguageWording = {
  code: 'sv',
  name: 'Swedish',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'saknar PTR-post', 'omvänd DNS'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Otillräckligt systemutrymme', 'serverns disk är full'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'överbelastad'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'mottagarens e-postadress har ändrats', 'mottagarens adress har ändrats'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'tar bara emot meddelanden från', 'listan över tillåtna avsändare'),
      ...from(R21_RULES, 'regel som mottagaren', 'mottagarens regel', 'mottagarens filter', 'inkorgsregel'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R21_LOOP, 'e-postslinga', 'postslinga', 'meddelandeslinga', 'för många hopp'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'antalet hopp har överskridits'),
      // A DNS lookup that failed for now (lang21): a network matter, as English "DNS error".
      ...from(R21_PLAIN, 'DNS-fel'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'anslutningen till mottagarens', 'anslutningen misslyckades', 'e-postserver går inte att nå'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'inget konto med den här adressen', 'finns inget konto'),
      ...from(R21_PLAIN, 'användaren är okänd'),
      ...from(HEADING, 'mottagare är okända', 'mottagarna är okända', 'adresser är okända', 'adresserna är okända', 'mottagare finns inte', 'mottagarna finns inte', 'adresserna finns inte'),
      // No mailbox with the address ("Det finns ingen brevlåda med den här adressen").
      ...from(PLAIN, 'Det finns ingen brevlåda', 'ingen brevlåda med den här adressen'),
      // "Den här mottagaren är okänd på servern" (the adjective after "är").
      ...from(PLAIN, 'mottagaren är okänd', 'är okänd på servern'),
      // The indefinite form after a genitive: "Mottagarens e-postadress finns inte" (as "e-postadressen finns inte").
      ...from(PLAIN, 'e-postadress finns inte'),
      ...from(GMAIL, 'adressen inte hittades', 'inte hittades'),
      ...from(M365, 'Mottagaren hittades inte', 'hittades inte på', 'hittades inte'),
      ...from(EXCH, 'E-postadressen du angav hittades inte', 'finns inte längre'),
      ...from(GMAIL, 'E-postkontot du försökte nå finns inte', 'E-postkontot finns inte'),
      ...from(OBS, 'okänd användare', 'användaren finns inte', 'okänd mottagare', 'mottagaren finns inte',
        'adressen finns inte', 'brevlådan finns inte', 'ogiltig adress', 'ingen sådan användare'),
      ...from(PLAIN, 'e-postadressen finns inte'),
      ...from(PLAIN, 'brevlåda finns inte'),
      ...from(PLAIN, 'inte finns någon brevlåda'),
      ...from(PLAIN, 'okänd hos oss'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'hör inte till något konto', 'tillhör inget konto'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'nått sin kvot', 'kvoten är överskriden', 'lagringskvoten'),
      // No free space left ("har inget ledigt utrymme kvar").
      ...from(PLAIN, 'inget ledigt utrymme'),
      // "Lagringsutrymmet i mottagarens brevlåda är slut" (the storage ran out).
      ...from(PLAIN, 'lagringsutrymmet i mottagarens brevlåda', 'lagringsutrymmet är slut', 'utrymmet är slut'),
      ...from(PLAIN, 'inte har mer utrymme', 'har inte mer utrymme', 'inget utrymme kvar'),
      ...from(OBS, 'inkorgen är full', 'brevlådan full', 'otillräckligt utrymme'),
      ...from(OBS, 'mottagarens brevlåda är full', 'brevlåda är full'),
      ...from(EXCH, 'Mottagarens postlåda är full', 'kan inte ta emot meddelanden just nu'),
      ...from(GMAIL, 'Mottagarens inkorg är full', 'saknar lagringsutrymme'),
      ...from(OBS, 'brevlådan är full', 'postlådan är full', 'full brevlåda', 'kvoten överskriden',
        'kvoten har överskridits', 'lagringsutrymmet är fullt'),
      ...from(OBS, 'är full'),
      ...from(PLAIN, 'överskridit sin kvot', 'överskridit kvoten'),
      ...from(PLAIN, 'lagringsgräns'),
      ...from(PLAIN, 'inte har plats'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'brevlåda har arkiverats', 'brevlådan har arkiverats'),
      ...from(R22_CLOSED, 'brevlådan är skrivskyddad', 'brevlådan är arkiverad', 'kontot har gått ut', 'kontot har upphört', 'på grund av obetald faktura', 'på grund av utebliven betalning'),
      ...from(R21_PLAIN, 'mottagarens konto är inaktivt', 'inaktivt konto'),
      ...from(EXCH, 'Postlådan är inaktiverad'),
      ...from(OBS, 'kontot är inaktiverat', 'kontot är avstängt', 'kontot är spärrat',
        'brevlådan är spärrad', 'kontot är inaktivt'),
      ...from(OBS, 'mottagarens konto är inaktiverat', 'är inaktiverat'),
      ...from(PLAIN, 'har spärrats', 'har stängts av', 'har inaktiverats'),
      ...from(PLAIN, 'på grund av inaktivitet', 'kontot har stängts'),
      ...from(PLAIN, 'inte längre är aktivt', 'inte längre aktivt'),
      ...from(PLAIN, 'är avstängt'),
      // Typed without å, ä and ö (a, a, o), as servers without Swedish letters write it.
      ...from(PLAIN, 'ar avstangt', 'konto ar sparrat', 'kontot ar inaktiverat'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'ingen e-postserver hittades', 'ingen e-postserver för', 'ingen mailserver'),
      ...from(EXCH, 'Domänen finns inte', 'domänen hittades inte'),
      ...from(OBS, 'okänd domän', 'okänd värd'),
      ...from(OBS, 'domän finns inte'),
      ...from(PLAIN, 'domänen inte finns'),
      ...from(PLAIN, 'okänt domännamn'),
    ],
    mesgtoobig: [
      ...from(R21_PLAIN, 'största tillåtna storleken', 'högsta tillåtna storleken'),
      ...from(EXCH, 'Meddelandet är för stort', 'överskrider den maximala storleken',
        'meddelandestorleken överskrider'),
      ...from(OBS, 'för stort meddelande', 'för stor'),
      ...from(PLAIN, 'storlek överskrider'),
      ...from(PLAIN, 'meddelandet är större än'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'spampoäng', 'spampoängen'),
      ...from(R21_PLAIN, 'oönskad e-post'),
      // A spam filter that stopped it ("stoppades av vårt spamfilter"), not only the recipient's.
      ...from(PLAIN, 'av vårt spamfilter', 'av spamfiltret'),
      ...from(GMAIL, 'markerats som skräppost'),
      ...from(OBS, 'klassat som skräppost', 'klassades som skräppost', 'identifierats som skräppost',
        'bedömts som skräppost', 'skräppost', 'misstänkt spam'),
      ...from(PLAIN, 'mottagarens spamfilter'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Klientvärden avvisades', 'ditt värdnamn kan inte hittas', 'värdnamnet för din e-postserver', 'värdnamnet för din server'),
      ...from(R23_HELO, 'HELO-kommandot avvisades', 'EHLO-kommandot avvisades', 'HELO avvisades'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'i HELO', 'HELO-namn'),
      ...from(OBS, 'IP-adressen är blockerad', 'svartlistad', 'svarta listan', 'servern är blockerad',
        'dåligt rykte'),
      ...from(PLAIN, 'blockeringslista', 'spärrlista'),
      ...from(PLAIN, 'svartlista'),
      ...from(PLAIN, 'svart lista'),
    ],
    rejected: [
      ...from(R22_SENDER_UNKNOWN, 'okänd avsändare', 'okänd avsändaradress'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'avvisades av moderatorn', 'avvisades av gruppens moderator', 'avvisat av moderatorn'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'tar inte emot meddelanden från din adress', 'tar inte emot e-post från din adress'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'har blockerat din adress'),
      ...from(OBS, 'avsändaren är blockerad', 'avsändaren avvisades', 'ogiltig avsändare',
        'avsändarens domän'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'behörighet att skicka till den här mottagaren', 'behörighet att skicka till mottagaren'),
      ...from(R21_BANNED, 'bilagor av typen', 'bilagetyp'),
      ...from(R21_TRANSPORT, 'transportregel', 'regel för e-postflöde'),
      ...from(EXCH, 'Du har inte behörighet att skicka', 'saknar behörighet att skicka',
        'på grund av principer', 'säkerhetsprincip'),
      ...from(OBS, 'bryter mot policyn', 'bilagan är inte tillåten', 'otillåten bilaga'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'bilagor av den här typen är inte tillåtna', 'otillåtet innehåll', 'förbjudet innehåll'),
    ],
    norelaying: [
      ...from(R29_RELAY, 'reläning är inte tillåten', 'reläning nekad', 'reläning ej tillåten'),
      // "Relä tillåts inte" (relaying is not allowed), the passive of "relä nekas".
      ...from(PLAIN, 'relä tillåts inte', 'relay tillåts inte', 'vidarebefordran tillåts inte'),
      ...from(OBS, 'vidarebefordran nekad', 'vidarebefordran är inte tillåten', 'relay nekas',
        'relaying är inte tillåtet'),
      ...from(OBS, 'vidarebefordran nekas', 'relay ej tillåtet', 'relä nekas'),
      ...from(PLAIN, 'inte vidarebefordrar'),
    ],
    virusdetected: [
      ...from(PLAIN, 'virus hittades', 'innehåller ett virus', 'skadlig kod', 'skadlig programvara'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'antalet mottagare', 'mottagare per meddelande'),
      // Too many (simultaneous) connections, in the word order of the language.
      ...from(PLAIN, 'för många samtidiga anslutningar'),
      ...from(PLAIN, 'för många anslutningar', 'för många mottagare'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'sändningskvot', 'sändningskvoten'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'för snabbt', 'sändningstakt'),
      ...from(PLAIN, 'för många meddelanden', 'sändningsgräns'),
    ],
    expired: [
      ...from(R21_PLAIN, 'maximal tid i kön har överskridits'),
      ...from(OBS, 'meddelandet har gått ut', 'leveranstiden har gått ut'),
      ...from(EXCH, 'Meddelandet har upphört att gälla', 'kunde inte levereras inom den tillåtna tiden'),
      ...from(OBS, 'för länge i kön', 'gav upp', 'försöken har upphört'),
      ...from(PLAIN, 'leveransen har avbrutits'),
      ...from(PLAIN, 'leveransen avbröts'),
    ],
    authfailure: [
      ...from(OBS, 'SPF-kontroll', 'DKIM-kontroll', 'autentiseringen misslyckades', 'autentisering misslyckades'),
      ...from(PLAIN, 'autentiseringen av avsändaren misslyckades'),
    ],
  },
  broad: ['för stor', 'är full'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Swedish (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'brevlådan är tillfälligt otillgänglig'),
    ...from(REAL20_H, 'Leveransen till följande mottagare eller grupper misslyckades'),
    // The recipient's server refused it ("Meddelandet avvisades av mottagarens server"), no cause named.
    ...from(PLAIN, 'avvisades av mottagarens server', 'mottagarens server avvisade'),
    // A short notice's sentence that the recipient's server did not take the message, no cause named.
    ...from(PLAIN, 'tog inte emot ditt meddelande', 'tog inte emot meddelandet'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Meddelandet blockerades'),
    ...from(OUTLOOK, 'Ditt meddelande nådde inte några eller alla mottagare',
      'nådde inte några eller alla mottagare', 'Microsoft Exchange försöker inte leverera meddelandet igen'),
    ...from(EXCH, 'Det gick inte att leverera',
      'Leveransen misslyckades till följande mottagare eller grupper',
      'Diagnostisk information för administratörer', 'nådde inte alla eller vissa mottagare',
      'Kan inte levereras', 'Olevererbart'),
    ...from(M365, 'Det gick inte att leverera ditt meddelande', 'kunde inte levereras'),
    ...from(GMAIL, 'Adressen hittades inte', 'Meddelandet levererades inte', 'levererades inte'),
    ...from(OBS, 'kunde inte levereras', 'leveransen misslyckades', 'leveransfel',
      'meddelandet kunde inte skickas', 'Detta meddelande skapades automatiskt'),
    // lang27: the heading of a one-line failure ("Leverans misslyckades till <addr>: …"), as Postfix's and Exim's one-line log forms put it before the address.
    ...from(PLAIN, 'Leverans misslyckades', 'Leveransen misslyckades'),
  ],
  listLead: [
    ...from(REAL20_H, 'Leveransen till följande mottagare eller grupper misslyckades'),
    ...from(OUTLOOK, 'Följande mottagare kunde inte nås', 'Det gick inte att nå följande mottagare'),
    ...from(EXCH, 'Leveransen misslyckades till följande mottagare eller grupper', 'följande mottagare',
      'följande adresser'),
  ],
  delayed: [
    // A short delay sentence: the delivery is delayed, a new attempt follows (as in the other languages).
    ...from(PLAIN, 'är försenad', 'ett nytt försök görs', 'nytt leveransförsök görs'),
    ...from(EXCH, 'har inte levererats än', 'Leveransförsöken fortsätter', 'är fördröjd',
      'Leveransen är fördröjd', 'Leveransen till följande mottagare eller grupper är fördröjd',
      'har inte levererats ännu', 'ännu inte levererats'),
    ...from(OBS, 'Detta är endast en varning', 'du behöver inte skicka meddelandet igen', 'försöker igen',
      'nya försök görs', 'fördröjd leverans'),
    ...from(GMAIL, 'Ett tillfälligt problem uppstod', 'Gmail försöker igen'),
    ...from(PLAIN, 'är försenad', 'fortsätter att försöka'),
    ...from(PLAIN, 'Leveransen har fördröjts', 'Nya leveransförsök kommer att göras'),
    // lang27: the heading of a one-line delay ("Leverans försenad till <addr>: …"), as Postfix's and Exim's one-line log forms put it before the address.
    ...from(PLAIN, 'Leverans försenad', 'Leveransen försenad'),
  ],
  recipientBefore: [
    // "The delivery to <addr>" before the address, in a short delay or failure sentence (as German "Zustellung an").
    ...from(PLAIN, 'Leveransen till', 'leveransen av ditt meddelande till'),
    // A help desk's or a person's retelling of the notice ("your email to <addr> came back because …"): the everyday word for the email before the address.
    ...from(PLAIN, 'Ditt mejl till', 'ditt e-postmeddelande till', 'Mejlet till'),
    ...from(GMAIL, 'levererades inte till'),
    ...from(M365, 'ditt meddelande till', 'mottagare', 'Mottagarens adress', 'mottagaradress',
      'levereras till'),
    // "Det gick inte att leverera meddelandet till <addr>." (the title of the current layout).
    ...from(M365, 'leverera meddelandet till'),
    // "Meddelandet till <addr> har inte levererats ännu."
    ...from(PLAIN, 'Meddelandet till'),
  ],
  recipientAfter: [
    ...from(OBS, 'avvisades', 'har avvisats'),
  ],
  toLabel: [...from(CLIENT, 'Till')],
  clientFrom: [...from(CLIENT, 'Från')],
  clientSent: [...from(CLIENT, 'Skickat')],
  returnedStart: [
    ...from(EXCH, 'Ursprungliga meddelanderubriker', 'Ursprungligt meddelande'),
  ],
  reasonLead: [
    ...from(OBS, 'Orsak', 'Anledning', 'eftersom', 'Fel'),
  ],
  errorLabel: [...from(OBS, 'Fel', 'Serverfel', 'Felkod')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from('A mailbox unavailable "for now" in Swedish (lang21 round): the word that makes it a passing state, as English "temporarily"', 'tillfälligt otillgänglig'), ...from(PLAIN, 'tillfälligt fel', 'tillfälligt problem', 'tillfälligt avvisad', 'tillfälligt avvisat', 'tillfälligt nekad')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'möjliga orsaker', 'möjliga skäl'), ...from(HEDGE32, 'kanske', 'möjligen', 'troligen', 'eventuellt')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Tips', 'Kontrollera', 'Kontakta', 'Mer information')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Swedish (lang21 round): a check that found nothing', 'inget virus hittades', 'inga virus hittades', 'inget virus', 'inga virus', 'spamkontroll: godkänd', 'inte skräppost')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Swedish, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Din postlåda är nästan full', 'Din brevlåda är nästan full', 'Din inkorg är nästan full', 'Din postlåda är full', 'Din brevlåda är full')],
  // Exchange's delivery and relay notifications in Swedish: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Ditt meddelande har levererats till följande mottagare', 'Meddelandet har levererats till följande mottagare', 'Leveransen till de här mottagarna eller grupperna är klar')],
  // Outlook's read receipt in Swedish (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Ditt meddelande', 'Meddelandet'),
    subject: from(RECEIPT, 'Ämne'),
    read: from(RECEIPT, 'lästes'),
    deleted: from(RECEIPT, 'togs bort utan att ha lästs', 'togs bort oläst'),
  },
};
