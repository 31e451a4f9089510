/**
 * Turkish: Microsoft 365 / Exchange / Outlook non-delivery reports in Turkish and Turkish
 * providers — beyond the languages asked for, kept because servers send it.
 */
import { from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Turkish): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';

const EXCH = 'Exchange Server / Outlook / Microsoft 365 non-delivery report in Turkish ("Teslim Edilemiyor:", "Şu alıcılara veya gruplara teslim başarısız oldu")';
const OBS = 'Observed wording of Turkish providers\' notices and SMTP replies';

export const tr: LanguageWording = {
  code: 'tr',
  name: 'Turkish',
  reasons: {
    userunknown: [
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
    ...from(EXCH, 'Teslim gecikti'),
  ],
  recipientBefore: [
    ...from(OBS, 'alıcı'),
  ],
  recipientAfter: [],
  returnedStart: [
    ...from(EXCH, 'Özgün ileti üstbilgileri', 'Özgün ileti'),
  ],
  reasonLead: [
    ...from(OBS, 'Neden'),
  ],
  errorLabel: [...from(OBS, 'hata', 'Sunucu hatası')],
};
