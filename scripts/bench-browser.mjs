// Shared by the browser benchmarks: build the site, serve it with `vite preview`, open Chromium.
import { execSync, spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium, repoRoot } from './ensure-chromium.mjs';

/** The p-th percentile (nearest rank). */
export const pct = (xs, p) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/**
 * Builds the site of the checkout at `root` into its own dist and serves it on `port`; resolves with
 * its address and a function that stops the server. Another checkout (a baseline: the previous
 * commit, in a git worktree) is built and served by this repository's Vite.
 */
export async function serveBuilt(port, root = repoRoot) {
  const outDir = path.join(root, 'dist');
  const vite = path.join(repoRoot, 'node_modules/vite/bin/vite.js');
  execSync(`${JSON.stringify(process.execPath)} ${JSON.stringify(vite)} build --logLevel error --outDir ${JSON.stringify(outDir)}`, {
    cwd: root,
    stdio: 'ignore',
  });
  const server = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, close: () => server.kill() };
}

/** Chromium as the tests run it. */
export function launchChromium() {
  const executablePath = ensureChromium() || undefined;
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Runs `fn(browser, baseUrl)` against a fresh production build served on `port`; cleans up after. */
export async function withBuiltSite(port, fn) {
  const site = await serveBuilt(port);
  let browser;
  try {
    browser = await launchChromium();
    await fn(browser, site.base);
  } finally {
    await browser?.close();
    site.close();
  }
}
