/**
 * How out-of-office and other automatic replies say what they are, per language, as
 * lower-case fragments. Pasted without their headers (no `Auto-Submitted`, no subject),
 * an automatic reply is known only by these words; the auto-reply reader also requires
 * that nothing in the text reads like a delivery report or an SMTP reply.
 *
 * Sources: the default texts and subjects of the out-of-office assistants of Microsoft
 * Outlook / Exchange ("Automatic reply:", localised as "Automatische Antwort:", "Réponse
 * automatique :", "Respuesta automática:", "Risposta automatica:", "Resposta automática:",
 * "Automatisch antwoord:", "Automatyczna odpowiedź:", "Automatiskt svar:", "自動応答:",
 * "自动回复:", "Автоматический ответ:"), Gmail's vacation responder, and observed wording of
 * such replies, written down by us.
 */
export interface AutoReplyWording {
  lang: string;
  phrases: readonly string[];
}

export const AUTO_REPLY_WORDING: readonly AutoReplyWording[] = [
  {
    lang: 'en',
    phrases: [
      'automatic reply',
      'auto-reply',
      'autoreply',
      'out of the office',
      'out of office',
      'away from the office',
      'away from my desk',
      'i am currently away',
      "i'm currently away",
      'i am away',
      "i'm away",
      'i am on vacation',
      "i'm on vacation",
      'on annual leave',
      'on parental leave',
      'on maternity leave',
      'limited access to email',
      'limited access to my email',
      'no access to email',
      'will respond when i return',
      'upon my return',
      'when i return',
      'i will be back',
    ],
  },
  { lang: 'de', phrases: ['automatische antwort', 'abwesenheitsnotiz', 'nicht im büro', 'außer haus', 'im urlaub', 'abwesend', 'bin ab dem', 'nach meiner rückkehr'] },
  { lang: 'fr', phrases: ['réponse automatique', 'absent du bureau', 'absente du bureau', 'actuellement absent', 'actuellement absente', 'en congé', 'à mon retour', 'de retour le'] },
  { lang: 'es', phrases: ['respuesta automática', 'fuera de la oficina', 'fuera de oficina', 'de vacaciones', 'estaré ausente', 'a mi regreso'] },
  { lang: 'it', phrases: ['risposta automatica', 'fuori ufficio', 'fuori sede', 'in ferie', 'sarò assente', 'al mio rientro'] },
  { lang: 'pt', phrases: ['resposta automática', 'fora do escritório', 'de férias', 'estarei ausente', 'no meu regresso', 'no meu retorno'] },
  { lang: 'nl', phrases: ['automatisch antwoord', 'niet op kantoor', 'buiten kantoor', 'met vakantie', 'afwezig'] },
  { lang: 'pl', phrases: ['automatyczna odpowiedź', 'poza biurem', 'na urlopie', 'jestem nieobecny', 'jestem nieobecna'] },
  { lang: 'sv', phrases: ['automatiskt svar', 'autosvar', 'inte på kontoret', 'på semester', 'frånvarande'] },
  { lang: 'ja', phrases: ['自動応答', '自動返信', '不在にしております', '休暇を取って', '休暇中'] },
  { lang: 'zh', phrases: ['自动回复', '自動回覆', '不在办公室', '休假中', '正在休假'] },
  { lang: 'ru', phrases: ['автоматический ответ', 'автоответ', 'вне офиса', 'в отпуске', 'отсутствую'] },
];

/**
 * How an automatic reply says the address itself is no longer used ("This address is no
 * longer in use. Please write to …", "this mailbox is no longer monitored", "I have left
 * the company"). The message arrived (it is no bounce, and no address is called bad), but
 * the person is not reading it: the sender should update the address. Observed wording of
 * such replies (Exchange and Gmail auto-replies set up when someone leaves), written down
 * by us; Sisimai files the bounce form of it ("550 5.1.6 … has moved") under HasMoved.
 */
export const RETIRED_ADDRESS_WORDING: readonly string[] = [
  'no longer in use',
  'no longer used',
  'no longer being used',
  'no longer active',
  'no longer monitored',
  'no longer being monitored',
  'no longer read',
  'no longer valid',
  'no longer with',
  'no longer work',
  'not in use anymore',
  'not monitored anymore',
  'has been closed',
  'has been deactivated',
  'left the company',
  'no longer employed',
  'nicht mehr verwendet',
  'nicht mehr aktiv',
  'nicht mehr gelesen',
  'nicht mehr im unternehmen',
  "n'est plus utilisée",
  "n'est plus utilisé",
  "n'est plus active",
  'ya no está en uso',
  'ya no se utiliza',
  'non è più attivo',
  'non è più in uso',
  'niet meer in gebruik',
  // The same said of the person or the mailbox in other words, as departure replies put it
  // (observed wording, written down by us): "this email address will be discontinued", "X has
  // left Example Corp" is too broad to read ("has left the office"), so the company's own
  // words are: German "ist nicht mehr für die … tätig" (said of someone: "ich bin nicht mehr für Sie erreichbar" is a holiday), "ist aus dem Unternehmen
  // ausgeschieden"; French "ne fait plus partie de notre société", "cette adresse n'est plus
  // consultée", "a quitté la société"; Spanish "ya no trabaja en …", "esta cuenta ya no se
  // revisa", "ya no forma parte"; Italian "non fa più parte", "non lavora più"; Dutch "deze
  // mailbox wordt niet meer gelezen", "is niet meer werkzaam bij".
  'will be discontinued',
  'ist nicht mehr für',
  'ist nicht mehr bei',
  'ausgeschieden',
  'ne fait plus partie',
  "n'est plus consultée",
  "n'est plus consulté",
  'a quitté la société',
  "a quitté l'entreprise",
  'ya no trabaja',
  'ya no se revisa',
  'ya no forma parte',
  'non fa più parte',
  'non lavora più',
  'niet meer gelezen',
  'niet meer werkzaam',
];
