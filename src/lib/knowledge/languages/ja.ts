/**
 * Japanese: Microsoft 365 / Exchange / Outlook non-delivery reports in Japanese, Domino and
 * Lotus Notes in Japanese, Japanese carriers and providers (NTT docomo, au / KDDI, SoftBank,
 * BIGLOBE, OCN, Nifty) and Japanese mail gateways (m-FILTER, Active!hunter).
 * Japanese has no spaces between words: wordings are matched as plain substrings.
 */
import { first, from, type LanguageWording } from './types.ts';
// lang20: the exact wording of real localised notices and help pages.
const REAL20_G20 = "Gmail's Japanese notices as users pasted them (\"配信未完了 … へのメールの配信中に一時的な問題が発生しました。Gmail は 47 時間再試行し\", \"宛先の受信トレイの空き容量不足 … 宛先の受信トレイがいっぱいか\"; urashita.com, tabi-g.blogspot.com) and Gmail \"メールの送受信数に関する制限\" (answer 22839, hl=ja)";

const MODERATED = 'Exchange / Microsoft 365 moderation: the rejection notice a sender gets when a moderated group\'s moderator refuses the message (learn.microsoft.com "Moderated recipients in Exchange Online"), translated';
const DELIVERED = 'Exchange / Outlook delivery and relay notifications in Japanese (the translations of "Your message has been delivered to the following recipients" and "Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server"; learn.microsoft.com "DSNs and NDRs in Exchange Server", Sisimai Lhost/Exchange2007.pm)';
const RECEIPT = 'Outlook read receipt in Japanese (an RFC 8098 MDN as Outlook shows it: "Your message / To / Subject / Sent / was read on …" or "was deleted without being read on …", translated: "… に開封されました", "… に開封されずに削除されました")';

const OUTLOOK = 'Outlook / Exchange 2003 notice in Japanese ("メッセージは一部またはすべての受信者に届きませんでした")';
const M365 = 'Microsoft 365 / Outlook.com non-delivery report in Japanese ("… へのメッセージを配信できませんでした" layout)';
const EXCH = 'Exchange Server / Outlook non-delivery report in Japanese ("配信不能:", "次の受信者またはグループへの配信に失敗しました", and the per-code explanations)';
const DOMINO = 'HCL/IBM Domino and Lotus Notes in Japanese ("Domino ディレクトリには見つかりません", "ディレクトリのリストにありません"; Sisimai Lhost/Domino.pm, Lhost/Notes.pm)';
const GMAIL = 'Gmail, Japanese notices and help page (support.google.com/mail/answer/6596?hl=ja)';
const AU = 'au / KDDI (ezweb.ne.jp, au one net) notices ("次のあて先へのメッセージはエラーのため送信できませんでした。", "送信先のメールボックスが一杯のため"), as in Sisimai\'s test set';
const MFILTER = 'm-FILTER (Digital Arts) notices ("このメールは「m-FILTER」が自動的に生成して送信しています。", "以下のメールアドレスへの送信に失敗しました。"), as in Sisimai\'s test set';
const OBS = 'Observed wording of Japanese carriers\', providers\' and gateways\' notices (docomo, au/KDDI, SoftBank, BIGLOBE, OCN, Nifty, m-FILTER, Active!hunter)';
const PLAIN = 'Plain Japanese wording of the cause, where no provider\'s own text was found ("接続数が多すぎます", "ウイルスが検出されました")';
const R22_CLOSED = 'Plain Japanese wording (lang22 round) of a recipient\'s mailbox that takes no mail for a reason of its account: read-only, archived, the account expired, barred for an unpaid bill (as Sisimai Reason/Suspend.pm\'s "account has been disabled or discontinued" and English "account has expired"): the address exists, not removed';
const R22_SENDER = 'Exchange / Microsoft 365 5.7.1 "You do not have permission to send to this recipient" (learn.microsoft.com "Fix NDR error 550 5.7.1"), in Japanese (lang22 round), and the plain wording of the same: the sender is refused, the recipient\'s address is good';
const QUOTA = 'Microsoft 365 / Outlook mailbox quota warning in Japanese ("Your mailbox is almost full"; in the second person "Your mailbox is full", the owner notice that it can no longer send or receive; support.microsoft.com "Storage limits" in Japanese), and the same warning of providers\' webmail';

