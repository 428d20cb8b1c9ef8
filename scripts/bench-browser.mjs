// Shared by the browser benchmarks: build the site, serve it with `vite preview`, open Chromium.
import { execSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { ensureChromium, repoRoot } from './ensure-chromium.mjs';

/** The p-th percentile (nearest rank). */
export const pct = (xs, p) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Runs `fn(browser, baseUrl)` against a fresh production build served on `port`; cleans up after. */
export async function withBuiltSite(port, fn) {
  execSync('npx vite build', { cwd: repoRoot, stdio: 'ignore' });
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/`;
  let browser;
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const executablePath = ensureChromium() || undefined;
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await fn(browser, base);
  } finally {
    await browser?.close();
    server.kill();
  }
}
