/**
 * Yandex Mail (mailer-daemon@yandex.ru, Subject "Недоставленное сообщение"): Postfix's
 * bounce with a Russian preface between rows of asterisks:
 *
 *                 **********
 *   Это письмо отправлено почтовым сервером yandex.ru.
 *   К сожалению, мы вынуждены сообщить Вам о том, что Ваше письмо не может
 *   быть отправлено одному или нескольким адресатам. Причины указаны ниже.
 *                 **********
 *   This is the mail system at host yandex.ru.
 *   ...
 *   <nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 ... (in reply
 *       to RCPT TO command)
 *
 * The rest is Postfix's, read by Postfix's reader. Learnt from Yandex's notices.
 */
import type { Format } from './types.ts';
import { bodyHead, headHas } from './common.ts';
import { postfix } from './postfix.ts';

export const yandex: Format = {
  id: 'yandex',
  label: 'Yandex Mail',
  reference: 'https://yandex.com/support/mail/',
  needs: ['почтовым сервером yandex', 'this is the mail system at host '],
  detect: (scan) => {
    const head = bodyHead(scan);
    return headHas(scan, 'почтовым сервером yandex') || (headHas(scan, 'this is the mail system at host ') && /this is the mail system at host (?:[a-z0-9-]+\.)*yandex\.(?:ru|net|com)\b/.test(head));
  },
  parse: (input) => postfix.parse(input),
};
