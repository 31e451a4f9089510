/**
 * Where a phrase of the table stands inside a longer word that is not it (round bounds33).
 *
 * The phrase table matches words as written, and most of its phrases are meant to match their
 * inflections too ("спам" in "спамом", "suspendu" in "suspendue", "för stor" in "för stort"): a
 * phrase may end inside a word. A few words, though, begin with a phrase's last word and mean
 * something else: German "vollständig" (completely) is not "voll" (full), Dutch "volgens"
 * (according to) is not "vol", Russian "полностью" (fully) is not "полон" (full). Those words are
 * listed here, per language: a phrase whose last word is the start of one of them does not match
 * where the text goes on with that word ("Postfach vollständig deaktiviert", "is volgens ons
 * filter spam", "Почтовый ящик полностью заблокирован").
 *
 * Chinese and Japanese write no spaces, so a phrase stands inside a compound that says whose it
 * is: "登録されていません" (is not registered) of a user is an unknown user, of an SPF record
 * ("SPFレコードが登録されていません") the sender's set-up. `NOT_AFTER` lists, per phrase, the words
 * right before it that make it another thing's.
 *
 * Each entry names its source: a dictionary sense of the language or the servers' own wording.
 */

/** Words that begin with a phrase's last word but are other words. */
export interface OtherWords {
  lang: string;
  /** Lower case, as the text is matched; each also stands for its inflections (a stem). */
  words: readonly string[];
  source: string;
}

export const OTHER_WORDS: readonly OtherWords[] = [
  {
    lang: 'en',
    words: ['fully'],
    source: 'English "fully" (completely, an adverb): "mailbox not fully synced" says nothing of a full mailbox (Merriam-Webster "fully")',
  },
  {
    lang: 'de',
    words: ['vollständig', 'vollstandig', 'vollstaendig', 'vollkommen', 'vollzogen', 'vollendet'],
    source: 'German adverbs and participles that begin with "voll" (Duden: "vollständig" completely, "vollkommen" perfectly, "vollzogen" carried out, "vollendet" completed): "Die Zustellung ist vollständig fehlgeschlagen" is no full mailbox ("ist voll", "Postfach voll")',
  },
  {
    lang: 'nl',
    words: ['volgens', 'volledig', 'voldoende', 'volgend', 'volgt', 'voltooid'],
    source: 'Dutch words that begin with "vol" (Van Dale: "volgens" according to, "volledig" completely, "voldoende" sufficient, "volgend(e)" following, "volgt" follows, "voltooid" completed): "Dit bericht is volgens ons filter spam" is no full mailbox ("is vol")',
  },
  {
    lang: 'fr',
    words: ['pleinement'],
    source: 'French "pleinement" (fully, Larousse): "Le serveur est pleinement occupé" is no full mailbox ("est pleine")',
  },
  {
    lang: 'sv',
    words: ['fullständig', 'fullstandig', 'fullbordad', 'fullborda'],
    source: 'Swedish "fullständig(t)" (complete, completely) and "fullborda(d)" (complete(d)) (Svenska Akademiens ordlista): "är fullständigt blockerad" is no full mailbox ("är full"); "är fullt" (neuter of full) still is',
  },
  {
    lang: 'ru',
    words: ['полностью', 'полноценн'],
    source: 'Russian "полностью" (fully) and "полноценный" (complete) begin with "полн", not the short adjective "полон" (full) (Ожегов): "Почтовый ящик полностью заблокирован" is no full mailbox ("ящик полон")',
  },
  {
    lang: 'it',
    words: ['esistere', 'esisterebbe'],
    source: 'Italian infinitive "esistere" and conditional "esisterebbe" after "non" (Treccani): "potrebbe non esistere", "sembra non esistere", "non esisterebbe" report a possibility, not the statement "non esiste"',
  },
  {
    lang: 'es',
    words: ['existir'],
    source: 'Spanish infinitive "existir" after "no" (RAE): "podría no existir" (might not exist) is no statement "no existe"',
  },
  {
    lang: 'pt',
    words: ['existir'],
    source: 'Portuguese infinitive "existir" after "não" (Priberam): "pode não existir" (may not exist) is no statement "não existe"',
  },
];

/** Words right before a phrase that make it another thing's (Chinese and Japanese, written without spaces). */
export interface NotAfter {
  lang: string;
  phrases: readonly string[];
  before: readonly string[];
  source: string;
}

export const NOT_AFTER: readonly NotAfter[] = [
  {
    lang: 'ja',
    phrases: ['登録されていません', '存在しません', '見つかりません', '見つかりませんでした'],
    before: ['レコードが', 'レコードは', 'ﾚｺｰﾄﾞが', 'ﾚｺｰﾄﾞは', 'ドメインが', 'ドメインは', 'ﾄﾞﾒｲﾝが', 'ﾄﾞﾒｲﾝは'],
    source: 'Japanese: "is not registered / does not exist / is not found" said of a DNS record ("SPFレコードが登録されていません", "MXレコードが見つかりません") or of a domain ("ドメインが存在しません"), the subject marked by が/は right before the verb (plain grammar; JPRS and hosting providers\' DNS help pages word missing records so): the sender\'s or the domain\'s set-up, not an unknown user',
  },
  {
    lang: 'zh',
    phrases: ['不存在', '找不到'],
    before: ['域名', '记录', '記錄', '发件人', '發件人', '发件人地址', '發件人地址', '发信人', '寄件人'],
    source: 'Chinese: "不存在" (does not exist) and "找不到" (cannot find) right after "域名" (domain), "记录" (record) or "发件人" (sender) say it of those (plain grammar; Alibaba Cloud and Tencent DNS help pages word missing records "记录不存在"): not the recipient\'s mailbox',
  },
];
