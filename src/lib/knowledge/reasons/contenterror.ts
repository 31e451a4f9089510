import type { ReasonInfo } from '../types.ts';

export const reason: ReasonInfo = {
  id: 'contenterror',
  title: "Message content could not be handled",
  meaning: "The receiver could not accept or pass on the message content, for example because of raw non-ASCII characters in headers or an encoding it cannot handle.",
  causes: [
    "Accented or non-Latin characters in headers without the required encoding.",
    "8-bit content sent to a server that accepts only 7-bit text.",
    "Bare line feeds, invalid characters or a broken MIME structure.",
    "An address with non-ASCII characters sent to a server that does not support them.",
  ],
  owner: 'sender-admin',
  failure: true,
  hardBounce: false,
  retry: 'after-fix',
  verdict: "The receiving server could not handle the message's content or encoding",
  likely: "The receiving server probably could not handle the message's content or encoding",
  todo: "your mail admin must fix the encoding",
  actions: [
    "Forward this bounce to your email admin or the developer of the program that sent it.",
    "If the address itself has accented or non-Latin letters, ask the person for a plain ASCII address.",
    "Resend after the fix.",
  ],
  adminActions: [
    "Make the mail program or library encode non-ASCII text: encoded words (RFC 2047) in headers, quoted-printable or base64 in the body.",
    "Use CRLF line endings and a valid MIME structure; a maintained mail library does this for you.",
  ],
  adminNote:
    "Mostly 5.6.x codes, for example 5.6.3 when 8-bit data cannot be converted, 5.6.7 to 5.6.9 for internationalised (SMTPUTF8) mail, and Microsoft 5.6.11 for bare line feeds.",
};
