/**
 * Turkish: Microsoft 365 / Exchange / Outlook non-delivery reports in Turkish and Turkish
 * providers — beyond the languages asked for, kept because servers send it.
 */
import { from, type LanguageWording } from './types.ts';

const EXCH = 'Exchange Server / Outlook / Microsoft 365 non-delivery report in Turkish ("Teslim Edilemiyor:", "Şu alıcılara veya gruplara teslim başarısız oldu")';
const OBS = 'Observed wording of Turkish providers\' notices and SMTP replies';

export const tr: LanguageWording = {
  code: 'tr',
  name: 'Turkish',
  reasons: {
    userunknown: [
      ...from(EXCH, 'Alıcı bulunamadı'),
      ...from(OBS, 'kullanıcı bulunamadı', 'böyle bir kullanıcı yok', 'geçersiz alıcı'),
    ],
    mailboxfull: [
      ...from(EXCH, 'Alıcının posta kutusu dolu'),
      ...from(OBS, 'posta kutusu dolu', 'kota aşıldı'),
    ],
  },
  failed: [
    ...from(EXCH, 'Teslim Edilemiyor', 'Şu alıcılara veya gruplara teslim başarısız oldu'),
    ...from(OBS, 'teslim edilemedi', 'iletilemedi'),
  ],
  listLead: [
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