const DTI = 'DTI / dream.jp, the Japanese translation of "Mail System Error - Returned Mail" ("このメールは以下の原因により届けることが出来ませんでした", "受取人: <…>", "原因: <…> のユーザーは登録されていません"; dream.jp/support/techinfo/mail/error)';
const DOCOMO = 'NTT docomo / NTT Communications help on error mail (support.ntt.com/mail/faq): a recipient who set "受信拒否設定" (refusal settings against unwanted mail) refuses the sender';

const CLIENT = "Outlook's Japanese message header labels (差出人 / 送信日時 / 宛先 / 件名), as Outlook shows them above a forwarded or pasted message and as notices copy them into a failure block";

// lang21: the recipient's rules or filters, a mail loop, and the causes the round found unread.
const R21_RULES = 'Microsoft 365 / Outlook: a transport rule or the recipient\'s inbox rule refused the message (learn.microsoft.com "Fix NDR error 550 5.7.1", TRANSPORT.RULES.RejectMessage; Outlook\'s own name for its rules in Japanese: "仕分けルール"), and the plain wording of a recipient\'s filter refusal';
const R21_TRANSPORT = 'Microsoft 365 / Exchange mail flow rules, "transport rules" in Microsoft\'s Japanese documentation ("メール フロー ルール (トランスポート ルール)"): an organisation\'s rule refused the message (5.7.1 TRANSPORT.RULES.RejectMessage, learn.microsoft.com "Mail flow rules (transport rules) in Exchange Online", in Japanese): a policy, not the address';
const R21_MOVED = 'Exchange 5.1.6 DSN text "The recipient\'s e-mail address has changed. The address the message was sent to no longer accepts messages. There\'s no forwarding address configured." in Japanese (the plain translation of Microsoft\'s English text): the address is gone, remove it';
const R21_BANNED = 'A filter that forbids a kind of attachment (amavisd-new\'s BANNED FILENAME notice, "verbotenen Dateinamen"; Exchange\'s attachment filtering), the file type named in Japanese: a policy on content, not a virus';
const R21_CONN = 'Plain Japanese wording of the recipient\'s server not reached (lang21 round): the connection refused or timed out, as English "connection timed out" / "host unreachable": a network matter, not the address';
const R21_BUSY = 'Plain Japanese wording of the recipient\'s server busy or overloaded (lang21 round), as English "server busy": the receiving system for now';
const R21_LOOP = 'A mail loop: Microsoft 5.4.6 / 5.4.14 "Hop count exceeded - possible mail loop" (learn.microsoft.com "Fix NDR error 5.4.6 or 5.4.14", in Japanese), qmail\'s "This message is looping": the plain words for it in Japanese';
const R21_PLAIN = 'Plain Japanese wording of the cause (lang21 round), where no provider\'s own text was found';

// lang23: the sending host's own faults and a group's allow list, in Japanese.
const R23_PTR = 'The sending IP without reverse DNS (a PTR record), in plain Japanese (lang23 round): Sisimai Reason/RequirePTR.pm ("no ptr record found", "reverse dns required"), Gmail 5.7.25 "does not have a PTR record setup", RFC 7372 5.7.25 "Reverse DNS validation failed": the sending server, never the address';
const R23_CLIENT = 'Postfix reject_unknown_client_hostname "Client host rejected: cannot find your hostname, [ip]" (postconf(5); Sisimai Reason/RequirePTR.pm "client host rejected: cannot find your hostname") in Japanese (lang23 round), and the host name of "your mail server" not found: the sending IP has no name, the sender\'s host, never the recipient unknown';
const R24_ADVICE_END = 'PLAIN (lang24 round): Japanese help text puts its imperative last ("…が正しいか確認してください", "…管理者にお問い合わせください", as Japanese providers\' help pages on bounces word their steps: "SPFレコードが設定されているかご確認ください", help.sakura.ad.jp "Gmailへのメール送信に失敗する"): a cause named in that clause is advice, as English "please check"';
const R23_ADVICE = 'The help a notice or a provider puts after the cause, in Japanese (lang23 round): the tip label and the imperatives of help text ("check …", "contact …", "for more information …"), as English "please check" / "for more information" (classify/words.ts): a cause named there is advice, not the cause stated';
const R23_STORAGE = 'The receiving system out of storage, in plain Japanese (lang23 round): RFC 5321 452 "insufficient system storage", RFC 3463 X.3.1 "Mail system full", Sisimai Reason/SystemFull.pm: the server\'s disk, not the recipient\'s mailbox, and temporary';
const R23_HELO = 'Postfix smtpd "Helo command rejected: Host not found" / "need fully-qualified hostname" (reject_unknown_helo_hostname, reject_non_fqdn_helo_hostname) in Japanese (lang23 round): the sending server\'s HELO name refused, so a "host not found" after it is the sender\'s host, never the recipient\'s domain';
const R23_GROUP = 'Microsoft 365 / Exchange Online 5.7.1 RESOLVER.RST.NotAuthorized in Japanese ("The group … only accepts messages from people in its organization or on its allowed senders list, and your email address isn\'t on the list", learn.microsoft.com, lang23 round): the group\'s allow list refuses the sender, the group\'s address is good';

