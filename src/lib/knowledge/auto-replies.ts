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
  // Swedish "Jag är ledig" (I am off / on leave), as Swedish out-of-office replies say it.
  { lang: 'sv', phrases: ['automatiskt svar', 'autosvar', 'inte på kontoret', 'på semester', 'frånvarande', 'jag är ledig'] },
  { lang: 'ja', phrases: ['自動応答', '自動返信', '不在にしております', '休暇を取って', '休暇中'] },
  { lang: 'zh', phrases: ['自动回复', '自動回覆', '不在办公室', '休假中', '正在休假'] },
  { lang: 'ru', phrases: ['автоматический ответ', 'автоответ', 'вне офиса', 'в отпуске', 'отсутствую'] },
  // Korean: Outlook's "자동 회신" (automatic reply) and "부재 중" (out of office), as Microsoft's
  // ko-KR Outlook help names them ("부재 중 회신 보내기", "자동 회신 설정"); Korean replies' own
  // "부재중 안내" (absence notice), "휴가 중" (on vacation), "사무실에 없" (not in the office),
  // "출장 중" (on a business trip). Observed wording, written down by us.
  { lang: 'ko', phrases: ['자동 회신', '자동 응답', '부재 중', '부재중', '휴가 중', '사무실에 없', '출장 중'] },
  // Turkish: Outlook's "Otomatik yanıt" (automatic reply), "Ofis dışında" (out of office), as
  // Microsoft's tr-TR Outlook help names them; replies' own "izindeyim" / "yıllık izin" (I am on
  // leave / annual leave), "tatildeyim" (I am on holiday). Observed wording, written down by us.
  { lang: 'tr', phrases: ['otomatik yanıt', 'otomatik cevap', 'ofis dışında', 'izindeyim', 'yıllık izin', 'tatildeyim'] },
];

/**
 * The subject prefix an automatic reply carries before the subject it answers ("Automatic
 * reply: Quarterly figures"), per language, lower-case and without the colon: what Outlook and
 * Exchange write in the mailbox's language (Microsoft's localised Outlook help names the feature
 * so: "Automatische Antworten", "Réponses automatiques", "Respuestas automáticas", "Risposte
 * automatiche", "Respostas automáticas", "Automatische antwoorden", "Odpowiedzi automatyczne",
 * "Automatiska svar", "自動応答", "自动答复/自动回复", "自動回覆", "Автоматические ответы",
 * "자동 회신", "Otomatik yanıtlar"), Exchange 2003's "Abwesenheitsnotiz", and Sieve vacation's
 * "Auto:" (RFC 5230 §5.2, read by the auto-reply format itself). Read on a message's subject
 * and on a pasted subject line, and only as a prefix followed by ":".
 */
export const AUTO_REPLY_SUBJECTS: readonly AutoReplyWording[] = [
  { lang: 'en', phrases: ['automatic reply', 'auto-reply', 'autoreply', 'out of office', 'out of the office'] },
  { lang: 'de', phrases: ['automatische antwort', 'abwesenheitsnotiz'] },
  { lang: 'fr', phrases: ['réponse automatique', 'reponse automatique'] },
  { lang: 'es', phrases: ['respuesta automática', 'respuesta automatica'] },
  { lang: 'it', phrases: ['risposta automatica'] },
  { lang: 'pt', phrases: ['resposta automática', 'resposta automatica'] },
  { lang: 'nl', phrases: ['automatisch antwoord'] },
  { lang: 'pl', phrases: ['automatyczna odpowiedź'] },
  { lang: 'sv', phrases: ['automatiskt svar', 'autosvar'] },
  { lang: 'ja', phrases: ['自動応答', '自動返信'] },
  { lang: 'zh', phrases: ['自动回复', '自動回覆'] },
  { lang: 'ru', phrases: ['автоматический ответ', 'автоответ'] },
  { lang: 'ko', phrases: ['자동 회신', '자동 응답'] },
  { lang: 'tr', phrases: ['otomatik yanıt', 'otomatik cevap'] },
];

/** The subject prefixes of `AUTO_REPLY_SUBJECTS` as one alternation for a pattern (escaped, spaces as any run of blanks). */
export const AUTO_REPLY_SUBJECT_ALTERNATION: string = AUTO_REPLY_SUBJECTS.flatMap((s) => s.phrases)
  .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+'))
  .join('|');

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
  // The same in the other languages the engine reads, as departure replies put it (observed
  // wording, written down by us): Polish "ten adres nie jest już używany", "nie pracuje już w
  // firmie"; Portuguese "não está mais em uso", "já não é utilizado", "já não trabalha", "não
  // trabalha mais"; Swedish "används inte längre", "har slutat på …" / "har slutat sin
  // anställning"; Japanese "退職いたしました" / "退職しました" (has retired from the company),
  // "現在使用されておりません" (no longer used); Chinese "已离职" / "已離職" (has left), "已停止使用"
  // (no longer used); Russian "больше не используется", "больше не работает"; Korean "더 이상
  // 사용되지 않" (no longer used), "퇴사하였" / "퇴사했" (has left the company); Turkish "artık
  // kullanılmamaktadır" / "artık kullanılmıyor" (no longer used), "şirketimizden ayrılmıştır" (has
  // left our company). Read only in an automatic reply (format auto-reply, reason vacation).
  'nie jest już używany',
  'nie jest już używana',
  'nie pracuje już',
  'não está mais em uso',
  'já não é utilizado',
  'já não trabalha',
  'não trabalha mais',
  'används inte längre',
  'har slutat på',
  'har slutat sin anställning',
  '退職いたしました',
  '退職しました',
  '使用されておりません',
  '已离职',
  '已離職',
  '已停止使用',
  'больше не используется',
  'больше не работает',
  '더 이상 사용되지 않',
  '퇴사하였',
  '퇴사했',
  'artık kullanılmamaktadır',
  'artık kullanılmıyor',
  'şirketimizden ayrılmıştır',
];
