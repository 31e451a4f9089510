/**
 * The bounce-explain CLI. beforeAll builds it with vite.cli.config.ts into a temporary
 * folder (about a second; dist/ is left alone), so the tests run the real artifact: the
 * shebang, the executable bit and the import of dist/lib/index.mjs included.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECIPIENT_FIELDS, RECORD_FIELDS, toJsonLine, toText } from '../../src/cli/format.ts';
import { messagesOfFile, type InputItem } from '../../src/cli/messages.ts';
import { explain, type RecipientReport, type Report } from '../../src/lib/core/index.ts';
import { makeRecipient, makeReport } from '../helpers/report.ts';
import { ROOT } from '../helpers/shared.ts';

const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');
let CLI = '';
const THREE = resolve(ROOT, 'tests/fixtures/cli/three.mbox');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string | Buffer): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const jsonLines = (out: string) =>
  out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

let tmp = '';
let single = '';
let out = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'bounce-cli-'));
  out = join(tmp, 'dist');
  const build = spawnSync(process.execPath, [VITE, 'build', '--config', 'vite.cli.config.ts', '--outDir', out, '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`CLI build failed:\n${build.stdout}${build.stderr}`);
  CLI = join(out, 'cli', 'bounce-explain.mjs');
  single = join(tmp, 'single.eml');
  writeFileSync(
    single,
    'From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n<nobody@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n',
  );
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the build', () => {
  it('writes an executable CLI with a shebang, and the library entry', async () => {
    expect(readFileSync(CLI, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(CLI).mode & 0o111).toBe(0o111);
    const lib = (await import(join(out, 'lib', 'index.mjs'))) as typeof import('../../src/lib/core/index.ts');
    expect(lib.explain('550 5.1.1 User unknown').kind).toBeTypeOf('string');
    expect(lib.LIMITS.maxMboxMessages).toBeGreaterThan(0);
  });
});

// Each test spawns a process, so they run side by side.
describe.concurrent('bounce-explain', () => {
  it('--json prints one object per message with exactly the documented names, in order', async ({ expect }) => {
    const r = await run(['--json', single]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0])).toEqual([...RECORD_FIELDS]);
    expect(lines[0].source).toBe(single);
    expect(Array.isArray(lines[0].recipients)).toBe(true);
    for (const x of lines[0].recipients as object[]) expect(Object.keys(x)).toEqual([...RECIPIENT_FIELDS]);
  });

  it('gives one line per mbox message, named path#1..#3', async ({ expect }) => {
    const r = await run(['--json', THREE]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(jsonLines(r.stdout).map((l) => l.source)).toEqual([`${THREE}#1`, `${THREE}#2`, `${THREE}#3`]);
  });

  it('reads standard input when there is no FILE, and for "-"', async ({ expect }) => {
    const text = '550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown\n';
    const a = await run(['--json'], text);
    expect(a.code).toBe(0);
    expect(jsonLines(a.stdout).map((l) => l.source)).toEqual(['-']);
    const b = await run(['--json', single, '-'], text);
    expect(jsonLines(b.stdout).map((l) => l.source)).toEqual([single, '-']);
    const mbox = await run(['--json', '-'], `From MAILER-DAEMON Thu Apr 29 23:34:45 2021\n${text}\nFrom MAILER-DAEMON Thu Apr 29 23:34:46 2021\n${text}`);
    expect(jsonLines(mbox.stdout).map((l) => l.source)).toEqual(['-#1', '-#2']);
    // (An mbox saved with a UTF-8 byte order mark first is one still.)
    const bom = await run(['--json', '-'], `\ufeffFrom MAILER-DAEMON Thu Apr 29 23:34:45 2021\n${text}\nFrom MAILER-DAEMON Thu Apr 29 23:34:46 2021\n${text}`);
    expect(jsonLines(bom.stdout).map((l) => l.source)).toEqual(['-#1', '-#2']);
  });

  it('--json carries the blocklist and the authentication results', async ({ expect }) => {
    const listed = await run(['--json'], '554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org\n');
    const [a] = (jsonLines(listed.stdout)[0].recipients as Record<string, unknown>[]);
    expect(a.blocklist).toMatchObject({ id: 'spamhaus-zen', name: 'Spamhaus ZEN', listed: { type: 'ip', value: '192.0.2.25' }, owner: 'sender-admin' });
    expect(a.authentication).toEqual([]);
    const auth = await run(['--json'], "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level. Spf=Fail Dkim=None DMARC=Fail\n");
    const [b] = (jsonLines(auth.stdout)[0].recipients as Record<string, unknown>[]);
    expect(b.blocklist).toBeNull();
    expect((b.authentication as { method: string; result: string; from: string }[]).map((c) => `${c.method}=${c.result}/${c.from}`)).toEqual(['spf=fail/reply', 'dkim=none/reply', 'dmarc=fail/reply']);
  });

  it('reports an unreadable file on stderr, goes on with the others, and exits 1', async ({ expect }) => {
    const missing = join(tmp, 'missing.eml');
    const r = await run(['--json', missing, tmp, single]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`bounce-explain: ${missing}: no such file or directory\nbounce-explain: ${tmp}: is a directory\n`);
    expect(jsonLines(r.stdout).map((l) => l.source)).toEqual([single]);
  });

  it('rejects an unknown option with usage on stderr and exit 2', async ({ expect }) => {
    const r = await run(['--jsn', single]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bounce-explain: unknown option: --jsn\nusage: bounce-explain/);
  });

  it('--help prints usage on stdout and exits 0', async ({ expect }) => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: bounce-explain \[--json\] \[FILE\.\.\.\]/);
    expect(r.stderr).toBe('');
  });

  it('takes names after "--" as files', async ({ expect }) => {
    const r = await run(['--json', '--', '--not-an-option']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bounce-explain: --not-an-option: no such file or directory\n');
  });

  it('stops quietly when the reader goes away (EPIPE)', async ({ expect }) => {
    const r = await new Promise<Run>((done, fail) => {
      const child = spawn(process.execPath, [CLI, '--json', ...Array<string>(3000).fill(THREE)], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout: '', stderr }));
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('prints a readable summary without colours when not on a terminal', async ({ expect }) => {
    const r = await run([THREE]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const n of [1, 2, 3]) expect(r.stdout).toContain(`${THREE}#${n}\n  kind: `);
  });
});

describe('CLI output helpers', () => {
  const report = (over: Partial<RecipientReport> = {}): Report =>
    makeReport({
      format: 'postfix',
      warnings: [{ code: 'x', message: 'a note' }],
      recipients: [
        makeRecipient({
          diagnostic: '550 5.1.1 User unknown',
          remoteMta: 'mx.example.net',
          summary: 'The address does not exist.',
          actions: [
            { audience: 'sender', text: 'Check the spelling.' },
            { audience: 'admin', text: 'Remove it from the list.' },
          ],
          ...over,
        }),
      ],
    });

  it('JSON line carries the report values', () => {
    const o = JSON.parse(toJsonLine('f.eml', report()));
    expect(o).toEqual({
      source: 'f.eml',
      kind: 'dsn',
      format: 'postfix',
      provider: null,
      recipients: [
        {
          address: 'nobody@example.net',
          action: 'failed',
          status: '5.1.1',
          replyCode: '550',
          reason: 'userunknown',
          permanent: true,
          hardBounce: true,
          remoteMta: 'mx.example.net',
          command: 'RCPT',
          diagnostic: '550 5.1.1 User unknown',
          owner: 'sender',
          rule: null,
          confidence: 'high',
          summary: 'The address does not exist.',
          actions: [
            { audience: 'sender', text: 'Check the spelling.' },
            { audience: 'admin', text: 'Remove it from the list.' },
          ],
          blocklist: null,
          authentication: [],
        },
      ],
    });
  });

  it('text names everything a reader needs, with numbered actions', () => {
    const t = toText('f.eml', report());
    for (const s of ['f.eml', 'format: postfix', 'nobody@example.net', 'userunknown', 'permanent', 'hard bounce', 'status 5.1.1', 'reply code 550', 'who must act: the sender', 'The address does not exist.', '1. Check the spelling.', '2. [mail admin] Remove it from the list.', 'a note'])
      expect(t).toContain(s);
    expect(toText('f.eml', report({ permanent: false, hardBounce: false }))).toContain('(temporary)');
  });

  it('text prints the decision trail: the winner with its source, what changed it, what lost and why', () => {
    const rep = explain('550 5.7.1 Message rejected due to spam classification. To fix this, set up SPF records; see https://help.example.net/spf');
    const t = toText('r.txt', rep);
    expect(t).toContain('why this reason (high confidence):');
    expect(t).toContain('decided by phrase.spamdetected.spam → spamdetected: the server said "spam"');
    expect(t).toMatch(/source: Content filters/);
    expect(t).toMatch(/also matched phrase\.authfailure\.spf-record → authfailure: .*advice or a link/);
    expect(t).toMatch(/also matched status\.5\.7\.1 → securityerror: .*the words say more than the code/);
    const adjusted = toText('d.txt', explain('SMTP error from remote mail server after end of data: 550 Unknown user'));
    expect(adjusted).toContain('why this reason (medium confidence):');
    expect(adjusted).toMatch(/decided by phrase\.userunknown\.unknown-user → userunknown[\s\S]*changed by decision\.userunknown-after-data → filtered/);
  });

  it('text strips terminal control sequences from untrusted fields', () => {
    const t = toText('f.eml', report({ diagnostic: 'evil \u001b]0;pwned\u0007\u001b[2J text', address: 'a\u202e@example.net' }));
    expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(toText('f.eml', report(), true)).toMatch(/\u001b\[1m/);
  });
});

describe('reading large mbox files in windows', () => {
  const SEP = (n: number) => `From MAILER-DAEMON Thu Apr 29 23:34:${String(n % 60).padStart(2, '0')} 2021`;
  const texts = (items: InputItem[]) =>
    items.map((i) => (i.type === 'message' ? `${i.index}:${i.isMbox}:${Buffer.from(i.bytes).toString('latin1')}` : `notice:${i.text}`));

  it('gives the same messages whatever the window size', () => {
    const body = (n: number, size: number) => `Subject: m${n}\n\n${'x'.repeat(size)}\n`;
    const sizes = [10, 5000, 3, 9000, 20000, 1, 4090, 4100, 7];
    const mbox = sizes.map((s, n) => `${SEP(n)}\n${body(n, s)}`).join('\n');
    const path = join(tmp, 'windows.mbox');
    writeFileSync(path, mbox);
    const whole = [...messagesOfFile(path)];
    expect(whole).toHaveLength(sizes.length);
    expect(texts(whole)).toEqual(sizes.map((s, n) => `${n + 1}:true:${body(n, s)}`));
    for (const w of [4096, 5000, 8192, 12345]) {
      const got = texts([...messagesOfFile(path, w)]);
      expect(got.length, `window ${w}`).toBe(sizes.length);
      // A message longer than the window is cut to what the window holds; the rest are exact.
      got.forEach((g, i) => {
        const want = `${i + 1}:true:${body(i, sizes[i])}`;
        if (sizes[i] + 20 < w - 100) expect(g, `window ${w}, message ${i + 1}`).toBe(want);
        else expect(want.startsWith(g.slice(0, 200)), `window ${w}, message ${i + 1}`).toBe(true);
      });
    }
  });

  it('gives a large plain message whole to the engine (up to the window)', () => {
    const path = join(tmp, 'big.eml');
    writeFileSync(path, 'Subject: big\n\n' + 'y'.repeat(10_000));
    const got = [...messagesOfFile(path, 4096)];
    expect(got).toHaveLength(1);
    expect(got[0].type === 'message' && got[0].isMbox).toBe(false);
    expect(got[0].type === 'message' && got[0].bytes.length).toBe(4096);
  });
});
