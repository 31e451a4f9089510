/**
 * Worst-case speed: generated pathological inputs (bench/worst-families.ts) at 10 KB,
 * 100 KB, 1 MB and the input cap (LIMITS.maxInputLength), timed per size so that growth is
 * visible. A linear stage takes ~10x per step (and less at the cap, where the work
 * budget stops the run); a quadratic one ~100x.
 *
 *   tsx bench/worst.ts [--only ID[,ID...]] [--timeout SECONDS] [--json FILE] [--list]
 *
 * Each family runs in its own child process, sizes in increasing order; a size that takes
 * longer than --timeout (default 20 s) is stopped there and the larger sizes are not run
 * (shown as "> N s"). Each time is the best of a few runs (more at small sizes), as the
 * machine may be shared. A cell marked * ended with the work-budget warning (a partial
 * Report); + means the input cap cut the input.
 *
 * Nothing here fails on a number: this prints, it does not judge (the target is under 1 s
 * per input up to the cap).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { explain } from '../src/lib/core/index.ts';
import { LIMITS } from '../src/lib/core/limits.ts';
import { FAMILIES, sizes } from './worst-families.ts';

interface Cell {
  family: string;
  size: string;
  bytes: number;
  ms: number | null;
  /** CPU time of the same run (user + system): less sensitive to other load on the machine. */
  cpuMs?: number;
  recipients?: number;
  warnings?: string[];
  timedOut?: boolean;
}

const SELF = fileURLToPath(import.meta.url);
const argv = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] ?? null : null;
};

// ---- child: time one family at every size, one JSON line per size ---------------------
if (argv[0] === '--child') {
  const family = FAMILIES.find((f) => f.id === argv[1]);
  if (!family) process.exit(2);
  for (const s of sizes(LIMITS.maxInputLength)) {
    const input = family.make(s.bytes);
    const runs = s.bytes <= 10 * 1024 ? 30 : s.bytes <= 100 * 1024 ? 8 : 3;
    let best = Infinity;
    let bestCpu = Infinity;
    let report = null as ReturnType<typeof explain> | null;
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      report = explain(input);
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      best = Math.min(best, ms);
      bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
      if (ms > 2000) break; // slow enough that one run tells
    }
    const cell: Cell = {
      family: family.id,
      size: s.label,
      bytes: input.length,
      ms: best,
      cpuMs: bestCpu,
      recipients: report!.recipients.length,
      warnings: report!.warnings.map((w) => w.code),
    };
    process.stdout.write(JSON.stringify(cell) + '\n');
  }
  process.exit(0);
}

// ---- parent ------------------------------------------------------------------------------
if (argv.includes('--list')) {
  for (const f of FAMILIES) console.log(`${f.id.padEnd(26)} ${f.what}`);
  process.exit(0);
}
const only = opt('--only')?.split(',') ?? null;
const timeoutS = Number(opt('--timeout') ?? 20);
const jsonOut = opt('--json');
if (!(timeoutS > 0) || (only && only.some((id) => !FAMILIES.some((f) => f.id === id)))) {
  console.error('usage: tsx bench/worst.ts [--only ID[,ID...]] [--timeout SECONDS] [--json FILE] [--list]');
  process.exit(2);
}

const SIZES = sizes(LIMITS.maxInputLength);

function runFamily(id: string): Promise<Cell[]> {
  return new Promise((resolve) => {
    const cells: Cell[] = [];
    const child = spawn(process.execPath, [...process.execArgv, SELF, '--child', id], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const s = SIZES[cells.length];
        if (s) cells.push({ family: id, size: s.label, bytes: s.bytes, ms: null, timedOut: true });
        child.kill('SIGKILL');
      }, timeoutS * 1000 + 5000); // + the time to generate the input
    };
    arm();
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        cells.push(JSON.parse(buf.slice(0, nl)) as Cell);
        buf = buf.slice(nl + 1);
        arm();
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(cells);
    });
  });
}

const fmtMs = (c: Cell | undefined, cpu = false): string => {
  if (!c) return '-';
  if (c.ms === null) return `> ${timeoutS} s`;
  const ms = cpu ? c.cpuMs ?? c.ms : c.ms;
  const t = ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
  const marks = (c.warnings?.includes('work-budget') ? '*' : '') + (c.warnings?.includes('input-truncated') ? '+' : '');
  return t + marks;
};

const families = FAMILIES.filter((f) => !only || only.includes(f.id));
const all: Cell[] = [];
const header = ['family'.padEnd(26), ...SIZES.map((s) => s.label.padStart(13)), 'cpu@cap'.padStart(10), 'rcpts@cap'.padStart(10)].join(' ');
console.log(`worst-case inputs: wall-clock time, best of a few runs per size (cpu@cap: CPU time at the cap);`);
console.log(`per-size timeout ${timeoutS} s; * = work budget reached (partial Report), + = input cut at the cap`);
console.log(header);
let worst = 0;
let worstCpu = 0;
for (const f of families) {
  const cells = await runFamily(f.id);
  all.push(...cells);
  const row = SIZES.map((s) => fmtMs(cells.find((c) => c.size === s.label)).padStart(13));
  const last = cells[cells.length - 1];
  const atCap = cells.find((c) => c.size === SIZES[SIZES.length - 1].label);
  const rc = last?.recipients !== undefined ? String(last.recipients) : '-';
  console.log([f.id.padEnd(26), ...row, fmtMs(atCap, true).padStart(10), rc.padStart(10)].join(' '));
  for (const c of cells) {
    worst = Math.max(worst, c.ms ?? Infinity);
    worstCpu = Math.max(worstCpu, c.cpuMs ?? c.ms ?? Infinity);
  }
}
const secs = (ms: number) => (ms === Infinity ? `over ${timeoutS} s` : `${(ms / 1000).toFixed(2)} s`);
console.log(`slowest input: ${secs(worst)} wall, ${secs(worstCpu)} CPU (target: under 1 s up to the cap)`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 1) + '\n');
