/**
 * bounce-explain: explain bounced emails from the command line.
 *
 *   bounce-explain [--json] [FILE...]
 *
 * Reads each FILE (or standard input when there is none, or for `-`). An mbox gives one
 * result per message, named `FILE#1`, `FILE#2`, ... Exit status: 0 when every input was
 * read, 1 when some could not be, 2 for a usage error.
 */
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { explain } from '../lib/core/index.ts';
import { toJsonLine, toText } from './format.ts';
import { messagesOfBytes, messagesOfFile, type InputItem } from './messages.ts';

const NAME = 'bounce-explain';

export const USAGE = `usage: ${NAME} [--json] [FILE...]

Explains bounced emails: what failed, why, who must act and what to do.

Reads each FILE, or standard input when no FILE is given or FILE is "-".
A file in mbox format gives one result per message, named FILE#1, FILE#2, ...

options:
  --json      print JSON Lines: one object per message
              {source, kind, format, provider, recipients: [{address, action,
              status, replyCode, reason, permanent, hardBounce, remoteMta,
              command, diagnostic, owner, summary, actions}]}
  -h, --help  show this help and exit
  --          end of options (a later "-x" is a file name)

exit status: 0 all inputs read, 1 some input could not be read, 2 usage error
`;

interface Options {
  json: boolean;
  help: boolean;
  files: string[];
}

/** Parse argv (without node and the script). Returns a usage error message instead of throwing. */
export function parseArgs(args: readonly string[]): Options | { error: string } {
  const opts: Options = { json: false, help: false, files: [] };
  let onlyFiles = false;
  for (const a of args) {
    if (onlyFiles || a === '-' || !a.startsWith('-')) opts.files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else return { error: `unknown option: ${a}` };
  }
  return opts;
}

/** Buffered stdout that waits for 'drain', so output is streamed without piling up in memory. */
class Output {
  private buf = '';
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly flushEach: boolean,
  ) {}
  async write(s: string): Promise<void> {
    this.buf += s;
    if (this.flushEach || this.buf.length >= 64 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.buf) return;
    const chunk = this.buf;
    this.buf = '';
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory (in the path)';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e instanceof Error ? e.message : String(err);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`${NAME}: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const tty = Boolean(process.stdout.isTTY);
  const color = tty && !process.env.NO_COLOR;
  const out = new Output(process.stdout, tty);
  let status = 0;
  const files = parsed.files.length ? parsed.files : ['-'];

  for (const file of files) {
    let items: Iterable<InputItem>;
    try {
      if (file === '-') {
        if (process.stdin.isTTY) process.stderr.write(`${NAME}: reading a message from standard input (end it with Ctrl-D)\n`);
        items = messagesOfBytes(await readStdin());
      } else {
        items = messagesOfFile(file);
      }
      for (const item of items) {
        if (item.type === 'notice') {
          await out.flush();
          process.stderr.write(`${NAME}: ${file}: ${item.text}\n`);
          continue;
        }
        const source = item.isMbox ? `${file}#${item.index}` : file;
        let report;
        try {
          report = explain(item.bytes);
        } catch (err) {
          // explain() promises never to throw; if it does, that is a bug worth reporting, not a crash.
          await out.flush();
          process.stderr.write(`${NAME}: ${source}: internal error: ${describeError(err)}\n`);
          status = 1;
          continue;
        }
        await out.write(parsed.json ? toJsonLine(source, report) : toText(source, report, color));
      }
    } catch (err) {
      await out.flush();
      process.stderr.write(`${NAME}: ${file}: ${describeError(err)}\n`);
      status = 1;
    }
  }
  await out.flush();
  return status;
}

function isEpipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException)?.code === 'EPIPE';
}

// A reader that goes away (`bounce-explain --json *.eml | head`) is not an error: stop quietly.
process.stdout.on('error', (err) => {
  if (isEpipe(err)) process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isEpipe(err)) process.exit(process.exitCode ?? 0);
    process.stderr.write(`${NAME}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
