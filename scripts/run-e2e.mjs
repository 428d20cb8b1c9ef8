#!/usr/bin/env node
// `npm run test:e2e`: pick a Chromium, then run the Playwright tests.
//
//   node scripts/run-e2e.mjs [playwright test args...]   e.g. e2e/foo.spec.ts --grep quote
//   node scripts/run-e2e.mjs --install-only              only find/install Chromium
//
// The chosen browser reaches playwright.config.ts as PW_CHROMIUM_PATH
// ('' = Playwright's own Chromium). See scripts/ensure-chromium.mjs for the rules.
// Env: CHROMIUM_PATH (force a browser), PW_NO_SERVER=1 (do not build/serve the app).

import { spawn } from 'node:child_process';
import { ensureChromium, playwrightCli, repoRoot } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const installOnly = args.includes('--install-only');
const forwarded = args.filter((a) => a !== '--install-only');

let chromiumPath;
try {
  chromiumPath = ensureChromium();
} catch (err) {
  console.error(`[e2e] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
if (installOnly) process.exit(0);

const cli = playwrightCli();
if (!cli) {
  console.error('[e2e] @playwright/test is not installed; run `npm ci` (or `npm install`) first');
  process.exit(1);
}

// Same as `npx playwright test ...`, but never lets npx fetch a different Playwright.
const child = spawn(process.execPath, [cli, 'test', ...forwarded], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, PW_CHROMIUM_PATH: chromiumPath },
});

// Ctrl-C reaches Playwright directly (same process group); just don't die before it.
// A SIGTERM aimed at this process alone is passed on so the web server gets shut down.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGINT')); // Playwright only tears down on SIGINT

child.on('error', (err) => {
  console.error(`[e2e] could not start Playwright: ${err.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    const signals = { SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };
    process.exit(128 + (signals[signal] ?? 1));
  }
  process.exit(code ?? 1);
});
