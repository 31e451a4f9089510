import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * The browser: Playwright's own Chromium when `npx playwright install chromium` has been
 * run, else Debian's (scripts/ensure-browser.mjs installs it when neither is there).
 */
function chromiumPath(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return own;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** E2E_PORT lets several checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI only: its machines are shared and slow, and a timing blip there would
  // block a landing. The list reporter still names every test that needed it ("flaky"), and a
  // test that fails twice fails the run. Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // This machine has no network: keep Chromium from reaching out on its own.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite build && npx vite preview --strictPort --port ${PORT}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
