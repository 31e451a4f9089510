/**
 * Polish: Microsoft 365 / Exchange / Outlook non-delivery reports in Polish, Gmail's Polish
 * notices, WP, Onet, Interia, o2.pl and home.pl replies.
 */
import { first, from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Polish): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';
// lang20: the exact wording of real localised notices and help pages.
const REAL20_O20 = "Onet and Interia help on returned mail (pomoc.poczta.onet.pl \"Co zrobić w przypadku odesłanych lub odrzuconych e-maili\", pomoc.poczta.interia.pl \"Dlaczego wiadomość nie została dostarczona?\")";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Polish (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Polish (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "została przeczytana …", "została usunięta bez przeczytania …")';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Polish ("Wiadomość nie dotarła do niektórych lub wszystkich adresatów")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Polish ("Nie można dostarczyć wiadomości do …" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Polish ("Niedostarczalne:", "Dostarczenie do tych adresatów lub grup nie powiodło się", and the per-code explanations)';
const GMAIL = 'Gmail, Polish notices and help page (support.google.com/mail/answer/6596?hl=pl)';
const OBS = 'Observed wording of Polish providers\' SMTP replies and notices (WP, Onet, Interia, o2.pl, home.pl)';
const PLAIN = 'Plain Polish wording of the cause, where no provider\'s own text was found ("Zbyt wiele połączeń", "Wykryto wirusa", "konto odbiorcy jest nieaktywne")';
const R22_SENDER_UNKNOWN = 'Postfix "Sender address rejected: Domain not found" / RFC 3463 5.1.7-5.1.8 (a bad sender address) in plain Polish (lang22 round): the sender\'s address or its domain unknown, the adjective before the noun ("nieznany nadawca"): the sender refused, not the recipient\'s address';
const R22_CLOSED = 'Plain Polish wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_ARCHIVED = 'Plain Polish wording (lang22 round) of the recipient\'s mailbox archived, the recipient named between the mailbox and the verb ("odbiorcy została zarchiwizowana"): an account that takes no mail (Sisimai Reason/Suspend.pm "account has been disabled or discontinued"), the address not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Polish (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Polish ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Polish), and the same warning of providers\' webmail';

const CLIENT = "Outlook's Polish message header labels (Od / Wysłano / Do / Temat), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Polish: "reguły" of the inbox), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Polish documentation ("reguły przepływu poczty (reguły transportu)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Polish): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Polish (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Polish: a policy on content, not a virus';
const R21_PLAIN = 'Plain Polish wording of the cause (lang21 round), where no provider\'s own text was found';
const R21_CONN = 'Plain Polish wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Polish wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Polish), qmail\'s "This message is looping": the plain words for it in Polish';

// lang23: the sending host's own faults and a group's allow list, in Polish.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Polish (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Polish (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Polish (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Polish (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Polish (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Polish ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients.
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';
const R26_RCPT = 'The maximum number of recipients per message exceeded, in the language (lang26 round; RFC 5321 §4.5.3.1.8 "452 Too many recipients", RFC 3463 X.5.3): a limit on one message, not its size';

// lang29: the cause families the earlier rounds covered least.
const R29_SIZE = 'The message over the size the receiving server allows (lang29 round): RFC 1870 SIZE, RFC 3463 X.3.4 "Message too big for system", Postfix "message size exceeds fixed limit", in the language';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';

export const pl: LanguageWording = {
  code: 'pl',
  name: 'Polish',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, 'rekordu PTR', 'brak odwrotnego DNS', 'odwrotnego DNS'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'Brak miejsca na dysku serwera'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, 'przeciążony'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, 'adres e-mail adresata uległ zmianie', 'adres e-mail odbiorcy uległ zmianie', 'adres odbiorcy uległ zmianie'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'akceptuje tylko wiadomości od', 'listy dozwolonych nadawców'),
      ...from(R21_RULES, 'filtr ustawiony przez odbiorcę', 'filtr odbiorcy', 'reguła odbiorcy', 'regułę odbiorcy', 'regułę ustawioną przez odbiorcę'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R21_LOOP, 'pętlę pocztową', 'pętla pocztowa', 'pętli pocztowej', 'zapętlenie wiadomości'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'pętla poczty', 'pętlę poczty', 'pętli poczty', 'liczbę przeskoków'),
      // A DNS lookup that failed for now (lang21): a network matter, as English "DNS error".
      ...from(R21_PLAIN, 'błąd DNS'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, 'nie udało się połączyć', 'serwer pocztowy odbiorcy jest nieosiągalny', 'serwer nieosiągalny'),
      // A connection that timed out (English "connection timed out"), lang27.
      ...from(PLAIN, 'przekroczono czas połączenia', 'przekroczono limit czasu połączenia'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'nieznany odbiorca', 'odbiorca nieznany'),
      ...from(HEADING, 'adresy nie istnieją', 'adresaci nie istnieją', 'odbiorcy nie istnieją', 'adresaci są nieznani', 'odbiorcy są nieznani', 'adresy są nieznane'),
      ...from(M365, 'Nie znaleziono adresata', 'nie został znaleziony', 'nie znaleziono'),
      ...from(EXCH, 'Wprowadzony adres e-mail nie został znaleziony', 'Nie można znaleźć adresu e-mail',
        'już nie istnieje'),
      ...from(GMAIL, 'Konto e-mail, na które próbujesz wysłać wiadomość, nie istnieje',
        'Konto e-mail nie istnieje'),
      ...from(OBS, 'nieznany użytkownik', 'użytkownik nieznany', 'nie istnieje', 'adresat nie istnieje',
        'konto nie istnieje', 'skrzynka nie istnieje', 'nieznany adresat', 'nieprawidłowy adres',
        'brak takiego użytkownika', 'nie ma takiego użytkownika'),
      ...from(OBS, 'Nie ma takiego konta'),
      ...from(PLAIN, 'nie ma skrzynki'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, 'nie jest przypisany do żadnego konta', 'nie należy do żadnego konta'),
    ],
    mailboxfull: [
      ...from(R21_PLAIN, 'przekroczyła limit miejsca', 'limit miejsca'),
      // No free space left ("nie ma już wolnego miejsca").
      ...from(PLAIN, 'nie ma już wolnego miejsca', 'nie ma wolnego miejsca'),
      // "W skrzynce odbiorcy skończyło się miejsce" (the space ran out).
      ...from(PLAIN, 'skończyło się miejsce'),
      // The mailbox "przekroczyła przydział (miejsca)": over its allotted space, the quota (as "przekroczona quota").
      ...from(PLAIN, 'przekroczyła przydział', 'przekroczono przydział'),
      ...from(PLAIN, 'brakuje miejsca'),
      // lang28: the mailbox's size limit passed ("przekroczono limit wielkości skrzynki", as English "mailbox size limit exceeded", Postfix's 5.2.2 wording).
      ...from(PLAIN, 'limit wielkości skrzynki', 'przekroczono limit wielkości', 'przekroczony limit wielkości'),
      ...from(EXCH, 'Skrzynka pocztowa adresata jest pełna', 'nie może obecnie przyjmować wiadomości'),
      ...from(GMAIL, 'Skrzynka odbiorcza adresata jest pełna', 'brak miejsca'),
      ...from(OBS, 'skrzynka pełna', 'skrzynka jest pełna', 'skrzynka odbiorcy jest pełna',
        'przepełniona skrzynka', 'skrzynka przepełniona', 'przekroczony limit pojemności', 'przekroczono limit miejsca',
        'przekroczona quota', 'brak wolnego miejsca'),
      ...from(OBS, 'jest pełna'),
      ...from(PLAIN, 'jest przepełniona'),
      ...from(PLAIN, 'limit pojemności'),
      ...from(PLAIN, 'nie ma już miejsca'),
    ],
    suspend: [
      ...from(R22_ARCHIVED, 'odbiorcy została zarchiwizowana', 'odbiorcy jest zarchiwizowana'),
      ...from(R22_CLOSED, 'skrzynka jest tylko do odczytu', 'skrzynka tylko do odczytu', 'skrzynka zarchiwizowana', 'skrzynka została zarchiwizowana', 'konto wygasło', 'z powodu braku płatności', 'z powodu nieopłacenia'),
      // "Konto odbiorcy zostało dezaktywowane" (deactivated, as "zostało wyłączone").
      ...from(PLAIN, 'zostało dezaktywowane', 'konto dezaktywowane', 'jest dezaktywowane'),
      ...from(EXCH, 'Skrzynka pocztowa jest wyłączona'),
      ...from(OBS, 'konto zablokowane', 'konto wyłączone', 'konto nieaktywne', 'konto zawieszone',
        'skrzynka zablokowana', 'skrzynka nieaktywna'),
      ...from(OBS, 'konto odbiorcy zostało zablokowane', 'zostało zablokowane', 'zostało zawieszone'),
      ...from(PLAIN, 'jest nieaktywne', 'jest zablokowane', 'jest zawieszone'),
      ...from(PLAIN, 'zostało wyłączone', 'braku aktywności'),
      ...from(PLAIN, 'nie jest już aktywne'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'nie znaleziono serwera pocztowego', 'serwera pocztowego dla domeny'),
      ...from(EXCH, 'Domena nie istnieje', 'nie znaleziono domeny'),
      ...from(OBS, 'nieznana domena', 'nieznany host'),
      ...from(OBS, 'domena odbiorcy nie istnieje'),
      ...from(PLAIN, 'nieznana nazwa domeny'),
    ],
    mesgtoobig: [
      ...from(R29_SIZE, 'maksymalny dozwolony rozmiar', 'dozwolony rozmiar', 'dopuszczalny rozmiar', 'przekracza limit rozmiaru'),
      // "Załączniki są zbyt duże" (as "są za duże").
      ...from(PLAIN, 'są zbyt duże', 'załącznik jest zbyt duży'),
      // "Twój e-mail jest za duży" (the masculine of "wiadomość jest za duża").
      ...from(PLAIN, 'jest za duży', 'e-mail jest zbyt duży'),
      ...from(EXCH, 'Wiadomość jest zbyt duża', 'przekracza maksymalny rozmiar',
        'rozmiar wiadomości przekracza'),
      ...from(OBS, 'wiadomość jest za duża', 'zbyt duża', 'za duża wiadomość'),
      ...from(PLAIN, 'przekracza rozmiar'),
      ...from(PLAIN, 'są za duże'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'wynik spamu', 'wynik spam'),
      // Any anti-spam filter that stopped it ("zablokowany przez nasz filtr antyspamowy"), not only the recipient's.
      ...from(PLAIN, 'filtr antyspamowy'),
      ...from(GMAIL, 'oznaczona jako spam'),
      ...from(OBS, 'uznana za spam', 'rozpoznana jako spam', 'zakwalifikowana jako spam',
        'podejrzenie spamu', 'niechciana poczta'),
      ...from(OBS, 'uznana za niechcianą'),
      ...from(PLAIN, 'filtr antyspamowy adresata'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'Host klienta odrzucony', 'nazwy hosta Twojego serwera', 'nazwa hosta Twojego serwera'),
      ...from(R23_HELO, 'Polecenie HELO odrzucone', 'Polecenie EHLO odrzucone', 'HELO odrzucone'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'w HELO', 'nazwa HELO', 'nazwy HELO'),
      ...from(OBS, 'adres IP zablokowany', 'czarna lista', 'czarnej liście', 'serwer zablokowany',
        'zła reputacja'),
      ...from(PLAIN, 'liście blokowanych', 'liście zablokowanych'),
    ],
    rejected: [
      ...from(R22_SENDER_UNKNOWN, 'nieznany nadawca', 'nieznany adres nadawcy'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'odrzucona przez moderatora', 'odrzucone przez moderatora'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'nie przyjmuje wiadomości z Twojego adresu', 'nie przyjmuje wiadomości od Ciebie', 'nie przyjmuje wiadomości z adresu nadawcy'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'zablokował Twój adres', 'zablokował adres nadawcy'),
      ...from(OBS, 'nadawca odrzucony', 'nadawca zablokowany', 'nieprawidłowy nadawca', 'domena nadawcy'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'uprawniony do wysyłania do tego odbiorcy', 'nie masz uprawnień do wysyłania do tego odbiorcy'),
      ...from(R21_BANNED, 'załączniki typu', 'typ załącznika'),
      ...from(R21_TRANSPORT, 'reguła transportu', 'regułę transportu', 'reguły transportu', 'reguła przepływu poczty', 'regułę przepływu poczty'),
      ...from(EXCH, 'Nie masz uprawnień do wysyłania', 'nie masz uprawnień', 'ze względu na zasady',
        'zasady zabezpieczeń'),
      ...from(OBS, 'polityka bezpieczeństwa', 'polityką bezpieczeństwa', 'niedozwolony załącznik',
        'narusza zasady'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'załączniki tego typu są niedozwolone', 'niedozwolone treści', 'zabronione treści'),
    ],
    norelaying: [
      ...from(OBS, 'przekazywanie poczty zabronione', 'brak zgody na przekazywanie',
        'przekazywanie niedozwolone', 'relay niedozwolony', 'odmowa przekazania'),
      ...from(PLAIN, 'nie przekazuje poczty'),
    ],
    virusdetected: [
      ...from(PLAIN, 'wykryto wirusa', 'zawiera wirusa', 'wirus wykryty', 'złośliwe oprogramowanie', 'zainfekowan'),
      ...from(PLAIN, 'wirus', 'wirusa'),
    ],
    toomanyconn: [
      ...from(R26_RCPT, 'liczbę odbiorców', 'liczba odbiorców', 'odbiorców wiadomości', 'odbiorców na wiadomość'),
      // Too many (simultaneous) connections, in the word order of the language.
      ...from(PLAIN, 'zbyt wiele jednoczesnych połączeń'),
      ...from(PLAIN, 'zbyt wiele połączeń', 'za dużo połączeń', 'zbyt wielu adresatów', 'zbyt wielu odbiorców'),
    ],
    speeding: [
      ...first(R26_QUOTA, 'przydział wysyłania', 'dzienny przydział'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, 'zbyt szybko', 'tempo wysyłki'),
    // The sender's own sending limit, per day or in all (Gmail's "You have reached a limit for sending mail", Microsoft's 5.2.121 / 5.1.90 daily limit), the adjective before or after the noun.
      ...from(PLAIN, 'dzienny limit wysyłania', 'limit wysyłania', 'dobowy limit wysyłania'),
      ...from(PLAIN, 'zbyt wiele wiadomości', 'za dużo wiadomości', 'limit wysyłki'),
      // The limit named by what it counts, "limit wysyłanych wiadomości" (the limit of messages sent,
      // Interia's and o2's notices of a sending limit reached: "przekroczono limit wysyłanych
      // wiadomości"; round lang30).
      ...from(PLAIN, 'limit wysyłanych wiadomości', 'limit wysłanych wiadomości'),
    ],
    expired: [
      ...from(R21_PLAIN, 'zrezygnowano z doręczenia'),
      ...from(R21_PLAIN, 'przekroczono maksymalny czas oczekiwania w kolejce'),
      // "Dostarczanie przerwano po 5 dniach prób" (stopped after days of attempts; es "días de intentos").
      ...from(PLAIN, 'dostarczanie przerwano', 'przerwano dostarczanie', 'dniach prób'),
      ...from(OBS, 'upłynął czas dostarczenia'),
      ...from(EXCH, 'Wiadomość wygasła', 'nie została dostarczona w wyznaczonym czasie'),
      // (Only the time of delivery or of the queue: "przekroczono czas połączenia" is a connection that timed out, lang27.)
      ...from(OBS, 'przekroczono czas dostarczenia', 'przekroczono czas doręczenia', 'przekroczono czas oczekiwania', 'zbyt długo w kolejce', 'wyczerpano próby'),
      ...from(PLAIN, 'zrezygnowano z dostarczenia'),
      // "… w ciągu 5 dni. Dalsze próby nie będą podejmowane." (no more attempts: the server gave up).
      ...from(PLAIN, 'dalsze próby nie będą podejmowane', 'kolejne próby nie będą podejmowane'),
    ],
    authfailure: [
      ...from(OBS, 'weryfikacja SPF', 'weryfikacji SPF', 'błąd uwierzytelniania', 'weryfikacja DKIM'),
      ...from(PLAIN, 'weryfikacja DMARC', 'weryfikacji DMARC'),
    ],
  },
  broad: ['brak miejsca', 'jest pełna'],
  failed: [
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Polish (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'skrzynka tymczasowo niedostępna'),
    // A short notice's sentence that the recipient's server refused the message, no cause named (as in the other languages).
    ...from(PLAIN, 'odrzucona przez serwer odbiorcy', 'odrzucona przez serwer docelowy', 'odrzucona przez serwer adresata'),
    // Gmail's title of a refusal it passes on (English "Message blocked").
    ...from(GMAIL, 'Wiadomość zablokowana'),
    ...from(OUTLOOK, 'Wiadomość nie dotarła do niektórych lub wszystkich adresatów',
      'nie dotarła do niektórych lub wszystkich adresatów',
      'Program Microsoft Exchange nie będzie ponawiać próby'),
    ...from(EXCH, 'Niedostarczalne', 'Dostarczenie do tych adresatów lub grup nie powiodło się',
      'Informacje diagnostyczne dla administratorów', 'nie dotarła do niektórych lub wszystkich adresatów'),
    ...from(M365, 'Nie można dostarczyć wiadomości', 'Nie można dostarczyć', 'nie mogła zostać dostarczona'),
    ...from(GMAIL, 'Nie znaleziono adresu', 'Wiadomość nie została dostarczona', 'nie została dostarczona'),
    ...from(OBS, 'nie dostarczono', 'niedostarczona wiadomość', 'nie może zostać dostarczona',
      'nie mogła być dostarczona', 'błąd dostarczenia', 'dostarczenie nie powiodło się',
      'Ta wiadomość została wygenerowana automatycznie'),
    ...from(PLAIN, 'nie został doręczony', 'nie została doręczona'),
    // lang27: the heading of a one-line failure ("Błąd doręczenia do <addr>: …"), as Postfix's and Exim's one-line log forms put it before the address.
    ...from(PLAIN, 'Błąd doręczenia', 'Doręczenie nieudane', 'Doręczenie nie powiodło się'),
  ],
  listLead: [
    ...from(OUTLOOK, 'Nie można osiągnąć następujących adresatów',
      'Nie można dotrzeć do następujących adresatów'),
    ...from(EXCH, 'Dostarczenie do tych adresatów lub grup nie powiodło się', 'następujących adresatów',
      'następujące adresy'),
  ],
  delayed: [
    ...from('Plain Polish wording of a delay with its next attempt named (lang21 round): a warning, the attempts go on', 'doręczenie opóźnione', 'następna próba za'),
    // "Opóźnione doręczenie: wiadomość … wciąż czeka w kolejce", "tymczasowo nie udało się dostarczyć; serwer spróbuje ponownie za 30 minut".
    ...from(PLAIN, 'Opóźnione doręczenie', 'czeka w kolejce', 'tymczasowo nie udało się dostarczyć', 'spróbuje ponownie za'),
    ...from(EXCH, 'jest opóźnione', 'nie została jeszcze dostarczona',
      'Próby dostarczenia będą kontynuowane', 'Opóźnione dostarczenie',
      'Dostarczenie do tych adresatów lub grup jest opóźnione', 'jeszcze nie została dostarczona'),
    ...from(OBS, 'To jest tylko ostrzeżenie', 'nie musisz ponownie wysyłać', 'ponowimy próbę',
      'dostarczenie opóźnione'),
    ...from(GMAIL, 'Wystąpił tymczasowy problem', 'Gmail będzie ponawiać próby'),
  ],
  recipientBefore: [
    ...from(GMAIL, 'nie została dostarczona do'),
    ...from(M365, 'dostarczyć wiadomości do', 'wiadomości do', 'adresat', 'odbiorca', 'Adres adresata',
      'dostarczona do'),
    ...from(OBS, 'Wiadomość do', 'wiadomość do'),
    ...from(PLAIN, 'E-mail do'),
  ],
  recipientAfter: [
    ...from(OBS, 'została odrzucona', 'został odrzucony'),
  ],
  toLabel: [...from(CLIENT, 'Do')],
  clientFrom: [...from(CLIENT, 'Od')],
  clientSent: [...from(CLIENT, 'Wysłano', 'Wysłane')],
  returnedStart: [
    ...from(EXCH, 'Nagłówki oryginalnej wiadomości', 'Oryginalna wiadomość', 'Wiadomość oryginalna'),
  ],
  reasonLead: [
    ...from(OBS, 'Powód', 'Przyczyna', 'ponieważ', 'Błąd'),
  ],
  errorLabel: [...from(OBS, 'Błąd', 'Błąd serwera', 'Kod błędu')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, 'błąd tymczasowy', 'tymczasowy błąd', 'tymczasowy problem', 'tymczasowo', 'tymczasowe odrzucenie')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(REAL20_O20, 'Możliwe, że', 'Komunikat może oznaczać kilka przyczyn'), ...from(PLAIN, 'jeśli', 'jeżeli', 'możliwe przyczyny', 'możliwe powody'), ...from(HEDGE32, 'prawdopodobnie', 'być może', 'możliwe, że')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'Wskazówka', 'Sprawdź', 'Skontaktuj się', 'Więcej informacji')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Polish (lang21 round): a check that found nothing', 'nie wykryto wirusów', 'nie wykryto wirusa', 'brak wirusów', 'kontrola antyspamowa: zaliczona', 'nie jest spamem')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Polish, and providers' storage warnings): no bounce.
  quotaWarning: [...from(QUOTA, 'Twoja skrzynka pocztowa jest prawie pełna', 'Skrzynka pocztowa jest prawie pełna', 'Twoja skrzynka jest prawie pełna', 'Twoja skrzynka pocztowa jest pełna', 'Twoja skrzynka jest pełna')],
  // Exchange's delivery and relay notifications in Polish: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'Twoja wiadomość została dostarczona do następujących adresatów', 'Wiadomość została dostarczona do następujących adresatów', 'Dostarczanie do tych adresatów lub grup zostało ukończone')],
  // Outlook's read receipt in Polish (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'Twoja wiadomość', 'Wiadomość'),
    subject: from(RECEIPT, 'Temat'),
    read: from(RECEIPT, 'została przeczytana'),
    deleted: from(RECEIPT, 'została usunięta bez przeczytania'),
  },
};
