/**
 * Turkish: Microsoft 365 / Exchange / Outlook non-delivery reports in Turkish and Turkish
 * providers — beyond the languages asked for, kept because servers send it.
 */
import { from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Turkish): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';

const EXCH = 'Exchange Server / Outlook / Microsoft 365 non-delivery report in Turkish ("Teslim Edilemiyor:", "Şu alıcılara veya gruplara teslim başarısız oldu")';
const OBS = 'Observed wording of Turkish providers\' notices and SMTP replies';
const SPAM = 'A message refused as spam (RFC 3463 X.7.1 with a content filter\'s "detected as spam", Sisimai Reason/SpamDetected.pm), in Turkish: Outlook\'s Turkish junk-mail wording ("istenmeyen posta") and providers\' notices (round lang30)';
const CLIENT = 'Outlook\'s header block in Turkish (Kimden / Gönderildi / Kime / Konu, as Outlook for Windows and the web show a message and write above a forward or a reply; Microsoft\'s Turkish Outlook help pages name the fields so)';

// lang29: the cause families the earlier rounds covered least.
const R29_AUTH = 'SPF / DKIM / DMARC failing (lang29 round): Gmail 550 5.7.26 "Unauthenticated email … is not accepted due to domain\'s DMARC policy" and 5.7.27 SPF (support.google.com/a/answer/3726730), Microsoft 365 5.7.509 (learn.microsoft.com "Fix NDR error 550 5.7.509"), Naver help on SPF/DKIM for senders, in the language';
const R29_BLOCK = 'The sending IP on a blocklist or blocked by the receiving service (lang29 round): Postfix "blocked using zen.spamhaus.org", Spamhaus / SpamCop, Naver and Daum postmaster help on blocked IPs, in the language: the sending server\'s reputation, not the address';
const R29_DISABLED = 'The recipient\'s account disabled or suspended, not deleted (lang29 round): Gmail 5.2.1 "The email account that you tried to reach is disabled" (support.google.com/mail/?p=DisabledUser), Sisimai Reason/Suspend.pm, in the language: the address exists';
const R29_DOMAIN = 'The recipient\'s domain not found (lang29 round): Postfix "Host or domain name not found", RFC 3463 X.1.2 "Bad destination system address", Exchange 5.4.1 / 5.4.310 "DNS domain does not exist", in the language';
const R29_RELAY = 'Relaying refused (lang29 round): Postfix "Relay access denied", Exchange 5.7.54 "Unable to relay recipient in non-accepted domain" (learn.microsoft.com), in the language: the sending server may not pass mail on for this domain';
const R29_SIZE = 'The message over the size the receiving server allows (lang29 round): RFC 1870 SIZE, RFC 3463 X.3.4 "Message too big for system", Postfix "message size exceeds fixed limit", in the language';

const R29_DELAY = 'A delay notice\'s heading in the language (lang29 round): Exchange\'s "Delivery delayed" and Postfix\'s "Delayed Mail (still being retried)" (RFC 3464 Action: delayed), the delivery late, attempts going on';
const R29_DELETED = 'The recipient\'s account deleted or closed by its owner (lang29 round): Sisimai Reason/UserUnknown.pm "account has been deleted", Naver\'s help on a withdrawn user (탈퇴한 사용자), in the language: the address is gone';
const R29_GAVEUP = 'The server gave up after a number of days (lang29 round): RFC 3463 X.4.7 "delivery time expired", Postfix bounce "message delivery is given up after N days", in the language';
const R29_GREY = 'Greylisting in the language\'s own word (lang29 round; Postgrey "Greylisted", milter-greylist "Greylisting in action, please come back later"): a deliberate temporary refusal, read as English "greylisted"';
const R29_RATE = 'Too many messages in a short time, a sending limit (lang29 round): Gmail 4.2.1 / 5.4.5 rate and quota texts (support.google.com/a/answer/3726730), in the language: a rate, for now';
const R29_SENDER = 'The sender\'s address refused (lang29 round): Postfix "Sender address rejected", RFC 3463 X.1.7 / X.1.8 (a bad sender address), in the language: the sender is refused, not the recipient\'s address';
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';
const R29_VIRUS = 'A virus or malware found in the message (lang29 round): RFC 3463 X.7.1 with ClamAV / amavisd-new "VIRUS" notices, Exchange\'s malware filter NDR, in the language';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';

