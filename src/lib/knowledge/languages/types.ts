/**
 * The shape of one language's bounce wording: what its notices and its servers' replies
 * say, per reason family, with where each wording comes from beside it.
 *
 * Wordings are written as the servers write them (capitals, accents, apostrophes); they are
 * matched after NFC and case-insensitively, with single spaces between words,
 * a straight apostrophe as a curly one too. Japanese and Chinese have no spaces between
 * words: their wordings are matched as plain substrings.
 */
import type { ReasonId } from '../../core/types.ts';

/** The reason families a language's wording is sorted into. */
export type Family = Extract<
  ReasonId,
  | 'userunknown'
  | 'mailboxfull'
  | 'suspend'
  | 'hostunknown'
  | 'mesgtoobig'
  | 'spamdetected'
  | 'virusdetected'
  | 'blocked'
  | 'rejected'
  | 'policyviolation'
  | 'norelaying'
  | 'toomanyconn'
  | 'speeding'
  | 'expired'
  | 'authfailure'
  | 'filtered'
  | 'networkerror'
  | 'hasmoved'
  | 'systemerror'
  | 'requireptr'
  | 'systemfull'
>;

export const FAMILIES: readonly Family[] = [
  'userunknown',
  'mailboxfull',
  'suspend',
  'hostunknown',
  'mesgtoobig',
  'spamdetected',
  'virusdetected',
  'blocked',
  'rejected',
  'policyviolation',
  'norelaying',
  // Too many connections or recipients at once (a limit on the session), and too many messages
  // over time (a sending rate): English "too many recipients" is the first, "rate limit" the second.
  'toomanyconn',
  'speeding',
  'expired',
  'authfailure',
  // The recipient's own rules or filters refused the message (English "rejected by the
  // recipient's inbox rule"): the sender is refused, the address is good.
  'filtered',
  // A mail loop (English "Hop count exceeded - possible mail loop", 5.4.6 / 5.4.14): a routing
  // fault between servers, not the address.
  'networkerror',
  // The recipient's address changed and no forwarding is set (Exchange 5.1.6 "The recipient's
  // e-mail address has changed"): the address is gone for good.
  'hasmoved',
  // The recipient's server busy or overloaded (English "server busy", "system overloaded"): the
  // receiving system's state for now, not the address.
  'systemerror',
  // The sending IP without reverse DNS, a PTR record (English "no PTR record", "reverse DNS
  // required"): the sending server's set-up, never the address.
  'requireptr',
  // The receiving system out of storage (English "insufficient system storage", 452 / X.3.1): the
  // server's disk, for now; not the recipient's full mailbox.
  'systemfull',
];

/** One wording and where it comes from. */
export interface Wording {
  text: string;
  source: string;
  /**
   * Read before the wordings of other reasons it holds: placed with the FIRST English group of
   * its reason, not after the last ("Sendekontingent überschritten", the sender's sending quota,
   * holds a full mailbox's "Kontingent überschritten"; English "submission quota exceeded" stands
   * there likewise). Most wordings need not: they are placed after their reason's last group.
   */
  first?: boolean;
}

