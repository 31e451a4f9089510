// Makes sure a Chromium is available for the Playwright end-to-end tests.
//
// Order: Playwright's own Chromium (when `npx playwright install chromium` has been run),
// else Debian's /usr/bin/chromium, else, when we are root and apt-get exists, install
// Debian's package. Browser downloads from Playwright's CDN are not possible everywhere,
// so Debian's package is the fallback. playwright.config.ts uses the same lookup.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const HINT =
  'No Chromium found: install Debian\'s chromium (apt-get install chromium) or run npx playwright install chromium';

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const found = (await playwrightChromium()) ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null);
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasCommand('apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium with apt-get');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && existsSync(SYSTEM_CHROMIUM)) {
    console.log(`Chromium: ${SYSTEM_CHROMIUM}`);
    process.exit(0);
  }
}

console.error(HINT);
process.exit(1);