// lang26: the sender's daily sending quota, a spam score over its threshold, the maximum of recipients (read already).
const R26_QUOTA = 'The sender\'s own daily sending quota exceeded, said with the language\'s word for quota (lang26 round; Gmail 550 5.4.5 "Daily user sending quota exceeded", support.google.com/a/answer/166852, in the language): a sending rate of the sender\'s account, read before a full mailbox\'s quota words it holds';
const R26_SCORE = 'A content filter\'s spam score over its threshold, in the language (lang26 round; SpamAssassin "score=… required=…", rspamd "spam score … exceeds threshold"): the message refused as spam';

// lang29: the cause families the earlier rounds covered least.
const R29_HEADING = 'BIGLOBE\'s and the Japanese ISPs\' heading "次のアドレスにメールを配送できませんでした" (Sisimai Lhost/Biglobe.pm "The following addresses had delivery problems"): the verb of the failure itself, with no cause (lang29 round)';
const R29_RATE = 'Too many messages in a short time, a sending limit (lang29 round): Gmail 4.2.1 / 5.4.5 rate and quota texts (support.google.com/a/answer/3726730), Naver\'s and Daum\'s sending limits, in the language: a rate, for now';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';
const LIST32 = 'audit32: a mailing list\'s notice to a subscriber that they were removed or unsubscribed (Mailman\'s "You have been unsubscribed from the … mailing list" and "Your membership … has been disabled due to excessive bounces", translated in its catalogues; Sympa\'s removal notices): a notice to the reader, no bounce';

