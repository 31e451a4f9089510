/**
 * Korean: Microsoft 365 / Exchange / Outlook non-delivery reports in Korean and Korean
 * providers (Naver, Daum / Kakao) — beyond the languages asked for, kept because servers
 * send it.
 */
import { from, type LanguageWording } from './types.ts';

const HEADING = 'A notice\'s heading over its list of addresses, the cause said once of them all ("The following recipients are unknown:", here in Korean): the plural of the wordings above, with the list\'s noun (observed wording of plain notices and gateways\' lists)';

const EXCH = 'Exchange Server / Outlook / Microsoft 365 non-delivery report in Korean ("배달 못함:", "다음 받는 사람 또는 그룹에 배달하지 못했습니다")';
const OBS = 'Observed wording of Korean providers\' notices and SMTP replies (Naver, Daum/Kakao)';

export const ko: LanguageWording = {
  code: 'ko',
  name: 'Korean',
  reasons: {
    userunknown: [
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
      ...from(OBS, '휴면 계정', '휴면 상태', '사용 중지된 계정', '비활성화된 계정', '정지된 계정'),
    ],
    hostunknown: [
      ...from(OBS, '존재하지 않는 도메인', '도메인을 찾을 수 없'),
    ],
    mesgtoobig: [
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
    ...from(EXCH, '배달이 지연'),
  ],
  recipientBefore: [
    ...from(EXCH, '받는 사람', '수신자'),
  ],
  recipientAfter: [
    ...from(EXCH, '에게 배달하지 못했습니다', '에게 전달되지'),
    ...from(OBS, '님에게 보낸 메일'),
    ...from(OBS, '로 메일을 보내지', '으로 보낸 메일', '로 보낸 메일', '에게 보낸 메일'),
  ],
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
};
