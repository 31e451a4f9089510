/**
 * Korean: Microsoft 365 / Exchange / Outlook non-delivery reports in Korean and Korean
 * providers (Naver, Daum / Kakao) — beyond the languages asked for, kept because servers
 * send it.
 */
import { from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Korean): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';

const EXCH = 'Exchange Server / Outlook / Microsoft 365 non-delivery report in Korean ("배달 못함:", "다음 받는 사람 또는 그룹에 배달하지 못했습니다")';
const OBS = 'Observed wording of Korean providers\' notices and SMTP replies (Naver, Daum/Kakao)';
const GMAIL = 'Gmail\'s notices in Korean (support.google.com/mail/answer/7720 in Korean: "전송 지연", "일시적인 문제가 발생했습니다", "다시 시도합니다")';
const CLIENT = 'Outlook\'s header block in Korean (보낸 사람 / 보낸 날짜 / 받는 사람 / 제목, as Outlook for Windows and the web show a message and write above a forward or a reply; Microsoft\'s Korean Outlook help pages name the fields so)';

// lang29: the cause families the earlier rounds covered least.
const R29_AUTH = 'SPF / DKIM / DMARC failing (lang29 round): Gmail 550 5.7.26 "Unauthenticated email … is not accepted due to domain\'s DMARC policy" and 5.7.27 SPF (support.google.com/a/answer/3726730), Microsoft 365 5.7.509 (learn.microsoft.com "Fix NDR error 550 5.7.509"), Naver help on SPF/DKIM for senders, in the language';
const R29_BLOCK = 'The sending IP on a blocklist or blocked by the receiving service (lang29 round): Postfix "blocked using zen.spamhaus.org", Spamhaus / SpamCop, Naver and Daum postmaster help on blocked IPs, in the language: the sending server\'s reputation, not the address';
const R29_EXPIRED = 'The message expired, the delivery time exceeded (lang29 round): Exchange 4.4.7 / 5.4.7 "message expired" (learn.microsoft.com), RFC 3463 X.4.7, in the language';
const R29_RATE = 'Too many messages in a short time, a sending limit (lang29 round): Gmail 4.2.1 / 5.4.5 rate and quota texts (support.google.com/a/answer/3726730), Naver\'s and Daum\'s sending limits, in the language: a rate, for now';
const R29_RELAY = 'Relaying refused (lang29 round): Postfix "Relay access denied", Exchange 5.7.54 "Unable to relay recipient in non-accepted domain" (learn.microsoft.com), in the language: the sending server may not pass mail on for this domain';
const R29_SIZE = 'The message over the size the receiving server allows (lang29 round): RFC 1870 SIZE, RFC 3463 X.3.4 "Message too big for system", Postfix "message size exceeds fixed limit", in the language';
const R29_TLS = 'The secure (TLS) connection to the recipient\'s server not set up (lang29 round): RFC 3207 STARTTLS, Postfix "TLS is required, but was not offered by host" / "Cannot start TLS: handshake failure", in the language: a network matter between the servers, not the address';
const R29_VIRUS = 'A virus or malware found in the message (lang29 round): RFC 3463 X.7.1 with ClamAV / amavisd-new "VIRUS" notices, Exchange\'s malware filter NDR, in the language';

const R29_CONN = 'Too many connections at once from the sending server (lang29 round): Postfix "421 Too many concurrent SMTP connections" (smtpd_client_connection_count_limit), Exim "too many connections", in the language';
const R29_DELAY = 'A delay notice\'s heading in the language (lang29 round): Exchange\'s "Delivery delayed" and Postfix\'s "Delayed Mail (still being retried)" (RFC 3464 Action: delayed), the delivery late, attempts going on';
const R29_DELETED = 'The recipient\'s account deleted or closed by its owner (lang29 round): Sisimai Reason/UserUnknown.pm "account has been deleted", Naver\'s help on a withdrawn user (탈퇴한 사용자), in the language: the address is gone';
const R29_DISABLED = 'The recipient\'s account disabled or suspended, not deleted (lang29 round): Gmail 5.2.1 "The email account that you tried to reach is disabled" (support.google.com/mail/?p=DisabledUser), Sisimai Reason/Suspend.pm, in the language: the address exists';
const R29_DOMAIN = 'The recipient\'s domain not found (lang29 round): Postfix "Host or domain name not found", RFC 3463 X.1.2 "Bad destination system address", Exchange 5.4.1 / 5.4.310 "DNS domain does not exist", in the language';
const R29_GREY = 'Greylisting in the language\'s own word (lang29 round; Postgrey "Greylisted", milter-greylist "Greylisting in action, please come back later"): a deliberate temporary refusal, read as English "greylisted"';
const R29_SENDER = 'The sender\'s address refused (lang29 round): Postfix "Sender address rejected", RFC 3463 X.1.7 / X.1.8 (a bad sender address), in the language: the sender is refused, not the recipient\'s address';

