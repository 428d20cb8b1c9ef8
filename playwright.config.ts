import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Run through `npm run test:e2e` (scripts/run-e2e.mjs), which picks the browser and
// passes it as PW_CHROMIUM_PATH ('' = Playwright's own Chromium). When the config is
// loaded some other way (plain `npx playwright test`, an editor plugin) and the
// variable is unset, fall back to the system Chromium if there is one.
const chromiumPath =
  process.env.PW_CHROMIUM_PATH ??
  [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const isCI = !!process.env.CI;
// PW_PORT moves the preview server (default 4173), so two checkouts can run their tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list', { printSteps: false }]],
  // On CI, drop console output from the tests themselves; failures still print in full.
  quiet: isCI,
  use: {
    baseURL,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  // Tests run against the production build (vite.config.ts has base './').
  // PW_NO_SERVER=1 skips it, for tests that do not need the app.
  ...(process.env.PW_NO_SERVER === '1'
    ? {}
    : {
        webServer: {
          command: `npm run build && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
          url: baseURL,
          reuseExistingServer: !isCI,
          timeout: 120_000,
        },
      }),
});