export interface LanguageWording {
  /** ISO 639-1 code. */
  code: string;
  /** The language's English name. */
  name: string;
  /** What the servers and notices say for each reason. */
  reasons: { readonly [F in Family]?: readonly Wording[] };
  /**
   * Reason wordings (of `reasons`) too broad to overrule a specific status code ("existiert
   * nicht", "no existe"): when one of these is all the words say, a code such as 5.7.1
   * decides instead (as English "invalid address" or "quota").
   */
  broad?: readonly string[];
  /** Headings, subjects and sentences that say a message was not delivered (a failure notice). */
  failed: readonly Wording[];
  /** Lines that introduce a list of the recipients that failed, one address a line after them. */
  listLead: readonly Wording[];
  /** Words that say delivery is delayed and will be tried again (a warning, not a failure). */
  delayed: readonly Wording[];
  /**
   * Words right before an address that name it the recipient ("Empfänger:", "Votre message
   * à …"); separators (":", "<", quotes, white space) may stand between.
   */
  recipientBefore: readonly Wording[];
  /**
   * Words right after an address that name it the recipient, for languages that put the
   * address first ("… へのメッセージを配信できませんでした"). A reason's or a failure
   * notice's wording right after an address counts too, in every language.
   */
  recipientAfter: readonly Wording[];
  /**
   * Headings that start the returned original below a notice ("Ursprüngliche
   * Nachrichtenkopfzeilen:", "----- Message d'origine -----"): the notice's text ends there.
   */
  returnedStart: readonly Wording[];
  /**
   * The bare label a notice puts before the recipient in its failure block, at a line's start
   * with a colon ("An: <addr>", "Кому: <addr>"): the words a mail client shows as "To". Read
   * as the recipient only in a failure notice, and not inside a mail client's header block
   * (`clientFrom`, `clientSent`), where the same label names the reader.
   */
  toLabel?: readonly Wording[];
  /**
   * The labels a mail client puts on the From and Sent lines of the header block it shows
   * above a message pasted, forwarded or quoted ("Von:", "Gesendet:"; Outlook's words in
   * the language): a block of lines holding one is a header block, not a notice's.
   */
  clientFrom?: readonly Wording[];
  clientSent?: readonly Wording[];
  /** Words that open the reason under a list of recipients ("Grund:", "Motivo:"). */
  reasonLead: readonly Wording[];
  /** Labels of a server's reply, before a colon and the reply code ("Fehler: 550 …", "エラー：550 …"). */
  errorLabel: readonly Wording[];
  /**
   * Words that call a failure temporary where no code says it ("vorübergehender Fehler",
   * "erreur temporaire", "一時的なエラー"): a later attempt can succeed, as English "temporary
   * failure" says.
   */
  temporary?: readonly Wording[];
  /**
   * Words that open a condition or a list of possible causes, each running to the end of its
   * sentence ("Mögliche Ursachen: …", "Jeśli adresat nie istnieje, …", "考えられる原因：…"):
   * the causes named there are not stated. Only words with no other common use: a word for
   * "if" that also means "as" or "about" (Dutch "als", Swedish "om") is read by its place in
   * the sentence instead (classify/words.ts).
   */
  conditions?: readonly Wording[];
  /**
   * Words that make the sentence before them a possibility, where the language says "may" after
   * the verb (Japanese "…しない可能性があります", "…かもしれません", Korean "… 수 있습니다", Turkish
   * "… olabilir"): the whole sentence names a cause without stating it (audit32). The languages that
   * say it before the cause ("vermutlich", "peut-être", "potrebbe", "возможно", "可能") list it in
   * `conditions`, which runs from the word to the sentence's end.
   */
  possibleAfter?: readonly Wording[];
  /**
   * Words that open help or advice at the start of a sentence or clause ("Tipp:", "Bitte prüfen
   * Sie …", "Vérifiez …", "提示：", "Проверьте …"), each running to the end of its sentence: a
   * cause named there is advice, not the cause the notice states, as English "please check …"
   * and "for more information …" (classify/words.ts). Only words that open advice and nothing
   * else: not a label a notice also puts before its cause ("Hinweis:"), nor an imperative at a
   * sentence's end (Japanese "…してください").
   */
  advice?: readonly Wording[];
  /**
   * Words that END a clause of advice, where the language puts its imperative last (Japanese
   * "…か確認してください", "…にお問い合わせください", "…確認のうえ、"): the clause they close, back to
   * its start (a full stop, a comma "、" or a line break), is advice, as `advice` above. Only the
   * verbs of checking and asking, never a bare "…してください" ("しばらくしてから再送してください" is
   * how a notice says a delay).
   */
  adviceEnds?: readonly Wording[];
  /**
   * A scan or a check that found nothing, as filtering gateways list their checks beside the
   * cause ("Virenprüfung: kein Virus gefunden", "aucun virus détecté", "Spamprüfung:
   * bestanden", "ウイルスは検出されませんでした"): the cause words inside them ("Virus",
   * "Spam") are denied, not stated. Whole expressions only, so that a cause said with a word
   * for "no" ("kein Speicherplatz mehr", no storage left) still reads.
   */
  denials?: readonly Wording[];
  /**
   * The words that open a warning to a mailbox's own user that it is almost full ("Ihr Postfach
   * ist fast voll", Microsoft's "Your mailbox is almost full" in the language): a notice about
   * the reader's storage, no bounce. Read in the subject or the notice's first lines only.
   */
  quotaWarning?: readonly Wording[];
  /**
   * A mailing list's notice to a subscriber that they were removed or unsubscribed ("Sie wurden
   * von der Mailingliste … abgemeldet", "désabonné de la liste"), often after their address
   * bounced: a notice to the reader (it arrived), no bounce. Read in the subject or the first lines.
   */
  listRemoved?: readonly Wording[];
  /**
   * A full mailbox said with no possessive, as the owner's notice opens in languages whose
   * translation drops "your" ("La cassetta postale è piena", "メールボックスがいっぱいです"): the
   * same words a recipient's bounce may use, so an owner's warning only beside `ownerCannotSend`.
   */
  ownerFull?: readonly Wording[];
  /**
   * The owner notice's statement that the reader can no longer send or receive ("Non è possibile
   * inviare o ricevere", "送受信できません"; Exchange's "You can't send or receive items until you
   * reduce your mailbox size"): a bounce to a sender never says it.
   */
  ownerCannotSend?: readonly Wording[];
  /**
   * Headings and sentences of a success report (Exchange's "Your message has been delivered
   * to the following recipients", its relay notice "Delivery to these recipients or groups is
   * complete, but no delivery notification was sent by the destination server", the subject
   * prefix "Delivered:"): the message was delivered, nothing failed.
   */
  delivered?: readonly Wording[];
  /**
   * A read receipt as a mail app shows it (Outlook's "Your message / To: … / Subject: … /
   * Sent: … / was read on …"), in the language: `opening` the words it opens with ("Ihre
   * Nachricht"), `subject` the label of its quoted Subject line, `read` and `deleted` the
   * words of reading, " … " standing for the date between them ("wurde am … gelesen",
   * "wurde am … ungelesen gelöscht"). A receipt: the message was delivered, no bounce.
   */
  /** `statement`: the receipt's own sentence as Thunderbird writes its MDN's text ("This is a Return Receipt for the mail that you sent to …"), translated. */
  readReceipt?: { opening: readonly Wording[]; subject: readonly Wording[]; read: readonly Wording[]; deleted: readonly Wording[]; statement?: readonly Wording[] };
}

/** Several wordings from one source. */
export function from(source: string, ...texts: string[]): Wording[] {
  return texts.map((text) => ({ text, source }));
}

/** Several wordings from one source, read before other reasons' wordings they hold (`Wording.first`). */
export function first(source: string, ...texts: string[]): Wording[] {
  return texts.map((text) => ({ text, source, first: true }));
}
