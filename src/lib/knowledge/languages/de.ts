/**
 * German: Microsoft 365 / Exchange / Outlook non-delivery reports in German, Gmail's German
 * notices, GMX, WEB.DE, 1&1 / IONOS, T-Online and Domino's German directory wording, and
 * the replies German providers write.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in German): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
// lang20: the exact wording of real localised notices and help pages.
const REAL20_G20 = "Gmail help in German, the error headings (support.google.com/mail/answer/6596?hl=de; answer.py?hl=de&answer=82454: \"Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden\")";
const REAL20_W20 = "Google Workspace \"Fehler und Codes bei Gmail-SMTP\" (support.google.com/a/answer/3726730?hl=de), the German texts of 450 4.2.1";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in German (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in German (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: msxfaq.de "Ungelesen gelöscht": "wurde am … ungelesen gelöscht")';
const TB_RECEIPT = 'Thunderbird\'s return receipt in German (the text part of its MDN, Thunderbird\'s msgmdn strings: "This is a Return Receipt for the mail that you sent to …", translated)';

const OUTLOOK = 'Outlook / Exchange 2003 notice in German ("Einige Empfänger haben Ihre Nachricht nicht erhalten")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in German ("Ihre Nachricht an … konnte nicht übermittelt werden" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in German ("Unzustellbar:", "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen", and the per-code explanations)';
const GMAIL = 'Gmail, German notices and help page (support.google.com/mail/answer/6596?hl=de)';
const GMX = 'GMX / WEB.DE / 1&1 (IONOS) German bounce notices and SMTP replies (observed; Sisimai Lhost/GMX.pm, Lhost/EinsUndEins.pm)';
const DOMINO = 'HCL/IBM Domino router, German ("ist nicht im Domino-Verzeichnis aufgeführt", the translation of "not listed in Domino Directory", Sisimai Lhost/Domino.pm)';
const OBS = 'Observed wording of German providers\' SMTP replies (T-Online, Strato, Hetzner, mailbox.org, Posteo, universities)';
const PLAIN = 'Plain German wording of the cause, where no provider\'s own text was found ("Zu viele Verbindungen", "Virus gefunden", "Das Postfach des Empfängers ist gesperrt")';
const R22_SENDER_UNKNOWN = 'Postfix "Sender address rejected: Domain not found" / RFC 3463 5.1.7-5.1.8 (a bad sender address) in plain German (lang22 round): the sender\'s address or its domain unknown, the adjective before the noun ("unbekannter Absender"): the sender refused, not the recipient\'s address';
const R22_CLOSED = 'Plain German wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain German wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("des Empfängers wurde archiviert"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in German ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in German), and the same warning of providers\' webmail';
const GMXNEWS = 'GMX newsroom on bounces (newsroom.gmx.net, "Unzustellbar: Was tun …"): too many e-mails delivered over one IP address in too short a time';const WEBDE = 'web.de and GMX replies as listed by sitepackage.de ("Typische Fehlermeldungen bei Unzustellbarkeit"): "550 Benutzer nicht bekannt/User unknown", "550 Benutzer hat das Speichervolumen ueberschritten", "550 Benutzer hat zuviele Mails auf dem Server"';


const APPLE = 'Apple Mail in German, when the outgoing server refuses a recipient ("Die E-Mail „…“ kann nicht gesendet werden.", the recipient "wurde vom Server abgelehnt"): the refusal, no cause';

const CLIENT = "Outlook's German message header labels (Von / Gesendet / An / Betreff), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in German: "Posteingangsregeln"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s German documentation ("Nachrichtenflussregeln (Transportregeln)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in German): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in German (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in German: a policy on content, not a virus';
const R21_CONN = 'Plain German wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain German wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in German), qmail\'s "This message is looping": the plain words for it in German';
const R21_PLAIN = 'Plain German wording of the cause (lang21 round), where no provider\'s own text was found';

// lang23: the sending host's own faults and a group's allow list, in German.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain German (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in German (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in German (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain German (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in German (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in German ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_BANNED = 'A filter that forbids a kind of attachment, the file type named (lang29 round): amavisd-new\'s BANNED notice, Exchange / Microsoft 365 attachment filtering (learn.microsoft.com "Common attachments filter in EOP"), in the language: a policy on content, not a virus';
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';

const R29_GAVEUP = 'The server gave up after a number of days (lang29 round): RFC 3463 X.4.7 "delivery time expired", Postfix bounce "message delivery is given up after N days", in the language';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const de: LanguageWording = {
  code: 'de',
  name: 'German',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'keinen PTR-Eintrag', 'kein PTR-Eintrag', 'PTR-Eintrag fehlt', 'Reverse-DNS fehlt', 'kein Reverse-DNS'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Nicht genügend Systemspeicher', 'Systemspeicher', 'Festplatte des Mailservers ist voll'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'überlastet'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'E-Mail-Adresse des Empfängers hat sich geändert', 'Adresse des Empfängers hat sich geändert'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'akzeptiert nur Nachrichten von', 'Liste zulässiger Absender'),
      ...from(R21_RULES, 'Regel des Empfängers', 'Posteingangsregel', 'Filterregel des Empfängers', 'Filter des Empfängers', 'Regel im Postfach des Empfängers'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R29_TLS, 'TLS-Verbindung fehlgeschlagen', 'TLS-Verbindung konnte nicht', 'TLS-Handshake fehlgeschlagen', 'Verbindung konnte nicht aufgebaut werden', 'konnte nicht aufgebaut werden'),
      ...from(R21_LOOP, 'E-Mail-Schleife', 'Mailschleife', 'Nachrichtenschleife', 'E-Mail-Routingschleife', 'zu oft weitergeleitet'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'Anzahl der Hops überschritten'),
      // A DNS lookup that failed for now (lang21): a network matter, as English "DNS error".
      ...from(R21_PLAIN, 'DNS-Fehler', 'konnte nicht aufgelöst werden'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'Verbindung zum Mailserver des Empfängers fehlgeschlagen', 'Verbindung fehlgeschlagen', 'Mailserver des Empfängers ist nicht erreichbar', 'Mailserver nicht erreichbar', 'Zeitüberschreitung der Verbindung', 'Zeitüberschreitung bei der Verbindung'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'kein Postfach unter dieser Adresse', 'kein Postfach vorhanden'),
      ...from(HEADING, 'Empfänger sind unbekannt', 'Empfänger existieren nicht', 'Adressen sind unbekannt', 'Adressen existieren nicht', 'Benutzer sind unbekannt', 'Empfängeradressen sind unbekannt'),
      ...from(REAL20_G20, 'E-Mail-Adresse des Empfängers existiert nicht', 'Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden'),
      // Not registered with the provider ("Die Adresse ist bei uns nicht registriert").
      ...from(PLAIN, 'Adresse ist bei uns nicht registriert', 'bei uns nicht registriert'),
      // "Einen Benutzer mit dieser Adresse gibt es hier nicht" (there is no such user here); broad.
      ...from(PLAIN, 'gibt es hier nicht'),
      // The recipient's mailbox deleted: the address no longer leads anywhere (as Japanese "アカウントは削除されています").
      ...from(PLAIN, 'Postfach wurde gelöscht', 'Postfach des Empfängers wurde gelöscht', 'Konto wurde gelöscht', 'E-Mail-Adresse wurde gelöscht'),
      ...from(GMAIL, 'die Adresse nicht gefunden wurde'),
      ...from(OBS, 'Benutzer existiert nicht', 'ungültige E-Mail-Adresse', 'Postfach unbekannt',
        'Mailbox unbekannt'),
      ...from(OBS, 'Adresse ungültig', 'ungültige Adresse',
        'Mailbox nicht verfügbar', 'Postfach nicht verfügbar'),
      ...from(DOMINO, 'ist nicht im Domino-Verzeichnis', 'nicht im Domino Directory',
        'nicht im Domino-Verzeichnis aufgeführt'),
      ...from(M365, 'wurde nicht gefunden', 'Empfänger nicht gefunden', 'Der Empfänger wurde nicht gefunden',
        'konnte nicht gefunden werden', 'nicht gefunden'),
      ...from(EXCH, 'Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden',
        'Die E-Mail-Adresse konnte nicht gefunden werden', 'existiert nicht mehr',
        'Postfach existiert nicht', 'Der Empfänger ist nicht vorhanden'),
      ...from(GMAIL, 'Das E-Mail-Konto existiert nicht', 'E-Mail-Adresse existiert nicht',
        'ist nicht vorhanden'),
      ...from(DOMINO, 'nicht im Domino-Verzeichnis', 'ist nicht im Adressbuch',
        'nicht im öffentlichen Namens- und Adressbuch'),
      ...from(OBS, 'Benutzer unbekannt', 'unbekannter Benutzer', 'Empfänger unbekannt',
        'unbekannter Empfänger', 'Adresse existiert nicht', 'existiert nicht', 'Empfängeradresse ungültig',
        'ungültige Empfängeradresse', 'Mailbox nicht vorhanden', 'Postfach nicht vorhanden',
        'kein solcher Benutzer', 'Adresse unbekannt'),
      ...from(OBS, 'Der Empfänger ist unbekannt', 'Benutzer ist unbekannt'),
      ...from(WEBDE, 'Benutzer nicht bekannt'),
      ...from(PLAIN, 'kein Postfach gibt', 'Postfach nicht existiert', 'Adresse nicht existiert'),
      ...from(PLAIN, 'ist uns nicht bekannt', 'bei uns nicht bekannt'),
      ...from(PLAIN, 'unbekannte Empfängeradresse', 'Empfängeradresse unbekannt'),
      // A university's or company's reply for an address it has retired ("Diese E-Mail-Adresse ist nicht mehr gültig.").
      ...from(PLAIN, 'E-Mail-Adresse ist nicht mehr gültig', 'Adresse ist nicht mehr gültig'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'in unserem System nicht vergeben', 'Empfängeradresse ist nicht vergeben', 'Adresse ist nicht vergeben'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'Postfach des Empfängers ist überfüllt', 'Postfach ist überfüllt'),
      ...from(HEADING, 'Postfächer sind voll', 'Postfächer der folgenden Empfänger sind voll'),
      // No free storage left ("hat keinen freien Speicher mehr").
      ...from(PLAIN, 'keinen freien Speicher', 'kein freier Speicher'),
      ...from(OBS, 'Mailbox ist voll', 'Speicher voll', 'Postfach überfüllt', 'Quota erreicht'),
      ...from(EXCH, 'Das Postfach des Empfängers ist voll', 'Postfach des Empfängers ist voll',
        'kann zurzeit keine Nachrichten annehmen', 'Speicherkontingent'),
      ...from(GMAIL, 'Der Posteingang des Empfängers ist voll', 'keinen freien Speicherplatz',
        'Speicherplatz'),
      ...from(GMX, 'Postfach voll', 'Postfach ist voll', 'Mailbox voll', 'Postfach des Empfängers voll',
        'Speicherplatz des Postfachs'),
      ...from(OBS, 'Briefkasten voll', 'Quota überschritten', 'Kontingent überschritten',
        'Speicherlimit erreicht', 'Postfachgröße überschritten'),
      ...from(OBS, 'Mailbox des Empfängers ist voll', 'ist voll'),
      ...from(WEBDE, 'Speichervolumen überschritten', 'Speichervolumen ueberschritten', 'zuviele Mails auf dem Server', 'zu viele Mails auf dem Server'),
      ...from(PLAIN, 'Speicherlimit'),
      ...from(PLAIN, 'keinen Platz mehr', 'Postfach voll ist'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'des Empfängers wurde archiviert', 'des Empfängers ist archiviert'),
      ...from(R22_CLOSED, 'Postfach ist schreibgeschützt', 'Postfach schreibgeschützt', 'Postfach archiviert', 'Postfach ist archiviert', 'Postfach wurde archiviert', 'Benutzerkonto ist abgelaufen', 'Konto ist abgelaufen', 'Konto abgelaufen', 'wegen offener Zahlung', 'wegen Zahlungsrückstand', 'wegen Nichtzahlung'),
      ...from(HEADING, 'Empfängerkonten sind gesperrt', 'Konten sind gesperrt', 'Postfächer sind gesperrt', 'Konten sind deaktiviert', 'Postfächer sind deaktiviert'),
      ...from(OBS, 'Postfach ist gesperrt', 'Empfängerkonto ist deaktiviert', 'Empfängerkonto deaktiviert'),
      ...from(EXCH, 'Postfach deaktiviert', 'Das Postfach ist deaktiviert', 'Konto deaktiviert'),
      ...from(OBS, 'Konto gesperrt', 'Postfach gesperrt', 'Konto wurde deaktiviert',
        'Postfach wurde gesperrt', 'Konto ist inaktiv', 'Postfach ist inaktiv'),
      ...from(OBS, 'Konto des Empfängers wurde deaktiviert', 'wurde deaktiviert', 'ist deaktiviert', 'Konto ist gesperrt'),
      ...from(PLAIN, 'des Empfängers ist gesperrt', 'des Empfängers wurde gesperrt', 'des Empfängers ist inaktiv'),
      ...from(PLAIN, 'wegen Inaktivität', 'Konto wurde stillgelegt', 'Postfach wurde stillgelegt'),
      ...from(PLAIN, 'Benutzerkonto gesperrt', 'Benutzerkonto deaktiviert'),
      ...from(PLAIN, 'nicht mehr aktiv'),
    ],
    hostunknown: [
      ...from(R21_PLAIN, 'ist kein Mailserver eingetragen', 'kein Mailserver eingetragen'),
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'kein Mailserver gefunden', 'keinen Mailserver', 'kein Mailserver für'),
      ...from(EXCH, 'Die Domäne existiert nicht', 'Domäne nicht gefunden', 'Zieldomäne existiert nicht',
        'Domänenname nicht gefunden'),
      ...from(OBS, 'Domain existiert nicht', 'Domain nicht gefunden', 'unbekannte Domain',
        'Host nicht gefunden', 'Host unbekannt'),
      ...from(GMX, 'Domain des Empfängers existiert nicht', 'Empfängerdomain existiert nicht', 'Domäne des Empfängers existiert nicht', 'Domain ist unbekannt'),
      ...from(PLAIN, 'Domain nicht existiert', 'Domäne nicht existiert'),
      ...from(PLAIN, 'Zieldomain unbekannt', 'Zieldomäne unbekannt', 'Domain unbekannt'),
    ],
    mesgtoobig: [
      ...from(R21_PLAIN, 'Anhang ist zu groß', 'Dateianhang ist zu groß'),
      ...from(EXCH, 'Die Nachricht ist zu groß', 'überschreitet die maximal zulässige Größe',
        'Nachrichtengröße überschreitet', 'Größenbeschränkung'),
      ...from(OBS, 'Nachricht ist zu groß', 'Nachricht zu groß', 'E-Mail ist zu groß', 'zu groß für'),
      ...from(EXCH, 'maximal zulässige Größe', 'zulässige Nachrichtengröße'),
      ...from(PLAIN, 'maximale Größe', 'maximale Nachrichtengröße'),
      ...from(PLAIN, 'zulässige Größe'),
      ...from(PLAIN, 'erlaubte Größe'),
      ...from(PLAIN, 'Anhänge zu groß', 'Anhang zu groß'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'Spam-Score', 'Spamscore', 'Spam-Wert'),
      // A spam filter that refused it, the verb last ("von unserem Spamfilter zurückgewiesen").
      ...from(PLAIN, 'Spamfilter zurückgewiesen', 'Spamfilter abgewiesen', 'Spamfilter abgelehnt', 'Spamfilter blockiert', 'Spamfilter gestoppt'),
      ...from(GMAIL, 'als Spam markiert', 'als Spam eingestuft'),
      ...from(OBS, 'als Spam erkannt', 'Spamverdacht', 'Spam-Verdacht', 'wurde als Spam',
        'unerwünschte Werbung'),
      ...from(PLAIN, 'Spamfilter des Empfängers'),
      // "unerwünscht" is the German word of mail clients and filters for unwanted mail (Outlook's "Junk-E-Mail" folder aside).
      ...from(PLAIN, 'als unerwünscht eingestuft', 'als unerwünscht erkannt', 'als unerwünscht markiert'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Client-Host abgelehnt', 'Ihr Hostname konnte nicht gefunden werden', 'Ihr Hostname wurde nicht gefunden', 'Hostname Ihres Mailservers', 'Hostname Ihres Servers'),
      ...from(R23_HELO, 'HELO-Befehl abgelehnt', 'EHLO-Befehl abgelehnt', 'HELO-Name abgelehnt', 'HELO abgelehnt'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'im HELO', 'HELO-Hostname', 'HELO-Name'),
      // Greylisting in the language's own word (read as English "greylisted": a deliberate temporary refusal, knowledge/greylisting.ts).
      ...from(PLAIN, 'Greylisting'),
      ...from(OBS, 'Ihre IP-Adresse wurde blockiert', 'steht auf einer Sperrliste',
        'wegen schlechter Reputation', 'Ihre IP-Adresse ist gesperrt', 'IP-Adresse gesperrt',
        'IP-Adresse blockiert', 'auf einer Sperrliste', 'Sperrliste', 'schwarze Liste', 'Server blockiert'),
      ...from(PLAIN, 'auf einer Blacklist'),
      ...from(PLAIN, 'schwarzen Liste'),
    ],
    rejected: [
      ...from(R22_SENDER_UNKNOWN, 'unbekannter Absender', 'Absender ist unbekannt'),
      ...from(REAL20_G20, 'keine E-Mails von Ihnen empfangen möchte'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'vom Moderator abgelehnt', 'vom Moderator der Gruppe abgelehnt', 'vom Moderator nicht genehmigt'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'keine Nachrichten von Ihrer Adresse', 'keine E-Mails von Ihrer Adresse', 'keine Nachrichten von Ihnen'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'hat Ihre Adresse blockiert', 'hat Ihre Adresse gesperrt', 'hat deine Adresse blockiert'),
      ...from(EXCH, 'Absender abgelehnt', 'Absenderadresse abgelehnt', 'Der Absender wurde abgelehnt'),
      ...from(OBS, 'Absender blockiert', 'Absender gesperrt', 'ungültiger Absender',
        'Absenderdomain existiert nicht'),
    ],
    policyviolation: [
      ...from(R29_BANNED, 'unzulässiger Dateityp', 'unzulässigen Dateityp', 'Dateityp nicht zulässig', 'Dateityp ist nicht zulässig', 'nicht zulässiger Dateityp'),
      ...from(R21_BANNED, 'Dateianhänge vom Typ', 'Anhänge vom Typ', 'Dateityp ist nicht erlaubt', 'unzulässiger Dateianhang'),
      ...from(R21_TRANSPORT, 'Transportregel', 'Nachrichtenflussregel'),
      ...from(EXCH, 'Sie verfügen nicht über die Berechtigung', 'nicht berechtigt, an diesen Empfänger',
        'aufgrund von Richtlinien', 'Richtlinie'),
      ...from(OBS, 'verstößt gegen', 'Anhang nicht erlaubt', 'nicht zulässiger Anhang'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'Anhänge dieses Typs sind nicht erlaubt', 'Dateianhang nicht erlaubt', 'unzulässige Inhalte', 'unzulässigen Inhalt', 'verbotene Inhalte'),
    ],
    norelaying: [
      ...from(OBS, 'Relaying abgelehnt', 'Relay-Zugriff verweigert', 'nicht zum Relaying berechtigt',
        'Relaying nicht erlaubt', 'Weiterleitung nicht erlaubt', 'Relay verweigert', 'Relaying verweigert'),
      ...from(PLAIN, 'keine Weiterleitung an fremde Domains'),
      ...from(PLAIN, 'keine Berechtigung zum Relaying'),
    ],
    virusdetected: [
      ...from(R21_PLAIN, 'fand einen Virus', 'fand Viren'),
      ...from(PLAIN, 'Virus gefunden', 'Virus erkannt', 'enthält einen Virus', 'Schadsoftware', 'virenverseucht'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'Anzahl von Empfängern', 'Anzahl der Empfänger', 'Empfänger pro Nachricht'),
      ...from(PLAIN, 'zu viele Verbindungen', 'zu viele gleichzeitige Verbindungen', 'zu viele Empfänger'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'Sendekontingent', 'Versandkontingent'),
      ...from(REAL20_W20, 'erhält zu schnell E-Mails', 'empfängt E-Mails in einer Geschwindigkeit'),
      ...from(REAL20_G20, 'Limit zum Senden von E-Mails'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'Sie senden zu schnell', 'zu schnell gesendet', 'Senderate'),
      ...from(GMXNEWS, 'in zu kurzer Zeit'),
      ...from(PLAIN, 'zu viele Nachrichten', 'zu viele E-Mails', 'Sendelimit', 'Versandlimit'),
      ...from(PLAIN, 'zu viele E-Mails auf einmal'),
    ],
    expired: [
      ...from(R29_GAVEUP, 'Zustellung wurde eingestellt', 'Zustellversuche wurden eingestellt'),
      ...from(R21_PLAIN, 'Zustellversuchen aufgegeben'),
      ...from(R21_PLAIN, 'Verweildauer in der Warteschlange wurde überschritten', 'maximale Verweildauer überschritten'),
      // "Die Zustellung wurde nach 5 Tagen erfolglos abgebrochen" (given up, without success).
      ...from(PLAIN, 'erfolglos abgebrochen'),
      ...from(OBS, 'Zustellzeit überschritten', 'maximale Zustellzeit',
        'Zeitüberschreitung bei der Zustellung'),
      ...from(EXCH, 'konnte innerhalb des zulässigen Zeitraums nicht zugestellt werden',
        'Zeitlimit für die Zustellung überschritten', 'Die Nachricht ist abgelaufen'),
      ...from(OBS, 'Zustellversuche aufgegeben', 'Zustellung aufgegeben', 'zu lange in der Warteschlange'),
      // Giving up, not the attempts alone: a warning says the same attempts before "still" ("konnte nach mehreren Zustellversuchen noch nicht zugestellt werden. Es wird weiterhin versucht").
      ...from(OBS, 'Zustellversuche wurden aufgegeben', 'nach mehreren Zustellversuchen nicht'),
      ...from(PLAIN, 'keine weiteren Zustellversuche', 'Zustellversuche eingestellt'),
      ...from(PLAIN, 'Zustellung wurde aufgegeben'),
      ...from(PLAIN, 'Zustellung abgebrochen', 'Zustellung wurde abgebrochen'),
    ],
    authfailure: [
      ...from(OBS, 'SPF-Prüfung', 'DKIM-Prüfung', 'DMARC-Prüfung', 'Absenderauthentifizierung fehlgeschlagen', 'Authentifizierung des Absenders fehlgeschlagen'),
      // lang27: WEB.DE's and GMX's SPF refusal (postmaster.web.de/de/fehlermeldungen: "über einen anderen E-Mail-Server versendet als es laut SPF-Eintrag des Inhabers der Domain erlaubt ist").
      ...from('postmaster.web.de/de/fehlermeldungen (the SPF refusal)', 'laut SPF-Eintrag', 'nicht im SPF-Eintrag'),
    ],
  },
  broad: ['gibt es hier nicht', 'nicht gefunden', 'Speicherplatz', 'Richtlinie', 'zu groß für', 'ist voll', 'Adresse ungültig', 'ungültige Adresse', 'Mailbox nicht verfügbar', 'Postfach nicht verfügbar'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in German (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'Postfach vorübergehend nicht verfügbar'),
    // The same refusal with "abgelehnt" / "abgewiesen" (refused, turned away) for "nicht angenommen".
    ...from(PLAIN, 'vom Server des Empfängers abgelehnt', 'vom Server des Empfängers abgewiesen', 'vom Empfängerserver abgelehnt', 'vom Empfängerserver abgewiesen', 'vom empfangenden Server abgelehnt', 'vom empfangenden Server abgewiesen'),
    // A short notice's sentence that the receiving server refused the message, no cause named (English "was not accepted by the receiving server").
    ...from(PLAIN, 'vom empfangenden Server nicht angenommen', 'vom Server des Empfängers nicht angenommen', 'vom Empfängerserver nicht angenommen'),
    ...from(OUTLOOK, 'Einige Empfänger haben Ihre Nachricht nicht erhalten',
      'Ihre Nachricht hat einige oder alle Empfänger nicht erreicht',
      'Microsoft Exchange wird nicht versuchen, die Nachricht erneut zuzustellen'),
    ...from(EXCH, 'Unzustellbar', 'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen',
      'Ihre Nachricht hat einige oder alle Empfänger nicht erreicht', 'konnte(n) nicht erreicht werden',
      'Diagnoseinformationen für Administratoren'),
    ...from(M365, 'konnte nicht übermittelt werden', 'Die Nachricht konnte nicht zugestellt werden'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Nachricht blockiert'),
    ...from(GMAIL, 'Adresse nicht gefunden', 'Ihre Nachricht wurde nicht zugestellt',
      'nicht zugestellt werden'),
    ...from(GMX, 'Zustellung fehlgeschlagen', 'Diese Nachricht wurde automatisch',
      'konnte nicht zugestellt werden', 'nicht zustellbar', 'Unzustellbare Nachricht',
      'Fehler bei der Zustellung'),
    ...from(APPLE, 'kann nicht gesendet werden', 'wurde vom Server abgelehnt'),
    ...from(OBS, 'nicht zugestellt', 'Zustellung nicht möglich', 'konnte nicht ausgeliefert werden',
      'Nachricht zurückgewiesen'),
  ],
  listLead: [
    ...from(DOMINO, 'wurde nicht zugestellt an'),
    ...from(OUTLOOK, 'Folgende Empfänger können nicht erreicht werden',
      'Folgende Empfänger konnten nicht erreicht werden'),
    ...from(EXCH, 'Folgende(r) Empfänger konnte(n) nicht erreicht werden',
      'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen', 'folgende Empfänger'),
    ...from(GMX, 'an folgende Empfänger', 'folgenden Empfänger'),
  ],
  delayed: [
    // "konnte vorübergehend nicht zugestellt werden; der Server versucht es in 30 Minuten erneut" (a retry to come).
    ...from(PLAIN, 'vorübergehend nicht zugestellt', 'versucht es in'),
    // Not delivered "so far" ("konnte bisher nicht zugestellt werden"), the server "versucht es weiter": a delay, as "noch nicht zugestellt".
    ...from(PLAIN, 'bisher nicht zugestellt', 'versucht es weiter'),
    // A short delay sentence: the delivery is delayed, a new attempt follows (as in the other languages).
    ...from(PLAIN, 'ist verzögert', 'ein neuer Versuch erfolgt', 'neuer Zustellversuch erfolgt'),
    ...from(EXCH, 'verzögert sich', 'Es wird weiterhin versucht', 'versucht weiterhin',
      'Zustellung verzögert', 'Die Zustellung wurde verzögert',
      'Die Zustellung an folgende Empfänger oder Gruppen wird verzögert', 'noch nicht zugestellt'),
    ...from(GMAIL, 'Es wird weiter versucht', 'wird erneut versucht', 'Zustellung unvollständig'),
    ...from(OBS, 'Dies ist nur eine Warnung', 'Sie müssen die Nachricht nicht erneut senden',
      'wird weiterhin versucht', 'weitere Zustellversuche'),
    ...from(GMAIL, 'ist ein vorübergehendes Problem aufgetreten'),
  ],
  recipientBefore: [
    ...from(GMAIL, 'Ihre Nachricht wurde nicht an', 'nicht an'),
    ...from(EXCH, 'Ihre Nachricht an', 'Empfänger', 'Empfängeradresse', 'Empfänger-Adresse',
      'Adresse des Empfängers', 'Zustellung an'),
    ...from(GMX, 'Die Nachricht an', 'Ihrer Nachricht an', 'Ihre E-Mail an', 'Die E-Mail an'),
    // Providers' own notices label the recipient's address ("Zieladresse: <addr>").
    ...from(OBS, 'Zieladresse', 'Ziel-Adresse', 'Empfänger-E-Mail-Adresse'),
  ],
  recipientAfter: [
    ...from(OBS, 'wurde abgelehnt', 'wurde abgewiesen', 'wurde zurückgewiesen'),
  ],
  toLabel: [...from(CLIENT, 'An')],
  clientFrom: [...from(CLIENT, 'Von')],
  clientSent: [...from(CLIENT, 'Gesendet')],
  returnedStart: [
    ...from(EXCH, 'Ursprüngliche Nachrichtenkopfzeilen', 'Kopfzeilen der ursprünglichen Nachricht',
      'Ursprüngliche Nachricht'),
  ],
  reasonLead: [
    ...from(OBS, 'Grund', 'Ursache', 'weil', 'Fehler', 'Ablehnungsgrund', 'Fehlergrund', 'Fehlermeldung'),
  ],
  errorLabel: [...from(OBS, 'Fehler', 'Serverfehler', 'Fehlercode', 'Fehlermeldung')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'vorübergehender Fehler', 'temporärer Fehler', 'vorübergehendes Problem', 'vorübergehend abgelehnt', 'vorübergehend nicht', 'vorübergehend gesperrt')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, 'mögliche Ursachen', 'mögliche Gründe', 'mögliche Ursache'), ...from(HEDGE32, 'vermutlich', 'möglicherweise', 'wahrscheinlich', 'vielleicht', 'eventuell')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Tipp', 'Bitte prüfen Sie', 'Prüfen Sie', 'Bitte überprüfen Sie', 'Überprüfen Sie', 'Wenden Sie sich', 'Bitte wenden Sie sich', 'Weitere Informationen')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in German (lang21 round): a check that found nothing', 'kein Virus gefunden', 'keine Viren gefunden', 'kein Virus erkannt', 'keine Viren erkannt', 'kein Virus', 'keine Viren', 'virenfrei', 'Spamprüfung: bestanden', 'Spam-Prüfung: bestanden', 'kein Spam')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in German, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Ihr Postfach ist fast voll', 'Ihr Postfach ist beinahe voll', 'Ihr Postfach ist nahezu voll', 'Ihr Postfach ist bald voll', 'Ihr Postfach ist voll')],
  // Exchange's delivery and relay notifications in German: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Ihre Nachricht wurde an die folgenden Empfänger zugestellt', 'Die Zustellung an diese Empfänger oder Gruppen ist abgeschlossen')],
  // Outlook's read receipt in German (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Ihre Nachricht'),
    subject: from(RECEIPT, 'Betreff'),
    read: from(RECEIPT, 'wurde am … gelesen'),
    deleted: from(RECEIPT, 'wurde am … ungelesen gelöscht'),
    statement: from(TB_RECEIPT, 'Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an … gesendet haben'),
  },
  listRemoved: [...from(LIST32, 'Sie wurden von der Mailingliste', 'Sie wurden von der Liste', 'von der Mailingliste abgemeldet', 'Ihr Abonnement der Mailingliste')],
};