export const ja: LanguageWording = {
  code: 'ja',
  name: 'Japanese',
  reasons: {
    // The sending IP without reverse DNS (lang23): the sending server's set-up, never the address.
    requireptr: [
      ...from(R23_PTR, '逆引き', 'PTRレコード'),
    ],
    // The receiving system out of storage (lang23): the server's disk, not the recipient's mailbox.
    systemfull: [
      ...from(R23_STORAGE, 'ディスク容量が不足', 'サーバーのディスク容量', 'システムの記憶域が不足'),
    ],
    // The recipient's server busy or overloaded: the receiving system, for now.
    systemerror: [
      ...from(R21_BUSY, '過負荷'),
    ],
    // The address changed, no forwarding set (5.1.6): the address is gone for good.
    hasmoved: [
      ...from(R21_MOVED, '電子メール アドレスが変更されました', 'メールアドレスが変更されました'),
    ],
    // The recipient's own rules or filters refused the message: the sender is refused, the address is good.
    filtered: [
      // A group that takes mail only from its allowed senders (lang23): the sender refused.
      ...from(R23_GROUP, 'からのメッセージのみを受け付け', '許可された送信者の一覧'),
      ...from(R21_RULES, '仕分けルールにより', 'フィルタ設定により拒否', 'フィルター設定により拒否'),
    ],
    // A mail loop: a routing fault between servers, not the address.
    networkerror: [
      ...from(R21_LOOP, 'メールループ', 'ループを検出', '配送ループ'),
      // Microsoft's "Hop count exceeded - possible mail loop" (5.4.14) in words.
      ...from(R21_LOOP, 'メール ループ', 'ホップ数を超え'),
      // The recipient's server not reached (lang21).
      ...from(R21_CONN, '接続がタイムアウト', '接続できません'),
    ],
    userunknown: [
      ...from(R21_PLAIN, 'ユーザー不明', 'ユーザ不明'),
      // No mailbox for the address ("このアドレスのメールボックスはありません").
      ...from(PLAIN, 'このアドレスのメールボックスはありません', 'メールボックスはありません', 'メールボックスがありません'),
      ...from(AU, '送信先メールアドレスが見つかりませんでした', '送信先メールアドレスが見つからない'),
      ...from(GMAIL, 'アドレスが見つからない'),
      ...from(M365, '受信者が見つかりません', '見つかりませんでした'),
      ...from(EXCH, '入力した電子メール アドレスが見つかりませんでした', '電子メール アドレスが見つかりませんでした'),
      ...from(DOMINO, 'Domino ディレクトリには見つかりません', 'ディレクトリのリストにありません'),
      ...from(GMAIL, 'アカウントは存在しません'),
      ...from(OBS, 'ユーザが存在しません', 'ユーザーが存在しません', '存在しないユーザ', '宛先不明', '存在しません', '宛先のメールアドレスが見つかりません',
        'アドレスが見つかりません', '該当するユーザーがいません', '不明なユーザ', '宛先アドレスが無効'),
      ...from(OBS, '宛先アドレスに誤りがあります', 'アドレスに誤り', 'このメールアドレスは使われておりません', '現在使われておりません'),
      ...from(PLAIN, 'アドレスが存在しない'),
      // English "No such user" as Japanese servers translate it ("550 そのようなユーザーはいません").
      ...from(PLAIN, 'そのようなユーザーはいません', 'そのようなユーザはいません', 'そのようなユーザーは存在しません', 'そのようなユーザは存在しません'),
      ...from(PLAIN, '登録されていません'),
      ...from(PLAIN, '見つからなかったため'),
      ...from(PLAIN, 'ユーザが見つかりません', 'ユーザーが見つかりません', 'アカウントは削除されています', 'アカウントが削除されています'),
      // The address said to belong to no account, in a formal register (English "the address is not assigned to any account").
      ...from(PLAIN, '存在しないか、現在使用されておりません', '存在しないか、現在使用されていません'),
    ],
    mailboxfull: [
      ...from(REAL20_G20, '宛先の受信トレイがいっぱい', '受信トレイの空き容量不足'),
      // "メールボックスに空き容量がありません" (no free space left).
      ...from(PLAIN, '空き容量がありません', '空き容量が不足'),
      ...from(PLAIN, '空きがない', '空きがありません'),
      ...from(OBS, 'メールボックス容量超過', '容量超過', '受信容量'),
      ...from(AU, '送信先のメールボックスが一杯'),
      ...from(EXCH, '受信者のメールボックスがいっぱい', 'メールボックスがいっぱい'),
      ...from(OBS, '容量オーバー', '容量を超え', '容量が一杯', 'メールボックスが一杯', '容量不足', 'メールボックスの容量', '容量制限', '保存容量'),
      ...from(OBS, 'メールボックスが満杯', '容量がいっぱい'),
      ...from(PLAIN, '容量の上限'),
      ...from(PLAIN, '空き容量がない'),
      // lang27: the number of messages in the mailbox over its limit (Sisimai Lhost/Biglobe.pm "The number of messages in recipient's mailbox exceeded the local limit"), in Japanese.
      ...from('Sisimai Lhost/Biglobe.pm ("The number of messages in recipient\'s mailbox exceeded the local limit"), in Japanese', 'メール数が上限', 'メッセージ数が上限'),
    ],
    suspend: [
      ...from(R22_CLOSED, 'メールボックスは読み取り専用', 'メールボックスはアーカイブ', 'アカウントの有効期限が切れ', '料金未払い'),
      ...from(OBS, 'アカウントは一時停止', '一時停止中'),
      ...from(EXCH, 'メールボックスが無効'),
      ...from(OBS, 'アカウントが停止', 'アカウントは無効', 'アカウントが無効', '利用停止', '無効なアカウント', '休止中'),
      ...from(OBS, '受信を停止'),
      ...from(OBS, 'アカウントは停止されています', '停止されています'),
      ...from(PLAIN, '解約されています', '解約済み'),
      ...from(PLAIN, 'アカウントは停止'),
    ],
    hostunknown: [
      // No mail server found for the domain (no MX, no address record).
      ...from(PLAIN, 'メールサーバーが見つかりません', 'メールサーバが見つかりません'),
      ...from(EXCH, 'ドメインが存在しません'),
      ...from(OBS, 'ドメインが見つかりません', 'ドメイン名が見つかりません', 'ホストが見つかりません', 'ホスト名が不明'),
      ...from(PLAIN, 'ドメインが存在しない'),
      ...from(PLAIN, 'ドメイン名が不明'),
    ],
    mesgtoobig: [
      // "添付ファイルが大きすぎます" (the attachment is too big).
      ...from(PLAIN, '添付ファイルが大きすぎ', '添付ファイルのサイズが大きすぎ'),
      // "メールが大きすぎます" (the mail is too big; as "サイズが大き").
      ...from(PLAIN, 'メールが大きすぎ'),
      ...from(EXCH, 'メッセージが大きすぎ', '最大サイズを超え'),
      ...from(OBS, 'サイズが大き', 'サイズ超過', 'サイズが制限を超え', 'サイズの上限を超え'),
      ...from(PLAIN, 'サイズが上限'),
      ...from(PLAIN, 'サイズを超えて'),
      ...from(PLAIN, '大きすぎる'),
    ],
    spamdetected: [
      ...from(R26_SCORE, 'スパムスコア'),
      ...from(OBS, '迷惑メール', 'スパムと判定', 'スパムメール', 'スパム'),
    ],
    blocked: [
      // The sending server's HELO name refused (lang23): its "host not found" is the sender's own.
      // The sending client's own host name not found ("cannot find your hostname", "the host name of your mail server", lang23): the sender's host, never the recipient unknown.
      ...from(R23_CLIENT, 'クライアントホストを拒否'),
      ...from(R23_HELO, 'HELOコマンドを拒否', 'EHLOコマンドを拒否', 'HELOを拒否'),
      // The host name the sending server gave in its HELO, not found in DNS (Postfix reject_unknown_helo_hostname: "the HELO or EHLO hostname has no DNS A or MX record", postconf(5)), said in words (lang23): the sender's host, whatever "not found" follows.
      ...from(R23_HELO, 'HELOで', 'HELO名'),
      // Greylisting in the language's own word (read as English "greylisted": a deliberate temporary refusal, knowledge/greylisting.ts).
      ...from(PLAIN, 'グレイリスティング', 'グレーリスティング'),
      ...from(OBS, 'ブラックリスト', 'IPアドレスがブロック', '接続を拒否'),
      ...from(PLAIN, 'ブロックリスト'),
    ],
    rejected: [
      ...from(R21_PLAIN, '迷惑メールフィルタ設定により', '迷惑メールフィルター設定により'),
      // A moderated group's moderator refused the message (Exchange moderation, learn.microsoft.com "Moderated recipients in Exchange Online"; as English
      // "rejected by the moderator"): the sender's message is refused, the group's address is good.
      ...from(MODERATED, 'モデレーターによって拒否', 'モデレーターにより拒否'),
      // docomo's and the other carriers' wording for the same refusal: the recipient's "迷惑メール設定" (junk-mail settings) refused the mail ("迷惑メール設定により受信を拒否").
      ...from(DOCOMO, '迷惑メール設定により受信を拒否', '迷惑メール設定により'),
      // The recipient accepts no mail from the sender's address (a personal filter or block list): the sender is refused, the recipient's address is fine.
      ...from(PLAIN, 'あなたのアドレスからのメールを受け付けて', 'あなたからのメールを受け付けて', '送信者のアドレスからのメールを受け付けて'),
      // The recipient blocked the sender's address (a personal block list): the sender is refused, not the recipient's address.
      ...from(PLAIN, 'あなたのアドレスをブロック', '送信者のアドレスをブロック'),
      ...from(OBS, '送信者を拒否', '送信元アドレスが拒否', '差出人が拒否'),
      ...from(DOCOMO, '受信拒否設定'),
    ],
    policyviolation: [
      ...from(R22_SENDER, 'この宛先への送信が許可されていません', '宛先への送信が許可されていません'),
      ...from(R21_BANNED, '形式の添付ファイル', '添付ファイルの種類'),
      ...from(R21_TRANSPORT, 'トランスポート ルール', 'トランスポートルール', 'メール フロー ルール'),
      ...from(EXCH, 'メッセージを送信するためのアクセス許可がありません', 'アクセス許可がありません'),
      ...from(OBS, 'ポリシーにより', 'セキュリティポリシー', 'ポリシー違反', '添付ファイルは許可されていません'),
      // An attachment of a type the receiving side's policy forbids, and content it forbids (English "attachment type not allowed", "prohibited content").
      ...from(PLAIN, 'この種類の添付ファイルは許可されていません', '禁止されている内容', '禁止された内容'),
    ],
    norelaying: [
      ...from(OBS, '不正中継', 'リレーを拒否', 'リレーは許可されていません', 'リレー拒否', '中継を拒否', '中継は許可されていません'),
      ...from(PLAIN, '中継を許可していません'),
      ...from(PLAIN, '中継を許可していない'),
    ],
    virusdetected: [
      ...from(PLAIN, 'ウイルスが検出', 'ウイルスを検出', 'ウィルスが検出', 'ウィルスを検出', 'ウイルスに感染', 'ウイルス感染'),
      ...from(PLAIN, 'ウイルスが含まれ'),
    ],
    toomanyconn: [
      ...from(R21_PLAIN, '宛先の数が上限'),
      ...from(R21_PLAIN, '宛先が多すぎ'),
    // Too many recipients on one message, the noun first (Exchange 5.5.3 "Too many recipients").
      ...from(PLAIN, '宛先の数が多すぎ'),
      ...from(PLAIN, '接続数が多すぎ', '同時接続数', '宛先数が多すぎ', '宛先数の上限'),
    ],
    speeding: [
      ...from(R29_RATE, '短時間に大量のメール', '短時間に多数のメール', '受信を制限しています'),
      ...first(R26_QUOTA, '送信上限', '1日あたりの送信数'),
      ...from(R21_PLAIN, '送信数が制限を超え'),
      ...from(REAL20_G20, '送信できるメールの制限数に達しました', 'メール受信数の制限を超過'),
      // Sending too fast (a rate: "Sie senden zu schnell; bitte reduzieren Sie die Senderate").
      ...from(PLAIN, '送信速度が速すぎ', '送信ペース'),
      ...from(PLAIN, '送信数の上限', '送信数が多すぎ', '送信制限'),
      ...from(PLAIN, 'メッセージが多すぎ', 'メールが多すぎ'),
    ],
    expired: [
      ...from(R21_PLAIN, 'キューでの最大保持時間を超え'),
      ...from(AU, '再送信を試みましたが'),
      ...from(OBS, '配送期限切れ', '配信がタイムアウト', '送信期限切れ'),
      ...from(EXCH, '有効期限が切れ', '時間内に配信できませんでした'),
      // The deadline passed, not the deadline alone: a warning retries until it ("配信期限まで再送を試みます").
      ...from(OBS, '配信期限が切れ', '配信期限切れ', '配信期限を過ぎ', '再送信を中止', '再送を中止', '配送を断念'),
      ...from(PLAIN, '配信を中止'),
      // A retelling of a notice that the server gave up after trying for days (English "tried for 5 days, then gave up").
      ...from(PLAIN, '配信をあきらめました', '配信を断念しました'),
    ],
    authfailure: [
      ...from(OBS, 'SPF認証', 'SPF 認証', 'DKIM認証', '送信ドメイン認証', '認証に失敗'),
    ],
  },
  broad: ['見つかりませんでした', '見つからなかったため'],
  failed: [
    ...from(R29_HEADING, '配送できませんでした', '配送に失敗しました'),
    ...from('RFC 3463 X.2.1 "mailbox temporarily unavailable" in Japanese (lang21 round): a failure that states no cause, for now only; as Outlook.com\'s help reads "mailbox unavailable" (it-it "Cassetta postale non disponibile")', 'メールボックスは一時的に利用できません'),
    // "受信側のサーバーによってメッセージが拒否されました" (the message was refused by the receiving server), no cause named.
    ...from(PLAIN, 'メッセージが拒否されました', '受信側のサーバーによって拒否'),
    // A short notice's sentence that the recipient's server refused the message, no cause named (as in the other languages).
    ...from(PLAIN, 'サーバーで拒否されました', 'サーバーに拒否されました', 'サーバで拒否されました'),
    ...from(MFILTER, '以下のメールアドレスへの送信に失敗しました', 'このメールは送信できませんでした'),
    ...from(AU, '次のあて先へのメッセージはエラーのため送信できませんでした', 'エラーのため送信できませんでした', 'メールエラー通知'),
    ...from(OUTLOOK, '一部またはすべての受信者に届きませんでした', 'Microsoft Exchange はこのメッセージの再配信を試みません'),
    ...from(OBS, '配信できない', '配信エラー', '配信失敗', '送信エラー'),
    ...from(GMAIL, 'アドレスが見つかりませんでした'),
    ...from(DTI, '届けることが出来ませんでした', '届けることができませんでした'),
    ...from(EXCH, '配信不能', '次の受信者またはグループへの配信に失敗しました', '管理者向けの診断情報', '一部またはすべての受信者に届きませんでした'),
    ...from(M365, 'メッセージを配信できませんでした', '配信できませんでした'),
    ...from(OBS, '配信に失敗しました', '送信できませんでした', '届きませんでした', 'メールを送信できませんでした', '不達', '宛先に届きませんでした', '配信されませんでした',
      '送信に失敗しました', 'エラーメール'),
  ],
  listLead: [
    ...from(MFILTER, '以下のメールアドレスへの送信に失敗しました'),
    ...from(AU, '次のあて先'),
    ...from(OUTLOOK, '次の受信者に到達できませんでした', '次の受信者に届きませんでした'),
    ...from(EXCH, '次の受信者またはグループへの配信に失敗しました', '次の受信者'),
    ...from(OBS, '以下の宛先', '以下のアドレス', '次の宛先'),
    // lang27: BIGLOBE's and the ISPs' "次のアドレスにメールを配送できませんでした" (to the following addresses; Sisimai Lhost/Biglobe.pm "The following addresses had delivery problems").
    ...from(PLAIN, '次のアドレス'),
    ...from(DTI, '以下の受取人'),
  ],
  delayed: [
    // lang21: not delivered "yet", as Exim's warning says it translated: a delay, the attempts go on.
    ...from('Exim\'s warning template ("A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue", "The address to which the message has not yet been delivered is:") as an admin translates it into Japanese', 'まだ配送されていません', 'まだ配送されていない'),
    ...from(REAL20_G20, '配信未完了', '時間再試行し'),
    ...from(EXCH, '配信が遅れています', '引き続き試行されます', '配信が遅延', '配信遅延', 'まだ配信されていません'),
    ...from(OBS, '再試行します', '引き続き配信を試みます', '再送を試みます', '配送を再試行'),
    ...from(PLAIN, '再試行しています', '再送を試みています'),
    // A translated Postfix warning ("THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.").
    ...from(PLAIN, 'これは警告のみです', '再送信する必要はありません', '試み続けます'),
    // lang28: 配送 (delivery, the word of Postfix's and sendmail's Japanese templates) beside Exchange's 配信: "配送が遅れています", "配送は引き続き試みます".
    ...from(PLAIN, '配送が遅れています', '配送が遅延', '配送遅延', '引き続き試みます'),
  ],
  recipientBefore: [
    ...from(EXCH, '宛先', '受信者', '受信者のアドレス', '送信先'),
    ...from(DTI, '受取人'),
    // "宛先のメールアドレス（<addr>）が見つからなかったため" (the destination's address; not any "のメールアドレス", which may be the sender's).
    ...from(PLAIN, '宛先のメールアドレス'),
  ],
  recipientAfter: [
    // "<addr> 宛てのメッセージ" (with the okurigana, as "宛のメッセージ").
    ...from(PLAIN, '宛てのメッセージ', '宛てのメール'),
    ...from(GMAIL, 'に配信されませんでした'),
    ...from(M365, 'へのメッセージ', 'に配信できませんでした', 'への配信', 'に届きませんでした', 'が見つかりませんでした'),
    // "<addr> にメッセージを配信できませんでした。" (Microsoft 365's title with the particle に, its cause in the next paragraph; lang23).
    ...from(M365, 'にメッセージを配信できませんでした'),
    ...from(GMAIL, 'にメールを配信できませんでした', '宛のメール', '宛のメッセージ'),
    // "<addr> へのメール配送を再試行しています" (mail to <addr>).
    ...from(PLAIN, 'へのメール'),
    // lang27: "<addr> 宛て：<cause>" (addressed to, then the cause after a colon), as a one-line notice puts it.
    ...from(PLAIN, '宛て：', '宛て:', '宛：', '宛:'),
  ],
  toLabel: [...from(CLIENT, '宛先', '宛て先')],
  clientFrom: [...from(CLIENT, '差出人', '送信者')],
  clientSent: [...from(CLIENT, '送信日時')],
  returnedStart: [
    ...from(EXCH, '元のメッセージ ヘッダー', '元のメッセージヘッダー', '元のメッセージ', '元のメール'),
  ],
  reasonLead: [
    ...from(OBS, '理由', '原因', 'エラー内容'),
  ],
  errorLabel: [...from(OBS, 'エラー', 'エラーコード', 'サーバーエラー', 'エラー内容')],
  // A failure called temporary in so many words, as servers and notices label it (English "temporary error").
  // The adverb and the refusal called temporary ("vorübergehend abgelehnt", "refus temporaire"), as English "temporarily"; not "try again later",
  // which Microsoft's full-mailbox notice says too (English reads it so: knowledge of permanence, read/cues.ts).
  temporary: [...from(PLAIN, '一時的なエラー', '一時的な障害', '一時的な問題', '一時的に')],
  // Help text that names causes without stating them ("possible causes: …", "if the address does not exist, …").
  conditions: [...from(PLAIN, '考えられる原因', '考えられる理由')],
  // Help after the cause (lang23): a cause it names is advice, not the cause stated.
  advice: [...from(R23_ADVICE, 'ヒント', '詳しくは', '詳細は')],
  // lang24: the imperative of checking or asking ends the clause in Japanese ("送信元IPがブラックリストに
  // 登録されていないか確認してください"): the clause it closes is advice, the cause stated before decides.
  adviceEnds: [...from(R24_ADVICE_END, '確認してください', '確認して下さい', 'ご確認ください', 'ご確認下さい', '確認のうえ', '確認の上', 'お問い合わせください', 'お問い合せください', 'お問合せください', 'ご連絡ください')],
  // lang21: a scan or a check that found nothing, beside the cause: the cause words inside it are denied.
  denials: [...from('A filtering gateway\'s notice that lists its checks beside the cause (amavisd-new\'s scan results, a virus scan "clean", a spam check "passed"), in Japanese (lang21 round): a check that found nothing', 'ウイルスは検出されませんでした', 'ウイルスは見つかりませんでした', '迷惑メール判定：問題なし', '迷惑メール判定: 問題なし')],
  // A warning to the mailbox's own user that it is almost full (Microsoft 365 / Outlook's "Your mailbox is almost full" in Japanese, and providers' storage warnings): no bounce.
  // The owner notice with no "your" (Microsoft's Japanese "メールボックスがいっぱいです" over
  // "…アイテムを送受信できません"): a quota warning only with the second.
  ownerFull: [...from(QUOTA, 'メールボックスがいっぱいです', 'メールボックスの容量が上限に達しました', 'メールボックスの容量がいっぱいです')],
  ownerCannotSend: [...from(QUOTA, '送受信できません', '送受信できなくなります', '送信も受信もできません')],
  quotaWarning: [...from(QUOTA, 'メールボックスがほぼいっぱいです', 'メールボックスの容量がほぼいっぱい', 'メールボックスの容量がもうすぐいっぱい', 'メールボックスの容量が残りわずか', 'あなたのメールボックスがいっぱいです')],
  // Exchange's delivery and relay notifications in Japanese: a success report, nothing failed.
  delivered: [...from(DELIVERED, 'メッセージは次の受信者に配信されました', '次の受信者またはグループへの配信が完了しました')],
  // Outlook's read receipt in Japanese (the message was read, or deleted unread): a receipt, no bounce.
  readReceipt: {
    opening: from(RECEIPT, 'メッセージ'),
    subject: from(RECEIPT, '件名'),
    read: from(RECEIPT, 'に開封されました'),
    deleted: from(RECEIPT, 'に開封されずに削除されました', '開封されずに削除されました'),
  },
  possibleAfter: [...from(HEDGE32, '可能性があります', '可能性があり', 'かもしれません')],
  listRemoved: [...from(LIST32, 'メーリングリストから削除されました', 'メーリングリストから退会', 'メーリングリストの配信を停止')],
};
