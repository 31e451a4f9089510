/**
 * Generated pathological inputs for bench/worst.ts (and the work-budget unit test): each
 * family repeats one unit until the input reaches the asked size, so the time per size
 * shows how the engine grows with the input. Reserved names and documentation IPs only.
 *
 * Each family is a shape that once made (or could make) some stage superlinear: a rescan
 * per recipient, a regex that backtracks over a long run, a search from every line start,
 * a copy per match.
 */

export interface Family {
  id: string;
  /** What the input looks like, and which stage it stresses. */
  what: string;
  /** An input of about `size` characters (never more). */
  make(size: number): string;
}

/** `head`, then `unit(i)` for i = 0, 1, ... while it fits in `size`, then `tail`. */
function fill(size: number, head: string, unit: (i: number) => string, tail = ''): string {
  const parts: string[] = [head];
  let n = head.length + tail.length;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (n + u.length > size) break;
    parts.push(u);
    n += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** One string of exactly `n` characters made by repeating `s`. */
function run(s: string, n: number): string {
  return s.repeat(Math.ceil(n / s.length)).slice(0, n);
}

const WORDS = 'the recipient server refused the message because the mailbox is not known here and will not accept mail for it at this time please check the address ';

/** A diagnostic of about `n` characters, wrapped as MTAs wrap them. */
function longDiagnostic(n: number, indent = '    '): string {
  const text = run(WORDS, n);
  let out = '';
  for (let i = 0; i < text.length; i += 70) out += (i ? '\n' + indent : '') + text.slice(i, i + 70);
  return out;
}

const POSTFIX_HEAD = `This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

`;

const EML_HEAD = (boundary: string, subtype = 'report; report-type=delivery-status') => `From: MAILER-DAEMON@mail.example.com
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Mon, 1 Jan 2024 00:00:00 +0000
Message-ID: <bench@mail.example.com>
MIME-Version: 1.0
Content-Type: multipart/${subtype}; boundary="${boundary}"

`;

export const FAMILIES: Family[] = [
  {
    id: 'same-recipient-long-diag',
    what: 'Postfix text: one recipient repeated, each with a 4 KB diagnostic (recipients x diagnostic length)',
    make: (size) =>
      fill(size, POSTFIX_HEAD, () => `<nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n    <nobody@example.org>: Recipient address rejected: ${longDiagnostic(4000)} (in reply to RCPT TO command)\n\n`),
  },
  {
    id: 'many-recipients-diag',
    what: 'Postfix text: distinct recipients, each with a 300-character diagnostic',
    make: (size) =>
      fill(size, POSTFIX_HEAD, (i) => `<user${i}@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n    <user${i}@example.org>: ${longDiagnostic(300)} (in reply to RCPT TO command)\n\n`),
  },
  {
    id: 'one-long-diagnostic',
    what: 'one recipient with a diagnostic as long as the input (wrapped lines)',
    make: (size) => {
      const head = POSTFIX_HEAD + '<nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 ';
      return head + longDiagnostic(Math.floor((size - head.length) * 0.92));
    },
  },
  {
    id: 'dotted-names',
    what: 'long dotted names (a.a.a.a...) of 2.5 KB, one per line',
    make: (size) => fill(size, '', () => run('a.', 2500) + '\n'),
  },
  {
    id: 'dotted-names-notice',
    what: 'long dotted names in a notice whose reader looks for addresses on every line (Lotus Notes layout)',
    make: (size) => fill(size, '------- Failure Reasons  --------\n\nUser not listed in public Name & Address Book\n', () => run('a.', 2500) + '\n', 'nobody@example.org\n'),
  },
  {
    id: 'dotted-names-before-reply',
    what: 'long dotted names before the server reply, where a recipient is looked for in the text before it',
    make: (size) => fill(size, 'Delivery has failed to these recipients or groups:\n\n', () => run('a.', 2500) + '\n', '\nRemote Server returned \'550 5.1.1 User unknown\'\n'),
  },
  {
    id: 'dot-run-address',
    what: 'addresses whose local part is a long run of dots (a......b@example.com)',
    make: (size) => fill(size, '550 5.1.1 ', () => 'a' + run('.', 5000) + 'b@example.com\n'),
  },
  {
    id: 'dotted-name-at',
    what: 'long dotted names with an @ in the middle (a.a.a...@a.a.a...)',
    make: (size) => fill(size, '550 5.1.1 ', () => run('a.', 1200) + 'a@' + run('a.', 1200) + ' '),
  },
  {
    id: 'address-lines',
    what: 'lines full of addresses, 20 per line',
    make: (size) => fill(size, 'Delivery to the following recipients failed:\n\n', (i) => Array.from({ length: 20 }, (_, k) => `user${i}.${k}@sub${k}.example.com`).join(', ') + ' 550 5.1.1 user unknown\n'),
  },
  {
    id: 'address-per-line',
    what: 'one bracketed address per line, each opening a block',
    make: (size) => fill(size, POSTFIX_HEAD, (i) => `<u${i}@example.net>: 550 5.1.1 no such user\n`),
  },
  {
    id: 'label-lines',
    what: 'label lines as a dashboard shows them ("Status: Bounced" / "Recipient: <a>"), no CR: a search per block once ran to the text\'s end',
    make: (size) => fill(size, '', (i) => `Status: Bounced\nRecipient: user${i}@example.com\n`),
  },
  {
    id: 'short-lines',
    what: 'many short lines ("x")',
    make: (size) => fill(size, '550 5.1.1 user unknown\n', () => 'x\n'),
  },
  {
    id: 'blank-lines',
    what: 'many blank lines between a reply and its address',
    make: (size) => '550 5.1.1 <nobody@example.org> user unknown' + run('\n', size - 80) + 'nobody@example.org',
  },
  {
    id: 'one-line',
    what: 'one line of words without a line break',
    make: (size) => '550 5.1.1 ' + run(WORDS, size - 10),
  },
  {
    id: 'spaces',
    what: 'long runs of spaces and tabs between words',
    make: (size) => fill(size, '550 5.1.1 ', () => 'x' + run(' \t', 5000) + ':'),
  },
  {
    id: 'continuation-550',
    what: 'a multi-line reply: "550-5.7.1 ..." continuation lines repeated',
    make: (size) => fill(size, '', () => '550-5.7.1 [192.0.2.1] The message was refused by local policy rules here\n', '550 5.7.1 end of reply\n'),
  },
  {
    id: 'continuation-wrapped',
    what: 'continuation prefixes flattened into one long diagnostic (a DSN Diagnostic-Code)',
    make: (size) => fill(size, 'Diagnostic-Code: smtp; ', () => '550-5.7.1 policy words here ', '550 5.7.1 end\n'),
  },
  {
    id: 'digits',
    what: 'long runs of digits and dotted codes (5.5.5.5..., 55555...)',
    make: (size) => fill(size, '', (i) => (i % 2 ? run('5', 3000) : run('5.', 3000)) + '\n'),
  },
  {
    id: 'codes',
    what: 'reply codes and status codes, many per line',
    make: (size) => fill(size, '', () => '550 5.1.1 550-5.1.1 (#5.1.1) 4.2.2 421 '.repeat(10) + '\n'),
  },
  {
    id: 'angle-brackets',
    what: 'unterminated angle brackets and @ runs (<<<<, <a@b, @@@@)',
    make: (size) => fill(size, '550 5.1.1 ', (i) => (i % 3 === 0 ? run('<', 2000) : i % 3 === 1 ? run('<a@b', 2000) : run('@', 2000)) + '\n'),
  },
  {
    id: 'at-chain',
    what: 'a@a@a@a... chains and local parts without a domain',
    make: (size) => fill(size, '550 5.1.1 ', () => run('a@', 3000) + ' ' + run('x', 1000) + '@\n'),
  },
  {
    id: 'colons',
    what: 'lines of "word: word: word:" (header-like and reason-first shapes)',
    make: (size) => fill(size, 'User unknown: ', () => run('aaaaaa : ', 900) + '<nobody@example.org\n'),
  },
  {
    id: 'sendmail-transcript',
    what: 'a Sendmail transcript: RCPT TO / 550 pairs repeated',
    make: (size) =>
      fill(
        size,
        '   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n',
        (i) => `>>> RCPT TO:<user${i}@example.org>\n<<< 550 5.1.1 <user${i}@example.org>... User unknown\n550 5.1.1 <user${i}@example.org>... User unknown\n`,
      ),
  },
  {
    id: 'returned-cues',
    what: 'lines that hint at the returned original ("original", "copy of") but do not start it',
    make: (size) => fill(size, '550 5.1.1 <nobody@example.org> user unknown\n', () => 'the original copy of returned undelivered headers of message ' + run('x', 200) + '\n'),
  },
  {
    id: 'dsn-eml-same-recipient',
    what: 'raw DSN: one recipient repeated in many per-recipient blocks, each with a 4 KB Diagnostic-Code',
    make: (size) => {
      const b = 'b1';
      const head = EML_HEAD(b) + `--${b}\nContent-Type: text/plain\n\n${POSTFIX_HEAD}--${b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n`;
      return fill(size, head, () => `Final-Recipient: rfc822; nobody@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 ${longDiagnostic(4000, ' ')}\n\n`, `--${b}--\n`);
    },
  },
  {
    id: 'dsn-eml-many-blocks',
    what: 'raw DSN: many short per-recipient blocks',
    make: (size) => {
      const b = 'b2';
      const head = EML_HEAD(b) + `--${b}\nContent-Type: text/plain\n\nDelivery failed.\n--${b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n`;
      return fill(size, head, (i) => `Final-Recipient: rfc822; u${i}@example.org\nAction: failed\nStatus: 5.1.1\n\n`, `--${b}--\n`);
    },
  },
  {
    id: 'dsn-merge-long-text',
    what: 'raw DSN: 1000 recipients, and a text part of one long paragraph that every recipient takes as its words',
    make: (size) => {
      const b = 'b3';
      const rcpts = Array.from({ length: 1000 }, (_, i) => `Final-Recipient: rfc822; u${i}@example.org\nAction: failed\nStatus: 5.1.1\n\n`).join('');
      const head = EML_HEAD(b) + `--${b}\nContent-Type: text/plain\n\n550 5.1.1 `;
      const tail = `\n--${b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n${rcpts}--${b}--\n`;
      return head + longDiagnostic(Math.max(100, Math.floor((size - head.length - tail.length) * 0.92))) + tail;
    },
  },
  {
    id: 'pasted-dsn-long-text',
    what: 'pasted text: one long paragraph with a reply code, then DSN fields for many recipients',
    make: (size) => {
      const half = Math.floor(size / 2);
      return fill(half, '550 5.1.1 ', () => run(WORDS, 70) + '\n') + '\n' + fill(size - half - 1, 'Reporting-MTA: dns; mail.example.com\n\n', (i) => `Final-Recipient: rfc822; u${i}@example.org\nAction: failed\nStatus: 5.1.1\n\n`);
    },
  },
  {
    id: 'json-events',
    what: 'a sending service\'s webhook events pasted as JSON: one long batch (more events than the recipient cap), cut by the input cap',
    make: (size) =>
      fill(size - 1, '[', (i) => `${i ? ',' : ''}{"email":"u${i}@example.org","event":"bounce","status":"5.1.1","reason":"550 5.1.1 <u${i}@example.org>: ${run(WORDS, 200)}"}`) + ']',
  },
  {
    id: 'json-escapes',
    what: 'one JSON event whose reply is a long run of escapes (\\n, \\u0041)',
    make: (size) => {
      const head = '{"email":"nobody@example.org","event":"bounce","reason":"550 5.1.1 ';
      const unit = '\\n\\u0041x';
      return head + unit.repeat(Math.max(1, Math.floor((size - head.length - 2) / unit.length))) + '"}';
    },
  },
  {
    id: 'failed-header-long-text',
    what: 'X-Failed-Recipients naming 1000 addresses, and a body of one long paragraph',
    make: (size) => {
      const head = `From: Mail Delivery System <mailer-daemon@example.com>\nSubject: Mail delivery failed\nX-Failed-Recipients: ${Array.from({ length: 1000 }, (_, i) => `u${i}@example.org`).join(',\n  ')}\n\n550 5.1.1 `;
      return head + longDiagnostic(Math.max(100, Math.floor((size - head.length) * 0.92)));
    },
  },
  {
    id: 'dsn-comment-parens',
    what: 'DSN fields whose values are long runs of "(" (trailing-comment stripping)',
    make: (size) => fill(size, 'Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; nobody@example.org\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; ', () => run('(', 999) + ' ', 'x\n'),
  },
  {
    id: 'links-dotted',
    what: 'a diagnostic with a link and long dotted names (link and host-name scans)',
    make: (size) => fill(size, '550 5.7.1 see https://support.example.com/x ', () => run('a.', 3000) + '-' + run('b+', 500) + ' '),
  },
  {
    id: 'deep-mime',
    what: 'nested multiparts, as deep as the size allows, text at the bottom',
    make: (size) => {
      let open = EML_HEAD('d0', 'mixed').replace('Subject: Undelivered Mail Returned to Sender', 'Subject: Delivery Status Notification (Failure)');
      let close = '';
      for (let d = 1; open.length + close.length + 200 < size * 0.9 && d < 1_000_000; d++) {
        open += `--d${d - 1}\nContent-Type: multipart/mixed; boundary="d${d}"\n\n`;
        close = `--d${d}--\n` + close;
      }
      return open + 'Content-Type: text/plain\n\n550 5.1.1 <nobody@example.org>: user unknown\n' + close;
    },
  },
  {
    id: 'many-parts',
    what: 'one multipart with thousands of small text parts',
    make: (size) => {
      const b = 'p';
      return fill(size, EML_HEAD(b, 'mixed'), (i) => `--${b}\nContent-Type: text/plain\n\n550 5.1.1 <u${i}@example.org> user unknown\n`, `--${b}--\n`);
    },
  },
  {
    id: 'header-block',
    what: 'a huge header block (thousands of fields), then a short body',
    make: (size) => fill(size, 'From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n', (i) => `X-Trace-${i}: 192.0.2.${i % 250} relayed via mx${i}.example.net\n`, '\n550 5.1.1 <nobody@example.org>: user unknown\n'),
  },
  {
    id: 'folded-header',
    what: 'one header field folded over the whole input',
    make: (size) => fill(size, 'From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\nX-Failed-Recipients: nobody@example.org', (i) => `,\n u${i}@example.org`, '\n\n550 5.1.1 user unknown\n'),
  },
  {
    id: 'encoded-words',
    what: 'a Subject of thousands of RFC 2047 encoded words',
    make: (size) => fill(size, 'From: MAILER-DAEMON@example.com\nSubject:', () => ' =?utf-8?q?Undelivered_Mail_=C3=A9?=', '\n\n550 5.1.1 <nobody@example.org>: user unknown\n'),
  },
  {
    id: 'base64-line',
    what: 'a base64 text part as one unbroken line',
    make: (size) => {
      const body = Buffer.from(run(`550 5.1.1 <nobody@example.org>: ${WORDS}\n`, Math.floor(size * 0.7))).toString('base64');
      return EML_HEAD('x', 'mixed') + `--x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${body.slice(0, size - 400)}\n--x--\n`;
    },
  },
  {
    id: 'qp-soft-breaks',
    what: 'a quoted-printable part of soft line breaks and escapes',
    make: (size) => fill(size, EML_HEAD('q', 'mixed') + '--q\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n550 5.1.1 <nobody@example.org>: ', () => 'user =C3=A9 unknown =\n', '\n--q--\n'),
  },
  {
    id: 'html',
    what: 'an HTML-only bounce with thousands of tags and unterminated tags',
    make: (size) => fill(size, EML_HEAD('h', 'mixed') + '--h\nContent-Type: text/html\n\n<p>550 5.1.1 &lt;nobody@example.org&gt; user unknown</p>', (i) => (i % 2 ? '<div class="a"><span>x</span></div>' : '<a href="x" <b <i &amp; &#x41;'), '\n--h--\n'),
  },
  {
    id: 'pasted-eml',
    what: 'a raw Postfix .eml whose text holds the same recipient block many times',
    make: (size) => {
      const b = 'e';
      const head = EML_HEAD(b) + `--${b}\nContent-Type: text/plain\n\n${POSTFIX_HEAD}`;
      return fill(size, head, () => `<nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n    <nobody@example.org>: ${longDiagnostic(2000)} (in reply to RCPT TO command)\n\n`, `--${b}--\n`);
    },
  },
  {
    id: 'uuencode-body',
    what: 'an x-uuencode text part of thousands of lines',
    make: (size) => {
      const line = 'M-34U,"`U+C$N,2`\\;F]B;V1Y0&5X86UP;&4N;W)G/CH@=7-E<B!U;FMN;W=N"B`@\n';
      return fill(size, EML_HEAD('u', 'mixed') + '--u\nContent-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 notice.txt\n', () => line, '`\nend\n--u--\n');
    },
  },
  {
    id: 'dsn-blank-after-each-field',
    what: 'delivery-status fields with a blank line after each, thousands of recipients and unknown fields',
    make: (size) => fill(size, EML_HEAD('d') + '--d\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n', (i) => `Final-Recipient: rfc822; u${i}@example.org\n\nAction: failed\n\nStatus: 5.1.1\n\nX-Field-${i}: x\n\nX-Other-${i}: y\n\n`, '--d--\n'),
  },
  {
    id: 'indented-dsn',
    what: 'a delivery-status part indented as a whole, thousands of recipients',
    make: (size) => fill(size, EML_HEAD('i') + '--i\nContent-Type: message/delivery-status\n\n  Reporting-MTA: dns; mx.example.net\n\n', (i) => `  Final-Recipient: rfc822; u${i}@example.org\n  Action: failed\n  Status: 5.1.1\n\n`, '--i--\n'),
  },
  {
    id: 'mbox-like',
    what: 'text full of "From " envelope lines and header-like lines',
    make: (size) => fill(size, '', (i) => `From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nTo: u${i}@example.org\nSubject: failure\n\n550 5.1.1 user unknown\n\n`),
  },
];

/** The sizes each family is run at: 10 KB, 100 KB, 1 MB and the input cap. */
export function sizes(cap: number): { label: string; bytes: number }[] {
  return [
    { label: '10 KB', bytes: 10 * 1024 },
    { label: '100 KB', bytes: 100 * 1024 },
    { label: '1 MB', bytes: 1024 * 1024 },
    { label: `${cap / 1024 / 1024} MB (cap)`, bytes: cap },
  ];
}
