/**
 * Automatic replies pasted without their headers are known by their own words, in every
 * language of knowledge/auto-replies; a text that also reads like a bounce stays a bounce.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { AUTO_REPLY_WORDING } from '../../src/lib/knowledge/auto-replies.ts';

describe('an automatic reply pasted as text is not a bounce', () => {
  const cases: [string, string, string][] = [
    ['en', 'Thank you for your message. I am out of the office until 12 December with limited access to email.', 'out of the office'],
    ['de', 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 12.12. nicht im Büro. In dringenden Fällen wenden Sie sich an info@example.com.', 'nicht im Büro'],
    ['fr', "Je suis absent du bureau jusqu'au 12 décembre. Pour toute urgence, contactez support@example.com.", 'absent du bureau'],
    ['es', 'Estaré fuera de la oficina hasta el lunes.', 'fuera de la oficina'],
    ['ja', '12月12日まで休暇中のため、返信が遅れます。', '休暇中'],
    ['ru', 'Я в отпуске до понедельника.', 'в отпуске'],
  ];
  for (const [lang, text, words] of cases) {
    it(`${lang}: "${words}"`, () => {
      const r = explain(text);
      expect(r.kind).toBe('auto-reply');
      expect(r.recipients).toHaveLength(1);
      const rcpt = r.recipients[0];
      expect(rcpt).toMatchObject({ address: null, reason: 'vacation', hardBounce: false });
      const span = rcpt.evidence.find((e) => e.field === 'reason');
      expect(span && text.slice(span.start, span.end)).toBe(words);
    });
  }

  it('every wording of every language is read', () => {
    for (const { lang, phrases } of AUTO_REPLY_WORDING) {
      for (const p of phrases) expect(explain(`Hello. ${p}. Regards`).kind, `${lang}: ${p}`).toBe('auto-reply');
    }
  });

  it('a bounce that quotes an out-of-office sentence stays a bounce', () => {
    const r = explain('550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\nI am out of the office until Monday.');
    expect(r.kind).not.toBe('auto-reply');
    expect(r.recipients[0].reason).toBe('userunknown');
  });

  it('a long text is not called an automatic reply by one phrase', () => {
    const r = explain('I am out of the office. ' + 'Minutes of the meeting follow. '.repeat(200));
    expect(r.kind).not.toBe('auto-reply');
  });
});

describe('an automatic reply that says the address is no longer in use', () => {
  it('is no bounce and no bad address, but says to update the list', () => {
    const r = explain('Automatic reply: December offers\n\nThis address is no longer in use. Please write to zora.new@example.org from now on.');
    expect(r.kind).toBe('auto-reply');
    expect(r.recipients).toHaveLength(1);
    const rcpt = r.recipients[0];
    expect(rcpt).toMatchObject({ address: null, reason: 'vacation', hardBounce: false });
    expect(rcpt.headline.tone).toBe('sender-fix');
    expect(rcpt.headline.text).toMatch(/no longer in use — update your list/);
    expect(rcpt.actions.map((a) => a.text).join(' ')).toMatch(/Stop sending to this address/);
  });

  it('an ordinary out-of-office still needs nothing', () => {
    const r = explain('Thank you for your message. I am out of the office until 12 December with limited access to email.');
    expect(r.recipients[0].headline).toEqual({ text: 'This is an out-of-office or other automatic reply, not a bounce — nothing to do', tone: 'not-failure' });
  });
});

describe('an automatic reply that says the address is retired, in its wordings', () => {
  const RETIRED = [
    'Subject: Automatic reply: Order status\n\nThank you for your message. I have left Example Corp and this mailbox is no longer\nmonitored. Please send your request to orders@example.com.\n',
    'Betreff: Automatische Antwort: Angebot\n\nHerr Albrecht ist nicht mehr für die Beispiel GmbH tätig. Bitte wenden Sie sich an vertrieb@example.org.\n',
    'Objet : Réponse automatique : Votre commande\n\nMadame Girard ne fait plus partie de notre société. Cette adresse n\'est plus consultée.\n',
    'Asunto: Respuesta automática: Presupuesto\n\nJavier Ortega ya no trabaja en Ejemplo S.L. y esta cuenta de correo ya no se revisa.\n',
    'Onderwerp: Automatisch antwoord: Offerte\n\nDeze mailbox wordt niet meer gelezen. Stuur uw bericht naar info@example.org.\n',
  ];
  it.each(RETIRED)('%s', (text) => {
    const report = explain(text);
    expect(report.kind).toBe('auto-reply');
    const [r] = report.recipients;
    expect(r.hardBounce).toBe(false);
    expect(r.headline.text).toMatch(/no longer in use/);
  });

  it('a holiday reply in German that is no longer reachable for now is no retired address', () => {
    const [r] = explain('Betreff: Automatische Antwort: Termin\n\nIch bin ab heute nicht mehr für Sie erreichbar und ab dem 5. Januar wieder im Büro.\n').recipients;
    expect(r.headline.text).not.toMatch(/no longer in use/);
  });
  it('an out-of-office that quotes a bounce the reader had forwarded explains none of it, also in German and without Auto-Submitted', () => {
    const pasted = explain(
      'Subject: Automatic reply: Undeliverable: Order 12\nFrom: Ann <ann@example.org>\nTo: shop@example.com\n\nI am out of the office until Monday.\n\n-----Original Message-----\nFrom: shop@example.com\n\nDelivery has failed to these recipients or groups:\n\nbob@example.org\nThe email address you entered couldn\'t be found.\n\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n',
    );
    expect(pasted.recipients.filter((r) => r.hardBounce)).toEqual([]);
    expect(pasted.warnings.map((w) => w.code)).toContain('automatic-reply');
    const de = explain(
      new TextEncoder().encode(
        'From: Ann <ann@example.org>\r\nTo: shop@example.com\r\nSubject: Abwesenheitsnotiz: Unzustellbar: Rechnung\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIch bin bis Montag nicht im B\u00fcro.\r\n\r\n> Die Zustellung an folgende Empf\u00e4nger oder Gruppen ist fehlgeschlagen:\r\n>\r\n> bob@example.org\r\n>\r\n> Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found\'\r\n',
      ),
    );
    expect(de.recipients.filter((r) => r.hardBounce)).toEqual([]);
    // Copied with the header lines a French Outlook shows ("Objet : Réponse automatique : …").
    const fr = explain("Objet : Réponse automatique : Non remis : Devis\nDe : Chloé <chloe@example.org>\n\nJe suis absente du bureau jusqu'au 4 janvier.\n\n-----Message d'origine-----\nDe : ventes@example.com\n\nLa remise du message aux destinataires ou groupes suivants a échoué :\n\ndenis@example.org\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n");
    expect(fr.recipients.filter((r) => r.hardBounce)).toEqual([]);
    expect(fr.warnings.map((w) => w.code)).toContain('automatic-reply');
  });
});

describe('a notice of a failed delivery sent as an automatic reply by a sender that is no mailer-daemon', () => {
  const message = (body: string) =>
    new TextEncoder().encode(
      `From: Example Forwarding <notifications@example.com>\nTo: john@example.com\nSubject: About your message\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`,
    );
  it.each([
    ['unable to deliver', 'We were unable to deliver your message to the following address:\n\n  uli@example.org\n\nServer response: 550 5.1.1 The email account that you tried to reach does not exist.'],
    ['could not be sent', 'Your message to uli@example.org could not be sent.\n\nServer response: 550 5.1.1 The email account that you tried to reach does not exist.'],
    ['failed to deliver', 'We failed to deliver your message to uli@example.org.\n\nServer response: 550 5.1.1 The email account that you tried to reach does not exist.'],
  ])('is a bounce, not an out-of-office (blind round layout21): "%s"', (_words, body) => {
    const r = explain(message(body));
    expect(r.kind).not.toBe('auto-reply');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['uli@example.org', 'userunknown']]);
  });
  it('an out-of-office from that sender stays one', () => {
    const r = explain(message('Thank you for your message. I am out of the office until Monday and will reply when I return.'));
    expect(r.kind).toBe('auto-reply');
  });
});
