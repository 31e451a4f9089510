/**
 * Paste → verdict painted, in Chromium: how long the page takes from a paste to the frame
 * that shows the new verdict, for a 100 KB raw bounce (a DSN with its returned message) and
 * for a 2 MB paste (kept out of the text box). A benchmark, not a test: it prints numbers.
 *
 *   npm run bench:page                      # builds the page, serves it, measures
 *   BENCH_URL=http://localhost:4173 npm run bench:page   # measures a page already served
 *   BENCH_RUNS=30 npm run bench:page
 *
 * Each run pastes one of two bounces that differ only in the recipient, so that every run
 * replaces the verdict on screen; the clock stops in the first task after the frame that
 * shows the new recipient's card (a requestAnimationFrame, then a message-channel task).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

// Not 4190: fetch() refuses it (one of the "bad ports" of the Fetch standard, ManageSieve).
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4179);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

/** A Postfix DSN for `recipient` whose returned message brings it to about `size` characters. */
function bounce(recipient: string, size: number): string {
  const head = `Return-Path: <>
Date: Tue,  4 Mar 2025 10:15:02 +0000 (UTC)
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.com
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<${recipient}>: host mail.example.org[198.51.100.25] said: 550 5.1.1
    <${recipient}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ${recipient}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.org
Diagnostic-Code: smtp; 550 5.1.1 <${recipient}>: Recipient address rejected: User unknown

--BOUNDARY
Content-Type: message/rfc822

From: Sender <sender@example.com>
To: ${recipient}
Subject: Monthly report
Content-Type: text/plain; charset=utf-8

`;
  const line = 'A line of the returned message, long enough to look like real text in a report.\n';
  const body = line.repeat(Math.max(0, Math.ceil((size - head.length - 20) / line.length)));
  return `${head}${body}\n--BOUNDARY--\n`;
}

/** In the page: paste `text` and resolve with the time until the frame showing `recipient` has been painted. */
async function pasteAndTime(page: Page, text: string, recipient: string): Promise<number> {
  return page.evaluate(
    ([value, who]) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector('textarea') as HTMLTextAreaElement;
        const shown = () =>
          [...document.querySelectorAll('article[data-reason] h3, article[data-reason] .addresses')].some((h) => h.textContent?.includes(who));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          // The next frame paints it; the task after that frame runs once it is painted.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        box.focus();
        // What a paste does: a paste event, then (unless the page takes the text itself)
        // the browser puts the text in the box and an input event follows.
        const data = new DataTransfer();
        data.setData('text/plain', value);
        const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        if (box.dispatchEvent(paste)) {
          box.value = value;
          box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        }
      }),
    [text, recipient] as const,
  );
}

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (${times.length} runs)`;
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  let url = process.env.BENCH_URL;
  if (!url) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
    server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(PORT)], { stdio: 'ignore', detached: true });
    url = `http://localhost:${PORT}`;
  }
  try {
    await waitFor(url);
    const own = chromium.executablePath();
    const browser = await chromium.launch({
      executablePath: own && existsSync(own) ? own : '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx names the functions it compiles with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(url);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    console.log(`paste → verdict painted, ${url}, Chromium ${browser.version()}`);
    for (const [label, size, runs] of [
      ['100 KB raw bounce', 100 * 1024, RUNS],
      ['2 MB paste', 2 * 1024 * 1024, Math.max(5, Math.round(RUNS / 2))],
    ] as const) {
      const inputs = ['one@example.org', 'two@example.org'].map((who) => ({ who, text: bounce(who, size) }));
      // Warm-up: the worker starts and compiles the engine.
      for (const input of inputs) await pasteAndTime(page, input.text, input.who);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const input = inputs[i % 2];
        times.push(await pasteAndTime(page, input.text, input.who));
      }
      console.log(`  ${label.padEnd(18)} ${stats(times)}`);
    }
    await browser.close();
  } finally {
    if (server?.pid) process.kill(-server.pid);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