const HEDGE32 = 'audit32: words of possibility or guess, as notices and help pages hedge a cause they cannot tell ("vermutlich", "peut-être", "potrebbe", "возможно", "可能", "可能性があります", "수 있습니다", "olabilir"): the cause they name is not stated; plain grammar of the language, no provider\'s own text';

export const ko: LanguageWording = {
  code: 'ko',
  name: 'Korean',
  reasons: {
    rejected: [
      ...from(R29_SENDER, '보낸 사람의 주소가 거부', '발신자 주소가 거부', '발신자 주소 거부'),
    ],
    networkerror: [
      ...from(R29_TLS, '서버에 연결할 수 없', '연결 실패', '연결 시간이 초과'),
    ],
    expired: [
      ...from(R29_EXPIRED, '전송 시간이 초과', '전송 시간 초과', '배달 시간이 초과', '메시지가 만료', '유효 기간이 만료'),
    ],
    norelaying: [
      ...from(R29_RELAY, '릴레이가 허용되지', '릴레이 거부', '릴레이 불가', '중계가 허용되지', '중계 거부'),
    ],
    virusdetected: [
      ...from(R29_VIRUS, '바이러스', '악성 코드', '악성코드'),
    ],
    toomanyconn: [
      ...from(R29_CONN, '연결 수가 너무 많', '동시 연결'),
      ...from(R29_RATE, '동시 접속', '연결이 너무 많', '너무 많은 연결', '수신자가 너무 많'),
    ],
    speeding: [
      ...from(R29_RATE, '너무 많은 메일을 발송', '발송이 제한', '발송 제한', '발송량 제한', '발송 한도', '단시간에 많은'),
    ],
    blocked: [
      ...from(R29_GREY, '그레이리스팅', '그레이리스트'),
      ...from(R29_BLOCK, '블랙리스트', '차단 목록', '차단된 IP', 'IP가 차단', 'IP 차단', '스팸 발송 IP'),
    ],
    authfailure: [
      ...from(R29_AUTH, 'SPF 인증', 'DKIM 인증', 'DMARC 인증', 'DMARC 정책', '발신자 인증', '인증에 실패'),
    ],
    userunknown: [
      ...from(R29_DELETED, '계정이 삭제', '삭제된 계정', '탈퇴한 사용자', '탈퇴한 계정'),
      ...from(HEADING, '수신자는 존재하지 않습니다', '주소는 존재하지 않습니다', '수신자가 존재하지 않습니다', '주소가 존재하지 않습니다'),
      ...from(EXCH, '받는 사람을 찾을 수 없'),
      ...from(OBS, '존재하지 않는', '사용자를 찾을 수 없', '수신자를 찾을 수 없'),
      ...from(OBS, '존재하지 않는 아이디', '존재하지 않는 계정', '존재하지 않는 주소', '받는 사람의 주소를 찾을 수 없', '없는 사용자'),
    ],
    mailboxfull: [
      ...from(EXCH, '사서함이 가득'),
      ...from(OBS, '용량 초과', '메일함 용량'),
      ...from(OBS, '용량이 부족'),
      ...from(OBS, '메일함이 가득', '편지함이 가득', '메일함 용량이 초과', '메일함이 꽉'),
    ],
    suspend: [
      ...from(R29_DISABLED, '계정이 정지', '계정이 일시 정지', '계정이 비활성화', '사용이 정지'),
      ...from(OBS, '휴면 계정', '휴면 상태', '사용 중지된 계정', '비활성화된 계정', '정지된 계정'),
    ],
    hostunknown: [
      ...from(R29_DOMAIN, '도메인이 존재하지 않'),
      ...from(OBS, '존재하지 않는 도메인', '도메인을 찾을 수 없'),
    ],
    mesgtoobig: [
      ...from(R29_SIZE, '최대 크기를 초과', '크기 제한을 초과', '메일 크기가 허용', '메일 크기가 제한', '첨부 파일 크기'),
      ...from(OBS, '크기가 너무'),
    ],
    spamdetected: [
      ...from(OBS, '스팸'),
    ],
  },
  failed: [
    ...from(OBS, '전달되지'),
    ...from(EXCH, '배달 못함', '다음 받는 사람 또는 그룹에 배달하지 못했습니다', '배달하지 못했습니다'),
    ...from(OBS, '전달되지 않았습니다', '전달할 수 없', '메일 전송 실패', '반송'),
    ...from(OBS, '전송되지 못했습니다'),
    ...from(OBS, '보내지 못했습니다', '발송되지 못했습니다', '발송 실패', '전송 실패', '반송되었습니다'),
    // "메일을 전달하지 못했습니다" (could not deliver the mail), as the active form of "전달되지 않았습니다".
    ...from(OBS, '전달하지 못했습니다'),
  ],
  listLead: [
    ...from(HEADING, '다음 수신자', '다음 주소', '다음 받는 사람'),
    ...from(EXCH, '다음 받는 사람 또는 그룹에 배달하지 못했습니다'),
  ],
  delayed: [
    ...from(R29_DELAY, '전송이 지연', '발송이 지연', '전달이 지연'),
    ...from(EXCH, '배달이 지연'),
    // Gmail's Korean delay notice ("전송 지연", delivery delayed, as its heading; "Gmail에서 46시간 동안
    // 다시 시도합니다", Gmail will retry for 46 hours; support.google.com/mail/answer/7720 in Korean,
    // round lang30).
    ...from(GMAIL, '전송 지연', '동안 다시 시도합니다'),
  ],
  recipientBefore: [
    ...from(EXCH, '받는 사람', '수신자'),
  ],
  recipientAfter: [
    ...from(EXCH, '에게 배달하지 못했습니다', '에게 전달되지'),
    ...from(OBS, '님에게 보낸 메일'),
    ...from(OBS, '로 메일을 보내지', '으로 보낸 메일', '로 보낸 메일', '에게 보낸 메일'),
    // Gmail's "<addr>(으)로 메시지를 전송하는 동안 …" (while sending the message to <addr>; round lang30).
    ...from(GMAIL, '으로 메시지를 전송하는', '로 메시지를 전송하는'),
  ],
  // The labels Outlook and Gmail write in Korean on the header block above a message shown,
  // forwarded or quoted ("보낸 사람:", From; "보낸 날짜:", Sent; "받는 사람:", To; round lang30): a block
  // with one of the first two is the client's, and its "받는 사람:" names the reader.
  toLabel: [...from(CLIENT, '받는 사람')],
  clientFrom: [...from(CLIENT, '보낸 사람')],
  clientSent: [...from(CLIENT, '보낸 날짜')],
  returnedStart: [
    ...from(EXCH, '원본 메시지 헤더', '원본 메시지'),
  ],
  reasonLead: [
    ...from(OBS, '사유', '원인'),
  ],
  errorLabel: [...from(OBS, '오류', '오류 코드')],
  // A failure called temporary in so many words ("일시적인 오류", a temporary error; "일시적으로
  // 거부되었습니다", refused temporarily), as English "temporary error" / "temporarily"; not "잠시 후
  // 다시 시도하세요" (try again shortly) alone, which notices of other causes say too.
  temporary: [...from(OBS, '일시적인 오류', '일시적 오류', '일시적인 문제', '일시적인 장애', '일시적으로')],
  possibleAfter: [...from(HEDGE32, '수 있습니다', '수 있음', '수도 있습니다')],
};
