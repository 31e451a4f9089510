/**
 * Mail.Ru (mailer-daemon@corp.mail.ru, Subject "Ваше сообщение не доставлено. Mail
 * failure."): Exim's bounce with a Russian copy of it first. The Russian part opens
 * "Это письмо создано автоматически сервером Mail.Ru, ..." and lists the same blocks as
 * the English part after the row of asterisks:
 *
 *   К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:
 *     nobody@example.org
 *       SMTP error from remote mail server after RCPT TO:<nobody@example.org>:
 *       host mx.example.org [192.0.2.1]: 550 5.1.1 User unknown
 *   **********************
 *   This message was created automatically by mail delivery software.
 *   ...
 *
 * The blocks are Exim's, so Exim's reader reads them (once per address). Learnt from
 * Mail.Ru's notices.
 */
import type { Format } from './types.ts';
import { headHas, from } from './common.ts';
import { exim } from './exim.ts';

export const mailru: Format = {
  id: 'mailru',
  label: 'Mail.Ru',
  reference: 'https://help.mail.ru/mail/',
  needs: ['сервером mail.ru'],
  needsFrom: ['mail.ru'],
  detect: (scan) => {
    return headHas(scan, 'сервером mail.ru') || (from(scan).includes('mail.ru') && /@(?:[a-z0-9-]+\.)*mail\.ru\b/.test(from(scan)) && headHas(scan, 'this message was created automatically by mail delivery software'));
  },
  parse: (input) => exim.parse(input),
};