export const tr: LanguageWording = {
  code: 'tr',
  name: 'Turkish',
  reasons: {
    rejected: [
      ...from(R29_SENDER, 'gönderen adresi reddedildi', 'gönderenin adresi reddedildi'),
    ],
    networkerror: [
      ...from(R29_TLS, 'bağlantı kurulamadı', 'sunucuya bağlanılamadı', 'TLS bağlantısı kurulamadı'),
    ],
    expired: [
      ...from(R29_GAVEUP, 'teslim süresi doldu', 'süre doldu', 'gün boyunca teslim edilemedi'),
    ],
    virusdetected: [
      ...from(R29_VIRUS, 'virüs bulundu', 'virüs tespit edildi', 'virüs içeriyor', 'zararlı yazılım'),
    ],
    speeding: [
      ...from(R29_RATE, 'çok fazla ileti gönderildi', 'gönderim sınırı aşıldı', 'gönderme sınırı aşıldı', 'kısa sürede çok fazla'),
    ],
    norelaying: [
      ...from(R29_RELAY, 'aktarmaya izin verilmiyor', 'aktarma reddedildi', 'aktarma izni yok', 'relay izni yok'),
    ],
    suspend: [
      ...from(R29_DISABLED, 'hesabı devre dışı', 'posta kutusu devre dışı', 'hesap askıya alındı', 'askıya alınmış'),
    ],
    hostunknown: [
      ...from(R29_DOMAIN, 'etki alanı bulunamadı', 'alan adı bulunamadı', 'etki alanı mevcut değil', 'alan adı mevcut değil'),
    ],
    mesgtoobig: [
      ...from(R29_SIZE, 'ileti boyutu izin verilen', 'ileti boyutu sınırı', 'ileti çok büyük', 'boyut sınırını aşıyor', 'izin verilen boyutu aşıyor'),
    ],
    authfailure: [
      ...from(R29_AUTH, 'SPF doğrulaması', 'DKIM doğrulaması', 'DMARC doğrulaması', 'DMARC ilkesi', 'gönderen kimlik doğrulaması başarısız'),
    ],
    blocked: [
      ...from(R29_GREY, 'gri listeleme', 'gri liste'),
      ...from(R29_BLOCK, 'kara listede', 'kara listeye', 'kara liste', 'IP adresi engellendi', 'IP adresiniz engellendi'),
    ],
    // Refused as spam ("spam olarak algılandı", detected as spam; "istenmeyen posta olarak", as junk
    // mail: Outlook's Turkish "Gereksiz E-posta" / "istenmeyen posta"; round lang30), as English
    // "detected as spam".
    spamdetected: [
      ...from(SPAM, 'spam olarak algılandı', 'spam olarak tespit edildi', 'spam olarak işaretlendi', 'istenmeyen posta olarak algılandı', 'istenmeyen posta olarak tespit edildi'),
    ],
    userunknown: [
      ...from(R29_DELETED, 'hesabı silindi', 'hesap silindi', 'silinmiş hesap'),
      ...from(HEADING, 'alıcılar bulunamadı', 'adresler bulunamadı', 'alıcılar mevcut değil', 'adresler mevcut değil'),
      ...from(EXCH, 'Alıcı bulunamadı'),
      ...from(OBS, 'kullanıcı bulunamadı', 'böyle bir kullanıcı yok', 'geçersiz alıcı'),
    ],
    mailboxfull: [
      ...from(HEADING, 'alıcıların posta kutusu dolu', 'posta kutuları dolu'),
      ...from(EXCH, 'Alıcının posta kutusu dolu'),
      ...from(OBS, 'posta kutusu dolu', 'kota aşıldı'),
    ],
  },
  failed: [
    ...from(EXCH, 'Teslim Edilemiyor', 'Şu alıcılara veya gruplara teslim başarısız oldu'),
    ...from(OBS, 'teslim edilemedi', 'iletilemedi'),
  ],
  listLead: [
    ...from(HEADING, 'Aşağıdaki alıcılar', 'Aşağıdaki adresler', 'Aşağıdaki alıcıların', 'Aşağıdaki adreslerin'),
    ...from(EXCH, 'Şu alıcılara veya gruplara teslim başarısız oldu'),
  ],
  delayed: [
    ...from(R29_DELAY, 'teslimi gecikti', 'teslimatı gecikti'),
    ...from(EXCH, 'Teslim gecikti'),
    // Microsoft 365's delay notice in Turkish, under its list: "Bu ileti henüz teslim edilmedi. Teslim
    // etmeye çalışmaya devam edeceğiz." (this message hasn't been delivered yet; we'll continue to try
    // to deliver it), as German "noch nicht zugestellt" / "Es wird weiterhin versucht" (round lang30).
    ...from(EXCH, 'henüz teslim edilmedi', 'teslim etmeye çalışmaya devam'),
  ],
  recipientBefore: [
    ...from(OBS, 'alıcı'),
  ],
  // Turkish puts the address first, in the dative ("İletiniz ali@… adresine teslim edilemedi", your
  // message could not be delivered to the address ali@…; Outlook's Turkish NDR and providers'
  // notices, round lang30): the words after it name it the recipient.
  recipientAfter: [...from(EXCH, 'adresine teslim edilemedi', 'adresine iletilemedi', 'adresine gönderilemedi', 'adresine ulaşmadı')],
  // The labels Outlook writes in Turkish on the header block above a message shown, forwarded or
  // quoted ("Kimden:", From; "Gönderildi:", Sent; "Kime:", To; round lang30): a block with one of the
  // first two is the client's, and its "Kime:" names the reader.
  toLabel: [...from(CLIENT, 'Kime')],
  clientFrom: [...from(CLIENT, 'Kimden')],
  clientSent: [...from(CLIENT, 'Gönderildi', 'Gönderilme')],
  returnedStart: [
    ...from(EXCH, 'Özgün ileti üstbilgileri', 'Özgün ileti'),
  ],
  reasonLead: [
    ...from(OBS, 'Neden'),
  ],
  errorLabel: [...from(OBS, 'hata', 'Sunucu hatası')],
  possibleAfter: [...from(HEDGE32, 'olabilir', 'olmayabilir', 'bulunmayabilir')],
};
