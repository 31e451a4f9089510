/**
 * Transfer decoding (quoted-printable, base64), binary strings and charset decoding.
 * Every input is written inline; charset test bytes are spelled out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  bytesFromBinaryString,
  decodeBase64,
  decodeCharset,
  decodeQuotedPrintable,
  decodeQuotedPrintableAscii,
  decodeRawText,
  decodeUuencode,
} from '../../src/lib/core/parse/transfer-decoding.ts';
import { unflow } from '../../src/lib/core/parse/transfer-decoding.ts';

const latin = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const bin = (bytes: number[]): string => String.fromCharCode(...bytes);

describe('decodeQuotedPrintable', () => {
  const cases: [string, string, string][] = [
    ['plain text passes through', 'Hello, world', 'Hello, world'],
    ['=XX escapes, both hex cases', 'a=3Db=3db', 'a=b=b'],
    ['soft break with LF', 'abc=\ndef', 'abcdef'],
    ['soft break with CRLF', 'abc=\r\ndef', 'abcdef'],
    ['soft break with a lone CR', 'abc=\rdef', 'abcdef'],
    ['soft break after trailing blanks', 'abc= \t\r\ndef', 'abcdef'],
    ['hard line breaks are kept as written', 'a\r\nb\nc\rd', 'a\r\nb\nc\rd'],
    ['bad escape stays literal', 'x=G1y', 'x=G1y'],
    ['half escape stays literal', 'x=4', 'x=4'],
    ['= at the very end is a soft break', 'abc=', 'abc'],
    ['= followed by text', '5 = 5', '5 = 5'],
    ['8-bit escapes give bytes', '=E9=C3=A9', '\u00e9\u00c3\u00a9'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(latin(decodeQuotedPrintable(input))).toBe(expected);
  });

  it('writes chars above 0xFF as UTF-8', () => {
    expect(decodeCharset(decodeQuotedPrintable('caf=C3=A9 \u65e5'), 'utf-8')).toBe('caf\u00e9 \u65e5');
  });

  it('in unicode mode writes 0x80-0xFF literals as UTF-8 too', () => {
    expect(decodeCharset(decodeQuotedPrintable('\u00e9=3D', true), 'utf-8')).toBe('\u00e9=');
    expect(latin(decodeQuotedPrintable('\u00e9', false))).toBe('\u00e9');
  });

  it('has a string fast path that agrees with the byte path on 7-bit output', () => {
    const samples = ['a=3Db', 'soft=\r\nbreak=\nand=\rmore', 'bad =ZZ escape', 'tail=', 'x= \ny'];
    for (const s of samples) expect(decodeQuotedPrintableAscii(s)).toBe(latin(decodeQuotedPrintable(s)));
    expect(decodeQuotedPrintableAscii('=E9')).toBeNull();
    expect(decodeQuotedPrintableAscii('\u00e9')).toBeNull();
    expect(decodeQuotedPrintableAscii('\u00e9=3D', true)).toBe('\u00e9=');
  });
});

describe('decodeBase64', () => {
  const cases: [string, string, string][] = [
    ['simple', 'SGVsbG8=', 'Hello'],
    ['no padding', 'SGVsbG8', 'Hello'],
    ['line breaks and blanks', 'SGVs\r\nbG8g\n d29y\tbGQ=', 'Hello world'],
    ['garbage chars are skipped', 'SG!V*s#b~G8=', 'Hello'],
    ['padding in the middle restarts a group', 'QQ==QQ==', 'AA'],
    ['URL-safe alphabet', '-_-_', '\u00fb\u00ff\u00bf'],
    ['empty', '', ''],
    ['only garbage', '!!!', ''],
    ['a lone trailing char is dropped', 'QUJD' + 'R', 'ABC'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(latin(decodeBase64(input))).toBe(expected);
  });

  it('decodes binary data exactly', () => {
    const bytes = Array.from({ length: 256 }, (_, i) => i);
    const b64 = Buffer.from(bytes).toString('base64').replace(/(.{76})/g, '$1\r\n');
    expect(Array.from(decodeBase64(b64))).toEqual(bytes);
  });
});

describe('bytesFromBinaryString', () => {
  it('maps one char to one byte', () => {
    expect(Array.from(bytesFromBinaryString('A\u00ff\u0000\u0080'))).toEqual([0x41, 0xff, 0x00, 0x80]);
  });
});

describe('decodeUuencode', () => {
  // "Hello, world!\n" as uuencode writes it (the count character, then four characters per three bytes).
  const hello = 'begin 644 hello.txt\n.2&5L;&\\L(\'=O<FQD(0H`\n`\nend\n';

  it('decodes the lines between begin and end, with LF, CRLF or CR line ends', () => {
    expect(latin(decodeUuencode(hello))).toBe('Hello, world!\n');
    expect(latin(decodeUuencode(hello.replace(/\n/g, '\r\n')))).toBe('Hello, world!\n');
    expect(latin(decodeUuencode(hello.replace(/\n/g, '\r')))).toBe('Hello, world!\n');
  });

  it('skips what comes before "begin" and after "end", and lines too short for their count', () => {
    expect(latin(decodeUuencode('Some words first.\n' + hello + 'trailing words\n'))).toBe('Hello, world!\n');
    expect(latin(decodeUuencode('begin 644 x\nM2&5L\n`\nend\n'))).toBe('');
  });

  it('reads data lines without a begin line, and never throws on junk', () => {
    expect(latin(decodeUuencode('.2&5L;&\\L(\'=O<FQD(0H`\n'))).toBe('Hello, world!\n');
    expect(() => decodeUuencode('\u0000\uffff begin 777\n\r\r')).not.toThrow();
  });
});

describe('decodeCharset', () => {
  it('reads Shift_JIS under an ISO-2022-JP label even where an EUC-JP decoder passes bytes through as C1 controls', () => {
    // 配信 in Shift_JIS: 0x94 0x7A 0x90 0x4D (Node's EUC-JP decoder lets 0x94 and 0x90 through, fatal or not)
    expect(decodeCharset(new Uint8Array([0x94, 0x7a, 0x90, 0x4d, 0x83, 0x47, 0x83, 0x89, 0x81, 0x5b]), 'iso-2022-jp')).toBe('配信エラー');
  });

  const cases: [string, number[], string | undefined, string][] = [
    ['utf-8', [0xe6, 0x97, 0xa5, 0xe6, 0x9c, 0xac], 'utf-8', '\u65e5\u672c'],
    ['missing label, valid UTF-8', [0xc3, 0xa9], undefined, '\u00e9'],
    ['us-ascii label with UTF-8 bytes', [0xc3, 0xa9], 'us-ascii', '\u00e9'],
    ['us-ascii label with latin1 bytes falls back to latin1', [0x63, 0x61, 0x66, 0xe9], 'us-ascii', 'caf\u00e9'],
    ['unknown label reads as UTF-8', [0xc3, 0xa9], 'x-no-such-charset', '\u00e9'],
    ['unknown label, invalid UTF-8, falls back to latin1', [0xe9], 'uft-8', '\u00e9'],
    // ESC $ B 日本語 ESC ( B
    ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x38, 0x6c, 0x1b, 0x28, 0x42], 'ISO-2022-JP', '\u65e5\u672c\u8a9e'],
    ['shift_jis', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], 'shift_jis', '\u65e5\u672c\u8a9e'],
    ['cp932 alias', [0x93, 0xfa, 0x96, 0x7b], 'cp932', '\u65e5\u672c'],
    ['euc-jp', [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec], 'euc-jp', '\u65e5\u672c\u8a9e'],
    ['gb2312', [0xd6, 0xd0, 0xce, 0xc4], 'gb2312', '\u4e2d\u6587'],
    ['gbk', [0xd6, 0xd0, 0xce, 0xc4], 'GBK', '\u4e2d\u6587'],
    ['big5', [0xa4, 0xa4, 0xa4, 0xe5], 'big5', '\u4e2d\u6587'],
    ['koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], 'koi8-r', '\u041f\u0440\u0438\u0432\u0435\u0442'],
    ['windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], 'windows-1251', '\u041f\u0440\u0438\u0432\u0435\u0442'],
    ['cp1251 spelling', [0xcf, 0xf0], 'cp-1251', '\u041f\u0440'],
    ['windows-1252', [0x80, 0xe9, 0x97], 'windows-1252', '\u20ac\u00e9\u2014'],
    ['iso-8859-1', [0xe9, 0xe8], 'ISO-8859-1', '\u00e9\u00e8'],
    ['iso-8859-2', [0xb3, 0xf3], 'iso-8859-2', '\u0142\u00f3'],
    ['iso8859_15 spelling', [0xa4], 'iso8859_15', '\u20ac'],
    ['quoted label', [0xe9], '"iso-8859-1"', '\u00e9'],
    ['utf-7', [...'Hi +AGQAaQ- and 1 +- 1'].map((c) => c.charCodeAt(0)), 'unicode-1-1-utf-7', 'Hi di and 1 + 1'],
    ['utf-7 CJK', [...'+ZeVnLIqe-'].map((c) => c.charCodeAt(0)), 'utf-7', '\u65e5\u672c\u8a9e'],
  ];
  it.each(cases)('%s', (_name, bytes, charset, expected) => {
    expect(decodeCharset(Uint8Array.from(bytes), charset)).toBe(expected);
  });

  it('reads 8-bit bytes under an ISO-2022-JP label as the encoding they really are', () => {
    const eucjp = Uint8Array.from([0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec]);
    const sjis = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);
    const utf8 = Uint8Array.from([0xe6, 0x97, 0xa5]);
    expect(decodeCharset(eucjp, 'iso-2022-jp')).toBe('\u65e5\u672c\u8a9e');
    expect(decodeCharset(sjis, 'iso-2022-jp')).toBe('\u65e5\u672c\u8a9e');
    expect(decodeCharset(utf8, 'iso-2022-jp')).toBe('\u65e5');
  });

  it('never throws, whatever the label', () => {
    for (const label of ['', ' ', 'utf-16', 'replacement', 'iso-2022-kr', '\u0000', 'x'.repeat(300), 'utf-8*en']) {
      expect(typeof decodeCharset(Uint8Array.from([0xff, 0xfe, 0x41]), label)).toBe('string');
    }
  });
});

describe('decodeRawText (bodies without transfer encoding)', () => {
  it('binary strings are decoded with the charset', () => {
    expect(decodeRawText(bin([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), 'koi8-r', true)).toBe('\u041f\u0440\u0438\u0432\u0435\u0442');
    expect(decodeRawText(bin([0x63, 0x61, 0x66, 0xe9]), undefined, true)).toBe('caf\u00e9');
  });

  it('Unicode strings are kept, except for 7-bit charsets with escapes', () => {
    expect(decodeRawText('caf\u00e9', 'iso-8859-1', false)).toBe('caf\u00e9');
    expect(decodeRawText('\u65e5\u672c', 'iso-2022-jp', false)).toBe('\u65e5\u672c'); // mislabelled, already text
    expect(decodeRawText('\u001b$BF|K\\\u001b(B', 'iso-2022-jp', false)).toBe('\u65e5\u672c');
    expect(decodeRawText('plain ascii', 'iso-2022-jp', false)).toBe('plain ascii');
  });
});

describe('unflow (RFC 3676 format=flowed)', () => {
  it('runs a soft-broken line on into the next, keeping its space', () => {
    expect(unflow('550 5.1.1 User \nunknown\nnext line\n', false)).toBe('550 5.1.1 User unknown\nnext line\n');
  });
  it('with delsp=yes takes the added space off, so a word broken there is whole', () => {
    expect(unflow('Mailbox full, quota exc \needed (in reply)\n', true)).toBe('Mailbox full, quota exceeded (in reply)\n');
  });
  it('takes off space-stuffing and keeps the signature separator and quoted lines as they stand', () => {
    expect(unflow(' From here \non\n-- \nsig\n> quoted \n> line\n', false)).toBe('From here on\n-- \nsig\n> quoted \n> line\n');
  });
  it('leaves text without a soft break untouched', () => {
    const text = 'no soft\nbreaks here\n';
    expect(unflow(text, true)).toBe(text);
  });
});

describe('ISO-2022-JP without a charset label', () => {
  const jis = '\x1b$B%a!<%k\x1b(B mail'; // "メール mail"
  it('is read by its escapes when the label is missing or us-ascii', () => {
    expect(decodeRawText(jis, undefined, false)).toBe('メール mail');
    expect(decodeRawText(jis, 'us-ascii', true)).toBe('メール mail');
    expect(decodeCharset(new TextEncoder().encode(jis), undefined)).toBe('メール mail');
  });
  it('keeps another label, and text without the escapes, as they are', () => {
    expect(decodeRawText('plain text', undefined, false)).toBe('plain text');
    expect(decodeCharset(new TextEncoder().encode(jis), 'iso-8859-1')).toBe(jis);
  });
});
